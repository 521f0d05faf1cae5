"""An aside between commas inside a subject, taken out so that no run of clauses opens with it.

A sentence's clauses end at its commas, so an aside set between commas right before its subject's
verb is a clause of its own, and a headline may start there and leave the subject behind: "Fidel
Castro accused Mexico … until after Barack Obama, the US president, had visited the country" gave
"The US president, had visited the country"; "A memoir about his brother, Michael, will come out"
gave "Michael, will come out". :mod:`.gap` takes out such an apposition after a sentence's first
clause only; this module takes it out wherever it stands ("… until after Barack Obama had
visited the country"), and so the subject stays with its verb. A name set off so stays, without its
commas ("the chief medical officer Sir Liam Donaldson warned"): it is what a headline names. A date
cut from a short aside leaves a stub that reads as a cut ("The new case, confirmed [on Tuesday],
was in an adult" -> "The new case, confirmed, was …"): the stub goes too, and the gap stays where the
aside was.

Left as they are (:func:`_kept_as_written`): a speaker's aside after a comma ('"We will …," the
minister, Ola Lind, said': :mod:`.speaker` credits the quote so) and a speaker's that is no name; an
aside that closes another one ("His remarks, made beside the mayor, Ola Lind, were …": the comma
after the name closes "made …" too); one that names a common noun's person in more than a name ("its
chief, tribal leader Ola Lind,"); a list's items ("including maps, charts and books,", "maps, charts,
| books and pens": a plural is no verb).
"""

from __future__ import annotations

from .headline import EDGE, Word, bare, has_predicate, verb_like
from .headline_words import Lexicon
from .participle import dated_participle

__all__ = ["without_inner_asides"]

#: an aside taken out is at most this many words ("42, the first bishop in the island state's history")
ASIDE_WORDS = 12
#: a date's stub left between commas is at most this many words besides the gap ("due to commence")
STUB_WORDS = 3
#: the marks that open or close a quote, as prose and tokenised corpora write them
QUOTES = "\"'“”‘’«»`"
#: a speaker's title before the name set off after it is at most this many words ("the chief medical officer")
TITLE_WORDS = 4
#: a verb of saying after an aside ends a credit when at most this many words follow it ("said in a statement")
REPORT_TAIL = 6
#: a name kept from an aside is at most this many words ("Sir Liam Donaldson")
NAME_WORDS = 5


def without_inner_asides(words: list[Word], lex: Lexicon) -> list[Word]:
    """``words`` without each aside between commas that tells no act of its own and stands right
    before a lower-case verb ("X, the US president, had visited" -> "X had visited"; a name that opens
    it stays: "the officer, Ola Lind, 42, said" -> "the officer Ola Lind said"), and without the stub a
    date cut from such an aside leaves ("X, confirmed [gap], was" -> "X [gap] was"); not when the date's
    participle is read as the dated phrase (:mod:`.participle`). The caller's words are not changed."""
    for _ in range(len(words)):
        found = _aside(words, lex)
        if found is None:
            return words
        p, q = found
        words = [Word(w.text, gap=w.gap, ends_clause=w.ends_clause) for w in words]
        inside = words[p + 1:q + 1]
        kept = [w for w in inside if w.gap] or _name(inside, lex)
        for w in kept:
            w.ends_clause = False
            w.text = w.text[:-1] if w.text.endswith(",") else w.text
        kept = [w for w in kept if w.text or w.gap]  # tokenised: "Ola Lind ," leaves its comma's word empty
        if words[p].text == ",":  # tokenised: the comma is a word of its own
            words = words[:p] + kept + words[q + 1:]
        else:
            words[p].text, words[p].ends_clause = words[p].text[:-1], False
            words = words[:p + 1] + kept + words[q + 1:]
    return words


def _aside(words: list[Word], lex: Lexicon) -> tuple[int, int] | None:
    """(p, q): the first aside's comma word before it and its last word (ending with a comma or with a gap
    that ends a clause), or None."""
    commas = [k for k, w in enumerate(words) if _comma(w)]
    for n, p in enumerate(commas):
        before = words[p - 1] if words[p].text == "," and p else words[p]  # tokenised: "Obama ,"
        if not p or not _ends_noun(before, lex) or _closes_aside(words, commas[n - 1] if n else -1, p, lex):
            continue
        for q in commas[n + 1:]:
            inside = words[p + 1:q + 1]
            told = [w for w in inside if w.text.strip(EDGE)]
            if len(told) > ASIDE_WORDS or q + 1 >= len(words):
                break
            after = bare(words[q + 1].text)
            sure = after in lex.auxiliaries or after in lex.verbs or after in lex.speech  # not "caught fire [gap], guards said"
            if not _kept_as_written(words, p, q, bool(n), lex) and _fits(inside, words[q + 1], lex) and (not any(w.gap for w in inside) or (
                    sure and _stub(inside, lex) and not dated_participle(words, lex))):
                return p, q
            if any(w.gap for w in inside) or has_predicate([Word(w.text) for w in inside], lex):
                break
    return None


def _kept_as_written(words: list[Word], p: int, q: int, after_comma: bool, lex: Lexicon) -> bool:
    """Whether the aside ``words[p + 1:q + 1]`` stays (see the module's docstring); ``after_comma``: a comma
    comes before the one at ``p`` in the sentence."""
    inside, before = words[p + 1:q + 1], words[p - 1] if words[p].text == "," else words[p]
    if bare(words[q + 1].text) in lex.speech and (after_comma or not _name(inside, lex) or not _titled(words, p, lex)):
        return True  # '"…," the minister, Ola Lind, said', "… to humans, Ola Lind said"; not "as the minister, Ola Lind, said he"
    verb, tail = bare(words[q + 1].text), [Word(w.text) for w in words[q + 2:] if w.text.strip(EDGE)]
    saying = verb in lex.speech or verb not in lex.auxiliaries and verb.endswith(lex.object_endings or ("\0",))
    if saying and len(tail) <= REPORT_TAIL and not has_predicate(tail, lex):
        return True  # "…, the harbour master, Per Berg, warned on Friday": a credit, nothing reported after it
    if not before.text[:1].isupper() and not _name(inside, lex) and any(w.text[:1].isupper() for w in inside[1:]):
        return True  # "its chief, tribal leader Ola Lind,"
    if any(w.gap for w in words[:p]) and not any(w.text.strip(EDGE) for w in words[:next(k for k, w in enumerate(words) if w.gap)]):
        return True  # "[This winter] in the north, the biggest market, is warm": the date was the subject
    clause = next((words[q + 1:k + 1] for k in range(q + 1, len(words)) if words[k].ends_clause), [])
    if clause and clause[-1].text.endswith(",") and verb not in lex.auxiliaries and verb.endswith(
            (lex.object_endings or ("\0",)) + (lex.participle_endings or ("\0",))):
        return True  # "According to X, the bar, | led by its head, announced": a participle's aside opens there
    return any(bare(w.text) in lex.lists for w in words[q + 2:q + 4])  # "food, blanket, | tents and water"


def _titled(words: list[Word], p: int, lex: Lexicon) -> bool:
    """Whether the word before the comma at ``p`` ends a common noun's phrase that a determiner or possessive opens
    at most ``TITLE_WORDS`` words before it, in the same clause ("the chief medical officer,", "the UK's mayor,"): a title,
    which the name after it tells; not the end of a clause of its own ("… spread to humans, | Ola Lind said")."""
    at = p - 1 if words[p].text == "," else p
    if not words[at].text[:1].islower():
        return False
    for k in range(at - 1, max(-1, at - TITLE_WORDS - 1), -1):
        if words[k].ends_clause:
            return False
        core = bare(words[k].text)
        if core in lex.determiners or core in lex.possessive_pronouns or words[k].text.endswith(("'s", "’s")):
            return True
    return False


def _fits(inside: list[Word], after: Word, lex: Lexicon) -> bool:
    """Whether ``inside`` reads as an aside of the noun before it, right before its subject's verb ``after``:
    it holds no verb, relative or subordinating word ("a jail where X, now a minister, was held") or list's
    conjunction (but in a name: "Per and Eva Lind"), and does not open with a conjunction."""
    if (not inside or not after.text.strip(EDGE)[:1].islower() or not verb_like(bare(after.text), lex)
            or after.text.endswith(":")):  # "Anna Berg, Oslo, writes:": a credit
        return False
    if inside[0].text[:1] in QUOTES:
        return False  # '"It is fuel, | " Per Lund, the harbour chief, said': the quote's end, no aside
    if bare(after.text) in lex.conjunctions or bare(inside[0].text) in lex.conjunctions | lex.subordinators:
        return False  # "X, and was", "X, when asked, said": no aside of a noun
    if any(w.gap for w in inside):
        return True
    cores = [bare(w.text) for w in inside]
    return (not has_predicate([Word(w.text) for w in inside], lex)
            and not any(c in lex.relative or c in lex.subordinators or c in lex.cut_after_noun for c in cores)
            and not (any(c in lex.lists for c in cores) and len(_name(inside, lex)) < len(inside)))


def _comma(word: Word) -> bool:
    """Whether ``word`` ends with a comma, or is a cut date's gap that ended a clause with one."""
    return word.text.endswith(",") or word.gap and not word.text and word.ends_clause


def _ends_noun(word: Word, lex: Lexicon) -> bool:
    """Whether ``word`` (before an aside's comma) may end a noun phrase: a word of letters that is no
    auxiliary, verb of the list, verb of saying, pronoun or conjunction ("Obama,", "brother,", "arguments,";
    not "said,", nor "however," a leading word): an "-s" is no sign of a verb here, it ends plural nouns as often."""
    core = bare(word.text)
    if word.gap or not core.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    if core in lex.leading or core in lex.conjunctions or core in lex.pronouns or core in lex.subordinators:
        return False
    if word.text[:1].islower() and len(core) > 4 and core.endswith(lex.object_endings or ("\0",)):
        return False  # "may have to be changed, | the minister, Ola Lind, warned": a verb ends its clause
    return word.text[:1].isupper() or not (core in lex.auxiliaries or core in lex.verbs or core in lex.speech)


def _closes_aside(words: list[Word], previous: int, p: int, lex: Lexicon) -> bool:
    """Whether the comma at ``p`` may close an aside opened by the comma at ``previous`` too: the words
    between open with a lower-case word ("…, made beside the mayor, | Ola Lind, were", "…, including maps, |
    charts and books,"; not "…, the minister, | Ola Lind, said"), or are a list's capitalised item ("including
    Senegal, | Mali, Chad and Niger,"), so that taking the aside after ``p`` out would leave that one unclosed."""
    if previous < 0:
        return False
    told = [w.text for w in words[previous + 1:p + 1] if w.text.strip(EDGE)]
    if told and all(t[:1].isupper() for t in told):
        return True  # "countries, including Senegal, | Mali, Chad and Niger,": a list's item
    first = told[0] if told else ""
    return first[:1].islower() and bare(first) not in lex.determiners | lex.possessive_pronouns


def _name(inside: list[Word], lex: Lexicon) -> list[Word]:
    """The name that opens ``inside`` up to its first comma ("Sir Liam Donaldson,", "Ola Lind, 42,"),
    when it is one: at most ``NAME_WORDS`` capitalised words, with no word the language would
    capitalise only to open a sentence; else []."""
    end = next((k + 1 for k, w in enumerate(inside) if _comma(w)), len(inside))
    name = [w for w in inside[:end] if w.text.strip(EDGE)]
    if not name or len(name) > NAME_WORDS or not all(w.text[:1].isupper() for w in name):
        return []
    if any(bare(w.text) in lex.determiners or bare(w.text) in lex.pronouns for w in name):
        return []  # "The", "His": a noun phrase, no name
    return inside[:end]


def _stub(inside: list[Word], lex: Lexicon) -> bool:
    """Whether ``inside`` (an aside holding the gap) is a short stub with no subject of its own: at most
    ``STUB_WORDS`` words besides the gap, the first a lower-case word that is no pronoun or determiner
    ("confirmed", "due to commence"), or nothing but the gap; not when the date stays written there."""
    if any(w.gap and w.text for w in inside):
        return False
    told = [w for w in inside if not w.gap and w.text.strip(EDGE)]
    if not told:
        return False  # "Norway, [last month], has": the date alone, no stub
    first = bare(told[0].text)
    return (len(told) <= STUB_WORDS and told[0].text[:1].islower()
            and first not in lex.pronouns | lex.determiners | lex.relative)  # "who died [gap]": the dated act
