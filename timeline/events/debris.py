"""What a page left before a summary's first word: a dateline's tail, a page stamp, a broken bullet.

A summary is cut from scraped text, and the piece it opens may still carry the
end of what stood before the story on the page. Three kinds are taken off the
front of a summary (never from inside it):

- the page's own furniture that the language's ``[furniture]`` patterns find
  at its start (a "Page last updated at 07:43 GMT …" stamp, a full dateline
  "GENEVA, May 26 (Reuters) -", a photo credit), with the text after it kept;
- a dateline's tail, cut from its place in capitals ("…, France, May 12 -",
  "MA, --", "Mon Apr 27, 2009 9:17 pm BST -"): at most ``RESIDUE_WORDS``
  words before a spaced dash and a capitalised word, with a comma or a digit
  or all in capitals ("GENEVA -"), each word capitalised, a number, or one of
  the language's ``[summary] residue_words``;
- a heading in capitals before a sentence's opening word ("SANTO DOMINGO AIRPORT Even the most …"):
  ``SHOUTED_WORDS`` or more words in capitals (and a clock time's numbers: "2200 GMT, …"), then a capitalised word that opens sentences (an article,
  a pronoun, a leading or subordinating word of the language's ``[headline]`` lists);
- a list bullet a broken character set wrote as a word, one of ``[summary]
  glyphs`` ("cents Mexico revised …"), before a capitalised word.

What is left must still have ``MIN_LEFT`` words, or the summary stays as it was. Inside the
summary, one of the language's ``[summary] doubled`` words (words no sentence writes twice in a row)
written twice is read once ("has has"); any other word may stand twice ("had had", "her her").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..extraction.furniture import furniture
from ..temporal.grammar import GrammarError, resource_data, word_list
from .headline import Word
from .headline_words import lexicon

__all__ = ["RESIDUE_WORDS", "MIN_LEFT", "DASHES", "undoubled", "without_debris", "without_dateline"]

#: a dateline's tail is at most this many words before its dash
RESIDUE_WORDS = 8
#: a heading in capitals before a summary has at least this many words ("GENEVA The …" may be a name)
SHOUTED_WORDS = 2
#: what is left of a summary must have this many words
MIN_LEFT = 3
#: the furniture that may open a summary: what a page puts before its story
_OPENING_FURNITURE = ("stamp", "dateline", "credit", "byline")
_DASH = re.compile(r"\s(?:-{1,2}|–|—)\s")
_EDGE = " \t\n,;:.-–—|"
_TWICE = re.compile(r"(?<![\w'’-])([a-z]+) \1(?![\w'’-])")


@lru_cache(maxsize=None)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The language's ``[summary]`` ``residue_words``, ``glyphs`` and ``doubled`` (none without a resource)."""
    try:
        table = resource_data(language).get("summary", {})
    except GrammarError:
        return frozenset(), frozenset(), frozenset()
    return (frozenset(word_list(table, "residue_words")), frozenset(word_list(table, "glyphs")),
            frozenset(word_list(table, "doubled")))


def without_debris(summary: str, language: str) -> str:
    """``summary`` without the debris it opens with (see the module's docstring), its first letter a capital."""
    residue, glyphs, doubled = _words(language)
    text = undoubled(summary, doubled)
    for _ in range(3):  # "cents GENEVA, May 26 (Reuters) - …": one kind after another
        before = text
        text = _after_furniture(text, language)
        text = _after_residue(text, residue)
        text = _after_glyph(text, glyphs)
        text = _after_shouted(text, language)
        if text == before:
            break
    if len(text.split()) < MIN_LEFT:
        return summary
    return text[:1].upper() + text[1:]


def undoubled(text: str, doubled: frozenset[str]) -> str:
    """``text`` with one of ``doubled`` written twice in a row read once ("Jean has has just returned": a
    scraped page's doubling); other words may stand twice ("had had", "gave her her first title")."""
    return _TWICE.sub(lambda m: m.group(1) if m.group(1) in doubled else m.group(0), text)


def _after_furniture(text: str, language: str) -> str:
    """``text`` after the page furniture that opens it, if any."""
    try:
        spans = furniture(text, language, only=_OPENING_FURNITURE)
    except GrammarError:
        return text
    ends = [s.end for s in spans if s.reason in _OPENING_FURNITURE and not text[:s.start].strip(_EDGE)]
    return text[max(ends):].lstrip(_EDGE) if ends else text


def _after_residue(text: str, residue: frozenset[str]) -> str:
    """``text`` after a dateline's tail before a spaced dash, if it opens with one."""
    dash = _DASH.search(text)
    if dash is None:
        return text
    head, rest = text[:dash.start()].split(), text[dash.end():].lstrip(_EDGE)
    if not rest[:1].isupper() and not rest[:1].isdigit():  # "Anna Berg, 64 - a veteran of …": an aside
        return text
    capitals = all(len(w.strip(",.")) > 2 and w.strip(",.").isupper() for w in head)  # "GENEVA -"
    if not head or len(head) > RESIDUE_WORDS or not capitals and not any("," in w or any(c.isdigit() for c in w) for w in head):
        return text
    for word in head:
        core = word.strip(",.()")
        if core and not (core[:1].isupper() or core[:1].isdigit() or core.lower() in residue):
            return text
    return rest


def _after_glyph(text: str, glyphs: frozenset[str]) -> str:
    """``text`` without a bullet written as a word that opens it before a capitalised word."""
    words = text.split(maxsplit=2)
    if len(words) >= 2 and words[0].lower() in glyphs and words[1][:1].isupper():
        return text.split(maxsplit=1)[1]
    return text


def _after_shouted(text: str, language: str) -> str:
    """``text`` after a heading in capitals that opens it before a word that opens sentences."""
    words = text.split()
    k = shouted = 0
    while k < len(words) and (words[k].strip(",.:").isdigit() or len(words[k].strip(",.:")) > 1 and words[k].strip(
            ",.:").replace("-", "").isalpha() and words[k].strip(",.:").isupper()):  # "2200 GMT, SANTO DOMINGO"
        shouted += not words[k].strip(",.:").isdigit()
        k += 1
    if shouted < SHOUTED_WORDS or k + 1 >= len(words) or not words[k][1:2].islower() or not words[k + 1][:1].islower():
        return text
    lex = lexicon(language)
    if words[k].lower() not in lex.determiners | lex.pronouns | lex.possessive_pronouns | lex.leading | lex.subordinators:
        return text
    return text.split(maxsplit=k)[k]


#: the dashes that end a wire dateline or set off an aside
DASHES = {"-", "--", "—", "–"}

#: a wire dateline is at most this many words before its dash ("LUSAKA, Nov. 1 (Xinhua) --")
DATELINE_WORDS = 8


def without_dateline(words: list[Word]) -> list[Word]:
    """``words`` without a wire dateline opening them: a capitalised place, then a dash, perhaps
    written onto the next word ("ZHANJIANG, Nov. 15 --The ship"); the date a dateline holds goes
    with it (the story after the dash is what the dateline dates)."""
    first = words[0].text.strip(",") if words else ""
    if len(first) < 2 or not first.isalpha() or not first.isupper():
        return words
    for k, word in enumerate(words[1:DATELINE_WORDS + 1], 1):
        if word.text in DASHES and k + 1 < len(words):
            return words[k + 1:]
        glued = _GLUED_DASH.match(word.text)
        if glued and word.text[glued.end():][:1].isupper():
            return [Word(word.text[glued.end():], ends_clause=word.ends_clause)] + words[k + 1:]
    return words


#: a dateline's dash written onto the first word of the story ("--The")
_GLUED_DASH = re.compile(r"(?:--|—|–)")
