"""``geoevents gazetteer search|list|show``: browse the embedded gazetteer."""

from __future__ import annotations

import argparse

from geoevents.cli._exit import EXIT_NOTHING, EXIT_OK
from geoevents.cli._output import fail, positive_int, print_json, print_table
from geoevents.errors import QueryError
from geoevents.gazetteer import Gazetteer

__all__ = ["register"]

_COLUMNS = ["id", "name", "feature_class", "governorate", "lat", "lon"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's sub-command(s) to the ``geoevents`` parser."""
    p = sub.add_parser("gazetteer", help="search, list or show gazetteer places",
                       description="Browse the embedded gazetteer of Gaza places.")
    gsub = p.add_subparsers(dest="gazetteer_command", metavar="ACTION", required=True)

    s = gsub.add_parser("search", help="ranked candidates for a name")
    s.add_argument("query", help='place name, any spelling, e.g. "Khan Younes"')
    s.add_argument("-n", "--limit", type=positive_int, default=10,
                   help="at most this many candidates (default 10; fewer when one name "
                        "matches exactly)")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(func=_search)

    ls = gsub.add_parser("list", help="list places")
    ls.add_argument("--class", dest="feature_class", help="only this feature class")
    ls.add_argument("--governorate",
                    help="only this governorate: its name or another the gazetteer gives it "
                         "(\"Middle Area\", \"Khan Yunis\"), in any case")
    ls.add_argument("--outside", action="store_true", help="places outside the Strip")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(func=_list)

    sh = gsub.add_parser("show", help="one place, by id or name")
    sh.add_argument("place", help="place id (e.g. neighbourhood:shujaiyya) or name")
    sh.add_argument("--json", action="store_true", help="print JSON")
    sh.set_defaults(func=_show)


def _search(args: argparse.Namespace) -> int:
    try:
        cands = Gazetteer.default().lookup(args.query, limit=args.limit)
    except QueryError as err:
        return fail(str(err))
    rows = [{**{c: getattr(cand.place, c) for c in _COLUMNS}, "score": cand.score,
             "match": cand.match, "reason": cand.reason} for cand in cands]
    if args.json:
        print_json(rows)
    elif rows:
        print_table(rows, _COLUMNS + ["score", "match"])
        if rows[0]["reason"]:
            print(f"\nnote: {rows[0]['reason']}")
    return EXIT_OK if rows else EXIT_NOTHING


def _list(args: argparse.Namespace) -> int:
    gaz = Gazetteer.default()
    classes = {p.feature_class for p in gaz}
    if args.feature_class and args.feature_class.casefold() not in \
            {c.casefold() for c in classes}:
        return fail(f"--class {args.feature_class!r} is not one the gazetteer has; choose one "
                    f"of {', '.join(sorted(classes))}")
    governorate = args.governorate and gaz.governorate_named(args.governorate)
    if args.governorate and not governorate:
        return fail(f"--governorate {args.governorate!r} is not one the gazetteer has; choose "
                    f"one of {', '.join(gaz.governorates)}, or another of their names "
                    "(such as Middle Area for Deir al-Balah), in any case")
    places = [p for p in gaz
              if p.in_gaza != args.outside
              and (not args.feature_class or
                   p.feature_class.casefold() == args.feature_class.casefold())
              and (not governorate or p.governorate == governorate)]
    rows = [{c: getattr(p, c) for c in _COLUMNS} for p in places]
    if args.json:
        print_json(rows)
    else:
        print_table(rows, _COLUMNS)
        print(f"\n{len(rows)} places")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    gaz = Gazetteer.default()
    place = gaz.get(args.place)
    if place is None:
        try:
            cands = gaz.lookup(args.place, limit=1)
        except QueryError as err:
            return fail(str(err))
        if not cands:
            return fail(f"no place {args.place!r}", EXIT_NOTHING)
        place = cands[0].place
    rec = place.to_dict()
    if args.json:
        print_json(rec)
    else:
        for k, v in rec.items():
            print(f"{k:>13}: {', '.join(v) if isinstance(v, list) else v}")
    return EXIT_OK
