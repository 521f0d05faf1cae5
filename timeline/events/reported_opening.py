"""A reported clause cut after its opening phrase: what was said is left out.

"Correspondents say that with three witnesses already called [on Monday], | the case could go to the jury
…", "Anna Berg said that if the strike spreads, particularly in [the winter], | there will be shortages",
"Dr Lind told police that, on the night of [25 June], | he gave …": a report's "that" opens with a phrase or
a clause of condition or time set before what was said, and what was said comes after the comma. A
run of clauses that stops at that comma tells only the setting ("Correspondents say that with three
witnesses already called"): it is cut mid-sentence, however whole its clauses look. The report is
found by its ``speech_content`` word ("that", after a lower-case word: "say that", "the fact that"; one before a
phrase or a subordinate clause is no relative's nor a determiner's); the opening by the first word after it (one of
the language's ``subordinators``, conditions too, or a preposition of ``cut_before_phrase``); what was
said by the next clause opening with a subject and holding a verb (not of saying: "…, | Anna Berg added" credits
what the run holds).
"""

from __future__ import annotations

from .headline import EDGE, Word, bare, has_predicate, subject_word
from .headline_words import Lexicon

__all__ = ["opening_cut"]


def opening_cut(words: list[Word], spans: list[tuple[int, int]], j: int, run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run``, ending with clause ``j`` before another, stops after the opening phrase or clause of the
    report it holds, before what was said (see the module's docstring)."""
    if not run or j + 1 >= len(spans):
        return False
    texts = [bare(w.text) for w in run]
    that = max((k for k, t in enumerate(texts) if t in lex.speech_content and k and run[k - 1].text[:1].islower()),
               default=-1)
    if that < 0:
        return False
    first = next((t for t in texts[that + 1:] if t), "")
    if not (first in lex.subordinators or first in lex.cut_before_phrase):
        return False  # "said that the town built …": what was said is in the run
    after = [w for w in words[spans[j + 1][0]:spans[j + 1][1]] if w.text.strip(EDGE)]
    if not after or any(bare(w.text) in lex.speech for w in after):
        return False  # "…, | Anna Berg added": a credit, what was said is in the run
    return subject_word(after[0].text, lex) and has_predicate(after, lex)
