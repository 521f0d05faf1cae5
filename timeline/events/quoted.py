"""The speaker of a quote that runs over several sentences, credited to a summary taken from one of them.

A journalist's quote often spans sentences and is credited once, where it closes or where it opens:

- '"We are seeing more cases. We expect more," said Dr Anna Berg.': a summary of the first
  sentence ("We are seeing more cases") is credited where the quote closes, in a later sentence;
- 'Anna Berg said: "This is significant. The case we are confirming had not travelled."': a summary
  of the second is credited where the quote opened, in an earlier sentence; when that credit is a
  "he" or "she", the sentence before it names who when it opens with a name ("Anna Berg, the
  port chief, said that … . She said: "…"); when the quote opens a paragraph of its own, the speaker
  that paragraph goes on in (:mod:`.quoted_paragraph`: '"…," said Anna Berg.' then '"We had … . It was …').

A quote that is a whole sentence of its own, with no credit, right after a sentence of the same paragraph
whose quote is credited to one named speaker ('"…," Anna Berg said. "We think the worst is over."'), goes on
in that speaker's voice.

Only a summary that opens with a pronoun or speaks in the first person is credited, as
:func:`.speaker.credited` credits a quote its own sentence credits: ``Anna Berg: We are seeing more
cases``. The quote is followed at most ``QUOTE_SENTENCES`` sentences either way and never across a
blank line (a new paragraph) or past another quote.
"""

from __future__ import annotations

import re

from .headline import EDGE, Word, bare, has_predicate
from .headline_words import Lexicon
from .speaker import (NAME_WORDS, SPEAKER_REACH, another_person, closes_quote, named_subject, names_someone, opens_quote,
                      quote_speaker, said_subject, speaker_before_quote, speaker_of, with_credit)
from .speaker_names import first_person, name_past_run
from .quoted_paragraph import paragraph_speaker
from .opening_credit import apposed_credit
from .unnamed_credit import unnamed_speaker
from .end_credit import apposed_name, titled_at_end
from .closing_credit import closing_credit, credited_in_run, inside_quote

__all__ = ["credit_across", "credit_after_quote", "QUOTE_SENTENCES"]

#: a quote is followed this many sentences before or after the summary's at most
QUOTE_SENTENCES = 3


def credit_across(run: list[Word], words: list[Word], text: str, bounds: list[tuple[int, int]],
                  start: int, end: int, lex: Lexicon) -> list[Word]:
    """``run`` (a summary's words, from ``words``: the sentence ``text[start:end]``) credited to the named
    speaker of the quote it is part of, when that quote opens or closes in another sentence near it (see
    the module's docstring); else ``run``."""
    opener = next((w for w in run if w.text.strip(EDGE)), None)
    if opener is None or run[0].text.endswith(":") or not _speaks(run, lex):
        return run
    if any(w.text.endswith(":") for w in run[:NAME_WORDS]) or credited_in_run(run, lex):
        return run  # credited already ("Anna Berg: …", "Anna Berg writes in her blog: …")
    marks = _marks(text[start:end])
    name = ""
    if len(marks) <= 1:  # else a quote opens and closes here: its credit, if any, is this sentence's (speaker.credited)
        # a quote opened before closes here, its credit after the close ('… for today," said Holm.'), or it is still
        # open after this sentence and closes in a later one; one open before it opened in an earlier one
        name = closing_credit(text[start:end], lex) if marks == [False] and inside_quote(run, words) else ""
        name = name or (_credit_after(text, bounds, end, lex) if _open_at(text, end) else "")
        if not name and _open_at(text, start):
            name = _credit_before(text, bounds, start, lex) or _named_before_opening(text, bounds, start, end, lex)
    elif marks == [True, False] and _whole_quote(text[start:end]):  # '"…," Anna Berg said. "We think …"'
        before = _neighbours(text, bounds, start, after=False)[:1]
        name = _closing_credit(text[before[0][0]:before[0][1]], lex) if before else ""
    if not name:  # a paragraph of quotes whose speaker the paragraph before credits
        name = paragraph_speaker(text, start, lex)
        run = _without_pronoun_credit(run, lex) if name else run
    return with_credit(name, run, opener, lex) if name and run else run


def _whole_quote(sentence: str) -> bool:
    """Whether ``sentence`` is one quote and nothing else: it opens with the quote mark and ends with the closing
    one (and its stop), crediting no one ('"We think the worst is over."')."""
    words = sentence.split()
    return bool(words) and opens_quote(words[0]) and (closes_quote(words[-1]) or len(words) > 1 and closes_quote(
        words[-2]) and not words[-1].strip(".!?"))


def _closing_credit(sentence: str, lex: Lexicon) -> str:
    """The one named speaker of a quote in ``sentence`` that ``sentence`` ends by crediting ('"…," said Anna Berg.',
    '"…" by the drought, Berg said.': the name between the last comma or closing mark and the final verb), or ""."""
    texts = sentence.split()
    if not any(opens_quote(t) or closes_quote(t) for t in texts):
        return ""
    last = len(texts) - 1
    while last > 0 and not texts[last].strip(EDGE):
        last -= 1
    if bare(texts[last]) in lex.speech and texts[last][:1].islower():  # "…, Berg said."
        opener = max((j + 1 for j in range(last) if texts[j].endswith(",") or texts[j] == "," or closes_quote(texts[j])),
                     default=0)
        name = name_past_run(texts, opener, last, lex) if 0 < opener < last else ""
        return name if len(name.split()) == last - opener else ""
    return _last_voice(sentence, quote_speaker(sentence, lex), lex)


def _last_voice(sentence: str, name: str, lex: Lexicon) -> str:
    """``name``, the speaker of a quote in ``sentence``, unless another clause after that credit names
    someone else ('"…," Anna Berg said, before her rival Tom Holm answered.'), who may be the next quote's
    speaker ('Ferguson said the findings confirmed that decisions must be taken' stays Ferguson's)."""
    if not name:
        return ""
    _, found, tail = sentence.rpartition(name.split()[-1])
    words = tail.split() if found else []
    opens = next((k for k, w in enumerate(words) if bare(w) in lex.subordinators or bare(w) in lex.conjunctions), len(words))
    return "" if any(w[:1].isupper() and bare(w).isalpha() for w in words[opens + 1:]) else name


def _without_pronoun_credit(run: list[Word], lex: Lexicon) -> list[Word]:
    """``run`` without the "he said" that ends it ('We will open," he said'): the headline's credit stands for it."""
    at = next((k for k in range(1, len(run) - 1) if bare(run[k].text) in lex.person_pronouns
               and bare(run[k + 1].text) in lex.speech and run[k + 1].text[:1].islower()), len(run))
    return run[:at]


def _marks(text: str) -> list[bool]:
    """The quotation marks of ``text``'s words, in order: True for one that opens a quote, False for one that
    closes it; a word that opens and closes its own ('"productive,"') is no mark."""
    return [opens_quote(t) for t in text.split() if opens_quote(t) != closes_quote(t)]


def _open_at(text: str, offset: int) -> bool:
    """Whether a quote is open at ``offset``: opened since its paragraph began and not yet closed."""
    breaks = [m.end() for m in re.finditer(r"\n[ \t\r]*\n", text[:offset])]
    opened = False
    for mark in _marks(text[breaks[-1] if breaks else 0:offset]):
        opened = mark
    return opened


def _speaks(run: list[Word], lex: Lexicon) -> bool:
    """Whether ``run`` opens with a pronoun or speaks in the first person anywhere ("The person we are confirming")."""
    first = bare(next(w.text for w in run if w.text.strip(EDGE)))
    return first in lex.pronouns or any(first_person(w.text, lex) for w in run)


def _neighbours(text: str, bounds: list[tuple[int, int]], edge: int, after: bool) -> list[tuple[int, int]]:
    """The sentences after (or before, nearest first) offset ``edge``: at most ``QUOTE_SENTENCES``, none across a blank line."""
    found: list[tuple[int, int]] = []
    pool = [b for b in bounds if b[0] >= edge] if after else [b for b in reversed(bounds) if b[1] <= edge]
    for a, b in pool:
        between = text[edge:a] if after else text[b:edge]
        if "\n\n" in between.replace(" ", "").replace("\r", "") or len(found) == QUOTE_SENTENCES:
            break
        found.append((a, b))
        edge = b if after else a
    return found


def _credit_after(text: str, bounds: list[tuple[int, int]], end: int, lex: Lexicon) -> str:
    """The speaker the sentence that closes the quote credits it to ('…," said Dr Anna Berg.', '…," one pharmacist
    said.': :func:`.closing_credit.closing_credit`), or ""."""
    for a, b in _neighbours(text, bounds, end, after=True):
        marks = _marks(text[a:b])
        if not marks:
            continue
        if marks[0]:
            return ""  # another quote opens before this one closes
        return closing_credit(text[a:b], lex)
    return ""


def _credit_before(text: str, bounds: list[tuple[int, int]], start: int, lex: Lexicon) -> str:
    """The named speaker of the sentence that opens the quote ('Anna Berg said: "…'), or the name the
    sentence before that opens with when the credit is a "he" or "she", or ""."""
    nearby = _neighbours(text, bounds, start, after=False)
    for k, (a, b) in enumerate(nearby):
        texts = text[a:b].split()
        marks = [j for j, t in enumerate(texts) if opens_quote(t) != closes_quote(t)]
        if not marks:
            continue
        at = marks[-1]
        if not opens_quote(texts[at]):
            return ""  # the nearest mark closes a quote: this sentence is no quote's middle
        name, pronoun = speaker_before_quote(texts, at, lex)
        name = name or ("" if pronoun else apposed_credit(texts, at, lex))  # 'Anna Berg, who …, said: "…'
        if name or not pronoun:  # a quote that opens its paragraph goes on in the voice of the one before
            return name or (paragraph_speaker(text, a, lex, runs_on=True) if at == 0 else "")
        before = _neighbours(text, bounds, a, after=False)[:1]
        sentence = text[before[0][0]:before[0][1]] if before else ""
        return named_subject(sentence, lex) or _apposed_speaker(sentence, lex) if sentence else ""
    return ""


def _named_before_opening(text: str, bounds: list[tuple[int, int]], start: int, end: int, lex: Lexicon) -> str:
    """When the quote the sentence ``text[start:end]`` is part of closes in it with a "he" or "she" credit
    ('… is big," he said.') and opened in an earlier sentence, the one name the sentence before that opening
    opens with as its subject ('Anna Berg described the aid as a mess. "When …'), or ""."""
    texts = text[start:end].split()
    close = next((k for k in range(len(texts) - 1, -1, -1) if closes_quote(texts[k]) and not opens_quote(texts[k])), -1)
    credit = {bare(t) for t in texts[close + 1:close + 4]}
    if close < 0 or not credit & lex.person_pronouns or not credit & lex.speech:
        return ""
    for a, b in _neighbours(text, bounds, start, after=False):
        marks = _marks(text[a:b])
        if not marks:
            continue
        if not marks[-1]:
            return ""  # another quote closes before this one opened
        before = _neighbours(text, bounds, a, after=False)[:1]
        sentence = text[before[0][0]:before[0][1]] if before else ""
        name = (named_subject(sentence, lex) or said_subject(sentence, lex) or _titled_speaker(sentence, lex)
                if sentence and not _marks(sentence) else "")
        rest = sentence.split(name.split()[-1], 1)[-1] if name else ""
        return "" if not name or another_person(sentence, name, lex) or names_someone(rest, lex) else name
    return ""


def _titled_speaker(sentence: str, lex: Lexicon) -> str:
    """The name right after a lower-case title and right before the verb of saying that is ``sentence``'s first
    ("Velbo port chief Olle Lund says there is …"): two capitalised words at least, or ""."""
    texts = sentence.split()
    verb = next((k for k, t in enumerate(texts[:SPEAKER_REACH]) if bare(t) in lex.speech and t[:1].islower()), -1)
    return _titled(texts[:verb], lex) if verb > 0 else ""


def _titled(texts: list[str], lex: Lexicon) -> str:
    """The name that opens ``texts`` or follows a lower-case title near their start ("Anna Berg , a doctor ,", "deputy
    health minister Anna Berg", "Velbo port chief Olle Lund"), up to a comma or the end: two to ``NAME_WORDS``
    capitalised words, or ""."""
    title = next((k + 1 for k, t in enumerate(texts[:NAME_WORDS + 1]) if t[:1].islower() and bare(t) in lex.speaker_titles
                  and texts[k + 1:k + 2] and texts[k + 1][:1].isupper()), 0)  # else the name opens the texts
    name: list[str] = []
    for text in texts[title:]:
        if text == "," or not text.rstrip(",")[:1].isupper() or not text.rstrip(",").isalpha():
            break
        name.append(text.rstrip(","))
        if text.endswith(","):
            break
    ends = title + len(name)
    whole = ends == len(texts) or texts[ends - 1].endswith(",") or texts[ends] == ","
    return " ".join(name) if 2 <= len(name) <= NAME_WORDS and whole else ""


def _apposed_speaker(sentence: str, lex: Lexicon) -> str:
    """The name set between commas right before the verb of saying that is ``sentence``'s first
    ("The regional health chief , Kari Nordmann , said that …"): two capitalised words at least, or ""."""
    texts = sentence.replace(",", " , ").split()
    verb = next((k for k, t in enumerate(texts) if bare(t) in lex.speech and t[:1].islower()), -1)
    if verb < 3 or texts[verb - 1] != ",":
        return ""
    comma = max((k for k in range(verb - 1) if texts[k] == ","), default=-1)
    name = texts[comma + 1:verb - 1] if comma >= 0 else []
    if len(name) < 2 or len(name) > NAME_WORDS or not all(w[:1].isupper() and w[1:].islower() or w in lex.name_links
                                                              for w in name):
        return ""
    return " ".join(name)


#: a closing quote mark after the comma, stop or mark that ends what was said ('stopped,"', "patience,'", "today ,’")
_CLOSED = re.compile(r"[,.!?][\"'”’»]+$")
#: a word that is only a closing quote mark (tokenised: "today , '' Anna")
_MARKS = {"''", '"', "'", "”", "’", "»"}


def credit_after_quote(run: list[Word], words: list[Word], lex: Lexicon) -> list[Word]:
    """``run`` (words of the sentence ``words``) cut where what was said ends and credited to its named
    speaker, when all the run holds after that is the speaker's credit, cut off from its verb or whole
    ('"The ferry stopped," Anna Berg, a driver,' of '… said.'; '"…," said Anna Berg'; 'The ferry stopped, Anna
    Berg, a driver,' of '… said.'): ``Anna Berg: The ferry stopped``; else ``run``. One speaker only: a
    credit holding a list ("Anna Berg and Olle Lund said") is left as it is."""
    quoted = any(_opening(w.text, lex) or w.text in _MARKS or _CLOSED.search(w.text) for w in words)
    said, at = _quote(run, words, lex) if quoted else _reported(run)
    if not said or not (has_predicate(said, lex) or bare(said[0].text) in lex.pronouns and len(said) > 2):
        return run  # a quote with no verb of its own is no headline for its speaker ("We won't call it" has one)
    tail = run[len(said) + next(k for k, w in enumerate(run) if w is said[0]):]
    at += next(k for k, w in enumerate(words) if w is said[-1]) + 1
    rest = words[at:at + 2 * SPEAKER_REACH]  # the credit may hold a long apposition
    verb = next((k for k, w in enumerate(rest) if w.text[:1].islower() and bare(w.text) in lex.speech), -1)
    unnamed = unnamed_speaker(rest, verb, lex) if verb >= 0 else ""  # '"…," one pharmacist said'
    first = next((w for w in said if w.text.strip(EDGE)), None)
    if unnamed and first and bare(first.text) not in lex.pronouns - lex.first_person:  # not '"He arrived …," an aide said'
        return with_credit(unnamed, said, first, lex)
    credit_texts = [w.text for w in rest[:verb] if w.text not in _MARKS] if verb > 0 else []
    titled = (titled_at_end([t for t in credit_texts if t.strip(EDGE)], lex) if not tail else "") or apposed_name(
        credit_texts, lex)
    if titled and first:  # '"…," commander of the port guard General Anna Berg said', '"…," Anna Berg, head of …, said'
        return with_credit(titled, [w for w in said if w.text not in _MARKS], first, lex)
    if verb < 0 or has_predicate(rest[:verb], lex) or any(bare(w.text) in lex.lists for w in rest[:verb]) or has_predicate(
            [w for w in tail if not (w.text[:1].islower() and bare(w.text) in lex.speech)], lex):
        return run  # what follows tells something of its own ('"…," she said, adding that …')
    credit = rest[:verb]
    texts = [w.text for w in credit if any(c.isalnum() for c in w.text) or w.text == ","]
    name = speaker_of(said, words, lex) or _body(credit, lex) or _titled(texts, lex) or _role_then_name(texts, lex)
    opener = next((w for w in said if w.text.strip(EDGE)), None)
    while said and said[-1].text in _MARKS:  # tokenised: "goal , | ''": the run ends at its clause's comma
        said = said[:-1]
    return with_credit(name, said, opener, lex) if name and opener is not None else run


def _quote(run: list[Word], words: list[Word], lex: Lexicon) -> tuple[list[Word], int]:
    """The quote ``run`` holds, from its opening mark to its close (without the words before it opened: "They
    asked us to help, "Our problem …," X said" credits no one with the first), and how many words of
    ``words`` its closing mark takes after its last word (1 when the mark is past the run; more when the run
    was cut short of the quote's close: '"We found no intent, | but only …," X said'); ([], 0) if none."""
    close = next((k for k in range(len(run) - 2, 0, -1) if _closing(run, k)), -1)
    first = next((k for k, w in enumerate(words) if w is run[0]), 0) if run else 0
    if (close < 0 and len(run) > 1 and run[-1].gap and _closing(run, len(run) - 1)
            and (_opening(run[0].text, lex) or first and _opening(words[first - 1].text, lex))):
        close = len(run) - 1  # the date was the last words of the quote the run opens: '"We are lowering it [today,"]'
    end = next((k for k, w in enumerate(words) if w is run[-1]), -1) if run else -1
    beyond = close < 0 and 0 <= end < len(words) - 1 and _closing(words, end + 1)  # tokenised: "fuel , | ''"
    close, past = (len(run) - 1, 1) if beyond else (close, 0)
    if close < 0 and end >= 0 and (_opening(run[0].text, lex) or first and _opening(words[first - 1].text, lex)):
        later = next((k for k in range(end + 1, len(words)) if _closing(words, k)), -1)  # a quote cut short of its close
        if later > end and not any(_opening(w.text, lex) for w in words[end + 1:later + 1]):
            close, past = len(run) - 1, later - end
    opened = [k for k, w in enumerate(run[:close]) if _opening(w.text, lex)]
    if not opened and (first and _opening(words[first - 1].text, lex)  # tokenised: "`` | We will …"
                       or not any(_opening(w.text, lex) for w in words[:first + close])):  # opened a sentence before
        opened = [0]
    if close < 0 or not opened or any(_closing(run, k) and not run[k].gap for k in range(opened[-1] + 1, close)):
        return [], 0
    return run[opened[-1]:close + 1], past


def _body(credit: list[Word], lex: Lexicon) -> str:
    """The name of a body that ``credit`` (the words before a verb of saying) opens with after a definite article,
    up to its comma ("the BBC, a broadcaster," -> "BBC"), or ""."""
    texts = [w.text for w in credit if w.text.strip(EDGE)]
    if len(texts) < 2 or bare(texts[0]) not in lex.definite:
        return ""
    end = next((k for k, t in enumerate(texts) if t.endswith(",")), len(texts) - 1) + 1
    name = [t.rstrip(",") for t in texts[1:end]]
    if len(name) > NAME_WORDS or not all(t[:1].isupper() and t.isalnum() for t in name):
        return ""  # not "the rescue commander", "the BBC's reporter"
    return " ".join(name)


def _role_then_name(texts: list[str], lex: Lexicon) -> str:
    """The name set off by commas after a role that opens a quote's credit, up to its verb of saying ("the
    harbour's health chief, Olle Lund," of '"…," the harbour's health chief, Olle Lund, said'), or "": the
    role alone names no one a reader knows, the name after it does; a place (by ``[furniture] place_words``) is
    no one."""
    spaced = " ".join(texts).replace(",", " , ").split()
    if len(spaced) < 4 or spaced[-1] != "," or not spaced[0][:1].islower():
        return ""
    comma = spaced.index(",")
    name = spaced[comma + 1:-1]
    if comma < 1 or not 2 <= len(name) <= NAME_WORDS or not all(
            t[:1].isupper() and t.replace("-", "").isalpha() or t in lex.name_links for t in name):
        return ""
    if any(t.lower() in lex.place_words for t in name):
        return ""  # "the mayor of the city, Velbo Town,": the place the role names, no one who speaks
    return " ".join(name)


def _reported(run: list[Word]) -> tuple[list[Word], int]:
    """What ``run`` reports with no quote marks, up to the clause end its speaker's name follows ("The ferry
    stopped, | Anna Berg, a driver,"), and 0; ([], 0) if no clause of it opens with a capital after the first."""
    end = next((k for k in range(len(run) - 2, 0, -1) if (run[k].ends_clause or run[k].text.endswith(","))
                and run[k + 1].text[:1].isupper()), -1)
    return (run[:end + 1], 0) if end > 0 else ([], 0)


def _closing(run: list[Word], k: int) -> bool:
    """Whether ``run[k]`` closes a quote after what was said ends ('stopped,"'; tokenised ", ''"), or is the gap
    of a date cut out with the comma and mark after it ('stopped [on Monday,"]')."""
    text = run[k].text
    return (bool(_CLOSED.search(text)) or text in _MARKS and run[k - 1].text[-1:] in ",.!?"
            or run[k].gap and not text and run[k].ends_clause)


def _opening(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` opens a quote, with double marks or single ones ("'We"; not a clitic: "We 've")."""
    return opens_quote(text) or text[:1] in "'‘" and text[1:2].isalnum() and text.lower() not in lex.clitics | lex.elisions
