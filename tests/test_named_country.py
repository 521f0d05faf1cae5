"""An opening "The country" named by the one country its article names up to the summary's sentence
(events/named_country.py); two countries, or none, leave it (invented articles)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    # the country named earlier in the summary's own sentence
    ("Harbour fees are a touchy subject in Chile , where new tolls were brought in after the country "
     "opened its ports to foreign lines in 1994 .", "1994",
     "Chile opened its ports to foreign lines"),
    # named by a word made from it in the sentence before
    ("The Chilean fishing fleet has shrunk by a third . Last year , the country landed 40,000 tonnes of "
     "sardines .", "Last year",
     "Chile landed 40,000 tonnes of sardines"),
])
def test_the_country_takes_the_one_country_named(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression", [
    # two countries named: which one is "the country"?
    ("Chile will deepen its trade ties with Peru , the minister said . Last year , the country landed "
     "40,000 tonnes of sardines .", "Last year"),
    # a country named after "the country" in its sentence is another one
    ("The fishing fleet has shrunk by a third . Last year , the country sold more sardines to Chile than "
     "ever before .", "Last year"),
    # a country's word opening a longer name names a group, not the story's country
    ("The Chilean Fishermen 's Guild met at the port . Last year , the country landed 40,000 tonnes of "
     "sardines .", "Last year"),
    # none named
    ("The fishing fleet has shrunk by a third . Last year , the country landed 40,000 tonnes of sardines .",
     "Last year"),
])
def test_the_country_stays_without_one_country(text, expression):
    assert "the country" in headline(LEAD + text, expression).lower()


def test_a_body_every_country_has_is_told_as_the_one_country_named():
    text = "Tax collection in Chile fell sharply . The government suspended 87 senior officers on Monday in a drive ."
    assert headline(LEAD + text, "Monday") == "Chile's government suspended 87 senior officers in a drive"


@pytest.mark.parametrize("text", [
    # two countries named: whose government?
    "Tax collection in Chile and Peru fell . The government suspended 87 senior officers on Monday .",
    # a country's word opening a name is a rival for a body every country has (review G)
    "Peruvian President Ana Roe visited Chile . The government suspended 87 senior officers on Monday .",
    # none named
    "Tax collection fell sharply . The government suspended 87 senior officers on Monday .",
])
def test_a_body_every_country_has_stays_without_one_country(text):
    assert headline(LEAD + text, "Monday").startswith("The government")
