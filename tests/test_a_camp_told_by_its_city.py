""""The Gaza City camp": a Strip city's name before "camp" tells a camp by the city it lies
by, the one the report names, not the city: no second record at the city. A camp the
gazetteer knows by the city's name, "camps" in a city and a camp abroad are as before."""

from __future__ import annotations

import pytest

from geoevents import parse


def _read(text: str) -> tuple[list[tuple[str, str | None]], list[str | None]]:
    doc = parse(text, published="2023-11-01")
    return [(m.surface, m.name) for m in doc.mentions], [e.location for e in doc.events]


@pytest.mark.parametrize("text,camp", [
    ("A second Israeli airstrike on the Jabalya refugee camp killed 40 people on Wednesday. "
     "The strike destroyed several apartment buildings in the Gaza City camp, rescuers said.",
     "Jabalia Camp"),
    ("An Israeli strike on Shati camp killed nine people on Wednesday. The blast flattened "
     "two homes in the Gaza City refugee camp, residents said.", "Beach Camp"),
])
def test_a_camp_told_by_its_city_is_not_the_city(text, camp):
    mentions, places = _read(text)
    assert ("Gaza City", "Gaza City") not in mentions
    assert places == [camp]


@pytest.mark.parametrize("text,mention", [
    ("An airstrike hit the Khan Younis camp on Wednesday.", ("Khan Younis camp",
                                                             "Khan Younis Camp")),
    ("An airstrike hit a tent in Gaza City camps for the displaced on Wednesday.",
     ("Gaza City", "Gaza City")),
    ("Israeli forces raided the Jenin camp on Wednesday.", ("Jenin", "Jenin")),
])
def test_a_camp_of_that_name_camps_in_a_city_and_a_camp_abroad_stay(text, mention):
    assert mention in _read(text)[0]
