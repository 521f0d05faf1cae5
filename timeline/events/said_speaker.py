"""Who a "He said …" or "She added …" is: the one named speaker of the sentence right before.

A report credits its speaker once by name and goes on with the pronoun and a verb of saying:
"But Chief Executive Anna Berg told the radio she expected no losses. She said sales had
recovered …". The "she" who says is the one who said before, even when what that speaker
reported speaks of other people ("… said his client had resigned"): they are spoken of, they do not
speak; but a name in what was reported ("… told the court Dr Tom Roe was tired") is a second "he" or
"she" in sight. So a summary opening with "he"/"she" and a word of ``[headline] speech`` takes the
name of the sentence before when that sentence credits what it reports to one named person, in
one of the forms a journalist credits with:

- the speaker as the subject of the verb of saying, maybe after a linking word ("But"), a fronted
  phrase up to a comma ("Last year ,"), a few lower-case words that describe them ("her partner",
  "UN spokesman") and a title of capitalised words (``speaker_titles``, glued by ``title_glue``:
  "Justice and Parliamentary Affairs Minister Tom Roe said"): the name is the capitalised words after
  the last title word, two at least ("Mr Roe": an honorific is the name's);
- the speaker between commas after their title ("Chief Spokesman for the Council , Tom Roe , told");
- the speaker after the verb at the sentence's end ("…, the crossings will open , said Tom Roe .").

Any doubt gives no name: a second verb of saying credited to someone else ("…, said Berg , while Roe
said he agreed"), two people joined in one credit ("Berg and Roe said"), a possessive, a place or a
body's word in the name. The caller (:func:`.pronoun.named_person`) checks the name's sex and kin.

Two more forms name a "he" or "she" that does anything, not only say (:func:`subject_over_objects`,
:func:`possessor`): the sentence before opens with a name as its subject and names others only after its
verb, as its objects ("Tom Roe has worked with Anna Berg and Kari Holm. In 2004 he won …": the subject
goes on), or opens with an owner's thing as its subject and names no one else ("Roe 's new show won the
prize. Speaking afterwards, he said …"). A surname alone stands for a person only when the text before
writes it after a first name ("Tom Roe").
"""

from __future__ import annotations

import re

from .antecedent import names_a_person
from .headline import EDGE, bare, verb_like
from .headline_words import Lexicon
from .owned_person import owns_a_person
from .speaker_names import NAME_WORDS, capital, function_word, owns

__all__ = ["said_speaker", "speaks_on", "subject_over_objects", "possessor", "first_named", "FRONTED_WORDS", "DESCRIBING_WORDS"]

#: a fronted phrase before the speaker ("In a statement on Friday ,") is at most this many words
FRONTED_WORDS = 6
#: lower-case words that describe a speaker before their title or name ("her partner"): at most this many
DESCRIBING_WORDS = 3
#: a speaker's title, name and description together are at most this many words before the verb
SUBJECT_WORDS = 12


def speaks_on(rest: str, lex: Lexicon) -> bool:
    """Whether ``rest`` (a summary after its opening "He" or "She") opens with a verb of saying ("said …")."""
    first = rest.split(maxsplit=1)[0] if rest.strip() else ""
    return first[:1].islower() and bare(first) in lex.speech


def said_speaker(sentence: str, lex: Lexicon, bodies: frozenset[str] = frozenset(),
                 titles: frozenset[str] = frozenset(), told: str = "", other_sex: frozenset[str] = frozenset()) -> str:
    """The one named person ``sentence`` credits what it reports to (see the module's docstring), or "";
    ``bodies`` are words no person's name holds, ``titles`` words of a title before a name besides
    ``speaker_titles`` ("Dr", "Judge"; an honorific stays with the name: "Mr Roe"). A surname alone ("Roe
    said …") is a speaker when ``told`` (the text before) writes it after a first name, in no sentence that
    holds a word of ``other_sex`` (see :func:`_first_named`)."""
    texts = sentence.split()
    titles = (lex.speaker_titles | titles) - lex.honorifics
    verbs = [k for k, text in enumerate(texts) if text[:1].islower() and bare(text) in lex.speech]
    if not verbs:
        return ""
    first = _subject(texts, verbs[0], lex, titles)
    reported = texts[verbs[0] + 1:]
    if not first:
        first, reported = _inverted(texts, verbs[0], lex), texts[:verbs[0]]
    if not first:
        first, reported = _surname(texts, verbs[0], lex, told, other_sex), texts[verbs[0] + 1:]
    if not first or any(bare(w) in lex.place_words | bodies for w in first.split()):
        return ""
    if names_a_person(" ".join(["", *reported]), lex, bodies):
        return ""  # "Anna Berg told the court that Dr Tom Roe was tired. She added …": which of them?
    for k in verbs[1:]:  # "…, said Berg , while Roe said he agreed": two speakers
        other = _subject_run(texts, k, lex, titles) or _inverted(texts, k, lex)
        if other and other != first:
            return ""
    return first


def _opening(texts: list[str], lex: Lexicon) -> int:
    """Where the subject of ``texts`` starts: after a linking word ("But") and a fronted phrase up to a
    comma among its first ``FRONTED_WORDS`` + 1 words that holds no capitalised word after its first."""
    at = 1 if len(texts) > 1 and function_word(texts[0], lex) and capital(texts[1]) else 0
    head = texts[at:at + FRONTED_WORDS + 1]
    if "," in head[1:]:
        comma = head.index(",", 1)
        if not any(capital(t) for t in head[1:comma]):
            return at + comma + 1
    return at


def _subject(texts: list[str], k: int, lex: Lexicon, titles: frozenset[str]) -> str:
    """The named speaker that is the subject of the verb ``texts[k]`` and opens the sentence (see
    :func:`_opening`), described and titled before the name; or ""."""
    start = _opening(texts, lex)
    if not 0 < k - start <= SUBJECT_WORDS:
        return ""
    between = texts[start:k]
    if between[-1] == "," and between.count(",") == 2:  # "Chief Spokesman for the Council , Tom Roe , told"
        comma = between.index(",")
        title, name = between[:comma], between[comma + 1:-1]
        if not {bare(w) for w in title} & lex.speaker_titles or not all(
                capital(t) or bare(t) in lex.title_glue | lex.determiners for t in title):
            return ""
        return _name(name, lex)
    if len(between) > 3 and _letters(between[0]) and between[1][:1].islower():
        between = between[1:]  # "UN spokesman Tom Roe told": the body's letters before the role
    described = 0
    while between and described < DESCRIBING_WORDS and between[0][:1].islower():
        word = bare(between[0])
        if verb_like(word, lex) or word in lex.relative or word in lex.title_glue:
            return ""
        between, described = between[1:], described + 1
    return _titled(between, lex, titles)


#: a body's letters before a role ("UN spokesman") are at most this many
LETTERS = 4


def _letters(text: str) -> bool:
    """Whether ``text`` is a body's letters ("UN", "WHO"): two to ``LETTERS`` capitals and nothing else."""
    return 2 <= len(text) <= LETTERS and text.isalpha() and text.isupper()


def _titled(run: list[str], lex: Lexicon, titles: frozenset[str]) -> str:
    """The name a titled run before a verb of saying ends with ("Health Secretary Anna Berg" -> "Anna Berg"), or
    "": every word capitalised (a lower-case glue word between), none a possessive or a comma's end, no
    two people ("Berg and Roe"), a people's word or a lower-case title only before the capitals."""
    if not run or any(owns(t, lex) or t[-1:] in ",;:" for t in run):
        return ""
    for j, text in enumerate(run):
        glue = bare(text) in lex.title_glue and text[:1].islower()
        if not (capital(text) or glue) or function_word(text, lex) and not glue:
            return ""
        if glue and not any(bare(t) in lex.speaker_titles for t in run[j + 1:]):
            return ""  # "Anna Berg and Tom Roe said": the glue joins two names, no title
    last = max((j for j, t in enumerate(run) if bare(t) in titles), default=-1)
    return _name(run[last + 1:], lex)


def _name(run: list[str], lex: Lexicon) -> str:
    """``run`` as a person's name: two to ``NAME_WORDS`` capitalised words, or one after an honorific
    ("Mr Roe"), without a weekday or month stuck to it ("Tom Roe Wednesday said"); else ""."""
    run = [t for t in run if bare(t) not in lex.calendar]
    if not run or any(not capital(t) or function_word(t, lex) or owns(t, lex) for t in run):
        return ""
    if not 2 <= len(run) <= NAME_WORDS:
        return ""
    return " ".join(t.strip(EDGE + "'’") for t in run)


def _subject_run(texts: list[str], k: int, lex: Lexicon, titles: frozenset[str]) -> str:
    """The capitalised words right before the verb ``texts[k]`` ("while Tom Roe said") as a name, or ""."""
    start = k
    while start > 0 and capital(texts[start - 1]) and not function_word(texts[start - 1], lex):
        start -= 1
    return _titled(texts[start:k], lex, titles) if start < k else ""


def _inverted(texts: list[str], k: int, lex: Lexicon) -> str:
    """The name after the verb ``texts[k]`` that ends the sentence, the verb after a comma ("…, said Tom
    Roe ."), or ""."""
    if not k or not (texts[k - 1] == "," or texts[k - 1].endswith(",")):
        return ""
    rest = [t for t in texts[k + 1:] if t.strip(EDGE)]
    if not rest:
        return ""
    return _name([t.rstrip(".") for t in rest], lex) if rest[-1].endswith(".") or texts[-1] == "." else ""


def subject_over_objects(sentence: str, lex: Lexicon, bodies: frozenset[str] = frozenset()) -> str:
    """The name of two words or more that opens ``sentence`` (after a linking word and a fronted phrase, see
    :func:`_opening`) as the subject of a lower-case verb, when every other name comes after that verb and
    is no subject of a clause of its own ("Anna Berg has worked with Tom Roe and Kari Holm": they are her
    objects of a preposition; a "he" or "she" after it goes on about her, the subject), and the sentence
    reports no one's words ("Berg said Roe had won": whose "he" next?); or "". A name right after the verb
    ("Anna Berg met Kari Holm"), its direct object, is as near as the subject: no one's."""
    texts = sentence.split()
    start = _opening(texts, lex)
    name = _name_run(texts, start, lex)
    n = len(name.split())
    verb = start + n
    if n < 2 or verb >= len(texts) or not (texts[verb][:1].islower() and verb_like(bare(texts[verb]), lex)):
        return ""
    if any(bare(w) in lex.place_words | bodies for w in name.split()) or any(
            t[:1].islower() and bare(t) in lex.speech for t in texts):
        return ""
    k = verb + 1
    while k < len(texts):
        other = _name_run(texts, k, lex) if capital(texts[k]) and not function_word(texts[k], lex) else ""
        if not other:
            k += 1
            continue
        end = k + len(other.split())
        after = texts[end] if end < len(texts) else ""
        if owns(texts[end - 1], lex) or after in lex.possessive_endings or after[:1].islower() and verb_like(
                bare(after), lex) or not _governed(texts, k, verb, lex):
            return ""  # "… and Tom Roe won": another subject; "Roe 's mother …": someone else's
        k += len(other.split())
    return name


def _governed(texts: list[str], k: int, verb: int, lex: Lexicon) -> bool:
    """Whether the name at ``texts[k]`` (after the verb ``texts[verb]``) follows a lower-case word other than
    a verb, maybe through the names and "and"s of a list before it ("with Tom Roe and Kari Holm")."""
    j = k - 1
    while j > verb and (capital(texts[j]) or texts[j] == "," or bare(texts[j]) in lex.title_glue):
        j -= 1
    return j > verb and texts[j][:1].islower() and not verb_like(bare(texts[j]), lex)


def _name_run(texts: list[str], start: int, lex: Lexicon) -> str:
    """The run of capitalised words at ``texts[start]`` (up to a comma), as written there, or ""."""
    run: list[str] = []
    for text in texts[start:start + NAME_WORDS + 1]:
        if not capital(text) or function_word(text, lex):
            break
        run.append(text)
        if text[-1:] in ",;:" or owns(text, lex):
            break
    if not run or len(run) > NAME_WORDS:
        return ""
    return " ".join(t.strip(EDGE + "'’") if not owns(t, lex) else t for t in run)


def possessor(sentence: str, told: str, lex: Lexicon, bodies: frozenset[str] = frozenset(),
              nations: frozenset[str] = frozenset(), other_sex: frozenset[str] = frozenset(), language: str = "") -> str:
    """The owner whose thing opens ``sentence`` as its subject ("Berg 's new film won the prize …"), when
    ``told`` (the text before) writes them as a person, with a first name ("Anna Berg"), and the sentence
    names no one else after the thing's own capitalised words ("Berg 's Harbour Festival show"); or "": a
    "he" or "she" right after it goes on about the owner, the one person in sight. An owned person of the
    ``language`` ("Berg 's lawyer spoke …", :func:`.owned_person.owns_a_person`) is a nearer "he": no owner."""
    texts = sentence.split()
    start = _opening(texts, lex)
    end = start
    while end < len(texts) and end - start < NAME_WORDS and capital(texts[end]) and not owns(texts[end], lex):
        end += 1
    owned = end < len(texts) and (texts[end] in lex.possessive_endings or owns(texts[end], lex) and capital(texts[end]))
    if not owned or function_word(texts[start], lex):
        return ""
    if texts[end] not in lex.possessive_endings:  # "Berg's", written together
        owner = texts[start:end] + [texts[end][:-len(next(e for e in lex.possessive_endings if texts[end].endswith(e)))]]
        end += 1
    else:
        owner, end = texts[start:end], end + 1
    owner = [t.strip(EDGE) for t in owner]
    if not owner or any(bare(w) in lex.place_words | bodies | lex.calendar | nations for w in owner):
        return ""
    while end < len(texts) and texts[end][:1].isupper():
        end += 1  # the thing's own name: "Harbour Festival show", "X Prize show"
    rest = [t for t in texts[end:] if capital(t) and not function_word(t, lex) and bare(t) not in lex.calendar]
    if rest or owns_a_person(texts, end, lex, language) or len(owner) == 1 and not _first_named(owner[0], told, lex, other_sex):
        return ""
    return " ".join(owner)


def _surname(texts: list[str], k: int, lex: Lexicon, told: str, other_sex: frozenset[str]) -> str:
    """The one capitalised word that opens ``texts`` (see :func:`_opening`) right before the verb ``texts[k]``,
    when ``told`` writes it after a first name (:func:`_first_named`), or ""."""
    start = _opening(texts, lex)
    word = texts[start] if k == start + 1 else ""
    if not told or not capital(word) or function_word(word, lex) or owns(word, lex) or word[-1:] in ",;:":
        return ""
    return word.strip(EDGE) if _first_named(word.strip(EDGE), told, lex, other_sex) else ""


def _first_named(last: str, told: str, lex: Lexicon, other_sex: frozenset[str] = frozenset()) -> bool:
    """Whether ``told`` writes ``last`` after a first name ("Anna Berg"): a capitalised word that is no
    function word, honorific or title of ``speaker_titles``; and no sentence writing it so holds a word of
    ``other_sex`` (the other sex's titles and forms than the pronoun's: "Ms Anna Berg", "Anna Berg sold her
    farm"), which would make the surname hers, not his."""
    found = False
    for match in re.finditer(rf"(?<![\w'’-])([A-Z][\w'’-]+) {re.escape(last)}(?![\w'’-])", told):
        word = match.group(1)
        if function_word(word, lex) or bare(word) in lex.honorifics | lex.speaker_titles | lex.calendar:
            continue
        start = max(told.rfind(". ", 0, match.start()), told.rfind("\n", 0, match.start())) + 1
        ends = [e for e in (told.find(". ", match.end()), told.find("\n", match.end())) if e >= 0]
        if {bare(w) for w in told[start:min(ends) if ends else len(told)].split()} & other_sex:
            return False
        found = True
    return found


def first_named(last: str, told: str, lex: Lexicon, other_sex: frozenset[str] = frozenset()) -> bool:
    """Whether ``told`` writes the surname ``last`` after a first name (see :func:`_first_named`)."""
    return _first_named(last, told, lex, other_sex)
