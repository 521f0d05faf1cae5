"""Which act a mention's clause tells, and the cut of a day's group by its acts.

One story's day holds several happenings told in its words: a doctor's doses and his patient's
death, a charity's deadline and an agency's statement. Two clauses of one day that tell acts of
different *families* (``[acts] families`` in the language's resource: a small list of news acts,
each with its word forms — death: "died", "death", "dead", "killed"; court: "charged", "pleaded",
"verdict"…) and each name participants, none in common (:func:`participants`), are two happenings, even when
they share the story's words. Either alone is no sign: one happening is told with different verbs
("announced" and "decided", "died" and "was killed": families hold such forms together), and one
act of two participants is ``actor``'s to cut.

Why word lists and no lemmatiser: a lemmatiser joins "died" to "die" but not "death", "dead" or
"killed" to it, so families were needed anyway; listing their forms costs nothing at run time,
while a dictionary lemmatiser costs each build process tens of megabytes (issue 16's tenfold
build peaks just under its 1 GB bound).
"""

from __future__ import annotations

import weakref
from functools import lru_cache

from ..model import Mention
from ..temporal.grammar import GrammarError, resource_data
from ..temporal.sentences import clause_breaks
from .actor import _DATE, ACTOR_STEM, _TOKEN, _POSSESSIVE, _a_name, _clause, _function_words, _named, _parts
from .dependent import says
from .own_clause import own_part
from .similarity import STEM, Weights
from .topical import dates_the_topic


#: act words count within this many words of the date ("On Saturday police carried out an interview
#: with the doctor, who was with the singer when he died": the interview, not the death)
ACT_REACH = 10
@lru_cache(maxsize=8)
def _family_of(language: str) -> dict[str, frozenset[int]]:
    """Each word form of the language's ``[acts] families`` (lower case) to its families' indexes
    (a form may be in two: "closed" a market's and a school's)."""
    try:
        table = resource_data(language).get("acts", {})
    except GrammarError:
        return {}
    found: dict[str, set[int]] = {}
    for k, family in enumerate(table.get("families", [])):
        for form in family if isinstance(family, list) else []:
            if isinstance(form, str):
                found.setdefault(form.lower(), set()).add(k)
    return {form: frozenset(ks) for form, ks in found.items()}


@lru_cache(maxsize=1 << 15)
def _clause_words(clause: str) -> tuple[str, ...]:
    """The words of ``clause`` as written, bare of a possessive ending."""
    return tuple(_POSSESSIVE.sub("", word.rstrip(".")) for word in _TOKEN.findall(clause) if word[0].isalpha())


#: each collection's (``Weights``) families of its mentions by ``id``, found once: regroup asks for
#: a mention's families at each group it is compared with (each kept with its mention, so that no
#: other mention can take its ``id`` while the collection lives)
_found: weakref.WeakKeyDictionary[Weights, dict[int, tuple[Mention, frozenset[int]]]] = weakref.WeakKeyDictionary()


def families(mention: Mention, weights: Weights) -> frozenset[int]:
    """See :func:`_families`; found once per mention and collection."""
    found = _found.setdefault(weights, {})
    key = id(mention)
    if key not in found:
        found[key] = (mention, _families(mention, weights))
    return found[key][1]


def _families(mention: Mention, weights: Weights) -> frozenset[int]:
    """The act families whose words stand in the mention's clause within ``ACT_REACH`` words of
    its date (none when its language lists none). A clause holding a family word of the
    collection's topic (``Weights.topic``: "Tuesday's earthquake", "since the earthquake on
    Tuesday" in a folder about a quake) tells none: its date most often names the topic's own
    happening, whatever the clause goes on to say; nor one whose date dates the topic's happening
    (``topical``: "the quake on 12 January killed 200,000"). Nor does a mention that dates a saying
    (``dependent.says``: "the agency said on Sunday"): a report of a death and the death are told
    of one day (cutting sayings from acts, half the cuts on the development topics were wrong)."""
    if not _family_of(mention.article.language):
        return frozenset()
    words = _act_words(_clause(mention), mention.article.language)
    if any(weights.topic(word[:STEM]) for word, _ in words) or dates_the_topic(mention, weights):
        return frozenset()
    if says(mention):
        return frozenset()
    return frozenset(k for _, ks in words for k in ks)


@lru_cache(maxsize=1 << 15)
def _act_words(clause: str, language: str) -> tuple[tuple[str, frozenset[int]], ...]:
    """The clause's words of the language's act families within ``ACT_REACH`` words of its date
    (``actor._DATE``; anywhere in a clause that does not hold it), each with its families; none past
    the date's own clause (``own_clause``: "after learning that three had died")."""
    family_of = _family_of(language)
    clause = own_part(clause, _DATE, language)  # not what was learned, nor a relative clause past the date
    tokens = [t for t in _TOKEN.findall(clause) if t[0].isalpha() or t == _DATE]
    at = tokens.index(_DATE) if _DATE in tokens else None
    return tuple((w, family_of[w]) for k, w in enumerate(_POSSESSIVE.sub("", t.rstrip(".")).lower() for t in tokens)
                 if w in family_of and (at is None or abs(k - at) <= ACT_REACH))


def participants(mention: Mention, weights: Weights) -> frozenset[str]:
    """The stems of the names the mention's clause gives (who and where), the story's cast too (the
    doctor and the singer of a folder about the singer's death are who tell its acts apart), but
    not its topic (``Weights.topic``), calendar and function words."""
    function = _function_words(mention.article.language)
    text = mention.article.text
    found = set()
    for word in _clause_words(_clause(mention)):
        bare = word.lower()
        if not word[0].isupper() or bare in function or (len(bare) < 3 and not word.isupper()) \
                or word.endswith("-"):  # a bracket's escape ("-LRB-"), no name
            continue
        if not weights.topic(bare) and _a_name(bare, text, weights):
            found.add(bare[:ACTOR_STEM])
    return frozenset(found)


def acts_apart(m: Mention, other: Mention, weights: Weights) -> bool:
    """Whether two mentions tell acts of different families (:func:`families`) and each clause
    names someone the other's sentence does not name ("Dr Ostrel gave the singer the dose on
    Thursday", "the singer died in Port Talen on Thursday"): two participants, two acts. One act
    told by its actor and by its place ("Dr Ostrel's clinic was searched", "police searched a
    clinic in Port Talen") is joined by the family its words share."""
    acts_m, acts_other = families(m, weights), families(other, weights)
    if not acts_m or not acts_other or not acts_m.isdisjoint(acts_other):
        return False
    return _names_beyond(participants(m, weights), other.sentence) \
        and _names_beyond(participants(other, weights), m.sentence)


def _names_beyond(who: frozenset[str], sentence: str) -> bool:
    """Whether one of ``who`` is not named in ``sentence`` (maybe in a longer form)."""
    return any(not _named(frozenset({stem}), sentence) for stem in who)


#: a mention of a weekend, a week or a month (at most this many days) is coarse beside a day's
MAX_COARSE_DAYS = 31


def coarse(mention: Mention) -> bool:
    """Whether the mention's reading is longer than a day and a month at most ("last week")."""
    return 1 < mention.interval.days <= MAX_COARSE_DAYS


def tells_the_act(part: list[Mention], day: list[Mention], weights: Weights, whole: bool = False) -> int:
    """How surely the coarse mentions ``part`` ("last month, the agency ordered the cull") tell the
    act of a day's own mentions ``day`` by their act families (:func:`families`): 2 when their
    clauses share one, 0 when both tell families and none is shared (a month's mention of another
    act is another happening, whatever story words the two share), 1 when one side tells none. With
    ``whole`` (groups compared as wholes, ``regroup``: by their pooled words, no pair of them alike),
    0 too when only ``part`` tells one and no sentence of ``day`` holds a word of its families at all
    (read in full: a topic word or the reach may have hidden them): "the council closed the bridge
    earlier this month" does not tell "the river burst its banks on Tuesday", though the two share
    the river. Not so in the merge's last cut: a pair found alike tells one act in unlisted words
    as often ("diagnosed a case earlier this month", "was confirmed to have contracted the virus on
    Friday": on the development topics 2 such cuts, both wrong).

    Only the families decide: asking a word rare in the folder of a side with no family cut right
    and wrong alike on the development topics (5 better, 7 worse: "raised swine flu to pandemic
    status earlier this month" beside "declared a pandemic on Thursday" share no rare word)."""
    own = frozenset().union(*(families(m, weights) for m in part))
    theirs = frozenset().union(*(families(m, weights) for m in day))
    if own and theirs:
        return 0 if own.isdisjoint(theirs) else 2
    if own and whole and not any(own & _sentence_families(m) for m in day):
        return 0
    return 1


def _sentence_families(mention: Mention) -> frozenset[int]:
    """The act families any word of the mention's whole sentence is a form of."""
    family_of = _family_of(mention.article.language)
    return frozenset(k for word in _clause_words(mention.sentence) for k in family_of.get(word.lower(), ()))


def split_by_act(groups: list[list[Mention]], weights: Weights) -> list[list[Mention]]:
    """Each finished group of one day cut into the parts whose acts are not apart
    (:func:`acts_apart`), among its mentions whose clauses tell a listed act and name someone; each
    other mention then goes to the first part sharing an act family with it, else to the largest
    part. A day's group that coarse mentions joined (as many days as those) first loses the coarse
    ones that do not tell its days' act (:func:`tells_the_act`): they stay together, as one
    happening of their own. Done
    last, as ``actor.split_by_actor``: a part cut off joins nothing else."""
    return [part for whole in groups for group in _second_acts(whole) for part in (
        [group] if len(group) < 2 or any(m.interval.days > MAX_COARSE_DAYS for m in group)
        else _detach_coarse(group, weights))]


def _second_acts(group: list[Mention]) -> list[list[Mention]]:
    """The group, less each mention that names again (the same value, in a word of ``[acts] again``:
    not "the epidemic of that year", told of the same happening), later in its sentence and after
    a clause break and an act's word, the date of another of the group ("incorporated in Singapore in 1995 and
    registered in Hong Kong in the same year", "won on Sunday, and later that day the coach
    resigned": the resolver's anchor is the first): a writer names a date again for a second act.
    Each such mention is a part of its own."""
    at = {(m.article.id, m.expression.start): m for m in group}
    second = [m for m in group if m.anchor is not None and _again(at.get((m.article.id, m.anchor.start)), m)]
    if not second or len(second) == len(group):
        return [group]
    gone = {id(m) for m in second}
    return [[m for m in group if id(m) not in gone]] + [[m] for m in second]


@lru_cache(maxsize=4)
def _again_words(language: str) -> frozenset[str]:
    """The language's ``[acts] again`` words: a date naming one already named for a new act ("same")."""
    try:
        return frozenset(w.lower() for w in resource_data(language).get("acts", {}).get("again", []))
    except GrammarError:
        return frozenset()


def _again(first: Mention | None, m: Mention) -> bool:
    if first is None or first is m or first.sentence_start != m.sentence_start or first.interval != m.interval \
            or first.expression.timex != m.expression.timex or first.expression.end > m.expression.start \
            or not m.article.language:  # a clock time on its day ("The next day, shortly after noon")
        return False
    text, function = m.article.text, _function_words(m.article.language)
    start, end = first.expression.end, m.expression.start
    again = _again_words(m.article.language)
    return any(word.lower() in again for word in _TOKEN.findall(m.expression.text)) \
        and bool(clause_breaks(text, start, end)) and any(
        word[0].islower() and len(word) > 3 and word.lower() not in function for word in _TOKEN.findall(text[start:end]))


def _detach_coarse(group: list[Mention], weights: Weights) -> list[list[Mention]]:
    day = [m for m in group if m.interval.days == 1]
    broad = [m for m in group if coarse(m)]
    # a day's group that coarse mentions joined; of a month's group that one day joined, the day is the odd one
    apart = [m for m in broad if not tells_the_act([m], day, weights)] if day and len(day) >= len(broad) else []
    gone = {id(m) for m in apart}
    kept = [m for m in group if id(m) not in gone]
    parts = [kept] if any(coarse(m) for m in kept) else _cut(kept, weights)
    return parts + ([apart] if apart else [])


def _cut(group: list[Mention], weights: Weights) -> list[list[Mention]]:
    known = [m for m in group if families(m, weights) and participants(m, weights)]
    parts = _parts(known, lambda m, other: acts_apart(m, other, weights)) if len(known) > 1 else []
    if len(parts) < 2:
        return [group]
    part_of = {id(m): k for k, part in enumerate(parts) for m in part}
    acts = [frozenset().union(*(families(m, weights) for m in part)) for part in parts]
    largest = max(range(len(parts)), key=lambda k: len(parts[k]))
    for m in group:
        if id(m) not in part_of:
            own = families(m, weights)
            part_of[id(m)] = next((k for k in range(len(parts)) if not own.isdisjoint(acts[k])), largest)
    cut: dict[int, list[Mention]] = {}
    for m in group:
        cut.setdefault(part_of[id(m)], []).append(m)
    return list(cut.values())
