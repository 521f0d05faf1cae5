"""A "you" after a verb of saying is the speaker's (a credited quote or reported speech), and "thank you" is a
set phrase: neither is a line speaking to its reader, which is no headline (invented articles)."""

import pytest

from timeline.events.readable import reads_well


@pytest.mark.parametrize("summary", [
    "Halvard Strom said you cannot cross the bay on Tuesday",
    "Mira Solberg told reporters that your permits would be void",
    "The harbour office told skippers you must stay ashore",
    "The choir sang thank you songs at the quay",
])
def test_a_credited_or_set_you_reads_well(summary):
    assert reads_well(summary, "", "en")


@pytest.mark.parametrize("summary", [
    "Everything you hear on the quay is rumour",
    "Your permit may have been voided",
])
def test_a_line_to_the_reader_does_not(summary):
    assert not reads_well(summary, "", "en")
