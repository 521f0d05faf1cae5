"""Where a run of a summary's clauses may not stop although a conjunction opens the next clause: inside a pair
that a word opens and the conjunction closes ("crews aged between 19 years | and 58 years", "found both the
old dykes | and the new pumps too weak", "either the ferry | or the tug will sail"). Cut there, the headline keeps one end
of a range or of a pair and loses what it says of both; the clause goes on past the conjunction.

The words that open a pair are the language's ``pair_openers`` (the ``[headline]`` table of its resource). One of
``pair_whole_after_plural`` ("between") after a predicate (a verb, or a word right after one: "played between",
"have been tense between", not "a clash between") needs no other half after a plural ("played between rival clubs |
and fans clashed"), nor before a clause with its own subject and verb ("trade had been slow between the island | and
the ferry company stopped"); and none of them does when a date opens the words after the conjunction ("tense
between the two neighbours | and [on Monday] troops crossed").
"""

from __future__ import annotations

from .headline import Lexicon, Word, bare, count, has_predicate, verb_like

__all__ = ["inside_pair", "modifier_pair"]

#: a pair's opener stands at most this many counted words before the end of its clause ("between | 19 years |"):
#: farther back, it opened a pair that closed inside the clause or never needed one ("they both agreed …")
PAIR_REACH = 4


def inside_pair(words: list[Word], spans: list[tuple[int, int]], j: int, lex: Lexicon) -> bool:
    """Whether clause ``j`` ends inside a pair: one of ``pair_openers`` stands among its last ``PAIR_REACH``
    words with no conjunction or comma after it, the word after it reads as no verb ("they both agreed"), and the
    next clause opens with a conjunction (the pair's other half)."""
    if modifier_pair(words, spans, j, lex):  # "based on confirmed | and suspected deaths"
        return True
    if not lex.pair_openers or j + 1 >= len(spans):
        return False
    following = words[spans[j + 1][0]:spans[j + 1][1]]
    after = [w for w in following if bare(w.text)]
    if not after or bare(after[0].text) not in lex.conjunctions or not after[0].text[:1].islower():
        return False
    clause = words[spans[j][0]:spans[j][1]]
    for k in range(len(clause) - 1, -1, -1):
        word = bare(clause[k].text)
        if word in lex.conjunctions or clause[k].gap or count(clause[k + 1:]) > PAIR_REACH:
            return False
        if word in lex.pair_openers and clause[k].text[:1].islower():
            rest = [w for w in clause[k + 1:] if bare(w.text)]
            # "they both agreed, and …": a pronoun's "both" before its verb, and a comma that ends the clause
            return (bool(rest) and not verb_like(bare(rest[0].text), lex)
                    and not any(w.text.endswith((",", ";", ":")) for w in clause[k:])
                    and not _dated(following, lex)
                    and not (word in lex.pair_whole_after_plural and _whole(clause[:k], rest, after[1:], lex)))
    return False


def _dated(following: list[Word], lex: Lexicon) -> bool:
    """Whether a cut date stands right after the conjunction that opens ``following`` ("and [on Monday] troops
    crossed"): a new clause's time, not the other half of a pair."""
    texts = [w for w in following if w.text or w.gap]
    return len(texts) > 1 and bare(texts[0].text) in lex.conjunctions and texts[1].gap


def _whole(before: list[Word], rest: list[Word], after: list[Word], lex: Lexicon) -> bool:
    """Whether an opener of ``pair_whole_after_plural`` after a predicate (see :func:`_predicate`) already names
    both ends in the words ``rest`` after it, a plural of no number ("rival clubs", not "19 years"), or the words
    ``after`` the conjunction open a clause of their own: a verb among their first ``PAIR_REACH`` words, past the
    first (its subject), before any number, name or subordinator ("the ferry company stopped", not "cooked meat",
    "old when she delivered")."""
    if not _predicate(before, lex):
        return False
    texts = [bare(w.text) for w in rest]
    if not any(c.isdigit() for t in texts for c in t) and _plural(texts[-1], lex):
        return True
    if not has_predicate(before, lex):
        return False
    for k, word in enumerate(after[:PAIR_REACH]):
        text = bare(word.text)
        if (any(c.isdigit() for c in text) or not word.text[:1].islower() or text in lex.subordinators
                or text in lex.relative):
            return False
        if k and _verb(text, lex):
            return True  # past a subject: "and troops | crossed", not "between raw and | cooked meat"
    return False


def _verb(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` is surely a verb: an auxiliary, one of the language's ``verbs``, a past ("crossed")."""
    return (text in lex.verbs or text in lex.auxiliaries
            or len(text) > 3 and text.isalpha() and text.endswith(lex.object_endings or ("\0",)))


def _predicate(before: list[Word], lex: Lexicon) -> bool:
    """Whether the opener follows a predicate: a verb among the last two words ``before`` it, cut dates aside
    ("played [on Saturday] between", "been tense between"), not a noun ("a clash between", "the talks between")."""
    texts = [bare(w.text) for w in before if bare(w.text)][-2:]
    return any(_verb(t, lex) for t in texts)


def _plural(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` reads as a plural noun: an ``s`` ending that is none of ``not_verb_endings`` ("neighbours",
    "clubs", not "class", "census")."""
    return len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith(lex.not_verb_endings or ("\0",))


def modifier_pair(words: list[Word], spans: list[tuple[int, int]], j: int, lex: Lexicon) -> bool:
    """Whether clause ``j`` ends on the first of two modifiers of one noun that the next clause's conjunction joins
    ("based on confirmed | and suspected deaths", "for existing | and planned plants"): the clause's last word, in
    lower case with no comma, follows a word that needs what follows (``dangling``: a preposition, an article),
    and the word after the conjunction shares its ending (``object_endings``, ``participle_endings``: "-ed",
    "-ing") and is followed by a lower-case word, the noun both modify. Cut there, a headline ends on a
    modifier with no noun."""
    if j + 1 >= len(spans):
        return False
    clause = [w for w in words[spans[j][0]:spans[j][1]] if bare(w.text) or w.gap]
    after = [w for w in words[spans[j + 1][0]:spans[j + 1][1]] if bare(w.text)]
    if len(clause) < 2 or len(after) < 3 or clause[-1].gap or clause[-2].gap:
        return False
    last, conj, second, noun = clause[-1].text, after[0].text, after[1].text, after[2].text
    if (bare(clause[-2].text) not in lex.dangling or bare(clause[-2].text) in lex.conjunctions
            or bare(conj) not in lex.conjunctions or not all(t.isalpha() and t.islower() for t in (last, conj, second, noun))
            or bare(noun) in lex.dangling or bare(noun) in lex.auxiliaries):
        return False
    endings = tuple(lex.object_endings) + tuple(lex.participle_endings)
    return any(last.endswith(e) and second.endswith(e) and len(last) > len(e) + 2 for e in endings)
