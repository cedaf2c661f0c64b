"""Aid waited for, a place described by a standing order, the displaced sheltered, the dead
pulled from the rubble, troops named as invading: no event of their own."""

import pytest
from event_helpers import _events


def _subs(text):
    return [sub for sub, *_ in _events(text)]


@pytest.mark.parametrize("text", [
    "Israeli troops opened fire on people at the Nabulsi roundabout while they were waiting "
    "for aid trucks loaded with flour.",
    "Soldiers shot at a crowd in Deir al-Balah as they waited for an aid delivery on Monday.",
    "A drone struck residents awaiting the aid convoy near the Kuwaiti roundabout.",
    "Israeli troops opened fire on hundreds of people lined up for aid trucks in Khan "
    "Younis.",
])
def test_aid_waited_for_is_no_delivery(text):
    subs = _subs(text)
    assert "Aid delivery" not in subs and subs


@pytest.mark.parametrize("text", [
    # near misses: aid brought in stays a delivery
    "After waiting for days at the crossing, aid trucks entered Rafah on Monday.",
    "A convoy of aid trucks reached Gaza City on Sunday.",
])
def test_aid_brought_in_is_still_a_delivery(text):
    assert "Aid delivery" in _subs(text)


@pytest.mark.parametrize("text", [
    "There have been new air attacks on Rafah, a city where Israel has told people to move "
    "for their safety.",
    "Israeli strikes hit Deir al-Balah, an area where the army has ordered residents to "
    "gather.",
])
def test_a_place_described_by_a_standing_order_has_no_order(text):
    subs = _subs(text)
    assert "Evacuation order" not in subs and subs


@pytest.mark.parametrize("text", [
    # near misses: an order of its own day, or no "where" clause
    "Strikes hit Rafah, where the army on Monday ordered residents to move west.",
    "The Israeli army has told people in Khan Younis to move to al-Mawasi.",
])
def test_an_order_given_is_still_an_order(text):
    assert "Evacuation order" in _subs(text)


@pytest.mark.parametrize("text", [
    "Air strikes killed 17 people in a house in Rafah on Wednesday sheltering some of those "
    "displaced from further north.",
    "A strike on a school in Nuseirat housing thousands of the displaced killed nine people.",
])
def test_the_displaced_sheltered_are_no_displacement(text):
    subs = _subs(text)
    assert "Displacement" not in subs and subs


def test_a_displacement_told_is_still_one():
    assert "Displacement" in _subs("Thousands of families were displaced from Beit Hanoun "
                                   "on Monday.")


@pytest.mark.parametrize("text", [
    "The bodies of five men and two children were pulled out of the school in Gaza City after "
    "an Israeli plane dropped a bomb on it.",
    "After the strike on Jabalia, rescuers pulled out of the rubble three children.",
    "Two survivors were pulled out of the house in Deir al-Balah hit by an air strike.",
])
def test_the_dead_pulled_out_give_up_no_ground(text):
    assert "Non-violent transfer of territory" not in _subs(text)


@pytest.mark.parametrize("text", [
    # near misses: troops leaving ground
    "Israeli troops pulled out of Khan Younis on Sunday.",
    "Israeli forces pulled out of the Nuseirat camp after a three-day raid.",
])
def test_troops_pulled_out_still_give_up_ground(text):
    assert "Non-violent transfer of territory" in _subs(text)


@pytest.mark.parametrize("text", [
    "Invading Israeli troops continued their campaign of destroying homes and structures in "
    "the east of Khan Younis.",
    "In Beit Hanoun, invading forces bulldozed houses and farmland.",
])
def test_invading_troops_razing_is_no_clash(text):
    assert "Armed clash" not in _subs(text)


@pytest.mark.parametrize("text", [
    # near misses: an incursion told, or invading troops told with no razing
    "Israeli troops were invading the Jabalia camp on Monday.",
    "Invading Israeli troops advanced deeper into the Jabalia camp on Monday.",
    "The civil defense agency said bodies had been found in two districts of Khan Younis from "
    "which invading Israeli troops had withdrawn.",
])
def test_an_incursion_told_is_still_a_clash(text):
    assert "Armed clash" in _subs(text)
