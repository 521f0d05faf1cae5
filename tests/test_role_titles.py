""""The doctor" is the one person the article names with a doctor's title ("Dr Lena Voss"), as "The
president" is the one "President …"; two such names, or none, leave it (invented articles)."""

from test_headlines import headline

ONE = "Dr Lena Voss opened a clinic in Velora in 2001 . Its patients came from the whole valley . "


def test_the_doctor_is_the_one_named_with_a_doctors_title():
    text = ONE + "The doctor officially denied the claims on Tuesday ."
    assert headline(text, "Tuesday").startswith("Dr Lena Voss officially denied the claims")


def test_the_doctors_possessive_is_the_one_named_with_a_doctors_title():
    text = ONE + "The doctor 's clinic was searched by the police on Tuesday ."
    assert headline(text, "Tuesday").startswith("Dr Lena Voss 's clinic was searched") or headline(
        text, "Tuesday").startswith("Dr Lena Voss's clinic was searched")


def test_two_doctors_named_leave_the_doctor():
    text = ONE + "Dr Ivo Marten worked there too . The doctor officially denied the claims on Tuesday ."
    assert headline(text, "Tuesday").startswith("The doctor officially denied")


def test_a_doctor_brought_in_by_a_description_is_not_the_one_with_a_title():
    """"The doctor who treated …" is some doctor; the article's one "Dr X" may be someone else."""
    text = ("Dr Lena Voss , a climate scientist , published a report in 2001 . The doctor who treated the crew "
            "resigned last year . The doctor officially denied the claims on Tuesday .")
    assert headline(text, "Tuesday").startswith("The doctor officially denied")


def test_a_doctor_treating_someone_is_not_the_one_with_a_title():
    text = ("Dr Lena Voss , the hospital's chief executive , spoke in 2001 . The doctor treating the boy said "
            "he was stable . The doctor officially denied the claims on Tuesday .")
    assert headline(text, "Tuesday").startswith("The doctor officially denied")
