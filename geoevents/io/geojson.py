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
from collections.abc import Iterable, Iterator
from typing import IO, Any

from geoevents.io._base import StreamWriter
from geoevents.io._json import dumps
from geoevents.model import Event

__all__ = ["GeoJSONWriter", "to_geojson", "read_geojson", "feature_bytes", "table_to_geojson",
           "table_features"]

_HEADER = b'{"type":"FeatureCollection","features":[\n'
_SEPARATOR = b",\n"
_FOOTER = b"\n]}\n"
_BUFFER = 1 << 20


def _point(lat: Any, lon: Any) -> dict[str, Any] | None:
    if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    return {"type": "Point", "coordinates": [lon, lat]}


def feature_bytes(event: Event) -> bytes:
    """Encode one event as an RFC 7946 Feature (lon/lat; null geometry if unlocated).

    The bytes of ``Event.to_feature()``, written straight to the file's buffer.
    """
    return dumps({"type": "Feature", "geometry": _point(event.latitude, event.longitude),
                  "properties": event.to_dict()})


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
        self.write_features(feature_bytes(event) for event in events)

    def write_features(self, features: Iterable[bytes]) -> None:
        """Append already encoded Features: tables of other rows share the framing."""
        fh = self._fh
        assert fh is not None, "writer is closed"
        for feature in features:
            if self.count:
                fh.write(_SEPARATOR)
            fh.write(feature)
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


def _plain(value: Any) -> Any:
    """A table cell as JSON has it: numpy scalars as Python numbers, missing as null."""
    if hasattr(value, "item"):
        value = value.item()
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    try:
        return None if value != value else value  # pandas' NA and NaT
    except TypeError:  # pd.NA refuses comparison
        return None


def table_features(table: Any) -> Iterator[bytes]:
    """The rows of an events table with extra columns (the incidents of
    :mod:`geoevents.incidents`) encoded as the event writer encodes events: RFC 7946,
    points from ``latitude``/``longitude``, so the same rows always give the same bytes,
    whether the table is written whole or a piece at a time."""
    columns = [c for c in table.columns if c != getattr(table, "_geometry_column_name", None)]
    for row in table[columns].itertuples(index=False, name=None):
        props = {c: _plain(v) for c, v in zip(columns, row, strict=True)}
        yield dumps({"type": "Feature",
                     "geometry": _point(props.get("latitude"), props.get("longitude")),
                     "properties": props})


def table_to_geojson(table: Any, path: str | os.PathLike[str]) -> int:
    """Write an events table with extra columns as :func:`table_features` encodes it, with
    no ``crs`` or layer name. Atomic; returns the number of features."""
    with GeoJSONWriter(path) as writer:
        writer.write_features(table_features(table))
    return writer.count


def read_geojson(path: str | os.PathLike[str]) -> Any:
    """Read a GeoJSON file back to a GeoDataFrame (pyogrio engine).

    ``DATE_AS_STRING`` keeps ``event_date`` as the ISO text that was written, instead of
    GDAL's guess at a datetime type.
    """
    from geoevents._compat import import_optional_dependency

    pyogrio = import_optional_dependency("pyogrio")
    return pyogrio.read_dataframe(path, DATE_AS_STRING="YES")
