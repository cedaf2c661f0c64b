"""A site named "in" a place that cannot hold it is not the gazetteer's site of that name."""

import pytest

from geoevents import find_places, parse


def _sites(text):
    return [(m.surface, m.place_id) for m in find_places(text).mentions
            if m.place_id is None or m.feature_class in ("hospital", "facility")]


def test_a_hospital_named_in_another_camp_is_left_unresolved():
    text = "Yesterday, Kamal Adwan Hospital in An Nuseirat refugee camp was reportedly hit."
    assert _sites(text) == [("Kamal Adwan Hospital", None)]
    doc = parse(text, published="2024-04-23")
    assert [(e.location, e.event_date) for e in doc.events] == [("Nuseirat Camp", "2024-04-22")]


def test_a_hospital_named_in_the_camp_of_its_namesake_is_that_namesake():
    # two al-Awda hospitals: the one in Jabalia is the default, "in Nuseirat" names the other
    text = "Yesterday, Al Awda Hospital in An Nuseirat refugee camp was reportedly hit."
    assert _sites(text) == [("Al Awda Hospital", "hospital:al-awda-hospital-nuseirat")]
    doc = parse(text, published="2024-04-23")
    assert [(e.location, e.event_date) for e in doc.events] == [
        ("Al-Awda Hospital (Nuseirat)", "2024-04-22")]


@pytest.mark.parametrize("text,site", [
    ("Al Awda Hospital in Jabalia was hit.", "hospital:al-awda-hospital-jabalia"),
    ("Nasser Hospital in Khan Younis was hit.", "hospital:nasser-medical-complex"),
    # reports place a site by its nearest town
    ("They travelled to the European Hospital in Rafah.", "hospital:european-gaza-hospital"),
])
def test_a_site_in_the_place_that_holds_it_is_resolved(text, site):
    assert _sites(text)[0][1] == site


def test_a_site_named_in_a_region_whose_outline_does_not_hold_it_is_unresolved():
    ms = parse("A strike hit a house near Kamal Adwan Hospital in central Gaza.").mentions
    assert [(m.surface, m.place_id) for m in ms][0] == ("Kamal Adwan Hospital", None)
    ms = parse("A strike hit a house near Kamal Adwan Hospital in northern Gaza.").mentions
    assert ms[0].place_id == "facility:kamal-adwan-hospital"
    ms = parse("A strike hit a house near Al-Awda Hospital in central Gaza.").mentions
    assert ms[0].place_id == "hospital:al-awda-hospital-nuseirat"


@pytest.mark.parametrize("text", [
    "Two Palestinians were killed inside a house in the Al Nasr neighbourhood of Gaza City.",
    "Shelling hit the al-Nasr neighborhood in Gaza City on Monday.",
    "A drone struck a group of people in the An-Nasr quarter of Beit Lahia.",
])
def test_a_village_named_as_a_part_of_a_city_that_cannot_hold_it_is_unresolved(text):
    # the gazetteer's an-Nasr is the village near Rafah, not a neighbourhood of these cities
    ms = find_places(text).mentions
    assert [m.place_id for m in ms][0] is None
    assert all(e.location != "An-Nasr" for e in parse(text, published="2025-11-24").events)


@pytest.mark.parametrize("text", [
    "Two Palestinians were killed in the Al Nasr area of Rafah.",
    "Tanks shelled al-Nasr village in Rafah.",
    "An airstrike hit a house in al-Nasr, east of Rafah.",
])
def test_the_village_named_where_it_lies_is_resolved(text):
    assert find_places(text).mentions[0].place_id == "village:an-nasr"


@pytest.mark.parametrize(("text", "place_id"), [
    ("An airstrike killed three people in the Juhor ad-Dik area of central Gaza on Friday.",
     "village:juhor-ad-dik"),
    ("An airstrike killed three people in the al-Mughraqa area of central Gaza on Friday.",
     "village:al-mughraqa"),
    ("Shelling killed two men in the Juhor ad-Dik area of the central Gaza Strip.",
     "village:juhor-ad-dik"),
    ("Tanks advanced into the al-Mughraqa district of central Gaza on Sunday.",
     "village:al-mughraqa"),
    ("A drone strike killed a woman in the Juhor ad-Dik neighbourhood of Gaza Governorate.",
     "village:juhor-ad-dik"),
    ("An airstrike killed three people in the Wadi Gaza area of central Gaza on Friday.",
     "area:wadi-gaza"),
    ("An airstrike killed three people in the Qarara area of Khan Younis on Friday.",
     "town:al-qarara"),
    ("Shelling killed two men in the Juhor ad-Dik area of Gaza City on Monday.",
     "village:juhor-ad-dik"),
    ("Shelling killed two men in the al-Mughraqa area of Deir al-Balah on Monday.",
     "village:al-mughraqa"),
])
def test_a_village_named_as_an_area_of_a_region_is_the_village(text, place_id):
    # a region or governorate holds its villages, however loosely the report places them;
    # only a town's quarter may be another place of the village's name
    event = parse(text, published="2025-11-24").events[0]
    assert (event.place_id, event.geo_precision) == (place_id, 1)


@pytest.mark.parametrize("text", [
    "Shelling killed four people in the Al Nasr district of Gaza City on Monday.",
    "An airstrike killed three people in the Al Nasr neighbourhood of Gaza City on Friday.",
    "Two men were killed in the Al Nasr area of Gaza City on Monday.",
])
def test_a_village_named_as_a_quarter_of_a_city_still_places_the_event_in_the_city(text):
    assert parse(text, published="2025-11-24").events[0].place_id == "city:gaza"


@pytest.mark.parametrize(("text", "place_id"), [
    ("Eyewitnesses said the fighting erupted in the Tel al-Hawa neighborhood of southern "
     "Gaza after gunmen stormed a building.", "neighbourhood:tel-al-hawa"),
    ("An airstrike killed four people in the Tal al-Hawa quarter of northern Gaza on Monday.",
     "neighbourhood:tel-al-hawa"),
    ("Shelling hit homes in the Shujaiya neighbourhood in southern Gaza, killing two.",
     "neighbourhood:shujaiyya"),
    ("Tanks pushed into al-Zeitoun in central Gaza overnight.", "neighbourhood:zeitoun"),
])
def test_a_quarter_named_in_a_region_it_does_not_lie_in_is_the_quarter(text, place_id):
    # a quarter's name is its town's; the region is the writer's loose sense of where it lies
    assert place_id in [m.place_id for m in find_places(text).mentions]


def test_a_quarter_loosely_placed_places_the_event_at_the_quarter():
    ev = parse("Clashes erupted in the Tel al-Hawa neighbourhood of southern Gaza on Monday, "
               "killing five fighters.", published="2025-10-13").events
    assert [(e.location, e.geo_precision) for e in ev] == [("Tel al-Hawa", 1)]


@pytest.mark.parametrize("text", [
    # near-misses: a quarter in a town it is not in; a hospital, whose names recur
    "A strike hit homes in Tel al-Hawa in Khan Younis.",
    "A strike hit the Zeitoun neighbourhood in Rafah.",
    "A strike hit a house near Kamal Adwan Hospital in southern Gaza.",
])
def test_a_site_named_where_it_cannot_lie_stays_unresolved(text):
    assert any(m.place_id is None for m in find_places(text).mentions)
