"""A speaker's name as a sentence writes it: the capitalised run by a verb of saying.

A name is a run of at most ``NAME_WORDS`` capitalised words, none of them a function word of the
language ("The", "But"), up to a comma or a lower-case word; a lower-case title may stand between
the verb and the name ("said Harbour Board chair Karl Olsen"). A title whose capitalised words are
joined by one of ``[headline] title_glue`` ("Economic and Fiscal Policy Minister Hiroko Ota told")
is read whole, and the name is what follows its last word of ``speaker_titles``
(:func:`titled_name`), so the speaker is not the title's first word ("Economic").
"""

from __future__ import annotations

from functools import lru_cache
import itertools

from .headline import EDGE, bare
from .headline_words import Lexicon

__all__ = ["NAME_WORDS", "TITLE_WORDS", "capital", "function_word", "owns", "name_from", "name_ending",
           "name_past_run", "name_after", "titled_name", "with_acronym", "joint"]

#: a name is at most this many capitalised words ("Hisham Abdel Razeq", "Sir Liam Donaldson")
NAME_WORDS = 5
#: a title and the name after it are at most this many words ("Minister of State for Trade and Industry Anna Berg")
TITLED_RUN_WORDS = 12


def capital(word: str) -> bool:
    core = word.strip(EDGE)
    return core[:1].isupper() and core[:1].isalpha() and any(c.islower() for c in core)


def function_word(word: str, lex: Lexicon) -> bool:
    core = bare(word)
    return (core in lex.subject or core in lex.not_subject or core in lex.leading or core in lex.pronouns
            or core in lex.speech or core in lex.dangling)


def owns(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` is a possessive ("Jackson's"), or its clitic alone ("'s")."""
    return bool(lex.possessive_endings) and text.endswith(lex.possessive_endings)


def name_from(texts: list[str], start: int, lex: Lexicon) -> str:
    """The name that opens ``texts[start:]``, or "": capitalised words up to a comma or a lower-case word."""
    name: list[str] = []
    for text in texts[start:start + NAME_WORDS + 1]:
        if not capital(text) or function_word(text, lex) and not name:
            break
        word = text.strip(EDGE + "'’")
        # a title keeps its own stop ("Mr. Savimbi")
        name.append(word + "." if text.rstrip(",;:").endswith(".") and word.lower() in lex.honorifics else word)
        if text[-1:] in ",;:" or owns(text, lex):
            break
    after = texts[start + len(name)] if start + len(name) < len(texts) else ""
    if not name or len(name) > NAME_WORDS or owns(texts[start + len(name) - 1], lex) or owns(after, lex) and not capital(after):
        return ""  # "Westpac Banking Corp's …", "Anna Berg 's mother": the owner is not the speaker
    return " ".join(name)

#: a body's letters that open its name are at most this many ("NHS Direct", "BBC News"): a longer word in
#: capitals before a name is more often a heading's or a dateline's ("ENTERING HAITI", "LONDON")
ACRONYM_LETTERS = 4
#: the letters open a body's name only where a clause opens: the sentence's start, or after these ("…, NHS Direct said")
CLAUSE_ENDS = (",", ";", ":", "``", '"', "“", "--", "—")


def with_acronym(texts: list[str], start: int, name: str) -> str:
    """``name`` (one capitalised word that opens at ``texts[start]``, before a verb of saying) with the body's
    letters right before it that begin it ("NHS Direct said :" -> "NHS Direct", not "Direct"); a name of two
    words or more is whole already ("US Anna Berg"), and letters after other capitals are a heading's."""
    if len(name.split()) != 1 or start < 1:
        return name
    letters = texts[start - 1].strip(EDGE)
    if not (2 <= len(letters) <= ACRONYM_LETTERS and letters.isalpha() and letters.isupper()):
        return name
    if start >= 2 and not texts[start - 2].endswith(CLAUSE_ENDS):
        return name  # "At 0930 GMT Holm said", "Speaking to CNN Holm said": the letters are no part of a name
    before = texts[start - 2].strip(EDGE) if start >= 2 else ""
    return name if before.isupper() and before.isalpha() else f"{letters} {name}"


def joint(texts: list[str], start: int, lex: Lexicon) -> bool:
    """Whether the name opening at ``texts[start]`` is the last of a joint credit ("Lars Berg and Anna Lind
    said :"): a quote two people are credited with has no one speaker."""
    return start >= 2 and bare(texts[start - 1]) in lex.lists and texts[start - 2][:1].isupper()


#: at most this many lower-case words (a title: "spokesman", "the party's spokesman") open a speaker before the name
TITLE_WORDS = 3


def name_past_run(texts: list[str], opener: int, k: int, lex: Lexicon) -> str:
    """The name that opens ``texts[opener:k]``, the words between a run and its verb of saying ``texts[k]``, or that
    ends right before the verb (:func:`name_ending`), or "". A place set off by a comma after the run is no speaker:
    in '"…," the mayor of the city, | Velbo Town, said' it is whom the role is of (by ``[furniture] place_words``)."""
    name = name_from(texts, opener, lex)
    if name and opener and texts[opener - 1].endswith(",") and any(bare(w) in lex.place_words for w in name.split()):
        return ""
    return name or name_ending(texts, opener, k, lex)


def name_ending(texts: list[str], opener: int, k: int, lex: Lexicon) -> str:
    """The name that ends right before ``texts[k]`` (a verb of saying) after at most ``TITLE_WORDS``
    lower-case words from ``opener`` ('"…," spokesman Jean-Baptiste Mattei said'), or "". After a relation
    (lower-case words ending in one of ``name_links``: "the mother of Tom Roe said") the capitalised words
    are its object, not the speaker: only a name apposed after them between commas is ("a friend of Tom
    Roe, Anna Berg, said"). After an owner ('the Harbour Board 's Dr Anna Berg said') the name is the owner's person."""
    start = k
    while start > opener and k - start < NAME_WORDS and capital(texts[start - 1]) and not function_word(texts[start - 1], lex):
        start -= 1
    lead = texts[opener:start]
    if start < k and lead and len(lead) <= TITLE_WORDS and owns(lead[-1], lex):
        return name_from(texts, start, lex)  # '"…," the Harbour Board 's Dr Anna Berg said': the body's speaker
    if (start == k or len(lead) > TITLE_WORDS or any(t[:1].isupper() for t in lead)
            or lead and bare(lead[-1]) in lex.determiners):  # "the Brazilian said": no name
        return ""
    name = name_from(texts, start, lex)
    if lead and bare(lead[-1]) in lex.name_links:
        return _apposed(texts, start + len(name.split()), k, lex) if name else ""
    return name


def _apposed(texts: list[str], at: int, k: int, lex: Lexicon) -> str:
    """The name set between commas from ``texts[at]`` right up to ``texts[k]`` (a verb of saying) after a
    relation's object ("a friend of Tom Roe, | Anna Berg, | said"), or "": the object of the relation ("the
    mother of Tom Roe said") is someone else than the speaker, who is then not named."""
    name = name_from(texts, at, lex) if texts[at - 1].endswith(",") else ""
    n = len(name.split())
    return name if n >= 2 and at + n == k and texts[k - 1].endswith(",") else ""


def name_after(texts: list[str], k: int, lex: Lexicon) -> str:
    """The name after ``texts[k]`` (a verb of saying): the one after a lower-case title when the first
    capitalised words only qualify it ("said Chinese Taipei coach Jin Hyo", "said Harbour Board chair Karl Olsen")."""
    titled = titled_name(texts, k + 1, lex)
    if titled is None or titled:  # "said Economic and Fiscal Policy Minister Hiroko Ota"
        return titled or ""
    name = name_from(texts, k + 1, lex)
    if not name:  # "said harbour chief Anna Berg", "said WHO Assistant Director General Keiji Fukuda"
        return _after_title(texts, k + 1, lex)
    at = k + 1 + len(name.split())
    if not name or texts[at - 1][-1:] in ",;:" or at >= len(texts):
        return name
    title = list(itertools.takewhile(lambda t: t[:1].islower() and not function_word(t, lex), texts[at:at + TITLE_WORDS]))
    then = at + len(title)
    if title and then < len(texts) and capital(texts[then]) and title[-1][-1:] not in ",;:":
        later = name_from(texts, then, lex)  # two words at least: "… Wen Jiabao here Thursday" names no one
        return later if len(later.split()) >= 2 else name
    return name


def _after_title(texts: list[str], start: int, lex: Lexicon) -> str:
    """The name after the last word of ``speaker_titles`` in the title that opens ``texts[start:]``: a few
    lower-case words ("harbour chief", at most ``TITLE_WORDS``) or capitalised ones too many for a name
    ("WHO Assistant Director General", a body's letters among them), then two or three capitalised words that end
    the run; else "".
    One capitalised word after the title may be a place or a body ("said chief of Velbo Town"): no name."""
    lower = list(itertools.takewhile(lambda t: t[:1].islower() and not function_word(t, lex), texts[start:start + TITLE_WORDS + 1]))
    if len(lower) > TITLE_WORDS or lower and lower[-1][-1:] in ",;:":
        return ""
    run = list(lower)
    for text in texts[start + len(lower):start + len(lower) + TITLED_RUN_WORDS]:
        acronym = len(text.strip(EDGE)) > 1 and text.strip(EDGE).isupper()  # a body's letters: "WHO", "EU"
        if not acronym and (not capital(text) or function_word(text, lex)):
            break
        run.append(text)
        if text[-1:] in ",;:" or owns(text, lex):
            break
    titles = [j for j, t in enumerate(run) if bare(t) in lex.speaker_titles]
    name = run[titles[-1] + 1:] if titles else []
    if not 2 <= len(name) <= 3 or titles[-1] < len(lower) - 1 or owns(name[-1], lex) or name[-1][-1:] in ";:":
        return ""
    return " ".join(t.strip(EDGE + "'’,") for t in name)


def titled_name(texts: list[str], start: int, lex: Lexicon, end: int | None = None) -> str | None:
    """The name after a glued title that opens ``texts[start:]`` ("Economic and Fiscal Policy Minister
    Hiroko Ota"): a run of capitalised words and ``title_glue`` words holding a glue word and a word of
    ``speaker_titles``, whose words after the last title word (one to ``NAME_WORDS``, all capitalised)
    are the name; None when such a run has no such name ("Minister of Trade and Industry Anna Berg":
    which words are the name is not safe to tell); "" when there is no such run. With ``end``, the run
    must stop right there (at the verb of saying)."""
    run: list[str] = []
    for text in texts[start:start + TITLED_RUN_WORDS + 1]:
        glue = bare(text) in lex.title_glue and text[:1].islower()
        if not glue and (not capital(text) or function_word(text, lex) and not run):
            break
        run.append(text)
        if text[-1:] in ",;:" or owns(text, lex):
            break
    while run and bare(run[-1]) in lex.title_glue:
        run.pop()
    if end is not None and start + len(run) != end or run and run[-1][-1:] in ";:" or owns(run[-1] if run else "", lex):
        return ""
    words = [bare(t) for t in run]
    titles = [j for j, w in enumerate(words) if w in lex.speaker_titles]
    glued = any(w in lex.title_glue and t[:1].islower() for w, t in zip(words, run))
    if not glued or not titles:
        return ""
    if _two_people(run, words, lex):
        return None
    name = run[titles[-1] + 1:]
    if not 1 <= len(name) <= NAME_WORDS or not all(capital(t) for t in name):
        return None
    return " ".join(t.strip(EDGE + "'’") for t in name)


def _two_people(run: list[str], words: list[str], lex: Lexicon) -> bool:
    """Whether a glue word of the titled ``run`` follows a name after a title or honorific ("President Barack Obama
    and Prime Minister Gordon Brown", "Mr. Smith and Minister Jones"): the run names two people, and
    a quote it credits is theirs jointly, no one person's ("Deputy Prime Minister and Defense Minister
    Sergei Ivanov" has no name before "and")."""
    titled = named = False  # a title or honorific seen; a capitalised word that is neither since the last one
    for text, word in zip(run, words):
        if word in lex.speaker_titles or word in lex.honorifics:
            titled, named = True, False
        elif word in lex.title_glue and text[:1].islower():
            if named:
                return True
        elif capital(text) and titled:
            named = True
    return False


def unclitic(word: str, lex: Lexicon) -> str:
    """``word`` without a clitic ending of ``lex.clitics`` ("we're" -> "we", "i’m" -> "i")."""
    return _unclitic(word, lex.clitics)


@lru_cache(maxsize=1 << 14)  # asked of every word of every summary tried: the same few thousand words
def _unclitic(word: str, clitics: frozenset[str]) -> str:
    plain = word.replace("’", "'")
    for clitic in _longest_first(clitics):
        if len(plain) > len(clitic) and plain.endswith(clitic):
            return word[:-len(clitic)]
    return word


@lru_cache(maxsize=8)
def _longest_first(clitics: frozenset[str]) -> tuple[str, ...]:
    """The clitics with straight apostrophes, longest first: sorted once, not for each of a summary's words
    (two of one length never both end a word, so their order among themselves does not matter)."""
    return tuple(sorted({c.replace("’", "'") for c in clitics}, key=len, reverse=True))


def first_person(text: str, lex: Lexicon) -> bool:
    """Whether the word ``text`` is in the first person ("We", "I've", "``we're")."""
    return unclitic(bare(text), lex) in lex.first_person
