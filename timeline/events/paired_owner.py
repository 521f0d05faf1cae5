"""Whose "his wife" a summary opens with when its sentence joined the owner to it: "Berg and his wife sold …".

A sentence often tells a happening of two subjects joined by "and", the second owned by the first:
"Two years ago, Tom Berg and his wife sold their home …", "Since the storm, the Red Cross and its
partners have been racing …". A summary cut at the "and" opens "His wife sold their home …", "Its partners
have been racing …": whose wife, whose partners, its reader cannot tell, though the sentence said so
in the words right before. (Naming the "his" by a person of an earlier sentence, as :mod:`.pronoun`
does, would be wrong here: the owner is the first subject.)

So when the summary opens with a possessive pronoun (``[headline] possessive_pronouns``) and its sentence
has, right before that pronoun, a joining word of ``[situated] paired_owner_joiners`` ("and") after a run
of capitalised words (at most ``OWNER_WORDS``, maybe after a definite article: "the Red Cross") that opens
its clause (the sentence's start, a comma, or a word of time before it: "From next week Berg and his
staff …"), the summary opens with that run and the joining word: "Tom Berg and his wife sold …".
The pronoun must stand once in the sentence before the summary's next words, and the run hold no word of
the calendar ("Monday and its …"); any doubt leaves the summary as it was.

The second subject may be a part of what the owner has: "Tom Berg and two of his aides were charged …" cut at
the "and" opens "Two of his aides were charged …" (whose?). A summary opening with a count or a word of
``[paired_owner] partitives`` and a word of ``partitive_links`` ("two of", "some of") before the possessive is
read the same way: "Tom Berg and two of his aides were charged …". A clause may also open after a subordinating
word (``[headline] subordinators``: "… resumed after Berg and two of his aides were sentenced").
"""

from __future__ import annotations

from functools import lru_cache

from ..temporal.grammar import GrammarError, resource_data
from .headline import EDGE, bare
from .headline_words import lexicon, lowered
from .thing_runs import counting_words

__all__ = ["paired_owner", "OWNER_WORDS"]

#: the owner's name is at most this many capitalised words
OWNER_WORDS = 6
#: the summary's words after the pronoun that must follow it in the sentence too
_MATCHED = 2


@lru_cache(maxsize=None)
def _partitives(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that open a part of a whole before its owner's possessive (the language's counts and
    ``[paired_owner] partitives``: "two", "some") and the words that link them to it (``partitive_links``: "of")."""
    try:
        table = resource_data(language).get("paired_owner", {})
    except GrammarError:
        return frozenset(), frozenset()
    return lowered(table, "partitives") | counting_words(language), lowered(table, "partitive_links")


@lru_cache(maxsize=None)
def _words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's ``[situated] paired_owner_joiners`` and definite articles (``the``)."""
    try:
        table = resource_data(language).get("situated", {})
    except GrammarError:
        return frozenset(), frozenset()
    return lowered(table, "paired_owner_joiners"), lowered(table, "the")


def paired_owner(summary: str, sentence: str, language: str) -> str:
    """``summary`` opened by the owner its ``sentence`` joins to its opening possessive ("Berg and his wife
    sold …", see the module's docstring); else ``summary``."""
    joiners, articles = _words(language)
    parts = summary.split()
    if not joiners or len(parts) < _MATCHED + 1:
        return summary
    lex = lexicon(language)
    counts, links = _partitives(language)
    part = 2 if bare(parts[0]) in counts and bare(parts[1]) in links and len(parts) > _MATCHED + 3 else 0
    if bare(parts[part]) not in lex.possessive_pronouns:  # "His wife …", "Two of his aides …"
        return summary
    texts = sentence.split()
    opening = [bare(w) for w in parts[:part + 1 + _MATCHED]]
    at = [k for k in range(1, len(texts) - part) if texts[k + part].strip(EDGE) == texts[k + part]
          and [bare(w) for w in texts[k:k + part + 1 + _MATCHED] if w.strip(EDGE)] == opening]
    if len(at) != 1 or bare(texts[at[0] - 1]) not in joiners or texts[at[0] - 1].strip(EDGE) != texts[at[0] - 1]:
        return summary
    owner = _owner(texts[:at[0] - 1], articles, lex)
    if not owner:
        return summary
    owner[0] = owner[0][:1].upper() + owner[0][1:]
    return f"{' '.join(owner)} {texts[at[0] - 1]} {' '.join(parts[:part + 1]).lower()} {' '.join(parts[part + 1:])}"


def _owner(texts: list[str], articles: frozenset[str], lex) -> list[str]:
    """The run of capitalised words that ends ``texts`` and opens its clause (maybe after a definite article),
    or []."""
    k = len(texts)
    while k > 0 and len(texts) - k < OWNER_WORDS and _capital(texts[k - 1], lex):
        k -= 1
    if k == len(texts) or len(texts) - k >= OWNER_WORDS and k > 0 and _capital(texts[k - 1], lex):
        return []
    if k > 0 and bare(texts[k - 1]) in articles and texts[k - 1][:1].islower():
        k -= 1
    if k > 0 and not (texts[k - 1][-1:] in ",;" or bare(texts[k - 1]) in lex.time_nouns | lex.subordinators):
        return []  # "… met Berg and his wife": the run is an object, the clause opened before it
    return texts[k:]


def _capital(text: str, lex) -> bool:
    """Whether ``text`` is a capitalised word of a name: no mark after it, no word of the calendar
    ("Monday") nor a pronoun or determiner ("He", "This")."""
    core = bare(text)
    return (text[:1].isupper() and text.strip(EDGE) == text and text.replace("-", "").replace(".", "").isalnum()
            and core not in lex.calendar | lex.pronouns | lex.determiners | lex.subject)
