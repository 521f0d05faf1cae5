"""Read TimeML (.tml): the text of <TEXT> with tags removed, its DCT, and its TIMEX3s."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date

_TAG_OR_TEXT = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>|([^<]+)")
_ATTRIBUTE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3\b([^>]*)>", re.DOTALL)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.DOTALL)


class TimeMLError(ValueError):
    pass


@dataclass(frozen=True)
class GoldTimex:
    """A TIMEX3 of the gold annotation; offsets index :attr:`TimeMLDocument.text`."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None


@dataclass(frozen=True)
class TimeMLDocument:
    text: str
    dct: date | None
    title: str | None
    timexes: tuple[GoldTimex, ...]


def parse_timeml(source: str) -> TimeMLDocument:
    body = _TEXT.search(source)
    if body is None:
        raise TimeMLError("no <TEXT> element")
    pieces: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    for match in _TAG_OR_TEXT.finditer(body.group(1)):
        closing, name, attributes, chunk = match.groups()
        if chunk is not None:
            chunk = html.unescape(chunk)
            pieces.append(chunk)
            length += len(chunk)
        elif name == "TIMEX3" and not closing:
            open_timexes.append((length, dict(_ATTRIBUTE.findall(attributes))))
        elif name == "TIMEX3" and closing and open_timexes:
            start, attrs = open_timexes.pop()
            text = "".join(pieces)[start:length]
            timexes.append(GoldTimex(start, length, text, attrs.get("type", ""), attrs.get("value", ""),
                                     attrs.get("mod")))
    text = "".join(pieces)
    dct = None
    dct_match = _DCT.search(source)
    if dct_match:
        value = dict(_ATTRIBUTE.findall(dct_match.group(1))).get("value", "")
        try:
            dct = date.fromisoformat(value[:10])
        except ValueError:
            dct = None
    title_match = _TITLE.search(source)
    title = " ".join(html.unescape(title_match.group(1)).split()) if title_match else None
    return TimeMLDocument(text, dct, title, tuple(timexes))
