"""The record of one count found in a report.

Kept apart from the rules that find counts, so that every step of the package, and the
modules that total an event's dead and hurt (``geoevents.tolls``, ``geoevents.units``),
share one type.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Casualty:
    """A count of killed or injured people found at ``start:end`` of the report."""

    kind: str  # "killed" | "injured"
    count: int | None
    start: int
    end: int
    text: str
    victim: str | None
    cumulative: bool
