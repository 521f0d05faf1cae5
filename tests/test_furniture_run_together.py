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
