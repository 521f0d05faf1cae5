"""Reader comments that run on from a blog post's closing photo credit, above its comment policy.

A blog page scraped as text ends its post with the photo's caption and credit ("PHOTO : A guard sits in
the empty stadium …" then "AGENCY/Jane Roe"), and the first reader's comment is run into the credit's
line, the rest following with no header up to the comment policy ("We welcome comments that …", the
``footer``): "AGENCY/Jane Roe I think the government should …". The comments are furniture, told in
their writers' first person and dated against the page's publish date though sent days later.

One of :func:`~timeline.extraction.furniture.furniture`'s comment finders, cued by the language's
``[furniture] closing_credit`` patterns (a credit line with words run on after it). The structure is
here: the credit must come after the story has begun (at least :data:`STORY_LINES` non-empty lines
before its line: a photo atop the post credits the story's own first line) and before the policy;
the comments span from the credit's line to the policy. Offsets index the text, end exclusive.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from .contributions import told_in_first_person

__all__ = ["captioned_comments", "STORY_LINES"]

#: a closing credit needs this many non-empty lines of story before it
STORY_LINES = 3


def captioned_comments(text: str, cue: re.Pattern[str] | None, footer: list, span: Callable[..., object],
                       voice: re.Pattern[str] | None = None) -> Iterable[object]:
    """The comment section run on from the last closing photo credit before the comment policy (``footer``'s
    first span), made with ``span(start, end, "comment")``; nothing without a policy or a credit, nor when
    neither the words run into the credit's line nor at least half the lines from it on are told in the first
    person (``voice``): "UN/AU Mission peacekeepers reached …" opens like a credit but is the story's."""
    if cue is None or not footer:
        return []
    policy = footer[0].start
    credits = [m.start() for m in cue.finditer(text, 0, policy)]
    if not credits:
        return []
    line = text.rfind("\n", 0, credits[-1]) + 1
    story = [piece for piece in text[:line].split("\n") if piece.strip()]
    run_on = text[line:policy].split("\n", 1)[0]  # the first comment, run into the credit's line
    if len(story) < STORY_LINES or not (told_in_first_person(run_on, voice)
                                        or told_in_first_person(text[line:policy], voice)):
        return []
    return [span(line, policy, "comment")]

