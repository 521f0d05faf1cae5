"""Page furniture: the parts of an article that are not its story.

Scraped pages carry more than the story: reader comments and their
timestamps, "Page last updated at ..." stamps, bylines, datelines, share and
related-link lines, programme listings. They stay in the article's text (the
reader sees them) but a time expression inside them is no evidence of a
happening. :func:`furniture` finds them, a pure function of the text and its
language, so it runs with the rest of the per-article extraction.

The cues are language data (the ``[furniture]`` table of each resource: the
patterns of comment headers, page stamps, bylines, datelines, link headings
and listing cues, with ``{stamp}`` for a date or time stamp built from the
language's month, weekday, zone and am/pm words, ``{month}``,
``{weekday}``, ``{zone}`` for those words alone, and ``{capital}`` inside a character class for
every capital letter of the Latin, Greek and Cyrillic scripts, so a dateline's place in capitals
may be "MALMÖ" or "SÃO PAULO"); the structure is here:

- ``comment``: two or more comment headers make a comment section, from the
  first header to the end of the text (comments close a page); a lone header
  is furniture by itself, its comment's text is not (one quotation in a story
  can look like one).
- ``signature``: three or more signed comments ("Name, Town, Country" at a line start) make a
  comment section from the ``debate`` heading before the first ("This debate is now closed"), or
  from that signature's line, to the end of the text.
- ``footer``: a comment policy or footer line ("We welcome comments that ..."): from its line to
  the end of the text (comments without headers above it, the author's biography after it).
  Above a comment policy the comments have no header, but readers' ``reply`` lines show them
  ("Thank you Jane for this", "Great article", "I agree", "@jane:", "All your pictures are worth
  seeing"): two or more such lines, none inside a quote (its first quote mark a closing one, or
  the line before leaving one open), make a comment section from the first of them to the
  policy (not from a page's first line: a page of comments only is story unless told). One
  reply-like line is as often a story's own ("I agree with the plan," the minister said).
  A post's closing photo credit with a comment run into its line (``closing_credit``) starts the
  comment section too, up to the policy (``captioned``).
- ``closed``: a closed debate's notice below its question ("This debate is now closed"): from its
  line to the end of the text is a comment section, signed or not; at the top of a page it is the
  page's banner, and the debate's question below it stays story.
- ``stamp``, ``dateline``: the cue and its stamp only (a headline or the
  story often follows on the same line).
- ``byline``: a whole line.
- ``widget``: a social-media feed embedded in the page, its cue ("Follow all the top stories on
  Twitter") and the posts after it up to their last tag (a "today" in a post scraped with the page
  is the day it was posted, which the page does not say).
- ``links``: a heading line and the short, unpunctuated lines after it.
- ``schedule``: a sentence with a listing cue and a clock time.
- ``contribution``: a page of readers' accounts, announced near its top (``contributions``).
- ``listing``: two or more programme credits ("Presenter/Jane Doe") make the
  whole page a listing (a week of programmes is no story, whatever it names).
- ``credit``: a photo credit, the cue and the names only ("Photograph: David
  Moir/Reuters"); a caption or sentence glued after it is story.
- ``photo_time``: a caption's aside telling when its photo was taken ("Dr Roe , shown here in
  February , joined …"): the aside only; the sentence around it is story.
- ``caption``: a line ending with a full date ("... in Northport May 4 , 2010 .")
  whose next line opens with a dateline, a stamp or a credit: a photo's caption
  above the story.

``bullet`` cues (a list bullet, or the word a broken character set made of
one) are no furniture: :func:`bullets` gives them to the summaries, which end
a piece of text at each.

A fact box ("Born: 29 August 1958") is not furniture: its dates are facts a
reader wants on a timeline. Offsets index the text, end exclusive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..temporal import load_grammar
from ..temporal.grammar import Grammar, GrammarError, resource_data
from ..temporal.prefilter import Requirement, first_characters, fold, may_match, requirement, skipping
from .capitals import CAPITALS
from .garbled import garbled
from .captioned import captioned_comments
from .contributions import contributions
from .questions import questions
from .listings import links, run_together, schedules
from .notices import notices

#: signed comments that make a page a comment section (one or two may be story lines "Name, Title")
SIGNATURES = 3
_FLAGS = re.IGNORECASE | re.MULTILINE


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    #: what kind of furniture: comment, stamp, byline, dateline, links, schedule, advisory, …
    reason: str


@dataclass(frozen=True)
class _Cue:
    """One kind of cue: its patterns, each with the literals a text must hold for it to match
    (``prefilter.requirement``); matched as one alternation, in this order."""

    patterns: tuple[str, ...]
    required: tuple[Requirement, ...]

    def within(self, folded: str, seen: dict[str, bool]) -> re.Pattern[str] | None:
        """The alternation of only the patterns that may match the text ``folded`` (``prefilter.fold``;
        ``seen``: ``may_match``'s memo for it), or None if none may. A pattern that cannot match
        anywhere in a text never wins a place in the alternation, so the matches are the same;
        Python's ``re`` would still try it at every position."""
        kept = tuple(p for p, r in zip(self.patterns, self.required) if may_match(r, folded, seen))
        return _alternation(kept) if kept else None

#: Lines holding a reader's reply above a comment policy that make a comment section.
REPLIES = 2
#: Quote marks: opening, closing, and the straight one that does both.
_QUOTE = re.compile(r"``|''|[“”\"]")
_OPENERS, _CLOSERS = ("``", "“"), ("''", "”")


@lru_cache(maxsize=512)
def _alternation(patterns: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in patterns)
    first = first_characters(body, _FLAGS)
    # As in the grammar's rules: a lookahead of the characters a match can begin with turns most
    # positions away before the alternatives are tried.
    return re.compile(body, _FLAGS) if first is None else skipping(f"(?={first})" + body, _FLAGS, first)


@dataclass(frozen=True)
class _Cues:
    comment: _Cue | None
    footer: _Cue | None
    reply: _Cue | None
    closed: _Cue | None
    signature: _Cue | None
    answer: _Cue | None
    debate: _Cue | None
    stamp: _Cue | None
    byline: _Cue | None
    widget: _Cue | None
    dateline: _Cue | None
    links: _Cue | None
    schedule: _Cue | None
    listing: _Cue | None
    credit: _Cue | None
    caption: _Cue | None
    bullet: _Cue | None
    advisory: _Cue | None
    contribution: _Cue | None
    programme: _Cue | None
    biography: _Cue | None
    closing_credit: _Cue | None
    photo_time: _Cue | None
    clock: re.Pattern[str]


def _words(grammar: Grammar, word_class: str) -> str:
    phrases = sorted(grammar.words.get(word_class, {}), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) or r"(?!x)x"


def _stamp(grammar: Grammar) -> str:
    """A run of stamp tokens (numbers, month and weekday names, zones, am/pm, the language's stamp
    words) with separators between them, holding a digit within its first 60 characters."""
    extra = sorted(grammar.furniture.get("stamp_words", []), key=len, reverse=True)
    names = "|".join(filter(None, [_words(grammar, c) for c in ("month", "weekday", "zone", "ampm")]
                            + [re.escape(w).replace(r"\ ", r"\s+") for w in extra]))
    token = r"(?:\d{1,4}(?:st|nd|rd|th|[:.]\d{2})?(?![\w])|(?:" + names + r")(?![\w]))"
    separator = r"[^\S\n]*(?:[,/|]|-{1,2}|[–—])?[^\S\n]*"
    return r"(?=[^\n]{0,60}?\d)" + token + r"(?:" + separator + token + r")*"


def _compile(grammar: Grammar, key: str, stamp: str) -> _Cue | None:
    patterns = grammar.furniture.get(key, [])
    if not patterns:
        return None
    fill = {"stamp": stamp, **{name: _words(grammar, name) for name in ("month", "weekday", "zone", "ampm")}}
    bodies = tuple(re.sub(r"\{(stamp|month|weekday|zone|ampm)\}", lambda m: f"(?:{fill[m.group(1)]})",
                          p.replace("{capital}", CAPITALS))
                   for p in patterns)
    try:
        _alternation(bodies)
        required = tuple(requirement(body, _FLAGS) for body in bodies)
    except re.error as error:
        raise GrammarError(f"{grammar.language}: [furniture] {key}: bad pattern: {error}") from None
    return _Cue(bodies, required)


@lru_cache(maxsize=None)
def _cues(language: str) -> _Cues:
    grammar = load_grammar(language)
    stamp = _stamp(grammar)
    clock = re.compile(r"(?<![\w.,])(?:\d{1,2}[:.]\d{2}(?:\s*(?:" + _words(grammar, "ampm") + r"))?"
                       r"|\d{1,2}\s*(?:" + _words(grammar, "ampm") + r")"
                       r"|\d{4}\s*(?:" + _words(grammar, "zone") + r"))(?![\w])", re.IGNORECASE)
    keys = ("comment", "footer", "reply", "closed", "signature", "answer", "debate", "stamp", "byline", "widget", "dateline", "links",
            "schedule", "listing", "credit", "caption", "bullet", "advisory", "contribution", "programme", "biography", "closing_credit",
            "photo_time")
    return _Cues(*(_compile(grammar, key, stamp) for key in keys), clock)


#: the kinds of furniture each found by its own cue alone, whatever else the text holds
ALONE = ("stamp", "byline", "widget", "dateline", "credit", "photo_time")


def furniture(text: str, language: str, only: tuple[str, ...] | None = None) -> list[Span]:
    """The furniture of an article's ``text`` in ``language``, sorted by start; spans may overlap.
    ``only`` (kinds of ``ALONE``): just the spans of those kinds, the same as among all of them,
    found without looking for the rest (a summary asks only whether a byline or dateline opens it)."""
    return list(_furniture(text, language, None if only is None else tuple(k for k in ALONE if k in only)))


def page_furniture(text: str, language: str) -> tuple[tuple[int, int, str], ...] | None:
    """:func:`furniture` of a whole page as (start, end, reason) triples, as ``Article.furniture`` keeps
    them for merging; None for a language without resources."""
    try:
        return tuple((span.start, span.end, span.reason) for span in furniture(text, language))
    except GrammarError:
        return None


@lru_cache(maxsize=1024)  # a title is asked again for each summary of its article events (whole texts pass too: keep it small)
def _furniture(text: str, language: str, only: tuple[str, ...] | None) -> tuple[Span, ...]:
    if only is not None:  # read from the spans of every kind found alone (a page's were found for its mentions)
        return tuple(sorted((s for s in _alone(text, language) if s.reason in only), key=lambda s: (s.start, s.end)))
    cues = _cues(language)
    folded, seen = fold(text), {}

    def cue(reason: str) -> re.Pattern[str] | None:
        found = getattr(cues, reason)
        return None if found is None else found.within(folded, seen)

    alone = _alone(text, language)
    spans = list(_comments(text, cue("comment"))) + list(_signed(text, cue("signature"), cue("answer"), cue("debate")))
    spans.extend(questions(text, cue("answer"), Span))
    footer = _rest(text, cue("footer"), "footer")
    spans.extend(footer)
    spans.extend(_replies(text, cue("reply"), footer))
    spans.extend(captioned_comments(text, cue("closing_credit"), footer, Span, _first_person(language)))
    spans.extend(_rest(text, cue("closed"), "comment"))
    listing = cue("listing")
    if listing is not None and _at_least(listing, text, 2):
        spans.append(Span(0, len(text), "listing"))
    spans.extend(alone)
    spans.extend(_captions(text, cue("caption"), spans))
    spans.extend(links(text, cue("links"), Span))
    spans.extend(run_together(text, Span, _joining(language)))  # a link list scraped into one line with no stop
    spans.extend(schedules(text, cue("schedule"), cues.clock, Span))
    spans.extend(notices(text, language, cue, Span))
    spans.extend(contributions(text, cue("contribution"), Span, _first_person(language)))
    spans.extend(garbled(text, language, Span))  # a page a broken character set made unreadable
    spans.sort(key=lambda s: (s.start, s.end))
    return tuple(spans)


@lru_cache(maxsize=64)
def _alone(text: str, language: str) -> tuple[Span, ...]:
    """The spans of every kind of ``ALONE`` in ``text``, kind by kind in that order, each kind's in the order
    found. A page's are found once with its furniture and then read by the summaries of each of its mentions,
    which ask for one kind at a time (its stamps, its datelines); a kind's spans are the same whichever
    others are looked for beside it."""
    cues = _cues(language)
    folded, seen = fold(text), {}
    return tuple(Span(m.start(), m.end(), kind) for kind in ALONE for found in [getattr(cues, kind)]
                 if found is not None for pattern in [found.within(folded, seen)] if pattern is not None
                 for m in pattern.finditer(text) if m.end() > m.start())


@lru_cache(maxsize=8)
def _joining(language: str) -> frozenset[str]:
    """The words of ``language`` after which a capitalised word goes on the clause, no headline's first word:
    the ``[headline]`` words a headline cannot end on, prepositions, verbs of saying and titles."""
    table = resource_data(language).get("headline", {})
    return frozenset(w.lower() for key in _JOINING for w in table.get(key, []) if isinstance(w, str))


#: the ``[headline]`` lists whose words join a name to their clause ("from Oslo", "said Monday", "mayor Anna Berg")
_JOINING = ("dangling", "cut_before_phrase", "opening_prepositions", "speech", "announcing", "verbs", "auxiliaries",
            "speaker_titles", "honorifics")


@lru_cache(maxsize=8)
def _first_person(language: str) -> re.Pattern[str] | None:
    """The language's first-person words (``[headline] first_person``) as one pattern, or None."""
    words = resource_data(language).get("headline", {}).get("first_person", [])
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def _at_least(pattern: re.Pattern[str], text: str, n: int) -> bool:
    found = pattern.finditer(text)
    return all(next(found, None) is not None for _ in range(n))


@lru_cache(maxsize=16)
def bullets(text: str, language: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each list bullet in ``text``, and of each photo credit (both end a piece of text)."""
    try:
        cues = _cues(language)
    except GrammarError:  # a language without a resource has no cues (its summaries read it plainly)
        return ()
    folded, seen = fold(text), {}
    patterns = [c.within(folded, seen) for c in (cues.bullet, cues.credit) if c is not None]
    found = [m.span() for p in patterns if p is not None for m in p.finditer(text) if m.end() > m.start()]
    return tuple(sorted(found))


def _comments(text: str, header: re.Pattern[str] | None) -> Iterable[Span]:
    if header is None:
        return []
    found = [m for m in header.finditer(text) if m.end() > m.start()]
    if len(found) >= 2:
        return [Span(found[0].start(), len(text), "comment")]
    return [Span(m.start(), m.end(), "comment") for m in found]


def _rest(text: str, cue: re.Pattern[str] | None, reason: str) -> Iterable[Span]:
    """From the line of the first match of ``cue`` to the end of the text, unless nothing but blanks
    comes before that line (a comment policy or a closed debate's notice atop a page heads no footer:
    the page is story)."""
    for match in cue.finditer(text) if cue is not None else ():
        start = text.rfind("\n", 0, match.start()) + 1
        if text[:start].strip():
            return [Span(start, len(text), reason)]
    return []


def _replies(text: str, reply: re.Pattern[str] | None, footer: list[Span]) -> Iterable[Span]:
    """The comments above a comment policy (``footer``): from the first line after the page's
    first that holds a ``reply`` up to the policy, if at least :data:`REPLIES` lines there hold
    one, none of them inside a quote (a story's quoted "Thank you all" is no reply)."""
    if reply is None or not footer:
        return []
    first_line = text.find("\n", len(text) - len(text.lstrip())) + 1
    lines = []
    for match in reply.finditer(text, first_line or len(text), footer[0].start):
        line = text.rfind("\n", 0, match.start()) + 1
        if (not lines or lines[-1] != line) and not _in_open_quote(text, line):
            lines.append(line)
    return [Span(lines[0], footer[0].start, "comment")] if len(lines) >= REPLIES else []


def _in_open_quote(text: str, line: int) -> bool:
    """Whether the line starting at ``line`` opens inside a quote: its first quote mark closes
    one, or the line before leaves one open."""
    end = text.find("\n", line)
    first = _QUOTE.search(text, line, len(text) if end < 0 else end)
    if first is not None and first.group() in _CLOSERS:
        return True
    before = text.rfind("\n", 0, max(line - 1, 0)) + 1
    marks = [m.group() for m in _QUOTE.finditer(text, before, max(line - 1, before))]
    opened = sum(m in _OPENERS for m in marks) - sum(m in _CLOSERS for m in marks)
    return opened > 0 or marks.count('"') % 2 == 1


def _signed(text: str, signature: re.Pattern[str] | None, answer: re.Pattern[str] | None,
            debate: re.Pattern[str] | None) -> Iterable[Span]:
    """A page of reader comments signed "Name, Town, Country": ``SIGNATURES`` or more signatures make
    the rest of the page, from the debate's heading before the first of them (or that signature's
    line), a comment section; unless an expert answers them (a readers' questions page)."""
    if signature is None:
        return []
    found = [m.start() for m in signature.finditer(text)]
    if len(found) < SIGNATURES or (answer is not None and answer.search(text, found[0])):
        return []
    headings = [m.start() for m in debate.finditer(text, 0, found[0])] if debate is not None else []
    start = text.rfind("\n", 0, headings[0] if headings else found[0]) + 1
    return [Span(start, len(text), "comment")]


def _captions(text: str, caption: re.Pattern[str] | None, spans: list[Span]) -> Iterable[Span]:
    """Lines ending with a photo's date whose next non-empty line opens with a dateline, stamp or credit."""
    opening = {s.start for s in spans if s.reason in ("dateline", "stamp", "credit")}
    if caption is None or not opening:  # no line can end above an opening: the search would find none
        return []
    found = []
    for match in caption.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        following = match.end()
        while following < len(text) and text[following].isspace():
            following += 1
        if any(following <= start <= following + 2 for start in opening):
            found.append(Span(line_start, match.end(), "caption"))
    return found


def reason_at(spans: list[Span], start: int, end: int) -> str | None:
    """The reason of the first furniture span that overlaps [start, end), or None."""
    for span in spans:
        if span.start >= end:
            break
        if span.end > start:
            return span.reason
    return None
