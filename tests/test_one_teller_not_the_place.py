"""One teller at the end of a sentence ("an Associated Press journalist in Rafah said") tells
where he is, not where the act happened, when the sentence names a place of the act's own:
the act is one record at its own place, not a second at the teller's town."""

from __future__ import annotations

import pytest

import geoevents


def _places(text: str) -> list[str | None]:
    return [e.location for e in geoevents.parse(text, published="2024-02-13").events]


@pytest.mark.parametrize(("text", "place"), [
    ("The strikes hit near Nasser Hospital late on Monday night, a Reuters photographer in "
     "Khan Younis said.", "Nasser Medical Complex"),
    ("Israeli tanks shelled the area around Al-Aqsa Hospital early on Monday morning, an "
     "Associated Press reporter in Deir al-Balah said.", "Al-Aqsa Martyrs Hospital"),
    ("Israeli jets struck a house near the Kamal Adwan Hospital early Monday morning, a "
     "Palestinian resident in Beit Lahia said.", "Kamal Adwan Hospital"),
    ("Israeli jets struck a house in Nuseirat early Monday morning, a Palestinian medic in "
     "Deir al-Balah said.", "Nuseirat"),
    ("The airstrikes hit around Kuwait Hospital early Monday morning, an Associated Press "
     "witness in Rafah said.", "Kuwait Specialized Hospital"),
])
def test_the_tellers_place_is_not_the_acts(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(("text", "place"), [
    # the one hit, not a teller
    ("A journalist was killed in Rafah early on Monday morning, his colleagues at the "
     "Associated Press said.", "Rafah"),
    ("A journalist was killed in Rafah on Monday, colleagues said.", "Rafah"),
    ("An Israeli strike killed a doctor in Khan Younis on Monday, officials said.",
     "Khan Younis"),
    # an act with no place of its own keeps the teller's
    ("An Israeli strike killed two people on Monday, a witness in Deir al-Balah said.",
     "Deir al-Balah"),
])
def test_near_misses_keep_their_place(text: str, place: str) -> None:
    assert _places(text) == [place]
