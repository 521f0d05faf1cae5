"""An opening "It" that stands for no one ("It emerged that …", "It was confirmed that …", "It was announced the …")
headlines as the clause after its frame, which has its own subject; the frame stays when that clause names no one
either, is no clause, or the "It" is a real thing."""

import pytest

from test_headlines import LEAD, headline
from timeline.events.impersonal import unframed


@pytest.mark.parametrize("text, expression, expected", [
    ("The harbour board met in the evening. It emerged that the Velora ferry company had cancelled "
     "all crossings on Tuesday.", "Tuesday", "The Velora ferry company had cancelled all crossings"),
    ("Rain fell for a week. It was confirmed that river levels in the valley would rise again on Friday.",
     "Friday", "River levels in the valley would rise"),
    ("Talks went on all night. It was announced the final match of the season was called off on Sunday.",
     "Sunday", "The final match of the season was called off"),
    ("The school stayed shut. It also emerged another school in the town had closed its gates on Monday.",
     "Monday", "Another school in the town had closed its gates"),
])
def test_an_impersonal_frame_gives_way_to_its_clause(text, expression, expected):
    assert headline(LEAD + text, expression).startswith(expected)


@pytest.mark.parametrize("text, expression, start", [
    # the clause after the frame names no one either: the frame stays
    ("Karl Olsen and Tom Berg ran the club. It emerged that he had resigned on Monday.", "Monday", "It emerged"),
    # no clause after the frame ("likely to …")
    ("Many storms hit the coast. It is likely to take until May 2031 before all the roads reopen.", "May 2031", "It is likely"),
    # a frame that only supposes: the clause alone would state it as a fact
    ("Rain fell for a week. It is likely that river levels in the valley will rise again on Friday.",
     "Friday", "It is likely that river levels"),
    ("Rain fell for a week. It appears the river in the valley burst its banks on Friday.", "Friday", "It appears"),
    # the "It" is a real thing: no frame, not replaced by a person
    ("Karl Olsen bought the old ferry last year. It was repainted and relaunched on Monday.", "Monday", "It was"),
])
def test_no_frame_or_no_named_clause_is_left_alone(text, expression, start):
    assert headline(LEAD + text, expression).startswith(start)


def test_frames_are_language_data():
    assert unframed("Det framkom att polisen hade gripit tre män i hamnen", "sv") == "Polisen hade gripit tre män i hamnen"
    # a subordinate clause's word order ("inte hade") is no main clause's
    assert unframed("Det framkom att polisen inte hade gripit någon", "sv").startswith("Det framkom")
    # a name written in capitals is no pronoun ("US" is not "us")
    assert unframed("It emerged US voters backed the plan by a wide margin", "en") == "US voters backed the plan by a wide margin"
    assert unframed("It emerged us voters were wrong about the plan", "en").startswith("It emerged")
    assert unframed("It emerged, forcing the officials to drop the plan", "en").startswith("It emerged")
    assert unframed("It emerged that the council had sold the land", "xx") == "It emerged that the council had sold the land"
