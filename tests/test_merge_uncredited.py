"""A mention whose summary speaks for no one (an uncredited "I"/"we" line, or one that speaks to its reader)
makes no event of its own, but joins one that others found; a credited one still makes one
(events/uncredited.py). Invented articles."""

from datetime import date

import pytest

from timeline import build_timeline
from timeline.events.uncredited import speaks_for_no_one
from timeline.model import Article, PublishSource


def article(id_, text, published=date(2015, 5, 12)):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def dated_expressions(timeline):
    return sorted(m.expression.text for e in timeline.events if e.interval is not None for m in e.mentions)


def test_an_uncredited_first_person_line_makes_no_event():
    text = ("Volunteers have been sending their accounts from the valley.\n\n"
            "Tomorrow we will be back at the clinic to finish fitting the new pumps.\n\n"
            "The rain has not stopped.")
    assert "Tomorrow" not in dated_expressions(build_timeline([article("d1", text)]))


def test_a_first_person_told_in_the_passive_is_credited_to_no_one():
    text = ("Nobody in the valley slept much.\n\n"
            "Yesterday I called the desk from the harbour, and I was told to take all the time I needed.")
    assert "Yesterday" not in dated_expressions(build_timeline([article("d6", text)]))


def test_a_line_that_speaks_to_its_reader_makes_no_event():
    text = ("Nobody in the valley slept much.\n\n"
            "Last night you probably checked that your boots were dry for the walk to work.")
    assert "Last night" not in dated_expressions(build_timeline([article("d2", text)]))


def test_a_credited_first_person_line_still_makes_an_event():
    text = ("Volunteers have been sending their accounts from the valley.\n\n"
            'Pumps engineer Lina Vass said: "Tomorrow we will be back at the clinic to finish fitting the pumps."')
    assert "Tomorrow" in dated_expressions(build_timeline([article("d3", text)]))


def test_a_first_person_line_its_sentence_credits_still_makes_an_event():
    for text in ('"Tomorrow we will be back at the clinic to finish fitting the pumps," the charity said.',
                 "Every pump we fitted, our only hope for clean water, could fail tomorrow, engineers warned."):
        found = dated_expressions(build_timeline([article("d5", "Nobody slept.\n\n" + text)]))
        assert "tomorrow" in [e.lower() for e in found]


def test_a_quote_credited_in_the_sentence_before_still_makes_an_event():
    text = ('Nobody slept.\n\n"I wrote the letter because the town needs its ferry," the mayor wrote. '
            '"We promised each other this at the harbour meeting two years ago. We will not give up."')
    assert "two years ago" in dated_expressions(build_timeline([article("d7", text)]))


def test_an_uncredited_line_joins_the_event_a_report_found():
    report = article("r1", "The flood barrier at Norby broke on Monday, the county said.", date(2015, 5, 13))
    diary = article("d4", "Nobody slept.\n\nOn Monday we watched the flood barrier at Norby break.", date(2015, 5, 13))
    timeline = build_timeline([report, diary])
    (event,) = [e for e in timeline.events if any(m.article.id == "r1" for m in e.mentions)]
    assert "we" not in event.summary.split()


def test_what_speaks_for_no_one():
    assert speaks_for_no_one("We will be back at the clinic", "en")
    assert speaks_for_no_one("A group of nurses joined the team so that I could open a ward", "en")
    # inside a clause, "us" may be everyone's: left to the summary's own rules
    assert not speaks_for_no_one("A group of nurses joined the team allowing us to open a ward", "en")
    assert speaks_for_no_one("You probably checked your boots", "en")
    assert not speaks_for_no_one("Lina Vass: We will be back at the clinic", "en")
    assert not speaks_for_no_one("Tom Ek says he is amazed how many people are writing to me", "en")
    assert not speaks_for_no_one("Every pump we fitted could fail, engineers warned", "en")
    assert not speaks_for_no_one("A comet is expected to pass closer to us than the moon", "en")
    assert speaks_for_no_one("Our team left the harbour", "en")
    assert speaks_for_no_one("Vi åker tillbaka till kliniken", "sv")
    assert not speaks_for_no_one("Anna Berg: Vi åker tillbaka till kliniken", "sv")
    assert not speaks_for_no_one("US officials opened the border", "en")
    assert not speaks_for_no_one("The council opened the bridge", "en")


def svenska(id_, text, published=date(2015, 5, 12)):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="sv")


@pytest.mark.parametrize("text, expression", [
    # a verb of saying beyond the headline's few (review F)
    ("The flood reached the valley.\n\nOn Monday we handed out forty tonnes of rice, aid staff tweeted.", "Monday"),
    ("The flood reached the valley.\n\nAccording to the union, we lost two hundred jobs on Monday.", "Monday"),
    # a credit in the next sentence's first words, or a colon lead in the sentence before
    ("The flood reached the valley.\n\nOn Monday we closed all schools in the capital. "
     "So said the education minister, Jane Roe.", "Monday"),
    ("The ministry's statement read in full:\n\nOn Monday we closed all schools in the capital.", "Monday"),
    ("Jane Roe said: We are watching the river closely. On Monday we closed all schools.", "Monday"),
])
def test_a_first_person_line_credited_beside_it_makes_an_event(text, expression):
    assert any(expression in found for found in dated_expressions(build_timeline([article("c1", text)])))


@pytest.mark.parametrize("text, expression", [
    ("The old republic's archive opened.\n\nWorld War I ended on 11 November 1918 in a railway carriage.",
     "11 November 1918"),
    ("The drug maker is hopeful.\n\nThe Phase I trial began on Monday in Velo.", "Monday"),
    ("The cinema is full.\n\nThe film Me Before You opened on Monday in Velo.", "Monday"),
])
def test_a_pronoun_s_word_in_a_name_is_no_speaker(text, expression):
    assert any(expression in found for found in dated_expressions(build_timeline([article("n1", text)])))


def test_a_swedish_line_credited_by_a_verb_of_saying_makes_an_event():
    text = "Floden steg i helgen.\n\nI måndags stängde vi alla skolor i huvudstaden, sade ministern Anna Berg."
    assert any("måndags" in found for found in dated_expressions(build_timeline([svenska("s1", text)])))
    text = "Floden steg i helgen.\n\nBranden släcktes inom 10 min i går kväll."
    assert dated_expressions(build_timeline([svenska("s2", text)]))


def test_someone_else_s_words_in_the_next_sentence_credit_no_one():
    text = ("The flood reached the valley.\n\nOn Monday we carried the last sacks up to the school. "
            "The mayor said the town needs clean water.")
    assert not any("Monday" in found for found in dated_expressions(build_timeline([article("c2", text)])))


@pytest.mark.parametrize("line", [
    '"It could be that we will see more floods in the autumn," he said.',
    '"I do not think anyone should worry about the dam this week."',
    'He smiled. "We are hopeful that the bridge will reopen next month," he said.',
])
def test_an_uncredited_opinion_makes_no_event_even_as_a_quote(line):
    text = "Nobody in the valley slept much.\n\n" + line
    assert not [e for e in build_timeline([article("d9", text)]).events if e.interval is not None]
    # a speaker's own act told beside a hope is a happening (review G)
    acted = ('Nobody in the valley slept much.\n\n"We signed the contract on Monday and we expect the first pumps '
             'soon," the mayor said.')
    assert "Monday" in dated_expressions(build_timeline([article("d10", acted)]))



@pytest.mark.parametrize("line", [
    "Some people told me that they had queued since dawn. On Monday the line moved slowly and I climbed the stairs.",
    "Forecasts are risky, but on the radio on Monday I stuck my neck out and said that a vote was likely.",
])
def test_a_verb_of_saying_the_speaker_hears_or_says_credits_no_one_else(line):
    # "told me", "I … said": the first person's own saying, not a credit naming who "I" is
    text = "Nobody in the valley slept much.\n\n" + line
    assert "Monday" not in dated_expressions(build_timeline([article("d11", text)]))
