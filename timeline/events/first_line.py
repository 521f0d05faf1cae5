"""Where a scraped page's title and photo caption run into its first sentence on the page's first line.

A saved page whose title has no line of its own writes "Velbo lifts flu curbs Shops in Velbo have been hit
hard by the outbreak Velbo has lifted all limits imposed last month, …" as one sentence: the title, a
caption, then the lead. Read whole, any headline cut from it glues the three together. On the text's first
line only, a piece ends before a capitalised word when

- the word before it is a lower-case word that needs nothing after it (not one of ``dangling``, a verb of
  saying, an auxiliary, a verb of the list, a past or a participle by its ending: "Officials in | Velbo said",
  "told | Anna Berg", "giving | Ola Lind a dose"),
- the words after it tell a sure verb within ``VERB_WORDS`` words (an auxiliary, a verb of the list, or a
  lower-case word of ``object_endings``): they start a sentence,
- the word before it is no role a name follows ("health secretary | Ola Lind said"), and the capitalised word is
  no acronym ("the strain | H1N1 is"),
- the piece before it holds ``TITLE_WORDS`` words at most (``CAPTION_WORDS`` for a caption after the title: both
  are short) and at least ``MIN_WORDS``, and
- the words after it name again a word of the page's title (the first piece): a caption and a lead tell the
  title's story ("flu", "Velbo"), a name in the middle of one sentence does not mark it.

After a name (a word the text writes capitalised inside sentences too) the verb must come within
``NAME_VERB_WORDS`` words, and a lower-case word or a possessive follows the name ("sweeps | Velbo , crosses",
"reaches | Europe The UN has" are a verb's object and another sentence), and the word before the break is no infinitive's ("to help | Velbo"). At most ``PIECES`` such breaks are made, title first, each piece at most ``TITLE_WORDS`` words.
"""

from __future__ import annotations

import itertools
import re

from .headline import Lexicon, verb_like

__all__ = ["first_line_breaks"]

#: a title holds at most this many words, a caption at most ``CAPTION_WORDS``, and either at least ``MIN_WORDS``
TITLE_WORDS = 14
CAPTION_WORDS = 24
MIN_WORDS = 4
#: the sure verb of the sentence after a break stands within this many words of its start
VERB_WORDS = 8
#: after a name the text writes inside sentences too ("Haiti", "Jackson"), the verb comes within this many words
#: after the name's words ("Velbo 's mayor says"): a name after a lower-case word is as often an object
#: ("Rotarians to help Haiti The …")
NAME_VERB_WORDS = 3
#: a word reads as a verb by an ending other than ``object_endings`` only this near the break's start
NEAR_WORDS = 3
#: at most this many breaks (title | caption | lead)
PIECES = 2
#: a word shared with the title has at least this many letters
SHARED_LETTERS = 3

_WORD = re.compile(r"\S+")
_EDGE = ".,;:!?\"'“”‘’()`"


def _bare(word: str) -> str:
    return word.strip(_EDGE).lower()


def first_line_breaks(text: str, start: int, end: int, lex: Lexicon) -> list[int]:
    """Offsets in ``text[start:end]`` where the first line's title and caption end (see the module's doc); none
    when ``start`` is not the text's first sentence."""
    if text[:start].strip():
        return []
    line_end = text.find("\n", start)
    stop = min(end, line_end) if line_end >= 0 else end
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, start, stop)]
    found: list[int] = []
    begin = 0
    title: set[str] = set()
    for k in range(1, len(words)):
        if k - begin > (CAPTION_WORDS if found else TITLE_WORDS):
            break
        if k - begin < MIN_WORDS or not _joint(words[k - 1][1], words[k][1], lex):
            continue
        rest = [w for _, w in words[k:]]
        name = _name(text, rest[0], words[k][0], lex)
        reach = NAME_VERB_WORDS if name else VERB_WORDS
        names = len(list(itertools.takewhile(lambda w: w[:1].isupper() and _bare(w) not in lex.determiners, rest)))
        after = rest[names] if names < len(rest) else ""
        if name and not (after[:1].islower() or after in lex.possessive_endings):
            continue  # "reaches | Europe The UN has", "sweeps | Mexico , crosses": an object, then another sentence
        if not _sure_verb(rest[names:names + reach], lex) or _infinitive(words, k, lex):
            continue
        piece = _content([w for _, w in words[begin:k]], lex)
        shared = title or piece
        if not shared & _content(rest, lex):
            continue
        title = title or piece
        found.append(words[k][0])
        begin = k
        if len(found) >= PIECES:
            break
    return found


def _name(text: str, word: str, at: int, lex: Lexicon) -> bool:
    """Whether ``word`` (at ``at``) is a name: no determiner or pronoun, and ``text`` writes it capitalised
    after a lower-case word somewhere else."""
    key = _bare(word)
    if not key or key in lex.determiners or key in lex.pronouns or key in lex.possessive_pronouns:
        return False
    return any(m.start() != at for m in re.finditer(rf"(?<=[a-z] ){re.escape(word.strip(_EDGE))}\b", text))


def _infinitive(words: list[tuple[int, str]], k: int, lex: Lexicon) -> bool:
    """Whether the word before the break is an infinitive's verb ("to help | Velbo"): it wants its object."""
    return k > 1 and _bare(words[k - 2][1]) in lex.infinitive


def _joint(prev: str, word: str, lex: Lexicon) -> bool:
    """Whether a sentence may start at ``word`` after ``prev``: a capitalised word after a lower-case one that
    needs nothing after it."""
    before = _bare(prev)
    if not (word[:1].isupper() and (word[1:2].islower() or len(word) == 1) and prev[:1].islower()
            and prev[-1:].islower() and before.isalpha()):
        return False  # "the strain H1N1 is": an acronym goes on in its sentence
    return not (before.endswith(lex.object_endings or ("\0",)) or prev in lex.possessive_endings or before.endswith(lex.participle_endings or ("\0",))  # "giving | Ola Lind"
                or before in lex.dangling or before in lex.role_nouns or before in lex.speaker_titles  # "secretary | Ola"
                or before in lex.person_heads or before in lex.person_nouns or before in lex.speech or before in lex.auxiliaries or before in lex.verbs
                or before in lex.subordinators or before in lex.relative)


def _sure_verb(words: list[str], lex: Lexicon) -> bool:
    """Whether ``words`` hold a lower-case auxiliary, verb of the list or word of ``object_endings``, or among their
    first ``NEAR_WORDS`` a word that reads as a verb by its ending ("says": farther on, "pigs" is as often a noun)."""
    return any(w[:1].islower() and (_bare(w) in lex.auxiliaries or _bare(w) in lex.verbs
                                    or _bare(w).endswith(lex.object_endings or ("\0",))
                                    or k < NEAR_WORDS and verb_like(_bare(w), lex))
               for k, w in enumerate(words))


def _content(words: list[str], lex: Lexicon) -> set[str]:
    """The words of ``words`` that carry content: not ``dangling``, not a determiner, at least ``SHARED_LETTERS``
    letters."""
    return {b for b in (_bare(w) for w in words) if len(b) >= SHARED_LETTERS and b.isalpha()
            and b not in lex.dangling and b not in lex.determiners and b not in lex.auxiliaries}
