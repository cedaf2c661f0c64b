"""The data array sent to the page: escaping, links, validation, input kinds."""

from __future__ import annotations

import json

import pytest

from geoevents.errors import ReportFormatError
from geoevents.render._payload import build_payload, escaped_json, safe_url, to_records
from geoevents.table import events_to_geodataframe


def test_escaped_json_cannot_close_a_script():
    text = escaped_json({"n": "</script><script>alert(1)</script>&'\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "'" not in text
    assert "\u2028" not in text
    assert json.loads(text) == {"n": "</script><script>alert(1)</script>&'\u2028"}


@pytest.mark.parametrize("url", ["javascript:alert(1)", " JavaScript:alert(1)",
                                 "java\tscript:alert(1)", "data:text/html,x", "//evil.org/x",
                                 "ftp://x.org/a", "https://", "http://a b.org", None, 3])
def test_safe_url_rejects_non_http(url):
    assert safe_url(url) is None


@pytest.mark.parametrize("url", ["https://www.reuters.com/world/", "HTTP://example.org/a?b=1"])
def test_safe_url_keeps_http(url):
    assert safe_url(url) == url


def test_records_drop_unsafe_urls_and_count_unmapped(hostile_events):
    rows = to_records(hostile_events).rows
    assert [r["url"] for r in rows if r["event_id"] == "hostile"] == [None]
    nocoords = hostile_events[0].to_dict() | {"latitude": None, "event_id": "x"}
    assert to_records([nocoords]).unmapped == 1


def test_bad_coordinate_names_the_event(seed_events):
    bad = seed_events[0].to_dict() | {"latitude": 131.5}
    with pytest.raises(ReportFormatError, match="shejaia-combat.*latitude"):
        to_records([bad])
    with pytest.raises(ReportFormatError, match="shejaia-combat.*event_date"):
        to_records([seed_events[0].to_dict() | {"event_date": "<b>29 June</b>"}])


def test_geodataframe_input_matches_event_input(seed_events):
    from_events = to_records(seed_events).rows
    from_gdf = to_records(events_to_geodataframe(seed_events)).rows
    assert from_gdf == from_events


def test_payload_shares_repeated_strings_and_names_regions(seed_events):
    rows = to_records(seed_events + seed_events[:1]).rows
    p, groups = build_payload(rows, "date")
    assert p["n"] == 6 and p["days"] == groups == ["2024-06-29", "2024-06-30"]
    assert p["strings"].count(seed_events[0].notes) == 1
    # Region-level events get their region's polygon: the Strip, and "northern Gaza"
    # (the North Gaza and Gaza governorates); the exact place (Shejaia) gets none.
    regions = [p["regions"][i]["name"] if i >= 0 else None for i in p["cols"]["region"]]
    assert regions[1] == "Gaza Strip" and regions[2] == "northern Gaza" and regions[0] is None


def test_payload_numbers_days_and_groups_in_sorted_order_whatever_the_input_order(seed_events):
    undated = seed_events[1].to_dict() | {"event_date": None, "event_id": "undated"}
    rows = to_records([seed_events[4], undated, *seed_events[:4]]).rows
    p, days = build_payload(rows, "date")
    assert days == p["days"] == ["2024-06-29", "2024-06-30", "undated"]
    assert list(p["cols"]["day"]) == list(p["cols"]["grp"]) == [1, 2, 0, 0, 0, 0]
    p, types = build_payload(rows, "type")
    assert types == ["Battles", "Explosions/Remote violence", "Strategic developments"]
    assert list(p["cols"]["grp"]) == [1, 1, 0, 1, 0, 2]
    assert json.loads(escaped_json(p))["cols"]["grp"] == [1, 1, 0, 1, 0, 2]


def test_date_layers_are_days_then_months_then_years():
    from geoevents.render._payload import MAX_DATE_LAYERS, date_groups

    days = [f"2024-01-{d:02d}" for d in range(1, MAX_DATE_LAYERS + 1)] + ["undated"]
    assert date_groups(days) == (days, list(range(len(days))))
    days = ["2023-12-31", *days]  # one day more: months
    groups, of_day = date_groups(days)
    assert groups == ["2023-12", "2024-01", "undated"]
    assert of_day == [0] + [1] * MAX_DATE_LAYERS + [2]
    years = [f"{y}-{m:02d}-01" for y in range(2000, 2004) for m in range(1, 13)]
    assert date_groups(years)[0] == ["2000", "2001", "2002", "2003"]


def test_payload_carries_what_traces_an_event_to_its_record(seed_events):
    p, _ = build_payload(to_records(seed_events).rows, "date")
    strings, cols = p["strings"], p["cols"]
    assert [strings[i] for i in cols["eid"]] == [e.event_id for e in seed_events]
    assert {strings[i] for i in cols["rid"]} == {"hamdan-ceasefire-shejaia"}
    assert list(cols["conf"]) == [80] * 5
    no_conf = seed_events[0].to_dict() | {"confidence": None}
    assert list(build_payload(to_records([no_conf]).rows, "date")[0]["cols"]["conf"]) == [-1]
    with pytest.raises(ReportFormatError, match="shejaia-combat.*confidence"):
        to_records([seed_events[0].to_dict() | {"confidence": "high"}])


def test_a_finished_payload_is_numbered_once(seed_events):
    from geoevents.render._payload import PayloadBuilder

    builder = PayloadBuilder("date")
    for row in to_records([seed_events[4], *seed_events[:4]]).rows:
        builder.add(row)
    first = builder.finish()
    assert builder.finish() is first and list(first[0]["cols"]["day"]) == [1, 0, 0, 0, 0]
    with pytest.raises(RuntimeError, match="after finish"):
        builder.add(to_records(seed_events[:1]).rows[0])
