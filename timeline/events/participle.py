"""A participle set between commas after a noun, holding the date: the phrase the date belongs to.

"The album, released in 1982, is still sold" -> "The album released"; "It says the port authority,
formed in 2008, has …" -> "The port authority formed". Not when the seeming participle is its
sentence's own verb after a stray comma ("Explosives stored in a pit, caught fire on Sunday,
sources confirmed": the words before the comma are a subject still waiting for its verb). The
noun phrase is read as :mod:`.dated` reads one.
"""

from __future__ import annotations

from .dated import EDGE_MARKS as _EDGE, complemented, phrase_start
from .headline import Word, bare, clauses, verb_like
from .headline_words import Lexicon

__all__ = ["dated_participle"]

#: a participle clause that dates its noun is at most this many words ("released in 1982")
PARTICIPLE_WORDS = 8
#: … or this many when its first word is surely a participle, a past form of ``verbs`` or one in "-ed"/"-ing"
#: ("set up in 1960 as the sole housing authority in the island state of three million people"; a longer run
#: after a comma opening with a plural, "lawyers for …", is its sentence's main clause)
LONG_PARTICIPLE_WORDS = 16
#: … when the date stands within this many words of its start
NEAR_WORDS = 4


def dated_participle(words: list[Word], lex: Lexicon) -> list[Word]:
    """The noun and the participle between commas that holds the gap ("Thriller, released [in
    1982], is") as a run of words, or [] when the gap is not in such a participle."""
    spans = clauses(words)
    k = next((k for k, (a, b) in enumerate(spans) if any(w.gap for w in words[a:b])), -1)
    if k < 1 or k + 1 >= len(spans):
        return []
    (p, q), (a, b) = spans[k - 1], spans[k]
    first = words[a].text
    if (not words[q - 1].text.endswith(",") or not first[:1].islower() or not verb_like(bare(first), lex)
            or bare(first) in lex.auxiliaries or bare(first) in lex.not_subject or b - a > _longest(bare(first), words[a:b], lex)
            or bare(first) in lex.speech and not bare(first).endswith(lex.object_endings or ("\0",))  # ", tells the BBC"
            or not words[b - 1].text.endswith(",") and not (words[b - 1].gap and words[b - 1].ends_clause)):
        return []
    if k + 2 == len(spans) and _awaits_verb(words[p:q], lex) and _own_subject(words[spans[k + 1][0]:spans[k + 1][1]], lex):
        return []  # "explosives stored in a pit, caught fire [Sunday], sources confirmed": the clause's own verb
    texts = [w.text for w in words[p:q]]
    texts[-1] = texts[-1][:-1]
    start = complemented(texts, phrase_start(texts, len(texts), lex), lex)
    if start and bare(texts[start - 1]) not in lex.not_subject and not verb_like(bare(texts[start - 1]), lex):
        return []
    noun = [Word(t) for t in texts[start:]]
    if not noun or not (noun[0].text[:1].isupper() or bare(noun[0].text) in lex.determiners):
        return []
    tail = [Word(w.text, gap=w.gap) for w in words[a:b]]
    if tail and tail[-1].text.endswith(","):
        tail[-1].text = tail[-1].text[:-1]
    return noun + tail


def _longest(first: str, span: list[Word], lex: Lexicon) -> int:
    """How many words a participle clause ``span`` opening with ``first`` may hold (see ``LONG_PARTICIPLE_WORDS``):
    more only when the date follows its participle closely ("set up in [1960] as …"); a date far into a long
    clause may date an act whose noun is not the one before the comma ("the discovery of a patient whose
    infection did not respond to the drug, revealed by the company and officials [on Monday],": the discovery
    was revealed, not the drug)."""
    sure = first in lex.verbs or first.endswith((lex.object_endings or ()) + (lex.participle_endings or ()))
    near = any(w.gap for w in span[:NEAR_WORDS])
    return LONG_PARTICIPLE_WORDS if sure and near else PARTICIPLE_WORDS


def _awaits_verb(span: list[Word], lex: Lexicon) -> bool:
    """Whether ``span`` (the words before a seeming participle's comma) is a subject still waiting for its verb: it
    holds no sure verb of its own (:func:`_sure`), past a relative clause's and past a participle that follows its
    noun and is followed by a phrase ("flares stored in a hold", "farmers struck by the drought": a reduced
    relative). Only then can the "participle" after the comma be the sentence's verb after a stray comma; when the
    words before it have their verb ("Police questioned a fisherman, arrested in …") it is an aside of the object.
    Only the words after the last subordinator that opens a clause count ("… were working when flares stored in …");
    one that may open a noun phrase too (``dated_noun_after``: "after the raid") does not cut."""
    texts = [(w.text, w.text.strip(_EDGE), bare(w.text)) for w in span]
    opener = [j for j, (_, _, core) in enumerate(texts) if core in lex.subordinators and core not in lex.dated_noun_after]
    texts = texts[opener[-1] + 1:] if opener else texts
    relative = named = False  # in a relative clause; past a word that may be the verb's subject
    for j, (_, text, core) in enumerate(texts):
        relative = relative or core in lex.relative
        if relative or not text[:1].islower() or not _sure(core, lex) or not named:
            named = named or not (core in lex.determiners or core.endswith(lex.adverb_endings or ("\0",)))
            continue  # "privately made explosives": a participle before its noun, no subject before it
        prev = texts[j - 1] if j else ("", "", "")
        if prev[2] in lex.determiners or prev[2] in lex.possessive_pronouns or prev[1][:1].isdigit():
            continue  # "the reported attack", "its damaged hull": an adjective
        following = texts[j + 1][2] if j + 1 < len(texts) else ""
        if (core not in lex.auxiliaries and prev[0] == prev[1] and prev[2] not in lex.pronouns
                and prev[2] not in lex.auxiliaries and (following in lex.cut_before_phrase or following in lex.agent)):
            continue  # "flares stored in", "farmers struck by": the noun's reduced relative, no verb of the clause
        return False
    return True


def _own_subject(clause: list[Word], lex: Lexicon) -> bool:
    """Whether ``clause`` (the one after a seeming participle's comma) opens with a lower-case word that is no sure
    verb and holds one later ("sources at the port confirmed"): a clause with its own subject, so the "participle"
    before it was its sentence's verb after a stray comma, not an aside the noun's predicate goes on after."""
    texts = [(w.text.strip(_EDGE), bare(w.text)) for w in clause if bare(w.text)]
    if (not texts or not texts[0][0][:1].islower() or _sure(texts[0][1], lex) or texts[0][1] in lex.not_subject
            or texts[0][1].endswith(lex.adverb_endings or ("\0",))):  # ", normally would remain": an adverb
        return False
    return any(t[:1].islower() and _sure(b, lex) for t, b in texts[1:])


def _sure(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is surely a verb: an auxiliary, one of the language's verbs or speech, or a past in ``object_endings``."""
    return (word in lex.auxiliaries or word in lex.verbs or word in lex.speech
            or len(word) > 4 and word.isalpha() and word.endswith(lex.object_endings or ("\0",)))
