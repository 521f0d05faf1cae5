"""Who and where, the cases a review found wrong: an "it" that is the object, a different office holding the
head's word, a scare quote crediting a neighbour, longer place names, capitalised titles, and the place
kept out of the checks on the summary it heads."""

from datetime import date

import pytest

from test_headlines import LEAD, headline
from timeline.events.merge import make_events
from timeline.events.readable import reads_as_headline
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


@pytest.mark.parametrize("text, kept", [
    ("The Health Ministry approved the vaccine on Monday. It will be available from March 1.", "It will be"),
    ("Kenya signed the treaty with its neighbours. It will take effect on March 1.", "It will take effect"),
    ("The World Bank approved the loan to the port. They will sign it on March 1.", "They will sign"),
    ("The World Bank said it would lend more. They will sign it on March 1.", "They will sign"),
])
def test_it_or_they_meaning_the_object_or_many_stays(text, kept):
    assert headline(text, "March 1").startswith(kept)


@pytest.mark.parametrize("earlier, kept", [
    ("Vice President Joe Biden visited the port.", "The president said"),
    ("Attorney General John Ashcroft visited the port.", "The general said"),
    ("Prime Minister Anna Berg visited the port.", "The minister said"),
])
def test_a_name_holding_the_head_after_a_modifier_holds_another_office(earlier, kept):
    text = f"{earlier} Crowds lined the streets. {kept} on Wednesday that the harbour would reopen."
    assert headline(text, "Wednesday").startswith(kept)


def test_a_vice_president_leaves_the_president_to_the_president():
    text = ("Vice President Joe Biden visited the port. President Lisa Dorn met him there. "
            "The president said on Wednesday that the harbour would reopen.")
    assert headline(text, "Wednesday").startswith("President Lisa Dorn said")


@pytest.mark.parametrize("text", [
    'He arrived in the port on Monday. Talks were "productive," said Anna Berg.',
    'We left the city on Monday. The mood was "grim," said Anna Berg.',
])
def test_a_scare_quote_in_the_next_sentence_credits_nothing(text):
    assert not headline(LEAD + text, "Monday").startswith("Anna Berg")


def test_a_quote_over_two_sentences_is_still_credited():
    text = LEAD + '"We are seeing more cases on Monday. We expect more," said Anna Berg.'
    assert headline(text, "Monday").startswith("Anna Berg: We are seeing more cases")


FARMS = "Many herders moved south. The rains came late.\n\nThe number of cattle sold fell 4 percent on Friday, traders said."


@pytest.mark.parametrize("opening, title", [
    ("Farmers in New Mexico planted early.", None),
    ("Farmers in South Sudan planted early.", None),
    ("Farmers in the Niger Delta planted early.", None),
    ("Farmers in Northern Ireland planted early.", None),
    ("Farmers in Equatorial Guinea planted early.", None),
    ("Farmers across Latin America planted early.", None),
    ("Farmers planted early.", "Turkey Prices Soar Before Thanksgiving"),
    ("Farmers planted early.", "HELP US REBUILD OUR TOWN"),
])
def test_a_longer_name_or_a_capitalised_title_names_no_country(opening, title):
    summary = headline(f"{opening} {FARMS}", "Friday", title=title)
    assert summary.startswith("The number of cattle"), summary


def test_a_dateline_place_comes_before_a_country_made_an_adjective():
    text = "HOUSTON, Dec. 1 (Xinhua) -- A Chinese restaurant was fined on Monday.\n\n" + FARMS
    assert headline(text, "Friday", title="Chinese restaurant fined in Texas").startswith("Houston: The number")


def test_a_dateline_place_in_capitals_is_written_as_a_name():
    text = "PORT-AU-PRINCE, Dec. 1 (Xinhua) -- Grain prices rose on Monday.\n\nThe number of bakeries closed doubled on Friday."
    assert headline(text, "Friday").startswith("Port-Au-Prince: The number")


def test_a_credited_summary_gets_no_place():
    text = ("Italian farmers planted early. The rains came late.\n\n"
            '"We ran out of food on Friday," Mark Rossi said.')
    summary = headline(text, "Friday")
    assert not summary.startswith("Italy:"), summary


def test_a_swedish_summary_gets_no_place():
    text = "Kenyanska bönder sådde tidigt. Regnet kom sent.\n\nAntalet sålda kor föll med 4 procent på fredag."
    assert ":" not in headline(text, "fredag", language="sv")


def test_whitespace_only_summary_does_not_crash():
    from timeline.events.situated import situated
    article = Article(id="a", path="a.txt", text=LEAD + "Prices fell on Friday.", published=date(2020, 10, 16),
                      published_source=PublishSource.HEADER, language="en")
    (mention,) = [m for m in extract_mentions(article) if m.expression.text == "Friday"]
    assert situated(" ", mention, []) == " "


def _event(text, expression):
    article = Article(id="a", path="a.txt", text=text, published=date(2020, 10, 16),
                      published_source=PublishSource.HEADER, language="en")
    (mention,) = [m for m in extract_mentions(article) if m.expression.text == expression]
    (event,) = make_events([[mention]])
    return event


def test_a_placed_first_person_summary_still_reads_as_no_headline():
    event = _event("Kenyan farmers planted early. Many moved south.\n\n"
                   "The person we are confirming as positive on Friday had not travelled.", "Friday")
    assert event.summary.startswith("Kenya: The person")
    assert not reads_as_headline(event)


def test_a_placed_summary_reads_as_a_headline():
    event = _event("Kenyan farmers planted early. Many moved south.\n\nThe number of cattle sold fell on Friday.",
                   "Friday")
    assert event.summary.startswith("Kenya: The number") and reads_as_headline(event)


@pytest.mark.parametrize("sentence", [
    "The person we're confirming as positive on Tuesday had not been abroad.",
    "The ferry I'm taking on Tuesday leaves from the old harbour.",
])
def test_a_first_person_clitic_reads_as_no_headline(sentence):
    assert not reads_as_headline(_event(LEAD + sentence, "Tuesday"))
