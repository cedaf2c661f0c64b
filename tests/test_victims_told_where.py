"""A count's victims told with where they were, between them and the verb."""

import pytest

from geoevents import parse
from geoevents.casualties import find_casualties


def _counts(text):
    return [(c.kind, c.count, c.cumulative) for c in find_casualties(text)]


@pytest.mark.parametrize("text,want", [
    ("A man at the market in Deir al-Balah was killed by Israeli fire.", ("killed", 1)),
    ("Two boys from the Shati camp in Gaza City were killed by a drone strike.",
     ("killed", 2)),
    ("A woman sheltering in a tent in al-Mawasi was killed.", ("killed", 1)),
    ("Three members of one family in Nuseirat were killed.", ("killed", 3)),
    # (other places, sites, verbs and numbers)
    ("Four women at a water distribution point in Khan Younis were also killed on Friday.",
     ("killed", 4)),
    ("A child who was sheltering in a school in Jabalia was killed by shelling.",
     ("killed", 1)),
    ("Five people waiting near the Kuwait roundabout in Gaza City were shot dead.",
     ("killed", 5)),
    ("Two fishermen off the coast of Gaza City were wounded by navy fire.", ("injured", 2)),
    ("Seven people inside their home in Bani Suheila died in the strike.", ("killed", 7)),
    ("At least 22 members of the Abu Tarabish family died in an Israeli attack.",
     ("killed", 22)),
    ("Two other children from the same family were badly wounded and hospitalized.",
     ("injured", 2)),
    ("Eleven civilians near the bakery in Deir al-Balah were martyred.", ("killed", 11)),
    ("Twelve people in the Jabalia camp in northern Gaza were wounded.", ("injured", 12)),
    ("Five soldiers at the base in Nahal Oz were killed on 7 October.", ("killed", 5)),
    ("Two people on a motorbike in Khan Younis were killed by a drone.", ("killed", 2)),
])
def test_victims_told_with_where_they_were_are_counted(text, want):
    assert [(c.kind, c.count) for c in find_casualties(text)] == [want]


def test_the_event_gets_the_count():
    doc = parse("A man at the market in Deir al-Balah was killed by Israeli fire.",
                published="2024-06-29")
    assert [(e.location, e.fatalities) for e in doc.events] == [("Deir al-Balah", 1)]


@pytest.mark.parametrize("text,want", [
    # (who killed: the victims after the verb)
    ("Two gunmen at the checkpoint in Rafah killed a soldier.", [("killed", 1, False)]),
    # (a background tally, its verb with an adverb of its own: no count of the four words'
    # filler after the place)
    ("Hundreds of Palestinians in North Gaza have reportedly been killed and tens of "
     "thousands forced to flee.", []),
    # (a number in the place phrase: no place, and no count across it)
    ("Dozens of people in 12 towns across the north were killed.", []),
    # (a list with commas between: a share of the victims, not where they were)
    ("Hundreds of people in Gaza, 18 of them in a school, were killed.", []),
])
def test_near_misses_stay_as_they_were(text, want):
    assert _counts(text) == want


@pytest.mark.parametrize("text,n", [
    ("Dozens of people in the north of Gaza have been killed in the past week.", 12),
    ("Thousands of people in the north of the Strip were killed since October.", 1000),
    ("Hundreds of civilians in the camps of central Gaza were killed during the war.", 100),
])
def test_tallies_told_with_where_stay_tallies(text, n):
    assert _counts(text) == [("killed", n, True)]
