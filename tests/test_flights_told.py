"""Flights told by what drove people out or how far they went are displacement in words the
older flight rows lacked: "forcing hundreds of families to flee", "driving thousands of
people from the town", "heading further south", "12,000 displacements from north to
south". Troops moved further, patients driven to care and a flight feared or threatened
stay no flight."""

import pytest

from geoevents import parse

FLIGHT = ("Strategic developments", "Displacement")


def _coded(text: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.sub_event_type, e.location)
            for e in parse(text, published="2024-06-29").events]


@pytest.mark.parametrize("text,place", [
    ("Heavy shelling hit Bani Suheila on Friday, forcing thousands of families to flee.",
     "Bani Suheila"),
    ("Tanks pushed into Shujaiya on Friday, forcing 15,000 residents to leave their homes.",
     "Shejaia"),
    ("The strikes on Bani Suheila have forced 12,000 people to flee their homes since "
     "Friday.", "Bani Suheila"),
    ("The bombardment of Beit Lahia is driving hundreds of families out of the town, the UN "
     "said on Friday.", "Beit Lahia"),
    ("Displaced people in Deir al-Balah were moving further south on Friday.",
     "Deir al-Balah Governorate"),
    ("On Friday, monitors recorded more than 12,000 displacements from Gaza City to "
     "Khan Younis.", "Gaza City"),
    ("Residents of Khan Younis fled their neighbourhoods on foot with only a few bags of "
     "belongings on Friday.", "Khan Younis"),
])
def test_people_driven_out_or_gone_further_are_a_flight(text, place):
    assert (*FLIGHT, place) in _coded(text)


@pytest.mark.parametrize("text", [
    # troops moving, patients driven to care, a flight feared or threatened
    "Israeli troops moved further south in Rafah on Friday.",
    "Ambulances were driving patients to Nasser hospital in Khan Younis on Friday.",
    "Families in Beit Lahia left their homes to queue for aid on Friday.",
    "The army may force thousands of people to flee Rafah, the UN warned on Friday.",
    "Aid groups fear an assault would force hundreds of thousands of people to flee Rafah.",
    # the army's forces, no verb of forcing
    "Airstrikes hit al-Mawasi on Friday, an area to which Israeli forces ordered civilians "
    "to evacuate for their safety.",
    # the war's tally told in the present perfect
    "These attacks have forced hundreds of thousands of Palestinians to flee their homes in "
    "Beit Hanoun.",
    "The offensive has forced 1.2 million people to flee their homes in Rafah.",
])
def test_troops_moved_people_driven_to_care_or_a_flight_feared_are_no_flight(text):
    assert FLIGHT[1] not in [s for _, s, _ in _coded(text)]


@pytest.mark.parametrize("text, expected", [
    # (what people once fled, told as a list, says who they are: no attack of the report's)
    ("The school in Nuseirat was filled with families who had fled Israeli offensives and "
     "bombardment in Beit Hanoun, they said.", []),
    # (nor are the orders that once drove them from their homes an order of the report's)
    ("The UN said its shelters in Deir al-Balah hold thousands of Palestinians driven from "
     "their homes by Israeli offensives and evacuation orders.", []),
])
def test_what_people_once_fled_or_were_driven_out_by_tells_who_they_are(text, expected):
    assert _coded(text) == expected


@pytest.mark.parametrize("text", [
    "Many fleeing the fighting have set up tents in Khan Younis and Deir al-Balah.",
    "Those fleeing the bombardment are sheltering in schools in Deir al-Balah.",
    "Families fleeing the shelling have crowded into the camps of Deir al-Balah.",
])
def test_people_named_by_what_they_flee_bring_no_fight_to_their_refuge(text):
    # the refuge is where they came, not where the fighting is
    assert [c for c in _coded(text) if c[0] != "Strategic developments"] == []


@pytest.mark.parametrize("text,place", [
    ("Thousands fleeing the fighting in Rafah on Friday have set up tents in Khan Younis.",
     "Rafah"),
    ("Families fleeing the shelling of Beit Lahia on Friday reached Gaza City.", "Beit Lahia"),
])
def test_what_people_flee_told_with_its_day_is_still_an_attack(text, place):
    assert any(c[0] != "Strategic developments" and c[2] == place for c in _coded(text))
