"""The embedded gazetteer: load once, look names up, reverse-geocode points.

The data ships inside the package (``geoevents/data/``, built by ``gazetteer/build.py``),
so lookups work offline and from any directory. Lookup is tiered so that the common
case is a dictionary hit and only unknown spellings pay for similarity scoring:

1. exact key (case, diacritics, apostrophes, hyphens and Arabic articles folded);
2. consonant skeleton (Shejaia / Shujaiya / Shuja'iyya share one);
3. fuzzy similarity (rapidfuzz) above a cut-off, so nonsense returns nothing.
"""

from __future__ import annotations

import json
import math
import numbers
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from geoevents.errors import GazetteerDataError, QueryError
from geoevents.model import Place
from geoevents.normalize import ARTICLES, fold, name_key, skeleton

if TYPE_CHECKING:  # pragma: no cover
    import geopandas
    import shapely

__all__ = ["Gazetteer", "Candidate", "ReverseResult", "MAX_QUERY_LENGTH", "TOWN_CLASSES",
           "haversine_m"]

MAX_QUERY_LENGTH = 500
FUZZY_CUTOFF = 84.0
SKELETON_CUTOFF = 70.0
SIMILAR_CACHE_SIZE = 100_000  # distinct unknown names remembered per gazetteer
# The feature classes of a place people live in: what a site or a quarter lies in.
TOWN_CLASSES = frozenset({"city", "town", "village", "camp"})
# Words that describe a place rather than name it; dropped when the full query is unknown.
_DESCRIPTORS = frozenset({"neighbourhood", "neighborhood", "district", "quarter", "area",
                          "town", "village", "municipality", "region", "city", "suburb"})
# Which kind of place a bare name most often means, when the data says nothing more.
_CLASS_RANK = {c: i for i, c in enumerate((
    "strip", "city", "town", "region", "governorate", "camp", "village", "neighbourhood",
    "area", "crossing", "hospital", "facility", "corridor", "settlement",
    "country", "city-world", "region-world"))}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One ranked answer to a lookup, with how it matched and why it ranks where it does."""

    place: Place
    score: float
    match: str  # "exact" | "skeleton" | "fuzzy"
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class ReverseResult:
    """The nearest in-Strip place, how far it is, and the governorate containing the point."""

    place: Place
    distance_m: float
    governorate: Place | None
    in_strip: bool


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (spherical Earth, mean radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(math.sqrt(a))


# Unicode category Cc (C0 and C1 controls) except tab, newline and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def check_query(query: Any) -> str:
    """Reject what cannot be a place name, with a message that names the problem."""
    if not isinstance(query, str):
        raise QueryError(f"query must be a string, not {type(query).__name__}")
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryError(
            f"query is {len(query):,} characters long; place names are at most "
            f"{MAX_QUERY_LENGTH} characters"
        )
    bad = sorted(set(_CONTROL.findall(query)))
    if bad:
        codes = ", ".join(f"U+{ord(c):04X}" for c in bad)
        raise QueryError(f"query contains control characters ({codes})")
    query = query.strip()
    if not query:
        raise QueryError("query is empty")
    return query


# Arabic adjective endings: "Sudaniya" (of Sudan), "Masriya" (of Egypt, Masr)
_NISBA = re.compile(r"(?:iyy?a|iyy?ah|iyeh|i)")


def _a_nisba_of(key: str, known: str) -> bool:
    """Whether ``key`` is a known spelling plus an Arabic adjective ending ("sudaniya" of
    "sudan"): a word made from the name, another place or no place (the as-Sudaniya area of
    northern Gaza is not Sudan), though the consonant skeletons agree."""
    return len(known) >= 3 and key.startswith(known) and \
        _NISBA.fullmatch(key, len(known)) is not None


class Gazetteer:
    """Places of the Gaza Strip (and the places outside it that reports name).

    Build it with :meth:`default` (the shipped data, loaded once) or from your own
    ``Place`` records.
    """

    def __init__(self, places: Sequence[Place], ambiguities: Sequence[dict] = (),
                 areas: dict | None = None) -> None:
        self._places = {p.id: p for p in places}
        if len(self._places) != len(places):
            raise GazetteerDataError("place ids are not unique")
        self._areas_geojson = areas or {"type": "FeatureCollection", "features": []}
        self._strip = next((p for p in places if p.feature_class == "strip"), None)
        self._ambiguous: dict[str, tuple[list[str], str]] = {}
        for amb in ambiguities:
            self._ambiguous[name_key(amb["name"])] = (list(amb["places"]), amb["reason"])
        self._exact: dict[str, list[str]] = {}
        self._raw: dict[str, list[str]] = {}
        self._skel: dict[str, list[str]] = {}
        for p in places:
            for alias in (p.name, *p.aliases):
                key = name_key(alias)
                if not key:
                    continue
                _add(self._exact, key, p.id)
                _add(self._raw, alias.casefold(), p.id)
                _add(self._skel, skeleton(alias), p.id)
        for key, (ids, _) in self._ambiguous.items():
            for pid in ids:
                _add(self._exact, key, pid)
        # Spellings of a documented ambiguity skip the one-place fast path, so that every
        # spelling of "al-Mawasi" lists all its senses with the reason.
        for raw in [r for r in self._raw if name_key(r) in self._ambiguous]:
            del self._raw[raw]
        self._keys = list(self._exact)
        # The gazetteer is immutable, so answers that depend only on it are memoised.
        self._key_cache: dict[str, list[Candidate]] = {}
        self._within_cache: dict[tuple[str, str], bool] = {}
        self._centre_cache: dict[str, tuple[float, float] | None] = {}
        # Unknown names recur across a batch (people, organisations, misspellings): the
        # similarity tiers are scored once per distinct name, up to a bound.
        self._similar_cache: dict[tuple[str, bool], list[Candidate]] = {}

    # -- construction -------------------------------------------------------------------
    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer shipped in the package; loaded once per process."""
        return _default_gazetteer()

    @classmethod
    def from_records(cls, records: Sequence[dict], ambiguities: Sequence[dict] = (),
                     areas: dict | None = None) -> Gazetteer:
        places = []
        for rec in records:
            try:
                places.append(Place(**{**rec, "aliases": tuple(rec.get("aliases", ()))}))
            except TypeError as err:
                raise GazetteerDataError(f"place {rec.get('id')!r}: {err}") from err
        return cls(places, ambiguities, areas)

    # -- access -------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Place]:
        """Every place, in the order the gazetteer was built with: ``for place in g``."""
        return iter(self._places.values())

    @property
    def places(self) -> tuple[Place, ...]:
        """Every place, in the order the gazetteer was built with (the shipped data's is by
        id), as a tuple: a gazetteer does not change, so it hands out no list to edit that
        it would not see. ``len(g)`` counts them; ``g[place_id]`` gets one."""
        return tuple(self._places.values())

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._places

    def __getitem__(self, place_id: str) -> Place:
        return self._places[place_id]

    @property
    def strip(self) -> Place | None:
        """The Gaza Strip as a whole: where a Strip-wide toll or an unplaced event goes."""
        return self._strip

    def get(self, place_id: str | None) -> Place | None:
        return self._places.get(place_id) if place_id else None

    def aliases_of(self, place: Place) -> tuple[str, ...]:
        return (place.name, *place.aliases)

    @property
    def governorates(self) -> tuple[str, ...]:
        """The governorates' names, as places' ``governorate`` field gives them."""
        return tuple(sorted({p.governorate for p in self if p.governorate}))

    def governorate_named(self, name: str) -> str | None:
        """The governorate ``name`` means, as places' ``governorate`` field gives it: its
        own name, or any spelling the gazetteer has of the governorate or of a region that
        is that governorate alone ("Middle Area", "Khan Yunis Governorate", "Wusta"), with
        case, diacritics and Arabic articles folded; None when it names no governorate."""
        return self._governorate_keys.get(name_key(name))

    @cached_property
    def _governorate_keys(self) -> dict[str, str]:
        found: dict[str, set[str]] = {}
        for p in self:
            if p.governorate and p.feature_class in ("governorate", "region"):
                for alias in (p.governorate, p.name, *p.aliases):
                    found.setdefault(name_key(alias), set()).add(p.governorate)
        return {key: govs.pop() for key, govs in found.items() if key and len(govs) == 1}

    def ambiguity(self, name: str) -> tuple[list[str], str] | None:
        """The documented ranking and reason for an ambiguous name, if it is one."""
        return self._ambiguous.get(name_key(name))

    # -- lookup -------------------------------------------------------------------------
    def lookup(self, name: str, *, limit: int = 5, fuzzy: bool = True,
               in_gaza: bool | None = None) -> list[Candidate]:
        """Ranked candidates for a place name; empty when nothing is close enough.

        Raises ``QueryError`` for input that cannot be a name (not a string, empty,
        over-long, control characters).
        """
        query = check_query(name)
        ids = self._raw.get(query.casefold())
        if ids is not None and len(ids) == 1:
            # Fast path: a spelling of exactly one place, as written (any case).
            out = [Candidate(self._places[ids[0]], 1.0, "exact")]
        else:
            out = self._lookup_key(name_key(query), fuzzy)
        if in_gaza is not None:
            out = [c for c in out if c.place.in_gaza == in_gaza]
        if out and out[0].match != "exact" and _article_led(query):
            out = [c for c in out if c.match == "exact" or c.place.in_gaza or
                   any(_article_led(a) for a in self.aliases_of(c.place))]
        return out[:limit]

    def _lookup_key(self, key: str, fuzzy: bool) -> list[Candidate]:
        """Exact, then without trailing descriptors ("Gaza City area", "Shejaia
        neighbourhood"), then "X camp" for "X refugee camp", then similar spellings of the
        whole name ("Khan Yunes camp" is the camp, not the city), then without "(refugee)
        camp" ("Tel al-Sultan refugee camp")."""
        ids = self._exact.get(key)
        if ids:
            return self._rank_exact(key, ids)
        for shorter in _without_trailing(key, _DESCRIPTORS):
            if shorter in self._exact:
                return self._rank_exact(shorter, self._exact[shorter])
        if key.endswith(" refugee camp"):
            # "Al-Mawasi refugee camp" is spelt "X camp" in the gazetteer, if at all: a
            # similar whole name would be another camp ("Maghazi refugee camp").
            return self._lookup_key(key[:-len("refugee camp")] + "camp", fuzzy)
        found = self._similar(key, fuzzy=fuzzy)
        if found:
            return found
        shorter = key
        for shorter in _without_trailing(key, _DESCRIPTORS | {"refugee", "camp"}):
            if shorter in self._exact:
                return self._rank_exact(shorter, self._exact[shorter])
        return self._similar(shorter, fuzzy=fuzzy) if shorter != key else []

    def candidates_for_key(self, key: str) -> list[Candidate]:
        """Ranked exact candidates for an already-normalised key (see ``name_key``)."""
        found = self._key_cache.get(key)
        if found is None:
            ids = self._exact.get(key)
            found = self._key_cache[key] = self._rank_exact(key, ids) if ids else []
        return found

    def _rank_exact(self, key: str, ids: list[str]) -> list[Candidate]:
        amb = self._ambiguous.get(key)
        if amb:
            order, reason = amb
            ranked = order + [i for i in ids if i not in order]
            n = len(ranked)
            return [Candidate(self._places[i], 1.0 - 0.05 * k, "exact", reason)
                    for k, i in enumerate(ranked) if i in self._places][: max(n, 1)]
        places = [self._places[i] for i in dict.fromkeys(ids)]
        places.sort(key=lambda p: (name_key(p.name) != key, _CLASS_RANK.get(p.feature_class, 99),
                                   p.id))
        reason = None
        if len(places) > 1:
            reason = "several places share this name; ranked by primary name, then place type"
        return [Candidate(p, 1.0 - 0.05 * k, "exact", reason) for k, p in enumerate(places)]

    def _similar(self, key: str, *, fuzzy: bool) -> list[Candidate]:
        cached = self._similar_cache.get((key, fuzzy))
        if cached is None:
            if len(self._similar_cache) >= SIMILAR_CACHE_SIZE:
                self._similar_cache.clear()
            cached = self._similar_cache[key, fuzzy] = self._score_similar(key, fuzzy=fuzzy)
        return list(cached)

    def _score_similar(self, key: str, *, fuzzy: bool) -> list[Candidate]:
        found: dict[str, Candidate] = {}
        for pid in self._skel.get(skeleton(key), ()):
            place = self._places[pid]
            keys = [name_key(a) for a in self.aliases_of(place)]
            if any(_a_nisba_of(key, k) for k in keys):
                continue
            score = max(fuzz.ratio(key, k) for k in keys)
            if score >= SKELETON_CUTOFF:
                found[pid] = Candidate(place, round(0.9 * score / 100, 3), "skeleton",
                                       "same consonant skeleton as a known spelling")
        if fuzzy and len(key) >= 4:
            for match, score, _ in process.extract(key, self._keys, scorer=fuzz.ratio,
                                                   score_cutoff=FUZZY_CUTOFF, limit=5):
                for pid in self._exact[match]:
                    if pid not in found:
                        found[pid] = Candidate(self._places[pid], round(0.85 * score / 100, 3),
                                               "fuzzy", f"similar to {match!r}")
        return sorted(found.values(), key=lambda c: (-c.score, c.place.id))

    # -- geometry -----------------------------------------------------------------------
    @cached_property
    def _polygons(self) -> dict[str, Any]:
        from shapely.geometry import shape

        return {f["properties"]["place_id"]: shape(f["geometry"])
                for f in self._areas_geojson["features"]}

    @property
    def areas_geojson(self) -> dict[str, Any]:
        """The polygons this gazetteer was built with, as a GeoJSON FeatureCollection
        (``properties``: place_id, name, feature_class): what maps draw for its regions."""
        return self._areas_geojson

    def polygon(self, place_id: str) -> shapely.Geometry | None:
        """The place's polygon (shapely), or None when no source gives one."""
        return self._polygons.get(place_id)

    @cached_property
    def _governorates(self) -> list[Place]:
        return [p for p in self if p.feature_class == "governorate" and p.id in self._polygons]

    @cached_property
    def _point_places(self) -> list[Place]:
        return [p for p in self if p.in_gaza and p.kind == "point"]

    @cached_property
    def _all_points(self) -> list[Place]:
        return [p for p in self if p.kind == "point"]

    def reverse(self, lat: float, lon: float) -> ReverseResult:
        """Nearest place to a point, and the governorate that contains it: a place of the
        Strip for a point in it, else the nearest the gazetteer knows on either side of the
        fence (Sderot, not Beit Hanoun, for a point in Sderot)."""
        for label, v, lo, hi in (("lat", lat, -90, 90), ("lon", lon, -180, 180)):
            if not isinstance(v, numbers.Real) or isinstance(v, bool) or not lo <= v <= hi:
                raise QueryError(f"{label}={v!r} is not a valid coordinate")
        from shapely.geometry import Point

        pt = Point(lon, lat)
        gov = next((g for g in self._governorates if self._polygons[g.id].covers(pt)), None)
        in_strip = self.in_strip_outline(lat, lon) is True
        nearest = min(self._point_places if in_strip else self._all_points,
                      key=lambda p: haversine_m(lat, lon, p.lat, p.lon))
        return ReverseResult(nearest, haversine_m(lat, lon, nearest.lat, nearest.lon), gov,
                             in_strip)

    def in_strip_outline(self, lat: float, lon: float) -> bool | None:
        """Whether a point lies inside the Strip's outline, its edge counted as inside; None
        where the gazetteer holds no outline. The one test of which side of the fence a point
        is on, so that reverse geocoding and the placing of events never disagree about a
        crossing or a point on the line (a place's parent names its governorate, not its side
        of the fence: Kerem Shalom's gate lies across it)."""
        from shapely.geometry import Point

        strip = self._strip
        outline = self._polygons.get(strip.id) if strip is not None else None
        return None if outline is None else bool(outline.covers(Point(lon, lat)))

    def within(self, place: Place, container: Place) -> bool:
        """Whether ``place`` lies in ``container`` (parent chain, then polygon)."""
        key = (place.id, container.id)
        found = self._within_cache.get(key)
        if found is None:
            found = self._within_cache[key] = self._within(place, container)
        return found

    def neighbourhoods_centre(self, city: Place) -> tuple[float, float] | None:
        """(lat, lon) of the middle of the neighbourhoods known within ``city``, None if
        none is: where "the northern Gaza City neighbourhood" is measured from."""
        if city.id not in self._centre_cache:
            parts = [p for p in self if p.feature_class == "neighbourhood" and self.within(p, city)]
            self._centre_cache[city.id] = (
                (sum(p.lat for p in parts) / len(parts), sum(p.lon for p in parts) / len(parts))
                if parts else None)
        return self._centre_cache[city.id]

    def _within(self, place: Place, container: Place) -> bool:
        if place.id == container.id:
            return True
        seen = set()
        cur = place
        while cur.parent and cur.parent not in seen:
            if cur.parent == container.id:
                return True
            seen.add(cur.parent)
            nxt = self.get(cur.parent)
            if nxt is None:
                break
            cur = nxt
        poly = self._polygons.get(container.id)
        if poly is not None:
            from shapely.geometry import Point

            return bool(poly.covers(Point(place.lon, place.lat)))
        return False

    def to_geodataframe(self, *, polygons: bool = False) -> geopandas.GeoDataFrame:
        """All places as a GeoDataFrame (points, or polygons where a source gives one)."""
        from geoevents._compat import import_optional_dependency

        gpd = import_optional_dependency("geopandas")
        shapely = import_optional_dependency("shapely")
        rows = [p.to_dict() for p in self]
        for r in rows:
            r["aliases"] = "|".join(r["aliases"])
        geoms = [self._polygons.get(p.id) if polygons and p.id in self._polygons
                 else shapely.Point(p.lon, p.lat) for p in self]
        return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")


def _without_trailing(key: str, words: frozenset[str]) -> Iterator[str]:
    """``key`` with one, then two... descriptor words dropped from its end (never all)."""
    parts = key.split()
    while len(parts) > 1 and parts[-1] in words:
        parts.pop()
        yield " ".join(parts)


_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _article_led(name: str) -> bool:
    """Whether a name begins with an Arabic article ("al-Karama", "Ash Shati").

    A name so written is an Arabic one: it is no like-sounding place abroad none of whose
    spellings has an article (the Gaza City quarter al-Karama shares its consonants with
    the Israeli kibbutz Karmia, and is not it).
    """
    first = _FIRST_WORD.match(fold(name).lstrip())
    return first is not None and first.group() != "the" and first.group() in ARTICLES and \
        first.end() < len(name.lstrip())


def _add(index: dict[str, list[str]], key: str, pid: str) -> None:
    ids = index.setdefault(key, [])
    if pid not in ids:
        ids.append(pid)


@cache
def _default_gazetteer() -> Gazetteer:
    data = resources.files("geoevents") / "data"
    try:
        payload = json.loads((data / "places.json").read_text(encoding="utf-8"))
        areas = json.loads((data / "areas.geojson").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise GazetteerDataError(f"the shipped gazetteer data cannot be read: {err}") from err
    return Gazetteer.from_records(payload["places"], payload.get("ambiguities", ()), areas)
