"""An article, scrolled to an excerpt, with every time expression highlighted."""

from __future__ import annotations

from rich.segment import Segment
from rich.text import Text
from textual.app import ComposeResult
from textual.geometry import Size
from textual.reactive import reactive
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Footer, Static

from timeline.model import Article, Mention
from timeline.temporal.labels import label

from ..keys import ARTICLE_KEYS
from ..widgets.article_name import article_name


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) offsets of ``text``'s lines wrapped at ``width`` cells, breaking at spaces."""
    lines: list[tuple[int, int]] = []
    width = max(10, width)
    offset = 0
    for paragraph in text.split("\n"):
        start, end = offset, offset + len(paragraph)
        if start == end:
            lines.append((start, end))
        while start < end:
            if end - start <= width:
                lines.append((start, end))
                break
            cut = text.rfind(" ", start, start + width + 1)
            if cut <= start:
                cut = start + width
            lines.append((start, cut))
            start = cut + 1 if text[cut:cut + 1] == " " else cut
        offset = end + 1
    return lines


class ArticleText(ScrollView, can_focus=True):
    """The article's text, wrapped, drawn line by line with its expressions highlighted."""

    COMPONENT_CLASSES = {"article-text--expression", "article-text--current"}
    DEFAULT_CSS = """
    ArticleText { padding: 0 1; overflow-x: hidden; }
    ArticleText > .article-text--expression { background: $secondary 30%; }
    ArticleText > .article-text--current { background: $accent; color: $text; text-style: bold; }
    """

    current: reactive[int] = reactive(0, init=False)

    def __init__(self, article: Article, mentions: list[Mention], current: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article = article
        self.text = article.text
        self.mentions = mentions
        self.lines: list[tuple[int, int]] = []
        self.set_reactive(ArticleText.current, current)

    def on_resize(self) -> None:
        # The width left beside a vertical scrollbar, whether or not one is shown yet: wrapping
        # to the width before the scrollbar appeared would hide each long line's last character.
        width = self.size.width - self.styles.scrollbar_size_vertical
        self.lines = wrap(self.text, width)
        self.virtual_size = Size(width, len(self.lines))
        self.show_current()

    def line_of(self, offset: int) -> int:
        for number, (start, end) in enumerate(self.lines):
            if start <= offset <= end:
                return number
        return 0

    def show_current(self) -> None:
        # After the refresh that applies a new virtual size: before it, a scroll is clamped to the old one.
        self.call_after_refresh(self._scroll_to_current)
        self.refresh()

    def _scroll_to_current(self) -> None:
        if self.mentions and self.lines:
            line = self.line_of(self.mentions[self.current].expression.start)
            self.scroll_to(y=max(0, line - self.size.height // 3), animate=False, immediate=True)
        self.refresh()

    def watch_current(self) -> None:
        self.show_current()

    def render_line(self, y: int) -> Strip:
        number = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if number >= len(self.lines):
            return Strip.blank(width, self.rich_style)
        start, end = self.lines[number]
        base = self.rich_style
        marked = base + self.get_component_rich_style("article-text--expression")
        current = base + self.get_component_rich_style("article-text--current")
        styles = [base] * (end - start)
        for index, mention in enumerate(self.mentions):
            e = mention.expression
            if e.end <= start or e.start >= end:
                continue
            style = current if index == self.current else marked
            for k in range(max(e.start, start), min(e.end, end)):
                styles[k - start] = style
        segments, run = [], 0
        for k in range(1, end - start + 1):
            if k == end - start or styles[k] is not styles[run]:
                segments.append(Segment(self.text[start + run:start + k], styles[run]))
                run = k
        return Strip(segments).adjust_cell_length(width, base)


class ArticleScreen(Screen[None]):
    BINDINGS = ARTICLE_KEYS
    DEFAULT_CSS = """
    ArticleScreen #article-title { background: $panel; padding: 0 1; height: auto; }
    ArticleScreen #article-status { background: $panel; padding: 0 1; height: 1; }
    """

    def __init__(self, article: Article, mentions: list[Mention], current: int) -> None:
        super().__init__()
        self.article = article
        self.mentions = sorted(mentions, key=lambda m: m.expression.start)
        start = mentions[current].expression.start if mentions else 0
        self.start_index = next((i for i, m in enumerate(self.mentions) if m.expression.start == start), 0)

    def compose(self) -> ComposeResult:
        article = self.article
        title = article_name(article, longest=200)
        published = article.published.isoformat() if article.published else "undated"
        title.append(f"  · {published} ({article.published_source}) · {article.language} · {article.path}",
                     style="dim")
        if article.url:
            title.append(f"\n{article.url}", style="dim")
        if article.inference is not None:
            title.append(f"\n{article.inference.describe()}", style="dim")
        yield Static(title, id="article-title", markup=False)
        yield ArticleText(article, self.mentions, self.start_index, id="article-text")
        yield Static(id="article-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ArticleText).focus()
        self.update_status()

    def update_status(self) -> None:
        view = self.query_one(ArticleText)
        status = self.query_one("#article-status", Static)
        if not self.mentions:
            status.update(Text("no time expressions in this article", style="dim"))
            return
        mention = self.mentions[view.current]
        e = mention.expression
        text = Text(f"{view.current + 1}/{len(self.mentions)}  ")
        text.append(f"“{e.text}”", style="bold")
        text.append(" → ")
        reading = label(e.interval, e.granularity, e.mod, e.timex) if e.interval else "no date"
        text.append(reading, style="bold")
        if e.timex and e.timex != reading:
            text.append(f"  TIMEX3 {e.timex}", style="dim")
        if mention.anchor is not None:
            text.append(f"  after “{mention.anchor.text}”", style="dim")
        status.update(text)

    def action_next_expression(self) -> None:
        view = self.query_one(ArticleText)
        if self.mentions:
            view.current = (view.current + 1) % len(self.mentions)
            self.update_status()

    def action_previous_expression(self) -> None:
        view = self.query_one(ArticleText)
        if self.mentions:
            view.current = (view.current - 1) % len(self.mentions)
            self.update_status()

    def action_scroll_up(self) -> None:
        self.query_one(ArticleText).scroll_up()

    def action_scroll_down(self) -> None:
        self.query_one(ArticleText).scroll_down()
