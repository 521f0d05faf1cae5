"""Summaries that say who and where: "The president" named by the one earlier name holding that word,
and a summary that names no place headed by the one country its article names before it."""

import pytest

from test_headlines import headline


def test_the_head_takes_the_one_earlier_name_that_holds_it():
    text = ("Velorian President Arno Kessel Monday opened the new harbour in Port Miro. "
            "Former president Lisa Dorn did not attend. The president will visit the northern ports on Friday.")
    assert headline(text, "Friday").startswith("Velorian President Arno Kessel will visit the northern ports")


def test_a_possessive_head_keeps_its_ending():
    text = ("Pupils at Brookfield Primary School were sent home early. "
            "The school's governors will meet parents on Friday to explain the closure.")
    assert headline(text, "Friday").startswith("Brookfield Primary School's governors will meet parents")


@pytest.mark.parametrize("text", [
    # two presidents: whose?
    "President Arno Kessel met President Lisa Dorn at the harbour. The president will visit the ports on Friday.",
    # no name with the head
    "The harbour stayed closed all week. The president will visit the ports on Friday.",
])
def test_the_head_stays_when_no_one_name_holds_it(text):
    assert headline(text, "Friday").startswith("The president will visit")


def test_a_summary_that_names_no_place_is_headed_by_the_one_country_before_it():
    text = ("Kenyan farmers planted early this year, the ministry said. Many herders moved south.\n\n"
            "The number of cattle sold fell 4 percent on Friday, traders said.")
    assert headline(text, "Friday").startswith("Kenya: The number of cattle sold fell 4 percent")


@pytest.mark.parametrize("text", [
    # two countries: which?
    "Kenyan and Ugandan farmers planted early. Many herders moved south.\n\nThe number of cattle sold fell on Friday.",
    # a currency is no place
    "Kenyan farmers sold 300 US dollars of grain. Many moved south.\n\nThe number of cattle sold fell on Friday.",
])
def test_no_place_when_the_article_names_two_countries_or_names_its_own(text):
    summary = headline(text, "Friday")
    assert summary.startswith("Kenya: ") == ("US dollars" in text)
    assert not summary.startswith(("Uganda", "US"))


def test_a_summary_that_names_its_place_or_no_subject_gets_none():
    place = "Kenyan farmers planted early. Many moved south.\n\nPrices in Kenya fell 4 percent on Friday, traders said."
    assert headline(place, "Friday").startswith("Prices in Kenya fell")
    pronoun = "Kenyan farmers planted early. Many moved south.\n\nThey sold their cattle on Friday at the market."
    assert not headline(pronoun, "Friday").startswith("Kenya")


def test_the_wire_dateline_places_a_story_that_names_no_country():
    text = ("MIROVA, Dec. 1 (Xinhua) -- Grain prices rose sharply in the capital on Monday, traders said.\n\n"
            "The number of bakeries that closed doubled on Friday, the union said.")
    assert headline(text, "Friday").startswith("Mirova: The number of bakeries that closed doubled")


def test_it_takes_the_body_that_is_the_subject_of_the_sentence_before():
    text = ("The Velorian Health Ministry said it had counted 40 new cases. "
            "It will send 20 nurses to the northern ports on Friday.")
    assert headline(text, "Friday").startswith("The Velorian Health Ministry will send 20 nurses")


@pytest.mark.parametrize("previous", [
    "Anna Berg said she had counted 40 new cases.",  # a person is no "it"
    "Health Ministry officials counted 40 new cases.",  # the subject is the officials
    "The harbour stayed closed all week.",  # no name
])
def test_it_stays_when_the_sentence_before_has_no_body_for_subject(previous):
    assert headline(previous + " It will send 20 nurses to the ports on Friday.", "Friday").startswith("It will send")


def test_no_place_for_background_or_a_named_body_and_no_name_for_a_phrase_that_goes_on():
    background = "Kenyan farmers planted early. Many moved south.\n\nThe drought was the worst in 1984, traders said."
    assert headline(background, "1984").startswith("The drought")
    body = "Kenyan farmers planted early. Many moved south.\n\nThe Grain Board cut prices on Friday, traders said."
    assert headline(body, "Friday").startswith("The Grain Board cut prices")
    phrase = ("Director Anna Berg of the Velorian Grain Board spoke. "
              "The director general of the board will resign on Friday, she said.")
    assert headline(phrase, "Friday").startswith("The director general")


@pytest.mark.parametrize("opening", [
    "Port officials will limit access to the quay on the anniversary , US authorities have said .",
    "Jane Roe | 17:45 UK time , Wednesday , 3 March 2021 This week one story led our output .",
    "Ships will dock at 0900 US Eastern time on Monday , the harbour office said .",
])
def test_a_country_named_only_before_a_noun_or_in_a_time_zone_heads_no_summary(opening):
    text = f"{opening}\nMany crews moved south .\n\nThe number of cattle sold fell 4 percent on Friday , traders said ."
    summary = headline(text, "Friday")
    assert summary.startswith("The number of cattle sold"), summary


def test_a_country_named_as_a_noun_still_heads_the_summary():
    text = ("Port officials in the US will limit access to the quay , the authorities have said .\n"
            "Many crews moved south .\n\nThe number of cattle sold fell 4 percent on Friday , traders said .")
    assert headline(text, "Friday").startswith("US: The number of cattle sold")


def test_a_country_before_a_noun_that_acts_still_heads_the_summary():
    text = ("US stocks ended higher on Monday as oil prices fell .\nMany traders stayed away .\n\n"
            "The number of shares traded fell 4 percent on Friday , traders said .")
    assert headline(text, "Friday").startswith("US: The number of shares traded")


def test_a_territory_is_a_place_beside_a_visitors_country():
    """A story in a territory ("Hong Kong") about "a Kenyan guest" names two places: no prefix, not "Kenya:"."""
    text = ("Guests of a hotel in Hong Kong were told to stay inside after a Kenyan guest fell ill. "
            "Many guests were angry.\n\nThe hotel was sealed off by the police on Friday night.")
    assert headline(text, "Friday night").startswith("The hotel was sealed off")


@pytest.mark.parametrize("opening", ["Around 3,000 jobs were", "Up to 3,000 jobs were"])
def test_a_summary_opening_with_a_hedged_figure_is_headed_by_its_place(opening):
    """ "Around 3,000 jobs were created" names no one: the story's country tells where."""
    text = ("Kenyan farmers planted early this year, the ministry said. Many herders moved south.\n\n"
            f"{opening} created on farms in March, traders said.")
    assert headline(text, "March").startswith(f"Kenya: {opening} created")
