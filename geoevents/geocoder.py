"""GazaGeocoder: the embedded gazetteer behind geopy's ``Geocoder`` interface.

Speaking geopy's API means every tool that takes a geopy geocoder (``RateLimiter``,
``geopandas.tools.geocode``, user code written for Nominatim) works with ours, offline.
A ``fallback`` geocoder (e.g. Nominatim, when the user is online and asks for it) is
only consulted for queries the gazetteer cannot answer.
"""

from __future__ import annotations

import warnings

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geoevents.errors import QueryError
from geoevents.gazetteer import Candidate, Gazetteer

__all__ = ["GazaGeocoder", "MAX_REVERSE_KM"]

MAX_REVERSE_KM = 10.0
# geopy's structured-query fields, most specific first.
_FIELD_ORDER = ("street", "city", "county", "district", "state", "country")


class GazaGeocoder(Geocoder):
    """Geocode Gaza place names with the embedded gazetteer.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Defaults to the shipped gazetteer.
    fallback : geopy Geocoder, optional
        Asked only when the gazetteer has no answer.
    fuzzy : bool
        Allow similarity matches for unknown spellings.
    in_gaza : bool, optional
        Restrict answers to places inside (True) or outside (False) the Strip.

    Examples
    --------
    >>> GazaGeocoder().geocode("Shujaiyya").raw["feature_class"]
    'neighbourhood'
    """

    def __init__(self, *, gazetteer: Gazetteer | None = None, fallback: Geocoder | None = None,
                 fuzzy: bool = True, in_gaza: bool | None = None, user_agent: str | None = None,
                 **kwargs) -> None:
        super().__init__(user_agent=user_agent or "geoevents", **kwargs)
        self.gazetteer = gazetteer or Gazetteer.default()
        self.fallback = fallback
        self.fuzzy = fuzzy
        self.in_gaza = in_gaza

    def geocode(self, query: str | dict, *, exactly_one: bool = True, limit: int = 5,
                timeout: float | None = None) -> Location | list[Location] | None:
        """``None``, one ``Location`` (``exactly_one``) or a list of them, best first.

        Raises ``geoevents.QueryError`` (a ``ValueError``) for a query that cannot be a
        place name: not a string, empty, over-long or with control characters.
        """
        if isinstance(query, dict):
            query = ", ".join(str(query[k]) for k in _FIELD_ORDER if query.get(k)) or \
                ", ".join(str(v) for v in query.values())
        candidates = self.gazetteer.lookup(query, limit=limit, fuzzy=self.fuzzy,
                                           in_gaza=self.in_gaza)
        if not candidates and "," in query:
            candidates = self._qualified(query, limit)
        if not candidates:
            if self.fallback is not None:
                return self.fallback.geocode(query, exactly_one=exactly_one, timeout=timeout)
            return None
        locations = [self._location(c) for c in candidates]
        return locations[0] if exactly_one else locations

    def _qualified(self, query: str, limit: int) -> list[Candidate]:
        """"Rafah, Gaza Strip", "Shejaia, Gaza City, Gaza Governorate" (as geocoders write
        addresses, ours included): the first part is the place, the rest say where it is."""
        name, *context = [part.strip() for part in query.split(",") if part.strip()]
        found = self.gazetteer.lookup(name, limit=max(limit, 10), fuzzy=self.fuzzy,
                                      in_gaza=self.in_gaza)
        # Only parts inside the Strip narrow the choice ("Palestine" says nothing here).
        containers = [c.place for part in context
                      for c in self.gazetteer.lookup(part, limit=1, fuzzy=False)
                      if c.place.in_gaza]
        inside = [c for c in found
                  if all(self.gazetteer.within(c.place, box) for box in containers)]
        return (inside or found)[:limit]

    def reverse(self, query: Point | tuple[float, float] | str, *, exactly_one: bool = True,
                timeout: float | None = None) -> Location | list[Location] | None:
        """The nearest place to a point (of the Strip, for a point in it); ``raw`` also
        names the governorate and says whether the point is in the Strip.

        ``None`` for a point outside the Strip more than ``MAX_REVERSE_KM`` from any place
        the gazetteer knows: geopy's contract is "no result", not a distant one.
        """
        if isinstance(query, tuple | list) and any(v is None for v in query):
            # (geopy reads (None, None) as the point 0, 0)
            raise QueryError(f"cannot read a point from {query!r}: a coordinate is missing")
        try:
            with warnings.catch_warnings():
                # geopy warns before it refuses a latitude past a pole: the error says it
                warnings.simplefilter("ignore", UserWarning)
                point = Point(query)
        except (TypeError, ValueError) as err:
            raise QueryError(f"cannot read a point from {query!r}: {err}") from err
        res = self.gazetteer.reverse(point.latitude, point.longitude)
        if not res.in_strip and res.distance_m > MAX_REVERSE_KM * 1000:
            return None
        loc = self._location(Candidate(res.place, 1.0, "reverse"), extra={
            "distance_m": round(res.distance_m, 1),
            "containing_governorate": res.governorate.name if res.governorate else None,
            "in_strip": res.in_strip,
        })
        return loc if exactly_one else [loc]

    def _address(self, cand: Candidate) -> str:
        name = cand.place.name
        if cand.place.feature_class == "governorate" and "overnorate" not in name:
            name += " Governorate"  # "North Gaza" alone is the region northern Gaza
        parts = [name]
        seen = {cand.place.id}
        cur = cand.place
        while cur.parent and cur.parent not in seen:
            seen.add(cur.parent)
            parent = self.gazetteer.get(cur.parent)
            if parent is None:  # a parent the gazetteer does not hold ends the address
                break
            cur = parent
            parts.append(cur.name)
        if cand.place.governorate and cand.place.feature_class != "governorate":
            parts.append(f"{cand.place.governorate} Governorate")
        if cand.place.in_gaza and cand.place.feature_class != "strip":
            parts.append("Gaza Strip")
        return ", ".join(dict.fromkeys(parts))

    def _location(self, cand: Candidate, extra: dict | None = None) -> Location:
        p = cand.place
        raw = {
            "id": p.id, "name": p.name, "feature_class": p.feature_class,
            "governorate": p.governorate, "parent": p.parent, "in_gaza": p.in_gaza,
            "kind": p.kind, "score": cand.score, "match": cand.match, "reason": cand.reason,
            "geonames_id": p.geonames_id, "source": p.source, "licence": p.licence,
            **(extra or {}),
        }
        return Location(self._address(cand), (p.lat, p.lon), raw)
