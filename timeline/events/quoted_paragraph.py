"""The speaker of a paragraph that is only a quote, credited in the paragraph before it.

A journalist credits a speaker once and lets the next paragraphs of quotes run on uncredited, or
credited only to a "he" or "she":

    "The scare is over," said Anna Berg, a spokeswoman.

    "We had the same situation last year."

The second paragraph is Anna Berg's by the convention every reader follows: a paragraph that opens
with a quote mark and holds nothing outside its quotes but, at most, a "he said" goes on in the voice
of the paragraph before, when that one ends with a quote credited to one named speaker ('…," said
Anna Berg.', '…," Berg said.'), with a sentence that opens with her name reporting ("Anna Berg said the
ferry would run."), with "Anna Berg said:", or leaves open a quote that "Anna Berg said:" opened. A paragraph credited only to a "he" or "she" passes its speaker on the same way, at
most ``CHAIN`` paragraphs back. A text with no blank line at all (one sentence or paragraph a line, as a
scraped page comes) has its lines for paragraphs. Anything else before (narration, "a statement said", two speakers) credits
no one: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re

from .headline import bare
from .headline_words import Lexicon
from .speaker_names import function_word
from .end_credit import end_credit, listener
from .narrated_speaker import narrated_speaker
from .speaker import closes_quote, opens_quote, quote_speaker, said_subject, speaker_before_quote

__all__ = ["paragraph_speaker", "CHAIN"]

#: a quote paragraph's speaker is followed back this many paragraphs at most
CHAIN = 3
#: the most words a paragraph of quotes may hold outside them: a pronoun's credit ("he said", "she added")
_CREDIT_WORDS = 3
_BREAK = re.compile(r"\n[ \t\r]*\n")
#: the break between the lines of a text with no blank line
_LINE = re.compile(r"\n")
#: where the paragraph's last sentence begins: after a stop (and its closing quote marks) and a space
_SENTENCE_END = re.compile(r"[.!?][\"'”’»]*\s+(?=\S)")


def paragraph_speaker(text: str, start: int, lex: Lexicon, runs_on: bool = False) -> str:
    """The named speaker of the quote paragraph holding offset ``start`` of ``text``, credited in the
    paragraph before it (see the module's docstring), or ""; ``runs_on``: the caller knows the quote it
    leaves open closes later with no credit of its own ('… . I've lost my brother."' then narration)."""
    split = _BREAK if _BREAK.search(text) else _LINE
    breaks = [m for m in split.finditer(text[:start])]
    if not breaks:
        return ""
    begin = breaks[-1].end()
    after = split.search(text, start)
    return _speaker(text, begin, after.start() if after else len(text), lex, CHAIN, split, runs_on)


def _speaker(text: str, begin: int, end: int, lex: Lexicon, chain: int, split: re.Pattern[str],
             runs_on: bool = False) -> str:
    """The speaker of the paragraph ``text[begin:end]`` when it is only a quote (and a pronoun's credit), from the
    paragraph before it; ``chain``: how many paragraphs back may still be looked at."""
    tokens = text[begin:end].split()
    outside, left_open = _outside(tokens)
    if chain <= 0 or not tokens or not opens_quote(tokens[0]) or not _pronoun_credit(outside, lex):
        return ""
    following = text[end:].split(None, 1)
    if left_open >= 0 and not runs_on and not (following and opens_quote(following[0])):
        return ""  # the quote closes further on, where its own credit may be ('…," a statement said')
    breaks = [m for m in split.finditer(text[:begin])]
    if not breaks:
        return ""
    gone = breaks[-2].end() if len(breaks) > 1 else 0
    before = text[gone:breaks[-1].start()].strip()
    if not before:
        return ""
    name = _credited_in(before, lex, text[:gone])
    if not name and outside:  # '"…," she said.' after "Energy Minister Anna Berg suggested …": the one told of
        name = narrated_speaker(before, text[:gone], lex)
    if name:
        return name if _agrees(name, outside, lex, before) else ""
    name = _speaker(text, gone, breaks[-1].start(), lex, chain - 1, split)
    return name if name and _agrees(name, outside, lex, before) else ""


def _credited_in(paragraph: str, lex: Lexicon, told: str = "") -> str:
    """The one named speaker whose quote ``paragraph`` ends with, or whom its end introduces ("Anna Berg said:"),
    or who opened the quote it leaves open ('Anna Berg said: "We have …' with no closing mark), or who its last
    sentence's end credits with what it reports (:func:`.end_credit.end_credit`: "…, Berg said."; ``told``: the
    text before the paragraph, which must write a lone surname after a first name), or ""."""
    tokens = paragraph.split()
    _, open_at = _outside(tokens)
    if open_at >= 0:  # a quote left open runs on into the next paragraph
        name, last = speaker_before_quote(tokens, open_at, lex)[0] if open_at else "", tokens[:open_at]
    elif tokens[-1].endswith(":"):  # "Anna Berg, a driver, said:"
        name, last = speaker_before_quote(tokens + ['"'], len(tokens), lex)[0], tokens
    else:
        ends = [m.end() for m in _SENTENCE_END.finditer(paragraph)]
        sentence = paragraph[ends[-1] if ends else 0:]
        # '"…," said Anna Berg.'; or "Anna Berg said the ferry would run.", a named speaker reporting
        name, last = quote_speaker(sentence, lex) or said_subject(sentence, lex), sentence.split()
        if not name:  # "…, Berg said.", "…," harbour pilot Anna Berg told reporters.': credited at its end
            name = end_credit(sentence, f"{told}\n\n{paragraph}", lex)
            last = sentence.replace(",", " , ").split()
    return name if name and _whole_name(last, name.split(), lex) else ""


def _whole_name(tokens: list[str], name: list[str], lex: Lexicon) -> bool:
    """Whether ``name`` stands in ``tokens`` as a name of its own: not a description after a determiner ('"…,"
    the Brazilian said'), nor a word before the role and name it qualifies ('said Bulgarian captain Jo Roe', 'said
    Velbo Ferry Company spokeswoman Jo Roe'): the word after it ends the credit, is a verb of saying, or is a
    function word ("at", "who", "after")."""
    at = next((k for k in range(len(tokens) - len(name) + 1)
               if [bare(t) for t in tokens[k:k + len(name)]] == [bare(t) for t in name]), -1)
    if at < 0:
        return False
    if at and bare(tokens[at - 1]) in lex.determiners:
        return False
    after = tokens[at + len(name)] if at + len(name) < len(tokens) else ""
    if tokens[at + len(name) - 1][-1:] in ",.;:!?" or not after[:1].isalpha() or not after[:1].islower():
        return True
    return bare(after) in lex.speech or function_word(after, lex)


def _outside(tokens: list[str]) -> tuple[list[str], int]:
    """The words of ``tokens`` outside quotes, and the index of the opening mark of a quote still open at
    their end (-1 if none). A word that opens and closes its own quote ('"productive,"') is inside one."""
    outside: list[str] = []
    inside, opened = False, -1
    for k, token in enumerate(tokens):
        opens, closes = opens_quote(token), closes_quote(token)
        if opens and not closes:
            inside, opened = True, k
        elif closes and not opens and inside:
            inside = False
        elif not inside and not opens:
            outside.append(token)
    return outside, opened if inside else -1


def _pronoun_credit(outside: list[str], lex: Lexicon) -> bool:
    """Whether ``outside`` (a paragraph's words outside its quotes) is nothing, or only a pronoun's credit
    ("he said", "she added .", maybe with whom it was told to and when: :func:`.end_credit.listener`): anything
    more tells or credits something of its own."""
    words = [bare(t) for t in outside if any(c.isalpha() for c in t)]
    if not words:
        return True
    if len(words) > _CREDIT_WORDS and words[0] in lex.person_pronouns and words[1] in lex.speech:
        verb = [k for k, t in enumerate(outside) if any(c.isalpha() for c in t)][1]
        return not outside[verb].endswith(",") and listener(outside[verb + 1:], lex)  # "he said on Wednesday"
    return (len(words) <= _CREDIT_WORDS and bool(set(words) & lex.person_pronouns)
            and bool(set(words) & lex.speech))


def _agrees(name: str, outside: list[str], lex: Lexicon, before: str) -> bool:
    """Whether ``name`` may be the person a pronoun of the credit ``outside`` stands for: no honorific ("Mrs",
    "Mr") of the other sex, and the paragraph ``before`` that credits the name calls no one by a noun or
    pronoun of the other sex ('said Anna Berg, a spokeswoman' is no "he said"; nor 'Tom Holm told her')."""
    pronouns = {bare(t) for t in outside} & lex.person_pronouns
    title = bare((name.split() or [""])[0])
    told = {bare(t) for t in before.split()}
    if pronouns & lex.masculine:
        return title not in lex.feminine and not told & (lex.she_nouns | lex.feminine)
    if pronouns & lex.feminine:
        return title not in lex.masculine and not told & (lex.he_nouns | lex.masculine)
    return True
