"""A thing called by its head alone ("The auction kicked off …") is told as the one fuller phrase the sentences right
before used for it (timeline/events/fuller_phrase.py): a name among its describing words, after a link, or as its
owner; a jury is told in its trial. Two names, another one of its kind, or none leave the summary as it was
(invented articles)."""

import pytest

from test_headlines import LEAD, headline
from timeline.events.fuller_phrase import fuller_phrase


@pytest.mark.parametrize("text, expression, expected", [
    # a name among the describing words of the phrase that brought the thing in
    ("Potters have agreed to give vases to a special Kilnworks auction , set up by a village fete . Dozens of "
     "bowls were handed over for the sale . The auction kicked off on Friday and will run for ten days .",
     "Friday", "The Kilnworks auction kicked off and will run for ten days"),
    # a name after a link word
    ("Cases of the fever rose to 500 and the death toll in Norland reached 20 . Doctors are worried . "
     "The death toll has edged up to 30 on Monday , officials said .",
     "Monday", "The death toll in Norland has edged up to 30"),
    # an owner before a possessive's mark: the ministry is the owner's
    ("Travellers should avoid Norland , where Norland 's health ministry has issued guidance . Ferries are "
     "limited . The health ministry issued a nationwide alert on Monday after several deaths .",
     "Monday", "Norland's health ministry issued a nationwide alert after several deaths"),
    # an owner's name with a joining word inside
    ("Anna Berg was part of Vassbu Fire and Rescue 's medical support team . She is a firefighter . The team "
     "flew to Chile on Monday with two dogs .", "Monday",
     "Vassbu Fire and Rescue's medical support team flew to Chile with two dogs"),
    # a place called by its kind is its one name
    ("Floods have hit the northern town of Vassbu after days of rain . Roads were closed . The town was cut "
     "off on Monday , officials said .", "Monday", "Vassbu was cut off, officials said"),
    # a country's word opening the sentence before is a name all the same
    ("Chilean rescue workers are to begin searching . A team has been deployed . The workers were due to travel "
     "to Lunde on Sunday .", "Sunday", "The Chilean rescue workers were due to travel to Lunde"),
    # a participle with its object after the head: the head is still the phrase's ("French judges probing …")
    ("French judges probing the Lunde scandal will question Anna Berg . Aides said so . The judges had said in "
     "November that an interview was useful .", "November", "The French judges had said that an interview was useful"),
    # a name of its own holding the head, not a longer one going on after it ("the Vassbu Film Festival")
    ("A Chilean film won the prize of the Vassbu Film Festival . Critics cheered . The film had its premiere at "
     "the Lunde Film Festival in June .", "June", "The Chilean film had its premiere at the Lunde Film Festival"),
    ("Voters backed Kibaki 's ruling Lunde Rainbow Coalition at the polls . Crowds cheered . The coalition won a "
     "second term in June .", "June", "Kibaki's ruling Lunde Rainbow Coalition won a second term"),
    # a jury is told in the trial the story told whole
    ("Ola Brekke was ordered to stand trial for fraud . The jury was chosen on Friday after six hours .",
     "Friday", "The jury in the trial of Ola Brekke was chosen after six hours"),
])
def test_a_bare_head_takes_the_one_fuller_phrase_told_before(text, expression, expected):
    assert headline(LEAD + text, expression) == expected


@pytest.mark.parametrize("text, expression, opening", [
    # two trials: which one the jury sits in, the text does not say
    ("A court will hear the trial of Ola Brekke and the trial of Siri Dahl . The jury was chosen on Friday "
     "after six hours .", "Friday", "The jury was chosen"),
    # another school named further back: which one the spokesman's "the school" is, the text does not say
    ("The Lunde school was told a pupil had the virus . Parents were told . Cases rose to 20 . The new cases "
     "include pupils at a primary school in Vassbu . A spokesman said : The school is closed until Monday .",
     "Monday", "The school is closed"),
    # two towns named by the same head
    ("Floods have hit the northern town of Vassbu and the southern town of Lunde . The town was cut off on "
     "Monday , officials said .", "Monday", "The town was cut off"),
    # another auction, one with no name, may be the summary's
    ("Fans bid for guitars in an auction on the web . The Kilnworks auction raised money too . The auction "
     "closed on Monday with every lot sold .", "Monday", "The auction closed"),
    # a generic thing the story never names
    ("Prices are rising fast . Shops are quiet . The economy shrank by 2 % in March .", "March",
     "The economy shrank"),
    # the summary's own describing word is not the named phrase's: maybe another one
    ("Potters gave vases to a special Kilnworks auction . Dozens of bowls were handed over . The first auction "
     "closed on Friday with every lot sold .", "Friday", "The first auction closed"),
    # a verb before the head ends its describing words: "Norland fever becomes" describes no world
    ("Norland fever becomes world 's first pandemic . Doctors are worried . The world is moving into a new era "
     "on Monday , a doctor said .", "Monday", "The world is moving"),
    # a person's noun: a capitalised word beside it tells no one
    ("A Velorian man fell ill . His brother is worried . The man was discharged on Wednesday .", "Wednesday",
     "The man was discharged"),
    # a phrase in an opening landmark phrase is not the thing its sentence is about
    ("Buses drove onto the runway . Next to a giant Kilnworks cargo plane is a passenger jet . It was chartered "
     "by a church group . The plane flew in on Monday , loaded with supplies .", "Monday", "The plane flew"),
    # the summary names the place itself: no need to say it twice
    ("Roofs fell and the quake in Chile was felt far away . Roads were closed . The quake has brought "
     "ruin to parts of Chile on Monday , officials said .", "Monday", "The quake has brought"),
    # a sentence's first word has a capital anyway: no name unless a country's
    ("Kiln auction prices rose . Fans came . The auction closed on Monday with every lot sold .", "Monday",
     "The auction closed"),
    # a rival whose head ends its clause ("the Vassbu massacre;") is a rival all the same
    ("Two men were jailed over the Vassbu massacre; three more face trial . The town was razed . The victims "
     "were shot . The Lunde massacre was worse . The massacre started on November 20 and ended the next day .",
     "November 20", "The massacre started"),
    # a headline's words before the head may be a clause, not a noun phrase ("Lunde greens strike … deal")
    ("Vassbu : Lunde greens strike electoral deal . Voters are divided . The deal comes on the heels of a pact "
     "signed on Monday .", "Monday", "The deal comes"),
    # a country is named by its name or not at all ("the Andean country" tells no more)
    ("Chile and Peru signed a deal . The Andean country is rich . The country will build a port on Monday , "
     "officials said .", "Monday", "The country will build"),
    # a head that describes the noun after it is no use of it ("a Florida shuttle landing")
    ("Vassbu waves off first Florida shuttle landing try . Clouds are low . The shuttle can still land at one "
     "of two other sites on Friday .", "Friday", "The shuttle can still land"),
    # a headline's first word is capitalised anyway: no owner ("World 's largest ship")
    ("World 's largest ferry arrives in Lunde . Crowds cheered . The ferry will unload 300 cars on Monday .",
     "Monday", "The ferry will unload"),
    # a capitalised first word may be a name as well: two schools
    ("Marlowe school and Penrose school closed . Parents were told . The school said on Friday it would reopen .",
     "Friday", "The school said"),
    # a use in small words with no name ("the field hospital") may be the summary's
    ("Savers put money in the fund for Norland . Others lost savings in the hedge fund run by a former trader . "
     "The fund collapsed on Monday owing millions .", "Monday", "The fund collapsed"),
    # an owner that is no name ("the country 's health ministry": which country?)
    ("Doctors met officials of the country 's health ministry . Clinics are full . The health ministry issued an "
     "alert on Monday after several deaths .", "Monday", "The health ministry issued"),
])
def test_a_bare_head_stays_when_its_fuller_phrase_is_in_doubt(text, expression, opening):
    assert headline(LEAD + text, expression).startswith(opening)


def test_a_head_written_in_capitals_inside_a_name_is_a_rival():
    # "the Lunde Writers Association" is a name of its own: "the association in Vassbu" may be another one
    sentence = "Anna Berg heads the Lunde Writers Association and met the association in Vassbu ."
    summary = "The association began to admit new writers"
    assert fuller_phrase(summary, [sentence], sentence, "en") == summary
