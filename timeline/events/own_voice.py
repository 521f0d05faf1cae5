"""Narration in its writer's own voice past its first word: "One story has been prominent in our output".

A signed diary entry or blog post (:mod:`.writer`) speaks in its writer's first person, and a summary that
opens with it is credited to the writer ("Jane Roe: We crossed …"). A clause whose first person comes later
("One story has been prominent in our output", "The line moved slowly and I climbed the stairs") is the
writer's line as much, and names no one a reader knows without the credit. It is the writer's only when the
sentence it is cut from is narration: it holds no quotation mark (a quote is someone else's words, even one
opened after a colon the run leaves out: 'Dr Anna Berg made these comments: "… we expect …') and no verb
of saying ("The minister said we must prepare", "According to Dr Berg …, 'I think …'": the first person is
reported, and :mod:`.speaker` credits it).
"""

from __future__ import annotations

from .headline import EDGE, Word, bare
from .headline_words import Lexicon
from .speaker import closes_quote, opens_quote
from .speaker_names import first_person

__all__ = ["in_own_voice"]


def in_own_voice(run: list[Word], sentence: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` holds a first-person word (``[headline] first_person``) and ``sentence`` (the words it is
    cut from) is narration: no quotation mark and no verb of saying (``speech``, ``announcing``) written small."""
    texts = [w.text for w in sentence]
    if any(opens_quote(t) or closes_quote(t) for t in texts):
        return False
    if any(t[:1].islower() and (bare(t) in lex.speech or bare(t) in lex.announcing) for t in texts):
        return False
    # a word in capitals is a name ("US Secretary of State …"), not "us"
    return any(first_person(w.text, lex) and not (len(w.text.strip(EDGE)) > 1 and w.text.strip(EDGE).isupper())
               for w in run)
