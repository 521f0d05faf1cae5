"""Swedish resolver: the same engine with sv.toml."""

from datetime import date

import pytest

from timeline import extract

THU = date(2020, 10, 15)


def only(text, reference=THU):
    found = [e for e in extract(text, reference, "sv") if e.type in ("DATE", "TIME")]
    assert len(found) == 1, found
    return found[0]


def days(a, b):
    return (date.fromisoformat(a), date.fromisoformat(b))


@pytest.mark.parametrize("text, span, timex, interval", [
    ("Han sjöng på Billboard Music Awards på onsdag kväll.", "onsdag kväll", "2020-10-14TEV",
     days("2020-10-14", "2020-10-14")),
    ("Teigen delade nyheterna för två veckor sedan.", "för två veckor sedan", "2020-W40",
     days("2020-09-28", "2020-10-04")),
    ("Vi lovade varandra detta på vår bröllopsdag för sju år sedan.", "för sju år sedan", "2013",
     days("2013-01-01", "2013-12-31")),
    ("Hon kom hem i fredags.", "i fredags", "2020-10-09", days("2020-10-09", "2020-10-09")),
    ("Det hände i förrgår.", "i förrgår", "2020-10-13", days("2020-10-13", "2020-10-13")),
    ("Det hände förra veckan.", "förra veckan", "2020-W41", days("2020-10-05", "2020-10-11")),
    ("Det hände förra månaden.", "förra månaden", "2020-09", days("2020-09-01", "2020-09-30")),
    ("Han föddes den 24 december.", "den 24 december", "2019-12-24", days("2019-12-24", "2019-12-24")),
    ("Han föddes den 24 december 1980.", "den 24 december 1980", "1980-12-24", days("1980-12-24", "1980-12-24")),
    ("Det var kallt i december 2019.", "december 2019", "2019-12", days("2019-12-01", "2019-12-31")),
    ("Det var kallt i mars.", "mars", "2020-03", days("2020-03-01", "2020-03-31")),
    ("Det hände i går kväll.", "i går kväll", "2020-10-14TEV", days("2020-10-14", "2020-10-14")),
    ("Det hände i slutet av förra månaden.", "i slutet av förra månaden", "2020-09",
     days("2020-09-21", "2020-09-30")),
    ("Det var varmt i somras.", "i somras", "2020-SU", days("2020-06-01", "2020-08-31")),
    ("Det började på 1990-talet.", "1990-talet", "199", days("1990-01-01", "1999-12-31")),
])
def test_resolves(text, span, timex, interval):
    e = only(text)
    assert (e.text, e.timex, e.interval) == (span, timex, interval)
    assert text[e.start:e.end] == e.text


def test_grouped_numbers_and_years_before_christ():
    assert only("Templet byggdes för 1 500 år sedan.", date(2006, 12, 22)).timex == "0506"
    assert [e for e in extract("Resolution 1737 antogs, staden grundades 1600 f.Kr.", THU, "sv")
            if e.interval is not None] == []


def test_future_weekday():
    assert only("Hon ska tala på fredag.").timex == "2020-10-16"


def test_nu_is_present_ref():
    e = only("Och nu har vi djupt känt det.")
    assert (e.timex, e.interval) == ("PRESENT_REF", None)


@pytest.mark.parametrize("text", [
    "Det är en klubb som ingen vill vara en del av.",
    "Den 41-åriga sångaren är 34 år gammal.",
    "Planeten Mars syns.",
])
def test_not_dates(text):
    assert [e for e in extract(text, THU, "sv") if e.type in ("DATE", "TIME")] == []


def test_relative_without_reference_stays_open():
    e = only("Teigen delade nyheterna för två veckor sedan.", None)
    assert e.interval is None


@pytest.mark.parametrize("text, span, timex", [
    ("Vi ska ses den elfte maj.", "den elfte maj", "2021-05-11"),
    ("Det hände den elfte maj.", "den elfte maj", "2020-05-11"),
    ("Han kom tjugoförsta september.", "tjugoförsta september", "2020-09-21"),
    ("Mötet är fredag den 23 oktober.", "fredag den 23 oktober", "2020-10-23"),
    ("Mötet är fredag den 23.", "fredag den 23", "2020-10-23"),
    ("Han kom söndag förra veckan.", "söndag förra veckan", "2020-10-11"),
    ("Vi ses första fredagen i november.", "första fredagen i november", "2020-11-06"),
    ("Vi ses den 20 nästa månad.", "den 20 nästa månad", "2020-11-20"),
    ("Vi ses 21/04/2021.", "21/04/2021", "2021-04-21"),
    ("Vi ses 13.5.2021.", "13.5.2021", "2021-05-13"),
    ("Jag åker om tre veckor från nu.", "om tre veckor från nu", "2020-W45"),
])
def test_swedish_date_forms(text, span, timex):
    e = only(text)
    assert (e.text, e.timex) == (span, timex)


def test_recognizers_text_swedish_cases_are_mostly_found():
    """Development check on Recognizers-Text's Swedish cases (../shared): detection must not regress."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "shared" / "eval" / "swedish" / "recognizers-text-DateExtractor.json"
    if not path.exists():
        pytest.skip("../shared/eval/swedish is not beside the project")
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    gold = found = 0
    for case in cases:
        expressions = [e for e in extract(case["Input"], date(2016, 11, 7), "sv") if e.type in ("DATE", "TIME")]
        for result in case.get("Results", []):
            start, end = result["Start"], result["Start"] + result["Length"]
            gold += 1
            found += any(e.start < end and start < e.end for e in expressions)
    assert found / gold >= 0.85, (found, gold)


def test_nasta_kvall_is_the_evening_after():
    from timeline.temporal import resolve

    r = resolve("Han sjöng på onsdag kväll. Nästa kväll delade sångaren en anteckning.", THU, "sv")
    assert [(e.text, e.timex) for e in r.expressions] == [("onsdag kväll", "2020-10-14TEV"),
                                                         ("Nästa kväll", "2020-10-15TEV")]
    assert r.anchors == [None, 0]


def test_dagen_efter():
    found = extract("Han kom den 3 mars 2020. Dagen efter reste han.", THU, "sv")
    assert [(x.text, x.timex) for x in found] == [("den 3 mars 2020", "2020-03-03"), ("Dagen efter", "2020-03-04")]


@pytest.mark.parametrize("text, span, timex, interval", [
    ("Jag åker tillbaka 22/4.", "22/4", "2020-04-22", days("2020-04-22", "2020-04-22")),
    ("Butiken ska vara stängd från 3/5.", "3/5", "2021-05-03", days("2021-05-03", "2021-05-03")),
    ("Vi ska ses på tisd. i stället.", "tisd.", "2020-10-20", days("2020-10-20", "2020-10-20")),
    ("Han åkte tillbaka den 27.", "den 27", "2020-09-27", days("2020-09-27", "2020-09-27")),
    ("Hon kommer tillbaka till den trettioförste.", "den trettioförste", "2020-10-31",
     days("2020-10-31", "2020-10-31")),
    ("Det hände den 3 maj förra året.", "den 3 maj förra året", "2019-05-03", days("2019-05-03", "2019-05-03")),
    ("Det hände i maj i fjol.", "maj i fjol", "2019-05", days("2019-05-01", "2019-05-31")),
    ("Vi ses sista fredagen i maj.", "sista fredagen i maj", "2020-05-29", days("2020-05-29", "2020-05-29")),
    ("Vi ses tredje fredagen i maj 2021.", "tredje fredagen i maj 2021", "2021-05-21",
     days("2021-05-21", "2021-05-21")),
    ("I vår ska bron byggas.", "I vår", "2021-SP", days("2021-03-01", "2021-05-31")),
    ("I höst ska bron byggas.", "I höst", "2020-FA", days("2020-09-01", "2020-11-30")),
    ("Det snöade mycket i vintras.", "i vintras", "2019-WI", days("2019-12-01", "2020-02-29")),
    ("Bron byggdes i höstas.", "i höstas", "2019-FA", days("2019-09-01", "2019-11-30")),
])
def test_swedish_dates_in_news(text, span, timex, interval):
    e = only(text)
    assert (e.text, e.timex, e.interval) == (span, timex, interval)


@pytest.mark.parametrize("text", [
    "Det står i vår rapport.",
    "Butiken har öppet 24/7.",
    "Hela 3/4 av medlemmarna röstade ja.",
    "I mån av plats får alla komma.",
    "Det var den tredje.",
    "Hon vann den 3:e Stockholmsloppet.",
    "Bygget tar 1/2 timme.",
])
def test_swedish_look_alikes(text):
    assert [e for e in extract(text, THU, "sv")] == []


@pytest.mark.parametrize("phrase", ["Nästa dag", "Påföljande dag", "Dagen därefter"])
def test_nasta_dag_is_the_day_after(phrase):
    found = extract(f"Han kom den 3 mars 2020. {phrase} reste han.", THU, "sv")
    assert [(x.text, x.timex) for x in found] == [("den 3 mars 2020", "2020-03-03"), (phrase, "2020-03-04")]


@pytest.mark.parametrize("text, span, timex, interval", [
    ("Det hände för 2 år och 3 månader sedan.", "för 2 år och 3 månader sedan", "2018-07",
     days("2018-07-01", "2018-07-31")),
    ("Vi ses om en vecka och två dagar.", "om en vecka och två dagar", "2020-10-24",
     days("2020-10-24", "2020-10-24")),
    # Thursday + 3 business days skips the weekend
    ("Boka ett möte om tre arbetsdagar.", "om tre arbetsdagar", "2020-10-20", days("2020-10-20", "2020-10-20")),
    ("Det hände för fem arbetsdagar sedan.", "för fem arbetsdagar sedan", "2020-10-08",
     days("2020-10-08", "2020-10-08")),
])
def test_compound_and_business_day_offsets(text, span, timex, interval):
    e = only(text)
    assert (e.text, e.timex, e.interval) == (span, timex, interval)


@pytest.mark.parametrize("text, span, timex", [
    ("Han har bott här i 2 år och 3 månader.", "2 år och 3 månader", "P2Y3M"),
    ("Det tog två timmar och tio minuter.", "två timmar och tio minuter", "PT2H10M"),
])
def test_compound_durations(text, span, timex):
    [e] = extract(text, THU, "sv")
    assert (e.text, e.type, e.timex) == (span, "DURATION", timex)


def test_compound_offset_without_reference_stays_open():
    e = only("Det hände för 2 år och 3 månader sedan.", None)
    assert (e.text, e.interval) == ("för 2 år och 3 månader sedan", None)


@pytest.mark.parametrize("text, span, timex", [
    ("Han föddes nittonhundranittiofyra.", "nittonhundranittiofyra", "1994"),
    ("Det hände år tjugohundratjugo.", "år tjugohundratjugo", "2020"),
    ("Lagen gäller från tvåtusentjugoett.", "tvåtusentjugoett", "2021"),
    ("Det hände för tjugofem år sedan.", "för tjugofem år sedan", "1995"),
])
def test_spelled_numbers_and_years(text, span, timex):
    e = only(text)
    assert (e.text, e.timex) == (span, timex)


@pytest.mark.parametrize("text", ["Det kostar tvåtusen kronor.", "Det var tjugotjugo i matchen."])
def test_spelled_numbers_that_are_no_years(text):
    assert [e for e in extract(text, THU, "sv") if e.type == "DATE"] == []


@pytest.mark.parametrize("text, timex", [
    ("Hon har besökt staden i januari.", "2020-01"),  # perfect "har ...t" looks back
    ("Hon besöker staden i januari.", "2021-01"),
    ("Hon har rätt i januari.", "2021-01"),  # "har rätt" is no perfect
    ("Bygget beräknas vara klart på fredag.", "2020-10-16"),
    ("Domen förväntas på måndag.", "2020-10-19"),
    ("Mötet planeras till fredag.", "2020-10-16"),
    ("Bönderna planerade en marsch genom staden på lördag.", "2020-10-17"),
    ("Han planerade resan på lördag, sa hon.", "2020-10-10"),
    ("Han sågs senast på fredag.", "2020-10-09"),
])
def test_tense_cues_of_verbs(text, timex):
    assert only(text).timex == timex


@pytest.mark.parametrize("text, span, timex", [
    ("Trupperna kom två dagar efter attacken den 3 mars.", "två dagar efter", "2020-03-05"),
    ("Staden byggdes upp tre år efter kriget 1991.", "tre år efter", "1994"),
    ("Han kom den 3 mars 2020. Två dagar efter reste han.", "Två dagar efter", "2020-03-05"),
    ("Staden byggdes upp tre år efter kriget.", "tre år", "P3Y"),
    ("Han talade i måndags. Två dagar efter attacken kom polisen.", "Två dagar", "P2D"),
    ("Han talade i måndags; det var dagen före valet.", "dagen före", None),
    # in apposition to a date it tells that date again
    ("Han talade i måndags, dagen före valet.", "dagen före", "2020-10-12"),
    ("Räddarna hittade honom den 11 oktober, fem dagar efter skalvet.", "fem dagar efter", "2020-10-11"),
])
def test_efter_x_is_relative_to_the_time_x_names(text, span, timex):
    e = next(e for e in extract(text, THU, "sv") if e.text == span)
    assert e.timex == timex
    # an amount counted from an undated time is the duration it names (P3Y), unplaced
    assert (e.interval is None) == (timex is None or timex.startswith("P"))


@pytest.mark.parametrize("text, timex", [
    ("Vägen är stängd fram till måndag.", "2020-10-19"),
    ("Han sa att han skulle komma på måndag.", "2020-10-19"),
    ("Den försenade tävlingen hålls i mars.", "2021-03"),
])
def test_tense_cues(text, timex):
    assert only(text).timex == timex


def test_samma_dag_after_a_month_is_a_day_of_that_month():
    found = extract("Borgmästaren sköts i mars 2019. Samma dag genomsöktes hans kontor.", THU, "sv")
    assert [(e.text, e.timex, e.interval) for e in found] == [
        ("mars 2019", "2019-03", days("2019-03-01", "2019-03-31")),
        ("Samma dag", "2019-03-XX", days("2019-03-01", "2019-03-31"))]


def test_sedan_puts_a_yearless_date_in_the_past():
    assert only("Familjen har bott där sedan den 12 augusti.", date(2020, 8, 5)).timex == "2019-08-12"
    assert only("Priserna har stigit sedan december.", date(2020, 11, 20)).timex == "2019-12"


def test_clock_time_on_a_day_before_an_undated_event_stays_unplaced():
    found = extract("En granne såg bilen klockan 7 två dagar före branden.", THU, "sv")
    assert [(e.text, e.timex, e.interval) for e in found] == [
        ("klockan 7", "XXXX-XX-XXT07:00", None), ("två dagar", "P2D", None)]


def test_two_days_before_their_month_are_two_dates():
    found = extract("Broarna öppnades den 4 och 7 juli 1936.", THU, "sv")
    assert [(e.text, e.timex) for e in found] == [("4", "1936-07-04"), ("7 juli 1936", "1936-07-07")]


def test_an_amount_and_a_half():
    found = extract("Belägringen varade i fyra och ett halvt år och en halv timme.", THU, "sv")
    assert [(e.text, e.type, e.timex) for e in found] == [
        ("fyra och ett halvt år", "DURATION", "P4Y6M"), ("en halv timme", "DURATION", "PT30M")]


def test_klockslag_upprepat_inom_parentes_far_dess_dag():
    # a clock time told again in brackets with its day is on that day (here a Friday)
    found = extract("Fadern ska resa klockan 4 på morgonen (fredag kl. 04.00), säger hans ombud.", THU, "sv")
    assert [(e.text, e.timex) for e in found] == [
        ("klockan 4 på morgonen", "2020-10-16T04:00"), ("fredag kl. 04.00", "2020-10-16T04:00")]


@pytest.mark.parametrize("text, timex", [
    # "på måndag" is the coming Monday, "i måndags" the last one
    ("Vi ses på måndag.", "2020-10-19"),
    ("Styrelsen samlas på fredag, sa ordföranden.", "2020-10-16"),
    ("Hon kom hem i måndags.", "2020-10-12"),
    # in a clause told in the past (a strong preterite too) the last one
    ("Tjuven greps på söndag.", "2020-10-11"),
    ("Kören sjöng på tisdag.", "2020-10-13"),
    # the start of a change ("från och med") told in the present lies ahead; "måste" tells no past
    ("Från och med måndag måste alla bära munskydd.", "2020-10-19"),
    ("Med start på lördag går färjan två gånger om dagen.", "2020-10-17"),
    ("Caféerna var stängda från måndag.", "2020-10-12"),
    # a past verb of telling right before the day tells that day: the last one
    ("Kommunen meddelade på tisdag.", "2020-10-13"),
    ("Rektorn sa på måndag att skolan stänger.", "2020-10-12"),
    ("Ministern sade sent på tisdag att han avgår.", "2020-10-13"),
    # ... but one after the clause's content does not make its day past, nor one in the present
    ("Rektorn säger på måndag att skolan stänger.", "2020-10-19"),
    ("Han sa att skolan stänger på måndag.", "2020-10-19"),
    # a bare "från" starts a change where it opens its clause, after "måste" or a verb of change;
    # after a noun it names a source
    ("Rektorn sa att från måndag måste alla elever bära munskydd.", "2020-10-19"),
    ("De nya reglerna gäller från måndag.", "2020-10-19"),
    ("Munskydd måste bäras på bussarna från måndag.", "2020-10-19"),
    ("Filmen från måndag visar hur bron rasar.", "2020-10-12"),
])
def test_pa_weekday_is_the_coming_one(text, timex):
    e = next(e for e in extract(text, THU, "sv") if e.type == "DATE")
    assert (e.timex, e.interval) == (timex, days(timex, timex))


@pytest.mark.parametrize("text, months", [
    ("Isen ligger kvar mellan december och mars.", [("december och mars", "2020-12/2021-03")]),
    ("Sjön frös mellan december och mars.", [("december och mars", "2019-12/2020-03")]),
    ("Belägringen pågick från april 1992 till september 1996.", [("april 1992 till september 1996", "1992-04/1996-09")]),
    ("Exporten växte under perioden juli-september.", [("juli-september", "2020-07/2020-09")]),
])
def test_mellan_december_och_mars_keeps_both_ends(text, months):
    assert [(e.text, e.timex) for e in extract(text, THU, "sv")] == months


def test_a_range_of_months_is_one_interval():
    e = only("Belägringen pågick från april 1992 till september 1996.")
    assert e.interval == days("1992-04-01", "1996-09-30")
