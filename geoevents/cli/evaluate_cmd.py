"""``geoevents evaluate GOLD.jsonl``: score the parser against gold annotations."""

from __future__ import annotations

import argparse
import json
from typing import Any

from geoevents.cli._exit import EXIT_NOTHING
from geoevents.cli._output import fail, os_problem, print_json, unusable_input
from geoevents.errors import ReportFormatError
from geoevents.evaluate import evaluate, read_gold

__all__ = ["register", "describe_miss"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's sub-command(s) to the ``geoevents`` parser."""
    p = sub.add_parser(
        "evaluate", help="score parsing against gold annotations",
        description="Parse every report of a gold JSONL file (format in conventions.md) and "
                    "print toponym precision/recall/F1, the share of in-Gaza points within "
                    "1 and 5 km, events found, event date and place accuracy, precision, "
                    "fatality counts, precision by confidence band, and non-Gaza event "
                    "locations.")
    p.add_argument("gold", nargs="+", help="gold JSON Lines file(s)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--errors", action="store_true",
                   help="also list every miss: missed, spurious, misplaced or misdated "
                        "events, wrong fatality counts, missed, spurious or far toponyms")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    results = []
    problem = unusable_input(args.gold, reports=False)
    if problem:
        return fail(problem)
    for path in args.gold:
        try:
            results.append((path, read_gold(path)))
        except OSError as err:
            return fail(os_problem(err), EXIT_NOTHING)
        except UnicodeDecodeError as err:
            return fail(f"{path}: not valid UTF-8: {err.reason} at byte {err.start}",
                        EXIT_NOTHING)
        except ReportFormatError as err:
            return fail(str(err), EXIT_NOTHING)
    if len(results) > 1:  # every file, then all of them together
        results.append(("all", [rec for _, recs in results for rec in recs]))
    as_json = []
    for label, records in results:
        try:
            scores = evaluate(records)
        except ReportFormatError as err:
            return fail(f"{label}: {err}", EXIT_NOTHING)
        summary = scores.summary()
        if args.json:
            as_json.append({"gold": label, **summary, **({"misses": scores.misses}
                                                         if args.errors else {})})
            continue
        _print(label, scores, summary)
        if args.errors:
            for miss in scores.misses:
                print(f"    {describe_miss(miss)}")
    if args.json:  # one object for one file, else one array: always one JSON document
        print_json(as_json[0] if len(as_json) == 1 else as_json)
    return 0


def _print(label: str, scores, summary: dict) -> None:
    print(f"{label}: {scores.reports} reports")
    print(f"  toponyms    P {summary['toponym_precision']:.3f}  R "
          f"{summary['toponym_recall']:.3f}  F1 {summary['toponym_f1']:.3f}  "
          f"({scores.matched_toponyms}/{scores.gold_toponyms} gold, "
          f"{scores.predicted_toponyms} predicted)")
    print(f"  in-Gaza points within 1 km {summary['within_1km']:.3f}, within 5 km "
          f"{summary['within_5km']:.3f}  (of {scores.gold_points})")
    print(f"  events      found {scores.events_found}/{scores.gold_events}  date accuracy "
          f"{summary['event_date_accuracy']:.3f} (of {scores.events_dated} dated)  "
          f"place accuracy {summary['event_place_accuracy']:.3f}  "
          f"({scores.predicted_events} predicted, precision "
          f"{summary['event_precision']:.3f})")
    print(f"  fatalities  right for {summary['fatality_accuracy']:.3f} of the "
          f"{scores.events_counted} found events with a count")
    bands = "  ".join(f"{label} {p:.2f} ({n})"
                      for label, (n, p) in scores.precision_by_confidence.items())
    print(f"  precision by confidence: {bands}")
    print(f"  non-Gaza places used as event locations: {scores.non_gaza_event_locations}")


def describe_miss(miss: dict[str, Any]) -> str:
    """One line of text for a miss of :attr:`Scores.misses` (``--json`` keeps the dicts):
    the report, what kind of miss, and the gold and predicted records in words."""
    report = miss.get("report")
    if "missed_toponym" in miss:
        what = f'missed toponym "{miss["missed_toponym"]}"'
    elif "spurious_toponym" in miss:
        what = f'spurious toponym "{miss["spurious_toponym"]}"'
    elif "far_toponym" in miss:
        what = (f'far toponym "{miss["far_toponym"]}": placed at {miss["got"]}, '
                f'{miss["km"]} km from the gold point')
    elif "spurious_event" in miss:
        event = miss["spurious_event"]
        confidence = f"confidence {event.get('confidence')}"
        what = f"spurious event: {_event(event, confidence)}"
    elif "missed_event" in miss:
        what = f"missed event: {_event(miss['missed_event'])}"
    elif "wrong_count" in miss:
        got = miss.get("got")
        what = (f"wrong count: {_event(miss['wrong_count'])}; predicted "
                f"{'no count' if got is None else f'{got} dead'}")
    elif "event" in miss:
        got = "; ".join(f"{date or 'undated'} at {place}" for date, place in miss["got"])
        what = f"misplaced or misdated: {_event(miss['event'])}; predicted {got or 'none'}"
    else:
        what = json.dumps({k: v for k, v in miss.items() if k != "report"}, default=str)
    return f"{report}: {what}"


def _event(event: dict[str, Any], *notes: str) -> str:
    """"2024-09-11 Explosions/Remote violence at Nuseirat (34 dead)"."""
    dead = event.get("fatalities")
    notes = (*([] if dead is None else [f"{dead} dead"]), *notes)
    return (f"{event.get('date') or 'undated'} {event.get('type')} at "
            f"{event.get('place') or 'no place'}" + (f" ({', '.join(notes)})" if notes else ""))
