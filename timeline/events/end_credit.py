"""The speaker a sentence credits at its end, after what it reports, with or without quote marks.

Wire copy credits a paragraph once, at its end, and lets the next paragraph quote on with only a "he
said" (see :mod:`.quoted_paragraph`):

    The ferry will run again from Monday, Berg said.

    "We are hopeful that the repairs are done," he added.

The credit is the last clause of the sentence: after its last comma or closing quote mark, a verb of
saying with the speaker right before it ("…, Anna Berg said.", "…,' harbour pilot Anna Berg told
reporters at the quay.": a few lower-case words may describe them first, and a listener with no verb
of its own may follow) or right after it ("…, said Anna Berg, the port chief."). The speaker is a name
of two words or more, or one word that the text before writes after a first name ("Anna Berg" …
"Berg said"): a surname alone may be a company's or a town's. A name after a determiner ("the
Brazilian said") is a description, not a name; a place or a body's word in it is no one; a second verb
of saying in the clause, or one credited to two people, gives no name: a wrong speaker is worse than none.
"""

from __future__ import annotations

from .headline import EDGE, bare
from .headline_words import Lexicon
from .said_speaker import first_named
from .speaker import closes_quote
from .speaker_names import NAME_WORDS, capital, function_word, name_after, name_from, owns

__all__ = ["end_credit", "listener", "titled_at_end", "apposed_name", "DESCRIBING_WORDS", "LISTENER_WORDS"]

#: lower-case words that describe a speaker before the name ("harbour pilot"): at most this many
DESCRIBING_WORDS = 3
#: a listener after the verb ("told reporters at the quay"): at most this many words, none a verb
LISTENER_WORDS = 6


def end_credit(sentence: str, told: str, lex: Lexicon) -> str:
    """The one named speaker ``sentence`` credits what it reports to in its last clause (see the module's
    docstring), or ""; ``told``: the text before, which must write a lone surname after a first name."""
    texts = sentence.replace(",", " , ").split()
    verbs = [k for k, t in enumerate(texts) if t[:1].islower() and bare(t) in lex.speech]
    if not verbs:
        return ""
    k = verbs[-1]
    opener = max((j + 1 for j in range(k) if texts[j] == "," or closes_quote(texts[j])), default=0)
    if not opener or any(j >= opener for j in verbs[:-1]) or any(bare(t) in lex.lists for t in texts[opener:k]):
        return ""  # the sentence opens with its speaker (another step reads that), or two speak
    if k == opener:  # "…, said Anna Berg, the port chief."
        name = name_after(texts, k, lex)
        rest = texts[next((j for j in range(k + 1, len(texts)) if texts[j] == ","), len(texts)):] if name else []
        name = _untitled(name.split(), lex)
        if rest and rest[0] not in {",", "."} and rest[0].strip(EDGE):
            return ""  # "…, said Anna Berg on Monday after talks": more than a credit
    else:
        name = _before_verb(texts[opener:k], lex)
        if not name or not listener(texts[k + 1:], lex):
            return ""
    return name if name and _someone(name, told, lex) else ""


def _before_verb(run: list[str], lex: Lexicon) -> str:
    """The name ``run`` (the words between the credit's opening and its verb) ends with, after at most
    ``DESCRIBING_WORDS`` lower-case words that describe the speaker and are no determiner nor verb, or ""."""
    described = 0
    while run and run[0][:1].islower() and described < DESCRIBING_WORDS:
        word = bare(run[0])
        if word in lex.determiners or function_word(run[0], lex):
            return ""  # "the Brazilian said": a description, no name
        run, described = run[1:], described + 1
    if not 1 <= len(run) <= NAME_WORDS or any(not capital(t) or function_word(t, lex) or owns(t, lex) for t in run):
        return ""
    return _untitled(run, lex)


def titled_at_end(texts: list[str], lex: Lexicon) -> str:
    """The name that ends ``texts`` (a quote's credit up to its verb of saying) after a title word of
    ``speaker_titles`` ("operational commander of the port guard Fleet Captain Anna Berg" -> "Anna Berg"): two
    name words at least, the title's run right after a lower-case word that is no relation of ``name_links``
    ("the lawyer for President Tom Roe" is the lawyer, not Tom Roe), and no comma, verb or list word ("and": two
    people) in the credit; or ""."""
    start = len(texts)
    while start > 0 and capital(texts[start - 1]) and not function_word(texts[start - 1], lex):
        start -= 1
    run, lead = texts[start:], texts[:start]
    if not lead or not lead[-1][:1].islower() or bare(lead[-1]) in lex.name_links | lex.determiners or any(
            t.endswith(",") or t == "," or bare(t) in lex.verbs | lex.auxiliaries | lex.speech | lex.lists for t in texts):
        return ""
    titled = [j for j, t in enumerate(run) if bare(t) in lex.speaker_titles]
    name = run[titled[-1] + 1:] if titled else []
    if not 2 <= len(name) <= NAME_WORDS or any(owns(t, lex) for t in name):
        return ""
    return " ".join(t.strip(EDGE) for t in name)


def apposed_name(texts: list[str], lex: Lexicon) -> str:
    """The name that opens ``texts`` (a quote's credit up to its verb of saying) before a comma, when all after
    it is an apposition telling who they are ("Dr. Anna Berg , acting director of the Velbo Centers for Ferries
    and Ports"): two name words at least, no place word; the apposition holds no comma, no word of ``verbs``,
    ``auxiliaries`` or ``speech`` (a clause of its own) and no capitalised run before its first lower-case word
    ("Anna Berg , Tom Roe and …": two people); else ""."""
    texts = [t for t in texts if t.strip(EDGE) or t == ","]
    while texts and texts[0] == ",":
        texts = texts[1:]  # the quote's own comma, tokenised: '… grown , '' Dr. Anna Berg'
    name = name_from(texts, 0, lex)
    n = len(name.split())
    if not 2 <= n <= NAME_WORDS or n >= len(texts) or not (texts[n - 1].endswith(",") or texts[n] == ","):
        return ""
    apposition = texts[n + (texts[n] == ","):]
    if not apposition or not apposition[0][:1].islower() or any(
            t == "," or t.endswith(",") or bare(t) in lex.verbs | lex.auxiliaries | lex.speech for t in apposition):
        return ""
    if any(bare(w) in lex.place_words for w in name.split()):
        return ""
    return name


def _untitled(run: list[str], lex: Lexicon) -> str:
    """The name in ``run`` after its last word of ``speaker_titles`` ("Fleet Captain Anna Berg" -> "Anna Berg")."""
    titled = [j for j, t in enumerate(run) if bare(t) in lex.speaker_titles]
    return " ".join(t.strip(EDGE) for t in (run[titled[-1] + 1:] if titled else run))


def listener(tail: list[str], lex: Lexicon) -> bool:
    """Whether ``tail`` (what follows the verb of saying) is nothing but whom it was said to and where
    ("reporters at the quay ."): at most ``LISTENER_WORDS`` words, no comma, no word of ``verbs``,
    ``auxiliaries`` or ``speech``, nothing that opens a report ("that")."""
    words = [t for t in tail if t.strip(EDGE)]
    if len(words) > LISTENER_WORDS or "," in tail[:-1]:
        return False  # "…, she added, gesturing at …": more than a credit
    return not any(t[:1].islower() and bare(t) in lex.verbs | lex.speech_content | lex.auxiliaries | lex.speech
                   for t in words)


def _someone(name: str, told: str, lex: Lexicon) -> bool:
    """Whether ``name`` may be a person who speaks: no place word in it; one word only when ``told`` writes
    it after a first name (:func:`.said_speaker.first_named`)."""
    words = name.split()
    if not words or any(bare(w) in lex.place_words | lex.calendar for w in words):
        return False
    return len(words) >= 2 or first_named(words[0], told, lex)
