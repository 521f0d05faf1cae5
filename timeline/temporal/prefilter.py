"""What a rule's text must contain, derived from its compiled pattern: a cheap test per text.

Python's ``re`` tries a case-insensitive pattern at every position of a text,
so a rule that begins with a long alternation (number words, modifiers) costs
time over the whole text even when it finds nothing. Every match of a rule,
and what its lookarounds assert, lies in the text; so a literal the pattern
cannot match without ("ago", "quarter") must occur in the text for the rule to
find anything. :func:`requirement` reads such literals from the pattern's
parse tree as clauses: every clause names literals of which the text must
hold at least one. :func:`may_match` tests them against :func:`fold`'s form of
a text; a rule whose clauses fail cannot match and need not be run. A pattern
in which nothing is required gives no clause and is always run.
:func:`first_characters` reads the characters a match can begin with, which
the grammar tests in a lookahead before the rest of a pattern; :func:`skipping`
compiles such a pattern so that ``re`` passes over the other characters in C.

Literals are compared in :func:`fold`'s case: lower case, with the letters
that ``re.IGNORECASE`` equates beyond ``str.lower`` mapped to their ASCII
letter. Only printable ASCII and Latin-1 letters are used as literals: for
those, every character ``re`` matches to one folds to the same character.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import Any

import _sre

if sys.version_info >= (3, 11):
    from re import _compiler as sre_compile, _constants as sre, _parser as sre_parse
else:  # pragma: no cover
    import sre_compile
    import sre_constants as sre
    import sre_parse

#: The Pythons whose ``re`` internals :func:`skipping` was tested on (tests/test_prefilter.py
#: passes on each); on any other it compiles plainly, since a changed internal could
#: assemble a pattern that matches differently rather than fail.
SKIPPING_TESTED = ((3, 10), (3, 11), (3, 12), (3, 13))

#: A clause: the text must contain at least one of these (folded) literals.
Clause = frozenset
#: Every clause must hold for a rule to be worth running; empty: always run.
Requirement = tuple

# re.IGNORECASE also matches "s" to the long s, "i" to the dotless i, and "I" to the dotted
# capital I (whose str.lower() is two characters); every other character it equates to a
# printable ASCII or Latin-1 letter str.lower() folds to that letter.
_FOLD = str.maketrans({"\u017f": "s", "\u0131": "i", "\u0130": "i"})
_LARGEST_CLASS = 8  # a character class with more characters than this is no literal
_LARGEST_SET = 64  # a set of alternative literals grows no larger than this


def fold(text: str) -> str:
    """``text`` in the case literals are compared in."""
    return text.translate(_FOLD).lower()


@lru_cache(maxsize=None)
def _char(code: int) -> str | None:
    if 0x20 <= code <= 0x7E or 0xC0 <= code <= 0xFF:
        return fold(chr(code))
    return None


class _Info:
    """What one part of a pattern matches: ``exact``, every text it can match (None: too many
    or unknown), and ``clauses`` its match (or lookaround) must satisfy."""

    __slots__ = ("exact", "clauses")

    def __init__(self, exact: set[str] | None, clauses: list[frozenset[str]] | None = None):
        self.exact = exact
        self.clauses = clauses or []

    def best(self) -> frozenset[str] | None:
        """The most selective clause: longest shortest literal, then fewest literals."""
        options = list(self.clauses)
        if self.exact and "" not in self.exact:
            options.append(frozenset(self.exact))
        options = [c for c in options if c and "" not in c]
        if not options:
            return None
        return max(options, key=lambda c: (min(map(len, c)), -len(c)))


_UNKNOWN = _Info(None)
_EMPTY = {""}


def _sequence(items: Any) -> _Info:
    """A run of pattern items: adjacent exact parts join into longer literals."""
    clauses: list[frozenset[str]] = []
    run: set[str] = {""}
    whole = True

    def flush() -> None:
        if "" not in run:
            clauses.append(frozenset(run))

    for op, av in items:
        info = _item(op, av)
        clauses.extend(info.clauses)
        if info.exact is None:
            flush()
            run, whole = {""}, False
            continue
        joined = {a + b for a in run for b in info.exact} if len(run) * len(info.exact) <= _LARGEST_SET else None
        if joined is None:
            flush()
            run, whole = set(info.exact), False
        else:
            run = joined
    if whole:
        return _Info(run, clauses)
    flush()
    return _Info(None, clauses)


def _branch(alternatives: list[Any]) -> _Info:
    infos = [_sequence(alternative) for alternative in alternatives]
    if all(i.exact is not None for i in infos):
        exact = set().union(*(i.exact for i in infos))
        if len(exact) <= _LARGEST_SET:
            return _Info(exact)
    # Each alternative's most selective clause: together, one the whole alternation satisfies.
    best = [i.best() for i in infos]
    if any(b is None for b in best):
        return _UNKNOWN
    return _Info(None, [frozenset().union(*best)])


def _repeat(low: int, high: int, body: Any) -> _Info:
    info = _sequence(body)
    if low == 0:
        if high == 1 and info.exact is not None:
            return _Info(info.exact | _EMPTY)
        return _UNKNOWN
    clauses = list(info.clauses)
    if info.exact is not None and "" not in info.exact:
        clauses.append(frozenset(info.exact))
    return _Info(info.exact if low == high == 1 else None, clauses)


def class_characters(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The folded characters a character class's ``items`` match, or None for a category (\\d, \\w), a negated
    class, a wide range (more than ``_LARGEST_CLASS`` characters) or a character no literal reads."""
    chars: set[str] = set()
    for op, av in items:
        codes = range(av[0], av[1] + 1) if op is sre.RANGE else [av] if op is sre.LITERAL else None
        if codes is None or len(codes) + len(chars) > _LARGEST_CLASS:
            return None
        for code in codes:
            char = _char(code)
            if char is None:
                return None
            chars.add(char)
    return chars


def _class(items: list[tuple[Any, Any]]) -> _Info:
    chars = class_characters(items)
    return _UNKNOWN if chars is None else _Info(chars)


def _item(op: Any, av: Any) -> _Info:
    if op is sre.LITERAL:
        char = _char(av)
        return _UNKNOWN if char is None else _Info({char})
    if op is sre.IN:
        return _class(av)
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is sre.BRANCH:
        return _branch(av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        return _repeat(*av)
    if op is sre.ASSERT:
        # What a lookahead or lookbehind asserts is in the text, though outside the match.
        inner = _sequence(av[1])
        best = inner.best()
        return _Info(set(_EMPTY), inner.clauses + ([best] if best else []))
    if op in (sre.ASSERT_NOT, sre.AT):
        return _Info(set(_EMPTY))
    return _UNKNOWN  # any character, a group reference, a conditional: nothing known


@lru_cache(maxsize=4)  # a grammar asks for a pattern's requirement, then its first characters
def _parse(pattern: str, flags: int) -> Any:
    try:
        return sre_parse.parse(pattern, flags)
    except (sre.error, RecursionError, TypeError, ValueError):
        return None


def _minimal(clause: frozenset[str]) -> frozenset[str]:
    """A clause without the literals that contain another of its literals (they add nothing)."""
    return frozenset(s for s in clause if not any(t != s and t in s for t in clause))


def requirement(pattern: str, flags: int = 0) -> Requirement:
    """The clauses every match of ``pattern`` satisfies, most selective first; () if none
    can be derived (the pattern is then always run)."""
    parsed = _parse(pattern, flags)
    if parsed is None:  # pragma: no cover - compiled already
        return ()
    info = _sequence(parsed)
    clauses = list(info.clauses)
    if info.exact is not None and "" not in info.exact:
        clauses.append(frozenset(info.exact))
    unique = {_minimal(c) for c in clauses if c and "" not in c}
    return tuple(sorted(unique, key=lambda c: (-min(map(len, c)), len(c), sorted(c))))


# Character classes narrow enough to be worth testing before a match is tried.
_NARROW = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s"}


def _first_of_sequence(items: Any) -> tuple[list[str] | None, bool]:
    """The class items a match of ``items`` can begin with (None: any character or too many),
    and whether it can match the empty string."""
    out: list[str] = []
    for op, av in items:
        first, empty = _first_of_item(op, av)
        if first is None:
            return None, False
        out += first
        if not empty:
            return out, False
    return out, True


def _first_of_item(op: Any, av: Any) -> tuple[list[str] | None, bool]:
    if op is sre.LITERAL:
        return [re.escape(chr(av))], False
    if op is sre.IN:
        parts = []
        for kind, value in av:
            if kind is sre.LITERAL:
                parts.append(re.escape(chr(value)))
            elif kind is sre.RANGE:
                parts.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
            elif kind is sre.CATEGORY and value in _NARROW:
                parts.append(_NARROW[value])
            else:
                return None, False  # a negated class, \w, \S ...
        return parts, False
    if op is sre.SUBPATTERN:
        return _first_of_sequence(av[-1])
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _first_of_sequence(av)
    if op is sre.BRANCH:
        out: list[str] = []
        empty = False
        for alternative in av[1]:
            first, alternative_empty = _first_of_sequence(alternative)
            if first is None:
                return None, False
            out += first
            empty = empty or alternative_empty
        return out, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        first, empty = _first_of_sequence(av[2])
        return first, empty or av[0] == 0
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return [], True  # takes no character
    return None, False


def first_characters(pattern: str, flags: int = 0) -> str | None:
    """A character class every match of ``pattern`` begins with (under the same ``flags``),
    or None when a match can begin with any character or be empty."""
    parsed = _parse(pattern, flags)
    if parsed is None:  # pragma: no cover - compiled already
        return None
    first, empty = _first_of_sequence(parsed)
    if first is None or empty or not first:
        return None
    return "[" + "".join(dict.fromkeys(first)) + "]"


def may_match(required: Requirement, folded: str, seen: dict[str, bool]) -> bool:
    """Whether ``folded`` (a text passed through :func:`fold`) satisfies every clause; ``seen``
    remembers, for one text, which literals it holds (rules share them: the month names)."""
    for clause in required:
        for literal in clause:
            found = seen.get(literal)
            if found is None:
                found = seen[literal] = literal in folded
            if found:
                break
        else:
            return False
    return True


def skipping(pattern: str, flags: int, first: str) -> re.Pattern[str]:
    """``pattern`` compiled with ``flags``, for a pattern whose every match begins with a character
    of the class ``first`` (its own lookahead says so), so that ``re``'s search loop skips, in C,
    every position whose character cannot begin a match: the same matches, found faster.

    ``re`` does this itself for a pattern that begins with a class of uncased characters, but not
    for a lookahead, nor for letters under ``re.IGNORECASE``. Here the search loop is given a class
    of its own (case-sensitive): every character but the ASCII ones that ``first`` does not match
    under ``flags`` (asked of ``re`` itself, so case folding is exactly its own). The pattern itself
    is compiled as ``re`` compiles it; only the block of hints before it differs. Where ``re``'s
    internals are not as expected, or on a Python outside :data:`SKIPPING_TESTED`, it is compiled
    plainly.
    """
    if sys.version_info[:2] not in SKIPPING_TESTED:  # pragma: no cover - an untested Python
        return re.compile(pattern, flags)
    # as ``re.compile`` does: a plain int, for ``flags & X`` on a ``re.RegexFlag`` runs enum code in Python,
    # at every node of the pattern (a grammar's compiling spent a tenth of its time there)
    flags = int(flags)
    excluded = [chr(code) for code in range(128) if not re.fullmatch(first, chr(code), flags)]
    try:
        parsed = sre_parse.parse(pattern, flags)
        if not excluded or parsed.getwidth()[0] == 0:  # nothing to skip; an empty match: no hint
            return re.compile(pattern, flags)
        flags = parsed.state.flags | flags
        code: list[int] = []
        hint = sre_parse.parse("[^" + "".join(re.escape(c) for c in excluded) + "]", 0)
        sre_compile._compile_info(code, hint, 0)  # min width 1: only ever less than the pattern's
        sre_compile._compile(code, parsed.data, flags)
        code.append(sre.SUCCESS)
        groupindex = parsed.state.groupdict
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return _sre.compile(pattern, flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    except re.error:
        raise
    except Exception:  # pragma: no cover - another Python's internals
        return re.compile(pattern, flags)
