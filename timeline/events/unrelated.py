"""Pages unrelated to a folder's story: furniture at the scale of the corpus.

A folder gathered around one story (a scrape of a topic) may hold long
pages that only touch it: a genealogy forum, a week of radio listings, a
page of idioms that mention the story's name once in two thousand lines.
Each of their dates would become an event. A folder *has* a story when some
names appear in most of its articles (``FOLDER_SHARE``); a page is unrelated
when it is long (``MIN_SENTENCES``: silence on the story in a short article
may be chance, and a short side story costs little) and hardly any of its
sentences name the story (under ``MAX_DENSITY``: a week of radio listings
names a Michael or a Murray in 1-5% of its lines by chance, a page about the
story in far more). A corpus of many stories
(a news agency's feed) has no such names, and no page is unrelated in it.
A side story told in its own article names the story's people, so it stays.

The same story words (:func:`story_words`, computed once per build) say
which mentions count toward an event's importance (``importance.Copies``).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from ..model import Article, Mention
from ..temporal import load_grammar
from ..temporal.sentences import sentence_bounds

#: the share of a folder's articles a name must appear in to be the folder's story
FOLDER_SHARE = 0.8
#: folders with fewer articles are never judged
MIN_ARTICLES = 10
MIN_SENTENCES = 100
MAX_DENSITY = 0.05
REASON = "unrelated"


_WORD = re.compile(r"[^\W\d_]{3,}")


def _names(article: Article) -> set[str]:
    """The article's words that may name a story: names and lower-case words of three letters or
    more ("flu"), but no stopwords, month or weekday names."""
    grammar = load_grammar(article.language)
    calendar = set(grammar.words.get("month", {})) | set(grammar.words.get("weekday", {}))
    return {w for w in map(str.lower, _WORD.findall(article.text)) if w not in grammar.stopwords
            and w not in calendar}


def story_words(articles: list[Article]) -> tuple[str, ...]:
    """The words that name the story most of ``articles`` tell (in ``FOLDER_SHARE`` of them), in
    order; none in a folder of fewer than ``MIN_ARTICLES`` or a feed of many stories."""
    if len(articles) < MIN_ARTICLES:
        return ()
    counts = Counter(n for article in articles for n in _names(article))
    return tuple(sorted(n for n, c in counts.items() if c >= FOLDER_SHARE * len(articles)))


def story_pattern(story: tuple[str, ...] | list[str]) -> re.Pattern[str] | None:
    """A pattern finding any of the ``story`` words (whole words, any case), or None for none."""
    if not story:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, story)) + r")(?!\w)", re.IGNORECASE)


def unrelated_articles(articles: list[Article], story: tuple[str, ...] | None = None) -> set[str]:
    """The ids of the long articles that hardly name the story most of ``articles`` tell
    (``story``: their :func:`story_words`, computed here when not given)."""
    pattern = story_pattern(story_words(articles) if story is None else story)
    if pattern is None or len(articles) < MIN_ARTICLES:
        return set()
    unrelated = set()
    for article in articles:
        bounds = sentence_bounds(article.text)
        if len(bounds) < MIN_SENTENCES:
            continue
        naming = sum(1 for start, end in bounds if pattern.search(article.text, start, end))
        if naming < MAX_DENSITY * len(bounds):
            unrelated.add(article.id)
    return unrelated


def mark_unrelated(mentions: dict[str, list[Mention]], unrelated: set[str]) -> dict[str, list[Mention]]:
    """``mentions`` (by article id) with those of the ``unrelated`` articles marked as furniture."""
    return {article_id: [m if m.furniture else dataclasses.replace(m, furniture=REASON) for m in found]
            if article_id in unrelated else found for article_id, found in mentions.items()}
