"""How the app names an article: its title where it has one, with its id (unique) beside it."""

from __future__ import annotations

from rich.text import Text

from timeline.model import Article

#: titles longer than this many characters are cut, with "…"
LONGEST_TITLE = 60


def article_name(article: Article, style: str = "bold", longest: int = LONGEST_TITLE) -> Text:
    """"Storm hits the coast (storm)", or the id alone; article text, so never markup."""
    title = " ".join((article.title or "").split())
    if not title:
        return Text(article.id, style=style)
    if len(title) > longest:
        title = title[:longest - 1].rstrip() + "…"
    name = Text(title, style=style)
    name.append(f" ({article.id})", style="dim")
    return name
