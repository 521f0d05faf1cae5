"""Where a sentence the splitter cut inside a unit really starts: a stock ticker or a decimal number.

Tokenised wire text writes "AstraZeneca's (AZN.L) MedImmune unit …" as
"AstraZeneca 's -LRB- AZN . L -RRB- MedImmune unit …" and "the 1.53 billion shares" as
"the 1. 53 billion shares", and the sentence splitter ends a sentence at each of those stops. The
sentence after such a stop opens with what is left ("L -RRB- MedImmune …", "53 billion shares"),
so a summary read from it never names the company, or halves the number. A sentence that opens
so is read from further back:

- from the start of the sentence before: after its last final stop, blank line, a dateline's dash
  or a bullet ("Shares of mask maker Shikibo -LRB- 3109 ." then "T -RRB- , which rose …");
- after a ticker's stop ("-LRB- AZN ." then "L -RRB-") with no such start near: from the name the
  ticker stands after, the run of capitalised words (with a possessive, "&", "and" or "of", and other
  bracketed tickers) right before the bracket ("AstraZeneca 's", "Fjord Air -LRB- 2610 . TW -RRB- and
  Nord Air").

:func:`whole_numbers` writes such a split number whole again ("1. 53" -> "1.53").

A stop between two numbers may also end a sentence ("The death toll rose to 35. 12 soldiers were
among the dead"): the number after it is a fraction only when what follows it goes on with a number,
not a new sentence: punctuation, nothing, or one of the language's ``[headline] fraction_followers``
(a unit, scale or currency, "percent", "billion", "dollars", "points", or a preposition or
conjunction after an amount, "in", "and"). Any other word opens a new sentence; a closed list of
units errs towards two sentences, which leaves each readable, where an open list of nouns glued
them into a wrong number.
"""

from __future__ import annotations

import re

from .headline import bare
from .headline_words import Lexicon

__all__ = ["rejoined", "whole_numbers"]

#: a name before a ticker, and a sentence before a split number, are looked for this many words back
BACK_WORDS = 40

_TICKER_REST = re.compile(r"[A-Za-z0-9]{1,5}\s*(?:-RRB-|\))")
_TICKER_HEAD = re.compile(r"(?:-LRB-|\()\s*[A-Za-z0-9&]+\s*\.\s*$")
_NUMBER_REST = re.compile(r"\d{1,3}(?!\d)")
#: "the 1." before the stop; not a year ("in 2009. 53 people died …")
_NUMBER_HEAD = re.compile(r"(?:^|[\s$£€(])(?!1[5-9]\d\d\.|20\d\d\.)\d{1,5}\.\s*$")
#: a split decimal inside a sentence: "1. 53 billion", "14546. 88"; not a year
_SPLIT_NUMBER = re.compile(r"(?<![\d.,])(?!1[5-9]\d\d\.|20\d\d\.)(\d{1,5})\. (\d{1,3})(?=\s|$)")
_NEXT_WORD = re.compile(r"\s*(\S*)")
_OPEN, _CLOSE = ("-LRB-", "("), ("-RRB-", ")")
_NAME_GLUE = {"'s", "’s", "&", "and", "of"}
#: what ends a dateline or a list item before a sentence ("LONDON , June 1 -LRB- Reuters -RRB- -", "*")
_BREAKS = {"-", "--", "–", "—", "*", "•", "|"}
_WORD = re.compile(r"\S+")


def rejoined(text: str, start: int, lex: Lexicon | None = None) -> int:
    """Where the sentence at ``start`` of ``text`` really starts (see the module's docstring): ``start``
    unless it opens with what is left of a ticker or a number split at a stop."""
    rest, head = text[start:], text[max(0, start - 400):start]
    if _TICKER_REST.match(rest) and _TICKER_HEAD.search(head):
        bracket = start - len(head) + _TICKER_HEAD.search(head).start()
        return _sentence_start(text, bracket, _name_start(text, bracket, start))
    number = _NUMBER_REST.match(rest)
    if number and _NUMBER_HEAD.search(head) and _fraction(rest[number.end():], lex):
        return _sentence_start(text, start - len(head) + _NUMBER_HEAD.search(head).start(), start)
    return start


def whole_numbers(text: str, lex: Lexicon | None = None) -> str:
    """``text`` with each decimal number a tokeniser split at its point written whole ("1. 53" -> "1.53"),
    not a number that opens a new sentence ("35. 12 of them died")."""
    return _SPLIT_NUMBER.sub(lambda m: m.group(1) + "." + m.group(2) if _fraction(text[m.end():], lex)
                             else m.group(), text)


def _fraction(after: str, lex: Lexicon | None) -> bool:
    """Whether a number split at a stop, with ``after`` after it, is a decimal's fraction (see the docstring)."""
    word = _NEXT_WORD.match(after).group(1)
    if not word or not word[:1].isalpha():
        return True  # "1. 53.", "0. 68 percent, …", "-RRB-"
    if word[:1].isupper() and any(c.islower() for c in word):
        return False  # "35. 12 Britons died"
    return lex is not None and bare(word).lower() in lex.fraction_followers


def _words_before(text: str, at: int) -> list[re.Match[str]]:
    """The words of ``text`` before ``at``, nearest last, at most ``BACK_WORDS``."""
    return list(_WORD.finditer(text, max(0, at - 20 * BACK_WORDS), at))[-BACK_WORDS:]


def _name_start(text: str, bracket: int, start: int) -> int:
    """Where the name before the ticker's bracket at ``bracket`` starts, or ``start`` when there is none."""
    found, depth = start, 0
    for word in reversed(_words_before(text, bracket)):
        token = word.group()
        if depth or token in _CLOSE:  # another ticker of the name: "-LRB- 2610 . TW -RRB-"
            depth += (token in _CLOSE) - (token in _OPEN)
            continue
        if token[:1].isupper() and token not in _OPEN:
            found = word.start()
        elif token.lower() not in _NAME_GLUE:
            break
    return found


def _sentence_start(text: str, stop: int, fallback: int) -> int:
    """Where the sentence holding ``stop`` starts: after the last final stop (not one inside a ticker's
    brackets, not an abbreviation's: "U.S."), blank line, dateline's dash or bullet before it; ``fallback``
    when there is none within ``BACK_WORDS`` words."""
    found, depth = stop, 0
    for word in reversed(_words_before(text, stop)):
        token = word.group()
        depth += (token in _CLOSE) - (token in _OPEN)
        if "\n\n" in text[word.end():found] or depth <= 0 and (token in _BREAKS or _final(token)):
            return found
        found = word.start()
    return found if found == 0 else fallback


def _final(token: str) -> bool:
    """Whether ``token`` ends a sentence: a stop alone, or after a small letter or a number ("orders.")."""
    return token in (".", "!", "?") or token[-1:] in ".!?" and len(token) > 1 and (
        token[-2].islower() or token[-2].isdigit())
