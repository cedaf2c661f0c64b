"""Where each day's records stand in a report's list of events.

Folds and tolls that weigh only the records of one record's own day (and kind) look them up
here, not among every record of the report for each record. Below both
:mod:`geoevents.event_merge` and :mod:`geoevents.tolls`, so that each reads the same look-up.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from datetime import date

from geoevents.model import Event

__all__ = ["after", "by_day", "days_between"]


def by_day(events: list[Event], kind: bool = True,
           which: Callable[[Event], bool] | None = None
           ) -> defaultdict[tuple[str | None, str | None], list[int]]:
    """Where in ``events`` each day's records of each kind stand, (event date, event type)
    -> positions in order, or (event date, None) with ``kind`` false; only those ``which``
    holds for, if given (a test of what a fold leaves as it is). A fold that weighs only
    the records of its record's own day (and kind) looks them up, not every record of the
    report for each record. The folds keep both keys of a record they fold another into
    (:func:`geoevents.event_merge.merging.into`, :func:`geoevents.event_merge.placed_at`),
    so the look-up stays true as they go."""
    out: defaultdict[tuple[str | None, str | None], list[int]] = defaultdict(list)
    for j, e in enumerate(events):
        if which is None or which(e):
            out[e.event_date, e.event_type if kind else None].append(j)
    return out


def after(positions: list[int], i: int) -> list[int]:
    """The positions of ``positions`` (in order) after ``i``."""
    return positions[bisect_right(positions, i):]


def days_between(a: str | None, b: str | None) -> int | None:
    """How many days the day ``a`` comes before the day ``b`` (ISO dates; negative where it
    comes after), or None where either is missing or no date. The folds that join a record
    to one told a day or a week before it all count the gap the same way, here."""
    if a is None or b is None:
        return None
    try:
        return (date.fromisoformat(b) - date.fromisoformat(a)).days
    except ValueError:
        return None
