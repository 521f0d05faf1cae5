"""Whether a run of a summary stops inside a report: after its verb of saying (or a verb's "that") with no
verb of what is reported yet ("X said that three more deaths", "X announced that its chief, …")."""

from __future__ import annotations

from .headline import Lexicon, Word, bare, count, verb_like

__all__ = ["REPORT_SUBJECT", "report_cut", "tells"]

#: a report cut at a comma this many words after its verb is cut in its subject ("announced that its chief, …")
REPORT_SUBJECT = 4


def report_cut(run: list[Word], lex: Lexicon, longest: int = 0) -> bool:
    """Whether ``run`` (cut short) ends on a report whose verb was cut off ("X said that three
    more deaths", "X announced that its chief"): what follows its last verb of saying (or a verb's
    "that") holds no verb (and at most ``longest`` words, when given: a subject, not a whole report)."""
    said = max((k for k, w in enumerate(run) if bare(w.text) in lex.speech and w.text[:1].islower()  # "United States"
                and not (longest and k and _noun_at(run, k, lex))  # "for reports", "in 44 states": nouns
                or bare(w.text) in lex.speech_content and _after_verb(run[:k], lex)), default=-1)  # "announced that"
    reported = [w for w in run[said + 1:] if bare(w.text) not in lex.speech_content]
    if said < 0 or not 0 < count(reported) <= (longest or len(reported)) or tells(reported, lex):
        return False
    # "in 44 states, and three deaths,": a list goes on; "says: `` It 's a flood ,": a quote
    first = bare(reported[0].text)
    return not longest or not (first in lex.conjunctions or first in lex.leading or any(
        w.text[:1] in ":`“\"" or w.text.endswith(":") for w in run[said:said + 3]))


def _noun_at(run: list[Word], k: int, lex: Lexicon) -> bool:
    """Whether the word at ``k`` (a form of a verb of saying) is a noun by the word before it ("for reports")."""
    before = bare(run[k - 1].text)
    # "was reported to be ill": a passive, no report
    return (before in lex.determiners or before in lex.cut_before_phrase or before[:1].isdigit()
            or before in lex.auxiliaries)


def _after_verb(run: list[Word], lex: Lexicon) -> bool:
    """Whether the last word of ``run`` with text (not a cut date's gap) is a lower-case verb ("announced")."""
    last = next((w.text for w in reversed(run) if w.text), "")
    return last[:1].islower() and verb_like(bare(last), lex)


def tells(run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` holds a sure verb: an auxiliary, a verb of the list or a past tense (a word
    ending in "s" may be a plural: "three more deaths", "Haitian lives")."""
    return any(w in lex.auxiliaries or w in lex.verbs or len(w) > 3 and w.endswith(lex.object_endings or ("\0",))
               for w in (bare(word.text) for word in run))
