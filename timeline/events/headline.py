"""A headline's clauses: where a run of clauses opens with a subject, where it may be cut, what it cannot end on.

The words are those of :mod:`.gap` (a sentence with its date cut out). A
headline is a run of whole clauses that opens with a subject, holds the gap
where it can and fits the length; a clause too long for it is cut only where
what is cut off adds to a whole clause (a relative clause, one of time or
cause: "who", "after"), never after a word that needs what follows ("the",
"of"), never mid-clause: with no such cut it stays whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .headline_words import Lexicon, lexicon
from .phrase_opening import stays_opening

__all__ = ["Lexicon", "lexicon", "Word", "clauses", "count", "opening", "has_subject", "cut",
           "stops_before_predicate", "opens_in_aside", "ends_open", "has_predicate", "agent_act", "bare", "verb_like", "subject_word", "MIN_WORDS", "MAX_WORDS",
           "LONG_WORDS"]

MIN_WORDS, MAX_WORDS = 6, 16
#: a run of whole clauses up to this many words is a headline whole; a longer one is cut where it can be
#: cut cleanly (see :func:`cut`), else stays whole: a long headline reads, one cut mid-clause does not
LONG_WORDS = 25
#: a name set off by commas after a noun ("the mayor, Ola Lind, said") is at most this many words
ASIDE_WORDS = 4

EDGE = " \t\n,;:.!?—–-\"“”«»'‘’`()[]"
#: Penn Treebank quotes, as tokenised corpora write them
PTB_QUOTES = {"``": "“", "''": "”", "`": "‘"}
_CLOSING_QUOTES = {"''", "”", "’", "'", '"'}
_DASHES = {"--", "—", "–"}


@dataclass
class Word:
    text: str
    #: stands where the expression was (rendered only when it has text: the possessive's article)
    gap: bool = False
    #: a clause ends after this word
    ends_clause: bool = False


@lru_cache(maxsize=1 << 16)  # asked millions of times in a build, of a few thousand words (the same ones per mention)
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
    return sum(1 for w in words if _counts(w.text))


@lru_cache(maxsize=1 << 14)  # asked again and again of the same words as a summary is sought
def _counts(text: str) -> bool:
    """Whether ``text`` has a letter or digit."""
    return any(c.isalnum() for c in text)


def opening(words: list[Word], lex: Lexicon) -> list[Word]:
    """``words`` without the conjunctions, dashes and empty gaps they open with, and without a
    subordinating word when a subject follows it ("since Legend had to" -> "Legend had to"), unless
    it is one of the language's ``conditions`` ("if they are asked" stays a condition)."""
    start = 0
    while start < len(words):
        here = bare(words[start].text)
        pair = here + " " + bare(words[start + 1].text) if start + 1 < len(words) else ""
        if stays_opening(words, start, lex):  # "After a brief boom, …", "So far": no false subject
            break
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
    that reads as a verb (", says officials", ", normally grazes"; past a name set off by commas: "the mayor, | Ola
    Lind, claimed"), or before a conjunction, a word and a verb
    (" and dogs has landed": the word belongs to the subject), or before a conjunction, a word and an agent
    ("written | and read by the poets": the two share it)."""
    end = words[spans[j][1] - 1]
    last = end.text or ("," if end.gap and end.ends_clause else "")
    if last.endswith(":"):
        return j + 1 < len(spans)
    if j + 1 >= len(spans):
        return False
    a, b = spans[j + 1]
    nxt = [w.text for w in words[a:b] if w.text]
    if last.endswith(",") and _named_aside(nxt) and j + 2 < len(spans):
        a, b = spans[j + 2]  # "as the mayor, | Ola Lind, | claimed …": past the name set off by commas
        nxt = [w.text for w in words[a:b] if w.text]
    if not nxt:
        return False
    first = bare(nxt[0])
    pair = f"{first} {bare(nxt[1])}" if len(nxt) > 1 else ""
    if last.endswith(",") and first not in lex.conjunctions and pair not in lex.conjunctions:
        verb = next((bare(w) for w in nxt if not bare(w).endswith(lex.adverb_endings or ("\0",))), "")
        return nxt[0][:1].islower() and verb_like(verb, lex)
    if (first in lex.conjunctions and len(nxt) > 2 and last[:1].islower() and bare(last) not in lex.dangling
            and nxt[1][:1].islower() and bare(nxt[2]) in lex.agent):
        return True  # "one poem written | and read by each poet": two participles share their agent
    # not "… in Australia and there are signs": a pronoun opens a clause of its own, never a subject's tail
    return (first in lex.conjunctions and len(nxt) > 2 and bare(nxt[1]) not in lex.not_subject
            and bare(nxt[1]) not in lex.pronouns and nxt[1][:1].islower() and bare(nxt[2]) in lex.auxiliaries)


def opens_in_aside(words: list[Word], start: int, run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` (starting at ``words[start]``) opens inside an aside set off by dashes and reads on past its
    closing dash ("ASEAN -- which groups Brunei, | the Philippines and Vietnam -- was committed"): its start
    is no clause's; the words before it hold an odd number of dashes, and it holds one. Or whether it stops on an
    aside's closing dash before what the aside interrupts (see :func:`_stops_after_aside`)."""
    before = sum(1 for w in words[:start] if w.text in _DASHES)
    if before % 2 == 1 and any(w.text in _DASHES for w in run):
        return True
    return _stops_after_aside(words, start, run, lex)


def _stops_after_aside(words: list[Word], start: int, run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` opens outside an aside set off by dashes, holds its opening dash and ends inside it or on its
    closing dash while the sentence goes on past it ("that when we did not talk to them -- relations were broken
    for years [in the '90s] | -- we had more troubles"): what the aside interrupts is cut off. A run wholly inside
    the aside ("relations were broken for years") is a clause of its own, and one after which the sentence tells no
    predicate ("-- in 1918, 1957 and 1968 -- known as …") leaves nothing cut."""
    end = next((k for k in range(start, len(words)) if run and words[k] is run[-1]), -1)
    if end < 0 or sum(1 for w in words[:start] if w.text in _DASHES) % 2:
        return False
    rest = words[end + 1:]
    if not any(w.text.strip(EDGE) for w in rest):
        return False
    dashes = sum(1 for w in words[start:end + 1] if w.text in _DASHES)
    closing = next((k for k, w in enumerate(rest) if w.text in _DASHES), -1) if dashes % 2 else -1
    after = rest[closing + 1:] if closing >= 0 else rest if dashes >= 2 and run[-1].text in _DASHES else []
    # what the aside interrupts tells a predicate ("-- we had more troubles"), not "-- known as the Spanish flu"
    return has_predicate(after, lex)


def _named_aside(texts: list[str]) -> bool:
    """Whether ``texts`` (a clause) is a name set off by commas: at most ``ASIDE_WORDS`` capitalised words and a comma."""
    return (0 < len(texts) <= ASIDE_WORDS and texts[-1].endswith(",")
            and all(t[:1].isupper() or t == "," for t in texts) and any(t[:1].isupper() for t in texts))


def verb_like(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` reads as a verb by the language's auxiliaries and endings ("revealed", "says")."""
    if word in lex.auxiliaries or word in lex.verbs:
        return True
    return (len(word) > 3 and word.isalpha() and word.endswith(lex.verb_endings or ("\0",))
            and not word.endswith(lex.not_verb_endings or ("\0",)))


def headless(run: list[Word], words: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` (of the sentence ``words``) opens (past its conjunctions) with a lower-case verb that is surely
    one: an auxiliary, a verb of the language's list or a past in ``object_endings`` ("and was able to say …",
    "ordered all shops to close"): a predicate whose subject is left before the run, no headline however the rest
    reads; unless the date cut out right before it was that subject ("[That day] will be remembered …")."""
    rest = opening(run, lex)
    first = rest[0].text.strip(EDGE) if rest else ""
    at = next((k for k, w in enumerate(words) if rest and w is rest[0]), 0)
    if at and words[at - 1].gap and not has_predicate(words[:at - 1], lex):
        return False  # the date is the subject: "[Today] showed", "But [that day] will", not "X, who runs …, [then] said"
    return first[:1].islower() and (first in lex.auxiliaries or first in lex.verbs or len(first) > 4 and first.isalpha()
                                    and first.endswith(lex.object_endings or ("\0",)))


def _wants_object(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` reads as a verb or participle that wants what follows it ("accounted",
    "getting"): an auxiliary, a verb of the list, or a word with an ``object_endings`` ending."""
    return (word in lex.auxiliaries or word in lex.verbs
            or (len(word) > 4 and word.isalpha() and word.endswith(lex.object_endings or ("\0",))
                and not word.endswith(lex.not_verb_endings or ("\0",)) or word.endswith(lex.participle_endings or ("\0",))))


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
    nothing; "making eight in total", a participle, neither; a relative word in capitals is a body's
    letters: "The WHO declared …" tells); a noun with its agent after a determiner tells an act ("a
    performance by the singer", by the language's ``agent`` words)."""
    relative = False
    for k, word in enumerate(run):
        core, prev = bare(word.text), bare(run[k - 1].text) if k else ""
        if core in lex.relative and not word.text.strip(EDGE).isupper():
            relative = True
        if relative:
            relative = not word.ends_clause
            continue
        noun = k > 0 and (prev in lex.determiners or prev[:1].isdigit() or prev in lex.possessive_pronouns
                          or run[k - 1].text.endswith(("'s", "’s")))
        if noun and agent_act(run, k, lex):
            return True
        if not word.text[:1].islower() or noun:
            continue
        if verb_like(core, lex) or prev in lex.infinitive and core.isalpha() and _verb_before(run, k - 1, lex):
            return True
    return False


def agent_act(run: list[Word], k: int, lex: Lexicon) -> bool:
    """Whether ``run[k]`` is a noun after a determiner with its agent after it: "a performance by the singer" tells an act."""
    return (0 < k < len(run) - 1 and bare(run[k - 1].text) in lex.determiners and run[k].text[:1].islower()
            and bare(run[k + 1].text) in lex.agent)


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
    if _fronted_participle(rest, lex):
        return False  # "Asked whether the club …": the participle's subject is the main clause's
    return (subject_word(rest[0].text, lex) or _comparison(rest, 0, lex) or _hedged_figure(rest, lex)
            or _titled_name(rest, lex)
            or len(rest) < len(words) and bare(words[len(words) - len(rest) - 1].text) in lex.subordinators
            and _bare_plural(rest, lex))  # "Given that | makers are", not "and | dogs has landed"


def _fronted_participle(words: list[Word], lex: Lexicon) -> bool:
    """Whether ``words`` open with a capitalised past participle before one of ``participle_followers`` ("Asked
    | whether …", "Pressed | on …"): a phrase whose subject is the main clause's, no name, though capitalised."""
    said = [w for w in words[:4] if bare(w.text)]  # past the gap a date left ("Asked [on Tuesday] whether")
    if len(said) < 2 or not said[1].text[:1].islower() or bare(said[1].text) not in lex.participle_followers:
        return False
    first = said[0].text
    word = bare(first)
    return (first[:1].isupper() and first.isalpha() and len(word) > 4 and word not in lex.speech
            and (word in lex.verbs or word.endswith(lex.object_endings or ("\0",))))


def _bare_plural(words: list[Word], lex: Lexicon) -> bool:
    """Whether ``words``, after a subordinating word taken off ("Given that | makers are busy"), open with a plural
    noun and its auxiliary: a subject, though no determiner or capital shows it."""
    if len(words) < 2:
        return False
    noun, verb = bare(words[0].text), bare(words[1].text)
    return (words[0].text.isalpha() and words[0].text.islower() and noun.endswith("s") and len(noun) > 3
            and noun not in lex.not_subject and noun not in lex.dangling and noun not in lex.auxiliaries
            and verb in lex.auxiliaries)


def _titled_name(words: list[Word], lex: Lexicon) -> bool:
    """Whether ``words`` open with a lower-case role before a name and its verb of saying ("prosecutor Ola Lind
    said"): a subject, as the capitalised role at a sentence's start would be."""
    first = words[0].text
    if first != first.strip(EDGE) or not first.isalpha() or not first.islower() or first in lex.not_subject \
            or verb_like(first, lex) or first in lex.auxiliaries:
        return False
    k = 1
    while k < len(words) and words[k].text[:1].isupper() and words[k].text[-1:].isalpha():
        k += 1
    return 1 < k < len(words) and bare(words[k].text) in lex.speech  # not "and poet Laureate Jo Lind are": a list's item


def _hedged_figure(words: list[Word], lex: Lexicon) -> bool:
    """Whether ``words`` open a sentence with a figure's hedge and the figure ("At least 78 people", "Up to 100
    homes"): a subject. Inside a sentence the hedge may be a preposition's ("…, around 1,300 more"); so it is at its
    start before a span of time ("Over 20 years, …": one of ``time_nouns``), or before a comma with no predicate
    waiting after it: "Over 200 miles, the convoy …" and "About 12 of them, police said" are no subjects, "At least
    78 people, most of them children, were …" is one."""
    if not words or not words[0].text.strip(EDGE)[:1].isupper():
        return False
    texts = [bare(w.text) for w in words[:4]]
    k = next((k for k in (1, 2, 3) if " ".join(texts[:k]) in lex.quantity_openers and texts[k:k + 1]
              and texts[k][:1].isdigit()), 0)
    if not k or texts[k + 1:k + 2] and texts[k + 1] in lex.time_nouns:
        return False
    spans = clauses(words)
    if len(spans) < 2 or has_predicate(words[:spans[0][1]], lex):
        return True  # "About 1,600 observers monitored the election, including …": the figure's own clause
    return any(words[a].text[:1].islower() and verb_like(bare(words[a].text), lex) for a, _ in spans[1:])


def _kept_predicate(words: list[Word], at: int, lex: Lexicon) -> bool:
    """Whether ``words[at]`` is a date that stays as its clause's predicate, after an auxiliary and its prepositions
    ("was on [25 September]"): a headline cut there tells only when; not "had not spoken until [last week]"."""
    k = at - 1
    while k >= 0 and bare(words[k].text) in lex.drop_before:
        k -= 1
    return words[at].gap and bool(words[at].text) and k >= 0 and bare(words[k].text) in lex.auxiliaries


def cut(words: list[Word], lex: Lexicon, limit: int = MAX_WORDS) -> list[Word]:
    """``words`` cut before a word of the language's ``cut_before`` (a relative clause, or a clause or phrase of
    time, cause or concession, which adds to a whole one) to at most ``limit`` counted words and at least
    ``MIN_WORDS``: the longest such cut whose words before it tell a predicate and end on no dangling word,
    a word of ``cut_after_noun`` after no verb ("asked | who" is a complement), nor right after a date kept as
    its predicate (what follows tells what happened then); else ``words`` whole. A headline is never cut mid-clause."""
    best, seen = None, 0
    for i in range(1, len(words)):
        seen += count(words[i - 1:i])
        if seen > limit:
            break
        opener = bare(words[i].text)
        if opener not in lex.cut_before or seen < MIN_WORDS or not words[i].text[:1].islower():
            continue
        if _kept_predicate(words, i - 1, lex):  # "was on [25 September] | when a bomb …": what the date saw
            continue
        p = i - 1
        while p > 0 and (words[p].text in _CLOSING_QUOTES or words[p].gap and not words[p].text):
            p -= 1  # past a closing quote ("were `` devastated '' | after") or a cut date's gap
        prev = bare(words[p].text)
        if not prev or prev in lex.dangling or opener in lex.cut_after_noun and verb_like(prev, lex):
            continue
        if has_predicate(words[:i], lex) and not ends_open(words[:i], True, lex):
            best = i
    return words[:best] if best else words
