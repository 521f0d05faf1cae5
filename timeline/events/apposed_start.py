"""A clause that is an apposition set off by commas is no place for a headline to start.

"She went to the clinic in Velbo, the state capital, [on 8 March] but died five days later", "The vote, the
third [this year], marks a new start", "Ola Lind, the town's mayor until she retired [in 1994], would have been
85": the clause between the commas is a noun phrase that describes the word before it, and the predicate after
it is that word's. A headline that starts at the apposition makes the description the subject of another's
verb ("The state capital, but died five days later", "The third, marks a new start"). So a run may not start at
a clause that

- follows a clause ending on a word and a comma ("Velbo ,", "The vote,"; not on a cut date's gap: "[In July
  2005], a court …" starts a sentence; nor a clause a word of ``not_subject`` opens that ends on no name: "According
  to reports reaching here, a motion …"),
- opens with a determiner or possessive and has no verb of its own before a subordinating or relative word
  (an auxiliary, a verb of the language's list, or a word with an ``object_endings`` ending that is not a
  participle before its agent: "a candidate favored by Lind" is a noun's),
- ends with a comma (or the cut date's), and is followed by a predicate without a subject of its own: a
  lower-case verb, or a conjunction, subordinating or relative word and then a lower-case word ("but died",
  "who lives", "after leaving"), maybe after an adverb ("publicly distanced"); not a participle before its agent
  ("…, alarmed by her symptoms" goes on with the apposition's own clause).

The run then starts earlier, with the word the apposition describes.
"""

from __future__ import annotations

from .headline import EDGE, Lexicon, Word, bare, verb_like

__all__ = ["apposed_start"]


def apposed_start(words: list[Word], spans: list[tuple[int, int]], start: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the run start ``start`` (clause, word index) is an apposition's clause (see the module's doc)."""
    i, a = start
    if i == 0 or a != spans[i][0]:
        return False
    before = [w for w in words[spans[i - 1][0]:spans[i - 1][1]] if w.text.strip() or w.gap]
    if len(before) < 2 or not before[-1].text.strip().endswith(","):
        return False
    head = before[-2] if before[-1].text.strip() == "," else before[-1]
    if head.gap or not head.text.strip(EDGE) or bare(head.text) in lex.dangling:
        return False
    if bare(before[0].text) in lex.not_subject and not head.text[:1].isupper():
        return False  # "According to reports reaching here, | a motion to …": a fronted phrase, then the subject
    clause = [w for w in words[a:spans[i][1]] if w.text.strip() or w.gap]
    last = clause[-1] if clause else None
    if not clause or bare(clause[0].text) not in lex.determiners | lex.possessive_pronouns or last is None or not (
            last.text.strip().endswith(",") or last.gap and last.ends_clause):
        return False
    return _verbless(clause, lex) and _predicate(words[spans[i][1]:], lex)


def _verbless(clause: list[Word], lex: Lexicon) -> bool:
    """Whether ``clause`` holds no verb of its own before a subordinating or relative word."""
    for k, w in enumerate(clause[1:], 1):
        word = bare(w.text)
        if word in lex.subordinators or word in lex.relative:
            return True
        if not w.text[:1].islower():
            continue
        if word in lex.auxiliaries or word in lex.verbs:
            return False
        after = bare(clause[k + 1].text) if k + 1 < len(clause) else ""
        if len(word) > 4 and word.endswith(lex.object_endings or ("\0",)) and after not in lex.agent:
            return False
    return True


def _predicate(clause: list[Word], lex: Lexicon) -> bool:
    """Whether ``clause`` opens with a predicate whose subject is before it: a lower-case verb, or a conjunction,
    subordinating or relative word before a lower-case word, maybe after an adverb."""
    texts = [w.text for w in clause if w.text.strip(EDGE)]
    if texts and bare(texts[0]).endswith(lex.adverb_endings or ("\0",)):
        texts = texts[1:]
    if not texts or not texts[0][:1].islower():
        return False
    first = bare(texts[0])
    if len(texts) > 1 and bare(texts[1]) in lex.agent:
        return False  # "…, alarmed by her symptoms": a participle's phrase, no predicate
    if first in lex.auxiliaries or first in lex.verbs or verb_like(first, lex):
        return True
    joins = first in lex.conjunctions or first in lex.subordinators or first in lex.relative
    return joins and len(texts) > 1 and texts[1][:1].islower() and (
        verb_like(bare(texts[1]), lex) or bare(texts[1]) in lex.auxiliaries
        or bare(texts[1]).endswith(lex.participle_endings or ("\0",)) or bare(texts[1]) in lex.relative)
