"""Where a run of a summary's clauses may not stop although a comma ends its last clause: between two words
before one noun ("a farm in North Carolina and new, | more virulent versions began …"), and between a quote's
speaker and the verb of saying that credits the quote ("'We ran out of patience,' Anna Berg, | a driver, said").
And where a date's cut (:mod:`.gap`) must reach: a day's number left after its month ("began [last December] 17
when"), and a relative clause that is no whole clause to leave out ("which, for the first time, | has agreed")."""

from __future__ import annotations

from .headline import Lexicon, Word, bare, has_predicate, opens_in_aside, verb_like
from .open_phrase import phrase_left_open
from .paired import inside_pair
from .placed_speaker import speaker_beyond_place
from .speaker_names import NAME_WORDS

__all__ = ["before_credit", "day_left", "hedge", "inside_phrase", "opens_inside", "relative_unfinished"]


def _texts(words: list[Word], span: tuple[int, int]) -> list[str]:
    return [w.text for w in words[span[0]:span[1]] if w.text]


def _said(words: list[Word], span: tuple[int, int]) -> list[str]:
    """The words of the clause ``span`` that hold a letter or digit (not a tokenised quote mark or comma)."""
    return [t for t in _texts(words, span) if any(c.isalnum() for c in t)]


def inside_phrase(words: list[Word], spans: list[tuple[int, int]], j: int, lex: Lexicon) -> bool:
    """Whether clause ``j`` ends at a comma inside a noun phrase: its last word is a lower-case word that reads
    as no verb, right after a conjunction ("and new,"), and the next clause opens with a lower-case word that
    is no conjunction, determiner, pronoun, relative, subordinator, participle or verb, and holds a verb of
    its own ("more virulent versions began"): the comma sits between two words of one noun, the clause goes on;
    or whether it ends inside a pair the next clause's conjunction closes (see :mod:`.paired`), or inside a noun
    phrase after its determiner and adjective (see :mod:`.open_phrase`)."""
    if inside_pair(words, spans, j, lex) or phrase_left_open(words, spans, j, lex):  # "between 19 | and 58 years"
        return True
    if j + 1 >= len(spans):
        return False
    texts, after = _texts(words, spans[j]), _texts(words, spans[j + 1])
    if texts[-1:] == [","]:  # tokenised: "and new , more virulent"
        texts = texts[:-2] + [texts[-2] + ","] if len(texts) > 1 else []
    if len(texts) < 2 or not after or not texts[-1].endswith(",") or not texts[-1][:1].islower():
        return False
    last, before, first = bare(texts[-1]), bare(texts[-2]), bare(after[0])
    if not last.isalpha() or verb_like(last, lex) or before not in lex.conjunctions:
        return False  # not "on the phone, | talking to …" (a noun after a determiner may end its phrase)
    opener = (first in lex.conjunctions or first in lex.determiners or first in lex.pronouns or first in lex.relative
              or first in lex.subordinators or first.endswith(lex.participle_endings or ("\0",))
              or verb_like(first, lex) or not after[0][:1].islower())
    return not opener and has_predicate([Word(t) for t in after], lex)


def opens_inside(words: list[Word], spans: list[tuple[int, int]], i: int, run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run``, opening at clause ``i``, opens inside an aside set off by dashes (see
    :func:`.headline.opens_in_aside`) or inside a pair whose first half the clause before it holds ("increased
    between 6 | and 20 percent": the run would open on the pair's other end, see :mod:`.paired`), or on the place
    an apposition gives a speaker before the verb of saying ("Ivar Holm , in Tromso , | Norway e-mails :", see
    :mod:`.placed_speaker`)."""
    return (opens_in_aside(words, spans[i][0], run, lex) or i > 0 and inside_pair(words, spans, i - 1, lex)
            or _on_speaker_place(words, spans[i][0], lex))


def _on_speaker_place(words: list[Word], start: int, lex: Lexicon) -> bool:
    """Whether the capitalised words from ``words[start]`` run up to a verb of saying and are the place of a speaker
    named before them (:func:`.placed_speaker.speaker_beyond_place` names one). The run may be a body and its place
    set apart by a comma ("Ivar Holm , Velbo Ferries , Tromso said"): its last part is the place, the speaker the
    name before the run."""
    texts = [w.text for w in words]
    verb = next((k for k in range(start, min(len(texts), start + NAME_WORDS + 1))
                 if not (texts[k][:1].isupper() or texts[k] == "," and k > start)), len(texts))
    if verb == start or verb == len(texts) or bare(texts[verb]) not in lex.speech or texts[verb - 1] == ",":
        return False
    place = max((k + 1 for k in range(start, verb) if texts[k] == ","), default=start)
    return bool(speaker_beyond_place(texts, place, lex))


def before_credit(words: list[Word], spans: list[tuple[int, int]], j: int, lex: Lexicon) -> bool:
    """Whether clause ``j`` holds no verb, opens with a capital (a name) and is followed, past clauses of no
    verb set off by commas ("a driver,", an apposition), by a clause that opens with a lower-case verb of
    saying ("said.", "told reporters."): it is the speaker cut off from the verb that credits what went before."""
    texts = _said(words, spans[j])
    if not texts or not texts[0][:1].isupper() or has_predicate(words[spans[j][0]:spans[j][1]], lex):
        return False
    for k in range(j + 1, len(spans)):
        after = _said(words, spans[k])
        if not after:
            continue
        if after[0][:1].islower() and bare(after[0]) in lex.speech:
            return True
        if not after[0][:1].islower() or has_predicate(words[spans[k][0]:spans[k][1]], lex):
            return False
    return False


def day_left(expression: str, tail: list[Word], lex: Lexicon) -> bool:
    """Whether the word after ``expression`` (ending in a weekday's or month's name, no digit) is a day's number
    left out of it ("last December | 17 when"): 1 to 31, ending the clause or followed by a word that opens one
    or a phrase (not "Monday | 17 people"), and no score or tally (not "Saturday | 3 to 1", "Monday | 14 against")."""
    last = bare((expression.split() or [""])[-1])
    if not tail or last not in lex.calendar or any(c.isdigit() for c in expression):
        return False
    number = tail[0].text.rstrip(",;:.")
    if not number.isdigit() or not 1 <= int(number) <= 31:
        return False
    nxt = bare(tail[1].text) if len(tail) > 1 else ""
    if number == tail[0].text and _counted(tail[1:], lex):
        return False  # "on Saturday | 3 to 1", "on Monday | 14 in favour": a score or a tally, no day
    return (number != tail[0].text or not nxt or nxt in lex.subordinators or nxt in lex.relative
            or nxt in lex.conjunctions or nxt in lex.cut_before_phrase)


def zone_left(tail: list[Word], lex: Lexicon) -> int:
    """How many words after an expression are a time zone it left out ("at around midnight | GMT", "noon |
    local time"): the zone goes with the date when it is cut, or the summary would read "… the Republic GMT"."""
    for zone in sorted(lex.zones, key=len, reverse=True):
        words = zone.split()
        found = [w.text.rstrip(",;:.") for w in tail[:len(words)]]
        # "GMT", not "et al", nor "(GMT" opening an aside: "13:00 local time (GMT 11:00)"
        if [w.lower() for w in found] == words and all(w.isalpha() for w in found) and (len(words) > 1 or found[0].isupper()):
            return len(words)
    return 0


def limiter_left(tail: list[Word], lex: Lexicon) -> int:
    """1 when the word after an expression only limits it ("[in March] alone , 64 died", "250 outbreaks [in
    February] alone"): one of ``date_limiters``, in lower case; it goes with the date when the date is cut, or the
    summary would read "Alone, 64 died"; else 0."""
    first = tail[0].text if tail else ""
    return int(first[:1].islower() and bare(first) in lex.date_limiters)


def date_comma(words: list[Word], i: int, lex: Lexicon) -> bool:
    """Whether the comma at ``words[i]`` (a word "," or one ending in it) is a written date's, no clause's end: one
    of the two commas of a date that modifies the noun after it ("the Sept 11 , | 2001 , | attacks"); the headline
    would else cut the date in two ("worsened by the Sept 11"). A date that ends its phrase ("on Sept 11, 2001,
    the ferry sank", a dateline's "May 19, 2009 10:10") keeps its commas as clause ends."""
    lo = max(0, i - 5)  # the words it looks at: the month and day before, the year and noun after (not the whole
    texts, i = [w.text for w in words[lo:i + 6]], i - lo  # sentence, asked of each comma: a page's would be quadratic)
    if not texts[i].endswith(","):
        return False
    k = i if texts[i] != "," else i - 1  # the word the comma closes
    core = texts[k].rstrip(",") if k >= 0 else ""
    if _year(core) and _year_after(texts[i + 1:], lex):  # "storms in 1860, | 1770 and 1618": a list's comma
        return True
    if core.isdigit() and len(core) == 4:  # the year's comma: the day's before it
        day = k - 1 if k and texts[k - 1] != "," else k - 2
        year = k
    else:  # the day's comma: the year after it
        day, year = k, i + 1
    if not (0 < day < year < len(texts) and texts[day].rstrip(",").isdigit()
            and 1 <= int(texts[day].rstrip(",")) <= 31 and bare(texts[day - 1]).rstrip(".") in lex.months):
        return False
    stated = texts[year].rstrip(",")
    rest = [t for t in texts[year + 1:year + 3] if t != ","]
    return (len(stated) == 4 and stated.isdigit() and (texts[year].endswith(",") or texts[year + 1:year + 2] == [","])
            and bool(rest) and _dated_noun(rest[0], lex))  # "the Sept 11, 2001, | attacks"


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdigit()


def _year_after(texts: list[str], lex: Lexicon) -> bool:
    """Whether ``texts`` (the words after a year's comma) go on with another year of its list ("1770", "and 1618")."""
    rest = [t for t in texts if t != ","][:2]
    if rest and bare(rest[0]) in lex.lists:
        rest = rest[1:]
    return bool(rest) and _year(rest[0].rstrip(".,;:"))


def year_comma(words: list[Word], i: int) -> bool:
    """Whether ``words[i]`` is a comma written apart between a year and a year after a conjunction ("1673 , | and
    1618"): the list's last comma, no clause's end before the conjunction."""
    texts = [w.text.rstrip(".,;:") for w in words[i - 1:i + 3]] if i else []
    return len(texts) == 4 and words[i].text == "," and _year(texts[0]) and _year(texts[3])


def attributive_comma(head: list[Word], expression: str, after: str, lex: Lexicon) -> str:
    """``after`` without the comma that closes a written date's year before the noun the date modifies, when
    the date is cut ("by the [Sept 11, 2001], attacks" -> "by the attacks"); else as it is."""
    rest = after.lstrip()
    year = (expression.split() or [""])[-1]
    if not (head and bare(head[-1].text) in lex.determiners and len(year) == 4 and year.isdigit()
            and rest.startswith(",")):
        return after
    following = rest[1:].split()[:1]
    return " " + rest[1:].lstrip() if following and _dated_noun(following[0], lex) else after


def _dated_noun(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a lower-case noun a written date before it may modify (not a conjunction, pronoun,
    verb or a word that opens a phrase or clause)."""
    word = word.rstrip(".,;:")
    noun = bare(word)
    return (word.isalpha() and word.islower() and noun not in lex.conjunctions and noun not in lex.not_subject
            and noun not in lex.pronouns and noun not in lex.auxiliaries and noun not in lex.verbs
            and noun not in lex.relative and noun not in lex.dangling)


def date_subject(head: list[Word], tail: list[Word], suffix: str, lex: Lexicon) -> bool:
    """Whether the date is its clause's subject, so cutting it would leave the verb without one ("Officials said
    [Thursday] was the first day", "[Monday] was the worst day", "[Friday] saw the team pull …", "[Six years ago]
    came the epidemic": "Came the epidemic" is no headline): an auxiliary or a sure verb (one of the language's
    ``verbs``, or a past in ``object_endings``; not one of saying: no day "said") in lower case right after it (no
    comma), and before it the sentence's start, a conjunction opening it, or (before an auxiliary) a clause's end or a
    verb of saying."""
    first = bare(tail[0].text) if tail else ""
    verb = first not in lex.speech and (first in lex.verbs or len(first) > 4 and first.isalpha() and first.endswith(
        lex.object_endings or ("\0",)) and not first.endswith(lex.not_verb_endings or ("\0",)))  # no day "said"
    verb = verb or first in lex.auxiliaries
    if suffix or not tail or not tail[0].text[:1].islower() or not verb:
        return False  # not "Valderrama, Spain, [last month], has given": an aside between commas
    before = next((w.text for w in reversed(head) if w.text.strip(_OPENING_QUOTES)), "")  # '"[Today] showed'
    if not before or bare(before) in lex.leading and len(head) == 1:
        return True  # "But [that day] will be remembered"
    # after a comma or a verb of saying only before an auxiliary: "The mayor, Ola Lind, [yesterday] suggested" and
    # "Press reports [Tuesday] said" have their subject
    return (before[-1:] in ",;:" or bare(before) in lex.speech) and first in lex.auxiliaries


#: quote marks that may open a sentence before its first word
_OPENING_QUOTES = "\"'`“‘«"


def _counted(tail: list[Word], lex: Lexicon) -> bool:
    """Whether ``tail`` (the words after a number) makes the number a score or a tally: a range word and another
    number ("3 | to 1"), or one of ``tally`` ("14 | in favour", "14 | against")."""
    words = [bare(w.text) for w in tail[:2]]
    if len(words) > 1 and words[0] in lex.range and words[1][:1].isdigit():
        return True
    return any(" ".join(words[:n]) in lex.tally for n in (1, 2) if len(words) >= n)


def relative_unfinished(clause: list[Word], lex: Lexicon) -> bool:
    """Whether the relative ``clause`` (its relative word first) is only that word or that word and a phrase
    ("which,", "which for the first time,"), with no verb: the clause after the comma is the relative's own."""
    if bare(clause[0].text) not in lex.relative or any(w.text[:1].islower() and verb_like(bare(w.text), lex)
                                                       for w in clause[1:]):
        return False
    return len(clause) == 1 or bare(clause[1].text) in lex.cut_before_phrase


def hedge(head: list[Word], lex: Lexicon) -> int:
    """How many of the last words of ``head`` (the words before a date) are one of ``date_hedges`` ("a little",
    "at least"): words that only measure the date, cut with it or kept with it, or 0."""
    return next((n for n in (3, 2, 1) if len(head) >= n and head[-1].text[-1:].isalnum()
                 and " ".join(bare(w.text) for w in head[-n:]) in lex.date_hedges), 0)
