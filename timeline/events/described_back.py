"""Who "The woman" is when the sentence that described her is not the one right before: "… a 9-year-old boy
and a 24-year-old woman farmer. The boy has recovered. The woman died on Friday."

:mod:`.described` reads the sentences before the summary's nearest first and gives up at the first one that does
not use the head: another sentence between may have brought in another person the head could be. Often that
sentence speaks only of someone "the woman" cannot be: a man or a boy (the other sex), a child for an adult's
head or an adult for a child's. Such a sentence is no rival and is passed over; the description of the nearest
sentence that uses the head (:func:`.described.described`, with all its doubts) then tells her.

A sentence between is passed over only when it names no one (:func:`.introduced._named`) and every person in it
(a word of the person lists, a "he"/"she" form, a country's people: :func:`.introduced._one_person`; a
speaker's credit does not count) is of the other sex or the other age than the head. A sentence of no single
person ("The government has warned citizens for weeks", "Doctors were worried") is passed over too, at most
``PASSED_OVER`` of them, as :mod:`.introduced` passes them over. Any doubt leaves the summary
as it was: a wrong person is worse than none.
"""

from __future__ import annotations

import re

from .described import described
from .headline import bare
from .headline_words import lexicon
from .introduced import PASSED_OVER, _named, _one_person, _speaker, _Words, _words

__all__ = ["described_back"]


def described_back(summary: str, sentences: list[str], language: str) -> str:
    """``summary`` with its opening "The <head>" described as the nearest of ``sentences`` (nearest first) that
    used the head described it, past sentences that speak only of persons the head cannot be (see the module's
    docstring); else ``summary``."""
    words = _words(language)
    opening = re.match(r"(\w+)\s+(\w+)(?=[\s,])", summary)
    if words is None or not opening or opening.group(1).lower() not in words.the:
        return summary
    head = opening.group(2)
    if not (head in words.he or head in words.she):
        return summary  # "the patient": anyone may be one, so any person between is a rival
    lex = lexicon(language)
    nobody = 0
    for k, sentence in enumerate(sentences):
        texts = sentence.split()
        if any(_kin(bare(text), head) for text in texts):
            # "woman" (and "women", "woman's"): the sentence speaks of her kind; it decides, if it is not the first
            return summary if k == 0 else described(summary, sentences[k:], language)
        people = [n for n in range(len(texts)) if _one_person(texts, n, words, lex, language)]
        if _named(texts, words, lex, language):
            return summary  # a name between: who the head is there, the text may tell otherwise
        told = [n for n in people if not _speaker(texts, n, lex, words.sources)]
        if not told:
            nobody += 1
            if nobody > PASSED_OVER:
                return summary  # more sentences of no one than :mod:`.introduced` passes over
        elif any(not _other_kind(head, bare(texts[n]), words) for n in told):
            return summary  # someone the head may be stands between
    return summary


def _kin(word: str, head: str) -> bool:
    """Whether ``word`` is ``head`` or a form of it: its plural by "-s" or by a changed vowel ("women"), its
    possessive; loose on purpose, as a sentence that may speak of the head's kind is never passed over."""
    word = word.removesuffix("'s")
    return word in (head, head + "s") or (len(word) == len(head) > 2 and word[:-2] == head[:-2]
                                          and word[-1] == head[-1])


def _other_kind(head: str, word: str, words: _Words) -> bool:
    """Whether the person ``word`` cannot be "the <head>": of the other sex, or a child for an adult's head."""
    if head in words.she and word in words.he or head in words.he and word in words.she:
        return True
    return head in words.adult and word in words.young and word not in words.adult
