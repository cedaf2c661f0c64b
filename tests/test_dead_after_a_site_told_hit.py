"""The dead a sentence tells and places nowhere, right after a sentence that tells a site hit
at one place in words that made no event of their own, are that place's: "Earlier Thursday,
another shelter school in Beit Lahia was also damaged. One child was reportedly killed" is a
death at Beit Lahia, not at the Jabalia camp the strike before was placed at."""

import pytest

from geoevents import parse

LEAD = "At least 20 people were killed at a shelter school at the Jabalia refugee camp. "


def _events(text):
    return [(e.location, e.fatalities) for e in parse(text, published="2023-11-03").events]


@pytest.mark.parametrize("middle,after,place", [
    ("Earlier Thursday, another shelter school in Beit Lahia was also damaged.",
     "One child was reportedly killed.", "Beit Lahia"),
    ("Earlier Thursday, another shelter school in the north of the Gaza Strip was also "
     "damaged.", "One child was reportedly killed.", "northern Gaza"),
    ("On Friday, a mosque in Beit Hanoun was reportedly destroyed.",
     "Three people were killed.", "Beit Hanoun"),
    # (other sites, verbs and counts)
    ("Earlier Thursday, a house in Bureij was hit.", "Two women were killed.", "Bureij"),
    ("Earlier Thursday, a house in Deir al-Balah had been shelled.",
     "One child was reportedly killed.", "Deir al-Balah"),
])
def test_the_dead_are_the_site_hit_just_before(middle, after, place):
    events = _events(LEAD + middle + " " + after)
    assert ("Jabalia Camp", 20) in events, events
    assert any(loc == place for loc, _ in events), events
    assert not any(loc == "Jabalia Camp" and fat != 20 for loc, fat in events), events


@pytest.mark.parametrize("middle", [
    # no site told hit: the speakers' place
    "Doctors in Beit Lahia said supplies were running out.",
    # the hospital where they are tended
    "Another shelter school near Kamal Adwan Hospital was also damaged.",
    # a paragraph apart
    "Earlier Thursday, another shelter school in Beit Lahia was also damaged.\n",
    # two places told: neither is sure
    "Earlier Thursday, a school in Beit Lahia and a mosque in Beit Hanoun were also damaged.",
    # a site told, but not hit
    "Earlier Thursday, a shelter school in Beit Lahia was also visited by officials.",
])
def test_near_misses_leave_the_dead_where_they_were(middle):
    events = _events(LEAD + middle + " One child was reportedly killed later.")
    assert not any(loc in ("Beit Lahia", "Beit Hanoun", "Kamal Adwan Hospital")
                   for loc, _ in events), events
