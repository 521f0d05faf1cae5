"""Calendar dates and units named outright: "March 3", "April", "2019", "the '90s",
"the 19th century", "the third quarter", "the first half", "last summer".

A year-less one is placed in the year nearest the reference date, weighed by
the sentence's tense (:meth:`Context.pick_year`).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any, Callable

from .. import calendar as cal, clause_cues
from ..fronted_day import fronted_past_day
from ..looking_ahead import date_of_a_noun
from ..past_clause import month_of_past_clause
from ..calendar import Granularity, Interval
from ..context import UNPLACED, Context
from ..expressions import DATE, SKIP, Reading
from ..recurring import recurring_season
from .kinds import resolves


#: a year-less day at most this many days after the writing day is weighed by distance even in a past clause
SOON_DAYS = 31


def _day_reading(d: date, v: dict[str, Any]) -> Reading:
    return Reading(DATE, cal.timex_with_pod(cal.timex_day(d), v.get("pod")), cal.day(d), Granularity.DAY)


def _day_in_month(v: dict[str, Any], ctx: Context) -> Reading | None:
    """A day of the month with no month named ("fredag den 22", "den 20 nästa månad", "the 15th").

    The month is the reference's shifted by ``mrel``, else the one of the
    previous, current and next months that fits a named weekday and lies
    nearest, weighed by tense.
    """
    day, ref = v["day"], ctx.reference
    if ref is None:
        return Reading(DATE, cal.timex_with_pod(f"XXXX-XX-{day:02d}", v.get("pod")), None, Granularity.DAY)
    if "mrel" in v:
        d = cal.safe_date(*cal.add_months(ref.year, ref.month, v["mrel"]), day)
        return None if d is None else _day_reading(d, v)
    candidates = [cal.safe_date(*cal.add_months(ref.year, ref.month, shift), day) for shift in (-1, 0, 1)]
    days = [d for d in candidates if d is not None]
    # A named weekday picks the month; if none fits, the text is trusted for the day alone.
    fitting = [d for d in days if d.weekday() == v.get("weekday")]
    best: tuple[int, date] | None = None
    for d in fitting or days:
        score = ctx.score(cal.day(d))
        if best is None or score < best[0]:
            best = (score, d)
    return None if best is None else _day_reading(best[1], v)


def _first_year(v: dict[str, Any], ctx: Context) -> int | None:
    """The year of the first of two dates sharing the year written after the second: the year
    before when the first's month is later than the second's (``end_month``: "28 December to
    3 January 2011" starts in 2010)."""
    year, month, end_month = ctx.explicit_year(v), v.get("month"), v.get("end_month")
    if year is not None and isinstance(month, int) and isinstance(end_month, int) and end_month < month:
        return year - 1
    return year


def _latest_day(ref: date, month: int, day: int) -> date | None:
    """The latest ``month``/``day`` up to ``ref`` (a 29 February back to its leap year)."""
    for year in range(ref.year, ref.year - 5, -1):
        d = cal.safe_date(year, month, day) if cal.valid_year(year) else None
        if d is not None and d <= ref:
            return d
    return None


def _soon_after(ref: date, month: int, day: int) -> bool:
    """Whether ``month``/``day`` comes at most ``SOON_DAYS`` after ``ref`` (a past verb may tell a day just
    ahead of a writing day known only roughly, or one a forecast told): weighed by distance, not set back a year."""
    for year in (ref.year, ref.year + 1):
        d = cal.safe_date(year, month, day) if cal.valid_year(year) else None
        if d is not None and d > ref:
            return (d - ref).days <= SOON_DAYS
    return False


def _day_interval(d: date | None) -> Interval | None:
    return d and cal.day(d)


@resolves("date")
def resolve_date(v: dict[str, Any], ctx: Context) -> Reading | None:
    """A day: "March 3, 2019", "3 mars", "the 15th"."""
    month, day = v.get("month"), v.get("day")
    if month is None and isinstance(day, int) and 1 <= day <= 31:
        return _day_in_month(v, ctx)
    if not isinstance(month, int) or not isinstance(day, int) or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    year = _first_year(v, ctx)
    if year is not None:
        d = cal.safe_date(year, month, day)
        if d is None:
            return None
    elif (ctx.reference is not None and not _soon_after(ctx.reference, month, day)
          and (ctx.governed_by_past() and month_of_past_clause(ctx) and not date_of_a_noun(ctx)
               or fronted_past_day(ctx))):
        # "the summit held on January 9", "the ferry sank on February 2", written in December: the act
        # of a past verb right before the day, in its own clause, is over, so the latest such day up to the
        # writing day's (not a verb further back: "open their campaign on February 3, followed by Ireland in
        # Dublin on February 11" is a schedule); so is a day that opens a clause told in the past ("On Jan. 9, a
        # jet crashed": :mod:`..fronted_day`); not a thing's own date after a determiner ("cancelled the March 3
        # concert": the concert may lie ahead)
        d = _latest_day(ctx.reference, month, day)
        if d is None:
            return None
        ctx.year_picked = True
    elif ctx.reference is not None:
        picked = ctx.pick_year(lambda y: _day_interval(cal.safe_date(y, month, day)))
        if picked is None:
            return None
        d = picked.interval.start
    else:
        if cal.safe_date(2000, month, day) is None:
            return None
        return Reading(DATE, cal.timex_with_pod(f"XXXX-{month:02d}-{day:02d}", v.get("pod")), None, Granularity.DAY)
    return _day_reading(d, v)


@resolves("week_of")
def resolve_week_of(v: dict[str, Any], ctx: Context) -> Reading | None:
    """The ISO week holding the day the values name: "the week of March 6"; None when that day
    is not placed (the day alone is then read)."""
    day = resolve_date(v, ctx)
    if day is None or day.interval is None:
        return None
    d = day.interval.start
    return Reading(DATE, cal.timex_week(d), cal.iso_week(d), Granularity.WEEK)


_NUMERIC_DATE = re.compile(r"(?<![\d.,/-])(\d{1,2})([-/.])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d|[.,/-]\d)")


@lru_cache(maxsize=4)
def _numeric_order_of(text: str) -> str | None:
    """"day" or "month": which part comes first in the numeric dates of ``text`` that show it
    (a part over 12), when they all agree; else None ("1-6-1881" beside "31-3-1877" is 1 June)."""
    orders = set()
    for match in _NUMERIC_DATE.finditer(text):
        lead, trail = int(match.group(1)), int(match.group(3))
        if (lead > 12) != (trail > 12):
            orders.add("day" if lead > 12 else "month")
    return orders.pop() if len(orders) == 1 else None


@resolves("numeric_date")
def resolve_numeric_date(v: dict[str, Any], ctx: Context) -> Reading | None:
    """A day written as two numbers, ``lead`` and ``trail``, of which one is the month and the
    other the day ("17/5/2012", "5-17-12", "friday 7/6"): a part over 12 is the day; when neither
    is, the language's convention (``Grammar.numeric_first``) decides."""
    lead, trail = v.get("lead"), v.get("trail")
    if not isinstance(lead, int) or not isinstance(trail, int):
        return None
    if lead > 12 and trail > 12:
        return None
    first = _numeric_order_of(ctx.text) or ctx.grammar.numeric_first
    lead_is_month = trail > 12 or (lead <= 12 and first == "month")
    month, day = (lead, trail) if lead_is_month else (trail, lead)
    return resolve_date({**v, "month": month, "day": day}, ctx)


@resolves("month")
def resolve_month(v: dict[str, Any], ctx: Context) -> Reading | None:
    """A month: "April", "last November", "early March 2019"."""
    month, mod = v.get("month"), v.get("mod")
    if not isinstance(month, int) or not 1 <= month <= 12:
        return None
    year, rel = _first_year(v, ctx), v.get("rel")
    if year is None and ctx.reference is not None and not v.get("generic"):  # "usually in May"
        ref = ctx.reference
        if rel == -1:  # "last November": the latest one before this month
            year = ref.year if month < ref.month else ref.year - 1
        elif rel == 1:
            year = ref.year if month > ref.month else ref.year + 1
        elif rel == 0:
            year = ref.year
        elif ctx.governed_by_past() or month_of_past_clause(ctx):  # "stood in January", "won the poll in January"
            year = ref.year if month <= ref.month else ref.year - 1
            ctx.year_picked = True  # still a year the text does not name: a year its sentence names may set it
        else:
            picked = ctx.pick_year(lambda y: cal.month(y, month))
            if picked is None:
                return None
            year = picked.year
    if year is None or not cal.valid_year(year):
        return Reading(DATE, f"XXXX-{month:02d}", None, Granularity.MONTH, mod)
    interval = cal.month(year, month)
    granularity = Granularity.MONTH
    if mod in ("START", "MID", "END"):
        interval, granularity = cal.part(interval, mod), Granularity.PART_OF_MONTH
    return Reading(DATE, cal.timex_month(year, month), interval, granularity, mod)


@resolves("year")
def resolve_year(v: dict[str, Any], ctx: Context) -> Reading | None:
    """A year: "2019", "early 2019"."""
    year = v.get("year")
    if not isinstance(year, int) or not cal.valid_year(year):
        return None
    mod = v.get("mod")
    if mod in ("BEFORE", "AFTER"):  # "post-1959": a side of the year, no span to place
        return Reading(DATE, f"{year:04d}", None, Granularity.YEAR, mod)
    return Reading(DATE, f"{year:04d}", _part(cal.year(year), mod), Granularity.YEAR, mod)


@resolves("decade")
def resolve_decade(v: dict[str, Any], ctx: Context) -> Reading | None:
    """A decade: "the 1990s", "the '90s" (the latest such decade not after the reference)."""
    first = v.get("decade")
    if not isinstance(first, int):
        return None
    if first < 100:
        now = ctx.reference.year if ctx.reference else 2100
        first = 2000 + first if 2000 + first <= now else 1900 + first
    if first % 10 or not cal.valid_year(first):
        return None
    mod = v.get("mod")
    return Reading(DATE, f"{first // 10:03d}", _part(cal.decade(first), mod), Granularity.DECADE, mod)


@resolves("century")
def resolve_century(v: dict[str, Any], ctx: Context) -> Reading | None:
    """A century by its number ("the 19th century"), or by its hundreds ("1700-talet": the 18th)."""
    number = v.get("century", v.get("ordinal"))
    if isinstance(v.get("hundreds"), int):
        number = v["hundreds"] + 1
    if not isinstance(number, int) or not 1 <= number <= 99:
        return None
    mod = v.get("mod")
    return Reading(DATE, f"{number - 1:02d}", _part(cal.century(number), mod), Granularity.CENTURY, mod)


def _calendar_part(v: dict[str, Any], ctx: Context, count: int, make: Callable[[int, int], Interval],
                   code: str, granularity: Granularity) -> Reading | None:
    """The ``ordinal``-th of the ``count`` parts of a year, ``ago`` years back ("the year-ago
    third quarter"); year-less, the reference's year, or the one before if the sentence looks
    back and the part lies ahead; in a sentence looking ahead, the one nearest the reference
    weighed by tense ("expects first-quarter profit" in November: next year's; "plans to
    restructure after a third-quarter loss" in October: this year's)."""
    number = v.get("ordinal")
    if not isinstance(number, int) or not 1 <= number <= count:
        return None
    year = ctx.explicit_year(v)
    if year is None and ctx.reference is not None:
        year = ctx.reference.year
        if ctx.tense == "future":
            picked = ctx.pick_year(lambda y: make(y, number))
            year = picked.year if picked else year
        elif ctx.tense == "past" and make(year, number).start > ctx.reference:
            year -= 1
    if year is None:
        return Reading(DATE, f"XXXX-{code}{number}", None, granularity)
    year += v.get("ago", 0)
    if not cal.valid_year(year):
        return None
    return Reading(DATE, f"{year:04d}-{code}{number}", make(year, number), granularity, v.get("mod"))


@resolves("quarter")
def resolve_quarter(v: dict[str, Any], ctx: Context) -> Reading | None:
    """"the third quarter", "Q3 2019"; with no year named, in a sentence telling a game ("23 seconds
    left in the second quarter") a period of play, no date."""
    if ctx.explicit_year(v) is None and clause_cues.game_period(ctx):
        return SKIP
    return _calendar_part(v, ctx, 4, cal.quarter, "Q", Granularity.QUARTER)


@resolves("half")
def resolve_half(v: dict[str, Any], ctx: Context) -> Reading | None:
    """"the first half of 2019", "the first half of this year"; a bare "the second half" is a
    half-year only in a sentence of reported figures, else (a match's half) no date at all."""
    if ctx.explicit_year(v) is None and not v.get("of_year") and ctx.reported_span() is None:
        return SKIP
    return _calendar_part(v, ctx, 2, cal.half, "H", Granularity.HALF)


@resolves("season")
def resolve_season(v: dict[str, Any], ctx: Context) -> Reading | None:
    """A season: "summer 2019", "last winter", "this spring"."""
    code = v.get("season")
    if code not in cal.SEASON_MONTHS:
        return None
    year, rel, ref = v.get("year"), v.get("rel"), ctx.reference
    if year is None and ref is not None and not v.get("generic"):  # "usually in winter": any year's
        current_year, current = cal.season_of(ref)
        candidates = [(y, cal.season(y, code)) for y in (current_year - 1, current_year, current_year + 1)]
        if rel == -1:  # "last summer": the latest one already over
            year = max(y for y, i in candidates if i.end < ref)
        elif rel == 1:
            year = min(y for y, i in candidates if i.start > ref)
        elif rel == 0 and v.get("same_year") and code not in (current, "WI"):
            year = ref.year  # "this summer" said in November: this calendar year's, now over
        elif rel == 0:
            year = current_year if code == current else min(y for y, i in candidates if i.end >= ref)
        else:
            year = _bare_season_year(code, ctx)
            if year is None:
                return None
    if year is None or year == UNPLACED:
        return Reading(DATE, f"XXXX-{code}", None, Granularity.SEASON)
    return Reading(DATE, f"{year:04d}-{code}", cal.season(year, code), Granularity.SEASON, v.get("mod"))


def _bare_season_year(code: str, ctx: Context) -> int | str | None:
    """The year of a bare season ("in the autumn"): :data:`UNPLACED` when the southern hemisphere's
    (:meth:`Context.season_setting`) or one told in a present that recurs
    (:func:`~timeline.temporal.recurring.recurring_season`), else the one the tense and distance pick (a past year its
    sentence names may set it later: :func:`~timeline.temporal.narrative.place_seasons_in_named_years`)."""
    setting = ctx.season_setting()
    if setting is not None:
        return setting
    if recurring_season(ctx):  # "droplets stay airborne longer in winter": any year's
        return UNPLACED
    picked = ctx.pick_year(lambda y: cal.season(y, code))
    return None if picked is None else picked.year


def _part(interval: Interval, mod: str | None) -> Interval:
    """The START, MID or END part of ``interval`` when ``mod`` names one ("early 2019"), else all of it."""
    return cal.part(interval, mod) if mod in ("START", "MID", "END") else interval
