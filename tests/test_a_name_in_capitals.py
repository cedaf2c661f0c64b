"""A place name in capitals throughout (a dateline, "JERUSALEM Gaza militants who crossed";
an abbreviation, "US President Joe Biden") is a mention though a capitalised word follows:
capitals tell no longer name written in title case. A state's body after it ("the US
Senate") and a name in title case before another word of a name ("the Rafa Salama
school") stay as they were."""

from __future__ import annotations

import pytest

from geoevents import parse


def _surfaces(text: str) -> list[str]:
    return [m.surface for m in parse(text, published="2024-07-29").mentions]


@pytest.mark.parametrize("text,name", [
    ("JERUSALEM Gaza militants who crossed into Israel killed five soldiers.", "JERUSALEM"),
    ("GAZA Israel said it struck targets in the Strip on Monday.", "GAZA"),
    ("CAIRO Egyptian mediators met Hamas officials on Sunday.", "CAIRO"),
    ("The truce followed a plan presented by US President Donald Trump.", "US"),
    ("UK Foreign Secretary David Lammy called for a ceasefire.", "UK"),
])
def test_a_name_in_capitals_is_a_mention(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text,name", [
    ("The US Senate rejected the resolutions on Wednesday.", "US"),
    ("Residents said Rafa Salama was killed in the strike.", "Rafa"),
])
def test_a_name_inside_another_stays_refused(text, name):
    assert name not in _surfaces(text)
