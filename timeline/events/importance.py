"""How much an event matters to its corpus, and which of its articles are one source.

An event's importance is the sum, over its independent sources, of what each
gives it: 1 (``ANNOUNCED`` when the source was published before the event's
day: it tells what is due, not what happened), and ``PROMINENT`` more when
the source tells it in its lead (the first ``LEAD_SENTENCES`` sentences,
where a scraped page has its title) or in a chronology entry (a sentence
opening with the day written out in digits: "4 May 2011 The trial opens");
plus ``RECALLED`` when the event was told again later (some supporting
article published more than ``RECALL_DAYS`` after it ended: a later article
that refers back to a day is the strongest sign the day mattered, Tran et
al. 2013, Ghalandari & Ifrim 2020). Only mentions whose reading agrees with
the event's date count, a mention marked as page furniture (a truthy
``furniture`` attribute) counts for nothing, and a mention that gives only
the month or year of a happening known more precisely ("June 2009" joined
to a happening of 25 June) counts only when no other mention is left
(:func:`evidence`). An event whose summary reads as no headline (``readable``: a pronoun with no
name, no verb, a bare "X said") counts ``UNREADABLE`` of its weight, so that a reader's top events
are told; a day's weight (:func:`together`) is unchanged. In a folder with a story (``unrelated.story_words``: the
words in most of its articles), a mention whose sentence and the
``STORY_NEIGHBOURS`` either side name none of them counts for nothing
(:meth:`Copies.on_story`; after the month-or-coarser rule, which is about
the date, not the story): a programme page's "today", a football quote, a
Halloween page in a folder about a trial. The neighbours count because a
report names its subject once and then says "the star", "the doctor"; a
mention that names the story only through a pronoun several sentences on
is lost (the price of a rule with no coreference). A feed of many stories
has no story words, and nothing changes there.

Measured on the Timeline17 development topics (date F1 of the key days,
H1N1 bbc/guardian/reuters, MJ, haiti): every source counting and a bonus
for the first report instead of ``RECALLED``: 0.86/0.83/0.73/0.59/0.91; the
month-or-coarser rule alone or the recall bonus alone: MJ still 0.59; both:
MJ 0.65 (two more of its 37 days), the others unchanged. Weighing each
later source above a same-day one (instead of one bonus) lowered MJ to
0.51-0.57. A stricter rule (a mention counts only at the event's own
granularity or finer) gave H1N1 bbc 1.00 through one "last weekend" of a
boxing match, but left out "late last month" from a happening fused to
three days of it: not taken. Announcements at half (``ANNOUNCED``) and
chronology entries as prominent: MJ 0.65 -> 0.78, the others unchanged (their
days do not move: on four topics these signals cannot be chosen or refuted,
so they are kept for being what the literature and the data say, not fitted).
Off-story mentions counting nothing: MJ 0.78 -> 0.81, and 0.84 with the
session's merge and resolver changes (BBC programme pages,
a Halloween page leave the top days), the others' dates unchanged and their
ROUGE-1 per date equal or higher; the same with 0 to 3 neighbours. Not a
fitted weight: nothing to tune, and leaving one topic out cannot tell.

Independent sources: articles are near-copies (one wire story republished,
one page saved twice) when most of the shorter one's word shingles are in
the other (``COPY_CONTAINMENT``); within one event, near-copies (and copies
of copies) count once. Shingles are made once per article, and each pair
compared once per build.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable

from ..model import Article, Event, Mention
from ..temporal import Granularity
from ..temporal.sentences import sentence_bounds
from .readable import reads_as_headline
from .unrelated import story_pattern

#: words per shingle, and the share of the shorter article's shingles the other must hold to be its copy
SHINGLE_WORDS = 4
COPY_CONTAINMENT = 0.6
#: how far into an article shingles are taken from (enough to tell a copy)
COPY_CHARS = 20_000
#: a source telling the event in its first sentences counts this much more
LEAD_SENTENCES = 2
LEAD_CHARS = 3000
PROMINENT = 0.5
#: an event told by an article published more than this many days after it ended was recalled...
RECALL_DAYS = 2
#: ...and gains this much (once: the sources already count)
RECALLED = 0.5
#: a source published before the event's day can only announce it: it counts this share
ANNOUNCED = 0.5
#: an event whose summary reads as no headline ("It was removed …", "Anna Berg said") counts this share,
#: so that the key views and ``--top`` show it below events as well told (a day's weight, :func:`together`,
#: is not changed: the day is as important whichever of its events tells it)
UNREADABLE = 0.5
#: sentences either side of a mention's that may name the story (``Copies.on_story``)
STORY_NEIGHBOURS = 1

_WORD = re.compile(r"\w+")
#: what may stand before a sentence's first word (quotes, dashes, bullets)
_OPENING = " \t\n\"'`‘“-–—•*"
#: granularities from the finest (a day) to the coarsest
_FINENESS = {granularity: n for n, granularity in enumerate(Granularity)}
_MONTH = _FINENESS[Granularity.MONTH]


class Copies:
    """Near-copies among a corpus's articles, each article's lead (computed once each), and the
    corpus's story words (``unrelated.story_words``: none for a feed of many stories)."""

    def __init__(self, story: tuple[str, ...] | list[str] = ()) -> None:
        self._story = story_pattern(story)
        self._bounds: dict[str, list[tuple[int, int]]] = {}
        self._starts: dict[str, list[int]] = {}
        self._shingles: dict[str, frozenset[int]] = {}
        self._pairs: dict[tuple[str, str], bool] = {}
        self._lead_end: dict[str, int] = {}

    def _shingles_of(self, article: Article) -> frozenset[int]:
        found = self._shingles.get(article.id)
        if found is None:
            words = _WORD.findall(article.text[:COPY_CHARS].lower())
            found = frozenset(hash(tuple(words[i:i + SHINGLE_WORDS]))
                              for i in range(max(1, len(words) - SHINGLE_WORDS + 1)))
            self._shingles[article.id] = found
        return found

    def copies(self, a: Article, b: Article) -> bool:
        """Whether one of the two articles is a near-copy of the other."""
        key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if key not in self._pairs:
            x, y = self._shingles_of(a), self._shingles_of(b)
            shorter = min(len(x), len(y))
            self._pairs[key] = shorter > 0 and len(x & y) >= COPY_CONTAINMENT * shorter
        return self._pairs[key]

    def sources(self, articles: Iterable[Article]) -> dict[str, str]:
        """Each article's source among ``articles``: the least id of its group of near-copies
        (copies of copies join). Depends only on these articles, not on the order they come in."""
        unique = sorted({a.id: a for a in articles}.values(), key=lambda a: a.id)
        root = {a.id: a.id for a in unique}

        def find(article_id: str) -> str:
            while root[article_id] != article_id:
                article_id = root[article_id]
            return article_id

        for n, a in enumerate(unique):
            for b in unique[n + 1:]:
                ra, rb = find(a.id), find(b.id)
                if ra != rb and self.copies(a, b):
                    root[max(ra, rb)] = min(ra, rb)
        return {a.id: find(a.id) for a in unique}

    def on_story(self, mention: Mention) -> bool:
        """Whether the mention's sentence or the ``STORY_NEIGHBOURS`` either side name one of the
        story words; always, when the corpus has none."""
        if self._story is None:
            return True
        article = mention.article
        starts = self._starts.get(article.id)
        if starts is None:
            bounds = sentence_bounds(article.text)
            self._bounds[article.id], starts = bounds, [b[0] for b in bounds]
            self._starts[article.id] = starts
        bounds = self._bounds[article.id]
        if not bounds:
            return False
        n = max(0, bisect.bisect_right(starts, mention.expression.start) - 1)
        start = min(bounds[max(0, n - STORY_NEIGHBOURS)][0], mention.expression.start)
        end = max(bounds[min(len(bounds) - 1, n + STORY_NEIGHBOURS)][1], mention.expression.end)
        return self._story.search(article.text, start, end) is not None

    def prominent(self, mention: Mention) -> bool:
        """Whether the mention tells the article's (or a chronology entry's) main happening: its
        sentence is in the lead (:meth:`in_lead`), or the sentence opens with the date written out
        with digits, as an entry of a chronology does ("4 May 2011 The trial opens")."""
        return self.in_lead(mention) or entry_date(mention)

    def in_lead(self, mention: Mention) -> bool:
        """Whether the mention's sentence is among its article's first ``LEAD_SENTENCES``."""
        article = mention.article
        end = self._lead_end.get(article.id)
        if end is None:
            bounds = [b for b in sentence_bounds(article.text[:LEAD_CHARS]) if article.text[b[0]:b[1]].strip()]
            end = bounds[min(LEAD_SENTENCES, len(bounds)) - 1][1] if bounds else 0
            self._lead_end[article.id] = end
        return mention.sentence_start < end


def entry_date(mention: Mention) -> bool:
    """Whether the mention is a day written with digits that opens its sentence: the date heading a
    chronology entry ("4 May 2011 The trial opens"), not a weekday or "yesterday" in a report."""
    expression, text = mention.expression, mention.article.text
    return (expression.granularity is Granularity.DAY and any(c.isdigit() for c in expression.text)
            and not text[mention.sentence_start:expression.start].strip(_OPENING))


def counts(event: Event, mention: Mention) -> bool:
    """Whether a mention is evidence of the event: it agrees with its date and is no page furniture."""
    return event.agrees(mention) and not getattr(mention, "furniture", None)


def evidence(event: Event) -> list[Mention]:
    """The mentions that count for the event: those that :func:`counts`, but not those that give
    only a month or coarser for a happening known more precisely (a "June 2009" joined to a
    happening of 25 June tells that the happening is remembered, not which day it was); all of
    them when no other is left."""
    counting = [m for m in event.mentions if counts(event, m)]
    if event.granularity is None:
        return counting
    level = _FINENESS[event.granularity]
    precise = [m for m in counting if m.expression.granularity is None
               or _FINENESS[m.expression.granularity] < max(level + 1, _MONTH)]
    return precise or counting


def announced(event: Event, mention: Mention) -> bool:
    """Whether the mention's article was published before the event began: it tells what is due
    (a hearing set for a day, a match on Saturday), which may not happen or not on that day."""
    published = mention.article.published
    return published is not None and event.interval is not None and published < event.interval.start


def _score(events: list[Event], source_of: dict[str, str], copies: Copies) -> float:
    """What the counting mentions of ``events`` give together: each source once, at its best."""
    weight: dict[str, float] = {}
    recalled = False
    for event in events:
        counting = [m for m in evidence(event) if copies.on_story(m)]
        for mention in counting:
            source = source_of.get(mention.article.id, mention.article.id)
            given = ((ANNOUNCED if announced(event, mention) else 1.0)
                     + (PROMINENT if copies.prominent(mention) else 0.0))
            weight[source] = max(weight.get(source, 0.0), given)
        published = [m.article.published for m in counting if m.article.published is not None]
        if event.interval is not None and published:
            recalled = recalled or (max(published) - event.interval.end).days > RECALL_DAYS
    return sum(weight.values()) + (RECALLED if recalled and weight else 0.0)


def importance(event: Event, source_of: dict[str, str], copies: Copies) -> float:
    """The event's importance (see the module docstring), times ``UNREADABLE`` when its summary reads
    as no headline (:func:`.readable.reads_as_headline`); ``source_of`` maps its articles' ids to
    their sources (:meth:`Copies.sources`)."""
    return _score([event], source_of, copies) * (1.0 if reads_as_headline(event) else UNREADABLE)


def together(events: list[Event], copies: Copies) -> float:
    """The importance of several events taken as one (the events of one day, say): a source that
    tells two of them counts once, at its best."""
    articles = [m.article for e in events for m in evidence(e)]
    return _score(events, copies.sources(articles), copies)
