"""A holiday naming a kind of goods ("Christmas commodities", "Easter products") is no date, as a holiday naming a
kind of thing ("Christmas trees") already was; "Christmas sales" stay the holiday's time (resources/en.toml)."""

from datetime import date

import pytest

from timeline import extract


def timexes(text, reference=date(2023, 11, 4)):
    return [e.timex for e in extract(text, reference, "en")]


@pytest.mark.parametrize("text", [
    "Exports of Christmas commodities made in the southern province are still in a slump.",
    "Many Easter products failed to meet the new safety standards, the official said.",
])
def test_a_holiday_naming_goods_is_no_date(text):
    assert timexes(text) == []


def test_a_holiday_s_sales_stay_its_time():
    assert timexes("Christmas sales in the port rose by a tenth.") == ["2023-12-25"]


@pytest.mark.parametrize("text", [
    "Pupils at one school were told not to use the word Christmas in their letters.",
    'The council dropped the term "Easter" from its spring leaflets.',
])
def test_a_holiday_named_as_a_word_is_no_date(text):
    assert timexes(text) == []


def test_a_holiday_told_after_words_of_another_kind_stays_its_time():
    assert timexes("The mayor had kind words at Christmas for the volunteers.") == ["2023-12-25"]
