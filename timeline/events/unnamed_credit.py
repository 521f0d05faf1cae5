"""A quote's speaker whom the story does not name: '"…," one pharmacist said' -> "A pharmacist: …".

A quote credited after it to someone described, not named, still has a speaker a reader can place:
the credit opens with one of ``[headline] unnamed_openers`` ("a", "one") and ends with a person noun
(``unnamed_speakers``, ``[situated] person_heads`` and ``person_nouns``, ``speaker_titles``) after at
most ``DESCRIBING_WORDS`` describing words ("a Western diplomat"), maybe followed by the body they speak
for, a preposition and capitalised words ("a spokesman for Velbo Ferries"). It stands before the verb of
saying and is all that is there ("…," one pharmacist said.') or after it, where an aside after a comma or
a "who" may follow ('…," said a Western diplomat who spoke on condition of anonymity.'). The headline
credits "A pharmacist", "A Western diplomat", "A spokesman for Velbo Ferries". Anything else (a thing:
"a statement said"; a verb or a second noun in the credit) credits no one this way.
"""

from __future__ import annotations

from .headline import EDGE, Word, bare
from .headline_words import Lexicon
from .speaker_names import NAME_WORDS, capital

__all__ = ["unnamed_speaker", "DESCRIBING_WORDS"]

#: describing words between the opener and the person noun ("a senior Western diplomat"): at most this many
DESCRIBING_WORDS = 3
#: the prepositions that tie a speaker to the body they speak for
_FOR = frozenset({"for", "at", "of", "from", "with"})


def unnamed_speaker(rest: list[Word], verb: int, lex: Lexicon) -> str:
    """The unnamed speaker the words ``rest`` credit (``rest[verb]``: the verb of saying after a quote; see the
    module's docstring), as a headline credits them ("A pharmacist"), or ""."""
    texts = [w.text for w in rest]
    if verb > 0:  # '"…," one pharmacist said': the credit is all there is before the verb
        credit = texts[:verb]
        found, used = _described(credit, lex)
        return found if found and used == len(credit) else ""
    found, used = _described(texts[1:], lex)  # '"…," said a Western diplomat who …'
    after = texts[1 + used:2 + used]
    if not found or after and not (after[0] in {",", "."} or after[0].strip(EDGE) == "" or bare(
            after[0]) in lex.relative or texts[used].endswith((",", "."))):
        return ""
    return found


def _described(texts: list[str], lex: Lexicon) -> tuple[str, int]:
    """The unnamed speaker ``texts`` open with and how many words it takes, or ("", 0)."""
    if not texts or bare(texts[0]) not in lex.unnamed_openers or not texts[0][:1].islower():
        return "", 0
    people = lex.unnamed_speakers | lex.person_heads | lex.person_nouns | lex.speaker_titles
    head = next((k for k in range(1, min(len(texts), DESCRIBING_WORDS + 2)) if bare(texts[k]) in people
                 and texts[k][:1].islower()), -1)
    if head < 0 or any(t.endswith(",") or bare(t) in lex.speech | lex.verbs | lex.auxiliaries
                       for t in texts[1:head]):
        return "", 0
    end = head + 1
    if not texts[head].endswith(",") and end + 1 < len(texts) and bare(texts[end]) in _FOR and capital(texts[end + 1]):
        body = end + 1
        while body < len(texts) and body - end <= NAME_WORDS and capital(texts[body]):
            body += 1
            if texts[body - 1].endswith(","):
                break
        end = body
    words = [t.strip(EDGE + ",") for t in texts[1:end]]
    words = [w for w in words if w]
    opener = bare(texts[0]) if bare(texts[0]) != "one" else "an" if words[0][:1] in "aeio" else "a"
    return f"{opener.capitalize()} {' '.join(words)}", end  # the text's own "a" or "an": "an Iraqi official"
