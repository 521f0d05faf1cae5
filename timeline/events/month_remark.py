"""A month's mention and another article's day act joined through one shared word: two happenings.

A month ("last month", "this month", "in April") holds many of a story's acts, and a reader's remark
dated by it shares a word with one of them by chance ("Last month my cousin was writing her essay" and
"a columnist, writing today in the Courier, has said …": on H1N1_bbc such a pair was judged mixed). So
a month's and a day's mentions whose clauses give no name in common (not even the story's cast or
topic, nor a number) join only when they share at least ``MIN_SHARED`` signs of what was done (content
words and telling numbers, ``shared_words._acts``, of one clause in the other's clause or sentence; a
word common in the collection counts half): "Last month the ministry ordered the schools closed" and
"ordered all schools closed on Tuesday". A shared name leaves the pair to the usual tests: a story's
own happening is told by month and by day with its names ("Jackson died in June 2009", "Jackson died on
25 June 2009"; on MJ_bbc a test counting only names beyond the topic split a dozen such tellings). The
topic's name alone does so only where one of the two dates the topic's own act (``topic_act``): it
stands in most of a folder's clauses ("Tessaro said this month it had begun making an H1N1 vaccine",
"Halvik won an H1N1 vaccine order on Monday"; on H1N1_reuters such a pair was judged mixed).
The weeks and years are ``shared_words._acts_apart``'s.
"""

from __future__ import annotations

from ..model import Mention
from ..temporal import Granularity
from .evidence import Weighed
from .regroup import MIN_SHARED
from .shared_words import _acts, _numbers, _sentence_acts, _signs
from .similarity import Weights
from .topic_act import topic_act


def month_and_day_apart(m: Mention, other: Mention, a: Weighed, b: Weighed, weights: Weights) -> bool:
    """Whether, of two articles' mentions, one reads a month and the other a day, their clauses name no one and
    nothing in common (no name, no number, not even the story's cast or topic) and they share fewer than
    ``MIN_SHARED`` signs of one act: what one clause tells, in the other's clause or sentence (a statement's act
    often stands outside its date's clause: "…, the agency said on Monday"). See the module docstring."""
    if m.article.id == other.article.id or a.language != b.language:
        return False
    grains = {m.expression.granularity, other.expression.granularity}
    if Granularity.MONTH not in grains or min(m.interval.days, other.interval.days) != 1:
        return False
    if _named_alike(m, other, a, b, weights):
        return False  # "Jackson died in June 2009", "Jackson died on 25 June 2009": the topic's own act, named
    dates = _numbers(m.expression.text) | _numbers(other.expression.text)
    acts_a, acts_b = _acts(a, dates, weights), _acts(b, dates, weights)
    shared = (acts_a & acts_b) | (acts_a & _sentence_acts(other)) | (acts_b & _sentence_acts(m))
    return _signs(shared, weights, a.language) < MIN_SHARED


def _named_alike(m: Mention, other: Mention, a: Weighed, b: Weighed, weights: Weights) -> bool:
    """Whether the two clauses give a name (or a number) in common that says they may tell one act: one
    beyond the collection's topic (``Weights.topic``), or the topic's name where one of them dates the
    topic's own act (``topic_act``: "Jackson died in June 2009"). The topic's name alone is in most of a
    folder's clauses ("drugmaker Tessaro said this month it had begun making an H1N1 vaccine", "Halvik
    won an H1N1 vaccine order on Monday": two companies' acts, the flu's name in both)."""
    shared = a.segment_names.weights.keys() & b.segment_names.weights.keys()
    if any(not weights.topic(name) for name in shared):
        return True
    return bool(shared) and bool(topic_act(m, weights) or topic_act(other, weights))
