"""A date that belongs to a side part of its sentence: a plan, a product's season, a remark reacted to, a baseline.

The main clause a headline would tell happened on another day than these dates say:

- a plan called off or moved ("Closing arguments, due to commence on 24 March, will now begin on 9 May",
  "elections due to be held on 28 February will be postponed", "postponed the vote scheduled for 3 May"):
  the old date is no day of the postponement, and the planned act did not happen then. A word of
  ``plan_cues`` stands shortly before the date, and one of ``called_off`` after it in the sentence or before
  the cue in its clause;
- a noun's plan set after it ("fears for the school tests, due to be taken by 60,000 pupils next week";
  "students due to take exams this week"): "due to" after a noun or a comma, then one of ``due_verbs``
  (not "called off due to snow": a cause). The fears are now; the tests are the plan's;
- a season a product is for ("making winter fuel for the southern towns this autumn", "vaccine for the
  town's next winter"): a season right after "for" and a noun phrase, no preposition of its own. The making
  is under way now;
- an aim in a subordinate clause whose subject is a pronoun ("… cut 300 jobs as it prepares to close the
  yard in 2012"): a word of ``plan_verbs`` and "to" after a subordinator and a pronoun. The job cuts are
  not of 2012, and "it prepares" names no one a headline could tell;
- a remark reacted to ("an apology for the remarks made in September"): after one of
  ``reaction_links``, a noun of ``remark_nouns`` with a participle, or, for a month or coarser, without
  one. The apology is not of September;
- a happening supposed, after one of ``hypothetical`` in the date's clause ("vowing to act in the event of a
  fall in prices during winter"): no act of that time is told;
- a restrictive clause of "that" in a subject ("a member of the party that travelled to Norway April 16 came
  down with a fever"): the journey's date, not the fever's (:func:`_that_relative`);
- a figure compared with, far from its comparison word ("up from 10.5 billion crowns in 1995", "down
  from a revised estimate of 69 billion in August"): one of ``far_baseline`` with an amount after it,
  and only noun words (units, places, "late") up to the date (``dependent``'s shorter reading stops six
  words back).

Such a mention joins an event others found but makes none alone (``dependent.role``). The words are the
resource's ``[side_part]`` table; :mod:`.relative_dated` reads relative clauses likewise, and
:mod:`.reduced_relative` a participle after its object noun ("gone back to a review ordered six years ago")
or a perfect participle (", having hit a low at the start of April"), and :mod:`.occasion` an occasion
looked toward ("fell because of uncertainty surrounding a general election on May 1"), and :mod:`.side_nouns` a
reason judged, a forecast's period or a noun in the subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..temporal import Granularity, TimeExpression
from ..temporal.grammar import word_list
from .anchor_phrase import anchors_main_act
from .asked import ASKED, asked
from .compared import TOKEN, phrase_set, words as compared_words
from .due_noun import due_noun
from .fronted_basis import in_basis_or_relative
from .purpose_ahead import aim_ahead
from .figure_baseline import compared_figure
from .headline import verb_like
from .headline_words import Lexicon, lexicon, resource_table
from .news_day import names_news_day
from .occasion import for_occasion_ahead
from .reduced_relative import after_perfect_participle, in_reduced_relative, words as reduced_words
from .relative_dated import dates_relative_act
from .side_nouns import dates_side_noun

__all__ = ["side_role"]

MODIFIER, BASELINE = "modifier", "baseline"  # as ``dependent``'s (which imports this module)
#: words looked back from an expression within its clause
REACH = 16
#: at most this many words between a plan's cue and its date ("due to be taken by 60,000 pupils")
PLAN_WORDS = 8
#: at most this many words between "for" and a season ("for the northern hemisphere")
SEASON_WORDS = 6
_CLAUSE_MARKS = frozenset(",;:()\"“”«»—–`")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
#: a date at least this many days before the news is far from any act it reports in the past tense
FAR_DAYS = 300
_IS = ("'s", "’s")
_COARSE = (Granularity.MONTH, Granularity.QUARTER, Granularity.HALF, Granularity.SEASON, Granularity.YEAR)


@dataclass(frozen=True)
class Words:
    """The ``[side_part]`` words of one language (phrases as tuples of lower-case tokens)."""

    plan_cues: frozenset[tuple[str, ...]] = frozenset()
    called_off: frozenset[tuple[str, ...]] = frozenset()
    due: tuple[str, ...] = ()
    due_verbs: frozenset[str] = frozenset()
    season_link: frozenset[str] = frozenset()
    plan_verbs: frozenset[str] = frozenset()
    reaction_links: frozenset[str] = frozenset()
    remark_nouns: frozenset[str] = frozenset()
    remark_participles: frozenset[str] = frozenset()
    far_baseline: frozenset[tuple[str, ...]] = frozenset()
    span_open: frozenset[str] = frozenset()
    relative_that: frozenset[str] = frozenset()
    present_verbs: frozenset[str] = frozenset()
    plan_kept: frozenset[str] = frozenset()
    reaction_verbs: frozenset[str] = frozenset()
    past_modals: frozenset[str] = frozenset()
    sequence_links: frozenset[str] = frozenset()
    hypothetical: frozenset[tuple[str, ...]] = frozenset()
    begin_verbs: frozenset[str] = frozenset()
    noun_after: frozenset[str] = frozenset()  # prepositions a noun stands after ([reduced_relative])
    adverbs: frozenset[str] = frozenset()  # adverbs before a verb ([reduced_relative] between: "that already shrank")
    lex: Lexicon | None = None


@lru_cache(maxsize=None)
def words(language: str) -> Words:
    """The words of ``language``; none (no side part is read) for a language without them."""
    table = resource_table(language, "side_part")
    if not table:
        return Words()

    def phrases(name: str) -> frozenset[tuple[str, ...]]:
        return phrase_set(table, name)

    def listed(name: str) -> frozenset[str]:
        return frozenset(word_list(table, name))

    return Words(plan_cues=phrases("plan_cues"), called_off=phrases("called_off"),
                 due=tuple(TOKEN.findall(" ".join(word_list(table, "due")).lower())), due_verbs=listed("due_verbs"),
                 season_link=listed("season_link"), plan_verbs=listed("plan_verbs"),
                 reaction_links=listed("reaction_links"), remark_nouns=listed("remark_nouns"),
                 remark_participles=listed("remark_participles"), far_baseline=phrases("far_baseline"),
                 span_open=listed("span_open"), relative_that=listed("relative_that"), present_verbs=listed("present_verbs"),
                 plan_kept=listed("plan_kept"), reaction_verbs=listed("reaction_verbs"),
                 past_modals=listed("past_modals"), sequence_links=listed("sequence_links"),
                 hypothetical=phrases("hypothetical"), begin_verbs=listed("begin_verbs"),
                 noun_after=reduced_words(language).noun_after, adverbs=reduced_words(language).between,
                 lex=lexicon(language))


def _clause_before(text: str, e: TimeExpression) -> tuple[list[str], bool]:
    """The tokens of the expression's clause before it (at most ``REACH``), lower case, and whether a
    comma (not a sentence's start) opens that clause."""
    tokens = TOKEN.findall(text[max(0, e.start - 12 * REACH):e.start])
    clause: list[str] = []
    for token in reversed(tokens):
        if token in _CLAUSE_MARKS or token in ".!?" or len(clause) == REACH:
            clause.reverse()
            return [t.lower() for t in clause], token == ","
        clause.append(token)
    clause.reverse()
    return [t.lower() for t in clause], False


def _sentence_after(text: str, e: TimeExpression) -> list[str]:
    """The lower-case tokens of the expression's sentence after it."""
    rest = text[e.end:e.end + 400]
    end = _SENTENCE_END.search(rest)
    return [t.lower() for t in TOKEN.findall(rest[:end.start() if end else len(rest)])]


def _find(tokens: list[str], phrase: tuple[str, ...], start: int = 0) -> int:
    """Where ``phrase`` last occurs in ``tokens`` from ``start``, or -1."""
    n = len(phrase)
    return max((k for k in range(start, len(tokens) - n + 1) if tuple(tokens[k:k + n]) == phrase), default=-1)


def _holds(tokens: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    return any(_find(tokens, p) >= 0 for p in phrases)


def _cancelled_plan(clause: list[str], after: list[str], w: Words) -> bool:
    """A plan's date ("due to commence on", "initially scheduled for") with a word of ``called_off`` later in
    the sentence ("will now begin", "will be postponed") or before it in its clause ("postponed the vote
    scheduled for"): the old date of a plan called off or moved."""
    cue = max([_find(clause, p) for p in w.plan_cues] + [_due_at(clause, w)])
    if cue < 0 or len(clause) - cue > PLAN_WORDS or cue > 0 and clause[cue - 1] in w.plan_kept:
        return False  # "lifted off as scheduled on Monday": the plan kept, its day the act's
    # before the cue only when the plan's date follows it ("the vote scheduled for"; not "scrapped a scheduled
    # news conference Friday": the scrapping's day as often)
    linked = cue + 1 < len(clause) and (clause[cue + 1] in w.lex.dated_noun_link or clause[cue + 1] in w.season_link)
    return _holds(after, w.called_off) or linked and _holds(clause[:cue], w.called_off)


def _due_at(clause: list[str], w: Words) -> int:
    """Where "due to" and one of ``due_verbs`` last stand in ``clause`` ("due to be held"; not "due to snow"), or -1."""
    at = _find(clause, w.due) if w.due else -1
    return at if 0 <= at < len(clause) - len(w.due) and clause[at + len(w.due)] in w.due_verbs else -1


def _noun_plan(clause: list[str], comma: bool, w: Words) -> bool:
    """A date in "due to <verb> …" set after a noun or opening a clause after a comma (", due to be taken by
    … next week", "students due to take exams this week"), not a predicate ("is due to begin") nor a cause
    ("called off due to snow")."""
    lex = w.lex
    at = _due_at(clause, w)
    if at < 0 or len(clause) - at > PLAN_WORDS:
        return False
    if at == 0:
        return comma
    before = clause[at - 1]
    # a plural after a determiner or a preposition is a noun, not a verb in "-s" ("concern to students due to take")
    led = at >= 2 and (clause[at - 2] in lex.determiners or clause[at - 2] in w.noun_after)
    return (before.isalpha() and before not in lex.auxiliaries and before not in w.plan_verbs
            and (led or not verb_like(before, lex)) and before not in lex.not_subject)


def _season_for(clause: list[str], e: TimeExpression, w: Words) -> bool:
    """A season right after "for" and a noun phrase ("vaccine for the northern hemisphere this autumn"):
    the season the thing is for, not a time of the clause's act."""
    if e.granularity != Granularity.SEASON or not clause:
        return False
    lex = w.lex
    at = max((k for k, t in enumerate(clause) if t in w.season_link), default=-1)
    phrase = clause[at + 1:]
    return (at >= 0 and 0 < len(phrase) <= SEASON_WORDS and phrase[-1] not in lex.dated_noun_link
            and not any(t in lex.verbs or t in lex.auxiliaries or t in lex.subordinators or t in lex.relative
                        for t in phrase))  # no clause ("verb_like" reads "towns" as a verb)


def _aim_of_pronoun(clause: list[str], w: Words) -> bool:
    """A date in "as it prepares to …": a subordinator, a pronoun, a word of ``plan_verbs``, "to"."""
    lex = w.lex
    for k in range(len(clause) - 4, -1, -1):
        if (clause[k] in lex.subordinators and clause[k + 1] in lex.pronouns and clause[k + 2] in w.plan_verbs
                and clause[k + 3] in lex.infinitive):
            return True
    return False


def _remark_reacted_to(clause: list[str], e: TimeExpression, w: Words) -> bool:
    """A date of a remark reacted to ("an apology for the remarks made in September", "anger over the
    comments in May"): not the reaction's day. Without a participle only a month or coarser ("apologised
    for the remarks on Monday" dates the apology as often)."""
    lex = w.lex
    if len(clause) < 4 or clause[-1] not in lex.dated_noun_link:
        return False
    k = len(clause) - 2
    made = clause[k] in w.remark_participles
    k -= made
    if k < 2 or clause[k] not in w.remark_nouns or not (made or e.granularity in _COARSE):
        return False
    k -= 1
    if clause[k] in lex.determiners or clause[k] in lex.possessive_pronouns:
        k -= 1
    return k >= 0 and clause[k] in w.reaction_links


def _far_baseline(clause: list[str], w: Words, language: str) -> bool:
    """A figure compared with, its amount and noun words between the comparison and the date ("up from 10.5
    billion crowns in", "down from a revised estimate of 69 billion in"): an amount near the cue, no
    auxiliary, subordinator, relative word or verb of saying (which would open a clause of its own)."""
    lex, amounts = w.lex, compared_words(language).amounts  # "up from two million", a spelled amount too
    for cue in w.far_baseline:
        at = _find(clause, cue)
        if at < 0:
            continue
        rest = clause[at + len(cue):]
        if rest and rest[-1] in w.span_open:
            continue  # "compared to 4 percent for the economy from [1995 to 2003]": a span both figures share
        amount = next((k for k, t in enumerate(rest) if t[:1].isdigit() or t in amounts), -1)
        if 0 <= amount <= 5 and not any(t in lex.auxiliaries or t in lex.subordinators or t in lex.relative
                                        or t in lex.speech for t in rest):
            return True
    return False


def _that_relative(text: str, e: TimeExpression, clause: list[str], w: Words, published: date | None,
                   language: str, comma: bool = False) -> bool:
    """A date in a restrictive clause opened by a word of ``relative_that`` after a noun, with a past verb right
    after it (an adverb may come first: "an economy that already shrank"; a past auxiliary: "a bloc that was
    formed") and no verb of its own after that: the clause's act, not its sentence's main act, when

    - the clause is in a subject whose verb comes after the date, and that verb is a present one of
      ``present_verbs`` ("the fire that raged on Monday has killed 18"), or the subject is in a reported clause
      ("announced that a member of the party that travelled … April 16 came down with a fever"), or the date is
      ``FAR_DAYS`` or more before the news ("the culture of secrecy that persisted ten years ago was addressed");
      a past verb near the news tells the same day as often ("the blast that struck on 24 October left 11
      dead"), a verb of saying as well ("a report that appeared on Monday said …");
    - the noun follows its clause's verb group and that opens with no past form (:func:`_not_past`: "the toll
      is in stark contrast to the quake that struck Chile in February", "it's the studio that hosted the band in
      1984", "may revive peacemaking that collapsed six years ago"): the state told is now or to come; or its
      verb is a reaction of ``reaction_verbs`` ("condemned the attack that took place on Saturday"), or the
      noun follows one of ``sequence_links`` ("was expelled following two accidents that left 21 dead in
      October"): the main act came after. After another past verb the two acts are often one ("gave him a sedative that caused
      his death in June": the same day), so the noun's date stays, unless the date is far and the sentence
      names a day of its news (:func:`.news_day.names_news_day`: "fled shares on Monday as fears rekindled
      memories of the crisis that caused turmoil six years ago"), or the clause tells a beginning far back, of
      ``begin_verbs`` ("seized during a probe that was launched in 1994"): the main act came within what began;
    - a clause set after a comma opens with a participle in ``-ing`` ("…, hurting an economy that already shrank
      in the first quarter"): the participle tells the main act's outcome, now;
    - no verb stands in its clause before or after ("in a change of the trend that prevailed in the 1980s")
      and the date is far."""
    lex = w.lex
    k = max((k for k, t in enumerate(clause) if t in w.relative_that), default=-1)
    if k < 1 or k + 1 >= len(clause):
        return False
    v = k + 1  # the clause's verb, after an adverb ("an economy that already shrank")
    if v + 1 < len(clause) and (clause[v] in w.adverbs or clause[v].endswith(lex.adverb_endings or ("\0",))):
        v += 1
    if clause[v] in lex.past_auxiliaries:  # "a bloc that was formed in 1994", "that had been closed": a past group
        while v + 1 < len(clause) and clause[v] in lex.auxiliaries:
            v += 1
    noun, verb = clause[k - 1], clause[v]
    if (not noun.isalpha() or noun in lex.not_subject or noun in lex.auxiliaries or noun in lex.verbs
            or noun in lex.speech or noun.endswith(lex.object_endings + lex.adverb_endings)):
        return False
    if not (verb in lex.verbs or verb.endswith(lex.object_endings or ("\0",))) or any(
            t in lex.auxiliaries or t in lex.verbs or t in lex.speech or t in lex.relative for t in clause[v + 1:]):
        return False
    far = published is not None and e.interval is not None and (published - e.interval.end).days >= FAR_DAYS
    before = clause[:k - 1]
    opened = max((j for j, t in enumerate(before) if t in w.relative_that or t in lex.subordinators), default=-1)
    main = _verbs_before(before[opened + 1:], w)  # the verbs of the noun's own clause ("announced that | a member")
    own = before[opened + 1:]
    if not main and any(t in w.sequence_links for t in own):
        return True  # "… committee following two accidents that": the clause's verb out of reach, before
    if not main and comma and opened < 0 and own[:1] and own[0].endswith(lex.participle_endings or ("\0",)):
        return True  # ", hurting an economy that already shrank … in the first quarter": the hurt is now
    if (main and v > k + 1 and clause[k + 1] in lex.past_auxiliaries and own[main[-1]] in w.present_verbs
            and own[main[-1] + 1:main[-1] + 2] and own[main[-1] + 1] in lex.determiners):
        return False  # "COMESA is a bloc that was formed in 1994": a definition, whose one act is the forming
    if main:
        # a far date after a past verb whose sentence names its own day ("fled shares on Monday as fears
        # rekindled memories of the crisis that caused turmoil six years ago"): the two acts are apart
        return (_not_past(own, main, w) or own[main[0]] in w.reaction_verbs
                or any(t in w.sequence_links for t in own[main[-1] + 1:])  # "was expelled following accidents that"
                or far and (names_news_day(text, e.start, language) or verb in w.begin_verbs))
    after = TOKEN.findall(text[e.end:e.end + 12 * REACH])[:REACH]
    for at, token in enumerate(after):
        word = token.lower()
        if token in _CLAUSE_MARKS or token in ".!?" or word in lex.speech:
            return far and word not in lex.speech
        if token[:1].islower() and (word in lex.auxiliaries or word in lex.verbs
                                    or word.endswith(lex.object_endings or ("\0",)) and verb_like(word, lex)):
            if (v > k + 1 and clause[k + 1] in lex.past_auxiliaries and word in w.present_verbs
                    and after[at + 1:at + 2] and after[at + 1].lower() in lex.determiners):
                return False  # "The deal that was signed on Monday is a milestone": a judgement, the signing the act
            # a past main verb may tell the same day ("the team that arrived on Thursday pulled out five"): only a
            # present one ("has risen"), a subject inside a reported clause ("announced that a member of …"), or a
            # date far from the news
            return word in w.present_verbs or any(t in w.relative_that for t in clause[:k - 1]) or far
    return far


def _verbs_before(before: list[str], w: Words) -> list[int]:
    """Where verbs of the clause stand in ``before`` (the words before a relative clause's noun): auxiliaries,
    words of ``verbs``, past forms that read as verbs, a pronoun's "'s" ("it's")."""
    lex = w.lex
    return [j for j, t in enumerate(before)
            if t in lex.auxiliaries or t in lex.verbs or t in w.reaction_verbs or _pronoun_is(before, j, w)
            or t.endswith(lex.object_endings or ("\0",)) and verb_like(t, lex)
            and not (j and (before[j - 1] in lex.determiners or before[j - 1] in lex.possessive_pronouns))]


def _pronoun_is(tokens: list[str], j: int, w: Words) -> bool:
    """Whether ``tokens[j]`` is "'s" after a pronoun ("it 's", "it's"): the present "is", no possessive."""
    t = tokens[j]
    if t in _IS:
        return j > 0 and tokens[j - 1] in w.lex.pronouns
    return any(t.endswith(s) and t[:-len(s)] in w.lex.pronouns for s in _IS)


def _not_past(tokens: list[str], verbs: list[int], w: Words) -> bool:
    """Whether the verb group ending at the last of ``verbs`` (indices in ``tokens``, at most two words apart)
    opens with no past form: "is proposing", "has won", "may facilitate" (not "gave", "was hit", "had pulled",
    nor one of ``past_modals``: "could not recover from the bleeding that developed last night")."""
    lex = w.lex
    k = len(verbs) - 1
    while k and verbs[k] - verbs[k - 1] <= 2:
        k -= 1
    first = tokens[verbs[k]]
    return not (first in lex.verbs or first in lex.past_auxiliaries or first in w.past_modals
                or first.endswith(lex.object_endings or ("\0",)) and not _pronoun_is(tokens, verbs[k], w))


def _writing_year(e: TimeExpression, published: date | None) -> bool:
    """Whether the expression is the year of the news ("in the event of a second wave later this year"): the
    warning told is of that year too, so the year dates it right."""
    return (published is not None and e.granularity == Granularity.YEAR and e.interval is not None
            and e.interval.start <= published <= e.interval.end)


@lru_cache(maxsize=1 << 15)
def side_role(text: str, language: str, e: TimeExpression, published: date | None = None) -> str | None:
    """``MODIFIER`` or ``BASELINE`` when the expression dates a side part of its sentence (see the module, and
    :mod:`.relative_dated`), ``ASKED`` in a question (:mod:`.asked`), else None; ``published``: how far back a date is."""
    if asked(text, language, e):
        return ASKED
    if (dates_relative_act(text, language, e) or in_reduced_relative(text, language, e, published)
            or after_perfect_participle(text, language, e) or for_occasion_ahead(text, language, e, published)
            or dates_side_noun(text, language, e, published) or due_noun(text, language, e)
            or in_basis_or_relative(text, language, e, published) or aim_ahead(text, language, e, published)
            or anchors_main_act(text, language, e, published)):
        return MODIFIER
    w = words(language)
    if w.lex is None:
        return None
    clause, comma = _clause_before(text, e)
    if _far_baseline(clause, w, language) or compared_figure(text, language, e, published):  # "from a year earlier"
        return BASELINE
    if (_cancelled_plan(clause, _sentence_after(text, e), w) or _noun_plan(clause, comma, w)
            or _season_for(clause, e, w) or _aim_of_pronoun(clause, w) or _remark_reacted_to(clause, e, w)
            or _holds(clause, w.hypothetical) and not _writing_year(e, published)  # "in the event of a fall … during winter"
            or _that_relative(text, e, clause, w, published, language, comma)):
        return MODIFIER
    return None
