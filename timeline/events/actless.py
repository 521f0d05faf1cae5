"""A sentence that tells no act: no verb and no word of a happening.

"That's all for today." and "ET on May 8, 2009 by dialing 1-800-…" date no happening; "The 2003 Sars
outbreak." and "Born: 3 March 1962" do (a nominal happening is one, and so is a fact box). A mention
in a sentence with no verb (a lower-case word that reads as one by the ``[headline]`` endings and
lists, or one of ``[dependent]`` ``plain_verbs``: "took", "get"; an infinitive "to see"; one of
``contractions``: "'re"; or any lower-case word not known as no verb by ``not_verbs``, the
stopwords, a determiner before it or a stopword before a gerund: "swept", "march") and no word of
``[dependent]`` ``act_words`` or of ``[acts]`` ``families`` ("outbreak", "election", "died") is ``dependent.NO_ACT``: it may join an event others found, and
alone makes none. A chronology's item or a table's row ("8 Feb 1843 : Leeward Islands", "Oct 1994
Nippon Mortgage 518.49 finance": the date opens the sentence) lists a happening by its place
alone, and a heading or a piece of a sentence split at a decimal point ("96 on Wednesday.") may
have its verb elsewhere: they stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..temporal import load_grammar
from ..temporal.grammar import GrammarError, resource_data, word_list
from .headline import bare, verb_like
from .headline_words import Lexicon, lexicon

__all__ = ["actless"]

@dataclass(frozen=True)
class _Words:
    acts: frozenset[str]
    verbs: frozenset[str]
    infinitive: frozenset[str]
    lex: Lexicon
    known: frozenset[str]  # words known as no verb: [dependent] not_verbs and the stopwords
    contractions: frozenset[str]


@lru_cache(maxsize=None)
def _words(language: str) -> _Words | None:
    try:
        data = resource_data(language)
    except GrammarError:
        return None
    table = data.get("dependent", {})
    if not table.get("act_words"):
        return None  # a language without the lists says nothing of acts
    acts = {w.lower() for family in data.get("acts", {}).get("families", []) for w in family}
    lex = lexicon(language)
    return _Words(acts=frozenset(acts | {w.lower() for w in word_list(table, "act_words")}),
                  verbs=frozenset(w.lower() for w in word_list(table, "plain_verbs")),
                  infinitive=lex.infinitive, lex=lex, contractions=frozenset(word_list(table, "contractions")),
                  known=frozenset({w.lower() for w in word_list(table, "not_verbs")} | load_grammar(language).stopwords))


def _has_verb(tokens: list[str], w: _Words) -> bool:
    """Whether ``tokens`` may hold a verb: a word that reads as one, or any lower-case word not known
    as none (see ``[dependent] not_verbs``): only positive evidence makes a sentence verbless."""
    lex = w.lex
    for k, token in enumerate(tokens):
        core = bare(token)
        if token in w.contractions or core in w.verbs and (k == 0 or token[:1].islower()):
            return True  # "Did you get …": an auxiliary opening a question
        prev = bare(tokens[k - 1]).lower() if k else ""
        core = core.rsplit("-", 1)[-1]  # "re-emerged"
        if not token[:1].islower() or not core.isalpha():
            continue
        if prev in lex.infinitive:
            return True  # "to see the next day"
        if prev in lex.determiners or prev in lex.possessive_pronouns:
            continue  # a noun's phrase: "the number"
        gerund = core.endswith(lex.participle_endings or ("\0",)) and prev in w.known  # "by dialing"
        if verb_like(core, lex) or not (core.lower() in w.known or gerund):
            return True  # "swept", "march": a word that may be a verb
    return False


@lru_cache(maxsize=1 << 14)  # asked of each mention by the merge, its evidence and its event
def actless(sentence: str, opens: bool, following: str, language: str) -> bool:
    """Whether ``sentence`` tells no act: no verb and no word of a happening. Only a whole sentence is
    judged (a capital first, a stop last, three words or more), and none whose date ``opens`` it (a
    chronology's item, a table's row: "8 Feb 1843 : Leeward Islands"); ``following``, the text
    right after the date, is kept for the caller's key."""
    w = _words(language)
    tokens = sentence.split()
    if (w is None or opens or len(tokens) < 3 or not tokens[0][:1].isupper() or tokens[-1][-1:] not in ".!?"
            or "." in tokens[-1][:-1]):  # "At 5 p.m.": split at an abbreviation, its verb in the next piece
        return False  # a chronology's item or a table's row opens with its date; a heading, or a
        # piece of a sentence split at a decimal point ("96 on Wednesday."), may have its verb elsewhere
    # a word of a happening in lower case, or opening the sentence ("Born : …"; not the month "March")
    return not _has_verb(tokens, w) and not any(bare(t) in w.acts and (k == 0 or t[:1].islower())
                                                 for k, t in enumerate(tokens))
