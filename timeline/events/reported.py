"""What a verb of saying reports, as a headline run: whether it stands for its saying's date, and whether
it would read as a claim of fact because no speaker can be credited with it.

A run "reported" here starts right after the language's ``speech_content`` word ("that") in a
sentence's words (see :mod:`.gap`); crediting it to its speaker is :mod:`.speaker`'s.
"""

from __future__ import annotations

from .headline import Word, bare
from .headline_words import Lexicon
from .speaker import reported_clause

__all__ = ["reports_gap", "uncredited_report"]

#: a verb of saying reports what follows its "that" this many words later at most ("told the radio in Bergen that")
SAID_REACH = 12


def _reported_at(words: list[Word], run: list[Word], lex: Lexicon) -> int:
    """Where ``run`` starts in ``words`` when it starts right after a ``speech_content`` word, else -1."""
    at = next((k for k, w in enumerate(words) if run and w is run[0]), -1)
    return at if at > 0 and bare(words[at - 1].text) in lex.speech_content else -1


def reports_gap(words: list[Word], start: int, run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` is what the clause from ``words[start]`` reports after its date ("X told [on
    Tuesday] that | cases have doubled") and can be credited: the saying's date stands for what is said."""
    at = _reported_at(words, run, lex)
    return at > start and any(w.gap for w in words[start:at]) and reported_clause(words, at, run, lex)


def uncredited_report(words: list[Word], run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` is what a verb of saying reports at most ``SAID_REACH`` words before it ("the lawyer said that | X was
    addicted") and no speaker can be credited with it: alone it would state the claim as fact."""
    at = _reported_at(words, run, lex)
    if at < 0:
        return _quote_after_saying(words, run, lex)
    if bare(run[0].text) in lex.person_pronouns:  # "that | she will": named by its speaker (speaker.py)
        return False
    return any(bare(w.text) in lex.speech for w in words[max(0, at - SAID_REACH):at]) and not reported_clause(words, at, run, lex)


#: marks that open a quotation's own words
_QUOTE_MARKS = ('"', "“", "«", "``", "„")


def _quote_after_saying(words: list[Word], run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` starts right after a verb of saying and quotes the speaker's own words ("he said |
    Israel "must be …""): a claim in the speaker's words, which alone would read as fact."""
    at = next((k for k, w in enumerate(words) if run and w is run[0]), -1)
    return (at > 0 and bare(words[at - 1].text) in lex.speech
            and any(w.text.startswith(_QUOTE_MARKS) for w in run))
