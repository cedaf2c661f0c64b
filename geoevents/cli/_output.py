"""Shared output helpers for the sub-commands: JSON or aligned text tables."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from geoevents.cli._exit import EXIT_USAGE

__all__ = ["print_json", "print_table", "fail", "positive_int", "iso_date", "unusable_input",
           "unusable_output", "os_problem"]


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


def fail(message: str, code: int = EXIT_USAGE) -> int:
    """Say what went wrong on stderr, one way for every command; return the exit code."""
    print(f"geoevents: error: {message}", file=sys.stderr)
    return code


def os_problem(err: OSError) -> str:
    """An OSError in words that name its file ("out: Permission denied"), not Python's
    "[Errno 13] Permission denied: 'out'"."""
    if err.strerror is None:
        return str(err)  # one of ours (ExportError), already in words
    return f"{err.filename}: {err.strerror}" if err.filename is not None else err.strerror


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


def unusable_input(inputs: list[str], *, reports: bool = True) -> str | None:
    """Why an input named on the command line cannot be read at all, if it cannot: it does
    not exist, or it is not of a kind of reports (``reports``), or, for a file of another
    kind (a gold file), it is a directory."""
    from geoevents.io.reports import REPORT_SUFFIXES, unsupported_type

    for item in inputs:
        if item == "-" and reports:
            continue
        path = Path(item)
        if not path.exists():
            return f"{item}: no such file or directory"
        if reports and path.is_file() and path.suffix.lower() not in REPORT_SUFFIXES:
            return f"{item}: {unsupported_type(path)}"
        if not reports and path.is_dir():
            return f"{item}: is a directory; give a file"
    return None


def unusable_output(option: str, value: str, *, directory: bool) -> str | None:
    """Why an output path cannot be written as asked, before anything is read: a file
    where a directory is wanted (``--out``), or a directory where a file is (``-o``)."""
    path = Path(value)
    if directory and path.exists() and not path.is_dir():
        return f"{option} {value}: is a file, not a directory"
    if not directory and path.is_dir():
        return f"{option} {value}: is a directory; give the path of the file to write"
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                return f"{option} {value}: {parent} is a file, not a directory"
            break
    return None
