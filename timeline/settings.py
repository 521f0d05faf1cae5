"""Settings that change what a build produces (config.toml's [events] and [dating]).

Kept apart from the modules that use them so that config.py can build them
without importing the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class MergeSettings:
    #: text similarity (0..1) above which mentions with overlapping dates are one happening
    threshold: float = 0.06
    #: the same across languages, where only names, titles and numbers are compared
    cross_language_threshold: float = 0.4
    #: similarity above which mentions merge even with disjoint (near) dates, or from one article
    conflict_threshold: float = 0.6
    #: how alike two whole articles must be to tell one story
    story_threshold: float = 0.2
    #: text similarity two mentions need when their articles tell different stories
    cross_story_threshold: float = 0.2


@dataclass(frozen=True)
class DatingSettings:
    #: article similarity (0..1) a dated article needs to count as a neighbour
    threshold: float = 0.15
    #: days before the earliest and after the latest neighbour date that are tried
    window_days: int = 10
    #: how many of the most similar dated articles count
    neighbours: int = 5


@dataclass(frozen=True)
class BuildSettings:
    merge: MergeSettings = field(default_factory=MergeSettings)
    dating: DatingSettings = field(default_factory=DatingSettings)
