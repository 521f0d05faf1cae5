"""Times relative to the reference date: "two weeks ago", "last month", "this weekend",
"Friday", "tomorrow", "recently"."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

from .. import calendar as cal, looking_ahead, open_side, telling_day, weekend_side
from ..calendar import Granularity, Interval
from ..context import Context
from ..expressions import DATE, Reading
from .kinds import resolves
from .periods import year_ago

#: The granularity of one unit ("D", "W", "M", "Q", "Y", "DE") of the resources' ``unit`` words.
UNIT_GRANULARITY = {"D": Granularity.DAY, "W": Granularity.WEEK, "M": Granularity.MONTH,
                    "Q": Granularity.QUARTER, "Y": Granularity.YEAR, "DE": Granularity.DECADE}
#: "two weeks ago" is a day estimate; "a decade ago" a year (see resolve_offset); "BD" business days.
OFFSET_GRANULARITY = {**UNIT_GRANULARITY, "W": Granularity.DAY, "DE": Granularity.YEAR, "BD": Granularity.DAY}

#: The furthest a count of business days is stepped through (about ten years of them).
MAX_BUSINESS_DAYS = 2600

#: From this many months on, "N months ago" of a multiple of :data:`ROUND_STEP` is a round count, read
#: as its month or the one either side ("eighteen months ago"); "13 months ago" is its month.
ROUND_MONTHS, ROUND_STEP = 12, 6

#: From this many years on, an amount with a modifier ("about 1,500 years ago", "nearly 200 years ago",
#: "some three hundred years ago") is a round guess, no calendar year; "more than" from
#: :data:`ROUND_MORE_THAN_YEARS` on ("more than 20 years ago" may be 25), a bound a year or two
#: past the count below it ("more than three years ago", :func:`_more_than_years`).
ROUND_YEARS, ROUND_MORE_THAN_YEARS = 100, 10

#: The first weekday (Monday 0) of a weekend paper, whose "last week" may be the week it closes or the
#: calendar week before (in weekend wire news read for it: on Sundays mostly the week closing, on
#: Saturdays mostly the one before): its interval runs from the week before's Monday to the day
#: before the reference; the value stays the week before's, as TimeML writes it.
WEEKEND_PAPER_FROM = 5


def shift(ref: date, unit: str, amount: int) -> Reading | None:
    """The calendar unit ``amount`` units away from ``ref`` (0 = the one containing it)."""
    if unit == "D":
        d = ref + timedelta(days=amount)
        return Reading(DATE, cal.timex_day(d), cal.day(d), Granularity.DAY)
    if unit == "W":
        d = ref + timedelta(weeks=amount)
        return Reading(DATE, cal.timex_week(d), cal.iso_week(d), Granularity.WEEK)
    if unit == "M":
        y, m = cal.add_months(ref.year, ref.month, amount)
        return Reading(DATE, cal.timex_month(y, m), cal.month(y, m), Granularity.MONTH)
    if unit == "Q":
        q = (ref.month - 1) // 3 + 1
        index = ref.year * 4 + (q - 1) + amount
        y, q = index // 4, index % 4 + 1
        return Reading(DATE, f"{y:04d}-Q{q}", cal.quarter(y, q), Granularity.QUARTER)
    if unit == "Y":
        y = ref.year + amount
        return Reading(DATE, f"{y:04d}", cal.year(y), Granularity.YEAR)
    if unit == "DE":
        first = (ref.year // 10 + amount) * 10
        return Reading(DATE, f"{first // 10:03d}", cal.decade(first), Granularity.DECADE)
    return None


def business_days(ref: date, amount: int) -> date | None:
    """The day ``amount`` Monday-to-Friday days from ``ref`` (weekends skipped; no holidays known)."""
    if abs(amount) > MAX_BUSINESS_DAYS:
        return None
    step, d = (1 if amount > 0 else -1), ref
    for _ in range(abs(amount)):
        d += timedelta(days=step)
        while d.weekday() >= 5:
            d += timedelta(days=step)
    return d


def moved(ref: date, unit: str, amount: int) -> date | None:
    """``ref`` moved by ``amount`` units (the day of the month kept, or the month's last day)."""
    if unit == "BD":
        return business_days(ref, amount)
    if unit in ("D", "W"):
        return ref + timedelta(days=amount * (7 if unit == "W" else 1))
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120}.get(unit)
    if months is None:
        return None
    y, m = cal.add_months(ref.year, ref.month, amount * months)
    return cal.safe_date(y, m, ref.day) or cal.month(y, m).end


@resolves("offset")
def resolve_offset(v: dict[str, Any], ctx: Context) -> Reading | None:
    """"two weeks ago", "för sju år sedan", "three days from now", "om tre arbetsdagar";
    compound, "för 2 år och 3 månader sedan": the first amount moves the reference, the
    second is read from there (in its own unit)."""
    unit, number, direction = v.get("unit"), v.get("num"), v.get("direction", -1)
    if unit is None or ("tense" in v and ctx.tense != v["tense"]):
        return None  # a rule that holds only in a sentence of one tense ("in three days")
    if not isinstance(number, int):  # "weeks ago", "years ago": only the side is known
        return Reading(DATE, "PAST_REF" if direction < 0 else "FUTURE_REF")
    ref: date | None = ctx.reference
    try:
        if "unit2" in v:
            if not isinstance(v.get("num2"), int):
                return None
            if ref is not None and (ref := moved(ref, unit, direction * number)) is None:
                return None
            unit, number = v["unit2"], v["num2"]
        if ref is None:
            return Reading(DATE, None, None, OFFSET_GRANULARITY.get(unit), v.get("mod"))
        reading = _offset(ref, unit, direction * number, v.get("mod"))
        if reading and (unit, number, direction) == ("Y", 1, -1) and "unit2" not in v:
            # In a sentence of reported figures, "a year ago" is the period compared with.
            reading = dataclasses.replace(reading, period=year_ago(ctx))
        return reading
    except (ValueError, OverflowError):
        return None


def _offset(ref: date, unit: str, amount: int, mod: str | None) -> Reading | None:
    """The unit ``amount`` units from ``ref``: a day, a week as a day estimate, a decade as a year."""
    if unit in ("D", "BD"):
        d = ref + timedelta(days=amount) if unit == "D" else business_days(ref, amount)
        return None if d is None else Reading(DATE, cal.timex_day(d), cal.day(d), Granularity.DAY, mod)
    if unit == "W":
        # A day estimate: "two weeks ago" is rarely exactly fourteen days.
        d = ref + timedelta(weeks=amount)
        slack = timedelta(days=3)
        return Reading(DATE, cal.timex_week(d), Interval(d - slack, d + slack), Granularity.DAY, "APPROX")
    years = abs(amount) * (10 if unit == "DE" else 1) if unit in ("Y", "DE") else 0
    if mod and years >= (ROUND_MORE_THAN_YEARS if mod == "MORE_THAN" else ROUND_YEARS):
        # "more than 20 years ago", "about 1,500 years ago": only the side is sure, no one year
        y = ref.year + years * (1 if amount > 0 else -1)
        return Reading(DATE, f"{y:04d}", None, Granularity.YEAR, mod) if cal.valid_year(y) else None
    if unit == "DE":
        y = ref.year + 10 * amount
        return Reading(DATE, f"{y:04d}", cal.year(y), Granularity.YEAR, "APPROX")
    if unit == "Y" and mod == "MORE_THAN":
        return _more_than_years(ref, amount)
    if unit == "Y" and mod == "LESS_THAN":
        return _almost_years(ref, amount)
    reading = shift(ref, unit, amount)
    if reading and reading.interval and unit == "M" and abs(amount) >= ROUND_MONTHS and amount % ROUND_STEP == 0:
        reading = dataclasses.replace(reading, interval=_round_months(ref, amount, mod))
    return dataclasses.replace(reading, mod=mod) if reading and mod else reading


def _round_months(ref: date, amount: int, mod: str | None) -> Interval:
    """"eighteen months ago" is a round count: the month it names, or the one either side; "more
    than" only the one further from ``ref``, "almost" only the one nearer."""
    y, m = cal.add_months(ref.year, ref.month, amount)
    side = -1 if amount < 0 else 1  # the side further from the reference
    further = 1 if mod != "LESS_THAN" else 0
    nearer = 1 if mod != "MORE_THAN" else 0
    first, last = (further, nearer) if side < 0 else (nearer, further)
    return Interval(cal.month(*cal.add_months(y, m, -first)).start, cal.month(*cal.add_months(y, m, last)).end)


def _more_than_years(ref: date, amount: int) -> Reading:
    """"more than four years ago", "over two years from now": beyond the day ``amount`` years from
    ``ref``. The calendar year past that day when the day lies in its year's quarter on that side
    (written in January, "more than four years ago" is almost surely five calendar years back), the
    day's own year when it lies in the quarter on the other side, else unplaced (timex the plain
    count's year, as TimeML has it)."""
    point = moved(ref, "Y", amount) or ref
    near_end = point.month <= 3 if amount < 0 else point.month >= 10
    if near_end:
        year = point.year + (-1 if amount < 0 else 1)
    elif (point.month >= 10) if amount < 0 else (point.month <= 3):
        year = point.year
    else:
        return Reading(DATE, f"{point.year:04d}", None, Granularity.YEAR, "MORE_THAN")
    return Reading(DATE, f"{year:04d}", cal.year(year), Granularity.YEAR, "MORE_THAN")


def _almost_years(ref: date, amount: int) -> Reading:
    """"almost four years ago", "nearly two years from now": a few months short of the day
    ``amount`` years from ``ref``, between it and ``ref``. That day's year when it lies far enough
    from its year's end on ``ref``'s side (January to August for "ago") for those months to stay in
    it, else unplaced (timex the plain count's year): said in December, "nearly four years ago" is
    as often the next calendar year as the day's own."""
    point = moved(ref, "Y", amount) or ref
    inside = point.month <= 8 if amount < 0 else point.month >= 5
    interval = cal.year(point.year) if inside else None
    return Reading(DATE, f"{point.year:04d}", interval, Granularity.YEAR, "LESS_THAN")


@resolves("relative")
def resolve_relative(v: dict[str, Any], ctx: Context) -> Reading | None:
    """"last week", "this year", "late last month", "förra veckan"; with the rule constant
    ``unplaced`` the unit's timex alone, no interval; with ``trailing`` the week or month up to the
    reference (and the reference day), the timex the unit before's. A past-tense "this week" written
    on a Monday is the week just ended (its timex the writing day's week); a future-tense one written
    at the weekend (a weekend paper's "schools will stay shut this week") the coming week: the
    week holding the writing day has only its weekend left, which no one calls "this week"."""
    unit, rel, mod = v.get("unit"), v.get("rel"), v.get("mod")
    if unit is None or not isinstance(rel, int):
        return None
    if ctx.reference is None:
        granularity = Granularity.PART_OF_MONTH if unit == "M" and mod else UNIT_GRANULARITY.get(unit)
        return Reading(DATE, None, None, granularity, mod)
    try:
        # with ``days_on``, the unit holding the day that many days on ("the coming week": six)
        reading = shift(ctx.reference + timedelta(days=v.get("days_on", 0)), unit, rel)
    except (ValueError, OverflowError):
        return None
    if reading is None or reading.interval is None:
        return reading
    # "over the past year": the twelve months before, no calendar year; "in the coming year" (rule constant
    # ``placed_from_month``) too, unless written late in the year, when it is the next calendar year
    if v.get("unplaced") or ctx.reference.month < v.get("placed_from_month", 1):
        return dataclasses.replace(reading, interval=None)
    if v.get("trailing"):  # "during the past week", "in the past month": the unit up to the writing day (timex the one before's)
        return dataclasses.replace(reading, interval=Interval(_unit_before(ctx.reference, unit), ctx.reference))
    if (unit == "W" and rel == 0 and "days_on" not in v and ctx.reference.weekday() == 0 and ctx.tense == "past"
            and not ctx.plan_in_pluperfect):  # "was found this week", written on a Monday: the week just ended
        return _mondays_week_just_ended(reading, mod)
    if unit == "W" and rel == 0 and "days_on" not in v and ctx.reference.weekday() >= WEEKEND_PAPER_FROM \
            and ctx.tense == "future" and not looking_ahead.retrospective(ctx):
        # "will stay shut this week", written on a Saturday: the coming week ("will be remembered": the one ending)
        reading = shift(ctx.reference + timedelta(days=7), unit, rel) or reading
    if unit == "W" and rel == -1 and "days_on" not in v and ctx.reference.weekday() >= WEEKEND_PAPER_FROM:
        return _weekend_papers_last_week(reading, ctx.reference, mod)
    if mod in ("START", "MID", "END"):
        granularity = Granularity.PART_OF_MONTH if unit == "M" else reading.granularity
        return Reading(DATE, reading.timex, cal.part(reading.interval, mod), granularity, mod)
    return reading


def _unit_before(ref: date, unit: str) -> date:
    """The day one ``unit`` before ``ref``, where a trailing unit up to ``ref`` starts: a day or a week back
    counts days; a month, quarter, year or decade back is the same day of that month (its last day when it has
    no such day: "the past year" up to 29 February starts on 28 February). An unknown unit is an error, not a
    silent week."""
    days = {"D": 1, "W": 7}
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120}
    if unit in days:
        return ref - timedelta(days=days[unit])
    if unit not in months:
        raise ValueError(f"no trailing span for the unit {unit!r}")
    year, month = cal.add_months(ref.year, ref.month, -months[unit])
    last = cal.add_months(year, month, 1)
    return min(date(last[0], last[1], 1) - timedelta(days=1), date(year, month, 1) + timedelta(days=ref.day - 1))


def _mondays_week_just_ended(reading: Reading, mod: str | None) -> Reading:
    """A past-tense "this week" written on a Monday: the calendar week before (or its START/MID/END
    part); the timex stays the writing day's week, as TimeML writes it."""
    assert reading.interval is not None
    before = Interval(reading.interval.start - timedelta(days=7), reading.interval.end - timedelta(days=7))
    return Reading(DATE, reading.timex, cal.part(before, mod) if mod in ("START", "MID", "END") else before,
                   reading.granularity, mod)


def _weekend_papers_last_week(reading: Reading, ref: date, mod: str | None) -> Reading:
    """"last week" in a weekend paper: the calendar week before or the one it closes, so from the
    week before's Monday (or its START/MID/END part) to the closing week's same part, never past the
    day before ``ref``. The timex stays the week before's, as TimeML writes it."""
    assert reading.interval is not None
    closing = cal.iso_week(ref)
    before, closing_part = reading.interval, closing
    if mod in ("START", "MID", "END"):
        before, closing_part = cal.part(before, mod), cal.part(closing, mod)
    end = min(closing_part.end, ref - timedelta(days=1))
    return Reading(DATE, reading.timex, Interval(before.start, max(end, before.end)), reading.granularity, mod)


@resolves("weekend")
def resolve_weekend(v: dict[str, Any], ctx: Context) -> Reading | None:
    """"the weekend", "this weekend", "next weekend"; a bare one by the sentence's tense."""
    ref = ctx.reference
    if ref is None:
        return Reading(DATE, "XXXX-WXX-WE", None, Granularity.WEEKEND)
    rel = v.get("rel")
    if rel is None and (ctx.plan_in_pluperfect or ctx.tense is None and weekend_side.present_act_before(ctx)):
        # "was due to fly home on Friday, after his win at the weekend": a plan told in the past
        # leaves the side open: the weekend holding the reference, else the nearer (the earlier on a tie);
        # so does a present of an act in a sentence with no tense cue ("the station is airing special shows
        # over the weekend", written on a Friday: the coming one; written on a Monday the one just gone)
        ahead, back = (cal.nearest_weekday(ref, 5, 1) - ref).days, (ref - cal.nearest_weekday(ref, 6, -1)).days
        rel = 1 if ref.weekday() < 5 and ahead < back else -1
    elif rel is None:
        # with the rule constant ``reported``, a weekend a past moment looked ahead to is the last one
        # (ahead: the coming one; written on a Saturday, or on a Sunday after a verb of going on, "will
        # continue throughout the weekend", the one under way, as "this weekend")
        if ctx.tense == "future" and not (v.get("reported") and ctx.future_in_past):
            rel = 0 if ref.weekday() == 5 or ctx.continues else 1
        else:
            rel = -1
    in_weekend = ref.weekday() >= 5
    if rel < 0:  # the weekend on or before the reference
        saturday = cal.nearest_weekday(ref, 5, -1)
    else:  # "this weekend": the coming one (or the current one); "next": the one after that if in it
        saturday = cal.nearest_weekday(ref - timedelta(days=1) if ref.weekday() == 6 else ref, 5, 1)
        if rel > 0 and in_weekend:
            saturday += timedelta(weeks=1)
    return Reading(DATE, cal.timex_weekend(saturday), cal.weekend(saturday), Granularity.WEEKEND)


@resolves("weekday")
def resolve_weekday(v: dict[str, Any], ctx: Context) -> Reading | None:
    """"Friday", "last Friday", "Friday next week", "söndag förra veckan"; with the rule constant
    ``not_yesterday``, a previous weekday that would be the day before the reference is the one a
    week earlier ("last Wednesday" written on a Thursday), with ``not_this_week`` one in the
    reference's week is unplaced ("last Tuesday's quake" written on a Friday); with ``looks_back`` the latest such day,
    with ``of_telling`` the latest when it is the reference or the day before it,
    with ``nearest`` the nearest either way, whatever the tense; with ``ahead`` the coming one unless
    its clause is told in the past ("på måndag")."""
    weekday, rel, ref = v.get("weekday"), v.get("rel"), ctx.reference
    if not isinstance(weekday, int):
        return None
    if ref is None:
        return Reading(DATE, cal.timex_with_pod(f"XXXX-WXX-{weekday + 1}", v.get("pod")), None, Granularity.DAY)
    if "wrel" in v:
        d = cal.iso_week(ref).start + timedelta(weeks=v["wrel"], days=weekday)
    elif rel == -1:
        d = cal.nearest_weekday(ref, weekday, -1, strict=True)
        if v.get("not_yesterday") and d == ref - timedelta(days=1):
            d -= timedelta(weeks=1)  # the rule's language names yesterday otherwise
        elif v.get("not_this_week") and cal.iso_week(d) == cal.iso_week(ref):
            # "last Tuesday's quake" written that Friday: this week's Tuesday or the one before
            return Reading(DATE, cal.timex_day(d), None, Granularity.DAY, v.get("mod"))
    elif rel == 1:
        d = cal.nearest_weekday(ref, weekday, 1, strict=True)
    elif rel == 0:
        d = cal.iso_week(ref).start + timedelta(days=weekday)
    elif v.get("of_telling") and (ref - cal.nearest_weekday(ref, weekday, -1)).days <= 1:
        # "later on Tuesday" written on the Tuesday or the Wednesday: that Tuesday, whatever the tense; written
        # on the Monday, the day is read as any weekday is ("will continue later on Tuesday": the coming one)
        d = cal.nearest_weekday(ref, weekday, -1)
    elif v.get("looks_back"):  # "Thursday's loss": the latest Thursday, whatever the tense
        d = cal.nearest_weekday(ref, weekday, -1)
    elif ctx.counterfactual:  # "we'd have arrived on Saturday": the last or the coming one, unknown
        return Reading(DATE, cal.timex_with_pod(f"XXXX-WXX-{weekday + 1}", v.get("pod")), None, Granularity.DAY)
    elif "end_weekday" not in v and (ctx.starts_change or v.get("ahead") and not ctx.told_in_past()):
        # "From Monday, shops must close", "på måndag": the coming one (today's when it is that day)
        d = cal.nearest_weekday(ref, weekday, 1)
    elif ctx.ahead_of and ctx.tense != "past" or looking_ahead.earliest_ahead(ctx) or looking_ahead.called_ahead(ctx):
        # "start voting ahead of Thursday's election", "could be unveiled as early as Tuesday": the coming
        # one (told in the past, ahead of it the nearest); "called a strike for Friday": the coming one in any tense
        d = cal.nearest_weekday(ref, weekday, 1)
    elif v.get("nearest") or ctx.plan_in_pluperfect or ctx.ahead_of:
        # "Monday's paper", "had been due to arrive on Friday": the nearest either way (the earlier on a tie)
        back, ahead = cal.nearest_weekday(ref, weekday, -1), cal.nearest_weekday(ref, weekday, 1)
        d = ahead if (ahead - ref) < (ref - back) else back
    elif ctx.future_in_past:
        # "said he would attend a meeting on Tuesday", written on the Wednesday: the saying came before
        # the writing, so the day may be just past, but never before the saying's own day
        d = telling_day.looked_ahead_to(ref, weekday, ctx)
    else:
        # News convention: a bare weekday is the latest such day on or before
        # the publish date, unless the sentence looks forward.
        d = cal.nearest_weekday(ref, weekday, 1 if ctx.tense == "future" else -1)
    if v.get("mod") == "BEFORE":
        d = open_side.side_day(ctx, weekday, d)  # "must be signed before Friday": the coming one
    if v.get("mod") in ("BEFORE", "AFTER") and not open_side.keeps_span(ctx, d):
        return Reading(DATE, cal.timex_day(d), None, Granularity.DAY, v["mod"])  # "prior to Thursday": no span
    return Reading(DATE, cal.timex_with_pod(cal.timex_day(d), v.get("pod")), cal.day(d), Granularity.DAY, v.get("mod"))


@resolves("deictic")
def resolve_deictic(v: dict[str, Any], ctx: Context) -> Reading | None:
    """"today", "yesterday", "tomorrow night": a day ``deictic`` (or ``offset``) days from the reference."""
    offset = v.get("deictic", v.get("offset"))
    if not isinstance(offset, int):
        return None
    if ctx.reference is None:
        return Reading(DATE, None, None, Granularity.DAY)
    d = ctx.reference + timedelta(days=offset)
    return Reading(DATE, cal.timex_with_pod(cal.timex_day(d), v.get("pod")), cal.day(d), Granularity.DAY, v.get("mod"))


@resolves("ref")
def resolve_ref(v: dict[str, Any], ctx: Context) -> Reading | None:
    """"now", "recently", "in the future": a TimeML reference value, never placed on the calendar."""
    ref = v.get("ref")
    return Reading(DATE, ref) if ref in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") else None
