"""Place names the gazetteer's automaton does not find on its own.

* a noun shared by a coordination names both places: "Shifa and Al Quds hospitals";
* names that continue a list of places: "Ar Rimal, Ash Shujai'yeh, and Ad Daraj areas";
* the names of a list that a plural noun of areas opens: "the neighbourhoods of Al-Salam,
  Al-Nour and Jabalia Camp";
* capitalised words after "in/near/at" that look like a place: resolved by a close
  spelling in the gazetteer, or reported unresolved (``place_id=None``) rather than
  dropped;
* a close spelling of a place of the Strip where a name is told: after a preposition or
  "the town of", before a site's noun ("Kamal Awan Hospital"), or with an apostrophe
  inside a word ("Sheja’iya").

Pure functions of the text, the gazetteer and the mentions already found; called by
:class:`geoevents.mentions.MentionMatcher`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from geoevents.anchored import Cues, PrefixIndex
from geoevents.gazetteer import Candidate, Gazetteer
from geoevents.model import Mention, Place
from geoevents.name_checks import ends_a_name
from geoevents.normalize import ARTICLES, fold, name_key

__all__ = ["shared_noun_mentions", "list_mentions", "introduced_list_mentions",
           "candidate_mentions", "near_spelling_mentions", "place_mention", "PlaceCues",
           "region_of_direction", "shared_region_mentions", "strip_side_mentions",
           "unresolved_mention", "site_first_words", "bare_of_another_site"]


# "X and Y hospitals/camps/schools": X's full name is "X hospital", and Y's "Y hospital".
_NAME = r"((?:[Aa]l[- ])?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"


# Read backwards from the noun: "[X[,]] and Y" ending right before it (and "the" before the
# last: "Kamal Adwan, al-Awda and the Indonesian hospitals")
_COORDINATED = re.compile(rf"(?:\b{_NAME},? )?\band (?:the )?{_NAME}\Z")
# ... and the items before those, each followed by a comma: "Bureij, " in "Bureij, Maghazi and"
_EARLIER_ITEM = re.compile(rf"\b{_NAME}, \Z")


# Toponym-like candidates: capitalised words after a locative preposition, tried only
# where a preposition begins a word (geoevents.anchored).
_CANDIDATE = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]round|[Tt]owards?|[Ii]nto)\s+(?:the\s+)?"
    r"((?:(?:al|el)-)?(?:[A-Z][a-z'’]+|[A-Z]{2,})(?:[ -](?:al-|el-|as-|ash-|an-|ad-)?"
    r"[A-Z][a-z'’]+){0,3})"
)


# The name before " road"/" street" (found by the noun, which is rare in a report).
_ROAD_NAME = re.compile(r"\b(?:(?:Al|al|El|el)[- ])?([A-Z][a-z'’-]+)(?:[ -](?:(?:Ad|As|An|Al|ad|as|"
                        r"an|al)[ -])?[A-Z][a-z'’-]+){0,2} \Z")
_ROAD_NOUNS = (" road", " street")
# Named sites found the same way ("the UN-run Al-Jawni school", "the Yassin mosque"):
# hospitals are left to the gazetteer, which knows them under their many names.
_SITE_NOUNS = (" school", " mosque", " church", " college", " university")
_GENERIC_ROADS = frozenset({"Main", "Ring", "Side", "Back", "High"})
# "the only Catholic church in Gaza": a denomination describes a church, it does not name it
# (but "the Greek Orthodox Church" may be the name a report gives one)
_DENOMINATIONS = frozenset({"Catholic", "Orthodox", "Anglican", "Baptist", "Evangelical",
                            "Protestant", "Latin", "Coptic", "Greek", "Armenian"})


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


_ABBREVIATION_UPPER = re.compile(r"^[A-Z]{2,}$")


_FACILITY_AFTER = re.compile(r"\s+(school|hospital|camp|mosque|clinic|university|college|"
                             r"church|bakery)\b", re.I)


# The next item of a list of places: ", Name", ", and Name", " and Name"; then either the
# separator before the list's next item (group 2) or a noun that says the list names
# areas (group 3: "Ar Rimal and Ad Daraj areas of Gaza city").
_LIST_ITEM = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    r"((?:(?:Al|El|A[dnrsz]|Ash|At)[- ]|(?:al|el|a[dnrsz]|ash|at)-)?[A-Z][a-z'’]+"
    r"(?:[ -][A-Z][a-z'’]+){0,2})"
    r"(?:(,\s*(?:and\s+)?|\s+and\s+)|\s+(areas?|neighbou?rhoods?|quarters?|districts?)\b)?")


def _next_item(text: str, after: int) -> re.Match | None:
    """The name that continues a list right after offset ``after``, if any."""
    if after >= len(text) or not (text[after] == "," or text.startswith(" and ", after)):
        return None  # most names end a phrase, not a list
    return _LIST_ITEM.match(text, after)


def _starts_a_name(text: str, at: int, starts: list[int]) -> bool:
    """Whether a known place name begins at ``at`` (after an optional "the ")."""
    if text.startswith(("the ", "The "), at):
        at += 4
    k = bisect_left(starts, at)
    return k < len(starts) and starts[k] == at


# One lower-case word between the names and "refugee camps" ("historic", "crowded")
_ADJECTIVE_BEFORE = re.compile(r" (?!(?:and|or|the|of|in|two|three|four|five|both)\b)"
                               r"[a-z][a-z-]+\Z")


def _shared_nouns(text: str) -> list[tuple[int, str]]:
    """(offset of the space before it, noun) for each " hospitals", " camps", " schools",
    " crossings"."""
    found = []
    for noun in ("hospitals", "camps", "schools", "crossings"):
        at = text.find(" " + noun)
        while at >= 0:
            after = at + 1 + len(noun)
            if after == len(text) or not (text[after].isalnum() or text[after] == "_"):
                names_end = at
                if noun == "camps" and text.endswith(" refugee", 0, at):
                    names_end -= len(" refugee")  # "Al Bureij and Al Maghazi refugee camps"
                    word = _ADJECTIVE_BEFORE.search(text, max(0, names_end - 30), names_end)
                    if word is not None:
                        names_end = word.start()  # "... Al-Maghazi historic refugee camps"
                found.append((names_end, noun))
            at = text.find(" " + noun, after)
    return sorted(found)


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


def shared_noun_mentions(gazetteer: Gazetteer, text: str) -> list[Mention]:
    """"Shifa and Al Quds hospitals", "Jabalia and Nuseirat camps": the noun shared by
    a coordination names both places. These mentions replace what the bare names
    matched (the town of Nuseirat, the village of An-Nasr for "Nasser")."""
    out: list[Mention] = []
    for at, plural in _shared_nouns(text):
        joint = text.rfind(" and ", max(0, at - 70), at)
        if joint < 0:
            continue  # no coordination right before the noun (most cases)
        hit = _COORDINATED.search(text, max(0, joint - 60), at)
        if hit is None:
            continue
        items = _items_sharing(text, hit)
        earlier = len(items) - (2 if hit.group(1) is not None else 1)
        found: dict[int, Mention] = {}
        the_last = " the " in text[hit.start(2) - 5:hit.start(2)]
        for k in range(len(items) - 1, -1, -1):
            if k < earlier and k + 1 not in found:
                # (not "Jabalia, Beit Lahia, Bureij and Nuseirat camps": a name of no camp
                # ends the items that share the noun; Jabalia is the town)
                break
            span, side = items[k]
            if the_last and k < len(items) - 1 and _a_town(gazetteer, text, span):
                # (not "Strikes hit Khan Younis and the Nuseirat camps", "raided Jabalia and
                # the Beach camps": "the" opens the last item's own phrase, and a town
                # before it is the town)
                break
            mention = _shares_the_noun(gazetteer, text, span, plural, side)
            if mention is not None:
                found[k] = mention
        out += [found[k] for k in sorted(found)]
    return out


_TOWN_CLASSES = frozenset({"city", "town", "village"})


def _a_town(gazetteer: Gazetteer, text: str, span: tuple[int, int]) -> bool:
    """Whether the name at ``span`` is, by itself, first a town ("Jabalia", "Khan Younis")."""
    name = text[span[0]:span[1]]
    name = name[4:] if name.startswith(("The ", "the ")) else name
    cands = gazetteer.candidates_for_key(name_key(name))
    return bool(cands) and cands[0].place.feature_class in _TOWN_CLASSES


def _items_sharing(text: str, hit: re.Match) -> list[tuple[tuple[int, int], str]]:
    """The names of a coordination before a shared noun (``hit``), each with the side where
    the name it shares the noun with stands, and the earlier items of its list ("Bureij,
    Maghazi and Nuseirat refugee camps": the earlier items share the noun too)."""
    items = [(hit.span(group), side) for group, side in ((1, "after"), (2, "before"))
             if hit.group(group) is not None]
    edge = hit.start(1) if hit.group(1) is not None else -1
    while edge > 0 and len(items) < 6:
        more = _EARLIER_ITEM.search(text, max(0, edge - 40), edge)
        if more is None:
            break
        items.insert(0, (more.span(1), "after"))
        edge = more.start(1)
    return items


def _shares_the_noun(gazetteer: Gazetteer, text: str, span: tuple[int, int], plural: str,
                     side: str) -> Mention | None:
    """The place the name at ``span`` is with the noun it shares ("Nuseirat" of "Bureij and
    Nuseirat camps"), or None."""
    start, end = span
    noun = plural.lower().rstrip("s")
    words = text[start:end].split()
    # "In Jabalia and ...": a capitalised word before the name is not part of it
    for first in range(len(words)):
        if words[first] in ("The", "the"):
            continue  # "The Rafah, Kerem Shalom and Erez crossings": not the name's
        name = " ".join(words[first:])
        cands = gazetteer.candidates_for_key(name_key(f"{name} {noun}"))
        if cands:
            return place_mention(text, end - len(name), end, cands[0].place, 0.85, None,
                                 f"shares '{plural}' with the name {side} it",
                                 tuple(x.place.id for x in cands[1:]))
    return None


def list_mentions(gazetteer: Gazetteer, text: str, known: list[Mention]) -> list[Mention]:
    """Names that continue a list of places ("Ar Rimal, Ash Shujai'yeh, and Ad Daraj
    areas of Gaza city"): the gazetteer's close spelling, or unresolved where the list
    plainly goes on ("areas", another comma) so that a name is not dropped."""
    out: list[Mention] = []
    starts = [m.start for m in known]
    queue = [m.end for m in known if m.place_id is not None]
    while queue:
        hit = _next_item(text, queue.pop(0))
        if hit is None:
            continue
        start, end = hit.span(1)
        if _overlaps(known, starts, start, end) or any(m.start == start for m in out):
            continue  # a name already found
        surface = hit.group(1)
        if surface.split()[0] in _NOT_PLACES or surface in _DIRECTIONS_ALONE:
            continue
        cands = gazetteer.lookup(surface, limit=3) if len(surface) <= 80 else []
        if cands:  # "exact" too: a spelling the automaton has not ("Shujai'yeh")
            out.append(_looked_up(text, start, end, cands, "in a list of places"))
        elif hit.group(3) or hit.group(2) and _starts_a_name(text, hit.end(2), starts):
            out.append(unresolved_mention(text, start, end,
                                          "named in a list of places but not in the gazetteer"))
        else:
            continue
        queue.append(end)
    return out

# "the neighbourhoods of Al-Salam, Al-Nour and Tal Al-Zaatar", "areas in the east, including
# Cura al-Lut, Ash-Sheikh Nasir": a plural noun of areas opens a list whose every item is a
# place, known to the gazetteer or not.
_LIST_OPENER = re.compile(
    r"\b(?:neighbou?rhoods|areas|towns|villages|districts|quarters)"
    r"(?:\s+in\s+the\s+[a-z]+)?(?:\s+of|,?\s+(?:including|such\s+as)|\s+include)\s+")
_OPENED_ITEM = re.compile(
    r"(?:(?:Al|El|A[dnrsz]|Ash|At)[- ]|(?:al|el|a[dnrsz]|ash|at)-)?[A-Z][a-z'’]+"
    r"(?:[ -](?:(?:al|el|a[dnrsz]|ash|at)-)?[A-Z‘'’][\w'’‘]+){0,3}"
    r"(?=,|\s+[a-z]|[.;:)”\"]|\s*\Z)")
_OPENED_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# "areas including Gaza City, Water and Sanitation": areas of work (sectors, clusters), not
# of land
_SECTOR_WORDS = frozenset("""
Health Nutrition Water Sanitation Hygiene WASH Shelter Shelters Education Protection Food
Security Logistics Livelihoods Agriculture Emergency Telecommunications Camp Coordination
Management Mine Action Gender Child Housing Infrastructure Energy Fishing Industry Finance
Planning Trade Tourism Transport Justice Governance Economy Employment Relief Recovery
""".split())
# "hospitals in areas including Al-Aqsa, Nasser and Kamal Adwan": the items are the
# facilities ("Nasser" is the hospital, not the village An-Nasr)
_FACILITIES_BEFORE = re.compile(
    r"\b(?:hospitals|facilities|clinics|schools|shelters|centres|centers|bakeries|"
    r"universities|mosques|churches)\s+(?:in\s+)?(?:[a-z]+\s+){0,2}\Z")


def introduced_list_mentions(gazetteer: Gazetteer, text: str, known: list[Mention]
                             ) -> list[Mention]:
    """Each name of a list that "neighbourhoods of", "areas, including" opens: the
    gazetteer's close spelling, else unresolved. A list needs two names or more (not
    "the areas of Rafah")."""
    out: list[Mention] = []
    starts = [m.start for m in known]
    for opener in _LIST_OPENER.finditer(text):
        if _FACILITIES_BEFORE.search(text, max(0, opener.start() - 60), opener.start()):
            continue
        items = []
        at = opener.end()
        while True:
            if text.startswith("the ", at):
                at += 4
            hit = _OPENED_ITEM.match(text, at)
            if hit is None:
                break
            items.append(hit.span())
            sep = _OPENED_SEPARATOR.match(text, hit.end())
            if sep is None:
                break
            at = sep.end()
        if len(items) < 2 or any(text[a:b].split()[0] in _SECTOR_WORDS for a, b in items):
            continue
        found = []
        for start, end in items:
            surface = text[start:end]
            if _overlaps(known, starts, start, end):
                found.append(None)  # a known place: the list is one of places
                continue
            if surface.split()[0] in _NOT_PLACES or surface in _DIRECTIONS_ALONE or \
                    any(m.start == start for m in out):
                continue
            cands = gazetteer.lookup(surface, limit=3) if len(surface) <= 80 else []
            # a loose likeness is another place ("Al-Rawda" is not al-Awda, "Al-Jeneina"
            # not Jenin): only a close spelling of a place in the Strip is taken
            cands = [c for c in cands if c.match != "fuzzy" and c.place.in_gaza]
            found.append(_looked_up(text, start, end, cands, "in a list of areas") if cands
                         else unresolved_mention(text, start, end,
                                                 "named in a list of areas but not in the "
                                                 "gazetteer"))
        # (not "areas such as Health, Nutrition and Shelter": some name must be a place)
        if any(m is None or m.place_id is not None for m in found):
            out.extend(m for m in found if m is not None)
    return out


# "central and southern Gaza", "northern, central and southern Gaza": the directions
# before the last share its "Gaza".
_DIRECTIONS_BEFORE = re.compile(r"(?i)\b((?:north|south|centr|east|west)(?:ern|al)?)"
                                r"(?:,\s+|\s+and\s+|\s+or\s+)\Z")
_REGION_OF = {"north": "northern Gaza", "northern": "northern Gaza", "south": "southern Gaza",
              "southern": "southern Gaza", "central": "central Gaza", "middle": "central Gaza",
              "centre": "central Gaza", "center": "central Gaza"}


def region_of_direction(gazetteer: Gazetteer, word: str) -> Place | None:
    """The region of the Strip a direction word names ("northern", "the centre of")."""
    name = _REGION_OF.get(word.lower())
    cands = gazetteer.candidates_for_key(name_key(name)) if name else []
    return cands[0].place if cands else None


# "died in the southern Strip": the Strip named alone, with its side
_SIDE_OF_THE_STRIP = re.compile(r"\bthe\s+((?:north|south)(?:ern)?|central|middle)\s+Strip\b")


_SIDES = ("north", "south", "ern", "central", "middle")


def _side_before_strip(text: str) -> bool:
    """Whether a direction word stands before some "Strip": a test by plain string
    search, far cheaper than running the pattern over the whole report."""
    at = text.find("Strip")
    while at >= 0:
        before = text[max(0, at - 40):at].rstrip()
        if before.endswith(_SIDES) or len(before) < 8 and at > 40:
            return True  # (or so many spaces that a direction word may be cut off: let
            # the pattern decide)
        at = text.find("Strip", at + 5)
    return False


def strip_side_mentions(gazetteer: Gazetteer, text: str, known: list[Mention]
                        ) -> list[Mention]:
    """"in the southern Strip": a region of the Strip told with "the Strip" alone, which
    no gazetteer spelling is."""
    out: list[Mention] = []
    if not _side_before_strip(text):
        return out  # the common case: "the Gaza Strip", never "the southern Strip"
    for hit in _SIDE_OF_THE_STRIP.finditer(text):
        start, end = hit.start(1), hit.end()
        region = region_of_direction(gazetteer, hit.group(1))
        if region is not None and not any(m.start < end and start < m.end for m in known):
            out.append(place_mention(text, start, end, region, 0.85, None,
                                     f"'{hit.group(1)}' + the Strip = {region.name}", ()))
    return out


_AREAS_BEFORE = re.compile(r"(?i)\b((?:north|south|centr)(?:ern|al)?|middle)(?:,\s+|\s+and\s+|"
                           r"\s+or\s+)(?:north|south|centr)(?:ern|al)?\s+(?:areas?|parts?|"
                           r"regions?)\s+of\s+(?:the\s+)?\Z")


def shared_region_mentions(gazetteer: Gazetteer, text: str, known: list[Mention]
                           ) -> list[Mention]:
    """The directions listed before a region of the Strip: "central" in "central and
    southern Gaza" names central Gaza."""
    out: list[Mention] = []
    for m in known:
        if m.feature_class != "region" or not m.in_gaza:
            continue
        # "in the middle and southern areas of Gaza (Strip)": the areas share "of Gaza"
        hit = _AREAS_BEFORE.search(text, max(0, m.start - 60), m.start)
        region = region_of_direction(gazetteer, hit.group(1)) if hit else None
        if region is not None:
            out.append(place_mention(text, hit.start(1), hit.end(1), region, 0.85,
                                     None, f"'{hit.group(1)}' shares 'areas of "
                                     f"{m.surface}' with the direction after it", ()))
            continue
        if " " not in m.surface:
            continue
        end = m.start
        while True:
            hit = _DIRECTIONS_BEFORE.search(text, max(0, end - 30), end)
            region = region_of_direction(gazetteer, hit.group(1)) if hit else None
            if region is None:
                break
            start, stop = hit.span(1)
            out.append(place_mention(text, start, stop, region, 0.85, None,
                                     f"'{hit.group(1)}' shares '{m.surface.split()[-1]}' with "
                                     f"'{m.surface}'", ()))
            end = start
    return out


def _named_roads(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of "<Capitalised name> road/street/school/mosque..." in the text."""
    out = []
    for noun in _ROAD_NOUNS + _SITE_NOUNS:
        at = folded.find(noun)
        while at >= 0:
            end = at + len(noun)
            if end == len(text) or not text[end].isalnum():
                hit = _ROAD_NAME.search(text, max(0, at - 40), at + 1)
                if hit is not None and hit.group(1) not in _NOT_PLACES and \
                        hit.group(1) not in _GENERIC_ROADS and \
                        not (hit.group(1) in _DENOMINATIONS and text[at + 1].islower()):
                    out.append((hit.start(), end))
            at = folded.find(noun, end)
    return sorted(out)


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


def candidate_mentions(gazetteer: Gazetteer, text: str, known: list[Mention],
                       cues: PlaceCues | None = None) -> list[Mention]:
    """Capitalised names that look like places ("in X", named roads) but that the
    automaton did not find: a close spelling of a gazetteer place, else unresolved."""
    if cues is None:
        cues = PlaceCues(text, fold(text))
    out: list[Mention] = []
    starts = [m.start for m in known]
    for start, end in _named_roads(text, cues.cues.folded):
        # "Al Rashid road", "Salah Ad Din road": a named road, wherever it stands
        if _overlaps(known, starts, start, end):
            continue
        # a site's name that the automaton did not find is not in the gazetteer: a similar
        # one would be another site ("Al-Jawni school" is not "Fahmi al-Jarjawi School")
        site = text[start:end].lower().endswith(_SITE_NOUNS)
        if site and gazetteer.candidates_for_key(name_key(text[start:end].split()[0])):
            continue  # "the Maghazi Secondary Girls School": named after the camp it is in
        # (but "the Catholic Church compound" is named by its denomination: the gazetteer
        # may know the church by it)
        denominated = text[start:end].split()[0] in _DENOMINATIONS
        cands = [] if site and not denominated else gazetteer.lookup(text[start:end], limit=3)
        if cands and cands[0].match != "exact":
            out.append(_looked_up(text, start, end, cands))
        elif not cands:
            out.append(unresolved_mention(text, start, end,
                                          "a named road or site that is not in the gazetteer"))
    starts = sorted(starts + [m.start for m in out])
    known = sorted([*known, *out], key=lambda m: m.start)
    for hit in cues.after_prepositions(known, starts):  # (most overlap a gazetteer match)
        start, end = hit.span(1)
        surface = hit.group(1)
        words = surface.replace("’", "'").split()
        if words[0].removesuffix("'s").removesuffix("'") in _NOT_PLACES or surface in _NOT_PLACES \
                or surface in _DIRECTIONS_ALONE:
            continue
        if _ABBREVIATION_UPPER.match(words[0]) or words[-1] in _ORG_LAST or \
                ends_a_name(text, (start, end, "")) or words[-1].endswith("'s"):
            continue  # "near Ismail Haniyeh's home": an unknown name's home is a person's
        site = _site_told_before(text, known, start, surface)
        if site is not None:
            out.append(site)
            continue
        cands = gazetteer.lookup(surface, limit=3) if len(surface) <= 80 else []
        noun = None if cands else _FACILITY_AFTER.match(text, end)
        if noun is not None:
            # "the al-Tabeen school compound": the school's name needs its noun
            cands = gazetteer.lookup(f"{surface} {noun.group(1)}", limit=3)
            if cands:
                end = noun.end()
        if cands and cands[0].match != "exact":
            out.append(_looked_up(text, start, end, cands))
        else:
            out.append(unresolved_mention(text, start, end,
                                          "looks like a place name but is not in the gazetteer"))
    return out


# The noun of a site a report names in full before it names it short ("near Nasser
# hospital ... Medics at Nasser said"): the short name is that site.
_TOLD_SITE = re.compile(r"[ -](?:(?:medical|refugee|border)\s+)?(hospital|medical complex|"
                        r"complex|clinic|school|mosque|church|camp|crossing)\Z", re.I)

# ... nor the name of another thing its noun tells ("a house in the Nasser neighbourhood of
# Gaza City" after "Nasser hospital": the neighbourhood)
_OTHER_NOUN_AFTER = re.compile(r"\s+(?:neighbou?rhood|area|district|quarter|street|road|"
                               r"square|roundabout|junction|intersection|market|family|clan|"
                               r"home|house|building|tower|school|mosque|church|clinic|camp|"
                               r"university|college|bakery)s?\b", re.I)


def _site_told_before(text: str, known: list[Mention], start: int, surface: str
                      ) -> Mention | None:
    """The site told in full earlier in the report whose name without its noun is
    ``surface`` ("Nasser hospital" before "at Nasser"), as a mention of ``surface``. Only
    for a name the gazetteer does not know on its own (a town, "Rafah" after "the Rafah
    crossing", is found by the automaton), never for the first telling, nor a person's
    ("at Nasser, who said")."""
    if text.startswith((", who", " who "), start + len(surface)) or \
            _OTHER_NOUN_AFTER.match(text, start + len(surface)):
        return None
    key = name_key(surface)
    for m in reversed(known):
        if m.end > start:
            continue
        noun = _TOLD_SITE.search(m.surface)
        if noun is None or name_key(m.surface[:noun.start()]) != key:
            continue
        return replace(m, surface=surface, start=start, end=start + len(surface),
                       confidence=round(0.9 * m.confidence, 3),
                       reason=f"short for {m.surface!r}, told before in this report")
    return None


# "Both Beith Lahia and Jabalia", "vehicles moved into the town of Abassan Al Kabeera", "in
# Al Sheja’iya": a capitalised name the automaton does not find, spelt like a place of the
# Strip word for word (each word begins alike and has a letter or two more or fewer), or
# the place's own spelling but for an apostrophe inside a word. A looser likeness, or a
# vowel swapped, is another place or a person ("Beit Hanina" in Jerusalem is not "Beit
# Hanuna", Beit Hanoun).
_WORD = r"[A-Z][a-z]+(?:['’][a-z]+)*"
_MORE = rf"[ -](?:(?:[Aa]l|[Ee]l|as|ash|ad|an)[- ])?{_WORD}"
# An article and a name, or two to four capitalised words, or one with an apostrophe inside
# (a lone word without one is one word of a key: no near spelling). A name after "al-"/"el "
# takes the article (group 1 matches, empty, and the name begins three characters before the
# match). Tried only over the run of capitalised words around a place where a name is told
# (see ``near_spelling_mentions``).
_CAPITALISED = re.compile(
    r"[A-Z](?=[a-z]+[ -][A-Zae]|[a-z]+['’]|(?<=l[- ].))"
    rf"(?:(?<=(?<![\w'’-])[ae]l[- ].)()[a-z]+(?:['’][a-z]+)*(?:{_MORE}){{0,3}}|"
    rf"(?<![\w'’-].)(?:(?<=[AE])l[- ]{_WORD}(?:{_MORE}){{0,3}}|"
    rf"[a-z]+(?:['’][a-z]+)*(?:{_MORE}){{1,3}}|[a-z]+(?:['’][a-z]+)+))(?![\w'’-])")
# Where a name is told (prepositions are ``_CANDIDATE``'s): after "the town of", "both", and
# before a site's noun (group 1: "Al Wafaa Hospital", "Rafa Crossing", "Naser Medical
# Complex"; not a school's, mosque's or church's: a name like another one's is another site)
_NAME_CUE = re.compile(r"\b(?:(?:[Tt]owns?|[Vv]illages?|[Nn]eighbou?rhoods?|[Pp]arts|"
                       r"[Oo]utskirts)\s+of|[Bb]oth)\s+(?:the\s+)?(?=[A-Z]|[ae]l-)|"
                       r"\b(Hospital|Clinic|Complex|Crossing|Camp|Cemetery|Roundabout)\b")
# The run of capitalised words (and articles) a place of the text stands in, before it and on
_RUN_BEFORE = re.compile(r"(?<![\w'’])(?:(?:[A-Z][\w'’]*|[ae]l|a[dnrsz]|ash)[ -])*[\w'’]*\Z")
_RUN_ON = re.compile(r"[\w'’]*(?:[ -](?:(?:[ae]l|a[dnrsz]|ash)[- ])?[A-Z][\w'’]*)*")
_PLACE_INDEX = PrefixIndex([_CANDIDATE, _NAME_CUE])
_INNER_APOSTROPHE = re.compile(r"[a-z]['’][a-z]")
_CLOSE_WORD = 75.0  # rapidfuzz ratio: "beith"/"beit", "kabeera"/"kabira" (not "hanina"/"hanoun")


@cache
def _first_words(gazetteer: Gazetteer) -> tuple[str, ...]:
    """The first words of the Strip's multi-word place names: a cheap test before a lookup."""
    return tuple(sorted({name_key(a).split()[0] for p in gazetteer if p.in_gaza
                         for a in gazetteer.aliases_of(p) if len(name_key(a).split()) > 1}))


@cache
def _words_of_places(gazetteer: Gazetteer) -> dict[str, frozenset[str]]:
    """Each word of the Strip's place spellings, with the ids of the places it spells."""
    out: dict[str, set[str]] = {}
    for p in gazetteer:
        if p.in_gaza:
            for a in gazetteer.aliases_of(p):
                for w in name_key(a).split():
                    out.setdefault(w, set()).add(p.id)
    return {w: frozenset(ids) for w, ids in out.items()}


_NOT_WORD = re.compile(r"[^\w' ]+")


@cache
def site_first_words(gazetteer: Gazetteer) -> dict[str, frozenset[str]]:
    """The first words of the Strip's site spellings (hospitals and facilities) written
    without an article, each with the ids of the sites whose spellings begin with it."""
    out: dict[str, set[str]] = {}
    for place in gazetteer:
        if place.in_gaza and place.feature_class in ("hospital", "facility"):
            for alias in gazetteer.aliases_of(place):
                words = _NOT_WORD.sub(" ", fold(alias)).split()
                if words and words[0] not in ARTICLES:
                    out.setdefault(words[0], set()).add(place.id)
    return {w: frozenset(ids) for w, ids in out.items()}


def bare_of_another_site(firsts: dict[str, frozenset[str]], spelling: str,
                         place_id: str) -> bool:
    """Whether ``spelling`` (folded), a site's article-led name read without its article,
    begins as other sites' spellings do and never as this site's: "Nasser Children's
    Hospital" is not al-Nasr's "al-Nasser Children's Hospital" (in Gaza City) but reads as
    Nasser's ("Nasser Hospital", in Khan Younis)."""
    words = _NOT_WORD.sub(" ", spelling).split()
    ids = firsts.get(words[0], frozenset()) if words else frozenset()
    return bool(ids) and place_id not in ids


# A word that is the place's word with an ending for its people or a plural names no place:
# "Northern Gazans fled south" (not "northern Gaza")
_PEOPLE_ENDINGS = ("n", "ns", "s", "es", "is", "ites")
# Places named for a person ("Abu Yousef al-Najjar Hospital", "Al-Mughraqa", once "Abu
# Mudayn"): their near spelling is the person unless a site noun follows ("Abu Yousef
# al-Najjar was killed in 1973", "Abu Madain spoke"; but "Al Rantissi Hospital")
_NAMED_FOR_PEOPLE = frozenset({"hospital", "facility"})
_KUNYAS = frozenset({"abu", "umm", "um", "ibn", "bin"})
_SITE_HEADS = frozenset("""
hospital school mosque church university college complex clinic centre center stadium square
roundabout resort cemetery museum hotel camp crossing gate corridor road street market
""".split())


def _word_for_word(key: str, place: Place, gazetteer: Gazetteer) -> bool:
    words = key.split()
    # (a word spelt exactly as another place's is that place's, not a near spelling:
    # "Nasser Paediatric Hospital" is no "Nasr Paediatric Hospital")
    known = _words_of_places(gazetteer)
    for alias in gazetteer.aliases_of(place):
        other = name_key(alias).split()
        if len(other) == len(words) and all(a == b or len(a) != len(b) and a[0] == b[0] and
                                            a.removeprefix(b) not in _PEOPLE_ENDINGS and
                                            fuzz.ratio(a, b) >= _CLOSE_WORD and
                                            not known.get(a, frozenset()) - {place.id}
                                            for a, b in zip(words, other)):
            return True
    return False


@lru_cache(maxsize=8192)
def _close_first_word(gazetteer: Gazetteer, word: str) -> bool:
    """Whether a word is spelt like the first word of a multi-word place of the Strip."""
    return process.extractOne(word, _first_words(gazetteer), scorer=fuzz.ratio,
                              score_cutoff=_CLOSE_WORD) is not None


@lru_cache(maxsize=8192)  # the same few thousand capitalised names come again and again
def _near_spelling(gazetteer: Gazetteer, surface: str) -> Candidate | None:
    key = name_key(surface)
    words = key.split()
    inner = _INNER_APOSTROPHE.search(surface) is not None
    named = [w for w in re.split(r"[ -]", surface) if w not in ("Al", "El", "al", "el")]
    if not words or len(words) < 2 and not inner or not named or named[0] in _NOT_PLACES or \
            named[-1] in _ORG_LAST:
        return None
    if len(words) > 1 and not _close_first_word(gazetteer, words[0]):
        return None  # most capitalised names: people, organisations
    cands = [c for c in gazetteer.lookup(surface, limit=3) if c.place.in_gaza]
    if not cands:
        return None
    c = cands[0]
    if c.match == "exact":
        # (else the automaton's checks turned it down; nor a bare spelling it does not hold:
        # "Nasser Children's Hospital")
        return c if inner and not (
            c.place.feature_class in ("hospital", "facility") and
            bare_of_another_site(site_first_words(gazetteer), fold(surface), c.place.id)) \
            else None
    if (c.place.feature_class in _NAMED_FOR_PEOPLE or words[0] in _KUNYAS) and \
            words[-1] not in _SITE_HEADS:
        return None
    return c if len(words) > 1 and _word_for_word(key, c.place, gazetteer) else None


def _may_be_near(name: str) -> bool:
    """Whether a name has more than one word or an apostrophe: one word with none is one
    word of a key, never a near spelling."""
    return " " in name or "-" in name or "'" in name or "’" in name


@lru_cache(maxsize=8192)  # the same few thousand capitalised names come again and again
def _near_spelling_in(gazetteer: Gazetteer, name: str) -> tuple[int, Candidate] | None:
    """(offset in ``name``, candidate) of the longest tail of a capitalised name that is a
    close spelling of a place of the Strip ("Both Beith Lahia": "Beith Lahia")."""
    at = 0
    while True:
        surface = name[at:]
        c = _near_spelling(gazetteer, surface) if len(surface) <= 80 and \
            _may_be_near(surface) else None
        if c is not None:
            return at, c
        space = name.find(" ", at)
        if space < 0:
            return None
        at = space + 1
        if name.startswith(("al ", "al-", "el ", "el-"), at):
            return None  # "Beit al-...": a lower-case article goes on the name before it


class PlaceCues:
    """Where this module's scans of one report may begin (one automaton pass), and the names
    after a locative preposition, read once for the two passes that use them."""

    __slots__ = ("cues", "_after_prepositions")

    def __init__(self, text: str, folded: str) -> None:
        self.cues = Cues(text, _PLACE_INDEX, folded)
        self._after_prepositions: list[re.Match] | None = None

    def after_prepositions(self, known: list[Mention], starts: list[int]) -> list[re.Match]:
        """The names after a locative preposition that overlap none of ``known`` (sorted,
        ``starts`` their starts). Each call starts from the names the last call kept: the
        passes call it with ever more mentions known."""
        hits = self._after_prepositions
        if hits is None:
            hits = self.cues.finditer(_CANDIDATE)
        hits = [hit for hit in hits if not _overlaps(known, starts, hit.start(1), hit.end(1))]
        self._after_prepositions = hits
        return hits


def _name_anchors(text: str, known: list[Mention], starts: list[int], cues: PlaceCues
                  ) -> list[tuple[int, int]]:
    """Where a name is told, and where its run of capitalised words may begin: the cue's
    own first word ("In", "Both") may be capitalised; before a site's noun or an
    apostrophe, it is not known (-1)."""
    anchors = []
    for hit in cues.after_prepositions(known, starts):
        if _may_be_near(hit.group(1)):
            anchors.append((hit.start(1), hit.start()))
    anchors += [(hit.end(), hit.start()) if hit.start(1) < 0 else (hit.start(), -1)
                for hit in cues.cues.finditer(_NAME_CUE)]
    for quote in ("’", "'"):
        at = text.find(quote)
        while at >= 0:
            # a letter on both sides, not "Israel's", "don't" ("Sheja’iya", "Shujai'yeh")
            after = text[at + 1:at + 2]
            if after.isalpha() and after not in "st" and at and text[at - 1].isalpha():
                anchors.append((at, -1))
            at = text.find(quote, at + 1)
    return anchors


def near_spelling_mentions(gazetteer: Gazetteer, text: str, known: list[Mention],
                           cues: PlaceCues | None = None) -> list[Mention]:
    """Capitalised names that are a close spelling of a place in the Strip (see
    ``_CAPITALISED``), trying the name without its first words ("Both Beith Lahia"). They
    are looked for where a name is told: after a preposition or "the town of", before a
    site's noun, and around an apostrophe inside a word ("Sheja’iya"), in the run of
    capitalised words there."""
    if cues is None:
        cues = PlaceCues(text, fold(text))
    starts = [m.start for m in known]
    out: list[Mention] = []
    done = -1
    for anchor, begin in sorted(_name_anchors(text, known, starts, cues)):
        if anchor < done or _overlaps(known, starts, anchor, anchor + 1):
            continue  # a run already read, or a name the automaton found (most)
        if begin < 0:
            run = _RUN_BEFORE.search(text, max(0, anchor - 60), anchor)
            begin = run.start() if run is not None else anchor
        begin = max(begin, done)
        done = _RUN_ON.match(text, anchor).end()
        for hit in _CAPITALISED.finditer(text, begin, min(len(text), done + 1)):
            start, end = hit.span()
            if hit.start(1) >= 0:
                start -= 3  # "al-Shifa": the article before the capital
            found = _near_spelling_in(gazetteer, text[start:end])
            if found is not None and not _overlaps(known, starts, start, end):
                out.append(_looked_up(text, start + found[0], end, [found[1]],
                                      "of a capitalised name"))
    return out
