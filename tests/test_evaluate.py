"""Scoring against the gold sets, and the gold files' own integrity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geoevents.errors import ReportFormatError
from geoevents.evaluate import evaluate, evaluate_file, read_gold

DATA = Path(__file__).resolve().parent / "data"

GOLD_FILES = [DATA / "gold_dev.jsonl", DATA / "gold_heldout.jsonl"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_files_are_consistent(path):
    records = read_gold(path)  # raises if any span does not match its text
    assert records
    for rec in records:
        assert rec.get("url") or rec.get("id") == "hamdan-ceasefire-shejaia"
        for t in rec["toponyms"]:
            if t.get("lat") is not None:
                assert 29 < t["lat"] < 60 or not t["in_gaza"]


def test_gold_set_size():
    dev, held = (read_gold(p) for p in GOLD_FILES)
    assert len(dev) + len(held) >= 26
    assert len(held) >= 10


def test_dev_scores_meet_the_targets():
    s = evaluate_file(DATA / "gold_dev.jsonl")
    assert s.toponym_f1 >= 0.95
    assert s.within_1km >= 0.95
    assert s.event_date_accuracy >= 0.85
    assert s.non_gaza_event_locations == 0


def test_heldout_is_scored_without_events_outside_gaza():
    s = evaluate_file(DATA / "gold_heldout.jsonl")
    assert s.non_gaza_event_locations == 0
    assert s.toponym_f1 >= 0.85


def test_scoring_counts_what_it_should():
    text = "Israeli strikes on Rafah killed 5 people on 3 May 2024. Officials in Cairo spoke."
    gold = [{
        "id": "t1", "text": text, "published": "2024-05-04",
        "toponyms": [
            {"surface": "Rafah", "start": 19, "end": 24, "place": "Rafah", "lat": 31.29722,
             "lon": 34.24357, "in_gaza": True, "kind": "point"},
            {"surface": "Cairo", "start": 69, "end": 74, "place": "Cairo", "lat": None,
             "lon": None, "in_gaza": False, "kind": "point"},
        ],
        "events": [{"date": "2024-05-03", "place": "Rafah",
                    "type": "Explosions/Remote violence", "fatalities": 5}],
    }]
    s = evaluate(gold)
    assert (s.matched_toponyms, s.gold_toponyms, s.predicted_toponyms) == (2, 2, 2)
    assert s.within_1km == 1.0
    assert s.event_date_accuracy == 1.0 and s.event_place_accuracy == 1.0
    bands = s.precision_by_confidence
    assert sum(n for n, _ in bands.values()) == s.predicted_events == 1
    assert [p for n, p in bands.values() if n] == [1.0]
    json.dumps(s.summary())  # the --json output


def test_bad_gold_line_names_the_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"text": "Rafah", "toponyms": [
        {"surface": "Gaza", "start": 0, "end": 4}]}) + "\n", encoding="utf-8")
    with pytest.raises(ReportFormatError, match=r"g.jsonl:1"):
        read_gold(path)


def test_plain_reports_are_not_a_gold_file(tmp_path):
    path = tmp_path / "reports.jsonl"
    path.write_text(json.dumps({"id": "r", "text": "Strikes hit Rafah."}) + "\n",
                    encoding="utf-8")
    with pytest.raises(ReportFormatError, match="no gold annotations"):
        read_gold(path)


def test_one_predicted_event_answers_one_gold_event():
    text = "Israeli strikes on Rafah killed 5 people on 3 May 2024."
    strike = {"date": "2024-05-03", "place": "Rafah", "type": "Explosions/Remote violence"}
    s = evaluate([{"id": "t", "text": text, "published": "2024-05-04",
                   "events": [strike, dict(strike)]}])
    assert (s.events_found, s.gold_events) == (1, 2)


def test_an_undated_gold_event_does_not_take_the_exactly_dated_prediction():
    text = ("Israeli strikes on Rafah killed 7 people on 1 May 2024. "
            "Israeli strikes on Rafah killed 5 people on 3 May 2024.")
    strike = {"place": "Rafah", "type": "Explosions/Remote violence"}
    s = evaluate([{"id": "t", "text": text, "published": "2024-05-04",
                   "events": [dict(strike, date=None), dict(strike, date="2024-05-01")]}])
    assert (s.events_found, s.events_dated, s.event_dates_correct) == (2, 1, 1)


def test_a_prediction_at_the_very_place_named_answers_that_gold_event_first():
    text = "On 29 January, the Israeli military ordered Sheikh Radwan to evacuate."
    order = {"date": "2024-01-29", "type": "Strategic developments"}
    s = evaluate([{"id": "t", "text": text, "published": "2024-01-30",
                   "events": [dict(order, place="Gaza"), dict(order, place="Sheikh Radwan")]}])
    assert [m["missed_event"]["place"] for m in s.misses if "missed_event" in m] == ["Gaza"]


def test_a_predicted_event_with_no_gold_counterpart_is_listed():
    text = "Israeli strikes on Rafah killed 5 people on 3 May 2024."
    s = evaluate([{"id": "t", "text": text, "published": "2024-05-04", "events": [
        {"date": "2024-05-03", "place": "Khan Younis", "type": "Explosions/Remote violence"}]}])
    spurious = [m["spurious_event"] for m in s.misses if "spurious_event" in m]
    assert s.event_precision == 0.0
    assert [(e["place"], e["date"]) for e in spurious] == [("Rafah", "2024-05-03")]


def test_a_found_event_with_the_wrong_count_is_listed():
    text = "Israeli strikes on Rafah killed 5 people on 3 May 2024."
    s = evaluate([{"id": "t", "text": text, "published": "2024-05-04", "events": [
        {"date": "2024-05-03", "place": "Rafah", "type": "Explosions/Remote violence",
         "fatalities": 7}]}])
    assert [(m["wrong_count"]["fatalities"], m["got"]) for m in s.misses
            if "wrong_count" in m] == [(7, 5)]


@pytest.mark.parametrize("record,message", [
    ({"text": "Rafah", "toponyms": [{"surface": "Rafah", "end": 5}]}, "integer 'start'"),
    ({"text": "Rafah", "toponyms": None}, "must be lists"),
    ({"text": "Rafah", "events": ["strike"]}, "needs a 'type'"),
    ({"text": "Rafah", "published": "June 2024", "events": []}, "not an ISO date"),
])
def test_malformed_gold_is_a_clear_error(tmp_path, record, message):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(ReportFormatError, match=message):
        read_gold(path)
