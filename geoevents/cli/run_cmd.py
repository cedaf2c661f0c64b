"""``geoevents run``: the batch runner on the command line.

Bad records are skipped and listed in ``errors.jsonl``; the exit code (see
:mod:`geoevents.cli._exit`) is 0 with a warning count on stderr, or 1 when no report at
all could be read (nothing is written: the outputs of an earlier run stay as they were)
or with ``--strict`` (which stops at the first bad record and writes nothing). Exit code 2
is for usage errors, as argparse does, an ``--out`` that is a file among them; 3 says the
parser itself failed on some report (its traceback is in ``errors.jsonl``; every other
report is written), which is a bug to report rather than bad input.
"""

from __future__ import annotations

import argparse
import math
import sys

from geoevents.cli._exit import EXIT_CRASHED, EXIT_NOTHING, EXIT_OK, EXIT_USAGE
from geoevents.cli._output import (
    fail,
    iso_date,
    os_problem,
    positive_int,
    unusable_input,
    unusable_output,
)
from geoevents.errors import (
    GeoeventsError,
    NoReportsError,
    ParserCrashError,
    ReportFormatError,
)

__all__ = ["register", "main"]


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``run`` sub-command; its handler is ``args.func(args) -> int``."""
    from geoevents.batch import ENGINES
    from geoevents.io import FORMATS

    p = subparsers.add_parser(
        "run",
        help="parse many reports and write events, mentions and a map",
        description="Parse .txt/.jsonl/.ndjson reports (files, directories or - for stdin) "
        "and write events.geojson, mentions.jsonl, errors.jsonl and map.html to --out.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help=".txt, .jsonl or .ndjson file, directory, or - for JSON Lines on "
                        "stdin")
    p.add_argument("--out", required=True, metavar="DIR", help="output directory")
    p.add_argument("--format", dest="formats", nargs="+", choices=FORMATS, default=[],
                   metavar="FMT",
                   help=f"extra event formats besides geojson: {', '.join(FORMATS[1:])}")
    p.add_argument("--workers", type=positive_int, default=1, metavar="N",
                   help="parallel parsing processes or Dask workers (default 1)")
    p.add_argument("--engine", choices=ENGINES, default=None,
                   help="local (default) or dask (needs: pip install 'geoevents[dask]')")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="existing Dask scheduler (implies --engine dask)")
    p.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                   help="date of the reports that give none of their own (.txt files): "
                        "'on Saturday' and 'yesterday' are read against it")
    p.add_argument("--strict", action="store_true",
                   help="fail (exit 1, no output) on the first bad record")
    p.add_argument("--no-map", dest="map", action="store_false", help="do not write map.html")
    p.add_argument("--incidents", action="store_true",
                   help="also write incidents.geojson: one row per (date, place, type) "
                        "across reports, with the reports that tell it")
    p.add_argument("--min-confidence", type=float, default=0.0, metavar="P",
                   help="write only events whose confidence is at least P (0 to 1; "
                        "default 0: all): a higher P writes fewer events, more of them "
                        "right (the README's Accuracy section gives what 0.7 keeps)")
    p.add_argument("--max-report-mb", type=float, default=5.0, metavar="N",
                   help="reject reports larger than N MB (default 5)")
    p.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="always show a progress bar (default: when stderr is a terminal)")
    p.add_argument("--no-progress", dest="progress", action="store_false",
                   help="never show a progress bar, even on a terminal")
    p.set_defaults(func=main)
    return p


def main(args: argparse.Namespace) -> int:
    """Run the batch and print its summary; return the exit code."""
    from geoevents.batch import check_min_confidence, run

    formats = ["geojson", *[f for f in args.formats if f != "geojson"]]
    if not math.isfinite(args.max_report_mb) or args.max_report_mb <= 0:
        return fail("--max-report-mb must be a positive number")
    try:
        check_min_confidence(args.min_confidence)  # before anything is read or written
    except ValueError:
        return fail("--min-confidence must be a number from 0 to 1")
    if args.engine == "local" and args.scheduler:
        return fail("--scheduler sends the run to Dask; it cannot go with --engine local")
    # Before anything is written: a mistyped path must not replace a good output.
    problem = unusable_input(args.inputs) or unusable_output("--out", args.out,
                                                             directory=True)
    if problem:
        return fail(problem)
    try:
        summary = run(
            args.inputs, args.out, formats=formats, workers=args.workers,
            engine=args.engine or "local", scheduler=args.scheduler, strict=args.strict,
            max_report_bytes=int(args.max_report_mb * 1024 * 1024),
            progress=args.progress, map=args.map, incidents=args.incidents,
            published=args.published, min_confidence=args.min_confidence,
        )
    except ReportFormatError as err:
        return fail(f"rejected record (--strict): {err}", EXIT_NOTHING)
    except ParserCrashError as err:
        return fail(f"the parser crashed (--strict): {err}", EXIT_CRASHED)
    except NoReportsError as err:
        fail(str(err))
        crash = next((r for r in err.records if r.get("crash")), None)
        if crash is not None:  # the bug's traceback: there is no errors.jsonl to hold it
            print(crash.get("traceback") or "", file=sys.stderr, end="")
        return EXIT_CRASHED if err.crashed else EXIT_NOTHING
    except OSError as err:
        return fail(os_problem(err), EXIT_NOTHING)
    except GeoeventsError as err:
        return fail(str(err), EXIT_NOTHING)
    except ImportError as err:  # the dask extra is not installed
        return fail(str(err), EXIT_USAGE)
    print(summary.format())
    if summary.reports_rejected:
        print(f"geoevents: warning: {summary.reports_rejected} record(s) rejected; see "
              f"{summary.outputs.get('errors')}", file=sys.stderr)
    if summary.reports_crashed:
        return fail(f"the parser crashed on {summary.reports_crashed} report(s); every "
                    "other report was written. The tracebacks are in "
                    f"{summary.outputs.get('errors')}", EXIT_CRASHED)
    return EXIT_OK
