"""Shared output helpers for the sub-commands: JSON or aligned text tables."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["print_json", "print_table", "fail", "positive_int", "iso_date", "unusable_input"]


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """Plain aligned columns: readable in a terminal, easy to grep."""
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    widths = [min(w, 60) for w in widths]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in cells:
        print("  ".join(v[:w].ljust(w) for v, w in zip(row, widths)).rstrip())


def fail(message: str, code: int = 2) -> int:
    print(f"geoevents: error: {message}", file=sys.stderr)
    return code


def positive_int(value: str) -> int:
    """argparse type: an integer of at least 1."""
    import argparse

    try:
        n = int(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"{value!r} is not an integer") from err
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive integer")
    return n


def iso_date(value: str) -> str:
    """argparse type: an ISO date (YYYY-MM-DD)."""
    import argparse

    from geoevents.dates import parse_published

    if parse_published(value) is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not an ISO date (YYYY-MM-DD)")
    return value


def unusable_input(inputs: list[str]) -> str | None:
    """Why an input named on the command line cannot be read at all, if it cannot."""
    from geoevents.io.reports import REPORT_SUFFIXES, unsupported_type

    for item in inputs:
        if item == "-":
            continue
        path = Path(item)
        if not path.exists():
            return f"{item}: no such file or directory"
        if path.is_file() and path.suffix.lower() not in REPORT_SUFFIXES:
            return f"{item}: {unsupported_type(path)}"
    return None
