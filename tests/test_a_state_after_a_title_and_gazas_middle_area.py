"""A state named after a title and "of" is a mention though the person's name follows
("the Chancellor of Germany Olaf Scholz", "Prime Minister of Israel Benjamin Netanyahu");
and "the middle area" written after "Gaza's" is the Middle Area of the Strip, as after
"the". A place name before another word of a name without "of" ("Rafa Salama") and a
middle area of something else stay as they were."""

from __future__ import annotations

import pytest

from geoevents import parse


def _ids(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.place_id) for m in parse(text, published="2024-10-10").mentions]


@pytest.mark.parametrize("text,name", [
    ("Chancellor of Germany Olaf Scholz announced more arms for Israel.", "Germany"),
    ("The Prime Minister of Israel Benjamin Netanyahu dismissed his defence minister.",
     "Israel"),
    ("The President of Egypt Abdel Fattah el-Sisi met the envoy.", "Egypt"),
])
def test_a_state_after_a_title(text, name):
    assert name in [s for s, _ in _ids(text)]


@pytest.mark.parametrize("text", [
    "Crowds stormed a UN warehouse in Gaza’s middle area on Sunday.",
    "A school was hit in al-Maghazi camp, in Gaza's middle area.",
])
def test_gazas_middle_area_is_the_region(text):
    assert ("middle area", "region:central-gaza") in _ids(text)


@pytest.mark.parametrize("text,name", [
    ("Residents said Rafa Salama was killed in the strike.", "Rafa"),
    ("Crowds gathered in the town's middle area on Sunday.", "middle area"),
    ("Gaza's middle area of the market was empty.", "middle area"),
])
def test_other_names_stay(text, name):
    assert name not in [s for s, _ in _ids(text)]
