"""What a summary's verb of saying reports: whole, with its quote marks, or not at all.

A run of clauses that ends inside what its last verb of saying reports drops what was said: "X
says: For the second time in two days" (the colon's first phrase, before the comma that opens its
clause), "X tells the BBC that the aircraft carrier" (an aside's comma after the reported subject).
:func:`cut_in_report` tells such a run, so a whole one is preferred.
"""

from __future__ import annotations

from .headline import Lexicon, Word, bare, has_predicate

__all__ = ["cut_in_report", "only_credit", "said_where"]

_OPEN = {"``", "“", "«"}
#: a quote mark this many words from its verb of saying belongs to what the verb reports
NEAR = 6


def cut_in_report(run: list[Word], goes_on: bool, lex: Lexicon) -> bool:
    """Whether ``run`` stops inside what its last verb of saying reports: the verb opens its report
    (a colon, an opening quote right after it or its colon, or a word of ``speech_content`` after it;
    not a quote inside the report: 'says poverty is "an embarrassment …'') and the report holds no
    sure verb of its own, while the sentence goes on after the run (``goes_on``)."""
    verbs = lex.speech | lex.announcing  # once, not per word
    verb = max((k for k, w in enumerate(run) if bare(w.text) in verbs and w.text[:1].islower()),
               default=-1)  # "warned that the United States | and …": a report cut before its verb
    if verb < 0 or not goes_on:
        return False
    opened = next((k for k in range(verb, min(len(run), verb + NEAR + 1)) if run[k].text.endswith(":")
                   or run[k].text in _OPEN and (k == verb + 1 or run[k - 1].text.endswith((":", ","))) or k > verb and bare(run[k].text) in lex.speech_content
                   and run[k].text[-1:].isalpha()), -1)
    if opened < 0:
        return False
    report = [w for w in run[opened + 1:] if w.text not in _OPEN]
    while report and not any(c.isalnum() for c in report[-1].text):
        report = report[:-1]
    # a present tense reads as a verb before what it takes ("China gives priority"), not as the
    # report's last word, where it is a plural ("For the second time in two days")
    return bool(report) and not _sure_verb(report, lex) and not has_predicate(report[:-1], lex)


def _sure_verb(words: list[Word], lex: Lexicon) -> bool:
    """Whether ``words`` hold a lower-case word that is surely a verb: an auxiliary, one of the
    language's verbs or a past tense, or a clitic after a pronoun ("it 's"); "two days" reads as a verb by its ending, but is a plural."""
    if any(bare(a.text) in lex.pronouns and b.text.lower() in lex.clitics for a, b in zip(words, words[1:])):
        return True  # "It 's a mass grave"
    return any(w.text[:1].islower() and (b in lex.auxiliaries or b in lex.verbs or len(b) > 3
                                         and b.endswith(lex.object_endings or ("\0",)))
               for w, b in ((w, bare(w.text)) for w in words))


def only_credit(run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` is a credit and nothing else: its first verb of saying or announcing (``speech``,
    ``announcing``) has nothing after it but, past a comma, a participle's aside (", describing it as …") or a
    subordinate clause (", as tests showed …"; not "that", which opens what was said), and nothing before it tells a
    predicate ("a top think-tank said" of "X has failed …, a top think-tank said [Tuesday]"). What was said is in the
    sentence's other run, which tells the news; the credit alone tells nothing."""
    verbs = lex.speech | lex.announcing
    # the credit's own verb is its first: a later one is the aside's (", as engineers warned of cracks")
    verb = next((k for k, w in enumerate(run) if bare(w.text) in verbs and w.text[:1].islower()), -1)
    if verb < 1 or _sure_verb(run[:verb], lex):
        return False
    after = [w for w in run[verb + 1:] if any(c.isalnum() for c in w.text)]
    if not after:
        return True
    between = run[verb:next(k for k, w in enumerate(run) if w is after[0])]
    comma = any(w.text.endswith(",") or w.gap and w.ends_clause for w in between)  # "said [Friday] ,"
    first = bare(after[0].text)
    aside = comma and after[0].text[:1].islower() and first not in lex.speech_content and (
        first.endswith(lex.participle_endings or ("\0",)) or first in lex.subordinators)
    return aside


def said_where(verb: list[Word], said: list[Word], lex: Lexicon) -> bool:
    """Whether ``said``, what follows the verb of saying ``verb`` (its last word, after the word before it), only tells where or when it was said: it opens
    with a preposition (``cut_before_phrase``: "at the opening of a weekly council meeting", "in a statement on its
    website") and holds no verb, no colon and no quote. Such a credit says nothing however long its phrases run,
    so the quote or clause it credits tells the news ('"We will open talks," X said at the opening of …'). Only
    after a past form ("said", "announced"): a word in "-s" is as often a noun ("widespread reports in the past
    year of resistance") as a verb; not after an auxiliary, a passive ("could be added to the mix"), no saying."""
    said_verb = bare(verb[-1].text)
    if (not (said_verb in lex.verbs or said_verb.endswith(lex.object_endings or ("\0",)))
            or len(verb) > 1 and bare(verb[0].text) in lex.passive):
        return False
    counted = [w for w in said if any(c.isalnum() for c in w.text)]
    first = bare(counted[0].text) if counted else ""
    if first not in lex.cut_before_phrase or first in lex.infinitive or not counted[0].text[:1].islower():
        return False
    return not any(w.text.endswith(":") or w.text in _OPEN or bare(w.text) in lex.speech_content for w in said
                   ) and not _sure_verb(counted, lex)
