"""People killed "in the Gaza Strip while waiting for aid trucks" and the crowd the report
then says troops fired on at one place that day are one attack, at that place, with the
toll; a second such attack placed that day keeps the Strip's toll apart."""

from __future__ import annotations

import pytest

from geoevents import parse


def _records(text: str) -> list[tuple[str | None, str, int | None]]:
    return [(e.location, e.sub_event_type, e.fatalities)
            for e in parse(text, published="2025-06-17").events
            if e.event_type == "Violence against civilians"]


@pytest.mark.parametrize("text,place,dead", [
    ("At least 23 Palestinians were killed in the Gaza Strip on Tuesday while waiting for "
     "food trucks, the health ministry said.\n\nWitnesses said Israeli troops opened fire "
     "towards the crowd in Deir al-Balah.", "Deir al-Balah", 23),
    ("Seventeen people were shot dead in Gaza on Tuesday as they queued for flour, medics "
     "said.\n\nSurvivors said Israeli troops opened fire on a crowd of aid seekers in Rafah.",
     "Rafah", 17),
])
def test_the_aid_seekers_toll_is_the_placed_shooting(text, place, dead):
    assert _records(text) == [(place, "Attack", dead)]


def test_two_shootings_placed_that_day_leave_the_strips_toll_apart():
    text = ("At least 23 Palestinians were killed in the Gaza Strip on Tuesday while waiting "
            "for food trucks, the health ministry said.\n\nWitnesses said Israeli troops "
            "opened fire towards a crowd in Deir al-Balah. Separately, Israeli troops opened "
            "fire on a crowd of aid seekers in Rafah, witnesses said.")
    assert _records(text) == [("Gaza Strip", "Attack", 23), ("Deir al-Balah", "Attack", None),
                              ("Rafah", "Attack", None)]
