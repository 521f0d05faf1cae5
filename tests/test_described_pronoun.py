"""An opening "He"/"She" the story never names takes the description the sentences before gave that person
(timeline/events/described_pronoun.py); two people, or no describing word, leave it."""

import pytest

from test_headlines import headline

LEAD = "Storms hit the coast last week.\n\n"


def test_he_takes_the_description_of_the_one_person_before():
    text = LEAD + ("The Velorian boy had arrived in the border city on 4 April and fell ill four days later, officials "
                   "said. He was later transferred to a hospital in Port Miro, where he died on Monday night.")
    assert headline(text, "Monday night").startswith("The Velorian boy was later transferred to a hospital")


def test_she_goes_back_past_sentences_about_her_to_the_words_that_described_her():
    text = LEAD + ("A 20-year-old Velorian woman infected with the fever has died in Port Miro, the first death. "
                   "The woman, who suffered from asthma, died of a lung illness, the health ministry said. "
                   "She was seven months pregnant when she was admitted to hospital in June. "
                   "She had an emergency operation on Monday after her condition worsened.")
    assert headline(text, "Monday").startswith("The 20-year-old Velorian woman had an emergency operation")


@pytest.mark.parametrize("before", [
    # two people described: which one?
    "The Velorian boy and a 40-year-old man had arrived in the border city on 4 April, officials said.",
    # a woman and a "he": not her
    "A 20-year-old Velorian woman had arrived in the border city on 4 April, officials said.",
    # no word that describes him
    "The boy had arrived in the border city on 4 April, officials said.",
])
def test_he_stays_when_no_one_description_fits(before):
    text = LEAD + before + " He was later transferred to a hospital in Port Miro, where he died on Monday night."
    assert headline(text, "Monday night").startswith("He was later transferred")


def test_he_takes_a_described_official_who_is_the_subject_before():
    text = LEAD + ("The Velorian prime minister arrived in Port Miro on Tuesday after a summit in the north. "
                   "He will leave the city on Thursday.")
    assert headline(text, "Thursday").startswith("The Velorian prime minister will leave the city")


def test_he_stays_when_a_named_person_stands_beside_the_description():
    text = LEAD + ("Tom Berg met the Velorian prime minister in Port Miro on Tuesday after a summit in the north. "
                   "He will leave the city on Thursday.")
    assert headline(text, "Thursday").startswith("He will leave the city")


@pytest.mark.parametrize("before", [
    # the other man is an age noun after "by a"
    "The 40-year-old man was stabbed in the street by a 23-year-old, officials said.",
    # a stranger, a youth: persons all the same
    "The 40-year-old man was stabbed in the street by a masked stranger.",
    "The injured 40-year-old man told officials a youth had attacked him.",
    # the man's own clause has another man as its object
    "The 40-year-old man punched him outside a bar late at night.",
    # the other one is described in the sentence before
    "A 19-year-old student punched a pensioner outside a bar. The elderly man died after the attack.",
])
def test_he_stays_when_another_person_is_described_around_the_one_before(before):
    text = LEAD + before + " He was jailed on Wednesday."
    assert headline(text, "Wednesday").startswith("He was jailed")


def test_a_speaker_credited_in_the_sentence_before_is_no_other_person():
    text = LEAD + ("The ward was shut for a week, a hospital spokesman said. The Velorian boy had arrived in the "
                   "border city on 4 April. He was later transferred to a hospital on Monday night.")
    assert headline(text, "Monday night").startswith("The Velorian boy was later transferred")
