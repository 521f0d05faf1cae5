"""A link list's headlines and standfirsts run together with no stop between them are furniture, not one long
sentence of story; a long sentence of story with names in it stays story (invented pages)."""

from timeline.extraction.furniture import furniture

#: headlines and standfirsts of a sidebar, scraped into one line with no stop
HEADLINES = [
    "Anna Berg talks to Ivar Holm about her role in the harbour festival controversy",
    "Northport council has set up a text service to tell parents of ferry closures",
    "Eleven thousand drivers expected to take to the coast roads",
    "Westfield hospital trust is yet to see savings from its new booking software a year ago , due to high costs",
    "Five trusts are planning to roll out a larger version of the scheme",
    "Pictures from the rescue of the trawler crew off the northern cape",
    "Southport and Eastbay are using online maps to show where the 4 June polls will be held",
    "Reaction to the closing of the old quay , one of the last working docks in the region",
    "Readers share their memories of the great storm of 1987",
    "Ferry fares are expected to rise again next spring",
]


def spans(text):
    return [(text[s.start:s.end], s.reason) for s in furniture(text, "en")]


def test_headlines_run_together_are_links_and_a_long_sentence_of_story_is_not():
    line = " ".join(HEADLINES)
    text = "The ferry resumed service on Monday .\n" + line + "\nThe harbour master praised the crews .\n"
    assert (line, "links") in spans(text)
    assert not any(reason == "links" and "ferry resumed" in found for found, reason in spans(text))
    # a long sentence of story with names in it stays story
    sentence = ("Leaders of the harbour towns of Northport , Southport , Eastbay and Westfield met in Northport on "
                "Monday to sign a pact that sets fares for the ferries , shares the cost of dredging the channel , "
                "names Anna Berg of Southport as its first chair and asks the regional council , which has funded "
                "the quays since the great storm , to pay for a new breakwater before the winter storms return to the "
                "coast and the fishing fleets of the four towns put to sea again in the spring , a plan the mayors "
                "hope will end a long quarrel over who pays for what .")
    assert len(sentence.split()) > 85
    assert not any(reason == "links" for _, reason in spans(sentence + "\n"))


#: long sentences of story, one line each, that name many people and places after prepositions, verbs of saying
#: and titles ("from Oslo", "said Monday", "mayor Anna"): none is a link list
STORY = [
    "The nine people killed when the ferry capsized on Monday were named by police as Anna Berg , 34 , from Oslo , "
    "Ivar Holm , 51 , from Bergen , Kari Lund , 27 , from Tromso , Per Dahl , 62 , from Alta , Siri Moe , 45 , from "
    "Bodo , Ola Vik , 19 , from Molde , Eva Strand , 38 , from Narvik , Jon Aas , 70 , from Harstad , and Lise Bakke , "
    "23 , from Kirkenes , and their families have been told of their deaths by officers working with Norway 's "
    "coast guard .",
    "Officials said Monday that rescuers working through the night with help from Norway and Sweden had reached the "
    "wreck near Bodo shortly after the storm eased and radioed Oslo to ask for more divers , while Mayor Anna Berg "
    "told reporters in Narvik that the town would open its school to the families and Prime Minister Ivar Holm said "
    "in Oslo that the government would pay for the search , which is expected to go on along the coast from Alta to "
    "Molde until the last of the missing are found by the crews of the boats sent from Tromso and Harstad .",
    "Speaking to reporters in Bergen after meeting ministers from Denmark , Finland and Iceland , the chairman of the "
    "council said Norway would ask Brussels for help while Minister Kari Lund flew to Tromso and then on to Alta , "
    "where she met Mayor Per Dahl and the leaders of the fishing unions from Narvik , Bodo and Molde , who told her "
    "that the fleets from Harstad and Kirkenes would stay in port until the inquiry set up by Oslo had said what "
    "went wrong on the night the ferry sank off the cape in a storm that had been forecast for days .",
]


def test_a_long_sentence_naming_people_and_places_is_story():
    for sentence in STORY:
        assert len(sentence.split()) > 85
        assert not any(reason == "links" for _, reason in spans(sentence + "\n")), sentence[:40]


def test_headlines_run_together_with_few_seams_are_links():
    # four headlines, one opening on a preposition after the last one's last word ("… the flu | In Bergen …")
    line = " ".join(["Pictures of the storm damage along the northern coast roads and the harbour walls of the old town",
                     "Readers share their memories of the great storm that hit the islands decades ago and left "
                     "many fishing villages cut off for weeks",
                     "Eleven thousand drivers are expected to take to the coast roads over the holiday despite the "
                     "warnings from the flu",
                     "In Bergen the ferry company has set up a text service to tell parents of school closures",
                     "Southport and Eastbay are using online maps to show where the polls will be held this year"])
    assert len(line.split()) > 85
    assert (line, "links") in spans("The ferry resumed service .\n" + line + "\n")


def test_headlines_seamed_by_their_date_headings_and_acronyms_are_links():
    # each headline ends on a name (no seam of a lower-case word before a capital): what joins them is a link's
    # date heading ("… the harbour 4 June 2009 : Council …") or an acronym opening the next one ("… the quay NATO
    # says …")
    line = " ".join(["Anna Berg , head of the Northport harbour board , is determined to put safety first on the old",
                     "quay at Southport",
                     "Crews say the new ferry timetable will leave islanders stranded at the harbour",
                     "4 June 2009 : Council response to the ferry report promises money for the breakwater but does "
                     "not say when work will start",
                     "3 June 2009 : Transport secretary Ivar Holm ducks the question of who pays for the channel",
                     "Survey finds most skippers at Eastbay are afraid to report unsafe moorings",
                     "NATO says more ships could use the northern route to the Eastbay islands",
                     "2 June 2009 : Fares to rise again in the spring after the storm at Westfield"])
    words = line.split()
    assert len(words) > 85
    text = "The ferry resumed service .\n" + line + "\n"
    assert (line, "links") in spans(text)
