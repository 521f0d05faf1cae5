"""Score the resolver's span detection on Microsoft Recognizers-Text DateExtractor cases.

A case file is a JSON list of ``{"Input": str, "Results": [{"Text", "Type",
"Start", "Length"}, ...]}`` objects, optionally with ``"Context":
{"ReferenceDateTime": "YYYY-MM-DDTHH:MM:SS"}`` and the names of the
Recognizers-Text platforms that fail the case (``NotSupported``,
``NotSupportedByDesign``; those name other programs, so every case is scored
here). ``Start`` is a character offset into ``Input``, ``Length`` a count of
characters.

Only spans are scored, never values:

- an expected span is *found* when a system expression of any type
  overlaps it, and *exact* when one has its very offsets;
- a system DATE or TIME expression that overlaps no expected span is
  *spurious*. A DateExtractor expects dates only, so DURATION and SET
  expressions that overlap nothing are counted apart (``ignored``), not as
  spurious.

The reference date is the case's ReferenceDateTime, else none (spans do not
depend on it; values would).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from ..temporal import DATE, TIME, TimeExpression, extract

#: system types a DateExtractor case can count as spurious
SPURIOUS_TYPES = (DATE, TIME)


class CasesError(ValueError):
    """A file that is not a list of Recognizers-Text cases."""


@dataclass(frozen=True)
class Case:
    """One input sentence and its expected spans, as (start, end) with ``end`` exclusive."""

    number: int
    input: str
    expected: tuple[tuple[int, int], ...]
    reference: date | None = None


def is_case_file(path: str | Path) -> bool:
    """Whether ``path`` is to be read as Recognizers-Text cases (a .json file) rather than TimeML."""
    return Path(path).suffix.lower() == ".json"


def parse_cases(source: str) -> list[Case]:
    """The cases of one file's text; raises CasesError naming the first case that does not fit."""
    try:
        data = json.loads(source)
    except json.JSONDecodeError as error:
        raise CasesError(f"not JSON: {error}") from None
    if not isinstance(data, list):
        raise CasesError("not a list of Recognizers-Text cases")
    cases = []
    for number, item in enumerate(data, 1):
        try:
            text = item["Input"]
            expected = tuple((r["Start"], r["Start"] + r["Length"]) for r in item["Results"])
            reference = (item.get("Context") or {}).get("ReferenceDateTime")
            reference = date.fromisoformat(reference[:10]) if reference else None
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise CasesError(f"case {number} is not an Input with Results ({error})") from None
        if not isinstance(text, str) or any(not (0 <= s < e <= len(text)) for s, e in expected):
            raise CasesError(f"case {number}: a result's Start and Length fall outside its Input")
        cases.append(Case(number, text, expected, reference))
    return cases


def read_cases(path: str | Path) -> list[Case]:
    """The cases of one file (a UTF-8 byte-order mark is allowed)."""
    try:
        source = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CasesError(str(getattr(error, "strerror", None) or error)) from None
    return parse_cases(source)


@dataclass
class CaseScore:
    """Span-detection counts over the cases of one language."""

    language: str = "en"
    files: int = 0
    cases: int = 0
    expected: int = 0
    found: int = 0
    exact: int = 0
    spurious: int = 0
    ignored: int = 0
    system: int = 0
    cases_all_found: int = 0

    def summary(self) -> dict[str, Any]:
        return {
            "format": "recognizers-text DateExtractor",
            "language": self.language,
            "files": self.files,
            "cases": self.cases,
            "expected": self.expected,
            "found": self.found,
            "found_share": self.found / self.expected if self.expected else 0.0,
            "exact": self.exact,
            "exact_share": self.exact / self.expected if self.expected else 0.0,
            "system": self.system,
            "spurious": self.spurious,
            "ignored_duration_or_set": self.ignored,
            "cases_all_found_none_spurious": self.cases_all_found,
        }


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def compare_case(case: Case, found: list[TimeExpression], score: CaseScore,
                 errors: list[dict[str, Any]] | None = None, name: str = "") -> None:
    """Add the comparison of the system expressions ``found`` on one case to ``score``."""
    system = [((e.start, e.end), e) for e in found]
    score.cases += 1
    score.expected += len(case.expected)
    score.system += len(system)
    missed = spurious = 0
    for span in case.expected:
        hits = [e for s, e in system if _overlaps(s, span)]
        if hits:
            score.found += 1
            score.exact += any((e.start, e.end) == span for e in hits)
        else:
            missed += 1
            if errors is not None:
                errors.append({"kind": "missed", "file": name, "case": case.number, "input": case.input,
                               "expected": case.input[span[0]:span[1]]})
    for span, e in system:
        if any(_overlaps(span, x) for x in case.expected):
            continue
        if e.type in SPURIOUS_TYPES:
            spurious += 1
            if errors is not None:
                errors.append({"kind": "spurious", "file": name, "case": case.number, "input": case.input,
                               "system": e.text, "system_type": e.type, "system_value": e.timex})
        else:
            score.ignored += 1
    score.spurious += spurious
    score.cases_all_found += not missed and not spurious


def evaluate_cases(paths: list[str | Path], language: str = "en", errors: list[dict[str, Any]] | None = None,
                   problems: list[str] | None = None) -> CaseScore:
    """Score every case file in ``paths`` in ``language``; unreadable files go to ``problems``."""
    score = CaseScore(language=language)
    for path in paths:
        try:
            cases = read_cases(path)
        except CasesError as error:
            if problems is not None:
                problems.append(f"{path}: {error}")
            continue
        score.files += 1
        for case in cases:
            compare_case(case, extract(case.input, case.reference, language), score, errors, str(path))
    return score


def print_case_table(summary: dict[str, Any], stream: TextIO) -> None:
    w = stream.write
    w(f"Recognizers-Text DateExtractor cases, language {summary['language']}: {summary['files']} file(s), "
      f"{summary['cases']} cases, {summary['expected']} expected spans\n\n")
    expected = summary["expected"]
    w(f"{'found (a system span overlaps)':34}{summary['found']:6}{'':3}{100 * summary['found_share']:5.1f} %\n")
    w(f"{'exact (same offsets)':34}{summary['exact']:6}{'':3}{100 * summary['exact_share']:5.1f} %\n")
    w(f"{'missed':34}{expected - summary['found']:6}\n")
    w(f"{'spurious DATE/TIME spans':34}{summary['spurious']:6}\n")
    w(f"{'DURATION/SET on no expected span':34}{summary['ignored_duration_or_set']:6}   (not counted)\n")
    w(f"{'cases all found, none spurious':34}{summary['cases_all_found_none_spurious']:6}"
      f" of {summary['cases']}\n")
