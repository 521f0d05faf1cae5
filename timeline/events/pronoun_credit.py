"""Who speaks a first-person quote that its own sentence credits to a "he" or "she".

A report names its speaker once and credits the next quotes to a pronoun: "Karl Olsen wanted the
council to meet soon. | "We plan to hold the first meeting on Friday," he said." (wire copy gives each of
them its own paragraph). A summary cut from the quote ("We plan to hold the first meeting") says who
"we" are to no one. Here the credit's pronoun is read as a sentence of its own opening with it ("He
said …") and named as :func:`.pronoun.named_person` names an opening "he" or "she" (the speaker the
sentence before credits, the chain of sentences about one person, a surname's full name), with all its
care: no name across a quotation the sentences before left open, none of the other sex, none when
someone else is spoken of beside it. The summary is then credited headline style: "Karl Olsen: We plan
to hold the first meeting".

Only a summary that opens with a first-person word (``[headline] first_person``) and is no credited one
already, from a sentence that is the quote and its credit: it opens with the quotation mark and the credit
follows the closing one ('"…," he said', '"…," said she'), or it opens with the credit before a colon and
the mark ('He said : "…'); or a quote that credits no one and goes on, in the same paragraph, from a sentence
that opened the quote so ('He said: "I think …' | '"A couple of days ago we went …': a news convention
credits a quote once). A credit the summary still holds goes ('We agree, he said, adding …' -> 'Karl Olsen: We
agree'). A wrong name is worse than none: any doubt leaves the summary as it was.
"""

from __future__ import annotations

import re

from .headline import EDGE, bare
from .headline_words import lexicon, lowered, resource_table
from .pronoun import named_person

__all__ = ["pronoun_credited", "CREDIT_WORDS"]

#: the words a credit's pronoun and verb of saying are sought among, after the closing quotation mark
CREDIT_WORDS = 3
#: a summary cut before its own credit keeps at least this many words, or is kept whole
MIN_KEPT = 4
#: the marks that open a quotation (tokenised text writes `` and '')
_OPENERS = ('"', "“", "``", "‘", "'", "`")


def pronoun_credited(summary: str, sentence: str, sentences: list[str], told: str, language: str,
                     within: int | None = None) -> str:
    """``summary`` credited to the person its ``sentence``'s "he" or "she" credit stands for ("Karl Olsen: We
    plan …"), named from ``sentences`` (the sentences before, nearest first; the first ``within`` of them in
    its paragraph) and ``told`` (the title and text before) as :func:`.pronoun.named_person` names them; else
    ``summary``."""
    lex = lexicon(language)
    words = summary.split()
    if not words or bare(words[0]) not in lex.first_person or words[0].endswith(":"):
        return summary
    credit = _pronoun_credit(sentence, language)
    if not credit and within and _goes_on(sentence, lex):  # 'He said : "I think …' | '"We went …'
        credit, sentences, within = _pronoun_credit(sentences[0], language, opening=True), sentences[1:], within - 1
    if not credit:
        return summary
    pronoun, verb = credit
    said = f"{pronoun.capitalize()} {verb} it"
    named = named_person(said, f"{said} .", sentences, told, language, within)
    if named == said or not named.endswith(f" {verb} it"):
        return summary
    name = named[:-len(f" {verb} it")].strip()
    if not name or name.endswith(tuple(lex.possessive_endings or ("\0",))):
        return summary
    return f"{name}: {_without_credit(summary, pronoun, verb)}"


def _without_credit(summary: str, pronoun: str, verb: str) -> str:
    """``summary`` without the credit it may still hold ('We agree, he said, adding …' -> 'We agree'): the
    headline's credit stands for it; all of it when too little is left."""
    found = re.search(rf"[,\s]+(?:{re.escape(pronoun)}\s+{re.escape(verb)}|{re.escape(verb)}\s+{re.escape(pronoun)})\b",
                      summary, re.IGNORECASE)
    kept = summary[:found.start()].rstrip(" ,") if found else summary
    return kept if len(kept.split()) >= MIN_KEPT else summary


def _goes_on(sentence: str, lex) -> bool:
    """Whether ``sentence`` is a quote that credits no one: it opens with a quotation mark and holds no
    lower-case verb of saying (a quote that goes on from the sentence before, by the news convention that
    credits a quote once)."""
    texts = sentence.split()
    return bool(texts) and texts[0].startswith(_OPENERS) and not any(
        t[:1].islower() and bare(t) in lex.speech for t in texts)


def _pronoun_credit(sentence: str, language: str, opening: bool = False) -> tuple[str, str] | None:
    """(the pronoun, the verb of saying) of the credit ``sentence`` gives its quote, when it is the quote and that
    credit (see the module's docstring); only one before the quote given ``opening``; else None."""
    table = resource_table(language, "situated")
    persons = lowered(table, "he") | lowered(table, "she")
    lex = lexicon(language)
    texts = sentence.split()
    if len(texts) < 3:
        return None
    if texts[0].startswith(_OPENERS) and not opening:  # '"…," he said .'
        closing = [k for k, text in enumerate(texts) if k and _closes(text)]
        if not closing or any(text.startswith(_OPENERS) for text in texts[closing[0] + 1:]):
            return None  # another quote after the credit may be another's
        after = [bare(t) for t in texts[closing[0] + 1:closing[0] + 1 + CREDIT_WORDS] if t.strip(EDGE)]
        if len(after) >= 2 and after[0] in persons and after[1] in lex.speech:
            return after[0], after[1]
        if len(after) >= 2 and after[0] in lex.speech and after[1] in persons:
            return after[1], after[0]
        return None
    first, second = bare(texts[0]), bare(texts[1])  # 'He said : "…'
    opens = texts[2] == ":" and len(texts) > 3 and texts[3].startswith(_OPENERS) or texts[1].endswith(":") and (
        texts[2].startswith(_OPENERS))
    if first in persons and second in lex.speech and opens and re.match(r"\w", texts[0]):
        return first, second
    return None


def _closes(text: str) -> bool:
    """Whether ``text`` (a word of a sentence) closes a quotation: a mark alone ("''", '"'), or a double one
    after its word ('Friday,"'), or a single one after a stop or comma ("Friday,'"); not a plural's possessive
    ("workers'")."""
    return text.rstrip(",.") in ("''", "'", '"', "”", "’") or text.endswith(('"', "”")) or bool(
        re.search(r"[,.!?]['’]$", text))
