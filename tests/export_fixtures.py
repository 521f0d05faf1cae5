"""A small timeline with titles, links and hostile article text, for the export tests."""

from datetime import date

from timeline import build_timeline
from timeline.model import Article, PublishSource


def hostile_timeline():
    """Two dated articles telling one story (with markup, formulas and a javascript: link in their
    text, titles and urls) and one undated article: a year, late Sep, about 2 Oct, Mon 12 Oct and an
    undated event."""
    articles = [
        Article("a1", "a1.jsonl", "The storm <script>alert(1)</script> hit the coast on Monday. Late last month "
                "the council met about the =SUM(A1) budget. The harbour opened in 2013.",
                date(2020, 10, 15), PublishSource.METADATA, "en", title="Storm <b>hits</b> & café",
                url='https://example.com/a?x=1&y="2"'),
        Article("b2", "b2.jsonl", "The storm *hit* the coast on Monday, officials said. Two weeks ago "
                "[the river](http://evil) rose. The harbour opened in 2013.",
                date(2020, 10, 16), PublishSource.METADATA, "en", title='=HYPERLINK("http://x")',
                url="javascript:alert(1)"),
        Article("c3", "c3.txt", "The mayor resigned two weeks ago.", None, PublishSource.NONE, "en"),
    ]
    return build_timeline(articles)
