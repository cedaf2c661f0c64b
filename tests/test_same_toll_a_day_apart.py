"""The same toll at one place told on two days a day or two apart, the later a telling, is
one attack, on the earlier day."""

import pytest

from geoevents import parse


def _rows(text, published="2024-06-29"):
    return sorted((e.event_date, e.location, e.fatalities)
                  for e in parse(text, published=published).events)


@pytest.mark.parametrize("text,expected", [
    ("Israeli strikes killed at least 17 people in Rafah on Tuesday, medics said.\n\n"
     "On Wednesday, the health ministry said 17 people were killed in Israeli strikes on "
     "Rafah.", [("2024-06-25", "Rafah", 17)]),
    ("An Israeli airstrike killed 9 people in a house in Jabalia on Sunday.\n\nThe army on "
     "Monday confirmed that its jets struck the house in Jabalia, where 9 people were "
     "killed.", [("2024-06-23", "Jabalia", 9)]),
])
def test_the_same_toll_told_again_the_next_day_is_one_attack(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text,expected", [
    # told as another toll
    ("Israeli strikes killed at least 17 people in Rafah on Tuesday, medics said.\n\n"
     "On Wednesday, another 17 people were killed in Israeli strikes on Rafah.",
     [("2024-06-25", "Rafah", 17), ("2024-06-26", "Rafah", 17)]),
    # each day told with its own attack, not as a telling
    ("Israeli strikes killed at least 17 people in Rafah on Tuesday, medics said.\n\n"
     "On Wednesday, strikes killed 17 people in Rafah.",
     [("2024-06-25", "Rafah", 17), ("2024-06-26", "Rafah", 17)]),
    # another place, days far apart, a toll of one
    ("Israeli strikes killed at least 17 people in Rafah on Tuesday, medics said.\n\n"
     "On Wednesday, 17 people were killed in Israeli strikes on Khan Younis.",
     [("2024-06-25", "Rafah", 17), ("2024-06-26", "Khan Younis", 17)]),
    ("Israeli strikes killed at least 17 people in Rafah on Monday, medics said.\n\n"
     "On Friday, 17 people were killed in Israeli strikes on Rafah.",
     [("2024-06-24", "Rafah", 17), ("2024-06-28", "Rafah", 17)]),
    ("A drone strike killed a man in Rafah on Tuesday.\n\n"
     "On Wednesday, a drone strike killed a man in Rafah, medics said.",
     [("2024-06-25", "Rafah", 1), ("2024-06-26", "Rafah", 1)]),
])
def test_another_toll_or_another_days_attack_stays_apart(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("first,second,place,toll,days", [
    ("On Thursday, an Israeli airstrike on a house in Khan Younis killed two people, medics "
     "said.", "On Friday, an Israeli strike on a car in Khan Younis killed two people, the "
     "civil defence said.", "Khan Younis", 2, ("2024-06-27", "2024-06-28")),
    ("On Wednesday, an Israeli airstrike on a house in Rafah killed three people, medics "
     "said.", "On Thursday, an Israeli strike on a car in Rafah killed three people, the "
     "civil defence said.", "Rafah", 3, ("2024-06-26", "2024-06-27")),
    ("On Friday, an Israeli airstrike on a house in Deir al-Balah killed four people, medics "
     "said.", "On Saturday, an Israeli strike on a car in Deir al-Balah killed four people, "
     "the civil defence said.", "Deir al-Balah", 4, ("2024-06-28", "2024-06-29")),
    # the same target noun, another act told with its own day
    ("On Tuesday, an Israeli drone strike on a tent in Rafah killed five people, doctors "
     "said.", "On Wednesday, a missile hit a tent in Rafah, killing five people, the "
     "ministry said.", "Rafah", 5, ("2024-06-25", "2024-06-26")),
    # no article, but an act with its own day ending in its source
    ("On Wednesday, Israeli shelling of a school in Nuseirat killed six people, medics said.",
     "On Thursday, Israeli shelling of a market in Nuseirat killed six people, the civil "
     "defence said.", "Nuseirat", 6, ("2024-06-26", "2024-06-27")),
])
def test_a_later_act_of_its_own_ending_in_its_source_stays_apart(first, second, place, toll,
                                                                 days):
    assert _rows(f"{first} {second}") == [(days[0], place, toll), (days[1], place, toll)]


@pytest.mark.parametrize("text,expected", [
    # the telling frames the toll: the attack told the day before, told again
    ("Israeli strikes killed at least 8 people in Beit Lahia on Monday, medics said.\n\n"
     "On Tuesday, the civil defence said 8 people were killed in the Israeli strikes on Beit "
     "Lahia.", [("2024-06-24", "Beit Lahia", 8)]),
    ("An Israeli airstrike killed 5 people in a school in Nuseirat on Thursday.\n\nThe army on "
     "Friday admitted that it struck the school in Nuseirat, where 5 people were killed.",
     [("2024-06-27", "Nuseirat", 5)]),
    # ... but not where what is said tells an act of its own
    ("Israeli strikes killed at least 8 people in Beit Lahia on Monday, medics said.\n\n"
     "On Tuesday, the civil defence said an Israeli strike on a car killed 8 people in Beit "
     "Lahia.", [("2024-06-24", "Beit Lahia", 8), ("2024-06-25", "Beit Lahia", 8)]),
])
def test_a_toll_framed_by_its_telling_is_the_attack_told_again(text, expected):
    assert _rows(text) == expected
