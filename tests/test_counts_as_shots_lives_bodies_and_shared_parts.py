"""Counts told in other words than "N were killed": a killing told as a fatal shot ("was
fatally shot"), the lives an attack claimed ("claiming one life"), one body pulled out of a
strike ("retrieved the body of one martyr after airstrikes hit"), a count told after the
verb ("killed another 11"); and counts that are no toll of their own: the dead and the hurt
told together ("were killed or injured"), a part told for two places together ("27 of them
in Khan Younis and Rafah")."""

import pytest

from geoevents import parse
from geoevents.casualties import find_casualties


def _counts(text: str) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count) for c in find_casualties(text) if not c.cumulative]


def _tolls(text: str) -> list[tuple[str, int | None]]:
    return sorted((e.location, e.fatalities) for e in parse(text, published="2024-06-29").events)


@pytest.mark.parametrize("text,expected", [
    ("The soldier resisted but two reservists were fatally shot by the assailants.",
     [("killed", 2)]),
    ("Israeli troops fatally shot three Palestinians near the fence.", [("killed", 3)]),
    ("A settler fatally stabbed a farmer in the field.", [("killed", 1)]),
    ("Four men were fatally wounded by sniper fire.", [("killed", 4)]),
    ("Six others were fatally trampled in the crush at the aid drop.", [("killed", 6)]),
    # the hurt, however badly, are not the dead
    ("Three men were shot by troops near the fence.", []),
    ("Four men were seriously wounded by sniper fire.", [("injured", 4)]),
    ("Two men were not fatally shot, medics said.", []),
])
def test_a_fatal_shot_is_a_killing(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("An airstrike hit a house in the camp, claiming one life and wounding 14.",
     [("killed", 1), ("injured", 14)]),
    ("A drone strike on a car claimed two lives.", [("killed", 2)]),
    ("The shelling of the school claimed 12 more civilian lives.", [("killed", 12)]),
    ("A strike on the tent claimed a life, medics said.", [("killed", 1)]),
    # no number, or no lives: no count
    ("The strike on the church claimed lives, officials said.", []),
    ("Hamas claimed responsibility for two attacks on troops.", []),
    ("The group claimed three attacks on Israeli tanks.", []),
])
def test_lives_claimed_are_the_dead(text, expected):
    assert _counts(text) == expected


def test_lives_claimed_over_days_are_a_tally():
    found = find_casualties("Strikes on the town have claimed over 100 lives in recent days.")
    assert [(c.count, c.cumulative) for c in found] == [(100, True)]


@pytest.mark.parametrize("text,expected", [
    ("The strike on the market killed another 11 people.", [("killed", 11)]),
    ("Shelling of the camp on Monday killed a further six.", [("killed", 6)]),
    ("Tank fire near the school killed at least another 20 Palestinians.", [("killed", 20)]),
    ("A second strike on the street killed another two.", [("killed", 2)]),
    # "another" with no number is no count here
    ("The strike on the market killed another man's brother.", []),
])
def test_another_count_after_the_verb(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text", [
    "More than 150 people were killed or injured in strikes on 11 homes.",
    "Dozens of Palestinians were killed or wounded in strikes on the camp.",
    "Scores of people were killed or seriously wounded in the shelling.",
    "Dozens of residents were killed and critically injured in the strike.",
])
def test_the_dead_and_the_hurt_told_together_are_neither(text):
    assert _counts(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Five people were killed and 30 were injured in the strike.", [("killed", 5),
                                                                     ("injured", 30)]),
    ("Airstrikes killed five people and seriously wounded 12 others.", [("killed", 5),
                                                                        ("injured", 12)]),
    ("Five people were killed and critically wounded people were taken to hospital.",
     [("killed", 5)]),
    ("Eighty people were injured in the strikes on the camp.", [("injured", 80)]),
])
def test_counts_of_each_still_stand(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Medical teams retrieved the body of one martyr after Israeli airstrikes hit a house "
     "in Deir al-Balah on Saturday.", [("Deir al-Balah", 1)]),
    ("Rescuers recovered the body of a young woman from the rubble of a house hit by an "
     "Israeli air strike in Jabalia on Saturday.", [("Jabalia", 1)]),
])
def test_one_body_pulled_out_of_a_strike_is_its_toll(text, expected):
    assert _tolls(text) == expected


@pytest.mark.parametrize("text", [
    "Nasser Hospital received the body of a two-month-old girl on Tuesday.",
    "Crews recovered the body of a man in Rafah on Saturday.",
    "Hamas handed over the body of a hostage to the Red Cross.",
    "The body of a man was found near the beach.",
    "A body of experts visited the hospital.",
])
def test_one_body_with_no_strike_is_no_toll(text):
    assert [c for c in find_casualties(text) if c.kind == "killed"] == []


@pytest.mark.parametrize("text,expected", [
    ("Israeli strikes killed 34 Palestinians across Gaza on Saturday, 27 of them in Khan "
     "Younis and Rafah, medics said.",
     [("Gaza Strip", 34), ("Khan Younis", None), ("Rafah", None)]),
    ("Israeli strikes killed 40 people on Saturday, 30 of them in Jabalia, Beit Lahia and "
     "Gaza City.", [("Beit Lahia", None), ("Gaza City", None), ("Jabalia", None)]),
    ("Israeli strikes killed 18 people on Saturday, 12 of them in Nuseirat and Bureij.",
     [("Bureij", None), ("Nuseirat", None)]),
])
def test_a_part_told_for_places_together_is_no_toll_of_either(text, expected):
    assert _tolls(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Israeli strikes killed 34 people on Saturday, 27 in Khan Younis and seven in Rafah.",
     [("Khan Younis", 27), ("Rafah", 7)]),
    ("Israeli strikes killed 34 people across the Gaza Strip on Saturday, 27 of them in "
     "Khan Younis.", [("Gaza Strip", 7), ("Khan Younis", 27)]),
    ("Israeli strikes on Saturday killed nine people -- seven in Beit Lahia and two in "
     "Jabalia.", [("Beit Lahia", 7), ("Jabalia", 2)]),
])
def test_parts_each_at_its_own_place_still_hold(text, expected):
    assert _tolls(text) == expected
