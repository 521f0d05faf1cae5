"""Which "The auction" is: the one fuller phrase with that head the story used just before.

A story names a thing once in full ("Artists will take part in a special eBay auction set up by the
festival's organiser") and then calls it by its head alone: "The auction kicked off at 0900 GMT on Friday."
A timeline row "The auction kicked off" tells no one which auction. :mod:`.situated` names a body, a person
or an owned happening; any other thing called "The <head>" is left as the sentence wrote it.

So a summary that opens "The [describing words] <head>" before a verb (the head and its describing words
written small: "The auction", "The preliminary hearing") is read back through the title and the sentences
right before its own (:func:`.referent.earlier_sentences`) for the uses of the same head:

- a use that bears a name is a fuller phrase: a capitalised word among its describing words (not a sentence's
  first word, nor one of ``[situated] name_outer``: "a special eBay auction", "the Haiti appeal"), or a link of
  ``[fuller_phrase] links`` and a run of capitalised words after the head ("the death toll in Mexico");
- the summary opens as that phrase told it ("The eBay auction kicked off …", "The death toll in Mexico …")
  when exactly one name is borne by those uses, and by the uses of the head in all the text before (title
  first: "the Berkshire school" a few sentences further back is another school than "the school in Handsworth"),
  and no use of the head there points at another one (after a
  word of ``[fuller_phrase] other_determiners``: "another auction", "a second auction"; nor after "a" with no
  name: "an auction" may be another one; nor a use described in small words with no name: "the field hospital"
  beside "the Royal Free hospital"), and the summary's own
  describing words are among the phrase's ("The first auction" is not "the eBay auction").

A part of a trial ("The jury", one of ``[fuller_phrase] trial_parts``) is told with the trial it sits in, as
:mod:`.owned_happening` tells "The trial" ("The jury in the trial of Dr Anna Berg was chosen"). A wrong name
is worse than none: any doubt leaves the summary as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .headline import EDGE, bare, verb_like
from .headline_words import lexicon, lowered, resource_table
from .owned_happening import owned_happening
from .places import places

__all__ = ["fuller_phrase", "DESCRIBING_WORDS", "NAME_WORDS"]

#: describing words between a determiner and its head, at most ("a special eBay charity auction")
DESCRIBING_WORDS = 4
#: capitalised words of a name after a link, at most ("the death toll in Mexico City")
NAME_WORDS = 5
#: where a sentence of the text before ends: a stop and a space, or a line's end
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
#: words before a determiner that may open a sentence with a landmark's phrase ("Next to", "Right beside")
LANDMARK_WORDS = 3
#: a word that may describe a head: letters, figures, a hyphen or an apostrophe inside, a currency sign
_WORD = re.compile(r"[£$€]?[\w][\w'’.-]*")


#: the ``[situated]`` lists of persons' nouns: a person called by a noun is named or described by other modules
#: (:mod:`.described`, :mod:`.epithet`), and a capitalised word beside one tells no one ("the Velorian man");
#: a country is named by :mod:`.named_country` ("the African country" tells no more)
_PERSON_LISTS = ("country_heads", "described_heads", "person_heads", "epithet_heads", "person_nouns", "role_nouns", "person_like")


@dataclass(frozen=True)
class _Words:
    the: frozenset[str]
    links: frozenset[str]
    others: frozenset[str]
    indefinite: frozenset[str]
    outer: frozenset[str]
    inner: frozenset[str]
    trial_parts: frozenset[str]
    place_heads: frozenset[str]
    persons: frozenset[str]
    part_link: str
    trial: str


@lru_cache(maxsize=None)
def _words(language: str) -> _Words | None:
    """The ``[fuller_phrase]`` lists and the ``[situated]`` words they lean on, or None without them."""
    table = resource_table(language, "fuller_phrase")
    situated = resource_table(language, "situated")
    if not table:
        return None
    return _Words(lowered(situated, "the"), lowered(table, "links"), lowered(table, "other_determiners"),
                  lowered(situated, "apposition_describing"),
                  frozenset(situated.get("name_outer", [])), frozenset(situated.get("name_inner", [])),
                  lowered(table, "trial_parts"),
                  lowered(table, "place_heads"),
                  frozenset().union(*(lowered(situated, name) for name in _PERSON_LISTS)),
                  str(table.get("part_link", "")), str(table.get("trial", "")))


def fuller_phrase(summary: str, sentences: list[str], told: str, language: str) -> str:
    """``summary`` with its opening "The <head>" told as the one fuller phrase ``sentences`` (the title and the
    sentences right before the summary's, in any order) used for that head, or a jury in the trial ``told`` (the
    title and text before the summary's sentence) tells whole (see the module's docstring); else ``summary``."""
    words = _words(language)
    if words is None:
        return summary
    lex = lexicon(language)
    texts = summary.split()
    if len(texts) < 3 or texts[0].lower() not in words.the:
        return summary
    at = next((k for k in range(1, min(len(texts) - 1, DESCRIBING_WORDS + 2))
               if _verb(bare(texts[k + 1]), lex) and texts[k + 1][:1].islower()), 0)
    own = texts[1:at + 1]
    if not at or any(not re.fullmatch(r"[a-z][a-z-]*", w) or w in lex.cut_before_phrase | lex.determiners for w in own):
        return summary  # "The trial of …", "The heads of state will", "The World Health Organization …": no bare head
    head, describing = own[-1], own[:-1]
    if head in words.persons:
        return summary
    rest = " ".join(texts[at + 1:])
    if head in words.trial_parts and not describing:
        return _in_trial(summary, texts[0], head, rest, told, words, language)
    phrases = [p for sentence in sentences for p in _uses(sentence, head, words, lex, language)]
    # a rival anywhere before ("the Berkshire school" … "the school in Handsworth") leaves the doubt
    every = [p for sentence in _SENTENCE_END.split(told) for p in _uses(sentence, head, words, lex, language)]
    if any(p is None for p in phrases + every):
        return summary  # "another auction": which one is the summary's?
    named = {tuple(p.name) for p in phrases + every if p and p.name}
    if len(named) != 1 or not any(p and p.name for p in phrases):
        return summary
    use = next(p for p in phrases if p and p.name)
    if any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", rest) for w in use.name):
        return summary  # "The earthquake has brought devastation to parts of Haiti": it names its place already
    lowered_before = [w.lower() for w in use.describing]
    if any(w not in lowered_before for w in describing):
        return summary  # "The first auction" beside "the eBay auction": maybe another
    if use.link == "'s":  # "Norland 's health ministry": the owner opens it
        return f"{' '.join(use.name)}'s {' '.join(use.describing + [use.head])} {rest}"
    if use.link and head in words.place_heads and not describing:
        return f"{' '.join(use.name)} {rest}"  # "the northern city of Bergen": Bergen
    # "the special Kilnworks auction": from its name on; "the trial of Ola Brekke": the head and its link
    first = min([lowered_before.index(w) for w in describing]
                + [len(use.describing) if use.link else use.describing.index(use.name[0])])
    # the summary's own words as it wrote them ("armed" of a title's "Armed Chinese police")
    told_words = [w if w in use.name or w.lower() not in describing else w.lower() for w in use.describing[first:]]
    phrase = " ".join(told_words + [use.head] + ([use.link] + use.name if use.link else []))
    return f"{texts[0]} {phrase} {rest}"


@dataclass(frozen=True)
class _Use:
    """One use of a head in the text before: its describing words, the head as written, the name it bears
    ([] for none) and how: a link word before the name, "'s" for an owner, "" for a describing word."""
    describing: list[str]
    head: str
    name: list[str]
    link: str


def _uses(sentence: str, head: str, words: _Words, lex, language: str) -> list[_Use | None]:
    """Each use of ``head`` in ``sentence`` (see :class:`_Use`); None for a use that may be another one: after
    one of ``other_determiners`` ("another auction") or after "a" with no name ("an auction")."""
    tokens = sentence.split()
    found: list[_Use | None] = []
    for k, written in enumerate(tokens):
        token = written.strip(EDGE)  # "… over the Vukovar massacre;"
        if token.lower() != head or _compound(tokens, k, written, lex) or token != head and _name_goes_on(tokens, k, written):
            continue  # "a Florida shuttle landing try", "the Moscow Film Festival": the head describes another noun
        j = k
        while (j > 0 and written[:1] not in EDGE and k - j < DESCRIBING_WORDS and _WORD.fullmatch(tokens[j - 1]) and not _stops(tokens[j - 1], lex)
               and not _possessive(tokens[j - 1])):
            j -= 1
        describing = tokens[j:k]
        determiner = bare(tokens[j - 1]) if j else ""
        if determiner in words.others or any(bare(w) in words.others for w in describing):
            found.append(None)
            continue
        if _landmark(tokens, j, lex) or _listed(tokens, j, written, lex):
            found.append(None)  # "Next to a US cargo plane is a passenger jet": the thing is another; in a list
            continue  # ("a Harbour Summit, an Ostra conference, and a forum") another item may be of its kind
        # a sentence's first word has a capital anyway: a name there only when it is a country's ("British");
        # "the Health Ministry": capitals of a name's kind, no name of its own
        opening = not any(c.isalpha() for t in tokens[:j] for c in t)
        # only in a noun phrase: after a determiner ("a special eBay auction") or a word of its sentence ("said UN
        # experts"); a headline's "France: Greens strike electoral deal" may be a clause
        determined = determiner in lex.determiners | words.the
        phrase = opening or determined or tokens[j - 1].isalpha() and tokens[j - 1].islower()
        if opening and describing and _capitalised(describing[0], words) and not _country(describing[0], language):
            found.append(None)  # "Marlowe school and Penrose school closed": a first word may be a name too
            continue
        # a country's word names only after an article, or opening its sentence ("paralysed Norwegian government")
        capital = [w for n, w in enumerate(describing) if _capitalised(w, words)
                   and not (opening and n == 0 and not _country(w, language))
                   and (determined or opening or not _country(w, language))] if token == head and phrase else []
        name, link = _owner(tokens, j, words, language), "'s"
        if not name and token == written:  # "… the massacre; the town …": no link after it
            name, link = _linked(tokens, k, words), tokens[k + 1].lower() if k + 1 < len(tokens) else ""
        if name is None:
            found.append(None)  # "the trial of Tom Berg 's doctor": an owner told by another's name
            continue
        if token != head and not name:  # "the National Rainbow Coalition": the head in a name of its own
            capitals = [w for n, w in enumerate(describing) if _capitalised(w, words) and not (opening and n == 0)]
            name, link = capitals + [token] if capitals else [], ""
        if not name:
            name, link = capital, ""
        if not name and (determiner in words.indefinite or any(w[:1].islower() for w in describing)):
            found.append(None)  # "an auction", "the field hospital" bearing no name: maybe another one
            continue
        found.append(_Use(describing, token, name, link))
    return found


def _compound(tokens: list[str], k: int, written: str, lex) -> bool:
    """Whether the head ``tokens[k]`` describes the noun after it ("shuttle landing try"): a word written small
    follows it in its clause, ending as a participle does (``[headline] participle_endings``: "landing") and read as
    no verb, and then a noun, not the participle's object ("judges probing the scandal"). A headline's plain verb
    ("Armed police surround …") reads as no noun: only such endings are sure."""
    if written[-1:] in EDGE or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1].strip(EDGE)
    endings = tuple(lex.participle_endings)
    if not (endings and after.isalpha() and after.islower() and after.endswith(endings) and not _verb(after, lex)):
        return False
    noun = tokens[k + 2].strip(EDGE) if k + 2 < len(tokens) and tokens[k + 1] == after else ""
    # "judges probing the scandal": a participle with its object; "shuttle landing try": a noun after a noun
    return noun.isalpha() and noun.islower() and noun not in lex.determiners | lex.cut_before_phrase | lex.pronouns | (
        lex.conjunctions)


def _name_goes_on(tokens: list[str], k: int, written: str) -> bool:
    """Whether a capitalised word follows the capitalised head ``tokens[k]`` in its name ("Film Festival")."""
    return written[-1:] not in EDGE and k + 1 < len(tokens) and tokens[k + 1][:1].isupper()


def _listed(tokens: list[str], j: int, written: str, lex) -> bool:
    """Whether the phrase whose describing words start at ``j`` (its head written ``written``) is an item of a list:
    a comma right before its determiner, or right after its head before a determiner or a conjunction, in a sentence
    with a conjunction."""
    before = tokens[j - 2] if j >= 2 else ""
    k = next((n for n in range(j, len(tokens)) if tokens[n] is written), len(tokens))
    after = tokens[k + 1:k + 3] if written.endswith(",") else tokens[k + 2:k + 4] if tokens[k + 1:k + 2] == [","] else []
    # "an Ostra conference, and a forum", "…, a Harbour Summit": not "an auction, which …"
    item = bool(after) and bare(after[0]) in lex.determiners | lex.conjunctions
    return (before.endswith(",") or item) and any(bare(t) in lex.conjunctions for t in tokens)


def _landmark(tokens: list[str], j: int, lex) -> bool:
    """Whether the phrase whose describing words start at ``j`` is in a phrase its sentence opens with, after a
    preposition ("Next to a giant cargo plane is a passenger jet"): a landmark for the thing the sentence is about."""
    before = [bare(t) for t in tokens[:max(0, j - 1)] if any(c.isalpha() for c in t)]
    return 0 < len(before) <= LANDMARK_WORDS and any(w in lex.cut_before_phrase for w in before)


def _country(word: str, language: str) -> bool:
    """Whether ``word`` is a form of a country of ``[places]`` ("British", "Norland")."""
    found = places(language)
    return found is not None and found.pattern.fullmatch(word) is not None


def _possessive(token: str) -> bool:
    """Whether ``token`` is a possessive's mark or ends with one ("'s", "Norland's")."""
    return token in ("'s", "’s", "'") or token.endswith(("'s", "’s"))


def _owner(tokens: list[str], j: int, words: _Words, language: str) -> list[str]:
    """The name owning the phrase whose describing words start at ``j``: the capitalised words before a
    possessive's mark there ("Norland 's", "Norland's"), or []."""
    if not j or not _possessive(tokens[j - 1]):
        return []
    end = j - 1 if tokens[j - 1] in ("'s", "’s", "'") else j
    last = tokens[end - 1].removesuffix("'s").removesuffix("’s") if end == j else ""
    run = [last] if last else []
    k = end - 1 if last else end
    while k > 0 and len(run) < NAME_WORDS and tokens[k - 1] == tokens[k - 1].strip(EDGE):
        inner = tokens[k - 1] in words.inner and k > 1 and _capitalised(tokens[k - 2], words)
        if not (inner or _capitalised(tokens[k - 1], words)):  # "Hampshire Fire and Rescue 's": "and" inside
            break
        run.insert(0, tokens[k - 1])
        k -= 1
    if not run or not all(_capitalised(w, words) or w in words.inner for w in run) or (
            k == 0 and len(run) == 1 and not _country(run[0], language)):
        return []  # "the country 's health ministry": no name; a headline's "World 's largest ship": any word
    return run


def _linked(tokens: list[str], k: int, words: _Words) -> list[str] | None:
    """The run of capitalised words after the head ``tokens[k]`` and one of ``links`` ("in Mexico City"), [] when
    there is none, None when it owns something after it ("of Tom Berg 's doctor": told by another's name)."""
    if k + 2 >= len(tokens) or tokens[k + 1].lower() not in words.links:
        return []
    run: list[str] = []
    for word in tokens[k + 2:k + 2 + NAME_WORDS]:
        core = word.strip(EDGE)
        if _possessive(core) and _capitalised(core, words):
            return None
        if not _capitalised(core, words):
            break
        run.append(core)
        if core != word:
            break
    after = k + 2 + len(run)
    return None if run and after < len(tokens) and _possessive(tokens[after]) else run


def _stops(token: str, lex) -> bool:
    """Whether ``token`` ends the describing words before a head: a determiner, a preposition, a conjunction,
    a possessive's mark, a verb (or a word ending as one: "planned") or a pronoun."""
    word = bare(token)
    if token[:1].islower() and verb_like(word, lex):
        return True  # "… virus becomes world 's first pandemic": a verb, no describing word
    return (word in lex.determiners or word in lex.cut_before_phrase or word in lex.conjunctions
            or word in lex.auxiliaries or word in lex.pronouns or token in ("'s", "’s", "'") or not word)


def _capitalised(word: str, words: _Words) -> bool:
    """Whether ``word`` bears a name: a capital in it ("eBay", "Haiti"), not one of ``name_outer`` ("Monday")."""
    return any(c.isupper() for c in word) and word not in words.outer and any(c.isalpha() for c in word)


def _verb(word: str, lex) -> bool:
    """Whether ``word`` reads as the verb after a subject ("is", "kicked", "runs")."""
    return word in lex.auxiliaries or word in lex.verbs or word in lex.speech or verb_like(word, lex)


def _in_trial(summary: str, the: str, part: str, rest: str, told: str, words: _Words, language: str) -> str:
    """``summary`` with its opening "The jury" told in the trial the story tells whole (:mod:`.owned_happening`
    on "The trial …"), else ``summary``."""
    if not words.trial or not words.part_link:
        return summary
    probe = f"{the} {words.trial} {rest}"
    owned = owned_happening(probe, told, language)
    if owned == probe or not owned.endswith(rest):
        return summary
    trial = owned[:len(owned) - len(rest)].strip()
    if trial.split()[0].lower() in words.the:
        trial = trial[:1].lower() + trial[1:]
    return f"{the} {part} {words.part_link} {trial} {rest}"
