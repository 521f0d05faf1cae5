"""A short readable clause for a mention: who did what, without the date itself.

From the mention's segment the expression is removed (with the words right
before it that only served it: "on", "over", "just"), the clause that held it
is kept (with its neighbours until it has ``MIN_WORDS``), and it is cut at
word boundaries to ``MAX_WORDS``. Quote marks that would be left unbalanced
are dropped, so a summary never opens a quotation it does not close. What is
left with fewer than two content words ("To", "Officials said") gives way to
the sentence's first words.
"""

from __future__ import annotations

import re

from ..model import Mention
from ..temporal import load_grammar

MIN_WORDS, MAX_WORDS = 6, 16
#: a summary with fewer words that are not stopwords or numbers gives way to its sentence
MIN_CONTENT_WORDS = 2

_CLAUSE = re.compile(r"\s*(?:[,;:()—–]|\s-\s)\s*")
_QUOTES = "\"“”«»"
_EDGE = " \t\n,;:.!?—–-\"“”«»'‘’"


def _words(text: str) -> list[str]:
    return text.split()


def summarise(mention: Mention) -> str:
    article, expression = mention.article, mention.expression
    grammar = load_grammar(article.language)
    start, end = mention.segment if mention.segment != (0, 0) else (mention.sentence_start, expression.end)
    text = article.text
    before = _words(text[start:expression.start])
    while before and before[-1].lower().strip(_EDGE) in grammar.summary_drop_before:
        before.pop()
    after = text[expression.end:end]
    after = re.sub(r"^[’']s\b", "", after)  # "Wednesday's performance" -> "performance"
    joined = " ".join(before) + " \x00 " + " ".join(_words(after))

    clauses = [c for c in _CLAUSE.split(joined)]
    home = next((i for i, c in enumerate(clauses) if "\x00" in c), 0)
    clauses = [c.replace("\x00", " ").strip() for c in clauses]
    lo = hi = home
    chosen = _words(clauses[home])
    # A clause that was only the date ("Late last month,") leads into its subject: read on.
    # A fragment left beside it ("his wife [since 2013]") belongs to what came before: read back.
    forward_first = not chosen
    while len(chosen) < MIN_WORDS and (lo > 0 or hi < len(clauses) - 1):
        if (forward_first or lo == 0) and hi < len(clauses) - 1:
            hi += 1
        else:
            lo -= 1
        chosen = _words(", ".join(c for c in clauses[lo:hi + 1] if c))
    while chosen and chosen[0].lower().strip(_EDGE) in grammar.summary_drop_leading:
        chosen.pop(0)
    cut_start = cut_end = False
    if len(chosen) > MAX_WORDS:
        # Keep the words nearest where the expression stood.
        home_words = len(" ".join(clauses[lo:home]).split()) + len(clauses[home].split()) // 2
        first = max(0, min(home_words - MAX_WORDS // 2, len(chosen) - MAX_WORDS))
        cut_start, cut_end = first > 0, first + MAX_WORDS < len(chosen)
        chosen = chosen[first:first + MAX_WORDS]
        while cut_start and chosen and chosen[0].lower().strip(_EDGE) in grammar.summary_drop_leading:
            chosen.pop(0)
    summary = " ".join(chosen).strip(_EDGE)
    if sum(summary.count(q) for q in _QUOTES) % 2 or summary.count("“") != summary.count("”"):
        summary = "".join(ch for ch in summary if ch not in _QUOTES)
    summary = re.sub(r"\s+([,.;:!?])", r"\1", summary)
    content = [w for w in summary.split() if w.strip(_EDGE).isalpha() and w.lower().strip(_EDGE) not in grammar.stopwords]
    if len(content) < MIN_CONTENT_WORDS:  # "To", "Percent", "Officials said": the sentence says more
        return one_line_fallback(mention)
    summary = summary[0].upper() + summary[1:]
    return ("… " if cut_start else "") + summary + (" …" if cut_end else "")


def one_line_fallback(mention: Mention) -> str:
    words = mention.sentence.split()
    return " ".join(words[:MAX_WORDS]) + (" …" if len(words) > MAX_WORDS else "")
