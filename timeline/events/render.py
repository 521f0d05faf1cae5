"""A summary's words as text: tokenised quotes and clitics written as prose, dangling words and edge
punctuation trimmed, unbalanced quotes dropped, the first letter a capital; a quote's ellipsis before a
conjunction ends it (:mod:`.ellipsis`)."""

from __future__ import annotations

import re

from .headline import PTB_QUOTES, Lexicon, Word, bare, count
from .readable import SUMMARY_EDGE as _EDGE
from .ellipsis import before_ellipsis

__all__ = ["render"]

_QUOTES = "\"“”«»"
_DASHES = {"-", "--", "—", "–"}


def render(words: list[Word], lex: Lexicon) -> str:
    """``words`` as text: tokenised quotes and clitics written as prose, dangling words and
    edge punctuation trimmed, unbalanced quotes dropped, the first letter a capital."""
    texts: list[str] = []
    final, kept = _sentence_final(words, lex), -1  # the index in ``texts`` of the sentence's last word, kept
    dates: list[int] = []  # where in ``texts`` a date was cut out
    for k, word in enumerate(words):
        nxt = bare(words[k + 1].text) if k + 1 < len(words) else ""
        if word.gap:
            dates.append(len(texts))
        if word.text:
            kept = len(texts) if k == final else kept
            texts.append(PTB_QUOTES.get(word.text, word.text))
        elif (word.ends_clause and texts and texts[-1][-1:].isalnum() and nxt not in lex.conjunctions
              and not (k + 1 < len(words) and words[k + 1].text in _DASHES and sum(t in _DASHES for t in texts) % 2)):
            # "on Tuesday, its worst", but "held [on Nov. 16] and the date" has no comma, nor an aside's end before its
            # closing dash ("-- broken for years [in the 1990s] --"; an opening dash may end a dateline: "BERGEN, --")
            texts.append(",")
    ended = before_ellipsis(texts, lex, tuple(dates))  # "sank first ... | and I think": two pieces of a quote
    if ended is not texts:  # the quote's own words end there, "first" and "going on" with them
        texts, kept = ended, len(ended) - 1
    while texts and (not texts[-1].strip(_EDGE) or _dangling(texts[-1], lex) and bare(  # "we ever will" stays
            texts[-2] if len(texts) > 1 else "") not in lex.wants_date and len(texts) - 1 != kept) \
            and count([Word(t) for t in texts]) > 2:
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
    measures = [m.span() for m in _MEASURE.finditer(summary)]  # "10'40\"48": its marks are no quote's
    if (sum(ch in _QUOTES for k, ch in enumerate(summary) if not _within(k, measures)) % 2
            or summary.count("“") != summary.count("”")):
        summary = "".join(ch for k, ch in enumerate(summary) if ch not in _QUOTES or _within(k, measures))
    if summary.count("‘") != summary.count("’") and "‘" in summary:
        summary = summary.replace("‘", "")
    summary = _balanced(summary, lex)
    summary = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", re.sub(r"\s+([,.;:!?])", r"\1", summary))  # no ",,"
    summary = " ".join(summary.split()).strip(_EDGE)
    return summary[:1].upper() + summary[1:]


#: a measure written with prime marks, a number's own: minutes, seconds and hundredths ("10'40\"48"), feet
#: and inches ("6'2\""); its double mark is no quotation mark to balance (not '"1918"': a quoted number)
_MEASURE = re.compile(r"(?<![\w'])\d+'\d+(?:[.,]\d+)?\"(?:\d+\b)?(?![\w'])")


def _within(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the character at ``at`` is inside one of ``spans``."""
    return any(a <= at < b for a, b in spans)


def _sentence_final(words: list[Word], lex: Lexicon) -> int:
    """The index of the last word of ``words`` when it is the last of its sentence, with no cut date after it:
    it ends on a stop, or only a stop and quote marks follow it (not an ellipsis: the sentence breaks off). There
    a word of ``final_particles`` is no preposition left without its noun but a particle or adverb that ends the
    clause ("declared the phase over.", "are still unaccounted for.", "a year before."), and stays; -1 when
    ``words`` stop before the sentence's end or the last word is no such particle."""
    end = len(words)
    while end and not words[end - 1].gap and words[end - 1].text and not any(c.isalnum() for c in words[end - 1].text):
        end -= 1
    if not end or words[end - 1].gap or not words[end - 1].text:
        return -1
    last, tail = words[end - 1].text, "".join(w.text for w in words[end:])
    if "..." in last + tail or "…" in last + tail or bare(last) not in lex.final_particles:
        return -1
    stop = last.rstrip("\"'”’")[-1:] in ".!?" or any(c in ".!?" for c in tail)
    return end - 1 if stop else -1


def _dangling(word: str, lex: Lexicon) -> bool:
    """A word a headline cannot end with ("the", "of"); not a name or acronym that is spelled so ("CAN")."""
    return bare(word) in lex.dangling and not word.strip(_EDGE)[:1].isupper()


#: a straight single quote opening a quote ("'We"), one that may close it ("champions'", which may be a plural's
#: possessive: "players'"), and one that surely does, after what was said ("patience,'")
_SINGLE_OPENS = re.compile(r"(?<![^\s(\[])'(?=[^\W\d_])")
_SINGLE_ENDS = re.compile(r"(?<=[\w,.!?])'(?!\w)")
_SINGLE_CLOSES = re.compile(r"(?<=[,.!?])'(?!\w)")


def _balanced(summary: str, lex: Lexicon) -> str:
    """``summary`` without the straight single quote marks and brackets of a quote or aside it holds only
    one end of ("Anna Berg: 'We ran out", "stopped (after a storm"); an apostrophe ("players'", "'90s", "lock
    'em up", "Velbo Inc.' shares", "The U.S.' new sanctions") stays."""
    opens = [m for m in _SINGLE_OPENS.finditer(summary) if not _elided(summary, m.start(), lex)]
    if len(opens) > len(_SINGLE_ENDS.findall(summary)):
        summary = _without(summary, opens)
    elif not opens:
        summary = _without(summary, [m for m in _SINGLE_CLOSES.finditer(summary)
                                     if not _abbreviated(summary[:m.start()], lex)])
    for left, right in ("()", "[]"):
        if summary.count(left) != summary.count(right):
            summary = summary.replace(left, "").replace(right, "")
    return summary


def _without(summary: str, marks: list[re.Match[str]]) -> str:
    """``summary`` without the characters the ``marks`` matched."""
    for mark in reversed(marks):
        summary = summary[:mark.start()] + summary[mark.end():]
    return summary


def _elided(summary: str, at: int, lex: Lexicon) -> bool:
    """Whether the apostrophe at ``summary[at]`` opens one of ``elisions`` ("'em", "'til"), no quote."""
    word = summary[at:].split(maxsplit=1)[0].lower().rstrip(",.;:!?")
    return word in lex.elisions


def _abbreviated(before: str, lex: Lexicon) -> bool:
    """Whether ``before`` (the text up to an apostrophe after a stop) ends with an abbreviation's stop: an initial
    or initials ("U.S.", "J.") or one of ``abbreviations`` ("Inc.")."""
    word = (before.split() or [""])[-1].lstrip("(['‘\"")
    return bool(re.fullmatch(r"(?:[A-Z]\.)+", word)) or word[:-1].lower() in lex.abbreviations
