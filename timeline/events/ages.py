"""An age set between commas after its subject ("the queen, 80, spoke"): taken out, so that no
summary opens with the age ("80, spoke of …") and the subject stays with its verb. So too before a
relative clause ("Anna Berg, 61, who died on Monday, was" gave "61, who died, was …") and before
a conjunction that joins another subject ("Per Lind, 28, and his partner opened" gave "28, and his
partner opened …"), not one that joins a predicate ("the boy, 18, and has been taking": the age stays)."""

from __future__ import annotations

from .headline import Lexicon, Word, bare, verb_like

#: an age is a whole number up to this
OLDEST = 130


def without_ages(words: list[Word], lex: Lexicon) -> list[Word]:
    """``words`` without each age between commas that follows a word (not a number: "1, 2, 3") and
    comes before a lower-case verb ("Anna Berg, 80, spoke", not "in 1995, 80, …"), a relative word or a
    conjunction joining another subject (see the module's docstring)."""
    dropped: set[int] = set()
    for k in range(1, len(words) - 1):
        prev, word, nxt = words[k - 1], words[k], words[k + 1]
        number = word.text[:-1] if word.text.endswith(",") else ""
        if (not number.isdigit() or int(number) > OLDEST or word.gap or prev.gap
                or not prev.text.endswith(",") or not prev.text[:-1].strip("'’").isalpha()):
            continue
        # "Eva Lind, 19, Ann Berg, 24, and …": a list of names with their ages, left as written
        named = k - 1  # the name's first word: "Paula Clennell," back to "Paula"
        while named > 0 and words[named - 1].text[:1].isupper() and not words[named - 1].text.endswith(","):
            named -= 1
        before = words[named - 1].text if named else ""
        listed = before.endswith(",") and before[:-1].isdigit() and int(before[:-1]) <= OLDEST
        relative = bare(nxt.text) in lex.relative and not listed
        if (nxt.text[:1].islower() and verb_like(bare(nxt.text), lex) or relative
                or not listed and _joins_subject(words, k + 1, lex)):
            dropped.add(k)
            # "The woman's husband, Aziz Demir, 42, was", "Anna, 61, who died,": the comma stays
            if not relative and not _closes_name(words, k - 1):
                prev.text, prev.ends_clause = prev.text[:-1], False
    return [w for k, w in enumerate(words) if k not in dropped] if dropped else words


def _closes_name(words: list[Word], at: int) -> bool:
    """Whether the word at ``at`` ends a name set between commas (capitalised words after a comma)."""
    opened = next((k for k in range(at - 1, max(-1, at - 5), -1) if words[k].text.endswith(",")), -1)
    return opened >= 0 and all(w.text[:1].isupper() for w in words[opened + 1:at + 1])


def _joins_subject(words: list[Word], at: int, lex: Lexicon) -> bool:
    """Whether ``words[at]`` is a conjunction followed by a word that is no verb ("and his partner", not "and has")."""
    if at + 1 >= len(words) or bare(words[at].text) not in lex.conjunctions:
        return False
    after = bare(words[at + 1].text)
    return bool(after) and not verb_like(after, lex) and after not in lex.auxiliaries
