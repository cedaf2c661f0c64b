"""A plural noun after a list of names joined by commas alone ("units in Al Aqsa, Al Shifa,
Al Rantisi, Nasser hospitals") names each item's site, as it does after "X, Y and Z"; two
names with one comma between, or names that are no such site, are left as they were."""

from __future__ import annotations

import pytest

from geoevents import parse


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.name) for m in parse(text, published="2025-06-30").mentions]


@pytest.mark.parametrize("text,expected", [
    ("Dialysis units remain in Al Aqsa, Al Shifa, Al Rantisi, Nasser hospitals.",
     ["Al-Aqsa Martyrs Hospital", "Al-Shifa Hospital", "Al-Rantisi Hospital",
      "Nasser Medical Complex"]),
    ("Fuel reached Al Quds, Al Aqsa, Nasser hospitals on Sunday.",
     ["Al-Quds Hospital", "Al-Aqsa Martyrs Hospital", "Nasser Medical Complex"]),
    ("Strikes were reported near Bureij, Maghazi, Nuseirat camps overnight.",
     ["Bureij Camp", "Maghazi Camp", "Nuseirat Camp"]),
])
def test_each_item_of_a_comma_list_is_the_site(text, expected):
    assert [p for _, p in _places(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # two names, one comma: a place and then a site of its own
    ("Staff at Gaza City, Al Shifa hospitals said fuel had run out.", "Gaza City"),
    # towns in a comma list before "hospitals were full": the towns
    ("After the strikes on Rafah, Khan Younis, Deir al-Balah hospitals were full.", "Rafah"),
])
def test_no_list_of_sites_keeps_the_names(text, expected):
    assert _places(text)[0][1] == expected
