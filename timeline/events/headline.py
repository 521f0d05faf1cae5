"""A headline's clauses: where a run of clauses opens with a subject, where it may be cut, what it cannot end on.

The words are those of :mod:`.gap` (a sentence with its date cut out). A
headline is a run of whole clauses that opens with a subject, holds the gap
where it can and fits the length; a clause too long for it is cut before a
word that opens a phrase ("to", "that", "after"), never after a word that
needs one ("the", "of").
"""

from __future__ import annotations

from dataclasses import dataclass

from .headline_words import Lexicon, lexicon

__all__ = ["Lexicon", "lexicon", "Word", "clauses", "count", "opening", "has_subject", "cut",
           "stops_before_predicate", "ends_open", "has_predicate", "bare", "verb_like", "subject_word", "MIN_WORDS", "MAX_WORDS"]

MIN_WORDS, MAX_WORDS = 6, 16
#: a cut before a clause opener ("that", "who") is preferred when it keeps at least this many words
STRONG_CUT_WORDS = 10

EDGE = " \t\n,;:.!?—–-\"“”«»'‘’`()[]"
#: Penn Treebank quotes, as tokenised corpora write them
PTB_QUOTES = {"``": "“", "''": "”", "`": "‘"}
_CLOSING_QUOTES = {"''", "”", "’", "'", '"'}


@dataclass
class Word:
    text: str
    #: stands where the expression was (rendered only when it has text: the possessive's article)
    gap: bool = False
    #: a clause ends after this word
    ends_clause: bool = False


def bare(word: str) -> str:
    return word.strip(EDGE).lower()



def clauses(words: list[Word]) -> list[tuple[int, int]]:
    """(start, end) word indexes of each clause."""
    spans, start = [], 0
    for i, word in enumerate(words):
        if word.ends_clause:
            spans.append((start, i + 1))
            start = i + 1
    if start < len(words):
        spans.append((start, len(words)))
    return spans


def count(words: list[Word]) -> int:
    """How many of ``words`` count as words: those with a letter or digit."""
    return sum(1 for w in words if any(c.isalnum() for c in w.text))


def opening(words: list[Word], lex: Lexicon) -> list[Word]:
    """``words`` without the conjunctions, dashes and empty gaps they open with, and without a
    subordinating word when a subject follows it ("since Legend had to" -> "Legend had to"), unless
    it is one of the language's ``conditions`` ("if they are asked" stays a condition)."""
    start = 0
    while start < len(words):
        here = bare(words[start].text)
        pair = here + " " + bare(words[start + 1].text) if start + 1 < len(words) else ""
        if pair in lex.leading:
            start += 2
        elif not words[start].text.strip(EDGE) or here in lex.leading:
            start += 1
        elif (here in lex.subordinators and here not in lex.conditions and start + 1 < len(words)
              and subject_word(words[start + 1].text, lex)
              and not _comparison(words, start, lex)):
            start += 1
        else:
            break
    return words[start:]


def _comparison(words: list[Word], at: int, lex: Lexicon) -> bool:
    """"as many as 200,000": the word at ``at``, a word of comparison, and the same word again."""
    return (at + 2 < len(words) and bare(words[at + 1].text) in lex.comparison
            and bare(words[at + 2].text) == bare(words[at].text))


def stops_before_predicate(words: list[Word], spans: list[tuple[int, int]], j: int, lex: Lexicon) -> bool:
    """Whether a run ending with clause ``j`` stops before its subject's predicate or its quote: it
    ends with a colon ("X says:"), or with a comma before a clause that opens with a lower-case word
    that reads as a verb (", says officials", ", normally grazes"), or before a conjunction, a word and a verb
    (" and dogs has landed": the word belongs to the subject)."""
    end = words[spans[j][1] - 1]
    last = end.text or ("," if end.gap and end.ends_clause else "")
    if last.endswith(":"):
        return j + 1 < len(spans)
    if j + 1 >= len(spans):
        return False
    a, b = spans[j + 1]
    nxt = [w.text for w in words[a:b] if w.text]
    if not nxt:
        return False
    first = bare(nxt[0])
    pair = f"{first} {bare(nxt[1])}" if len(nxt) > 1 else ""
    if last.endswith(",") and first not in lex.conjunctions and pair not in lex.conjunctions:
        verb = next((bare(w) for w in nxt if not bare(w).endswith(lex.adverb_endings or ("\0",))), "")
        return nxt[0][:1].islower() and verb_like(verb, lex)
    # not "… in Australia and there are signs": a pronoun opens a clause of its own, never a subject's tail
    return (first in lex.conjunctions and len(nxt) > 2 and bare(nxt[1]) not in lex.not_subject
            and bare(nxt[1]) not in lex.pronouns and nxt[1][:1].islower() and bare(nxt[2]) in lex.auxiliaries)


def verb_like(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` reads as a verb by the language's auxiliaries and endings ("revealed", "says")."""
    if word in lex.auxiliaries or word in lex.verbs:
        return True
    return (len(word) > 3 and word.isalpha() and word.endswith(lex.verb_endings or ("\0",))
            and not word.endswith(lex.not_verb_endings or ("\0",)))


def _wants_object(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` reads as a verb or participle that wants what follows it ("accounted",
    "getting"): an auxiliary, a verb of the list, or a word with an ``object_endings`` ending."""
    return (word in lex.auxiliaries or word in lex.verbs
            or (len(word) > 4 and word.isalpha() and word.endswith(lex.object_endings or ("\0",))
                and not word.endswith(lex.not_verb_endings or ("\0",)) or word.endswith(lex.participle_endings or ("\0",))))


def _opened_clause_told(words: list[Word], at: int, lex: Lexicon) -> bool:
    """Whether a cut at ``at`` leaves the clause the last word of ``cut_before`` before it opens with its
    verb ("after their match | on Tuesday was postponed" does not); true when no such word opens
    one or it opens a phrase with no verb ("after the rape of a schoolgirl | by three men")."""
    opener = max((k for k, w in enumerate(words[:at]) if k and bare(w.text) in lex.cut_before
                  and bare(w.text) not in lex.conjunctions | lex.lists), default=-1)  # not "Clinton and Bush"
    if opener < 0 or has_predicate(words[opener + 1:at], lex):
        return True
    end = next((k + 1 for k in range(at, len(words)) if words[k].ends_clause), len(words))
    return not has_predicate(words[at:end], lex)


def _comparison_inside(words: list[Word], at: int, lex: Lexicon) -> bool:
    """Whether ``words[at]`` closes a comparison ("as much | as", "as catastrophic | as"): a word of
    ``cut_before`` with one word between it and the same word before."""
    return at > 1 and bare(words[at].text) in lex.cut_before and bare(words[at - 2].text) == bare(words[at].text)


def _passive(words: list[Word], at: int, lex: Lexicon) -> bool:
    """Whether ``words[at]`` is a participle after a form of "be" ("was created | at the institute"): a
    passive is whole without the phrase after it (``passive`` words, the forms of "be")."""
    core = bare(words[at].text)
    return (at > 0 and bare(words[at - 1].text) in lex.passive and core.endswith(lex.object_endings or ("\0",))
            and core not in lex.auxiliaries)


def ends_open(run: list[Word], full: bool, lex: Lexicon) -> bool:
    """Whether ``run`` ends on a verb left without its object or complement ("X accounted", "has
    contributed"): its last word, after the words a headline cannot end with, reads as a verb, and
    something of its clause was left off (``full`` is false, or dangling words were trimmed); or
    whether it never reaches a predicate at all (see :func:`has_predicate`), or its last clause, after
    a conjunction, does not ("…, but now").""" 
    if lex.auxiliaries and not has_predicate(run, lex):
        return True
    last = max((k + 1 for k, w in enumerate(run[:-1]) if w.ends_clause), default=0)
    if last and bare(run[last].text) in lex.conjunctions and not has_predicate(run[last:], lex):
        return True  # "They were expressing concern, but now": a conjunction and nothing it joins
    end, trimmed = len(run), False
    while end and (not bare(run[end - 1].text) or bare(run[end - 1].text) in lex.dangling):
        trimmed = trimmed or bool(bare(run[end - 1].text))
        end -= 1
    if not end or (full and not trimmed) or run[end - 1].gap:
        return False
    return _wants_object(bare(run[end - 1].text), lex)


def has_predicate(run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` holds a verb of its own outside a relative clause: a lower-case word that reads
    as a verb (:func:`verb_like`) and is no noun after a determiner, a number or a possessive ("the
    annual flu season", "1770, 1761 and 1618", "The show, which was broadcast from New York" tell
    nothing; "making eight in total", a participle, neither); a noun with its agent after a determiner
    tells an act ("a performance by the singer", by the language's ``agent`` words)."""
    relative = False
    for k, word in enumerate(run):
        core, prev = bare(word.text), bare(run[k - 1].text) if k else ""
        if core in lex.relative:
            relative = True
        if relative:
            relative = not word.ends_clause
            continue
        noun = k > 0 and (prev in lex.determiners or prev[:1].isdigit() or prev in lex.possessive_pronouns
                          or run[k - 1].text.endswith(("'s", "’s")))
        if noun and prev in lex.determiners and k + 1 < len(run) and bare(run[k + 1].text) in lex.agent:
            return True  # "a performance by the singer": an act and who did it
        if not word.text[:1].islower() or noun:
            continue
        if verb_like(core, lex) or prev in lex.infinitive and core.isalpha() and _verb_before(run, k - 1, lex):
            return True
    return False


def _verb_before(run: list[Word], at: int, lex: Lexicon) -> bool:
    """Whether the word before the infinitive marker ``run[at]`` may be a verb the lists miss ("the mayors
    agree | to work"), not a noun after a determiner ("a wait for the aircraft | to show up")."""
    if at < 1 or not run[at - 1].text[:1].islower():
        return False
    before = bare(run[at - 2].text) if at > 1 else ""
    return not (before in lex.determiners or before in lex.possessive_pronouns or before[:1].isdigit())


def subject_word(word: str, lex: Lexicon) -> bool:
    first = word.strip(EDGE.replace("-", ""))
    lower = first.lower()
    if lower in lex.not_subject:
        return False
    return lower in lex.subject or first[:1].isdigit() or first[:1] in "$€£¥" or first[:1].isupper()


def has_subject(words: list[Word], lex: Lexicon) -> bool:
    """Whether ``words`` (a run of clauses) open with a subject (by its first word)."""
    after_gap = bool(words) and words[0].gap and not words[0].text.strip(",;: ")
    rest = opening(words, lex)
    if count(rest) < 3:
        return False
    if after_gap and bare(rest[0].text) not in lex.not_subject:
        return True
    return subject_word(rest[0].text, lex) or _comparison(rest, 0, lex)


def cut(words: list[Word], lex: Lexicon, limit: int = MAX_WORDS) -> tuple[list[Word], bool]:
    """``words`` cut to at most ``limit`` counted words before a phrase-opening word, never
    after a dangling one nor inside a name ("Bank of America"), and after the predicate where one
    is in reach ("The family of the patient | to die said" is no cut: "… said they were devastated |
    as experts …" is); second: cut with no such word."""
    found = _cut_at(words, lex, limit, True) if lex.auxiliaries else None
    if found is None:
        found = _cut_at(words, lex, limit, False)
    if found is not None:
        return words[:found], False
    end, seen = 0, 0
    for i, word in enumerate(words):
        seen += count([word])
        if seen > limit:
            break
        nxt = words[i + 1].text if i + 1 < len(words) else ""
        number = word.text[:1].isdigit() and nxt[:1].islower()  # "within 24 | hours": numbers stay whole
        if (bare(word.text) and bare(word.text) not in lex.dangling and not _wants_object(bare(word.text), lex)
                and not number):
            end = i + 1
    return words[:end or 1], True


def _cut_at(words: list[Word], lex: Lexicon, limit: int, predicate: bool) -> int | None:
    """Where :func:`cut` cuts ``words``, or None; ``predicate``: only after a verb (see :func:`has_predicate`)."""
    best = {True: None, False: None}  # before a clause opener; before a preposition
    seen = 0
    # a run of one clause (a shorter run of whole clauses is there for one of several)
    single = not any(w.ends_clause for w in words[:-1])
    for i in range(1, len(words)):
        seen += count(words[i - 1:i])
        if seen > limit:
            break
        # the word before, past a closing quote ("were `` devastated '' | as") or a cut date's gap, but
        # after the gap only a clause opener cuts ("the quarter-final [on 9 January] | after their match")
        p = i - 1
        while p > 0 and (words[p].text in _CLOSING_QUOTES or words[p].gap and not words[p].text
                         and bare(words[i].text) in lex.cut_before and single):
            p -= 1
        word, prev = words[i].text, words[p].text
        if _comparison_inside(words, i, lex):
            continue  # "declined by as much | as 53 percent"
        nxt = words[i + 1].text if i + 1 < len(words) else ""
        if bare(prev) in lex.dangling or not bare(prev) or seen < MIN_WORDS:
            continue
        if predicate and not has_predicate(words[:i], lex):
            continue
        if bare(word) in lex.infinitive and (verb_like(bare(prev), lex) or bare(prev) in lex.before_infinitive
                                             or bare(prev).endswith(lex.participle_endings or ("\0",))):
            continue  # "planned | to meet", "trying | to fight", "due | to begin": the word wants what follows
        in_name = prev.strip(EDGE)[:1].isupper() and nxt.strip(EDGE)[:1].isupper()
        if in_name:
            continue
        if bare(word) in lex.cut_before:
            best[True] = i
        elif (bare(word) in lex.cut_before_phrase and (not _wants_object(bare(prev), lex) or _passive(words, p, lex))
              and _opened_clause_told(words, i, lex) and not (p and bare(words[p - 1].text) in lex.infinitive)):
            # not between a verb and what it wants ("accounted | for", "based | on"): a rough cut reads better;
            # nor inside a clause before its verb ("after their match | on Tuesday was postponed"), nor after
            # an infinitive, whose particle or complement may follow ("expected to come | on to the market")
            best[False] = i
    # Before a clause opener, unless that leaves much less than a phrase boundary would.
    found = best[True]
    if found is None or (count(words[:found]) < STRONG_CUT_WORDS and (best[False] or 0) > found):
        found = best[False] if best[False] is not None else found
    return found
