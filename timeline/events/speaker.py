"""Who a headline's pronoun or quote is: the speaker a quote is credited to, the name a "he" stands for.

A summary that opens with a pronoun names no one ("We have no food", "He said the
vaccine would be ready"). These cases are safe to mend from the article's own words:

- a quote whose sentence credits it to a named speaker ('"We have no food," said Rick
  Santos', 'Rick Santos, a driver, said: "We have …"'): the headline is written as a
  headline writer credits a quote, ``Rick Santos: We have no food``;
- a quote its sentence credits to a "he" or "she" ('"We have no food," he said') right after a
  sentence of the same paragraph whose quote is credited to one named speaker ('"…," said Rick
  Santos.' or '"…," Santos said.'), or that opens with one named speaker reporting ("Mr Santos, a
  driver, said the trucks …"; see :func:`said_subject`): the same ``Rick Santos: We have no food``;
- a report whose "he" or "she" opens what a named speaker reports ("Dr Anna Berg said on
  Friday that she would open a ward"): the pronoun becomes the speaker's name, ``Dr Anna
  Berg would open a ward``;
- a sentence that opens with one of ``person_pronouns`` ("He", "She") right after a
  sentence of the same paragraph that opens with a name as its subject ("Sir Liam
  Donaldson said … . He added …"): the pronoun becomes that name.

A name is a run of at most ``NAME_WORDS`` capitalised words, none of them a function word
of the language ("The", "But"); a speaker that is not so named ("a broker said", "she
said") is left alone, as is every other pronoun ("it", "they").
"""

from __future__ import annotations

import re
import unicodedata

from .headline import EDGE, MAX_WORDS, Word, bare, count, cut, has_predicate, verb_like
from .headline_words import Lexicon
from .colon_credit import colon_speaker, quote_opens
from .placed_speaker import speaker_beyond_place
from .lead_credit import lead_reaches
from .speaker_names import NAME_WORDS, TITLED_RUN_WORDS, capital as _capital, first_person as _first_person, function_word as _function, name_after as _name_after
from .speaker_names import joint, name_past_run, name_from as _name_from, owns as _owns, titled_name, with_acronym

__all__ = ["opens_quote", "closes_quote", "speaker_before_quote", "credited", "named_subject", "names_someone", "sole_subject", "with_credit", "quote_speaker", "reporter_named", "report_credited", "said_subject", "report_speaker", "reported_clause", "NAME_WORDS", "another_person", "after_word", "speaker_of"]

#: the name of a speaker is looked for at most this many words from the verb of saying
SPEAKER_REACH = 12

def _opens(text: str) -> bool:
    """Whether ``text`` opens a quotation: its first character is an opening quote mark of any script
    (Unicode "initial punctuation": “, ‘, «), a straight double quote, or the tokenised ``````."""
    first = text[:1]
    return bool(first) and (first == '"' or text.startswith("``") or unicodedata.category(first) == "Pi")


def _closes(text: str) -> bool:
    """Whether ``text`` ends a quotation: its last character is a closing quote mark of any script
    (Unicode "final punctuation": ”, ’, »), a straight quote, or the tokenised ``''``."""
    last = text.rstrip(",.;:!?")[-1:] or text[-1:]
    return last in "\"'" or unicodedata.category(last) == "Pf" if last else False


def opens_quote(text: str) -> bool:
    """Whether ``text`` opens with a quotation (see :func:`_opens`)."""
    return _opens(text)


def closes_quote(text: str) -> bool:
    """Whether ``text`` ends with a closing quotation mark (see :func:`_closes`)."""
    return _closes(text)


def speaker_before_quote(texts: list[str], at: int, lex: Lexicon) -> tuple[str, bool]:
    """Who the words before ``texts[at]`` (a quote's opening mark) credit it to ('Anna Berg said: "…'):
    (the name, or ""; whether the credit is a "he" or "she" instead)."""
    for k in range(at - 1, max(-1, at - 4), -1):
        if bare(texts[k]) in lex.credit_speech and texts[k][:1].islower():
            start = k
            while start > 0 and k - start < NAME_WORDS and _capital(texts[start - 1]) and not _function(texts[start - 1], lex):
                start -= 1
            name = with_acronym(texts, start, _name_from(texts, start, lex)) if start < k and not joint(texts, start, lex) else ""
            return name, not name and k > 0 and bare(texts[k - 1]) in lex.person_pronouns
    return "", False


def _speaker(words: list[Word], run_ids: set[int], lex: Lexicon) -> str:
    """The named speaker a verb of saying outside the run credits, or ""."""
    texts = [w.text for w in words]
    inside = [k for k, w in enumerate(words) if id(w) in run_ids]
    if not inside:
        return ""
    first, last = inside[0], inside[-1]
    for k, text in enumerate(texts):
        if first <= k <= last or bare(text) not in lex.credit_speech or not text[:1].islower():
            continue
        if k > last:  # '"…," said Rick Santos' or '"…," Rick Santos, a driver, said'
            closes = [j for j in range(last, k) if _closes(texts[j])]
            after = _name_after(texts, k, lex)
            # right after the run or its quote: '… map", and last week said Israel was' credits no one
            if after and k - last <= SPEAKER_REACH and (k == last + 1 or closes and closes[-1] == k - 1):
                return after
            opener = (closes[-1] + 1) if closes else last + 1
            if k - opener <= SPEAKER_REACH and opener < k:
                titled = titled_name(texts, opener, lex, end=k)
                if titled is not None and not titled:
                    titled = name_past_run(texts, opener, k, lex)
                return titled or ""
        elif k < first and (first - k <= 3 or lead_reaches(texts, k, first, lex)):  # 'Rick Santos said: "We have …"'
            start = k
            while start > 0 and start > k - NAME_WORDS and _capital(texts[start - 1]) and not _function(
                    texts[start - 1], lex):
                start -= 1
            if start < k and not joint(texts, start, lex):
                if (placed := speaker_beyond_place(texts, start, lex)) is not None:
                    return placed  # "Anna Berg in Bergen says :": the run is where she is
                titled = titled_name(texts, _titled_start(texts, k, lex), lex, end=k)
                return with_acronym(texts, start, _name_from(texts, start, lex)) if titled == "" else titled or ""
    return ""


def speaker_of(run: list[Word], words: list[Word], lex: Lexicon) -> str:
    """The named speaker a verb of saying in ``words`` outside ``run`` credits ``run`` to, or ""."""
    return _speaker(words, {id(w) for w in run}, lex)


def _titled_start(texts: list[str], k: int, lex: Lexicon) -> int:
    """Where a run of capitalised and ``title_glue`` words ending right before ``texts[k]`` starts."""
    start = k
    while start > 0 and k - start < TITLED_RUN_WORDS and (
            _capital(texts[start - 1]) and not _function(texts[start - 1], lex) or start > 1
            and bare(texts[start - 1]) in lex.title_glue and _capital(texts[start - 2])):
        start -= 1
    return start

def _pronoun_credit(words: list[Word], run_ids: set[int], lex: Lexicon) -> int:
    """Where a verb of saying after the quote that holds the run credits it to a "he" or "she"
    ('"…," he said', '"…," said she'): the index in ``words`` of that credit's first word, or -1."""
    inside = [k for k, w in enumerate(words) if id(w) in run_ids]
    if not inside or any(w.text.strip(EDGE) for w in words[:inside[0]]):
        return -1  # the quote does not open its sentence: the sentence before it is not next to it
    texts = [w.text for w in words]
    for k in range(inside[0] + 1, min(len(texts), inside[-1] + SPEAKER_REACH)):
        if bare(texts[k]) in lex.credit_speech and texts[k][:1].islower():
            near = {bare(t) for t in texts[k - 1:k + 2:2]}
            quoted = any(_closes(t) for t in texts[inside[0]:k]) or _opens(texts[0])  # its close may go with a date
            return k - 1 if near & lex.person_pronouns and quoted else -1
    return -1

def quote_speaker(sentence: str, lex: Lexicon) -> str:
    """The one named speaker ``sentence`` credits a quote to ('"…," said Rick Santos.', '"…,"
    Santos said.'), or "" when it credits none or more than one."""
    texts = sentence.split()
    found: set[str] = set()
    for k, text in enumerate(texts):
        if bare(text) not in lex.credit_speech or not text[:1].islower():
            continue
        if k and _closes(texts[k - 1]):  # '"…," said Rick Santos'
            found.add(_name_from(texts, k + 1, lex))
        opener = next((j + 1 for j in range(k - 1, max(-1, k - NAME_WORDS - 2), -1) if _closes(texts[j])), -1)
        if opener > 0:  # '"…," Santos said'
            name = _name_from(texts, opener, lex)
            found.add(name if len(name.split()) == k - opener else "")
    found.discard("")
    return found.pop() if len(found) == 1 else ""


def credited(run: list[Word], words: list[Word], lex: Lexicon, previous: str = "") -> list[Word]:
    """``run`` (words of ``words``) credited to its speaker when it opens with a pronoun and
    its sentence names who said it, or credits it to a "he" or "she" whom ``previous`` (the
    sentence before, in the same paragraph) names as its one speaker: ``[Word("Rick Santos:"),
    *run]``; else ``run``."""
    opener = next((w for w in run if w.text.strip(EDGE)), None)
    if opener is None or not any(run[0] is w for w in words):  # none, or credited already ("Anna Berg: …")
        return run
    # a quote that speaks in the first person anywhere ('"Today what we have heard …," Yussef said') names its speaker too
    first_person = bool(words) and (_opens(words[0].text) or quote_opens(words, run)) and any(
        _first_person(w.text, lex) for w in run)
    if bare(opener.text) not in lex.pronouns and not _first_person(opener.text, lex) and not first_person:
        return run
    ids = {id(w) for w in run}
    name = _speaker(words, ids, lex) or colon_speaker(words, ids, lex, previous, (said_subject, quote_speaker, _agrees))
    credit = _pronoun_credit(words, ids, lex) if previous and not name else -1
    if credit >= 0:
        name = quote_speaker(previous, lex) or said_subject(previous, lex)
        pronoun = {bare(w.text) for w in words[credit:credit + 3:2]} & lex.person_pronouns
        name = name if _agrees(name, pronoun, lex) else ""
        # the run may hold its own credit ('We will open, he said'): the headline's credit stands for it
        run = [w for w in run if not any(w is x for x in words[credit:])] if name else run
    if not name or not run:
        return run
    return with_credit(name, run, opener, lex)


def _agrees(name: str, pronouns: set[str], lex: Lexicon) -> bool:
    """Whether ``name``'s honorific ("Mrs", "Mr") may be the person the ``pronouns`` ("he") stand for."""
    title = bare((name.split() or [""])[0])
    return not (title in lex.feminine and pronouns & lex.masculine or title in lex.masculine and pronouns & lex.feminine)


def with_credit(name: str, run: list[Word], opener: Word, lex: Lexicon) -> list[Word]:
    """``run`` credited to ``name`` as a headline credits a quote: "Becker: We would expect …" (``run``
    cut to fit beside the name, its ``opener`` word capitalised)."""
    head = [Word(w) for w in name.split()]
    head[-1].text += ":"
    room = MAX_WORDS - count(head)
    body = list(run if count(run) <= room else cut(run, lex, room))
    at = next((k for k, w in enumerate(body) if w is opener), -1)
    if at >= 0:
        body[at] = Word(opener.text[:1].upper() + opener.text[1:], opener.gap, opener.ends_clause)
    return head + body


def _other_name(texts: list[str], lex: Lexicon) -> bool:
    """Whether ``texts`` name someone: two capitalised words in a row, or a capitalised possessive."""
    for k, text in enumerate(texts):
        if not _capital(text) or _function(text, lex):
            continue
        nxt = texts[k + 1] if k + 1 < len(texts) else ""
        if _owns(text, lex) or _owns(nxt, lex) or _capital(nxt) and not _function(nxt, lex):
            return True
    return False


def names_someone(sentence: str, lex: Lexicon) -> bool:
    """Whether ``sentence`` names a person (two capitalised words in a row, or a capitalised possessive)
    anywhere after its first word."""
    return _other_name(sentence.split()[1:], lex)


def sole_subject(sentence: str, lex: Lexicon) -> str:
    """The one name of two words or more ``sentence`` holds, when it opens a clause as the subject of a
    lower-case verb right after it somewhere ("… uncle . '' Jean-Marc Roe wants to help …", a caption run
    into a quote) and holds none of the language's place words, or "": a second name (a place, an
    organisation, another person) makes it no one's."""
    texts = sentence.split()
    names: set[str] = set()
    subject = ""
    k = 0
    while k < len(texts):
        capital = _capital(texts[k]) and not _function(texts[k], lex)
        if capital and (_owns(texts[k], lex) or k + 1 < len(texts) and _owns(texts[k + 1], lex)):
            return ""  # "Berg 's mother filed …": someone else's act
        name = _name_from(texts, k, lex) if capital else ""
        n = len(name.split())
        if n < 2:
            k += 1
            continue
        names.add(name)
        following = texts[k + n] if k + n < len(texts) else ""
        before = texts[k - 1] if k else ""
        # a subject opens its clause ("in Port Lewis stayed" is no subject), and a place is no one
        opens = (not before[:1].isalpha() or not before[:1].islower()) and bare(before) not in lex.determiners  # "The WHO …"
        if (opens and texts[k + n - 1][-1:].isalnum() and following[:1].islower() and verb_like(bare(following), lex)
                and not any(bare(w) in lex.place_words for w in name.split())):
            subject = name
        k += n
    return subject if len(names) == 1 else ""


def said_subject(sentence: str, lex: Lexicon) -> str:
    """The one named speaker ``sentence`` opens with as the subject of a verb of saying, an apposition
    between commas allowed ("Mr Jolly , a father of two , said it was …", "Anna Berg told reporters …"),
    when it names no one else and speaks of no other person a "he" may be; or ""."""
    texts = sentence.split()
    name = _name_from(texts, 0, lex)
    n = len(name.split())
    if n < 2 or n >= len(texts) or any(bare(w) in lex.place_words for w in name.split()):
        return ""
    verb = n
    if texts[n - 1].endswith(",") or texts[n] == ",":  # "Mr Jolly , a father of two , said", "Kari Holm, 42, from Bergen, said"
        verb = next((k for k in range(n + 1, min(len(texts), n + SPEAKER_REACH))
                     if bare(texts[k]) in lex.speech and texts[k][:1].islower()), -1)
        if verb < 0 or not texts[verb - 1].endswith(",") or _other_name(texts[n:verb], lex):
            return ""
    if verb < 0 or verb >= len(texts) or bare(texts[verb]) not in lex.speech or not texts[verb][:1].islower():
        return ""
    if _other_name(texts[verb:], lex) or another_person(" ".join(texts[verb:]), "", lex):
        return ""  # "Tom Berg said Dr Roe …", "… said his client was …": whose "he"?
    return name


def named_subject(previous: str, lex: Lexicon) -> str:
    """The name ``previous`` (the sentence before) opens with as its subject, or "": a name of
    two words or more followed by a lower-case verb ("Sir Liam Donaldson said …"), when the
    sentence names no one else ("Dr White told the court that Dr Murray …": whose "he"?)."""
    texts = previous.split()
    name = _name_from(texts, 0, lex)
    n = len(name.split())
    if not name or n < 2 or n >= len(texts):
        return ""
    if _other_name(texts[n:], lex):
        return ""  # "Dr White told the court Dr Murray …", "… Jackson 's mother filed …": whose "he"?
    following = texts[n]
    # "Sir Liam Donaldson said", not "Los Angeles police said": the name is the subject of a verb;
    # not "Port Lewis stays closed": a place is no one
    if any(bare(w) in lex.place_words for w in name.split()) or another_person(previous, name, lex):
        return ""  # a place is no one; "Tom Berg said his client …": whose "he"?
    return name if following[:1].islower() and verb_like(bare(following), lex) else ""


def another_person(sentence: str, name: str, lex: Lexicon) -> bool:
    """Whether ``sentence``, after ``name``, speaks of another person a "he" or "she" may be: a person noun within
    ``OBJECT_WORDS`` of a determiner or possessive ("met the president"); no body's head after "of the", "for the"."""
    after = after_word(sentence, name.split()[-1]).split() if name else sentence.split()
    persons, bodies = lex.person_heads | lex.person_nouns, lex.company_heads | lex.institution_heads
    for k, text in enumerate(after):
        heads = persons - bodies if k and bare(after[k - 1]) in lex.noun_links else persons
        if bare(text) in lex.determiners | lex.possessive_pronouns and any(
                bare(w) in heads for w in after[k + 1:k + 2 + OBJECT_WORDS]):
            return True
    return False


def after_word(sentence: str, word: str) -> str:
    """What ``sentence`` says after its first use of ``word`` as a whole word ("Berg", not the "Berg" of
    "Bergen"); all of ``sentence`` when it does not use it."""
    found = re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", sentence)
    return sentence[found.end():] if found else sentence


#: a person noun this many words after a determiner ("the young striker") is the object's head
OBJECT_WORDS = 2
#: a speaker's title and name together are at most this many words ("US Secretary of State Hillary Clinton")
TITLED_NAME_WORDS = 8


def _name_before(words: list[Word], k: int, lex: Lexicon) -> str:
    """The speaker that opens its clause and ends right before ``words[k]`` (a verb of saying), or "":
    at most ``TITLED_NAME_WORDS`` words, the first and last capitalised ("US Secretary of State
    Hillary Clinton says"); two capitalised words at least, so "Officials say" names no one."""
    start = k
    while start > 0 and not words[start - 1].ends_clause and k - start < TITLED_NAME_WORDS:
        start -= 1
    texts = [w.text for w in words[start:k]]
    if (not texts or start > 0 and not words[start - 1].ends_clause or not _capital(texts[-1])
            or not (_capital(texts[0]) or texts[0].strip(EDGE).isupper()) or _function(texts[0], lex)
            or not _name_from(texts, len(texts) - 1, lex)):
        return ""
    last_words = [t for t in texts if _capital(t)]
    return " ".join(t.strip(",") for t in texts) if len(last_words) >= 2 else ""


def report_speaker(words: list[Word], at: int, lex: Lexicon) -> str | None:
    """When ``words[at]`` opens what a verb of saying reports ("X told the parliament that | hospital
    cases …"): the named speaker ("" when the speaker is not named), else None."""
    if at < 2 or bare(words[at - 1].text) not in lex.speech_content or words[at - 1].text[-1:] in ",;:":
        return None
    texts = [w.text for w in words]
    verbs = [k for k in range(max(0, at - 1 - SPEAKER_REACH), at - 1)
             if bare(texts[k]) in lex.speech and texts[k][:1].islower()]
    if not verbs or any(w.ends_clause for w in words[verbs[-1]:at - 1]):
        return None
    return _name_before(words, verbs[-1], lex)


def _credit(name: str, lex: Lexicon) -> list[Word]:
    """The credit a headline opens with: the name without the title before it ("England's chief officer
    Sir Anna Berg" -> "Sir Anna Berg:")."""
    texts = name.split()
    start = len(texts)
    while start > 0 and _capital(texts[start - 1]) and not _owns(texts[start - 1], lex):
        start -= 1
    head = [Word(w) for w in (texts[start:] if len(texts) - start >= 2 else texts)]
    head[-1].text += ":"
    return head


def report_credited(run: list[Word], words: list[Word], lex: Lexicon) -> list[Word]:
    """``run`` credited to its named speaker when it is what a verb of saying reports and opens with its
    own subject in lower case ("Anna Berg told the parliament that | hospital cases have doubled" ->
    "Anna Berg: Hospital cases have doubled"); else ``run``."""
    if not run or not run[0].text[:1].islower() or bare(run[0].text) in lex.pronouns:
        return run
    at = next((k for k, w in enumerate(words) if w is run[0]), -1)
    name = report_speaker(words, at, lex) if at >= 0 else None
    if not name:
        return run
    head = _credit(name, lex)
    if count(head) + count(run) > MAX_WORDS:  # no credit that would cut what is reported
        return run
    body = [Word(run[0].text[:1].upper() + run[0].text[1:], run[0].gap, run[0].ends_clause)] + run[1:]
    return head + body


def reporter_named(run: list[Word], words: list[Word], lex: Lexicon) -> list[Word]:
    """``run`` with the "he" or "she" it opens with named by the speaker whose report it is, when
    ``run`` starts right after a verb of saying and its ``speech_content`` word ("Hillary Clinton
    says at a news conference that | she will go" -> "Hillary Clinton will go"); else ``run``."""
    if not run or bare(run[0].text) not in lex.person_pronouns:
        return run
    at = next((k for k, w in enumerate(words) if w is run[0]), -1)
    name = report_speaker(words, at, lex)
    return [Word(w) for w in name.split()] + run[1:] if name else run


def reported_clause(words: list[Word], at: int, raw: list[Word], lex: Lexicon) -> bool:
    """Whether ``raw`` (from ``words[at]``) is what a named speaker reports, opening with its own subject
    in lower case ("Anna Berg told the parliament that | hospital cases have doubled")."""
    first = raw[0].text if raw else ""
    return (first[:1].islower() and bare(first) not in lex.not_subject | lex.pronouns | lex.leading
            and count(raw) >= 3 and has_predicate(raw, lex) and _fits_credit(raw, report_speaker(words, at, lex), lex))


def _fits_credit(raw: list[Word], name: str | None, lex: Lexicon) -> bool:
    """Whether ``raw`` credited to ``name`` fits a headline (an uncredited report would state a claim as fact)."""
    return bool(name) and count(_credit(name or "", lex)) + count(raw) <= MAX_WORDS
