"""A body called by its kind ("The charity", "The company") is named by the one body the story named where
it first wrote "the <kind>" (timeline/events/first_named.py); doubt leaves the kind."""

import pytest

from test_headlines import headline

LEAD = "Storms hit the northern coast last week, flooding hundreds of homes.\n\n"


def test_the_charity_takes_the_body_named_where_the_story_first_called_it_so():
    text = LEAD + ("Tom Berg, from the Northern Lifeboat Trust (NLT), said the charity needed more funds to sail. "
                   "The NLT, based in Leith, has little money left.\n\n"
                   "The charity was formed in 1990 after a ferry sank off the coast.")
    assert headline(text, "1990").startswith("The Northern Lifeboat Trust was formed")


def test_the_company_takes_the_one_corporation_named_in_the_sentence_before():
    text = LEAD + ("Quarrel Foods Corp reported a loss for the year. The company said it would close two plants.\n\n"
                   "The company cut 300 jobs in March, a union official said.")
    assert headline(text, "March").startswith("Quarrel Foods Corp cut 300 jobs")


@pytest.mark.parametrize("before", [
    # the kind said of another, unnamed body too: which charity?
    "A rival rescue charity also sent boats. Tom Berg, from the Northern Lifeboat Trust (NLT), said the charity "
    "needed more funds.",
    # another body beside it where the story first says "the charity"
    "Tom Berg, of the Northern Lifeboat Trust (NLT), told the Coast Gazette the charity needed more funds.",
    # two companies joined by "and"
    "Quarrel Foods Corp and Berg Dairy Ltd reported losses. The charity said it would help.",
])
def test_the_kind_stays_when_the_story_names_no_one_body_for_it(before):
    text = LEAD + before + "\n\nThe charity was formed in 1990 after a ferry sank off the coast."
    assert headline(text, "1990").startswith("The charity was formed")



@pytest.mark.parametrize("title, text, expected", [
    # a common word opening a sentence before its verb is no body's name
    ("Fans fight at cup tie", "Orbury Rovers fans fought with Kelwick Town supporters outside the ground. Police said "
     "the club would be fined.\n\nThe club said on Wednesday it would ban the fans involved.", "The club said"),
    # nor is the title's opening word
    ("Walkout called", "The union said the walkout would go ahead.\n\nThe union has called a walkout for Wednesday.",
     "The union has called"),
])
def test_a_lone_common_word_opening_a_sentence_names_no_body(title, text, expected):
    assert headline(text, "Wednesday", title=title).startswith(expected)


def test_a_lone_name_the_story_writes_mid_sentence_names_the_body():
    text = LEAD + ("Fans of Kelbridge cheered outside the ground. Kelbridge said the charity match would go ahead.\n\n"
                   "The charity was formed in 1990 after a ferry sank off the coast.")
    assert headline(text, "1990").startswith("Kelbridge was formed")


def test_a_body_named_inside_a_quotation_is_not_the_one_the_story_means():
    text = LEAD + ('Ivo Marten said: "Quarrel Foods Corp copied our recipe." The company makes biscuits in Leith.\n\n'
                   "The company said on Tuesday it had filed a complaint.")
    assert headline(text, "Tuesday").startswith("The company said it had filed a complaint")
