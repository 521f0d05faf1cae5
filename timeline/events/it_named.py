"""Which thing a summary's opening "It" means when the sentence right before made it its subject.

A report names a thing once and goes on with "it": "Digicel is Haiti's leading operator. Last week
it said that 70% of its sites were working", "The Harbour Line ferry, which can carry 50 cars, left
Oslo at noon. It is due in Kiel at midnight". A timeline row that keeps "It said …" tells no one
what; :mod:`.situated` already names an "It" after a body's name that opens the sentence before
right before its verb (``_named_body``). This reads further, with the same care:

- the summary's sentence opens with "it" as its subject, maybe after a fronted time phrase that the
  summary dropped ("Last week it said …", "But at the weekend it was …": a few words holding no verb,
  no capitalised name and no quotation mark);
- the "it" stands for something, by the language's ``[situated] it_expletive_verbs`` and
  ``it_expletive_complements``: "It emerged that …", "It all depends", "It's happened before", "It is
  thought that …", "It could be that …", "It is not going to …" stand for no one and keep their "It"
  (a form of "to be" is taken only before a participle that is no such complement: "It is scheduled
  to reach …", "It was found …");
- the sentence right before (same paragraph, or wire copy's one-sentence paragraph) opens, after a
  linking word ("But"), with a subject that is one thing: a run of capitalised words (a possessive's
  clitic and a few lower-case modifiers within: "South Hampstead high school", "The Harbour Line
  ferry", "The Velora zoo 's pig"), maybe a place after it ("… in north-west Oslo") and an aside between
  commas opened by a relative word or a determiner, then a lower-case verb: one of saying, one with no
  object after it (the end, or a phrase: "… collapsed in 2008"), or a form of "to be" ("Digicel is
  Haiti's leading operator": what follows tells what the subject is); after another verb, "it" may be
  its object ("… approved the vaccine. It will be available …") and no name is given;
- the subject is no person and no plural: not a run of two capitalised words or more without a
  body's, company's, institution's or place's word (a person's name, whom "it" never means), no
  person's common noun as its head ("The Velora singer"), no head ending as a plural does; a
  definite one holds a capitalised word after its article ("The animal" tells no more than "It").

A wrong name is worse than none: any doubt leaves the summary as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..temporal.grammar import GrammarError, resource_data
from .headline import EDGE, bare, verb_like
from .headline_words import Lexicon, lexicon, lowered
from .places import names_country, places
from .speaker_names import function_word

__all__ = ["named_thing", "FRONTED_WORDS", "ASIDE_WORDS", "SUBJECT_WORDS"]

#: a fronted phrase the summary dropped before the sentence's "it" is at most this many words
FRONTED_WORDS = 5
#: an aside between commas after the subject ("…, which can carry 50 cars ,") is at most this many words
ASIDE_WORDS = 14
#: the subject's words (its article, capitals, modifiers and possessive clitics) at most
SUBJECT_WORDS = 7
#: lower-case words within a subject ("high school") at most
MODIFIER_WORDS = 2
_QUOTES = "\"“”`'‘’"


@dataclass(frozen=True)
class _Words:
    it: frozenset[str]
    verbs: frozenset[str]  # "emerged", "depends": an "it" before them stands for no one
    complements: frozenset[str]  # "likely", "thought": "It is likely that …"
    be: frozenset[str]
    the: frozenset[str]
    things: frozenset[str]  # the heads of bodies, companies, institutions, happenings
    people: frozenset[str]
    groups: frozenset[str]  # "staff", "crew": "they", not "it"
    reflexive: frozenset[str]  # "itself": the subject again, no other thing
    adverbs: frozenset[str] = frozenset()  # "first", "once": "It was first used …"


@lru_cache(maxsize=None)
def _words(language: str) -> _Words | None:
    """The language's ``[situated]`` lists for an opening "It", or None without them."""
    try:
        table = resource_data(language).get("situated", {})
    except GrammarError:
        return None
    found = _Words(lowered(table, "it"), lowered(table, "it_expletive_verbs"),
                   lowered(table, "it_expletive_complements"), lowered(table, "be_forms"), lowered(table, "the"),
                   lowered(table, "body_heads") | lowered(table, "institution_heads") | lowered(table, "company_heads")
                   | lowered(table, "happening_heads"),
                   lowered(table, "person_heads") | lowered(table, "person_nouns") | lowered(table, "he_nouns")
                   | lowered(table, "she_nouns"), lowered(table, "group_nouns"),
                   lowered(table, "it_reflexive"), lowered(table, "it_adverbs"))
    return found if found.it and found.be else None


def named_thing(summary: str, sentence: str, previous: str, told: str, language: str) -> str:
    """``summary`` with its opening "It" (the subject of its ``sentence``) replaced by the thing that is
    the subject of ``previous``, the sentence right before (see the module's docstring; ``told``: the title
    and text before, where a lone capitalised word after another is someone's surname); else ``summary``."""
    words = _words(language)
    parts = summary.split()
    if words is None or len(parts) < 3 or bare(parts[0]) not in words.it or not previous:
        return summary
    lex = lexicon(language)
    if _expletive(parts[1:], words, lex) or not _opens_with_it(sentence.split(), parts, words, lex):
        return summary
    subject = _subject(previous.split(), told, words, lex, language)
    return f"{subject} {' '.join(parts[1:])}" if subject else summary


def _expletive(rest: list[str], words: _Words, lex: Lexicon) -> bool:
    """Whether the words after "It" make it stand for no one: a verb of ``it_expletive_verbs`` ("emerged",
    "depends", "'s"), or a form of "to be" (maybe after an auxiliary) not followed by a participle
    that is no complement of ``it_expletive_complements``; adverbs of ``it_adverbs`` or of the language's
    adverb endings may stand between ("It was first used widely", "It is currently made")."""
    texts = [bare(w) for w in rest]
    if texts[0] in words.verbs or texts[0].startswith(("'", "’")):
        return True
    k = 0
    while k < len(texts) and texts[k] in lex.auxiliaries and texts[k] not in words.be:
        k += 1  # "will", "has": "It will re-open", "It has been found"
    if k < len(texts) and texts[k] in words.verbs:
        return True
    if k == len(texts) or texts[k] not in words.be:
        return False
    while k + 2 < len(texts) and (texts[k + 1] in words.adverbs or texts[k + 1].endswith(lex.adverb_endings or ("\0",))):
        k += 1
    following = texts[k + 1] if k + 1 < len(texts) else ""
    participle = following in lex.verbs or following.endswith(("ed", "en", "wn")) and verb_like(following, lex)
    return not participle or following in words.complements


def _opens_with_it(texts: list[str], parts: list[str], words: _Words, lex: Lexicon) -> bool:
    """Whether the sentence ``texts`` opens with "it" as its subject, maybe after a fronted phrase of at most
    ``FRONTED_WORDS`` words with no verb, no quotation mark and no capitalised name ("Last week it said"),
    the summary's next words right after it."""
    at = next((k for k, w in enumerate(texts[:FRONTED_WORDS + 1]) if bare(w) in words.it), -1)
    if at < 0 or texts[at][:1] in _QUOTES:
        return False
    for k, text in enumerate(texts[:at]):
        core = bare(text)
        if any(q in text for q in _QUOTES) or verb_like(core, lex) and core not in lex.time_nouns | lex.calendar or (
                k and text[:1].isupper() and core not in lex.calendar):
            return False
    return [bare(w) for w in texts[at + 1:at + 3]] == [bare(w) for w in parts[1:3]]


def _subject(texts: list[str], told: str, words: _Words, lex: Lexicon, language: str) -> str:
    """The thing that is the subject of the sentence ``texts`` (see the module's docstring), written as the
    sentence writes it (a possessive's clitic joined: "zoo's"), or ""."""
    while texts and bare(texts[0]) in lex.leading | lex.conjunctions:
        texts = texts[1:]
    if not texts or any(q in texts[0] for q in _QUOTES):
        return ""
    definite = bare(texts[0]) in words.the
    at = 1 if definite else 0
    name: list[str] = texts[:at]
    small = 0
    while at < len(texts) and len(name) < SUBJECT_WORDS:
        text = texts[at]
        if text in lex.possessive_endings and name and bare(name[-1]) not in words.the:
            name.append(text)
        elif text[:1].isupper() and text.strip(EDGE).replace("-", "").isalnum() and text[-1:] not in ",;:." and not (
                bare(text) in lex.subject | lex.pronouns | lex.leading | lex.name_outer | lex.calendar):  # "This", "Monday"
            name.append(text)
        elif text[:1].islower() and small < MODIFIER_WORDS and text[-1:] not in ",;:." and _modifier(bare(text), lex) and (
                not name or bare(name[-1]) not in words.the):  # not "report," before an aside: its verb comes later
            name.append(text)
            small += 1
        else:
            break
        at += 1
    at = _past_aside(texts, _past_place(texts, at, lex), lex)
    verb = _verb_for_it(texts[at:], words, lex) if at < len(texts) else ""
    if not verb or not _one_thing(name, definite, verb == "said", told, words, lex, language):
        return ""
    written = " ".join(name)
    for ending in lex.possessive_endings:
        written = written.replace(f" {ending}", ending)
    return written[:1].upper() + written[1:]


def _modifier(core: str, lex: Lexicon) -> bool:
    """Whether the lower-case ``core`` may be a modifier inside a subject ("high" of "high school")."""
    return core.replace("-", "").isalpha() and not verb_like(core, lex) and not core.endswith("ly") and core not in (
        lex.determiners | lex.cut_before_phrase | lex.relative | lex.auxiliaries | lex.conjunctions | lex.pronouns
        | lex.possessive_pronouns | lex.dangling)


def _one_thing(name: list[str], definite: bool, said: bool, told: str, words: _Words, lex: Lexicon,
               language: str) -> bool:
    """Whether the subject ``name`` is one thing "it" may be (see the module's docstring); a lone capitalised
    word that ``told`` writes beside another ("Tom Berg", "Dr Berg") is someone's name, and one that ``said``
    something is no thing unless it is a body's."""
    core = [w for w in name[1 if definite else 0:] if w not in lex.possessive_endings]
    if not core or not any(w[:1].isupper() for w in core) or name[-1] in lex.possessive_endings:
        return False
    head = bare(core[-1])
    if head in words.people | words.groups or bare(core[0]) in lex.calendar:
        return False
    if core[-1][:1].islower() and head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return False  # "The Velora hotels": a plural
    if definite:
        return True
    if len(core) == 1 and not _body(core, words, lex, language):
        if said:
            return False  # "Jiang said Tibet recorded …": a speaker named by one word is most often a person
        word = re.escape(core[0])  # "Tom Berg", "Dr Berg", "Jiang Zugang": a person's name
        beside = [m.group(1) or m.group(2) for m in re.finditer(
            rf"(\S+)\s+{word}(?![\w'’-])|(?<![\w'’-]){word}\s+(\S+)", told)]
        return not any(w[:1].isupper() and not function_word(w, lex) for w in beside)
    return _body(core, words, lex, language)


def _body(core: list[str], words: _Words, lex: Lexicon, language: str) -> bool:
    """Whether the capitalised ``core`` names a body, company, institution, happening, place or country, or is
    an acronym ("ADB")."""
    if len(core) == 1 and core[0].isupper() and 2 <= len(core[0]) <= 6:
        return True
    known = places(language)
    return bool({bare(w) for w in core} & (words.things | lex.place_words)) or (
        known is not None and names_country(" ".join(core), known))


def _past_place(texts: list[str], at: int, lex: Lexicon) -> int:
    """Where the words after a place phrase at ``texts[at]`` start ("in north-west Oslo"): a preposition of
    ``cut_before_phrase``, at most two lower-case words and a capitalised one; else ``at``."""
    if at >= len(texts) or bare(texts[at]) not in lex.cut_before_phrase:
        return at
    k = at + 1
    while k < len(texts) and k - at <= MODIFIER_WORDS and texts[k][:1].islower():
        k += 1
    if k >= len(texts) or not texts[k][:1].isupper():
        return at
    while k < len(texts) and texts[k][:1].isupper() and texts[k][-1:] not in ",;:.":
        k += 1
    return k


def _past_aside(texts: list[str], at: int, lex: Lexicon) -> int:
    """Where the words after an aside between commas at ``texts[at]`` start, when it opens with a relative
    word or a determiner ("…, which can carry 50 cars ,"); else ``at``."""
    if at + 1 >= len(texts) or texts[at] != "," or bare(texts[at + 1]) not in lex.relative | lex.determiners:
        return at
    close = next((k for k in range(at + 2, min(len(texts), at + ASIDE_WORDS + 2)) if texts[k] == ","), -1)
    return close + 1 if close > 0 else len(texts)


def _verb_for_it(rest: list[str], words: _Words, lex: Lexicon) -> str:
    """How ``rest`` (what follows the subject) leaves "it" no other thing to mean: "said" when it opens with a
    lower-case verb of saying, "be" with a form of "to be" ("is Haiti's leading operator"), "alone" with a verb
    that takes no object (the end, a clause's opening word or a reflexive after it: "… closed after …", "has
    been distancing itself", a preposition before a name: "arrived in Brunvik"; not before a phrase whose
    noun "it" may mean: "went on strike"), after auxiliaries and an adverb; else ""."""
    texts = [bare(w) for w in rest if w.strip(EDGE)]
    if not rest or not rest[0][:1].islower():
        return ""
    k = 0
    while k < len(texts) - 1 and texts[k] in lex.auxiliaries and texts[k] not in words.be:
        k += 1
    if k < len(texts) - 1 and texts[k] in words.be and texts[k + 1].endswith("ing"):
        k += 1  # "has been distancing": the verb is the participle
    if k < len(texts) - 1 and texts[k].endswith("ly"):
        k += 1  # "normally grazes"
    verb = texts[k] if k < len(texts) else ""
    if verb in lex.speech:
        return "said"
    if verb in words.be:
        return "be"
    if not (verb in lex.verbs or verb_like(verb, lex) or verb.endswith("ing")):
        return ""
    following = texts[k + 1] if k + 1 < len(texts) else ""
    # before a preposition, only a name's ("arrived in Brunvik"): after "went on strike. It ended", "it" may be the strike
    raw = [w for w in rest if w.strip(EDGE)]
    named_place = following in lex.cut_before_phrase and k + 2 < len(raw) and raw[k + 2][:1].isupper()
    ends = not following or following in lex.subordinators | words.reflexive or named_place
    return "alone" if ends else ""
