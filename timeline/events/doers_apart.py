"""Two articles' clauses of one day told by two subjects with two verbs: two happenings.

A day's news holds many acts, and two articles' tellings of one day share the story's names and
its generic words ("group", "the Pope", "officials"), so they reach the threshold though they tell
different acts by different actors: "Beijing warned the United States Tuesday" and "Gingrich toned
down his remarks Tuesday"; "a spokesman announced Sunday that the Pope will honour the firemen" and
"the Pope appealed Sunday for peace". Judged on this session's samples, this was the largest class
of mixed groups. Such a pair is set apart when each clause opens (past a leading adverb, "However, …")
with a name as its subject
(``actor._opening`` read by ``actor._a_name``, cast or not), the two head names differ and neither is named in the other's
clause up to a few words past its date, and the first word after each subject that is no function word — the verb of the main clause,
surely one (a listed verb or a past: :func:`_verb`) — differs in its stem and in its ``[acts]`` family. The words that join one happening told twice are its own: a shared
verb, or a lower-case word beyond the topic and the function words both clauses hold (a shared
event noun or object: "the firemen", "the accident") keeps the pair to the usual tests.
A subject that is a place and another opening with a place or a word made from one may be one
government's voice ("Beijing showered Paris with compliments", "Chinese President Jiang thanked the
French President"): not set apart (:func:`_one_country`). Such a decision binds to the end of
merging (``Edge.binding``, ``cannot_link``). Conservative by design: a true group split is worse than a
mixed one kept.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Mention
from .actor import _DATE, _POSSESSIVE, _TOKEN, _a_name, _clause, _function_words, _named, _opening
from .acts import _family_of
from .headline_words import lexicon
from .per_mention import per_mention
from .places import places
from .similarity import STEM, Weights

#: two verbs beginning alike this far are one act ("warned", "warning")
VERB_STEM = 4
#: another subject named this many words past the date or nearer takes part in the act (``actor.ACTOR_REACH``)
NAMED_REACH = 8


def doers_apart(m: Mention, other: Mention, weights: Weights) -> bool:
    """Whether two mentions of different articles (one language) tell their day's acts with different subjects
    and different verbs, and their clauses share no word of the happening's own (see the module)."""
    if m.article.id == other.article.id or m.article.language != other.article.language:
        return False
    a, b = _subject_and_verb(m), _subject_and_verb(other)
    if a is None or b is None:
        return False
    (who_a, verb_a, words_a, names_a), (who_b, verb_b, words_b, names_b) = a, b
    if not (_a_name(who_a, m.article.text, weights) and _a_name(who_b, other.article.text, weights)):
        return False  # "Opening statements are expected …": a capital at the start, no actor
    if who_a[:5] == who_b[:5] or _named(frozenset({who_a[:5]}), _near_date(other)) \
            or _named(frozenset({who_b[:5]}), _near_date(m)):
        return False
    if verb_a[:VERB_STEM] == verb_b[:VERB_STEM] or _one_country(who_a, names_b, m.article.language or "") \
            or _one_country(who_b, names_a, m.article.language or ""):
        return False
    family = _family_of(m.article.language or "")
    if family.get(verb_a, frozenset()) & family.get(verb_b, frozenset()):
        return False
    shared = {w[:STEM] for w in words_a} & {w[:STEM] for w in words_b}
    return not any(not weights.topic(w) for w in shared)


@per_mention()  # asked of a mention for each partner it meets
def _near_date(m: Mention) -> str:
    """The mention's clause up to ``NAMED_REACH`` words past its date: where another actor named takes part in
    the act ("Velmora warned Karvia on Tuesday", not "… after Halvik said …" further on)."""
    tokens = _TOKEN.findall(_clause(m))
    at = tokens.index(_DATE) if _DATE in tokens else len(tokens)
    return " ".join(tokens[:at + NAMED_REACH + 1])


@per_mention()  # asked of a mention for each partner it meets
def _subject_and_verb(m: Mention) -> tuple[str, str, frozenset[str], tuple[str, ...]] | None:
    """The head name the mention's clause opens with, the first lower-case word after it that is no function
    word (its verb), the clause's other lower-case words beyond function words, and all the names it opens
    with; None without a head and a verb."""
    language = m.article.language or ""
    clause = _past_leading(_clause(m), language)
    names = _opening(clause, language)
    if not names:
        return None
    function = _function_words(language)
    tokens = [_POSSESSIVE.sub("", t.rstrip(".")) for t in _TOKEN.findall(clause) if t[0].isalpha() or t == _DATE]
    lower = [t.lower() for t in tokens if t[0].islower() and len(t) > 3 and t.lower() not in function]
    head = names[-1]
    seen = [t.lower() for t in tokens]
    if head not in seen:
        return None
    verb = next((t.lower() for t in tokens[seen.index(head) + 1:]
                 if t[0].islower() and t.lower() not in function), None)
    if verb is None or not _verb(verb, language):
        return None  # "Washington state officials said …": the word after the name is no verb
    return head, verb, frozenset(lower), names


def _one_country(head: str, names: tuple[str, ...], language: str) -> bool:
    """Whether a subject that is a place ("Beijing", "Paris": a government told by its seat, ``[furniture]
    place_words`` or a ``[places]`` form) may be one voice with another opening with a place or a word made from
    one ("Chinese President Jiang … thanked …", "Beijing showered Paris with compliments …"): nothing here tells
    that the two are two countries' acts, so they are not set apart."""
    return _a_place(head, language) and any(_a_place(name, language) for name in names)


@lru_cache(maxsize=8)
def _place_forms(language: str) -> frozenset[str]:
    """Every form of the language's ``[places]`` and its ``place_words``, in lower case."""
    found = places(language)
    forms = {form.lower() for form in found.country_of} if found is not None else set()
    return frozenset(forms | lexicon(language).place_words)


def _a_place(word: str, language: str) -> bool:
    return word in _place_forms(language)


def _past_leading(clause: str, language: str) -> str:
    """The clause from its first word that is no leading adverb or conjunction (the headline lexicon's
    ``leading``: "However, Gingrich then toned …" read from "Gingrich"), punctuation and the date's mark
    before it skipped too ("On Tuesday, Beijing again told …" is read so by ``_opening`` already)."""
    leading = lexicon(language).leading
    for token in _TOKEN.finditer(clause):
        word = token.group()
        if word[0].isalpha() and word.lower() not in leading:
            return clause[token.start():]
    return clause


def _verb(word: str, language: str) -> bool:
    """Whether ``word`` surely reads as a main verb: one of the language's verbs or verbs of speech, or a past by
    its ``object_endings`` ("toned", "warned"); not a noun that may end like a verb ("statements")."""
    lex = lexicon(language)
    return word in lex.verbs or word in lex.speech or len(word) > 3 and word.endswith(lex.object_endings or ("\0",))
