"""A sentence with no day that opens with the attack told before and names only its place
tells that attack again, on its day, not another on the report's day."""

import pytest

from geoevents import parse

_JABALIA = ("Israeli jets bombed a house in Jabalia on Monday, killing seven people, "
            "medics said.\n\n")
_TAIL = " added to a toll that has reached 40 since dawn, according to the health ministry."


def _records(text: str, published: str) -> list[tuple[str | None, str, int | None]]:
    return [(e.event_date, e.location, e.fatalities)
            for e in parse(text, published=published).events]


@pytest.mark.parametrize("text,published,expected", [
    ("An Israeli airstrike on a school in the Nuseirat camp on Saturday killed 12 people, "
     "medics said.\n\nThe attack on the Nuseirat camp added to the rising death toll across "
     "the Strip, which has reached 38 since dawn, according to medical sources.",
     "2024-11-18", [("2024-11-16", "Nuseirat Camp", 12)]),
    (_JABALIA + "The bombing in Jabalia" + _TAIL, "2024-11-20",
     [("2024-11-18", "Jabalia", 7)]),
])
def test_the_attack_placed_again_keeps_its_day(text, published, expected):
    assert _records(text, published) == expected


@pytest.mark.parametrize("opening,place", [
    ("The new strike on Jabalia", "Jabalia"),  # another attack, told as new
    ("The strike on Rafah", "Rafah"),  # a place outside the attack's
])
def test_another_attack_keeps_the_reports_day(opening, place):
    assert ("2024-11-20", place, None) in _records(_JABALIA + opening + _TAIL, "2024-11-20")


def test_an_attack_dated_for_want_of_a_day_hands_none_on():
    text = _JABALIA.replace(" on Monday", "") + "The bombing in Jabalia" + _TAIL
    assert _records(text, "2024-11-20") == [("2024-11-20", "Jabalia", 7)]


@pytest.mark.parametrize("text", [
    # an attack of another kind at the same place
    _JABALIA + "The shelling of Jabalia" + _TAIL,
    # after an attack told for the Strip at large, a town may be another attack's
    "Israeli jets bombed houses in Gaza on Monday, killing seven people, medics said.\n\n"
    "The bombing in Jabalia" + _TAIL,
])
def test_another_kind_or_a_strip_wide_attack_hands_no_day_on(text):
    assert any(e.event_date == "2024-11-20" for e in parse(text, published="2024-11-20").events)
