"""Importance counts only what is told about the folder's story: a mention whose sentence and its
neighbours name none of the story words (the names most of the folder's articles share) counts
nothing; a mixed folder has no story words and ranks as before."""

import csv
import io
from datetime import date

from timeline import build_timeline
from timeline.cli import main
from timeline.evaluation.timelines import day_events, key_dates
from timeline.events.importance import Copies
from timeline.events.unrelated import story_words
from timeline.extraction.mentions import extract_mentions
from timeline.model import Article, PublishSource
from timeline.output.view import subset
from timeline.store.cache import Cache

PUBLISHED = date(2021, 3, 10)
ON_STORY, OFF_STORY = date(2021, 3, 3), date(2021, 3, 1)

#: two independent reports of one happening of the story, two of a happening two days earlier
#: on a page about something else (naming none of the story's words)
TOLD = {
    "on-a": "The Quillon dam inquiry opened on 3 March 2021 with engineers giving evidence.",
    "on-b": "Residents packed the hall when hearings on the Quillon dam began on 3 March 2021.",
    "off-a": "A flower show opened in Brentmoor on 1 March 2021. Roses won the first prize.",
    "off-b": "Gardeners from Lynhurst gathered for the flower show on 1 March 2021 as judges toured.",
}
#: more of the story, without dates: they make the folder's story words
STORY = ["Quillon dam engineers met families of the valley.", "The Quillon dam reservoir was drained.",
         "Quillon dam critics wrote to the minister.", "Quillon dam insurers asked for the report.",
         "Walkers avoided the Quillon dam footpath.", "Quillon dam workers went home early.",
         "Questions about the Quillon dam filled the council meeting.", "Quillon dam pumps were checked."]
#: a feed of many stories instead
MIXED = ["Oil prices rose in Asian trading.", "The senate passed a farm bill.", "Rebels freed two hostages.",
         "A heatwave closed schools in Lyon.", "Chess champion Orlov retired.", "The central bank cut rates.",
         "Floods hit the Danube delta.", "A new comet was sighted."]


def article(id_, text):
    return Article(id=id_, path=f"{id_}.txt", text=text, published=PUBLISHED,
                   published_source=PublishSource.HEADER, language="en")


def folder(others):
    return [article(i, t) for i, t in TOLD.items()] + [article(f"x{n}", t) for n, t in enumerate(others)]


def by_day(timeline):
    found = {}
    for event in day_events(timeline.events):
        found.setdefault(event.interval.start, []).append(event)
    return found


def test_story_words_are_the_names_most_articles_share():
    assert story_words(folder(STORY)) == ("dam", "quillon")
    assert story_words(folder(MIXED)) == ()
    assert story_words(folder(STORY)[:9]) == ()  # too few articles to tell a story from chance


def test_an_off_story_day_ranks_below_an_on_story_day_with_as_many_sources():
    timeline = build_timeline(folder(STORY))
    days = by_day(timeline)
    on, off = days[ON_STORY], days[OFF_STORY]
    assert sum(e.source_count for e in on) == sum(e.source_count for e in off) == 2
    assert max(e.importance for e in on) > 0 == max(e.importance for e in off)
    span = (OFF_STORY, ON_STORY)
    assert list(key_dates(timeline.events, span, 1, 1, story_words(timeline.articles))) == [ON_STORY]


def test_the_export_ranks_by_the_same_score(tmp_path):
    for a in folder(STORY):
        (tmp_path / f"{a.id}.txt").write_text(f"Published: 10 March 2021\n\n{a.text}\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["export", str(tmp_path), "--top", "1", "--no-cache"], stdout=out, stderr=err) == 0, err.getvalue()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [row["start"] for row in rows] == [ON_STORY.isoformat()]


def test_a_mixed_folder_ranks_as_before():
    timeline = build_timeline(folder(MIXED))
    days = by_day(timeline)
    on, off = days[ON_STORY], days[OFF_STORY]
    assert max(e.importance for e in on) == max(e.importance for e in off) > 0
    # ties go to the earlier day, as without story words
    assert list(key_dates(timeline.events, (OFF_STORY, ON_STORY), 1, 1, ())) == [OFF_STORY]


def test_a_neighbouring_sentence_may_name_the_story():
    text = ("The Quillon dam inquiry heard the engineers. The hearing resumed on Monday. Nobody came. "
            "Nobody left. Nobody spoke. The room closed on Friday.")
    mentions = {m.expression.text: m for m in extract_mentions(article("n", text))}
    copies = Copies(("quillon",))
    assert copies.on_story(mentions["Monday"]) and not copies.on_story(mentions["Friday"])
    assert Copies().on_story(mentions["Friday"])  # no story words: every mention counts


def test_the_timeline_keeps_its_story_words_built_or_from_the_cache(tmp_path):
    """The build's story words travel on the timeline (what the key dates and the benches read), the
    same when the whole timeline comes from the cache, and in a subset of it (what the app shows)."""
    for _ in range(2):
        cache = Cache(tmp_path / "c")
        try:
            timeline = build_timeline(folder(STORY), cache=cache)
        finally:
            cache.close()
        assert timeline.story == ("dam", "quillon") == story_words(timeline.articles)
    assert timeline.stats.cached_timeline
    assert subset(timeline, [0]).story == ("dam", "quillon")
    assert build_timeline(folder(MIXED)).story == ()
