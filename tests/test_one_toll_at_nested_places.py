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


def _strip_tolls(text: str) -> list[int]:
    return [r[3] for r in _violent(text) if r[1] == "strip:gaza-strip"]


def test_the_strips_toll_is_the_sum_of_a_strike_and_a_shooting_told_after_it():
    text = ("Israeli attacks killed at least seven Palestinians across the Gaza Strip on "
            "Tuesday, medics said.\n\nAn Israeli air strike on a house in Jabalia killed five "
            "people. Two others were shot dead by Israeli troops in Khan Younis.")
    assert _strip_tolls(text) == []
    assert {(r[1], r[3]) for r in _violent(text) if r[3]} == {
        ("city:jabalia", 5), ("city:khan-yunis", 2)}


def test_a_strip_toll_larger_than_its_parts_stays():
    text = ("Israeli attacks killed at least 30 Palestinians across the Gaza Strip on "
            "Tuesday, medics said.\n\nAn Israeli air strike on a house in Jabalia killed five "
            "people. Two others were shot dead by Israeli troops in Khan Younis.")
    # (the Strip keeps a record of its own, the rest of the day's toll)
    assert len(_strip_tolls(text)) == 1
