"""Pages unrelated to a folder's story: a source's header and footer name no story, and a short
page that names nothing of it is judged in a large folder (invented articles)."""

from datetime import date

from timeline.events.unrelated import story_words, unrelated_articles
from timeline.model import Article, PublishSource


def article(id_, text):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=date(2011, 3, 4),
                   published_source=PublishSource.HEADER, language="en")


def wire(n):
    """A wire story on the Zorblat fever, with the agency's header and standing footer."""
    return article(f"w{n}", "\n".join([
        f"PORTVILLE -LRB- Wirenews -RRB- - Officials counted {n} new cases on Monday .",
        "The Zorblat fever reached the coast , doctors said .",
        f"Clinic {n} treated patients with the fever virus .",
        "Some patients recovered within a week .",
        "Ask Wirenews about our trading data and research platform -LRB- Editing by Ann Roe -RRB-",
    ]))


def folder(size, *extra):
    return [wire(n) for n in range(size)] + list(extra)


def cv(id_="cv"):
    """A fact box on a company director from another story: eight lines, its dates facts."""
    return article(id_, "\n".join([
        "Mr. Alder was appointed a director of the company on 18 July 2001 .",
        "He was re-designated an executive director on 28 May 2004 .",
        "He holds a degree in accounting from Easton College .",
        "He served as finance officer of a shipping firm from 1990 to 1995 .",
        "He is the sole shareholder of Alder Holdings .",
        "He chairs the audit committee .",
        "He sits on the board of two charities .",
        "He was born in Westbridge in 1962 .",
    ]))


def test_an_agency_name_in_every_header_and_footer_is_no_story_word():
    words = story_words(folder(20))
    assert "zorblat" in words and "fever" in words
    assert not {"wirenews", "lrb", "rrb", "trading", "research"} & set(words)


def test_a_short_page_naming_nothing_of_the_story_is_unrelated_in_a_large_folder():
    assert unrelated_articles(folder(60, cv())) == {"cv"}


def test_a_short_page_is_not_judged_in_a_small_folder():
    assert unrelated_articles(folder(20, cv())) == set()


def test_a_short_page_on_the_story_in_other_words_is_kept():
    # no "Zorblat" and no "fever", but the words that go with them ("virus", "cases", "patients")
    told = article("told", "\n".join(["Health officials said the virus had spread to three more towns ."] * 4
                                     + ["Cases among patients in the clinic rose on Tuesday ."] * 4))
    assert unrelated_articles(folder(60, told)) == set()


def test_a_short_page_naming_the_story_once_is_kept():
    once = article("once", cv().text + "\nHis company donated masks during the Zorblat outbreak .")
    assert unrelated_articles(folder(60, once)) == set()


# -- captions, programme pages, clock stamps, agency credits ---------------------------

def spans(text):
    from timeline.extraction.furniture import furniture

    return {text[s.start:s.end]: s.reason for s in furniture(text, "en")}


def test_a_caption_above_the_dateline_is_furniture():
    text = ("A keeper feeds the otters at Northport zoo May 3 , 2010 .\n"
            "NORTHPORT | Tue May 4 , 2010 9:15 am EDT NORTHPORT -LRB- Wirenews -RRB- - The zoo reopened on Monday .\n")
    found = spans(text)
    assert found.get("A keeper feeds the otters at Northport zoo May 3 , 2010 .") == "caption"


def test_a_sentence_ending_with_a_date_inside_the_story_is_not_a_caption():
    text = ("NORTHPORT -LRB- Wirenews -RRB- - The zoo reopened on Monday .\n"
            "The otters arrived on May 3 , 2010 .\n"
            "Keepers said they were settling in .\n")
    assert "caption" not in spans(text).values()


def test_a_caption_above_an_agency_credit_is_furniture():
    text = "Visitors queue at the museum gate in Easton 12 June 2010 .\nWIRE/Jane Doe The museum reopened on Friday .\n"
    found = spans(text)
    assert found.get("WIRE/Jane Doe") == "credit"
    assert "caption" in found.values()


def test_a_programme_page_listing_is_furniture():
    text = ("Harbour Hour looks at the week's shipping news.\n"
            "Broadcast on Radio North , 4:30 PM Thu , 11 Jun 2009 Available until 12:00 AM Thu , 1 Jan 2099\n")
    assert "schedule" in spans(text).values()


def test_a_clock_and_zone_then_a_date_in_any_words_is_a_stamp():
    text = "Cap nhat : 14:03 GMT - thu tu , 9 thang 9 , 2009\nThe ferry sank on Tuesday .\n"
    assert spans(text).get("14:03 GMT - thu tu , 9 thang 9 , 2009") == "stamp"


def test_captions_are_not_searched_for_on_a_page_with_no_dateline_stamp_or_credit():
    import re

    from timeline.extraction.furniture import Span, _captions

    class Unsearched:
        def finditer(self, text):
            raise AssertionError("searched for captions with no opening to end above")

    text = "The otters arrived on May 3 , 2010 .\nKeepers said they were settling in .\n"
    assert _captions(text, Unsearched(), [Span(0, 4, "comment")]) == []  # type: ignore[arg-type]
    caption = re.compile(r"May 3 , 2010 \.$", re.MULTILINE)
    assert _captions(text, caption, [Span(37, 50, "dateline")]) == [Span(0, 36, "caption")]
