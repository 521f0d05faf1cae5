"""The phrase of a sentence that its date belongs to, when that is not a clause of its own.

Two shapes tell another happening than the sentence's main clause, and a headline made of
the main clause dates the wrong one:

- a date that modifies a noun governed by a preposition: "The mayor is on trial over
  the bridge's collapse in June 2019" -> "The bridge's collapse" (the trial is not of June 2019). The
  noun is a lower-case word that does not read as a verb, linked to the date by one of
  ``dated_noun_link`` ("in", "on"), and its phrase (determiners, possessives, adjectives,
  names, opening with a name or one of ``dated_noun_first``) follows one of ``dated_noun_after`` ("over", "since", "after") after its clause's verb
  (in the subject, "An inquiry into a crash in 1994 revealed …", the verb tells the news);
- a participle set between commas after a noun, holding the date: "The album, released in
  1982, is still sold" -> "The album released" (:mod:`.participle`);
- a clause of its own that holds the date: one opened by a subordinating word with its own
  subject and verb ("Fans gathered where the pop star died in 2009" -> "The pop star died"), or a
  relative clause after a comma ("… hired Dr Lee, who goes on trial in March 2011 for …" -> "Dr Lee
  goes on trial for …"), or a coordinated clause the date opens (:mod:`.coordinated`: "…, and in January 2004 a
  woman was rescued"). A clause whose subject is a pronoun names no one: the main clause stays.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from ..temporal import load_grammar
from ..temporal.grammar import GrammarError
from .coordinated import coordinated_clause
from .headline import MAX_WORDS, Word, bare, clauses, count, cut, subject_word, verb_like
from .headline_words import Lexicon
from .owner_relative import NOUN_WORDS, as_owner, owner_relatives
from .phrase_opening import heads_phrase

__all__ = ["EDGE_MARKS", "complemented", "dated_noun", "dated_clause", "noun_word", "phrase_start"]

#: a noun phrase a date modifies is at most this many words ("the singer's sudden death")
NOUN_PHRASE_WORDS = 6
#: a noun phrase with the nouns it complements ("the Summit of the Forum on Harbour Cooperation") is at most this many
COMPLEMENTED_WORDS = 14
#: a clause of its own that dates its act tells at least this many words ("The pop star died in Los Angeles")
CLAUSE_WORDS = 4
EDGE_MARKS = " \t\n,;:.!?—–-\"“”«»'‘’`()[]"
_EDGE = EDGE_MARKS
_POSSESSIVES = {"'s", "’s", "'", "’"}


def noun_word(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` reads as a lower-case noun or adjective: alphabetic ("long-running" too), none of
    the function words, no verb."""
    core = bare(word)
    return (word == word.strip(_EDGE) and core.replace("-", "").isalpha() and word[:1].islower() and not verb_like(core, lex)
            and core not in lex.not_subject and core not in lex.dangling and core not in lex.auxiliaries)


def phrase_start(words: list[str], end: int, lex: Lexicon) -> int:
    """Where the noun phrase ending at ``words[end - 1]`` starts, scanning back over its modifiers."""
    start = end - 1
    while start > 0 and end - start < NOUN_PHRASE_WORDS:
        word = words[start - 1]
        core = bare(word)
        if word != word.strip(",;:") or core in lex.not_subject or verb_like(core, lex) and word[:1].islower():
            break
        if not (word in _POSSESSIVES or core in lex.determiners or word.strip(_EDGE)[:1].isupper()
                or word.endswith(("'s", "’s")) or noun_word(word, lex) or core in lex.subject):
            break
        start -= 1
    return start


def complemented(words: list[str], start: int, lex: Lexicon) -> int:
    """``start`` (of a noun phrase ending ``words``) moved back over the noun it complements, through one of
    ``noun_links``, when the phrase is a name: "the Summit of the Forum on | Harbour Cooperation" is the summit,
    not the cooperation; "the final of | the Harbour Cup" is the final ("the latest case of | swine flu" has
    no name, and stays as it was). Whose the participle is ("the home of Ola Lind, arrested", "the murder of
    Olof Palme, committed") the words do not say: the whole phrase keeps both, where the name alone could
    make a wrong actor ("Olof Palme committed"). At most ``COMPLEMENTED_WORDS`` words in all."""
    while (start >= 2 and _named(words, start, lex) and bare(words[start - 1]) in lex.noun_links
           and words[start - 1] == words[start - 1].strip(_EDGE)):
        head = words[start - 2]
        if head != head.strip(_EDGE) or not (head[:1].isupper() or noun_word(head, lex)):
            break  # "the talks, on | Harbour Cooperation", "held on | Harbour Day": no noun before the link
        earlier = phrase_start(words, start - 1, lex)
        if len(words) - earlier > COMPLEMENTED_WORDS:
            break
        start = earlier
    return start


def _named(words: list[str], start: int, lex: Lexicon) -> bool:
    """Whether the phrase at ``words[start]`` opens, past its determiners, with a capitalised word (a name)."""
    k = start
    while k < len(words) - 1 and bare(words[k]) in lex.determiners:
        k += 1
    return words[k][:1].isupper()


def dated_noun(before: str, after: str, lex: Lexicon) -> str:
    """The noun phrase the date right after ``before`` modifies ("over the bridge's collapse in"), or ""."""
    words = before.split()
    named = len(words) >= 3 and words[-2][:1].isupper() and words[-2] == words[-2].rstrip(_EDGE)
    if len(words) < 3 or words[-1] not in lex.dated_noun_link or not (noun_word(words[-2], lex) or named):
        return ""
    if after[:1].isalnum() or after.lstrip()[:2] in ("'s", "’s"):
        return ""  # "in 2009-10", "on Monday's": the expression is not whole here
    phrase = phrase_start(words, len(words) - 1, lex)
    start = _of_complement(words, phrase, lex)
    if named and start == phrase:
        return ""  # "in Lisbon in January": a place, no noun the date dates ("the opening of the Varda Bridge in": one)
    if start == 0 or bare(words[start - 1]) not in lex.dated_noun_after or len(words) - 1 - start < 2:
        return ""
    if not words[start][:1].isupper() and bare(words[start]) not in lex.dated_noun_first:
        return ""  # "his death", "an autopsy": whose, which?
    if not _after_verb(words[:start - 1], lex):
        return ""  # "An inquiry into a helicopter crash in 1994 revealed …": the phrase is in the subject
    return " ".join(words[start:-1])


def _of_complement(words: list[str], start: int, lex: Lexicon) -> int:
    """``start`` (of the noun phrase a date modifies) moved back over the noun it complements through one of
    ``noun_links`` when a name is in the phrase: "since the death of | King Olav" is the death, "the
    death of | the old king" too once a name is in it ("the start of | the uprising" names nothing: a
    reader asks whose, and the phrase stays as it was, after no word of ``dated_noun_after``)."""
    if start < 2 or bare(words[start - 1]) not in lex.noun_links or words[start - 1] != words[start - 1].strip(_EDGE):
        return start
    head = words[start - 2]
    if head != head.strip(_EDGE) or not noun_word(head, lex):
        return start
    earlier = phrase_start(words, start - 1, lex)
    named = any(w.strip(_EDGE)[:1].isupper() or w.endswith(("'s", "’s")) for w in words[earlier:-1])
    return earlier if named and len(words) - earlier <= COMPLEMENTED_WORDS else start


def _after_verb(words: list[str], lex: Lexicon) -> bool:
    """Whether ``words`` (what precedes a noun phrase) hold its clause's verb, so the phrase is in the predicate."""
    for word in reversed(words):
        if word[-1:] in ",;:":
            return False
        if word[:1].islower() and verb_like(bare(word), lex):
            return True
    return False


def dated_clause(words: list[Word], lex: Lexicon, language: str = "") -> list[Word]:
    """The clause of its own that holds the gap, as a headline ("when the pop star died [in 2009]" ->
    "the pop star died"; ", who goes on trial [in March]" -> its noun and the clause), cleanly cut
    when long; [] when the gap is in no such clause or it names no one."""
    gap = next((i for i, w in enumerate(words) if w.gap), -1)
    if gap < 0:
        return []
    coordinated = coordinated_clause(words, gap, lex, language)  # ", and in January 2004 a woman was rescued"
    if coordinated:
        return coordinated
    a, b = next((a, b) for a, b in clauses(words) if a <= gap < b)
    opener = next((k for k in range(gap - 1, a - 1, -1) if bare(words[k].text) in lex.dated_clause_open
                   or bare(words[k].text) in lex.relative), -1)
    if opener < 0 or words[opener].text != words[opener].text.strip(",;:") or (
            words[opener].text[:1].isupper() and opener):  # "When Harry Met Sally": a title, not a clause
        return []
    body = [w for w in words[opener + 1:b] if w.text or w.gap]
    # its verb before the date: "after 21 April will be" is a preposition's date, not a clause; a
    # participle after a determiner ("before the expected start of the rainy season [in May]") makes a
    # noun phrase, no summary when a subordinate clause follows it ("after a reported stroke [Tuesday] as …";
    # not a "that" clause: "after his protests to the judge [Monday] that …")
    verbs = [k for k in range(opener + 1, gap) if words[k].text[:1].islower() and verb_like(bare(words[k].text), lex)]
    if not verbs or not any(_verb(words, k, lex) for k in verbs) and any(
            bare(w.text) in lex.subordinators and bare(w.text) not in lex.fragment_relative for w in words[gap + 1:b]):
        return []
    if bare(words[opener].text) in lex.relative:
        # "whose split [in 2019] left": the owned noun first (:mod:`.owner_relative`), then the verb
        owned = NOUN_WORDS if bare(words[opener].text) in owner_relatives(language) else 0
        verb = next((k for k, w in enumerate(body[:2 + owned]) if w.text[:1].islower() and (k or not owned)
                     and (verb_like(bare(w.text), lex) or bare(w.text) in lex.auxiliaries)), -1)  # "which was": "was"
        noun = _antecedent(words[:opener], lex) or (restrictive_antecedent(words[:opener], lex)
                                                    if verb >= 0 and _past(body, verb, lex) and not owned else [])
        noun = as_owner(noun, lex) if owned else noun
        if (not noun or verb < 0 or not body[0].text[:1].islower() or len(body) < verb + 2
                or bare(body[verb + 1].text) in lex.clause_about):  # "who first entered": an adverb may come first
            return []  # "whose", "which the court heard", ", which is why": not a clause of the noun
        restrictive = not _antecedent(words[:opener], lex)
        if restrictive and _second_verb(body, verb, lex) < next(k for k, w in enumerate(body) if w.gap):
            return []  # "the man who shot him died [on Monday]": the main clause's verb, not the relative's
        # "a boy who had been ill [in March] | became the first case": the relative clause ends before the main verb
        own = _relative_end(body[:_second_verb(body, verb, lex)] if restrictive else body, verb, lex)
        after = itertools.takewhile(lambda w: bare(w.text) not in lex.determiners | lex.relative_links | lex.infinitive,
                                    list(itertools.dropwhile(lambda w: not w.gap, own))[1:])  # not "to the barley fields"
        if restrictive and any(w.text[:1].islower() and verb_like(bare(w.text), lex) for w in after):
            return []  # "the cycle which began [in 1996] now appears to": a verb after the date may be the main one
        if not any(w.gap for w in own):
            return []  # "X, who is being treated at … said [Saturday]": the date is the main verb's
        body = noun + own
    elif (not body or not subject_word(body[0].text, lex) or not _opens_clause(words[:opener], lex)
          or _opens_with_date(body, language)  # "held since [April 3] were released": a preposition's date
          or heads_phrase(words, opener, lex)):  # "After a brief career Berg was elected": no clause of its own
        return []
    if bare(body[0].text) in lex.pronouns or count(body) < CLAUSE_WORDS:
        return []
    body[-1:] = [Word(body[-1].text.rstrip(",;:"), gap=body[-1].gap)] if body[-1].text else body[-1:]
    return cut(body, lex) if count(body) > MAX_WORDS else body


def _verb(words: list[Word], k: int, lex: Lexicon) -> bool:
    """Whether the verb-like ``words[k]`` is no adjective right after a determiner or a possessive
    ("a reported stroke", "his injured leg")."""
    before = bare(words[k - 1].text) if k else ""
    return before not in lex.determiners and before not in lex.possessive_pronouns


def _opens_with_date(body: list[Word], language: str) -> bool:
    """Whether ``body`` opens with a month's or a weekday's name, or a number before one ("April 3
    were released", "3 April were"): a preposition's date, not a clause's subject (the names are the
    language's ``[words.month]`` and ``[words.weekday]``, but not a lower-case word of ``[capital]``: "may")."""
    names, capital = _date_names(language)
    first = [w.text.strip(_EDGE) for w in body[:2] if w.text]

    def named(word: str) -> bool:
        return word.lower() in names and not (word[:1].islower() and word.lower() in capital)
    return bool(first) and (named(first[0]) or first[0].isdigit() and len(first) > 1 and named(first[1]))


@lru_cache(maxsize=None)
def _date_names(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's month and weekday names, and its words that are such names only in capitals."""
    try:
        grammar = load_grammar(language)
    except GrammarError:
        return frozenset(), frozenset()
    names = frozenset(w for c in ("month", "weekday") for w in grammar.words.get(c, {}) if w.isalpha())
    return names, frozenset(grammar.capital_words)


def _relative_end(body: list[Word], verb: int, lex: Lexicon) -> list[Word]:
    """A relative clause's words up to the main clause's verb of saying when no comma closed it
    ("who chaired the board last year said: …" -> "who chaired the board last year"): a verb of saying
    after the clause's own verb is the sentence's, not the clause's."""
    main = next((k for k in range(verb + 1, len(body)) if bare(body[k].text) in lex.speech
                 and body[k].text[:1].islower() and not body[k - 1].text.endswith(",")
                 and bare(body[k - 1].text) not in lex.auxiliaries  # not "whose death was reported"
                 and not (k - verb == 2 and bare(body[verb].text) in lex.auxiliaries)), len(body))  # "was first reported"
    return body[:main]


def _opens_clause(before: list[Word], lex: Lexicon) -> bool:
    """Whether a subordinating word after ``before`` opens a clause: it opens the sentence or follows a
    comma or a verb ("fans gathered where …"), not a noun of the subject ("The first election since
    the revolution is to take place")."""
    texts = [w.text for w in before if w.text]
    return not texts or texts[-1][-1:] in ",;:" or any(t[:1].islower() and verb_like(bare(t), lex) for t in texts)


def _antecedent(before: list[Word], lex: Lexicon) -> list[Word]:
    """The noun phrase a relative clause after ``before`` tells of: the words before its comma,
    opening with a name or a determiner, and not the tail of a longer name ("The Man Who Killed X")."""
    if not before or not before[-1].text.endswith(",") or any(w.gap for w in before):
        return []
    texts = [w.text for w in before]
    texts[-1] = texts[-1][:-1]
    start = phrase_start(texts, len(texts), lex)
    if start >= 2 and bare(texts[start - 1]) in lex.lists and texts[start - 2].strip(_EDGE)[:1].isupper() \
            and texts[start][:1].isupper():  # "Chrissy Teigen and John Legend, who announced"
        start = phrase_start(texts, start - 1, lex)
    while start >= 2 and bare(texts[start - 1]) in lex.name_links and texts[start - 2].strip(_EDGE)[:1].isupper() \
            and texts[start][:1].isupper():  # "The Partnership for Peace, which was created"
        start = phrase_start(texts, start - 1, lex)
    first = texts[start]
    if start and texts[start - 1].strip(_EDGE)[:1].isupper() and not (start == 1 and bare(texts[0]) in lex.not_subject):
        return []  # not "The Man Who …" (but "Under Anna Lind, who": a preposition opening the sentence)
    if start >= 2 and texts[start - 1][:1].islower() and texts[start - 2].strip(_EDGE)[:1].isupper() \
            and bare(texts[start - 1]) in lex.not_subject:  # "the Organisation for Security and Cooperation in Europe"
        return []  # the tail of a longer name: the relative clause may tell of the whole
    if not (first.strip(_EDGE)[:1].isupper() or bare(first) in lex.determiners):
        return []
    return [Word(t) for t in texts[start:]]


def _past(body: list[Word], verb: int, lex: Lexicon) -> bool:
    """Whether a relative clause's verb (``body[verb]``) tells a past act: a word of ``verbs``, one with
    ``object_endings`` or after one of ``past_auxiliaries`` ("who returned", "who were killed"; not "who are
    feeling well next week", where the date may be the main clause's)."""
    word = bare(body[verb].text)
    return (word in lex.verbs or word in lex.past_auxiliaries
            or word.endswith(lex.object_endings or ("\0",)) and word not in lex.auxiliaries)


def _second_verb(body: list[Word], verb: int, lex: Lexicon) -> int:
    """Where a relative clause with no comma (``body``, its verb at ``verb``) meets another verb past its verb
    group ("who shot him | died", "which have been the first cases | erupted", "who had been ill [in March] |
    became"): the main clause goes on there; ``len(body)`` when it does not before a comma."""
    k = verb
    while k + 1 < len(body) and (bare(body[k + 1].text) in lex.auxiliaries or bare(body[k].text) in lex.auxiliaries
                                 and verb_like(bare(body[k + 1].text), lex)):
        k += 1
    for at in range(k + 1, len(body)):
        w = body[at]
        if w.text[:1].islower() and (bare(w.text) in lex.auxiliaries or bare(w.text) in lex.verbs
                                     or bare(w.text) in lex.speech or verb_like(bare(w.text), lex)
                                     and bare(w.text).endswith(lex.object_endings or ("\0",))):
            return at
        if w.text.endswith((",", ";", ":", "-", "—", "–")):
            break
    return len(body)


def restrictive_antecedent(before: list[Word], lex: Lexicon) -> list[Word]:
    """The noun phrase right before a relative word with no comma ("testing a woman from the Cape | who
    returned"): its modifiers, and through one of ``relative_links`` a name, a number or a determiner's phrase
    it is told by ("a girl of 16", "a professor at the University of Oslo"), at most ``COMPLEMENTED_WORDS``
    words, not opening with a verb ("to quarantine | Hong Kong people", "testing | a woman"); the name set
    before it by a comma when there is one ("Jo Lind, | the mother who died" -> "Jo Lind"); [] when the gap
    is in it or it is a verb's phrase ("illegally giving Jo Lind drugs | which")."""
    if not before or before[-1].text != before[-1].text.strip(_EDGE) or any(w.gap for w in before[-COMPLEMENTED_WORDS:]):
        return []
    texts = [w.text for w in before]
    start = phrase_start(texts, len(texts), lex)
    while (start >= 2 and bare(texts[start - 1]) in lex.relative_links and texts[start - 1] == texts[start - 1].strip(_EDGE)
           and (texts[start][:1].isupper() or texts[start][:1].isdigit() or bare(texts[start]) in lex.determiners)
           and (noun_word(texts[start - 2], lex) or texts[start - 2][:1].isupper())):
        earlier = phrase_start(texts, start - 1, lex)
        if len(texts) - earlier > COMPLEMENTED_WORDS:
            break
        start = earlier
    while start < len(texts) - 1 and (texts[start][:1].islower() and (
            start and bare(texts[start - 1]) in lex.infinitive or bare(texts[start]).endswith(lex.participle_endings))
            or bare(texts[start]) in lex.leading):
        start += 1  # "to quarantine | Hong Kong people", "testing | a woman", "even | a staffer": no part of it
    if any(t[:1].islower() and bare(t).endswith(lex.participle_endings + lex.adverb_endings) or bare(t) in lex.pronouns
           for t in texts[start:]) or bare(texts[start]) in lex.possessive_pronouns \
            or start and texts[start][:1].isupper() and bare(texts[start - 1]).endswith(lex.participle_endings) \
            or start == len(texts) - 1 and texts[start][:1].islower() and bare(texts[start - 1]) not in lex.not_subject \
            or start and texts[start][:1].isdigit() and bare(texts[start - 1]) in lex.not_subject \
            or start and bare(texts[start - 1]) in lex.relative_links:  # "footballers of | all time who"
        return []  # "several of those", "sunflower seed | snacks", "more than | 200": no whole phrase
    return _name_before(texts, start, lex) or [Word(t) for t in texts[start:]]


def _name_before(texts: list[str], start: int, lex: Lexicon) -> list[Word]:
    """The name set off by a comma right before the noun phrase at ``start`` ("Jo Lind, | the mother", tokenised
    "Jo Lind , | the mother"), not a word opening the sentence ("Furthermore , | the cycle"), or []."""
    if not start or texts[start][:1].isupper():
        return []
    end = start - 1 if texts[start - 1] == "," else start
    if end == start:
        if not texts[start - 1].endswith(",") or not texts[start - 1][:1].isupper():
            return []
        names = [texts[start - 1][:-1]]
        end = start - 1
    else:
        names = []
    k = end
    while k > 0 and texts[k - 1][:1].isupper() and texts[k - 1][-1:].isalpha():
        k -= 1
    names = texts[k:end] + names
    if not names or k == 0 and len(names) < 2 or any(bare(t) in lex.leading for t in names):
        return []
    return [Word(t) for t in names]
