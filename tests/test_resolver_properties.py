"""Properties of the resolver on arbitrary text: it never raises and its answers are consistent."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import extract
from timeline.build import build_timeline
from timeline.model import Article, PublishSource
from timeline.ingest.clean import clean

# Text built from temporal words and noise, so that rules actually fire.
WORDS = ["last", "next", "week", "month", "year", "ago", "two", "Friday", "night", "Aug.", "7", "1998", "the",
         "weekend", "late", "early", "since", "May", "på", "onsdag", "kväll", "för", "sju", "år", "sedan",
         "den", "24", "december", "i", "fredags", "now", ",", ".", "\n", "’s", "-", "$", "%", "\u0301", "\u202e",
         # right-to-left text, NUL, escapes, lone surrogates (as surrogateescape makes them), odd digits
         "\u05d9\u05d5\u05dd", "\u0627\u0644\u062c\u0645\u0639\u0629", "\u200f", "\x00", "\x1b[1m", "\udc80",
         "\ud800", "\u0663", "\uff11\uff19\uff19\uff18", "\u2028"]
texty = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=5)), max_size=40).map(" ".join)
escaped = st.binary(max_size=200).map(lambda b: b.decode("utf-8", "surrogateescape"))
references = st.one_of(st.none(), st.dates(), st.sampled_from([date.min, date.max]))


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(texty, st.text(), escaped), reference=references, language=st.sampled_from(["en", "sv"]))
def test_expressions_are_consistent(text, reference, language):
    check(text, reference, language)


@settings(max_examples=2, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), min_size=5, max_size=30), reference=st.dates(),
       language=st.sampled_from(["en", "sv"]))
def test_a_one_megabyte_line(words, reference, language):
    line = " ".join(words).replace("\n", " ").replace("\u2028", " ")
    check((line + " ") * (1_000_000 // (len(line) + 1) + 1), reference, language, repeat=False)


def check(text, reference, language, repeat=True):
    """Spans lie in the text and match it, in order without overlaps; intervals are ordered;
    the same input gives the same output (checked when ``repeat``)."""
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
    assert not repeat or extract(text, reference, language) == found


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(st.one_of(texty, escaped), min_size=1, max_size=4),
       published=st.lists(st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))),
                          min_size=4, max_size=4))
def test_the_whole_build_on_arbitrary_articles(texts, published):
    articles = [Article(f"a{n}", "-", clean(text), day, PublishSource.HEADER if day else PublishSource.NONE, "en")
                for n, (text, day) in enumerate(zip(texts, published))]
    timeline = build_timeline(articles)
    for mention in timeline.mentions:
        expression = mention.expression
        assert mention.article.text[expression.start:expression.end] == expression.text
        assert " ".join(expression.text.split()) in mention.sentence
    supported = [(m.article.id, m.expression.start) for event in timeline.events for m in event.mentions]
    assert len(supported) == len(set(supported))  # each mention supports one event at most
    assert set(supported) <= {(m.article.id, m.expression.start) for m in timeline.mentions}
    for event in timeline.events:
        assert event.interval is None or event.interval.start <= event.interval.end
