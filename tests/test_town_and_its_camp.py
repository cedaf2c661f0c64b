"""One act told at a town and at the refugee camp named after it is one record, at the
camp, with the lowest count told; acts told as two ("another", "more", a second
statement, other targets, counts told apart, another day) stay two."""

from __future__ import annotations

import pytest

from geoevents import Gazetteer, parse
from geoevents.event_merge.town_and_its_camp import (
    one_act_at_the_town_and_its_camp,
    the_town_named_for,
)
from geoevents.model import Event

AIR, SHELL = "Air/drone strike", "Shelling/artillery/missile attack"
ERV = "Explosions/Remote violence"


def _places(text: str) -> list[tuple[str | None, int | None]]:
    doc = parse(text, published="2024-06-04")
    return [(e.location, e.fatalities) for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    ("Medics said 21 people were killed on Monday when an Israeli air strike hit a school in "
     "the Jabalia refugee camp. The civil defence said 24 people died when the school in "
     "Jabalia was bombed.", [("Jabalia Camp", 21)]),
    ("On 3 March, Israeli ground operations in the Bureij refugee camp intensified, residents "
     "said. On 3 March, at least nine Palestinians were killed in eastern Bureij, medics "
     "said.", [("Bureij Camp", 9)]),
])
def test_one_act_at_a_town_and_its_camp_is_the_camps(text, expected):
    assert _places(text) == expected


_JABALIA = ("Medics said 21 people were killed on Monday when an Israeli air strike hit a "
            "school in the Jabalia refugee camp. ")
_BUREIJ = ("On 3 March, Israeli ground operations in the Bureij refugee camp intensified, "
           "residents said. ")


@pytest.mark.parametrize("text", [
    # another target
    _JABALIA + "The civil defence said 24 people died when a mosque in Jabalia was bombed.",
    # told as one more
    _JABALIA + "Separately, the civil defence said 24 people died when the school in Jabalia "
    "was bombed.",
    # more of the act
    _JABALIA + "The civil defence said 24 more people died when the school in Jabalia was "
    "bombed.",
    _BUREIJ + "On 3 March, at least nine more Palestinians were killed in eastern Bureij, "
    "medics said.",
    _BUREIJ + "Separately, at least nine Palestinians were killed in eastern Bureij on 3 "
    "March, medics said.",
    # another day
    _BUREIJ + "On 4 March, at least nine Palestinians were killed in eastern Bureij, medics "
    "said.",
])
def test_two_acts_told_as_two_stay_two(text):
    assert len({place for place, _ in _places(text)}) == 2


def _event(place_id: str, notes: str, fatalities: int | None = None, sub: str = AIR,
           date: str = "2024-06-03", kind: str = ERV) -> Event:
    gaz = Gazetteer.default()
    place = gaz.get(place_id)
    assert place is not None
    return Event(event_id=place_id, report_id="r", event_date=date, time_precision=1,
                 event_type=kind, sub_event_type=sub, location=place.name, place_id=place_id,
                 admin1=None, latitude=place.lat, longitude=place.lon, geo_precision=1,
                 notes=notes, confidence=0.8, fatalities=fatalities)


def _fold(*events: Event) -> list[tuple[str | None, int | None, str]]:
    return [(e.place_id, e.fatalities, e.sub_event_type)
            for e in one_act_at_the_town_and_its_camp(list(events), Gazetteer.default())]


def test_a_missile_at_the_camp_and_a_strike_in_the_town_are_one():
    camp = _event("camp:rafah-camp", "A missile hit a truck parked in the Rafah refugee camp, "
                  "killing four.", 4, sub=SHELL)
    town = _event("city:rafah", "The army said it struck a vehicle carrying gunmen in Rafah.")
    assert _fold(camp, town) == [("camp:rafah-camp", 4, SHELL)]


def test_the_lower_of_two_accounts_stands():
    camp = _event("camp:deir-al-balah-camp", "Officials said 40 people were killed in the "
                  "attack on a school in Deir al-Balah camp.", 40)
    town = _event("city:deir-al-balah", "UNRWA said 36 people were killed when one of its "
                  "schools in Deir al-Balah was hit.", 36)
    assert _fold(town, camp) == [("camp:deir-al-balah-camp", 36, AIR)]


@pytest.mark.parametrize("town_notes,town_count,town_date", [
    # another day
    ("A strike hit a house in Khan Younis, killing 3.", 3, "2024-06-02"),
    # another hour
    ("Earlier, a strike hit a house in Khan Younis.", None, "2024-06-03"),
    # strikes across the town
    ("Strikes hit Khan Younis throughout the day.", None, "2024-06-03"),
    # another target
    ("A strike on a tent in Khan Younis killed 3.", 3, "2024-06-03"),
    # told as another
    ("Another strike hit a house in Khan Younis, killing 3.", 3, "2024-06-03"),
    # counts told apart
    ("A strike hit a house in Khan Younis, killing 11.", 11, "2024-06-03"),
])
def test_near_misses_stay_two(town_notes, town_count, town_date):
    camp = _event("camp:khan-younis-camp", "A strike hit a house in Khan Younis camp, "
                  "killing 3.", 3)
    town = _event("city:khan-yunis", town_notes, town_count, date=town_date)
    assert len(_fold(camp, town)) == 2


def test_the_same_strike_told_at_the_town_folds():
    camp = _event("camp:khan-younis-camp", "A strike hit a house in Khan Younis camp, "
                  "killing 3.", 3)
    town = _event("city:khan-yunis", "The army said it struck a house in Khan Younis.")
    assert _fold(camp, town) == [("camp:khan-younis-camp", 3, AIR)]


def test_one_sentence_that_names_both_places_keeps_both():
    notes = "Israeli strikes hit the towns of Beit Lahia and Jabalia and the Jabalia camp."
    assert len(_fold(_event("camp:jabalia-camp", notes), _event("city:jabalia", notes))) == 2


def test_a_camp_not_named_after_its_city_keeps_the_city():
    camp = _event("camp:beach-camp", "A strike hit a house in the Beach camp.")
    city = _event("city:gaza", "A strike hit a house in Gaza City.")
    assert len(_fold(camp, city)) == 2
    assert the_town_named_for(Gazetteer.default(), Gazetteer.default().get("camp:beach-camp")) \
        is None


def test_kinds_of_act_apart_stay_apart():
    camp = _event("camp:nuseirat-camp", "Troops clashed with gunmen in Nuseirat camp.",
                  kind="Battles", sub="Armed clash")
    town = _event("town:nuseirat", "A strike hit a house in Nuseirat.")
    assert len(_fold(camp, town)) == 2


def test_attacks_told_only_as_an_aim_are_no_acts_of_the_town():
    camp = _event("camp:bureij-camp", "Israeli forces pressed their ground operation in the "
                  "Bureij refugee camp.", kind="Battles", sub="Armed clash")
    aim = _event("town:bureij", "The army said its operation in Bureij aims to stop gunmen "
                 "regrouping to mount further raids.", kind="Battles", sub="Armed clash")
    raids = _event("town:bureij", "The army said its troops carried out raids in Bureij.",
                   kind="Battles", sub="Armed clash")
    assert _fold(camp, aim) == [("camp:bureij-camp", None, "Armed clash")]
    assert len(_fold(camp, raids)) == 2


def test_a_range_that_holds_the_other_count_is_one_toll():
    camp = _event("camp:jabalia-camp", "Officials said 27 people were killed in the attack on "
                  "the school in Jabalia refugee camp.", 27)
    town = _event("city:jabalia", "The agency said between 20 and 30 people were killed when "
                  "one of its schools in Jabalia was hit.", 20)
    assert _fold(camp, town) == [("camp:jabalia-camp", 20, AIR)]
    beyond = _event("city:jabalia", "The agency said between 12 and 18 people were killed "
                    "when one of its schools in Jabalia was hit.", 12)
    assert len(_fold(camp, beyond)) == 2
