"""Properties of the resolver on arbitrary text: it never raises and its answers are consistent."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import extract

# Text built from temporal words and noise, so that rules actually fire.
WORDS = ["last", "next", "week", "month", "year", "ago", "two", "Friday", "night", "Aug.", "7", "1998", "the",
         "weekend", "late", "early", "since", "May", "på", "onsdag", "kväll", "för", "sju", "år", "sedan",
         "den", "24", "december", "i", "fredags", "now", ",", ".", "\n", "’s", "-", "$", "%", "\u0301", "\u202e"]
texty = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=5)), max_size=40).map(" ".join)
references = st.one_of(st.none(), st.dates(), st.sampled_from([date.min, date.max]))


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(texty, st.text()), reference=references, language=st.sampled_from(["en", "sv"]))
def test_expressions_are_consistent(text, reference, language):
    found = extract(text, reference, language)
    previous_end = 0
    for e in found:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start:e.end] == e.text
        assert e.start >= previous_end  # sorted, not overlapping
        previous_end = e.end
        assert e.type in ("DATE", "TIME", "DURATION", "SET")
        if e.interval is not None:
            assert e.interval.start <= e.interval.end
            assert e.granularity is not None
    assert extract(text, reference, language) == found
