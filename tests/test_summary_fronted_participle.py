"""A sentence opening with a past participle whose subject is the main clause's ("Asked whether …, Berg said")
is summarised by the main clause: the participle's phrase alone has no subject and no answer (invented sentences)."""

import pytest

from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expected", [
    ("Asked on Tuesday whether the club would sell the striker, manager Ola Berg said the club had no plans "
     "to sell him.", "Manager Ola Berg said the club had no plans to sell him"),
    ("Asked earlier Tuesday whether Lund would sign a deal on fishing quotas, Trade Minister Ola Berg said: "
     '"We will sign when the quotas are fair."', "Trade Minister Ola Berg said: We will sign when the quotas are fair"),
    ("Pressed on Tuesday about the delays, the harbour board promised a new timetable for the ferries.",
     "The harbour board promised a new timetable for the ferries"),
])
def test_a_fronted_participle_is_no_headline_of_its_own(text, expected):
    assert headline(LEAD + text, "Tuesday") == expected
