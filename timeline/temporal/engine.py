"""The language-independent engine: find time expressions and resolve them.

Detection: every rule of the language's grammar is matched over the text;
overlapping candidates are settled longest first (ties: the earlier rule).
Resolution: each rule ``kind`` has one function below that turns the
matched values into a TimeML value, an interval and a granularity, using
the reference (publish) date and the tense of the surrounding sentence.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable

from . import calendar as cal
from .calendar import Granularity, Interval
from .grammar import Grammar, Rule

DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"
_SKIP = "SKIP"


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a text, resolved against a reference date.

    ``start``/``end`` are character offsets into the text given to
    :func:`extract` (end exclusive); ``interval`` is inclusive, or None for
    durations, sets and references that cannot be placed on a calendar.
    """

    start: int
    end: int
    text: str
    type: str
    timex: str | None
    mod: str | None
    interval: Interval | None
    granularity: Granularity | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "timex": self.timex,
            "mod": self.mod,
            "interval": None if self.interval is None
            else [self.interval.start.isoformat(), self.interval.end.isoformat()],
            "granularity": None if self.granularity is None else self.granularity.value,
        }


@dataclass(frozen=True)
class Reading:
    """What a rule's resolution produced, before it is placed in the text."""

    type: str
    timex: str | None
    interval: Interval | None = None
    granularity: Granularity | None = None
    mod: str | None = None
    #: for expressions relative to another time in the text ("the next day"):
    #: (unit, amount), amount 0 meaning "the same unit as the anchor" ("that year")
    anaphor: tuple[str, int] | None = None
    pod: str | None = None


SKIP = Reading(_SKIP, None)

# Named groups of a rule pattern, and the word class each is looked up in.
# A trailing digit lets a pattern repeat a group in alternatives ("month2").
WORD_GROUPS = {
    "month": "month", "weekday": "weekday", "num": "number", "unit": "unit", "pod": "part_of_day",
    "season": "season", "mod": "mod", "rel": "relative", "deictic": "deictic", "ref": "ref",
    "ordinal": "ordinal", "ampm": "ampm", "day": "ordinal", "holiday": "holiday", "yrel": "relative",
    "wrel": "relative", "mrel": "relative",
}
NUMBER_GROUPS = {"year", "month", "day", "hour", "minute", "decade", "century", "num", "ordinal"}
SPAN_GROUP = "t"  # when present, the expression's span (context words outside it)

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-ZÅÄÖ0-9])|\n\s*\n")


class Context:
    """The text around one candidate, asked lazily for the sentence's tense."""

    def __init__(self, text: str, start: int, end: int, reference: date | None, grammar: Grammar):
        self.text, self.start, self.end = text, start, end
        self.reference, self.grammar = reference, grammar
        self._tense: str | None | bool = False

    @property
    def tense(self) -> str | None:
        """"future", "past" or None: the cue nearest before the expression
        in its sentence decides; failing that, the first cue after it."""
        if self._tense is False:
            self._tense = self._find_tense()
        return self._tense  # type: ignore[return-value]

    def _find_tense(self) -> str | None:
        lo = max(0, self.start - 240)
        before = self.text[lo:self.start]
        ends = list(_SENTENCE_END.finditer(before))
        if ends:
            before = before[ends[-1].end():]
        after = self.text[self.end:self.end + 160]
        stop = _SENTENCE_END.search(after)
        if stop:
            after = after[:stop.start()]
        nearest: tuple[int, str] | None = None
        for tense, pattern in (("future", self.grammar.future_cues), ("past", self.grammar.past_cues)):
            for match in pattern.finditer(before):
                if nearest is None or match.start() > nearest[0]:
                    nearest = (match.start(), tense)
        if nearest:
            position, tense = nearest
            # "will be held", "is expected to have left": a future auxiliary
            # just before a past form makes the clause look forward.
            if tense == "past" and self.grammar.future_cues.search(before, max(0, position - 25), position):
                return "future"
            return tense
        first: tuple[int, str] | None = None
        for tense, pattern in (("future", self.grammar.future_cues), ("past", self.grammar.past_cues)):
            match = pattern.search(after)
            if match and (first is None or match.start() < first[0]):
                first = (match.start(), tense)
        return first[1] if first else None


# -- resolution helpers -----------------------------------------------------

def _distance(interval: Interval, reference: date) -> tuple[int, int]:
    """Days from reference to interval (0 inside) and the side (-1 past, +1 future)."""
    if interval.end < reference:
        return (reference - interval.end).days, -1
    if interval.start > reference:
        return (interval.start - reference).days, 1
    return 0, 0


#: In a past-tense sentence a later reading must be this many times nearer
#: than an earlier one to win (and the reverse in a future-tense sentence):
#: "announced Wednesday ... the Jan. 14 deadline" still points ahead.
TENSE_WEIGHT = 5


def _pick_year(make: Callable[[int], Interval | None], ctx: Context) -> tuple[int, Interval] | None:
    """The year that puts a year-less expression nearest the reference date, weighed by tense."""
    assert ctx.reference is not None
    best: tuple[int, int, Interval] | None = None
    for year in (ctx.reference.year - 1, ctx.reference.year, ctx.reference.year + 1):
        interval = make(year) if cal.valid_year(year) else None
        if interval is None:
            continue
        days, side = _distance(interval, ctx.reference)
        against = (ctx.tense == "past" and side > 0) or (ctx.tense == "future" and side < 0)
        score = days * TENSE_WEIGHT if against else days
        if best is None or score < best[0]:
            best = (score, year, interval)
    return None if best is None else (best[1], best[2])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _with_pod(timex: str, values: dict[str, Any]) -> str:
    pod = values.get("pod")
    return f"{timex}T{pod}" if pod else timex


def _year_of(v: dict[str, Any], ctx: Context) -> int | None:
    """The explicit year: a number, or "this/last/next year" (``yrel``) against the reference."""
    if "year" in v:
        return v["year"]
    if "yrel" in v and ctx.reference is not None:
        return ctx.reference.year + v["yrel"]
    return None


def _two_digit_year(value: int, text_len: int) -> int:
    if text_len > 2:
        return value
    return 1900 + value if value >= 30 else 2000 + value


# -- one function per rule kind -----------------------------------------------

def _day_in_month(v: dict[str, Any], ctx: Context) -> Reading | None:
    """A day of the month with no month named ("fredag den 22", "den 20 nästa månad", "the 15th").

    The month is the reference's shifted by ``mrel``, else the one of the
    previous, current and next months that fits a named weekday and lies
    nearest, weighed by tense.
    """
    day, ref = v["day"], ctx.reference
    if ref is None:
        return Reading(DATE, _with_pod(f"XXXX-XX-{day:02d}", v), None, Granularity.DAY)
    if "mrel" in v:
        y, m = cal.add_months(ref.year, ref.month, v["mrel"])
        d = _safe_date(y, m, day)
        return None if d is None else Reading(DATE, _with_pod(cal.timex_day(d), v), cal.day(d), Granularity.DAY)
    candidates = [_safe_date(*cal.add_months(ref.year, ref.month, shift), day) for shift in (-1, 0, 1)]
    candidates = [d for d in candidates if d is not None]
    # A named weekday picks the month; if none fits, the text is trusted for the day alone.
    fitting = [d for d in candidates if d.weekday() == v.get("weekday")]
    best: tuple[int, date] | None = None
    for d in fitting or candidates:
        days, side = _distance(cal.day(d), ref)
        against = (ctx.tense == "past" and side > 0) or (ctx.tense == "future" and side < 0)
        score = days * TENSE_WEIGHT if against else days
        if best is None or score < best[0]:
            best = (score, d)
    if best is None:
        return None
    return Reading(DATE, _with_pod(cal.timex_day(best[1]), v), cal.day(best[1]), Granularity.DAY)


def resolve_date(v: dict[str, Any], ctx: Context) -> Reading | None:
    month, day = v.get("month"), v.get("day")
    if month is None and isinstance(day, int) and 1 <= day <= 31:
        return _day_in_month(v, ctx)
    if not isinstance(month, int) or not isinstance(day, int) or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    year = _year_of(v, ctx)
    if year is not None:
        d = _safe_date(year, month, day)
        if d is None:
            return None
    elif ctx.reference is not None:
        picked = _pick_year(lambda y: (lambda d: d and cal.day(d))(_safe_date(y, month, day)), ctx)
        if picked is None:
            return None
        d = picked[1].start
    else:
        if _safe_date(2000, month, day) is None:
            return None
        return Reading(DATE, _with_pod(f"XXXX-{month:02d}-{day:02d}", v), None, Granularity.DAY)
    return Reading(DATE, _with_pod(cal.timex_day(d), v), cal.day(d), Granularity.DAY)


def resolve_month(v: dict[str, Any], ctx: Context) -> Reading | None:
    month, mod = v.get("month"), v.get("mod")
    if not isinstance(month, int) or not 1 <= month <= 12:
        return None
    year, rel = _year_of(v, ctx), v.get("rel")
    if year is None and ctx.reference is not None:
        ref = ctx.reference
        if rel == -1:  # "last November": the latest one before this month
            year = ref.year if month < ref.month else ref.year - 1
        elif rel == 1:
            year = ref.year if month > ref.month else ref.year + 1
        elif rel == 0:
            year = ref.year
        else:
            picked = _pick_year(lambda y: cal.month(y, month), ctx)
            if picked is None:
                return None
            year = picked[0]
    if year is None or not cal.valid_year(year):
        return Reading(DATE, f"XXXX-{month:02d}", None, Granularity.MONTH, mod)
    interval = cal.month(year, month)
    granularity = Granularity.MONTH
    if mod in ("START", "MID", "END"):
        interval, granularity = cal.part(interval, mod), Granularity.PART_OF_MONTH
    return Reading(DATE, cal.timex_month(year, month), interval, granularity, mod)


def resolve_year(v: dict[str, Any], ctx: Context) -> Reading | None:
    year = v.get("year")
    if not isinstance(year, int) or not cal.valid_year(year):
        return None
    mod = v.get("mod")
    interval = cal.year(year)
    if mod in ("START", "MID", "END"):
        interval = cal.part(interval, mod)
    return Reading(DATE, f"{year:04d}", interval, Granularity.YEAR, mod)


def resolve_decade(v: dict[str, Any], ctx: Context) -> Reading | None:
    first = v.get("decade")
    if not isinstance(first, int):
        return None
    if first < 100:  # "the '90s": the latest such decade not after the reference
        now = ctx.reference.year if ctx.reference else 2100
        first = 2000 + first if 2000 + first <= now else 1900 + first
    if first % 10 or not cal.valid_year(first):
        return None
    mod = v.get("mod")
    interval = cal.decade(first)
    if mod in ("START", "MID", "END"):
        interval = cal.part(interval, mod)
    return Reading(DATE, f"{first // 10:03d}", interval, Granularity.DECADE, mod)


def resolve_century(v: dict[str, Any], ctx: Context) -> Reading | None:
    number = v.get("century", v.get("ordinal"))
    if not isinstance(number, int) or not 1 <= number <= 99:
        return None
    return Reading(DATE, f"{number - 1:02d}", cal.century(number), Granularity.CENTURY, v.get("mod"))


def _calendar_part(v: dict[str, Any], ctx: Context, count: int, make: Callable[[int, int], Interval],
                   code: str, granularity: Granularity) -> Reading | None:
    number = v.get("ordinal")
    if not isinstance(number, int) or not 1 <= number <= count:
        return None
    year = v.get("year")
    if year is None and ctx.reference is not None:
        year = ctx.reference.year
        interval = make(year, number)
        if ctx.tense == "past" and interval.start > ctx.reference:
            year -= 1
        elif ctx.tense == "future" and interval.end < ctx.reference:
            year += 1
    if year is None:
        return Reading(DATE, f"XXXX-{code}{number}", None, granularity)
    return Reading(DATE, f"{year:04d}-{code}{number}", make(year, number), granularity, v.get("mod"))


def resolve_quarter(v: dict[str, Any], ctx: Context) -> Reading | None:
    return _calendar_part(v, ctx, 4, cal.quarter, "Q", Granularity.QUARTER)


def resolve_half(v: dict[str, Any], ctx: Context) -> Reading | None:
    return _calendar_part(v, ctx, 2, cal.half, "H", Granularity.HALF)


def resolve_season(v: dict[str, Any], ctx: Context) -> Reading | None:
    code = v.get("season")
    if code not in cal.SEASON_MONTHS:
        return None
    year, rel, ref = v.get("year"), v.get("rel"), ctx.reference
    if year is None and ref is not None:
        current_year, current = cal.season_of(ref)
        candidates = [(y, cal.season(y, code)) for y in (current_year - 1, current_year, current_year + 1)]
        if rel == -1:  # "last summer": the latest one already over
            year = max(y for y, i in candidates if i.end < ref)
        elif rel == 1:
            year = min(y for y, i in candidates if i.start > ref)
        elif rel == 0:
            year = current_year if code == current else min(y for y, i in candidates if i.end >= ref)
        else:
            picked = _pick_year(lambda y: cal.season(y, code), ctx)
            if picked is None:
                return None
            year = picked[0]
    if year is None:
        return Reading(DATE, f"XXXX-{code}", None, Granularity.SEASON)
    return Reading(DATE, f"{year:04d}-{code}", cal.season(year, code), Granularity.SEASON, v.get("mod"))


UNIT_GRANULARITY = {"D": Granularity.DAY, "W": Granularity.WEEK, "M": Granularity.MONTH,
                    "Q": Granularity.QUARTER, "Y": Granularity.YEAR, "DE": Granularity.DECADE}
# "two weeks ago" is a day estimate; "a decade ago" a year (see resolve_offset).
OFFSET_GRANULARITY = {**UNIT_GRANULARITY, "W": Granularity.DAY, "DE": Granularity.YEAR}


def _shift(ref: date, unit: str, amount: int) -> Reading | None:
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


def resolve_offset(v: dict[str, Any], ctx: Context) -> Reading | None:
    """"two weeks ago", "för sju år sedan", "three days from now"."""
    unit, number, direction = v.get("unit"), v.get("num"), v.get("direction", -1)
    if unit is None:
        return None
    if not isinstance(number, int):  # "weeks ago", "years ago": only the side is known
        return Reading(DATE, "PAST_REF" if direction < 0 else "FUTURE_REF")
    ref = ctx.reference
    if ref is None:
        return Reading(DATE, None, None, OFFSET_GRANULARITY.get(unit), v.get("mod"))
    try:
        mod = v.get("mod")
        if unit == "D":
            d = ref + timedelta(days=direction * number)
            return Reading(DATE, cal.timex_day(d), cal.day(d), Granularity.DAY, mod)
        if unit == "W":
            # A day estimate: "two weeks ago" is rarely exactly fourteen days.
            d = ref + timedelta(weeks=direction * number)
            slack = timedelta(days=3)
            return Reading(DATE, cal.timex_week(d), Interval(d - slack, d + slack), Granularity.DAY, "APPROX")
        if unit == "DE":
            y = ref.year + direction * 10 * number
            return Reading(DATE, f"{y:04d}", cal.year(y), Granularity.YEAR, "APPROX")
        reading = _shift(ref, unit, direction * number)
        return dataclasses.replace(reading, mod=mod) if reading and mod else reading
    except (ValueError, OverflowError):
        return None


def resolve_relative(v: dict[str, Any], ctx: Context) -> Reading | None:
    """"last week", "this year", "late last month", "förra veckan"."""
    unit, rel, mod = v.get("unit"), v.get("rel"), v.get("mod")
    if unit is None or not isinstance(rel, int):
        return None
    if ctx.reference is None:
        granularity = Granularity.PART_OF_MONTH if unit == "M" and mod else UNIT_GRANULARITY.get(unit)
        return Reading(DATE, None, None, granularity, mod)
    try:
        reading = _shift(ctx.reference, unit, rel)
    except (ValueError, OverflowError):
        return None
    if reading is None or reading.interval is None:
        return reading
    if mod in ("START", "MID", "END"):
        granularity = Granularity.PART_OF_MONTH if unit == "M" else reading.granularity
        return Reading(DATE, reading.timex, cal.part(reading.interval, mod), granularity, mod)
    return reading


def resolve_weekend(v: dict[str, Any], ctx: Context) -> Reading | None:
    ref = ctx.reference
    if ref is None:
        return Reading(DATE, "XXXX-WXX-WE", None, Granularity.WEEKEND)
    rel = v.get("rel")
    if rel is None:
        rel = 1 if ctx.tense == "future" else -1
    in_weekend = ref.weekday() >= 5
    if rel < 0:  # the weekend on or before the reference
        saturday = cal.nearest_weekday(ref, 5, -1)
    else:  # "this weekend": the coming one (or the current one); "next": the one after that if in it
        saturday = cal.nearest_weekday(ref - timedelta(days=1) if ref.weekday() == 6 else ref, 5, 1)
        if rel > 0 and in_weekend:
            saturday += timedelta(weeks=1)
    return Reading(DATE, cal.timex_weekend(saturday), cal.weekend(saturday), Granularity.WEEKEND)


def resolve_weekday(v: dict[str, Any], ctx: Context) -> Reading | None:
    weekday, rel, ref = v.get("weekday"), v.get("rel"), ctx.reference
    if not isinstance(weekday, int):
        return None
    if ref is None:
        return Reading(DATE, _with_pod(f"XXXX-WXX-{weekday + 1}", v), None, Granularity.DAY)
    if "wrel" in v:  # "Friday next week", "söndag förra veckan"
        d = cal.iso_week(ref).start + timedelta(weeks=v["wrel"], days=weekday)
    elif rel == -1:
        d = cal.nearest_weekday(ref, weekday, -1, strict=True)
    elif rel == 1:
        d = cal.nearest_weekday(ref, weekday, 1, strict=True)
    elif rel == 0:
        d = cal.iso_week(ref).start + timedelta(days=weekday)
    else:
        # News convention: a bare weekday is the latest such day on or before
        # the publish date, unless the sentence looks forward.
        d = cal.nearest_weekday(ref, weekday, 1 if ctx.tense == "future" else -1)
    return Reading(DATE, _with_pod(cal.timex_day(d), v), cal.day(d), Granularity.DAY)


def resolve_deictic(v: dict[str, Any], ctx: Context) -> Reading | None:
    offset = v.get("deictic", v.get("offset"))
    if not isinstance(offset, int):
        return None
    if ctx.reference is None:
        return Reading(DATE, None, None, Granularity.DAY)
    d = ctx.reference + timedelta(days=offset)
    return Reading(DATE, _with_pod(cal.timex_day(d), v), cal.day(d), Granularity.DAY)


def resolve_ref(v: dict[str, Any], ctx: Context) -> Reading | None:
    ref = v.get("ref")
    return Reading(DATE, ref) if ref in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") else None


def resolve_time(v: dict[str, Any], ctx: Context) -> Reading | None:
    hour, minute, ampm = v.get("hour"), v.get("minute", 0), v.get("ampm")
    if not isinstance(hour, int) or not isinstance(minute, int) or minute > 59:
        return None
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "PM" else 0)
    if hour > 23:
        return None
    if "weekday" in v:
        day_reading = resolve_weekday({"weekday": v["weekday"], "rel": v.get("rel")}, ctx)
    elif "deictic" in v:
        day_reading = resolve_deictic({"deictic": v["deictic"]}, ctx)
    else:
        day_reading = resolve_deictic({"offset": 0}, ctx)
    clock = f"T{hour:02d}:{minute:02d}"
    if day_reading is None or day_reading.interval is None:
        return Reading(TIME, f"XXXX-XX-XX{clock}")
    return Reading(TIME, f"{day_reading.interval.start.isoformat()}{clock}", day_reading.interval, Granularity.DAY)


def holiday_date(rule: str, year: int) -> date | None:
    """The day a holiday rule names in ``year``.

    Rules: ``fixed:MM-DD``; ``nth:MM:WEEKDAY:N[:+DAYS]`` (the N-th weekday,
    Monday=0, of month MM; N=-1 the last; then DAYS later); ``after:MM-DD:WEEKDAY``
    (the first such weekday on or after MM-DD); ``easter:+DAYS`` (Western Easter).
    """
    kind, _, spec = rule.partition(":")
    parts = spec.split(":")
    try:
        if kind == "fixed":
            month, day = map(int, parts[0].split("-"))
            return date(year, month, day)
        if kind == "nth":
            month, weekday, n = int(parts[0]), int(parts[1]), int(parts[2])
            shift = int(parts[3]) if len(parts) > 3 else 0
            if n > 0:
                first = cal.nearest_weekday(date(year, month, 1), weekday, 1)
                d = first + timedelta(weeks=n - 1)
                if d.month != month:  # no fifth Friday this month
                    return None
            else:
                d = cal.nearest_weekday(cal.month(year, month).end, weekday, -1)
            return d + timedelta(days=shift)
        if kind == "after":
            month, day = map(int, parts[0].split("-"))
            return cal.nearest_weekday(date(year, month, day), int(parts[1]), 1)
        if kind == "easter":
            return cal.easter(year) + timedelta(days=int(parts[0] or 0))
    except (ValueError, IndexError, OverflowError):
        return None
    return None


def resolve_holiday(v: dict[str, Any], ctx: Context) -> Reading | None:
    rule = v.get("holiday")
    if not isinstance(rule, str):
        return None
    year = _year_of(v, ctx)
    if year is None and ctx.reference is not None:
        rel = v.get("rel")
        candidates = [(y, holiday_date(rule, y)) for y in range(ctx.reference.year - 1, ctx.reference.year + 2)]
        candidates = [(y, d) for y, d in candidates if d is not None]
        if rel == -1:
            past = [(y, d) for y, d in candidates if d < ctx.reference]
            year = past[-1][0] if past else None
        elif rel == 1:
            ahead = [(y, d) for y, d in candidates if d > ctx.reference]
            year = ahead[0][0] if ahead else None
        else:
            picked = _pick_year(lambda y: (lambda d: d and cal.day(d))(holiday_date(rule, y)), ctx)
            year = picked[0] if picked else None
    d = holiday_date(rule, year) if year is not None and cal.valid_year(year) else None
    if d is None:
        return Reading(DATE, None, None, Granularity.DAY)
    return Reading(DATE, cal.timex_day(d), cal.day(d), Granularity.DAY)


def resolve_nth_weekday(v: dict[str, Any], ctx: Context) -> Reading | None:
    """"the first Friday in July", "första fredagen den här månaden"."""
    n, weekday = v.get("ordinal"), v.get("weekday")
    if not isinstance(n, int) or not isinstance(weekday, int) or not 1 <= n <= 5:
        return None
    month = v.get("month")
    if month is None and "mrel" in v and ctx.reference is not None:
        year, month = cal.add_months(ctx.reference.year, ctx.reference.month, v["mrel"])
        v = {**v, "year": year}
    if not isinstance(month, int):
        return None
    return resolve_holiday({**v, "holiday": f"nth:{month}:{weekday}:{n}"}, ctx)


def resolve_anaphoric(v: dict[str, Any], ctx: Context) -> Reading | None:
    """"the next evening", "a day after", "that year", "dagen efter": placed after detection,
    against another expression of the text (see :func:`_anchor`)."""
    unit = v.get("unit")
    if unit not in UNIT_GRANULARITY:
        return None
    amount = v.get("num", 1) if v.get("direction", 0) else 0
    if not isinstance(amount, int):
        return None
    return Reading(DATE, None, None, OFFSET_GRANULARITY.get(unit), v.get("mod"),
                   anaphor=(unit, amount * v.get("direction", 0)), pod=v.get("pod"))


def resolve_skip(v: dict[str, Any], ctx: Context) -> Reading | None:
    """Text that looks temporal but is not (a dateline, "High Noon"): it only blocks other rules."""
    return SKIP


DURATION_UNITS = {"D": ("P", "D", 1), "W": ("P", "W", 1), "M": ("P", "M", 1), "Q": ("P", "M", 3),
                  "Y": ("P", "Y", 1), "DE": ("P", "Y", 10), "CE": ("P", "Y", 100),
                  "H": ("PT", "H", 1), "MIN": ("PT", "M", 1)}


def resolve_duration(v: dict[str, Any], ctx: Context) -> Reading | None:
    unit, number = v.get("unit"), v.get("num")
    if unit not in DURATION_UNITS:
        return None
    prefix, letter, factor = DURATION_UNITS[unit]
    amount = str(number * factor) if isinstance(number, int) else "X"
    return Reading(DURATION, f"{prefix}{amount}{letter}")


def resolve_set(v: dict[str, Any], ctx: Context) -> Reading | None:
    unit = v.get("unit")
    if unit not in DURATION_UNITS:
        return None
    prefix, letter, factor = DURATION_UNITS[unit]
    return Reading(SET, f"{prefix}{factor}{letter}")


RESOLVERS: dict[str, Callable[[dict[str, Any], Context], Reading | None]] = {
    "date": resolve_date, "month": resolve_month, "year": resolve_year, "decade": resolve_decade,
    "century": resolve_century, "quarter": resolve_quarter, "half": resolve_half, "season": resolve_season,
    "offset": resolve_offset, "relative": resolve_relative, "weekend": resolve_weekend,
    "weekday": resolve_weekday, "deictic": resolve_deictic, "ref": resolve_ref, "time": resolve_time,
    "duration": resolve_duration, "set": resolve_set, "holiday": resolve_holiday, "skip": resolve_skip,
    "nth_weekday": resolve_nth_weekday, "anaphoric": resolve_anaphoric,
}


# -- detection ----------------------------------------------------------------

def _values(match: re.Match[str], rule: Rule, grammar: Grammar) -> dict[str, Any] | None:
    """The rule's constants overlaid with the matched groups' values, or None to reject."""
    values = dict(rule.constants)
    for key, raw in match.groupdict().items():
        if raw is None or key == SPAN_GROUP:
            continue
        name = key.rstrip("0123456789")
        if name in rule.capital and not raw[:1].isupper():
            return None
        value: Any = None
        word_class = rule.group_classes.get(key) or WORD_GROUPS.get(name)
        if word_class:
            value = grammar.lookup(word_class, raw)
        if value is None and name in NUMBER_GROUPS:
            digits = raw.strip("'’").replace(",", "").replace("\u00a0", "").replace(" ", "")  # 1,500 / 1 500
            if digits.isdecimal():
                value = int(digits)
                if name == "year":
                    value = _two_digit_year(value, len(digits))
            else:
                value = grammar.lookup("number", raw)
        if value is None:
            return None
        values[name] = value
    return values


@dataclass(frozen=True)
class Resolution:
    """What :func:`find_all` returns: the expressions, and for each the index of
    the expression it was resolved against ("the next day" -> "Wednesday"), or None."""

    expressions: list[TimeExpression]
    anchors: list[int | None]


@dataclass(frozen=True)
class Candidate:
    """A rule's match before resolution: where it is and the values it carries."""

    start: int
    end: int
    #: length of the whole match, context words included (longer wins)
    length: int
    priority: int
    kind: str
    values: dict[str, Any]


def detect(text: str, grammar: Grammar) -> list[Candidate]:
    """Every rule match in ``text``; independent of any reference date, so it can be reused."""
    candidates = []
    for priority, rule in enumerate(grammar.rules):
        for match in rule.regex.finditer(text):
            values = _values(match, rule, grammar)
            if values is None:
                continue
            start, end = match.span(SPAN_GROUP) if SPAN_GROUP in rule.regex.groupindex else match.span()
            if start < 0 or start == end:
                continue
            candidates.append(Candidate(start, end, match.end() - match.start(), priority, rule.kind, values))
    candidates.sort(key=lambda c: (-c.length, c.priority, c.start))
    return candidates


def find(text: str, reference: date | None, grammar: Grammar) -> list[TimeExpression]:
    """Every time expression in ``text``, in order, resolved against ``reference``."""
    return find_all(text, reference, grammar).expressions


def find_all(text: str, reference: date | None, grammar: Grammar,
             candidates: list[Candidate] | None = None) -> Resolution:
    """Resolve ``text`` (or its already ``detect``-ed candidates) against ``reference``.

    Candidates are taken longest first; one whose resolution fails gives way
    to shorter ones it overlaps.
    """
    if candidates is None:
        candidates = detect(text, grammar)
    taken = bytearray(len(text))  # 1 where an accepted expression already lies
    chosen: list[tuple[int, int, Reading]] = []
    for candidate in candidates:
        start, end = candidate.start, candidate.end
        if taken.find(1, start, end) != -1:
            continue
        try:
            reading = RESOLVERS[candidate.kind](candidate.values, Context(text, start, end, reference, grammar))
        except (ValueError, OverflowError):
            # Date arithmetic that leaves the calendar (year 0, year 10000) resolves nothing.
            reading = None
        if reading is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        if reading is not SKIP:
            chosen.append((start, end, reading))
    chosen.sort(key=lambda c: c[0])
    readings = [reading for _, _, reading in chosen]
    anchors = _anchor(readings, [start for start, _, _ in chosen])
    expressions = [TimeExpression(start, end, text[start:end], r.type, r.timex, r.mod, r.interval, r.granularity)
                   for (start, end, _), r in zip(chosen, readings)]
    return Resolution(expressions, anchors)


#: How far (in characters) an anaphoric expression looks for the time it is relative to:
#: about a paragraph; further off, "a day after" more likely refers to something else.
ANCHOR_REACH = 600


def _anchor(readings: list[Reading], starts: list[int]) -> list[int | None]:
    """Resolve anaphoric readings in place against the nearest placed reading
    before them (else after them); returns each reading's anchor index."""
    anchors: list[int | None] = [None] * len(readings)

    def placed(j: int) -> bool:
        r = readings[j]
        return r.interval is not None and r.type in (DATE, TIME) and r.granularity is not None

    def near(j: int, i: int) -> bool:
        return abs(starts[j] - starts[i]) <= ANCHOR_REACH

    for i, reading in enumerate(readings):
        if reading.anaphor is None:
            continue
        # ``starts`` is sorted, so each search stops at the first reading out of reach.
        before = next((j for j in range(i - 1, -1, -1) if not near(j, i) or placed(j)), None)
        if before is not None and not near(before, i):
            before = None
        after = next((j for j in range(i + 1, len(readings))
                      if not near(j, i) or (placed(j) and readings[j].anaphor is None)), None)
        if after is not None and not near(after, i):
            after = None
        j = before if before is not None else after
        if j is None:
            continue
        resolved = _relative_to(readings[j], reading)
        if resolved is not None:
            readings[i] = resolved
            anchors[i] = j
    return anchors


def _relative_to(anchor: Reading, anaphor: Reading) -> Reading | None:
    """``anaphor`` ("the next evening", "that year") placed relative to ``anchor``'s interval."""
    assert anchor.interval is not None and anaphor.anaphor is not None
    unit, amount = anaphor.anaphor
    start = anchor.interval.start
    if unit == "D":
        if anchor.granularity not in (Granularity.DAY, Granularity.WEEKEND):
            return None
        interval = Interval(anchor.interval.start + timedelta(days=amount),
                            anchor.interval.end + timedelta(days=amount))
        timex = cal.timex_day(interval.start) if interval.start == interval.end else None
        if timex and anaphor.pod:
            timex += f"T{anaphor.pod}"
        mod = anchor.mod if anchor.mod == "APPROX" else None
        return Reading(anaphor.type, timex, interval, Granularity.DAY, mod)
    if amount == 0 and unit == "Y":
        return Reading(anaphor.type, f"{start.year:04d}", cal.year(start.year), Granularity.YEAR, anaphor.mod)
    if amount == 0 and unit == "M":
        return Reading(anaphor.type, cal.timex_month(start.year, start.month), cal.month(start.year, start.month),
                       Granularity.MONTH, anaphor.mod)
    reading = _shift(start, unit, amount)
    return None if reading is None else dataclasses.replace(reading, type=anaphor.type, mod=anaphor.mod)
