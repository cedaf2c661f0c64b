"""Scoring against hand-annotated gold reports (format in ``conventions.md``).

Scores, all from one pass over the gold file:

* toponyms: precision / recall / F1 by span overlap (unresolved candidates count as
  predictions: a name we flag but cannot place is still a found toponym);
* in-Gaza point toponyms resolved within 1 km and 5 km of the gold coordinate;
* events: each gold event is answered by at most one predicted event of the same type in
  the same report, pairs taken best first (same place, then same date, then same count):
  share with the right date, share with the right place, and how many predicted events
  sit outside the Strip (must be 0).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from geoevents.dates import parse_published
from geoevents.errors import ReportFormatError
from geoevents.gazetteer import Gazetteer, haversine_m
from geoevents.model import Event, ParsedReport
from geoevents.normalize import name_key

__all__ = ["Scores", "evaluate", "evaluate_file", "read_gold"]

PLACE_MATCH_M = 1000.0


# (label, lowest confidence) of each band, highest first.
CONFIDENCE_BANDS: tuple[tuple[str, float], ...] = (("0.7+", 0.7), ("0.5-0.7", 0.5),
                                                  ("<0.5", 0.0))


@dataclass
class Scores:
    """Counts from one scoring pass; the ratios are properties computed from them."""

    reports: int = 0
    gold_toponyms: int = 0
    predicted_toponyms: int = 0
    matched_toponyms: int = 0
    gold_points: int = 0
    points_within_1km: int = 0
    points_within_5km: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    predicted_events_matched: int = 0
    events_found: int = 0
    events_dated: int = 0
    event_dates_correct: int = 0
    event_places_correct: int = 0
    events_counted: int = 0  # found gold events with a fatality count
    event_counts_correct: int = 0
    non_gaza_event_locations: int = 0
    # predicted events and those matching a gold event, per confidence band (CONFIDENCE_BANDS)
    by_confidence: list[list[int]] = field(
        default_factory=lambda: [[0, 0] for _ in CONFIDENCE_BANDS])
    misses: list[dict] = field(default_factory=list)

    @property
    def toponym_precision(self) -> float:
        return _ratio(self.matched_toponyms, self.predicted_toponyms)

    @property
    def toponym_recall(self) -> float:
        return _ratio(self.matched_toponyms, self.gold_toponyms)

    @property
    def toponym_f1(self) -> float:
        p, r = self.toponym_precision, self.toponym_recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    @property
    def within_1km(self) -> float:
        return _ratio(self.points_within_1km, self.gold_points)

    @property
    def within_5km(self) -> float:
        return _ratio(self.points_within_5km, self.gold_points)

    @property
    def event_recall(self) -> float:
        return _ratio(self.events_found, self.gold_events)

    @property
    def event_precision(self) -> float:
        """Predicted events that match a gold event's type and place."""
        return _ratio(self.predicted_events_matched, self.predicted_events)

    @property
    def event_date_accuracy(self) -> float:
        return _ratio(self.event_dates_correct, self.events_dated)

    @property
    def event_place_accuracy(self) -> float:
        return _ratio(self.event_places_correct, self.gold_events)

    @property
    def fatality_accuracy(self) -> float:
        """Found gold events with a fatality count whose predicted count is the same."""
        return _ratio(self.event_counts_correct, self.events_counted)

    @property
    def precision_by_confidence(self) -> dict[str, tuple[int, float]]:
        """How often a predicted event matches gold, by its confidence: whether a user
        can trust the ``confidence`` field to sort events."""
        return {label: (n, round(_ratio(hit, n), 4))
                for (label, _), (n, hit) in zip(CONFIDENCE_BANDS, self.by_confidence)}

    def summary(self) -> dict:
        d = {k: v for k, v in asdict(self).items() if k not in ("misses", "by_confidence")}
        d["precision_by_confidence"] = {k: {"events": n, "precision": p}
                                        for k, (n, p) in self.precision_by_confidence.items()}
        for name in ("toponym_precision", "toponym_recall", "toponym_f1", "within_1km",
                     "within_5km", "event_recall", "event_precision", "event_date_accuracy",
                     "event_place_accuracy", "fatality_accuracy"):
            d[name] = round(getattr(self, name), 4)
        return d


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return haversine_m(lat1, lon1, lat2, lon2) / 1000


def read_gold(path: str | Path) -> list[dict]:
    """Gold reports from JSON Lines; a bad line is an error naming the line."""
    records = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                raise ReportFormatError(f"{path}:{n}: not valid JSON ({err.msg})") from err
            problem = _gold_problem(rec)
            if problem:
                raise ReportFormatError(f"{path}:{n}: {problem}")
            records.append(rec)
    if not any("toponyms" in r or "events" in r for r in records):
        raise ReportFormatError(f"{path}: no gold annotations ('toponyms' or 'events') in "
                                "any record; this looks like plain reports, not a gold file")
    return records


def _gold_problem(rec: object) -> str | None:
    """What makes a gold record unusable, in words; None when it is fine."""
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        return "a gold record needs a 'text' string"
    if rec.get("published") not in (None, "") and parse_published(rec["published"]) is None:
        return f"published={rec['published']!r} is not an ISO date"
    toponyms, events = rec.get("toponyms", []), rec.get("events", [])
    if not isinstance(toponyms, list) or not isinstance(events, list):
        return "'toponyms' and 'events' must be lists"
    for t in toponyms:
        if not isinstance(t, dict) or not all(isinstance(t.get(k), int) for k in ("start", "end")) \
                or not isinstance(t.get("surface"), str):
            return f"toponym {t!r} needs integer 'start'/'end' and a 'surface' string"
        if rec["text"][t["start"]:t["end"]] != t["surface"]:
            return (f"toponym {t['surface']!r} does not match text at "
                    f"{t['start']}:{t['end']}")
        if any(t.get(k) is not None and not isinstance(t.get(k), int | float)
               for k in ("lat", "lon")):
            return f"toponym {t['surface']!r}: 'lat'/'lon' must be numbers or null"
    for e in events:
        if not isinstance(e, dict) or not isinstance(e.get("type"), str):
            return f"event {e!r} needs a 'type' string"
    return None


def gold_place_ids(gaz: Gazetteer, name: str | None) -> set[str]:
    """Every gazetteer place a gold place name can denote (exact name, else lookup)."""
    if not name:
        return set()
    key = name_key(name)
    exact = {p.id for p in gaz
             if name_key(p.name) == key or (p.aliases and name_key(p.aliases[0]) == key
                                            and p.aliases[0] == name)}
    if exact:
        return exact
    try:
        cands = gaz.lookup(name, limit=1)
    except ValueError:
        return set()
    return {cands[0].place.id} if cands else set()


def same_place(gaz: Gazetteer, event: Event, gold_ids: set[str]) -> bool:
    if event.place_id in gold_ids:
        return True
    pred = gaz.get(event.place_id)
    if pred is not None and any(gaz.within(pred, gaz[pid]) for pid in gold_ids
                                if pid in gaz and gaz[pid].kind == "point"):
        return True  # more specific than the gold place and inside it
    for pid in gold_ids:
        p = gaz.get(pid)
        if (p is not None and p.kind == "point" and event.latitude is not None
                and haversine_m(p.lat, p.lon, event.latitude, event.longitude) <= PLACE_MATCH_M):
            return True
    return False


def evaluate(gold: Iterable[dict], parse_fn: Callable[..., ParsedReport] | None = None,
             gazetteer: Gazetteer | None = None) -> Scores:
    """Parse each gold report and score the result."""
    from geoevents.parse import parse

    parse_fn = parse_fn or parse
    gaz = gazetteer or Gazetteer.default()
    strip = gaz.strip
    strip_poly = gaz.polygon(strip.id) if strip else None
    s = Scores()
    for rec in gold:
        s.reports += 1
        doc = parse_fn(rec["text"], published=rec.get("published"), report_id=rec.get("id"))
        _score_toponyms(s, rec, doc)
        _score_events(s, rec, doc, gaz, strip_poly)
    return s


def _score_toponyms(s: Scores, rec: dict, doc: ParsedReport) -> None:
    gold = rec.get("toponyms", [])
    preds = list(doc.mentions)
    s.gold_toponyms += len(gold)
    s.predicted_toponyms += len(preds)
    used: set[int] = set()
    for g in gold:
        match = next((i for i, m in enumerate(preds)
                      if i not in used and m.start < g["end"] and g["start"] < m.end), None)
        is_point = g.get("in_gaza") and g.get("kind", "point") == "point" \
            and g.get("lat") is not None
        if is_point:
            s.gold_points += 1
        if match is None:
            s.misses.append({"report": rec.get("id"), "missed_toponym": g["surface"]})
            continue
        used.add(match)
        s.matched_toponyms += 1
        m = preds[match]
        if is_point and m.lat is not None:
            d = _km(g["lat"], g["lon"], m.lat, m.lon)
            s.points_within_1km += d <= 1.0
            s.points_within_5km += d <= 5.0
            if d > 1.0:
                s.misses.append({"report": rec.get("id"), "far_toponym": g["surface"],
                                 "got": m.name, "km": round(d, 2)})
    for i, m in enumerate(preds):
        if i not in used:
            s.misses.append({"report": rec.get("id"), "spurious_toponym": m.surface})


def _score_events(s: Scores, rec: dict, doc: ParsedReport, gaz: Gazetteer, strip_poly) -> None:
    from shapely.geometry import Point

    s.predicted_events += len(doc.events)
    for e in doc.events:
        place = gaz.get(e.place_id)
        outside = place is not None and not place.in_gaza
        if not outside and strip_poly is not None and e.latitude is not None:
            outside = strip_poly.distance(Point(e.longitude, e.latitude)) > 0.005
        s.non_gaza_event_locations += outside
    gold_places = [(g.get("type"), gold_place_ids(gaz, g.get("place")))
                   for g in rec.get("events", [])]
    for e in doc.events:
        hit = any(e.event_type == t and same_place(gaz, e, ids) for t, ids in gold_places)
        s.predicted_events_matched += hit
        if not hit:  # no gold event of this type at this place: what lowers precision
            s.misses.append({"report": rec.get("id"), "spurious_event": {
                "date": e.event_date, "place": e.location, "type": e.event_type,
                "fatalities": e.fatalities, "confidence": e.confidence}})
        band = next(k for k, (_, low) in enumerate(CONFIDENCE_BANDS) if e.confidence >= low)
        s.by_confidence[band][0] += 1
        s.by_confidence[band][1] += hit
    # One predicted event answers one gold event: two gold strikes in Rafah are not both
    # found by one predicted Rafah strike. Pairs are taken best first (place, then date,
    # then count, then the very place named), so that an undated gold event does not use
    # up the prediction that dates another one exactly, nor a gold Gaza City event the
    # prediction at the Sheikh Radwan the gold set also names.
    golds = rec.get("events", [])
    ids = [gold_place_ids(gaz, g.get("place")) for g in golds]
    pairs = []
    for gi, g in enumerate(golds):
        for pi, e in enumerate(doc.events):
            if e.event_type == g.get("type"):
                score = (same_place(gaz, e, ids[gi]),
                         g.get("date") is not None and e.event_date == g.get("date"),
                         g.get("fatalities") is not None and e.fatalities == g.get("fatalities"),
                         e.place_id in ids[gi])
                pairs.append((score, -gi, -pi))
    pairs.sort(reverse=True)
    answer: dict[int, Event] = {}
    used: set[int] = set()
    for _, neg_gi, neg_pi in pairs:
        if -neg_gi not in answer and -neg_pi not in used:
            answer[-neg_gi] = doc.events[-neg_pi]
            used.add(-neg_pi)
    for gi, g in enumerate(golds):
        s.gold_events += 1
        best = answer.get(gi)
        if best is None:
            s.misses.append({"report": rec.get("id"), "missed_event": g})
            continue
        s.events_found += 1
        at_place = same_place(gaz, best, ids[gi])
        dated = best.event_date == g.get("date")
        s.event_places_correct += at_place
        if g.get("date") is not None:  # a gold event the annotator could not date is unscored
            s.events_dated += 1
            s.event_dates_correct += dated
        if g.get("fatalities") is not None:
            s.events_counted += 1
            s.event_counts_correct += best.fatalities == g.get("fatalities")
            if best.fatalities != g.get("fatalities"):
                s.misses.append({"report": rec.get("id"), "wrong_count": g,
                                 "got": best.fatalities})
        if not at_place or (not dated and g.get("date") is not None):
            same_type = [e for e in doc.events if e.event_type == g.get("type")]
            s.misses.append({"report": rec.get("id"), "event": g,
                             "got": [(e.event_date, e.location) for e in same_type]})


def evaluate_file(path: str | Path, **kwargs) -> Scores:
    """Score the parser on a gold JSON Lines file (see :func:`evaluate`)."""
    return evaluate(read_gold(path), **kwargs)
