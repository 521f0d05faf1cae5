"""The part of a sentence a summary reads: the splitter's sentence cut where the page's structure ends one.

The sentence splitter (:mod:`timeline.temporal.sentences`) ends a sentence at
final punctuation before a capital, or at a blank line. Scraped and tokenised
text hides three more ends from it, and a summary read across them glues two
sentences ("… any of them . '' 1614 A-cui from Beijing e-mails"):

- final punctuation followed by a closing quote written apart (tokenised
  ``. ''``) and then a new sentence;
- a quoted headline that closes with no stop before a capitalised word ("… ` warned about propofol
  use ' Cherilyn Lee fought back tears …");
- a line break: after a line that ends a sentence (final punctuation, closing
  quotes), or after a line with no final punctuation at all when the text's
  lines end sentences (one sentence or paragraph a line, not prose wrapped at
  a width): such a line is a heading, not the start of a sentence;
- a heading or caption run into the next sentence on one line ("… wave of
  amputations A lack of sterile facilities …"): a capitalised word after a
  lowercase word or number, where the article writes that word in lower case
  elsewhere or it is a pronoun (so it is no name: "A", "The", "Doctors", "There") and the word after it is
  lower case (or it is a subordinating word: "When"), not inside a name after a short number or a clitic ("Radio 5 Live", "Alden 's School"); or such a word after a heading in capitals;
  or a capitalised "He"/"She" before a lower-case verb ("… need Adobe Reader She said …"), or a
  capitalised article after a word that is no verb, with a sure verb right after ("… 91 confirmed
  cases The Mexican boy had arrived …"), or an opening quote after a word with no stop ("… the
  vaccine `` If they are asked …");
- a page's date-and-time stamp before the text ("27 September 2011 12:24 UK Michael Jackson
  announced …"): a year, a clock time and a zone in capitals;
- a list bullet, or a photo credit glued before a caption ("Photograph: David
  Moir/Reuters The family …"): the bullet or credit is a piece of its own
  (see :func:`timeline.extraction.furniture.bullets`);
- the clock stamp that opens an entry of a live page ("… of them . '' 1614 A-cui from Beijing
  e-mails", see :mod:`timeline.temporal.stamps`): the stamp is a piece of its own, so no summary
  opens with it, and a stamp that dates a mention heads the entry after it.

A heading that opens an article without a title is its title (see
:func:`opening_heading`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..extraction.furniture import bullets, furniture
from ..temporal.grammar import GrammarError
from ..temporal.stamps import entry_stamps, stamp_words
from .headline import verb_like
from .first_line import first_line_breaks
from .headline_words import Lexicon
from .listed_years import listed_year_starts
from .rejoin import rejoined

_FINAL = re.compile(r"[.!?…](?:\s*(?:''|\"|”|’|'|\)|-RRB-))*\s*$")
_QUOTE_END = re.compile(r"[.!?…](?:\s*(?:''|\"|”|’|'|-RRB-))*\s+(?:''|\"|”|’|')\s+(?=(?:``\s*|[\"“‘(])?[^\W_a-z])")
_WORD = re.compile(r"\S+")
#: a headline's quote that closes with no stop before a capitalised word and prose ("… ` warned about
#: propofol use ' Cherilyn Lee fought …", "`` Four years wo n't bring my son back '' Murray was …")
#: a quoted headline has at least this many words
QUOTED_WORDS = 3
_QUOTED_HEADLINE = re.compile(r"(?<=[^\W_])\s*(?:''|'|’|”)\s+(?=[^\W\d_][^\W\d_A-Z]+(?:\s+\S+)?\s+[a-z])")
_POSSESSIVE = re.compile(r"['’]s?$")
#: a text whose lines end sentences at least this often is written a sentence (or paragraph) a line
LINE_SHARE = 0.5
_LOWER_INITIAL = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*\b")


def piece_at(text: str, start: int, end: int, offset: int, lex: Lexicon, until: int | None = None,
             language: str = "", first_line: bool = True) -> tuple[int, int]:
    """The piece of ``text[start:end]`` (a sentence) holding ``offset``, cut at the ends described above.
    An expression (``offset`` to ``until``) that ends its piece, or whose piece is a heading in
    capitals, heads the next one, as a date heads an entry of a list of dates ("… clinic
    21 November 2009 Court documents reveal …", "19 JANUARY, 2200 GMT, PORT-AU-PRINCE We have …"). ``first_line``:
    cut where a page's title and caption end on its first line (for a text whose title is not known apart)."""
    cuts = breaks(text, start, end, lex, language, first_line)
    start = rejoined(text, start, lex)  # "L -RRB- MedImmune …": from the name before the ticker
    run_in = _run_in(text, start, end, offset, until, lex) if until is not None else None
    if run_in:
        cuts = sorted(set(cuts) | {run_in})
    if until is not None:
        after = min((c for c in cuts if c > offset), default=end)
        before = max((c for c in cuts if c <= offset), default=start)
        # the expression ends its piece, or the piece is a heading in capitals ("19 JANUARY, 2200 GMT, PORT-AU-PRINCE")
        if after < end and after != run_in and not _dateline_at(text, after, language) and not any(
                a == after for a, _ in _page_stamps(text, language)) and (
                not text[until:after].strip() or not any(c.islower() for c in text[before:after])) and (
                not _bullet_at(text, before, language)):
            offset = after
    lo = max((c for c in cuts if c <= offset), default=start)
    hi = min((c for c in cuts if c > offset), default=end)
    while hi < end and lo < hi and not text[lo:hi].strip():
        hi = min((c for c in cuts if c > hi), default=end)
    lo = max([lo] + [b for _, b in _datelines(text, language) if lo < b <= offset])
    return _trimmed(text, lo, _before_dateline(text, offset if until is None else until, hi, language))


def _datelines(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) of each dateline of ``text`` ("NORTHPORT , May 12 (Wire) -"): a story's own opening, which
    ends the highlights run into its line before it."""
    if not language:
        return []
    try:
        return [(span.start, span.end) for span in furniture(text, language, only=("dateline",))]
    except GrammarError:
        return []


def _dateline_at(text: str, at: int, language: str) -> bool:
    """Whether a dateline opens the piece at offset ``at``: a date ending the piece before it (a wire story's
    highlight, "… finished in 2031") never heads it."""
    return any(a == at for a, _ in _datelines(text, language))


def _page_stamps(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) of each page stamp of ``text`` (furniture's ``stamp``: "Friday 8 May 2009 16.29 BST"), whose
    start ends the standfirst run into it as its end starts the story."""
    if not language:
        return []
    try:
        return [(span.start, span.end) for span in furniture(text, language, only=("stamp",))]
    except GrammarError:
        return []


def _bullet_at(text: str, at: int, language: str) -> bool:
    """Whether a list bullet ends right at offset ``at`` (a piece's start): a date ending that item ("* Traffic up
    sharply this week *") heads no item after it."""
    return bool(language) and any(b == at for _, b in bullets(text, language))


def _before_dateline(text: str, after: int, hi: int, language: str) -> int:
    """``hi``, or where a dateline starts between offsets ``after`` and ``hi``: a highlight run into the story's
    dateline on one line ends there ("… finished in 2031 NORTHPORT , May 12 (Wire) - …")."""
    return min((a for a, _ in _datelines(text, language) if after < a < hi), default=hi)


#: white space, then a word (whether it is capitalised is :func:`_capitalised`'s: any alphabet's capitals)
_SPACE_WORD = re.compile(r"\s+(?=[\w'’.-]+)")


def _capitalised(word: str) -> bool:
    """"Jurors", "Åklagaren": a capital letter, then a lower-case one; not "AP", not "iPhone"."""
    return word[:1].isupper() and any(c.islower() for c in word[1:])


def _run_in(text: str, start: int, end: int, offset: int, until: int, lex: Lexicon) -> int | None:
    """Where a caption that ends on its date runs into the next sentence ("Jackson died on 25 June 2009
    Jurors at the trial have been told …"): the date follows a preposition that links it to the clause
    before ("on", "in"), a capitalised word follows it, and both sides read as clauses (a lower-case
    verb each). None when not so; "clinic 21 November 2009 Court documents reveal" (no preposition) is
    a date heading the entry after it (see :func:`piece_at`)."""
    before = text[start:offset].split()
    match = _SPACE_WORD.match(text, until, end)
    if match and not _capitalised(text[match.end():end].split()[0]):
        match = None
    if len(before) < 2 or not match or before[-1] not in lex.dated_noun_link:
        return None
    if before[-2].strip(".,;:!?\"'“”‘’()").lower() in lex.speech:  # "said on Tuesday Haiti was": a report, no caption
        return None
    after = text[match.end():end].split()
    if len(after) < 4 or not any(_verb(w, lex) for w in after) or not any(_verb(w, lex) for w in before[:-1]):
        return None
    return match.end()


def _opened(before: str) -> bool:
    """Whether ``before`` leaves a quote open (an opening mark after the last closing one) that holds
    ``QUOTED_WORDS`` words or more, one of them in lower case (not a nickname: "`` Baby Doc ''", nor a
    word: "`` occupying ''")."""
    opening = max(before.rfind(q) for q in ("`", "‘", "“"))
    words = before[opening:].strip("`‘“ ").split()
    return (opening >= 0 and all(before.rfind(q) < opening for q in ("''", "’", "”"))
            and len(words) >= QUOTED_WORDS and any(w[:1].islower() for w in words))


def _verb(word: str, lex: Lexicon) -> bool:
    core = word.strip(".,;:!?\"'“”‘’()")
    return core[:1].islower() and verb_like(core.lower(), lex)


def breaks(text: str, start: int, end: int, lex: Lexicon, language: str = "", first_line: bool = True) -> list[int]:
    """Offsets in ``text[start:end]`` where a new sentence starts by structure; ``first_line``: also where a page's
    title and caption end on its first line (:mod:`.first_line`; not for :func:`opening_heading`, whose heading is a
    title by other signs: a caption ends there as often)."""
    return list(_breaks(text, start, end, lex, language, first_line))


@lru_cache(maxsize=1 << 12)  # the same sentence's for each of its mentions' summaries (whole texts as keys: kept small)
def _breaks(text: str, start: int, end: int, lex: Lexicon, language: str, first_line: bool) -> tuple[int, ...]:
    found = {m.end() for m in _QUOTE_END.finditer(text, start, end)}
    found.update(m.end() for m in _QUOTED_HEADLINE.finditer(text, start, end) if text[m.end()].isupper() and _opened(text[start:m.start()]))
    if language:
        found.update(at for span in bullets(text, language) if span[0] < end and span[1] > start for at in span)
    found.update(_line_breaks(text, start, end))
    if language:
        found.update(at for span in _stamps(text, language, tuple(sorted(found)))
                     if span[0] < end and span[1] > start for at in span)
    found.update(_glued(text, start, end, lex))
    if first_line:  # a page's title and caption run into its lead
        found.update(first_line_breaks(text, start, end, lex))
    stamped = {m.end() for m in _PAGE_STAMP.finditer(text, start, end)}
    found.update(stamped)
    found.update(a for a, b in _page_stamps(text, language) if b in stamped)  # "… in the UK | Friday 8 May …"
    # a caption that ends on a year runs into the sentence after it ("Michael Jackson died in 2009 Katherine said …")
    found.update(c for c in (_run_in(text, start, end, m.start(), m.end(), lex)
                             for m in _YEAR.finditer(text, start, end)) if c)
    found.update(listed_year_starts(text, start, end))  # "… kills hundreds | 1998 - Hurricane Georges …"
    return tuple(sorted(c for c in found if start < c < end))


_YEAR = re.compile(r"(?<![\w.,:/-])(?:1[89]|20)\d\d(?![\w.,:/-])")


#: a page's date-and-time stamp run into the text after it ("27 September 2011 12:24 UK Michael
#: Jackson announced …", "2009 05 3 08:53 JST MEXICO CITY", "8 May 2009 16.29 BST The agency …"): a year, a
#: clock time and a zone in capitals
_PAGE_STAMP = re.compile(r"(?<!\w)(?:1[89]|20)\d\d\b[^\n.!?]{0,12}?\b[0-2]?\d[:.][0-5]\d\s+[A-Z]{2,5}\b(?=\s+[^\W\d_])")


_STAMP = re.compile(r"(\d\d)([0-5]\d)(?:\s?[:\u2013-])?(?=\s+[\"'`“‘(\[]*\s?[^\W\d_])")


def _stamps(text: str, language: str, cuts: tuple[int, ...] = ()) -> list[tuple[int, int]]:
    """(start, end) of each entry stamp of a live page ("1614", "0930:"): those the page's openers
    give (:func:`timeline.temporal.stamps.entry_stamps`), and on such a page a clock time that opens
    a piece another break starts ("… any of them . '' 1614 A-cui …")."""
    stamps = entry_stamps(text, *stamp_words(language))
    if not stamps:
        return []
    found = []
    for at in sorted(set(stamps) | set(cuts)):
        match = _STAMP.match(text, at)
        if match and int(match.group(1)) <= 23 and (at in stamps or not text[at - 1:at].isalnum()):
            found.append(match.span())
    return found


def opening_heading(text: str, first: tuple[int, int], lex: Lexicon, language: str = "") -> str:
    """The heading that opens ``text`` (whose first sentence is ``first``): its first piece when
    that piece has no final punctuation and a sentence follows it in the same sentence span; none when
    the piece is a title run into a caption (:mod:`.first_line`: "Ferry strike hoax | Velbo is the only port
    with a strike"), which reads as neither: the mentions there are read from their own pieces."""
    start, end = first
    cuts = breaks(text, start, end, lex, language, first_line=False)
    if not cuts:
        return ""
    lo, hi = _trimmed(text, start, cuts[0])
    heading = text[lo:hi]
    if (_FINAL.search(heading) or heading.rstrip()[-1:] in ",;:" or not text[cuts[0]:end].strip()
            or first_line_breaks(text, lo, hi, lex)):
        return ""
    return " ".join(heading.split())


def _trimmed(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _line_breaks(text: str, start: int, end: int) -> list[int]:
    found = []
    line_start = text.rfind("\n", 0, start) + 1
    for newline in (m.start() for m in re.finditer("\n", text[start:end])):
        newline += start
        line = text[line_start:newline]
        after = text[newline + 1:end].lstrip()
        line_start = newline + 1
        if not line.strip() or not after:
            continue
        if _FINAL.search(line):
            found.append(newline + 1)
        elif (line.rstrip()[-1:].isalnum() and _starts_sentence(after) and _lines_end_sentences(text)):
            found.append(newline + 1)
    return found


def _starts_sentence(text: str) -> bool:
    first = text.lstrip("`\"“‘'( ")[:1]
    return first.isupper() or first.isdigit()


@lru_cache(maxsize=8)
def _lines_end_sentences(text: str) -> bool:
    """Whether ``text`` is written a sentence (or paragraph) a line, not wrapped at a width."""
    lines = [line for line in text.splitlines() if len(line.split()) >= 3]
    return bool(lines) and sum(1 for line in lines if _FINAL.search(line)) >= LINE_SHARE * len(lines)


@lru_cache(maxsize=8)
def _lowercase_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case somewhere."""
    return frozenset(_LOWER_INITIAL.findall(text))


def _shouted(word: str) -> bool:
    letters = word.replace("-", "")
    return len(letters) > 1 and letters.isalpha() and letters.isupper()


def _new_sentence(word: str, key: str, prev: str, following: list[str], lex: Lexicon) -> bool:
    """Whether ``word`` (capitalised) starts a sentence whatever the words around it: a person
    pronoun before a lower-case verb ("… need Adobe Reader She said …"), or an article after a word
    that ends no phrase and is no verb, with a sure verb in the ``following`` words ("… 91 confirmed
    cases The Mexican boy had …"; not "in The Times", "loves The Harbour Story more")."""
    if not word[:1].isupper() or not word[1:2].islower() and len(word) > 1 or not following:
        return False
    nxt = following[0]
    if key in lex.person_pronouns:
        return nxt[:1].islower() and verb_like(bare_word(nxt), lex) and prev[-1:].isalnum()
    if key not in lex.determiners or key in lex.pronouns:  # "This", "These": may open a title
        return False
    before = bare_word(prev)
    verb = next((k for k, w in enumerate(following[1:4], 1) if w[:1].islower() and (
        bare_word(w) in lex.auxiliaries or bare_word(w) in lex.verbs
        or bare_word(w).endswith(lex.object_endings or ("\0",)))), 0)
    # a common noun heads the subject ("The Mexican boy had"), not a name ("journal The Lancet accused")
    noun = any(w[:1].islower() for w in following[1:verb])
    return (prev[-1:].islower() and before not in lex.dangling and before not in lex.verbs
            and before not in lex.auxiliaries and before not in lex.speech
            and not before.endswith(lex.object_endings or ("\0",)) and verb > 0 and noun)


_OPENING_QUOTES = ("``", "“")


def bare_word(word: str) -> str:
    return word.strip(".,;:!?\"'“”‘’()").lower()


def _glued(text: str, start: int, end: int, lex: Lexicon) -> list[int]:
    """Where a heading or caption runs into the next sentence on one line (see the module's doc)."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, start, end)]
    lower = _lowercase_words(text)
    found = []
    for k in range(1, len(words) - 1):
        at, word = words[k]
        prev, nxt = words[k - 1][1], words[k + 1][1]
        if (word in _OPENING_QUOTES and prev[-1:].islower() and _capitalised(nxt)
                and bare_word(prev) not in lex.speech | lex.dangling
                and (bare_word(nxt) in lower or bare_word(nxt) in lex.subordinators | lex.pronouns | lex.determiners)):
            found.append(at)  # "… to mass-produce the vaccine `` If they are asked …": a quote of its own
            continue
        if not word[:1].isupper() or word.isupper() and len(word) > 1 or "\n" in text[words[k - 1][0]:at]:
            continue
        key = _POSSESSIVE.sub("", word.lower())
        if (_shouted(prev) and any(_shouted(w) for _, w in words[max(0, k - 4):k - 1]) and key in lower
                and nxt[:1].islower()):
            found.append(at)  # "CHILDREN IN DELMAS The moment …": a heading in capitals
            continue
        if key in lex.leading and nxt == "," and (prev[-1:].islower() or prev[-1:].isdigit()):
            found.append(at)  # "… at the age of 50 However , one has been …": no sentence goes on so
            continue
        if _new_sentence(word, key, prev, [w for _, w in words[k + 1:k + 5]], lex):
            found.append(at)
            continue
        # a pronoun ("There", "His") is no name whether or not the article writes it in lower case
        closed = key in lex.pronouns | lex.possessive_pronouns and key != "i"
        if (key not in lower and not closed) or not key or prev[:1].isupper() or not (
                prev[-1:].islower() or prev[-1:].isdigit()):
            continue
        if prev.lower() in lex.dangling or _inside_name(words[k - 2][1] if k > 1 else "", prev, lex):
            continue
        if (nxt[:1].islower() or key in lex.subordinators) and _tells_verb([w for _, w in words[k + 1:]], lex):
            found.append(at)  # not "… the breakfast show Today earlier this week .": no sentence without a verb
    return found


def _inside_name(before: str, prev: str, lex: Lexicon) -> bool:
    """Whether ``prev`` (the word before a capitalised one) stands inside a name after a capitalised word that is no
    month or weekday: a short number ("BBC Radio 5 Live did a phone-in", "Channel 4 News") or a possessive's clitic
    written apart ("pupils at Alden 's School who were off sick"); the name goes on, no heading ends there ("… was
    born on June 12 Doctors say …" and "… in the 1990s Doctors …" still do)."""
    inside = prev.isdigit() and len(prev) <= 2 or prev in lex.possessive_endings
    return inside and _capitalised(before) and bare_word(before) not in lex.calendar


def _tells_verb(words: list[str], lex: Lexicon) -> bool:
    """Whether ``words`` (the rest of a sentence after a capitalised word) hold a lower-case word that reads as a verb."""
    return any(w[:1].islower() and verb_like(bare_word(w), lex) for w in words)
