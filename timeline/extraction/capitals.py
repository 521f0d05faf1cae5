"""The capital letters of the scripts a page's names are written in, as a character class.

Python's ``re`` has no class of upper-case letters: furniture's patterns write ``{capital}`` for
:data:`CAPITALS` (a dateline's place in capitals may be "MALMÖ" or "SÃO PAULO"), and the merge's
dateline readers use it too.
"""

from __future__ import annotations


def _capitals() -> str:
    """The capital letters of the Latin, Greek and Cyrillic scripts as the inside of a character
    class ("A-ZÀ-ÖØ-Þ…")."""
    ranges: list[list[int]] = []
    for code in range(0x41, 0x530):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


#: what ``{capital}`` stands for in a pattern (inside square brackets)
CAPITALS = _capitals()
