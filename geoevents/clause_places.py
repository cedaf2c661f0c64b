"""Which of the places a clause names are where its event happened.

A clause often names a place only to say where another lies: "Gaza City's Shejaia
neighbourhood", "the school in Gaza city", "Abasan al-Kabira, east of Khan Younis",
"Jabalia, in northern Gaza". The most specific place is the event's; the wider one says
where it is, unless the names are items of a list ("in northern Gaza, Gaza City and Khan
Younis"), each a place of its own. Read by :mod:`geoevents.locate`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geoevents.bearing_from import bearing_apposed
from geoevents.gazetteer import Gazetteer
from geoevents.model import Mention, Place
from geoevents.normalize import name_key
from geoevents.sentences import Span

__all__ = ["LIST_GAP", "SPECIFICITY", "holds", "listed_places", "rank"]

# Lower is more specific: an event is pinned to its lowest-ranked mention.
SPECIFICITY = {"hospital": 0, "facility": 0, "crossing": 0, "neighbourhood": 0, "camp": 0,
               "area": 1, "village": 1, "town": 1, "settlement": 1, "city": 2, "corridor": 3,
               "governorate": 4, "region": 5, "strip": 6}


# What separates the items of a list of places: "Jabalia, Beit Lahia and eastern Rafah"
# (and "northern and central areas of Gaza"); blanks read possessively, so a gap that is no
# list's costs one pass over a long run of blanks, not one per way to split it
LIST_GAP = re.compile(r"\s*+(?:,\s*+)?(?:(and|&|or|as well as)\s+(?:in\s+)?)?(?:the\s+)?"
                       r"(?:(?:north|south|east|west|central)\w*\s+)?"
                       r"(?:(?:areas?|parts?|regions?)\s+of\s+(?:the\s+)?)?", re.I)


def rank(m: Mention) -> int:
    return SPECIFICITY.get(m.feature_class or "", 3)


def listed_places(here: list[Mention], gaz: Gazetteer, sentence: Span, *,
                  one_happening: bool = True,
                  apart: Callable[[int, int], bool] | None = None) -> list[Mention]:
    """Distinct specific places of a clause, leaving out containers of the others.

    "strikes on Khan Younis, Rafah and Deir al-Balah" lists three places (three events),
    and "battles north of Wadi Gaza and in the Middle Area" two regions;
    "Gaza City's Shejaia" and "Al Tabi'een School in Gaza city" list one, and so does
    "Jabalia, in northern Gaza" (a region that holds another listed place is not one).
    ``one_happening`` says a town and a place in it told in one phrase are one place (an
    attack there); a flight's are two (where people left and where they went).
    ``apart(a, b)`` says the words from the place at ``a`` to the one at ``b`` tell two
    happenings ("a drone strike hit a car in Rafah as the army demolished homes in Tal
    as-Sultan"): a place told in the second is no address of the first.
    """
    def two(a: int, b: int) -> bool:
        return apart is not None and apart(a, b)

    points: dict[str, Mention] = {}
    previous: Mention | None = None
    site: Mention | None = None  # the place an address (``addressed``) is of
    addressed = False  # whether ``previous`` only said where the place before it is
    addresses: dict[str | None, int] = {}  # places named as where another one is: their end
    for m in here:
        if m.place_id in points or m.place_id in addresses and _the_address_told_again(
                m, addresses[m.place_id], sentence):
            if _its_other_name(previous, m, sentence):
                previous = m
            continue
        if addressed and _rest_of_the_address(previous, m, sentence):
            previous = m
            continue
        if addressed and _the_address_goes_on(previous, site, m, sentence, gaz):
            previous = m
            continue
        addressed = False
        if points and _where_the_place_before_lies(previous, m, sentence):
            previous = m  # (and "the Nuseirat camp in central Gaza": the landmark's address)
            continue
        if previous is not None:
            between = sentence.text[previous.end - sentence.start:m.start - sentence.start]
            if _the_address_of_the_place_before(previous, m, between, sentence, gaz, two):
                previous = m
                addressed = True
                addresses[m.place_id] = m.end
                continue
            if _where_the_place_after_is(previous, m, between, gaz):
                points.pop(previous.place_id, None)
        points[m.place_id] = m
        previous = site = m
    places = {pid: gaz.get(pid) for pid in points}
    listed = _list_items(list(points.values()), sentence)
    keep = []
    for pid, m in points.items():
        p = places[pid]
        if p is None:
            continue
        # (and "an airstrike in Gaza City killed four people in the Zeitoun neighborhood":
        # a town the clause names, then a place in it, is where that place is)
        framing = p.feature_class in _TOWNS_HOLDING
        opens = framing and _opens_the_sentence(m, sentence)
        if p.kind == "region" and _describes_the_town_named_after(m, points, sentence):
            continue
        if (p.kind == "region" or framing) and pid not in listed and _holds_another_place(
                pid, p, m, points, places, sentence, gaz, opens, one_happening, two):
            continue
        keep.append(m)
    return keep


def _the_address_told_again(m: Mention, address_end: int, sentence: Span) -> bool:
    """"the Holy Family Church in Gaza City, the only Catholic church in Gaza": the address
    (told before, ending at ``address_end``) again, in a description of the site, not a
    second place; so is "the Shaboura camp in Rafah in central Rafah city", the side of the
    town the site lies in."""
    return (_DESCRIBED_IN if m.qualifier is None else _IN_ITS_SIDE_AGAIN).fullmatch(
        sentence.text, address_end - sentence.start, m.start - sentence.start) is not None


def _its_other_name(previous: Mention | None, m: Mention, sentence: Span) -> bool:
    """"Al Ahli Arab/Baptist hospital in Gaza city": the place told again right after
    itself is its other name; what follows says where the place is (a name in brackets,
    "Nasser Hospital (Nasser Medical Complex) in Khan Younis", is an aside the address is
    read past)."""
    return previous is not None and m.place_id == previous.place_id and "(" not in \
        sentence.text[previous.end - sentence.start:m.start - sentence.start]


def _rest_of_the_address(previous: Mention | None, m: Mention, sentence: Span) -> bool:
    """"Hamama School in the Gaza neighborhood of Sheikh Radwan": the rest of the school's
    address, not a second place."""
    return previous is not None and _NAMED_PART_OF.fullmatch(
        sentence.text, previous.end - sentence.start, m.start - sentence.start) is not None


def _the_address_goes_on(previous: Mention, site: Mention | None, m: Mention,
                         sentence: Span, gaz: Gazetteer) -> bool:
    """"in Al-Mawasi, a coastal community in the southern Gaza Strip, near the city of
    Rafah", "Tel al-Sultan, a district in the southern Gaza city of Rafah": the address of
    the site goes on, with a town that holds it; so does "the Nasser Medical Complex in
    southern Gaza's Khan Younis", the region's town (one place, the hospital, not a second
    at the town)."""
    return bool(site is not None and (_NEAR_TOWN.fullmatch(
        sentence.text, previous.end - sentence.start, m.start - sentence.start) or
        previous.kind == "region" and (_SETTLEMENT_OF.fullmatch(
            sentence.text, previous.end - sentence.start, m.start - sentence.start) or
            _POSSESSIVE.fullmatch(
                sentence.text, previous.end - sentence.start, m.start - sentence.start)))
        and holds(gaz, m, site))


def _where_the_place_before_lies(previous: Mention | None, m: Mention, sentence: Span) -> bool:
    """"Abasan al Kabira, east of Khan Younis": a bearing from ``m`` says where the place
    before is (not "Beit Lahiya, south of Gaza city", a list: Beit Lahiya is north of it)."""
    return bool(m.qualifier and m.qualifier.endswith(" of") and previous is not None
                and previous.kind != "region" and not previous.qualifier and
                bearing_apposed(sentence.text, previous.end - sentence.start,
                                m.start - sentence.start, m.qualifier) and
                _lies_toward(previous, m, m.qualifier))


def _the_address_of_the_place_before(previous: Mention, m: Mention, between: str,
                                     sentence: Span, gaz: Gazetteer,
                                     two: Callable[[int, int], bool]) -> bool:
    """"the school in Gaza city": the wider place says where the school is, and may itself
    be placed ("in Abasan al-Kabira near the city of Khan Yunis"); so does the camp or the
    neighbourhood a building is in. And "the al-Tabi'in school and its mosque in the
    al-Daraj neighbourhood of Gaza City": the site's own part, then where both are (not
    "and its director in Rafah said")."""
    return bool((rank(m) > rank(previous) or
                 _building_in(previous, m, between, sentence) and
                 not two(previous.start, m.start)) and (
        _says_where(between) or (_APPOSED.fullmatch(between) or
                                 _ALSO_IN.fullmatch(between) or
                                 _APPOSED_SIDE.fullmatch(between)) and
        holds(gaz, m, previous) or
        (its := _AND_ITS.match(between)) is not None and
        _says_where(between[its.end():])) and (
        not (m.qualifier or "").endswith(" of") or _IN_ITS_SIDE.search(between) or
        _lies_toward(previous, m, m.qualifier or "")))


def _where_the_place_after_is(previous: Mention, m: Mention, between: str,
                              gaz: Gazetteer) -> bool:
    """"Gaza City's al-Shifa Hospital", "the Gaza neighbourhood of Shejaia", "near Khan
    Younis in the Al-Mawasi area": the city only says where the hospital, the neighbourhood
    or the area is, so it is no place of its own."""
    return bool(rank(m) < rank(previous) and (
        _POSSESSIVE.fullmatch(between) or _NAMED_PART_OF.fullmatch(between) or
        _IN_ITS_PART.fullmatch(between)) and holds(gaz, previous, m))


def _opens_the_sentence(m: Mention, sentence: Span) -> bool:
    """"In Khan Younis, ...": the town opens the sentence, set off by a comma."""
    return _FRAMES.fullmatch(sentence.text, 0, m.start - sentence.start) is not None and \
        sentence.text.startswith(",", m.end - sentence.start)


def _describes_the_town_named_after(m: Mention, points: dict[str, Mention],
                                    sentence: Span) -> bool:
    """"the northern Gaza city of Deir al-Balah": the region only describes the town named
    after it (even where the report misplaces it)."""
    named_after = _SETTLEMENT_OF.match(sentence.text, m.end - sentence.start)
    return named_after is not None and any(
        o.start == sentence.start + named_after.end() for o in points.values())


def _holds_another_place(pid: str, p: Place, m: Mention, points: dict[str, Mention],
                         places: dict[str, Place | None], sentence: Span, gaz: Gazetteer,
                         opens: bool, one_happening: bool,
                         two: Callable[[int, int], bool]) -> bool:
    """"across the Strip, including Jabalia", "Jabalia, in northern Gaza": the region holds
    another place of the clause already, as does a town that frames a place in it; not
    "killed across the Gaza Strip and in Gaza City", nor "fighting in northern Gaza, Gaza
    City and Khan Younis" (a list, left to the caller).

    A town frames the one place it tells when it opens the sentence ("In Khan Younis, an
    apartment near the Nasser Hospital compound was hit": the site, near which the attack
    was), or when one phrase joins it to the place; not "In Khan Younis, strikes hit homes
    and fighting raged near Nasser hospital": two happenings; nor "In Khan Younis, heavy
    bombardment continued, with a strike near Nasser hospital", "In Deir al-Balah, people
    gathered near al-Aqsa hospital as Israeli strikes hit the city": the town's own
    happening beside the site's."""
    return any(
        o != pid and places[o] is not None and (
            p.kind == "region" or opens or one_happening and points[o].start > m.start
            and _ONE_PHRASE.fullmatch(sentence.text, m.end - sentence.start,
                                      points[o].start - sentence.start)
            and not two(m.start, points[o].start)) and (
            gaz.within(places[o], p) or opens and seat_of(p, places[o]) and
            not two(m.start, points[o].start) and
            not (places[o].feature_class == "corridor" and _TOWN_TOLD.match(
                sentence.text, points[o].end - sentence.start)))
        and not _AND_IN.fullmatch(sentence.text, m.end - sentence.start,
                                  points[o].start - sentence.start)
        and (p.kind == "region" or opens and not two(m.start, points[o].start) and
             _ONE_PHRASE.fullmatch(sentence.text, m.end + 1 - sentence.start,
                                   points[o].start - sentence.start) is not None and
             _THE_TOWN_AGAIN.search(sentence.text, points[o].end - sentence.start)
             is None or
             not _NEAR_SITE.search(
            sentence.text, max(0, points[o].start - sentence.start - 40),
            points[o].start - sentence.start))
        for o in points)


# "In Gaza, fighting around Al Shifa hospital intensified": a city that opens the sentence
# frames where the hospital is, as a region would
_TOWNS_HOLDING = frozenset({"city", "town"})
# "an airstrike in Gaza City killed four people in the Zeitoun neighborhood", "Gaza's biggest
# hospital, al-Shifa": no list's "and" and no phrase of its own between a town and a place
# in it (not "the Jabalia area and the neighbourhoods of ..., Jabalia Camp": items of a
# list; nor "leaflets over Gaza City telling all residents to leave, as it pressed on with
# operations in Tel al-Hawa", "tanks shelled eastern Rafah, with troops raiding homes in Tal
# as-Sultan"; nor "tanks shelled Rafah from positions in Tal as-Sultan": where the guns
# stood, not what they hit)
# (but "a man was shot and wounded by troops near": one deed told by two words)
_ONE_PHRASE = re.compile(r"(?:\b(?:shot|killed|beaten)\s+and\s+(?:wounded|injured|killed)\b|"
                         r"(?!\band\b|\bor\b|,(?!\s*$)|\bfrom\s+(?:(?:its|their)\s+)?"
                         r"(?:positions?|posts?|bases?)\b)[^;:()–—])*")
# "a strike on Abu Hussein school in Jabalia refugee camp", "strikes hit al-Quds hospital in
# Tel al-Hawa": a building in the camp or the neighbourhood, as specific as a site but said
# to be in it (not "a strike on a school near the Indonesian hospital in Jabalia camp": a
# landmark the site is near does not hold the camp)
_BUILDING_IN = {"facility": ("camp", "neighbourhood"), "hospital": ("camp", "neighbourhood")}
# ... the neighbourhood right after the building, as its address (not "hit al-Quds hospital
# on Sunday, killing five people in Tel al-Hawa": the neighbourhood's own happening; but
# "shelled al-Quds hospital from positions in Tel al-Hawa": where the guns stood is no
# place of the attack either)
_RIGHT_IN = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:is|was)\s+)?(?:(?:located|situated)\s+|"
                       r"from\s+(?:(?:its|their)\s+)?(?:positions?|posts?|bases?)\s+)?"
                       r"(?:in|inside|within)\s+(?:the\s+)?", re.I)
# (nor "strikes targeted the surroundings of al-Shifa hospital in Rimal": the fire fell
# around the building, in the neighbourhood)
_AROUND_SITE = re.compile(r"\b(?:around|surroundings\s+of|surrounding|environs\s+of|"
                          r"perimeter\s+of|outskirts\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
                          re.I)


def _building_in(site: Mention, m: Mention, between: str, sentence: Span) -> bool:
    """Whether ``m``, named after the building ``site``, is the camp or neighbourhood it is
    in (see ``_BUILDING_IN``)."""
    if m.feature_class not in _BUILDING_IN.get(site.feature_class or "", ()):
        return False
    at = site.start - sentence.start
    return not _NEAR_SITE.search(sentence.text, max(0, at - 40), at) and (
        m.feature_class != "neighbourhood" or _RIGHT_IN.fullmatch(between) is not None and
        not _AROUND_SITE.search(sentence.text, max(0, at - 40), at))


def seat_of(city: Place, other: Place) -> bool:
    """"In Khan Younis, ... a strike on a house in the al-Qarara area": a city that opens
    the sentence and names its governorate frames the towns of that governorate too (and
    its corridor: "In Rafah, medics said a man was shot ... near the Philadelphi
    corridor")."""
    return city.feature_class == "city" and (other.kind != "region" or
                                             other.feature_class == "corridor") and \
        other.governorate is not None and other.governorate == city.governorate and \
        name_key(city.name).removesuffix(" city") == name_key(city.governorate)


# (and "In eastern Gaza City, artillery fire on al-Shujaiya killed one": the side of the
# town told first, the mention's qualifier)
_FRAMES = re.compile(r"\W*(?:(?:[Yy]esterday|[Tt]oday|[Oo]vernight|[Mm]eanwhile|[Ee]arlier|"
                     r"[Oo]n\s+\w+day),?\s+)?(?:[Ii]n|[Oo]n|[Ii]nside|[Ww]ithin)\s+(?:the\s+)?"
                     r"(?:(?:[Nn]orth|[Ss]outh)-?(?:east|west)(?:ern)?\s+|"
                     r"(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern)?\s+|[Cc]entral\s+)?")


# (not "intense in Khan Younis, with heavy fighting reported near Nasser hospital": a site
# the fighting was only near leaves the town the place)
# "... as Israeli strikes hit the city": the town told again as a place of its own
_THE_TOWN_AGAIN = re.compile(r"\b(?:the|that|this)\s+(?:city|town|camp)\b(?!['’])", re.I)
# (nor "In Rafah, Israeli forces that control the Philadelphi corridor shelled the city's
# western neighbourhoods": the town told after its corridor in the same clause, the place
# of its own; but "near the Philadelphi corridor, and tanks shelled the city": another deed)
_TOWN_TOLD = re.compile(r"(?:(?!,\s+(?:and|while|as|but)\b)[^;:—–])*?"
                        r"\b(?:the|that|this)\s+(?:city|town)\b", re.I)
_NEAR_SITE = re.compile(r"\b(?:near|nearby|close to|vicinity of|outside|where)\s+(?:the\s+)?"
                        r"(?:[\w'’-]+\s+){0,3}$", re.I)


_APPOSED = re.compile(r"\s*,\s*")
# "in Tal as Sultan, western Rafah": the side of the town the place lies in, its address
_APPOSED_SIDE = re.compile(r"\s*,\s*(?:(?:north|south)-?(?:east|west)(?:ern)?|(?:north|south|"
                           r"east|west)(?:ern)?|central)\s+", re.I)


# (and "Gaza City's eastern Shijaiyah neighborhood": the part of the city it lies in)
_SETTLEMENT_OF = re.compile(r"\s+(?:city|town|village|(?:refugee\s+)?camp)\s+of\s+(?:the\s+)?",
                            re.I)


# (and "Khan Younis' eastern Bani Suheila": the bare apostrophe after an s)
_POSSESSIVE = re.compile(r"(?:['’]s?)\s+(?:the\s+)?(?:(?:north|south)?-?(?:east|west)ern"
                         r"\s+|(?:northern|southern|central)\s+)?")


_AND_IN = re.compile(r"\s+and\s+(?:in\s+|near\s+|around\s+)?(?:the\s+)?", re.I)


_OUTSKIRTS = re.compile(r"(?:outskirts|edges?|fringes?|periphery)\s+of", re.I)


def _list_items(places: list[Mention], sentence: Span) -> set[str]:
    """Place ids that are items of a list: joined to a neighbour by "and", "or", "as well
    as", or one of three or more names joined by commas ("in northern Gaza, Gaza City, the
    Middle Area, and Khan Younis"), as opposed to "Jabalia, northern Gaza" (an address)."""
    out: set[str] = set()
    run: list[Mention] = places[:1]
    joined = False
    for prev, m in zip(places, places[1:]):
        gap = sentence.text[prev.end - sentence.start:m.start - sentence.start]
        if m.qualifier and _OUTSKIRTS.fullmatch(m.qualifier) and \
                gap.lower().endswith(" " + m.qualifier.lower() + " "):
            # "primarily in northern Gaza and the outskirts of Gaza city": an item of the
            # list, told by its edge
            gap = gap[:-len(m.qualifier) - 1]
        glue = LIST_GAP.fullmatch(gap)
        if glue is not None:
            run.append(m)
            joined = joined or bool(glue.group(1))
            continue
        if joined or len(run) >= 3:
            out.update(x.place_id for x in run if x.place_id)
        run, joined = [m], False
    if joined or len(run) >= 3:
        out.update(x.place_id for x in run if x.place_id)
    return out


def _lies_toward(place: Mention, landmark: Mention, qualifier: str) -> bool:
    """Whether ``place`` lies in the direction ``qualifier`` ("south of") names from
    ``landmark``, as far as their coordinates tell (unknown coordinates: it may)."""
    if None in (place.lat, place.lon, landmark.lat, landmark.lon):
        return True
    q = qualifier.lower()
    dlat, dlon = place.lat - landmark.lat, place.lon - landmark.lon
    wrong_lat = q.startswith("north") and dlat < 0 or q.startswith("south") and dlat > 0
    wrong_lon = "east" in q and dlon < 0 or "west" in q and dlon > 0
    if q.startswith(("north", "south")) and ("east" in q or "west" in q):
        # "Al Mawasi area, southwest of Rafah": a compound direction is loose wording;
        # one of its halves holding is enough
        return not (wrong_lat and wrong_lon)
    return not (wrong_lat or wrong_lon)


def holds(gaz: Gazetteer, outer: Mention, inner: Mention) -> bool:
    """"Tel al-Sultan, Rafah": whether the gazetteer puts the first place in the second."""
    a, b = gaz.get(inner.place_id), gaz.get(outer.place_id)
    return a is not None and b is not None and gaz.within(a, b)


def _says_where(between: str) -> bool:
    """Whether the words between a place and a wider one make the wider one its address:
    "the school in Gaza city", "Al-Awda school – a shelter – in Abasan", "the school in
    Daraj, Gaza City" (a neighbourhood the gazetteer does not know between them)."""
    if "–" in between or "—" in between or "(" in between:
        between = _ASIDE.sub(" ", between)
    return _LIES_IN.fullmatch(between) is not None or _ADDRESS.fullmatch(between) is not None \
        or _WHICH_IN.fullmatch(between) is not None or _ON_OR_AT.fullmatch(between) is not None


_AND_ITS = re.compile(r"\s+and\s+(?:its|their)\s+(?:[\w'’-]+\s+)?(?:mosques?|courtyards?|yards?|"
                     r"surroundings|vicinity|annex(?:es)?|gates?|entrances?|playgrounds?|"
                     r"grounds|compound|classrooms|wards?|halls?|buildings?|clinics?|"
                     r"premises)(?=\s+(?:in|at)\s)", re.I)


# "the Abu Hussein school, run by the United Nations, which was sheltering displaced
# families in Jabalia refugee camp": a clause that describes the site, then where it is
# (not "the school, and the strikes which hit homes in Jabalia": a list, another happening)
_WHICH_IN = re.compile(r"\s*,\s+(?:(?!and\b|or\b|also\b)[\w'’-]+[\s,]+){0,5}?(?:which|that)\s+"
                       r"(?:is|was|were|are|had\s+been|has\s+been)\s+(?:(?!and\b|or\b|also\b)"
                       r"[\w'’-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?", re.I)


# "the Al Hilo Hospital, also in Gaza city, was struck": where it is, like the one before
# (but "Rafah, and also in Khan Younis" lists a second place, which does not hold the first)
_DESCRIBED_IN = re.compile(r"\s*,\s+(?:(?:which|that)\s+(?:is|was)\s+|one\s+of\s+)?"
                           r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,6}in\s+(?:the\s+)?")


# "the Shaboura camp in Rafah, in central Rafah city": the address told again with the side
# of the town the site lies in (the side is the mention's qualifier)
_IN_ITS_SIDE_AGAIN = re.compile(r"\s*,?\s+in\s+(?:the\s+)?"
                                r"(?:(?:north|south)-?(?:east|west)(?:ern)?|"
                                r"(?:north|south|east|west)(?:ern)?|central)\s+", re.I)


_ALSO_IN = re.compile(r"\s*,\s+also\s+(?:located\s+)?in\s+(?:the\s+)?")


_ASIDE = re.compile(r"\s*(?:[–—][^–—]*[–—]|\([^()]*\))\s*")


_ADDRESS = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?:(?:al|el|an|ad|ash|as)-)?[A-Z][\w'’-]*"
                      r"(?:[\s-](?:(?:al|el|an|ad|ash|as)-)?[A-Z][\w'’-]*){0,2}(?:,\s+(?:in\s+)?|"
                      # "the al-Tabi'in school in the al-Daraj neighbourhood in the east of Gaza
                      # City": a part the gazetteer does not know, in a part of the city
                      r"\s+(?:neighbou?rhood|district|quarter|area)\s+(?:in|of)\s+(?:the\s+)?"
                      r"(?:(?:north|south|east|west)(?:ern)?\s+(?:of\s+)?(?:the\s+)?)?)")


# (and "Tel al-Hawa in south-west Gaza City", "in the north-eastern Gaza Strip")
_LIES_IN = re.compile(r"(?:[\s,]+(?:(?!and\b|or\b|well\b|also\b|plus\b)[\w'’-]+[\s,]+){0,5})?"
                      r"(?:in|of|near)"
                      r"\s+(?:the\s+)?(?:(?:(?:north|south)-?)?(?:north|south|east|west)(?:ern)?"
                      r"\s+)?", re.I)


# "the Kafr Qasim school on the al-Shati refugee camp", "a clinic at the Nuseirat camp":
# "on" and "at" right after the site say where it is, as "in" does (only right after it:
# "the school, then on Jabalia" tells another place)
_ON_OR_AT = re.compile(r"\s+(?:on|at)\s+(?:the\s+)?", re.I)


_NEAR_TOWN = re.compile(r"\s*,?\s*(?:near|close to|outside|next to)\s+(?:the\s+)?"
                        r"(?:(?:city|town|village)\s+of\s+)?", re.I)


_IN_ITS_PART = re.compile(r"\s+in\s+the\s+")


# "the al-Tabi'in school in the al-Daraj neighbourhood in the east of Gaza City": a part of
# the city the place lies in, not a bearing from it ("Abasan, east of Khan Younis")
_IN_ITS_SIDE = re.compile(r"\bin\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+$",
                          re.I)


_NAMED_PART_OF = re.compile(r"(?:'s|’s)?\s+(?:neighbou?rhood|district|quarter|area)\s+of\s+"
                            r"(?:the\s+)?", re.I)
