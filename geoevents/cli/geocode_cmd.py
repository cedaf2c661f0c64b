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

    r = sub.add_parser(
        "reverse", help="nearest gazetteer place to a point",
        description="The place the gazetteer knows nearest to a point, and the governorate "
                    "that contains the point. For a point in the Strip the place is one of "
                    "the Strip's; for a point outside it, the nearest place on either side "
                    f"of the fence (Sderot for a point in Sderot), up to {MAX_REVERSE_KM:g} km "
                    "away, else none (exit 1). The place's address names where the place "
                    "is; the note after it says where the point is.")
    r.add_argument("lat", type=float, help="latitude in degrees, e.g. 31.5006")
    r.add_argument("lon", type=float, help="longitude in degrees, e.g. 34.47")
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
        return fail(f"no place: ({args.lat}, {args.lon}) is outside the Strip and more than "
                    f"{MAX_REVERSE_KM:g} km from any place the gazetteer knows (is it lat, lon "
                    "in that order?)", EXIT_NOTHING)
    if args.json:
        print_json({"address": loc.address, "lat": loc.latitude, "lon": loc.longitude,
                    "raw": loc.raw})
    else:
        print(f"{loc.address}  ({loc.raw['distance_m']:.0f} m away; {_where_the_point_is(loc)})")
    return EXIT_OK


def _where_the_point_is(loc) -> str:
    """Where the point lies, told apart from the place's address: the nearest place to a
    point just off the coast is in the Strip while the point is not."""
    if not loc.raw["in_strip"]:
        return "the point itself is outside the Strip"
    gov = loc.raw["containing_governorate"]
    if gov is None:
        return "the point is in the Strip"
    return f"the point is in the Strip, in {gov}" + ("" if "overnorate" in gov else
                                                      " Governorate")
