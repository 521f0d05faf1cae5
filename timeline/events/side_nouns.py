"""A date of a thing the act is about, not of the act: a reason judged, a forecast's period, a noun in the subject.

Three shapes where the date a sentence carries belongs to a noun or a reason, and the main clause a
headline would tell happened on another day:

- a reason after a verb of judging (``judging_verbs``: "slammed", "praised", "thanked", "blamed") and one of
  ``reason_links`` ("Zawahiri slammed Hamas for recognising Abbas and running in elections last January"): the
  running was in January, the slamming is now. Only a month or coarser, or a date far from the news, and only
  with an act (a gerund) in the reason or a date far back ("criticised the firm for the delays on Monday"
  dates the criticism as often), and no verb of its own clause between the link and the date;
- a forecast's period (``forecast_nouns``: "trimmed its forecast for growth to 2.0 percent in 2007", "raised
  its outlook for 2008"): a year, half or quarter after the noun through "for" (or through "in"/"of" past an
  amount); the trimming is now, the period is what it is about (not a period holding the news: "cut its forecast
  for this year" is of that year too);
- a dated noun inside a subject ("reforms aiming to heal the scars of a crisis in 2001 have helped …"): the
  sentence opens with a noun phrase with no verb of its own (participles and infinitives in it), the date
  closes it through a link ("in", "of"), and one of ``subject_verbs`` follows ("have helped", "is"): the
  crisis is of 2001, the helping is now (only a date far before the news; a past verb after it may tell the same time: "the fire in 2001 killed
  18", so it stays).

A year that names a title, a data set or an occasion (:mod:`.name_year`) and the time a plan is moved from
(:mod:`.moved_time`) are read here too. Such a mention
joins an event others found but makes none alone (``dependent.role`` via :func:`.side_part.side_role`). The
words are the resource's ``[side_nouns]`` table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..temporal import Granularity, TimeExpression
from ..temporal.grammar import word_list
from .compared import TOKEN
from .compared import words as compared_words
from .headline import verb_like
from .headline_words import Lexicon, lexicon, resource_table
from .moved_time import moved_from
from .name_year import names_a_thing
from .present_frame import dates_noun_under_present

__all__ = ["dates_side_noun"]

#: tokens looked back from a date within its clause
REACH = 24
#: at most this many words between a reason's link and its date, a forecast's noun and its period
REASON_WORDS, FORECAST_WORDS = 12, 9
#: a date at least this many days before the news is far from the judging that names it
FAR_DAYS = 300
_CLAUSE_MARKS = frozenset(",;:()\"“”«»—–")
_ENDS = frozenset(".!?")
_COARSE = (Granularity.MONTH, Granularity.QUARTER, Granularity.HALF, Granularity.SEASON, Granularity.YEAR)
_PERIODS = (Granularity.QUARTER, Granularity.HALF, Granularity.YEAR)


@dataclass(frozen=True)
class Words:
    """The ``[side_nouns]`` words of one language."""

    judging_verbs: frozenset[str] = frozenset()
    reason_links: frozenset[str] = frozenset()
    forecast_nouns: frozenset[str] = frozenset()
    period_links: frozenset[str] = frozenset()
    amount_links: frozenset[str] = frozenset()
    subject_verbs: frozenset[str] = frozenset()
    gerund_endings: tuple[str, ...] = ()
    amounts: frozenset[str] = frozenset()
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (nothing is read) for a language without them."""
    table = resource_table(language, "side_nouns")
    if not table:
        return Words()

    def listed(name: str) -> frozenset[str]:
        return frozenset(word_list(table, name))

    return Words(judging_verbs=listed("judging_verbs"), reason_links=listed("reason_links"),
                 forecast_nouns=listed("forecast_nouns"), period_links=listed("period_links"),
                 amount_links=listed("amount_links"), subject_verbs=listed("subject_verbs"),
                 gerund_endings=tuple(word_list(table, "gerund_endings")),
                 amounts=compared_words(language).amounts, lex=lexicon(language))


def _clause_before(text: str, e: TimeExpression) -> tuple[list[str], bool]:
    """The lower-case tokens of the expression's clause before it (at most ``REACH``), and whether the
    clause opens its sentence (no comma or other mark before it)."""
    tokens = TOKEN.findall(text[max(0, e.start - 10 * REACH):e.start])
    clause: list[str] = []
    for token in reversed(tokens):
        if token in _CLAUSE_MARKS or token in _ENDS or len(clause) == REACH:
            clause.reverse()
            return [t.lower() for t in clause], token in _ENDS
        clause.append(token)
    clause.reverse()
    return [t.lower() for t in clause], len(tokens) < REACH


def _clause_verb(t: str, before: str, w: Words) -> bool:
    """Whether ``t`` is a verb that opens a clause of its own (not a gerund, nor a participle read as an
    adjective after a determiner: "the expected rise", nor a hyphened word: "IMF-backed")."""
    lex = w.lex
    if t in lex.auxiliaries or t in lex.verbs or t in lex.speech or t in lex.subordinators or t in lex.relative:
        return True
    return ("-" not in t and t.endswith(lex.object_endings or ("\0",)) and verb_like(t, lex)
            and before not in lex.determiners and before not in lex.possessive_pronouns)


def _free(tokens: list[str], w: Words, start: int = 0) -> bool:
    """Whether ``tokens[start:]`` hold no verb of a clause of their own."""
    return not any(_clause_verb(t, tokens[k - 1] if k else "", w) for k, t in enumerate(tokens) if k >= start)


def _reason(clause: list[str], e: TimeExpression, w: Words, published: date | None) -> bool:
    """A date in a reason after a verb of judging ("slammed Hamas for … running in elections last January")."""
    far = published is not None and e.interval is not None and (published - e.interval.end).days >= FAR_DAYS
    if e.granularity not in _COARSE and not far:
        return False
    link = max((k for k, t in enumerate(clause) if t in w.reason_links), default=-1)
    if link < 1 or len(clause) - link > REASON_WORDS or not any(t in w.judging_verbs for t in clause[:link]):
        return False
    reason = clause[link + 1:]
    gerund = any(t.endswith(w.gerund_endings or ("\0",)) and len(t) > 5 for t in reason)
    return (gerund or far) and not any(t in w.lex.agent for t in reason) and _free(
        [t for t in reason if not t.endswith(w.gerund_endings or ("\0",))], w)


def _forecast_period(clause: list[str], e: TimeExpression, w: Words, published: date | None) -> bool:
    """A year, half or quarter a forecast is for ("its forecast … to 2.0 percent in 2007", "its forecast for 2008";
    a year before the noun, "its 2008 outlook", is read as the noun's already: ``dependent``)."""
    if e.granularity not in _PERIODS or published is not None and e.interval is not None and (
            e.interval.start <= published <= e.interval.end):
        return False  # "cut its forecast for this year": the cutting is of that year too, which dates it right
    at = max((k for k, t in enumerate(clause) if t in w.forecast_nouns), default=-1)
    if at < 0 or len(clause) - at > FORECAST_WORDS or not clause[-1:]:
        return False
    between = clause[at + 1:-1]
    amount = any(t[:1].isdigit() or t in w.amounts for t in between)
    return (clause[-1] in w.period_links or clause[-1] in w.amount_links and amount) and _free(between, w)


def _subject_noun(text: str, clause: list[str], opens: bool, e: TimeExpression, w: Words,
                  published: date | None) -> bool:
    """A date closing a noun phrase that opens its sentence, with one of ``subject_verbs`` after it, and
    ``FAR_DAYS`` or more before the news (not "freedom in the 21st century is …": a time the state told holds in;
    nor "the outbreak of the war on July 12 has prevented talks", months back: the outbreak is the news' story)."""
    lex = w.lex
    if published is None or e.interval is None or (published - e.interval.end).days < FAR_DAYS:
        return False  # "the outbreak of the war on July 12 has prevented …": a happening of the news' own time
    if not opens or len(clause) < 3 or clause[-1] not in lex.dated_noun_link or not _free(clause, w):
        return False
    if clause[0] in lex.determiners and len(clause) < 4 or clause[0] in lex.opening_prepositions:
        return False  # "In 2001 …", "On Monday …": a date of the clause that follows, not of a noun
    after = TOKEN.findall(text[e.end:e.end + 40])[:2]
    verb = next((t for t in after if not t.lower().endswith(lex.adverb_endings or ("\0",))), "")
    return verb in w.subject_verbs


def dates_side_noun(text: str, language: str, e: TimeExpression, published: date | None = None) -> bool:
    """Whether the expression dates a reason judged, a forecast's period or a noun inside the subject, not its
    sentence's act (see the module)."""
    w = words(language)
    if w.lex is None:
        return False
    clause, opens = _clause_before(text, e)
    return (_reason(clause, e, w, published) or _forecast_period(clause, e, w, published)
            or _subject_noun(text, clause, opens, e, w, published)
            or dates_noun_under_present(text, language, e, published)  # "have experience of the flood of 2005"
            or names_a_thing(text, language, e)  # "2009 Pop Star winner Ola Berg", "based on 2009 data"
            or moved_from(text, language, e))  # "to be pushed from the third quarter into the fourth"
