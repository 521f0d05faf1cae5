"""A name set beside its head in the summary's own sentence: "the charity, Oxfam, tells" reads
"the charity Oxfam tells", so that dropping the apposition or stopping before it does not leave
"the charity" unnamed.

Only a head of ``[situated]`` ``name_heads``, ``body_heads`` or ``person_heads`` after the definite
article (``apposition_articles``), a name of at most ``MAX_WORDS`` capitalised words (joined by a word
of ``name_inner`` or ``beside_inner``), and a name that ends its sentence or is followed by a comma and a sure verb (the
name is then the subject's: "Penny Lawrence of the charity, Oxfam, tells"; the comma before the verb
goes unless an aside opened before the article, which it closes): "after the meeting,
Tom Berg, the minister, said" holds no head, and "the court, Tom Berg, the lawyer," is left as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..temporal.grammar import GrammarError, resource_data
from .headline import bare
from .headline_words import Lexicon, lowered

__all__ = ["named_beside", "MAX_WORDS"]

#: a name longer than this is a run of capitalised words, not one name
MAX_WORDS = 5


@lru_cache(maxsize=None)
def _pattern(language: str) -> re.Pattern[str] | None:
    try:
        table = resource_data(language).get("situated", {})
    except GrammarError:
        return None
    heads = lowered(table, "name_heads") | lowered(table, "body_heads") | lowered(table, "person_heads")
    articles = lowered(table, "apposition_articles")
    if not heads or not articles:
        return None
    word = r"[A-Z][\w&'’.-]*"
    inner = "|".join(re.escape(w) for w in sorted(lowered(table, "name_inner") | lowered(table, "beside_inner")))
    name = rf"{word}(?:\s+(?:(?:{inner})\s+)?{word}){{0,{MAX_WORDS - 1}}}"
    return re.compile(rf"(?<![\w'’-])((?i:{'|'.join(map(re.escape, sorted(articles)))})\s+"
                      rf"(?:{'|'.join(map(re.escape, sorted(heads)))}))\s*,\s+({name})"
                      rf"(?=\s*(?:[.;]?\s*$|,\s+(?P<verb>[a-z][\w'’-]*)))")


def named_beside(text: str, lex: Lexicon, language: str) -> str:
    """``text`` with each name set beside its head as in the module's docstring joined to it."""
    pattern = _pattern(language) if "," in text else None
    if pattern is None:
        return text
    out, at = [], 0
    for match in pattern.finditer(text):
        verb = match.group("verb")
        if verb is not None and not (verb in lex.speech or verb in lex.auxiliaries or verb in lex.verbs):
            continue
        if len(match.group(2).split()) > MAX_WORDS or bare(match.group(2)) in lex.pronouns:
            continue
        out += [text[at:match.start()], f"{match.group(1)} {match.group(2)}"]
        at = match.end()
        # "the charity Oxfam, tells": the comma before the verb goes too, unless an aside opened before the
        # article ("Tom Berg, founder of the charity, Helpwell, tells": the aside closes there)
        if verb is not None and "," not in text[:match.start()]:
            comma = text.index(",", at)
            out.append(text[at:comma])
            at = comma + 1
    return "".join(out) + text[at:] if out else text
