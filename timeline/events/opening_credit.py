"""The speaker a quote's opening credits when an aside stands between the name and its verb of saying.

A quote that runs over several sentences is credited where it opens (:mod:`.quoted`), and a credit often
sets the speaker off with an aside before the verb: a relative clause ('Anna Berg , who sailed to the island
in 2002 , said : "We felt …'), or the place a reader writes from ('1135 Ivar Holm , Norway , e-mails : "My
friend …', a live page's stamp before it). The name that opens the credit is then the one who speaks, and the
first person of the sentences the quote goes on in is that name's.

The name is the run of capitalised words right before the first comma, past a day named from the day of writing
or a sentence's opening adverb ("Yesterday Anna Berg , who …"); a credit that opens on a preposition ("Outside
Court Ivar Holm , …") tells no name, as no word shows where its place ends and the name begins. A place aside
names a country of the language's ``[places]``: a second person's name there ("Ivar Holm , Anna Berg , said")
is two speakers or one spoken to, none alone.
"""

from __future__ import annotations

from .headline import EDGE, bare
from .headline_words import Lexicon

__all__ = ["apposed_credit"]

#: the name that opens a credit has at most this many words
NAME_WORDS = 4
#: the aside between the name and its verb has at most this many words
ASIDE_WORDS = 16


def apposed_credit(texts: list[str], at: int, lex: Lexicon) -> str:
    """The name that opens ``texts[:at]`` (after a live page's clock stamp, "1135"), set off by a comma and an
    aside closed by a comma (a relative clause, or capitalised words: a place) from the verb of saying right
    before ``texts[at]``, the quote's opening mark; or ""."""
    words = " ".join(texts[:at]).replace(" ,", ",").replace(" :", ":").split()
    words[-1:] = [w.rstrip(":") for w in words[-1:]]  # "said :": the colon that opens the quote
    if len(words) < 4 or bare(words[-1]) not in lex.speech or not words[-1][:1].islower():
        return ""
    start = 1 if words[0].isdigit() else 0  # "1135 Ivar Holm , …": the entry's time
    while start < len(words) and bare(words[start]) in lex.deictic | lex.leading:
        start += 1  # "Yesterday Anna Berg , …": the day, not the name
    if start < len(words) and bare(words[start]) in lex.opening_prepositions | lex.cut_before_phrase:
        return ""  # "Outside Court Ivar Holm ,": a place of no known end
    name: list[str] = []
    for word in words[start:start + NAME_WORDS]:
        core = word.rstrip(",")
        if not core[:1].isupper() or not core.replace("-", "").replace("'", "").isalpha() or core.lower() in lex.not_subject | lex.determiners:
            return ""
        name.append(core)
        if word.endswith(","):
            break
    else:
        return ""
    aside = words[start + len(name):-1]
    if len(name) < 2 or not aside or len(aside) > ASIDE_WORDS or not aside[-1].endswith(","):
        return ""
    relative = bare(aside[0]) in lex.relative
    place = (all(w.strip(EDGE)[:1].isupper() for w in aside)  # "Norway ," "Oslo , Norway ,"
             and bare(aside[-1]) in lex.countries)
    if not (relative or place) or any(w.endswith(",") for w in aside[:-1]) and relative:
        return ""  # not "Anna Berg , who sailed , and Ivar Holm , …": one aside, then the verb
    return " ".join(name)
