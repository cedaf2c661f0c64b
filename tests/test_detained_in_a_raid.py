"""Arrests made in a raid or a battle the report codes at that place and day are the raid's;
arrests with no raid there, on another day, or beside an air strike alone stay an event."""

import pytest

from geoevents import parse
from geoevents.event_merge.detained_in_a_raid import without_arrests_of_a_raid
from geoevents.model import Event


def _coded(text):
    return [(e.event_date, e.sub_event_type, e.location)
            for e in parse(text, published="2024-12-06").events]


@pytest.mark.parametrize("text, raid", [
    ("Israeli troops raided the European Hospital in Khan Younis on Monday, clashing with "
     "gunmen. Soldiers arrested 30 men inside the hospital.",
     ("2024-12-02", "Armed clash", "European Gaza Hospital")),
    ("Israeli forces clashed with Palestinian fighters in Beit Hanoun on Tuesday and detained "
     "dozens of men sheltering in a school.",
     ("2024-12-03", "Armed clash", "Beit Hanoun")),
    ("Israeli soldiers opened fire on displaced families in a school in Jabalia on Wednesday, "
     "and detained several men there.",
     ("2024-12-04", "Attack", "Jabalia")),
])
def test_arrests_in_a_raid_go_with_the_raid(text, raid):
    assert _coded(text) == [raid]


@pytest.mark.parametrize("text, arrests", [
    # no raid coded there
    ("Israeli forces arrested 30 men at a checkpoint in Beit Lahia on Monday.",
     ("2024-12-02", "Arrests", "Beit Lahia")),
    # an air strike arrests no one
    ("An Israeli airstrike hit a house in Rafah on Monday, killing four. Israeli forces "
     "arrested 12 men in Rafah on Monday.",
     ("2024-12-02", "Arrests", "Rafah")),
    # another day than the raid's
    ("Israeli troops raided the European Hospital in Khan Younis on Monday, clashing with "
     "gunmen. On Wednesday, soldiers arrested 30 men at the hospital.",
     ("2024-12-04", "Arrests", "European Gaza Hospital")),
])
def test_arrests_with_no_raid_that_day_there_stay(text, arrests):
    assert arrests in _coded(text)


def _event(sub, etype, actor1=None, actor2=None):
    # (each record told in a sentence of its own)
    return Event(event_id=sub, report_id="r", event_date="2024-12-02", time_precision=1,
                 event_type=etype, sub_event_type=sub, location="Rafah", place_id="town:rafah",
                 admin1=None, latitude=None, longitude=None, geo_precision=1,
                 notes=f"{sub} by {actor1}.", confidence=0.9, actor1=actor1, actor2=actor2)


def test_arrests_by_another_side_than_the_raids_stay():
    # (police of the de facto authorities arresting men where Israeli troops fought)
    raid = _event("Armed clash", "Battles", "Israeli military", "Hamas")
    arrests = _event("Arrests", "Strategic developments", "Police Forces of Palestine")
    assert without_arrests_of_a_raid([raid, arrests]) == [raid, arrests]
    # (nor a force the report names but no side codes: "Egyptian authorities detained 20")
    unnamed = _event("Arrests", "Strategic developments")
    assert without_arrests_of_a_raid([raid, unnamed]) == [raid, unnamed]
    ours = _event("Arrests", "Strategic developments", "Israeli military")
    assert without_arrests_of_a_raid([raid, ours]) == [raid]
