"""``geoevents geocode QUERY`` and ``geoevents reverse LAT LON``."""

from __future__ import annotations

import argparse

from geoevents.cli._exit import EXIT_NOTHING, EXIT_OK
from geoevents.cli._output import fail, positive_int, print_json, print_table
from geoevents.errors import QueryError
from geoevents.geocoder import MAX_REVERSE_KM, GazaGeocoder

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's sub-command(s) to the ``geoevents`` parser."""
    p = sub.add_parser("geocode", help="geocode a place name with the embedded gazetteer",
                       description="Look a place name up in the embedded Gaza gazetteer "
                                   "(any common spelling; fuzzy for unknown ones).")
    p.add_argument("query", help='place name, e.g. "Shujaiyya" or "Jabalia refugee camp"')
    p.add_argument("-n", "--limit", type=positive_int, default=1,
                   help="candidates to show (default 1)")
    p.add_argument("--no-fuzzy", action="store_true", help="exact spellings only")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_geocode)

    r = sub.add_parser("reverse", help="nearest gazetteer place to a point",
                       description="Nearest in-Strip place and containing governorate.")
    r.add_argument("lat", type=float)
    r.add_argument("lon", type=float)
    r.add_argument("--json", action="store_true", help="print JSON")
    r.set_defaults(func=_reverse)


def _rows(locations) -> list[dict]:
    return [{"name": loc.raw["name"], "lat": loc.latitude, "lon": loc.longitude,
             "class": loc.raw["feature_class"], "governorate": loc.raw["governorate"],
             "id": loc.raw["id"], "score": loc.raw["score"], "address": loc.address,
             "reason": loc.raw.get("reason")} for loc in locations]


def _geocode(args: argparse.Namespace) -> int:
    geocoder = GazaGeocoder(fuzzy=not args.no_fuzzy)
    try:
        found = geocoder.geocode(args.query, exactly_one=False, limit=args.limit)
    except QueryError as err:
        return fail(str(err))
    if not found:
        if args.json:
            print_json([])
        return fail(f"no place found for {args.query!r}", EXIT_NOTHING)
    rows = _rows(found[: args.limit])
    if args.json:
        print_json([{**r, "raw": loc.raw} for r, loc in zip(rows, found)])
    else:
        print_table(rows, ["name", "lat", "lon", "class", "governorate", "id", "score"])
        if rows[0]["reason"] and args.limit > 1:
            print(f"\nnote: {rows[0]['reason']}")
    return EXIT_OK


def _reverse(args: argparse.Namespace) -> int:
    try:
        loc = GazaGeocoder().reverse((args.lat, args.lon))
    except QueryError as err:
        return fail(str(err))
    if loc is None:
        if args.json:
            print_json(None)
        return fail(f"no place: ({args.lat}, {args.lon}) is more than {MAX_REVERSE_KM:g} km "
                    "from the Gaza Strip (is it lat, lon in that order?)", EXIT_NOTHING)
    if args.json:
        print_json({"address": loc.address, "lat": loc.latitude, "lon": loc.longitude,
                    "raw": loc.raw})
    else:
        print(f"{loc.address}  ({loc.raw['distance_m']:.0f} m away; governorate: "
              f"{loc.raw['containing_governorate']}; in the Strip: {loc.raw['in_strip']})")
    return EXIT_OK
