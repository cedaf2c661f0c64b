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
