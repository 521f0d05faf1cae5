"""An article's title as a headline: without a wire service's tag, never a label or a byline.

A wire title often opens with a tag for the desk, not the reader ("URGENT: …", "1st Ld-Writethru: …",
"UPDATE 2-…", "Live: …"): the language's ``[headline] title_tags`` words (with numbers, "1st",
"2") before a colon or a dash, or in capitals before the headline ("URGENT Chirac calls …"), are
cut off. What is left is a headline when it has ``TITLE_WORDS`` words, opens with a capital, holds
no character of a desk note ("=", "/") and is not a byline. A byline that ends a title ("… to save
his job by Anna Berg") is cut off, so is a desk's note in brackets ("(picture)"), and a feature's label (``[headline] title_labels``: "Profile:")
over words with no verb is no headline.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..extraction.furniture import furniture
from ..temporal.grammar import GrammarError, resource_data, word_list
from .headline import Word, bare, has_predicate, verb_like
from .headline_words import Lexicon, lexicon

__all__ = ["headline_title", "TITLE_WORDS"]

#: a title of fewer words reads as a label, not a headline ("Obituary"); of more, as a sentence
TITLE_WORDS = (3, 20)


#: a word of a person's name as a byline writes it ("Jean-Pierre", "M.R.", "MacKinnon"), not an acronym
_PERSON = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z]?[a-z]+)*")

#: a title with one of these is a wire service's note, not a headline ("= (PICTURE) =", "UPDATES///")
_NOT_A_HEADLINE = set("=/|#*<>[]{}\\")


@lru_cache(maxsize=4096)  # asked for each summary of an article's events; each tail of it scanned for furniture
def headline_title(text: str | None, language: str, body: str = "") -> str:
    """``text`` (an article's title or opening heading) as a headline, without a wire service's tag
    ("URGENT: …"), or "" when it reads as a label or a byline ("By Lachlan Carmichael", by the
    language's ``[furniture] byline``). ``body``, the article's text, tells a byline ending the title
    from an agent ("… in attack by Tamil Tigers", named again in the text)."""
    whole = _without_stamp(" ".join((text or "").split()), language).strip(" .")
    if whole[:1].islower():  # "by Lachlan Carmichael": a byline, not a headline
        return ""
    lex = lexicon(language)
    title = _untagged(whole, lex).strip(" .")
    if _labelled(whole[:len(whole) - len(title)], title, lex, language):
        return ""  # "Profile: Ecuador's President-elect": a feature's label over a name tells no act
    title = _without_note(_without_byline(title, lex, language, body), language)
    title = title[:1].upper() + title[1:]  # "Backgrounder: major warship visits …"
    words = [w for w in title.split() if any(c.isalpha() for c in w)]
    if _NOT_A_HEADLINE & set(title) or not TITLE_WORDS[0] <= len(words) <= TITLE_WORDS[1]:
        return ""
    try:
        spans = furniture(title, language, only=("byline",))
    except GrammarError:  # a language with no resource has no byline words: the title stays
        spans = []
    if any(span.reason == "byline" and span.start == 0 and span.end >= len(title) for span in spans):
        return ""
    return title


def _without_stamp(title: str, language: str) -> str:
    """``title`` without the page stamp that opens it ("Page last updated at 11:24 GMT, Tuesday, 27
    September 2011 12:24 UK", a scraped page's first line read as its heading): the stamp tells when
    the page was filed, not what happened."""
    try:
        spans = furniture(title, language, only=("stamp",))
    except GrammarError:
        return title
    opening = max((s.end for s in spans if s.start == 0), default=0)
    return title[opening:].lstrip(" :-–—") if opening else title


@lru_cache(maxsize=None)
def _labels(language: str, key: str = "title_labels") -> frozenset[str]:
    """The language's ``[headline] title_labels`` (the wire tags that head a feature about someone) or
    another list of that table."""
    try:
        return frozenset(word_list(resource_data(language).get("headline", {}), key))
    except GrammarError:
        return frozenset()


def _without_note(title: str, language: str) -> str:
    """``title`` without a desk's note in brackets that ends it ("… (picture)", ``[headline] title_notes``)."""
    note = re.search(r"\s*[(\[]\s*([^\W\d_]+)\s*[)\]]\s*$", title)
    return title[:note.start()] if note and note.group(1).lower() in _labels(language, "title_notes") else title


def _labelled(prefix: str, title: str, lex: Lexicon, language: str) -> bool:
    """Whether the tags cut off a title (``prefix``) hold a feature's label and the rest has no verb."""
    tags = {bare(w) for w in re.split(r"[\s:\-–—]+", prefix.lower()) if w}
    if not tags & _labels(language) and " ".join(sorted(tags)) not in _labels(language):
        return False
    return not has_predicate([Word(w) for w in title.split()], lex)


def _without_byline(title: str, lex: Lexicon, language: str, body: str = "") -> str:
    """``title`` without the byline that ends it ("… to save his job by Anna Berg", by the language's
    ``[furniture] byline``), unless the word before "by" is a verb whose agent it names ("sold by"), or
    the article's ``body`` names it elsewhere than in a byline's line or a copy of the title (an agent:
    "… in attack by Tamil Tigers")."""
    for found in reversed(list(re.finditer(r"\s(?=\S+\s+[^\W\d_])", title))):
        tail = title[found.end():]
        try:
            spans = furniture(tail, language, only=("byline",))
        except GrammarError:
            return title
        if not any(s.reason == "byline" and s.start == 0 and s.end >= len(tail.rstrip()) for s in spans):
            continue
        head, name = title[:found.start()].split(), tail.split()[1:]
        person = 2 <= len(name) <= 4 and all(_PERSON.fullmatch(w) for w in name)  # not "by Philips", "by UN …"
        if head and person and not _agent_verb(bare(head[-1]), lex) and _byline_name(" ".join(name), title, body,
                                                                                     language):
            return " ".join(head)
        return title
    return title


def _agent_verb(word: str, lex: Lexicon) -> bool:
    """Whether ``word``, before a title's "by", is a participle whose agent the name is ("sold by", "led by"):
    a past form, not any word in "-s", which is most often a plural ("… to protect German interests by Anna
    Berg": a byline after a noun)."""
    return word in lex.verbs or word in lex.auxiliaries or (verb_like(word, lex) and word.endswith(lex.object_endings or ("\0",)))


#: How many words may open a byline's line before its byline word ("Additional reporting by").
BYLINE_LEAD_WORDS = 2

#: How long a byline's line may run on after the name and a separator when no byline word leads it
#: ("Ingrid Holm | Reuters", "Ingrid Holm, Staff Writer"); longer, it is a sentence about the person.
BYLINE_TAIL = 40


def _byline_name(name: str, title: str, body: str, language: str) -> bool:
    """Whether ``name``, ending ``title`` after "by", is a writer's: ``body`` is not known, writes it as a
    byline (a line it opens, perhaps after one of the language's byline words, "By", "Reporting by",
    with an affiliation or credits after a separator: "By Ingrid Holm, Staff Writer", "Ingrid Holm |
    Reuters", "Reporting by Ingrid Holm; editing by ..."), or does not name it outside copies of the title."""
    if not body:
        return True
    if _byline_line(name, language).search(body):
        return True
    flat = " ".join(body.split())
    return name not in flat.replace(" ".join(title.split()), " ")


@lru_cache(maxsize=None)
def _byline_words(language: str) -> tuple[str, ...]:
    """The words that start a byline in ``language`` (``[words.publishing]`` entries for "byline": "by", "av")."""
    try:
        table = resource_data(language).get("words", {}).get("publishing", {})
    except GrammarError:
        return ()
    return tuple(sorted((k for k, v in table.items() if v == "byline"), key=len, reverse=True))


@lru_cache(maxsize=1024)
def _byline_line(name: str, language: str) -> re.Pattern[str]:
    """A line of a body that is ``name``'s byline (see :func:`_byline_name`)."""
    gap, person = r"[^\S\n]", re.escape(name)
    words = "|".join(re.escape(w).replace(r"\ ", gap + "+") for w in _byline_words(language))
    led = rf"(?:[^\W\d_]+{gap}+){{0,{BYLINE_LEAD_WORDS}}}(?:{words}){gap}+{person}{gap}*(?:[,.;:|–—-][^\n]*)?" if words else "(?!)"
    bare_name = rf"{person}{gap}*(?:[,;|–—-][^\n]{{0,{BYLINE_TAIL}}}|\.)?"
    return re.compile(rf"(?im)^{gap}*(?:{led}|{bare_name}){gap}*$")


@lru_cache(maxsize=None)
def _tag_pattern(tags: frozenset[str]) -> re.Pattern[str]:
    """A title's opening run of wire tags and numbers ("1st Ld-Writethru", "UPDATE 2") and what follows it."""
    tag = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(tags, key=len, reverse=True))
    unit = rf"(?:\d+[^\W\d]{{0,2}}|(?:{tag}))(?!\w)"
    # a tag in capitals glued to the headline's first word ("URGENTFirst ferry docks"): the feed lost the space
    upper = "|".join(re.escape(t.upper()) for t in sorted(tags, key=len, reverse=True) if " " not in t)
    glued = rf"(?-i:(?:{upper})(?=[A-Z][a-z]))"
    return re.compile(rf"(?P<prefix>{unit}(?:[\s-]+{unit})*|{glued})(?P<sep>\s*[:\-–—]\s*|\s+|(?<=[A-Z])(?=[A-Z]))(?=\S)",
                      re.IGNORECASE)


def _untagged(title: str, lex: Lexicon) -> str:
    """``title`` without the wire tags it opens with: one or more of the language's ``title_tags`` (and
    numbers) before a colon or a dash, or in capitals before a headline that is not all in capitals
    ("URGENT Chirac calls …")."""
    for _ in range(2):  # "URGENT: 1st Lead: …"
        found = _tag_pattern(lex.title_tags).match(title) if lex.title_tags else None
        if found is None:
            return title
        prefix, sep = found.group("prefix"), found.group("sep")
        if not any(c.isalpha() for c in prefix) or all(p.isdigit() or p[:1].isdigit() for p in prefix.split()):
            return title  # "2 dead: …": no tag
        spaced = not sep.strip()
        # a spaced tag is told from the headline by its capitals: only when the rest has small letters
        # ("LEAD POISONING FOUND IN SCHOOL WATER" is all headline)
        rest = title[found.end():]
        if spaced and (not prefix.isupper() or not any(c.islower() for c in rest)) or not spaced and not sep.endswith(" ") and not any(c.isdigit() for c in prefix):
            return title  # "Update on the outbreak", "Live-blog …": words of the headline
        title = title[found.end():]
    return title
