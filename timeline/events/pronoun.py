"""Who a summary's opening "He" or "She" is, when the summary's own sentence opens with it.

A summary can come from a sentence's dated clause directly, with no step that names its "he"
(:mod:`.referent` runs on the clauses :mod:`.summary` chooses itself). This step reads the summary
as it stands: when it opens with one of ``[situated] he``/``she`` and that word opens its sentence
(maybe after a fronted phrase: "Earlier, he had said …", or a fronted clause about the same person:
"When he returned on Saturday, he was told …", :mod:`.fronted_clause`; a summary that keeps such a
clause has the pronoun after it named: :mod:`.clause_named`), the sentences before being read without
their bracketed asides (:mod:`.bracket_aside`),
the person the sentences before name is put in its place:

- for a "he said …" (a verb of saying right after the pronoun), the one named speaker the sentence
  before credits what it reports to (:func:`.said_speaker.said_speaker`: "Chief Executive Tom Berg told
  Nordwire …", "…, said Tom Berg ."), however many people that report speaks of, else
- the chain of :func:`.referent.referent` (the previous sentence's named subject, its one speaker
  or the one name it holds before its verb, through sentences that go on about them), else
- the previous sentence's subject after a fronted phrase and a description ("In a statement, her
  partner Tom Berg said …") or before an aside between commas ("Anna Berg, who has been visiting
  Oslo, was due to …"), when no other person is named beside it (a name holding a word of
  ``[situated] body_heads`` or ``institution_heads`` is a body, not a person), else
- the previous sentence's full-name subject described in an aside between commas ("Tom Berg , a Danish
  tourist , checked in …"; maybe after a fronted phrase: :mod:`.apposed_subject`), else
- a sentence's subject that is a surname alone ("In death, Berg achieved …"), when the text before names
  one person only with a full name ending in it, reached through sentences about them
  (:func:`.antecedent.surname_chain`), else
- the previous sentence's subject after its role and the role's owner ("Velbury defender Tom Hallan has …",
  :mod:`.role_subject`), else
- the previous sentence's subject when its other names are objects after its verb ("Tom Berg has worked
  with Anna Lind"), or the owner whose thing is its subject ("Berg 's film won …") when the text before
  writes them with a first name (:mod:`.said_speaker`).

A name holding a title of the other sex (``[situated] she_titles`` for "he", ``he_titles`` for
"she": "Ms Anna Berg" is no "he"), or a summary whose sentence or the one before speaks of someone of
the other sex (``he_forms``, ``she_forms``: "her partner Tom Berg said …"), is not taken. The name is written as the article already writes
it alone: its last word, when the text before uses that word without the rest ("Dr Anna Berg" …
"Berg said") and no other name ends with it ("Tom Berg"), with a title's own stop ("Mr. Berg").
No name either when the pronoun opens a quotation or stands inside one the sentences before opened
(the speaker talks of someone), or the sentence giving the name speaks of another person after it
(:func:`.speaker.another_person`: "his client", "the president"; not one of the other sex: "her uncle" is
no "she"). A wrong name is worse than none: any doubt leaves the summary as it was.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from .headline import EDGE, bare, verb_like
from .headline_words import Lexicon, lexicon, lowered
from .fronted_pronoun import fronted_pronoun
from .fronted_clause import clause_pronoun, subject_start
from .clause_named import fronted_split
from .reported_pronoun import reported_split
from .sentence_named import named_in_sentence
from .antecedent import person_cue, surname_chain, without_aside
from .situated_lists import situated_set, situated_table, thing_name
from .role_subject import role_subject
from .bracket_aside import without_brackets
from .heading_run import without_heading
from .apposed_subject import apposed_subject
from .peoples import peoples
from .referent import referent, spaced as _spaced
from .said_speaker import possessor, said_speaker, speaks_on, subject_over_objects
from .speaker_names import capital as _capital, function_word
from .speaker import NAME_WORDS, after_word
from .kin_beside import someone_else_beside
from .thing_runs import counting_words

__all__ = ["named_person", "may_be_named", "opens_with", "FRONTED_WORDS", "DESCRIBING_WORDS"]

#: the marks that open or close a quotation
_QUOTES = "\"“”"
#: a fronted phrase before a sentence's subject ("In a statement ,") is at most this many words
FRONTED_WORDS = 6
#: lower-case words that describe a subject before its name ("her partner Tom Berg"): at most this many
DESCRIBING_WORDS = 3


@dataclass(frozen=True)
class _Words:
    he: frozenset[str]
    she: frozenset[str]
    he_titles: frozenset[str]
    she_titles: frozenset[str]
    bodies: frozenset[str]
    titles: frozenset[str]
    his: frozenset[str]
    hers: frozenset[str]
    places: frozenset[str]
    he_nouns: frozenset[str]
    she_nouns: frozenset[str]
    relatives: frozenset[str]
    things: frozenset[str]  # companies, storms and events: no one's name holds one
    nations: frozenset[str] = frozenset()  # countries and peoples (:mod:`.peoples`): no one's name


@lru_cache(maxsize=None)
def _words(language: str) -> _Words | None:
    """The language's ``[situated]`` pronoun and title lists, or None without them."""
    table = situated_table(language)
    he_titles, she_titles = lowered(table, "he_titles"), lowered(table, "she_titles")
    things = situated_set(language, "company_heads", "happening_heads")
    bodies = situated_set(language, "body_heads", "institution_heads") | things
    found = _Words(lowered(table, "he"), lowered(table, "she"), he_titles, she_titles, bodies,
                   he_titles | she_titles | lowered(table, "person_titles"),
                   lowered(table, "he_forms"), lowered(table, "she_forms"), lowered(table, "place_prepositions"),
                   lowered(table, "he_nouns"), lowered(table, "she_nouns"), lowered(table, "person_relatives"), things,
                   peoples(language))
    return found if found.he or found.she else None


def named_person(summary: str, sentence: str, sentences: list[str], told: str, language: str,
                 within: int | None = None) -> str:
    """``summary`` with its opening "He"/"She" (the subject that opens its ``sentence``; a "His"/"Her" before a
    noun, as the name's possessive) replaced by the person ``sentences`` (the sentences before its own, nearest first; the first ``within`` of them in
    its paragraph, all when None) name, written as ``told`` (the title and text before) writes them; else
    ``summary``."""
    words = _words(language)
    parts = summary.split(maxsplit=1)
    if words is None or len(parts) < 2 or not sentences:
        return summary
    split = None if parts[0].lower() in words.he | words.she else (fronted_split(summary, words.he | words.she) or
                                                                   reported_split(summary, sentence, told, words.he | words.she, language))
    if split:  # "Unable to settle, he joined up", "Reports suggest he filed": the pronoun after them is named in its place
        named = named_person(split[1], split[2] if len(split) > 2 else sentence, sentences, told, language, within)
        return summary if named == split[1] else f"{split[0]} {named}"
    lex = lexicon(language)
    pronoun, owner = _subject_pronoun(parts, words, lex)
    sentence, sentences = _spaced(sentence), [without_heading(without_brackets(_spaced(s))) for s in sentences]
    if pronoun not in words.he | words.she or not _subject(parts, pronoun, sentence, words, lex) or _quoted(
            sentence, sentences):  # "When police came to Berg 's house , he hid": the sentence may name him itself
        return named_in_sentence(summary, sentence, told, language, sentences[:1])
    said = "" if owner else _said_by(parts[1], pronoun, sentence, sentences, told, words, lex)
    if said:
        return f"{_as_written(_short(said, told, words), told)} {parts[1]}"
    other = words.she_titles if pronoun in words.he else words.he_titles
    name = (referent(sentences, lex, words.bodies) or _fronted_subject(sentences[0], words, lex, peoples(language))
            or apposed_subject(sentences[0].rsplit("\n", 1)[-1], lex, words.bodies)
            or surname_chain(sentences, told, lex, words.bodies, other, words.titles, lambda texts: _fronted(
                texts) or subject_start(texts, lex, words.places, words.nations), words.places,
                           words.relatives, peoples(language), counting_words(language))
            or subject_over_objects(sentences[0], lex, words.bodies) or role_subject(sentences[0], lex, words.bodies, language)
            or possessor(sentences[0], told, lex, words.bodies, peoples(language),
                         other | (words.hers if pronoun in words.he else words.his), language))
    if not name or thing_name(name, lex) or any(bare(w) in other for w in name.split()) or not _someone(  # "Sky News"
            name, sentences, within, told, pronoun, words, lex) or _other_sex(
            pronoun, sentence, sentences, name, words) or _someone_else(
            without_aside(sentences[0], name, lex), name, pronoun, words, lex) or _kin(
            name, sentences, told, words, lex):
        return summary
    return f"{_as_written(_short(name, told, words), told)}{owner} {parts[1]}"


def _said_by(rest: str, pronoun: str, sentence: str, sentences: list[str], told: str, words: _Words,
             lex: Lexicon) -> str:
    """The named speaker of ``sentences[0]`` (the sentence before) that a "he said …" (``rest``: the summary
    after its pronoun, opening with a verb of saying) goes on quoting (:func:`.said_speaker.said_speaker`), or
    "": not with a title of the other sex, a word of the other sex in ``sentence`` or after the name (its own
    "her" tells the speaker's sex; a "her partner Tom Berg said" before it tells whose partner), an aside
    calling them by a noun of the other sex, or kin. Another person spoken of in what they reported ("said
    the firm would …", "said his client was …") is no speaker: the "he said" is still theirs."""
    before = sentences[0].rsplit("\n", 1)[-1]  # a line break the sentence splitter ran over ends a sentence too
    other, forms, nouns = ((words.she_titles, words.hers, words.she_nouns) if pronoun in words.he
                           else (words.he_titles, words.his, words.he_nouns))
    name = said_speaker(before, lex, words.bodies, words.titles, told, other | forms) if speaks_on(rest, lex) else ""
    if not name:
        return ""
    last = name.split()[-1]
    after = after_word(before, last)
    if (any(bare(w) in other for w in name.split()) or any(bare(w) in forms for w in f"{sentence} {after}".split())
            or _aside_after(before.split(), last) & nouns or _kin(name, [before], told, words, lex)
            or not _someone(name, [before], None, told, pronoun, words, lex)):  # a speaker is a person's name
        return ""
    return name


def _kin(name: str, sentences: list[str], told: str, words: _Words, lex: Lexicon) -> bool:
    """Whether ``sentences`` (those read for the name) speak of someone ``told`` names with another first
    name and ``name``'s last word ("Fidel Castro" … "Fidel will miss it. Raul Castro will preside. His absence
    …"): two of one family, and the pronoun may be either's. Titles are no first names ("Dr Berg"); a name with
    none ("Ms Berg") is kin only to two first names ("Anna Berg … Ms Berg" is one person; beside "Eva Berg", two)."""
    names = name.split()
    if len(names) < 2:
        return False
    kin = {m.group(1) for m in re.finditer(rf"\b([A-Z][\w'’-]*) {re.escape(names[-1])}\b", told)}
    kin = {w for w in kin if w.lower().rstrip(".") not in words.titles | lex.calendar and not function_word(w, lex)}
    kin -= set(names)
    if all(w.lower().rstrip(".") in words.titles for w in names[:-1]) and len(kin) < 2:
        return False
    return any(re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", s) for w in kin for s in sentences)


def _subject(parts: list[str], pronoun: str, sentence: str, words: _Words, lex: Lexicon) -> bool:
    """Whether the summary's opening word ``parts[0]`` (standing for ``pronoun``) is the subject of its
    ``sentence``: it opens it (:func:`opens_with`) or follows a phrase of time or place
    (:func:`.fronted_pronoun.fronted_pronoun`: "A year later he decreed …")."""
    if opens_with(parts[0], sentence):
        return True
    own, other = (words.his, words.hers) if pronoun in words.he else (words.hers, words.his)
    return fronted_pronoun(parts[0], parts[1].split()[0], sentence, lex, own, other, words.places) or clause_pronoun(
        parts[0], parts[1].split()[0], sentence, lex, own, other, words.places, words.nations)


def _subject_pronoun(parts: list[str], words: _Words, lex: Lexicon) -> tuple[str, str]:
    """The "he" or "she" a summary's opening word ``parts[0]`` stands for, and the possessive's ending its
    name then takes: "His doctor called …" is "he" and "'s" ("Anna Berg's doctor"), when a lower-case noun
    follows ("His Excellency" is a title); else the word itself and ""."""
    pronoun = parts[0].lower()
    if pronoun not in lex.person_possessives or not lex.possessive_endings or not parts[1][:1].islower():
        return pronoun, ""
    sex = words.he if pronoun in words.his else words.she if pronoun in words.hers else frozenset()
    return (min(sex), lex.possessive_endings[0]) if sex else (pronoun, "")


def may_be_named(pronoun: str, name: str, sentence: str, previous: str, language: str) -> bool:
    """Whether ``name``, the subject of ``previous`` (the sentence right before, in the same paragraph), may
    stand for the "he", "she", "his" or "her" (``pronoun``) opening ``sentence``: the checks
    :func:`named_person` gives a name found further back, for the nearest one too. Not a body, company or
    happening ("Volvo Cars said … He resigned") nor a broadcaster's or a thing's name ("Sky Sports News"), no title of the other sex ("Ms Anna Lind … He"), no word of
    the other sex in the two sentences or an aside calling the name so ("Anna Lind , a mother of two , …"),
    no other person spoken of after the name ("Tom Berg said his client …"). A possessive is read as its
    pronoun (``[situated] he_forms``, ``she_forms``). A language without the lists takes the name."""
    words = _words(language)
    if words is None or not name:
        return True
    key = pronoun.lower()
    if key not in words.he | words.she:
        key = next(iter(words.he if key in words.his else words.she if key in words.hers else {key}))
    if key not in words.he | words.she:
        return True
    lex = lexicon(language)
    other = words.she_titles if key in words.he else words.he_titles
    sentence, previous = _spaced(sentence), _spaced(previous)
    return not (any(bare(w) in other for w in name.split()) or thing_name(name, lex)
                or not _someone(name, [previous], None, "", key, words, lex)
                or _other_sex(key, sentence, [previous], name, words)
                or _someone_else(without_aside(previous, name, lex), name, key, words, lex))


def _someone_else(sentence: str, name: str, pronoun: str, words: _Words, lex: Lexicon) -> bool:
    """Whether ``sentence`` speaks after ``name`` of another person of ``pronoun``'s sex (:mod:`.kin_beside`):
    "Anna Berg said her uncle had died" speaks of another person, but no "she"; "the man 's widow" of one."""
    same, other = (words.he_nouns, words.she_nouns) if pronoun in words.he else (words.she_nouns, words.he_nouns)
    return someone_else_beside(sentence, name, same, other, lex)


def _someone(name: str, sentences: list[str], within: int | None, told: str, pronoun: str, words: _Words,
             lex: Lexicon) -> bool:
    """Whether ``name`` may be a person's: no word of a body, a company, a storm or an event ("Volvo Cars",
    "Hurricane Maria"), not opened by a determiner ("The Harbour Festival"); named across a paragraph break
    (in none of the first ``within`` ``sentences``), only where ``told`` tells it is a person's
    (:func:`.antecedent.person_cue`): wire copy's paragraphs are weaker links than a paragraph's sentences."""
    names = name.split()
    if any(bare(w) in words.bodies for w in names) or bare(names[0]) in lex.determiners:
        return False
    at = next((k for k, before in enumerate(sentences) if after_word(before, names[-1]) != before), len(sentences))
    if within is None or at < within:
        return True
    forms, sexed = (words.his, words.he_nouns) if pronoun in words.he else (words.hers, words.she_nouns)
    nouns = words.titles | lex.person_heads | lex.person_nouns | lex.speaker_titles | sexed
    return person_cue(name, _spaced(told), lex, nouns - words.things, words.relatives, forms, words.things)


def _quoted(sentence: str, sentences: list[str]) -> bool:
    """Whether ``sentence`` opens with a quotation mark or lies inside a quotation the sentences before it
    (nearest first) opened: its "he" is someone the speaker talks about."""
    marks = sum(text.count(q) for text in sentences for q in _QUOTES)
    return sentence.lstrip()[:1] in _QUOTES or marks % 2 == 1


def _as_written(name: str, told: str) -> str:
    """``name`` as ``told`` writes it, with the stops its words carry there ("Mr. Savimbi"); else ``name``."""
    pattern = r"\s+".join(rf"{re.escape(w)}\.?" for w in name.split())
    found = re.search(rf"(?<![\w.]){pattern}(?!\w)", told)
    return found.group(0).rstrip(".") if found and found.group(0).count(".") <= 2 else name


def _other_sex(pronoun: str, sentence: str, sentences: list[str], name: str, words: _Words) -> bool:
    """Whether ``sentence``, or ``sentences`` (nearest first) up to and with the one naming ``name``, speak of
    someone of the other sex than ``pronoun`` (a form of ``[situated] she_forms`` for "he": "Tom Berg met her
    on Monday. He …" may be about her, as "Her partner Tom Berg said" may), or an aside right after the name
    calls them by a noun of the other sex (``she_nouns`` for "he": "Berg , a mother of two ,")."""
    other = words.hers if pronoun in words.he else words.his
    nouns = words.she_nouns if pronoun in words.he else words.he_nouns
    told = [sentence]
    for before in sentences:
        told.append(before)
        if after_word(before, name.split()[-1]) != before:  # "Bergen" is no use of "Berg"
            if _aside_after(before.split(), name.split()[-1]) & nouns:
                return True
            break
    return any(bare(w) in other for w in " ".join(told).split())


def _aside_after(texts: list[str], last: str) -> set[str]:
    """The words between the commas right after the first ``last`` of ``texts`` ("Berg , a mother of two ,")."""
    at = next((k for k, text in enumerate(texts) if text.strip(EDGE) == last), -1)
    if at < 0 or texts[at + 1:at + 2] != [","]:
        return set()
    return {bare(w) for w in itertools.takewhile(lambda w: w != ",", texts[at + 2:])}


def _fronted(texts: list[str]) -> int:
    """How many words of ``texts`` a fronted phrase takes ("In a statement ,"): up to a comma among
    the first ``FRONTED_WORDS`` + 1, when no word after the first is capitalised; else 0."""
    head = texts[:FRONTED_WORDS + 1]
    if "," not in head[1:]:
        return 0
    comma = head.index(",", 1)
    return comma + 1 if not any(_capital(t) for t in texts[1:comma]) else 0


def _fronted_subject(sentence: str, words: _Words, lex: Lexicon, nations: frozenset[str] = frozenset()) -> str:
    """The name of two words or more that is the subject of ``sentence``, after a fronted phrase
    ("In a statement ,") and a few lower-case words that describe it ("her partner"; maybe after a people's
    word of ``nations`` or with an acronym: "Danish radio and TV host"), before a
    lower-case verb or an aside between commas opened by a relative word ("Anna Berg , who …, was
    due"), when the sentence names no other person and no one's possessive ("Berg's mother"); else ""."""
    texts = sentence.split()
    at = _fronted(texts)
    if at + 1 < len(texts) and bare(texts[at]) in nations and texts[at + 1][:1].islower():
        at += 1  # "French medic Anna Berg said"
    described = 0
    while at + 1 < len(texts) and described < DESCRIBING_WORDS and (texts[at][:1].islower() or described and len(
            texts[at]) <= 4 and texts[at].isupper() and texts[at + 1][:1].islower()):  # "radio and TV host"
        if verb_like(bare(texts[at]), lex) or bare(texts[at]) in lex.relative:
            return ""
        at, described = at + 1, described + texts[at][:1].islower()
    name: list[str] = []
    for text in texts[at:at + NAME_WORDS + 1]:
        if not _capital(text) or text.endswith(lex.possessive_endings or ("\0",)):
            break
        name.append(text.strip(EDGE))
        if text[-1:] in ",;:":
            break
    n = len(name)
    if n < 2 or n > NAME_WORDS or any(bare(w) in lex.place_words | words.bodies for w in name):
        return ""
    rest = texts[at + n:]
    following = rest[0] if rest else ""
    if following == "," and len(rest) > 2 and bare(rest[1]) in lex.relative and "," in rest[2:]:
        close = rest.index(",", 2)
        following, rest = (rest[close + 1] if close + 1 < len(rest) else ""), rest[1:]
    if not (following[:1].islower() and verb_like(bare(following), lex)) or _other_person(rest, words):
        return ""
    if any(_owner(rest, k, lex) for k in range(len(rest))):
        return ""  # "… Berg 's mother filed the claim": someone else's act
    return " ".join(name)


def opens_with(pronoun: str, sentence: str) -> bool:
    """Whether ``pronoun`` is the subject that opens ``sentence``, maybe after a fronted phrase
    ("Earlier , he had said …"); not taking "He said that ," for a fronted phrase."""
    texts = sentence.split()
    return any(at < len(texts) and texts[at].strip(EDGE).lower() == pronoun.lower() for at in (0, _fronted(texts)))


def _owner(texts: list[str], k: int, lex: Lexicon) -> bool:
    """Whether ``texts[k]`` is a capitalised possessive ("Berg's", or "Berg" before a lone "'s")."""
    endings = lex.possessive_endings
    if not endings or not _capital(texts[k]):
        return False
    return texts[k].endswith(endings) or k + 1 < len(texts) and texts[k + 1] in endings


def _other_person(texts: list[str], words: _Words) -> bool:
    """Whether ``texts`` hold a run of two capitalised words or more that holds no body's word."""
    run: list[str] = []
    for text in texts + ["."]:
        if _capital(text) and text[-1:] not in ",;:.":
            run.append(bare(text))
            continue
        if _capital(text):
            run.append(bare(text))
        if len(run) >= 2 and not any(w in words.bodies for w in run):
            return True
        run = []
    return False


def _short(name: str, told: str, words: _Words) -> str:
    """``name`` as ``told`` writes it alone: its last word when ``told`` uses it without the word
    before it, and no other name in ``told`` ends with it (a title of ``he_titles``, ``she_titles`` or ``person_titles``
    is no name: "Dr Berg"); else ``name``."""
    names = name.split()
    if len(names) < 2:
        return name
    last = re.escape(names[-1])
    alone = re.search(rf"(?<!{re.escape(names[-2])} )\b{last}\b", told)
    others = {m.group(1) for m in re.finditer(rf"\b([A-Z][\w'’-]*) {last}\b", told)}
    others = {w for w in others if w.lower().rstrip(".") not in words.titles} - {names[-2]}
    return names[-1] if alone and not others else name
