"""A part of a toll told by the home hit, the place after the verb ("including a family of
six whose home was struck in Gaza City"), is the part's place, as "whose home in al-Tuffah
was flattened" was: that place takes the part, the rest stays with the Strip (before, the
place took the whole toll)."""

import pytest

import geoevents


def _counts(text: str) -> dict[str, int | None]:
    return {e.location: e.fatalities
            for e in geoevents.parse(text, published="2025-04-24").events}


@pytest.mark.parametrize("text,place,n", [
    ("Israeli air strikes killed at least 25 people on Thursday, including a family of six "
     "whose home was struck in Gaza City.", "Gaza City", 6),
    ("Israeli strikes killed 30 people across Gaza on Monday, including four people whose "
     "tent was hit in Mawasi.", "al-Mawasi", 4),
    ("Israeli air strikes killed at least 25 people on Thursday, including six whose house "
     "was bombed in Nuseirat and three in Rafah.", "Nuseirat", 6),
    # near-miss: the form already read
    ("Israeli air strikes killed at least 25 people on Thursday, including a family of six "
     "whose home in al-Tuffah was flattened.", "Tuffah", 6),
])
def test_part_at_its_place(text, place, n):
    assert _counts(text)[place] == n


def test_home_hit_long_before_is_no_part():
    counts = _counts("Israeli air strikes killed at least 25 people on Thursday, including a "
                     "family of six whose home was struck last month in Gaza City.")
    assert counts.get("Gaza City") != 6
