"""The languages the resolver has: the names of its resource files (``resources/<code>.toml``).

Apart from the grammar so that naming them, as the config file's and the command line's checks do,
imports none of the resolver: a warm build reads its stored timeline and resolves nothing.
"""

from __future__ import annotations

import os

_FOLDER = os.path.join(os.path.dirname(__file__), "resources")


def available_languages() -> list[str]:
    """The languages with a resource file, sorted."""
    if os.path.isdir(_FOLDER):
        return sorted(name.removesuffix(".toml") for name in os.listdir(_FOLDER) if name.endswith(".toml"))
    from importlib import resources  # the package read from an archive: no folder to list

    folder = resources.files("timeline.temporal") / "resources"
    return sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))
