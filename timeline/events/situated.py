"""Who and where a summary tells when its own words do not: the name behind "The president", the country.

A clause cut from the middle of a story leans on what came before it: "The president had last week announced …" (which
president?), "The number of people holding jobs increased 2.0 percent" (where?). Two things are added, from the
article's title and its text before the summary's sentence (what a reader of the story has already been told):

- **who**: a summary that opens "The <head>" ("The president", "The school's …"), its head one of
  the language's ``[situated] name_heads``, takes the one earlier name that holds that word in
  capitals ("Indonesian President Susilo Bambang Yudhoyono", "Welford Primary School") or follows
  it ("president Megawati Sukarnoputri" is a president too), when a verb or a comma follows the head
  ("The director general of …" goes on naming its own), not after a word of ``name_former``
  ("former president Megawati Sukarnoputri" is no longer "the president"). Names that are parts of one
  another are one name; two different ones ("President Bush" and "President Chirac"), or none,
  leave the summary as it was: a wrong name is worse than none. With none in capitals, a body's or
  institution's head named small or tokenised in the sentences right before ("Downend school , in …")
  names it (:mod:`.nearest_name`); a person the story keeps anonymous takes the words that described them there
  ("The 19-year-old woman", :mod:`.described`; "The Velorian nurse", :mod:`.introduced`), and still its place. An
  opening "It" is the thing the sentence right before has as its subject, when it stands for something
  (:mod:`.it_named`). A body called by its kind is the one named where the story first called it so
  (:mod:`.first_named`), a person called by what they do ("The singer", :mod:`.epithet`) or their age (:mod:`.aged_named`) likewise, and a happening
  called by its kind is told with its owner as the story first told it ("The trial of Dr Anna Berg", :mod:`.owned_happening`).
- **where**: a summary that names no place (no form of a country of ``[places]`` and no capitalised word of
  ``[furniture] place_words``) is headed by its article's place, headline style ("Italy: The number of people holding
  jobs increased …"): the place its own sentence opens with ("In Italy , …", :mod:`.fronted_place`), else the one
  country the title and the text up to the summary's sentence name, when the title or the first sentence is one that
  names it (a form of ``[places]``, not before one of ``[situated] not_place_before``: "US dollars" names a currency),
  else, when they name none, the place of the wire dateline the story opens with ("BAGHDAD, Dec. 1 (Xinhua) --" gives
  "Baghdad"); only a summary whose subject opens with a common word (a determiner, or a word its article also writes
  small: "The number …", "Security measures …") or a figure ("Around 94,000 jobs …"), not with a name ("Anna Foods has
  found …", "The World Health Organization said …"), and whose date is within ``PLACE_DAYS`` of its article's (a story's
  place is not its background's: "The 1918 pandemic was the worst …"). Two countries, or none and no dateline, leave it
  as it was. A summary that names no subject (it opens with "He", "We") gets no place: it stays one that reads as no
  headline (:mod:`.readable`).

A language with no such lists gets neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Mention
from ..temporal.grammar import GrammarError, resource_data
from ..temporal.sentences import sentence_at
from .headline import verb_like
from .headline_words import lexicon, lowered
from .apposed import apposed
from .introduced_name import described_further, described_or_named
from .described_pronoun import described_person
from .first_named import first_named
from .aged_named import called_named
from .owned_happening import owned_happening
from .paired_owner import paired_owner
from .named_country import named_country
from .fuller_phrase import fuller_phrase
from .titled import titled_named
from .it_named import named_thing
from .impersonal import unframed
from .nearest_name import nearest_named
from .pronoun import named_person
from .pronoun_credit import pronoun_credited
from .across_break import named_across
from .referent import earlier_sentences
from .places import names_country, places
from .fronted_place import story_place
from .readable import names_its_subject

__all__ = ["situated", "MAX_NAME_WORDS", "PLACE_DAYS"]

#: a name longer than this is a run of capitalised words, not one name
MAX_NAME_WORDS = 6
#: a happening further than this many days from its article's publishing is background, told anywhere
PLACE_DAYS = 366
#: the marks that end a name where they stand after a word
_CLOSERS = ",.;:!?\"“”()[]"


@dataclass(frozen=True)
class _Words:
    heads: frozenset[str]
    inner: frozenset[str]
    outer: frozenset[str]
    former: frozenset[str]
    bodies: frozenset[str]
    it: frozenset[str]
    they: frozenset[str]
    not_after_it: frozenset[str]
    the: frozenset[str]
    modifiers: frozenset[str]
    plural_bodies: frozenset[str]
    person_heads: frozenset[str]
    kinds: dict[str, frozenset[str]]
    titles: dict[str, frozenset[str]]  # the titles that make a name the head's ("Dr Anna Berg" is a doctor)
    endings: tuple[str, ...]  # a possessive's endings ("'s"): they end a name (``[headline] possessive_endings``)


@lru_cache(maxsize=None)
def _words(language: str) -> _Words | None:
    """The language's ``[situated]`` lists and ``[places]`` patterns, or None without them."""
    try:
        data = resource_data(language)
    except GrammarError:
        return None
    table = data.get("situated", {})
    if not table or places(language) is None:
        return None
    return _Words(frozenset(w.lower() for w in table.get("name_heads", [])), frozenset(table.get("name_inner", [])),
                  frozenset(table.get("name_outer", [])),
                  frozenset(w.lower() for w in table.get("name_former", [])), lowered(table, "body_heads"),
                  lowered(table, "it"), lowered(table, "they"), lowered(table, "not_after_it"), lowered(table, "the"),
                  lowered(table, "name_head_modifiers"), lowered(table, "plural_bodies"),
                  lowered(table, "person_heads"),
                  {h.lower(): lowered(table["head_kinds"], h) for h in table.get("head_kinds", {})},
                  {h.lower(): lowered(table["head_titles"], h) for h in table.get("head_titles", {})},
                  lexicon(language).possessive_endings)


def situated(summary: str, mention: Mention, bounds: list[tuple[int, int]]) -> str:
    """``summary`` with the name behind its opening "The <head>" and headed by its place (see the
    module's docstring)."""
    article = mention.article
    words = _words(article.language)
    if words is None or not summary.strip():
        return summary
    summary = unframed(summary, article.language)  # "It emerged that the school had closed": "The school had closed"
    start, end = sentence_at(bounds, mention.expression.start) if bounds else (mention.expression.start,
                                                                                 mention.expression.end)
    told = f"{article.title or ''}\n\n{article.text[:start]}"
    recent: dict[bool, list[str]] = {}

    def earlier(wire: bool) -> list[str]:
        """``earlier_sentences`` before the mention's, worked out once for each ``wire`` (several steps
        below look for a name in them); each step is given its own copy."""
        if wire not in recent:
            recent[wire] = earlier_sentences(article.text, bounds, start, wire)
        return list(recent[wire])

    named = paired_owner(summary, article.text[start:end], article.language)  # "Berg and his wife sold …"
    if named == summary:
        named = _named_head(summary, told, words, article.language)
    if named == summary:  # "Downend school , in …, will close. The school said …": the one named just before
        named = nearest_named(summary, earlier(True), told, article.language)
    if named == summary:  # "… in a 19-year-old woman / a Velorian nurse. The woman arrived …": described just before
        named = described_or_named(summary, earlier(True), article.language)
    if named == summary:  # "Anna Berg, of the Lifeboat Trust (LT), said the charity …": where it was first so called
        named = first_named(summary, told, article.language)
    if named == summary:  # "… where the singer lived …"; "Velbury defender Tom Hallan … The 32-year-old …": who so called
        named = called_named(summary, told, article.text[start:end], earlier(True), article.language, len(earlier(False)))
    if named == summary:  # "… the trial of Anna Berg … The trial is due to start": whose it is, as first told
        named = owned_happening(summary, told, article.language)
    if named == summary:  # "… in Norland, where … the country achieved …": the one country named up to here
        named = named_country(summary, told, article.text[start:end], article.language)
    if named == summary:  # "… Foreign Minister Ali Berg … The foreign minister said …": the one with that title
        named = titled_named(summary, told, article.language)
    if named == summary:  # "… in a special eBay auction. … The auction kicked off …": the fuller phrase used before
        named = fuller_phrase(summary, [article.title or ""] + earlier(True), told, article.language)
    if article.text[start:end].lstrip(_CLOSERS + "'‘’ ").startswith(named.split(maxsplit=1)[0]):
        named = _named_body(named, _sentence_before(article.text, bounds, start), words, article.language)
    if named == summary:  # "Digicel is Haiti's leading operator. Last week it said …": the thing named before
        named = named_thing(named, article.text[start:end], next(iter(earlier(True)), ""), told, article.language)
    named = named_person(named, article.text[start:end], earlier(True), told,
                         article.language, len(earlier(False)))
    if named == summary:  # "Karl Olsen was … ¶ He led …": the one person the paragraph before names
        named = named_across(named, article.text, bounds, start, end, told, article.language)
    if named == summary:  # "Karl Olsen wants … | "We will …," he said": the "he" the sentences before name
        named = pronoun_credited(named, article.text[start:end], earlier(True), told, article.language, len(earlier(False)))
    if named == summary:  # "The Mexican boy had arrived … He was later transferred …": the one described before
        named = described_person(named, article.text[start:end], earlier(True),
                                 article.language)
    interval, published = mention.expression.interval, article.published
    if named not in (summary, described_further(summary, earlier(True), article.language)) or _credited(summary):
        return named  # a name, or a speaker's credit ("Mark Rossi: We …"), tells who; a description tells no place
    if interval is not None and published is not None and abs((interval.start - published).days) > PLACE_DAYS:
        return named  # background ("The 1918 pandemic …", "The singer was cleared …"): the story's place is not its
    place = story_place(article.text[start:end], article, end)
    return f"{place}: {named}" if place and _placeable(named, article.text, article.language) else named


def _credited(summary: str) -> bool:
    """Whether ``summary`` opens with a speaker's credit ("Anna Berg: …")."""
    head, sep, _ = summary.partition(": ")
    return bool(sep) and 0 < len(head.split()) <= MAX_NAME_WORDS


def _named_head(summary: str, told: str, words: _Words, language: str) -> str:
    """``summary`` with its opening "The <head>" replaced by the one name in ``told`` holding that head."""
    endings = "|".join(re.escape(e) for e in words.endings) or "(?!)"
    opening = re.match(rf"(\w+)\s+(\w+)({endings})?(?=[\s,])", summary)
    if not opening or opening.group(1).lower() not in words.the or opening.group(2).lower() not in (
            words.heads | words.person_heads):
        return summary
    head = opening.group(2).lower()
    lex = lexicon(language)
    after = summary[opening.end():].split(maxsplit=2)
    if len(after) > 1 and after[0].lower().endswith(lex.adverb_endings or ("\0",)):
        after = after[1:]  # "The doctor officially enters …"
    if not opening.group(3) and not summary[opening.end():].startswith(",") and not (
            after and verb_like(after[0].lower(), lex)):
        return summary  # "The minister of development co-operation", "The director general": the phrase goes on
    found = [run for run in _runs(told, head, words) if _holds(run, head, words) and len(run) > 1]
    if _described_other(told, head, words, lex):  # "The doctor who treated the boy": not the article's "Dr Anna Berg"
        found = [run for run in found if run[0].lower().rstrip(".") not in words.titles.get(head, frozenset())]
    beside, rivals = apposed(told, head, language)  # "Anna Foods, the company, …"; "Aerolux, a rival airline,"
    found += beside
    if not found:
        return summary
    longest = max(found, key=len)
    if any(not set(run) <= set(longest) for run in found + rivals) or len(longest) > MAX_NAME_WORDS:
        return summary  # two different ones: whose?
    name = longest[1:] if longest[0] == head else longest  # "the company Amadeus": Amadeus
    if len(longest) == 2 and re.search(rf"(?<![\w-]){re.escape(name[0].lower())}(?![\w-])", told):
        return summary  # "Biotechnology Company": a kind written small elsewhere, not a name
    return " ".join(name) + (opening.group(3) or "") + summary[opening.end():]


def _described_other(told: str, head: str, words: _Words, lex) -> bool:
    """Whether ``told`` brings in a ``head`` by a description rather than a name: with a determiner other than
    "the" ("a doctor"), or "the doctor" with a relative clause or a participle after it ("The doctor who treated
    the boy", "the doctor treating him"). A title ("Dr Anna Berg") then names some doctor, not necessarily the
    one the summary means."""
    determiners = "|".join(re.escape(d) for d in sorted(lex.determiners | words.the))
    endings = tuple(lex.participle_endings)
    for m in re.finditer(rf"(?<![\w-])({determiners})\s+{re.escape(head)}\b(?:\s+(\w+))?", told, re.IGNORECASE):
        after = (m.group(2) or "").lower()
        if m.group(1).lower() not in words.the or after in lex.relative or (endings and after.endswith(endings)):
            return True
    return False


def _holds(run: list[str], head: str, words: _Words) -> bool:
    """Whether the name ``run`` holds ``head`` as its own office, or opens with a title ``[situated.head_titles]``
    lists for it ("Dr Anna Berg" is a doctor), not after a word of ``name_head_modifiers``
    ("Vice President Joe Biden" is no president), or after its first word a word ``[situated.head_kinds]``
    lists for it ("Thomson Airways" is an airline)."""
    if run[0] == head or run[0].lower().rstrip(".") in words.titles.get(head, frozenset()):
        return True  # "doctor Anna Berg", "Dr Anna Berg": a doctor
    kinds = words.kinds.get(head, frozenset())
    if kinds and any(w.lower().rstrip(".") in kinds for w in run[1:]):
        return True  # "Thomson Airways" is an airline
    at = run.index(head.capitalize()) if head.capitalize() in run else -1
    return at >= 0 and not (at > 0 and run[at - 1].lower() in words.modifiers)


def _sentence_before(text: str, bounds: list[tuple[int, int]], start: int) -> str:
    """The sentence right before the one at ``start``, in the same paragraph, or ""."""
    before = [b for b in bounds if b[1] <= start]
    if not before or "\n\n" in text[before[-1][1]:start].replace(" ", "").replace("\r", ""):
        return ""
    return text[before[-1][0]:before[-1][1]]


def _named_body(summary: str, previous: str, words: _Words, language: str) -> str:
    """``summary`` with its opening "It" or "They" replaced by the body that is the subject of the sentence
    ``previous``: a name in capitals that opens it (after "The") right before a verb of saying ("… said it had",
    :func:`_says`) or a verb with no object (:func:`_alone`: "… collapsed in 2008"; after another verb "it"
    may be its object: "… approved the vaccine. It will be available"), and
    is a body: an acronym ("WHO"), a name ending in one of ``body_heads`` ("the Health Ministry"), or a
    country of ``[places]`` (for "it" only; "They" only a name ending in one of ``plural_bodies``). "It is …", "It would …" (``not_after_it``) may stand for no
    one ("It is likely that …") and stay."""
    parts = summary.split(maxsplit=2)
    if len(parts) < 3 or parts[0].lower() not in words.it | words.they or parts[1].lower() in words.not_after_it:
        return summary
    tokens = previous.split()
    while tokens and tokens[0].strip(_CLOSERS + "'‘’") in words.outer:
        tokens = tokens[1:]
    run = []
    for token in tokens:
        core = token.strip(_CLOSERS + "'‘’")
        if not core[:1].isupper() or bool(words.endings) and core.endswith(words.endings) or len(run) == MAX_NAME_WORDS:
            break
        run.append(core)
        if token[-1:] in _CLOSERS:
            break
    rest = tokens[len(run):]
    if not run or tokens[len(run) - 1][-1:] in _CLOSERS or not (_says(rest, language) or _alone(rest, language)):
        return summary  # "WHO officials met …": the subject is the officials; "It will …" after "X approved the loan"
    name = " ".join(run)
    acronym = len(run) == 1 and name.isupper() and 2 <= len(name) <= 6
    body = acronym or run[-1].lower() in words.bodies
    found = places(language)
    country = found is not None and name in found.countries
    if parts[0].lower() in words.they and run[-1].lower() not in words.plural_bodies:
        return summary  # "They" is never one body ("The World Bank approved the loan. They will …")
    if not (body or country and parts[0].lower() in words.it):
        return summary
    opener = previous.lstrip(_CLOSERS + " ").split(maxsplit=1)
    article = opener[0] if opener and opener[0].lower() in words.the else ""
    named = f"{article.lower()} {name}" if article and not acronym and not country else name
    return named[:1].upper() + named[1:] + " " + " ".join(parts[1:])


def _says(tokens: list[str], language: str) -> bool:
    """Whether ``tokens`` (what follows the previous sentence's subject) open with a verb of saying, after
    auxiliaries ("said", "has said"): what it said is about itself, so "it" is that subject."""
    lex = lexicon(language)
    words = [t.strip(_CLOSERS).lower() for t in tokens]
    while words and words[0] in lex.auxiliaries:
        words = words[1:]
    return bool(words) and words[0] in lex.speech


def _alone(tokens: list[str], language: str) -> bool:
    """Whether ``tokens`` (what follows the previous sentence's subject) open with a verb that takes no
    object, after auxiliaries: surely a verb (:func:`_verb`), then the end or a word that opens a phrase
    (``[headline] cut_before_phrase``: "… collapsed in 2008. It had …"); after "… approved the loan"
    "it" may be the loan."""
    lex = lexicon(language)
    words = [t.strip(_CLOSERS).lower() for t in tokens]
    while len(words) > 1 and words[0] in lex.auxiliaries:
        words = words[1:]
    if not words or words[0] in lex.auxiliaries or not _verb(words[0], language):
        return False
    return len(words) == 1 or words[1] in lex.cut_before_phrase or not words[1]


def _verb(word: str, language: str) -> bool:
    """Whether ``word`` is surely a verb: an auxiliary or listed verb, or verb-like by an ending that is not
    also a plural's ("officials" may be a noun)."""
    lex = lexicon(language)
    return word in lex.auxiliaries or word in lex.verbs or verb_like(word, lex) and not word.endswith(
        tuple(e for e in lex.verb_endings if len(e) == 1))


def _runs(text: str, head: str, words: _Words) -> list[list[str]]:
    """The runs of capitalised words in ``text`` (function words of ``name_inner`` may stand inside one; a
    lower-case ``head`` right before one opens it, capitalised)."""
    runs: list[list[str]] = []
    current: list[str] = []
    past = [False]  # the run follows "former": someone who no longer is what the head says
    opens = [False]  # the run opens a sentence, where any word has a capital
    common = {w.strip(_CLOSERS) for w in text.split() if w[:1].islower()}

    def close() -> None:
        if opens[0] and current and current[0] not in (head, head.capitalize()) and current[0].lower() in common:
            del current[0]  # "Officials of the Ministry …": "officials" is written small elsewhere
            while current and current[0] in words.inner:
                del current[0]
        while current and (current[-1] in words.inner or current[-1] == head):
            current.pop()
        if current and not past[0]:
            runs.append(list(current))
        current.clear()

    for line in text.splitlines():  # a name never runs from one line to the next (a title, a heading)
        tokens = line.split()
        for i, token in enumerate(tokens):
            core = token.strip(_CLOSERS + "'‘’")
            if token[:1] in "([":  # "(IOM)": an aside, no part of the name before it
                close()
                continue
            initial = len(core) <= 2 and token.endswith(".")  # "George W. Bush"
            core += "." if initial else ""
            ends = token[-1:] in _CLOSERS and not initial or bool(words.endings) and core.endswith(words.endings)
            for ending in words.endings:
                core = core.removesuffix(ending)
            following = tokens[i + 1].strip(_CLOSERS) if i + 1 < len(tokens) else ""
            if not current:
                past[0] = i > 0 and tokens[i - 1].strip(_CLOSERS).lower() in words.former | words.modifiers
                opens[0] = i == 0 or tokens[i - 1][-1:] in ".!?:\"”"
            if core[:1].isupper() and core not in words.outer and any(c.isalpha() for c in core):
                current.append(core)
            elif core == head and not current and not ends and following[:1].isupper() and following not in words.outer:
                current.append(core)  # "president Megawati Sukarnoputri", "the company Amadeus"
            elif current and core in words.inner and not ends:
                current.append(core)
            else:
                close()
            if ends:
                close()
        close()
    return runs


def _placeable(summary: str, text: str, language: str) -> bool:
    """Whether ``summary`` names no place itself and opens with a common word or a figure that names its subject."""
    if not names_its_subject(summary, language) or _names_place(summary, language):
        return False
    texts = summary.split()
    lex = lexicon(language)
    hedge = next((k for k in (1, 2, 3) if " ".join(texts[:k]).lower() in lex.quantity_openers), 0)
    if texts[hedge:hedge + 1] and texts[hedge][:1].isdigit():
        return True  # "Around 94,000 jobs were created": a figure is no name
    first, second = (texts + [""])[:2]
    first = first.strip(_CLOSERS + "'‘’")
    determiner = first.lower() in lex.determiners
    if determiner and second[:1].isupper():
        return False  # "The World Health Organization said …": a name, which may be of no one place
    # "Anna Foods has found …": a name tells who, and a place may be no part of it
    return determiner or bool(re.search(rf"(?<![\w'’-]){re.escape(first.lower())}(?![\w'’-])", text))


def _names_place(summary: str, language: str) -> bool:
    """Whether ``summary`` names a place of ``[places]`` or a capitalised place word."""
    found = places(language)
    if found is not None and names_country(summary, found):
        return True
    words = lexicon(language).place_words
    return any(w[:1].isupper() and w.strip(_CLOSERS + "'’").lower() in words for w in summary.split())
