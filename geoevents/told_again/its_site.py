"""Where the attack told just before was, told again by the sentence after it: "the targeted
building in Deir al-Balah", "The areas include Sheikh Zayed, Beit Lahia ...", "The incident
took place near Beit Lahiya", "The strike late Monday hit a house in the city's Tel al-Hawa
neighbourhood".

Each is the site of the attack told before, or the areas of its order, not an attack of
its own; a place that lies outside where that attack was told is another one.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from geoevents import dates
from geoevents.event_merge import told_where
from geoevents.gazetteer import Gazetteer
from geoevents.model import Mention
from geoevents.sentences import NAME_WORD, Span
from geoevents.the_same_attack import SITE_HIT
from geoevents.told_again.the_attack import INCIDENT_ON, ToldBefore
from geoevents.triggers import Trigger

__all__ = ["areas_told_next", "places_it_within", "site_told_next", "took_place"]


# "the targeted building in Deir al-Balah": the site of the attack told just before
_SITE_TOLD = re.compile(r"\b[Tt]he\s+(?:targeted|bombed|struck|destroyed|shelled)\s+"
                        rf"(?:[\w-]+\s+)?(?:{SITE_HIT})\s+(?:in|at)\s+(?:the\s+)?")


_SEVERAL_TOLD = re.compile(r"\b(?:air ?strikes|strikes|attacks|bombardments|raids)\b", re.I)
_OTHER_TIME = re.compile(rf"\b(?:in (?:{dates.MONTH_PATTERN}|(?:19|20)\d\d)|"
                         r"last (?:week|month|year)|earlier|previously|before|ago)\b")


def site_told_next(text: str, s: Span, gaza: list[Mention], starts: list[int]
                   ) -> Mention | None:
    """The place the sentence after ``s`` gives the site of its attack, if it does."""
    stop = text.find(".", s.end + 1)
    stop = len(text) if stop < 0 else stop
    hit = _SITE_TOLD.search(text, s.end, min(stop, s.end + 400))
    if hit is None or _SEVERAL_TOLD.search(s.text) or _OTHER_TIME.search(text, hit.end(), stop):
        # (not "Israeli strikes killed 40 on Saturday. In one strike, the targeted house in
        # Nuseirat ...": one of several; nor "the destroyed house in Jabalia that was hit in
        # January": another day's)
        return None
    k = bisect_left(starts, hit.end())
    return gaza[k] if k < len(gaza) and gaza[k].start == hit.end() else None


def areas_told_next(text: str, s: Span, gaza: list[Mention], starts: list[int],
                    gaz: Gazetteer, regions: list[Mention]) -> list[Mention]:
    """The areas the sentence after an order for a region lists as its own ("issued an
    evacuation warning for residents across the northern Gaza Strip. The areas include
    Sheikh Zayed, Beit Lahia, Jabalya camp, and others"), each in one of those regions."""
    hit = _AREAS_TOLD.match(text, s.end)
    if hit is None:
        return []
    stop = text.find(".", hit.end())
    stop = len(text) if stop < 0 else stop
    out: list[Mention] = []
    last = hit.end()
    for m in gaza[bisect_left(starts, hit.end()):]:
        if m.start >= stop or _AREAS_LIST_GAP.fullmatch(text, last, m.start) is None:
            break
        if _AREA_ENDS.match(text, m.end) is None:
            return []  # "Those were Rafah residents who had fled": a name as an epithet
        if not any(gaz.within(gaz.get(m.place_id), gaz.get(r.place_id)) for r in regions
                   if gaz.get(m.place_id) is not None and gaz.get(r.place_id) is not None):
            return []
        out.append(m)
        last = m.end
    return out


# "The areas include", "The neighbourhoods affected are", "These include", "The new orders
# cover about three square kilometres in North Gaza and Deir Al-Balah governorates" (not
# "Strikes hit the areas of Beit Lahia": a sentence of its own)
_AREAS_TOLD = re.compile(r"\s+(?:The|These|Those)\s+(?:(?:new\s+|latest\s+)?(?:areas?|"
                         r"neighbou?rhoods|towns|villages|places|locations|districts|zones|blocks|"
                         r"camps|orders?|warnings?|directives?)\s+(?:concerned\s+|affected\s+|"
                         r"named\s+|listed\s+|in\s+question\s+)?)?"
                         r"(?:include[sd]?|are|were|cover(?:s|ed)?|comprise[sd]?)\s+"
                         r"(?:(?:about|some|nearly|around|roughly|over|more\s+than)\s+)?"
                         r"(?:[\w.,]+\s+square\s+(?:kilometres|kilometers|km|miles)\s+"
                         r"(?:\([^()]{0,20}\)\s+)?(?:in|of|across)\s+)?(?:the\s+)?")
# after each name: the list goes on or ends ("Beit Lahia, Jabalya camp, and others", "North
# Gaza and Deir Al-Balah governorates, according to OCHA")
_AREA_ENDS = re.compile(r"(?:\s+(?:governorates?|areas?|neighbou?rhoods?|camps?|towns?))?"
                        r"\s*(?:[,;.]|and\b|or\b|$)")
# between two of its names: a comma, "and", names the gazetteer does not know
_AREAS_LIST_GAP = re.compile(rf"(?:[\s,]*(?:and\s+)?(?:the\s+)?{NAME_WORD})*[\s,]*(?:and\s+)?"
                             r"(?:the\s+)?")


def places_it_within(named: list[Mention], told_before: ToldBefore | None,
                     gaz: Gazetteer, *, wider: bool = False) -> bool:
    """Whether every place a sentence names is where the attack told before was, or lies
    in it ("... in Gaza City. The strike late Monday hit a house in the city's Tel al-Hawa
    neighbourhood"; not "... in Khan Younis. The strike Sunday in Rafah killed 45", an
    attack of its own); ``wider``: or holds it ("the Gaza health ministry said most of the
    dead ...": the Strip, named in passing)."""
    if told_before is None:
        return False
    told_at = [p for p in map(gaz.get, told_before.places) if p is not None]
    for m in named:
        place = gaz.get(m.place_id)
        if place is None or not any(place.id == t.id or t.feature_class == "strip" or
                                    gaz.within(place, t) or wider and gaz.within(t, place)
                                    for t in told_at):
            return False
    return True


def took_place(text: str, s: Span, told: ToldBefore, places: list[Mention],
               gaz: Gazetteer) -> list[Trigger]:
    """"The incident took place near Beit Lahiya": where the attack told just before
    happened, as a weak cue of that attack (folded into it once the report is read).
    Only where that attack was placed no nearer than a region, or at a town that holds
    the place named: "killed in Gaza City. The incident took place in al-Mawasi" is no
    other attack, and no place the one told can be folded into."""
    hit = _TOOK_PLACE.match(text, s.start, s.end) or told_where(text, s.start, s.end)
    if hit is None:
        return []
    noun = "noun" if hit.group("noun") else "who"
    told_at = [p for p in map(gaz.get, told.places) if p is not None and p.kind != "region"]
    named = [p for p in (gaz.get(m.place_id) for m in places) if p is not None]
    if told_at and not any(p.id == t.id or gaz.within(p, t) for p in named for t in told_at):
        return []
    return [Trigger(told.event_type, told.sub_event_type, hit.start(noun), hit.end(noun),
                    hit.group(noun), 0.6)]


_TOOK_PLACE = re.compile(INCIDENT_ON.pattern + r"(?:in|near|at|close to|outside)\b")
