"""Whether two mentions tell one happening: the edge between a candidate pair of ``cluster``.

A pair is an edge when the intervals overlap and the texts reach the threshold
of ``evidence.relatedness`` (for two mentions of one article: their clauses
reach ``conflict_threshold``; for a coarse and a finer mention, their clauses
alone reach it too), or when the intervals are near and the texts reach
``conflict_threshold`` (a *strong* edge). Its score is the similarity over the
threshold it had to reach. The vetoes (one article published before the
other's reading began; nothing shared beyond the collection's topic; a week's
or a year's mention sharing no act word; names apart; two acts of one
sentence; a saying, a state's end and an act, a condition and anything: ``Evidence.act``; a possibility
and a done act, ``hypothetical``; one family of
acts told in two countries, ``places_apart``; a date told only as a reference point and another
article's act of that day, ``reference_point``; a figure's base
and another article's act, ``base_apart``; two figures of one month or year, ``figures_apart``; two doers' acts
of one day, ``doers_apart``, an apart decision that binds to the end of merging, ``cannot_link``; a date of the
topic's own happening, ``topical``) are
described in ``cluster``. Two mentions of one day sharing no telling act word must share a
clause word beyond the story's cast too, or open with one subject (``actor.same_subject``): a cast
name is given to many acts ("envoy Ines Marro would fly in", "he would meet Tomas Marro"). A
window up to the writing ("in the past week") joins no finer reading (``window``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, NamedTuple, Sequence

from ..model import Mention
from ..settings import MergeSettings
from ..temporal import Interval, load_grammar
from ..temporal.sentences import clause_breaks
from ..temporal.stamps import EntryStamp, entry_stamps, stamp_words
from ..extraction.furniture import CAPITALS
from .dependent import BOUNDARY, CONDITION, words
from .evidence import SAYING, Stories, Weighed, from_writing_day, names_apart, out_of_reach, relatedness
from .regroup import MIN_SHARED
from .shared_words import (_acts_apart, _beyond_topic, _bound_apart, _nothing_telling_shared,
                           clauses_share_beyond_cast, clauses_share_beyond_topic, statements_apart, tail_words)
from .similarity import Weights, overlap
from .topical import topic_apart
from .window import window_and_finer
from .actor import same_subject
from .places_apart import places_apart
from .per_mention import per_mention
from .hypothetical import possibility_and_fact
from .reference_point import reference_and_act
from .markets_apart import markets_apart
from .clocks_apart import clocks_apart
from .schedule_notice import schedule_and_statement
from .month_remark import month_and_day_apart
from .base_apart import base_and_act
from .doers_apart import doers_apart
from .figures_apart import figures_apart

#: a mention whose interval is more than this many times another's is coarser: their clauses must be alike too
COARSER = 3


class Edge(NamedTuple):
    """A candidate pair of mentions (indexes into the placed mentions, ``i < j``) alike enough to join."""

    score: float  # similarity over the threshold it had to reach
    strong: bool  # alike enough to join even as a conflict, or within one article
    i: int
    j: int
    #: alike enough, but a veto found two happenings (two bodies' statements of one day, a saying
    #: and an act): no edge, and ``cluster`` never puts the two in one group through others
    apart: bool = False
    #: an ``apart`` edge that binds to the end of merging (``cannot_link``): the later joins of groups
    #: as wholes never put its two mentions in one group; only vetoes sure of two doers' acts are so
    binding: bool = False


#: two articles' mentions whose clauses name different people or places (``evidence.names_apart``)
#: are one happening only when their texts are at least this many times as alike as needed
NAMES_CLASH = 4.0


#: the gap (in days) between two readings that are still near (:func:`_near`): a week, or the shorter
#: one's length; ``reach.hopeless`` turns down what is farther before a pair is scored
NEAR_DAYS = 7


def _near(a: Interval, b: Interval) -> bool:
    """Whether the gap between the intervals is at most :data:`NEAR_DAYS`, or the shorter one's length."""
    gap = max((b.start - a.end).days, (a.start - b.end).days)
    return gap <= max(NEAR_DAYS, min(a.days, b.days))


def _could_tell(m: Mention, other: Mention) -> bool:
    """Whether each article was published (when it has a date) once the other's reading had begun."""
    first, second = m.article.published, other.article.published
    return (first is None or first >= other.interval.start) and (second is None or second >= m.interval.start)


def _one_date_in_pieces(m: Mention, other: Mention) -> bool:
    """Whether two mentions of one sentence read the same (a day named twice, "on Wednesday … on
    the 12th"; a year twice, "last year … in 2008"), or are pieces of one date side by side
    ("Wednesday, January the 12th"): the sentence gives one event, not two of one date."""
    if m.article.id != other.article.id or m.sentence_start != other.sentence_start:
        return False
    if m.interval == other.interval:
        return True  # one value named twice ("last year … last year"): one reading, one event
    first, second = sorted((m.expression, other.expression), key=lambda e: e.start)
    between = m.article.text[first.end:second.start]
    a, b = m.interval, other.interval
    nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return nested and not any(c.isalnum() for c in between)


_CLOCK_HOURS = {f"T{digit}" for digit in "012"}  # "…T23:32", not a part of day ("…TMO")


def two_moments(m: Mention, other: Mention) -> bool:
    """Whether two mentions of one article name two clock times ("1616 … says", "1630 … says": a
    live page's entries, even run together in one sentence, "2332 … 2325 …"): two moments."""
    return (m.article.id == other.article.id and _clock(m) and _clock(other)
            and m.expression.timex != other.expression.timex)


def _clock(m: Mention) -> bool:
    """Whether the mention names a time of day ("2332", "at 10am")."""
    return (m.expression.timex or "")[10:12] in _CLOCK_HOURS



def _two_acts(m: Mention, other: Mention, a: Weighed, b: Weighed, topic: Callable[[str], bool],
              writing_day: bool) -> bool:
    """Whether two mentions of one sentence read as one date tell two acts ("five cases were found
    today, as the agency today raised its tally"; "the road was barred on Saturday and the cortege
    will pass on Saturday"; two people's statements "on Tuesday"). Not when side by side ("today,
    tonight"), nor when one clause holds both ("on 4 January at 11:36 p.m."; "last Friday (22
    January)": no comma or conjunction between, ``clause_breaks``; for two "today"s any words
    between will do), nor for a longer reading than a day ("the pandemic of 1918 … as the great
    pandemic of 1918": a year holds one story's background, told twice); a live page's entry stamp and a day its entry names are one act ("1454 X has
    posted pictures today"), a day before the next entry's stamp is another ("… today I found her.''
    2342 …"). Otherwise two acts when their clauses share fewer than ``MIN_SHARED`` tokens beyond
    the collection's topic."""
    first, second = sorted((m, other), key=lambda x: x.expression.start)
    text = m.article.text
    start, end = first.expression.end, second.expression.start
    if not any(c.isalnum() for c in text[start:end]):
        return False
    if entry_stamp(second):
        return True
    if entry_stamp(first) or not writing_day and (m.interval.days > 1 or not clause_breaks(text, start, end)):
        return False
    if _told_as_one(first, second, text, start, end):
        return False
    own_a = {token for token in a.segment.weights if not topic(token) and not token[0].isdigit()}
    own_b = {token for token in b.segment.weights if not topic(token) and not token[0].isdigit()}
    if min(len(own_a), len(own_b)) < MIN_SHARED:
        return False  # a clause saying only its date ("On Sunday, …") stands for the next one
    return len(own_a & own_b) < MIN_SHARED


#: a word of this many letters or fewer, in lower case, is no act of a clause ("of", "the")
_SHORT_WORD = 3
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: a wire's dateline opening a line: a place in capitals, maybe a region and a date, an agency or a dash
_DATELINE = re.compile(rf"\W*[{CAPITALS}][{CAPITALS}.'’-]{{2,}}(?: [{CAPITALS}][{CAPITALS}.'’-]+)*(?: ?, ?[^\W\d_][\w.]*"
                       r"(?: [^\W\d_][\w.]*){0,2}(?= ?[,(–—-]))?(?: ?,? ?(?:[^\W\d_]{3,9}\.? \d{1,2}|\d{1,2} [^\W\d_]{3,9}\.?)"
                       r"(?: ?,? ?\d{4})?)? ?(?:(?:\([^()\n]{1,30}\)|-LRB-[^\n]{1,30}?-RRB-) ?[-–—]*|[-–—]+)")


def _told_as_one(first: Mention, second: Mention, text: str, start: int, end: int) -> bool:
    """Whether two mentions of one sentence, one reading and a clause break between are one act
    told: the first stamps the dateline opening a wire's line ("HANOI, Nov. 18 (Xinhua) -- police
    arrested …, local media reported Friday"; not "NATO troops killed … -- and …"); the two end one
    span ("between 11 am and 4 pm"); or the words before the last break hold no act, only names and
    function words ("On Sunday, Speaker Ode Flint and Premier Ines Marro attended Easter service")."""
    line = text.rfind("\n", 0, first.sentence_start) + 1
    dateline = None if text[line:first.sentence_start].strip() else _DATELINE.match(first.sentence)
    if dateline and first.expression.end <= first.sentence_start + dateline.end():
        return True
    if span_ends(first, second):
        return True
    between = clause_breaks(text, start, end)
    if not between:
        return False
    opening = clause_breaks(text, first.sentence_start, first.expression.start)
    head = text[opening[-1] if opening else first.sentence_start:between[-1]]
    stop = load_grammar(first.article.language).stopwords if first.article.language else frozenset()
    return not any(word[0].islower() and len(word) > _SHORT_WORD and word.lower() not in stop
                   for word in _WORD.findall(head))


def span_ends(m: Mention, other: Mention) -> bool:
    """Whether two mentions of one article are the ends of one span ("between 9 am and 5 pm", "from
    Monday to Friday"): a range's opening word before the first, a range word alone between."""
    if m.article.id != other.article.id:
        return False
    first, second = sorted((m, other), key=lambda x: x.expression.start)
    text, w = m.article.text, words(m.article.language or "")
    before = text[max(0, first.expression.start - 12):first.expression.start].split()[-1:]
    return bool(before) and before[0].lower() in w.range_start \
        and text[first.expression.end:second.expression.start].strip().lower() in w.range


def two_entries(m: Mention, other: Mention) -> bool:
    """Whether two mentions are the stamps of two entries of one live page ("1136 …", "1126 …"),
    not one moment told in two zones ("00:01 (0801 GMT)") or the ends of a span ("10:00 to 2:00")."""
    return two_moments(m, other) and entry_stamp(m) and entry_stamp(other)


@per_mention()  # asked of a mention for each partner it meets
def in_entry(m: Mention) -> bool:
    """Whether the mention stands in a live page's entry: it is the entry's stamp, or one of the
    page's entry stamps (:func:`timeline.temporal.stamps.entry_stamps`: "1319 Troylivesay tweets:
    Yesterday …") stands in its sentence before it."""
    if entry_stamp(m):
        return True
    stamps = _entry_stamps(m.article.text, m.article.language or "")
    return any(m.sentence_start <= at < m.expression.start for at in stamps)


@lru_cache(maxsize=4096)  # buckets come in date order, their articles in any: room for a corpus's articles
def _entry_stamps(text: str, language: str) -> dict[int, EntryStamp]:
    """``entry_stamps`` of an article's text, kept for the whole merge (the resolver keeps only the last few
    texts', and a page's mentions meet in many buckets); most are empty: a live page is rare."""
    return entry_stamps(text, *stamp_words(language))


def entry_stamp(m: Mention) -> bool:
    """Whether the mention is a bare clock time opening a live page's entry ("1541 President …")."""
    e = m.expression
    after = m.article.text[e.end:e.end + 3].lstrip(" `'\"“‘")
    return _clock(m) and e.text.isdigit() and after[:1].isupper()


#: a clause retold in its article (a caption repeating its lead) says at least this many words beyond the topic
RETOLD_WORDS = 3


def _retold(m: Mention, other: Mention, a: Weighed, b: Weighed, topic: Callable[[str], bool]) -> bool:
    """Whether two mentions of one article name one day and one's clause says nothing the other's
    does not, at least ``RETOLD_WORDS`` words beyond the topic: a caption repeating its lead ("Eton
    had been due to re-open on Sunday", "Eton, near Windsor, had been due to re-open on Sunday 31
    May, but will stay shut"), one act told twice, however much longer the second telling."""
    if m.interval != other.interval or m.interval.days != 1 or a.language != b.language:
        return False
    said_a = {token for token in a.segment.weights if not topic(token)}
    said_b = {token for token in b.segment.weights if not topic(token)}
    shorter, longer = sorted((said_a, said_b), key=len)
    return len(shorter) >= RETOLD_WORDS and shorter <= longer


def edge(placed: Sequence[Mention], i: int, j: int, a: Weighed, b: Weighed, stories: Stories,
         settings: MergeSettings, weights: Weights) -> Edge | None:
    """The edge between mentions ``i`` and ``j`` (weighed as ``a`` and ``b``), or None."""
    m, other = placed[i], placed[j]
    strong = settings.conflict_threshold
    overlapping = m.interval.overlaps(other.interval)
    if not overlapping and not (_near(m.interval, other.interval) and _could_tell(m, other)):
        return None
    writing_day = from_writing_day(m) and from_writing_day(other)  # every article of a day says "today"
    if two_moments(m, other) and not span_ends(m, other):
        return None
    if window_and_finer(m, other):
        return None  # "four flights refused landing in the past week", "one refused on Saturday"
    if markets_apart(m, other) or clocks_apart(m, other) or base_and_act(m, other) or figures_apart(m, other):
        # "Tokyo stocks rose on Monday", "Jakarta shares fell on Monday"; "against Friday's quotes", "rose on Friday";
        # "trade of 197 million dollars in 2005", "trade of 475 million dollars in 2005"
        return Edge(1.0, False, i, j, True)
    if _one_date_in_pieces(m, other):
        if _two_acts(m, other, a, b, weights.topic, writing_day):
            return None  # "X said on Tuesday … and Y said on Tuesday": two acts of one day
        return Edge(1.0, True, i, j)
    if m.article.id == other.article.id:
        raw, needed = overlap(a.segment, b.segment, fuzzy=True), strong
        if raw < strong and _retold(m, other, a, b, weights.topic):
            return Edge(1.0, True, i, j)
    elif out_of_reach(a, b, settings, max(m.interval.days, other.interval.days)):
        return None  # most candidates: decided before the dearer vetoes, with the same result
    elif CONDITION in (a.act, b.act) or not _beyond_topic(m, other, a, b, weights) \
            or _acts_apart(m, other, a, b, weights) or month_and_day_apart(m, other, a, b, weights):
        return None
    elif topic_apart(m, other, a.segment.weights, b.segment.weights, weights):
        return None  # "an appeal for the survivors of Tuesday's earthquake": the quake's day, not the appeal's
    else:
        days = max(m.interval.days, other.interval.days)
        # two "today"s of one day are compared as two stories' mentions are: clauses alike, not the day
        one_story = not writing_day and stories.similarity(m.article.id, other.article.id) >= settings.story_threshold
        coarse_and_fine = days > COARSER * min(m.interval.days, other.interval.days)
        bound_and_act = {a.act, b.act} == {BOUNDARY, ""}
        if bound_and_act and _bound_apart(m, other, a, b, weights):
            return None
        related = relatedness(a, b, settings, days, one_story, clause_too=coarse_and_fine or writing_day)
        raw, needed = related.similarity, related.threshold
        if days == 1 and _nothing_telling_shared(m, other, a, b, weights) and (
                overlap(a.segment, b.segment) < needed or not clauses_share_beyond_topic(a, b, weights)
                or not (clauses_share_beyond_cast(a, b, weights, (tail_words(m), tail_words(other)))
                        or same_subject(m, other))):
            return None  # alike around, not in what the clauses tell: "officials said … on Thursday"
        entry = days == 1 and (in_entry(m) or in_entry(other))
        if days == 1 and (a.act == b.act == SAYING or entry) \
                and overlap(a.segment, b.segment) < strong and statements_apart(m, other, a, b, weights, entry):
            # two people's news of one day: "researchers reported …", "officials said …"
            return _vetoed(overlapping, raw, needed, strong, i, j)
        if overlap(a.segment, b.segment) < strong and reference_and_act(m, other, weights):
            return None  # "postponed a visit that had been scheduled for Sunday", "met on Sunday"
        if overlap(a.segment, b.segment) < strong and schedule_and_statement(m, other):
            return _vetoed(overlapping, raw, needed, strong, i, j)  # "will be held from 2.30 pm", "told the gala"
        if overlap(a.segment, b.segment) < strong and possibility_and_fact(m, other):
            return _vetoed(overlapping, raw, needed, strong, i, j)  # "would produce", "had begun"
        if raw < NAMES_CLASH * needed and names_apart(a, b, weights) and overlap(a.segment, b.segment) < strong:
            return None  # "first case in Ostrel" and "first case in Vantor": alike, but not one
        if days == 1 and overlap(a.segment, b.segment) < strong and places_apart(m, other, weights):
            # "a quake shook Turkey's Malatya province", "a quake hit a region of China"; no apart record
            # (on silver one joined a roadside bomb in Iraq to a Kandahar clash through a third mention)
            return None
        if days == 1 and overlap(a.segment, b.segment) < strong and doers_apart(m, other, weights):
            # "Beijing warned …", "Gingrich toned down …": two doers' acts, kept apart to the end
            return _vetoed(overlapping, raw, needed, strong, i, j, binding=True)
        if a.act != b.act and not bound_and_act and overlap(a.segment, b.segment) < strong:
            # "the agency said on Sunday" and "the port reopened on Sunday": a saying, an act
            return _vetoed(overlapping, raw, needed, strong, i, j)
    if (overlapping and raw >= needed) or raw >= strong:
        return Edge(raw / needed, raw >= strong, i, j)
    return None


def _vetoed(overlapping: bool, raw: float, needed: float, strong: float, i: int, j: int,
            binding: bool = False) -> Edge | None:
    """The record of a veto that found two happenings in two mentions whose texts were alike enough
    to be an edge (an ``apart`` edge), or None when they were not (their pair is simply not
    linked): ``cluster`` keeps the two out of one group, which the share of linked pairs alone
    would allow when a third mention links to each ("an aftershock shook the capital on
    Wednesday", "the UN said on Wednesday that its staff were safe": each alike a third telling of
    the day, not each other). Only the vetoes that see two acts (a saying and an act; two
    statements sharing nothing of what was said) are recorded so: those that find too little shared
    (no telling word, names apart) miss one act told in other words as often ("a team of fire
    officers have arrived", "a rescue team with dogs has landed": on the development topics 3 such
    records split one happening, 1 kept two apart)."""
    if (overlapping and raw >= needed) or raw >= strong:
        return Edge(raw / needed, False, i, j, True, binding)
    return None
