"""A site told with "in" and its town ("Al-Aqsa Hospital in Deir al-Balah", "the Kuwaiti
Hospital in Rafah") names two places, each a mention of its own, even where the gazetteer
lists the whole phrase as a spelling of the site; a namesake site is still the one of the
town named after it."""

from __future__ import annotations

import pytest

from geoevents import parse


def _ids(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.place_id) for m in parse(text, published="2024-10-06").mentions]


@pytest.mark.parametrize("text,expected", [
    ("A strike hit near Al-Aqsa Hospital in Deir el-Balah on Sunday.",
     [("Al-Aqsa Hospital", "facility:al-aqsa-martyrs-hospital"),
      ("Deir el-Balah", "city:deir-al-balah")]),
    ("One victim at Al Aqsa Hospital in Deir Al-Balah was six years old.",
     [("Al Aqsa Hospital", "facility:al-aqsa-martyrs-hospital"),
      ("Deir Al-Balah", "city:deir-al-balah")]),
    ("Patients were moved to the Kuwaiti Hospital in Rafah overnight.",
     [("Kuwaiti Hospital", "hospital:kuwait-specialized-hospital"), ("Rafah", "city:rafah")]),
    # the namesake of the town named after it
    ("Shelling hit the al-Awda school in Abasan on Monday.",
     [("al-Awda school", "facility:al-awda-school-abasan"), ("Abasan", "town:abasan-al-kabira")]),
])
def test_the_site_and_its_town(text, expected):
    assert _ids(text) == expected


def test_the_site_alone_is_one_mention():
    assert _ids("Families sheltered at Al-Aqsa Hospital on Monday.") == [
        ("Al-Aqsa Hospital", "facility:al-aqsa-martyrs-hospital")]
