"""Pages unrelated to a folder's story: furniture at the scale of the corpus.

A folder gathered around one story (a scrape of a topic) may hold pages
that only touch it: a genealogy forum, a week of radio listings, a page of
idioms that mention the story's name once in two thousand lines, a fact box
on a person from another story. Each of their dates would become an event.

A folder *has* a story when some words appear in the body of most of its
articles (``FOLDER_SHARE``). The body is the article without its first and
last line: a source's header and footer (a dateline's agency name, a
site's standing footer) stand there in nearly every article whatever its
story, so they name no story; nor do a tokeniser's bracket tokens
("-LRB-"). A corpus of many stories (a news agency's feed) has no such
words, and no page is unrelated in it.

A page is unrelated when hardly any of its sentences name the story (under
``MAX_DENSITY``: a week of radio listings names a Michael or a Murray in 1-5%
of its lines by chance, a page about the story in far more). A long page
(``MIN_SENTENCES``) is judged in any judged folder; a shorter one
(``MIN_SHORT_SENTENCES`` or more) only in a large folder (``MIN_ARTICLES_SHORT``,
where the story's words are well measured), only when it names none of them at
all (silence in a short article may be chance, so one naming sentence keeps it),
and only when under ``SHORT_DENSITY`` of its sentences use a word that goes with
the story (``RELATED_SHARE``: "virus" for "flu"): a report on the story that never
writes its name still uses its words.
A side story told in its own article names the story's people, so it stays.

The same story words (:func:`story_words`, computed once per build) say
which mentions count toward an event's importance (``importance.Copies``).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import Iterable

from ..model import Article, Mention
from ..temporal import load_grammar
from ..temporal.grammar import phrase_pattern
from ..temporal.sentences import sentence_bounds

#: the share of a folder's articles whose body must hold a word for it to be the folder's story
FOLDER_SHARE = 0.8
#: folders with fewer articles are never judged
MIN_ARTICLES = 10
#: a page of this many sentences is judged in any judged folder
MIN_SENTENCES = 100
#: folders with at least this many articles also judge shorter pages ...
MIN_ARTICLES_SHORT = 50
#: ... of at least this many sentences, unrelated only if no sentence names the story
MIN_SHORT_SENTENCES = 8
MAX_DENSITY = 0.05
#: the share of the story's articles a word must appear in to go with the story (short pages)
RELATED_SHARE = 0.5
#: a short page naming no story word is unrelated when under this share of its sentences name related ones
SHORT_DENSITY = 0.2
REASON = "unrelated"


_WORD = re.compile(r"[^\W\d_]{3,}")
#: a tokeniser's bracket token ("-LRB-", "-RCB-"): no word of the text
_BRACKET = re.compile(r"(?<!\S)-[A-Z]{3}-(?!\S)")


def _body(text: str) -> str:
    """``text`` without its first and last non-empty line (its header and footer), if it has three or more."""
    lines = [line for line in text.splitlines() if line.strip()]
    return "\n".join(lines[1:-1]) if len(lines) >= 3 else text


def _names(text: str, language: str) -> set[str]:
    """The words of ``text`` that may name a story: names and lower-case words of three letters or
    more ("flu"), but no stopwords, month or weekday names, or bracket tokens."""
    grammar = load_grammar(language)
    calendar = set(grammar.words.get("month", {})) | set(grammar.words.get("weekday", {}))
    return {w for w in map(str.lower, _WORD.findall(_BRACKET.sub(" ", text))) if w not in grammar.stopwords
            and w not in calendar}


def _shares(names: Iterable[set[str]]) -> Counter[str]:
    """In how many of ``names`` each word is. Taken one article's words at a time: the words of a
    whole corpus held at once, a set for each article, took a tenfold corpus's build a third of a GB."""
    shares: Counter[str] = Counter()
    for found in names:
        shares.update(found)
    return shares


def story_words(articles: list[Article]) -> tuple[str, ...]:
    """The words that name the story of ``articles``, in order: in ``FOLDER_SHARE`` of them, and in
    the body of at least half of those (a word a source writes only in its header or footer names no
    story); none in a folder of fewer than ``MIN_ARTICLES`` or a feed of many stories."""
    if len(articles) < MIN_ARTICLES:
        return ()
    whole = _shares(_names(a.text, a.language) for a in articles)
    body = _shares(_names(_body(a.text), a.language) for a in articles)
    return tuple(sorted(n for n, c in whole.items() if c >= FOLDER_SHARE * len(articles) and 2 * body[n] >= c))


def _related_words(bodies: Iterable[set[str]], story: tuple[str, ...]) -> set[str]:
    """Words that go with the story: in the body of ``RELATED_SHARE`` of the articles naming it and at
    least twice as often there as in the others ("virus" for "flu"; "people" goes with any story).
    ``bodies`` are counted as they come (see :func:`_shares`)."""
    in_naming: Counter[str] = Counter()
    in_others: Counter[str] = Counter()
    naming = others = 0
    for body in bodies:
        if any(w in body for w in story):
            in_naming.update(body)
            naming += 1
        else:
            in_others.update(body)
            others += 1
    return {w for w, c in in_naming.items() if c >= RELATED_SHARE * naming
            and c * max(1, others) >= 2 * in_others[w] * naming}


def story_pattern(story: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern finding any of the ``story`` words (whole words, any case), or None for none."""
    return phrase_pattern(story)


def unrelated_articles(articles: list[Article], story: tuple[str, ...] | None = None) -> set[str]:
    """The ids of the articles that hardly name the story most of ``articles`` tell
    (``story``: their :func:`story_words`, computed here when not given)."""
    story = story_words(articles) if story is None else story
    pattern = story_pattern(story)
    if pattern is None or len(articles) < MIN_ARTICLES:
        return set()
    short_too = len(articles) >= MIN_ARTICLES_SHORT
    related = story_pattern(set(story) | _related_words((_names(_body(a.text), a.language) for a in articles),
                                                        story)) if short_too else pattern
    unrelated = set()
    for article in articles:
        bounds = sentence_bounds(article.text)
        if len(bounds) >= MIN_SENTENCES:
            naming = sum(1 for start, end in bounds if pattern.search(article.text, start, end))
            if naming < MAX_DENSITY * len(bounds):
                unrelated.add(article.id)
        elif short_too and len(bounds) >= MIN_SHORT_SENTENCES and not pattern.search(article.text):
            text = _BRACKET.sub(lambda m: " " * len(m.group()), article.text)  # the bounds still hold
            if sum(1 for start, end in bounds if related.search(text, start, end)) < SHORT_DENSITY * len(bounds):
                unrelated.add(article.id)
    return unrelated


def mark_unrelated(mentions: dict[str, list[Mention]], unrelated: set[str]) -> dict[str, list[Mention]]:
    """``mentions`` (by article id) with those of the ``unrelated`` articles marked as furniture."""
    return {article_id: [m if m.furniture else dataclasses.replace(m, furniture=REASON) for m in found]
            if article_id in unrelated else found for article_id, found in mentions.items()}
