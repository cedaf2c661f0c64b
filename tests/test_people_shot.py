"""Unarmed people shot or shot at are an attack on civilians in words the older attack row
lacked: gunfire at farmers, at "any car", at "anyone moving", "shootings of fleeing
families", "two boys ... were shot", "Israeli fire struck civilians". Fire at troops or
fighters, fire from tanks, drones or aircraft, tear gas and warning shots, people shot told
as the time of another act, things shot, a blaze, a charge and a threat stay no attack on
civilians."""

import pytest

from geoevents import parse

ATTACK = ("Violence against civilians", "Attack")


def _coded(text: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.sub_event_type, e.location)
            for e in parse(text, published="2024-06-29").events]


@pytest.mark.parametrize("text,place", [
    ("Israeli soldiers fired many live rounds at Palestinian shepherds east of Deir al-Balah "
     "on Friday.", "Deir al-Balah"),
    ("Soldiers fired several bursts of live ammunition at farmers near Beit Hanoun on Friday.",
     "Beit Hanoun"),
    ("Residents said soldiers were shooting at any vehicle that moved in Tel al-Sultan.",
     "Tel al-Sultan"),
    ("Israeli troops carried out shootings of fleeing families in Jabalia on Friday.",
     "Jabalia"),
    ("Soldiers are firing on anyone who approaches the hospital gate in Khan Younis, "
     "witnesses said on Friday.", "Khan Younis"),
    ("Two boys collecting firewood near Beit Lahia were shot on Friday, medics said.",
     "Beit Lahia"),
    ("A nurse walking home from the clinic in Deir al-Balah was reportedly shot on Friday.",
     "Deir al-Balah"),
    # the army's fire told by the unarmed people it hit
    ("On Saturday, Israeli fire again struck civilians near the flour depot in Deir al-Balah, "
     "killing two.", "Deir al-Balah"),
    ("The soldiers' fire hit a crowd of men queuing for bread in Beit Lahia on Friday, "
     "killing four.", "Beit Lahia"),
])
def test_unarmed_people_shot_or_shot_at_are_attacked(text, place):
    assert (*ATTACK, place) in _coded(text)


@pytest.mark.parametrize("text", [
    # fire at fighters or troops: a fight, no attack on civilians
    "Israeli troops fired at Hamas fighters in Jabalia on Friday.",
    "Hamas fighters fired anti-tank missiles at Israeli troops in Rafah on Friday.",
    "Two soldiers were shot in Rafah on Friday.",
    # fire from tanks, drones or aircraft: told by its arms, no gunfire at people
    "Israeli drones were firing at people in Khan Younis on Friday.",
    "Israeli tanks are firing on anyone moving in Rafah, residents said on Friday.",
    # the army's fire at a thing, or fire from afar, told by what it hit
    "Israeli fire struck a house in Beit Lahia on Friday, killing two.",
    "Tank fire hit displaced families near Khan Younis on Friday, killing three.",
    "Israeli fire hit displaced people's tents in Deir al-Balah on Friday, killing two.",
    # things shot, a blaze, a charge, a plan, a threat
    "The documentary was shot in Khan Younis over two years.",
    "A fire broke out on displaced families' tents in Deir al-Balah on Friday.",
    "The Israeli army is often accused of firing on people seeking aid in Rafah.",
    "Israel says it will keep firing at anyone who approaches the fence in Khan Younis.",
    # what harms no one in the coding, and a shooting told as the time of another act
    "Soldiers fired tear gas canisters at shepherds east of Deir al-Balah on Friday.",
    "Soldiers fired several warning shots at farmers near Beit Hanoun on Friday.",
    "A strike hit a tent in Deir al-Balah on Friday, two days after 12 farmers were shot near "
    "Beit Hanoun.",
])
def test_fire_at_the_armed_from_afar_or_never_fired_is_no_attack_on_civilians(text):
    assert ATTACK[0] not in [t for t, _, _ in _coded(text)]
