"""Narration in its writer's own voice past its first word: "One story has been prominent in our output".

A signed diary entry or blog post (:mod:`.writer`) speaks in its writer's first person, and a summary that
opens with it is credited to the writer ("Jane Roe: We crossed …"). A clause whose first person comes later
("One story has been prominent in our output", "The line moved slowly and I climbed the stairs") is the
writer's line as much, and names no one a reader knows without the credit. It is the writer's only when the
sentence it is cut from is narration: it holds no quotation mark (a quote is someone else's words, even one
opened after a colon the run leaves out: 'Dr Anna Berg made these comments: "… we expect …') and no verb
of saying ("The minister said we must prepare", "According to Dr Berg …, 'I think …'", "A farmer described how the
river swept away my house", "The agency claimed our figures were wrong": the first person is reported, and
:mod:`.speaker` credits it; the words that credit a line as :mod:`.uncredited` reads them: ``[headline] speech``,
``announcing``, ``[quote_credit] credit_speech`` and ``[uncredited] saying``).
"""

from __future__ import annotations

from .headline import EDGE, Word, bare
from .headline_words import Lexicon
from .speaker import closes_quote, opens_quote
from .speaker_names import first_person

__all__ = ["in_own_voice"]


def in_own_voice(run: list[Word], sentence: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` holds a first-person word (``[headline] first_person``) and ``sentence`` (the words it is
    cut from) is narration: no quotation mark and no word of saying (see the module's docstring) written small or opening it."""
    texts = [w.text for w in sentence]
    if any(opens_quote(t) or closes_quote(t) for t in texts):
        return False
    # written small, or opening the sentence ("According to the mayor , …"; not "the show Says Who")
    if any((t[:1].islower() or not k) and bare(t) in lex.credit_speech | lex.announcing | lex.saying
           for k, t in enumerate(texts)):
        return False
    # a word in capitals is a name ("US Secretary of State …"), not "us"
    return any(first_person(w.text, lex) and not (len(w.text.strip(EDGE)) > 1 and w.text.strip(EDGE).isupper())
               for w in run)
