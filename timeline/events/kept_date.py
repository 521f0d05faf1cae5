"""Whether a date cut out of its sentence would leave its clause wanting, so that it stays with all its words.

A date is cut with the words that only served it ("on", "in", "a little over"), but some clauses need the
date's phrase to be whole, and then the date stays, with those words too (a preposition cut while its date
stays would leave "freedom of the seas was the 19th century" for "was in the 19th century"):

- the word before it, once the date's own words are gone, is a preposition or an auxiliary ("received after
  [21 April] will", "the last such meeting was [in 1966]"): the clause would stop on a word that wants more;
- that word is a lone past participle opening the sentence, the date its only complement before the comma
  ("Founded [in 1989], the school …", "Adopted [in October], the law …"): cut, "Founded, the school …" says
  founded when and by whom? Only a capitalised first word with one of the language's ``object_endings``;
- the date ends its sentence, and the clause before it is a phrase a leading preposition opens with no verb of
  its own (", with a much bigger outbreak [in the autumn] ."): a word of both ``leading`` and ``cut_before_phrase``
  ("with") adds a circumstance whose only news is its date; cut, ", with a much bigger outbreak" is that gap;
- the date ends its sentence right after an infinitive of what is due or expected ("The trial is due to start
  [on Tuesday]", "Some banks are expected to reopen [over the weekend]"): its only news is when; the
  infinitive's "to" follows one of ``before_infinitive`` (not an auxiliary: "would have to work [on Friday]"
  tells a duty, and "cafes are to reopen" a plan, whole without the day);
- the date is joined by a word of ``lists`` ("and", "or") to another time right after it ("comes along [in the
  autumn] and the winter", "strong ones [yesterday] and last night"): cut, the second time is left hanging on
  the conjunction ("comes along and the winter"); the pair stays whole (:func:`joined_date`). The other time is a
  word of the resolver's nouns of time, days or months, maybe after a word of ``[joined_date] modifiers``.
"""

from __future__ import annotations

from .headline import Word, bare, verb_like
from .headline_words import Lexicon

__all__ = ["joined_date", "leaves_gap"]

#: a participle is at least this long ("Ted", "Fred" are names)
PARTICIPLE_LETTERS = 5


def leaves_gap(head: list[Word], lex: Lexicon, ends: bool = False, last: bool = False) -> bool:
    """Whether cutting the date out leaves ``head`` (the words before it, those that only served it gone)
    wanting it (see the module); ``ends``: the date closed its clause with a comma; ``last``: its sentence."""
    word = bare(head[-1].text) if head and head[-1].text[-1:].isalnum() else ""
    if word and (word in lex.cut_before_phrase or word in lex.dated_noun_after or word in lex.auxiliaries):
        return True
    return (ends and len(head) == 1 and _participle(head[0].text, lex)
            or last and (_circumstance(head, lex) or _awaited(head, lex)))


def _awaited(head: list[Word], lex: Lexicon) -> bool:
    """Whether ``head`` ends on an infinitive after a word of what is due or expected ("due to start"): one of
    ``before_infinitive``, then one of ``infinitive``, then a lower-case word."""
    texts = [w.text for w in head[-3:]]
    return (len(texts) == 3 and texts[-1].isalpha() and texts[-1].islower() and bare(texts[1]) in lex.infinitive
            and bare(texts[0]) in lex.before_infinitive)


def _circumstance(head: list[Word], lex: Lexicon) -> bool:
    """Whether ``head``'s last clause (after its last comma, semicolon or colon) is a phrase a leading preposition
    opens ("with a much bigger outbreak") with no word that reads as a verb or participle ("with Oslo holding")."""
    start = max((k + 1 for k, w in enumerate(head) if w.text[-1:] in ",;:"), default=0)
    clause = [bare(w.text) for w in head[start:] if bare(w.text)]
    if len(clause) < 2 or start == 0 or clause[0] not in lex.leading or clause[0] not in lex.cut_before_phrase:
        return False
    return not any(verb_like(w, lex) or w.endswith(lex.participle_endings or ("\0",)) for w in clause[1:])


def _participle(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` is a capitalised past participle by its ending ("Founded", "Adopted")."""
    return (text[:1].isupper() and text[1:].islower() and text.isalpha() and len(text) >= PARTICIPLE_LETTERS
            and text.lower().endswith(lex.object_endings or ("\0",)))


def joined_date(tail: list[Word], suffix: str, lex: Lexicon, head: list[Word] | None = None) -> bool:
    """Whether the words right after the date, ``tail`` (nothing of the date's word after it: ``suffix`` empty),
    join another time to it ("[yesterday] and last night", "[in the autumn] and the winter"), or those before it,
    ``head``, do ("today and [tomorrow]"), or the date is one year of a list ("in 1860, [1770], 1761 and 1618"):
    it stays whole."""
    if head and (_joined_before(head, lex) or _listed_year(head, tail, suffix, lex)):
        return True
    if suffix or len(tail) < 2 or bare(tail[0].text) not in lex.lists or tail[0].text != bare(tail[0].text):
        return False
    at = 2 if bare(tail[1].text) in lex.joined_date_modifiers and len(tail) > 2 else 1
    time, written = bare(tail[at].text), tail[at].text
    named = (time in lex.calendar or time in lex.months) and written[:1].isupper()  # "and may regain": no month
    return bool(time) and (time in lex.time_nouns or time in lex.deictic or named)


def _joined_before(head: list[Word], lex: Lexicon) -> bool:
    """Whether ``head`` ends on another time and a word of ``lists`` ("today and | [tomorrow]", "1673, and |
    [1618]"): cut, the first time would be left hanging on the conjunction ("I think today and you will see")."""
    texts = [w.text for w in head[-3:] if w.text != ","]
    if len(texts) < 2 or texts[-1] != bare(texts[-1]) or bare(texts[-1]) not in lex.lists:
        return False
    time = bare(texts[-2])
    return time in lex.deictic and texts[-2][:1].islower() or _year(texts[-2])


def _listed_year(head: list[Word], tail: list[Word], suffix: str, lex: Lexicon) -> bool:
    """Whether the date stands between a year and a comma before it and a comma and a year or a conjunction after
    it, or opens such a list ("in [1860], 1770, 1761"; the conjunctions are ``lists``): one item of a list of years,
    cut out it leaves a gap."""
    before = [w.text for w in head[-2:]]
    after = [w.text for w in tail[:3]]
    if suffix == "," or after[:1] == [","]:
        rest = after[1:] if after[:1] == [","] else after
        following = _year(rest[0]) if rest else False
        after_year = bool(rest) and following and (rest[0].endswith(",") or rest[1:2] == [","] or len(rest) > 1
                                                   and rest[1].lower() in lex.lists)
        listed_before = bool(before) and (before[-1] == "," and len(before) > 1 and _year(before[0])
                                          or before[-1].endswith(",") and _year(before[-1]))
        return following and (listed_before or after_year)
    return False


def _year(text: str) -> bool:
    """Whether ``text`` (a comma after it aside) is a year written in four digits."""
    core = text.rstrip(",")
    return len(core) == 4 and core.isdigit()
