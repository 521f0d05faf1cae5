"""Whether a credit before a quote reaches it across its listener and its time.

A credit right before a quote names its speaker ('Anna Berg said: "We …"', :func:`.speaker.credited`:
at most three words from the verb to the quote). News often puts whom the speaker told and when
between the two: "Anna Berg told Reuters this week , `` We are …", "Anna Berg said on Monday : `` We
…". Without the credit the quote's "we" names no one, so a lead like that credits the quote too,
when the words between the verb and the quote are only such a listener and time: a few words, then a
comma or a colon and the quote's opening mark, with no verb, pronoun, possessive, joining word or
"that" among them ("told reporters he was , `` …" or "said when the ferries stopped , `` …" open a
clause of their own, and the quote may be that clause's).
"""

from __future__ import annotations

import unicodedata

from .headline import bare
from .headline_words import Lexicon

__all__ = ["lead_reaches"]

#: the listener and time between a verb of saying and its quote are at most this many words
#: ("told the BBC World Service on Monday")
LEAD_WORDS = 6


def _opening_mark(text: str) -> bool:
    """Whether ``text`` opens a quote: ``````, a straight double quote or an initial quotation mark of any
    script (Unicode "initial punctuation": “, «), alone or on the quote's first word."""
    return text.startswith(("``", '"')) or bool(text) and unicodedata.category(text[0]) == "Pi"


def lead_reaches(texts: list[str], verb: int, first: int, lex: Lexicon) -> bool:
    """Whether the verb of saying at ``texts[verb]`` credits the quote whose first word is ``texts[first]``
    across the words between them (see the module's docstring)."""
    end = first if _opening_mark(texts[first]) else first - 1
    if end <= verb + 1 or not (end == first or _opening_mark(texts[end]) and len(texts[end]) <= 2):
        return False
    inner = [t for t in texts[verb + 1:end] if t]  # the date, cut from the headline, leaves its words empty
    if not inner:
        return False
    if inner[-1] in (",", ":"):
        inner = inner[:-1]
    elif inner[-1].endswith((",", ":")):
        inner = inner[:-1] + [inner[-1][:-1]]
    else:
        return False
    closed = lex.verbs | lex.auxiliaries | lex.speech | lex.pronouns | lex.possessive_pronouns | lex.subordinators \
        | lex.relative | lex.conjunctions | lex.speech_content
    return 0 < len(inner) <= LEAD_WORDS and not any(
        not bare(t) or bare(t) in closed or t.endswith((",", ";", ":")) for t in inner)
