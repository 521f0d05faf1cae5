"""A summary's words as text: tokenised quotes and clitics written as prose, dangling words and edge
punctuation trimmed, unbalanced quotes dropped, the first letter a capital."""

from __future__ import annotations

import re

from .headline import PTB_QUOTES, Lexicon, Word, bare, count
from .readable import SUMMARY_EDGE as _EDGE

__all__ = ["render"]

_QUOTES = "\"“”«»"


def render(words: list[Word], lex: Lexicon) -> str:
    """``words`` as text: tokenised quotes and clitics written as prose, dangling words and
    edge punctuation trimmed, unbalanced quotes dropped, the first letter a capital."""
    texts: list[str] = []
    for k, word in enumerate(words):
        nxt = bare(words[k + 1].text) if k + 1 < len(words) else ""
        if word.text:
            texts.append(PTB_QUOTES.get(word.text, word.text))
        elif word.ends_clause and texts and texts[-1][-1:].isalnum() and nxt not in lex.conjunctions:
            # "on Tuesday, its worst", but "held [on Nov. 16] and the date" has no comma
            texts.append(",")
    while texts and (not texts[-1].strip(_EDGE) or _dangling(texts[-1], lex) and bare(  # "we ever will" stays
            texts[-2] if len(texts) > 1 else "") not in lex.wants_date) and count([Word(t) for t in texts]) > 2:
        texts.pop()
    out: list[str] = []
    for text in texts:
        if out and (text.lower() in lex.clitics or re.fullmatch(r"[,.;:!?%)\]”]+", text)):
            out[-1] += text
        elif out and out[-1] in ("(", "[", "$", "“", "‘"):
            out[-1] += text
        else:
            out.append(text)
    summary = " ".join(out).strip(_EDGE)
    if sum(summary.count(q) for q in _QUOTES) % 2 or summary.count("“") != summary.count("”"):
        summary = "".join(ch for ch in summary if ch not in _QUOTES)
    if summary.count("‘") != summary.count("’") and "‘" in summary:
        summary = summary.replace("‘", "")
    summary = _balanced(summary)
    summary = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", re.sub(r"\s+([,.;:!?])", r"\1", summary))  # no ",,"
    summary = " ".join(summary.split()).strip(_EDGE)
    return summary[:1].upper() + summary[1:]


def _dangling(word: str, lex: Lexicon) -> bool:
    """A word a headline cannot end with ("the", "of"); not a name or acronym that is spelled so ("CAN")."""
    return bare(word) in lex.dangling and not word.strip(_EDGE)[:1].isupper()


#: a straight single quote opening a quote ("'We"), one that may close it ("champions'", which may be a plural's
#: possessive: "players'"), and one that surely does, after what was said ("patience,'")
_SINGLE_OPENS = re.compile(r"(?<![^\s(\[])'(?=[^\W\d_])")
_SINGLE_ENDS = re.compile(r"(?<=[\w,.!?])'(?!\w)")
_SINGLE_CLOSES = re.compile(r"(?<=[,.!?])'(?!\w)")


def _balanced(summary: str) -> str:
    """``summary`` without the straight single quote marks and brackets of a quote or aside it holds only
    one end of ("Anna Berg: 'We ran out", "stopped (after a storm"); an apostrophe ("players'", "'90s") stays."""
    opens = len(_SINGLE_OPENS.findall(summary))
    if opens > len(_SINGLE_ENDS.findall(summary)):
        summary = _SINGLE_OPENS.sub("", summary)
    elif not opens:
        summary = _SINGLE_CLOSES.sub("", summary)
    for left, right in ("()", "[]"):
        if summary.count(left) != summary.count(right):
            summary = summary.replace(left, "").replace(right, "")
    return summary
