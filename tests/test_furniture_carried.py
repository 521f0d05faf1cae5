"""A page's furniture is found once, while its mentions are extracted, and carried with the article
(``Article.furniture``, also through the cache's form), so that merging does not scan the whole text
again to place its summaries; the places found are the same."""

import dataclasses
from datetime import date

from timeline import build_timeline
from timeline.events import places
from timeline.extraction.extractor import Extractor
from timeline.extraction.furniture import page_furniture
from timeline.model import Article, PublishSource
from timeline.store.serialize import extraction_data, extraction_from

PAGE = ("By Tova Lind, Harbour Times, 3 May 2011\n"
        "Kenyan farmers planted early this year, the ministry said. Many herders moved south.\n\n"
        "The number of cattle sold fell 4 percent on Friday, traders said.\n")


def article(name: str, text: str = PAGE) -> Article:
    return Article(name, f"{name}.txt", text, date(2011, 5, 3), PublishSource.HEADER, "en")


def test_extraction_marks_the_article_with_its_furniture():
    page = article("a")
    mentions = Extractor(None, 1, None).run([page])["a"]
    assert mentions and all(m.article is page for m in mentions)
    assert page.furniture == page_furniture(PAGE, "en") and page.furniture


def test_the_furniture_survives_the_cache_form():
    page = article("a")
    data = extraction_data([], page_furniture(PAGE, "en"))
    again = article("a")
    extraction_from(data, again)
    assert again.furniture == page_furniture(PAGE, "en")
    unknown = article("b")
    extraction_from(extraction_data([], None), unknown)
    assert unknown.furniture is None


def test_a_copy_of_an_article_does_not_keep_furniture_of_another_text():
    page = article("a")
    page.furniture = page_furniture(PAGE, "en")
    assert page == article("a")  # not compared
    assert dataclasses.replace(page, text="Other text.").furniture is None


def test_a_place_is_read_from_the_furniture_given():
    text = "Kenyan farmers planted early.\n\nThe number of cattle sold fell on Friday."
    end = len(text)
    assert places.place_at("en", "", text, end) == "Kenya"
    assert places.place_at("en", "", text, end, page_furniture(text, "en")) == "Kenya"
    # the country's word marked as furniture (as a byline's would be): it places nothing
    assert places.place_at("en", "", text, end, ((0, 6, "byline"),)) == ""


def test_merging_does_not_scan_the_whole_page_again(monkeypatch):
    whole = []  # the texts scanned for every kind of furniture (a dateline's look at the top is cheap)
    real = places.furniture
    monkeypatch.setattr(places, "furniture", lambda text, language, only=None: (
        only is None and whole.append(text)) or real(text, language, only))
    places._index.cache_clear()
    timeline = build_timeline([article("a"), article("b", PAGE.replace("Friday", "Thursday"))])
    assert any(e.summary.startswith("Kenya: ") for e in timeline.events)
    assert PAGE not in whole
