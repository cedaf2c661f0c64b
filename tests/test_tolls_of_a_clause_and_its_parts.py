"""A second clause's own toll and a region's toll broken down: "three were killed in Rafah,
while two died in Nuseirat" is two tolls, each at its place; "killed 20 in northern Gaza,
five of them in a strike on a house in Jabalia" (or "among them five in Jabalia") is one
toll, the part at its town and the rest at the region."""

import pytest

from geoevents import parse


def _tolls(text: str) -> list[tuple[str, int | None]]:
    return sorted((e.location, e.fatalities) for e in parse(text, published="2024-06-29").events)


@pytest.mark.parametrize("text,expected", [
    ("Three people were killed in Rafah, while two died in Nuseirat.",
     [("Nuseirat", 2), ("Rafah", 3)]),
    ("An Israeli strike killed four people in Khan Younis, while 11 were killed in Jabalia.",
     [("Jabalia", 11), ("Khan Younis", 4)]),
    ("Three people were killed in Rafah, whereas five died in Deir al-Balah.",
     [("Deir al-Balah", 5), ("Rafah", 3)]),
])
def test_a_toll_after_while_is_its_own_clauses(text, expected):
    assert _tolls(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("An air strike killed three people in Rafah, and two died in Nuseirat.",
     [("Nuseirat", 2), ("Rafah", 3)]),
    ("Shelling killed 12 people in Khan Younis on Friday, and four died in Jabalia.",
     [("Jabalia", 4), ("Khan Younis", 12)]),
    ("Israeli tank fire killed five people in Beit Lahia, and 7 died in Deir al-Balah.",
     [("Beit Lahia", 5), ("Deir al-Balah", 7)]),
    ("An air strike killed three people in Rafah, and two were killed in Nuseirat.",
     [("Nuseirat", 2), ("Rafah", 3)]),
])
def test_a_toll_after_and_at_another_place_is_its_own_clauses(text, expected):
    assert _tolls(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the first toll's dead dying after, a share of them, the hurt, one attack's dead again
    ("An air strike killed three people in Rafah, and two died later in hospital.",
     [("Rafah", 3)]),
    ("An air strike killed three people in Rafah, and two died in hospital.", [("Rafah", 3)]),
    ("An air strike killed three people in Rafah, and 2 of them died in Nuseirat.",
     [("Rafah", 3)]),
    ("An air strike killed three people in Rafah, and two were wounded in Nuseirat.",
     [("Rafah", 3)]),
    ("An air strike killed three people in Rafah, and two died in the strike.", [("Rafah", 3)]),
    ("An air strike killed three people in Rafah, and 12 of them died in Nuseirat.",
     [("Rafah", 3)]),
])
def test_no_toll_of_its_own_after_and(text, expected):
    assert _tolls(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the dead of before, the hurt, a part of the first toll
    ("Three people were killed in Rafah, while two had died earlier in Nuseirat.",
     [("Rafah", 3)]),
    ("Three people were killed in Rafah, while two were wounded in Nuseirat.", [("Rafah", 3)]),
    ("Israeli strikes killed 20 people across Gaza, while 12 were killed in Khan Younis alone.",
     [("Gaza Strip", 20)]),
    ("Israeli strikes killed 20 people in Gaza, while two of them died in Rafah.",
     [("Gaza Strip", 20)]),
])
def test_no_toll_of_its_own_after_while(text, expected):
    assert _tolls(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Israeli strikes killed 20 people in northern Gaza, five of them in a strike on a house "
     "in Jabalia.", [("Jabalia", 5), ("northern Gaza", 15)]),
    ("Israeli strikes killed 20 people in northern Gaza, among them five in Jabalia.",
     [("Jabalia", 5), ("northern Gaza", 15)]),
    ("Israeli strikes killed 14 people in central Gaza, among them six in an attack on a "
     "school in Nuseirat.", [("Nuseirat", 6), ("central Gaza", 8)]),
    ("Israeli strikes killed 20 people in northern Gaza, 12 of them in Khan Younis.",
     [("Khan Younis", 12), ("northern Gaza", 8)]),
])
def test_a_part_of_a_regions_toll_at_its_town(text, expected):
    assert _tolls(text) == expected


@pytest.mark.parametrize("text", [
    "Israeli strikes killed 20 people in northern Gaza, among them five children.",
    "Israeli strikes killed 20 people in northern Gaza, five of them in a strike on a house.",
])
def test_a_part_with_no_place_leaves_the_toll_whole(text):
    assert _tolls(text) == [("northern Gaza", 20)]
