"""The language-independent engine: detect, resolve, anchor.

:func:`find_all` takes a text's candidates (:mod:`~timeline.temporal.detect`)
longest first; each is resolved by the function its rule ``kind`` names
(:mod:`~timeline.temporal.resolvers`) in its :class:`Context` (the reference
date and the sentence's tense); a candidate whose resolution fails gives way
to shorter ones it overlaps. Expressions relative to the article's reporting
period are then placed (:mod:`~timeline.temporal.reporting`), and anaphoric
ones against the others (:mod:`~timeline.temporal.anaphora`). On a page of dated entries
(:mod:`~timeline.temporal.entries`) each entry's text is resolved against its heading's day
instead of the publish date. Nothing here names a language: each is a grammar read from its
resource file.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from .anaphora import anchor, read_unplaced_amounts_as_durations
from .apposition import join_apposed_days, keep_weeks_naming_the_writing_day
from .chains import unplace_chains_past_the_page
from .context import Context
from .named_day import place_days_in_their_named_years
from .narrative_chain import follow_far_narratives
from .narrative import place_plans_in_the_narrative, place_seasons_in_named_years, unplace_pluperfect_clock_times
from .paragraph_years import place_bare_dates_in_paragraph_years, unplace_seasons_after_far_years
from .alternatives import join_alternative_months, join_span_months
from .quoted import retell_quoted_days
from .detect import detect
from .entries import coarse_at, entry_headings, placed_by_the_page, reference_at
from .expressions import SKIP, Candidate, Reading, Resolution, TimeExpression
from .grammar import Grammar, parse_grammar, resource_text
from .reporting import place_periods
from .schedules import recur_schedule_weekdays
from .told_week import place_weekdays_in_the_told_week
from .resolvers import RESOLVERS


@lru_cache(maxsize=None)
def load_grammar(language: str) -> Grammar:
    """The grammar of ``language`` (an ISO 639-1 code such as "en" or "sv"), every rule of it
    of a kind the resolvers know."""
    return parse_grammar(resource_text(language), language, frozenset(RESOLVERS))


def find(text: str, reference: date | None, grammar: Grammar) -> list[TimeExpression]:
    """Every time expression in ``text``, in order, resolved against ``reference``."""
    return find_all(text, reference, grammar).expressions


def find_all(text: str, reference: date | None, grammar: Grammar,
             candidates: list[Candidate] | None = None) -> Resolution:
    """Resolve ``text`` (or its already ``detect``-ed candidates) against ``reference``.

    Candidates are taken longest first; one whose resolution fails gives way
    to shorter ones it overlaps. On a page of entries, a candidate's reference is its entry's day.
    """
    if candidates is None:
        candidates = detect(text, grammar)
    headings = entry_headings(text, reference, grammar, candidates, lambda line: find(line, None, grammar))
    taken = bytearray(len(text))  # 1 where an accepted expression already lies
    chosen: list[tuple[int, int, Reading]] = []
    plans, seasons = set(), set()  # starts of a year-less plan told in the past; of a past sentence's bare season
    bare, picked = set(), set()  # starts of a year-less date (of a past-tense sentence) whose year was picked
    named: dict[int, int] = {}  # the year each expression naming one names, by its start
    for candidate in candidates:
        start, end = candidate.start, candidate.end
        if taken.find(1, start, end) != -1:
            continue
        try:
            context = Context(text, start, end, reference_at(headings, start, reference), grammar)
            reading = RESOLVERS[candidate.kind](candidate.values, context)
            if coarse_at(headings, start):
                reading, context = _placed_by_the_page(candidate, reading, context, reference)
        except (ValueError, OverflowError):
            # Date arithmetic that leaves the calendar (year 0, year 10000) resolves nothing.
            reading = None
        if reading is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        if reading is not SKIP:
            chosen.append((start, end, reading))
            if context.year_picked:
                picked.add(start)
            if context.year_picked and context.plan_in_pluperfect:
                plans.add(start)
            elif context.year_picked and context.tense == "past" and not context.only_past:
                bare.add(start)
            elif isinstance(candidate.values.get("year"), int):
                named[start] = candidate.values["year"]
            if context.season_in_past:
                seasons.add(start)
    chosen.sort(key=lambda c: c[0])
    readings = [reading for _, _, reading in chosen]
    spans = [(start, end) for start, end, _ in chosen]
    place_periods(readings, [start for start, _ in spans], reference)
    join_apposed_days(readings, spans, text)
    place_weekdays_in_the_told_week(readings, spans, text, grammar,
                                    lambda offset: reference_at(headings, offset, reference))
    offsets = [r.anaphor for r in readings]
    anchors = anchor(readings, spans, text, grammar, lambda offset: reference_at(headings, offset, reference))
    recur_schedule_weekdays(readings, spans, text, grammar)
    unplace_chains_past_the_page(readings, offsets, spans, anchors, text, grammar,
                                 lambda offset: reference_at(headings, offset, reference))
    place_plans_in_the_narrative(readings, spans, [s in plans for s, _ in spans], [s in named for s, _ in spans],
                                 anchors)
    place_seasons_in_named_years(readings, spans, [s in seasons for s, _ in spans], [named.get(s) for s, _ in spans],
                                 text, grammar, lambda offset: reference_at(headings, offset, reference))
    join_span_months(readings, spans, [s in picked for s, _ in spans], text, grammar)
    join_alternative_months(readings, spans, [s in picked for s, _ in spans], text, grammar,
                            lambda offset: reference_at(headings, offset, reference))
    place_bare_dates_in_paragraph_years(readings, spans, [s in bare for s, _ in spans], [named.get(s) for s, _ in spans],
                                        text, grammar, lambda offset: reference_at(headings, offset, reference))
    place_days_in_their_named_years(readings, spans, [s in bare for s, _ in spans], anchors, text, grammar,
                                    lambda offset: reference_at(headings, offset, reference))
    follow_far_narratives(readings, spans, [s in bare for s, _ in spans], text, grammar,
                          lambda offset: reference_at(headings, offset, reference))
    unplace_seasons_after_far_years(readings, spans, [s in seasons for s, _ in spans], [named.get(s) for s, _ in spans],
                                    text, grammar, lambda offset: reference_at(headings, offset, reference))
    retell_quoted_days(readings, spans, text, grammar, lambda offset: reference_at(headings, offset, reference))
    keep_weeks_naming_the_writing_day(readings, spans, text, lambda offset: reference_at(headings, offset, reference))
    unplace_pluperfect_clock_times(readings, spans, text, grammar, anchors)
    if reference is not None:
        read_unplaced_amounts_as_durations(readings, spans, text)
    expressions = [TimeExpression(start, end, text[start:end], r.type, r.timex, r.mod, r.interval, r.granularity)
                   for (start, end), r in zip(spans, readings)]
    return Resolution(expressions, anchors, headings)


def _placed_by_the_page(candidate: Candidate, reading: Reading | None, context: Context,
                        reference: date | None) -> tuple[Reading | None, Context]:
    """On a roll-up of glued posts (no reference day), ``reading`` read again against the publish
    date ``reference`` when it was left unplaced and what that gives may stand there (a month or
    longer, or the year of a day the text names: :func:`~timeline.temporal.entries.placed_by_the_page`);
    else ``reading`` as it was, with its ``context``."""
    if reading is None or reading is SKIP or reading.interval is not None or context.reference is not None \
            or reference is None:
        return reading, context
    retry = Context(context.text, candidate.start, candidate.end, reference, context.grammar)
    again = RESOLVERS[candidate.kind](candidate.values, retry)
    if again is not None and again is not SKIP and placed_by_the_page(reading.timex, again.granularity):
        return again, retry
    return reading, context
