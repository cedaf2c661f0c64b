"""The dead of an attack told again by where they were carried or treated ("The bodies of
the 27 dead were transferred to Nasser Hospital in nearby Khan Younis", "its field hospital
in Rafah treated 184 wounded. Of those, 19 were declared dead") are the attack's, no strike
of their own; a count larger than the attack's, one beside two attacks and a sentence that
tells its own weapon stay apart."""

from __future__ import annotations

from dataclasses import replace

import pytest

from geoevents import parse
from geoevents.event_merge.attack_words import tells_how_or_by_whom
from geoevents.event_merge.told_again_dead import the_dead_told_again


def _records(text: str) -> list[tuple]:
    return [(e.location, e.sub_event_type, e.fatalities, e.injuries)
            for e in parse(text, published="2025-03-11").events]


@pytest.mark.parametrize("then", [
    "The bodies of the 14 dead were taken to Al-Aqsa Hospital in nearby Deir al-Balah.",
    "The bodies of the fourteen victims were carried to Al-Aqsa Hospital in Deir al-Balah.",
])
def test_the_dead_carried_elsewhere_are_the_attacks(then):
    text = ("At least 14 Palestinians were killed on Tuesday when Israeli troops opened fire "
            "on a crowd near an aid point in Khan Younis, medics said.\n" + then)
    assert [r[:3] for r in _records(text)] == [("Khan Younis", "Attack", 14)]


def test_a_part_of_the_dead_a_field_hospital_treated_is_the_attacks():
    text = ("At least 14 Palestinians were killed on Tuesday when Israeli troops opened fire "
            "on a crowd near an aid point in Khan Younis, medics said.\nA spokesman for the "
            "Red Crescent said its field hospital in Khan Younis treated 90 wounded. Of "
            "those, nine were declared dead on arrival.")
    assert _records(text) == [("Khan Younis", "Attack", 14, 90)]


def _attack_and(then: str, dead: int, *, same_place: bool, more: tuple[str, ...] = ()) -> list:
    attacks = [e for text in ("Israeli troops opened fire on a crowd in Rafah on Tuesday, "
                              "killing 14 people.", *more)
               for e in parse(text, published="2025-03-11").events]
    told = replace(attacks[0], event_type="Explosions/Remote violence",
                   sub_event_type="Air/drone strike", fatalities=dead, notes=then,
                   **({} if same_place else {"place_id": "elsewhere", "location": "X"}))
    return [*attacks, told]


@pytest.mark.parametrize("then,dead,same_place,more", [
    # a count larger than the attack's, at its place: the town's toll of the day
    ("Hospitals in Rafah received 40 dead on Tuesday.", 40, True, ()),
    # "the N dead" with another count than the attack's
    ("The bodies of the 9 dead were carried to Nasser Hospital.", 9, False, ()),
    # a sentence that tells its weapon: an attack of its own
    ("A drone strike killed the 14 victims' relatives.", 14, False, ()),
    # two attacks with dead that day: which one's, the sentence does not say
    ("The bodies of the 14 dead were carried to Nasser Hospital.", 14, False,
     ("An Israeli strike on a house in Khan Younis killed 14 people on Tuesday.",)),
    # carried elsewhere, told by no count of the attack's
    ("Medics at Nasser Hospital said they received five bodies.", 5, False, ()),
])
def test_dead_not_told_of_the_one_attack_stay_apart(then, dead, same_place, more):
    events = _attack_and(then, dead, same_place=same_place, more=more)
    assert len(the_dead_told_again(events)) == len(events)


def test_the_attack_keeps_its_place_and_count():
    events = _attack_and("The bodies of the 14 dead were carried to Nasser Hospital.", 14,
                         same_place=False)
    (kept,) = the_dead_told_again(events)
    assert (kept.location, kept.fatalities, kept.event_type) == \
        (events[0].location, 14, "Violence against civilians")


@pytest.mark.parametrize("notes,told", [
    ("Nine were declared dead on arrival at the field hospital.", False),
    ("The bodies of the 14 dead were taken to Al-Aqsa Hospital.", False),
    ("Nine were killed by Israeli forces near the aid site.", True),
    ("The army killed nine people near the aid site.", True),
    ("A drone strike killed nine people near the aid site.", True),
])
def test_dead_told_with_neither_weapon_nor_killer(notes, told):
    assert tells_how_or_by_whom(notes) is told
