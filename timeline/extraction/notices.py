"""Page furniture that reads like prose: notices around a story that tell no happening.

``furniture`` finds stamps, comments and listings by their shape; these look like sentences but
are no story either. The cues are each resource's ``[furniture]`` lists ``advisory``,
``programme`` and ``biography`` (case-insensitive patterns); the structure is here:

- ``advisory``: an agency's note of what it will cover, or a schedule of fixtures, announced by
  a cue opening its first line ("Following are some of the major news stories scheduled to be covered …",
  "Middle East news highlights on Tuesday:", "Following is the competition schedule of …"):
  the whole page. Its items are plans, told again as stories when they happen.
- ``programme``: a broadcast's greeting or sign-off that is a whole sentence of its own ("It's
  Wednesday January the 12th.", "We're back tomorrow!"): that sentence only.
- ``biography``: an author's biography ("Jane Doe is a Reuters columnist.", "Jane Doe is based in
  Detroit and …", "The opinions expressed are her own"): the cue's sentence and the lines after
  it that speak of the person (its name or one of ``biography_pronouns`` among their first
  :data:`BIOGRAPHY_WORDS` words: "She joined in 1990 …"); a line about anything else ends it (a
  roll-up of columns goes on with the next column). A cue naming someone counts only for a person
  (no ``biography_not_person`` word in the name: not "The Red Cross", "General Motors") at the
  page's foot (:data:`FOOT_LINES`), after a dash ("-- Jane Doe is a Reuters columnist."), or above
  a line that vouches for it ("Any opinions are his own."); elsewhere it is the story's line.

Offsets index the text, end exclusive.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Protocol

from ..temporal import load_grammar
from ..temporal.grammar import GrammarError

#: a line goes on a biography when its person is named among its first this many words
BIOGRAPHY_WORDS = 8
#: a person's biography stands at the page's foot: at most this many lines after it
FOOT_LINES = 3
_STOP = re.compile(r"[.!?](?=\s|$)|\n|\s-{1,2}\s")
_WORD = re.compile(r"[^\W\d_][\w\x27’-]*")
#: the capitalised words opening a biography's cue: the person's name
_NAME = re.compile(r"(?:[^\W\d_a-z][\w.\x27’-]*\s+)*")


class Found(Protocol):
    """What ``furniture`` makes of a span (its ``Span``)."""

    def __call__(self, start: int, end: int, reason: str) -> object: ...


def notices(text: str, language: str, cue: Callable[[str], re.Pattern[str] | None], span: Found) -> list:
    """The advisory, programme and biography spans of ``text``; ``cue(reason)`` gives the compiled
    cue of a reason (None when the language has none or the text cannot hold it)."""
    return [*_advisory(text, cue("advisory"), span), *_programme(text, cue("programme"), span),
            *_biography(text, cue("biography"), _person_words(language), span)]


@lru_cache(maxsize=None)
def _person_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's ``[furniture]`` ``biography_pronouns`` ("he", "she": they carry a biography on)
    and ``biography_not_person`` ("the", "inc": a cue's name holding one names no person)."""
    try:
        table = load_grammar(language).furniture
    except GrammarError:
        return frozenset(), frozenset()
    return tuple(frozenset(w.lower() for w in table.get(key, [])) for key in ("biography_pronouns", "biography_not_person"))


def _advisory(text: str, cue: re.Pattern[str] | None, span: Found) -> Iterable[object]:
    if cue is None:
        return []
    opening = len(text) - len(text.lstrip())
    first_end = text.find("\n", opening)
    found = cue.match(text, opening, len(text) if first_end < 0 else first_end)  # the cue opens the first line
    return [span(0, len(text), "advisory")] if found else []


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence holding offset ``end`` ends: after its stop, or before a line's end or a
    dash that glues the next piece of text on ("… his own -- Besides being …")."""
    stop = _STOP.search(text, end)
    return len(text) if stop is None else stop.end() if stop.group()[:1] in ".!?" else stop.start()


def _about(text: str, end: int, person: set[str] | frozenset[str]) -> int:
    """Where the lines after offset ``end`` (its line's end) stop speaking of ``person`` (words in
    lower case) among their first words."""
    line = text.find("\n", end)
    while 0 <= line < len(text):
        stop = text.find("\n", line + 1)
        stop = len(text) if stop < 0 else stop
        opening = {w.lower() for w in _WORD.findall(text, line + 1, stop)[:BIOGRAPHY_WORDS]}
        if not opening & person:
            break
        end, line = stop, stop
    return end


def _programme(text: str, cue: re.Pattern[str] | None, span: Found) -> Iterable[object]:
    """Each match is a whole sentence: it opens a line or follows a sentence's end, and ends one."""
    if cue is None:
        return
    for match in cue.finditer(text):
        before = text[max(0, match.start() - 8):match.start()].rstrip(" \t")
        after = text[match.end():match.end() + 2]
        opens = match.start() < 8 and not before or before[-1:] in ("\n", ".", "!", "?", ":")
        if opens and (not after.strip() or after[:1] in "\n" or after[:1].isspace() and after[1:2].isupper()):
            yield span(match.start(), match.end(), "programme")


def _biography(text: str, cue: re.Pattern[str] | None, words: tuple[frozenset[str], frozenset[str]],
               span: Found) -> Iterable[object]:
    if cue is None:
        return
    pronouns, not_person = words
    for match in cue.finditer(text):
        line = text.rfind("\n", 0, match.start()) + 1
        start = line if not text[line:match.start()].strip(" \t-–—") else match.start()
        opener = match.group().lstrip(" \t")
        name = {w.lower() for w in _NAME.match(opener.lstrip("-–—").lstrip()).group().split()}
        name = name if len(name) > 1 else set()  # "The opinions expressed …" names no one
        if name & not_person:
            continue  # "The Red Cross is based in …", "General Motors is based in …": story
        end = _sentence_end(text, match.end())
        if "\n" in text[end:end + 3] or end == len(text):
            end = _about(text, end, name | pronouns)
        if name and not (opener[:1] in "-–—" or _at_foot(text, end) or _vouched(text, end, cue)):
            continue  # a person's line in the story's middle ("Jane Roe is a Globe reporter …") is story
        yield span(start, end, "biography")


def _at_foot(text: str, end: int) -> bool:
    """Whether at most :data:`FOOT_LINES` lines of text follow offset ``end``."""
    return sum(1 for line in text[end:].splitlines() if line.strip()) <= FOOT_LINES


def _vouched(text: str, end: int, cue: re.Pattern[str]) -> bool:
    """Whether the line after offset ``end`` holds a cue naming no one ("Any opinions are his own")."""
    line = text.find("\n", end)
    if line < 0:
        return False
    stop = text.find("\n", line + 1)
    found = cue.search(text, line + 1, len(text) if stop < 0 else stop)
    return found is not None and len(_NAME.match(found.group().lstrip(" \t-–—")).group().split()) < 2
