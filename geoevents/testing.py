"""Public test helpers, like ``geopandas.testing``: compare events across formats.

Formats store the same events with different native types (GDAL's int32, pandas'
nullable Int64, NaN vs None), so comparison goes through ``Event`` records, field by
field, with a tolerance for floats.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from geoevents.model import EVENT_FIELDS, Event

__all__ = ["assert_events_equal"]


def _as_events(obj: Any) -> list[Event]:
    if hasattr(obj, "geometry") and hasattr(obj, "columns"):
        from geoevents.table import events_from_geodataframe

        return events_from_geodataframe(obj)
    return list(obj)


def _same(a: Any, b: Any, atol: float) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        if a is None or b is None:
            return a is None and b is None
        if math.isnan(a) and math.isnan(b):
            return True
        return math.isclose(a, b, rel_tol=0.0, abs_tol=atol)
    return a == b


def assert_events_equal(
    left: Iterable[Event] | Any,
    right: Iterable[Event] | Any,
    *,
    check_order: bool = True,
    atol: float = 1e-9,
) -> None:
    """Raise ``AssertionError`` naming the first differing event and field.

    ``left`` and ``right`` are iterables of :class:`~geoevents.model.Event` or
    GeoDataFrames as returned by ``geoevents.io.read_events``.

    Examples
    --------
    >>> assert_events_equal([], [])
    """
    a, b = _as_events(left), _as_events(right)
    if len(a) != len(b):
        raise AssertionError(f"different number of events: {len(a)} != {len(b)}")
    if not check_order:
        a = sorted(a, key=lambda e: e.event_id)
        b = sorted(b, key=lambda e: e.event_id)
    for i, (x, y) in enumerate(zip(a, b)):
        for name in EVENT_FIELDS:
            vx, vy = getattr(x, name), getattr(y, name)
            if not _same(vx, vy, atol):
                raise AssertionError(
                    f"event {i} ({x.event_id!r}) differs in {name!r}: {vx!r} != {vy!r}"
                )
