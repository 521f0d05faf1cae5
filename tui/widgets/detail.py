"""The selected event: its date and how it was obtained, and each supporting excerpt."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from timeline.temporal.labels import label
from timeline.model import Event, Mention

from .article_name import article_name


def published_text(mention: Mention) -> Text:
    """"2020-10-15 (header)", or how an undated article was dated."""
    article = mention.article
    text = Text(article.published.isoformat() if article.published else "undated")
    source = article.published_source
    if article.inference is not None:
        source = f"inferred from {', '.join(article.inference.neighbours)}"
    text.append(f" ({source})", style="dim")
    return text


def reading(mention: Mention) -> str:
    e = mention.expression
    if e.interval is None:
        return "no date (nothing to resolve it against)"
    return label(e.interval, e.granularity, e.mod, e.timex)


def excerpt(mention: Mention) -> Text:
    """The mention's sentence with its expression emphasised: article text, shown literally."""
    e = mention.expression
    before = " ".join(mention.article.text[mention.sentence_start:e.start].split())
    expression = " ".join(e.text.split())
    sentence = mention.sentence  # whitespace-normalised, so find the expression by the words before it
    cut = len(before) + (1 if before else 0)
    if sentence[cut:cut + len(expression)] != expression:
        cut = sentence.find(expression)
    text = Text(sentence)
    if cut >= 0:
        text.stylize("bold reverse", cut, cut + len(expression))
    return text


def mention_option(mention: Mention, agrees: bool = True) -> Text:
    header = Text()
    if not agrees:
        header.append("✗ conflicting reading · ", style="bold yellow")
    header.append_text(article_name(mention.article))
    header.append(" · ")
    header.append_text(published_text(mention))
    header.append(" · ")
    header.append(f"“{mention.expression.text}”", style="italic")
    header.append(" → ")
    header.append(reading(mention), style="bold")
    if mention.anchor is not None:
        header.append(f" (after “{mention.anchor.text}”)", style="dim")
    return Text.assemble(header, "\n", excerpt(mention), "\n")


def event_text(event: Event) -> str:
    """An event as plain text to paste: its date, summary and sources."""
    lines = [f"{event.label or 'undated'}: {event.summary}"]
    for mention in event.mentions:
        name = article_name(mention.article, style="").plain
        url = f" <{mention.article.url}>" if mention.article.url else ""
        lines.append(f"- {name}{url}: “{mention.expression.text}”")
    return "\n".join(lines)


def excerpt_text(mention: Mention) -> str:
    """An excerpt as plain text to paste: the sentence, then where it is from."""
    published = mention.article.published.isoformat() if mention.article.published else "undated"
    return f"{mention.sentence}\n— {article_name(mention.article, style='').plain}, {published}"


class ExcerptList(OptionList):
    """The supporting mentions; Enter opens the article at one."""

    class Open(Message):
        def __init__(self, mention: Mention) -> None:
            super().__init__()
            self.mention = mention

    BINDINGS = [("o", "open", "Open")]  # short: the footer has 80 columns for every key

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.mentions: list[Mention] = []

    def show(self, mentions: list[Mention], event: Event | None = None) -> None:
        self.mentions = mentions
        # set_options, not clear_options + add_options: the list's size changes (a layout of the
        # whole screen) only when the new excerpts take a different number of lines.
        self.set_options([Option(mention_option(m, event is None or event.agrees(m))) for m in mentions])
        if mentions:
            self.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Open(self.mentions[event.option_index]))

    def action_open(self) -> None:
        if self.highlighted is not None and self.mentions:
            self.post_message(self.Open(self.mentions[self.highlighted]))


class EventDetail(Vertical):
    """Header (date, how it was obtained, conflicts) over the excerpt list."""

    DEFAULT_CSS = """
    EventDetail { height: 1fr; }
    EventDetail > #event-header { padding: 0 1; height: auto; }
    EventDetail > ExcerptList { height: 1fr; border: none; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="event-header", markup=False)
        yield ExcerptList(id="excerpts")

    def show(self, event: Event | None) -> None:
        excerpts = self.query_one(ExcerptList)
        if event is None:
            self._set_header(Text("No event to show.", style="dim"))
            excerpts.show([])
            return
        text = Text()
        text.append(event.label or "undated", style="bold")
        if event.interval is not None:
            start, end = event.interval.start, event.interval.end
            text.append(f"   {start}" if start == end else f"   {start} … {end}", style="dim")
        text.append(f"   {event.id}", style="dim")
        text.append("\n")
        text.append(event.summary)
        text.append("\n")
        sources = f"{event.source_count} article{'s' if event.source_count != 1 else ''}"
        placed = [m.interval for m in event.mentions if m.interval is not None]
        if len(placed) == 1:
            how = "dated by its one mention"
        elif all(interval == event.interval for interval in placed):
            how = f"all {len(placed)} mentions give this date"
        else:
            how = f"dated where its {len(placed)} mentions' readings overlap"
        if event.conflict:
            disagreeing = sum(not event.agrees(m) for m in event.mentions)
            text.append(f"⚠ conflicting dates from {sources}: dated by what most sources say; "
                        f"{disagreeing} conflicting reading{'s' if disagreeing != 1 else ''} marked ✗ below",
                        style="bold yellow")
        elif event.interval is None:
            text.append(f"{sources}; no reference date to resolve against", style="dim")
        else:
            text.append(f"{sources}; {how}", style="dim")
        self._set_header(text)
        excerpts.show(event.mentions, event)

    def _set_header(self, text: Text) -> None:
        """Show ``text`` in the header, laying the screen out again only when its height changes
        (a layout redraws every widget: most of the cost of a cursor move)."""
        header = self.query_one("#event-header", Static)
        header.update(text, layout=False)
        width, height = header.content_region.width, header.content_region.height
        if not width or header.get_content_height(self.content_region.size, self.app.size, width) != height:
            header.refresh(layout=True)
