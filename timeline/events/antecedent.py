"""Two small readings of the sentences before a summary's "He" or "She", for :mod:`.pronoun` and :mod:`.referent`.

- :func:`names_a_person`: whether a sentence names someone a "he" may be. A run of capitalised words
  that holds a word of ``[situated] body_heads`` or ``[furniture] place_words`` ("Cornell University",
  "Port au Prince") names a body or a place, no one, so a sentence that goes on about the person with
  "she" and names only such runs ("A year ago, she moved to Haiti to work for Cornell University") does
  not break the chain back to the person's name.
- :func:`surname_subject`: the subject of a sentence that is one capitalised word, after a fronted
  phrase ("In death , Jackson achieved the comeback …"): the surname stands for the person when the text
  before names one person only whose name ends with it ("Michael Jackson", "Dr Michael Jackson": one
  person; "Randy Jackson" beside them: whose?), with no title of the other sex, and the sentence names
  no one else, not even by one capitalised word; reached through sentences that say "he" or "she" and
  name no one (:func:`surname_chain`). A wrong name is worse than none: any doubt gives "".
"""

from __future__ import annotations

import itertools
import re
from typing import Callable

from .headline import EDGE, bare, verb_like
from .embedded_subject import embedded_surname
from .family_first import family_first
from .headline_words import Lexicon
from .speaker import another_person
from .place_runs import without_place_names
from .speaker_names import capital, function_word, name_from, owns
from .thing_runs import capital_run, without_thing_names

__all__ = ["names_a_person", "person_cue", "surname_chain", "surname_subject", "titled_speaker", "without_aside"]

#: a full name is at most this many capitalised words (a title with them: "Dr Conrad Murray")
FULL_NAME_WORDS = 4
#: an aside between commas describing a speaker ("International Director of Tearfund") is at most this many words
ASIDE_WORDS = 8
#: an aside between a surname subject and its verb ("Berg , a nurse who won … in June , is …") is at most this many
SUBJECT_ASIDE_WORDS = 16


def _runs(texts: list[str], lex: Lexicon) -> list[list[str]]:
    """The runs of capitalised words of ``texts`` that are no function words ("The", "But"), with
    a possessive's word in its run ("Berg 's" -> ["Berg", "'s"])."""
    runs: list[list[str]] = []
    current: list[str] = []
    for text in texts + ["."]:
        if capital(text) and not function_word(text, lex) or current and owns(text, lex):
            current.append(text)
            if text[-1:] not in ",;:." and not owns(text, lex):
                continue
        if current:
            runs.append(current)
        current = []
    return runs


def _someone(run: list[str], lex: Lexicon, bodies: frozenset[str], peoples: frozenset[str] = frozenset()) -> bool:
    """Whether the capitalised ``run`` may be a person: it holds no word of ``bodies`` nor a place word,
    and is not only weekdays, months ("Nov."), acronyms ("WHO", "June") and words of ``peoples`` (a
    country or a people: "Israeli", "Ecuador's": :mod:`.peoples`)."""
    words = {_stem(w, lex) for w in run}
    if words & (bodies | lex.place_words):
        return False
    return not all(bare(w) in lex.calendar | lex.months or w.strip(EDGE).isupper() or _stem(w, lex) in peoples
                   for w in run)


def _stem(text: str, lex: Lexicon) -> str:
    """``text`` bare and without its possessive's ending ("Israel's" -> "israel")."""
    word = bare(text)
    return next((word[:-len(e)] for e in lex.possessive_endings if e and word.endswith(e)), word)


def _unplaced(texts: list[str], lex: Lexicon, after: frozenset[str]) -> list[str]:
    """``texts`` without the runs of capitals right after a word of ``after`` (``[situated]
    place_prepositions``), maybe after a determiner, that are one word or hold a place word ("extradited
    from Austria", "lived in the United States"): a place, no one; a run of more words ("near Ivo Marten")
    may be a person, and a possessive keeps its run ("in Berg 's house"); nor the one-word places listed after
    such a place or a place word (:func:`_listed_places`)."""
    kept: list[str] = []
    k = 0
    while k < len(texts):
        text = texts[k]
        kept.append(text)
        k += 1
        if capital(text) and bare(text) in lex.place_words:  # "the cities of Tokyo , Kobe and Nara"
            k = _listed_places(texts, k, lex)
            continue
        if not (bare(text) in after or kept[-2:-1] and bare(kept[-2]) in after and text.islower()
                and bare(text) in lex.determiners):
            continue
        run = capital_run(texts, k, lex)
        if run and (len(run) == 1 or any(bare(w) in lex.place_words for w in run)):
            k = _listed_places(texts, k + len(run), lex)
    return kept


def _undetermined(texts: list[str], lex: Lexicon, titles: frozenset[str]) -> list[str]:
    """``texts`` without the runs of two capitalised words or more right after a determiner that hold no word of
    ``titles`` ("the Coronary Care Unit", "the Associated Press"): a person's name takes no "the" unless a title
    or a description comes first ("the Rev Tom Berg", "the late Tom Berg"); a possessive keeps its run."""
    kept: list[str] = []
    k = 0
    while k < len(texts):
        kept.append(texts[k])
        k += 1
        if bare(kept[-1]) not in lex.determiners or not kept[-1][:1].islower():
            continue
        run = capital_run(texts, k, lex)
        if len(run) >= 2 and not {bare(w) for w in run} & titles:
            k += len(run)
    return kept


def _unthings(texts: list[str], lex: Lexicon, titles: frozenset[str], counts: frozenset[str]) -> list[str]:
    """``texts`` without the runs a determiner or a count sets before a thing's name (:func:`_undetermined`,
    :func:`.thing_runs.without_thing_names`: "the Associated Press", "the third Test", "16 Tests")."""
    persons = titles | lex.person_nouns | lex.person_heads | lex.speaker_titles
    return without_thing_names(_undetermined(texts, lex, titles), lex, persons, counts)


def _listed_places(texts: list[str], k: int, lex: Lexicon) -> int:
    """Where the list of places that goes on at ``texts[k]`` ends: one capitalised word after a comma or
    "and" each ("in Tokyo , Nagasaki , Kobe and Yokohama"); a run of more words may be a person."""
    while k + 1 < len(texts) and (texts[k] == "," or bare(texts[k]) in lex.conjunctions):
        run = capital_run(texts, k + 1, lex)
        following = texts[k + 2] if k + 2 < len(texts) else ""
        if len(run) != 1 or capital(following):
            break
        k += 2
    return k


def _aside_end(texts: list[str], at: int, lex: Lexicon, loose: bool = False) -> int:
    """Where the words after the aside between commas that follows ``texts[at]`` start, when the aside
    opens with a relative word, a determiner or an age ("Berg , who was born in 1917 , is …", "Berg , a
    nurse , was …", "Berg , 45 , was …"); else ``at + 1``. ``loose``: a surname subject's aside, which may
    open with any lower-case word ("Berg , on a visit to Oslo , said …", "Berg , chairing the talks ,") and
    run to ``SUBJECT_ASIDE_WORDS``: its caller reads a verb after it and no other person in it."""
    opener = texts[at + 2] if at + 2 < len(texts) else ""
    if texts[at + 1:at + 2] != [","] or not (bare(opener) in lex.relative | lex.determiners or opener.isdigit()
                                             or loose and opener[:1].islower() and opener.isalpha()):
        return at + 1
    most = SUBJECT_ASIDE_WORDS if loose else ASIDE_WORDS
    close = next((k for k in range(at + 3, min(len(texts), at + most + 4)) if texts[k] == ","), -1)
    return close + 1 if close > 0 else at + 1


def surname_chain(sentences: list[str], told: str, lex: Lexicon, bodies: frozenset[str], other_titles: frozenset[str],
                  titles: frozenset[str], fronted: Callable[[list[str]], int],
                  places: frozenset[str] = frozenset(), relatives: frozenset[str] = frozenset(),
                  peoples: frozenset[str] = frozenset(), counts: frozenset[str] = frozenset()) -> str:
    """The surname :func:`surname_subject` finds in the first of ``sentences`` (nearest first) that gives
    one, through sentences between that say "he" or "she" and name no one that may be a person (not even
    one capitalised word: "Allende appointed him"; a run after a word of ``places`` is a place);
    ``fronted`` tells where a sentence's subject starts (or a clause's within it: :mod:`.embedded_subject`).
    An aside after the surname that holds a body's word calls it a body ("Ford , the carmaker ,"), unless it
    opens with one of ``relatives`` (a person's "who": "Berg , who leads the country's biggest party ,").
    Words of ``peoples`` name no one (:mod:`.peoples`), nor does a run after a determiner or a count
    (``counts``: the language's words of number, :mod:`.thing_runs`)."""
    for sentence in sentences:
        texts = sentence.split()
        starts = (fronted(texts), 0, embedded_surname(texts, lex, titles | lex.person_nouns | lex.person_heads))
        name = next((found for at in dict.fromkeys(starts)  # "Berg , who …": no fronted phrase; "… time Berg has …"
                     if at >= 0 and (found := surname_subject(texts, at, told, lex, bodies, other_titles, titles, places,
                                                                 peoples, counts))), "")
        if name:  # "Ford , the carmaker , was fined": the aside calls it a company
            aside = _aside_words(texts, name, lex)
            return "" if aside & bodies and not _opened_by(texts, name, relatives) else name
        words = {bare(w) for w in texts}
        if not words & lex.person_pronouns or any(_someone(run, lex, bodies, peoples)
                                                  for run in _runs(_unthings(_unplaced(texts[1:], lex, places), lex, titles,
                                                                             counts), lex)):
            return ""
    return ""


def _opened_by(texts: list[str], name: str, openers: frozenset[str]) -> bool:
    """Whether the aside after the first use of ``name`` in ``texts`` opens with a word of ``openers``."""
    at = next((k for k, text in enumerate(texts) if text.strip(EDGE) == name), -1)
    return at >= 0 and texts[at + 1:at + 2] == [","] and at + 2 < len(texts) and bare(texts[at + 2]) in openers


def _aside_words(texts: list[str], name: str, lex: Lexicon) -> set[str]:
    """The words of the aside between commas that follows the first use of ``name`` in ``texts``."""
    at = next((k for k, text in enumerate(texts) if text.strip(EDGE) == name), -1)
    end = _aside_end(texts, at, lex) if at >= 0 else 0
    return {bare(w) for w in texts[at + 2:end - 1]} if end > at + 1 else set()


def names_a_person(sentence: str, lex: Lexicon, bodies: frozenset[str]) -> bool:
    """Whether ``sentence`` names a person after its first word: a run of two capitalised words or a
    capitalised possessive, holding no word of ``bodies`` nor of the language's place words."""
    for run in _runs(sentence.split()[1:], lex):
        words = {bare(w) for w in run}
        if words & (bodies | lex.place_words):
            continue
        if len(run) >= 2:
            return True
    return False


def surname_subject(texts: list[str], at: int, told: str, lex: Lexicon, bodies: frozenset[str],
                    other_titles: frozenset[str], titles: frozenset[str], places: frozenset[str] = frozenset(),
                    peoples: frozenset[str] = frozenset(), counts: frozenset[str] = frozenset()) -> str:
    """The one capitalised word ``texts[at]`` (a sentence's words, its fronted phrase before ``at``) when it
    is the subject of a lower-case verb right after it (maybe after a linking word or an adverb: "then",
    "later"), or after an aside between commas that tells who
    they are (:func:`_aside_end`: "Berg , who was born in Velora , is …"), and stands for the one person
    ``told`` names with a full name ending in it (see the module's docstring); titles of ``other_titles``
    (the other sex than the pronoun's) before that name, or a second person in the sentence (a run after
    a word of ``places`` is a place), give ""."""
    verb = _aside_end(texts, at, lex, loose=True)
    if verb + 1 < len(texts) and texts[verb][:1].islower() and (
            bare(texts[verb]) in lex.leading | lex.it_adverbs or bare(texts[verb]).endswith(lex.adverb_endings or ("\0",))):
        verb += 1  # "Berg then won …", "Berg , 45 , later served …", "Berg officially resigned …"
    if verb >= len(texts):
        return ""
    word, following = texts[at].strip(EDGE), texts[verb]
    if (not capital(texts[at]) or function_word(texts[at], lex) or not word.isalpha() or owns(following, lex)
            or bare(word) in bodies | lex.place_words | lex.calendar | titles):
        return ""
    if not (following[:1].islower() and (verb_like(bare(following), lex) or bare(following) in lex.auxiliaries)):
        return ""
    rest = _unthings(_unplaced(without_place_names(texts[at + 1:], lex, bodies), lex, places), lex, titles, counts)
    if any(_someone(run, lex, bodies, peoples) for run in _runs(rest, lex)) or any(
            _owner(rest, k, lex, peoples) for k in range(len(rest))):
        return ""  # "Jackson met Tom Berg", "Jackson met Blair", "Berg , Roe 's lawyer": whose "he"?
    fulls = set()
    pattern = rf"((?:[A-Z][\w'’.-]* ){{1,{FULL_NAME_WORDS - 1}}}){re.escape(word)}(?![\w'’-])"
    for found in re.finditer(pattern, told):
        names = found.group(1).split()
        if any(bare(w) in other_titles for w in names):
            return ""  # "Ms Jackson": not a "he"
        if any(bare(w) in bodies | lex.place_words for w in names):
            continue  # "Jackson" of "the Jackson Hospital"
        first = names[-1]
        if bare(first) not in titles | lex.calendar and not function_word(first, lex):
            fulls.add(bare(first))  # "Michael" of "Singer Michael Jackson": one person by the first name
    # "Liu Yang won … Liu cleared": the family name first; beside "Anna Liu", a second person of the name
    fulls |= family_first(word, told, lex, bodies | other_titles | titles)
    return word if len(fulls) == 1 and not _not_the_person(word, texts[at + 1:], told, other_titles, lex, bodies) else ""


def _owner(texts: list[str], k: int, lex: Lexicon, peoples: frozenset[str] = frozenset()) -> bool:
    """Whether ``texts[k]`` is a possessive that may be someone's: a name's ("Roe 's", "Roe's") or a person
    noun's ("the singer's"); not a common thing's ("the country's third biggest party") nor a country's or
    a place's ("Ecuador's second city", "London's mayor": a word of ``peoples`` or a place word)."""
    if not owns(texts[k], lex):
        return False
    stem = next((texts[k][:-len(e)] for e in lex.possessive_endings if texts[k].endswith(e)), texts[k])
    stem = stem or (texts[k - 1] if k else "")
    return not stem[:1].islower() and bare(stem) not in peoples | lex.place_words or bare(
        stem) in lex.person_heads | lex.person_nouns


def _not_the_person(word: str, rest: list[str], told: str, other_titles: frozenset[str], lex: Lexicon,
                    bodies: frozenset[str]) -> bool:
    """Whether the lone surname ``word`` (``rest``: its sentence's words after it) may stand for someone else
    than the "he" or "she" whose ``other_titles`` are the other sex's: a sentence of ``told`` that gives the
    full name, or ``told`` from the lone surname's last sentence on, or ``rest``, holds a word of the other
    sex's ``[headline] masculine`` or ``feminine`` ("Janet Jackson toured with her manager"); or ``word`` is
    a body: ``rest`` holds a possessive no person takes ("Ford cut its prices": ``possessive_pronouns`` that
    are no ``person_possessives``), or a lone ``word`` has a body's head beside it ("Ford, the company,")."""
    other = lex.feminine if other_titles & lex.feminine else lex.masculine if other_titles & lex.masculine else frozenset()
    fulls = re.finditer(rf"(?:[A-Z][\w'’.-]* ){{1,{FULL_NAME_WORDS - 1}}}{re.escape(word)}(?![\w'’-])", told)
    lone = list(re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", told))
    said = " ".join([_sentence_of(told, full.end() - 1) for full in fulls]
                    + [told[_sentence_start(told, lone[-1].start()):] if lone else ""])
    if any(bare(w) in other for w in said.split() + rest):
        return True  # a full name's sentence, or the surname's and those after it up to the "he"
    if any(bare(w) in lex.possessive_pronouns - lex.person_possessives for w in rest):
        return True
    texts = _spaced(told).split() + rest
    return any(w == word and not (k and capital(texts[k - 1])) and _body_beside(texts, k, lex, bodies)
               for k, w in enumerate(texts))


def _body_beside(texts: list[str], k: int, lex: Lexicon, bodies: frozenset[str]) -> bool:
    """Whether ``texts[k]`` has a body's head set beside it: after a determiner right before it ("the company
    Ford") or in an aside opened by a determiner right after it ("Ford , the company ,")."""
    before = k > 1 and bare(texts[k - 1]) in bodies and bare(texts[k - 2]) in lex.determiners
    aside = texts[k + 1:k + 2] == [","] and k + 2 < len(texts) and bare(texts[k + 2]) in lex.determiners
    return before or aside and any(bare(n) in bodies for n in texts[k + 3:k + 6])


def _spaced(text: str) -> str:
    """``text`` with a comma before a space written apart ("Ford, the" -> "Ford , the"), as tokenised text has it."""
    return re.sub(r"(?<=\w),(?=\s)", " ,", text)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``text[at]`` starts (after a stop and a space, or a line break)."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


def _sentence_of(text: str, at: int) -> str:
    """The sentence holding ``text[at]``, up to its stop."""
    end = text.find(". ", at)
    return text[_sentence_start(text, at):end if end >= 0 else len(text)]


def titled_speaker(sentence: str, lex: Lexicon, bodies: frozenset[str]) -> str:
    """The name of two words or more ``sentence`` opens with, when an aside between commas that names no
    one but its office ("Peter Grant , International Director of Tearfund , said …": opened by a run of
    capitals holding a word of ``[headline] speaker_titles``, or whose runs all hold one, or one of
    ``bodies``; no one's possessive) leads to a lower-case verb of saying, and what is said names no
    other person; or ""."""
    texts = sentence.split()
    name = name_from(texts, 0, lex)
    n = len(name.split())
    if n < 2 or n + 2 >= len(texts) or texts[n] != "," or any(bare(w) in lex.place_words | bodies
                                                              for w in name.split()):
        return ""
    close = next((k for k in range(n + 1, min(len(texts), n + ASIDE_WORDS + 2)) if texts[k] == ","), -1)
    verb = texts[close + 1] if 0 < close < len(texts) - 1 else ""
    if not (verb[:1].islower() and bare(verb) in lex.speech):
        return ""
    runs = _runs(texts[n + 1:close], lex)
    titled = bool(runs) and bool({bare(w) for w in runs[0]} & lex.speaker_titles)  # "Director of Harbour Aid"
    for run in runs:
        if owns(run[-1], lex) or len(run) >= 2 and not titled and not {bare(w) for w in run} & (
                lex.speaker_titles | bodies | lex.place_words):
            return ""  # "Anna Berg , Tom Roe 's lawyer , said": someone else is named
    rest = texts[close + 1:]
    if names_a_person(" ".join(rest), lex, bodies) or any(owns(w, lex) for w in rest):
        return ""
    return name


def without_aside(sentence: str, name: str, lex: Lexicon) -> str:
    """``sentence`` without the aside between commas that tells who ``name`` is, right after its first use
    (:func:`_aside_end`: "Berg , a nurse , was called" -> "Berg was called"): its person noun is them; not
    when the aside speaks of another person after its opening ("Berg , a friend of the boy , was …")."""
    texts = sentence.split()
    last = name.split()[-1] if name else ""
    at = next((k for k, text in enumerate(texts) if text.strip(EDGE) == last), -1)
    end = _aside_end(texts, at, lex) if at >= 0 else 0
    if end <= at + 1 or another_person(" ".join(texts[at + 3:end]), "", lex):
        return sentence
    return " ".join(texts[:at + 1] + texts[end:])


def person_cue(name: str, told: str, lex: Lexicon, nouns: frozenset[str], relatives: frozenset[str],
               forms: frozenset[str], things: frozenset[str]) -> bool:
    """Whether ``told`` (words apart from their commas) tells somewhere that ``name`` (by its last word) is a
    person's: a word of ``nouns`` (titles, person nouns) in the run of capitals before it or the word before
    that run ("Prime Minister Ivo Marten", "governor Anna Berg"); an aside after it opened by a word of
    ``relatives`` ("Berg , who …"), an age ("Berg , 45 ,"), or a word of ``nouns`` or a determiner with no word
    of ``things`` (companies, storms) ("Berg , a young refugee ,"); or a word of ``forms`` (the pronoun's own
    sex) later in its sentence ("Berg won every race she entered")."""
    texts = re.sub(r"(?<=\S)([,;:])(?=\s)", r" \1", told).split()  # "Jr., founder" -> "Jr. , founder"
    last = name.split()[-1].strip(EDGE)
    for k, text in enumerate(texts):
        if text.strip(EDGE) != last:
            continue
        start = k
        while start > 0 and capital(texts[start - 1]) and k - start < FULL_NAME_WORDS + 2:
            start -= 1
        if any(bare(w) in nouns for w in texts[max(0, start - 1):k]):
            return True
        if _person_aside(texts, k, lex, nouns, relatives, things):
            return True
        sentence = list(itertools.takewhile(lambda w: w[-1:] not in ".!?", texts[k + 1:k + 1 + ASIDE_WORDS * 2]))
        if any(bare(w) in forms for w in sentence):
            return True
    return False


def _person_aside(texts: list[str], at: int, lex: Lexicon, nouns: frozenset[str], relatives: frozenset[str],
                  things: frozenset[str]) -> bool:
    """Whether an aside between commas after ``texts[at]`` tells a person: opened by a word of ``relatives``
    or an age, holding a word of ``nouns`` ("founder and chairman of the Data Group"), or opened by a
    determiner with no word of ``things`` ("Berg , a young refugee ,", not "Maria , a tropical storm ,")."""
    if texts[at + 1:at + 2] != [","] or at + 2 >= len(texts):
        return False
    opener = bare(texts[at + 2])
    if opener in relatives or opener.isdigit():
        return True
    aside = list(itertools.takewhile(lambda w: w != ",", texts[at + 2:at + 2 + ASIDE_WORDS]))
    words = {bare(w) for w in aside}
    return bool(words & nouns) or opener in lex.determiners and not words & things
