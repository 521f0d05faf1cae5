"""Two articles' statements of one day that share a speaker's or a country's name and the story's
words, not what was said: each test builds its own small invented articles."""

from datetime import date

from test_merge_purity import QUAKE_DAYS
from test_merge_topic_day import article, groups_with

#: a quake folder where a charity is one of the story's cast (named around several happenings)
CHARITY = [article(f"q{n}", text + (" The Red Lantern sent volunteers from Dorvania." if n % 3 == 0 else ""), published)
           for n, (published, text) in enumerate(QUAKE_DAYS)]



def live(entry):
    """The opening of a live page: its title and an earlier ``entry`` ("0930 …")."""
    return f"Live coverage of the Port Talen earthquake, as it happened.\n\n{entry}\n\n"


#: two statements of one day by the charity's people: one about volunteers, one about fuel
STATEMENTS = [
    article("s1", "The Red Lantern said on Thursday that 300 of its volunteers had reached the northern "
            "districts of Port Talen.", date(2010, 1, 22)),
    article("s2", "A Red Lantern spokesman said on Thursday that fuel for the earthquake zone was running "
            "short.", date(2010, 1, 22)),
]


def test_two_statements_sharing_only_the_speakers_name_are_two_events():
    assert not any({"s1", "s2"} <= set(g) for g in groups_with("s", CHARITY + STATEMENTS))


def test_without_the_rule_the_two_statements_were_one_event(monkeypatch):
    from timeline.events import pairs
    monkeypatch.setattr(pairs, "statements_apart", lambda *args: False)
    assert any({"s1", "s2"} <= set(g) for g in groups_with("s", CHARITY + STATEMENTS))


def test_one_statement_told_with_its_number_by_two_articles_is_one_event():
    told = [STATEMENTS[0], article(
        "s3", "Some 300 Red Lantern volunteers are now in the north of Port Talen, the charity said on Thursday.",
        date(2010, 1, 22))]
    assert any({"s1", "s3"} <= set(g) for g in groups_with("s", CHARITY + told))


def test_one_act_told_by_its_actor_in_other_words_is_one_event():
    """No saying: the charity's flight told two ways, sharing only the charity's name, stays one."""
    told = [
        article("f1", "The Red Lantern flew 40 tonnes of medicine into Port Talen on Thursday.", date(2010, 1, 22)),
        article("f2", "The Red Lantern landed its first cargo plane at Port Talen on Thursday.", date(2010, 1, 22)),
    ]
    assert any({"f1", "f2"} <= set(g) for g in groups_with("f", CHARITY + told))


def test_two_live_page_entries_sharing_a_country_are_two_events():
    """A traveller turned away from the capital and an airport full of aid workers, two live
    pages' entries of one day, share the neighbouring country's name and the story: two pieces of
    news there."""
    told = [
        article("p1", live("0930 Welcome to our coverage.") + "1215 A reader in Dorvania texts: Got turned away twice from Port Talen "
                "yesterday so we are still in Dorvania.", date(2010, 1, 15)),
        article("p2", live("0815 Our reporters are on their way.") + "2205 Aid charity Helpwell tweets: The airport of Dorvania was full of aid "
                "workers and rescue teams on Thursday.", date(2010, 1, 15)),
    ]
    assert not any({"p1", "p2"} <= set(g) for g in groups_with("p", CHARITY + told))


#: a live page's entry announcing a telethon, and the telethon told a week later
TELETHON = [
    article("t1", live("0940 Welcome back.") + "1858 Around a dozen television "
            "networks will team up for an all-star telethon for the earthquake victims next Friday.",
            date(2010, 1, 15)),
    article("t2", "The singer Arlo Venn took part in a telethon for Port Talen on Friday which raised $57m for "
            "the aid effort.", date(2010, 1, 24)),
]


def test_an_entry_sharing_one_rare_word_of_an_act_family_joins_its_happening():
    """"telethon" (a word of the show family, rare in the folder) is the happening itself."""
    assert any({"t1", "t2"} <= set(g) for g in groups_with("t", CHARITY + TELETHON))


def test_without_the_family_an_entrys_one_shared_word_is_too_little(monkeypatch):
    from timeline.events import shared_words
    monkeypatch.setattr(shared_words, "_family_stems", lambda language: frozenset())
    assert not any({"t1", "t2"} <= set(g) for g in groups_with("t", CHARITY + TELETHON))


def test_a_count_opening_a_sentence_is_no_entry_stamp():
    """"1200 residents left …" is a count, not a live page's "1319 Troy tweets": the flood told two
    ways on one day stays one event."""
    flood = [
        article("c1", "1200 residents left their flooded homes in Sandviken on Monday, carrying what they could. "
                "The river rose quickly in Sandviken after days of heavy rain.", date(2020, 10, 13)),
        article("c2", "Floods hit Sandviken in western Norway. Police evacuated flooded streets of Sandviken on "
                "Monday and closed the bridge to traffic. Heavy rain had fallen for days in Sandviken.", date(2020, 10, 13)),
        article("c3", "The floods in Sandviken eased on Tuesday. Rain stopped and the river fell. Residents "
                "returned home slowly to Sandviken.", date(2020, 10, 14)),
    ]
    assert any({"c1", "c2"} <= set(g) for g in groups_with("c", flood))
