"""The words a headline is read by: the ``[headline]`` table of a language's resource.

See the comments of ``[headline]`` in ``timeline/temporal/resources/en.toml`` for what each list
is for; ``conjunctions`` come from ``[clauses]`` and ``drop_before`` from ``[summary]``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from ..temporal.grammar import GrammarError, normalise, resource_data, word_list



@dataclass(frozen=True)
class Lexicon:
    """The ``[headline]`` words of one language (see the resources), with its conjunctions and stopwords."""

    not_subject: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()
    leading: frozenset[str] = frozenset()
    dangling: frozenset[str] = frozenset()
    cut_before: frozenset[str] = frozenset()
    cut_after_noun: frozenset[str] = frozenset()
    range: frozenset[str] = frozenset()
    tally: frozenset[str] = frozenset()
    clitics: frozenset[str] = frozenset()
    elisions: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()
    cut_before_phrase: frozenset[str] = frozenset()
    relative: frozenset[str] = frozenset()
    lists: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    conditions: frozenset[str] = frozenset()
    cleft_before: frozenset[str] = frozenset()
    cleft_after: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    drop_before: frozenset[str] = frozenset()
    date_hedges: frozenset[str] = frozenset()
    pair_openers: frozenset[str] = frozenset()
    pair_whole_after_plural: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    infinitive: frozenset[str] = frozenset()
    passive: frozenset[str] = frozenset()
    agent: frozenset[str] = frozenset()
    before_infinitive: frozenset[str] = frozenset()
    comparison: frozenset[str] = frozenset()
    dated_noun_link: frozenset[str] = frozenset()
    dated_noun_after: frozenset[str] = frozenset()
    dated_noun_first: frozenset[str] = frozenset()
    noun_links: frozenset[str] = frozenset()
    relative_links: frozenset[str] = frozenset()
    past_auxiliaries: frozenset[str] = frozenset()
    opening_prepositions: frozenset[str] = frozenset()
    relative_plans: frozenset[str] = frozenset()
    dated_clause_open: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    definite: frozenset[str] = frozenset()
    keeps_date: frozenset[str] = frozenset()
    choice: frozenset[str] = frozenset()
    choice_tails: frozenset[str] = frozenset()
    final_particles: frozenset[str] = frozenset()
    keeps_date_within: frozenset[str] = frozenset()
    date_bound_after: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    #: the words a line speaks to its reader with ("you", "your")
    second_person: frozenset[str] = frozenset()
    #: words a lower-case "you" after them is part of ("thank you"), no address to the reader
    second_person_set: frozenset[str] = frozenset()
    person_pronouns: frozenset[str] = frozenset()
    person_possessives: frozenset[str] = frozenset()
    possessive_pronouns: frozenset[str] = frozenset()
    clause_about: frozenset[str] = frozenset()
    name_links: frozenset[str] = frozenset()
    speech: frozenset[str] = frozenset()
    #: the verbs of saying that credit a quote beside them: ``speech`` and ``[quote_credit] credit_speech``
    credit_speech: frozenset[str] = frozenset()
    #: a credit to someone unnamed ("one pharmacist said"): its opening words and its person nouns
    unnamed_openers: frozenset[str] = frozenset()
    unnamed_speakers: frozenset[str] = frozenset()
    speech_content: frozenset[str] = frozenset()
    announcing: frozenset[str] = frozenset()
    quantity_openers: frozenset[str] = frozenset()
    speaker_titles: frozenset[str] = frozenset()
    title_glue: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    masculine: frozenset[str] = frozenset()
    feminine: frozenset[str] = frozenset()
    wants_date: frozenset[str] = frozenset()
    fragment_relative: frozenset[str] = frozenset()
    bare_relative: frozenset[str] = frozenset()
    object_pronouns: frozenset[str] = frozenset()
    fraction_followers: frozenset[str] = frozenset()
    title_tags: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    person_heads: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    #: roles a person is named by ("referee", "manager") and persons as objects ("him"), from ``[situated]``
    role_nouns: frozenset[str] = frozenset()
    person_objects: frozenset[str] = frozenset()
    name_outer: frozenset[str] = frozenset()
    company_heads: frozenset[str] = frozenset()
    happening_heads: frozenset[str] = frozenset()
    institution_heads: frozenset[str] = frozenset()
    #: adverbs between a subject and its verb ("Berg later served", "it was first used"), from ``[situated]``
    it_adverbs: frozenset[str] = frozenset()
    #: weekdays and months ([words.weekday], [words.month_name])
    calendar: frozenset[str] = frozenset()
    #: days named from the day of writing, one word ([words.deictic]: "yesterday", "today")
    deictic: frozenset[str] = frozenset()
    #: the forms of the countries of ``[places]`` ("norway", "norwegian")
    countries: frozenset[str] = frozenset()
    #: the prepositions that put someone at a place ("Anna Berg in Bergen says"), from ``[situated]``
    place_prepositions: frozenset[str] = frozenset()
    #: the resolver's nouns of time: calendar units, parts of day, seasons ([words.calendar_unit], …)
    time_nouns: frozenset[str] = frozenset()
    zones: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    #: endings (tuples, for str.endswith)
    verb_endings: tuple[str, ...] = ()
    not_verb_endings: tuple[str, ...] = ()
    adverb_endings: tuple[str, ...] = ()
    participle_endings: tuple[str, ...] = ()
    object_endings: tuple[str, ...] = ()
    possessive_endings: tuple[str, ...] = ()
    plural_endings: tuple[str, ...] = ()
    ordinal_endings: tuple[str, ...] = ()
    #: a person's nouns by sex ("spokeswoman", "father"), from ``[situated]``
    he_nouns: frozenset[str] = frozenset()
    she_nouns: frozenset[str] = frozenset()
    #: an opening word that heads a phrase and stays at a headline's start, from ``[phrase_opening]``
    phrase_prepositions: frozenset[str] = frozenset()
    opening_adverbs: frozenset[str] = frozenset()
    opening_pairs: frozenset[str] = frozenset()
    phrase_subjects: frozenset[str] = frozenset()
    #: what may stand before a time joined to a cut date ("and | last | night"), from ``[joined_date]``
    joined_date_modifiers: frozenset[str] = frozenset()
    #: a word after a date that only limits it ("[in March] alone"), from ``[cut_date]``
    date_limiters: frozenset[str] = frozenset()
    #: what follows a fronted past participle ("Asked | whether …"), from ``[fronted_participle]``
    participle_followers: frozenset[str] = frozenset()
    #: words opening or held by a broadcaster's, a paper's, a place's or a thing's name, no person's, from ``[thing_names]``
    thing_openings: frozenset[str] = frozenset()
    thing_words: frozenset[str] = frozenset()
    possessive: str = ""


def lowered(table: dict, name: str) -> frozenset[str]:
    """The strings of the resource list ``table[name]``, in lower case (none when it is missing)."""
    return frozenset(w.lower() for w in table.get(name, []) if isinstance(w, str))


def resource_table(language: str, name: str) -> dict:
    """The table ``[name]`` of ``language``'s resource file; empty when the language has no resource or no
    such table (a language without the words reads nothing with them)."""
    try:
        found = resource_data(language).get(name, {})
    except GrammarError:
        return {}
    return found if isinstance(found, dict) else {}


#: the lists that live in another table of the resource than ``[headline]``
_TABLE = {"conjunctions": "clauses", "drop_before": "summary", "date_hedges": "summary", "place_words": "furniture", "person_heads": "situated",
          "place_prepositions": "situated",
          "person_nouns": "situated", "role_nouns": "situated", "person_objects": "situated", "name_outer": "situated", "company_heads": "situated",
          "happening_heads": "situated", "institution_heads": "situated", "it_adverbs": "situated", "abbreviations": "sentences", "he_nouns": "situated", "she_nouns": "situated",
          "phrase_prepositions": "phrase_opening", "opening_adverbs": "phrase_opening", "opening_pairs": "phrase_opening",
          "phrase_subjects": "phrase_opening", "joined_date_modifiers": "joined_date",
          "credit_speech": "quote_credit"}
_TABLE["date_limiters"] = "cut_date"
_TABLE["participle_followers"] = "fronted_participle"
_TABLE.update(thing_openings="thing_names", thing_words="thing_names")
#: the resolver's tables whose words are nouns of time ("This morning", "This year")
_TIME_NOUNS = ("unit", "calendar_unit", "period", "part_of_day", "season")


@lru_cache(maxsize=None)
def lexicon(language: str) -> Lexicon:
    """The headline words of ``language``; none (a plain reading) for a language without a resource."""
    try:
        data = resource_data(language)
    except GrammarError:
        return Lexicon()
    values: dict[str, object] = {}
    for field in fields(Lexicon):
        table = data.get(_TABLE.get(field.name, "headline"), {})
        if field.name == "calendar":
            values[field.name] = frozenset(normalise(k).rstrip(".") for kind in ("weekday", "month_name")
                                           for k in data.get("words", {}).get(kind, {}))
            continue
        if field.name == "deictic":
            values[field.name] = frozenset(normalise(k) for k in data.get("words", {}).get("deictic", {}) if " " not in k)
            continue
        if field.name == "countries":
            values[field.name] = frozenset(normalise(f) for forms in data.get("places", {}).values()
                                           if isinstance(forms, list) for f in forms if isinstance(f, str))
            continue
        if field.name == "months":  # "Sept", "Sept.", "September": every way a month's name is written
            values[field.name] = frozenset(normalise(k).rstrip(".") for k in data.get("words", {}).get("month", {}))
            continue
        if field.name == "zones":  # "GMT", "local time": the resolver's time zones, written after a clock time
            values[field.name] = frozenset(normalise(k) for k in data.get("words", {}).get("zone", {}))
            continue
        if field.name == "time_nouns":
            values[field.name] = frozenset(normalise(k) for kind in _TIME_NOUNS for k in data.get("words", {}).get(kind, {}))
            continue
        if field.name == "possessive":
            found = table.get(field.name)
            values[field.name] = found if isinstance(found, str) else ""
            continue
        words = word_list(table, field.name)
        values[field.name] = tuple(words) if field.name.endswith("_endings") else frozenset(words)
    values["credit_speech"] = values["speech"] | values["credit_speech"]  # type: ignore[operator]
    # past forms in no "-ed" beyond those ``verbs`` lists ("split", "withdrew"): verbs wherever those are
    values["verbs"] = values["verbs"] | frozenset(word_list(data.get("past_forms", {}), "irregular"))  # type: ignore[operator]
    return Lexicon(**values)  # type: ignore[arg-type]
