"""The context of one candidate: its reference date and the tense of its sentence.

Resolvers ask it which year a year-less expression ("April", "Christmas")
falls in: the one nearest the reference date, where a reading on the side
the sentence's tense points away from must be much nearer to win.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable, NamedTuple

from . import calendar as cal, clause_cues, limit_clause, looking_ahead
from .calendar import Interval
from .grammar import Grammar
from .sentences import quote_window, sentence_window

#: In a past-tense sentence a later reading must be this many times nearer
#: than an earlier one to win (and the reverse in a future-tense sentence):
#: "announced Wednesday ... the Jan. 14 deadline" still points ahead.
TENSE_WEIGHT = 5

#: How far (in characters) before and after the expression its sentence is searched for tense cues.
TENSE_REACH = (240, 160)


#: What :meth:`Context._tense_before` says of a clause whose verb leaves the tense open.
OPEN = "open"

#: What :meth:`Context.season_setting` says of a bare season that may be another year's or hemisphere's.
UNPLACED = "unplaced"

#: How far (in characters) before the expression a past verb governing it is looked for.
GOVERNING_REACH = 30

#: What may lie between a governing past verb and the expression: a space, or one word between spaces.
_ONE_WORD = re.compile(r"\s+(?:\w+\s+)?")

#: A word: one must stand between the expression and a relative clause for the clause to be skipped.
_WORD = re.compile(r"\w")

#: What ends the clause of an expression, for a future cue after it ("chose January, which will be").
_CLAUSE_END = re.compile(r"[,.;:!?]")

#: What may stand between an expression opening its sentence and its clause ("From Monday, shops").
_CLAUSE_OPENING = re.compile(r"[\s,]*")


def distance(interval: Interval, reference: date) -> tuple[int, int]:
    """Days from reference to interval (0 inside) and the side (-1 past, +1 future)."""
    if interval.end < reference:
        return (reference - interval.end).days, -1
    if interval.start > reference:
        return (interval.start - reference).days, 1
    return 0, 0


class YearChoice(NamedTuple):
    """The year :meth:`Context.pick_year` chose for a year-less expression, and its interval then."""

    year: int
    interval: Interval


class Context:
    """The text around one candidate (``start``/``end`` offsets into ``text``, end exclusive),
    its reference date, and the grammar whose cues tell the tense; the tense is found lazily."""

    def __init__(self, text: str, start: int, end: int, reference: date | None, grammar: Grammar):
        self.text, self.start, self.end = text, start, end
        self.reference, self.grammar = reference, grammar
        self._tense: str | None | bool = False
        #: whether :meth:`pick_year` chose a year for a year-less expression
        self.year_picked = False
        #: whether :meth:`season_setting` found a bare season in a past-tense sentence, whose year a
        #: year named in it may set (:func:`~timeline.temporal.narrative.place_seasons_in_named_years`)
        self.season_in_past = False

    @property
    def tense(self) -> str | None:
        """"future", "past" or None: the cue nearest before the expression in its sentence decides (failing that, the
        first after it), but a present of a scheduled act in its own clause looks ahead ("which returns ... on 1 July")."""
        if self._tense is False:
            self._tense = self._find_tense()
        return self._tense  # type: ignore[return-value]

    def _find_tense(self) -> str | None:
        if self.only_future or looking_ahead.clause_looks_ahead(self):
            return "future"
        lo, hi = sentence_window(self.text, self.start, self.end, *TENSE_REACH)
        # a quote's tense ends with it, though tokenised text ("now . '' On Monday") runs on
        lo, hi = quote_window(self.text, lo, self.start, self.end, hi)
        lo = lost_break(self.text, lo, self.start, self.grammar)
        lo, hi = _whole_words(self.text, lo, hi)
        # ``before`` is searched from positions, so a cue's lookbehind sees what precedes the window
        after = self.text[self.end:hi]
        tense = self._tense_before(lo)
        if tense == OPEN:
            return None  # the clause's own verb leaves it open; a later "the ministry said" is not its
        if tense == "past" and self._in_reported_clause(lo):
            # "said that a second wave in the autumn could be worse": the clause's own verb decides
            return self._tense_after(after) or tense
        if tense == "future" and limit_clause.limit_looks_back(self, lo, after):
            return "past"
        return tense or self._tense_after(after)

    def _in_reported_clause(self, lo: int) -> bool:
        """Whether a complementiser ("that") lies after the last past cue between ``lo`` and the
        expression, with no cue between it and the expression."""
        pattern = self.grammar.complementisers
        if pattern is None:
            return False
        last_cue = max((m.end() for m in self.grammar.past_cues.finditer(self.text, lo, self.start)), default=-1)
        return any(m.start() >= last_cue for m in pattern.finditer(self.text, lo, self.start))

    def _tense_before(self, lo: int) -> str | None:
        """The tense of the cue nearest the expression after ``lo``; :data:`OPEN` when its past form
        follows an auxiliary that leaves the tense open."""
        nearest: tuple[int, str] | None = None
        for tense, pattern in (("future", self.grammar.future_cues), ("past", self.grammar.past_cues)):
            for match in pattern.finditer(self.text, lo, self.start):
                if nearest is None or match.start() > nearest[0]:
                    nearest = (match.start(), tense)
        if nearest is None:
            return None
        position, tense = nearest
        # "will be held", "is expected to have left": a future auxiliary
        # just before a past form makes the clause look forward.
        auxiliaries = self.grammar.future_auxiliaries or self.grammar.future_cues
        if tense == "past" and auxiliaries.search(self.text, max(lo, position - 25), position):
            return "future"
        opened = self.grammar.open_auxiliaries
        if tense == "past" and opened is not None and opened.search(self.text, max(lo, position - 25), position):
            return OPEN  # "could be delivered in October": the distance decides
        return tense

    def _tense_after(self, after: str) -> str | None:
        """The tense of the first cue in ``after``, past any relative clause set off by commas that a
        word separates from the expression ("On Tuesday the players, who will ..."); one right after it
        tells of the expression's own phrase ("The vote on Tuesday, which will decide ...")."""
        if self.grammar.relative_clauses is not None:
            after = self.grammar.relative_clauses.sub(
                lambda m: " " * len(m.group(0)) if _WORD.search(m.string, 0, m.start()) else m.group(0), after)
        first: tuple[int, str] | None = None
        for tense, pattern in (("future", self.grammar.future_cues), ("past", self.grammar.past_cues)):
            match = next((m for m in pattern.finditer(after) if not clause_cues.attributive(self.grammar, after, m)), None)
            if match and (first is None or match.start() < first[0]):
                first = (match.start(), tense)
        return first[1] if first else None

    @property
    def plan_in_pluperfect(self) -> bool:
        """Whether the tense cue nearest before the expression in its sentence (or, with none, the first
        after it: :func:`.looking_ahead.plan_told_after`) is a plan told in the pluperfect or the past ("had been
        due to arrive on Friday", "was due to open on 13 July"): what was planned may be past or ahead."""
        return self._last_cue_before(self.grammar.pluperfect_plans) or looking_ahead.plan_told_after(self)

    @property
    def counterfactual(self) -> bool:
        """Whether the tense cue nearest before the expression in its sentence is a counterfactual
        ("we'd have arrived on Saturday"): what did not come about may be past or ahead."""
        return self._last_cue_before(self.grammar.counterfactuals)

    def _last_cue_before(self, pattern: re.Pattern[str] | None) -> bool:
        """Whether ``pattern`` matches before the expression in its sentence with no tense cue after it."""
        if pattern is None:
            return False
        before = self.text[self.sentence_start:self.start]
        found = [m for m in pattern.finditer(before)]
        if not found:
            return False
        # searched from a position, not a slice: a cue's lookbehind sees the plan ("due to start on")
        return not any(p.search(before, found[-1].end()) for p in (self.grammar.future_cues, self.grammar.past_cues))

    @property
    def future_in_past(self) -> bool:
        """Whether the sentence looks ahead only from a past moment: its future cue before the
        expression is one that follows a past cue ("said on Friday he would ... over the weekend")."""
        pattern = self.grammar.past_futures
        if pattern is None or self.tense != "future":
            return False
        lo = self.sentence_start  # searched from positions: a cue's lookbehind sees before the sentence window
        last_future = max((m.start() for m in self.grammar.future_cues.finditer(self.text, lo, self.start)), default=-1)
        return (last_future >= 0 and pattern.match(self.text, last_future, self.start) is not None
                and self.grammar.past_cues.search(self.text, lo, last_future) is not None)

    @property
    def sentence_start(self) -> int:
        """Where the candidate's sentence begins (searched as far back as its tense cues)."""
        return sentence_window(self.text, self.start, self.end, *TENSE_REACH)[0]

    def reported_span(self) -> str | None:
        """In a sentence about reported figures, the unit of the span they cover
        (:meth:`span_unit`); None in any other sentence."""
        lo, hi = sentence_window(self.text, self.start, self.end, *TENSE_REACH)
        return self.span_unit() if self.grammar.report_cues.search(self.text, lo, hi) else None

    def span_unit(self) -> str:
        """"Y" when a span longer than a quarter ("nine months") is named nearer before the
        expression in its sentence than a quarter, else "Q"."""
        lo = self.sentence_start

        def last(pattern: re.Pattern[str]) -> int:
            return max((m.end() for m in pattern.finditer(self.text, lo, self.start)), default=-1)

        return "Y" if last(self.grammar.report_year_cues) > last(self.grammar.report_quarter_cues) else "Q"

    @property
    def only_past(self) -> bool:
        """Whether a word just before the expression puts it in the past ("since the August 12 fire"), or
        a "since" and a past verb (:func:`.clause_cues.since_past`), or a noun of a happening that is over
        ("the singer's death on 25 June", in an article of 20 June a year later) in a sentence not looking ahead."""
        pattern = self.grammar.past_prepositions
        if clause_cues.since_past(self) or pattern is not None and pattern.search(self.text, max(0, self.start - 30), self.start):
            return True
        happened = self.grammar.past_happenings
        return (happened is not None and happened.search(self.text, max(0, self.start - 40), self.start) is not None
                and self.tense != "future")

    @property
    def ahead_of(self) -> bool:
        """Whether the words just before the expression put it after the clause's time ("ahead of
        Thursday's election", "in the run-up to Sunday's vote")."""
        pattern = self.grammar.ahead_prepositions
        return pattern is not None and pattern.search(self.text, max(0, self.start - 40), self.start) is not None

    @property
    def starts_change(self) -> bool:
        """Whether the expression is the start of a change told in the present or future ("From
        Monday, shops must close at 8pm, the council said", "a match starting Thursday includes"): a
        start word just before it in a clause that is not told in the past (:meth:`told_in_past`)."""
        pattern = self.grammar.start_prepositions
        found = None if pattern is None else pattern.search(self.text, max(0, self.start - 40), self.start)
        if found is None or found.groupdict().get("bare") and not self._opens_or_looks_ahead(found.start()):
            return False
        return not self.told_in_past()

    def _opens_or_looks_ahead(self, at: int) -> bool:
        """Whether a bare start word at ``at`` (the pattern's group ``bare``: "from") opens its clause
        ("In Leeds, from Monday", "said that from Monday") or its clause looks ahead ("will shut from
        Wednesday"); after a noun it names a source ("Footage from Monday shows")."""
        lo = max((m.end() for m in _CLAUSE_END.finditer(self.text, self.sentence_start, at)), default=self.sentence_start)
        words = re.findall(r"\w+", self.text[lo:at])
        return not words or self.grammar.lookup("clause_opener", words[-1]) is not None or self._own_tense() == "future"

    def told_in_past(self) -> bool:
        """Whether the expression's own clause is told in the past: the sentence's tense is past, and
        a past verb of saying ends right before the expression ("Polisen meddelade på fredag", "he
        said late on Friday": the day is the telling's), or the last cue before it in its sentence
        is past, or else the first after it in its clause, other verbs of saying not counting ("From
        Monday, shops must close, the council said")."""
        if self.tense != "past":
            return False
        frame = self.grammar.report_frame
        told = None if frame is None else frame.search(self.text, max(0, self.start - 40), self.start)
        if told is not None and self.grammar.past_cues.match(self.text, told.start()) is not None:
            return True
        return self._own_tense() == "past"

    def _own_tense(self) -> str | None:
        """The tense of the expression's own clause: of the last cue before it in its sentence, or
        else of the first after it in its clause; verbs of saying do not count."""
        lo, hi = sentence_window(self.text, self.start, self.end, *TENSE_REACH)
        opened = _CLAUSE_OPENING.match(self.text, self.end, hi)
        end = _CLAUSE_END.search(self.text, opened.end() if opened else self.end, hi)
        hi = end.start() if end else hi
        own = sorted((m.start(), tense) for tense, p in (("future", self.grammar.future_cues), ("past", self.grammar.past_cues))
                     for m in p.finditer(self.text, lo, hi) if self.grammar.lookup("reporting_verb", m.group(0)) is None
                     and (m.end() <= self.start or m.start() >= self.end))
        before = [tense for at, tense in own if at < self.start]
        after = [tense for at, tense in own if at >= self.end]
        return before[-1] if before else after[0] if after else None

    @property
    def only_future(self) -> bool:
        """Whether the words before the expression put it ahead ("postponed the final to", "until it is ready in")."""
        pattern, lo = self.grammar.future_targets, max(0, self.start - 120)
        return pattern is not None and pattern.search(self.text, lo, self.start) is not None or clause_cues.present_time_clause(self)

    def _against_weight(self) -> float:
        """How many times nearer a reading on the side the tense points away from must be:
        none wins after "since" or "postponed to"."""
        return float("inf") if self.only_past or self.only_future else TENSE_WEIGHT

    def governed_by_past(self) -> bool:
        """Whether a past cue ends at most one word before the expression, with nothing else between
        and no passive auxiliary right before it ("stood in January", "contested the January poll",
        in December): its own verb's time, not a date the clause looks ahead to ("announced
        Wednesday the Jan. 14 deadline"). Only for a grammar with ``passive_auxiliary_pattern``.
        Asked for a bare month only: before a day or a holiday such a verb is as often a plan's
        ("slated for Nov. 4-5", "declared January 2 a day of mourning", "banned Christmas cards")."""
        passive = self.grammar.passive_auxiliaries
        if passive is None or self.tense != "past":
            return False
        lo = max(0, self.start - GOVERNING_REACH)
        cue = None
        for cue in self.grammar.past_cues.finditer(self.text, lo, self.start):
            pass
        # a participle after "be" ("to be completed by Dec. 15", "was extended to Nov. 16") is as
        # often a plan's as a past act's, and so is the object of a verb of speech or decision ("said
        # January would be", "chose January"), or a month its clause looks ahead from
        plans = self.grammar.plan_verbs
        return (cue is not None and _ONE_WORD.fullmatch(self.text, cue.end(), self.start) is not None
                and passive.search(self.text, max(0, cue.start() - GOVERNING_REACH), cue.start()) is None
                and (plans is None or plans.fullmatch(self.text, cue.start(), cue.end()) is None)
                and not self._future_in_clause_after())

    def _future_in_clause_after(self) -> bool:
        """Whether a future cue follows the expression before its clause ends ("January would be")."""
        hi = sentence_window(self.text, self.start, self.end, *TENSE_REACH)[1]
        end = _CLAUSE_END.search(self.text, self.end, hi)
        return self.grammar.future_cues.search(self.text, self.end, end.start() if end else hi) is not None

    @property
    def continues(self) -> bool:
        """Whether a verb of going on ("will continue throughout the weekend") comes before the
        expression in its sentence."""
        pattern = self.grammar.continuations
        return pattern is not None and pattern.search(self.text, self.sentence_start, self.start) is not None

    def season_setting(self) -> str | None:
        """For a bare season ("in the spring"): :data:`UNPLACED` when its sentence is set in the
        southern hemisphere before it ("in Australia ... during the winter", "the southern hemisphere")
        or it is set by "there" in a southern place its sentence names ("Argentina ... the winter
        there"); a southern place that is only a subject ("Brazil won ... in the summer") does not set
        it. Else None; in a past-tense sentence it notes :attr:`season_in_past` (a year named in the
        sentence may set it, once all are resolved)."""
        lo = self.sentence_start
        settings, places, there = self.grammar.southern_settings, self.grammar.southern_places, self.grammar.season_there
        if settings is not None and settings.search(self.text, lo, self.start):
            return UNPLACED
        if (there is not None and places is not None and there.match(self.text, self.end)
                and places.search(self.text, lo, self.start)):
            return UNPLACED
        self.season_in_past = self.tense == "past"
        return None

    def explicit_year(self, values: dict[str, Any]) -> int | None:
        """The year a candidate names: a number, or "this/last/next year" (``yrel``) against the
        reference; None if it names none."""
        if "year" in values:
            return values["year"]
        if "yrel" in values and self.reference is not None:
            return self.reference.year + values["yrel"]
        return None

    def score(self, interval: Interval) -> float:
        """Days from the reference to ``interval``, times :data:`TENSE_WEIGHT` when the interval
        lies on the side the tense points away from; lower is likelier. Needs a reference."""
        assert self.reference is not None
        days, side = distance(interval, self.reference)
        # a plan told in the past may have fallen either side of the reference: the distance decides
        tense = ("past" if self.only_past else "future" if self.only_future
                 else None if self.plan_in_pluperfect or looking_ahead.announced_own_date(self) else self.tense)
        against = (tense == "past" and side > 0) or (tense == "future" and side < 0)
        return days * self._against_weight() if against else days

    def pick_year(self, make: Callable[[int], Interval | None]) -> YearChoice | None:
        """Of the years around the reference's, the one whose interval ``make(year)`` scores
        lowest (ties: the earlier year), with that interval; None if no year gives one."""
        assert self.reference is not None
        self.year_picked = True
        best: tuple[float, int, Interval] | None = None
        for year in (self.reference.year - 1, self.reference.year, self.reference.year + 1):
            interval = make(year) if cal.valid_year(year) else None
            if interval is None:
                continue
            score = self.score(interval)
            if best is None or score < best[0]:
                best = (score, year, interval)
        return None if best is None else YearChoice(best[1], best[2])


def _whole_words(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``(lo, hi)`` narrowed so that neither cuts a word: a window reaching 240 characters back into a
    long sentence may start inside "Tehran" or end inside "wasteful", leaving a cue ("ran", "was")."""
    while lo < hi and lo > 0 and text[lo - 1].isalnum() and text[lo].isalnum():
        lo += 1
    while hi > lo and hi < len(text) and text[hi - 1].isalnum() and text[hi].isalnum():
        hi -= 1
    return lo, hi


def lost_break(text: str, lo: int, start: int, grammar: Grammar) -> int:
    """Where the sentence of ``text[start]`` opens after ``lo``: at the last sentence break scraped
    text lost between them ("the local authorities On Saturday morning"), else at ``lo``."""
    if grammar.lost_breaks is None:
        return lo
    return max((m.start() for m in grammar.lost_breaks.finditer(text, lo, start)), default=lo)
