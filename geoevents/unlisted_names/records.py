"""What a name the automaton missed becomes: a mention of the gazetteer's place, with less
confidence than an exact spelling, or one left unresolved (``place_id=None``) rather than
dropped; and the capitalised words that never name a place.

Every pass of :mod:`geoevents.unlisted_names` builds its mentions here, and asks here whether
a span overlaps a mention already found.
"""

from __future__ import annotations

from bisect import bisect_left

from geoevents.gazetteer import Candidate
from geoevents.model import Mention, Place

__all__ = ["place_mention", "unresolved_mention"]


_NOT_PLACES = frozenset("""
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Hamas Israeli Palestinian Arab
Islamic Jihad Fatah Hezbollah Reuters AFP AP The A An This That These Those His Her Their
Its Our We He She They It I UN UNRWA OCHA WHO UNICEF WFP Red Cross Crescent Security
Council General Assembly Court Congress Parliament Knesset Ministry Health March English
Arabic Muslim Muslims Jewish Christian Christians God Allah Mr Mrs Ms Dr President Prime
Minister Army Forces Defense Defence Brigades Qassam Quds Al Al-Qassam Israel's Hamas's
Addition Response Total Fact Order Particular Contrast Short General Gaza's October Early
Late Mid Part Spite Light Accordance Line Terms Case View Front Favour Favor Support
Department Departments Office Offices Secretariat Headquarters Strip Gazan Gazans Egyptian
Egyptians Lebanese Qatari Emirati Jordanian Syrian Iranian American Americans British French
German Turkish Yemeni
""".split())


# The last word of an organisation's name: "Gaza Humanitarian Foundation" is no place.
_ORG_LAST = frozenset("""
Foundation Fund Authority Organization Organisation Institute Society Network Coalition
Centre Center Committee Agency Union Company Group Corporation Council Commission Ministry
Department Office Association Alliance Movement Party Brigades Forces
""".split())


# A direction alone is not a place ("in North-west Gaza"); "North Sinai" may be one.
_DIRECTIONS_ALONE = frozenset("""
North South East West Northern Southern Eastern Western Central
""".split())


def unresolved_mention(text: str, start: int, end: int, reason: str) -> Mention:
    """A span that names a place the gazetteer does not know: kept, with ``place_id``
    None and low confidence, rather than dropped."""
    return Mention(text[start:end], start, end, None, None, None, None, None, False, None,
                   None, 0.3, reason=reason)


def place_mention(text: str, start: int, end: int, place: Place, confidence: float,
             qualifier: str | None, reason: str | None, alternatives: tuple[str, ...]) -> Mention:
    # Positional: the record is built once per mention, on the hot path.
    return Mention(text[start:end], start, end, place.id, place.name, place.lat, place.lon,
                   place.kind, place.in_gaza, place.feature_class, place.governorate,
                   confidence, qualifier, reason, alternatives)


def _overlaps(known: list[Mention], starts: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``known`` (sorted, ``starts`` their starts)."""
    k = bisect_left(starts, end)
    return k > 0 and known[k - 1].end > start


def _looked_up(text: str, start: int, end: int, cands: list[Candidate], where: str = ""
               ) -> Mention:
    """A name the automaton did not find, resolved by the gazetteer's close spelling
    (with less confidence than an exact one)."""
    c = cands[0]
    reason = f"{c.match} match" + (f" {where}" if where else "") + \
        (f": {c.reason}" if c.reason else "")
    return place_mention(text, start, end, c.place, round(0.7 * c.score, 3), None, reason,
                         tuple(x.place.id for x in cands[1:]))
