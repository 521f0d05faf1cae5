"""Which files of a folder are read: walking, without reading (the loader reads what this finds, and a
stored build's key hashes the same files)."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Problem

SUFFIXES = (".txt", ".md", ".tml", ".jsonl", ".jsonl.gz", ".json", ".csv", ".html", ".htm")


@dataclass
class Walk:
    """The readable files under a folder in sorted path order, what was wrong on the way, and how many
    files of each other suffix ("" for none) were passed over."""

    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    ignored: Counter[str] = field(default_factory=Counter)


def walk(folder: Path) -> Walk:
    """The files under ``folder`` that the loader reads; hidden ones and symlinked folders are not followed."""
    result = Walk()

    def on_error(error: OSError) -> None:
        result.problems.append(Problem(error.filename or str(folder), f"cannot read folder: {error.strerror}"))

    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in dirs:
            if os.path.islink(os.path.join(root, name)):  # os.walk does not follow them (no loops)
                result.problems.append(Problem(os.path.join(root, name),
                                               "link to a folder, not followed (name it to read it)"))
        for name in files:
            if name.startswith("."):
                continue
            if name.lower().endswith(SUFFIXES):
                result.files.append(Path(root) / name)
            else:
                result.ignored[Path(name).suffix.lower()] += 1
    if result.ignored:  # one line for the folder, not one per file
        kinds = ", ".join(f"{n} {kind or 'without extension'}" for kind, n in result.ignored.most_common())
        total = sum(result.ignored.values())
        result.problems.append(Problem(str(folder), f"{total} file{'s' * (total != 1)} of other kinds skipped "
                                                    f"({kinds}); read: {' '.join(SUFFIXES)}"))
    result.files.sort(key=lambda p: p.relative_to(folder).parts)
    return result
