"""The formats other tools read: TimelineJS (JSON and sheet), Timesketch, iCalendar, Markdown.

Each is read back the way its tool would read it (JSON, CSV, the icalendar
parser) and checked for the fields the tool requires, and for article text
that stays text.
"""

import csv
import io
import json
from datetime import date, datetime, timedelta

import pytest
from icalendar import Calendar

from export_fixtures import hostile_timeline
from timeline.output.export import write
from timeline.output.markdown import escape as md_escape
from timeline.output.view import subset


def export(timeline, format, level=None):
    stream = io.StringIO()
    count = write(timeline, stream, level, format, title="Storm <watch>")
    return stream.getvalue(), count



def dated(timeline):
    return [e for e in timeline.events if e.interval is not None]


def by_label(timeline, text):
    return next(e for e in timeline.events if e.label == text)


# -- TimelineJS -------------------------------------------------------------------------------------

def check_date(parts):
    assert set(parts) <= {"year", "month", "day"} and isinstance(parts["year"], int)
    date(parts["year"], parts.get("month", 1), parts.get("day", 1))  # a real calendar day


@pytest.mark.parametrize("which", ["seeds", "hostile"])
def test_timelinejs_has_a_title_and_a_slide_per_dated_event(which, seeds_timeline, hostile):
    timeline = seeds_timeline if which == "seeds" else hostile
    text, count = export(timeline, "timelinejs")
    document = json.loads(text)
    assert document["title"]["text"]["headline"] == "Storm &lt;watch&gt;"
    slides = document["events"]
    assert count == len(slides) == len(dated(timeline))
    assert [s["unique_id"] for s in slides] == [e.id for e in dated(timeline)]
    for slide, event in zip(slides, dated(timeline)):
        check_date(slide["start_date"])
        if "end_date" in slide:
            check_date(slide["end_date"])
        assert slide["start_date"]["year"] == event.interval.start.year
        assert slide["group"] == str(event.interval.start.year)
        assert slide["text"]["headline"] and slide["text"]["text"].startswith("<p>")


def test_timelinejs_dates_are_at_the_event_granularity(hostile, seeds_timeline):
    slides = {s["unique_id"]: s for s in json.loads(export(hostile, "timelinejs")[0])["events"]}
    year = slides[by_label(hostile, "2013").id]
    assert year["start_date"] == {"year": 2013} and "end_date" not in year and "display_date" not in year
    day = slides[by_label(hostile, "Mon 12 Oct 2020").id]
    assert day["start_date"] == {"year": 2020, "month": 10, "day": 12} and "display_date" not in day
    late = slides[by_label(hostile, "late Sep 2020").id]
    assert late["start_date"] == {"year": 2020, "month": 9, "day": 21}
    assert late["end_date"] == {"year": 2020, "month": 9, "day": 30} and late["display_date"] == "late Sep 2020"
    about = slides[by_label(hostile, "about 2 Oct 2020").id]
    assert about["display_date"] == "about 2 Oct 2020" and about["end_date"] == {"year": 2020, "month": 10, "day": 5}
    seeds = {s["unique_id"]: s for s in json.loads(export(seeds_timeline, "timelinejs")[0])["events"]}
    span = seeds[by_label(seeds_timeline, "28–30 Sep 2020").id]
    assert (span["start_date"]["day"], span["end_date"]["day"]) == (28, 30)


def test_timelinejs_text_is_escaped_html_with_safe_links(hostile):
    text, _ = export(hostile, "timelinejs")
    slides = {s["unique_id"]: s for s in json.loads(text)["events"]}
    monday = slides[by_label(hostile, "Mon 12 Oct 2020").id]["text"]["text"]
    assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in monday
    assert ('<a href="https://example.com/a?x=1&amp;y=&quot;2&quot;" target="_blank" rel="noopener">'
            "Storm &lt;b&gt;hits&lt;/b&gt; &amp; café</a> (2020-10-15)") in monday
    assert "javascript:" not in text  # not a link, and not shown as one
    assert "<b>Monday</b>" in monday  # the expression, marked
    assert "=HYPERLINK(&quot;http://x&quot;)" in monday  # the title, as text


# -- the TimelineJS sheet ----------------------------------------------------------------------

SHEET = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
         "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
         "Background"]


def test_the_sheet_has_the_templates_18_columns_in_order(hostile):
    text, count = export(hostile, "timelinejs-sheet")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == SHEET and all(len(r) == 18 for r in rows)
    records = [dict(zip(SHEET, r)) for r in rows[1:]]
    assert records[0]["Type"] == "title" and records[0]["Headline"] == "Storm &lt;watch&gt;"
    assert count == len(records) - 1 == len(dated(hostile))
    late = next(r for r in records if r["Display Date"] == "late Sep 2020")
    assert [late[c] for c in ("Year", "Month", "Day", "End Year", "End Month", "End Day", "Group")] == [
        "2020", "9", "21", "2020", "9", "30", "2020"]
    year = next(r for r in records if r["Year"] == "2013")
    assert year["Month"] == year["Day"] == year["End Year"] == ""


# -- Timesketch ----------------------------------------------------------------------------------

@pytest.mark.parametrize("which", ["seeds", "hostile"])
def test_every_timesketch_line_has_the_three_required_fields(which, seeds_timeline, hostile):
    timeline = seeds_timeline if which == "seeds" else hostile
    text, count = export(timeline, "timesketch")
    lines = [json.loads(line) for line in text.splitlines()]
    placed = [m for m in timeline.mentions if m.interval is not None]
    assert count == len(lines) == len(placed) > 0
    for line, mention in zip(lines, placed):
        assert line["message"] and line["timestamp_desc"]
        moment = datetime.fromisoformat(line["datetime"])
        assert moment.tzinfo is not None and moment.date() == mention.interval.start
        assert line["timestamp"] == int(moment.timestamp() * 1_000_000)
        assert (line["article"], line["expression"], line["event_id"]) == (
            mention.article.id, mention.expression.text, mention.event_id or "")
        assert line["interval_end"] == mention.interval.end.isoformat()


def test_timesketch_carries_titles_and_urls(hostile):
    lines = [json.loads(line) for line in export(hostile, "timesketch")[0].splitlines()]
    a1 = next(line for line in lines if line["article"] == "a1")
    assert a1["title"] == "Storm <b>hits</b> & café" and a1["url"].startswith("https://example.com/")
    assert "Storm <b>hits</b> & café" in a1["message"]


# -- iCalendar ----------------------------------------------------------------------------------

@pytest.mark.parametrize("which", ["seeds", "hostile"])
def test_the_calendar_parses_back_with_every_dated_event(which, seeds_timeline, hostile):
    timeline = seeds_timeline if which == "seeds" else hostile
    text, count = export(timeline, "ics")
    assert "\r\n" in text and text.startswith("BEGIN:VCALENDAR\r\n")
    calendar = Calendar.from_ical(text)
    vevents = list(calendar.walk("VEVENT"))
    assert count == len(vevents) == len(dated(timeline))
    for vevent, event in zip(vevents, dated(timeline)):
        assert vevent.decoded("dtstart") == event.interval.start
        assert vevent.decoded("dtend") == event.interval.end + timedelta(days=1)  # exclusive
        assert str(vevent["summary"]) == event.summary
        description = str(vevent["description"])
        assert event.label in description and all(m.sentence in description for m in event.mentions)
    assert len({str(v["uid"]) for v in vevents}) == len(vevents)


def test_calendar_uids_survive_a_re_export_and_renumbering(hostile):
    def uids(timeline):
        calendar = Calendar.from_ical(export(timeline, "ics")[0])
        return {str(v["summary"]): str(v["uid"]) for v in calendar.walk("VEVENT")}

    everything = uids(hostile)
    assert uids(hostile_timeline()) == everything
    later = subset(hostile, [len(hostile.events) - 2])  # one event alone: a different position
    assert uids(later).items() <= everything.items()


# -- Markdown ----------------------------------------------------------------------------------

@pytest.mark.parametrize("which", ["seeds", "hostile"])
def test_markdown_holds_every_event_under_its_heading(which, seeds_timeline, hostile):
    timeline = seeds_timeline if which == "seeds" else hostile
    text, count = export(timeline, "markdown")
    assert count == len(timeline.events)
    bullets = [line for line in text.splitlines() if line.startswith("- ")]
    assert len(bullets) == len(timeline.events)
    for event in timeline.events:
        assert sum(md_escape(event.summary) in b for b in bullets) >= 1
    if which == "seeds":
        headings = [line for line in text.splitlines() if line.startswith("#")]
        assert headings == ["# Storm \\<watch\\>", "## 2013", "## 2020", "### September 2020", "### October 2020"]


def test_markdown_keeps_article_text_literal(hostile):
    text, _ = export(hostile, "markdown")
    assert "<script>" not in text and "\\<script\\>" in text
    assert "[the river](http://evil)" not in text and "\\[the river\\](http://evil)" in text
    assert "\\*hit\\*" in text
    assert "[Storm \\<b\\>hits\\</b\\> \\& café](<https://example.com/a?x=1&y=\"2\">)" in text
    assert "javascript" not in text  # a link only to http(s), and the url is not shown otherwise
    assert "## Undated" in text.splitlines()


def test_markdown_escape_stops_blocks_and_inline_markup():
    assert md_escape("# not a heading") == "\\# not a heading"
    assert md_escape("1. not a list") == "1\\. not a list"
    assert md_escape("a\n\n- b") == "a - b"
    assert md_escape("![x](y) <b> `c` _d_ | ~e~") == "\\!\\[x\\](y) \\<b\\> \\`c\\` \\_d\\_ \\| \\~e\\~"
