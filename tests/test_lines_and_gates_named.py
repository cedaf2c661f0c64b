"""A line the army draws across the Strip, named by its colour ("the so-called Yellow
Line"), and a gate of the fence named by its number ("through Gate 96") are places told by
a name of their own: reported unresolved, not dropped. A colour's line that is something
else ("the Red Line of the metro", "Rafah is a red line") and a gate of something else
("Gate 9 of the stadium") are not."""

from __future__ import annotations

import pytest

from geoevents import parse


def _surfaces(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.place_id) for m in parse(text, published="2025-11-19").mentions]


@pytest.mark.parametrize("text,name", [
    ("Strikes east of the so-called “Yellow Line” continued overnight.", "Yellow Line"),
    ("Troops pulled back to the Yellow Line under the ceasefire.", "Yellow Line"),
    ("Families were told to stay west of the \"Orange Line\" on Monday.", "Orange Line"),
    ("Aid trucks entered directly through Gate 96 on Sunday night.", "Gate 96"),
    ("A convoy waited near Gate 147 for hours.", "Gate 147"),
])
def test_a_line_or_gate_is_an_unresolved_place(text, name):
    assert (name, None) in _surfaces(text)


@pytest.mark.parametrize("text", [
    "Commuters crowded the Red Line of the metro in Tel Aviv.",
    "Officials said an offensive on Rafah would be a red line.",
    "Biden said Rafah was a Red Line for Washington.",
    "Fans queued through Gate 9 of the stadium.",
    "The gate 96 was shut on Sunday.",
])
def test_another_line_or_gate_is_no_place(text):
    assert not [s for s, _ in _surfaces(text) if s.endswith(("Line", "line")) or
                s.startswith(("Gate ", "gate "))]
