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
- the sentence right before (same paragraph, or wire copy's one-sentence paragraph, or a list's bulleted
  line) opens, after a linking word ("But"), with a subject that is one thing: a run of capitalised words
  (a possessive's clitic, "of" and a few lower-case modifiers within: "South Hampstead high school",
  "Norland's Ministry of Fisheries", "the new H7N3 duck flu virus"), maybe a place after it ("… in
  north-west Oslo"), an aside between commas opened by a relative word, a determiner or a participle
  and a day ("on Tuesday"), then a lower-case verb: one of saying, one with no object after it (the end,
  a particle or a phrase: "… collapsed in 2008", "took off from Oslo"), or a form of "to be" ("Digicel is
  Haiti's leading operator"); after another verb, "it" may be its object ("… approved the vaccine. It
  will be available …") and no name is given, unless the "it" says something and the subject is a body
  and the object names no other ("The ministry confirmed outbreaks … It said in a statement …");
- the subject is no person and no plural: not a run of two capitalised words or more without a
  body's, company's, institution's or place's word (a person's name, whom "it" never means) or a
  common noun after them ("H7N3 avian flu"), no person's common noun as its head ("The Velora singer"),
  no head ending as a plural does; a definite one holds a capitalised word after its article, or after a
  link ("The contract with Velocom"; "The animal" tells no more than "It").

"The <kind>" (``[it_named] kinds``: "The group also said …") is named so too, by a body whose name holds
that kind, or a company's head ("Velocom AG") when the kind is a company's.

A wrong name is worse than none: any doubt leaves the summary as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .headline import EDGE, bare, verb_like
from .headline_words import Lexicon, lexicon, lowered, resource_table
from .places import names_country, places
from .referent import spaced
from .situated_lists import situated_set, situated_table
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
#: lower-case words within a subject ("new … swine flu virus") at most
SUBJECT_SMALL_WORDS = 4
#: capitalised words of a name after a link ("with Velocom Mobile") at most
LINKED_WORDS = 4
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
    particles: frozenset[str] = frozenset()  # "off" of "took off": the verb takes no object
    links: frozenset[str] = frozenset()  # "with" of "The contract with Velocom": a name the thing bears
    inner: frozenset[str] = frozenset()  # "of" of "Ministry of Agriculture": inside a name
    irregular: frozenset[str] = frozenset()  # "shut": a past no ending tells
    aside_endings: tuple[str, ...] = ()  # "-ed" of "…, commissioned in 1959 ,": a participle's aside
    kinds: frozenset[str] = frozenset()  # "group" of "The group also said": a body called by its kind
    company_kinds: frozenset[str] = frozenset()  # "firm": the kinds a company is called by
    companies: frozenset[str] = frozenset()  # "Corp", "AG": a company's name ends with one


@lru_cache(maxsize=None)
def _words(language: str) -> _Words | None:
    """The language's ``[situated]`` lists for an opening "It", or None without them."""
    table = situated_table(language)
    found = _Words(lowered(table, "it"), lowered(table, "it_expletive_verbs"),
                   lowered(table, "it_expletive_complements"), lowered(table, "be_forms"), lowered(table, "the"),
                   situated_set(language, "body_heads", "institution_heads", "company_heads", "happening_heads"),
                   situated_set(language, "person_heads", "person_nouns", "he_nouns", "she_nouns"), lowered(table, "group_nouns"),
                   lowered(table, "it_reflexive"), lowered(table, "it_adverbs"),
                   *(lowered(resource_table(language, "it_named"), key) for key in ("particles", "links", "inner", "verbs")),
                   tuple(resource_table(language, "it_named").get("aside_endings", [])),
                   *(lowered(resource_table(language, "it_named"), key) for key in ("kinds", "company_kinds")),
                   lowered(table, "company_heads"))
    return found if found.it and found.be else None


def named_thing(summary: str, sentence: str, previous: str, told: str, language: str) -> str:
    """``summary`` with its opening "It" (the subject of its ``sentence``) replaced by the thing that is
    the subject of ``previous``, the sentence right before (see the module's docstring; ``told``: the title
    and text before, where a lone capitalised word after another is someone's surname); else ``summary``.
    An opening "The <kind>" (``[it_named] kinds``: "The group also said …") is named so too, by a body whose
    name says it is of that kind (:func:`_of_kind`)."""
    words = _words(language)
    parts = summary.split()
    if words is None or len(parts) < 3 or not previous:
        return summary
    kind = bare(parts[1]) if bare(parts[0]) in words.the and bare(parts[1]) in words.kinds else ""
    width = 2 if kind else 1  # the words of the opener: "It", "The group"
    if not kind and bare(parts[0]) not in words.it:
        return summary
    lex = lexicon(language)
    if not kind and _expletive(parts[1:], words, lex) or not _opens_with_it(sentence.split(), parts, width, words, lex):
        return summary
    says = next((bare(w) for w in parts[width:] if bare(w) not in lex.auxiliaries | words.adverbs), "") in lex.speech
    line = previous.rstrip().rsplit("\n", 1)[-1]
    if line.split() and _mark(line.split()[0]):  # "… the Fort Velm area . \n* H7N3 avian flu is …": a list's item
        previous = line
    subject = _subject(spaced(previous).split(), told, words, lex, language, says, kind)  # "EDS, a provider …": tokens
    return f"{subject} {' '.join(parts[width:])}" if subject else summary


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


def _opens_with_it(texts: list[str], parts: list[str], width: int, words: _Words, lex: Lexicon) -> bool:
    """Whether the sentence ``texts`` opens with the summary's first ``width`` words ("it", "the group") as its
    subject, maybe after a fronted phrase of at most ``FRONTED_WORDS`` words with no verb, no quotation mark and no
    capitalised name ("Last week it said"), the summary's next words right after them."""
    opener = [bare(w) for w in parts[:width]]
    at = next((k for k in range(min(len(texts), FRONTED_WORDS + 1)) if [bare(w) for w in texts[k:k + width]] == opener
               and (width > 1 or opener[0] in words.it)), -1)
    if at < 0 or texts[at][:1] in _QUOTES:
        return False
    for k, text in enumerate(texts[:at]):
        core = bare(text)
        if any(q in text for q in _QUOTES) or verb_like(core, lex) and core not in lex.time_nouns | lex.calendar or (
                k and text[:1].isupper() and core not in lex.calendar):
            return False
    return [bare(w) for w in texts[at + width:at + width + 2]] == [bare(w) for w in parts[width:width + 2]]


def _subject(texts: list[str], told: str, words: _Words, lex: Lexicon, language: str, says: bool = False,
             kind: str = "") -> str:
    """The thing that is the subject of the sentence ``texts`` (see the module's docstring), written as the
    sentence writes it (a possessive's clitic joined: "zoo's"), or ""; ``says``: the summary's "it" says
    something, which a body may have done after a verb with an object (:func:`_saying_body`); ``kind``: the
    summary calls it so ("the group"), and it must be a body of that kind (:func:`_of_kind`)."""
    while texts and (bare(texts[0]) in lex.leading | lex.conjunctions or _mark(texts[0])):
        texts = texts[1:]  # "But", a list's bullet ("*")
    if not texts or texts[0][:1] in _QUOTES:
        return ""  # a quotation ('"We …'), not a possessive's clitic ("Norland's")
    definite = bare(texts[0]) in words.the
    at = 1 if definite else 0
    name: list[str] = texts[:at]
    small = 0
    while at < len(texts) and len(name) < SUBJECT_WORDS:
        text = texts[at]
        if text in lex.possessive_endings and name and bare(name[-1]) not in words.the:
            name.append(text)
        elif _capital(text, lex):
            name.append(text)
        elif bare(text) in words.inner and name and name[-1][:1].isupper() and at + 1 < len(texts) and _capital(
                texts[at + 1], lex):  # "Ministry of Agriculture"
            name.append(text)
        elif text[:1].islower() and small < SUBJECT_SMALL_WORDS and text[-1:] not in ",;:." and _modifier(bare(text), lex):
            # not "report," before an aside: its verb comes later
            name.append(text)
            small += 1
        else:
            break
        at += 1
    linked = _linked_name(texts, at, name, definite, words, lex)  # "The contract with Velocom"
    at = _past_time(texts, _past_aside(texts, _past_place(texts, at + len(linked), lex), words, lex), lex)
    verb = _verb_for_it(texts[at:], words, lex) if at < len(texts) else ""
    if not verb and says and _saying_body(name, texts[at:], words, lex, language):
        verb = "acted"  # "China's Ministry of Agriculture confirmed outbreaks … It said in a statement …"
    if not verb or not (_of_kind(name, kind, told, words, lex) if kind else  # a body of its kind is one thing
                        _one_thing(name, definite, verb == "said", told, words, lex, language, bool(linked))):
        return ""
    written = " ".join(name + linked)
    for ending in lex.possessive_endings:
        written = written.replace(f" {ending}", ending)
    return written[:1].upper() + written[1:]


def _of_kind(name: list[str], kind: str, told: str, words: _Words, lex: Lexicon) -> bool:
    """Whether the capitalised ``name`` is a body the summary may call its ``kind``: its name holds that word
    ("the Velbo Group" is "the group"), or the kind is a company's (``[it_named] company_kinds``) and its name
    holds a company's head, or ``told`` (the text before) writes it before one ("Velocom AG" is "the firm")."""
    core = [bare(w) for w in name if w[:1].isupper()]
    if not core:
        return False
    if kind in core:
        return True
    if kind not in words.company_kinds:
        return False
    if set(core) & words.companies:
        return True
    return any(bare(m.group(1)) in words.companies
               for m in re.finditer(rf"(?<![\w-]){re.escape(name[-1].strip(EDGE))}\s+(\S+)", told))


def _mark(text: str) -> bool:
    """Whether ``text`` is a mark with no letter, figure or quotation mark: a list's bullet ("*", "\\*", "-")."""
    return not any(c.isalnum() or c in _QUOTES for c in text)


def _capital(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` is a capitalised word of a name, maybe with a possessive's clitic ("Norland's"); not a
    word that opens subjects, a pronoun, a linking word, one of ``name_outer`` or of the calendar ("This", "Monday")."""
    core = text.strip(EDGE)
    for ending in lex.possessive_endings:
        core = core.removesuffix(ending) if len(core) > len(ending) else core
    return text[:1].isupper() and core.replace("-", "").isalnum() and text[-1:] not in ",;:." and not (
        bare(text) in lex.subject | lex.pronouns | lex.leading | lex.name_outer | lex.calendar)


def _linked_name(texts: list[str], at: int, name: list[str], definite: bool, words: _Words, lex: Lexicon) -> list[str]:
    """The link and the capitalised words after a definite subject with no name of its own ("The contract | with
    Velocom"): the name that subject bears, ``[it_named] links``; [] when there is none."""
    if not definite or any(w[:1].isupper() for w in name[1:]) or len(name) < 2 or at + 1 >= len(texts):
        return []
    if bare(texts[at]) not in words.links or texts[at][-1:] in ",;:.":
        return []
    run: list[str] = []
    for text in texts[at + 1:at + 1 + LINKED_WORDS]:
        if not _capital(text, lex) or text in lex.possessive_endings:
            break
        run.append(text)
    following = texts[at + 1 + len(run)] if at + 1 + len(run) < len(texts) else ""
    if not run or following in lex.possessive_endings or following.startswith(("'", "’")):
        return []  # "the wife of Tom Berg 's driver": owned by another
    return [texts[at]] + run


def _past_time(texts: list[str], at: int, lex: Lexicon) -> int:
    """Where the words after a time phrase at ``texts[at]`` start ("… Agriculture | on Tuesday | confirmed"): a
    word of the calendar, maybe after a preposition of ``cut_before_phrase``; else ``at``."""
    if at + 2 < len(texts) and bare(texts[at]) in lex.cut_before_phrase and bare(texts[at + 1]) in lex.calendar:
        return at + 2
    return at + 1 if at + 1 < len(texts) and bare(texts[at]) in lex.calendar else at  # "… Agriculture Sunday confirmed"


def _saying_body(name: list[str], rest: list[str], words: _Words, lex: Lexicon, language: str) -> bool:
    """Whether ``name`` is a body that did something to what ``rest`` tells ("confirmed bird flu outbreaks in
    …"), and so the "it" that says something next: a verb written small opens ``rest``, which names no other body
    (no word of a body's heads, no acronym), and ``name`` is one."""
    core = [w for w in name if bare(w) not in words.the and w not in lex.possessive_endings]
    if not rest or not rest[0][:1].islower() or not verb_like(bare(rest[0]), lex) or not core:
        return False
    if not any(w[:1].isupper() for w in core) or not _body(core, words, lex, language):
        return False
    return not any(bare(w) in words.things or _acronym(w.strip(EDGE)) for w in rest[1:])


def _acronym(text: str) -> bool:
    """Whether ``text`` is an acronym ("ADB", "WHO"): two to six capitals."""
    return text.isupper() and 2 <= len(text) <= 6


def _modifier(core: str, lex: Lexicon) -> bool:
    """Whether the lower-case ``core`` may be a modifier inside a subject ("high" of "high school")."""
    return core.replace("-", "").isalpha() and not verb_like(core, lex) and not core.endswith("ly") and core not in (
        lex.determiners | lex.cut_before_phrase | lex.relative | lex.auxiliaries | lex.conjunctions | lex.pronouns
        | lex.possessive_pronouns | lex.dangling)


def _one_thing(name: list[str], definite: bool, said: bool, told: str, words: _Words, lex: Lexicon,
               language: str, linked: bool = False) -> bool:
    """Whether the subject ``name`` is one thing "it" may be (see the module's docstring); a lone capitalised
    word that ``told`` writes beside another ("Tom Berg", "Dr Berg") is someone's name, and one that ``said``
    something is no thing unless it is a body's."""
    core = [w for w in name[1 if definite else 0:] if w not in lex.possessive_endings]
    if not core or not (linked or any(w[:1].isupper() for w in core)) or name[-1] in lex.possessive_endings:
        return False  # "The animal" tells no more than "It"; "The contract with Velocom" does
    head = bare(core[-1])
    if head in words.people | words.groups or bare(core[0]) in lex.calendar:
        return False
    if core[-1][:1].islower() and head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return False  # "The Velora hotels": a plural
    if definite:
        return True
    if len(core) > 1 and core[-1][:1].islower():
        return True  # a common noun after a name ("H5N1 avian flu", "Velbo high school"): no person's name
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
    if len(core) == 1 and _acronym(core[0]):
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


def _past_aside(texts: list[str], at: int, words: _Words, lex: Lexicon) -> int:
    """Where the words after an aside between commas at ``texts[at]`` start, when it opens with a relative
    word, a determiner or a participle ("…, which can carry 50 cars ,", "…, launched in 1959 ,"); else ``at``."""
    if at + 1 >= len(texts) or texts[at] != ",":
        return at
    opener = bare(texts[at + 1])
    participle = bool(words.aside_endings) and opener.endswith(words.aside_endings) and verb_like(opener, lex)
    if opener not in lex.relative | lex.determiners and not participle:
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
    if not (verb in lex.verbs | words.irregular or verb_like(verb, lex) or verb.endswith("ing")):
        return ""
    if k + 1 < len(texts) and texts[k + 1] in words.particles:
        k += 1  # "took off from Heathrow": a particle, no object
    following = texts[k + 1] if k + 1 < len(texts) else ""
    # before a preposition, only a name's ("arrived in Brunvik"): after "went on strike. It ended", "it" may be the strike
    raw = [w for w in rest if w.strip(EDGE)]
    named_place = following in lex.cut_before_phrase and k + 2 < len(raw) and raw[k + 2][:1].isupper()
    ends = not following or following in lex.subordinators | words.reflexive or named_place
    return "alone" if ends else ""
