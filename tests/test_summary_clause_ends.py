"""Summaries that keep what makes their clause whole: a particle or adverb that ends the sentence ("declared the strike
over", "unaccounted for"), and a date that is its clause's subject before a sure verb ("Friday saw …", "Two years ago
came …"), which cut out would leave a verb-first fragment; and a piece of text with no sentence ends, read near its date."""

import pytest

from test_headlines import LEAD, headline
from timeline.events.gap import sentence_words
from timeline.events.headline import lexicon
from timeline.events.long_piece import REACH, near_the_date
from timeline.events.phrase_cut import date_comma


@pytest.mark.parametrize("text, expression, expected", [
    ("On Sunday, the port authority declared the ferry strike over.", "Sunday",
     "The port authority declared the ferry strike over"),
    ("On Sunday , the port authority declared the ferry strike over .", "Sunday",
     "The port authority declared the ferry strike over"),
    ("On Tuesday, the coastguard said nine fishermen were still unaccounted for.", "Tuesday",
     "The coastguard said nine fishermen were still unaccounted for"),
    ("On Friday the court let the defence present its case once more.", "Friday",
     "The court let the defence present its case once more"),
    ("On Friday the miners found the seam they had been digging for.", "Friday",
     "The miners found the seam they had been digging for"),
])
def test_a_word_ending_the_sentence_is_no_dangling_preposition(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_only_the_sentence_s_last_word_is_kept_so():
    assert headline(LEAD + "On Sunday, the port authority declared the strike over.", "Sunday").endswith("over")
    # a preposition before a cut date, or one mid-sentence where a run stops, is still trimmed
    assert not headline(LEAD + "The ferry was put off until Monday.", "Monday").endswith(" until")
    assert not headline(LEAD + "The council met on Monday to vote on the harbour budget for the town.",
                        "Monday").endswith(" on")
    # a sentence that breaks off keeps no article or conjunction it broke off after
    for text in ("The council voted on Tuesday to close the library and the...",
                 "The council voted on Tuesday to close the library and the ..."):
        assert headline(LEAD + text, "Tuesday") == "The council voted to close the library"


@pytest.mark.parametrize("text, expression, expected", [
    ("Friday saw the rescue team pull a young fisherman alive from the river.", "Friday",
     "Friday saw the rescue team pull a young fisherman alive from the river"),
    ("Two years ago came the great cattle plague of the northern valleys.", "Two years ago",
     "Two years ago came the great cattle plague of the northern valleys"),
    ("`` Today showed that the old harbour still matters , '' Ola Lind told the paper .", "Today",
     "Ola Lind: Today showed that the old harbour still matters"),
])
def test_a_date_that_is_the_subject_of_a_sure_verb_stays(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_date_stays_as_subject_only_before_a_verb():
    assert headline(LEAD + "Friday saw the crew save the boat.", "Friday") == "Friday saw the crew save the boat"
    # before a subject, or after a name set off by commas, the date is still cut
    assert headline(LEAD + "On Monday police arrested two men near the harbour.", "Monday") == \
        "Police arrested two men near the harbour"
    assert headline(LEAD + "Last year sales rose by ten percent at the shop in the square.", "Last year") == \
        "Sales rose by ten percent at the shop in the square"
    assert headline(LEAD + "The head of the port board, Ola Lind, yesterday suggested fares would rise.",
                    "yesterday") == "The head of the port board Ola Lind suggested fares would rise"
    # nor does a day speak: "Press reports [Tuesday] said", "[Thursday] said" (a sentence split after "(U.S.)")
    assert headline(LEAD + "Press reports Tuesday said the harbour board was resisting demands to resign.",
                    "Tuesday") == "Press reports said the harbour board was resisting demands to resign"
    assert not headline(LEAD + "Thursday said that it will keep the ferry running.", "Thursday").startswith("Thursday")


def _page(items):
    return " , ".join(f"the board of port {i} met on Monday , voted on the plan and the budget for the coming seasons"
                      for i in range(items))


def test_a_piece_longer_than_any_sentence_is_read_only_near_its_date():
    lex = lexicon("en")
    text = _page(60)
    at = text.index("port 30 met") + len("port 30 met on ")
    words = sentence_words(text[:at], "Monday", text[at + len("Monday"):], lex)
    assert len(words) <= 2 * REACH + 2
    assert any(w.gap for w in words)
    assert words[-1].ends_clause  # ends where a clause does
    short = sentence_words("The board met on ", "Monday", " and voted on the plan.", lex)
    assert near_the_date(short) is short


def test_a_date_comma_is_judged_by_the_words_around_it_alone():
    class Counting(list):
        reads = 0

        def __iter__(self):
            Counting.reads += 1
            return super().__iter__()

    lex = lexicon("en")
    words = Counting(sentence_words("", "", " " + _page(20), lex))
    commas = [i for i, w in enumerate(words) if w.text.endswith(",")]
    Counting.reads = 0
    for i in commas:
        date_comma(words, i, lex)
    assert Counting.reads == 0  # no comma walks the whole piece
    assert headline(LEAD + "The ferry was hit by the Sept 11 , 2001 , attacks on trade , a report said .",
                    "Sept 11 , 2001") .startswith("The ferry was hit by the attacks")


@pytest.mark.parametrize("text, expression, expected", [
    ("Reporters say that with four witnesses already heard on Monday , the trial could end as soon as next week .",
     "Monday", "Reporters say that with four witnesses already heard, the trial could end as soon as next week"),
    ("Ola Lind said that if the strike spreads after Christmas , the islands will run short of fuel .",
     "Christmas", "Ola Lind said that if the strike spreads after Christmas, the islands will run short of fuel"),
])
def test_a_report_is_not_cut_after_its_opening_phrase(text, expression, expected):
    assert headline(LEAD + text, expression) == expected
    # what was said is in the run when the next clause only credits it
    summary = headline(LEAD + "The mayor said on Monday that after the storm the town rebuilt its school, Ola Lind added.",
                       "Monday")
    assert summary == "The mayor said that after the storm the town rebuilt its school"


@pytest.mark.parametrize("text, expression, expected", [
    ("Doctors said the fisherman was expected to leave hospital in a day or two.", "a day",
     "Doctors said the fisherman was expected to leave hospital in a day or two"),
    ("Doctors said the fisherman would leave hospital in a week or so.", "a week",
     "Doctors said the fisherman would leave hospital in a week or so"),
])
def test_a_rough_measure_stays_whole(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_date_written_whole_opens_a_timeline_entry_run_into_the_line_before():
    text = ("Dr Lind looked tired as the verdict was read out in court 1 May 2011 Dr Lind tells Judge Ola Berg he will "
            "not speak in his own defence .")
    assert headline(LEAD + text, "1 May 2011") == "Dr Lind tells Judge Ola Berg he will not speak in his own defence"
    # a date the clause before governs is no entry's head: its sentence goes on after it
    text = "Harbour sales fell in the quarter ending 30 September 2011 Velbo Lines said in a statement ."
    assert headline(LEAD + text, "30 September 2011").startswith("Harbour sales fell in the quarter")


def test_a_run_does_not_stop_inside_a_dashed_aside_before_what_it_interrupts():
    text = "The town found that when it did not talk to Velbo -- its trade was broken for a few years in the '90s -- it had more troubles."
    assert headline(LEAD + text, "the '90s") == ("The town found that when it did not talk to Velbo -- its trade was broken "
                                                 "for a few years -- it had more troubles")
    # an aside after which the sentence tells no predicate leaves nothing cut
    listed = "There were three floods in the last century -- in 1911 , 1957 and 1968 -- known as the great floods ."
    assert headline(LEAD + listed, "1968").startswith("There were three floods in the last century -- in 1911, 1957 and 1968")



@pytest.mark.parametrize("text, expression, expected", [
    ("Sales of boats rose sharply, especially in 2019, the board said.", "2019",
     "Sales of boats rose sharply, especially in 2019"),
    ("Sales of boats rose sharply, mainly in the summer.", "the summer", "Sales of boats rose sharply, mainly in the summer"),
])
def test_a_focus_adverb_keeps_its_date(text, expression, expected):
    assert headline(LEAD + text, expression) == expected
