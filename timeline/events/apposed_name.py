"""An apposition that is the subject's name: it stays, where a description would go.

Between commas before its subject's verb, an apposition that describes a named subject is left out ("Rick
Santos, a 47-year-old aid worker, said" -> "Rick Santos said", see :mod:`.gap`). When the subject is only
described and the apposition is its name ("another school , Dolphin School in Battersea , London , had also been
closed"), leaving it out would lose the one word that says which: every word of the apposition with a letter is
capitalised or a preposition (``cut_before_phrase``: "in"), and no word of the subject after its first is; the
subject opens with a determiner or a word of ``subject`` or holds a possessive ("the chief officer", "Jo's father";
not a bare title, "Deputy minister , Lena Dahl , said", which a headline reads from the name on); a subject with
a phrase of its own ("The lawyer of the harbour master , Ola Berg , said") may be named for either noun, so the
apposition goes as before.
"""

from __future__ import annotations

from .headline import Word, bare
from .headline_words import Lexicon

__all__ = ["names_described_subject"]


def names_described_subject(subject: list[Word], apposition: list[Word], lex: Lexicon) -> bool:
    """Whether ``apposition`` is the name of the described ``subject`` (see the module)."""
    said = [w.text for w in apposition if any(c.isalpha() for c in w.text)]
    first = bare(subject[0].text) if subject else ""
    described = first in lex.determiners or first in lex.subject or any(  # "the officer", "Jo 's father"
        w.text.lower().endswith(lex.possessive_endings or ("\0",)) for w in subject)
    inner = any(bare(w.text) in lex.cut_before_phrase | lex.determiners  # "the lawyer of the harbour master"
                for w in subject[1:])
    return (described and not inner and bool(said) and said[0][:1].isupper()
            and not any(w.text[:1].isupper() for w in subject[1:])
            and all(t[:1].isupper() or bare(t) in lex.cut_before_phrase for t in said))
