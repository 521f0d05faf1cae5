"""Text a page ran into a sentence without a stop: a caption, a title, a factbox line, a line of page text.

Scraped pages lose the line break between a photo's caption (or a video's title, a factbox's
line, "you may need Adobe Reader") and the story's sentence, so one "sentence" holds two:
"Jo Bloggs was given water via a tube On Thursday the minister told …". A headline cut from it
reads as neither. The words of such a sentence are split where a second sentence starts without
a stop, and only the part that holds the date's gap is kept (the dated act is in it):

- a lower-case word (not one that needs what follows, not a verb of saying, not a number)
  right before a capitalised word that opens sentences and never goes on one (a pronoun, a
  possessive pronoun, a preposition of ``cut_before_phrase``, a ``leading`` word; an article only
  before a lower-case word: "The little girl", not "The Sun"); a leading adverb ("Meanwhile")
  also after a name ("Adobe Reader Meanwhile in …"), not after a heading in capitals, which the
  date may head;
- at a caption's end: the first place where a lower-case word (not one of ``dangling``: "the
  Nordlys reef" goes on) meets a capitalised one, when the two parts share a name (a caption names
  whom its story tells of: "Ola has just come back from the islands Island-born singer Ola Lind
  wept …"); not after a sure verb, nor after a modifier inside a phrase (the word before it needs
  what follows, or is a number, an infinitive's or an auxiliary: "the former Danish leader", "their
  final Test", "2,459 million NZ dollars", "is expected to reach Bergen"), nor before an article
  ("local daily The Bergen Post") or an apposition's name and verb ("the skipper Lind had taken"); and
  only where both sides read as sentences of their own: a sure verb before the cut, back to a comma or
  conjunction (unless a conjunction opens that run: "…, but otherwise intact"), and a predicate after
  it up to one ("fired national security adviser Jo Bloggs on Tuesday, …" goes on past the name);
  a leading adverb between two capitalised words is a name's ("Cheung So Lai"), and a pronoun before
  a capitalised word opens a title or a fixed name ("His Holiness", "Her Majesty's …");
- a date with a colon after it opening a factbox line run into the line before ("were most at
  risk [1968]: An outbreak …"), when the line tells a verb (not a list: "[Friday]: Bergen Quay and …"); a
  date written whole (day, month, year) opens a timeline's entry so without a colon ("… read out in court
  [1 May 2011] Dr Lind tells …").

Both parts must tell a predicate; the part kept has at least ``MIN_KEPT`` words, else the
words stay whole.
"""

from __future__ import annotations

import re

from .headline import Lexicon, Word, bare, count, has_predicate, subject_word, verb_like

__all__ = ["MIN_KEPT", "body_part"]

#: the part of a sentence kept must have this many words
MIN_KEPT = 4
_STOP, _CAPTION = "stop", "caption"
_DASHES = {"-", "--", "—", "–"}


def body_part(before: str, expression: str, after: str, lex: Lexicon) -> tuple[str, str]:
    """``before`` and ``after`` (a sentence's text around its date ``expression``) cut to the part that
    holds the date, when a caption, title or page line runs into the sentence without a stop (see the
    module's docstring); else as they are."""
    if not lex.auxiliaries:
        return before, after
    head = [(m.start(), m.group()) for m in re.finditer(r"\S+", before)]
    tail = [(m.start(), m.group()) for m in re.finditer(r"\S+", after)]
    words = [Word(w) for _, w in head] + [Word(expression, gap=True)] + [Word(w) for _, w in tail]
    gap = len(head)
    kinds = [_starts_anew(words, i, lex) for i in range(len(words))]
    weak = kinds.index(_CAPTION) if _CAPTION in kinds else -1  # a caption ends once, at its first such word
    cuts = [i for i, kind in enumerate(kinds) if kind == _STOP or i == weak]
    start = max((c for c in cuts if c <= gap), default=0)
    end = min((c for c in cuts if c > gap), default=len(words))
    if (start, end) == (0, len(words)) or count(words[start:end]) < MIN_KEPT:
        return before, after
    before = before[head[start][0]:] if start < gap else ""
    after = after[:tail[end - gap - 1][0]].rstrip() if end < len(words) else after
    return before, after


def _starts_anew(words: list[Word], i: int, lex: Lexicon) -> str:
    """Whether a second sentence starts at ``words[i]`` without a stop before it: ``_STOP`` (a word that
    opens sentences, a factbox's date), ``_CAPTION`` (a caption's end, if it is the first) or ""."""
    if i == 0:
        return ""
    before, here = words[i - 1].text, words[i].text
    if _quote_closed(words, i, lex):
        return _STOP
    word = bare(before)
    if (word in lex.dangling or word in lex.not_subject or word in lex.speech or word in lex.determiners
            or not word.replace("-", "").isalpha()):  # "the 5th Harbour Meeting"
        return ""
    if not (before[:1].islower() and before[-1:].isalpha()):  # "Adobe Reader Meanwhile in …"
        # not after a heading in capitals ("SANTO DOMINGO AIRPORT Even the …"), which the date may head
        nxt = words[i + 1].text if i + 1 < len(words) else ""
        return _STOP if (before[-1:].isalpha() and not before.isupper() and _adverb(here, lex)
                         and not nxt[:1].isupper()) else ""  # "Cheung So Mui": a name's word between two
    if words[i].gap:
        return _STOP if _factbox_line(words, i, lex) else ""
    if not (here[:1].isupper() and len(here) > 1):  # one capital alone is an initial or a numeral
        return ""
    head, rest = words[:i], words[i:]
    if not (has_predicate(head, lex) and has_predicate(rest, lex)) or _verb(word, lex):
        return ""
    if _opener(words, i, lex):
        return _STOP
    gap = next((k for k, w in enumerate(words) if w.gap), 0)
    caption = (i <= gap and i == _caption_end(words, lex) and not _modified(words, i, lex) and bare(here) not in lex.determiners and word not in lex.subject and subject_word(here, lex) and not _apposition(words, i, lex)
               and _shared(head, rest, lex) and _apart(words, i, lex))
    return _CAPTION if caption else ""


#: a caption's quote opened at most this many words before its closing mark
QUOTE_REACH = 40
#: … and is a sentence of its own: at least this many words (a word or two in quote marks is set off in its sentence)
QUOTED_WORDS = 6
#: the marks that open a quote as a page or a tokeniser writes them, and those that close one
_OPENING_QUOTES = ("`", "‘", "“")
_CLOSING_QUOTES = {"'", "’", "”", "''"}


def _quote_closed(words: list[Word], i: int, lex: Lexicon) -> bool:
    """Whether a caption that ends on a quote ("… death was a ` nightmare '") runs into the story at ``words[i]``: a
    closing mark stands alone right after a lower-case word and closes a quote opened in the words before, and a
    capitalised word that opens a sentence or a subject follows ("Speaking to …", "Former US President …"), the
    words from it telling a sure predicate (past an aside: "…, who is …, visited"): a quote closed mid-sentence goes on in lower case ("' she said")."""
    if i < 3 or words[i - 1].text not in _CLOSING_QUOTES or not words[i - 2].text[-1:].isalpha():
        return False
    here = words[i].text
    if not (here[:1].isupper() and here[1:2].islower()) or not words[i - 2].text[:1].islower():
        return False
    opened = next((k for k in range(i - 2, max(0, i - QUOTE_REACH) - 1, -1) if words[k].text.startswith(_OPENING_QUOTES)),
                  -1)
    if opened < 0:
        return False
    # a caption's quote is a sentence ("` There 's no question … '"), no word set off in quote marks ("the US
    # was `` occupying '' Haiti and urged …": the sentence goes on past it)
    return count(words[opened:i - 1]) >= QUOTED_WORDS and _sure_predicate(words[i:], lex, participles=True)


def _apart(words: list[Word], i: int, lex: Lexicon) -> bool:
    """Whether the words before and after ``i`` read as two sentences, not one going on past a role's or an
    adjective's name ("fired national security adviser John Bolton on Tuesday, …", "lawyers for the convicted
    former Iraqi chief made …"): the words from ``i`` to the first comma or conjunction tell a predicate of their
    own, and the words before ``i`` back to a comma or conjunction do too, unless a conjunction opens them
    ("…, but otherwise intact")."""
    # "Restaurants and cafes in Bergen are to reopen": a conjunction right after the first word joins the subject
    end = next((k for k in range(i, len(words)) if _joint(words, k, lex, k > i)), len(words) - 1)
    start = next((k + 1 for k in range(i - 1, -1, -1) if _joint(words, k, lex)), 0)
    if not _sure_predicate(words[i:end + 1], lex, participles=True):
        return False  # "U.S. dollars), lower than", "Turkey of imposing unfair restrictions on US rice exports,"
    # "…reef , but otherwise intact": an elliptic clause after a comma and a conjunction
    opens = 0 < start < i and words[start - 1].text.endswith(",") and bare(words[start].text) in lex.conjunctions
    return opens or _sure_predicate(words[start:i], lex, participles=False)


def _sure_predicate(run: list[Word], lex: Lexicon, participles: bool) -> bool:
    """Whether ``run`` holds a sure verb in lower case, not after a determiner or possessive ("the convicted
    former"): an auxiliary or one of ``verbs``, or with ``participles`` a word in ``object_endings`` ("-ed",
    which may also be a participle: "an attack carried out near …", unless after a name or pronoun); a word in "-s" may be a plural ("lawyers")."""
    after = lex.determiners | lex.possessive_pronouns
    return any(w.text[:1].islower() and not (k and bare(run[k - 1].text) in after)
               and (_verb(bare(w.text), lex) if participles or k and _named(run[k - 1].text, lex)
                    else bare(w.text) in lex.auxiliaries | lex.verbs)
               for k, w in enumerate(run)) or not participles and _present_after_name(run, lex)


def _present_after_name(run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` holds a caption's present tense: a verb of saying, or a word in "-s" right after a name
    that goes on with a pronoun or a number ("Ola Lind says he …", "Salt Wind gets 3 m viewers"): captions and
    titles tell in the present, where a plural after a name goes on with a verb ("Council members voted")."""
    for k in range(1, len(run) - 1):
        word, nxt = bare(run[k].text), run[k + 1].text
        if (run[k].text[:1].islower() and _named(run[k - 1].text, lex) and run[k - 1].text[:1].isupper()
                and (word in lex.speech or verb_like(word, lex) and word.endswith(lex.plural_endings or ("\0",)))
                and (bare(nxt) in lex.pronouns or nxt[:1].isdigit())):
            return True
    return False


def _named(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` is a name or a pronoun, so a word in "-ed" after it is its verb ("Jo Lind died")."""
    return text[:1].isupper() and text[-1:].isalpha() or bare(text) in lex.pronouns


def _joint(words: list[Word], k: int, lex: Lexicon, conjunction: bool = True) -> bool:
    """Whether a clause ends at ``words[k]``: a comma, semicolon, colon or dash after it, or (with ``conjunction``)
    a conjunction next; a quote mark is none."""
    text = words[k].text
    nxt = bare(words[k + 1].text) if k + 1 < len(words) else ""
    return text.endswith((",", ";", ":")) or text in _DASHES or conjunction and nxt in lex.conjunctions


def _adverb(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` is a capitalised leading adverb ("Meanwhile", "However"), which opens sentences even
    after a name; not a conjunction or preposition, which a title in capitals may hold ("Pride And Joy")."""
    word = bare(text)
    return (text[:1].isupper() and word in lex.leading and word not in lex.conjunctions and word not in lex.lists
            and word not in lex.cut_before_phrase and " " not in word)


def _verb(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is surely a verb, whose object a name after it may be ("met Lina Berg"): an auxiliary,
    one of ``verbs``, a past tense ("-ed"); a word in "-s" may be a plural noun ("the islands")."""
    return word in lex.auxiliaries or word in lex.verbs or word.endswith(lex.object_endings or ("\0",))


def _opener(words: list[Word], i: int, lex: Lexicon) -> bool:
    """Whether ``words[i]``, capitalised, is a word that opens sentences and never goes on one."""
    word = bare(words[i].text)
    if word in lex.determiners:  # "The little girl", not "the paper The Sun"
        nxt = words[i + 1].text if i + 1 < len(words) else ""
        if word not in lex.pronouns and nxt[:1].isupper():  # "… by Nordsec security firm The US Bureau of X issued …"
            return _name_then_verb(words[i + 1:], lex) and _apart(words, i, lex)
        return word not in lex.pronouns and nxt[:1].islower()  # an article, not "This"/"These" that may stand alone
    nxt = words[i + 1:i + 4]
    if (word in lex.pronouns or word in lex.possessive_pronouns) and nxt and nxt[0].text[:1].isupper():
        return False  # a title or a fixed name: "Her Majesty's Revenue", "His Holiness", "His Dark Materials"
    if word in lex.cut_before_phrase and _named_subject(nxt, lex):
        return False  # a place's name: "the rescue mission In Amenas ended"
    return (word in lex.leading or word in lex.possessive_pronouns or word in lex.cut_before_phrase
            or word in lex.pronouns)  # a one-letter word never gets here: an initial ("Jo F Lind")


def _named_subject(words: list[Word], lex: Lexicon) -> bool:
    """Whether ``words`` are a capitalised name and then a verb: the name is a subject, not a preposition's."""
    k = 0
    while k < len(words) and words[k].text[:1].isupper():
        k += 1
    return 0 < k < len(words) and words[k].text[:1].islower() and verb_like(bare(words[k].text), lex)


def _name_then_verb(words: list[Word], lex: Lexicon) -> bool:
    """Whether ``words`` open with a name (capitalised words, and ``name_links`` between them: "US Bureau of
    Statistics") and then a sure verb in lower case (an auxiliary, one of ``verbs``, a past tense): an article
    before them opens a sentence's subject."""
    k = 0
    while k < len(words) and (words[k].text[:1].isupper() or bare(words[k].text) in lex.name_links
                              and k + 1 < len(words) and words[k + 1].text[:1].isupper()):
        k += 1
    return 0 < k < len(words) and words[k].text[:1].islower() and _verb(bare(words[k].text), lex)


def _caption_end(words: list[Word], lex: Lexicon) -> int:
    """The first index where a lower-case word that needs nothing after it (not "the", "of", a verb of
    saying or a sure verb) is followed by a capitalised one: where a caption may end."""
    for k in range(1, len(words)):
        before = words[k - 1].text
        word = bare(before)
        if (before[:1].islower() and before[-1:].isalpha() and words[k].text[:1].isupper()
                and word not in lex.dangling and word not in lex.speech and not _verb(word, lex)):
            return k  # not "caused Michael Jackson's death", "says Michael": a verb and its object
    return -1


def _modified(words: list[Word], i: int, lex: Lexicon) -> bool:
    """Whether the word before ``words[i]`` is a modifier inside a phrase, so the capitalised word goes on it
    ("the former Iraqi leader", "after powerful Supreme Council", "their final Test", "2,459 million NZ
    dollars", "expected to reach Bergen"): the word before it needs what follows or is a number."""
    if i < 2:
        return False
    word = bare(words[i - 2].text)
    return (word in lex.dangling or word in lex.not_subject or word in lex.infinitive or word in lex.auxiliaries
            or words[i - 2].text[:1].isdigit())


def _apposition(words: list[Word], i: int, lex: Lexicon) -> bool:
    """"the singer Jo Bloggs died": an article's noun before a name and a verb after it is an apposition
    ("the country Haitian-born musician …" is not: a noun follows the capitalised word)."""
    k = i
    while k < len(words) and words[k].text[:1].isupper():
        k += 1
    nxt = bare(words[k].text) if k < len(words) else ""
    near = {bare(w.text) for w in words[max(0, i - 3):i - 1]}
    return bool(near & lex.determiners) and (not nxt or verb_like(nxt, lex) or nxt in lex.auxiliaries)


def _shared(head: list[Word], rest: list[Word], lex: Lexicon) -> bool:
    """Whether ``head`` and ``rest`` share a name: a capitalised word of their own (no word of the language's
    lists) that is not the first of ``head`` (any sentence capitalises that) unless ``rest`` gives it after another
    name, as a full name's last word; a caption names whom or what its story tells of."""
    def own(run: list[Word]) -> set[str]:
        return {bare(x.text) for x in run if not x.gap and x.text[:1].isupper() and len(bare(x.text)) >= 2
                and bare(x.text).replace("-", "").isalpha() and bare(x.text) not in lex.dangling
                and bare(x.text) not in lex.not_subject and bare(x.text) not in lex.subject}
    # the first word only when the story gives it as a full name's last word ("Lind has … singer Ola Lind wept")
    first = own(head[:1]) & {bare(x.text) for k, x in enumerate(rest[1:], 1) if rest[k - 1].text[:1].isupper()
                             and rest[k - 1].text[-1:].isalpha() and bare(rest[k - 1].text) not in lex.subject}
    return bool(own(head[1:]) & own(rest) or first)


def _factbox_line(words: list[Word], i: int, lex: Lexicon) -> bool:
    """Whether the date at ``words[i]`` (a year, a day: it opens with a digit or a capital) heads a factbox
    line run into the line before it: a colon right after it (or none after a date written whole, day, month and
    year, as a timeline's entries open), then a capitalised word that opens a clause, and a predicate before it."""
    date, after = words[i].text, words[i + 1:i + 3]
    if not (date[:1].isdigit() or date[:1].isupper()) or not after:
        return False
    glued = after[0].text.startswith(":") and len(after[0].text) > 1  # "1968 :An"
    nxt = after[0].text[1:] if glued else after[1].text if after[0].text == ":" and len(after) > 1 else ""
    if not nxt and _full_date(date, lex) and not _governed(words, i, lex):
        nxt = after[0].text  # "… read out in court [1 May 2011] Dr Lind tells …": a timeline's entry
    return (nxt[:1].isupper() and subject_word(nxt, lex) and has_predicate(words[:i], lex)
            and has_predicate(words[i + 1:], lex))  # not a list after a colon: "sites Friday: Edwards Air Force Base …"


def _governed(words: list[Word], i: int, lex: Lexicon) -> bool:
    """Whether the date at ``words[i]`` belongs to the clause before it: a preposition, an article or a participle
    stands right before it ("the quarter ending [30 September 2009] Ford said", "due on [1 May 2011] Anna Berg
    said"), where a timeline's entry follows the end of the line before, a noun or a stop."""
    before = bare(words[i - 1].text) if i else ""
    return before in lex.dangling or before.endswith(tuple(lex.participle_endings)) and len(before) > 4


def _full_date(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` is a date written whole: a day, a month's name and a year ("1 May 2011", "May 1, 2011"),
    which heads a line of its own, where a bare "1968" or "Friday" may end the sentence before ("declared
    a pandemic [41 years ago] A sharp rise …")."""
    parts = [bare(p) for p in text.split()]
    days = [p for p in parts if p.isdigit() and 1 <= int(p) <= 31 and len(p) <= 2]
    return (len(parts) == 3 and bool(days) and any(p.isdigit() and len(p) == 4 for p in parts)
            and any(p.rstrip(".") in lex.months for p in parts))
