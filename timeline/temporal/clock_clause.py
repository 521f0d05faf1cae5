"""Whether a day later in a bare clock time's sentence lies in the time's own clause, and so is its day.

"The tremor, which struck at 1:24 p.m. (0424 GMT), was an aftershock of a quake on October 2": the day
belongs to another happening, told in the clause a comma opens after the time. But a conjunction or a dash
opens no clause of its own for this ("The raid began at 3 p.m. while soldiers waited on Tuesday", "It
happened at 3 p.m. — Tuesday, according to police": the nearest day is still the time's, as it is for
"at 3 p.m., on Tuesday," where the comma only sets the day apart), and neither does a clock's colon ("as
of 17:00 GMT 15 June"). So only a semicolon, or a comma (or a colon) followed by more than
:data:`DAY_AFTER_MARK` words before the day, parts the time from it.
"""

from __future__ import annotations

from .sentences import clause_breaks

__all__ = ["in_time_clause"]

#: the words a comma may stand before a time's day by ("at 3 p.m., on Tuesday", "moved, to Tuesday")
DAY_AFTER_MARK = 2


def in_time_clause(text: str, time_at: int, day_at: int) -> bool:
    """Whether the day starting at ``day_at`` lies in the clause of the clock time starting at ``time_at``
    (before it) in ``text``: no semicolon between them, no comma or colon (other than a clock's) with more
    than :data:`DAY_AFTER_MARK` words after it before the day."""
    for at in clause_breaks(text, time_at, day_at):
        mark = text[at]
        if mark == ";":
            return False
        if mark not in ",:" or text[at - 1:at + 2].replace(":", "").isdigit():
            continue  # a conjunction, a dash, a clock's colon: no clause of the time's own
        if len(text[at + 1:day_at].split()) > DAY_AFTER_MARK:
            return False
    return True
