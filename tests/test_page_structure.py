"""Page structure that misdates (invented pages): a page's last-updated stamp is no year range,
a multi-post blog's older posts are not dated by the page's day, a live page filed a day late
is dated by the day its own heading names."""

from datetime import date

from timeline import extract


def readings(text, reference, language="en"):
    return [(e.text, e.timex) for e in extract(text, reference, language)]


def test_a_page_stamp_with_its_clock_time_is_no_year_range():
    for text in ("Actualizado : jueves , 4 de junio de 2009 - 17:02\nThe council met today.",
                 "Stamp 2009 - 17:02 the council met today."):
        found = readings(text, date(2009, 6, 11))
        assert ("2009", "2009") in found and not any("/" in (timex or "") for _, timex in found), found
    assert readings("the 2009-17 plan", date(2009, 6, 11)) == [("2009-17", "2009/2017")]  # a range still
