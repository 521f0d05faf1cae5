"""A summary that keeps its sentence's fronted clause before its "he" or "she": "Unable to settle, he joined up".

When the fronted clause tells something of the act (why, how), the summary keeps it, and its subject is a
pronoun after a comma. :func:`fronted_split` parts such a summary into the fronted clause and the clause
that opens with the pronoun, so :func:`.pronoun.named_person` names the pronoun as it names an opening one
(the sentence is read with :mod:`.fronted_clause`: the fronted words must name no one else); the name goes
in the pronoun's place and the fronted clause stays as it was.
"""

from __future__ import annotations

import re

__all__ = ["fronted_split", "FRONTED_CHARACTERS"]

#: a summary's fronted clause before its pronoun is at most this many characters
FRONTED_CHARACTERS = 160


def fronted_split(summary: str, pronouns: frozenset[str]) -> tuple[str, str] | None:
    """(the fronted clause with its comma, the rest opening with the pronoun written capitalised) when
    ``summary`` opens with a clause, a comma and one of ``pronouns`` written small; else None."""
    found = re.match(rf"([^\"“”]{{1,{FRONTED_CHARACTERS}}}?,)\s+(\w+)\s+(\S.*)$", summary, re.S)
    if not found or found.group(2) not in pronouns or not found.group(1)[:1].isupper():
        return None
    return found.group(1), f"{found.group(2).capitalize()} {found.group(3)}"
