"""The key-dates evaluator against a small hand-made gold timeline; every figure worked out by hand."""

import io
import json
from datetime import date
from types import SimpleNamespace

import pytest

from timeline.model import Article, Event, Mention, PublishSource
from timeline.temporal import Granularity, Interval, TimeExpression
from timeline.cli import main
from timeline.evaluation import rouge
from timeline.evaluation.timelines import (GoldError, Gold, busiest_days, first_sentence, key_dates, read_gold,
                                           score)

D = date
GOLD_TEXT = """2020-03-05
Workers began building the bridge .
--------------------------------
2020-03-02
The council approved the bridge plan .
--------------------------------
2020-03-02
Residents cheered the vote .
--------------------------------
"""


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(""), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.txt"
    path.write_text(GOLD_TEXT, encoding="utf-8")
    return path


def event(day, sources, summary, last=None, id="E"):
    """An event as the ranking sees it: a one-day (or longer) interval, ``sources`` articles of their
    own (none a copy of another, no publish date) with one mention each, a summary."""
    interval = Interval(day, last or day)
    expression = TimeExpression(0, 5, "today", "DATE", day.isoformat(), None, interval, Granularity.DAY)
    mentions = [Mention(Article(f"{summary} {day} {n}", "a.txt", f"{summary}, report number {n}.", None,
                                PublishSource.NONE, "en"), expression, None, summary, 0) for n in range(sources)]
    return Event(id, mentions, interval, Granularity.DAY, None, summary, importance=float(sources))


# -- the gold ---------------------------------------------------------------------------

def test_gold_days_are_merged_sorted_and_counted(gold_file):
    gold = read_gold(gold_file)
    assert list(gold.days) == [D(2020, 3, 2), D(2020, 3, 5)]
    assert gold.days[D(2020, 3, 2)] == ["The council approved the bridge plan .", "Residents cheered the vote ."]
    assert gold.k == 2 and gold.span == (D(2020, 3, 2), D(2020, 3, 5))
    assert gold.sentences_per_day == 2  # 3 sentences over 2 days, rounded half to even


def test_a_block_without_a_date_is_skipped_and_named_with_its_line(tmp_path):
    path = tmp_path / "gold.txt"
    path.write_text("2020-03-02\nA.\n-----\nMarch 3\nB.\n-----\n2020-03-04\nC.\n", encoding="utf-8")
    problems = []
    gold = read_gold(path, problems)
    assert list(gold.days) == [D(2020, 3, 2), D(2020, 3, 4)]
    assert problems == [f"{path}:4: not a date (YYYY-MM-DD) at the head of a block; block skipped"]


@pytest.mark.parametrize("text", ["", "no dates here\n------\n", "\0\1binary"])
def test_a_gold_with_no_dated_block_is_an_error(tmp_path, text):
    path = tmp_path / "gold.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GoldError, match="gold.txt"):
        read_gold(path)


# -- choosing the dates -------------------------------------------------------------------

def test_key_dates_rank_days_by_their_events_together_inside_the_span():
    span = (D(2020, 3, 2), D(2020, 3, 5))
    events = [
        event(D(2020, 3, 1), 9, "outside the span, however important"),
        event(D(2020, 3, 2), 2, "The council approved the plan", last=D(2020, 3, 3)),  # two days: not a day event
        event(D(2020, 3, 4), 3, "The bridge opened"),
        event(D(2020, 3, 3), 1, "A minor thing"),
        event(D(2020, 3, 2), 1, "Residents cheered"),
        event(D(2020, 3, 4), 1, "Traffic flowed"),
        event(D(2020, 3, 4), 1, "Traffic flowed"),  # the same summary twice is said once
    ]
    # 4 Mar ranks first (5 sources in all); 2 and 3 Mar tie at 1 source: the earlier wins the second place
    assert key_dates(events, span, 2, 2, ()) == {D(2020, 3, 4): ["The bridge opened", "Traffic flowed"],
                                             D(2020, 3, 2): ["Residents cheered"]}
    assert list(key_dates(events, span, 5, 1, ())) == [D(2020, 3, 4), D(2020, 3, 2), D(2020, 3, 3)]


def passing(day, published, summary, id, opening="The bridge was news. Crowds came."):
    """A one-day event told by one article, in its third sentence (not its lead), published on ``published``."""
    text = f"{opening} {summary} on {day:%d %B %Y}."
    start = text.index(summary)
    expression = TimeExpression(text.index(" on ") + 4, len(text) - 1, f"{day:%d %B %Y}", "DATE", day.isoformat(),
                                None, Interval(day, day), Granularity.DAY)
    article = Article(id, f"{id}.txt", text, published, PublishSource.HEADER, "en")
    return Event(id, [Mention(article, expression, published, text[start:], start)], Interval(day, day),
                 Granularity.DAY, None, summary)


def test_a_day_nobody_singled_out_is_never_a_key_date():
    """One source telling the day in passing, on the day, never told again: worth one plain source, left
    out although K is not reached; a second source, a lead or a later article recalling it keeps a day."""
    span = (D(2020, 3, 1), D(2020, 3, 31))
    once = passing(D(2020, 3, 2), D(2020, 3, 2), "The mayor spoke", "once")
    twice = [passing(D(2020, 3, 3), D(2020, 3, 3), "The bridge shook", "twice0"),
             passing(D(2020, 3, 3), D(2020, 3, 3), "The bridge shook", "twice1", "Gulls left the river. Fog lifted.")]
    copied = [passing(D(2020, 3, 7), D(2020, 3, 7), "The ferry sank", f"copy{n}") for n in range(2)]  # one source
    recalled = passing(D(2020, 3, 4), D(2020, 3, 20), "The bridge closed", "recalled")
    in_lead = event(D(2020, 3, 5), 1, "The bridge reopened")
    announced = passing(D(2020, 3, 6), D(2020, 3, 1), "The bridge will be painted", "announced")
    chosen = key_dates([once, *twice, *copied, recalled, in_lead, announced], span, 10, 1, ())
    assert sorted(chosen) == [D(2020, 3, 3), D(2020, 3, 4), D(2020, 3, 5)]


def test_busiest_days_take_the_first_sentence_of_each_article():
    span = (D(2020, 3, 2), D(2020, 3, 5))
    article = lambda id, day, text: SimpleNamespace(id=id, published=day, text=text)  # noqa: E731
    articles = [article("b", D(2020, 3, 3), "Second story. More."), article("a", D(2020, 3, 3), "First story. More."),
                article("c", D(2020, 3, 4), "Only story."), article("d", D(2020, 3, 9), "Too late."),
                article("e", D(2020, 3, 9), "Too late again."), article("f", None, "Undated.")]
    assert busiest_days(articles, span, 2, 1) == {D(2020, 3, 3): ["First story."], D(2020, 3, 4): ["Only story."]}
    assert first_sentence("   ") == ""


def test_date_f1_by_hand():
    gold = Gold("g", {D(2020, 3, 2): ["x"], D(2020, 3, 5): ["y"]})
    one_of_two = score("s", {D(2020, 3, 2): ["x"], D(2020, 3, 4): ["z"]}, gold)
    assert (one_of_two.date_precision, one_of_two.date_recall(gold), one_of_two.date_f(gold)) == (0.5, 0.5, 0.5)
    two_of_three = score("s", {D(2020, 3, 2): [], D(2020, 3, 3): [], D(2020, 3, 5): []}, gold)
    assert two_of_three.date_f(gold) == pytest.approx(0.8)  # P 2/3, R 1
    assert score("s", {}, gold).date_f(gold) == 0.0


# -- ROUGE ----------------------------------------------------------------------------------

def test_words_are_lowercased_without_punctuation():
    assert rouge.words("The U.S.-led `` talks '' , Åre") == ["the", "u", "s", "led", "talks", "åre"]


def test_rouge_n_of_one_summary_by_hand():
    one = rouge.counts(["the cat sat on the mat"], ["the cat lay on the mat"], 1)
    assert (one.hits, one.system, one.gold) == (5, 6, 6)  # the ×2, cat, on, mat
    two = rouge.counts(["the cat sat on the mat"], ["the cat lay on the mat"], 2)
    assert (two.hits, two.f) == (3, pytest.approx(0.6))  # the cat, on the, the mat of 5 each
    # a summary's sentences are read as one text: "sat a" is a bigram
    assert rouge.counts(["the cat sat", "a dog"], ["sat a"], 2).hits == 1


def test_the_rouge_flavours_by_hand():
    system = {D(2020, 1, 1): ["the cat sat"], D(2020, 1, 3): ["a dog ran"]}
    gold = {D(2020, 1, 1): ["the cat sat down"], D(2020, 1, 2): ["a dog ran fast"]}
    scores = rouge.score(system, gold, 1)
    # per date: only 1 Jan is shared: P 3/3, R 3/4
    assert scores["per_date"] == pytest.approx(6 / 7)
    # concat: 6 hits, 6 system words, 8 gold words
    assert scores["concat"] == pytest.approx(6 / 7)
    # agreement: 3 hits (1 Jan), P 3/6, R 3/8
    assert scores["agreement"] == pytest.approx(3 / 7)
    # align m:1: 3 Jan pairs with 2 Jan (cost 1/2 * 1/7 beats 1 Jan's 2/3 * 1), its 3 hits weighted by 1/2:
    # P (3 + 1.5) / 6; each gold day pairs the same way: R (3 + 1.5) / 8
    assert scores["align"] == pytest.approx(9 / 14)
    assert rouge.score({}, gold, 1) == {"per_date": 0.0, "concat": 0.0, "agreement": 0.0, "align": 0.0}


# -- the command ------------------------------------------------------------------------------

ARTICLES = {
    "a.txt": "date 2020-03-03\nThe city council approved the Elm river bridge plan on Monday after a long debate.\n",
    "b.txt": "date 2020-03-04\nOn Monday, the city council approved the Elm river bridge plan.\n",
    "c.txt": "date 2020-03-06\nWorkers began building the Elm river bridge on Thursday.\n",
}


def write_corpus(folder):
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_eval_timeline_scores_the_system_beside_the_baseline(tmp_path, gold_file):
    corpus = write_corpus(tmp_path / "news")
    code, out, err = run("eval-timeline", str(gold_file), str(corpus), "--jobs", "1", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["k"] == 2 and summary["span"] == ["2020-03-02", "2020-03-05"]
    # Monday = 2 Mar, Thursday = 5 Mar: both gold days; the busiest publish days (one article each,
    # ties to the earliest) are 3 and 4 Mar: neither
    assert sorted(summary["system"]["days"]) == ["2020-03-02", "2020-03-05"]
    assert summary["system"]["date_f1"] == 1.0
    assert sorted(summary["baseline"]["days"]) == ["2020-03-03", "2020-03-04"]
    assert summary["baseline"]["date_f1"] == 0.0
    assert set(summary["system"]["rouge"]) == {"rouge_1", "rouge_2"}
    code, out, _ = run("eval-timeline", str(gold_file), str(corpus), "--jobs", "1", "--days")
    assert code == 0 and "date F1" in out and "align m:1" in out and "+ 2020-03-05" in out


def test_eval_timeline_exit_codes(tmp_path, gold_file):
    corpus = write_corpus(tmp_path / "news")
    code, _, err = run("eval-timeline", str(tmp_path / "missing.txt"), str(corpus))
    assert code == 2 and err == f"timeline: {tmp_path / 'missing.txt'}: no such file\n"
    code, _, err = run("eval-timeline", str(tmp_path), str(corpus))
    assert code == 2 and "a folder" in err
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, _, err = run("eval-timeline", str(tmp_path / "empty.txt"), str(corpus))
    assert code == 2 and "no dated block" in err
    code, _, err = run("eval-timeline", str(gold_file), str(tmp_path / "nothing"))
    assert code == 2 and "no article could be read" in err
    with pytest.raises(SystemExit) as exit_:
        run("eval-timeline", str(gold_file))  # no corpus
    assert exit_.value.code == 2
    broken = tmp_path / "broken.txt"
    broken.write_text("not a date\nx\n-----\n" + GOLD_TEXT, encoding="utf-8")
    code, _, err = run("eval-timeline", str(broken), str(corpus), "--jobs", "1")
    assert code == 0 and f"{broken}:1: not a date" in err
