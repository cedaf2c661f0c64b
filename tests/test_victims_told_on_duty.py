"""A count's victims told with the duty they were on, between them and the verb, and the
security services' dead, who are no troops in a fight."""

import pytest

from geoevents import parse
from geoevents.casualties import find_casualties


@pytest.mark.parametrize("text,want", [
    ("Five security officers assigned to accompany aid convoys were killed in an Israeli "
     "strike in Rafah.", ("killed", 5)),
    ("Two workers hired to repair the pipeline were killed in an Israeli strike.",
     ("killed", 2)),
    ("Three police officers tasked with guarding the convoy were killed in an Israeli strike.",
     ("killed", 3)),
    # (other participles, tasks, numbers, verbs)
    ("Four engineers sent to fix the water plant were wounded by tank fire.", ("injured", 4)),
    ("Six volunteers deployed to distribute flour have been killed near Deir al-Balah.",
     ("killed", 6)),
    ("A driver contracted to deliver fuel to the hospital was killed by a drone.",
     ("killed", 1)),
    ("Seven guards stationed to protect the warehouse were reportedly killed overnight.",
     ("killed", 7)),
    ("Nine municipal workers charged with clearing rubble had been killed in Gaza City.",
     ("killed", 9)),
])
def test_victims_told_with_their_duty_are_counted(text, want):
    assert [(c.kind, c.count) for c in find_casualties(text)] == [want]


@pytest.mark.parametrize("text,want", [
    # (who killed: no auxiliary before the verb, the victim after it)
    ("Two guards hired to protect the site killed a man in Rafah.", [("killed", 1)]),
    # (a task longer than six words: not read as a duty)
    ("Two workers hired to repair the old water pipeline that runs along the coast road "
     "were killed.", []),
    # (a count inside the task: no count read across it)
    ("Two workers sent to repair 12 wells were killed.", []),
    # (the same participles with no duty after them)
    ("Troops deployed in Rafah killed three gunmen.", [("killed", 3)]),
])
def test_near_misses_stay_as_they_were(text, want):
    assert [(c.kind, c.count) for c in find_casualties(text)] == want


@pytest.mark.parametrize("text,place,n", [
    ("Five security officers assigned to accompany aid convoys were killed in an Israeli "
     "strike in Rafah.", "Rafah", 5),
    ("Gaza Civil Defense said five security officers assigned to accompany humanitarian "
     "convoys were killed by an Israeli strike while they were driving in Khan Younes.",
     "Khan Younis", 5),
    ("Three security officers were killed in an Israeli air strike in Deir al-Balah.",
     "Deir al-Balah", 3),
    ("Three police officers tasked with guarding the convoy were killed in an Israeli strike "
     "in Rafah.", "Rafah", 3),
])
def test_the_strike_gets_the_count_and_no_fight_is_made(text, place, n):
    doc = parse(text, published="2025-01-04")
    assert [(e.event_type, e.location, e.fatalities) for e in doc.events] == \
        [("Explosions/Remote violence", place, n)]


@pytest.mark.parametrize("text", [
    "Two Israeli security officers were killed in Rafah.",
    "Two officers were killed in Rafah.",
    "Three soldiers were killed in Khan Younis.",
])
def test_israels_men_killed_are_still_a_fight(text):
    doc = parse(text, published="2025-01-04")
    assert [e.event_type for e in doc.events] == ["Battles"]
