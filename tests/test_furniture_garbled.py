"""A page a broken character set garbled into one-letter pieces makes no mention a story counts; prose,
initials and a short page of results stay story (invented pages)."""

from datetime import date

from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource


def reasons(text, language="en"):
    """expression text -> furniture reason (None in the story)."""
    art = Article(id="a", path="a.txt", text=text, published=date(2009, 5, 2),
                  published_source=PublishSource.HEADER, language=language)
    return {m.expression.text: m.furniture for m in extract_mentions(art)}


# letters with diacritics dropped by a wrong encoding leave stray single letters between word pieces
GARBLED = "\n".join([
    "B n h m tr ng c a m t l p h c v a k t th c , c c h c sinh v nh .",
    "Th o m t b o c o m i , b nh d ch n m 1957 l m ch t h ng tr u ng i tr n th gi i .",
    "Ng i d n t i c c t nh m i n b c v n ch a c th v c c n h t r ng .",
    "C c b c s n i r ng b nh s l n r ng trong v i th ng t i , n u kh ng c v c x n .",
])


def test_a_page_of_stray_single_letters_is_garbled_furniture():
    assert reasons(GARBLED)["1957"] == "garbled"


def test_prose_with_initials_and_one_letter_words_stays_story():
    text = "\n".join([
        "J. K. Berg , a teacher in Bergen , said a new school would open in 1957 .",
        "I think it is a good plan , she told a local paper , and a vote is due soon .",
        "The town council agreed to a loan for the building work after a long debate .",
        "A spokesman for the council said a contract would be signed with a local firm .",
        "Work on the site is expected to start in the spring , weather permitting , he said .",
    ])
    assert reasons(text)["1957"] is None


def test_a_short_page_of_results_is_not_judged():
    text = "Results on Saturday :\nBergen 1 Oslo 2\nStord v Voss , Molde v Skien , Lyngen v Alta , Moss v Bodo\n"
    assert reasons(text)["Saturday"] is None

