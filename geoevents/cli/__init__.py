"""The ``geoevents`` command: a thin layer over the Python API.

Each sub-command lives in its own module with a ``register(subparsers)`` function that
adds its parser and sets ``func`` (returning the exit code).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from geoevents.cli._exit import EXIT_CODES_HELP, EXIT_OK, EXIT_USAGE

__all__ = ["main", "build_parser"]

_COMMAND_MODULES = ("geocode_cmd", "gazetteer_cmd", "parse_cmd", "evaluate_cmd", "run_cmd",
                    "map_cmd")


def build_parser() -> argparse.ArgumentParser:
    """The ``geoevents`` argument parser with every sub-command registered."""
    from geoevents import __version__

    parser = argparse.ArgumentParser(
        prog="geoevents",
        description="Turn conflict reports about the Gaza Strip into mapped, dated events\n"
                    "(offline gazetteer, place mentions, ACLED-style events, GeoJSON, maps).",
        epilog=f"Run 'geoevents COMMAND --help' for a command's options.\n\n{EXIT_CODES_HELP}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"geoevents {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(f"geoevents.cli.{name}")
        except ModuleNotFoundError as err:
            if err.name != f"geoevents.cli.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code, one convention for every command (see
    :mod:`geoevents.cli._exit`): 0 done, records skipped with a warning included; 1 nothing
    could be done; 2 a usage error; 3 the parser crashed on a report."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args) or EXIT_OK)
    except BrokenPipeError:  # e.g. `geoevents gazetteer list | head`
        return EXIT_OK
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
