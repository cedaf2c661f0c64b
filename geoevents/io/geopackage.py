"""GeoPackage out and in (pyogrio): layer ``events`` and layer ``mentions``.

Chunks are appended with ``pyogrio.write_arrow``, so the file grows as the run goes and
memory stays bounded by one chunk. Both layers always exist, even when empty, so a
consumer can open them without checking.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from geoevents._compat import import_optional_dependency
from geoevents.io._base import StreamWriter
from geoevents.io._columns import (
    event_schema,
    events_to_arrow,
    mention_schema,
    mentions_to_arrow,
    normalize_events_frame,
)
from geoevents.model import Event, Mention

__all__ = ["GeoPackageWriter", "to_geopackage", "read_geopackage", "EVENTS_LAYER", "MENTIONS_LAYER"]

EVENTS_LAYER = "events"
MENTIONS_LAYER = "mentions"


class GeoPackageWriter(StreamWriter):
    """Stream events (and mentions) into a GeoPackage."""

    format = "gpkg"
    has_mentions = True
    default_chunk_size = 20_000

    def __init__(self, path: str | os.PathLike[str], *, chunk_size: int | None = None):
        super().__init__(path, chunk_size=chunk_size)
        self._pyogrio = import_optional_dependency("pyogrio")
        self._layers: set[str] = set()

    def _append(self, table: Any, layer: str) -> None:
        self._pyogrio.write_arrow(
            table,
            self.tmp,
            layer=layer,
            driver="GPKG",
            geometry_name="geometry",
            geometry_type="Point",
            crs="EPSG:4326",
            append=bool(self._layers),
        )
        self._layers.add(layer)

    def _flush_events(self, events: list[Event]) -> None:
        self._append(events_to_arrow(events, with_geo_metadata=False), EVENTS_LAYER)

    def _flush_mentions(self, mentions: list[tuple[str | None, Mention]]) -> None:
        self._append(mentions_to_arrow(mentions, with_geo_metadata=False), MENTIONS_LAYER)

    def _finish(self) -> None:
        if EVENTS_LAYER not in self._layers:
            self._append(event_schema(False).empty_table(), EVENTS_LAYER)
        if MENTIONS_LAYER not in self._layers:
            self._append(mention_schema(False).empty_table(), MENTIONS_LAYER)


def to_geopackage(
    events: Iterable[Event], path: str | os.PathLike[str], *, chunk_size: int | None = None
) -> int:
    """Write ``events`` to a GeoPackage atomically; return the row count."""
    with GeoPackageWriter(path, chunk_size=chunk_size) as writer:
        writer.write_events(events)
    return writer.count


def read_geopackage(path: str | os.PathLike[str], layer: str = EVENTS_LAYER) -> Any:
    """Read the events layer (or ``layer="mentions"``) back to a GeoDataFrame."""
    pyogrio = import_optional_dependency("pyogrio")
    gdf = pyogrio.read_dataframe(path, layer=layer)
    return normalize_events_frame(gdf) if layer == EVENTS_LAYER else gdf
