"""Saved web pages: the article's main text, title, canonical URL and publish date, by trafilatura.

trafilatura (with htmldate for dates) separates a page's story from its
navigation, comments, adverts and scripts; it is an optional dependency
(``pip install 'timeline[html]'``), imported only when an HTML file is read.
``HtmlDocument.text`` is trafilatura's extracted text, and offsets index it
(not the HTML source).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

INSTALL_HINT = "reading HTML needs trafilatura: pip install 'timeline[html]'"
#: the loggers of trafilatura and its helpers, which would otherwise write to stderr
_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")


class HtmlUnavailable(Exception):
    """trafilatura is not installed."""


class HtmlError(ValueError):
    """A page from which no article can be read."""


@dataclass(frozen=True)
class HtmlDocument:
    text: str
    title: str | None
    url: str | None
    #: the publish date from the page's metadata (meta tags, JSON-LD, <time>; the original, not the update)
    published: date | None


def _trafilatura():
    try:
        import trafilatura
    except ImportError as error:
        raise HtmlUnavailable(INSTALL_HINT) from error
    for name in _LOGGERS:  # a handler of their own keeps Python's last-resort handler off stderr
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
    return trafilatura


def read_html(markup: str) -> HtmlDocument:
    """The article in ``markup``; raises :class:`HtmlUnavailable` or :class:`HtmlError`."""
    trafilatura = _trafilatura()
    # Dates only from the page's markup and URL, not guessed from its prose; the original date, not the update.
    dates = {"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()}
    try:
        document = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                               date_extraction_params=dates)
    except Exception as error:  # a parser deep in lxml; any failure is this page's, not the load's
        raise HtmlError(f"cannot parse the HTML ({type(error).__name__})") from None
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise HtmlError("no article text found in the page")
    published = None
    if getattr(document, "date", None):
        try:
            published = date.fromisoformat(str(document.date)[:10])
        except ValueError:
            published = None
    title = (document.title or "").strip() or None
    url = (document.url or "").strip() or None
    return HtmlDocument(text=text, title=title, url=url, published=published)
