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


def test_a_clock_time_goes_on_past_its_dotted_abbreviation():
    """ "a.m." before a time zone or a weekday ends no sentence; before another capital it may."""
    text = ("Crews arrived at 4 a.m. EDT Thursday and left. The shop opened at 8 p.m. Friday in Oslo. "
            "The blast came at 9:45 a.m. (GMT 3:45) near the dock. It shut at 6 p.m. Police left.")
    assert [text[a:b] for a, b in sentence_bounds(text)] == [
        "Crews arrived at 4 a.m. EDT Thursday and left.", "The shop opened at 8 p.m. Friday in Oslo.",
        "The blast came at 9:45 a.m. (GMT 3:45) near the dock.", "It shut at 6 p.m.", "Police left."]
    # Swedish writes weekdays in lower case: a capital one after "f.m." begins a sentence.
    text = "Det började klockan 10 f.m. CET i Malmö. Det slutade klockan 11 f.m. Måndag var lugn."
    assert [text[a:b] for a, b in sentence_bounds(text)] == [
        "Det började klockan 10 f.m. CET i Malmö.", "Det slutade klockan 11 f.m.", "Måndag var lugn."]


def test_a_clock_time_goes_on_past_the_same_time_on_another_clock_in_brackets():
    """ "at 4:10 p.m. (0910 GMT)" tells one time twice: the bracket goes on with the sentence."""
    text = ("The ferry, which sank at 4:10 p.m. (0910 GMT), carried forty people. The storm hit at 6:05 a.m. "
            "(2305 GMT Sunday) and passed. It ended at 9 p.m. (1) Nobody was hurt.")
    assert [text[a:b] for a, b in sentence_bounds(text)] == [
        "The ferry, which sank at 4:10 p.m. (0910 GMT), carried forty people.",
        "The storm hit at 6:05 a.m. (2305 GMT Sunday) and passed.", "It ended at 9 p.m.", "(1) Nobody was hurt."]


def test_sentences_and_clauses_come_from_every_language_file():
    from timeline.temporal.sentences import SentenceSplitter, clause_breaks, splitter

    # Swedish abbreviations and capitals split English and Swedish text alike (articles mix them).
    text = "Han kom bl.a. hit. Åtta dagar senare reste Mr. Berg. Then he left."
    assert [text[a:b] for a, b in sentence_bounds(text)] == [
        "Han kom bl.a. hit.", "Åtta dagar senare reste Mr. Berg.", "Then he left."]
    sentence = "It rained on Monday och det snöade on Tuesday"
    assert [sentence[i:i + 3] for i in clause_breaks(sentence, 0, len(sentence))] == ["och"]
    assert splitter().clause_breaks("a, b and c", 0, 10) == [1, 5]
    # A language is data: its words alone make a splitter.
    made_up = SentenceSplitter.from_words({"Xq"}, set("ABCXY"), {"ja"})
    assert made_up.breaks("Xq. Ab. Cd ja e.") == [(6, 7)]
    assert made_up.clause_breaks("a ja b", 0, 6) == [2]
    clocked = SentenceSplitter.from_words({"Xq"}, set("ABCXY"), {"ja"}, {"Ybz"})
    assert clocked.breaks("at 4 x.y. Ybz Ab. Cd x.y. Ab") == [(16, 17), (24, 25)]


def test_the_tense_window_is_the_sentence_the_splitter_finds():
    from datetime import date

    from timeline.temporal import extract

    monday = date(2000, 4, 3)
    # "U.S." does not end the sentence, so "deadline" still makes Tuesday lie ahead.
    text = "In its latest deadline, the U.S. Immigration Service has given them until Tuesday to sign."
    assert [e.timex for e in extract(text, monday)] == ["2000-04-04"]
    # An expression opening a sentence does not take the tense of the one before.
    saturday = date(2006, 11, 11)
    text = "He will turn 81 next month, was rushed to hospital. Friday night, he was moved to a ward."
    assert [e.timex for e in extract(text, saturday)][-1] == "2006-11-10TNI"
