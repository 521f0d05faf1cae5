"""Which "the school" a summary means when the article named it in small letters a sentence or two before.

:func:`.situated` names a summary's opening "The <head>" by the one name in capitals holding that head
anywhere before it ("Welford Primary School"). Scraped and tokenised pages often write the head small, or
part a possessive from its name ("Downend school , in south Gloucestershire , will close", "Alleyn 's school
in Dulwich"), and a story about several schools means by "The school said …" the one it has just named.

So the sentences right before the summary's (nearest first, at most ``REFERENT_SENTENCES`` of them, see
:func:`.referent.earlier_sentences`) are read for the head as a whole word, used as a noun (the end, a mark,
a word opening a phrase, a relative word or a verb after it: not "school pupils"), and the first sentence
that **names** it gives the name, when it names exactly one:

- a naming is a run of capitalised words or acronyms (a possessive's "'s" within: "Alleyn 's") and at
  most ``MODIFIER_WORDS`` lower-case words before the head ("Welford primary school", "the Mexican
  government"); a definite article before it stays ("The Mexican government said …", "The former British
  company …"), and only with one may the run be a country's or its people's ("paralysed Palestinian
  government" tells a kind) or have lower-case words before it; a run that only
  opens its sentence and is written small elsewhere is no name ("Local school …");
- a naming after any other determiner ("a Birmingham school", "another London school") tells no one
  school: whose "the school"? No name, as for two namings in one sentence;
- a sentence that uses the head after a definite article only ("at the fee-paying school") goes on
  about it, and the one before is read; one with the head after another determiner ("a school") speaks
  of another, unnamed one, and one that does not use it may tell of another ("A spokesman for Eton
  said …" between "Welford school" and "The school is closed"): no name.

Heads are the language's ``[situated] institution_heads`` and ``body_heads`` (schools, hospitals,
ministries, governments), never persons: "The man" is no "British man". A wrong name is worse than
none: any doubt leaves the summary as it was.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..temporal.grammar import GrammarError, resource_data
from .headline import EDGE, bare, verb_like
from .headline_words import Lexicon, lexicon, lowered
from .places import names_country, places
from .situated_lists import written_small
from .speaker_names import function_word

__all__ = ["MODIFIER_WORDS", "nearest_named"]

#: lower-case words between a naming's capitals and its head ("Welford primary school") at most
MODIFIER_WORDS = 2
#: capitalised words of a naming at most
NAME_WORDS = 5


@lru_cache(maxsize=None)
def _heads(language: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """The language's heads of bodies and institutions, its definite articles (``[situated] the``) and the
    endings of its words of kind (``kind_endings``: "Rural", "Boarding", "Private")."""
    try:
        table = resource_data(language).get("situated", {})
    except GrammarError:
        return frozenset(), frozenset(), ()
    return (lowered(table, "institution_heads") | lowered(table, "body_heads"), lowered(table, "the"),
            tuple(sorted(lowered(table, "kind_endings"))))


def nearest_named(summary: str, sentences: list[str], told: str, language: str) -> str:
    """``summary`` with its opening "The <head>" (before a verb, a comma or the head's possessive) replaced
    by the one naming of the head the nearest of ``sentences`` (nearest first) that names it gives (see the
    module's docstring); ``told``: the text before, where a word written small is no name. Else ``summary``."""
    heads, articles, _ = _heads(language)
    lex = lexicon(language)
    endings = "|".join(re.escape(e) for e in lex.possessive_endings) or "(?!)"
    opening = re.match(rf"(\w+)\s+(\w+)({endings})?(?=[\s,])", summary)
    if not opening or opening.group(1).lower() not in articles or opening.group(2) not in heads:
        return summary
    rest = summary[opening.end():].split(maxsplit=1)
    if not (opening.group(3) or summary[opening.end():].startswith(",") or rest and verb_like(rest[0].lower(), lex)):
        return summary  # "The school board decided …": the head is no noun of its own here
    head = opening.group(2)
    for sentence in sentences:
        found = _namings(sentence.split(), head, lex, articles, told, language)
        if found is None:
            return summary
        if found:
            names = set(found)
            if len(names) > 1:
                return summary  # two schools named: which one?
            name = found[0]
            return name[:1].upper() + name[1:] + (opening.group(3) or "") + summary[opening.end():]
    return summary


def _namings(texts: list[str], head: str, lex: Lexicon, articles: frozenset[str], told: str,
             language: str) -> list[str] | None:
    """The namings of ``head`` in the words ``texts`` (see the module's docstring); [] when it uses the head
    after a definite article only; None when it does not use it ("A spokesman for Eton said …": another may be
    meant) or speaks of another one ("a school", "a London school"): the chain of sentences stops there."""
    found: list[str] = []
    others: list[str] = []  # capitalised namings of the head not used as a noun ("Oak Park school last week")
    used = False
    for k, text in enumerate(texts):
        if bare(text) != head:
            continue
        if not _as_noun(texts, k, lex):
            if k > 0 and _capital(texts[k - 1], lex):
                others.append(texts[k - 1])
            continue
        at = k
        while at > 0 and k - at < MODIFIER_WORDS and _modifier(texts[at - 1], lex):
            at -= 1
        start = at
        while start > 0 and at - start < NAME_WORDS and (_capital(texts[start - 1], lex)
                                                         or start > 1 and _owns(texts[start - 1], lex)
                                                         and _capital(texts[start - 2], lex)):
            start -= 1
        if start == 0 and start < at and _common(texts[0], told, at == 1, lex, language):
            start += 1  # "Local school …", "Rural school": the sentence's first word, a common one
        before = bare(texts[start - 1]) if start > 0 else ""
        if start == at:  # no capitals: "the school", "a school"
            if before in articles or at < k and bare(texts[at - 1]) in articles:
                used = True
                continue
            if before in lex.determiners:
                return None
            continue
        lead = start
        while lead > 0 and start - lead < MODIFIER_WORDS and _modifier(texts[lead - 1], lex):
            lead -= 1  # "the former British company": its words before the capitals
        before = bare(texts[lead - 1]) if lead > 0 else ""
        if before in lex.determiners and before not in articles:
            return None  # "a Birmingham school": one of many
        if before not in articles and (lead < start or _country(texts[start:at], language)):
            return None  # "paralysed Palestinian government": a kind, not one named
        words = ([texts[lead - 1].strip(EDGE).lower()] if before in articles else []) + texts[lead:k]
        found.append(_prose(words + [text.strip(EDGE)], lex))
    if found and others:
        return found + others  # another school named beside it: which one?
    return found if found or used else None


def _as_noun(texts: list[str], k: int, lex: Lexicon) -> bool:
    """Whether ``texts[k]`` stands as a noun of its own: its sentence ends, a mark follows it, or the next word
    opens a phrase, a relative clause or is a verb ("Downend school , in …", "Dolphin school in Battersea",
    "the government said"; not "school pupils")."""
    if k + 1 == len(texts) or texts[k][-1:] in ",;:." or texts[k + 1] in {",", ";", ":", ".", "-", "--"}:
        return True
    following = bare(texts[k + 1])
    return following in lex.cut_before_phrase | lex.relative | lex.auxiliaries | lex.speech | lex.conjunctions or (
        texts[k + 1][:1].islower() and following in lex.verbs) or texts[k + 1][:1].islower() and verb_like(
        following, lex) and not following.endswith("s")


def _country(texts: list[str], language: str) -> bool:
    """Whether the capitalised ``texts`` name a country of ``[places]`` or its people ("Palestinian")."""
    found = places(language)
    return found is not None and names_country(" ".join(texts), found)


def _modifier(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` may be a lower-case word of a naming between its capitals and its head ("primary")."""
    core = bare(text)
    return (text[:1].islower() and core.replace("-", "").isalpha() and text[-1:] not in ",;:."
            and core not in lex.determiners | lex.cut_before_phrase | lex.relative | lex.auxiliaries | lex.speech
            | lex.pronouns | lex.possessive_pronouns | lex.conjunctions and not verb_like(core, lex))


def _capital(text: str, lex: Lexicon) -> bool:
    """A capitalised word or an acronym ("Downend", "WHO") of a name: not one ending a clause before it, nor a
    function word ("The", "In", "But")."""
    core = text.strip(EDGE)
    if not core[:1].isupper() or text[-1:] in ",;:." or function_word(text, lex) or bare(text) in (
            lex.determiners | lex.cut_before_phrase | lex.conjunctions | lex.subordinators):
        return False
    return any(c.islower() for c in core) or len(core) >= 2 and core.isalpha()


def _owns(text: str, lex: Lexicon) -> bool:
    """A possessive's clitic written apart ("'s" of "Alleyn 's school")."""
    return text in lex.possessive_endings


def _common(word: str, told: str, alone: bool, lex: Lexicon, language: str) -> bool:
    """Whether ``word`` (a sentence's first) is a common word, not a name: written small in ``told``, or
    (``alone``: the one capital of its naming) reading as a verb or a word of kind ("Boarding", "Rural" …:
    ``[situated] kind_endings``) and never written capitalised in ``told`` but to open a sentence."""
    core = word.strip(EDGE)
    if not core:
        return False
    if written_small(core, told):
        return True
    if not alone or re.search(rf"(?<=[^.!?\s])\s+{re.escape(core)}(?![\w'’-])", told):
        return False  # named in capitals mid-sentence before: a name
    lower = core.lower()
    return verb_like(lower, lex) or any(lower.endswith(e) and len(lower) >= len(e) + 3 for e in _heads(language)[2])


def _prose(words: list[str], lex: Lexicon) -> str:
    """``words`` written as prose: a possessive's clitic joined to its word ("Alleyn 's" -> "Alleyn's")."""
    out: list[str] = []
    for word in words:
        if out and word in lex.possessive_endings:
            out[-1] += word
        else:
            out.append(word)
    return " ".join(out)
