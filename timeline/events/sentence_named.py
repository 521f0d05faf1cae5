"""Who a summary's "He" or "His" is when its own sentence named them before the part the summary keeps.

A summary is often a sentence's later clause: "I am not surprised Anna Berg chose the song - she chose another
one in 2008", "Tom Berg is in Velora to help His colleague Ola Lind followed on Thursday" (a caption run into
a story), "When police approached Berg 's house on Monday , he hid in the cellar". The summary keeps "She chose
another one", "His colleague Ola Lind followed", "He hid in the cellar": whose, its reader cannot tell, though the
sentence said it in the words right before. (:mod:`.pronoun` reads the sentences BEFORE; here the name is in
the same sentence, and :mod:`.paired_owner` takes only an owner joined by "and" right before.)

So when the summary opens with a "he"/"she" of ``[situated] he``/``she`` (or a "his"/"her" of ``he_forms``/
``she_forms`` before a lower-case noun) that stands once in its sentence after other words, those words are read:

- they must name exactly one person: one run of at least two capitalised words that is the subject of a verb
  right after it (a capitalised word opening the sentence counts only when it is no common word; a run that is
  no subject, "you may need Adobe Reader", "for Live Aid ,", may be a thing and leaves it), or one capitalised possessive ("Berg 's house") whose
  word ends exactly one longer name in the text before ("Tom Berg"), written then as that name; a run after a
  place's preposition (``place_prepositions``: "in Velora") or holding a word of a body, a place, a company or
  a happening, a people's word or a month (a word before a figure: "Nov. 16") names no one and is passed over;
- they must speak of no one else: no person's noun (``[headline]``'s and ``[situated]``'s lists: "met his lawyer
  and he …"; a plural of one is none: "officers" are no "he"), no form of the other sex's pronoun, no object form of the pronoun's own ("met him and he …"), no
  verb of saying (a speaker talks of someone: "Tom Berg said he …" is :mod:`.said_speaker`'s) and no quotation
  mark (the pronoun may stand in a quote the name credits);
- the name holds no title of the other sex.

The pronoun then gives way to the name ("Anna Berg chose another one", "Tom Berg's colleague Ola Lind followed",
"Tom Berg hid in the cellar"). A wrong name is worse than none: any doubt leaves the summary as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .headline import EDGE, bare, verb_like
from .headline_words import Lexicon, lexicon, lowered
from .peoples import peoples
from .places import places
from .situated_lists import situated_set, situated_table, thing_name
from .speaker_names import capital as _capital

__all__ = ["named_in_sentence"]

#: the summary's words after its pronoun that must follow it in the sentence too
_MATCHED = 2
#: the marks that open or close a quotation
_QUOTES = "\"“”`‘"


@dataclass(frozen=True)
class _Words:
    he: frozenset[str]
    she: frozenset[str]
    his: frozenset[str]
    hers: frozenset[str]
    he_titles: frozenset[str]
    she_titles: frozenset[str]
    he_objects: frozenset[str]
    she_objects: frozenset[str]
    things: frozenset[str]  # words of bodies, companies and happenings: no one's name holds one
    persons: frozenset[str]  # person nouns and titles: someone else spoken of
    places: frozenset[str]  # the prepositions before a place


@lru_cache(maxsize=None)
def _words(language: str) -> _Words | None:
    """The language's ``[situated]`` lists, or None without them."""
    table = situated_table(language)
    if not table.get("he") and not table.get("she"):
        return None
    things = situated_set(language, "body_heads", "institution_heads", "company_heads", "happening_heads")
    persons = situated_set(language, "he_nouns", "she_nouns", "described_heads", "person_like", "person_titles",
                           "age_nouns")
    return _Words(lowered(table, "he"), lowered(table, "she"), lowered(table, "he_forms"), lowered(table, "she_forms"),
                  lowered(table, "he_titles"), lowered(table, "she_titles"), lowered(table, "he_objects"),
                  lowered(table, "she_objects"), things, persons,
                  lowered(table, "place_prepositions"))


def named_in_sentence(summary: str, sentence: str, told: str, language: str,
                      previous: list[str] | None = None) -> str:
    """``summary`` with its opening "He"/"His" named by the words of its ``sentence`` before it (see the module's
    docstring; ``told``: the title and text before the sentence; ``previous``: the sentence before it, if any, which
    must name no one else: "Tom Berg left . When Ola Lind came back , he …" may be either); else ``summary``."""
    words = _words(language)
    parts = summary.split()
    if words is None or len(parts) < _MATCHED + 1:
        return summary
    lex = lexicon(language)
    first = parts[0].lower()
    owner = first not in words.he | words.she and first in lex.person_possessives and parts[1][:1].islower()
    he = first in words.he or owner and first in words.his
    she = first in words.she or owner and first in words.hers
    if he == she:  # neither, or a form of both ("her" is no "his")
        return summary
    texts = sentence.split()
    opening = [bare(w) for w in parts[:_MATCHED + 1]]
    at = [k for k in range(1, len(texts)) if [bare(t) for t in texts[k:k + _MATCHED + 1]] == opening]
    if len(at) != 1:
        return summary
    before = texts[:at[0]]
    if not _speaks_of_no_one_else(before, he, words, lex):
        return summary
    names = _names(before, words, lex, language)
    if len(names) != 1:
        return summary
    name = _full(names[0], f"{told}\n{sentence}", lex)
    other = words.she_titles if he else words.he_titles
    if not name or any(bare(w) in other for w in name.split()):
        return summary
    last = name.split()[-1]
    if any(run[-1] != last for text in previous or [] for run in _runs(text.split(), words, lex, language)):
        return summary  # the sentence before names someone else the pronoun may be
    ending = lex.possessive_endings[0] if owner and lex.possessive_endings else ""
    return f"{name}{ending} {' '.join(parts[1:])}"


def _speaks_of_no_one_else(texts: list[str], he: bool, words: _Words, lex: Lexicon) -> bool:
    """Whether ``texts`` speak of no one but the one the pronoun is: no person's noun, no form of the other sex,
    no object form of the pronoun's own ("him"), no verb of saying, no quotation mark."""
    other, objects = (words.hers, words.he_objects) if he else (words.his, words.she_objects)
    persons = words.persons | lex.person_nouns | lex.person_heads
    for text in texts:
        core = bare(text)
        if any(q in text for q in _QUOTES) or text in ("''", "'"):
            return False
        plural = core.endswith("s") and core[:-1] in persons  # "officers" are no "he"
        if core in other | objects or core in lex.speech | lex.credit_speech or (
                core in persons and not plural and text[:1].islower()):
            return False
    return True


def _names(texts: list[str], words: _Words, lex: Lexicon, language: str) -> list[list[str]]:
    """The runs of capitalised words in ``texts`` that may be a person's (see the module's docstring); a
    possessive's run carries its ending as its own last item ("Berg", "'s")."""
    nations, found_places = {n.lower() for n in peoples(language)}, places(language)
    found: list[list[str]] = []
    k = 0
    while k < len(texts):
        if not _capital(texts[k]) or k == 0 and _common(texts[0], lex):
            k += 1
            continue
        start = k
        run: list[str] = []
        while k < len(texts) and _capital(texts[k]) and len(run) < 6:
            run.append(texts[k].strip(EDGE))
            k += 1
            if texts[k - 1][-1:] in ",;:" or _owns(texts[k - 1], lex):
                break
        owns = _owns(run[-1], lex) or k < len(texts) and texts[k] in lex.possessive_endings
        run = [_unowned(w, lex) for w in run]
        placed = start > 0 and bare(texts[start - 1]) in words.places
        cores = {bare(w) for w in run}
        country = found_places is not None and " ".join(run) in found_places.countries
        dated = len(run) == 1 and k < len(texts) and texts[k][:1].isdigit()  # "Nov. 16": a month shortened
        calendar = frozenset() if owns else lex.calendar  # "May 's house": a name, when the text writes a longer one
        if placed or country or dated or cores & (words.things | lex.place_words | calendar) or cores & nations or (
                thing_name(" ".join(run), lex)):  # "Old Trafford was packed and he …": a place, no one
            continue
        following = texts[k] if k < len(texts) else ""
        subject = following[:1].islower() and (verb_like(bare(following), lex) or bare(following) in lex.auxiliaries)
        if owns and len(run) == 1 or len(run) >= 2 and subject:
            found.append(run + (["'s"] if owns else []))
        elif len(run) >= 2:
            return [[], []]  # an object, a title ("need Adobe Reader", "for Live Aid ,"): no subject of its own
        else:
            return [[], []]  # a lone capitalised word mid-sentence: someone or something else, maybe
    return found


def _runs(texts: list[str], words: _Words, lex: Lexicon, language: str) -> list[list[str]]:
    """The runs of two capitalised words or more in ``texts`` that may be a person's, subject or not (not after a
    place's preposition: "from Port Vell")."""
    found, run, placed = [], [], False
    for k, text in enumerate(texts + ["."]):
        if _capital(text) and not (k == 0 and _common(text, lex)) and text[-1:] not in ",;:.":
            placed = placed if run else k > 0 and bare(texts[k - 1]) in words.places
            run.append(_unowned(text.strip(EDGE), lex))
            continue
        cores = {bare(w) for w in run}
        if len(run) >= 2 and not placed and not cores & (words.things | lex.place_words | lex.calendar) and not thing_name(
                " ".join(run), lex) and not (
                places(language) is not None and " ".join(run) in places(language).countries):
            found.append(run)
        run = []
    return found


def _full(run: list[str], text: str, lex: Lexicon) -> str:
    """The name ``run`` stands for: itself when it has two words or more, else (a possessive's one word) the one
    longer name ``text`` writes ending in it ("Tom Berg" for "Berg 's"), or ""."""
    if run[-1] != "'s":
        return " ".join(run)
    word = re.escape(run[0])
    longer = {m.group(0) for m in re.finditer(rf"(?:[A-Z][\w'’.-]* ){{1,3}}{word}(?![\w'’-])", text)}
    longer = {n for n in longer if not any(bare(w) in lex.determiners | lex.calendar for w in n.split()[:-1])}
    return longer.pop() if len(longer) == 1 else ""


def _common(text: str, lex: Lexicon) -> bool:
    """Whether the sentence's first word ``text`` is a common word written capitalised for opening it."""
    core = bare(text)
    return core in (lex.leading | lex.determiners | lex.subject | lex.first_person | lex.subordinators
                    | lex.opening_prepositions | lex.pronouns)


def _owns(text: str, lex: Lexicon) -> bool:
    return bool(lex.possessive_endings) and text.strip(EDGE).endswith(lex.possessive_endings)


def _unowned(text: str, lex: Lexicon) -> str:
    for ending in lex.possessive_endings:
        text = text.removesuffix(ending)
    return text
