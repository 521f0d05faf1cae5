"""The words of a mention's sentence with its date cut out, marked in clauses.

A sentence is read as whitespace-separated words, so a number ("200,000",
"$1.5bn", "3.5") or a name is never split. The mention's expression becomes a
*gap* word (empty, or the language's definite article when the date was a possessive:
"of Wednesday's hearing" -> "of the hearing", or modified a noun: "in the 12 January
earthquake" -> "in the earthquake"), with the words right before it that only served it
("on", "over"). Clauses end after a word that ends in , ; : or a dash, and before a
conjunction; asides in round brackets, a wire dateline, a relative clause between commas
and an apposition before its subject's verb are left out. How a headline is chosen from
these clauses is :mod:`.headline`'s and :mod:`.summary`'s.
"""

from __future__ import annotations

import re

from .apposed_name import names_described_subject
from .aside_date import without_aside_commas
from .debris import DASHES as _DASHES, without_dateline
from .headline import EDGE, Word, bare, clauses, count, opening, subject_word, verb_like
from .headline_words import Lexicon
from .kept_date import joined_date, leaves_gap
from .long_piece import near_the_date
from .phrase_cut import (attributive_comma, date_comma, date_subject, day_left, hedge, limiter_left,
                         relative_unfinished, year_comma, zone_left)
from .pointing import dating_relative, pointed_at
from .rejoin import whole_numbers
from .runin import body_part
from .speaker import closes_quote

__all__ = ["sentence_words", "opened_by_gap"]

#: an apposition and the subject it follows are each at most this many words ("Haiti, the poorest country …,")
APPOSITION_WORDS = 10

_CLAUSE_END = re.compile(r"[,;:]['\"”’»)]*$")
#: Penn Treebank brackets, as tokenised corpora write them
_OPEN = {"(", "-LRB-", "-LSB-", "-LCB-"}
_CLOSE = {")", "-RRB-", "-RSB-", "-RCB-"}
_POSSESSIVE = re.compile(r"^\s?[’']s(?![\w])")


def sentence_words(before: str, expression: str, after: str, lex: Lexicon) -> list[Word]:
    """The words of ``before`` + ``expression`` + ``after`` with the expression as a gap."""
    before, after = whole_numbers(before, lex), whole_numbers(after, lex)  # "the 1. 53 billion": a split number
    before, after = body_part(before, expression, after, lex)  # "… via a tube On Thursday the minister told"
    possessive = _POSSESSIVE.match(after)
    following = after[possessive.end():].split()[:1] if possessive else []
    clitic_verb = bool(following) and verb_like(bare(following[0]), lex)
    if clitic_verb:  # "the past year 's been tough": the clitic is a verb, and the date its subject
        possessive = None
    if possessive:
        after = after[possessive.end():]
    head = [Word(w) for w in before.split()]
    tail = [Word(w) for w in after.split()]
    if day_left(expression, tail, lex):  # "began [last December] 17 when": the day goes with its month
        day = tail[0].text.rstrip(",;:")
        expression, after = f"{expression} {day}", after.replace(day, "", 1)
        tail = [Word(w) for w in after.split()]
    zone = zone_left(tail, lex) or limiter_left(tail, lex)
    if zone:  # "at around midnight | GMT": the zone goes with its time, "in March | alone" the limit with its date
        zone_words = after.split()[:zone]
        expression = " ".join([expression] + zone_words)
        after = after.split(None, zone)[zone] if len(after.split()) > zone else ""
        after = " " + after if after else ""
        tail = [Word(w) for w in after.split()]
    after = attributive_comma(head, expression, after, lex)  # "the [Sept 11, 2001], attacks"
    tail = [Word(w) for w in after.split()]
    # What the expression's word holds besides it: "(Monday)," "mid-2009" "1990s"
    prefix = head.pop().text if before[-1:].strip() and head else ""
    suffix = tail.pop(0).text if after[:1].strip() and tail else ""
    # "two months before his death": an expression that ends in a word needing what follows stays whole
    anchored = bool(tail) and not suffix and bare((expression.split() or [""])[-1]) in lex.dangling
    kept = (any(c.isalnum() for c in prefix + suffix) or _is_range(head, expression, tail, lex) or anchored
            or clitic_verb or date_subject(head, tail, suffix, lex))
    article = _attributive_article(expression, tail, suffix, lex)
    if possessive or article or _bound(head, expression, tail, suffix, lex):
        # not a separable adverbial: cut out, the date would leave a gap ("Wednesday's tremor" -> "the
        # tremor" reads as another one; "the meeting due [on Thursday] will"), so its words stay as written
        kept, article = True, ""
        suffix = (possessive.group().strip() if possessive else "") + suffix
        possessive = None
    if not kept:
        kept = _wanted(head, tail, suffix, lex) or pointed_at(head, tail, suffix, lex, expression) or joined_date(tail, suffix, lex, head)
    if not kept:  # "received after [21 April] will", "was [in 1966]": the date stays, with all its words
        cut_head, cut_tail = head[:], tail[:]
        _drop_orphans(cut_head, cut_tail, lex, suffix)
        kept = leaves_gap(cut_head, lex, bool(_CLAUSE_END.search(suffix or (tail[0].text if tail else ""))),
                          not any(any(c.isalnum() for c in w.text) for w in tail))
        head, tail, suffix = (head, tail, suffix) if kept else without_aside_commas(cut_head, cut_tail, suffix, lex)
    if kept:
        gap = Word(prefix + expression + suffix, gap=True)
    elif possessive and lex.possessive:
        gap = Word(lex.possessive + suffix, gap=True)
    elif article:  # "died in [the 12 January] earthquake" -> "died in the earthquake"
        gap = Word(article + suffix, gap=True)
    else:
        ends = bool(_CLAUSE_END.search(suffix)) and not _complementiser(head, lex)
        gap = Word("", gap=True, ends_clause=ends)
        _drop_cleft(head, tail, lex, suffix)
    words = without_dateline(head + [gap] + tail)
    return near_the_date(_mark_clauses(_without_dashed_asides(_without_asides(words), lex), lex))


def _attributive_article(expression: str, tail: list[Word], suffix: str, lex: Lexicon) -> str:
    """The language's article opening ``expression`` when the date modifies the lower-case noun
    after it ("the 12 January earthquake"): what stands in the date's place; else ""."""
    first, core = expression.split(), bare(tail[0].text) if tail else ""
    closed = bool(core) and (tail[0].text[-1:] in ",;:." or len(tail) > 1 and tail[1].text in (",", ";", ":", "."))
    if core.endswith(lex.participle_endings or ("\0",)) and not closed:  # "in the [10 May] recording ." is a noun
        return ""  # "over the weekend complaining of": a participle goes on with the clause, it is no noun
    plural = closed and core not in lex.verbs  # a word in "-s" that ends its clause: a plural noun ("the winter months ,")
    noun = core.isalpha() and tail[0].text[:1].islower() and (plural or not verb_like(core, lex)) and not (
        core in lex.not_subject or core in lex.dangling or core in lex.auxiliaries or core in lex.subject)
    return first[0] if noun and not suffix and len(first) > 1 and first[0].lower() in lex.definite else ""


def _bound(head: list[Word], expression: str, tail: list[Word], suffix: str, lex: Lexicon) -> bool:
    """Whether the date is bound into its clause rather than a separable adverbial at its edge: it follows one of
    ``date_bound_after`` ("due [on Thursday]", "until at least [Monday]": past a hedge, which stays); it closes a
    phrase inside the subject, a preposition before it and an auxiliary right after ("the number that
    stood in [January] has doubled"); or a number is a verb's object ("has declared [2031] the Year of")."""
    hedged = hedge(head, lex)
    words = [bare(w.text) for w in head[:len(head) - hedged][-2:] if w.text[-1:].isalnum()]
    if not words or hedged:
        return bool(words) and words[-1] in lex.date_bound_after
    preposition = words[-1] in lex.cut_before_phrase or words[-1] in lex.drop_before
    if words[-1] in lex.date_bound_after or preposition and len(words) > 1 and words[-2] in lex.date_bound_after:
        return True
    follows = tail[0].text if tail and not suffix else ""
    if preposition and follows[:1].islower() and bare(follows) in lex.auxiliaries:
        return True
    return (expression[:1].isdigit() and bool(follows) and head[-1].text[:1].islower() and not preposition
            and verb_like(words[-1], lex) and words[-1] not in lex.speech and words[-1] not in lex.auxiliaries)


def _wanted(head: list[Word], tail: list[Word], suffix: str, lex: Lexicon) -> bool:
    """Whether the word before the date wants it, so cutting it would leave a gap: one of ``keeps_date``
    ("most of [last year]"), or of ``keeps_date_within`` when the clause goes on after the date
    ("invested between [2001 and 2005] in efforts", but "shrank to 40 [between 1998 and 2005], the farm said")."""
    word = bare(head[-1].text) if head and head[-1].text[-1:].isalnum() else ""
    if len(head) > 1 and bare(head[-2].text) in lex.not_subject:
        return False  # "as of [this morning]", "because of [it]": no noun wants the date
    goes_on = bool(tail) and not suffix and tail[0].text[:1].isalnum()
    return word in lex.keeps_date or (goes_on and word in lex.keeps_date_within)


def _drop_orphans(head: list[Word], tail: list[Word], lex: Lexicon, suffix: str) -> None:
    """The words before a cut expression that only served it: "on", "over" (not two prepositions: the
    first is a verb's, "sent in [on Monday]", and the date stays, see :func:`.kept_date.leaves_gap`); a determiner left
    before a word that cannot follow it ("in the [last year] than" -> "than"); a word the
    expression stood between twice ("for [28 September] for a decision" -> "for a decision")."""
    follows = bare(tail[0].text) if tail and not suffix else ""
    if head and follows and bare(head[-1].text) == follows and head[-1].text[-1:].isalnum():
        head.pop()
    if head and bare(head[-1].text) in lex.determiners and (not follows or follows in lex.not_subject
                                                          or follows in lex.dangling):
        head.pop()
    if (len(head) > 1 and {bare(w.text) for w in head[-2:]} <= lex.cut_before_phrase & lex.drop_before
            and head[-2].text[-1:].isalnum()):
        return  # "declared the effort over [at 1600]": the first is the verb's, which a headline cannot end on: the date stays
    while head and bare(head[-1].text) in lex.drop_before and head[-1].text[-1:].isalnum():
        if _complementiser(head, lex):
            # "confirmed that [as of this morning ,] 456 people had": the "that" stays, the date's comma goes
            if tail and tail[0].text in (",", ";"):
                del tail[0]
            return
        head.pop()
    hedged = hedge(head, lex)
    if hedged:  # "[A little] over a week ago, …": what only measured the date goes with it
        del head[-hedged:]
        _drop_orphans(head, tail, lex, suffix)


def _complementiser(head: list[Word], lex: Lexicon) -> bool:
    """Whether ``head`` ends on a word of ``speech_content`` after a verb ("confirmed that"): it opens the
    clause the verb tells, not the date."""
    return (len(head) > 1 and bare(head[-1].text) in lex.speech_content and head[-2].text[:1].islower()
            and verb_like(bare(head[-2].text), lex))


def _drop_cleft(head: list[Word], tail: list[Word], lex: Lexicon, suffix: str) -> None:
    """"It was [two weeks ago] that Teigen shared" -> "Teigen shared": the frame of a cleft goes with its date."""
    if suffix or not tail or bare(tail[0].text) not in lex.cleft_after or len(head) < 2:
        return
    if " ".join(bare(w.text) for w in head[-2:]) in lex.cleft_before and head[-1].text[-1:] not in ",;:":
        del head[-2:]
        del tail[0]


def _is_range(head: list[Word], expression: str, tail: list[Word], lex: Lexicon) -> bool:
    """The expression is one end of a range ("from 1927 to 1956") or one of a choice ("in late August or
    September", "in December, January or February"), or a rough measure ("in a day or two"): cutting it out would
    leave the rest without it."""
    ends = expression.split() or [""]
    kinds = {_kind(ends[0])} - {""}  # "March 1927 to June 1956"
    after = tail[0].text if tail else ""
    if bare(after) in lex.choice and len(tail) > 1 and bare(tail[1].text) in lex.choice_tails:
        return True  # "[in a day] or two", "[a week] or so": a rough measure, the tail means nothing alone
    if bare(after) in lex.choice or _kind(ends[-1]) == "digit":
        kinds.add(_kind(ends[-1]))  # "in late August or September", but not "last Friday and Taliban claimed"
    kinds.discard("")
    if not kinds:
        return False
    joins = lex.range | lex.choice
    before = head[-1].text if head else ""
    if (bare(after) in joins or after in joins) and len(tail) > 1 and _kind(tail[1].text) in kinds:
        return True
    if before.endswith(",") and bare(after) in lex.choice and _kind(before) in kinds:
        return True  # "December, [January] or February"
    return (bare(before) in joins or before in joins) and len(head) > 1 and _kind(head[-2].text) in kinds


def _kind(word: str) -> str:
    """What a range's ends share: "digit" (1927 to 1956) or "capital" (Monday to Friday)."""
    first = word.strip(EDGE)[:1]
    return "digit" if first.isdigit() else "capital" if first.isupper() else ""


def _without_asides(words: list[Word]) -> list[Word]:
    """``words`` without asides in round brackets; the gap stays (without its brackets) if it was in one,
    and the comma or colon after a closing bracket stays on the word before the aside."""
    kept: list[Word] = []
    depth = 0
    for word in words:
        text = word.text
        opens = text in _OPEN or (text[:1] == "(" and text not in _CLOSE)
        closes = text in _CLOSE or (text.rstrip(".,;:")[-1:] == ")" and text not in _OPEN)
        inside = depth > 0 or opens  # the word is (part of) an aside: "(NHI),", "Institute)"
        if opens and not closes:
            depth += 1
        if depth == 0 and not opens and text not in _CLOSE:
            kept.append(word)
        elif word.gap:
            kept.append(Word("", gap=True))
        if closes and depth and not opens:
            depth -= 1
        end = _CLAUSE_END.search(text) if closes and inside and depth == 0 else None
        if end and kept and kept[-1] is not word:
            kept[-1].ends_clause = True
            if kept[-1].text[-1:].isalnum():  # "Institute (NHI), said": the comma stays
                kept[-1].text += end.group()[0]
    return kept


def _without_dashed_asides(words: list[Word], lex: Lexicon) -> list[Word]:
    """``words`` without an aside between two dashes before its subject's verb ("The British version of
    the strain - known as RG121 - was created" -> "… strain was created"): at most ``APPOSITION_WORDS``
    words, and a lower-case word that reads as a verb after the second dash; the gap stays if it was in one."""
    dashes = [k for k, w in enumerate(words) if w.text in _DASHES]
    for first, second in zip(dashes, dashes[1:]):
        after = words[second + 1].text if second + 1 < len(words) else ""
        if (0 < first and 0 < count(words[first + 1:second]) <= APPOSITION_WORDS and after[:1].islower()
                and verb_like(bare(after), lex) and words[first - 1].text[-1:].isalnum()):
            gap = [Word("", gap=True)] if any(w.gap for w in words[first + 1:second]) else []
            return words[:first] + gap + words[second + 1:]
    return words


def _mark_clauses(words: list[Word], lex: Lexicon) -> list[Word]:
    for i, word in enumerate(words):
        text = word.text
        nxt = words[i + 1].text if i + 1 < len(words) else ""
        after_next = words[i + 2].text if i + 2 < len(words) else ""
        # "Adam Buxton and Joe Cornish", "1856 and 1861": a conjunction inside a name list or a range
        joined = _kind(text) and _kind(text) == _kind(after_next) or year_comma(words, i)  # "1673 , | and 1618"
        conjunction = bare(nxt) in lex.conjunctions or f"{bare(nxt)} {bare(after_next)}" in lex.conjunctions
        if bare(nxt) in lex.lists and not joined and not _CLAUSE_END.search(text) and _joins_phrases(words, i + 2, lex):
            joined = True  # "to merge parliamentary and presidential elections": no clause after the "and"
            _join_items(words, i, lex)
        if (_CLAUSE_END.search(text) and not date_comma(words, i, lex)) or nxt in _DASHES or (conjunction and not joined):
            word.ends_clause = True  # not "Sept 11, | 2001, | attacks": a date's commas
        if text in _DASHES and i:
            word.ends_clause = True
    _join_lists(words, lex)
    return _without_appositions(_without_relatives(words, lex), lex)


#: an item of a list of phrases is at most this many words ("two transitional governments")
ITEM_WORDS = 6


def _join_items(words: list[Word], last: int, lex: Lexicon) -> None:
    """No clause ends at the commas of a list whose last two items an "and" after ``words[last]`` joins, back
    to the first item longer than ``ITEM_WORDS`` words or with a sure verb ("… following the invasion in March, two transitional governments
    and the adoption of a constitution" is one clause, its last item no headline of its own)."""
    k = last
    while True:
        comma = next((j for j in range(k - 1, -1, -1) if words[j].ends_clause), -1)
        if (comma < 0 or not words[comma].text.endswith(",") or count(words[comma + 1:k + 1]) > ITEM_WORDS
                or not _joins_phrases(words, comma + 1, lex, last + 1)):
            return
        words[comma].ends_clause = False
        k = comma


def _joins_phrases(words: list[Word], start: int, lex: Lexicon, stop: int | None = None) -> bool:
    """Whether the words from ``start`` (right after a conjunction) up to the next clause mark hold no
    lower-case sure verb (an auxiliary, one of ``verbs``, a past tense: a word in "-s" may be a
    plural) nor a word that opens a phrase or clause: the conjunction joins two words or phrases
    ("parliamentary and presidential elections"), not two clauses, and no clause may end before it."""
    if start < 1 or start >= len(words) or _CLAUSE_END.search(words[start - 1].text) and stop is None:
        return False  # "and, later, …"
    for word in words[start:stop]:
        core = bare(word.text)
        sure_verb = core in lex.auxiliaries or core in lex.verbs or len(core) > 3 and core.endswith(
            lex.object_endings or ("\0",))
        if word.text[:1].islower() and (sure_verb or core in lex.subordinators or core in lex.relative):
            return False
        if _CLAUSE_END.search(word.text) or word.text in _DASHES:
            return True
    return True


#: a list item that is a name is at most this many words ("New York, Los Angeles, London and Haiti")
NAME_ITEM_WORDS = 3


def _join_lists(words: list[Word], lex: Lexicon) -> None:
    """No clause ends inside a list: "websites, books and policies", "eccentric, inconsistent and
    irascible", "New York, Los Angeles, London and Haiti" (names of up to ``NAME_ITEM_WORDS`` words
    before an item already in the list)."""
    listed: set[int] = set()
    for i in range(len(words) - 1, -1, -1):
        if not words[i].text.endswith(","):
            continue
        for j in (i + 2, i + 3):
            between = words[i + 1:j]
            if j < len(words) and bare(words[j].text) in lex.lists and all(
                    w.text[-1:].isalnum() and bare(w.text) not in lex.not_subject for w in between):
                words[i].ends_clause = False
                between[-1].ends_clause = False
                listed.add(i)
                break
        else:
            nxt = next((k for k in range(i + 1, min(len(words), i + NAME_ITEM_WORDS + 2)) if words[k].text.endswith(",")), -1)
            item = [w for w in words[i + 1:nxt + 1] if w.text.strip(EDGE) or w.gap]  # tokenised: "York , Los"
            if nxt in listed and item and all(w.text.strip(EDGE)[:1].isupper() for w in item):
                words[i].ends_clause = False
                listed.add(i)


def _without_relatives(words: list[Word], lex: Lexicon) -> list[Word]:
    """``words`` without a relative clause set between commas that the rest of its sentence goes
    on after ("tickets for the concert, which takes place on 8 October, will go on sale")."""
    spans = clauses(words)
    dropped: set[int] = set()
    for k in range(1, len(spans) - 1):
        (a, b), (c, _) = spans[k], spans[k + 1]
        first, resumes = bare(words[a].text), words[c].text.strip(EDGE)
        if (first in lex.relative and words[b - 1].text.endswith(",")
                and (not any(w.gap for w in words[a:b]) or dating_relative(words[:a], words[a:b], lex))
                and resumes[:1].islower() and resumes.lower() not in lex.subject
                and not relative_unfinished(words[a:b], lex)
                and not words[a - 1].text.endswith(";")):
            dropped.update(range(a, b))
            words[a - 1].ends_clause = False
            words[a - 1].text = words[a - 1].text[:-1]
    return [w for i, w in enumerate(words) if i not in dropped]


def _without_appositions(words: list[Word], lex: Lexicon) -> list[Word]:
    """``words`` without an apposition set between commas right before the verb of its subject
    ("Rick Santos, a 47-year-old aid worker, said" -> "Rick Santos said"): a short clause after a
    short first clause that opens with a subject, followed by a clause opening with a verb."""
    # a cut stamp or date opening the words, after the words a headline drops ("But [late yesterday] the minister")
    lead = 0
    while lead < len(words) and (bare(words[lead].text) in lex.leading or words[lead].gap and not words[lead].text
                                 or lead and words[lead - 1].gap and words[lead].text == ","):  # "[On Monday] ,"
        lead += 1
    if not any(w.gap for w in words[:lead]):
        lead = 0
    spans = [(x + lead, y + lead) for x, y in clauses(words[lead:])]
    # the apposition is one clause, or two ("Jacqui Fleming, 38, from Carnwadric, was named")
    for m in (2, 3):
        if len(spans) <= m:
            return words
        (a0, b0), (a, _), (_, b), (c, d) = spans[0], spans[1], spans[m - 1], spans[m]
        nxt = [w.text for w in words[c:d] if w.text]
        if (words[b0 - 1].text.endswith(",") and all(words[y - 1].text.endswith(",") for _, y in spans[1:m]) and nxt
                and nxt[0][:1].islower() and verb_like(bare(nxt[0]), lex)
                and count(words[a0:b0]) <= APPOSITION_WORDS and count(words[a:b]) <= APPOSITION_WORDS
                and not any(w.gap for w in words[a0:b]) and subject_word(words[a0].text, lex)
                and bare(words[a0].text) not in lex.leading and not relative_unfinished(words[a:b], lex)
                and not (closes_quote(words[b0 - 1].text) or closes_quote(words[a].text))  # a quote's speaker
                and not names_described_subject(words[a0:b0], words[a:b], lex)):  # "a school, Dolphin School,"
            if words[b0 - 1].text == ",":  # tokenised: the comma is a word of its own
                return words[:b0 - 1] + words[b:]
            words[b0 - 1].text = words[b0 - 1].text[:-1]
            words[b0 - 1].ends_clause = False
            return words[:a] + words[b:]
    return words


def opened_by_gap(words: list[Word], start: int, run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` is its clause (from ``words[start]``) without the gap of a date that opened it ("and [on
    Tuesday] the board closed …": the date's clause, though the gap is trimmed off with the "and")."""
    opened = opening(words[start:], lex)
    return bool(run) and bool(opened) and opened[0] is run[0] and any(w.gap for w in words[start:start + len(words) - len(opened)])
