"""``geoevents parse FILE...``: mentions and events of reports, as a table or JSON."""

from __future__ import annotations

import argparse
import json
import sys
import traceback

from geoevents.batch import parse_reports
from geoevents.cli._exit import EXIT_CRASHED, EXIT_NOTHING, EXIT_OK
from geoevents.cli._output import fail, iso_date, print_table, unusable_input
from geoevents.io.reports import RejectedRecord, Report, SkippedFiles
from geoevents.model import ParsedReport

__all__ = ["register"]

_EVENT_COLUMNS = ["event_date", "event_type", "sub_event_type", "location", "geo_precision",
                  "fatalities", "injuries", "actor1", "actor2"]
_MENTION_COLUMNS = ["surface", "start", "name", "feature_class", "governorate", "in_gaza",
                    "qualifier"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's sub-command(s) to the ``geoevents`` parser."""
    p = sub.add_parser(
        "parse", help="find places and events in reports",
        description="Parse reports (.txt: one report; .jsonl or .ndjson: one JSON report per "
                    "line with 'text' and optional 'id', 'published', 'source', 'url'; '-' "
                    "for stdin JSON Lines) and print their place mentions and events.")
    p.add_argument("inputs", nargs="+", metavar="FILE",
                   help=".txt, .jsonl or .ndjson file, directory, or - for stdin")
    p.add_argument("--published", type=iso_date,
                   help="publication date (YYYY-MM-DD) for .txt reports or records without "
                        "one; anchors 'on Saturday'")
    p.add_argument("--json", action="store_true", help="one JSON object per report (JSONL)")
    p.add_argument("--events-only", action="store_true", help="do not list mentions")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    """Exit 0 when reports were parsed (a record skipped is named on stderr), 1 when none
    could be read, 3 when the parser crashed."""
    problem = unusable_input(args.inputs)
    if problem:
        return fail(problem)
    rejected = parsed = 0
    skipped = SkippedFiles()
    try:
        for item in parse_reports(args.inputs, published=args.published, skipped=skipped):
            if isinstance(item, RejectedRecord):
                print(f"geoevents: skipped {item}", file=sys.stderr)
                rejected += 1
                continue
            parsed += 1
            _print(*item, args)
    except Exception:  # noqa: BLE001 - a bug in the parser: say so, with its traceback
        traceback.print_exc()
        return fail(f"the parser crashed after {parsed + rejected} record(s): a bug to "
                    "report (the traceback is above)", EXIT_CRASHED)
    if skipped.files:
        print(f"geoevents: warning: {skipped.files_message()}", file=sys.stderr)
    if not parsed:
        return fail("no report could be read" + ("" if rejected or skipped.files else
                                                 ": the input holds no report"), EXIT_NOTHING)
    if rejected:
        print(f"geoevents: warning: {rejected} record(s) skipped, {parsed} parsed",
              file=sys.stderr)
    return EXIT_OK


def _print(rec: Report, doc: ParsedReport, args: argparse.Namespace) -> None:
    if args.json:
        sys.stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        return
    print(f"== {rec.id} (published {doc.published or 'unknown'}): "
          f"{len(doc.mentions)} mentions, {len(doc.events)} events")
    if not args.events_only and doc.mentions:
        print_table([m.to_dict() for m in doc.mentions], _MENTION_COLUMNS)
        print()
    if doc.events:
        print_table([e.to_dict() for e in doc.events], _EVENT_COLUMNS)
    print()
