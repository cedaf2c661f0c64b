"""Every finder of unlisted names refuses the same capitalised words as no place: the one
check, ``names_no_place``, that the list, preposition and area finders share."""

import pytest

from geoevents import Gazetteer
from geoevents.unlisted_names.records import names_no_place


@pytest.mark.parametrize("surface", [
    "Spite", "An Israeli", "Hamas officials", "Hamas’s", "Gaza's", "Northern", "Western",
    "Kuwaiti", "Jordanian", "Israeli-Palestinian",
])
def test_words_that_name_no_place(surface):
    assert names_no_place(Gazetteer.default(), surface)


@pytest.mark.parametrize("surface", [
    # (near-misses: an Arabic article before "N", a direction with a name, a quarter)
    "An Nasser", "An Nuseirat", "North Sinai", "Tel Al Hawa", "Sheikh Radwan", "Beit Lahia",
])
def test_names_of_places_pass(surface):
    assert not names_no_place(Gazetteer.default(), surface)
