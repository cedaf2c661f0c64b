"""An attack told at a town by a relative phrase ("the night before") and told again by
"the strike" at a site in the town with the day it happened is one attack, at the site, on
that day; a town's attack that names its own day, one told as another, and one two days
apart stay apart."""

from __future__ import annotations

import pytest

from geoevents import parse


def _records(text: str) -> list[tuple]:
    return [(e.event_date, e.location, e.fatalities)
            for e in parse(text, published="2025-03-11").events]


@pytest.mark.parametrize("text,site,dead", [
    ("Israeli shelling of Deir al-Balah overnight killed 4 people, medics said Tuesday.\n"
     "Shelling in Jabalia the night before killed seven people.\nThe shelling on Sunday "
     "evening hit the Jabalia refugee camp, witnesses said.", "Jabalia Camp", 7),
    ("Israeli strikes on Gaza City overnight killed 10 people, health officials said "
     "Tuesday.\nAn airstrike in Gaza City the night before killed five people, including two "
     "children.\nThe strike late on Sunday hit the Tuffah neighbourhood of Gaza City, the "
     "civil defence said.", "Tuffah", 5),
])
def test_the_strike_told_again_at_its_site_is_the_towns(text, site, dead):
    records = _records(text)
    assert ("2025-03-09", site, dead) in records
    assert len(records) == 2


@pytest.mark.parametrize("town_day,again", [
    # the town's sentence names a day of its own: two strikes, two days
    ("on Monday", "The shelling on Sunday evening"),
    # told as another
    ("the night before", "Another shelling on Sunday evening"),
])
def test_two_attacks_stay_two(town_day, again):
    text = ("Israeli shelling of Deir al-Balah overnight killed 4 people, medics said Tuesday."
            f"\nShelling in Jabalia {town_day} killed seven people.\n{again} hit the Jabalia "
            "refugee camp, witnesses said.")
    assert len(_records(text)) == 3
