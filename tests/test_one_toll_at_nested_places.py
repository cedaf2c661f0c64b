"""One toll told at nested places (the Strip, then a region, then a town in it) is one
attack at the narrowest place; the same toll at two places neither holds stays two."""

from __future__ import annotations

from geoevents import parse


def _violent(text: str, published: str = "2025-02-10") -> list[tuple]:
    return sorted((e.event_date, e.place_id, e.sub_event_type, e.fatalities)
                  for e in parse(text, published=published).events
                  if e.event_type in ("Violence against civilians", "Battles",
                                      "Explosions/Remote violence"))


def test_the_strips_toll_folds_into_the_town_through_the_region():
    text = ("Israeli strikes killed four Palestinians in Gaza on Monday, medics said.\n\n"
            "Israeli air strikes killed at least four Palestinians in central Gaza on Monday.\n\n"
            "Hospital officials said four Palestinians were killed in an Israeli air strike "
            "on a house in Deir al-Balah. The Israeli army also launched air strikes on Gaza "
            "City's Zeitoun neighbourhood.")
    recs = _violent(text)
    assert [r for r in recs if r[3]] == [("2025-02-10", "city:deir-al-balah",
                                          "Air/drone strike", 4)]
    assert not any(r[1].startswith(("strip:", "region:")) for r in recs)


def test_the_same_toll_at_two_towns_stays_two():
    text = ("Israeli air strikes killed two Palestinians in Gaza on Monday.\n\n"
            "An Israeli air strike on a house in Rafah killed two people, and another air "
            "strike on a tent in Khan Younis killed two more on Monday.")
    recs = _violent(text)
    towns = {r[1] for r in recs if r[3] == 2}
    assert {"city:rafah", "city:khan-yunis"} <= towns
