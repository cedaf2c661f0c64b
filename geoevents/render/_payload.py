"""Events -> one compact, escaped data array for the browser.

Sending one array (plus a string table, because evidence sentences, sources and places
repeat across events) instead of one Python ``Marker`` per event is what keeps 100k
events within a few megabytes and seconds. Every string from a report reaches the page
only inside this JSON, with ``<``, ``>``, ``&`` and ``'`` escaped as folium's
``_to_escaped_json`` does; the page then inserts it with ``textContent``, never as HTML.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import json
import math
import re
from array import array
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from geoevents.errors import ReportFormatError
from geoevents.model import EVENT_FIELDS, Event
from geoevents.render import _polygons
from geoevents.render._style import type_index

__all__ = ["EventRecords", "PayloadBuilder", "checked_rows", "to_records", "build_payload",
           "escaped_json", "safe_url", "pack"]

UNDATED = "undated"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _listed(obj: Any) -> list[Any]:
    """``array`` columns as JSON lists, one column at a time."""
    if isinstance(obj, array):
        return obj.tolist()
    raise TypeError(f"{type(obj).__name__} is not JSON serializable")


def escaped_json(obj: Any) -> str:
    """JSON that is safe inside ``<script>``: no ``</script>``, no HTML entity tricks."""
    return (
        json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False,
                   default=_listed)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("'", "\\u0027")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def pack(text: str) -> str:
    """gzip + base64: evidence sentences are mostly distinct, so a 100k-event page is
    ~20 MB as JSON but ~3 MB packed. Base64 has no character that HTML or JS can
    misread. ``mtime=0`` keeps the output byte-identical across runs."""
    return base64.b64encode(gzip.compress(text.encode("utf-8"), 6, mtime=0)).decode("ascii")


def safe_url(url: object) -> str | None:
    """The URL if it is an absolute http(s) URL, else None: no link is better than a
    ``javascript:`` or ``data:`` one taken from a report."""
    if not isinstance(url, str):
        return None
    return _safe_url(url)


@lru_cache(maxsize=65536)
def _safe_url(url: str) -> str | None:
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(c.isspace() or ord(c) < 32 for c in url):
        return None
    return url


def _clean(value: Any) -> Any:
    """pandas/numpy missing values and scalars -> plain Python, None for missing."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        with contextlib.suppress(ValueError, AttributeError):
            value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value.isoformat()[:10]
    return value


_FRAME_SLICE = 10_000


def _frame_rows(frame: Any) -> Iterator[dict[str, Any]]:
    """A (Geo)DataFrame's rows as dicts, a slice at a time: ``to_dict("records")`` on the
    whole frame would hold a dict per event next to the frame."""
    if hasattr(frame, "geometry") and "latitude" not in frame.columns:
        frame = frame.assign(latitude=frame.geometry.y, longitude=frame.geometry.x)
    geom = getattr(frame, "_geometry_column_name", None)
    if geom in frame.columns:
        frame = frame.drop(columns=[geom])
    for start in range(0, len(frame), _FRAME_SLICE):
        yield from frame.iloc[start:start + _FRAME_SLICE].to_dict("records")


def _rows(events: Any) -> Iterable[Any]:
    if hasattr(events, "to_dict") and hasattr(events, "columns"):
        return _frame_rows(events)
    return events


@dataclass
class EventRecords:
    """Validated rows ready to draw, and the ones that cannot be placed on a map."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    unmapped: int = 0


def _number(rec: Mapping[str, Any], name: str, ident: str, lo: float, hi: float) -> float | None:
    value = _clean(rec.get(name))
    if value is None:
        return None
    try:
        value = float(value)
    except (TypeError, ValueError) as err:
        raise ReportFormatError(f"event {ident}: {name}={value!r} is not a number") from err
    if not lo <= value <= hi:
        raise ReportFormatError(f"event {ident}: {name}={value} is outside [{lo}, {hi}]")
    return value


def _count(rec: Mapping[str, Any], name: str, ident: str) -> int | None:
    value = _number(rec, name, ident, 0, 1e9)
    return None if value is None else int(value)


def checked_rows(events: Any) -> Iterator[dict[str, Any] | None]:
    """Check and normalise events one at a time (``Event`` records, mappings or a
    (Geo)DataFrame); ``None`` stands for an event without coordinates.

    A generator, so that a map of any number of events never holds them all as dicts.
    Raises ``ReportFormatError`` naming the event when a value cannot be drawn.
    """
    for i, raw in enumerate(_rows(events)):
        yield _checked(raw, i)


def _checked(raw: Any, i: int) -> dict[str, Any] | None:
    if isinstance(raw, Event):
        rec = Event.to_dict(raw)
    elif isinstance(raw, Mapping):
        rec = {k: _clean(raw.get(k)) for k in EVENT_FIELDS}
    else:
        raise ReportFormatError(f"event #{i}: expected an Event or a mapping, got {raw!r}")
    ident = str(rec.get("event_id") or f"#{i}")
    lat = _number(rec, "latitude", ident, -90, 90)
    lon = _number(rec, "longitude", ident, -180, 180)
    if lat is None or lon is None:
        return None
    date = rec.get("event_date")
    if date is not None and not _ISO_DATE.fullmatch(str(date)[:10]):
        raise ReportFormatError(f"event {ident}: event_date={date!r} is not an ISO date")
    rec.update(
        latitude=lat,
        longitude=lon,
        fatalities=_count(rec, "fatalities", ident),
        injuries=_count(rec, "injuries", ident),
        geo_precision=int(_number(rec, "geo_precision", ident, 1, 3) or 1),
        confidence=_number(rec, "confidence", ident, 0, 1),
        event_date=str(date)[:10] if date else None,
        url=safe_url(rec.get("url")),
    )
    return rec


def to_records(events: Any) -> EventRecords:
    """Check and normalise events into a list (see :func:`checked_rows`).

    Raises ``ReportFormatError`` naming the event when a value cannot be drawn.
    """
    out = EventRecords()
    for rec in checked_rows(events):
        if rec is None:
            out.unmapped += 1
        else:
            out.rows.append(rec)
    return out


class _Strings:
    """A string table: each distinct string is sent once and referenced by index."""

    def __init__(self) -> None:
        self.items: list[str] = [""]
        self._index: dict[str, int] = {"": 0}

    def __call__(self, value: Any) -> int:
        if value is None:
            return 0
        value = str(value)
        idx = self._index.get(value)
        if idx is None:
            idx = self._index[value] = len(self.items)
            self.items.append(value)
        return idx


def _region_index(rec: Mapping[str, Any], regions: list[_polygons.Area],
                  areas: tuple[_polygons.Area, ...] | None) -> int:
    """Index of the polygon a region-level event refers to, -1 for none."""
    if rec["geo_precision"] != 3:
        return -1
    area = _polygons.match_area(rec.get("place_id"), rec.get("location"), areas=areas)
    if area is None:
        return -1
    if area not in regions:
        regions.append(area)
    return regions.index(area)


_INT_COLUMNS = ("day", "grp", "type", "tname", "sub", "fat", "inj", "loc", "prec", "adm",
                "a1", "a2", "notes", "src", "url", "region", "eid", "rid", "conf")
# Past this many dated days, the date layers are months (then years): the layer control
# lists one check box per layer, and 600 days made a list 15,000 px long. The slider
# still picks single days.
MAX_DATE_LAYERS = 31
_DATE_UNITS = (("day", 10), ("month", 7), ("year", 4))


def _by_day(day: str) -> tuple[bool, str]:
    return day == UNDATED, day


class PayloadBuilder:
    """The page's columnar arrays, built one event at a time.

    Columns are ``array`` s of machine ints and doubles (a few bytes per event, not a
    Python object per cell) and strings are kept once in the string table, so the memory a
    map needs grows with the page it writes, not with a table of every event. Days and
    groups get their final (sorted) numbers in :meth:`finish`, when all are known.
    """

    def __init__(self, by: str, areas: tuple[_polygons.Area, ...] | None = None) -> None:
        self.by = by
        self.areas = areas
        self.strings = _Strings()
        self.regions: list[_polygons.Area] = []
        self.cols: dict[str, array] = {"lat": array("d"), "lon": array("d")}
        self.cols.update((k, array("i")) for k in _INT_COLUMNS)
        self._days: dict[str, int] = {}
        self._types: dict[str, int] = {}
        self.unmapped = 0
        self._finished: tuple[dict[str, Any], list[str]] | None = None
        self._south = self._west = math.inf
        self._north = self._east = -math.inf

    def add(self, r: Mapping[str, Any] | None) -> None:
        """Append one checked event (a row of :func:`checked_rows`; None is counted as
        an event without coordinates)."""
        if self._finished is not None:
            raise RuntimeError("PayloadBuilder.add after finish(): the days are numbered")
        if r is None:
            self.unmapped += 1
            return
        s, cols = self.strings, self.cols
        day = self._days.setdefault(r["event_date"] or UNDATED, len(self._days))
        kind = self._types.setdefault(r["event_type"] or "", len(self._types))
        lat, lon = r["latitude"], r["longitude"]
        self._south, self._north = min(self._south, lat), max(self._north, lat)
        self._west, self._east = min(self._west, lon), max(self._east, lon)
        cols["lat"].append(round(lat, 5))
        cols["lon"].append(round(lon, 5))
        cols["day"].append(day)
        cols["grp"].append(kind)  # by date: set from the day in finish()
        cols["type"].append(type_index(r["event_type"]))
        cols["tname"].append(s(r["event_type"]))
        cols["sub"].append(s(r["sub_event_type"]))
        cols["fat"].append(-1 if r["fatalities"] is None else r["fatalities"])
        cols["inj"].append(-1 if r["injuries"] is None else r["injuries"])
        cols["loc"].append(s(r["location"]))
        cols["prec"].append(r["geo_precision"])
        cols["adm"].append(s(r["admin1"]))
        cols["a1"].append(s(r["actor1"]))
        cols["a2"].append(s(r["actor2"]))
        cols["notes"].append(s(r["notes"]))
        cols["src"].append(s(r["source"]))
        cols["url"].append(s(r["url"]))
        cols["region"].append(_region_index(r, self.regions, self.areas))
        cols["eid"].append(s(r["event_id"]))
        cols["rid"].append(s(r["report_id"]))
        cols["conf"].append(_percent(r["confidence"]))

    @property
    def n(self) -> int:
        return len(self.cols["lat"])

    @property
    def types(self) -> list[str]:
        """The event types present, sorted ("" for none)."""
        return sorted(self._types)

    @property
    def bounds(self) -> list[list[float]] | None:
        """``[[south, west], [north, east]]`` of the events, None when there are none."""
        return [[self._south, self._west], [self._north, self._east]] if self.n else None

    def finish(self) -> tuple[dict[str, Any], list[str]]:
        """The payload for ``geoevents.js`` and its layer keys in order (the same objects
        on every call: numbering renumbers the columns in place, once)."""
        if self._finished is not None:
            return self._finished
        days = sorted(self._days, key=_by_day)
        _renumber(self.cols["day"], self._days, days)
        if self.by == "date":
            groups, of_day = date_groups(days)
            grp, day = self.cols["grp"], self.cols["day"]
            for k, d in enumerate(day):
                grp[k] = of_day[d]
        else:
            groups = self.types
            _renumber(self.cols["grp"], self._types, groups)
        payload = {
            "days": days,
            "strings": self.strings.items,
            "cols": self.cols,
            "regions": [{"name": a.name, "rings": a.latlng_rings()} for a in self.regions],
            "n": self.n,
        }
        self._finished = payload, groups
        return self._finished


def date_groups(days: list[str]) -> tuple[list[str], list[int]]:
    """Layer keys for sorted ``days`` and the layer of each day: the days themselves, or
    months, or years, the finest that gives at most ``MAX_DATE_LAYERS`` layers of dated
    events ("undated" stays a layer of its own)."""
    dated = [d for d in days if d != UNDATED]
    for _unit, width in _DATE_UNITS:
        if len({d[:width] for d in dated}) <= MAX_DATE_LAYERS:
            break
    keys = [d if d == UNDATED else d[:width] for d in days]
    groups = list(dict.fromkeys(keys))  # sorted as the days are, "undated" last
    index = {g: i for i, g in enumerate(groups)}
    return groups, [index[k] for k in keys]


def _percent(value: float | None) -> int:
    """Confidence 0..1 as a whole percentage for the page, -1 when missing."""
    return -1 if value is None else round(value * 100)


def _renumber(column: array, first_seen: dict[str, int], ordered: list[str]) -> None:
    """Replace first-seen numbers by positions in ``ordered``, in place."""
    new = [0] * len(ordered)
    for pos, key in enumerate(ordered):
        new[first_seen[key]] = pos
    for k, old in enumerate(column):
        column[k] = new[old]


def build_payload(rows: Iterable[Mapping[str, Any]], by: str,
                  areas: tuple[_polygons.Area, ...] | None = None
                  ) -> tuple[dict[str, Any], list[str]]:
    """Columnar arrays for ``geoevents.js`` and the layer keys (days or types) in order;
    region events are drawn as their polygon of the shipped areas, or of ``areas``."""
    builder = PayloadBuilder(by, areas)
    for r in rows:
        builder.add(r)
    return builder.finish()
