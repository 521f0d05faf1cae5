"""Where a sentence the splitter cut inside a unit really starts: a stock ticker or a decimal number.

Tokenised wire text writes "AstraZeneca's (AZN.L) MedImmune unit …" as
"AstraZeneca 's -LRB- AZN . L -RRB- MedImmune unit …" and "the 1.53 billion shares" as
"the 1. 53 billion shares", and the sentence splitter ends a sentence at each of those stops. The
sentence after such a stop opens with what is left ("L -RRB- MedImmune …", "53 billion shares"),
so a summary read from it never names the company, or halves the number. A sentence that opens
so is read from further back:

- after a ticker's stop ("-LRB- AZN ." then "L -RRB-"): from the name the ticker stands after,
  the run of capitalised words (with a possessive, "&", "and" or "of", and other bracketed tickers)
  right before the bracket ("AstraZeneca 's", "China Airlines -LRB- 2610 . TW -RRB- and Eva Airways");
- after a number's stop ("the 1." then "53 billion"): from the start of the sentence before.

:func:`whole_numbers` writes such a split number whole again ("1. 53" -> "1.53").
"""

from __future__ import annotations

import re

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
_OPEN, _CLOSE = ("-LRB-", "("), ("-RRB-", ")")
_NAME_GLUE = {"'s", "’s", "&", "and", "of"}
_WORD = re.compile(r"\S+")


def rejoined(text: str, start: int) -> int:
    """Where the sentence at ``start`` of ``text`` really starts (see the module's docstring): ``start``
    unless it opens with what is left of a ticker or a number split at a stop."""
    rest, head = text[start:], text[max(0, start - 400):start]
    if _TICKER_REST.match(rest) and _TICKER_HEAD.search(head):
        return _name_start(text, start - len(head) + _TICKER_HEAD.search(head).start(), start)
    if _NUMBER_REST.match(rest) and _NUMBER_HEAD.search(head):
        return _sentence_start(text, start - len(head) + _NUMBER_HEAD.search(head).start(), start)
    return start


def whole_numbers(text: str) -> str:
    """``text`` with each decimal number a tokeniser split at its point written whole ("1. 53" -> "1.53")."""
    return _SPLIT_NUMBER.sub(r"\1.\2", text)


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


def _sentence_start(text: str, stop: int, start: int) -> int:
    """Where the sentence holding ``stop`` starts: after the last final stop or blank line before it."""
    found = start
    for word in reversed(_words_before(text, stop)):
        between = text[word.end():found]
        if "\n\n" in between or word.group()[-1:] in ".!?" and not word.group()[:-1].isdigit():
            break
        found = word.start()
    return found
