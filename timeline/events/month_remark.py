"""A month's mention and another article's day act joined through one shared word: two happenings.

A month ("last month", "this month", "in April") holds many of a story's acts, and a reader's remark
dated by it shares a word with one of them by chance ("Last month my cousin was writing her essay" and
"a columnist, writing today in the Courier, has said …": on H1N1_bbc such a pair was judged mixed). So
a month's and a day's mentions whose clauses give no name in common (not even the story's cast or
topic, nor a number) join only when they share at least ``MIN_SHARED`` signs of what was done (content
words and telling numbers, ``shared_words._acts``, of one clause in the other's clause or sentence; a
word common in the collection counts half): "Last month the ministry ordered the schools closed" and
"ordered all schools closed on Tuesday". Any shared name leaves the pair to the usual tests: a story's
own happening is told by month and by day with its names ("Jackson died in June 2009", "Jackson died on
25 June 2009"; on MJ_bbc a test counting only names beyond the topic split a dozen such tellings).
The weeks and years are ``shared_words._acts_apart``'s.
"""

from __future__ import annotations

from ..model import Mention
from ..temporal import Granularity
from .evidence import Weighed
from .regroup import MIN_SHARED
from .shared_words import _acts, _numbers, _sentence_acts, _signs
from .similarity import Weights


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
    if a.segment_names.weights.keys() & b.segment_names.weights.keys():
        return False  # "Jackson died in June 2009", "Jackson died on 25 June 2009": the topic's own act, named
    dates = _numbers(m.expression.text) | _numbers(other.expression.text)
    acts_a, acts_b = _acts(a, dates, weights), _acts(b, dates, weights)
    shared = (acts_a & acts_b) | (acts_a & _sentence_acts(other)) | (acts_b & _sentence_acts(m))
    return _signs(shared, weights) < MIN_SHARED
