"""Typed errors: one root, narrow subclasses that also inherit the matching builtin.

Callers can catch ``GeoeventsError`` for anything raised here, or the builtin
(``ValueError``, ``OSError``) when they do not care about the library.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = [
    "GeoeventsError",
    "QueryError",
    "ReportFormatError",
    "GazetteerDataError",
    "ExportError",
    "OptionError",
    "ParserCrashError",
    "NoReportsError",
]


class GeoeventsError(Exception):
    """Root of every error raised by geoevents."""


class QueryError(GeoeventsError, ValueError):
    """A geocoding query that cannot be looked up (empty, too long, not a string)."""


class ReportFormatError(GeoeventsError, ValueError):
    """A report record that cannot be read; the message names the record."""


class GazetteerDataError(GeoeventsError, ValueError):
    """The shipped gazetteer data is missing or inconsistent."""


class ExportError(GeoeventsError, OSError):
    """An output file could not be written."""


class OptionError(GeoeventsError, ValueError):
    """A string option outside its allowed values; the message lists them."""


class ParserCrashError(GeoeventsError, RuntimeError):
    """The parser failed on a report it should have taken (a bug, not bad input); the
    message names the record and carries the traceback."""


class NoReportsError(GeoeventsError, ValueError):
    """No report of the input could be read, so nothing was written: the outputs of an
    earlier run are left as they were, not replaced by empty ones. The message says why
    (the records rejected, the files skipped); ``rejected`` and ``crashed`` count the
    records, and ``records`` holds the first of them as ``errors.jsonl`` would."""

    def __init__(self, message: str, *, rejected: int = 0, crashed: int = 0,
                 records: Sequence[dict[str, Any]] = ()) -> None:
        super().__init__(message)
        self.rejected = rejected
        self.crashed = crashed
        self.records = list(records)


def check_option(name: str, value: str, allowed: tuple[str, ...]) -> str:
    """Validate a string option up front, shapely-style."""
    if value not in allowed:
        raise OptionError(f"{name}={value!r} is not valid; choose one of {', '.join(allowed)}")
    return value


def check_iso_date(name: str, value: object) -> str:
    """Validate a date option (YYYY-MM-DD) up front, before any output is touched."""
    from datetime import date

    try:
        date.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise OptionError(f"{name}={value!r} is not an ISO date (YYYY-MM-DD)") from None
    return value  # type: ignore[return-value]
