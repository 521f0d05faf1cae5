"""A date in the phrase a main clause's act is told from: "since independence in 1947", "a year after joining in 1992".

"India and Pakistan have fought three wars since independence from colonial rule in 1947", "It is the minister's
first visit since taking office last May", "Since joining the trade body in 2001, the country has seen its banks
grow": the date is the independence's, the taking of office's, the joining's, the start of what the main clause
tells up to the news. "She became a monk a year after joining the police in 1992", "He coached the club for five
years before moving to Lisbon in 2005", "A few weeks after taking power on July 31, the general hinted at talks":
the main clause's act is a told span away from the date, which is the gerund's act. A headline of the main clause
is of no day of it either way.

Read from the words before the date, within its clause (no clause mark between): the nearest word of ``since``
followed by a noun phrase or a gerund, or of ``offset_openers`` ("after", "before") right after a word of
``offset_units`` ("a year after") and followed by the same; then up to the date no verb, no relative word, no
subordinator, no conjunction and no word of speech (another clause would hold the date: "since the peg was removed
in 2005" dates the removal, a headline of its own, :mod:`.dated`). A phrase :func:`.dated.dated_noun` makes a
headline of ("since the first tremor on 12 January") keeps it: that event is told. A pronoun's "since" clause is
:mod:`.pronoun_since`'s, a bare "after"/"before" phrase :mod:`.after_phrase`'s, a bracketed clause of its own
:mod:`.bracketed_date`'s. Such a mention joins an event others found but makes none alone (``dependent.role`` via
:func:`.side_part.side_role`). The words are the resource's ``[anchor_phrase]`` table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from datetime import date

from ..temporal import Granularity, TimeExpression, load_grammar
from ..temporal.grammar import GrammarError, word_list
from .after_phrase import after_phrase_date
from .bracketed_date import in_bracket_aside
from .compared import TOKEN
from .dated import dated_noun
from .headline_words import Lexicon, lexicon, resource_table
from .pronoun_since import since_pronoun_clause

__all__ = ["anchors_main_act"]

#: granularities from finest to coarsest: an offset counted in a unit finer than its date stays in the date
_RANK = {g: k for k, g in enumerate(Granularity)}
#: words looked back from the date for the opener ("since independence from British colonial rule in")
REACH = 14
_CLAUSE_MARKS = frozenset(",;:()\"“”«»[].!?-—–")


@dataclass(frozen=True)
class Words:
    """The ``[anchor_phrase]`` words of one language, with its month and weekday names."""

    since: frozenset[str] = frozenset()
    offset_openers: frozenset[str] = frozenset()
    offset_counts: frozenset[str] = frozenset()
    count_links: frozenset[str] = frozenset()
    offset_units: dict[str, Granularity] | None = None
    not_gerunds: frozenset[str] = frozenset()
    since_openers: frozenset[str] = frozenset()
    date_names: frozenset[str] = frozenset()
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (no such phrase is read) for a language without them."""
    table = resource_table(language, "anchor_phrase")
    if not table:
        return Words()
    units = table.get("offset_units", {})
    try:
        grammar = load_grammar(language)
        names = frozenset(w for c in ("month", "weekday") for w in grammar.words.get(c, {}) if w.isalpha())
    except GrammarError:
        names = frozenset()
    return Words(since=frozenset(word_list(table, "since")),
                 offset_openers=frozenset(word_list(table, "offset_openers")),
                 offset_counts=frozenset(word_list(table, "offset_counts")), count_links=frozenset(word_list(table, "count_links")),
                 offset_units={u: Granularity(g) for g in units for u in word_list(units, g)},
                 not_gerunds=frozenset(word_list(table, "not_gerunds")),
                 since_openers=frozenset(word_list(table, "since_phrase_openers")), date_names=names, lex=lexicon(language))


def _gerund(token: str, w: Words) -> bool:
    """Whether ``token`` reads as a gerund ("joining", "taking"), not a noun or preposition ending like one."""
    lex = w.lex
    assert lex is not None
    return (token.isalpha() and token.islower() and token.endswith(lex.participle_endings or ("\0",))
            and token not in w.not_gerunds)


def _verb(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` reads as a finite verb: an auxiliary, a verb of the language's list or a past in
    ``object_endings`` ("was", "began", "re-emerged"; not a plural noun, "customs", "talks", that ends like "says")."""
    return (word in lex.auxiliaries or word in lex.verbs or word in lex.speech
            or len(word) > 3 and word.replace("-", "").isalpha() and word.endswith(lex.object_endings or ("\0",)))


def _opens_phrase(token: str, w: Words, since: bool) -> bool:
    """Whether ``token``, right after the opener, opens a noun or gerund phrase of no headline of its own: a gerund,
    a lower-case noun ("since independence"), or after "since" one of ``since_phrase_openers`` ("its inception", "a
    major quake"); after an offset a determiner too ("a day before the anniversary"). Not a name, which may be a
    clause's subject ("since Israel withdrew") or a boundary of its own ("since November"), nor "the" or a name's
    possessive after "since" ("since the initial deaths in Hong Kong in", "since the state's offensive in"): such a
    phrase is often the event's own headline, its date right."""
    lex = w.lex
    assert lex is not None
    lower = token.lower()
    if since:
        return lower in w.since_openers or token[:1].islower() and lower not in lex.determiners \
            and lower not in lex.possessive_pronouns
    return token[:1].islower()


def _phrase(tokens: list[str], w: Words, since: bool) -> bool:
    """Whether ``tokens`` (from the word after the opener up to the date) are one noun or gerund phrase: none of its
    words after a leading gerund is a verb, a relative word, a subordinator, a conjunction or a verb of speech, and
    none is a year or a month's or weekday's name ("since November on Tuesday": a boundary, then the act's date)."""
    lex = w.lex
    assert lex is not None
    if not _opens_phrase(tokens[0], w, since):
        return False
    rest = tokens[1:] if _gerund(tokens[0], w) else tokens
    for token in rest:
        lower = token.lower()
        if (lower in lex.relative or lower in lex.subordinators or lower in lex.conjunctions or lower in lex.speech
                or token[:1].islower() and _verb(lower, lex) or lower in w.date_names and token[:1].isupper()
                or len(token) == 4 and token.isdigit()):
            return False
    return True


def _offset(tokens: list[str], k: int, w: Words, e: TimeExpression) -> bool:
    """Whether the opener ``tokens[k]`` follows a counted span no finer than the date ("a year after", "a couple of
    days before"; not "the week before", "five days after … in 2005")."""
    if k < 2 or w.offset_units is None or tokens[k].lower() not in w.offset_openers:
        return False
    unit = w.offset_units.get(tokens[k - 1].lower())
    count = tokens[k - 2].lower()
    if count in w.count_links and k >= 3:
        count = tokens[k - 3].lower()
    return (unit is not None and (count in w.offset_counts or count.isdigit())
            and _RANK[unit] >= _RANK.get(e.granularity, 0))


def anchors_main_act(text: str, language: str, e: TimeExpression, published: date | None = None) -> bool:
    """Whether ``e`` dates the phrase the main clause's act is told from, not that act (see the module and
    :mod:`.pronoun_since`); ``published``: a date whose span holds the writing day ("since joining earlier this
    week") holds the act too, and stays its date."""
    if (since_pronoun_clause(text, language, e, published) or after_phrase_date(text, language, e, published)
            or in_bracket_aside(text, language, e)):
        return True
    w = words(language)
    lex = w.lex
    if lex is None or published is not None and e.interval is not None and e.interval.start <= published <= e.interval.end:
        return False  # "since joining earlier this week": the act is of that week too
    before = text[max(0, e.start - 12 * REACH):e.start]
    tokens = TOKEN.findall(before)[-REACH:]
    for k in range(len(tokens) - 2, -1, -1):  # at least one word between the opener and the date
        lower = tokens[k].lower()
        if lower in _CLAUSE_MARKS or tokens[k] in _CLAUSE_MARKS:
            return False
        since = lower in w.since
        if not (since or _offset(tokens, k, w, e)):
            continue
        phrase = tokens[k + 1:]
        first = phrase[0].lower()
        if not (since or _gerund(phrase[0], w) or first in lex.determiners or first in lex.possessive_pronouns):
            return False  # "a year after Smith in 1992": no act of a phrase of its own
        if not _phrase(phrase, w, since):
            return False
        return not dated_noun(before, text[e.end:e.end + 2], lex)  # "since the first tremor on 12 January": told
    return False
