"""Narration in a signed writer's voice past its first word ("One story has led our pages") is credited to the
writer as a line opening with "I" or "we" is; a quote or a report of someone's saying in it is not
(events/own_voice.py). Invented pages."""

from test_headlines import headline


def test_a_first_person_past_the_first_word_credits_the_signed_writer():
    text = ("Aid workers have been sending us their diaries .\n"
            "MONDAY 7 SEPTEMBER - JANE ROE This morning the boats carrying our pumps reached the coast .\n")
    assert headline(text, "This morning") == "Jane Roe: The boats carrying our pumps reached the coast"


def test_a_quote_or_a_report_in_a_signed_page_credits_no_writer():
    for line, expected in (('"The boats carrying our pumps reached the coast this morning ," a driver said .',
                            "The boats carrying our pumps reached the coast"),
                           ("The harbour chief said this morning that the boats had brought our pumps .",
                            "The harbour chief said that the boats had brought our pumps"),
                           # a quote opened after a colon: the run leaves the mark out, the sentence holds it
                           ("Dr Olle Lund made these comments : `` The boats carrying our pumps reached the coast "
                            "this morning .", "The boats carrying our pumps reached the coast")):
        text = ("Aid workers have been sending us their diaries .\n"
                "MONDAY 7 SEPTEMBER - JANE ROE The rain stopped .\n" + line + "\n")
        assert not headline(text, "this morning").startswith("Jane Roe")


def test_narration_with_no_first_person_credits_no_writer():
    for line, expected in (("This morning the boats reached the coast .", "The boats reached the coast"),
                           # "US" in capitals is a name, not "us"
                           ("This morning the boats of the US Navy reached the coast .",
                            "The boats of the US Navy reached the coast")):
        text = ("Aid workers have been sending us their diaries .\n"
                "MONDAY 7 SEPTEMBER - JANE ROE " + line + "\n")
        assert headline(text, "This morning") == expected
