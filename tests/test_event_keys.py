"""One event per (date, place, type, sub-type) in a report, on every real report the
tests carry: a rule that splits a toll must give places of their own, not a second event
at the same place and day (air strikes and shelling at one place and day are two
sub-types, two events)."""

import json
from collections import Counter
from pathlib import Path

from geoevents import parse
from geoevents.evaluate import read_gold

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def _key(e):
    return (e.event_date, e.place_id or e.location, e.event_type, e.sub_event_type)


def _twice(text, published, report_id):
    events = parse(text, published=published, report_id=report_id).events
    return [k for k, n in Counter(_key(e) for e in events).items() if n > 1]


def test_no_report_has_two_events_with_one_key():
    records = [(r["text"], r.get("published"), r.get("id"))
               for r in read_gold(DATA / "gold_dev.jsonl")]
    lines = (ROOT / "examples" / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    records += [(r["text"], r.get("published"), r.get("id"))
                for r in map(json.loads, filter(str.strip, lines))]
    assert len(records) > 1000
    twice = {rid: keys for text, published, rid in records
             if (keys := _twice(text, published, rid))}
    assert twice == {}


def test_strikes_named_with_shelling_and_told_again_make_one_record_per_key():
    # the lead's shelling takes the body's strike at the camp; the lead's air raids there are
    # that same strike, not a second record of the key
    events = parse(
        "Dozens of people were killed today as Israeli forces pressed their offensive, with "
        "intense artillery shelling and air raids targeting Jabalia camp in the north and the "
        "city of Rafah in the south.\n\nWarplanes bombed a house in Jabalia camp, killing five "
        "people, medics said.", published="2024-05-14").events
    keys = [(e.event_date, e.place_id, e.event_type, e.sub_event_type) for e in events]
    assert len(keys) == len(set(keys))
    assert ("Jabalia Camp", "Air/drone strike") in [(e.location, e.sub_event_type)
                                                    for e in events]
