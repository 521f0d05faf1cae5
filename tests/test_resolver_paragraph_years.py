"""A paragraph's far year moves a bare month only where that is safe: never across a blank line,
never a date near the writing, never after a year of a background fact or a year that does not
open its sentence; each case below is blocked by one guard alone."""

from datetime import date

import pytest

from timeline import extract

JUN = date(2009, 6, 20)


def values(text, reference, language="en"):
    return [(e.text, e.timex, e.interval and (e.interval.start.isoformat(), e.interval.end.isoformat()))
            for e in extract(text, reference, language)]


@pytest.mark.parametrize("text, language, expected", [
    # a blank line ends the paragraph the year is set in
    ("In 1957 a new strain reached the ports.\n\nIn the autumn the mayor resigned.", "en",
     ("the autumn", "2008-FA", ("2008-09-01", "2008-11-30"))),
    ("År 1957 nådde en ny stam hamnarna.\n\nI november stängde bruken.", "sv",
     ("november", "2008-11", ("2008-11-01", "2008-11-30"))),
    # a month or day whose own pick lies a few months before the writing is the story's news
    ("In 1957 a new strain reached the ports. In May it came back.", "en",
     ("May", "2009-05", ("2009-05-01", "2009-05-31"))),
    ("In 1957 a new strain reached the ports. On June 12 it came back.", "en",
     ("June 12", "2009-06-12", ("2009-06-12", "2009-06-12"))),
    ("År 1957 nådde en ny stam hamnarna. I maj kom den tillbaka.", "sv",
     ("maj", "2009-05", ("2009-05-01", "2009-05-31"))),
    # a year in a sentence of a background fact (born, founded, was ... minister) sets no paragraph
    ("In 1957 he was born in the port. In the autumn the mills closed.", "en",
     ("the autumn", "2008-FA", ("2008-09-01", "2008-11-30"))),
    ("In 1957 she was prime minister. In the autumn the mills closed.", "en",
     ("the autumn", "2008-FA", ("2008-09-01", "2008-11-30"))),
    ("År 1957 föddes han i hamnen. I november stängde bruken.", "sv",
     ("november", "2008-11", ("2008-11-01", "2008-11-30"))),
    # a lone year at the end of its sentence is a fact, not the time the next sentence is set in
    ("Iraq invaded Kuwait in 1990. In the autumn the troops left.", "en",
     ("the autumn", "2008-FA", ("2008-09-01", "2008-11-30"))),
    # the paragraph's year still holds where every guard passes
    ("In 1957 a new strain reached the ports. In the autumn it came back.", "en",
     ("the autumn", "1957-FA", ("1957-09-01", "1957-11-30"))),
    ("Flu struck the city in 1918. In June of that year the doctor printed leaflets. In November, when the "
     "second wave came, he closed the schools.", "en", ("November", "1918-11", ("1918-11-01", "1918-11-30"))),
])
def test_a_paragraph_year_moves_only_a_safe_month(text, language, expected):
    assert expected in values(text, JUN, language)


@pytest.mark.parametrize("text, expected", [
    ("Ahmadinejad, first elected in 2005, won a second term. Mousavi was prime minister in 1985. On June 12, "
     "he lost the election, officials said.", ("June 12", "2009-06-12", ("2009-06-12", "2009-06-12"))),
    ("Smith founded the company in 1985.\n\nIn March, he was charged with fraud.",
     ("March", "2009-03", ("2009-03-01", "2009-03-31"))),
    ("He was born in 1950 in Ohio. In May he was elected governor.", ("May", "2009-05", ("2009-05-01", "2009-05-31"))),
    ("Iraq invaded Kuwait in 1990. In January, U.S. troops left Iraq.",
     ("January", "2009-01", ("2009-01-01", "2009-01-31"))),
    ("Khamenei became supreme leader in 1989. In April, he backed the president.",
     ("April", "2009-04", ("2009-04-01", "2009-04-30"))),
])
def test_this_years_news_after_a_background_year_keeps_its_own_pick(text, expected):
    assert expected in values(text, JUN)
