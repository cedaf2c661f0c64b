"""GazaGeocoder behaves as a geopy geocoder, offline."""

from __future__ import annotations

import pytest
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geoevents import QueryError
from geoevents.geocoder import GazaGeocoder


@pytest.fixture(scope="module")
def geocoder() -> GazaGeocoder:
    return GazaGeocoder()


def test_is_a_geopy_geocoder(geocoder):
    assert isinstance(geocoder, Geocoder)


def test_geocode_returns_location_with_raw(geocoder):
    loc = geocoder.geocode("Shujaiyya")
    assert isinstance(loc, Location)
    assert loc.raw["name"] == "Shejaia"
    assert loc.raw["feature_class"] == "neighbourhood"
    assert loc.raw["governorate"] == "Gaza"
    assert 31.49 < loc.latitude < 31.51 and 34.46 < loc.longitude < 34.48
    assert "Gaza Strip" in loc.address


def test_exactly_one_false_gives_ranked_list(geocoder):
    locs = geocoder.geocode("Gaza", exactly_one=False)
    assert [loc.raw["feature_class"] for loc in locs][:2] == ["strip", "city"]


def test_no_match_is_none(geocoder):
    assert geocoder.geocode("Qwxzv") is None


def test_bad_query_raises(geocoder):
    with pytest.raises(QueryError):
        geocoder.geocode("")


def test_reverse(geocoder):
    loc = geocoder.reverse((31.5006, 34.47))
    assert loc.raw["name"] == "Shejaia"
    assert loc.raw["containing_governorate"] == "Gaza Governorate"


def test_under_rate_limiter(geocoder):
    geocode = RateLimiter(geocoder.geocode, min_delay_seconds=0)
    assert geocode("Jabalia refugee camp").raw["feature_class"] == "camp"


class _Recorder(Geocoder):
    """An offline stand-in for an online geocoder such as Nominatim."""

    def __init__(self):
        super().__init__()
        self.asked = []

    def geocode(self, query, *, exactly_one=True, timeout=None):
        self.asked.append(query)
        return Location("Somewhere, Elsewhere", (10.0, 20.0), {"fallback": True})


def test_fallback_chain_only_for_unknown_places():
    backup = _Recorder()
    geocoder = GazaGeocoder(fallback=backup)
    assert geocoder.geocode("Rafah").raw["id"] == "city:rafah"
    assert backup.asked == []
    assert geocoder.geocode("Kuala Lumpur Sentral").raw == {"fallback": True}
    assert backup.asked == ["Kuala Lumpur Sentral"]


def test_geopandas_geocode_with_provider():
    from geopandas.tools import geocode

    gdf = geocode(["Shejaia", "Khan Younis", "Qwxzv"], provider=GazaGeocoder)
    assert gdf.crs.to_epsg() == 4326
    assert gdf.geometry.iloc[0].y == pytest.approx(31.50056, abs=1e-4)
    assert gdf.geometry.iloc[2].is_empty


def test_reverse_far_from_any_known_place_is_none(geocoder):
    assert geocoder.reverse((-31.0, 34.0)) is None
    assert geocoder.reverse((29.5, 33.0)) is None  # the Sinai desert


def test_reverse_outside_the_strip_names_the_place_there(geocoder):
    sderot = geocoder.reverse((31.525, 34.596))  # in Israel, 6 km from Beit Hanoun
    assert sderot.raw["name"] == "Sderot" and sderot.raw["in_strip"] is False
    assert geocoder.reverse((30.0444, 31.2357)).raw["name"] == "Cairo"
    # a point in the Strip is always one of its places, however near the fence
    assert geocoder.reverse((31.545, 34.545)).raw["in_gaza"] is True


@pytest.mark.parametrize("point", [(None, None), (31.5, None), (91, 0)])
def test_a_point_that_is_not_one_is_a_query_error(geocoder, point):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # and geopy's warning does not leak
        with pytest.raises(QueryError, match="cannot read a point"):
            geocoder.reverse(point)


@pytest.mark.parametrize("query,place_id", [
    ("Rafah, Gaza Strip", "city:rafah"),
    ({"city": "Rafah", "country": "Palestine"}, "city:rafah"),
    ("Al-Mawasi, Khan Younis", "area:al-mawasi-khan-younis"),
    ("Al-Mawasi, Rafah", "area:al-mawasi-rafah"),
])
def test_addresses_and_structured_queries(geocoder, query, place_id):
    assert geocoder.geocode(query).raw["id"] == place_id


def test_every_places_address_geocodes_back_to_it(geocoder):
    from geoevents.gazetteer import Candidate

    wrong = [p.id for p in geocoder.gazetteer
             if geocoder.geocode(geocoder._address(Candidate(p, 1.0, "exact"))).raw["id"] != p.id]
    assert wrong == []


def test_its_own_address_geocodes_back(geocoder):
    loc = geocoder.geocode("Shujaiyya")
    assert geocoder.geocode(loc.address).raw["id"] == loc.raw["id"]


def test_a_parent_the_gazetteer_does_not_hold_ends_the_address():
    from geoevents.gazetteer import Gazetteer
    from geoevents.model import Place

    school = Place(id="facility:x-school", name="X School", feature_class="facility",
                   lat=31.5, lon=34.45, in_gaza=True, parent="neighbourhood:missing")
    loc = GazaGeocoder(gazetteer=Gazetteer([school])).geocode("X School")
    assert loc is not None and loc.address.startswith("X School")
