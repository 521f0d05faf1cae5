"""A mention's summary: the headline a journalist would write for it, without the date itself.

When the mention is in the article's lead (its first sentence) and the
article has a title (see :mod:`.title`), the title is the headline (a later sentence of the
first paragraph tells its own happening: "Officials said two weeks ago…").
Otherwise the sentence is read as words (see :mod:`.headline`): the
expression is cut out with the words that only served it ("on", "over"), a
possessive date leaves the language's article ("of Wednesday's hearing" ->
"of the hearing"), bracketed asides go. The headline is the run of whole
clauses that opens with a subject and holds the expression's clause where
one does, from ``MIN_WORDS`` to ``MAX_WORDS`` words; a clause longer than
that is cut before a word that opens a phrase. Quote marks that would be
left unbalanced are dropped, so a summary never opens a quotation it does not close. Tokenised text ("Jackson 's", ``` `` ```) is written as prose. A "he" or a quoted "we"
is named by the sentences before (:mod:`.referent`); what a page left before the first word (a dateline's tail,
a stamp) is taken off (:mod:`.debris`); a noun and its relative clause become a clause (:mod:`.verbless`).
"""

from __future__ import annotations

import itertools
import re

from ..model import Mention
from ..temporal.sentences import article_sentences, sentence_at
from .gap import opened_by_gap, sentence_words
from .headline import (EDGE, LONG_WORDS, MAX_WORDS, MIN_WORDS, Lexicon, Word, agent_act, bare, clauses, count, cut,
                       ends_open, has_subject, headless, lexicon, opening, stops_before_predicate, subject_word,
                       verb_like)
from .ages import without_ages
from .apposed_start import apposed_start
from .parallel_date import without_parallel
from .inner_aside import without_inner_asides
from .verbless import as_clause
from .opening_phrase import after_dated_opening, time_clause_cut
from .beside import named_beside
from .debris import without_debris
from .dependent import role
from .dated import dated_clause, dated_noun
from .dated_heading import dated_sentence
from .participle import dated_participle
from .referent import earlier_sentences, recalled
from .readable import reads_alone
from .phrase_cut import before_credit, inside_phrase, opens_inside
from .report_cut import REPORT_SUBJECT, report_cut, tells
from .quoted import credit_across, credit_after_quote
from .ranked import Features, Ranked
from .pronoun import may_be_named
from .render import render
from .scheduled import scheduled_noun
from .situated import situated
from .reported import reports_gap, uncredited_report
from .said import cut_in_report, only_credit, said_where
from .span import opening_heading, piece_at
from .speaker import credited, named_subject, opens_quote, report_credited, reported_clause, reporter_named
from .title import headline_title
from .writer import after_heading, credit_writer, in_own_voice, writer_before

__all__ = ["MAX_WORDS", "MIN_WORDS", "bounded", "summarise", "one_line_fallback"]

#: the lead: the sentences of the first paragraph, at most this many
LEAD_SENTENCES = 1
#: a mention in the first paragraph's first this many sentences whose clause does not read alone
#: ("He said …", "Will it spread?") takes the title, which tells the same story
LEAD_FALLBACK = 2
#: a summary longer than this is no clause but a page with no sentence ends, and is cut
LONGEST_WORDS = 2 * LONG_WORDS


def summarise(mention: Mention) -> str:
    """The headline of ``mention``: its article's title when it is in the lead, else its clause; the
    title too when it is in the first ``LEAD_FALLBACK`` sentences and its clause does not read alone
    (it opens with a pronoun no name could replace, or its sentence asks a question); never the title
    for a date of no act of its clause (``dependent.role``: "victims of Tuesday's quake", "from 2008")
    or of a clause or phrase of its own (:mod:`.dated`), which tell another act than the title's."""
    article, expression = mention.article, mention.expression
    bounds = list(article_sentences(article.text))
    lex = lexicon(article.language)
    title = headline_title(article.title, article.language, article.text)
    if not title and bounds and expression.start < bounds[0][1]:
        heading = opening_heading(article.text, bounds[0], lex, article.language)
        title = headline_title(render([Word(w) for w in heading.split()], lex) if heading else "", article.language)
    title = title if role(mention) is None else ""
    # made once: the lead's test and the clause's summary read the same piece
    piece = _own_clause(mention, bounds, lex) if title and _in_lead(article.text, bounds, expression.start) else None
    if piece is not None and not piece[3]:
        return title  # not for a date of a clause or phrase of its own ("When a quake struck on Tuesday, …")
    summary = without_debris(_clause_summary(mention, bounds, lex, piece), article.language)
    if (title and _in_lead(article.text, bounds, expression.start, LEAD_FALLBACK)
            and not reads_alone(summary, mention.sentence, article.language)):
        return title
    return bounded(situated(as_clause(summary, article.language), mention, bounds))


def bounded(summary: str) -> str:
    """``summary`` as it is, unless a page without sentence ends made it longer than
    ``LONGEST_WORDS``: then its first ``LONG_WORDS`` words and " …" (a row of the timeline is no page)."""
    words = summary.split()
    return summary if len(words) <= LONGEST_WORDS else " ".join(words[:LONG_WORDS]) + " …"


def _own_clause(mention: Mention, bounds: list[tuple[int, int]],
                lex: Lexicon) -> tuple[int, int, list[Word], list[Word]]:
    """(start, end, words) of the piece of text ``mention``'s sentence is read from, and the noun phrase,
    participle or clause of its own the date belongs to (see :mod:`.dated`), or [] when it dates the main clause."""
    article, expression = mention.article, mention.expression
    start, end = sentence_at(bounds, expression.start) if bounds else (expression.start, expression.end)
    if bounds:
        start, end = piece_at(article.text, start, end, expression.start, lex, expression.end, article.language,
                              first_line=not article.title)  # a page without its title may open with it
        start, end = dated_sentence(article.text, bounds, start, end, (expression.start, expression.end), lex.dangling)
    text = article.text
    signed = after_heading(text, start, lex)
    if start < signed <= expression.start:  # "JANE ROE , BERGEN We lost …": the writer's name
        start = signed
    language = article.language
    if start >= expression.end:  # the expression heads this piece from a heading before it
        words = sentence_words("", "", " " + named_beside(text[start:end], lex, language), lex)
    else:
        start, end = min(start, expression.start), max(end, expression.end)
        words = sentence_words(named_beside(text[start:expression.start], lex, language), expression.text,
                               named_beside(text[expression.end:end], lex, language), lex)
    words = without_ages(words, lex)  # "the queen, 80, spoke": the subject stays with its verb
    own = _dated_phrase(text[start:expression.start], text[expression.end:end], words, lex)
    own = own or scheduled_noun(mention, text[start:expression.start], lex)  # "a player for the X Trophy in [January]"
    return start, end, without_inner_asides(words, lex), own or dated_clause(words, lex, article.language or "")


def _clause_summary(mention: Mention, bounds: list[tuple[int, int]], lex: Lexicon,
                    piece: tuple[int, int, list[Word], list[Word]] | None = None) -> str:
    """The headline ``mention``'s own sentence gives (see the module's docstring); ``piece``: its
    :func:`_own_clause`, when already made."""
    start, end, words, own = piece if piece is not None else _own_clause(mention, bounds, lex)
    if own:
        return render(own, lex)
    article = mention.article
    text = article.text
    segment = _segment_words(mention, start, end, len(words))
    chosen = without_parallel(_best(words, segment, lex), lex, article.language)  # not "… with X due on [27 May]"
    previous = _previous(text, bounds, start)
    chosen = _named(credited(report_credited(reporter_named(chosen, words, lex), words, lex), words, lex, previous),
                    words, previous, lex, article.language)
    if _unnamed(chosen, lex):  # "I returned from …", "They can not get to it": a clause that names its subject
        other = _best(words, segment, lex, named=True)
        other = _named(credited(reporter_named(other, words, lex), words, lex, previous), words, previous, lex,
                       article.language)
        main = list(itertools.takewhile(lambda w: bare(w.text) not in lex.relative, other))
        whole = bool(other) and (other[-1] is words[-1] or other[-1].ends_clause)  # not cut mid-clause
        credit = bool(other) and not any(other[0] is w for w in words)  # "X: …", a quote credited: X said it
        if (not _unnamed(other, lex) and whole and (tells(main, lex) or credit)  # not "X, which funded …"
                and _tells_the_dated(other, words, lex) and not uncredited_report(words, other, lex)):
            chosen = other
    chosen = credit_across(chosen, words, text, bounds, start, end, lex)  # a quote over several sentences
    quoted = opens_quote(text[start:end].lstrip())
    if _unnamed(chosen, lex):  # "He warned …", '"We will …' after the sentences that name who
        chosen = recalled(chosen, words, quoted, earlier_sentences(text, bounds, start), lex, article.language)
    if (_unnamed(chosen, lex) or in_own_voice(chosen, words, lex)) and not quoted:  # narration, not a quote: its signed writer
        chosen = credit_writer(chosen, writer_before(text, start, article.language, lex), lex, words)
    summary = render(chosen, lex)
    if len(summary.split()) < 2:
        return one_line_fallback(mention)
    return summary


def _previous(text: str, bounds: list[tuple[int, int]], start: int) -> str:
    """The sentence that ends right before the one at ``start``, when it is in the same paragraph, else ""."""
    holding = [b for b in bounds if b[0] < start < b[1]]
    if holding:  # a piece cut from a longer sentence: what ends before it there, if it ends a sentence
        chunk = text[holding[0][0]:start].rstrip()
        if "\n\n" in chunk.replace(" ", "").replace("\r", "") or chunk[-1:] not in _ENDS:
            return ""
        inner = [m.end() for m in re.finditer(rf"[{_ENDS}]\s", chunk[:-1])]
        return chunk[inner[-1] if inner else 0:]
    before = [b for b in bounds if b[1] <= start]
    between = text[before[-1][1]:start] if before else "\n\n"
    if "\n\n" in between.replace(" ", "").replace("\r", "") or between.strip():
        return ""  # a new paragraph
    return text[before[-1][0]:before[-1][1]]


_ENDS = ".!?"  # the marks that end a sentence


def _named(run: list[Word], words: list[Word], previous: str, lex: Lexicon, language: str) -> list[Word]:
    """``run`` with a "he" or "she" that opens its sentence named by ``previous`` (the sentence
    before it in the same paragraph), when that one opens with a name as its subject (see :mod:`.speaker`);
    a "his" or "her" so becomes the name's possessive ("His lawyer" -> "Anna Berg's lawyer")."""
    if not run or not words or run[0] is not words[0]:
        return run
    first = bare(run[0].text)
    owner = first in lex.person_possessives and bool(lex.possessive_endings)
    if first not in lex.person_pronouns and not owner:
        return run
    name = named_subject(previous, lex) if previous else ""
    if not name or not may_be_named(first, name, " ".join(w.text for w in words), previous, language):
        return run  # "Volvo Cars said … He resigned", "Ms Anna Lind … He": no one the pronoun may be
    return [Word(w) for w in name.split()] + ([Word(lex.possessive_endings[0])] if owner else []) + run[1:]


def _dated_phrase(before: str, after: str, words: list[Word], lex: Lexicon) -> list[Word]:
    """The noun phrase or participle the date modifies, when it is not its sentence's clause (see :mod:`.dated`)."""
    noun = dated_noun(before, after, lex) if before.strip() else ""
    if noun:
        return [Word(w) for w in noun.split()]
    return dated_participle(words, lex)


def _in_lead(text: str, bounds: list[tuple[int, int]], offset: int, sentences: int = LEAD_SENTENCES) -> bool:
    """Whether ``offset`` is in the lead: the first paragraph's first ``sentences`` sentences."""
    if not bounds:
        return False
    lead_end = bounds[0][1]
    for start, end in bounds[1:sentences]:
        if "\n\n" in text[lead_end:start].replace("\r", "").replace(" ", ""):
            break
        lead_end = end
    return offset < lead_end


def _segment_words(mention: Mention, start: int, end: int, total: int) -> tuple[float, float]:
    """The mention's segment as a share of its sentence (0..1), to weigh clauses by."""
    if mention.segment == (0, 0) or end <= start:
        return 0.0, 1.0
    lo, hi = mention.segment
    return max(0.0, (lo - start) / (end - start)), min(1.0, (hi - start) / (end - start))


Candidate = tuple[int, int, list[Word], bool, bool]
#: a run ends on a bare report when at most this many words follow its verb of saying ("told reporters in the city")
REPORT_TAIL = 6
#: what a verb of saying reports may start this many words after it ("told the regional radio station in Bergen that")
REPORT_WORDS = 10


def _starts(words: list[Word], spans: list[tuple[int, int]], lex: Lexicon,
            named: bool = False) -> list[tuple[int, int]]:
    """(clause, word index) where a run may start: each clause's start, and the start of what a
    verb of saying reports ("told the radio that | the crossings would resume"); ``named``: also
    right after the verb, before a subject that is no pronoun ("she said | the hospital had …")."""
    found = [(i, a) for i, (a, _) in enumerate(spans)]
    for i, (a, b) in enumerate(spans):
        for k in range(a, b - 2):
            if bare(words[k].text) in lex.speech:
                found += [(i, t + 1) for t in range(k + 1, min(b - 1, k + REPORT_WORDS + 2))
                          if bare(words[t].text) in lex.speech_content and words[t].text[-1:].isalpha()]
                after = words[k + 1].text
                # not "told | the BBC: …" (the listener) nor "said | that …" (its start is above)
                listener = any(w.text.endswith(":") or bare(w.text) in lex.speech_content or w.gap and w.ends_clause
                               for w in words[k + 1:k + REPORT_TAIL + 1])
                told = bare(words[k + 2].text) in lex.pronouns  # "told police | he had": the listener, then the subject
                if (named and not listener and not told and words[k].text[-1:].isalpha() and subject_word(after, lex)
                        and bare(after) not in lex.pronouns | lex.first_person | lex.speech_content):
                    found.append((i, k + 1))
    return [s for s in dict.fromkeys(found) if not apposed_start(words, spans, s, lex)]  # one "that" for two verbs


def _candidates(words: list[Word], lex: Lexicon, named: bool = False) -> list[Candidate]:
    """Every run of whole clauses up to the first longer than ``LONG_WORDS`` from each start, and each
    longer than ``MAX_WORDS`` cut cleanly too where it can be (see :func:`.headline.cut`): (first clause,
    last clause, words, whether it opens with a subject, whether a clause that adds to it was cut off)."""
    spans = clauses(words)
    found: list[Candidate] = []
    for i, a in _starts(words, spans, lex, named):
        for j in range(i, len(spans)):
            raw = words[a:spans[j][1]]
            run, subject = opening(raw, lex), has_subject(raw, lex) or reported_clause(words, a, raw, lex)
            n = count(run)
            short = next((s for s in (cut(run, lex, k) for k in (MAX_WORDS, LONG_WORDS) if n > k) if len(s) < len(run)),
                         None)  # a whole clause cut cleanly to fit, the shorter first
            found += ([(i, j, short, subject, True)] if short else []) + [(i, j, run, subject, False)]
            if n > LONG_WORDS:
                break
    return found


def _bare_report(run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` ends on a clause of saying with nothing said ("…, the minister said", "X told reporters"),
    or opens with one before another clause ("Gordon Brown said, bringing the total to five": what he said is lost)."""
    ends = [k + 1 for k, w in enumerate(run[:-1]) if w.ends_clause]
    edge = run[ends[0] - 1] if ends else None  # a comma, or a cut date's: not "The court said Lin | and his men"
    first = run[:ends[0]] if edge and (edge.text.endswith(",") or edge.gap and not edge.text) else []
    return _says_nothing(run[max(ends, default=0):], lex) or bool(first) and _says_nothing(first, lex)


def _says_nothing(tail: list[Word], lex: Lexicon) -> bool:
    """Whether the clause ``tail`` is a verb of saying with nothing said after it."""
    verb = max((k for k, w in enumerate(tail) if bare(w.text) in lex.speech and w.text[:1].islower() and not (  # "to reports and": a noun; "United States": a name
        k and (bare(tail[k - 1].text) in lex.determiners or bare(tail[k - 1].text) in lex.cut_before_phrase))), default=-1)
    if verb < 0:
        return False
    said = tail[verb + 1:]
    # what follows tells something when it holds a verb ("says the past year's been tough") or a quote
    told = any(bare(w.text) in lex.speech_content or w.text.endswith(":") or w.text[:1].islower()
               and (bare(w.text) in lex.auxiliaries or bare(w.text) in lex.verbs
                    or bare(w.text).endswith(lex.object_endings)) for w in said)
    # "told reporters in the city"; "said at the opening of a weekly meeting": only where it was said
    return (count(said) <= REPORT_TAIL or said_where(tail[max(0, verb - 1):verb + 1], said, lex)) and not told and not tail[verb].text.endswith(":")


def _subordinate(raw: list[Word], lex: Lexicon) -> bool:
    """Whether ``raw`` opens with a subordinate clause ("Since it reopened, …"): its first word subordinates."""
    first = opening(raw, lex)
    return bool(first) and first is not raw and len(first) < len(raw) and bare(raw[len(raw) - len(first) - 1].text) in lex.subordinators


def _has_verb(run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` holds a word that reads as a verb or a participle, not as a noun after a determiner
    or a number ("three months"): "During the BSE scare of 1995-7" tells no act."""
    for k, word in enumerate(run):
        core, prev = bare(word.text), bare(run[k - 1].text) if k else ""
        if (not word.text[:1].islower() or prev in lex.determiners or prev[:1].isdigit()
                or prev in lex.subject and prev not in lex.pronouns):
            continue
        if (verb_like(core, lex) or len(core) > 4 and core.endswith(lex.participle_endings or ("\0",))
                or prev in lex.infinitive and core.isalpha()):  # "agree to work": an infinitive is a verb
            return True
    return False


def _tells_the_dated(run: list[Word], words: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` holds the gap where the date was, or is what the clause with the gap reports
    ("Speaking to reporters [on Monday], she said | the hospital had …"), so that it tells the dated act."""
    gap = next((k for k, w in enumerate(words) if w.gap), -1)
    if gap < 0 or any(w.gap for w in run):
        return True
    start = next((k for k, w in enumerate(words) if run and w is run[0]), -1)
    if run and start < 0:  # a quote credited to its speaker ("X: …"): the date after it dates the saying
        return any(w is run[-1] for w in words[:gap])
    before = [bare(w.text) for w in words[gap + 1:start] if bare(w.text)]
    if start < gap or not before or len(before) > REPORT_TAIL:
        return False
    return before[-1] in lex.speech or before[-1] in lex.speech_content and any(w in lex.speech for w in before)


def _unnamed(run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` opens with a pronoun, so that it names no one ("We have …", "It was …"),
    or with a participle's clause before one ("Speaking to reporters, she said …")."""
    at = next((k for k, w in enumerate(run) if bare(w.text)), 0)
    if run and bare(run[at].text).endswith(lex.participle_endings or ("\0",)):
        at = next((k + 1 for k, w in enumerate(run[:-1]) if k >= at and w.ends_clause), at)
    word = next((w.text.strip(EDGE) for w in run[at:] if bare(w.text)), "")
    first = word.lower()
    if len(word) > 1 and word.isupper():  # "US", "IT": a name, not a pronoun
        return False
    return first in lex.pronouns or first in lex.first_person or first in lex.possessive_pronouns


def _best(words: list[Word], segment: tuple[float, float], lex: Lexicon, named: bool = False) -> list[Word]:
    """The run of clauses that reads best as a headline; ``named``: first of all one that opens with no pronoun.
    A run up to ``MAX_WORDS`` words beats a longer one, and a whole run one cut cleanly (see :func:`_candidates`)."""
    spans = clauses(words)
    total = count(words)
    gap_clause = next((k for k, (a, b) in enumerate(spans) if any(w.gap for w in words[a:b])), 0)
    positions = [a / max(1, len(words)) for a, _ in spans] + [1.0]

    def rank(candidate: Candidate) -> Features:  # drawn only as far as ``Ranked`` compares
        i, j, run, subject, shortened = candidate
        n = count(run)
        long_enough = n >= min(MIN_WORDS, total)
        yield long_enough and subject
        yield not _bare_report(run, lex) and not uncredited_report(words, run, lex)
        yield named and not _unnamed(opening(run, lex), lex)
        # a subordinate clause leading a main one ("Since it reopened, 700 came") gives way to it; nor "which reported …, X did"
        yield (j == i or not _subordinate(words[spans[i][0]:spans[j][1]], lex)) and not (run and bare(run[0].text) in lex.relative)
        full = bool(run) and run[-1] is words[spans[j][1] - 1]
        yield (not stops_before_predicate(words, spans, j, lex)  # whole; a report cut before its verb is not, even at a comma:
               and (not report_cut(run, lex, REPORT_SUBJECT if full else 0) or full and j + 1 == len(spans))  # "announced that its chief, …, had"
               and not cut_in_report(run, not full or j + 1 < len(spans), lex)
               and not (full and inside_phrase(words, spans, j, lex))  # not "… and new, | more virulent versions"
               and not opens_inside(words, spans, i, run, lex)  # not "X -- which groups A, | B and C -- was", "between 6 | and 20"
               and not (full and time_clause_cut(words, spans, j, run, lex)))  # not "said that when X died, |"
        yield not ends_open(run, full, lex)
        yield (i <= gap_clause <= j and (any(w.gap for w in run) or opened_by_gap(words, spans[i][0], run, lex)
                                         or reports_gap(words, spans[i][0], run, lex))
               or after_dated_opening(words, spans, i, run, lex))  # "In the courtroom [on Tuesday], | the prosecutor said"
        yield positions[i] < segment[1] and positions[j + 1] > segment[0]
        yield not headless(run, words, lex)
        yield _has_verb(run, lex) or any(agent_act(run, k, lex) for k in range(len(run)))  # "a performance by X"
        yield not only_credit(run, lex)  # "X has failed …, a think-tank said" over "a think-tank said"
        yield from (long_enough, n <= LONG_WORDS, n <= MAX_WORDS, not shortened, n >= MIN_WORDS, -(j - i), i == 0, -abs(i - gap_clause))

    candidates = _candidates(words, lex, named)
    if not candidates:
        return words
    i, j, run, _, _ = max(candidates, key=lambda candidate: Ranked(rank(candidate)))
    while j > i and run and run[-1] is words[spans[j][1] - 1] and before_credit(words, spans, j, lex):
        # "'We ran out of patience,' Anna Berg, | a driver, said": the quote, credited as a headline credits it
        quote = run[:next(k for k, w in enumerate(run) if w is words[spans[j - 1][1] - 1]) + 1]
        if credited(quote, words, lex) is quote:  # no credit found: the name stays where it was
            break
        j, run = j - 1, quote
    return credit_after_quote(run, words, lex)  # '"The ferry stopped," Anna Berg, | a driver, said'


def one_line_fallback(mention: Mention) -> str:
    return bounded(" ".join(mention.sentence.split()))  # whole, unless the "sentence" is a page
