"""The Textual app (issue 5). It will only read a ``timeline.Timeline`` and draw it."""
