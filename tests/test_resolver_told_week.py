"""A writer's own account that opens on a far-off day named in full places its bare weekdays in
that day's week, not in the week before the publish date; without the writer's voice, or once
the account comes back to the publish week, a weekday keeps the past week's day."""

from datetime import date

from timeline import extract

FRI = date(2021, 6, 18)

ACCOUNT = ("Running a bakery was always my plan . Very early on Thursday , May 6 , I unlocked the shop and lit "
           "the ovens . The flour ran out a day later . Monday was the first full week of trading . Then , a "
           "little after noon , the power failed . Saturday at 6 a.m. , my neighbour knocked on the door . ")


def timexes(text):
    return [(e.text, e.timex) for e in extract(text, FRI, "en")]


def test_weekdays_of_an_own_account_lie_in_its_week():
    found = timexes(ACCOUNT)
    assert ("Monday", "2021-05-10") in found
    assert ("noon", "2021-05-10T12:00") in found  # the clock time follows its day
    assert ("Saturday at 6 a.m.", "2021-05-08T06:00") in found  # counted from the account's day, not from Monday


def test_a_telling_day_or_a_quote_keeps_the_past_week():
    found = timexes(ACCOUNT + "The mayor said on Tuesday that shops would reopen . "
                    "My aunt wrote : `` On Sunday we opened the doors again . ''")
    assert ("Monday", "2021-05-10") in found
    assert ("Tuesday", "2021-06-15") in found
    assert ("Sunday", "2021-06-13") in found


def test_no_writer_voice_no_move():
    text = ("The outbreak was first reported on Thursday , May 6 , in the port . "
            "Monday was the first day the schools stayed shut . Saturday at 6 a.m. , the ferry stopped running .")
    found = timexes(text)
    assert ("Monday", "2021-06-14") in found
    assert ("Saturday at 6 a.m.", "2021-06-12T06:00") in found
    # told in the writer's own voice, the same story's weekdays are its week's
    found = timexes(text.replace("in the port", "in the port where I live"))
    assert ("Monday", "2021-05-10") in found


def test_a_near_day_named_in_full_ends_the_account():
    found = timexes(ACCOUNT + "On June 15 I reopened the shop . On Monday the first customers came back .")
    assert ("Monday", "2021-05-10") in found
    assert ("Monday", "2021-06-14") in found


def test_an_acronym_is_no_writer():
    text = ("US : the sailor had reached the harbour on Thursday , May 6 , the port said . "
            "He died in a clinic on Monday night .")
    found = timexes(text)
    assert ("Monday night", "2021-06-14TNI") in found
    found = timexes(text.replace("the port said", "I heard"))
    assert ("Monday night", "2021-05-10TNI") in found


def test_a_title_in_the_first_person_is_no_writer():
    text = ("Released : May 6 , 2021 , in a harbour town . Best songs : I Want You Back , My Way Home . "
            "The band played the songs on Sunday . ")
    assert ("Sunday", "2021-06-13") in timexes(text)
    text = text.replace("in a harbour town", "in a harbour town where I sang")
    assert ("Sunday", "2021-05-09") in timexes(text)


def test_a_day_years_back_opens_no_account():
    assert ("Monday", "2021-06-14") in timexes(ACCOUNT.replace("May 6", "May 6 , 1990"))
    assert ("Monday", "2021-05-10") in timexes(ACCOUNT)


def test_a_day_named_in_full_by_others_ends_the_account():
    found = timexes(ACCOUNT + "The council closed the market on May 12 . The ovens were cold on Sunday .")
    assert ("Monday", "2021-05-10") in found
    assert ("Sunday", "2021-06-13") in found


def test_a_bracketed_label_is_no_writer():
    text = ("Shares have swung since May 6 when the Harbour (I) group left the council . "
            "The council fell on Monday .")
    assert ("Monday", "2021-06-14") in timexes(text)
    assert ("Monday", "2021-05-10") in timexes(text.replace("the Harbour (I) group", "I"))
