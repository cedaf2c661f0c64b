"""A site spelt with its town ("Al Aqsa Hospital in Deir al Balah") is two places: the site,
in the sense that spelling gives it, and the town, a mention of its own."""

from __future__ import annotations

import pytest

from geoevents import find_places


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.place_id) for m in find_places(text).mentions]


@pytest.mark.parametrize("text,site,town", [
    ("Al Aqsa Hospital in Deir al Balah is operating at five times its capacity.",
     ("Al Aqsa Hospital", "facility:al-aqsa-martyrs-hospital"),
     ("Deir al Balah", "city:deir-al-balah")),
    ("A girl treated at Al-Aqsa Hospital in Deir el-Balah died on Tuesday.",
     ("Al-Aqsa Hospital", "facility:al-aqsa-martyrs-hospital"),
     ("Deir el-Balah", "city:deir-al-balah")),
    ("Shelling near the Emirati Hospital in Rafah wounded three.",
     ("Emirati Hospital", "hospital:emirati-hospital"), ("Rafah", "city:rafah")),
    ("Bodies were brought to the Kuwaiti hospital in Rafah overnight.",
     ("Kuwaiti hospital", "hospital:kuwait-specialized-hospital"), ("Rafah", "city:rafah")),
    ("Hundreds sheltered at the al-Awda school in Abasan.",
     ("al-Awda school", "facility:al-awda-school-abasan"),
     ("Abasan", "town:abasan-al-kabira")),
])
def test_the_site_and_the_town_it_is_in(text, site, town):
    got = _found(text)
    assert site in got and town in got


@pytest.mark.parametrize("text,whole", [
    # the town is no place of the gazetteer: the spelling stays one mention, its sense kept
    ("A strike hit al-Awda hospital in Tal al-Zaatar on Monday.",
     ("al-Awda hospital in Tal al-Zaatar", "hospital:al-awda-hospital-jabalia")),
])
def test_a_site_whose_town_is_unknown_stays_whole(text, whole):
    assert whole in _found(text)


@pytest.mark.parametrize("text,expected", [
    # a site and its town named apart, and a hospital with no town: as before
    ("The Al-Aqsa Martyrs Hospital, in Deir al-Balah, was hit.",
     [("Al-Aqsa Martyrs Hospital", "facility:al-aqsa-martyrs-hospital"),
      ("Deir al-Balah", "city:deir-al-balah")]),
    ("Nasser Hospital ran out of fuel.",
     [("Nasser Hospital", "hospital:nasser-medical-complex")]),
])
def test_sites_told_otherwise_are_unchanged(text, expected):
    assert _found(text) == expected
