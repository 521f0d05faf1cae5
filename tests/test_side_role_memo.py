"""side_role keeps its answers for the mentions it is asked about; the questions it asks on the way keep
none of their own (each was asked by side_role alone, with the same text and expression: a second memo
per question held every article text again and hashed each expression once more)."""

import pytest

from timeline.events import (anchor_phrase, asked, due_noun, figure_baseline, occasion, pronoun_since, purpose_ahead,
                             reduced_relative, side_nouns, side_part)

QUESTIONS = [asked.asked, reduced_relative.in_reduced_relative, reduced_relative.after_perfect_participle,
             occasion.for_occasion_ahead, side_nouns.dates_side_noun, due_noun.due_noun, purpose_ahead.aim_ahead,
             figure_baseline.compared_figure, pronoun_since.since_pronoun_clause,
             anchor_phrase.anchors_main_act]


def test_side_role_keeps_its_answers():
    assert side_part.side_role.cache_parameters()["maxsize"]


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.__name__)
def test_a_question_of_side_role_keeps_no_memo_of_its_own(question):
    assert not hasattr(question, "cache_info")
