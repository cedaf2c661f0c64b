"""The army's lines moved are a transfer of territory: "Israeli forces redeployed in the
eastern part of Al-Zaytoun", "troops redeployed along new operational lines in Khan
Younis"; who the forces are or where a line runs ("areas vacated by Israeli forces, who are
repositioning along the Yellow Line", "the line where the army repositioned itself last
month") is none."""

import pytest

from geoevents import parse

TERRITORY = ("Strategic developments", "Non-violent transfer of territory")


def _coded(text: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.sub_event_type, e.location)
            for e in parse(text, published="2024-06-29").events]


@pytest.mark.parametrize("text,place", [
    ("On Friday Israeli troops redeployed in the western part of Beit Hanoun.", "Beit Hanoun"),
    ("Israeli tanks repositioned to the outskirts of Khan Younis on Friday.", "Khan Younis"),
])
def test_the_armys_lines_moved_are_a_transfer_of_territory(text, place):
    assert (*TERRITORY, place) in _coded(text)


@pytest.mark.parametrize("text", [
    "Residents returned to areas of Khan Younis vacated by Israeli forces, who are "
    "repositioning along the Yellow Line.",
    "The Yellow Line near Khan Younis is where the Israeli army repositioned itself after "
    "the ceasefire last month.",
])
def test_who_the_forces_are_or_where_a_line_runs_is_none(text):
    assert TERRITORY[1] not in [s for _, s, _ in _coded(text)]
