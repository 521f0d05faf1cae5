"""A date of the figure a reported figure is compared with: the comparison's base, not the act its sentence tells.

Business and statistics copy reports a figure of now against one of before, and the date it carries is
the old figure's: "prices rose 0.1 percent in October from a year earlier", "the surge against 87.9
million euros (103 million dollars) a year earlier was linked to …", "vacancies rose 20 percent over the
full-year figure of 297,186 in 2004", "the budget was up nine percent on the allocation of last year". A
headline made of the main clause ("Prices rose 0.1 percent") happened now; the base date dates nothing
told. :mod:`.dependent` reads a comparison word right before the date after an amount ("down from 3.89
percent last week"), and :mod:`.side_part` a far one after "up from"; this module reads what they miss:

- a word of ``links`` ("from", "against") right before the date, with a word of ``amounts`` (a unit of a figure,
  not of time: "shut for 14 days from Friday" opens a span) at most ``LINK_REACH`` words before it in the clause
  ("0.1 percent in October from");
  not a span opened there ("from May to July": a word of ``span_close`` after the date);
- a word of ``far_cues`` ("against", "percent over") with an amount at most ``AMOUNT_REACH`` words after it, and
  then only noun words, amounts and ``fillers`` ("of", "in") up to the date: the base figure and its period (not
  after one of ``span_open`` right before the date: "compared to 4 percent for the economy from 1995 to 2003" is
  a span both figures share). A cue of ``opposed`` ("against", "versus") tells an opposition as often ("fought
  against 400 rebels near Orsk on Tuesday": the fight's own day); after it the amount must carry a figure's unit
  (a word of ``amounts`` not in ``counts``: "against 87.9 million euros").

A parenthesis (a conversion, "(103 million dollars)") is read through, not as the clause's end. No
auxiliary, subordinator, relative word or verb of saying may stand between the cue and the date: that
would open a clause of its own, whose act the date may tell. Such a mention is a ``BASELINE``: it joins an
event others found but makes none alone (``dependent.role`` via :func:`.side_part.side_role`). The words
are the resource's ``[figure_baseline]`` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..temporal import TimeExpression
from ..temporal.grammar import word_list
from .compared import TOKEN, phrase_set
from .headline import verb_like
from .headline_words import Lexicon, lexicon, resource_table
from .period_base import compared_period

__all__ = ["compared_figure"]

#: tokens of the clause looked back from a date
REACH = 24
#: an amount stands at most this many words before a link right before the date ("0.1 percent in October from")
LINK_REACH = 8
#: an amount stands at most this many words after a far cue ("against 87.9 million euros")
AMOUNT_REACH = 5
_CLAUSE_MARKS = frozenset(",;:.!?\"“”«»—–")
_NUMBER = re.compile(r"\d[\d.,]*")
#: the second half of a quoted range, a token of its own ("1.2860-2870": "1.2860", "-2870")
_RANGE_END = re.compile(r"[-–]\d[\d.,]*")


@dataclass(frozen=True)
class Words:
    """The ``[figure_baseline]`` words of one language (phrases as tuples of lower-case tokens)."""

    links: frozenset[str] = frozenset()
    span_close: frozenset[str] = frozenset()
    span_open: frozenset[str] = frozenset()
    far_cues: frozenset[tuple[str, ...]] = frozenset()
    amounts: frozenset[str] = frozenset()
    fillers: frozenset[str] = frozenset()
    opposed: frozenset[str] = frozenset()
    counts: frozenset[str] = frozenset()
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (no base figure is read) for a language without them."""
    table = resource_table(language, "figure_baseline")
    if not table:
        return Words()
    return Words(links=frozenset(word_list(table, "links")), span_close=frozenset(word_list(table, "span_close")),
                 span_open=frozenset(word_list(table, "span_open")),
                 far_cues=phrase_set(table, "far_cues"), amounts=frozenset(word_list(table, "amounts")),
                 fillers=frozenset(word_list(table, "fillers")), opposed=frozenset(word_list(table, "opposed")),
                 counts=frozenset(word_list(table, "counts")), lex=lexicon(language))


def _clause_before(text: str, e: TimeExpression) -> list[str]:
    """The lower-case tokens of the expression's clause before it (at most ``REACH``), parentheses read through
    and left out: "87.9 million euros (103 million dollars) a year earlier" reads "87.9 million euros"."""
    tokens = TOKEN.findall(text[max(0, e.start - 10 * REACH):e.start])
    clause: list[str] = []
    depth = 0
    for token in reversed(tokens):
        if token == ")":
            depth += 1
        elif token == "(":
            if depth == 0:
                break
            depth -= 1
        elif depth:
            continue
        elif token in _CLAUSE_MARKS or len(clause) == REACH:
            break
        else:
            clause.append(token.lower())
    clause.reverse()
    return clause


def _amount(token: str, w: Words) -> bool:
    return token[:1].isdigit() or token in w.amounts


def _opens_clause(token: str, lex: Lexicon) -> bool:
    """Whether ``token`` opens a clause of its own (an auxiliary, subordinator, relative word or verb of saying)."""
    return token in lex.auxiliaries or token in lex.subordinators or token in lex.relative or token in lex.speech


def _link_after_amount(clause: list[str], after: list[str], span: bool, w: Words) -> bool:
    """"… 0.1 percent in October from | a year earlier": a link right before the date, an amount shortly before it;
    not a span the link opens ("from May | to July", or the expression ``span`` itself: "from | May to July")."""
    if not clause or clause[-1] not in w.links or after[:1] and after[0] in w.span_close or span:
        return False
    lex = w.lex
    for token in reversed(clause[-1 - LINK_REACH:-1]):
        if lex is not None and _opens_clause(token, lex):
            return False
        if token in w.amounts:
            return True  # "0.1 percent", "3 million euros"; not a bare number, a span's "for 14 days from"
    return False


def _far_cue(clause: list[str], w: Words) -> bool:
    """"against 87.9 million euros | a year earlier", "over the full-year figure of 297,186 in | 2004": a cue, an
    amount soon after it, then only noun words, amounts and fillers up to the date."""
    lex = w.lex
    if lex is None:
        return False
    for cue in w.far_cues:
        n = len(cue)
        at = max((k for k in range(len(clause) - n + 1) if tuple(clause[k:k + n]) == cue), default=-1)
        if at < 0:
            continue
        rest = clause[at + n:]
        if rest and rest[-1] in w.span_open:
            continue  # "compared to 4 percent for the economy from [1995 to 2003]": a span both figures share
        amount = next((k for k, t in enumerate(rest) if _NUMBER.fullmatch(t)), -1)  # not "12th-ranked", "1980s"
        if not 0 <= amount <= AMOUNT_REACH or cue[-1] in w.opposed and not _figure_unit(rest, amount, w):
            continue
        if all(_amount(t, w) or t in w.fillers or t in lex.determiners or k and _amount(rest[k - 1], w) and not _opens_clause(t, lex)  # its unit
               or t.replace("-", "").isalpha() and not verb_like(t, lex) and not _opens_clause(t, lex)
               for k, t in enumerate(rest)):
            return True
    return False


def _figure_unit(rest: list[str], amount: int, w: Words) -> bool:
    """Whether the amount at ``rest[amount]`` after an opposing cue is a figure: it carries a figure's unit ("$",
    "percent", "dollars" after a quoted range's "1.2860 -2870"), or a sum's multiplier with a noun after it ("40.2
    million crowns"). "fought against 400 rebels" sets a side against another, "won 2 million votes against 1.5
    million for Smit" a count against a count: the date is the act's."""
    end = amount + 1
    while end < len(rest) and (_amount(rest[end], w) or _RANGE_END.fullmatch(rest[end])):
        end += 1
    run = rest[:end]
    if any(t in w.amounts and t not in w.counts for t in run):
        return True
    noun = rest[end] if end < len(rest) else ""
    return any(t in w.counts for t in run) and noun.isalpha() and noun not in w.fillers


def compared_figure(text: str, language: str, e: TimeExpression, published: date | None = None) -> bool:
    """Whether ``e`` dates the figure a reported figure is compared with (see the module): only a date before the
    news (``published``): a base is an old figure ("tickets costing 45 pounds go on sale from Wednesday",
    "to adopt the euro from January 1" open what is to come)."""
    w = words(language)
    if w.lex is None or published is None or e.interval is None or e.interval.end >= published:
        return False
    clause = _clause_before(text, e)
    after = [t.lower() for t in TOKEN.findall(text[e.end:e.end + 40])[:1]]
    if after and after[0][:1].isdigit():
        return False  # "from third quarter | 2005": the expression is not whole here
    span = "/" in (e.timex or "") or any(t.lower() in w.span_close for t in TOKEN.findall(e.text))
    return _link_after_amount(clause, after, span, w) or _far_cue(clause, w) or compared_period(text, language, e, clause)
