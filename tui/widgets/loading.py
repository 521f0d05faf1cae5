"""What the app shows while a corpus is read and built: the step under way, and a bar."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import ProgressBar, Static

#: what the panel says at each step of a build (``timeline.pipeline.open_timeline``'s stages)
STAGES = {"reading": "Reading {name} …", "extracting": "Finding dates in {name} …",
          "dating": "Dating undated articles …", "merging": "Merging mentions into events …",
          "summaries": "Summing up each event …", "saving": "Saving to the cache …"}


class LoadingPanel(Vertical):
    DEFAULT_CSS = """
    LoadingPanel { height: auto; padding: 1 2; }
    LoadingPanel ProgressBar { margin-top: 1; }
    """

    def __init__(self, name: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.corpus_name = name

    def compose(self) -> ComposeResult:
        yield Static(STAGES["reading"].format(name=self.corpus_name), id="loading-text", markup=False)
        yield ProgressBar(id="progress", show_eta=False)

    def show(self, done: int, total: int, stage: str = "") -> None:
        """``done`` of ``total`` at ``stage`` (a key of :data:`STAGES`)."""
        if stage:
            self.query_one("#loading-text", Static).update(STAGES.get(stage, stage).format(name=self.corpus_name))
        self.query_one(ProgressBar).update(total=total, progress=done)
