"""Each mention's role, evidence and summary are worked out where its article is extracted
(``events.prepared``), kept with its cached mentions, and merging picks among them: the same
events as working them out in the merging process."""

import dataclasses
from datetime import date

from timeline.events.dependent import role
from timeline.events.evidence import Evidence
from timeline.events.merge import merge
from timeline.events.prepared import summary_of
from timeline.events.summary import summarise
from timeline.extraction.extractor import _extract_payload, _fields
from timeline.model import Article, PublishSource
from timeline.store.keys import extraction_key
from timeline.store.serialize import extraction_from

TEXT = ("Dr Mira Okafor opened a clinic for river towns on Monday. The clinic will close until 4 May for "
        "repairs, its manager said on Tuesday. Okafor first visited the valley in 2019.")
TITLE = "Clinic opens for river towns"


def article(text=TEXT, title=TITLE, article_id="a"):
    return Article(article_id, f"{article_id}.txt", text, date(2021, 4, 14), PublishSource.HEADER, "en", title)


def bare(mentions):
    """The mentions without what was prepared for them: merging works it out itself."""
    return [dataclasses.replace(m, prepared=None) for m in mentions]


def test_the_worker_prepares_each_mentions_role_evidence_and_summary():
    data = _extract_payload(_fields(article()))
    mentions = extraction_from(data, article())
    assert mentions and len(data["prepared"]) == len(mentions)
    assert all(m.prepared is not None for m in mentions)
    for prepared, plain in zip(mentions, bare(extraction_from(data, article()))):
        assert prepared.prepared.role == role(plain)
        assert Evidence.of(prepared) == Evidence.of(plain)
        assert summary_of(prepared) == summarise(plain)
    # the lead's summary is the title: the worker was sent it
    assert summary_of(mentions[0]) == TITLE


def test_prepared_answers_are_the_ones_merging_reads():
    data = _extract_payload(_fields(article()))
    mentions = extraction_from(data, article())
    told = dataclasses.replace(mentions[0].prepared, summary="A summary no rule would write", role="boundary")
    object.__setattr__(mentions[0], "prepared", told)
    assert summary_of(mentions[0]) == "A summary no rule would write"
    assert role(mentions[0]) == "boundary"
    assert Evidence.of(mentions[0]) == told.evidence("en")


def test_merging_prepared_mentions_gives_the_same_events():
    texts = [TEXT, "Mira Okafor's clinic for river towns opened on Monday, April 12. Hundreds queued on "
             "Monday to see a doctor. The clinic shuts until 4 May."]
    mentions = [m for n, text in enumerate(texts)
                for m in extraction_from(_extract_payload(_fields(article(text, None if n else TITLE, f"a{n}"))),
                                         article(text, None if n else TITLE, f"a{n}"))]
    assert all(m.prepared is not None for m in mentions)

    def shown(events):
        return sorted((e.summary, e.label, tuple((m.article.id, m.expression.start) for m in e.mentions))
                      for e in events)

    assert shown(merge(mentions)) == shown(merge(bare(mentions)))


def test_the_title_is_in_the_extraction_key():
    """An article's summaries may be its title: another title is another extraction."""
    assert extraction_key(article(title="Clinic opens")) != extraction_key(article(title="Clinic shuts"))
    assert extraction_key(article(title=None)) != extraction_key(article(title="Clinic opens"))


def test_a_mention_in_furniture_is_prepared_without_a_summary():
    text = TEXT + "\n\nRelated stories\nFloods close roads on 3 March 2021"
    mentions = extraction_from(_extract_payload(_fields(article(text))), article(text))
    assert any(m.furniture for m in mentions)
    assert all((m.prepared.summary is None) == (m.furniture is not None) for m in mentions)


def test_a_mentions_signature_sets_are_made_once_while_kept():
    """The token weights, the buckets' pairs, dating, regrouping and thin links each ask for a
    mention's signatures: the sets are made from its stored tokens once (while the recent ones are
    kept), not again for every question; equal to sets made anew."""
    mentions = extraction_from(_extract_payload(_fields(article())), article())
    prepared = mentions[1].prepared
    assert prepared.segment_signature() is prepared.segment_signature()
    assert prepared.context_signature() is prepared.context_signature()
    assert Evidence.of(mentions[1]).segment is Evidence.of(mentions[1]).segment
    assert prepared.segment_signature() == Evidence.of(bare(mentions)[1]).segment
