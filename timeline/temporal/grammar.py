"""Read the language resources (``resources/<code>.toml``) and parse a grammar from one.

A resource holds word classes (``[words.month]``: phrase -> value), cue words
that tell the tense of a sentence, words a summary drops, stopwords for
language identification, and rules: regular expressions in which ``{class}``
stands for any phrase of a word class. (Its ``[sentences]`` and ``[clauses]``
tables are read by :mod:`timeline.temporal.sentences`.) Each rule's ``kind`` names the resolver that gives it its
meaning (``resolvers/``); the caller says which kinds there are. Nothing
here names a language.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import AbstractSet, Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

class GrammarError(ValueError):
    """A resource file that cannot be used."""


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    regex: re.Pattern[str]
    constants: dict[str, Any] = field(default_factory=dict)
    #: groups whose text must start with a capital letter ("may" is not May)
    capital: tuple[str, ...] = ()
    #: the word class a group's text is looked up in, when the pattern names one: (?P<unit>{period})
    group_classes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Grammar:
    language: str
    words: dict[str, dict[str, Any]]
    rules: tuple[Rule, ...]
    future_cues: re.Pattern[str]
    past_cues: re.Pattern[str]
    stopwords: frozenset[str]
    #: the resource's text, so callers can fingerprint what affects results
    source: str
    #: words dropped from a summary right before the expression ("on", "just", "på")
    summary_drop_before: frozenset[str] = frozenset()
    #: words dropped from the start of a summary ("with", "and", "och")
    summary_drop_leading: frozenset[str] = frozenset()
    #: the ``[furniture]`` table: cues of page furniture, read by ``extraction.furniture``
    furniture: dict[str, Any] = field(default_factory=dict)

    def lookup(self, word_class: str, phrase: str) -> Any:
        return self.words.get(word_class, {}).get(normalise(phrase))


def normalise(phrase: str) -> str:
    return " ".join(phrase.lower().split())


_CLASS_REF = re.compile(r"\{([a-z_]+)\}")
_GROUP_OF_CLASS = re.compile(r"\(\?P<(\w+)>\{([a-z_]+)\}\)")


def _alternation(phrases: list[str]) -> str:
    # Longest first, so "sept." is tried before "sept"; a space matches any run of whitespace.
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + ")"


def _spaces_to_whitespace(pattern: str) -> str:
    """Let a space in a pattern match any run of whitespace (but not inside [...])."""
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == "]":
            in_class = False
            out.append(char)
        else:
            out.append(r"\s+" if char == " " and not in_class else char)
    return "".join(out)


def _compile_rule(spec: dict[str, Any], words: dict[str, dict[str, Any]], language: str,
                  kinds: AbstractSet[str]) -> Rule:
    name = spec.get("name", "?")
    kind = spec.get("kind")
    if kind not in kinds:
        raise GrammarError(f"{language}: rule {name!r} has unknown kind {kind!r}")

    def expand(match: re.Match[str]) -> str:
        word_class = match.group(1)
        if word_class not in words:
            raise GrammarError(f"{language}: rule {name!r} uses unknown word class {{{word_class}}}")
        return _alternation(list(words[word_class]))

    body = _spaces_to_whitespace(_CLASS_REF.sub(expand, spec["pattern"]))
    flags = re.IGNORECASE
    try:
        # Not the tail of a grouped or decimal number: "1,500 years ago" is not "500 years ago".
        regex = re.compile(r"(?<!\w)(?<!\d[,.\u00a0\u202f])(?:" + body + r")(?!\w)", flags)
    except re.error as error:
        raise GrammarError(f"{language}: rule {name!r}: bad pattern: {error}") from None
    constants = {k: v for k, v in spec.items() if k not in {"name", "kind", "pattern", "capital"}}
    group_classes = dict(_GROUP_OF_CLASS.findall(spec["pattern"]))
    return Rule(name, kind, regex, constants, tuple(spec.get("capital", ())), group_classes)


def _cue_pattern(cues: list[str], extra: str | None) -> re.Pattern[str]:
    parts = [_alternation(cues)] if cues else []
    if extra:
        parts.append(f"(?:{extra})")
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def parse_grammar(text: str, language: str, kinds: AbstractSet[str]) -> Grammar:
    """The grammar in resource ``text``; a rule whose kind is not one of ``kinds`` is an error."""
    data = tomllib.loads(text)
    words = {name: {normalise(k): v for k, v in table.items()} for name, table in data.get("words", {}).items()}
    rules = tuple(_compile_rule(spec, words, language, kinds) for spec in data.get("rules", []))
    cues = data.get("cues", {})
    return Grammar(
        language=language,
        words=words,
        rules=rules,
        future_cues=_cue_pattern(cues.get("future", []), cues.get("future_pattern")),
        past_cues=_cue_pattern(cues.get("past", []), cues.get("past_pattern")),
        stopwords=frozenset(normalise(w) for w in data.get("stopwords", {}).get("words", [])),
        source=text,
        summary_drop_before=frozenset(normalise(w) for w in data.get("summary", {}).get("drop_before", [])),
        summary_drop_leading=frozenset(normalise(w) for w in data.get("summary", {}).get("drop_leading", [])),
        furniture=data.get("furniture", {}),
    )


def available_languages() -> list[str]:
    """The languages with a resource file (``resources/<code>.toml``), sorted."""
    folder = resources.files("timeline.temporal") / "resources"
    return sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))


@lru_cache(maxsize=None)
def resource_text(language: str) -> str:
    """The text of the resource file of ``language`` (an ISO 639-1 code such as "en" or "sv")."""
    if language not in available_languages():
        raise GrammarError(f"no grammar for language {language!r} (have: {', '.join(available_languages())})")
    return (resources.files("timeline.temporal") / "resources" / f"{language}.toml").read_text("utf-8")
