"""A date set off by commas between a subject and its verb: cut out, it takes both its commas with it.

"An earlier outbreak in the town , in 1976 , found the hospitals unprepared" is an outbreak that found; cut
out with its first comma only, the date would leave "in the town, found", a clause cut from its subject. So
when the words before the cut date end on a comma, the date's own comma closes it, and the word after is a
lower-case verb or auxiliary (one of ``verbs`` or ``auxiliaries``, or a past in ``object_endings``: "found",
"has", "could", "left"; not a plural that only ends like a verb: "elections , in 1995 , democrats triumphed"), the
aside's two commas go with it. Not
for a word that opens a phrase or clause of its own ("Queens , on Monday , in a gray coat", "Bergen , in
2003 , where"), nor for a date that opens its sentence, nor after another comma ("The skipper, winner of the cup
in Stord, Norway, [last month], has given": the words before the date are an apposition's, not the subject's end).
"""

from __future__ import annotations

from .headline import Word, bare
from .headline_words import Lexicon

__all__ = ["without_aside_commas"]


def without_aside_commas(head: list[Word], tail: list[Word], suffix: str,
                         lex: Lexicon) -> tuple[list[Word], list[Word], str]:
    """``head``, ``tail`` and ``suffix`` (what the date's last word held after it) without the commas that set the
    cut date off between a subject and its verb (see the module); as they are otherwise."""
    closing = suffix.endswith(",") or not suffix and bool(tail) and tail[0].text == ","
    opened = (bool(head) and head[-1].text.endswith(",") and len(head) > 1 + (head[-1].text == ",")
              and not any(w.text.endswith(",") for w in head[:-1]))  # not "X, winner of a cup in Y, Spain, [last month],"
    rest = tail[1:] if tail and tail[0].text == "," and not suffix else tail
    if not (closing and opened and rest):
        return head, tail, suffix
    follows = rest[0].text
    first = bare(follows)
    if not follows[:1].islower() or not _surely_verb(first, lex):
        return head, tail, suffix
    last = head[-1].text[:-1].rstrip()
    head = head[:-1] + ([Word(last)] if last else [])
    return head, rest, suffix[:-1] if suffix.endswith(",") else suffix


def _surely_verb(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is surely a verb: an auxiliary, one of ``verbs``, or a past by its ``object_endings``."""
    return (word in lex.auxiliaries or word in lex.verbs
            or len(word) > 3 and word.isalpha() and word.endswith(lex.object_endings or ("\0",)))
