"""A captive killed by those who hold them is violence against civilians, not a strike.

ACLED codes an unarmed person put to death by the armed group holding them as violence
against civilians; with no weapon named the older rows fell back to an air strike. A
captive killed by a strike, by the army's fire or troops, and fighters killed near
captives keep their own types.
"""

import pytest

from geoevents import parse

ATTACK = ("Violence against civilians", "Attack")


def _coded(text: str) -> list[tuple[str, str, str, str | None, str | None]]:
    return [(e.event_type, e.sub_event_type, e.location, e.actor1, e.actor2)
            for e in parse(text, published="2024-08-13").events]


@pytest.mark.parametrize("text,place,actor1", [
    ("On 10 August, Islamic Jihad announced the killing of a captive and the wounding of "
     "another by its fighters while in captivity in Khan Younis.", "Khan Younis",
     "Islamic Jihad"),
    ("A hostage was shot dead by his guards in Rafah on Monday, officials said.", "Rafah",
     "Hamas"),
    ("On Sunday, two abductees were murdered in captivity in Deir al-Balah, the family said.",
     "Deir al-Balah", "Hamas"),
    ("The captors then executed three hostages in a tunnel in Rafah on Sunday.", "Rafah",
     "Hamas"),
    ("Hamas's armed wing said on Monday its fighters killed an Israeli captive in Nuseirat.",
     "Nuseirat", "Hamas armed wing (al-Qassam Brigades)"),
])
def test_a_captive_killed_by_their_holders_is_an_attack_on_israels_civilians(text, place,
                                                                              actor1):
    assert _coded(text) == [(*ATTACK, place, actor1, "Civilians (Israel)")]


@pytest.mark.parametrize("text,kind", [
    # killed by a strike or by the army's hand: the weapon or the troops named after
    ("On Sunday, a hostage was killed in captivity in an Israeli airstrike on Rafah, Hamas "
     "said.", ("Explosions/Remote violence", "Air/drone strike")),
    ("On Monday, Hamas said a hostage was killed in an Israeli air strike in Khan Younis.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("On Tuesday, families protested the killing of hostages by Israeli bombardment in Rafah.",
     ("Explosions/Remote violence", "Air/drone strike")),
    # fighters killed near the captives they guarded: a fight
    ("On Tuesday, Israeli troops killed two militants who were guarding hostages in Rafah.",
     ("Battles", "Armed clash")),
])
def test_a_captive_killed_by_a_strike_or_near_misses_keep_their_type(text, kind):
    assert kind in [(e.event_type, e.sub_event_type) for e in parse(
        text, published="2024-08-13").events]
    assert ATTACK not in [(e.event_type, e.sub_event_type) for e in parse(
        text, published="2024-08-13").events]


def test_troops_who_shot_captives_stay_the_actor():
    (event,) = parse("On Friday, three hostages were shot dead by Israeli troops in Shejaia.",
                     published="2024-08-13").events
    assert (event.event_type, event.actor1) == ("Violence against civilians", "Israeli military")
