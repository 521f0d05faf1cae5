"""Whether a later sentence's time is the time of the happening a count names.

A count that names what it is counted from and opens the narrative ("two days after the attack
...") may be placed against the first time of a later sentence, when that sentence tells the same
happening ("... The attack came on Monday"). A later sentence that tells another one says nothing
of it: in "In the tape recorded six weeks before the singer's death, ... The clip, aired in last
week's hearing, was played on Wednesday", six weeks before last week is no date of the recording;
"15 days after the earthquake struck ... elections due on 28 February will be postponed" is no
day of March. So a later sentence past the next one must share a word of the named phrase (four
letters or more, no stopword): else the count is left unplaced, and a reference date makes it the
duration it names (a wrong date is worse than none). The grammar's word classes are not left out:
they hold the very nouns of happenings ("attack", "death") that tie the two sentences.
"""

from __future__ import annotations

import string

from .grammar import Grammar
from .sentences import sentence_breaks, sentence_window

#: What is stripped from a word's edges before it is compared.
PUNCTUATION = string.punctuation + "“”‘’…–—"


def _content_words(text: str, lo: int, hi: int, grammar: Grammar) -> set[str]:
    """The words of ``text[lo:hi]`` that say what happened: lower case, four letters or more, no stopword."""
    words = (w.strip(PUNCTUATION).lower() for w in text[lo:hi].split())
    return {w for w in words if len(w) >= 4 and w.isalpha() and w not in grammar.stopwords}


def tells_the_named_happening(text: str, span: tuple[int, int], phrase_end: int, other: tuple[int, int],
                              grammar: Grammar) -> bool:
    """Whether the time at ``other`` lies in a sentence after that of the count at ``span``, and
    that sentence is the next one (the narrative the count opens goes on: "A day after the awards,
    he wrote again. He sang there on Wednesday night.") or shares a word with the phrase the count
    names (``text[span[1]:phrase_end]``, "the singer's death"): only then may the count be placed against it."""
    own_end = sentence_window(text, span[0], span[1], 0, len(text))[1]
    if own_end > other[0]:
        return False
    lo, hi = sentence_window(text, other[0], other[1], len(text), len(text))
    if sum(own_end <= start < lo for start, _ in sentence_breaks(text)) <= 1:
        return True  # the very next sentence goes on with the narrative the count opens
    return bool(_content_words(text, span[1], phrase_end, grammar) & _content_words(text, lo, hi, grammar))
