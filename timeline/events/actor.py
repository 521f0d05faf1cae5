"""Who a mention's clause says acted, and the cut of a day's group by its actors.

Two articles' clauses that tell one act ("condemned the attack") of one day may still tell two
happenings when each names a different actor as its subject ("Ostrel condemned …", "Vantor's
condemnation …"): :func:`actors_apart`. The actor is the name a clause opens with, before its
first lower-case word (a verb, or the noun of a possessive), past a wire dateline and leading
function words; a clause opening in lower case ("prices in Ostrel rose") names no actor, so it
is never set apart by this test.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..extraction.furniture import CAPITALS
from ..model import Mention
from ..temporal import load_grammar
from ..temporal.grammar import GrammarError, resource_data
from .first_named import listed_words
from .headline_words import lexicon, lowered
from .markets_apart import sentence_markets
from .similarity import STEM, Weights

#: two actors are taken for one when they begin alike this far ("Mexico", "Mexican")
ACTOR_STEM = 5
#: a wire dateline opening a text ("OSTREL, May 3 (Wire) - ", "MALMÖ, Oct 3 (TT) – "): a word in
#: capitals of any of the scripts ``furniture.CAPITALS`` holds, then a dash
_DATELINE = re.compile(rf"^\W*[{CAPITALS}][{CAPITALS}]{{2,}}\b[^\n]{{0,60}}?\s[-–—]+\s")
_TOKEN = re.compile(r"[^\W\d_][\w’'.-]*|\d[\d.,]*|[^\w\s]")
_POSSESSIVE = re.compile(r"[’']s?$")
#: where the mention's own time expression stood in its clause
_DATE = "§"
#: an opening name is the actor of the dated act only when at most this many words stand between it
#: and the date ("Ostrelia condemned the bombing of the embassy on Wednesday"); further on, the date
#: most often dates an act told inside the clause ("Hamas condemned the approval of the agreement that
#: was reached on Tuesday": the agreement's day, not Hamas's act)
ACTOR_REACH = 8


@lru_cache(maxsize=8)
def _function_words(language: str) -> frozenset[str]:
    grammar = load_grammar(language)
    calendar = {w for kind in ("month", "month_name", "weekday", "zone") for w in grammar.words.get(kind, {})}
    return frozenset(grammar.stopwords | grammar.summary_drop_before | grammar.summary_drop_leading | calendar)


def _clause(mention: Mention) -> str:
    """The mention's clause without its own time expression (its sentence when it has no clause)."""
    text = mention.article.text
    start, end = mention.segment if mention.segment != (0, 0) else (
        mention.sentence_start, mention.sentence_start + len(mention.sentence))
    e = mention.expression
    if start <= e.start and e.end <= end:
        return text[start:e.start] + f" {_DATE} " + text[e.end:end]
    return text[start:end]


def actor(mention: Mention, weights: Weights, texts: tuple[str, ...] = ()) -> frozenset[str]:
    """The stems of the name the mention's clause opens with as its subject, or none (see the
    module docstring). Only names (:func:`_a_name`): not "Meanwhile", "Officials"; and not the
    story's cast (``Weights.cast``: the singer of a folder about his death, the agency of a folder
    about a flu), who act in many of its happenings and are named as their subject by habit.
    ``texts``: other articles of its group, whose writing a lone opening word capitalised after a
    lower-case word also makes it a name ("Cobra" opening a sentence is the committee "the
    government's Cobra" another article names: a name that opens every sentence of its own article
    that holds it). Not a run of words ("The Central Bureau"): a body's name made of common words,
    which its own article's writing tells; nor an owner ("India's premier investigating agency": the
    agency acted, which another article names otherwise); nor a word of the language's lists
    (``first_named.listed_words``: "Police arrested …" though another article writes "the city's Police")."""
    text, clause, language = mention.article.text, _clause(mention), mention.article.language
    names = _opening(clause, language)
    if not names or _words_to_date(clause, names[-1]) > ACTOR_REACH:
        return frozenset()
    lone = len(names) == 1 and not _owner(names[0], clause, language) and names[0] not in listed_words(language)
    return frozenset(stem for word in names if not weights.cast(word) and (
        _a_name(word, text, weights)
        or lone and any(_written_as_name(word, other) for other in texts if other is not text))
                     for stem in _stems(word))


def _stems(word: str) -> set[str]:
    """The stems a name is known by: its own and each hyphened part's ("al-Kelmari" is "Kelmari")."""
    return {word[:ACTOR_STEM]} | {part[:ACTOR_STEM] for part in word.split("-") if len(part) >= 3}


def _words_to_date(clause: str, last: str) -> int:
    """How many words stand between the opening name's ``last`` word and the date in ``clause``
    (none when the date comes first: "On Saturday, the agency reported"), past an aside between
    commas right after the name."""
    tokens = _TOKEN.findall(clause)
    if _DATE not in tokens:
        return 0
    date_at = tokens.index(_DATE)
    name_at = next((k for k, word in enumerate(tokens) if _POSSESSIVE.sub("", word.rstrip(".")).lower() == last),
                   date_at)
    start = name_at + 1
    if start < date_at and tokens[start] == ",":  # an aside saying what the name is: "Cobra, the
        # government's emergency committee, is to meet at 11am today" (its words are no distance)
        start = next((k + 1 for k in range(start + 1, date_at) if tokens[k] == ","), start)
    return sum(1 for word in tokens[start:date_at] if word[0].isalpha())


def _a_name(word: str, text: str, weights: Weights) -> bool:
    """Whether ``word`` (lower case), capitalised at a clause's start, is a name: the collection
    never writes it in lower case (``Weights.plain``, which also holds words opening a sentence),
    or its article writes it capitalised after a lower-case word, or (a long word) the collection
    has it as a name at least half as often as at a sentence's start."""
    if not weights.plain(word):
        return True
    if any(_after_lower(text, at) for at in _capitalised_at(word, text)):
        return True
    return len(word) > STEM and 2 * weights.counts.get(word, 0) >= weights.counts.get(word[:STEM], 0)


def _owner(word: str, clause: str, language: str) -> bool:
    """Whether ``clause`` writes ``word`` (lower case) as an owner ("India's", "India 's"), by the
    language's ``possessive_endings``."""
    endings = "|".join(re.escape(e) for e in lexicon(language).possessive_endings)
    return bool(endings) and re.search(rf"{_capital(word)} ?(?:{endings})(?!\w)", clause) is not None


def _capital(word: str) -> str:
    """The pattern of ``word`` (lower case) written capitalised."""
    return re.escape(word[:1].upper() + word[1:])


def _capitalised_at(word: str, text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes ``word`` (lower case) capitalised, as a whole word."""
    return [m.span() for m in re.finditer(rf"(?<![\w-]){_capital(word)}(?![\w-])", text)]


def _after_lower(text: str, at: tuple[int, int]) -> bool:
    """Whether the word at ``at`` stands after one space and a lower-case letter (of any script) or a comma."""
    start = at[0]
    return start >= 2 and text[start - 1] == " " and (text[start - 2].islower() or text[start - 2] in ",;")


def _written_as_name(word: str, text: str) -> bool:
    """Whether ``text`` (another article) writes ``word`` (lower case) capitalised alone mid-sentence: after
    a lower-case word or a comma, and before no capitalised word. The last or first word of a longer
    name ("the Metropolitan Police", "the Police Federation") tells nothing of the word alone."""
    for at in _capitalised_at(word, text):
        before = text[max(0, at[0] - 40):at[0]].split()
        after = re.match(r"[^\S\n]+(\w)", text[at[1]:at[1] + 4])
        if (_after_lower(text, at) and (before[-1][:1].islower() or before[-1] in (",", ";"))
                and not (after and after.group(1).isupper())):
            return True
    return False


@lru_cache(maxsize=1 << 15)
def _opening(clause: str, language: str) -> tuple[str, ...]:
    """The capitalised words (lower case, bare) a clause opens with before its first lower-case
    word that is no function word, past a dateline, function words, punctuation and numbers;
    a possessive ends them ("Ostrel's condemnation": the owner acted)."""
    function = _function_words(language)
    names: list[str] = []
    for word in _TOKEN.findall(_DATELINE.sub("", clause.lstrip(), count=1)):
        bare = _POSSESSIVE.sub("", word.rstrip(".")).lower()
        if not word[0].isalpha():
            if names:
                break
            continue  # punctuation and numbers before the subject ("On Tuesday ,", "In 2009 ,")
        if bare in function:
            if names and not word[0].isupper():
                break
            continue
        if not word[0].isupper():
            break
        if len(bare) < 3 and not word.isupper() or len(bare) < 2:
            continue  # "A top general …": an article, not a name ("UN", "EU" are)
        names.append(bare)
        if _POSSESSIVE.search(word):
            break
    return tuple(names)


def same_subject(m: Mention, other: Mention) -> bool:
    """Whether two clauses open with one subject, told by its head name (the last word of the name
    each opens with, :func:`_opening`, cast or not: "The Red Lantern flew …", "A Red Lantern plane
    landed …"): one actor's two tellings of one act may share nothing else. Not "envoy Ines Marro
    would fly in …" and "the president would meet Tomas Marro …": one name, two roles."""
    a, b = _opening(_clause(m), m.article.language), _opening(_clause(other), other.article.language)
    return bool(a) and bool(b) and a[-1][:ACTOR_STEM] == b[-1][:ACTOR_STEM]


def _named(stems: frozenset[str], sentence: str) -> bool:
    """Whether ``sentence`` names one of the actor ``stems`` anywhere, maybe in a longer form or
    as a hyphened name's part ("al-Kelmari")."""
    said = {stem for w in _TOKEN.findall(sentence) if any(part[:1].isupper() for part in w.split("-"))
            for stem in _stems(_POSSESSIVE.sub("", w.rstrip(".")).lower())}
    return any(s.startswith(t) or t.startswith(s) for s in stems for t in said)


def actors_apart(m: Mention, other: Mention, weights: Weights, texts: tuple[str, ...] = ()) -> bool:
    """Whether two mentions (of one language) each open their clause with a different
    actor, neither named anywhere in the other's sentence: "Ostrel condemned the bombing" and
    "Vantor condemned the bombing" are two happenings, "Ostrel condemned" and "the bombing was
    condemned by Ostrel's leaders" may be one."""
    if m.article.language != other.article.language:
        return False
    first = actor(m, weights, texts)
    if not first:
        return False
    second = actor(other, weights, texts)
    if not second:
        return False
    return not _named(first, other.sentence) and not _named(second, m.sentence)


@lru_cache(maxsize=8)
def _market_words(language: str) -> frozenset[str]:
    """The language's ``[actor] market_words`` ("index", "exchange"), or none."""
    try:
        table = resource_data(language).get("actor", {})
    except GrammarError:
        return frozenset()
    return lowered(table, "market_words")


@lru_cache(maxsize=1 << 14)
def _markets(clause: str, language: str) -> frozenset[str]:
    """The stems of the names a clause gives markets by: the first of the capitalised words right
    before a market word ("the Colombo Stock Exchange", "the key Colombo All Share Price Index",
    "SET index"), past function words ("The")."""
    market, function = _market_words(language), _function_words(language)
    tokens = _TOKEN.findall(clause)
    found: set[str] = set()
    for k, word in enumerate(tokens):
        if word.lower() not in market:
            continue
        run = k
        while run > 0 and tokens[run - 1][:1].isupper() and tokens[run - 1].lower() not in function:
            run -= 1
        names = [_POSSESSIVE.sub("", w).lower() for w in tokens[run:k] if w.lower() not in market]
        if names and len(names[0]) >= 2:
            found |= _stems(names[0])
    return frozenset(found)


def markets_apart(m: Mention, other: Mention) -> bool:
    """Whether two mentions' clauses each name a market (:func:`_markets`), neither named in the
    other's sentence: "Share prices on the Colombo Stock Exchange closed down Thursday" and "the
    Jakarta Stock Exchange ended lower Thursday" are two reports, whoever opens the clause."""
    if m.article.language != other.article.language:
        return False
    first = _markets(_clause(m), m.article.language)
    second = _markets(_clause(other), other.article.language) if first else frozenset()
    return bool(second) and not _named(first, other.sentence) and not _named(second, m.sentence)


def _one_market(m: Mention, other: Mention) -> bool:
    """Whether two mentions' sentences name one market (``markets_apart``'s reader, which knows the
    names that are one market: "Wall Street stocks closed lower", "U.S. stocks closed lower",
    ``[market_names] one_market``): their opening names are then one actor."""
    first = sentence_markets(m.sentence, m.article.language or "").names
    return bool(first) and not first.isdisjoint(sentence_markets(other.sentence, other.article.language or "").names)


def split_by_actor(groups: list[list[Mention]], weights: Weights) -> list[list[Mention]]:
    """Each finished group with a mention of one day (a week's telling joined to it is cut with it) whose every
    mention opens its clause with an actor
    (:func:`actor`) or names a market (:func:`_markets`), cut into the parts whose actors or markets
    are not apart (:func:`actors_apart`, :func:`markets_apart`, within one article too: a digest's
    "Shanghai stock index down", "Shenzhen stock index down"): one act of two actors on one day is
    two happenings. Done last, so a part cut off joins nothing else (a pair's veto, done while
    joining, had let it join a weaker partner instead)."""
    return [part for group in groups for part in _by_actor(group, weights)]


def _by_actor(group: list[Mention], weights: Weights) -> list[list[Mention]]:
    """:func:`split_by_actor` of one group; a name opening a clause is known by the writing of any of
    the group's articles (:func:`actor`'s ``texts``)."""
    if len(group) < 2 or all(m.interval.days > 1 for m in group):
        return [group]  # a day's act, though a week's or a month's telling joined it ("closed this week")
    texts = tuple({m.article.id: m.article.text for m in group}.values())

    def apart(m: Mention, other: Mention) -> bool:
        return actors_apart(m, other, weights, texts) and not _one_market(m, other) or markets_apart(m, other)

    def named(m: Mention) -> bool:
        return bool(actor(m, weights, texts) or _markets(_clause(m), m.article.language))

    return _parts(group, apart) if all(map(named, group)) else [group]


def _parts(group: list[Mention], apart) -> list[list[Mention]]:
    """``group`` cut into the parts joined by pairs not ``apart`` (in the group's order)."""
    part = list(range(len(group)))

    def root(k: int) -> int:
        while part[k] != k:
            k = part[k]
        return k

    for i in range(len(group)):
        for j in range(i + 1, len(group)):
            if root(i) != root(j) and not apart(group[i], group[j]):
                part[root(j)] = root(i)
    parts: dict[int, list[Mention]] = {}
    for k, mention in enumerate(group):
        parts.setdefault(root(k), []).append(mention)
    return list(parts.values())

