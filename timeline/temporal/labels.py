"""Human date labels: "Wed 14 Oct 2020", "28–30 Sep 2020", "late Sep 2020", "2013"."""

from __future__ import annotations

from .calendar import Granularity, Interval

_MOD_WORDS = {"START": "early", "MID": "mid", "END": "late"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_POD = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}


def _day(d) -> str:
    return f"{d.day} {d:%b %Y}"


def span_label(interval: Interval) -> str:
    """An inclusive range of days, as short as it reads unambiguously."""
    start, end = interval
    if start == end:
        return f"{start:%a} {_day(start)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{_day(end)}"
    if start.year == end.year:
        return f"{start.day} {start:%b}–{_day(end)}"
    return f"{_day(start)}–{_day(end)}"


def label(interval: Interval | None, granularity: Granularity | None, mod: str | None = None,
          timex: str | None = None) -> str:
    """How a person would write the date of ``interval`` at ``granularity``; "" if unresolved."""
    if interval is None or granularity is None:
        return ""
    start = interval.start
    mod_word = _MOD_WORDS.get(mod or "")
    if granularity is Granularity.DAY:
        if mod == "APPROX" and interval.start != interval.end:
            middle = start + (interval.end - start) / 2
            return f"about {_day(middle)}"
        text = span_label(interval)
        pod = (timex or "")[-2:] if timex and "T" in timex else ""
        if pod in _POD:
            text += f" ({_POD[pod]})"
        elif timex and "T" in timex and ":" in timex:
            clock = timex.split("T", 1)[1]
            # ISO's 24:00 is the end of the day the interval holds ("midnight on Friday"), not a time on it
            text += " (midnight)" if clock == "24:00" else " " + clock
        return text
    if granularity in (Granularity.WEEKEND, Granularity.WEEK):
        return span_label(interval)
    if granularity is Granularity.PART_OF_MONTH:
        if mod_word:
            return f"{mod_word} {start:%b %Y}"
        return span_label(interval)
    end = interval.end
    if granularity is Granularity.MONTH:
        if (start.year, start.month) == (end.year, end.month):
            return f"{start:%b %Y}"
        # a range of months ("March to May")
        return f"{start:%b}–{end:%b %Y}" if start.year == end.year else f"{start:%b %Y}–{end:%b %Y}"
    if granularity is Granularity.QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if granularity is Granularity.HALF:
        return f"H{(start.month - 1) // 6 + 1} {start.year}"
    if granularity is Granularity.SEASON:
        code = (timex or "")[-2:]
        return f"{_SEASONS.get(code, 'season')} {timex[:4] if timex else start.year}"
    if granularity is Granularity.YEAR:
        year = timex[:4] if timex and timex[:4].isdigit() else str(start.year)
        if end.year != start.year:  # a range of years ("from 2006 to 2010")
            year = f"{start.year}–{end.year}"
        prefix = "about " if mod == "APPROX" else (f"{mod_word} " if mod_word else "")
        return f"{prefix}{year}"
    if granularity is Granularity.DECADE:
        decade = f"{(start.year // 10) * 10}s"
        return f"{mod_word} {decade}" if mod_word else decade
    if granularity is Granularity.CENTURY:
        number = start.year // 100 + 1
        suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        return f"{number}{suffix} century"
    return span_label(interval)
