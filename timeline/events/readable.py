"""Whether an event's summary reads as a headline at all, so that the key views can put it below those that do.

An event whose every mention gave only debris keeps the best of it as its
summary (a summary is never empty), but a reader scanning the most important
events should not meet "It was removed …", "Nicola Sturgeon said" or "The
risks of such misinformation" first. A summary reads as no headline when it:

- names no one: it opens with a pronoun or a first-person word (see
  :func:`names_its_subject`; not one of the language's ``[summary] expletives``,
  "There were several tremors", which stands for no one), or is the question its sentence asks;
- tells no act: it holds no verb of its own (:func:`.headline.has_predicate`);
- ends on a bare verb of saying with nothing said ("…, Nicola Sturgeon said");
- speaks in the first person anywhere with no speaker credited ("The person we're confirming …"), or to
  its reader ("Everything you find online is rumour": ``[headline] second_person``), or is
  a quote its sentence credits only to a "he" or "she" ('"Lots of people go there," he said': the
  speaker dropped, the words stated as fact);
- says nothing but that something was said or is known: it holds one of the language's
  ``[summary] says_nothing`` phrases ("Hu Jintao made the remarks here") or ends on one of its
  ``says_nothing_end`` ("He said this", once "on Monday" is cut; not "He said this was the worst").

:func:`reads_well` judges one summary by these rules; the event's summary is chosen among its
mentions' by it (see :mod:`.fusion`), so "It was first used widely" gives way to "Doctors first
used propofol widely" when another mention tells it so.

An article's title is a headline by nature ("Iraq polls close", "Ferry strike
ends"), whatever the rules above make of its words.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Event
from ..temporal.grammar import GrammarError, resource_data, word_list
from .headline import EDGE, Word, bare, has_predicate
from .headline_words import Lexicon, lexicon
from .places import unplaced
from .speaker import closes_quote, opens_quote
from .speaker_names import unclitic as _unclitic
from .title import headline_title

__all__ = ["names_its_subject", "reads_alone", "reads_as_headline", "reads_well"]

#: what may stand at a summary's edges and is trimmed from them
SUMMARY_EDGE = " \t\n,;:.!?—–-\"“”«»'‘’`"


@lru_cache(maxsize=None)
def _expletives(language: str) -> frozenset[str]:
    """The language's ``[summary] expletives`` (none without a resource)."""
    try:
        return frozenset(word_list(resource_data(language).get("summary", {}), "expletives"))
    except GrammarError:
        return frozenset()


@lru_cache(maxsize=None)
def _phrases(language: str, key: str) -> tuple[tuple[str, ...], ...]:
    """The language's ``[summary]`` phrases under ``key``, as words (none without a resource)."""
    try:
        phrases = word_list(resource_data(language).get("summary", {}), key)
    except GrammarError:
        return ()
    return tuple(tuple(bare(w) for w in p.split()) for p in phrases)


def reads_as_headline(event: Event) -> bool:
    """Whether ``event.summary`` reads as a headline (see the module's docstring); true for an event
    with no mention or no summary (nothing to judge)."""
    summary = event.summary.removesuffix("…").strip()
    if not event.mentions or not summary:
        return True
    summary = next((s for s in (unplaced(summary, m) for m in event.mentions) if s != summary),
                   summary)  # judged without its place ("Kenya: The person we are confirming …")
    if not summary.strip():
        return True
    for mention in event.mentions:
        article = mention.article
        if article.title and summary == headline_title(article.title, article.language, article.text):
            return True
    language = event.mentions[0].article.language
    told = {bare(w) for w in summary.split()}
    sentence = max((m.sentence for m in event.mentions), key=lambda s: len(told & {bare(w) for w in s.split()}))
    return reads_well(summary, sentence, language)


def reads_well(summary: str, sentence: str, language: str) -> bool:
    """Whether ``summary`` (of a mention in ``sentence``) reads as a headline by the rules of the module's
    docstring: it names its subject (or opens with an expletive), tells an act, credits whoever speaks in the
    first person, says more than that something was said, and does not end on a bare verb of saying."""
    summary = summary.removesuffix("…").strip()
    if not summary:
        return False
    lex = lexicon(language)
    words = [Word(w, ends_clause=w.endswith((",", ";", ":"))) for w in summary.split()]
    if not reads_alone(summary, sentence, language) and bare(words[0].text) not in _expletives(language):
        return False
    no_act = not has_predicate(words, lex) and not _past_act(words, language)
    if no_act or _uncredited_first_person(words, lex) or _pronoun_quote(words, sentence, lex) or says_nothing(
            summary, language):
        return False
    return bare(words[-1].text) not in lex.speech


def _pronoun_quote(words: list[Word], sentence: str, lex: Lexicon) -> bool:
    """Whether ``words`` (a summary with no speaker credited) are taken from a quote that ``sentence`` credits
    only to a "he" or "she" right after it closes ('…, '' he said', '…," said she')."""
    if any(w.text.endswith(":") for w in words) or not words:
        return False
    texts = sentence.split()
    for k, text in enumerate(texts):
        if not closes_quote(text) or opens_quote(text) and len(text.strip(EDGE)) > 0:
            continue
        after = {bare(t) for t in texts[k + 1:k + 3]}
        if after & lex.person_pronouns and after & lex.speech:
            opened = max((j for j in range(k) if opens_quote(texts[j]) and not closes_quote(texts[j])), default=0)
            quoted = {bare(t) for t in texts[opened:k + 1]}  # from its opening mark, or the sentence's start
            return sum(bare(w.text) in quoted for w in words) >= QUOTED_SHARE * len(words)
    return False


#: a summary with at least this share of its words in a quote is that quote
QUOTED_SHARE = 0.8


def _past_act(words: list[Word], language: str) -> bool:
    """Whether a lower-case word of ``words`` is one of the language's ``[summary] past_acts`` ("withdrew")."""
    acts = _phrases(language, "past_acts")
    return any(w.text[:1].islower() and (bare(w.text),) in acts for w in words)


def says_nothing(summary: str, language: str) -> bool:
    """Whether ``summary`` holds one of the language's ``[summary] says_nothing`` phrases ("made the remarks
    here") or ends on one of its ``says_nothing_end`` ("He said this", not "He said this was the worst"):
    it tells that something was said or is known, not what."""
    told = tuple(w for w in (bare(w) for w in summary.split()) if w)
    if any(told[-len(phrase):] == phrase for phrase in _phrases(language, "says_nothing_end")):
        return True
    phrases, lengths = _phrase_set(language, "says_nothing")
    return any(told[k:k + n] in phrases for n in lengths for k in range(len(told) - n + 1))


@lru_cache(maxsize=None)
def _phrase_set(language: str, key: str) -> tuple[frozenset[tuple[str, ...]], tuple[int, ...]]:
    """:func:`_phrases` as a set, and their lengths: a summary's runs of each length are looked up at
    once, not compared with every phrase in turn (the same answer)."""
    phrases = _phrases(language, key)
    return frozenset(phrases), tuple(sorted({len(p) for p in phrases}))


def _uncredited_first_person(words: list[Word], lex: Lexicon) -> bool:
    """Whether a summary speaks in the first person ("The person we're confirming …") with no speaker credited
    before a colon ("Anna Berg: We …"): a diary's or a quote's line that names no one."""
    if any(w.text.endswith(":") for w in words):
        return False
    return any(_unclitic(bare(w.text), lex) in lex.first_person and not (len(w.text.strip(EDGE)) > 1 and w.text.strip(EDGE).isupper())
               for w in words) or _speaks_to_reader(words, lex)


def _speaks_to_reader(words: list[Word], lex: Lexicon) -> bool:
    """Whether a summary speaks to its reader ("Your child may have been exposed …", "Everything you find online is
    rumour"): a leaflet's or a quote's line that names no one. A capitalised word after the first is a title's
    ("… told Over To You"); a "you" after a verb of saying is the speaker's, credited ("Anna Berg said you cannot
    sail", "told sailors you must stay ashore"), and one of a set phrase is no address ("thank you")."""
    texts = [bare(w.text) for w in words]
    return any(_unclitic(text, lex) in lex.second_person and (k == 0 or words[k].text[:1].islower())
               and not (k and texts[k - 1] in lex.second_person_set) and not set(texts[1:k]) & lex.speech
               for k, text in enumerate(texts))


def reads_alone(summary: str, sentence: str, language: str) -> bool:
    """Whether ``summary`` reads as a headline by itself: it names its subject (see
    :func:`names_its_subject`) and is not the question its ``sentence`` asks ("Will it spread?")."""
    if not names_its_subject(summary, language):
        return False
    asked = sentence.rstrip(SUMMARY_EDGE.replace("?", "") + "'’")
    if not asked.endswith("?"):
        return True
    told = [bare(w) for w in summary.split()]
    asked_words = {bare(w) for w in sentence.split()}
    return sum(w in asked_words for w in told) < QUESTION_SHARE * len(told)  # a title, not the question


#: a summary with at least this share of its words in a question's sentence is that question
QUESTION_SHARE = 0.6


def names_its_subject(summary: str, language: str) -> bool:
    """Whether ``summary`` opens with something other than a pronoun ("He opened a clinic", "His visit …" name
    no one); a word in capitals is a name ("US officials …", not "us")."""
    words = summary.split()
    lex = lexicon(language)
    first = words[0].strip(EDGE) if words else ""
    return not words or len(first) > 1 and first.isupper() or bare(words[0]) not in (
        lex.pronouns | lex.first_person | lex.second_person | lex.possessive_pronouns)
