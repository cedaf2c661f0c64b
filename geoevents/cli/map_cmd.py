"""``geoevents map EVENTS -o map.html``: draw events (or reports, parsed first) on a map."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from geoevents.cli._exit import EXIT_NOTHING, EXIT_OK
from geoevents.cli._output import fail, iso_date, os_problem, unusable_output
from geoevents.errors import GeoeventsError, OptionError
from geoevents.io import is_events_dataset
from geoevents.io.reports import REPORT_SUFFIXES

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``map`` sub-command to the ``geoevents`` parser."""
    p = sub.add_parser(
        "map", help="draw events on an interactive HTML map",
        description="Write an HTML map of events: one layer per day (or per event type), "
                    "a date slider, legend, governorate shading. The page is self-contained "
                    "and works offline unless --online is given. EVENTS is an events file "
                    "(GeoJSON, GeoPackage, GeoParquet, CSV) or reports (.txt, .jsonl or .ndjson "
                    "with a 'text' field, or a directory of them), which are parsed first.")
    p.add_argument("events", metavar="EVENTS", help="events file, or reports to parse")
    p.add_argument("-o", "--output", required=True, help="HTML file to write")
    p.add_argument("--by", choices=("date", "type"), default="date",
                   help="one layer per day (default) or per event type")
    p.add_argument("--title", help="title shown on the map")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--offline", dest="online", action="store_false", default=False,
                       help="the default: every script and style inlined, so the page works "
                            "without a network; no base-map tiles unless --tiles is a local "
                            "file: template")
    where.add_argument("--online", dest="online", action="store_true", default=False,
                       help="load Leaflet, jQuery, Bootstrap and Font Awesome from their CDNs "
                            "and draw OpenStreetMap tiles under the events: a smaller page "
                            "with a base map, blank without a network")
    p.add_argument("--tiles", default=None,
                   help="folium tiles name or URL template (with --online, default "
                        "OpenStreetMap; offline, none unless a local file: template)")
    p.add_argument("--heat", choices=("events", "fatalities"), help="add a heat layer")
    p.add_argument("--choropleth", choices=("events", "fatalities", "none"), default="events",
                   help="shade governorates by this total (default events)")
    # (render_map's default, which tests hold it to: importing the renderer here would
    # slow every command's start by a second)
    p.add_argument("--cluster-threshold", type=int, default=1000,
                   help="cluster markers above this many events (default 1000)")
    p.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                   help="when EVENTS are reports: the date of those that give none")
    p.add_argument("--input", choices=("auto", "events", "reports"), default="auto",
                   help="how to read EVENTS (default: by extension; a directory is "
                        "reports unless it is a GeoParquet dataset such as the Dask "
                        "engine's events.parquet/)")
    p.set_defaults(func=_map)


def _is_reports(path: Path, kind: str) -> bool:
    """Whether EVENTS are reports to parse: by extension, and a directory unless it is a
    GeoParquet dataset of events (the Dask engine's ``events.parquet/``), which is events
    as much as the single file of the local engine is."""
    if kind != "auto":
        return kind == "reports"
    if path.is_dir():
        return not is_events_dataset(path)
    return path.suffix.lower() in REPORT_SUFFIXES


def _parse_reports(path: Path, published: str | None) -> list[Any]:
    """Parse every report; unreadable records are reported on stderr and skipped."""
    from geoevents.batch import events_of_reports
    from geoevents.io.reports import SkippedFiles

    skipped = SkippedFiles()
    try:
        return events_of_reports(path, on_skip=lambda why: print(f"geoevents: skipped {why}",
                                                                 file=sys.stderr),
                                 published=published, skipped=skipped)
    finally:
        if skipped.files:
            print(f"geoevents map: {skipped.files_message()}", file=sys.stderr)


def _map(args: argparse.Namespace) -> int:
    from geoevents.io import read_events
    from geoevents.render import render_map, save_map
    from geoevents.render.map import is_local_tiles

    path = Path(args.events)
    if not path.exists():
        return fail(f"{args.events}: no such file or directory")
    problem = unusable_output("-o", args.output, directory=False)
    if problem:
        return fail(problem)
    tiles = args.tiles or "OpenStreetMap"
    if not args.online and args.tiles and not is_local_tiles(args.tiles):
        print(f"geoevents: note: --tiles {args.tiles!r} needs the network; the offline map "
              "is drawn without tiles (give a local file: URL template to have some, or "
              "--online for a page that loads them)", file=sys.stderr)
    try:
        events = _parse_reports(path, args.published) if _is_reports(path, args.input) \
            else read_events(path)
        m = render_map(
            events, by=args.by, title=args.title, offline=not args.online,
            cluster_threshold=args.cluster_threshold, heat=args.heat or False,
            tiles=tiles, choropleth=None if args.choropleth == "none" else args.choropleth,
        )
        out = save_map(m, args.output)
    except ImportError as err:
        return fail(str(err))
    except OptionError as err:
        return fail(str(err))
    except OSError as err:
        return fail(os_problem(err), EXIT_NOTHING)
    except (GeoeventsError, ValueError) as err:  # events or reports it cannot use
        return fail(str(err) if str(args.events) in str(err) else f"{args.events}: {err}",
                    EXIT_NOTHING)
    print(out)
    return EXIT_OK
