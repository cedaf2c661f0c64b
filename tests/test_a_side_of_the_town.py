"""A name told with a side ("eastern Rafah", "northern Rafah") is the town, not the
crossing the report's other "Rafah" was settled as ("the Rafah and Kerem Shalom
crossings"): a crossing has no east. The bare name, where the crossing was settled,
stays the crossing."""

from __future__ import annotations

import pytest

from geoevents import parse


def _ids(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.place_id) for m in parse(text, published="2024-05-08").mentions]


@pytest.mark.parametrize("text,side", [
    ("A ground operation began in eastern Rafah, including the areas of Rafah and Kerem "
     "Shalom crossings.", "eastern"),
    ("Tanks pushed into western Rafah on Tuesday, near the Rafah and Kerem Shalom crossings.",
     "western"),
    ("The Rafah and Kerem Shalom crossings stayed shut. Troops advanced in southern Rafah "
     "overnight.", "southern"),
])
def test_a_side_of_the_town_is_the_town(text, side):
    at = text.index(f"{side} Rafah") + len(side) + 1
    mentions = parse(text, published="2024-05-08").mentions
    assert [m.place_id for m in mentions if m.start == at] == ["city:rafah"]


@pytest.mark.parametrize("text", [
    "The Rafah and Kerem Shalom crossings stayed shut. Hundreds of trucks waited at Rafah.",
    "The Rafah and Kerem Shalom crossings stayed shut; Rafah remained closed on Monday.",
])
def test_the_bare_name_keeps_the_settled_crossing(text):
    assert [pid for s, pid in _ids(text) if s == "Rafah"] == ["crossing:rafah-crossing"] * 2
