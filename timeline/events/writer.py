"""Who writes a first-person account: the writer a diary entry, reader's story or post is signed by.

A summary of narration in the first person names no one ("I spent a few hours at
our field hospital"). Pages of diaries and readers' stories head each account with
its writer, and a story may carry a byline. The nearest such signature before the
sentence names its writer:

- a heading in capitals: two to four words, a comma and more words in capitals
  ("JANE ROE , RELIEF NURSE" or "JANE ROE, BERGEN, NORWAY"), at the start of a line;
  the name is written as a name ("Jane Roe"); not a dateline (a date, an agency in brackets or a
  dash after it) nor a name of place words only ("NEW YORK, USA");
- a diary entry's heading that gives its day, a dash and its writer's name, all in capitals, run into
  the entry's first sentence ("SUNDAY 17 MAY - JANE ROE This morning I …"): the day holds a digit;
- a byline that the furniture layer finds (a whole line "By Jane Roe", see
  :func:`timeline.extraction.furniture.furniture`): the capitalised words after its first word;
- a blog post's stamp that the furniture layer finds, opening with its writer's name and a bar
  ("Jane Roe | 16:55 UK time , Tuesday , 23 March 2010 We are recording …"): the name before the bar.

The headline is then credited as a quote is: ``Jane Roe: I spent a few hours …``.

A heading signs one account, and a page may hold several whose other signatures were lost with its
layout (a diary page where only the first writer's name survived in the text): a heading credits a
sentence only within ``WRITER_REACH`` sentences of it. Farther on, the writer is unknown (a wrong name
is worse than none). A byline signs the whole article, a post's stamp the post under it (up to the next signature). With no
signature before the sentence, a blog's about box ("I'm Jane Roe , the Courier 's health correspondent",
anywhere on the page) names the writer of its posts, unless the sentence credits a speaker or its paragraph
names another person before it (an interview's "I" is the interviewee's).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..extraction.furniture import furniture
from ..temporal.grammar import GrammarError, resource_data
from .headline import Word, bare
from .headline_words import Lexicon
from .own_voice import in_own_voice
from .speaker import with_credit
from .speaker_names import first_person

__all__ = ["writer_before", "credit_writer", "after_heading", "in_own_voice"]  # in_own_voice: when summary asks for the writer

#: a heading that signs an account: a name in capitals, a comma, a role or a place in capitals
#: (all its words at once, then not followed by a date, an agency in brackets or a dash: a dateline,
#: "UNITED NATIONS, GENEVA (Reuters) -", "NEW YORK, MAY 5 -")
_HEADING = re.compile(r"^[^\S\n]*((?:[A-Z][A-Z'’.-]+[^\S\n]+){1,3}[A-Z][A-Z'’-]+)[^\S\n]*,[^\S\n]*[A-Z]{2,}\b"
                      r"(?=(?P<rest>(?:[^\S\n]*,?[^\S\n]*[A-Z][A-Z'’-]+\b)*))(?P=rest)"  # all of them (atomic, as *+ in 3.11)
                      r"(?![^\S\n]*(?:[(|\d\-–—]|-LRB-))[^\S\n]*",
                      re.MULTILINE)
#: a diary entry's heading: its day in capitals (with a digit), a dash, its writer's name in capitals, then
#: the entry's first sentence opening with a capitalised word in lower case ("SUNDAY 17 MAY - JANE ROE This …")
_DAY_HEADING = re.compile(r"^[^\S\n]*(?=[A-Z ,]*\d)(?:[A-Z0-9]+[^\S\n]*,?[^\S\n]+){1,6}[-–—][^\S\n]*"
                          r"((?:[A-Z][A-Z'’.-]+[^\S\n]+){1,3}[A-Z][A-Z'’-]+)[^\S\n]+(?=[A-Z][a-z])", re.MULTILINE)
#: a signing heading credits the first person at most this many sentences after it
WRITER_REACH = 12
#: the end of a sentence: a full stop, question or exclamation mark (and quote marks) before a space
_STOP = re.compile(r"[.!?]+[\"'”’]*(?=\s|$)")
#: the name of a heading that is a place's, not a writer's
PLACE = "\x00place"
#: a byline's name: capitalised words in a row
_NAME = re.compile(r"[A-Z][\w'’.-]+(?:[^\S\n]+[A-Z][\w'’.-]+){1,3}")
#: a post's stamp that opens with its writer's name and a bar ("Jane Roe | 16:55 UK time , …")
_POSTED = re.compile(r"([A-Z][\w'’.-]+(?:[^\S\n]+[A-Z][\w'’.-]+){1,3})[^\S\n]*\|")


@lru_cache(maxsize=8)
def _signed_line(first_person: frozenset[str]) -> re.Pattern[str] | None:
    """A line that opens with a name, a comma and a place or employer, all in capitalised words, run into a
    sentence that opens in the first person ("Jane Roe , Relief International I see …")."""
    if not first_person:
        return None
    words = "|".join(sorted(re.escape(w.capitalize()) for w in first_person))
    return re.compile(r"^[^\S\n]*((?:[A-Z][\w'’.-]+[^\S\n]+){1,2}[A-Z][\w'’-]+)[^\S\n]*,[^\S\n]*"
                      rf"(?:[A-Z][\w'’-]+[^\S\n]+){{1,4}}(?=(?:{words})\b)", re.MULTILINE)


def _headings(text: str, lex: Lexicon, end: int) -> list[tuple[int, int, str]]:
    """(start, end, writer's name) of each signing heading that starts before ``end``."""
    return [h for h in _all_headings(text, lex) if h[0] < end]


@lru_cache(maxsize=16)
def _all_headings(text: str, lex: Lexicon) -> tuple[tuple[int, int, str], ...]:
    # a place's heading ("NEW YORK , USA We drove …") is cut off like a signature, but signs nothing:
    # its name is PLACE, and the writer of what follows it is unknown
    found = [(m.start(), m.end(), PLACE if _place(m.group(1), lex) else _as_name(m.group(1), lex))
             for pattern in (_HEADING, _DAY_HEADING) for m in pattern.finditer(text)]
    line = _signed_line(lex.first_person)
    # a heading in capitals is whole where it ends: the capitalised words after it open the sentence
    # ("JANE ROE , RELIEF NURSE Yesterday I …": "Yesterday" is no part of the signature)
    shouted = {at for at, _, _ in found}
    if line is not None:
        found += [(m.start(), m.end(), PLACE if _place(m.group(1), lex) else m.group(1)) for m in line.finditer(text)
                  if m.start() not in shouted and not any(bare(w) in lex.pronouns for w in m.group(1).split())]
    return tuple(found)


def writer_before(text: str, offset: int, language: str, lex: Lexicon) -> str:
    """The name of the writer whose signature is nearest before ``offset`` in ``text``, or ""."""
    found = [(at, end, name) for at, end, name in _headings(text, lex, offset)]
    found += [(at, -1, name) for at, name in _bylines(text, language) if at < offset]
    found = [f for f in found if f[2]]
    if not found:
        name = _introduced(text, language)
        return name if name and not _someone_else(text, offset, name, lex) else ""
    at, end, name = max(found)
    if end >= 0 and _sentences_between(text, end, offset) > WRITER_REACH:  # beyond its account's reach
        return ""
    return name if name != PLACE else ""


def _someone_else(text: str, offset: int, writer: str, lex: Lexicon) -> bool:
    """Whether the first person of the sentence at ``offset`` may be someone other than the writer an about box
    names for the whole page: the sentence credits a speaker ("…, said nurse Sarah Lane") or its paragraph or the
    one before names, before it, another person in capitalised words ("Sarah Lane has worked on the ward … I was
    attacked")."""
    stop = _STOP.search(text, offset)
    sentence = text[offset:stop.end() if stop else len(text)]
    if any(bare(w) in lex.speech for w in sentence.split()):
        return True
    line = text.rfind("\n", 0, offset)
    before = text[:max(line, 0)].rstrip()  # the paragraph before too: "Sarah Lane has worked …\n\nI was …"
    paragraph = text[before.rfind("\n") + 1 if line >= 0 else 0:offset]
    return any(m.group(0) not in writer for m in _NAME.finditer(paragraph)
               if not any(bare(w) in lex.first_person or bare(w) in lex.pronouns or bare(w) in lex.determiners
                          or bare(w) in lex.dangling for w in m.group(0).split()))  # "The Courier", "On Monday": no one


def _sentences_between(text: str, start: int, end: int) -> int:
    """How many sentences end between ``start`` and ``end``: the stops, and each line without one."""
    *lines, last = text[start:end].split("\n")
    return sum(len(_STOP.findall(line)) or 1 for line in lines if line.strip()) + len(_STOP.findall(last))


def after_heading(text: str, start: int, lex: Lexicon) -> int:
    """Where the sentence at ``start`` begins after a signing heading run into it ("JANE ROE , BERGEN We
    lost …"), or ``start``."""
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip():
        return start
    ends = [e for s, e, _ in _headings(text, lex, start + 1) if s == line]
    return max(ends) if ends and max(ends) > start else start


@lru_cache(maxsize=4096)  # events come in date order, their articles in any: room for a corpus's articles
def _bylines(text: str, language: str) -> tuple[tuple[int, str], ...]:
    found = []
    for span in furniture(text, language, only=("byline", "stamp")):
        line = text[span.start:span.end].strip()
        if span.reason == "stamp":  # a post's stamp signed "Jane Roe | 16:55 …"
            name = _POSTED.match(line)
        else:
            after = line.split(None, 1)[1] if len(line.split(None, 1)) > 1 else ""
            name = _NAME.match(after)
        if name:
            found.append((span.start, name.group(0) if span.reason == "byline" else name.group(1)))
    return tuple(found)


@lru_cache(maxsize=256)
def _introduced(text: str, language: str) -> str:
    """The one writer a blog's about box names anywhere on its page ("I'm Jane Roe , the Courier 's health
    correspondent", the language's ``[furniture] writer_introduction``), who signs the posts no signature
    heads; "" when no box or two of them name different writers."""
    try:
        patterns = resource_data(language).get("furniture", {}).get("writer_introduction", [])
    except GrammarError:
        return ""
    names = {m.group("name") for p in patterns for m in re.finditer(p, text, re.IGNORECASE | re.MULTILINE)}
    return names.pop() if len(names) == 1 else ""


def _place(shouted: str, lex: Lexicon) -> bool:
    """Whether a heading's name is only words of ``[furniture]`` ``place_words`` (and function words):
    a place ("NEW YORK, USA", "UNITED NATIONS, GENEVA"), no writer."""
    words = [bare(w) for w in shouted.split()]
    named = [w for w in words if w not in lex.dangling and w not in lex.lists]
    return bool(named) and all(w in lex.place_words for w in named)


def _as_name(shouted: str, lex: Lexicon) -> str:
    """A name in capitals written as a name ("JANE ROE" -> "Jane Roe"), its function words in lower case."""
    words = shouted.split()
    if any(bare(w) in lex.pronouns or bare(w) in lex.first_person for w in words):
        return ""
    return " ".join(w.lower() if bare(w) in lex.dangling or bare(w) in lex.lists else w.capitalize()
                    for w in words)


def credit_writer(run: list[Word], name: str, lex: Lexicon, sentence: list[Word] | None = None) -> list[Word]:
    """``run`` credited to ``name`` when it opens with a word in the first person, or, given ``sentence`` (the words
    it is cut from), is narration in that voice past its first word (:mod:`.own_voice`: "One story has been
    prominent in our output"): ``[Word("Jane Roe:"), *run]``."""
    opener = next((w for w in run if w.text.strip()), None)
    if not name or opener is None or not (first_person(opener.text, lex) or sentence and in_own_voice(run, sentence, lex)):
        return run
    return with_credit(name, run, opener, lex)  # "Jane Roe: We crossed …"
