"""The army's moves and its razing told as events: an advance or a push placed even by a
wide area ("advanced in northern Gaza") is fighting there, as the gold codes ground advances
(Battles); forces destroying what people live by (wells, water lines, greenhouses) is
property destruction, as the gold codes "troops are destroying water wells"."""

import pytest

from geoevents import parse


def _coded(text: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.sub_event_type, e.location)
            for e in parse(text, published="2024-06-29").events]


@pytest.mark.parametrize("text,place", [
    ("Israeli tanks advanced in northern Gaza.", "northern Gaza"),
    ("Israeli troops advanced in central Gaza on Friday, residents said.", "central Gaza"),
    ("Israeli tanks pushed deeper into northern Gaza overnight.", "northern Gaza"),
    ("Israeli forces have pushed into southern Gaza.", "southern Gaza"),
    ("Israeli tanks pushed deeper into Rafah.", "Rafah"),
    ("Israeli soldiers advanced in Deir al-Balah.", "Deir al-Balah"),
])
def test_an_army_advance_told_with_its_area_is_fighting_there(text, place):
    assert _coded(text) == [("Battles", "Armed clash", place)]


@pytest.mark.parametrize("text,expected", [
    ("Israeli tanks surrounded the Kamal Adwan hospital.",
     [("Strategic developments", "Siege/encirclement", "Kamal Adwan Hospital")]),
    ("Israeli tanks encircled the Jabalia camp.",
     [("Strategic developments", "Siege/encirclement", "Jabalia Camp")]),
    ("Israeli tanks withdrew from Jabalia.",
     [("Strategic developments", "Non-violent transfer of territory", "Jabalia")]),
])
def test_sieges_and_withdrawals_keep_their_coding(text, expected):
    assert _coded(text) == expected


@pytest.mark.parametrize("text", [
    "Israeli tanks were seen in northern Gaza.",
    "Israeli tanks advanced toward the fence.",
    "Israeli forces pushed for a truce in Gaza.",
    "Israeli tanks are expected to advance in northern Gaza.",
])
def test_no_ground_taken_or_no_move_made_is_no_advance(text):
    assert "Battles" not in [t for t, _, _ in _coded(text)]


@pytest.mark.parametrize("text,place", [
    ("Israeli bulldozers destroyed water wells in Beit Lahia.", "Beit Lahia"),
    ("Israeli troops are destroying water wells and pipes in Khan Younis.", "Khan Younis"),
    ("Israeli forces destroyed greenhouses east of Deir al-Balah.", "Deir al-Balah"),
    ("The army destroyed wells in Rafah on Friday.", "Rafah"),
    ("Israeli bulldozers destroyed water networks in Jabalia.", "Jabalia"),
])
def test_forces_destroying_what_people_live_by_is_property_destruction(text, place):
    assert _coded(text) == [("Strategic developments", "Looting/property destruction", place)]


@pytest.mark.parametrize("text", [
    "Israeli forces destroyed tunnels beneath wells in Rafah.",
    "Hamas fighters destroyed two bulldozers in Rafah.",
    "Israeli bulldozers damaged water wells in Beit Lahia.",
])
def test_what_was_under_them_or_only_damaged_is_no_razing(text):
    assert "Looting/property destruction" not in [s for _, s, _ in _coded(text)]


def test_wells_hit_from_the_air_stay_a_strike():
    assert _coded("An Israeli airstrike destroyed water wells in Beit Lahia.") == [
        ("Explosions/Remote violence", "Air/drone strike", "Beit Lahia")]


@pytest.mark.parametrize("text", [
    "Israeli tanks advanced in several areas of the Gaza Strip on Thursday.",
    "Israeli troops pushed deeper into Gaza.",
    "Israeli tanks advanced in parts of the enclave.",
])
def test_an_advance_over_the_war_s_ground_names_no_area(text):
    assert "Battles" not in [t for t, _, _ in _coded(text)]


@pytest.mark.parametrize("text,place", [
    ("The army ended its military operation in Beit Hanoun on Tuesday.", "Beit Hanoun"),
    ("Israeli troops have concluded their mission in Jabalia, the military said.", "Jabalia"),
    ("The IDF said its 162nd division had \u201ccompleted its operation\u201d in Rafah.", "Rafah"),
])
def test_an_operation_the_army_ended_at_a_place_is_a_transfer_of_territory(text, place):
    assert ("Strategic developments", "Non-violent transfer of territory", place) in _coded(text)


@pytest.mark.parametrize("text", [
    "UNRWA ended its operations in Rafah on Monday.",
    "The army ended its operation on Monday.",
    "The army is expected to end its operation in Rafah soon.",
])
def test_an_operation_ended_by_no_army_or_at_no_place_is_no_transfer(text):
    assert "Non-violent transfer of territory" not in [s for _, s, _ in _coded(text)]


@pytest.mark.parametrize("text,place", [
    ("Israeli troops seize control of the main police station in Khan Younis.", "Khan Younis"),
    ("Israel seizes control of the Rafah crossing.", "Rafah Crossing"),
])
def test_control_seized_told_in_the_present_is_a_transfer_of_territory(text, place):
    assert ("Strategic developments", "Non-violent transfer of territory", place) in _coded(text)


@pytest.mark.parametrize("text", [
    "The army launched an offensive aiming to seize control of Khan Younis.",
    "Israel will seize control of the Rafah crossing, the minister said.",
])
def test_control_to_be_seized_is_no_transfer_of_territory(text):
    assert "Non-violent transfer of territory" not in [s for _, s, _ in _coded(text)]


@pytest.mark.parametrize("text,place", [
    ("Warplanes struck Khan Younis overnight as cover for troops rescuing three hostages in "
     "the town.", "Khan Younis"),
    ("Israeli commandos rescued two hostages in Deir al-Balah on Friday.", "Deir al-Balah"),
    ("A hostage rescue raid in Beit Lahia left dozens of people dead.", "Beit Lahia"),
])
def test_a_raid_that_frees_captives_is_fought(text, place):
    assert ("Battles", "Armed clash", place) in _coded(text)


def test_the_release_a_raid_made_is_read_too():
    coded = _coded("Israeli forces rescued two hostages in Rafah on Saturday.")
    assert ("Battles", "Armed clash", "Rafah") in coded
    assert ("Strategic developments", "Hostage or prisoner release", "Rafah") in coded


@pytest.mark.parametrize("text", [
    "The families called on the army to free the hostages held in Rafah.",
    "The military said they had rescued a hostage from a tunnel in Rafah.",
])
def test_no_force_told_raiding_is_no_fight(text):
    assert "Battles" not in [t for t, _, _ in _coded(text)]
