"""Mentions that date no happening of their own: boundaries, modifiers, baselines and conditions.

"Lasting until 1902", "closed until 6 May", "stepped up since 2004" name where something ends or
starts, not when it happened; "the 1957 flu", "the mayor's June 2019 arrest", "the 2007 elections"
date a noun, not the act of their clause; "up from 10 years ago" is only what is compared
with; "if this struck today" is a condition, no happening. A possessive date ("Tuesday's
earthquake", "Friday's telethon") is none of these: the noun it dates is most often the happening. Such a mention may join an event other mentions found
("since his arrest in 2019" joins the arrest), but alone it makes none (``merge``), and it dates or
summarises an event only when nothing else does (``fusion``). The words are in each resource's ``[dependent]`` table; structure only,
read from the words right before and after the expression (a clause's own words, not a parse).
A mention that dates a saying ("the agency said on Sunday") dates a happening, the saying:
:func:`says` tells it apart from the act said, for merging.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Mention
from ..temporal import TIME, Granularity, TimeExpression
from ..temporal.grammar import GrammarError, resource_data, word_list
from .actless import actless
from .compared import COMPARISON, compared, reached_by_boundary
from .headline_words import lexicon
from .side_part import side_role

BOUNDARY, MODIFIER, BASELINE, CONDITION = "boundary", "modifier", "baseline", "condition"
NO_ACT = "no act"  # a sentence with no verb and no word of a happening (``actless``)
#: characters of text looked at either side of an expression
WINDOW = 80
#: the words before an expression that tell its role (a clause longer than this before it is read as holding a verb)
WINDOW_WORDS = 6
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
_POSSESSIVE = ("'s", "’s", "'", "’")
_BARE_YEAR = re.compile(r"\d{4}")
#: an expression whose last word is joined by a hyphen to a word ("15th-century"; not "mid-1990s")
_HYPHENATED = re.compile(r"-[^\W\d]+$")
#: a noun phrase after a possessive date is read for its head over at most this many words
NOUN_RUN = 4
#: words looked back from an expression for a condition opening its clause
CONDITION_REACH = 12
#: punctuation after which a clause opens its sentence or follows a comma
_CLAUSE_OPENERS = frozenset(",.!?;:\"“”«»")


@dataclass(frozen=True)
class Words:
    """The ``[dependent]`` words of one language (phrases as tuples of lower-case tokens)."""

    boundary: frozenset[tuple[str, ...]] = frozenset()
    state_start: frozenset[tuple[str, ...]] = frozenset()
    range_start: frozenset[str] = frozenset()
    range: frozenset[str] = frozenset()
    names_happening: frozenset[str] = frozenset()
    attributive: frozenset[str] = frozenset()
    baseline: frozenset[tuple[str, ...]] = frozenset()
    baseline_filler: frozenset[str] = frozenset()
    baseline_amount: frozenset[str] = frozenset()
    baseline_after_amount: frozenset[tuple[str, ...]] = frozenset()
    baseline_rise: frozenset[str] = frozenset()
    baseline_day: frozenset[str] = frozenset()
    possessive_same_time: frozenset[str] = frozenset()
    possessive_after_verb: frozenset[str] = frozenset()
    possessive_count: frozenset[str] = frozenset()
    object_same_time: frozenset[str] = frozenset()
    object_not_after: frozenset[str] = frozenset()
    subject_after: frozenset[str] = frozenset()
    sure_verbs: frozenset[str] = frozenset()
    past_endings: tuple[str, ...] = ()
    not_noun: frozenset[str] = frozenset()
    year_before_noun: bool = False
    era_before_noun: bool = False
    era_not_after: frozenset[tuple[str, ...]] = frozenset()
    speech: frozenset[str] = frozenset()
    saying_link: frozenset[str] = frozenset()
    saying_noun: frozenset[str] = frozenset()
    conditions: frozenset[str] = frozenset()
    opening_conditions: frozenset[str] = frozenset()
    condition_not_after: frozenset[str] = frozenset()
    noun_link: frozenset[str] = frozenset()
    owners: frozenset[str] = frozenset()
    verb_forms: tuple[str, ...] = ()


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (nothing is dependent) for a language without them."""
    try:
        table = resource_data(language).get("dependent", {})
    except GrammarError:
        return Words()
    if not table:
        return Words()

    def listed(name: str) -> list[str]:
        return word_list(table, name)

    def phrases(name: str) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(_TOKEN.findall(p)) for p in listed(name))

    lex = lexicon(language)
    return Words(boundary=phrases("boundary"), state_start=phrases("state_start"), range_start=frozenset(listed("range_start")),
                 range=lex.range, names_happening=frozenset(listed("names_happening")),
                 attributive=frozenset(listed("attributive")), baseline=phrases("baseline"),
                 baseline_filler=frozenset(listed("baseline_filler")),
                 baseline_amount=frozenset(listed("baseline_amount")), baseline_after_amount=phrases("baseline_after_amount"),
                 baseline_rise=frozenset(listed("baseline_rise")), baseline_day=frozenset(listed("baseline_day")),
                 possessive_same_time=frozenset(listed("possessive_same_time")),
                 possessive_after_verb=frozenset(listed("possessive_after_verb")),
                 possessive_count=frozenset(listed("possessive_count_words")),
                 object_same_time=frozenset(listed("possessive_object_same_time")),
                 object_not_after=frozenset(listed("possessive_object_not_after")),
                 subject_after=frozenset(listed("possessive_subject_after")),
                 sure_verbs=lex.auxiliaries | lex.verbs, past_endings=lex.object_endings,
                 not_noun=lex.not_subject | lex.dangling | lex.auxiliaries | lex.verbs | lex.determiners,
                 year_before_noun=bool(table.get("year_before_noun", False)),
                 era_before_noun=bool(table.get("era_before_noun", False)), era_not_after=phrases("era_not_after"),
                 speech=lex.speech, saying_link=frozenset(listed("saying_link")),
                 saying_noun=frozenset(listed("saying_noun")), conditions=frozenset(listed("conditions")),
                 opening_conditions=frozenset(listed("opening_conditions")),
                 condition_not_after=frozenset(listed("condition_not_after")), noun_link=lex.dated_noun_link,
                 owners=lex.possessive_pronouns, verb_forms=lex.object_endings + lex.participle_endings)


def _ends_with(tokens: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    return any(len(p) <= len(tokens) and tuple(tokens[len(tokens) - len(p):]) == p for p in phrases)


def _is_noun(token: str | None, w: Words, capital_too: bool) -> bool:
    if token is None or not token[0].isalpha() or token.lower() in w.not_noun:
        return False
    return token[0].islower() or capital_too


def _is_possessor(token: str | None, w: Words) -> bool:
    """A determiner or a possessive before the date ("the", "his", "Lee's", "Lee 's")."""
    if token is None:
        return False
    lower = token.lower()
    return lower in w.attributive or lower in _POSSESSIVE or lower.endswith(("'s", "’s"))


def _boundary(before: list[str], after: list[str], w: Words) -> bool:
    following = after[1] if after[:1] == [","] and len(after) > 1 else (after[0] if after else None)
    if following is not None and following.lower() in w.names_happening:
        return False
    lower = [t.lower() for t in before]
    if _ends_with(lower, w.boundary):
        return True
    if lower[-1:] and lower[-1] in w.range_start and after and after[0].lower() in w.range:
        return True
    # The end of a range: "between 2000 and 2010", "from 1977 to 2001".
    if lower[-1:] and lower[-1] in w.range:
        opener = [i for i, t in enumerate(lower[:-1]) if t in w.range_start]
        return bool(opener) and len(lower) - 1 - opener[-1] <= 3 and not set(lower[opener[-1]:]) & {",", ";"}
    return False


def bounds_a_state(mention: Mention) -> bool:
    """Whether ``mention`` is a boundary (:func:`role`) dating where a state ends or is bounded
    ("closed until 6 May", "by Friday", the end "2010" of "between 2000 and 2010" when its two ends
    are two mentions), not where one began: after a word
    of ``state_start`` ("since his death on Thursday") or opening a range ("held from 28 November
    to 8 December"), most often a happening (the death, the festival's opening): no act of that day."""
    if role(mention) != BOUNDARY:
        return False
    w = words(mention.article.language or "")
    e, text = mention.expression, mention.article.text
    before = [t.lower() for t in _TOKEN.findall(text[max(0, e.start - WINDOW):e.start])[-6:]]
    after = [t.lower() for t in _TOKEN.findall(text[e.end:e.end + WINDOW])[:1]]
    opens_range = before[-1:] and before[-1] in w.range_start and after and after[0] in w.range
    return not (_ends_with(before, w.state_start) or opens_range)


def _possessive(text: str, after: list[str]) -> bool:
    """A date written as a possessive ("Tuesday's earthquake", "last week 's disclosure")."""
    return text.endswith(_POSSESSIVE) or bool(after and after[0].lower() in _POSSESSIVE)


def _era_of_a_noun(e: TimeExpression, before: list[str], after: list[str], w: Words) -> bool:
    """A century or decade right before a lower-case noun ("18th-century house", "famous 18th century
    artists", "1960s music"): it describes the thing, it dates no happening. Not written apart right
    after a word of ``era_not_after`` ("In the 1990s crime fell": the noun opens the clause)."""
    # joined by a hyphen ("the 15th-century Portuguese navigator") it is an adjective before any noun
    hyphenated = _HYPHENATED.search(e.text) is not None
    if not hyphenated and _ends_with([t.lower() for t in before], w.era_not_after):
        return False
    return w.era_before_noun and e.granularity in (Granularity.CENTURY, Granularity.DECADE) and bool(after) \
        and _is_noun(after[0], w, capital_too=hyphenated) and not after[0].endswith(w.verb_forms)


def _modifier(text: str, before: list[str], after: list[str], w: Words) -> bool:
    last = before[-1] if before else None
    nxt = after[0] if after else None
    if _is_possessor(last, w):
        return _is_noun(nxt, w, capital_too=True)
    if len(before) >= 2 and _is_possessor(before[-2], w) and _is_noun(last, w, capital_too=False):
        return _is_noun(nxt, w, capital_too=False)  # "the original 1998 virus"
    bare_year = w.year_before_noun and _BARE_YEAR.fullmatch(text)
    if bare_year and last is not None and last[0].isalpha() and last.lower() not in w.not_noun:
        return _is_noun(nxt, w, capital_too=False)  # "to update 1978 defense guidelines"
    return False


def _possessive_role(before: list[str], after: list[str], w: Words) -> str | None:
    """A possessive date dates its noun, most often a happening ("Tuesday's earthquake"). That is its
    clause's act too (None) when the date's phrase opens its clause ("Tuesday's quake killed …"), is the
    subject of one after a verb or ``possessive_subject_after`` ("said Wednesday's tremor was centred …"), or follows a word of ``possessive_same_time``
    ("at Wednesday's awards", "took part in Sunday's march"; not after a count or in a subject with its
    verb still to come: "the toll in Tuesday's quake rose", "the bomber in Wednesday's attacks confessed"; "on"/"by" only when they open the clause or follow a sure verb: "damaged by Tuesday's
    quake"), or is the object of a verb of ``possessive_object_same_time`` ("won Sunday's
    final"; not "condemned Wednesday's attack", a reaction, nor after ``possessive_object_not_after``: "decided
    to boycott next month's polls"); elsewhere it dates only the noun, not what its clause tells (MODIFIER):
    "victims of Tuesday's earthquake", "confessed to Wednesday's attack", "the toll in Tuesday's quake rose"."""
    lower = [t.lower() for t in before if t.strip("'`’‘\"“”")]  # a quote mark: "'' Tonight's announcement"
    while lower and lower[-1] in w.attributive:
        lower.pop()
    if not lower or lower[-1] in _CLAUSE_OPENERS:
        return None
    if lower[-1] in w.object_same_time and (len(lower) < 2 or lower[-2] not in w.object_not_after):
        return None  # "won Sunday's final": the verb's act is the final (not "to contest next month's election")
    if (lower[-1] in w.sure_verbs or lower[-1] in w.speech or lower[-1] in w.subject_after) and _subject(after, w):
        return None  # "said Wednesday's tremor was centred …": not "survivors of Tuesday's quake have …"
    if lower[-1] in w.possessive_same_time:
        prev = lower[-2] if len(lower) > 1 else "."
        if (prev in w.possessive_count or prev[:1].isdigit()
                or prev not in _CLAUSE_OPENERS and not _verb_before(lower, w)):
            return MODIFIER  # "rose to 68 in Sunday's blast", "the bomber in Wednesday's attacks confessed"
        if (lower[-1] not in w.possessive_after_verb or prev in _CLAUSE_OPENERS or prev in w.sure_verbs
                or prev.endswith(w.past_endings or ("\0",))):
            return None
    return MODIFIER


def _verb_before(lower: list[str], w: Words) -> bool:
    """Whether a verb stands in the clause before a possessive date's preposition (``lower``, lower
    case, the preposition last): "took part in", "ballots cast in" after "won"; not a subject's
    noun phrase "the ferry captain in Wednesday's collision", whose verb comes after."""
    for word in reversed(lower[:-1]):
        if word in _CLAUSE_OPENERS:
            return False
        if word in w.speech:
            return False  # "police said the bomber in Sunday's attack was …": a reported clause opens here
        if word in w.sure_verbs or word.endswith(w.past_endings or ("\0",)):
            return True
    return len(lower) >= WINDOW_WORDS  # the window ends before the clause does: say nothing


def _subject(after: list[str], w: Words) -> bool:
    """Whether the noun phrase after a possessive date (``after``, from its "'s") is followed by a
    sure verb or a past tense, so that it is its clause's subject ("'s quake was", "'s earthquake struck")."""
    words = after[1:] if after[:1] and after[0] in _POSSESSIVE else after
    for k, token in enumerate(words):
        lower = token.lower()
        if k and (lower in w.sure_verbs or lower.endswith(w.past_endings or ("\0",)) and token[:1].islower()):
            return True
        if not token[:1].isalpha() or lower in w.not_noun and lower not in w.sure_verbs:
            return False
    return False


def _baseline(before: list[str], w: Words) -> bool:
    """Whether the expression is what a figure is compared with: after a word of ``baseline`` ("up
    from 2008", "than in 2008"), maybe over ``baseline_filler``, or after an amount (digits and
    ``baseline_amount`` words) that follows one of ``baseline_after_amount`` ("down from 3.89 percent
    last week", "to 200 from 150 on Monday"; not "more than 200 on Monday": an amount, no comparison)."""
    lower = [t.lower() for t in before]
    amount = day = False  # an amount was passed; an "on" before the date ("rose to 200 from 150 on Monday")
    while True:
        if _ends_with(lower, w.baseline) and not amount:
            return True
        if amount and _ends_with(lower, w.baseline_after_amount):
            # a bare "from" before an amount and "on <day>" dates the rise more often than the old figure
            return not (day and lower[-1] in w.baseline_rise and not _ends_with(lower, w.baseline))
        if not lower:
            return False
        if lower[-1][:1].isdigit() or lower[-1] in w.baseline_amount or lower[-1] in ".," and amount:
            amount = True
        elif lower[-1] not in w.baseline_filler:
            return False
        day = day or lower[-1] in w.baseline_day and not amount
        lower = lower[:-1]


def _condition(text: str, e: TimeExpression, w: Words) -> bool:
    """Whether the expression's clause opens with a condition before it ("If this struck today, …",
    "… to meet demand if a pandemic broke out today"): a word of ``[dependent]`` ``conditions`` among
    the words since the last punctuation (at most ``CONDITION_REACH``), not after one of
    ``condition_not_after`` ("as if": a manner; "not clear if": a question), or a word of
    ``opening_conditions`` opening its clause at the sentence's start or after a comma (Swedish "om":
    a condition there, mostly "about" elsewhere)."""
    start = max(0, e.start - 2 * WINDOW)
    before = _TOKEN.findall(text[start:e.start])
    clause: list[str] = []
    opened = False  # the clause opens the sentence or follows a comma
    for token in reversed(before):
        if len(clause) == CONDITION_REACH:
            break
        if not token[0].isalnum() and token not in _POSSESSIVE:
            opened = token in _CLAUSE_OPENERS
            break
        clause.append(token.lower())
    else:
        opened = start == 0 and len(clause) < CONDITION_REACH
    clause.reverse()
    if opened and clause and clause[0] in w.opening_conditions:
        return True
    return any(t in w.conditions and (k == 0 or clause[k - 1] not in w.condition_not_after)
               for k, t in enumerate(clause))


def says(mention: Mention) -> bool:
    """Whether ``mention`` dates a saying rather than the act said ("the agency said on Sunday",
    "said Friday that …", "told a news briefing on Saturday", "in a statement on Tuesday", "on
    Friday said"): the words of ``[dependent]`` ``saying_link`` and ``saying_noun`` and
    ``[headline]`` ``speech``, right beside the expression."""
    w = words(mention.article.language or "")
    if not w.speech:
        return False
    e, text = mention.expression, mention.article.text
    before = _TOKEN.findall(text[max(0, e.start - WINDOW):e.start])[-WINDOW_WORDS:]
    after = _TOKEN.findall(text[e.end:e.end + WINDOW])[:2]
    if _possessive(e.text, after):
        return False  # "said Wednesday's tremor was …": the date is the tremor's
    while before and before[-1] in w.saying_link:
        before.pop()
    # lower case: a verb or a noun, not a name ("the United States in 1994")
    if before and before[-1] in w.speech:
        return True
    # a noun of saying in its own phrase ("in a statement on", "told a briefing on"), not an object
    # ("adopting the first joint statement in September")
    if before and before[-1] in w.saying_noun and any(t.lower() in w.saying_link or t in w.speech for t in before[-4:-1]):
        return True
    return bool(after) and after[0] in w.speech  # "on Friday said": lower case, a verb


def dated_noun(mention: Mention) -> str | None:
    """The lower-case noun the mention's date qualifies, when written as a possessive date ("Tuesday's
    earthquake") or a possessed noun linked to it by one of [headline] ``dated_noun_link`` ("his
    death on Thursday", "the singer's death on 25 June": not "announcing the concert on Monday",
    where the date is the verb's), else None."""
    w = words(mention.article.language or "")
    if not w.attributive:
        return None
    e, text = mention.expression, mention.article.text
    after = _TOKEN.findall(text[e.end:e.end + WINDOW])[:NOUN_RUN + 1]
    if _possessive(e.text, after):
        run: list[str] = []
        for token in after[1:] if after[:1] and after[0] in _POSSESSIVE else after:
            # the phrase's head is its last noun ("today's swine flu outbreak"), before a verb
            # form ("Tuesday's earthquake killed", "… earthquake measuring 7.0"; not "devastating" first)
            if not _is_noun(token, w, capital_too=False) or run and token.endswith(w.verb_forms):
                break
            run.append(token)
        return run[-1] if run else None
    before = _TOKEN.findall(text[max(0, e.start - WINDOW):e.start])[-3:]
    owner = before[0].lower() if before else ""
    if len(before) == 3 and before[2].lower() in w.noun_link and _is_noun(before[1], w, capital_too=False) \
            and (owner in w.owners or owner in _POSSESSIVE or owner.endswith(("'s", "’s"))):
        return before[1]
    return None


def role(mention: Mention) -> str | None:
    """Whether ``mention`` dates no happening of its own: ``BOUNDARY``, ``MODIFIER``, ``BASELINE``,
    ``CONDITION``, ``COMPARISON`` (:mod:`.compared`), ``NO_ACT``, or None for a mention that dates its clause's act."""
    if mention.prepared is not None:  # worked out where the article was extracted (``prepared``)
        return mention.prepared.role
    e, text, language = mention.expression, mention.article.text, mention.article.language or ""
    found = _role(text, language, e) or side_role(text, language, e, mention.article.published)  # a plan's, …
    if found is None and actless(mention.sentence, not text[mention.sentence_start:e.start].strip(),
                                 text[e.end:e.end + 4], language):
        return NO_ACT
    return found


@lru_cache(maxsize=1 << 15)  # asked of each mention by the merge, its evidence, its event and its summary
def _role(text: str, language: str, e: TimeExpression) -> str | None:
    w = words(language)
    if not w.attributive and not w.boundary:
        return None
    before = _TOKEN.findall(text[max(0, e.start - WINDOW):e.start])[-WINDOW_WORDS:]
    after = _TOKEN.findall(text[e.end:e.end + WINDOW])[:3]
    if _possessive(e.text, after):
        return _possessive_role(before, _TOKEN.findall(text[e.end:e.end + WINDOW])[:NOUN_RUN + 2], w)
    if e.type != TIME and _boundary(before, after, w):
        return BOUNDARY
    if _baseline(before, w):
        return BASELINE
    if compared(text, language, e):  # "as severe as the pandemic of 1918": what the act is measured against
        return COMPARISON
    if e.type != TIME and reached_by_boundary(text, language, e):  # "since the start of the outbreak in April"
        return MODIFIER
    if _modifier(e.text, before, after, w) or _era_of_a_noun(e, before, after, w):
        return MODIFIER
    if _condition(text, e, w):
        return CONDITION
    return None
