"""Article text as untrusted data: what must never reach a terminal is blanked on load.

Cleaning never changes a text's length: whatever must not reach a terminal
(control characters, escape sequences, lone surrogates) is replaced by
spaces, so character offsets into cleaned text are offsets into the source.
"""

from __future__ import annotations

import re

# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST),
# DCS/SOS/PM/APC (ESC P/X/^/_ ... ST), and two-character escapes.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_].*?(?:\x07|\x1b\\|$)"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|\x9d.*?(?:\x07|\x9c|$)",
    re.DOTALL,
)
# C0 controls but tab and newline, DEL, C1 controls, and lone surrogates.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff]")


def clean(text: str) -> str:
    """``text`` with escape sequences and control characters blanked out.

    The result has the same length as ``text``; tabs and newlines stay.
    """
    if not _ESCAPES.search(text) and not _CONTROLS.search(text):
        return text
    text = _ESCAPES.sub(lambda m: " " * len(m.group()), text)
    return _CONTROLS.sub(" ", text)
