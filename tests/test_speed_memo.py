"""Exact speed-ups of per-token and per-pair work (issue #16): the same answers, worked out once.

Each test builds its own invented text. The signature's token loop is checked against the plain
reading it replaced; the memoised helpers are checked to read an article once where a merge asks
them again for every partner of a mention.
"""

from datetime import date

from timeline.events import headline, places_apart, topical
from timeline.events.similarity import (STEM, Signature, _ACRONYM, _NAME_RUN, _QUOTED, _SENTENCE_START, _TOKEN,
                                        _acronym, _normal, signature)
from timeline.model import Article, Mention, PublishSource
from timeline.temporal import extract, load_grammar


def _plain_signature(text, stopwords, numbers):
    """``signature`` as it read before (one ``_normal`` call per token), names and words both."""
    names, words = set(), set()
    for run in _NAME_RUN.finditer(text):
        parts = run.group().split()
        if 3 <= len(parts) <= 6:
            names.add(_acronym("".join(part[0] for part in parts)))
    for acronym in _ACRONYM.finditer(text):
        if len(acronym.group().rstrip("s")) >= 3:
            names.add(_acronym(acronym.group().rstrip("s")))
    for quoted in _QUOTED.finditer(text):
        if len(quoted.group(1).split()) <= 6:
            names.update(n for n in map(_normal, _TOKEN.findall(quoted.group(1))) if n not in stopwords)
    for match in _TOKEN.finditer(text):
        token = match.group()
        normal = _normal(token)
        value = numbers.get(normal)
        if isinstance(value, int) and value > 1:
            names.add(str(value))
        elif token[0].isdigit():
            names.add(normal)
        elif token[0].isupper() and not _SENTENCE_START.search(text[max(0, match.start() - 4):match.start()]):
            if normal not in stopwords:
                names.add(normal)
        elif len(normal) >= 4 and normal not in stopwords:
            words.add(normal[:STEM])
    return Signature(frozenset(names), frozenset(words - names))


TEXTS = [
    "Harbour pilots in Vellmark said the harbour would reopen. Harbour pilots said seven ferries waited.",
    "The ferries' crews and the ferry's owner met twice; twice they met. Meeting again, they agreed.",
    "Quill's boat sank near Ostrel. quill nets were lost, and Ostrel's mayor said 1,200 nets were lost.",
]


def test_a_signature_reads_every_token_as_before():
    """A lower-case word seen twice, a capitalised word opening a sentence (a word, not a name) and
    one inside it (a name), possessives and numbers: the same names and words as the plain loop."""
    grammar = load_grammar("en")
    numbers = grammar.words.get("number", {})
    for text in TEXTS:
        found = signature(text, grammar.stopwords, numbers)
        assert found == _plain_signature(text, grammar.stopwords, numbers)  # names too: "quill's", "ostrel", "7"
    opening = signature("Meeting in Vellmark, the pilots agreed. Meeting again, they agreed.", grammar.stopwords,
                        numbers)
    assert "meetin" in opening.words and "vellmark" in opening.names and "agreed" in opening.words


def test_bare_is_kept_for_the_words_asked_again():
    headline.bare.cache_clear()
    assert headline.bare("“Harbour,") == "harbour" == headline.bare("“Harbour,")
    assert headline.bare.cache_info().hits == 1


def _mention(text):
    article = Article(id="a1", path="a1.txt", text=text, published=date(2010, 3, 4),
                      published_source=PublishSource.HEADER, language="en")
    e = extract(text, date(2010, 3, 4), "en")[0]
    return Mention(article, e, date(2010, 3, 4), text, 0)


def test_a_mentions_dated_noun_is_read_once_for_all_its_partners(monkeypatch):
    """``topic_noun`` is asked of a mention for each partner it meets: its dated noun is read once."""
    calls = []
    real = topical.dated_noun
    monkeypatch.setattr(topical, "dated_noun", lambda m: calls.append(m) or real(m))
    topical._owned_noun.cache_clear()
    mention = _mention("Survivors of Tuesday's landslide in Vellmark were flown out.")
    first = topical._owned_noun(mention)
    assert topical._owned_noun(mention) == first == (real(mention) or "").lower()
    assert len(calls) == 1


def test_a_clauses_countries_are_read_once():
    places_apart._where.cache_clear()
    clause = "A landslide buried a village in northern Chile"
    assert places_apart._where(clause, "en") == places_apart._where(clause, "en")
    assert places_apart._where.cache_info().hits == 1
