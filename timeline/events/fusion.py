"""One event from the mentions of one happening: the date they give it, and its summary.

The event's date is what most of its independent sources support: the day
(or span) covered by the readings of the most sources (near-copies of one
article are one source, see ``importance.Copies``), narrowed to the
intersection of the readings that cover it, so "25 June", "June 2009" and
"2009" give 25 June, and "late last month" and "two weeks ago" the days both
hold; coarse readings that only overlap ("this winter", "later this year")
give the finest of them (``COARSE_DAYS``), never a month none of them says. A reading that does not overlap that date is an
*outlier*: it stays in the event, listed as a conflicting reading, and the
event is marked conflicting; it never moves the others. Mentions marked as
page furniture, and those that date no happening of their own (``dependent``), count only
when nothing else is there. Its summary is the
clause of one of its agreeing mentions (see ``summary``): one that reads as
a headline (``readable.reads_well``: "It was first used widely" or "I went
to the clinic" only when no other mention names who), of headline length,
that most of the others agree with, from an article whose date came with it
where that decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from rapidfuzz import fuzz

from ..model import Article, Event, Mention
from ..temporal import Granularity, Interval
from ..temporal.grammar import GrammarError, resource_data
from .alternatives import alternative_spans, hull_granularity
from .dependent import role
from .headline import bare
from .headline_words import lexicon, lowered
from .readable import reads_alone, reads_well
from .places import unplaced
from .referent import leans_back
from .prepared import summary_of
from .summary import MAX_WORDS, MIN_WORDS
from .title import headline_title

#: a summary agrees with another when their rapidfuzz token-set ratio reaches this
AGREEING_RATIO = 70
#: summaries of this many words (inclusive) read as a headline; the nearer the middle the better
HEADLINE_WORDS = (MIN_WORDS, MAX_WORDS)  # a longer whole clause reads too, but a headline of this length wins
HEADLINE_MIDDLE = 11

#: readings all longer than this many days (a season, a year) are never narrowed to their intersection
COARSE_DAYS = 31

#: which independent source an article belongs to (its own id, or the id of the article it copies)
SourceOf = Callable[[Article], str]


def _own_id(article: Article) -> str:
    return article.id


def mention_key(mention: Mention) -> tuple[str, int]:
    """How an event names one of its mentions: (article id, start offset)."""
    return mention.article.id, mention.expression.start


@dataclass(frozen=True)
class Fused:
    """What the intervals of an event's mentions give it together."""

    #: the date most independent sources support (the intersection of their readings); None when
    #: no mention has an interval
    interval: Interval | None
    granularity: Granularity | None
    mod: str | None
    #: TIMEX3 value, when one mention's reading is the whole interval
    timex: str | None
    #: some readings disagree with ``interval`` (they are the ``outliers``)
    conflict: bool
    #: the mentions (see :func:`mention_key`) whose reading does not overlap ``interval``
    outliers: frozenset[tuple[str, int]] = frozenset()


def _support(covering: list[Mention], source_of: SourceOf) -> tuple[int, int, int]:
    """How strongly ``covering`` supports a date: distinct sources, mentions, articles dated by themselves."""
    return (len({source_of(m.article) for m in covering}), len(covering),
            len({m.article.id for m in covering if m.article.published_source.given}))


def _majority(placed: list[Mention], source_of: SourceOf, reading: Callable[[Mention], Interval]) -> list[Mention]:
    """The mentions whose readings cover the day most sources support (ties: the earliest day).
    Coverage is greatest on some reading's first day, so only those days are tried."""
    best: tuple[tuple[int, int, int], int] | None = None
    chosen: list[Mention] = []
    for day in sorted({reading(m).start for m in placed}):
        covering = [m for m in placed if reading(m).start <= day <= reading(m).end]
        rank = (_support(covering, source_of), -day.toordinal())
        if best is None or rank > best:
            best, chosen = rank, covering
    return chosen


def fuse(members: list[Mention], source_of: SourceOf = _own_id) -> Fused:
    """The interval, granularity, mod, timex, conflict and outliers of an event from its mentions.
    Times offered as alternatives ("in September or October") are one reading, their hull
    (``alternatives.alternative_spans``)."""
    placed = [m for m in members if m.interval is not None]
    if not placed:
        e = members[0].expression
        return Fused(None, e.granularity, e.mod, e.timex, conflict=False)
    counted = ([m for m in placed if not getattr(m, "furniture", None) and role(m) is None]
               or [m for m in placed if not getattr(m, "furniture", None)] or placed)
    hulls = alternative_spans(placed)

    def reading(m: Mention) -> Interval:
        return hulls.get(id(m), m.interval)

    agreeing = _majority(counted, source_of, reading)
    fused = Interval(max(reading(m).start for m in agreeing), min(reading(m).end for m in agreeing))
    finest = min((reading(m) for m in agreeing), key=lambda i: (i.days, i.start))
    if finest.days > COARSE_DAYS and not any(reading(m) == fused for m in agreeing):
        # Coarse readings that only overlap ("this winter", "later this year") say no date finer
        # than the finest of them ("Dec 2009" is neither's): that one, not their intersection.
        fused = finest
    outliers = frozenset(mention_key(m) for m in placed if not reading(m).overlaps(fused))
    exact = [m for m in agreeing if m.interval == fused]
    either = [m for m in agreeing if id(m) in hulls and hulls[id(m)] == fused]
    if either and not exact:
        granularity, mod = hull_granularity(either)
        return Fused(fused, granularity, mod, None, bool(outliers), outliers)
    if exact:
        e = exact[0].expression
        timexes = {m.expression.timex for m in exact}
        timex = e.timex
        if len(timexes) > 1 and e.granularity is Granularity.DAY:  # "Wednesday night", "onsdag kväll": the day
            timex = fused.start.isoformat()
        return Fused(fused, e.granularity, e.mod, timex, bool(outliers), outliers)
    # A narrower interval than any one mention gives: a range of days.
    return Fused(fused, Granularity.DAY, None, None, bool(outliers), outliers)


def _summary_rank(mention: Mention, summary: str, support: int, shown: str = "",
                  own: bool = False) -> tuple[bool, bool, bool, bool, bool, bool, int, int, bool, bool, int]:
    """Higher is better: a summary that tells the clause its date belongs to, one that reads as a headline
    by every rule of :func:`.readable.reads_well` (names its subject, tells an act, credits a first person,
    says more than "made the remarks"; an article's title does by nature), one that at least reads alone
    (it opens with no pronoun and asks no question), a subject that does not lean on a sentence before
    ("The song …", :func:`.referent.leans_back`: whatever its length, a summary naming its subject beats it),
    headline length (a title has it whatever its length), a mention read as the event's own date (``own``: "Jackson
    died at his home" for the event of 25 June, not "Jackson died in June 2009", which many more retell; the
    clause of a coarser reading tells the month, maybe another act of it), agreement of the other members, among summaries
    longer than a headline the shorter, the title, a date that came with the article, nearness to the middle
    headline length."""
    words = len(summary.split())
    low, high = HEADLINE_WORDS
    title = _is_title(mention, summary)
    fits = low <= words <= high and not summary.endswith("…") or title
    language, sentence = mention.article.language, mention.sentence
    # "Dr Lee opens a clinic" over "He opened his own clinic" or "Will the clinic open?": a headline names its subject
    # "Simon Cowell is hoping to complete the single" over "The song will be available": which song? Also
    # when the named one is longer than a headline: "The jurors were selected …" (which trial?) gives way
    # "Indonesia: The country will hold elections": the place shown tells which country (not which index)
    articles, people, placed = _articles(language)
    lean = not title and leans_back(summary, lexicon(language), articles, people) and not (
        shown.endswith(summary) and shown != summary and bare(summary.split()[1]) in placed)
    return (_tells_its_clause(mention, summary), title or reads_well(summary, sentence, language),
            reads_alone(summary, sentence, language), not lean, fits, own, support, 0 if fits else -words, title,
            mention.article.published_source.given, -abs(words - HEADLINE_MIDDLE))


@lru_cache(maxsize=None)
def _articles(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The language's definite articles (``[situated] apposition_articles``), its words of a person
    (``person_heads``, ``person_nouns``, ``name_head_modifiers``: "The woman", "The prime minister") and the
    nouns a place before the summary names (``place_nouns``: "The country"); none without a resource."""
    try:
        table = resource_data(language).get("situated", {})
    except GrammarError:
        return frozenset(), frozenset(), frozenset()
    people = lowered(table, "person_heads") | lowered(table, "person_nouns") | lowered(table, "name_head_modifiers")
    return lowered(table, "apposition_articles"), people, lowered(table, "place_nouns")


def _is_title(mention: Mention, summary: str) -> bool:
    """Whether ``summary`` is its article's title: a headline by nature, whatever its length ("Ferry
    strike ends" beats a fragment of headline length)."""
    article = mention.article
    return bool(article.title) and summary == headline_title(article.title, article.language, article.text)


def _tells_its_clause(mention: Mention, summary: str) -> bool:
    """Whether ``summary`` shares a word of four letters or more with the clause that holds the
    mention's expression ("…, who announced the loss … late last month"; a clause that is only
    the date, "Late last month, …", stands for the one after it), so that a headline of the
    sentence's other clause does not stand for this date's happening."""
    e, text = mention.expression, mention.article.text
    start, end = mention.segment if mention.segment != (0, 0) else (mention.sentence_start, e.end)
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, start, end)] + [end]
    lo = max((b for b in breaks if b <= e.start), default=start)
    following = [b for b in breaks if b >= e.end]
    clause = (text[lo:e.start] + " " + text[e.end:following[0]]).split()
    if len(clause) < 2 and len(following) > 1:
        clause += text[following[0]:following[1]].split()
    told = {w.strip(_EDGES) for w in summary.lower().split()}
    return any(len(w.strip(_EDGES)) >= 4 and w.lower().strip(_EDGES) in told for w in clause)


_CLAUSE_BREAK = re.compile(r"[,;:()—–]")
_EDGES = ".,;:!?\"'“”‘’()[]"


def make_event(members: list[Mention], source_of: SourceOf = _own_id) -> Event:
    """An event of ``members`` (ordered by article and offset): fused interval and outliers, and
    the summary most members agree with (the first best in that order, from an agreeing mention)."""
    members = sorted(members, key=mention_key)
    fused = fuse(members, source_of)
    summaries = [summary_of(m) for m in members]  # most worked out where their articles were extracted
    told = [unplaced(s, m) for s, m in zip(summaries, members)]  # weighed without "Italy: "
    support = [sum(fuzz.token_set_ratio(a, b) >= AGREEING_RATIO for b in told) for a in told]
    founding = [role(m) is None for m in members]
    def rank(i: int) -> tuple:
        return (mention_key(members[i]) not in fused.outliers, founding[i],
                _summary_rank(members[i], told[i], support[i], summaries[i], members[i].interval == fused.interval))

    best = max(range(len(members)), key=rank)
    naming = [j for j in _naming_instead(best, members, told) if rank(j)[:2] >= rank(best)[:2]]
    if naming:  # "Jackson was cleared of …" for "The singer was cleared of …": the same act, who did it named
        best = max(naming, key=rank)
    return Event(id="", mentions=members, interval=fused.interval, granularity=fused.granularity,
                 mod=fused.mod, summary=summaries[best], timex=fused.timex, conflict=fused.conflict,
                 outliers=fused.outliers)


def _naming_instead(best: int, members: list[Mention], told: list[str]) -> list[int]:
    """The members whose summaries tell what ``told[best]`` tells in words that name its subject, when that
    one opens with a person's common noun ("The singer was cleared of …", which :func:`.referent.leans_back`
    lets stand, as a report tells of someone so): those that agree with it (token-set ratio of
    ``AGREEING_RATIO`` or more), as much a headline as it is (:func:`.readable.reads_well`), and open with no
    pronoun and no leaning subject ("Jackson was cleared of …"); another act is never taken for it."""
    language = members[best].article.language
    articles, people, _ = _articles(language)
    lex = lexicon(language)
    if not people or leans_back(told[best], lex, articles, people) or not leans_back(told[best], lex, articles):
        return []
    good = reads_well(told[best], members[best].sentence, language)
    return [j for j, (summary, member) in enumerate(zip(told, members))
            if j != best and summary.strip() and fuzz.token_set_ratio(told[best], summary) >= AGREEING_RATIO
            and not leans_back(summary, lex, articles) and reads_alone(summary, member.sentence, language)
            and (reads_well(summary, member.sentence, language) or not good)
            and _tells_its_clause(member, summary) >= _tells_its_clause(members[best], told[best])]
