"""Summaries free of the page's debris: a company named before its stock ticker, a decimal number the
tokeniser split at its point (invented sentences, tokenised as the scraped corpora write them)."""

from test_headlines import LEAD, headline

from timeline.events.debris import without_debris


def test_the_company_before_a_ticker_split_at_its_stop_is_named():
    text = (LEAD + "OSLO , March 3 -LRB- Reuters -RRB- - Nordfjell Pharma 's -LRB- NFP . \n"
            "OL -RRB- vaccine unit won a $ 40 million order from the health ministry on Tuesday .\n")
    summary = headline(text, "Tuesday")
    assert summary.startswith("Nordfjell Pharma's vaccine unit won a $40 million order"), summary


def test_two_companies_with_tickers_are_both_named():
    text = (LEAD + "Shares of Fjord Air -LRB- 2610 . \nTW -RRB- and Nord Air -LRB- 2618 . \n"
            "TW -RRB- fell 4 percent on Friday .\n")
    summary = headline(text, "Friday")
    assert summary.startswith("Shares of Fjord Air and Nord Air fell 4 percent") or summary.startswith(
        "Fjord Air and Nord Air fell 4 percent"), summary


def test_a_decimal_split_at_its_point_is_written_whole():
    text = (LEAD + "\n\nVolume of 1.47 billion shares lagged the 1. 53 billion shares traded on Friday.\n\n"
            "Bonds were flat.")
    summary = headline(text, "Friday")
    assert "1.53 billion shares" in summary and not summary.startswith("53"), summary


def test_a_year_before_a_stop_is_no_split_number():
    text = LEAD + "The ferry line closed in 1998. 40 crew members lost their jobs on Friday."
    assert headline(text, "Friday").startswith("40 crew members lost their jobs")


def test_a_title_loses_the_byline_that_ends_it():
    from timeline.events.title import headline_title
    assert headline_title("Ferry workers vote to end their strike by Ingrid Holm", "en") == (
        "Ferry workers vote to end their strike")
    assert headline_title("Harbour company bought by Nordic Holdings", "en") == "Harbour company bought by Nordic Holdings"


def test_a_feature_label_over_a_name_is_no_headline():
    from timeline.events.title import headline_title
    assert headline_title("Profile: Bergen's new harbour master Ingrid Holm", "en") == ""
    assert headline_title("Profile: Ingrid Holm takes over Bergen harbour", "en") == "Ingrid Holm takes over Bergen harbour"


def test_a_caption_runs_into_a_sentence_opening_with_a_pronoun():
    text = (LEAD + "The harbour master chose not to speak at the hearing There was no sign of the harbour master "
            "on Friday or of her lawyers , but they will be told .")
    summary = headline(text, "Friday")
    assert summary.startswith("There was no sign of the harbour master"), summary


def test_a_ticker_split_from_a_longer_subject_keeps_the_whole_subject():
    text = (LEAD + "\nShares of rope maker Fjordline -LRB- 4109 . \n"
            "T -RRB- , which rose 4 percent on Thursday , have now doubled in a month .\n")
    assert headline(text, "Thursday").startswith("Shares of rope maker Fjordline"), headline(text, "Thursday")


def test_an_agent_after_by_is_no_byline_and_a_desk_note_is_cut():
    from timeline.events.title import headline_title
    assert headline_title("Port authority approves takeover of ferry line by Fjordbank", "en") == (
        "Port authority approves takeover of ferry line by Fjordbank")
    assert headline_title("Harbour strike spreads to the north (picture) by Ingrid Holm", "en") == (
        "Harbour strike spreads to the north")


def test_a_heading_in_capitals_before_a_sentence_is_cut_off():
    from timeline.events.debris import without_debris
    assert without_debris("BERGEN FERRY TERMINAL Even the calmest passengers are getting angry at the delays",
                          "en") == "Even the calmest passengers are getting angry at the delays"
    assert without_debris("US FDA Commissioner said the vaccine was safe", "en") == (
        "US FDA Commissioner said the vaccine was safe")


def test_a_quoted_headline_before_the_lead_is_a_piece_of_its_own():
    text = (LEAD + "Ferry captain ` warned about the storm ' Ingrid Holm wept as she gave her evidence on Tuesday "
            "to the inquiry into the sinking .")
    assert headline(text, "Tuesday").startswith("Ingrid Holm wept as she gave her evidence"), headline(text, "Tuesday")
    text = LEAD + "The union called the offer `` an insult '' and walked out on Tuesday ."
    assert headline(text, "Tuesday").startswith("The union called the offer")


def test_a_clock_time_and_a_heading_in_capitals_are_cut_off_together():
    from timeline.events.debris import without_debris
    assert without_debris("1400 GMT, BERGEN QUAY Even the calmest passengers are angry", "en") == (
        "Even the calmest passengers are angry")


def test_a_quoted_nickname_or_word_before_a_name_is_no_headline():
    text = LEAD + "When Ola `` Big Ferry '' Dahl was forced from office on Tuesday , the port celebrated ."
    assert "Ola “Big Ferry” Dahl was forced from office" in headline(text, "Tuesday"), headline(text, "Tuesday")
    text = LEAD + "The minister said on Tuesday that Norway was `` occupying '' Horten ."
    assert headline(text, "Tuesday").startswith("The minister said"), headline(text, "Tuesday")


def test_a_dateline_in_accented_capitals_is_cut_off_like_one_in_plain_capitals():
    """The dateline readers of events/gap.py and events/debris.py test capitals with str.isupper(), so
    "ÅRHUS" is a place in capitals as "ARHUS" is."""
    for place in ("ÅRHUS", "ARHUS"):
        for dash in (" -- ", " --"):
            text = f"Three routes were cut.\n\n{place}, Denmark, Oct 3 (Wire){dash}The ferry company cut three routes on Monday."
            assert headline(text, "Monday") == "The ferry company cut three routes", (place, dash)
    assert without_debris("ÖSTERSUND, Sweden, Oct 3 - The bank cut rates", "en") == "The bank cut rates"


def test_a_page_stamp_opening_the_first_line_is_no_headline():
    from timeline.events.title import headline_title
    assert headline_title("Page last updated at 09:12 GMT , Monday , 3 May 2021 10:12 UK", "en") == ""
    assert headline_title("Last updated : 3 May , 2021 - 09:12 GMT Ferry workers vote to end their strike",
                          "en") == "Ferry workers vote to end their strike"


def test_a_lead_under_a_page_stamp_is_summarised_by_its_own_clause():
    text = ("Page last updated at 09:12 GMT , Monday , 3 May 2021 10:12 UK The ferry union signed a new "
            "contract with the harbour company in March 2019 .\nThe contract ends next year .\n")
    assert headline(text, "March 2019").startswith("The ferry union signed a new contract")
