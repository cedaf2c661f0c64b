"""Fighting told in the present in an "as" clause is the state things are in as a speaker
talks, not an armed clash of the report; fighting of a day or at a place still is one."""

from __future__ import annotations

import pytest

from geoevents import parse


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.location) for e in parse(text, published="2024-01-23").events]


@pytest.mark.parametrize("text", [
    "Terrified patients are now trapped inside the few remaining hospitals in Khan Younis as "
    "heavy fighting continues, the agency's chief said.",
    '"Families cannot leave their tents in Rafah as fierce fighting rages," a nurse said.',
    "Doctors in Beit Lahia are working without power as the fighting persists.",
])
def test_fighting_that_goes_on_as_it_is_told_is_no_clash(text: str) -> None:
    assert "Armed clash" not in [k for k, _ in _kinds(text)]


@pytest.mark.parametrize("text", [
    "Families fled Jabalia camp as heavy fighting continued on Wednesday.",
    "Families fled the school as fierce fighting rages in Beit Lahia.",
    "Heavy fighting continues in Khan Younis, the army said.",
])
def test_fighting_of_a_day_or_a_place_is_still_a_clash(text: str) -> None:
    assert "Armed clash" in [k for k, _ in _kinds(text)]
