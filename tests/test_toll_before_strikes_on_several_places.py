"""A toll told first, then the strikes that made it on sites in several places ("killed on
Monday as Israeli jets struck a house in Jabalia and a tent in Khan Younis", "which hit two
residential buildings in Rafah, while two other sites were bombed in central Gaza"), is the
strikes' together: no place takes it (before, the first place named took the whole)."""

import pytest

import geoevents

_DAY = "2025-01-16"


def _counts(text: str) -> dict[str, int | None]:
    return {e.location: e.fatalities for e in geoevents.parse(text, published=_DAY).events}


@pytest.mark.parametrize("text,places", [
    ("Twenty-two people were killed as Israel launched airstrikes overnight on Friday, which "
     "hit two residential buildings in Rafah, while two other sites were bombed in central "
     "Gaza.", ("Rafah", "central Gaza")),
    ("Twenty-two people were killed as Israel launched airstrikes overnight, which hit two "
     "houses in Rafah, while two other sites were bombed in Nuseirat.", ("Rafah", "Nuseirat")),
    ("Israeli strikes killed 12 people on Monday as jets struck a house in Jabalia and a tent "
     "in Khan Younis.", ("Jabalia", "Khan Younis")),
    ("Nine Palestinians were killed on Monday when Israeli drones hit a car in Beit Lahia and "
     "another home in Deir al-Balah.", ("Beit Lahia", "Deir al-Balah")),
])
def test_no_place_takes_the_shared_toll(text, places):
    counts = _counts(text)
    assert all(p in counts and counts[p] is None for p in places)


@pytest.mark.parametrize("text,place,n", [
    # near-misses: the count's own place, a count for each, or no other site hit
    ("Israeli strikes killed 12 people on Monday in Jabalia and a tent in Khan Younis was "
     "hit.", "Jabalia", 12),
    ("Twelve people were killed on Monday as Israeli jets struck a house in Jabalia, and "
     "three others died in Khan Younis.", "Jabalia", 12),
    ("Twelve people were killed as Israeli jets struck a house in Jabalia and wounded a child "
     "in Khan Younis.", "Jabalia", 12),
    ("Twelve people were killed on Monday as Israeli jets struck a house in Jabalia.",
     "Jabalia", 12),
])
def test_own_count_kept(text, place, n):
    assert _counts(text)[place] == n
