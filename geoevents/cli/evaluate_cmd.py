"""``geoevents evaluate GOLD.jsonl``: score the parser against gold annotations."""

from __future__ import annotations

import argparse

from geoevents.cli._exit import EXIT_NOTHING
from geoevents.cli._output import fail, os_problem, print_json, unusable_input
from geoevents.errors import ReportFormatError
from geoevents.evaluate import evaluate, read_gold

__all__ = ["register"]


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
                print(f"    {miss}")
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
