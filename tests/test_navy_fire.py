"""What the navy's guns hit from the sea is shelling ("the Israeli Navy damaged one of its
guesthouses in Rafah", "warships hit a house on the coast"); the navy's fire at fishermen
stays no shelling of a site."""

import pytest

from geoevents import parse

SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _coded(text: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.sub_event_type, e.location)
            for e in parse(text, published="2024-06-29").events]


@pytest.mark.parametrize("text,place", [
    ("UNRWA said the Israeli navy damaged one of its schools in Deir al-Balah on Friday.",
     "Deir al-Balah"),
    ("Israeli warships struck a house on the coast of Khan Younis on Friday.", "Khan Younis"),
])
def test_what_the_navy_hit_is_shelling(text, place):
    assert (*SHELL, place) in _coded(text)


def test_the_navys_fire_at_fishermen_is_no_shelling():
    assert SHELL not in [(t, s) for t, s, _ in _coded(
        "The Israeli navy targeted fishermen off Deir al-Balah on Friday.")]
