"""Score the resolver against TimeML gold (TempEval-3 style).

Which TIMEX3 types are scored is the score's ``types``:

- ``date-time`` (the default): gold DATE and TIME TIMEX3s, and system
  expressions typed DATE or TIME. A system expression that overlaps only a
  gold DURATION or SET is counted apart (``duration_or_set``), not as a
  false positive.
- ``all``: every TIMEX3 type (DATE, TIME, DURATION, SET) on both sides, as
  the official TempEval-3 figures count them. The official scorer does not
  require the types to agree for a span match, and reports the type as an
  attribute: type F1 counts matched pairs whose type equals the gold's, as
  value F1 counts those whose value does.

Matching is one-to-one: pairs with identical (whitespace-trimmed) spans
first, then by largest overlap. TimeML has no value for a range: a range of
two years each written in full ("1977 to 2001", one expression valued
"1977/2001") is scored as the two TIMEX3s TimeML writes for it, one per year
(:func:`_timeml_parts`). Offsets are character offsets into the
document text, end exclusive; the DCT's TIMEX3 is not scored.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable, TextIO

from ..temporal import DATE, DURATION, SET, TIME, TimeExpression, extract
from ..ingest.timeml import GoldTimex, TimeMLError, parse_timeml
from ..temporal.sentences import one_line, sentence_at, sentence_bounds

#: the TIMEX3 types each choice of ``types`` scores
TYPE_SETS = {"date-time": (DATE, TIME), "all": (DATE, TIME, DURATION, SET)}
#: the types whose values have a granularity (day, month, ...)
GRANULAR_TYPES = (DATE, TIME)


@dataclass(frozen=True)
class Span:
    """A trimmed span of the document text: ``start`` inclusive, ``end`` exclusive."""

    start: int
    end: int
    text: str
    value: str | None
    type: str = ""


def _trimmed(start: int, end: int, text: str) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def match(gold: list[Span], system: list[Span]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping spans: exact first, then largest overlap."""
    pairs = []
    for g, gs in enumerate(gold):
        for s, ss in enumerate(system):
            overlap = min(gs.end, ss.end) - max(gs.start, ss.start)
            if overlap > 0:
                exact = (gs.start, gs.end) == (ss.start, ss.end)
                pairs.append((not exact, -overlap, g, s))
    pairs.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    matched = []
    for _, _, g, s in pairs:
        if g not in used_gold and s not in used_system:
            used_gold.add(g)
            used_system.add(s)
            matched.append((g, s))
    return matched


def value_class(value: str) -> str:
    """The granularity of a gold TIMEX3 value, for per-class recall."""
    if value.endswith("_REF"):
        return "*_REF"
    if "T" in value and not value.startswith("P"):
        return "with time"
    patterns = (("day", r"\d{4}-\d\d-\d\d"), ("month", r"\d{4}-\d\d"), ("year", r"\d{4}"),
                ("week", r"\d{4}-W\d\d?(-WE)?"), ("quarter", r"\d{4}-Q\d"), ("half", r"\d{4}-H\d"),
                ("season", r"\d{4}-(SP|SU|FA|WI)"), ("decade", r"\d{3}"), ("century", r"\d{2}"))
    for name, pattern in patterns:
        if re.fullmatch(pattern, value):
            return name
    return "other"


CLASSES = ("day", "month", "year", "week", "quarter", "half", "season", "decade", "century", "*_REF",
           "with time", "other")


@dataclass
class Score:
    """Counts over a corpus; ``types`` is a key of TYPE_SETS."""

    types: str = "date-time"
    documents: int = 0
    bytes: int = 0
    seconds: float = 0.0
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    duration_or_set: int = 0
    type: int = 0
    gold_by_type: Counter = field(default_factory=Counter)
    system_by_type: Counter = field(default_factory=Counter)
    relaxed_by_type: Counter = field(default_factory=Counter)
    value_by_type: Counter = field(default_factory=Counter)
    gold_by_class: Counter = field(default_factory=Counter)
    value_by_class: Counter = field(default_factory=Counter)

    @staticmethod
    def _prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
        p = hits / system if system else 0.0
        r = hits / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def scored_types(self) -> tuple[str, ...]:
        return TYPE_SETS[self.types]

    def summary(self) -> dict[str, Any]:
        """The figures; the keys that only ``types="all"`` has are added after the others."""
        strict, relaxed, value = (self._prf(h, self.system, self.gold) for h in (self.strict, self.relaxed, self.value))
        summary = {
            "documents": self.documents,
            "gold": self.gold,
            "system": self.system,
            "strict": dict(zip("prf", strict)),
            "relaxed": dict(zip("prf", relaxed)),
            "value": dict(zip("prf", value)),
            "value_accuracy": self.value / self.relaxed if self.relaxed else 0.0,
            "duration_or_set_hits": self.duration_or_set,
            "value_recall_by_class": {
                c: {"gold": self.gold_by_class[c], "correct": self.value_by_class[c],
                    "recall": self.value_by_class[c] / self.gold_by_class[c]}
                for c in CLASSES if self.gold_by_class[c]
            },
            "kb_per_second": self.bytes / 1024 / self.seconds if self.seconds else 0.0,
            "documents_per_second": self.documents / self.seconds if self.seconds else 0.0,
        }
        if self.types != "date-time":  # the date-time summary stays as it always was
            summary["types"] = self.types
            summary["type"] = dict(zip("prf", self._prf(self.type, self.system, self.gold)))
            summary["type_accuracy"] = self.type / self.relaxed if self.relaxed else 0.0
            summary["by_type"] = {
                t: {"gold": self.gold_by_type[t], "system": self.system_by_type[t],
                    "found": self.relaxed_by_type[t], "value_correct": self.value_by_type[t]}
                for t in self.scored_types
            }
        return summary


def _sentence(text: str, bounds: list[tuple[int, int]], offset: int) -> str:
    start, end = sentence_at(bounds, offset)
    return one_line(text[start:end])


def score_document(text: str, dct: date | None, gold_timexes: Iterable[GoldTimex], score: Score,
                   language: str = "en", errors: list[dict[str, Any]] | None = None, name: str = "") -> None:
    """Run the resolver on one document and add its comparison with the gold to ``score``."""
    started = time.perf_counter()
    found = extract(text, dct, language)
    score.seconds += time.perf_counter() - started
    score.documents += 1
    score.bytes += len(text.encode("utf-8"))
    compare(text, gold_timexes, found, score, errors, name)


def compare(text: str, gold_timexes: Iterable[GoldTimex], found: Iterable[TimeExpression], score: Score,
            errors: list[dict[str, Any]] | None = None, name: str = "") -> None:
    """Add the comparison of system expressions ``found`` with the gold of one text to ``score``."""
    gold_timexes = list(gold_timexes)
    scored = score.scored_types
    every_type = score.types != "date-time"

    def span(start: int, end: int, value: str | None, kind: str) -> Span:
        start, end = _trimmed(start, end, text)
        return Span(start, end, text[start:end], value, kind)

    gold = [span(g.start, g.end, g.value, g.type) for g in gold_timexes if g.type in scored]
    other_gold = [span(g.start, g.end, g.value, g.type) for g in gold_timexes if g.type not in scored]
    system = [span(start, end, value, e.type) for e in found if e.type in scored
              for start, end, value in _timeml_parts(e)]

    pairs = match(gold, system)
    matched_system = {s for _, s in pairs}
    # System answers on gold durations and sets are reported apart, not counted as wrong.
    aside = {s for _, s in match(other_gold, system) if s not in matched_system}
    score.gold += len(gold)
    score.system += len(system) - len(aside)
    score.duration_or_set += len(aside)
    for g in gold:
        score.gold_by_type[g.type] += 1
        if g.type in GRANULAR_TYPES:
            score.gold_by_class[value_class(g.value or "")] += 1
    for s, ss in enumerate(system):
        if s not in aside:
            score.system_by_type[ss.type] += 1

    bounds = sentence_bounds(text) if errors is not None else []
    for g, s in pairs:
        gs, ss = gold[g], system[s]
        exact = (gs.start, gs.end) == (ss.start, ss.end)
        right = ss.value == gs.value
        same_type = ss.type == gs.type
        score.strict += exact
        score.relaxed += 1
        score.type += same_type
        score.relaxed_by_type[gs.type] += 1
        if right:
            score.value += 1
            score.value_by_type[gs.type] += 1
            if gs.type in GRANULAR_TYPES:
                score.value_by_class[value_class(gs.value or "")] += 1
        if errors is not None and (not exact or not right or (every_type and not same_type)):
            kind = "wrong value" if not right else "boundary" if not exact else "wrong type"
            error = {"kind": kind, "document": name, "gold": gs.text, "gold_value": gs.value,
                     "system": ss.text, "system_value": ss.value, "boundary_ok": exact}
            if every_type:
                error.update(gold_type=gs.type, system_type=ss.type)
            errors.append({**error, "sentence": _sentence(text, bounds, gs.start)})
    if errors is not None:
        errors.extend(_unmatched(text, bounds, gold, system, pairs, aside, name, every_type))


#: A range of two years written in full: "1977 to 2001", "1998 and 2005", "1998-2005"
_YEAR_RANGE = re.compile(r"(\d{4})\b.*\b(\d{4})")


def _timeml_parts(e: TimeExpression) -> list[tuple[int, int, str | None]]:
    """``e``'s (start, end, value) as TimeML annotates it: a range of two years written in full
    is its two years, each its own TIMEX3; anything else is itself."""
    m = _YEAR_RANGE.fullmatch(e.text)
    if e.timex is None or m is None or e.timex != f"{m.group(1)}/{m.group(2)}":
        return [(e.start, e.end, e.timex)]
    return [(e.start + m.start(i), e.start + m.end(i), m.group(i)) for i in (1, 2)]


def _unmatched(text: str, bounds: list[tuple[int, int]], gold: list[Span], system: list[Span],
               pairs: list[tuple[int, int]], aside: set[int], name: str, every_type: bool) -> list[dict[str, Any]]:
    """The errors of one text that no pair explains: gold spans missed, system spans spurious."""
    errors = []
    matched_gold = {g for g, _ in pairs}
    matched_system = {s for _, s in pairs}
    for g, gs in enumerate(gold):
        if g not in matched_gold:
            error = {"kind": "missed", "document": name, "gold": gs.text, "gold_value": gs.value}
            if every_type:
                error["gold_type"] = gs.type
            errors.append({**error, "sentence": _sentence(text, bounds, gs.start)})
    for s, ss in enumerate(system):
        if s not in matched_system and s not in aside:
            error = {"kind": "spurious", "document": name, "system": ss.text, "system_value": ss.value}
            if every_type:
                error["system_type"] = ss.type
            errors.append({**error, "sentence": _sentence(text, bounds, ss.start)})
    return errors


def timeml_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.tml") if not p.name.startswith(".")))
        else:
            files.append(path)
    return files


def evaluate(paths: Iterable[str | Path], language: str = "en", errors: list[dict[str, Any]] | None = None,
             problems: list[str] | None = None, types: str = "date-time") -> Score:
    """Score every .tml file under ``paths`` on the TIMEX3 types named by ``types`` (a key of
    TYPE_SETS); unreadable files go to ``problems``."""
    score = Score(types=types)
    for path in timeml_files(paths):
        try:
            document = parse_timeml(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, TimeMLError) as error:
            if problems is not None:
                problems.append(f"{path}: {error}")
            continue
        score_document(document.text, document.dct, document.timexes, score, language, errors, path.stem)
    return score


def print_table(summary: dict[str, Any], stream: TextIO) -> None:
    w = stream.write
    every_type = "by_type" in summary
    if every_type:
        w(f"documents {summary['documents']}   gold TIMEX3 (DATE, TIME, DURATION, SET) {summary['gold']}"
          f"   system {summary['system']}\n\n")
    else:
        w(f"documents {summary['documents']}   gold DATE/TIME {summary['gold']}   system {summary['system']}"
          f"   (+{summary['duration_or_set_hits']} on gold DURATION/SET, not counted)\n\n")
    w(f"{'':10}{'P':>8}{'R':>8}{'F1':>8}\n")
    for name in ("strict", "relaxed", "value", "type") if every_type else ("strict", "relaxed", "value"):
        s = summary[name]
        w(f"{name:10}{100 * s['p']:8.1f}{100 * s['r']:8.1f}{100 * s['f']:8.1f}\n")
    w(f"\nvalue accuracy on matched pairs: {100 * summary['value_accuracy']:.1f}\n")
    if every_type:
        w(f"type accuracy on matched pairs: {100 * summary['type_accuracy']:.1f}\n\n")
        w(f"{'gold type':18}{'gold':>6}{'system':>8}{'found':>7}{'recall':>8}{'value ok':>10}\n")
        for name, c in summary["by_type"].items():
            recall = 100 * c["found"] / c["gold"] if c["gold"] else 0.0
            w(f"{name:18}{c['gold']:6}{c['system']:8}{c['found']:7}{recall:8.1f}{c['value_correct']:10}\n")
        w(f"\n{'gold granularity':18}{'gold':>6}{'correct':>9}{'recall':>8}   (DATE and TIME only)\n")
    else:
        w(f"\n{'gold granularity':18}{'gold':>6}{'correct':>9}{'recall':>8}\n")
    for name, c in summary["value_recall_by_class"].items():
        w(f"{name:18}{c['gold']:6}{c['correct']:9}{100 * c['recall']:8.1f}\n")
    w(f"\nthroughput: {summary['kb_per_second']:.0f} KB/s, {summary['documents_per_second']:.0f} documents/s"
      " (resolver only, one process)\n")


def write_errors(errors: list[dict[str, Any]], stream: TextIO) -> None:
    for error in errors:
        stream.write(json.dumps(error, ensure_ascii=False) + "\n")
