"""The credit a sentence gives to the quote that closes in it, and only to that quote.

A quote of several sentences is credited where it closes, in the summary's own sentence ('… for today," said Holm.')
or a later one ('… The port is full," one pharmacist said.',
:mod:`.quoted`). The sentence that closes it may go on with another quote and that quote's own credit: a live
page runs its entries together when their clock stamps open no sentence ('… It is awful ." 1800 "Sometimes the
river wins," writes Tom Holm in the Velbo Post.'). The credit of the next quote is no credit of this one: only the
words from the close up to the next quote's opening mark are read. There, a named speaker ('," said Anna Berg')
credits the quote as :func:`.speaker.quote_speaker` reads it, and so does a speaker the story describes but does not
name, right after the close ('," one pharmacist said', '," said a pharmacist in Velbo': :mod:`.unnamed_credit`),
headline style: "A pharmacist: We ran out of masks".
"""

from __future__ import annotations

from .headline import Word, bare
from .headline_words import Lexicon
from .speaker import closes_quote, opens_quote, quote_speaker
from .unnamed_credit import unnamed_speaker

__all__ = ["closing_credit", "credited_in_run", "inside_quote"]

#: the verb of saying follows the close within this many words ('," a spokesman for Velbo Ferries said')
CREDIT_REACH = 8


def closing_credit(sentence: str, lex: Lexicon) -> str:
    """The speaker ``sentence`` credits the quote it closes to (its first mark closes a quote opened before it; see
    the module's docstring), or ""."""
    texts = sentence.split()
    marks = [k for k, t in enumerate(texts) if opens_quote(t) != closes_quote(t)]
    if not marks or opens_quote(texts[marks[0]]):
        return ""
    close = marks[0]
    reopened = next((k for k in marks[1:] if opens_quote(texts[k])), len(texts))
    own = texts[:reopened]  # not the credit of a quote opened after this one closed
    name = quote_speaker(" ".join(own), lex)
    if name:
        return name
    rest = [Word(t) for t in own[close + 1:close + 1 + CREDIT_REACH]]
    verb = next((k for k, w in enumerate(rest) if w.text[:1].islower() and bare(w.text) in lex.speech), -1)
    return unnamed_speaker(rest, verb, lex) if verb >= 0 else ""


def credited_in_run(run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` holds its own credit before a colon: a verb of saying written small, then a word ending in a
    colon ("Mayor Anna Berg writes in her blog: We have all seen …"); a second credit would name another speaker."""
    verb = next((k for k, w in enumerate(run) if w.text[:1].islower() and bare(w.text) in lex.credit_speech), -1)
    return verb >= 0 and any(w.text.endswith(":") for w in run[verb:])


def inside_quote(run: list[Word], words: list[Word]) -> bool:
    """Whether ``run`` (words of ``words``, a sentence whose one mark closes a quote opened before it) is said before
    that close, all of it: the credit after the close is then the run's. A date cut from the quote's end takes its mark with it
    ('… more hunger [on Monday,"] said Holm'): the gap that ends a clause stands for the close."""
    first = next((k for k, w in enumerate(words) if run and w is run[0]), -1)
    last = next((k for k, w in enumerate(words) if run and w is run[-1]), len(words))
    close = next((k for k, w in enumerate(words) if w.text and closes_quote(w.text) and not opens_quote(w.text)), -1)
    if close < 0:
        close = next((k for k, w in enumerate(words) if w.gap and not w.text and w.ends_clause), -1)
    return 0 <= first < close and last <= close  # not a run that goes on past it ('…," said Anna Berg, the chief')
