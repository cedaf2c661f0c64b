""""A total of N" told of one day or one attack is that day's or attack's toll ("AFP reported
a total of 11 Palestinians were killed on Sunday alone"), read also after the verb ("killed a
total of 40 people"); told of a span, a start or a day a tally ran up to, it stays a tally."""

import pytest

from geoevents import parse
from geoevents.casualties import find_casualties
from geoevents.quantities import parse_number


def _own_dead(text):
    """The counts of the dead told as news, not as a tally."""
    return [c.count for c in find_casualties(text) if c.kind == "killed" and not c.cumulative]


def test_a_total_of_reads_as_the_number():
    assert parse_number("a total of 40") == 40
    assert parse_number("a total of nine") == 9


@pytest.mark.parametrize("text,n", [
    ("AFP reported a total of 11 Palestinians were killed on Sunday alone, including a "
     "Hamas commander.", 11),
    ("The ministry revised its toll from the strikes on Tuesday, saying a total of 404 "
     "people were killed.", 404),
    ("Israeli strikes on Khan Younis on Monday killed a total of 40 people, medics said.", 40),
    ("A total of 23 Palestinians were killed in strikes on Jabalia yesterday.", 23),
    ("An Israeli strike on a house in Nuseirat killed a total of nine people.", 9),
    ("Medics said a total of seven people died overnight in shelling of Bureij.", 7),
])
def test_a_total_of_one_day_or_attack_is_its_toll(text, n):
    assert _own_dead(text) == [n]


@pytest.mark.parametrize("text", [
    # a span, a start, a day a tally ran up to, the war: tallies
    "On 15 October 2023, a total of 28 health workers had been killed since the bombing began.",
    "By Sunday, a total of 400 people had been killed in Rafah, medics said.",
    "As of Monday, a total of 400 people had been killed in Rafah.",
    "A total of 400 people have been killed in Rafah over the past week, medics said.",
    "Israeli forces have killed a total of 40,000 Palestinians in Gaza since October.",
    "The war has killed a total of 40,000 people in Gaza, the ministry said.",
    # no day and no one attack named: no telling whose total it is
    "A total of 40 people were killed in Israeli strikes on Rafah, medics said.",
    "Israeli strikes on houses in Nuseirat killed a total of nine people, medics said.",
])
def test_a_total_of_a_span_or_unplaced_stays_a_tally(text):
    assert _own_dead(text) == []


def test_a_days_total_gives_the_event_its_count():
    doc = parse("Israeli strikes on Khan Younis on Monday killed a total of 40 people, medics "
                "said.", published="2024-05-01")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Khan Younis", 40)]
