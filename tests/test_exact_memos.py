"""Speed-ups of hot word tests of the summaries that must give the very answers of the slower forms they replace
(issue #16: a cold build asks them hundreds of thousands of times; the export stays byte-identical)."""

from dataclasses import replace

from timeline.events import readable, speaker_names
from timeline.events.headline import lexicon


def test_a_word_loses_the_clitics_of_its_own_lexicon_only():
    lex = lexicon("en")
    assert lex.clitics, "the English resource lists clitics"
    assert speaker_names.unclitic("we're", lex) == "we"
    hits = speaker_names._unclitic.cache_info().hits
    assert speaker_names.unclitic("we're", lex) == "we" and speaker_names._unclitic.cache_info().hits == hits + 1
    bare_lex = replace(lex, clitics=frozenset())
    assert speaker_names.unclitic("we're", bare_lex) == "we're"  # the answer is kept per list of clitics
    assert speaker_names.unclitic("we're", lex) == "we"


def _says_nothing_phrase_by_phrase(summary: str, language: str) -> bool:
    """The former form: every phrase compared at every place."""
    told = tuple(w for w in (readable.bare(w) for w in summary.split()) if w)
    if any(told[-len(p):] == p for p in readable._phrases(language, "says_nothing_end")):
        return True
    return any(told[k:k + len(p)] == p for p in readable._phrases(language, "says_nothing")
               for k in range(len(told) - len(p) + 1))


def test_a_summary_that_says_nothing_is_found_as_phrase_by_phrase():
    phrases = [" ".join(p) for p in readable._phrases("en", "says_nothing")]
    assert phrases, "the English resource lists such phrases"
    found, lengths = readable._phrase_set("en", "says_nothing")
    assert found == set(readable._phrases("en", "says_nothing")) and set(lengths) == {len(p) for p in found}
    summaries = [f"The mayor of Quarn {phrases[0]} on the bridge", f"{phrases[-1]}", "Velbo opened a bridge",
                 "", "He said this", "The council said the ferry to Quarn would run again"]
    for summary in summaries:
        assert readable.says_nothing(summary, "en") == _says_nothing_phrase_by_phrase(summary, "en"), summary
    assert readable.says_nothing(summaries[0], "en")
