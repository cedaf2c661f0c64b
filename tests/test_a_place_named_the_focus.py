"""A phrase set beside a place's name saying what it is in the war ("Khan Younis, the focus
of Israel's ground offensive,") makes no battle; an offensive told as an act still does."""

from __future__ import annotations

import pytest

from geoevents import parse


def _kinds(text: str) -> list[tuple[str, str, int | None]]:
    return [(e.sub_event_type, e.location, e.fatalities)
            for e in parse(text, published="2024-01-23").events]


@pytest.mark.parametrize(("text", "place", "dead"), [
    ("Six displaced people were killed when a shelter was hit in Khan Younis, the focus of "
     "Israel's ground offensive, in the southern Gaza Strip, the agency said.", "Khan Younis", 6),
    ("Four people were killed in a strike on a house in Rafah, now the centre of the army's "
     "military operations, medics said.", "Rafah", 4),
])
def test_the_focus_beside_a_name_is_no_clash(text: str, place: str, dead: int) -> None:
    kinds = _kinds(text)
    assert "Armed clash" not in [k for k, _, _ in kinds]
    assert ("Air/drone strike", place, dead) in kinds


def test_an_offensive_launched_is_still_a_clash() -> None:
    assert ("Armed clash", "Khan Younis", None) in \
        _kinds("Israel launched a ground offensive in Khan Younis on Monday.")
