"""What ``cluster`` counts over a whole corpus before it compares anything, counted without keeping.

A merge weighs tokens by how many of the placed mentions' contexts hold them (``similarity.Weights``)
and articles' stories by how many whole texts hold them (``evidence.Stories``). Asked the usual way,
each mention's context signature (``evidence.context_signature``) and each article's whole-text
signature stay in a bounded memo (the last 32,768 mentions', the last 4,096 articles'): a pass over
every mention and article leaves those memos full. In the process that joins the groups the
buckets' pairs are scored elsewhere (``parallel``), so those sets are not asked for again there, yet
they were held until the build's end: about 2.4 KB a mention and 15 KB an article, some 140 MB of a
tenfold corpus's build. Here each signature is made for the count and let go; what is asked later
is made (and kept) then, as before. The counts are the same: each signature is the one the memo
would have given.
"""

from __future__ import annotations

from typing import Iterable

from ..model import Article, Mention
from .evidence import Stories, _article_signature, context_signature
from .similarity import Signature, Weights


def _context_tokens(mention: Mention) -> Signature:
    """The mention's context signature (``evidence.context_signature``), made from what was prepared
    with it without the memo of prepared signatures (``prepared._signature``); else the usual way."""
    prepared = mention.prepared
    if prepared is None:
        return context_signature(mention)
    names, words = prepared.segment if prepared.context is None else prepared.context
    return Signature(frozenset(names), frozenset(words))


def token_weights(placed: Iterable[Mention]) -> Weights:
    """The token weights of the placed mentions' contexts, as ``Weights(context_signature(m) for m
    in placed)`` counts them, with no signature kept (see the module docstring)."""
    return Weights(_context_tokens(m) for m in placed)


def corpus_stories(articles: Iterable[Article]) -> Stories:
    """``Stories`` of the articles. Of more than ``Stories.KEPT`` articles it keeps no signature,
    but its word counts would leave the last ``KEPT`` in the memo of article signatures: here they
    are counted without it (``__wrapped__``: the same function, not kept), the same weights."""
    articles = list(articles)
    if len(articles) <= Stories.KEPT:  # their signatures are kept by ``Stories`` itself: asked again
        return Stories(articles)
    made = _article_signature.__wrapped__  # type: ignore[attr-defined]
    return Stories(articles, Weights(made(a.text, a.language) for a in articles))
