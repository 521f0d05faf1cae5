"""A link between two articles' mentions carried by one chance word: too thin to join a group alone.

``cluster`` joins two groups when at least half the pairs across them are edges (``LINKED_SHARE``),
so a lone mention alike one of a group's two members joins it. Two clauses alike around one word
("planes carrying medical supplies", "the first ship docked, carrying bananas"; "she would meet
officials", "he would meet the former presidents"; "a U.S. traveller", "a warning on travel") are
an edge often enough; when such edges are all that link the mention to the group, the group takes
in another happening of its day. So a join made at exactly the share (no majority of the pairs
alike) needs one of its linking pairs at least to share what was done, not a word by chance
(:func:`thin_link`). A majority of alike pairs needs no more: several tellings alike are no chance.
"""

from __future__ import annotations

from ..model import Mention
from .acts import families
from .evidence import Evidence, Weighed
from .shared_words import _acts, _family_stems, _names_shared, _numbers, _sentence_words
from .similarity import Weights

#: a reading more than this many times another's is coarser (as ``pairs.COARSER``): a name both
#: clauses give does not tie a month's remark to a day's act ("the agency's work this month",
#: "the agency confirmed 15 cases yesterday")
COARSER = 3
#: what two clauses must share at least: two content words or telling numbers ("emerged" and "since",
#: however common in the collection), not one by chance ("carrying")
THIN_WORDS = 2


def thin_link(m: Mention, other: Mention, a: Weighed, b: Weighed, weights: Weights) -> bool:
    """Whether two articles' mentions (weighed as ``a`` and ``b``) share too little of what they
    tell to carry a join alone: no act family of their clauses (``acts.families``: "died" and "the
    singer's death"), no word of such a family, fewer than ``THIN_WORDS`` content words or telling
    numbers in one's clause and the other's clause or sentence, and no name beyond the story's cast, or one given by a
    much coarser reading than the other's (a month's remark naming the agency of a day's act).
    Mentions of one article, and of two languages, are never thin links here (their vetoes are
    ``pairs``')."""
    if m.article.id == other.article.id or a.language != b.language:
        return False
    if not families(m, weights).isdisjoint(families(other, weights)):
        return False
    dates = _numbers(m.expression.text) | _numbers(other.expression.text)
    acts_a, acts_b = _acts(a, dates, weights), _acts(b, dates, weights)
    shared = (acts_a & acts_b) | (acts_a & _sentence_words(other)) | (acts_b & _sentence_words(m))
    if not shared.isdisjoint(_family_stems(m.article.language or "")):
        return False
    if len(shared) >= THIN_WORDS:
        return False
    days = sorted((m.interval.days, other.interval.days))
    return not (days[1] <= COARSER * days[0] and _names_shared(a, b, weights))


class ThinLinks:
    """Whether a linked pair ``(i, j)`` of ``placed`` is a thin link (:func:`thin_link`), each
    mention weighed once (only the pairs of joins at exactly the share are asked)."""

    def __init__(self, placed: list[Mention], weights: Weights):
        self.placed, self.weights = placed, weights
        self.weighed: dict[int, Weighed] = {}

    def __call__(self, pair: tuple[int, int]) -> bool:
        for k in pair:
            if k not in self.weighed:
                self.weighed[k] = Weighed(Evidence.of(self.placed[k]), self.weights)
        i, j = pair
        return thin_link(self.placed[i], self.placed[j], self.weighed[i], self.weighed[j], self.weights)
