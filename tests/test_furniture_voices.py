"""Voices that are no story: a page of readers' accounts, an agency's budget of stories it will file,
its list of released items, a budget line, and a photographer's name run into a sentence (invented texts)."""

import pytest

from test_headlines import LEAD, headline
from timeline.extraction.furniture import furniture


def spans(text, reason):
    return [text[s.start:s.end] for s in furniture(text, "en") if s.reason == reason]


ACCOUNTS = ("Floods in Brackwater : Your stories Tuesday 9 March Rivers burst their banks across the valley .\n"
            "Velma Orr , Lowmoor , Brackwater I woke up on Monday to water in the kitchen .\n"
            "We left the house by boat the next morning .\n")


def test_a_page_of_readers_stories_is_furniture_from_its_heading():
    assert spans(ACCOUNTS, "contribution") == [ACCOUNTS]


def test_readers_accounts_announced_under_the_lead_leave_the_lead_story():
    lead = "Rivers burst their banks across the valley on Monday .\n"
    rest = ("Readers in the valley have been sending their accounts to us .\n"
            "I woke up on Monday to water in the kitchen .\n")
    assert spans(lead + rest, "contribution") == [rest]


def test_aid_workers_diaries_sent_to_the_page_stay_story():
    """Each diary is signed by a named worker of a named agency: their acts are news."""
    text = ("Relief teams reached the valley on Monday .\n"
            "Aid workers have been sending us their diaries .\n"
            "JANE ROE , HARBOUR RELIEF Today we opened a clinic in a school .\n")
    assert spans(text, "contribution") == []


@pytest.mark.parametrize("text", [
    # the words deep in a story are the story's own
    "Rivers burst their banks on Monday .\nThe mayor spoke .\nCrews worked all night .\nRoads closed .\n"
    "Residents have been sharing their stories on social media since Monday .\n",
    "The council said on Monday it had read the residents' letters .\nI woke up to water , one wrote .\n",
])
def test_a_story_that_speaks_of_accounts_is_no_contribution(text):
    assert spans(text, "contribution") == []


def test_an_agency_budget_of_stories_to_file_is_furniture():
    text = ("As the vote nears its final days we plan to file the following stories :\n\n"
            "NORTHPORT: The ruling party holds its last rally .\n\nVote-rally\n\n500 words around 1030 GMT\n")
    assert spans(text, "advisory") == [text]


def test_a_list_of_released_news_items_is_furniture():
    text = ("The following are domestic news items released by the agency on Tuesday:\n\n"
            "Harbour stocks end lower -- Nov. 29\n\nFerry service resumes in the south\n")
    assert spans(text, "advisory") == [text]


def test_a_budget_line_with_its_clock_time_is_a_schedule():
    text = "The ruling party holds its last rally .\nVote-rally\n600 words around 1115 GMT\n"
    assert spans(text, "schedule") == ["600 words around 1115 GMT"]
    assert spans("The speech ran to 600 words at the rally on Monday .", "schedule") == []


@pytest.mark.parametrize("text, credit", [
    ("Photo : Jane Roe A strong aftershock shook the harbour on Monday .", "Photo : Jane Roe"),
    ("Picture : Jane Roe I could not stand upright when the ground shook .", "Picture : Jane Roe"),
    ("Photo : Jane Roe The airport reopened on Monday .", "Photo : Jane Roe"),
    # an agency in capitals is a credit of one word: the sentence's count stays whole
    ("Photograph : PA Two patients have now caught the fever .", "Photograph : PA"),
])
def test_a_photographers_name_run_into_the_sentence_is_all_credit(text, credit):
    assert spans(text, "credit") == [credit]


def test_a_photo_credit_run_into_a_sentence_is_cut_from_its_summary():
    text = LEAD + "\nPhoto : Jane Roe A strong aftershock at 0605 local time this morning shook the harbour hospital .\n"
    assert headline(text, "this morning") == "A strong aftershock at 0605 local time shook the harbour hospital"


@pytest.mark.parametrize("text", [
    # a title that speaks of readers' stories over a reporter's story
    "Museum collects your stories of the great storm\n\nThe city museum on Monday opened an archive of the storm .\n\n"
    "The storm killed 18 people in 1987 .\n",
    # readers sending something that is no account, and the news after it
    "Flood inquiry\n\nReaders have been sending complaints to the regulator since March .\n\n"
    "The regulator fined the water company on Monday .\n\nIts chief executive resigned on Tuesday .\n",
    # a quote that says "your stories", and the news after it
    "Survivors\n\nThe ferry sank on Monday .\n\nSurvivors told reporters : your stories matter .\n\n"
    "The captain was arrested on Tuesday .\n",
])
def test_a_cue_over_lines_not_told_in_the_first_person_is_no_contribution(text):
    assert spans(text, "contribution") == []


def test_a_bulletins_quiz_questions_are_programme_furniture():
    text = ("The ferry to the islands sank on Tuesday , the coastguard said .\n"
            "And for today 's question : which island has the oldest lighthouse ?\n"
            "Yesterday we asked which harbour opened first in 1901 ?\n"
            "We asked the harbour master on Monday about the ferry .\n")
    found = spans(text, "programme")
    assert found == ["And for today 's question : which island has the oldest lighthouse ?",
                     "Yesterday we asked which harbour opened first in 1901 ?"]
