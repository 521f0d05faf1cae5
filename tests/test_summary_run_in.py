"""Summaries of sentences a page ran other text into without a stop: a photo caption, a video title,
a factbox line, a line of page text before the story's sentence (or after it). Only the part that
holds the date is summarised; a name after a verb or an apposition never splits a sentence
(invented sentences, tokenised as the scraped corpora write them)."""

import pytest
from test_headlines import LEAD, headline


@pytest.mark.parametrize("text, expression, expected", [
    # a caption ending in a noun, then a preposition opening the story's sentence
    ("Lina Berg was given water through a hose On Thursday the harbour master told how she was found .",
     "Thursday", "The harbour master told how she was found"),
    # a caption, then a capitalised common noun opening the sentence: the caption and the story share a name
    ("The wreck was towed off the Nordlys reef , but otherwise intact Divers at the harbour raised the sunken "
     "Nordlys on Monday , after it lay ten days on the seabed .",
     "Monday", "Divers at the harbour raised the sunken Nordlys"),
    # a caption that repeats the name the story opens with (a name beside the caption's first word, which any
    # sentence capitalises)
    ("Singer Ola has just come back from the northern islands Island-born singer Ola Lind wept at a press "
     "conference about the storm that hit the islands last week .",
     "last week", "Island-born singer Ola Lind wept at a press conference about the storm that hit the islands last week"),
    # a caption, then a subject of two nouns joined by a conjunction
    ("Cafes in Bergen have been limited to takeaway food Restaurants and bars in Bergen are to reopen on "
     "Wednesday after a fall in new cases .", "Wednesday", "Restaurants and bars in Bergen are to reopen after a fall in new cases"),
    # page text ("you may need a reader") before a leading word
    ("Most computers open this file at once , but you may need Adobe Reader Meanwhile in Bergen , "
     "cafes are to reopen on Wednesday .", "Wednesday", "In Bergen, cafes are to reopen"),
    # an article and a name with its verb opening the story's sentence after a caption
    ("This letter was flagged as a fraud by Nordsec security firm The Bergen Bureau of Police issued a warning "
     "on Wednesday urging readers to be careful .", "Wednesday",
     "The Bergen Bureau of Police issued a warning urging readers to be careful"),
    # a possessive pronoun opening the story's sentence after a caption
    ("The judge said the builder had caused the collapse through neglect His ruling echoed a report "
     "issued by the city earlier this week .", "this week", "His ruling echoed a report issued by the city"),
])
def test_text_run_into_the_front_of_a_sentence_is_left_out(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


def test_a_factbox_line_run_into_the_line_before_is_read_from_its_date():
    text = (LEAD + "The young were most at risk 1957 : A storm first seen off the coast flooded "
            "two hundred farms , with the lowlands worst hit The harbour was closed for a month .")
    summary = headline(text, "1957")
    assert summary.startswith("A storm first seen off the coast flooded two hundred farms"), summary
    assert "young" not in summary and "harbour" not in summary, summary


def test_text_run_into_the_end_of_a_sentence_is_left_out():
    text = LEAD + "The mayor opened the new bridge on Monday Meanwhile the council said the old bridge would close ."
    assert headline(text, "Monday") == "The mayor opened the new bridge"


@pytest.mark.parametrize("text, expression, expected", [
    # a name after an infinitive's verb, named again later
    ("A Navy ship is expected to reach Bergen in a couple of days and smaller boats are already there , "
     "Navy officials said .", "a couple of days", "A Navy ship is expected to reach Bergen"),
    # a capitalised word inside a phrase: after a determiner's adjective, a preposition's, a possessive's, a number
    ("Oslo wanted the former Danish leader would face trials for crimes against Oslo in 1990 , he said .", "1990",
     "Oslo wanted the former Danish leader would face trials for crimes against Oslo"),
    ("Bergen has struck deals with 23 ports , local daily The Bergen Post reported on Wednesday .", "Wednesday",
     "Bergen has struck deals with 23 ports"),
    # a name after a verb
    ("Police said Ola Lind met police chiefs on Monday .", "Monday", "Police said Ola Lind met police chiefs"),
    # an apposition: an article's noun, a name, a verb
    ("The court heard the skipper Lind had taken the boat that sank with the skipper on June 25 .", "June 25",
     "The court heard the skipper Lind had taken the boat that sank with the skipper"),
    # an adjective before a place, a word shared after it
    ("He said the storm which hit Bergen , western Norway on Monday was not the storm forecasters feared .",
     "Monday", "He said the storm which hit Bergen, western Norway on Monday was not the storm forecasters feared"),
    # a leading word after a heading in capitals, which the date heads
    ("12 MARCH , 2200 GMT , BERGEN AIRPORT Even the calmest travellers are getting angry at the delays .",
     "12 MARCH", None),
    # a newspaper's name after an article's noun
    ("He told the newspaper The Courier on Monday that he was happy .", "Monday",
     "He told the newspaper The Courier that he was happy"),
    # a name after an ordinal
    ("The ministers meet before the forum on Nov. 15 and the 5th Harbour Forum that will open on Nov. 18 .",
     "Nov. 18", "The 5th Harbour Forum that will open on Nov. 18"),
])
def test_a_sentence_with_a_name_inside_it_stays_whole(text, expression, expected):
    summary = headline(LEAD + text, expression)
    assert summary == expected if expected else "travellers" in summary, summary


@pytest.mark.parametrize("text, expression, expected", [
    # a role's or an adjective's name in a sentence that goes on: no second sentence starts at the name
    ("Norvik fired harbour safety adviser Kari Holm on Tuesday , a day after Norvik and Holm clashed over fees .",
     "Tuesday", "Norvik fired harbour safety adviser Kari Holm"),
    ("Bergen signed striker Ola Lind on March 4 for a club record fee , Bergen said .", "March 4",
     "Bergen signed striker Ola Lind for a club record fee"),
    ("The plan was agreed at a meeting chaired by Harbour party chief Kari Holm , a Harbour party spokesman "
     "said on Thursday .", "Thursday", "The plan was agreed at a meeting chaired by Harbour party chief Kari Holm"),
    ("Braving the Oslo stand , lawyers for the convicted former Norvik chief made a last bid on Friday and asked an Oslo judge to stop the move .", "Friday",
     "Braving the Oslo stand, lawyers for the convicted former Norvik chief made a last bid"),
    ("Sixty Norvik soldiers left Bergen overnight on the transport vessel Nordlys , the Norvik army press "
     "service NAPS said on Saturday .", "Saturday", "Sixty Norvik soldiers left Bergen overnight on the transport vessel Nordlys"),
    # a list after a date and a colon is no factbox line: it has no verb
    ("If not , the ferry can still dock at one of two other ports Sunday : Bergen Quay in Hordaland and the "
     "Norvik Pier in Viken .", "Sunday", "The ferry can still dock at one of two other ports"),
    # a leading word between two capitalised words is a name's ("Cheung So Lai")
    ("No fees on the ferries have been raised yet , Cheung So Lai , head of the harbour board , told local "
     "media on March 2 .", "March 2", "No fees on the ferries have been raised yet"),
    # a pronoun or possessive before a capitalised word opens a title or a fixed name, not a sentence
    ("The council said the bill would give Her Majesty's Harbour Board new powers from April .", "April",
     "The council said the bill would give Her Majesty's Harbour Board new powers from April"),
    ("Crowds gathered to greet His Holiness Abbot Lind as he arrived in Bergen on Thursday .", "Thursday",
     "Crowds gathered to greet His Holiness Abbot Lind as he arrived in Bergen"),
    ("The channel announced on Tuesday that it had cancelled the drama His Silver Harbour after three series .",
     "Tuesday", "The channel announced that it had cancelled the drama His Silver Harbour after three series"),
    # a preposition before a name and a verb: the name is the subject ("the siege In Norvik ended")
    ("Ministers said the siege In Norvik ended on Saturday with three hostages freed .", "Saturday",
     "Ministers said the siege In Norvik ended on Saturday with three hostages freed"),
])
def test_a_sentence_that_goes_on_past_a_capitalised_word_stays_whole(text, expression, expected):
    # what follows the kept clause is the summary's to trim (a colon's list, a speaker's clause), not this rule's
    assert headline(LEAD + text, expression).startswith(expected)


@pytest.mark.parametrize("text, expression, expected", [
    ("The last flood of the river , which occurred in 1993 , killed nine people .", "1993",
     "The last flood of the river killed nine people"),
    ("The collapse of the pier, which happened in 2007, killed 13 people.", "2007",
     "The collapse of the pier killed 13 people"),
])
def test_a_relative_clause_that_only_dates_its_noun_goes_whole(text, expression, expected):
    # kept with its date, it would tell the noun's date as the act ("The river occurred in 1993")
    assert headline(LEAD + text, expression) == expected


def test_a_relative_clause_that_dates_a_plain_noun_still_tells_its_act():
    text = LEAD + "The strike , which began on Monday evening , left one in three trains running ."
    assert headline(text, "Monday evening") == "The strike began on Monday evening"


def test_a_short_number_inside_a_name_ends_no_heading():
    """"Velbo Radio 5 Live did a phone-in": the capital after the number goes on with the station's name, though the
    article writes "live" in lower case elsewhere."""
    text = (LEAD + "Fans followed the harbour vote live on the web .\nYesterday , Velbo Radio 5 Live did a phone-in , "
            "taking listeners ' questions about the strike .")
    assert headline(text, "Yesterday") == "Velbo Radio 5 Live did a phone-in"


def test_a_name_with_a_possessive_written_apart_ends_no_heading():
    """"pupils at Alden 's School who were off sick": "School" goes on with the name, though the article writes
    "school" in lower case elsewhere (the summary was "School were off sick")."""
    text = (LEAD + "The school said it would stay open .\nOther cases included four pupils at Alden 's School "
            "who were off sick on Friday .")
    assert headline(text, "Friday").startswith("Other cases included four pupils at Alden's School")


def test_a_caption_in_the_present_tense_is_cut_off_the_story():
    """A caption tells in the present ("Ola Lind says he …"), with no past or auxiliary: it still ends where the
    story's sentence, naming the same person, starts."""
    text = (LEAD + "OLA LIND - FIRST RESCUED SAILOR Ola Lind says he now feels much stronger Nine-year-old Ola Lind "
            "fell ill on Monday , suffering a fever .")
    assert headline(text, "Monday") == "Nine-year-old Ola Lind fell ill, suffering a fever"


def test_a_caption_ending_on_a_quote_is_cut_off_the_story():
    """A caption that quotes its speaker ends on the quote's closing mark, and the story's sentence starts with a
    capitalised subject right after it: the summary keeps the story's sentence."""
    text = (LEAD + "Ola Lind : ` There 's no doubt it 's not enough , not fast enough ' Former Velbo Mayor Ola Lind , "
            "who is a UN Special Envoy to Velbo , visited the General Hospital in Bergen on Monday .")
    assert headline(text, "Monday") == "Former Velbo Mayor Ola Lind visited the General Hospital in Bergen"


def test_a_word_set_off_in_quote_marks_ends_no_caption():
    """"the port was `` closed '' Velbo and asked …": a word or two in quote marks belongs to its sentence."""
    text = (LEAD + "Velbo 's harbour minister , Ola Lind , had said on Monday that the navy had `` blocked '' Bergen "
            "and asked the council to `` explain '' the navy 's role .")
    assert headline(text, "Monday").endswith("Bergen")
