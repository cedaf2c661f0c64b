"""The record types every stage shares: Place, Mention, Event, ParsedReport.

Each stage of the pipeline (gazetteer -> mentions -> events -> table -> exports/maps)
reads and writes only these frozen records, so a stage can be tested, replaced or run on
another machine (Dask) without knowing about the others. Field names follow
``conventions.md``: outside evaluation scripts and notebooks rely on them.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "Place",
    "Mention",
    "Event",
    "ParsedReport",
    "EVENT_FIELDS",
    "MENTION_FIELDS",
    "placed_wide",
]


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer row.

    ``kind`` is ``"region"`` for places that are areas in the way reports use them
    (the Strip, governorates, "northern Gaza", corridors): an event placed there is not a
    point and must not be drawn as one.
    """

    id: str
    name: str
    feature_class: str
    lat: float
    lon: float
    in_gaza: bool
    kind: str = "point"
    governorate: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    geonames_id: int | None = None
    has_polygon: bool = False
    source: str = ""
    licence: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["aliases"] = list(self.aliases)
        return d


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of report text that names (or looks like it names) a place.

    ``start``/``end`` are offsets into the original text, so ``text[start:end] ==
    surface``. ``place_id`` is None for a capitalised toponym-like candidate the gazetteer
    does not know: it stays visible instead of being dropped. ``reason`` says why this
    place was chosen when the name was ambiguous, and ``qualifier`` keeps a direction
    ("northern", "east of") that narrows the place.
    """

    surface: str
    start: int
    end: int
    place_id: str | None
    name: str | None
    lat: float | None
    lon: float | None
    kind: str | None
    in_gaza: bool
    feature_class: str | None
    governorate: str | None
    confidence: float
    qualifier: str | None = None
    reason: str | None = None
    alternatives: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["alternatives"] = list(self.alternatives)
        return d


@dataclass(frozen=True, slots=True)
class Event:
    """One dated, located, typed event, with ACLED's field names.

    ``notes`` holds the evidence sentence verbatim: every event can be traced back to the
    words that produced it.
    """

    event_id: str
    report_id: str | None
    event_date: str | None
    time_precision: int
    event_type: str
    sub_event_type: str
    location: str | None
    place_id: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int
    notes: str
    confidence: float
    fatalities: int | None = None
    injuries: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    source: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # (every field is a scalar: no deep copy needed, and asdict's costs a run of
        # millions of events whole seconds)
        return {name: getattr(self, name) for name in EVENT_FIELDS}

    def to_feature(self) -> dict[str, Any]:
        """An RFC 7946 Feature: lon/lat order, no CRS member."""
        lat, lon = self.latitude, self.longitude
        geometry = None  # (unlocated, or not a finite coordinate: as the GeoJSON writer)
        if lat is not None and lon is not None and math.isfinite(lat) and math.isfinite(lon):
            geometry = {"type": "Point", "coordinates": [lon, lat]}
        return {"type": "Feature", "geometry": geometry, "properties": self.to_dict()}


def placed_wide(place: Place | Mention) -> bool:
    """Whether ``place`` is the Strip or a region ("the Gaza Strip", "central Gaza"): all a
    sentence could place its happening at, which one told next may place finer, and a wide
    area a toll's parts lie within."""
    return place.kind == "region" or place.feature_class == "strip"


EVENT_FIELDS: tuple[str, ...] = tuple(Event.__dataclass_fields__)
MENTION_FIELDS: tuple[str, ...] = tuple(Mention.__dataclass_fields__)


@dataclass(frozen=True, slots=True)
class ParsedReport:
    """A report and what the pipeline found in it."""

    text: str
    report_id: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    events: tuple[Event, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "report_id": self.report_id,
            "published": self.published,
            "source": self.source,
            "url": self.url,
            "mentions": [m.to_dict() for m in self.mentions],
            "events": [e.to_dict() for e in self.events],
        }
