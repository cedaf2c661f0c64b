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

__all__ = ["assert_events_equal", "KeywordParser"]


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


class KeywordParser:
    """A small, deterministic stand-in for :func:`geoevents.parse` for testing pipelines.

    It finds the given place names verbatim and codes an event when a sentence holds a
    trigger word. Batch, export and engine tests use it so they test the machinery, not
    the parser's accuracy. It is a picklable instance, so it also runs in worker processes
    and on Dask workers.

    Parameters
    ----------
    places : mapping of name -> (lat, lon, governorate)
        Coordinates must come from a real gazetteer (tests read the project's sources).
    """

    _TRIGGERS = (
        ("airstrike", "Explosions/Remote violence", "Air/drone strike"),
        ("strike", "Explosions/Remote violence", "Air/drone strike"),
        ("shelling", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("clash", "Battles", "Armed clash"),
        ("combat", "Battles", "Armed clash"),
        ("fighting", "Battles", "Armed clash"),
        ("killed", "Violence against civilians", "Attack"),
        ("evacuat", "Strategic developments", "Displacement"),
        ("displace", "Strategic developments", "Displacement"),
    )

    def __init__(self, places: dict[str, tuple[float, float, str | None]]):
        import re

        self.places = dict(places)
        names = sorted(self.places, key=len, reverse=True)
        self._place_re = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")
        self._sentence_re = re.compile(r"[^.!?\n]+[.!?]?")
        self._count_re = re.compile(r"(?:at least )?(\d+) (?:people|Palestinians|civilians)")

    def __call__(self, text: str, published: str | None = None, report_id: str | None = None,
                 source: str | None = None, url: str | None = None) -> Any:
        import hashlib

        from geoevents.model import Mention, ParsedReport

        mentions, events = [], []
        for sent in self._sentence_re.finditer(text):
            sentence = sent.group().strip()
            lower = sentence.lower()
            trigger = next((t for t in self._TRIGGERS if t[0] in lower), None)
            count = self._count_re.search(sentence)
            for m in self._place_re.finditer(text, sent.start(), sent.end()):
                name = m.group()
                lat, lon, gov = self.places[name]
                mentions.append(Mention(
                    surface=name, start=m.start(), end=m.end(), place_id=name, name=name,
                    lat=lat, lon=lon, kind="point", in_gaza=True, feature_class="P",
                    governorate=gov, confidence=0.9))
                if trigger is None:
                    continue
                key = f"{report_id}|{sentence}|{name}|{trigger[1]}"
                events.append(Event(
                    event_id=hashlib.sha1(key.encode()).hexdigest()[:16], report_id=report_id,
                    event_date=published, time_precision=1 if published else 3,
                    event_type=trigger[1], sub_event_type=trigger[2], location=name,
                    place_id=name, admin1=gov, latitude=lat, longitude=lon, geo_precision=1,
                    notes=sentence, confidence=0.5,
                    fatalities=int(count.group(1)) if count else None,
                    source=source, url=url))
        return ParsedReport(text=text, report_id=report_id, published=published,
                            source=source, url=url, mentions=tuple(mentions),
                            events=tuple(events))


def load_places_csv(path: str) -> dict[str, tuple[float, float, str | None]]:
    """Point places from a gazetteer source CSV (``name, lat, lon, governorate`` columns)
    in the shape :class:`KeywordParser` takes."""
    import csv

    out: dict[str, tuple[float, float, str | None]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("feature_class") in ("governorate", "region"):
                continue
            out[row["name"]] = (float(row["lat"]), float(row["lon"]), row["governorate"] or None)
    return out


def synthetic_reports(
    texts: Iterable[str], n: int, *, seed: int = 0, sentences_per_report: int = 6
) -> Iterable[dict[str, Any]]:
    """``n`` report dicts made of real sentences drawn (seeded) from ``texts``.

    Benchmarks and engine tests need thousands of reports that read like the real ones;
    recombining real sentences keeps their vocabulary and length distribution.
    """
    import random
    import re

    pool = [s.strip() for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t)
            if len(s.strip()) > 20]
    if not pool:
        raise ValueError("no sentences to sample from")
    rng = random.Random(seed)
    for i in range(n):
        k = min(sentences_per_report, len(pool))
        yield {
            "id": f"syn-{i:07d}",
            "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "source": "synthetic",
            "text": " ".join(rng.sample(pool, k)),
        }
