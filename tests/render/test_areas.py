"""Region polygons and the governorate totals behind the choropleth."""

from __future__ import annotations

from geoevents.render import _polygons
from geoevents.render._payload import build_payload, to_records
from geoevents.render.areas import class_breaks, governorate_totals


def test_package_ships_five_governorates_and_the_strip():
    names = sorted(a.name for a in _polygons.governorates())
    assert names == ["Deir al-Balah", "Gaza", "Khan Younis", "North Gaza", "Rafah"]
    assert _polygons.strip_outline().name == "Gaza Strip"


def test_only_unambiguous_names_select_a_polygon():
    assert _polygons.match_area("North Gaza Governorate").name == "North Gaza"
    assert _polygons.match_area("gaza-strip").name == "Gaza Strip"
    assert _polygons.match_area("Gaza") is None  # city, governorate or Strip
    # "northern Gaza" is the region (North Gaza + Gaza governorates), not a governorate.
    assert _polygons.match_area("northern Gaza").level == "region"


def test_governorate_totals_use_admin1_then_polygons(seed_events):
    rows = to_records(seed_events).rows
    rows[0]["admin1"] = None  # Shejaia: found by point-in-polygon
    totals = governorate_totals(rows)
    assert totals["Gaza"] == {"events": 1, "fatalities": 0}
    assert totals["North Gaza"] == {"events": 2, "fatalities": 6}
    assert totals["Rafah"]["events"] == 1
    # The Strip-wide strike belongs to no single governorate.
    assert sum(t["events"] for t in totals.values()) == 4


def test_class_breaks():
    assert class_breaks([0, 0]) == []
    assert class_breaks([1, 3]) == [1, 2, 3]
    assert class_breaks([0, 35, 2]) == [7, 14, 21, 28, 35]


def test_gazetteer_ids_select_their_polygon():
    assert _polygons.match_area("governorate:gaza-governorate").name == "Gaza"
    assert _polygons.match_area("governorate:north-gaza").name == "North Gaza"
    assert _polygons.match_area("strip:gaza-strip").name == "Gaza Strip"
    assert _polygons.match_area("region:northern-gaza").name == "northern Gaza"
    assert _polygons.match_area("city:rafah") is None


def test_a_custom_gazetteers_own_areas_are_drawn():
    from geoevents import Gazetteer, parse, render_map
    from geoevents.model import Place

    square = [[34.40, 31.50], [34.45, 31.50], [34.45, 31.55], [34.40, 31.55], [34.40, 31.50]]
    areas = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": {"type": "Polygon", "coordinates": [square]},
        "properties": {"place_id": "governorate:north-gaza", "name": "North Gaza Governorate",
                       "feature_class": "governorate", "governorate": "North Gaza"}}]}
    north = Place("governorate:north-gaza", "North Gaza Governorate", "governorate", 31.525,
                  34.425, True, kind="region", governorate="North Gaza",
                  aliases=("North Gaza governorate",), source="test", licence="test")
    gaz = Gazetteer([north], areas=areas)
    events = parse("Israeli airstrikes hit North Gaza governorate on 3 May 2024.",
                   gazetteer=gaz).events
    assert [e.place_id for e in events] == ["governorate:north-gaza"]
    shipped = render_map(events).get_root().render()
    own = render_map(events, gazetteer=gaz).get_root().render()
    # the governorate layer ([lng, lat]) ...
    assert "[34.4, 31.5]" in own and "[34.4, 31.5]" not in shipped
    # ... the event's region polygon ([lat, lng]) and the totals are the gazetteer's own
    rows = to_records(events).rows
    payload, days = build_payload(rows, "date", _polygons.areas_from(areas))
    assert days == ["2024-05-03"]
    assert payload["regions"][0]["rings"][0][0][0] == [31.5, 34.4]
    assert governorate_totals(rows, _polygons.areas_from(areas)) == {
        "North Gaza": {"events": 1, "fatalities": 0}}
