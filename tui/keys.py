"""Every key of the app in one place: the bindings, the footer and the help screen read it."""

from __future__ import annotations

from textual.binding import Binding

#: (section, bindings) shown in this order on the help screen
APP_KEYS = [
    Binding("slash", "search", "Search"),
    Binding("g", "goto", "Go to"),
    Binding("z", "zoom", "Zoom"),
    Binding("k", "key_events", "Key"),
    Binding("f", "filters", "Filter"),
    Binding("c", "copy", "Copy"),
    Binding("e", "export", "Export"),
    Binding("u", "toggle_undated", "Undated", show=False),
    Binding("o", "open_article", "Open article", show=False),
    Binding("t", "toggle_theme", "Theme", show=False),
    Binding("question_mark", "help", "Help"),
    Binding("escape", "back", "Back", show=False),
    Binding("q", "quit", "Quit"),
    Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
]

LIST_KEYS = [
    Binding("up", "cursor_up", "Up", show=False),
    Binding("down", "cursor_down", "Down", show=False),
    Binding("pageup", "page_up", "Page up", show=False),
    Binding("pagedown", "page_down", "Page down", show=False),
    Binding("home", "first", "First", show=False),
    Binding("end", "last", "Last", show=False),
    Binding("enter", "select", "Excerpts", show=False),
]

ARTICLE_KEYS = [
    Binding("n", "next_expression", "Next date"),
    Binding("N", "previous_expression", "Previous date"),
    Binding("up,k", "scroll_up", "Up", show=False),
    Binding("down,j", "scroll_down", "Down", show=False),
    Binding("escape", "dismiss", "Back"),
]

HELP = [
    ("Timeline", [("↑ ↓", "move"), ("PgUp PgDn  Home End", "move by page, to the ends"),
                  ("Enter", "move into the event's excerpts"), ("mouse", "click a row, scroll with the wheel"),
                  ("g", "go to a date: 1997, 2009-06, June 2009, 25 June 2009, juni 2009"),
                  ("z", "zoom: group by day, month or year"),
                  ("k", "key events only (the most important tenth), or all again"),
                  ("strip", "click the density strip to go to that date")]),
    ("Excerpts", [("↑ ↓", "choose an excerpt"), ("Enter  o", "open the article at the excerpt"),
                  ("Escape", "back to the timeline")]),
    ("Article", [("n  N", "next, previous time expression"), ("↑ ↓  PgUp PgDn", "scroll"),
                 ("Escape", "back")]),
    ("Anywhere", [("/", "search summaries and excerpts (Escape clears)"),
                  ("f", "filter by date range, sources, conflicts, articles"),
                  ("u", "show or hide undated events"), ("c", "copy the event (or the excerpt) to the clipboard"),
                  ("e", "export what is shown: CSV, TimelineJS, ICS…"),
                  ("t", "dark or light theme"), ("ctrl+p", "command palette"), ("?", "this help"),
                  ("q  ctrl+c", "quit (the place is remembered for next time)")]),
]
