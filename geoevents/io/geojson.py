"""GeoJSON out and in: a streaming RFC 7946 FeatureCollection writer.

The writer encodes one Feature at a time straight to disk, so a run of any size needs
memory for one event only; geopandas' ``to_file`` needs the whole table first. Features
are written in input order with a fixed key order (``type``, ``geometry``,
``properties`` in ``Event`` field order), coordinates as ``[lon, lat]`` and no ``crs``
member (RFC 7946 section 4), so the same events always give the same bytes.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from typing import IO, Any

from geoevents.io._base import StreamWriter
from geoevents.io._json import dumps
from geoevents.model import EVENT_FIELDS, Event

__all__ = ["GeoJSONWriter", "to_geojson", "read_geojson", "feature_bytes"]

_HEADER = b'{"type":"FeatureCollection","features":[\n'
_SEPARATOR = b",\n"
_FOOTER = b"\n]}\n"
_BUFFER = 1 << 20


def feature_bytes(event: Event) -> bytes:
    """Encode one event as an RFC 7946 Feature (lon/lat; null geometry if unlocated).

    Equivalent to ``Event.to_feature()`` but builds the properties directly instead of
    going through ``dataclasses.asdict``'s deep copy, which dominates export time.
    """
    props = {name: getattr(event, name) for name in EVENT_FIELDS}
    lat, lon = event.latitude, event.longitude
    geometry = None
    if lat is not None and lon is not None and math.isfinite(lat) and math.isfinite(lon):
        geometry = {"type": "Point", "coordinates": [lon, lat]}
    return dumps({"type": "Feature", "geometry": geometry, "properties": props})


class GeoJSONWriter(StreamWriter):
    """Write events to a GeoJSON FeatureCollection as they arrive.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "events.geojson"
    >>> with GeoJSONWriter(out) as w:
    ...     w.write_events([])
    >>> out.read_text()
    '{"type":"FeatureCollection","features":[\\n\\n]}\\n'
    """

    format = "geojson"

    def __init__(self, path: str | os.PathLike[str], *, chunk_size: int | None = None):
        super().__init__(path, chunk_size=chunk_size)
        self._fh: IO[bytes] | None = open(self.tmp, "wb", buffering=_BUFFER)  # noqa: SIM115
        self._fh.write(_HEADER)

    def write_events(self, events: Iterable[Event]) -> None:
        # No buffering of records: encode and hand bytes to the file buffer at once.
        fh = self._fh
        assert fh is not None, "writer is closed"
        for event in events:
            if self.count:
                fh.write(_SEPARATOR)
            fh.write(feature_bytes(event))
            self.count += 1

    def _flush_events(self, events: list[Event]) -> None:  # pragma: no cover - unbuffered
        self.write_events(events)

    def _finish(self) -> None:
        assert self._fh is not None
        self._fh.write(_FOOTER)
        self._cleanup()


def to_geojson(events: Iterable[Event], path: str | os.PathLike[str]) -> int:
    """Write ``events`` to ``path`` atomically; return the number of features."""
    with GeoJSONWriter(path) as writer:
        writer.write_events(events)
    return writer.count


def read_geojson(path: str | os.PathLike[str]) -> Any:
    """Read a GeoJSON file back to a GeoDataFrame (pyogrio engine).

    ``DATE_AS_STRING`` keeps ``event_date`` as the ISO text that was written, instead of
    GDAL's guess at a datetime type.
    """
    from geoevents._compat import import_optional_dependency

    pyogrio = import_optional_dependency("pyogrio", "geo")
    return pyogrio.read_dataframe(path, DATE_AS_STRING="YES")
