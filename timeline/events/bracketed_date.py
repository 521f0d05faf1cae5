"""A date inside a bracketed clause of its own dates that aside, not the act of the sentence around it.

"Officials are inspecting every imported goat (some 300 goats were brought in during 2010)": 2010 is the
importing, the inspecting is now; "Experts warned that the strain might spread (both the 1957 and 1968 outbreaks
are thought to have started that way)": the outbreaks are the aside's, the warning is not of 1968. A headline of
the main clause would carry the aside's date.

Read from the sentence's words: the date stands between an opening bracket and its closing one (``(`` ``)`` or the
escapes ``-LRB-`` ``-RRB-`` of tokenised text), the bracket holds a sure verb of its own (an auxiliary, a word of
``verbs`` or of speech: "were", "are", "said"), and the sentence has such a verb before the bracket too, so the
main clause is told outside it. A bracket of a bare date ("the rebels left (Monday) at dawn") or of a phrase
("the fortress (built in 1503)") is no clause of its own: the date may be the main act's, or a noun's that
:mod:`.dependent` reads. Such a mention joins an event others found but makes none alone (``dependent.role`` via
:func:`.anchor_phrase.anchors_main_act`). Words are the language's ``[headline]`` lexicon's.
"""

from __future__ import annotations

import re

from ..temporal import TimeExpression
from .compared import TOKEN
from .headline_words import Lexicon, lexicon

__all__ = ["in_bracket_aside"]

_OPEN = frozenset({"(", "-LRB-"})
_CLOSE = frozenset({")", "-RRB-"})
#: a sentence's end: not an initial's point ("the U.S. envoy")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?](?:\s|$)")
#: characters read either side of the date for its sentence
WINDOW = 600


def _sure_verb(token: str, lex: Lexicon) -> bool:
    """Whether ``token`` is surely a finite verb: lower case, an auxiliary, a word of ``verbs`` or of speech."""
    word = token.lower()
    return token[:1].islower() and (word in lex.auxiliaries or word in lex.verbs or word in lex.speech)


def in_bracket_aside(text: str, language: str, e: TimeExpression) -> bool:
    """Whether ``e`` stands in a bracketed clause of its own after its sentence's main verb (see the module)."""
    lex = lexicon(language)
    if not lex.auxiliaries:
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, e.start - WINDOW), e.start)]
    before = TOKEN.findall(text[ends[-1] if ends else max(0, e.start - WINDOW):e.start])
    opened = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _OPEN or before[k] in _CLOSE), -1)
    if opened < 1 or before[opened] in _CLOSE:
        return False  # no open bracket, or one that opens the sentence
    end = _SENTENCE_END.search(text, e.end)
    after = TOKEN.findall(text[e.end:end.start() if end else e.end + WINDOW])
    closed = next((k for k, t in enumerate(after) if t in _OPEN or t in _CLOSE), -1)
    if closed < 0 or after[closed] in _OPEN:
        return False
    inside = before[opened + 1:] + after[:closed]
    return any(_sure_verb(t, lex) for t in inside) and any(_sure_verb(t, lex) for t in before[:opened])
