"""From an article to its mentions: each DATE/TIME expression with its evidence.

A mention's *segment* is the part of its sentence that belongs to it: the
whole sentence, or, when the sentence holds several expressions, the part up
to the clause break between them ("a quiet return to social media over the
weekend | followed by a performance ... on Wednesday"). Its *context* is its
sentence with the sentences either side that have no time expression of
their own, used to compare happenings across articles. Two dates written as the ends of one span
("between January and April 2003") are one mention of the whole span (``temporal.joined``). A mention inside
page furniture (``furniture``: comments, stamps, listings, the headings of a page of dated
entries) says which; on such a page a mention's reference is its entry's day.
"""

from __future__ import annotations

from ..model import Article, Mention
from ..temporal import Candidate, resolve
from ..temporal.entries import heading_at, mention_reference
from ..temporal.joined import mentioned
from ..temporal.sentences import clause_breaks, one_line, sentence_at, sentence_bounds
from .furniture import furniture, reason_at

#: The furniture reason of an entry heading ("Monday, 1 June 2009" opening a blog entry).
ENTRY = "entry"


def _segments(text: str, sentence: tuple[int, int], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split ``sentence`` between consecutive expression ``spans`` (sorted, all inside it)."""
    cuts = [sentence[0]]
    for (_, left_end), (right_start, _) in zip(spans, spans[1:]):
        breaks = clause_breaks(text, left_end, right_start)
        if breaks:
            cuts.append(breaks[-1])
        else:  # at the space nearest the middle: a word is never cut in two
            middle = (left_end + right_start) // 2
            spaces = [i for i in range(left_end, right_start) if text[i].isspace()]
            cuts.append(min(spaces, key=lambda i: (abs(i - middle), i)) if spaces else left_end)
    cuts.append(sentence[1])
    return list(zip(cuts, cuts[1:]))


def extract_mentions(article: Article, candidates: list[Candidate] | None = None) -> list[Mention]:
    """The DATE and TIME expressions of one article, with their sentences, segments and anchors.

    A pure function of the article's text, publish date and language (and of
    ``candidates``, the article's already detected matches, if given).
    """
    resolution = resolve(article.text, article.published, article.language, candidates)
    text = article.text
    # "between January and April 2003": one mention of the whole span, at its first end's index
    expressions = dict(mentioned(resolution.expressions, text, article.language))
    keep = list(expressions)
    if not keep:
        return []
    bounds = sentence_bounds(text)
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i in keep:
        e = expressions[i]
        start, end = sentence_at(bounds, e.start)
        by_sentence.setdefault((min(start, e.start), max(end, e.end)), []).append(i)

    sentence_index = {b: n for n, b in enumerate(bounds)}
    dated_sentences = {sentence_index.get(s) for s in by_sentence}
    marked = furniture(text, article.language)
    mentions: list[Mention] = []
    for sentence, indexes in by_sentence.items():
        offsets = [(expressions[i].start, expressions[i].end) for i in indexes]
        # The sentences either side belong to this happening unless they have a time of their own.
        n = sentence_index.get(sentence)
        context_start, context_end = sentence
        if n is not None and n > 0 and n - 1 not in dated_sentences:
            context_start = bounds[n - 1][0]
        if n is not None and n + 1 < len(bounds) and n + 1 not in dated_sentences:
            context_end = bounds[n + 1][1]
        for i, segment in zip(indexes, _segments(text, sentence, offsets)):
            anchor_index = resolution.anchors[i]
            expression = expressions[i]
            heading = heading_at(resolution.entries, expression.start, expression.end)
            mentions.append(Mention(
                article=article,
                expression=expression,
                reference=mention_reference(resolution.entries, expression, article.published),
                sentence=one_line(text[sentence[0]:sentence[1]]),
                sentence_start=sentence[0],
                segment=segment,
                context=(context_start, context_end),
                anchor=None if anchor_index is None else resolution.expressions[anchor_index],
                furniture=reason_at(marked, expression.start, expression.end) or (ENTRY if heading else None),
            ))
    mentions.sort(key=lambda m: m.expression.start)
    return mentions
