"""Read the language resources (``resources/<code>.toml``) and parse a grammar from one.

A resource holds word classes (``[words.month]``: phrase -> value), cue words that tell the tense
of a sentence, the words of a sentence about reported figures, words a summary drops, stopwords for
language identification, and rules: regular expressions in which ``{class}`` stands for any phrase
of a word class. (Its ``[sentences]`` and ``[clauses]`` tables are read by
:mod:`timeline.temporal.sentences`; ``[capital] words`` lists the names that are a time only when
capitalised, ``[dates] numeric_first`` whether "5/4" is May 4 or 5 April.) Each rule's ``kind``
names the resolver that gives it its meaning (``resolvers/``); the caller says which kinds there
are. Nothing here names a language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import AbstractSet, Any, Callable, Iterable, Sequence

from .languages import available_languages
from .lazy_rules import LazyRules
from .leading import leading
from .prefilter import Requirement, first_characters, requirement, skipping
from .runs import apart
from .tables import resource_tables


class GrammarError(ValueError):
    """A resource file that cannot be used."""


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    regex: re.Pattern[str]
    constants: dict[str, Any] = field(default_factory=dict)
    #: groups whose text must start with a capital letter when it is one of the grammar's
    #: ``capital_words`` ("may" is not May, but "friday" is Friday)
    capital: tuple[str, ...] = ()
    #: the word class a group's text is looked up in, when the pattern names one: (?P<unit>{period})
    group_classes: dict[str, str] = field(default_factory=dict)
    #: literals a text must hold for the rule to match anything in it (:mod:`.prefilter`)
    required: Requirement = ()
    #: literals every match of the rule begins with (:mod:`.leading`); None: it may begin anywhere
    opens: frozenset[str] | None = None
    #: for a rule without ``opens``, characters no match reads (:mod:`.runs`); None: unknown
    apart: frozenset[str] | None = None


@dataclass(frozen=True)
class Grammar:
    language: str
    words: dict[str, dict[str, Any]]
    rules: Sequence[Rule]  # compiled when first read (``lazy_rules``)
    future_cues: re.Pattern[str]
    past_cues: re.Pattern[str]
    stopwords: frozenset[str]
    #: the resource's text, so callers can fingerprint what affects results
    source: str
    #: words dropped from a summary right before the expression ("on", "just", "på")
    summary_drop_before: frozenset[str] = frozenset()
    #: words dropped from the start of a summary ("with", "and", "och")
    summary_drop_leading: frozenset[str] = frozenset()
    #: words of a sentence about reported figures ("net income", "a share", "omsättning")
    report_cues: re.Pattern[str] = re.compile(r"(?!x)x")
    #: words naming a reported span longer than a quarter ("nine months", "full year")
    report_year_cues: re.Pattern[str] = re.compile(r"(?!x)x")
    #: words naming a fiscal year ("fiscal year", "räkenskapsåret"): a reporting year is then not a calendar one
    fiscal_cues: re.Pattern[str] | None = None
    #: words naming a quarter as a reported span ("quarter", "kvartalet")
    report_quarter_cues: re.Pattern[str] = re.compile(r"(?!x)x")
    #: future cues that, just before a past form, make it look forward ("will be held"); None: all
    future_auxiliaries: re.Pattern[str] | None = None
    #: words that, just before a past form, leave its tense open ("could be given": a plan as often
    #: as a past possibility)
    open_auxiliaries: re.Pattern[str] | None = None
    #: words opening a reported clause ("that"): a past cue before one is the report's, not the clause's
    complementisers: re.Pattern[str] | None = None
    #: words that put the expression right after them in the past ("since"), matched at its start
    past_prepositions: re.Pattern[str] | None = None
    #: a noun of a happening that is over once named, with its link, right before the expression
    #: ("his death on 25 June"): past, unless the sentence looks ahead
    past_happenings: re.Pattern[str] | None = None
    #: words that put what follows after the clause's time ("ahead of Thursday's election")
    ahead_prepositions: re.Pattern[str] | None = None
    #: words that make what follows the start of a change ("from Monday, shops must close")
    start_prepositions: re.Pattern[str] | None = None
    #: auxiliaries of a passive, matched just before a past form ("to be completed", "was extended")
    passive_auxiliaries: re.Pattern[str] | None = None
    #: a relative clause set off by commas (", who will be taking part,"): its cues are not its sentence's
    relative_clauses: re.Pattern[str] | None = None
    #: places of the southern hemisphere ("Australia"): a bare season set in one is theirs, not placed
    southern_places: re.Pattern[str] | None = None
    #: a southern place as the setting of what follows ("in Australia", "the southern hemisphere")
    southern_settings: re.Pattern[str] | None = None
    #: a word right after a season that sets it in a place named before ("the winter there")
    season_there: re.Pattern[str] | None = None
    #: words right before a year that make it the time its sentence is set in ("in 1918", "in the 1968 epidemic")
    year_leads: re.Pattern[str] | None = None
    #: nouns of a happening right after a year that make it so too ("the 1918 pandemic")
    year_happenings: re.Pattern[str] | None = None
    #: verbs of a background fact ("born", "founded", "was ... minister"): a year in their sentence sets no paragraph
    background_years: re.Pattern[str] | None = None
    #: what alone may join two year-less months into alternatives or one span ("September or October")
    month_joiners: re.Pattern[str] | None = None
    #: what alone may join two year-less months as the ends of one span ("January to October")
    span_month_joiners: re.Pattern[str] | None = None
    #: what may stand before a time that opens its sentence ("In", "But by"): the time the sentence is set in
    narrative_openers: re.Pattern[str] | None = None
    #: verbs of speech or decision whose object is a plan ("said", "chose"): a month after one may lie ahead
    plan_verbs: re.Pattern[str] | None = None
    #: verbs of going on ("continue"): a weekend ahead of them, written on a Sunday, is the one under way
    continuations: re.Pattern[str] | None = None
    #: what ends right before a date that can only lie ahead ("postponed the match to")
    future_targets: re.Pattern[str] | None = None
    #: future cues that look ahead from a past moment after a past cue ("said he would")
    past_futures: re.Pattern[str] | None = None
    #: words that make the expression right after them a limit ("until"): future, unless the
    #: clause's verb after it is a pluperfect (``pluperfect``: "until Thursday, they had not")
    limit_prepositions: re.Pattern[str] | None = None
    #: a sentence break scraped text lost ("local authorities On Saturday"): a capitalised
    #: preposition or conjunction after a lower-case word opens a sentence
    lost_breaks: re.Pattern[str] | None = None
    pluperfect: re.Pattern[str] | None = None
    #: what ends right before the deadline of a pluperfect ("had found 24 bodies by midday"): that
    #: day's own time, not an episode's
    deadline_prepositions: re.Pattern[str] | None = None
    #: a plan told in the pluperfect ("had been due to"): its day may lie either way
    pluperfect_plans: re.Pattern[str] | None = None
    #: a counterfactual ("would have arrived"): a bare weekday after it may lie either way
    counterfactuals: re.Pattern[str] | None = None
    #: names that are a time only when capitalised ("may", "march", "sun"): ``[capital] words``
    capital_words: frozenset[str] = frozenset()
    #: which part of a numeric date such as "5/4" comes first when neither is over 12:
    #: "month" or "day" (``[dates] numeric_first``)
    numeric_first: str = "day"
    #: the ``[furniture]`` table: cues of page furniture, read by ``extraction.furniture``
    furniture: dict[str, Any] = field(default_factory=dict)
    #: every word of every word class, lower case (none of them says what happened)
    class_words: frozenset[str] = frozenset()
    #: a reporting verb ending the text before a day, maybe with one preposition ("said on ")
    report_frame: re.Pattern[str] | None = None

    def lookup(self, word_class: str, phrase: str) -> Any:
        return self.words.get(word_class, {}).get(normalise(phrase))


def normalise(phrase: str) -> str:
    return " ".join(phrase.lower().split())


_CLASS_REF = re.compile(r"\{([a-z_]+)\}")
_GROUP_OF_CLASS = re.compile(r"\(\?P<(\w+)>\{([a-z_]+)\}\)")


def _alternation(phrases: list[str]) -> str:
    """One pattern for any of ``phrases``, the longest that matches tried first ("sept." before
    "sept"); a space matches any run of whitespace. Phrases sharing a beginning share its branch
    (a trie: "sept(?:ember|\\.|)"), so ``re`` tries a few first letters at a position rather than
    every phrase; the longest-first order is kept, as a branch tries its longer endings first."""
    trie: dict[str, Any] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here: tried after every longer phrase through this node
    return "(?:" + _trie_pattern(trie) + ")"


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern finding any of ``phrases`` as whole words, in any case (a space matches any run of
    whitespace), or None for no phrases."""
    phrases = list(phrases)
    if not phrases:
        return None
    return re.compile(r"(?<!\w)" + _alternation(phrases) + r"(?!\w)", re.IGNORECASE)


def _flat_alternation(phrases: list[str]) -> str:
    """What :func:`_alternation` matches, written as one branch per phrase."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + ")"


def _whole_words(body: str) -> str:
    # Not the tail of a grouped or decimal number: "1,500 years ago" is not "500 years ago".
    return r"(?<!\w)(?<!\d[,.\u00a0\u202f])(?:" + body + r")(?!\w)"


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child) if char else ""
                for char, child in sorted(node.items(), key=lambda item: item[0] == "")]
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


#: What a pattern's literal punctuation also matches in tokenised text ("Sept. 3 , 2001",
#: "1653 -LRB- 2153 GMT -RRB-"): a comma between words may follow a space, and a bracket may be
#: written as the Penn Treebank writes it.
_TOKENISED = {",": r"\s?,", r"\(": r"(?:\(|-LRB-\s)", r"\)": r"(?:\)|\s-RRB-)"}


# A pattern's pieces _spaces_to_whitespace looks at: an escaped character, a character class
# (left as it is), a space, a comma before a space or "?".
_PIECE = re.compile(r"\\.|\[(?:\\.|[^\]\\])*(?:\]|\\?\Z)| |,(?=[ ?])", re.DOTALL)


def _spaces_to_whitespace(pattern: str) -> str:
    """Let a space in a pattern match any run of whitespace, a comma before a space or "?" also
    follow a space, and ``\\(``/``\\)`` also match tokenised brackets (none of it inside [...])."""
    def piece(match: re.Match[str]) -> str:
        text = match.group()
        if text == " ":
            return r"\s+"
        return _TOKENISED.get(text, text)  # "," "\\(" "\\)"; any other escape or class as it is

    return _PIECE.sub(piece, pattern)


def _compile_rule(spec: dict[str, Any], words: dict[str, dict[str, Any]], language: str) -> Rule:
    name, kind = spec.get("name", "?"), spec.get("kind")

    def body(alternation: Callable[[list[str]], str]) -> str:
        def expand(match: re.Match[str]) -> str:
            word_class = match.group(1)
            if word_class not in words:
                raise GrammarError(f"{language}: rule {name!r} uses unknown word class {{{word_class}}}")
            return alternation(list(words[word_class]))

        return _spaces_to_whitespace(_CLASS_REF.sub(expand, spec["pattern"]))

    flags = re.IGNORECASE
    # The pattern with flat word classes matches what the one with tries matches; read from it,
    # literals are whole phrases ("easter", not "e" and "aster").
    flat = _whole_words(body(_flat_alternation))
    first = first_characters(flat, flags)
    try:
        # Tested first, this lookahead turns most positions away before the pattern's alternations are
        # tried; compiled by prefilter.skipping, re's search loop passes over the other characters in C.
        pattern = _whole_words(body(_alternation))
        regex = re.compile(pattern, flags) if first is None else skipping(f"(?={first})" + pattern, flags, first)
    except re.error as error:
        raise GrammarError(f"{language}: rule {name!r}: bad pattern: {error}") from None
    required, opens = requirement(flat, flags), leading(flat, flags)
    constants = {k: v for k, v in spec.items() if k not in {"name", "kind", "pattern", "capital"}}
    group_classes = dict(_GROUP_OF_CLASS.findall(spec["pattern"]))
    return Rule(name, kind, regex, constants, tuple(spec.get("capital", ())), group_classes, required,
                opens, None if opens else apart(flat, flags))


def _cue_pattern(cues: list[str], extra: str | None) -> re.Pattern[str]:
    parts = [_alternation(cues)] if cues else []
    if extra:
        parts.append(f"(?:{extra})")
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def parse_grammar(text: str, language: str, kinds: AbstractSet[str]) -> Grammar:
    """The grammar in resource ``text``; a rule whose kind is not one of ``kinds`` is an error."""
    data = resource_tables(text)
    words = {name: {normalise(k): v for k, v in table.items()} for name, table in data.get("words", {}).items()}
    if "number" in words:
        words["number"] = _with_compounds(words["number"], data.get("numbers", {}).get("compound_separators", []))
    specs = data.get("rules", [])
    for spec in (s for s in specs if s.get("kind") not in kinds):  # refused at once, the rules compiled when first read
        raise GrammarError(f"{language}: rule {spec.get('name', '?')!r} has unknown kind {spec.get('kind')!r}")
    rules = LazyRules(lambda: tuple(_compile_rule(spec, words, language) for spec in specs))
    cues, reporting = data.get("cues", {}), data.get("reporting", {})
    return Grammar(
        language=language,
        words=words,
        rules=rules,
        future_cues=_cue_pattern(cues.get("future", []), _with_article_guard(cues.get("future_pattern"), cues)),
        past_cues=_cue_pattern(cues.get("past", []), cues.get("past_pattern")),
        stopwords=frozenset(normalise(w) for w in data.get("stopwords", {}).get("words", [])),
        source=text,
        summary_drop_before=frozenset(normalise(w) for w in data.get("summary", {}).get("drop_before", [])),
        summary_drop_leading=frozenset(normalise(w) for w in data.get("summary", {}).get("drop_leading", [])),
        report_cues=_cue_pattern(reporting.get("cues", []), None),
        report_year_cues=_cue_pattern(reporting.get("year_spans", []), None),
        report_quarter_cues=_cue_pattern(reporting.get("quarter_spans", []), None),
        fiscal_cues=_cue_pattern(reporting["fiscal_years"], None) if "fiscal_years" in reporting else None,
        future_auxiliaries=_cue_pattern(cues["future_auxiliaries"], cues.get("future_auxiliary_pattern")) if "future_auxiliaries" in cues else None,
        open_auxiliaries=_cue_pattern([], cues["open_auxiliary_pattern"]) if "open_auxiliary_pattern" in cues else None,
        complementisers=_cue_pattern(cues["complementisers"], None) if "complementisers" in cues else None,
        past_prepositions=re.compile(r"(?<!\w)(?:" + cues["past_prepositions"] + r")\s+$", re.IGNORECASE)
        if "past_prepositions" in cues else None,
        past_happenings=re.compile(r"(?<!\w)(?:" + cues["past_happening_pattern"] + r")\s+$", re.IGNORECASE)
        if "past_happening_pattern" in cues else None,
        ahead_prepositions=re.compile(r"(?<!\w)(?:" + cues["ahead_prepositions"] + r")\s+$", re.IGNORECASE)
        if "ahead_prepositions" in cues else None,
        start_prepositions=re.compile(r"(?<!\w)(?:" + cues["start_prepositions"] + r")\s+$", re.IGNORECASE)
        if "start_prepositions" in cues else None,
        passive_auxiliaries=re.compile(r"(?<!\w)(?:" + cues["passive_auxiliary_pattern"] + r")\s+(?:\w+\s+)?$", re.IGNORECASE)
        if "passive_auxiliary_pattern" in cues else None,
        relative_clauses=re.compile(r",\s*" + _cue_pattern(cues["relative_clause_pronouns"], None).pattern + r"[^,.;:!?]*,", re.IGNORECASE)
        if "relative_clause_pronouns" in cues else None,
        southern_places=_cue_pattern([], cues["southern_place_pattern"]) if "southern_place_pattern" in cues else None,
        southern_settings=_cue_pattern([], cues["southern_setting_pattern"].replace("{place}", cues["southern_place_pattern"]))
        if "southern_setting_pattern" in cues else None,
        season_there=re.compile(r"\s+" + _cue_pattern(cues["season_there"], None).pattern, re.IGNORECASE)
        if "season_there" in cues else None,
        year_leads=re.compile(r"(?<!\w)(?:" + cues["year_lead_pattern"] + r")\s+$", re.IGNORECASE)
        if "year_lead_pattern" in cues else None,
        month_joiners=re.compile(r"\s*(?:" + cues["month_joiner_pattern"] + r")\s*", re.IGNORECASE)
        if "month_joiner_pattern" in cues else None,
        span_month_joiners=re.compile(r"\s*(?:" + cues["span_month_joiner_pattern"] + r")\s*", re.IGNORECASE)
        if "span_month_joiner_pattern" in cues else None,
        narrative_openers=re.compile(r"(?:" + cues["narrative_opener_pattern"] + r")", re.IGNORECASE)
        if "narrative_opener_pattern" in cues else None,
        year_happenings=re.compile(r"\s+" + _cue_pattern(cues["year_happenings"], None).pattern, re.IGNORECASE)
        if "year_happenings" in cues else None,
        background_years=_cue_pattern(cues.get("background_year_verbs", []), cues.get("background_year_pattern")),
        plan_verbs=_cue_pattern(cues["plan_verbs"], None) if "plan_verbs" in cues else None,
        continuations=_cue_pattern([], cues["continuation_pattern"]) if "continuation_pattern" in cues else None,
        future_targets=_cue_pattern([], cues["future_target_pattern"]) if "future_target_pattern" in cues else None,
        past_futures=_cue_pattern(cues["past_future"], None) if "past_future" in cues else None,
        limit_prepositions=re.compile(r"(?<!\w)(?:" + cues["limit_prepositions"] + r")\s+$", re.IGNORECASE)
        if "limit_prepositions" in cues else None,
        lost_breaks=re.compile(r"(?<=[a-z] )(?:" + cues["lost_break_pattern"] + r")\s")
        if "lost_break_pattern" in cues else None,
        pluperfect=_cue_pattern(cues["pluperfect"], None) if "pluperfect" in cues else None,
        deadline_prepositions=re.compile(r"(?<!\w)(?:" + cues["deadline_prepositions"] + r")\s+$", re.IGNORECASE)
        if "deadline_prepositions" in cues else None,
        pluperfect_plans=_cue_pattern([], cues["pluperfect_plan_pattern"]) if "pluperfect_plan_pattern" in cues else None,
        counterfactuals=_cue_pattern([], cues["counterfactual_pattern"]) if "counterfactual_pattern" in cues else None,
        capital_words=frozenset(normalise(w) for w in data.get("capital", {}).get("words", [])),
        numeric_first=_numeric_first(data, language),
        furniture=data.get("furniture", {}),
        class_words=frozenset(w for table in words.values() for phrase in table for w in phrase.lower().split()),
        report_frame=_report_frame(words.get("reporting_verb", {}), words.get("report_frame_adverb", {})),
    )


def _report_frame(verbs: dict[str, Any], adverbs: dict[str, Any]) -> re.Pattern[str] | None:
    """A reporting verb at the end of a text, then perhaps an adverb of the day's time ("said
    earlier", "said late") and one short word ("said on", "said late on")."""
    pattern, adverb = phrase_pattern(verbs), phrase_pattern(adverbs)
    between = "" if adverb is None else r"(?:\s+" + adverb.pattern + ")?"
    return None if pattern is None else re.compile(pattern.pattern + between + r"(?:\s+\w{2,3})?\s*$", re.IGNORECASE)


def _with_compounds(numbers: dict[str, Any], separators: list[str]) -> dict[str, Any]:
    """``numbers`` with each ten joined to each unit by each of ``separators`` ("twenty-four" = 24);
    units of one or two letters are left out ("twenty a day" is no 21)."""
    def whole(value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool)

    tens = {w: v for w, v in numbers.items() if whole(v) and 20 <= v <= 90 and v % 10 == 0}
    units = {w: v for w, v in numbers.items() if whole(v) and 1 <= v <= 9 and len(w) > 2}
    compounds = {normalise(ten + separator + unit): tens[ten] + units[unit]
                 for ten in tens for unit in units for separator in separators}
    return {**compounds, **numbers}


def _with_article_guard(pattern: str | None, cues: dict[str, Any], letters: int = 16) -> str | None:
    """``pattern``'s ``{not_after_article_and_word}`` as lookbehinds failing after an article of ``cues["singular_articles"]``
    and a word of up to ``letters`` letters ("a slow start" is a noun): one per word length, as :mod:`re` requires."""
    if pattern is None or "{not_after_article_and_word}" not in pattern:
        return pattern
    guards = "".join(rf"(?<!\b{re.escape(article)}\s[\w'-]{{{n}}}\s)"
                     for article in cues.get("singular_articles", []) for n in range(1, letters + 1))
    return pattern.replace("{not_after_article_and_word}", guards)


def _numeric_first(data: dict[str, Any], language: str) -> str:
    first = data.get("dates", {}).get("numeric_first", "day")
    if first not in ("day", "month"):
        raise GrammarError(f"{language}: [dates] numeric_first must be \"day\" or \"month\", not {first!r}")
    return first


@lru_cache(maxsize=None)
def resource_data(language: str) -> dict[str, Any]:
    """The parsed resource file of ``language``, read once per process (shared: never change it)."""
    return resource_tables(resource_text(language))


def word_list(table: dict[str, Any], name: str) -> list[str]:
    """The words listed under ``name`` in a resource ``table``, normalised; none when absent."""
    found = table.get(name, [])
    return [normalise(w) for w in found if isinstance(w, str) and w] if isinstance(found, list) else []


@lru_cache(maxsize=None)
def resource_text(language: str) -> str:
    """The text of the resource file of ``language`` (an ISO 639-1 code such as "en" or "sv")."""
    if language not in available_languages():
        raise GrammarError(f"no grammar for language {language!r} (have: {', '.join(available_languages())})")
    return (resources.files("timeline.temporal") / "resources" / f"{language}.toml").read_text("utf-8")
