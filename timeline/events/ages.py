"""An age set between commas after its subject ("the queen, 80, spoke"): taken out, so that no
summary opens with the age ("80, spoke of …") and the subject stays with its verb."""

from __future__ import annotations

from .headline import Lexicon, Word, bare, verb_like

#: an age is a whole number up to this
OLDEST = 130


def without_ages(words: list[Word], lex: Lexicon) -> list[Word]:
    """``words`` without each age between commas that follows a word (not a number: "1, 2, 3") and
    comes before a lower-case verb ("Anna Berg, 80, spoke", not "in 1995, 80, …")."""
    dropped: set[int] = set()
    for k in range(1, len(words) - 1):
        prev, word, nxt = words[k - 1], words[k], words[k + 1]
        number = word.text[:-1] if word.text.endswith(",") else ""
        if (not number.isdigit() or int(number) > OLDEST or word.gap or prev.gap
                or not prev.text.endswith(",") or not prev.text[:-1].strip("'’").isalpha()):
            continue
        if nxt.text[:1].islower() and verb_like(bare(nxt.text), lex):
            dropped.add(k)
            if not _closes_name(words, k - 1):  # "The woman's husband, Aziz Demir, 42, was": the comma stays
                prev.text, prev.ends_clause = prev.text[:-1], False
    return [w for k, w in enumerate(words) if k not in dropped] if dropped else words


def _closes_name(words: list[Word], at: int) -> bool:
    """Whether the word at ``at`` ends a name set between commas (capitalised words after a comma)."""
    opened = next((k for k in range(at - 1, max(-1, at - 5), -1) if words[k].text.endswith(",")), -1)
    return opened >= 0 and all(w.text[:1].isupper() for w in words[opened + 1:at + 1])
