"""A signed page's writer is not credited with words the sentence reports someone else saying, whatever word
reports them ("described how", "claimed", "argued", "according to"); the writer's own narration still is
(invented sentences). The writer's own narration ("This morning we crossed the river") stays credited to them:
tests/test_summary_own_voice.py."""

import pytest

from test_headlines import headline

SIGNED = "MONDAY 7 SEPTEMBER - JANE ROE "


@pytest.mark.parametrize("sentence", [
    "This morning a farmer , Marie Joseph , described how the river swept away my house .",
    "According to the mayor , this morning the army reached our town .",
    "This morning the agency claimed our figures were wrong .",
    "This morning the minister argued that we must prepare .",
])
def test_reported_words_are_not_the_writers(sentence):
    expression = "This morning" if "This morning" in sentence else "this morning"
    assert not headline(SIGNED + sentence, expression).startswith("Jane Roe:")

