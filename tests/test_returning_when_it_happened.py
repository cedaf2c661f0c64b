"""People going home, told in an "as" clause after a sentence that places an incident told
before, are its setting: the incident keeps its places; a return told as news is one."""

from __future__ import annotations

from geoevents import parse

_SHOOTING = ("Israeli soldiers opened fire on Palestinians who approached their positions in "
             "Gaza on Tuesday, killing five. ")


def _kinds(text: str) -> list[tuple[str, str, int | None]]:
    return [(e.sub_event_type, e.location, e.fatalities)
            for e in parse(text, published="2025-10-14").events]


def test_the_incident_keeps_its_places() -> None:
    kinds = _kinds(_SHOOTING + "Reports indicate that the incident occurred in Khan Younis and "
                   "the Shujayea neighbourhoods of Gaza City, as Palestinians went back to their "
                   "homes to assess the damage.")
    assert kinds == [("Attack", "Khan Younis", 5), ("Attack", "Shejaia", None)]


def test_an_attack_placed_as_families_returned() -> None:
    kinds = _kinds("An Israeli drone struck a group in Beit Lahia on Monday, killing three. The "
                   "attack took place near the school as displaced families were returning to "
                   "their homes.")
    assert kinds == [("Air/drone strike", "Beit Lahia", 3)]


def test_a_return_told_as_news_is_one() -> None:
    assert _kinds("Thousands of Palestinians went back to their homes in Khan Younis on "
                  "Tuesday as the truce held.") == \
        [("Return of displaced people", "Khan Younis", None)]
    assert ("Return of displaced people", "northern Gaza", None) in \
        _kinds("Crowds filled the coastal road in Nuseirat as displaced people returned to "
               "their homes in northern Gaza.")
