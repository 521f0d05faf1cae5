"""Two markets' reports of one day are two happenings (``events.markets_apart``); one market's day told
twice is one. Invented markets and figures."""

from datetime import date

from timeline import build_timeline
from timeline.events.markets_apart import sentence_markets
from timeline.model import Article, PublishSource

DAY = date(2011, 3, 9)  # a Wednesday


def article(id_, text, published=DAY):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=published,
                   published_source=PublishSource.HEADER, language="en")


def day_groups(articles):
    timeline = build_timeline(articles)
    return sorted(sorted({m.article.id for m in e.mentions}) for e in timeline.events
                  if e.interval is not None and e.interval.days == 1)


def test_a_market_is_named_before_around_or_after_its_word():
    assert sentence_markets("Share prices rose on the Velmora Stock Exchange on Wednesday.", "en").names == {"velmora"}
    assert sentence_markets("Ostrel's blue-chip share index closed lower on Wednesday.", "en").names == {"ostrel"}
    assert sentence_markets("The Stock Exchange of Karvia ended flat on Wednesday.", "en").names == {"karvia"}
    found = sentence_markets("Velmora's Tarn Quill Index (TQI) rose 12.5 points on Wednesday.", "en")
    assert found.indexes == {"tarn quill", "tqi"} and "velmora" in found.names
    assert not sentence_markets("The index has been falling since Wednesday.", "en").names


def test_two_markets_reports_of_one_day_are_two_events():
    told = [
        article("t1", "Share prices were higher on the Velmora Stock Exchange on Wednesday, with profit-taking "
                      "capping gains in bank shares, brokers said."),
        article("t2", "Share prices on the Velmora Stock Exchange were higher on Wednesday as profit-taking capped "
                      "gains in bank shares, dealers said."),
        article("s1", "Ostrel's blue-chip share index closed 0.4 percent higher on Wednesday, with profit-taking "
                      "capping gains in bank shares, brokers said."),
    ]
    assert day_groups(told) == [["s1"], ["t1", "t2"]]


def test_two_indexes_of_one_place_are_two_events():
    told = [
        article("h1", "Karvia's Tarn Index rose 40.2 points, or 0.9 percent, to close at 4,810.3 on Wednesday."),
        article("h2", "Karvia's Tarn Mainland Enterprises Index rose 40.2 points, or 0.9 percent, to close at "
                      "4,810.3 on Wednesday."),
    ]
    assert day_groups(told) == [["h1"], ["h2"]]


def test_one_markets_day_told_in_other_words_stays_one_event():
    """A retelling naming the market by its index's short form only, and one naming its place and index."""
    told = [
        article("r1", "Karvia shares closed sharply lower on Wednesday with the benchmark Tarn Index (TI) "
                      "losing 41.8 points to end at 2,771.4 points."),
        article("r2", "On Wednesday, the TI lost 41.8 points to end at 2,771.4 points.", date(2011, 3, 10)),
        article("r3", "Karvia's Tarn Index lost 41.8 points on Wednesday to end at 2,771.4 points.",
                date(2011, 3, 10)),
    ]
    assert day_groups(told) == [["r1", "r2", "r3"]]


def test_one_market_at_two_times_of_its_day_is_two_events():
    told = [
        article("m1", "Share prices were higher on the Velmora Stock Exchange on Wednesday morning, with "
                      "profit-taking capping gains in bank shares, brokers said."),
        article("m2", "Share prices on the Velmora Stock Exchange were lower at midday Wednesday as "
                      "profit-taking capped gains in bank shares, brokers said."),
    ]
    assert day_groups(told) == [["m1"], ["m2"]]


def test_an_index_beside_its_places_market_stays_one_event():
    """"Velmora stocks" and "the Quill average" of one close: the index may be that place's market's."""
    told = [
        article("n1", "Velmora stocks closed 2 percent higher on Wednesday as exporters rallied on a weaker "
                      "currency, dealers said."),
        article("n2", "The Quill average closed 2 percent higher on Wednesday as exporters rallied on a weaker "
                      "currency, dealers said."),
    ]
    assert day_groups(told) == [["n1", "n2"]]


def test_names_that_are_one_market_tell_one_markets_day():
    """"Wall Street stocks", "U.S. stocks" and "the Dow Jones Industrial Average" are one market
    (``[market_names] one_market``): one close told in three names is one event."""
    assert sentence_markets("U.S. stocks fell on Wednesday.", "en").names == {"wall street"}
    told = [
        article("w1", "Wall Street stocks closed 1.4 percent lower on Wednesday as lenders slid on fears of "
                      "tighter credit, traders said."),
        article("w2", "U.S. stocks closed 1.4 percent lower on Wednesday as lenders slid on fears of tighter "
                      "credit, dealers said."),
        article("w3", "The Dow Jones Industrial Average closed 1.4 percent lower on Wednesday as lenders slid "
                      "on fears of tighter credit, traders said."),
    ]
    assert day_groups(told) == [["w1", "w2", "w3"]]


def test_an_all_share_index_is_its_places_market():
    """"the Velmora All Share Price Index" names the Velmora market, not a market "Velmora All"."""
    assert sentence_markets("The Velmora All Share Price Index rose on Wednesday.", "en").names == {"velmora"}
