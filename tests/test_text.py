from hypothesis import given
from hypothesis import strategies as st

from timeline.ingest.clean import clean
from timeline.temporal.sentences import sentence_at, sentence_bounds


@given(st.text())
def test_clean_keeps_length_and_drops_escapes(text):
    cleaned = clean(text)
    assert len(cleaned) == len(text)
    assert not any(ord(c) < 32 and c not in "\t\n" for c in cleaned)
    assert "\x1b" not in cleaned and "\x9b" not in cleaned


def test_clean_blanks_a_whole_escape_sequence():
    assert clean("a\x1b[1;31mb") == "a" + " " * 7 + "b"
    osc = "\x1b]8;;http://e\x07"
    assert clean("x" + osc + "y") == "x" + " " * len(osc) + "y"


def test_sentences_respect_abbreviations_and_quotes():
    text = 'Mr. Smith went to the U.S. on Sept. 30. “It was fine.” She agreed! Then left.'
    sentences = [text[a:b] for a, b in sentence_bounds(text)]
    assert sentences == ["Mr. Smith went to the U.S. on Sept. 30.", "“It was fine.”", "She agreed!", "Then left."]
    bounds = sentence_bounds(text)
    assert text[slice(*sentence_at(bounds, text.index("agreed")))] == "She agreed!"
