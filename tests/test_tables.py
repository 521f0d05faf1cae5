"""A language resource is parsed once per process, however many modules read their cues from it."""

from unittest import mock

from timeline.temporal import clause_cues, narrative_step, past_clause, schedules, tables, weekend_side
from timeline.temporal.grammar import parse_grammar

# An invented resource: a few cues, one rule; enough for each reader to build what it builds.
SOURCE = """
[words.unit]
fortnight = "W"

[cues]
plan_after_pattern = "was meant to"
past = ["went"]
future = ["will"]

[[rules]]
name = "a fortnight"
kind = "duration"
pattern = "a (?P<unit>{unit})"
"""


def test_a_resource_is_parsed_once_for_every_reader():
    with mock.patch.object(tables.tomllib, "loads", wraps=tables.tomllib.loads) as loads:
        grammar = parse_grammar(SOURCE, "xx", frozenset({"duration"}))
        narrative_step._plan(grammar.source)
        past_clause._cues(grammar.source)
        weekend_side._patterns(grammar.source)
        clause_cues._patterns(grammar.source)
        schedules._breaks(grammar.source)
    assert loads.call_count == 1
    assert narrative_step._plan(grammar.source).search("it was meant to open")
