"""Names in a coordination or a list of places, which the automaton finds one at a time or
not at all.

* a noun shared by a coordination names both places: "Shifa and Al Quds hospitals";
* names that continue a list of places: "Ar Rimal, Ash Shujai'yeh, and Ad Daraj areas";
* the names of a list that a plural noun of areas opens: "the neighbourhoods of Al-Salam,
  Al-Nour and Jabalia Camp".

The nouns are found through the report's place cues (:data:`PATTERNS`, indexed with
:class:`geoevents.unlisted_names.PlaceCues`): one automaton pass, not a scan of the report
for each noun.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from dataclasses import replace

from geoevents.anchored import Cues
from geoevents.gazetteer import Gazetteer
from geoevents.model import Mention
from geoevents.normalize import name_key
from geoevents.unlisted_names.records import (
    looked_up,
    names_no_place,
    overlaps,
    place_mention,
    unresolved_mention,
)
from geoevents.unlisted_names.told_within import where_told

__all__ = ["PATTERNS", "introduced_list_mentions", "list_mentions", "shared_noun_mentions"]


# "X and Y hospitals/camps/schools": X's full name is "X hospital", and Y's "Y hospital".
_NAME = r"((?:[Aa]l[- ])?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"


# Read backwards from the noun: "[X[,]] and Y" ending right before it (and "the" before the
# last: "Kamal Adwan, al-Awda and the Indonesian hospitals")
_COORDINATED = re.compile(rf"(?:\b{_NAME},? )?\band (?:the )?{_NAME}\Z")
# ... and the items before those, each followed by a comma: "Bureij, " in "Bureij, Maghazi and"
_EARLIER_ITEM = re.compile(rf"\b{_NAME}, \Z")
# A list of names joined by commas alone, the noun after the last: "units in Al Aqsa, Al
# Shifa, Al Rantisi, Nasser hospitals". Three names at least make it a list (two names
# with a comma between are a place and its city as often: "Gaza City, Shifa hospital").
_COMMAS_ONLY = re.compile(rf"\b{_NAME}, {_NAME}\Z")
_LEAST_COMMA_ITEMS = 3


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


# The plural nouns a coordination can share.
_SHARED_NOUN = re.compile(r" (hospitals|camps|schools|crossings)")


def _shared_nouns(text: str, cues: Cues) -> list[tuple[int, str]]:
    """(offset of the space before it, noun) for each " hospitals", " camps", " schools",
    " crossings"."""
    found = []
    for hit in cues.finditer(_SHARED_NOUN):
        at, after, noun = hit.start(), hit.end(), hit.group(1)
        if after == len(text) or not (text[after].isalnum() or text[after] == "_"):
            names_end = at
            if noun == "camps" and text.endswith(" refugee", 0, at):
                names_end -= len(" refugee")  # "Al Bureij and Al Maghazi refugee camps"
                word = _ADJECTIVE_BEFORE.search(text, max(0, names_end - 30), names_end)
                if word is not None:
                    names_end = word.start()  # "... Al-Maghazi historic refugee camps"
            found.append((names_end, noun))
    return sorted(found)


def shared_noun_mentions(gazetteer: Gazetteer, text: str, cues: Cues) -> list[Mention]:
    """"Shifa and Al Quds hospitals", "Jabalia and Nuseirat camps": the noun shared by
    a coordination names both places. These mentions replace what the bare names
    matched (the town of Nuseirat, the village of An-Nasr for "Nasser"). ``cues`` are the
    report's place cues."""
    out: list[Mention] = []
    for at, plural in _shared_nouns(text, cues):
        joint = text.rfind(" and ", max(0, at - 70), at)
        if joint >= 0:
            hit = _COORDINATED.search(text, max(0, joint - 60), at)
            items = _items_sharing(text, hit) if hit is not None else []
        else:
            hit = _COMMAS_ONLY.search(text, max(0, at - 60), at)
            items = _items_sharing(text, hit) if hit is not None else []
            if len(items) < _LEAST_COMMA_ITEMS:
                continue  # no coordination right before the noun (most cases)
        if hit is None:
            continue
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
        out += namesakes_of_the_list(gazetteer, [found[k] for k in sorted(found)])
    return out + _opened_by_the_noun(gazetteer, text, cues)


# "two hospitals, Kamal Adwan and Al Awda, remain", "hospitals such as Kamal Adwan and Al
# Awda", "the hospitals of Kamal Adwan, Al Awda and the Indonesian", "three hospitals – ...":
# the plural noun opens a list whose items are its sites (not "hospitals in Gaza City and
# Khan Younis": where they are)
_NOUN_OPENS = re.compile(r"(?:,|\s+[–—]|\s+(?:such\s+as|including|of|namely)|:)\s+")
_OPENED_NAME = re.compile(rf"(?:the\s+)?{_NAME}(?=[,.;:)–—]|\s+[–—]|\s+and\s|\s+[a-z]|\s*\Z)")
_ITEM_GAP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _opened_by_the_noun(gazetteer: Gazetteer, text: str, cues: Cues) -> list[Mention]:
    """The sites of a list the plural "hospitals" opens ("two hospitals, Kamal Adwan and Al
    Awda"): each name with the noun is the site ("Al Awda" is al-Awda hospital, not the
    quarter of Madinat al-Awda). Two of the names must be such sites."""
    out: list[Mention] = []
    for hit in cues.finditer(_SHARED_NOUN):
        if hit.group(1) != "hospitals" or \
                (opens := _NOUN_OPENS.match(text, hit.end())) is None:
            continue
        spans, at = [], opens.end()
        while len(spans) < 6 and (item := _OPENED_NAME.match(text, at)) is not None:
            spans.append(item.span(1))
            gap = _ITEM_GAP.match(text, item.end())
            if gap is None:
                break
            at = gap.end()
        sites = [m for m in (_shares_the_noun(gazetteer, text, span, "hospitals", "before")
                             for span in spans) if m is not None]
        if len(sites) >= 2:
            out += namesakes_of_the_list(gazetteer, sites)
    return out


def namesakes_of_the_list(gazetteer: Gazetteer, items: list[Mention]) -> list[Mention]:
    """Items of one list, each site that shares its name with another (two al-Awda
    hospitals, in Jabalia and in Nuseirat) taken in the governorate of the other items:
    "Nasser, Al-Aqsa and Al-Awda hospitals" are of the south and the Middle Area, so al-Awda
    is Nuseirat's; "Kamal Adwan and al-Awda hospitals" Jabalia's. Unchanged where the other
    items lie in the governorates of more than one sense, or of none."""
    out = []
    for k, m in enumerate(items):
        senses = [p for p in (gazetteer.get(i) for i in (m.place_id, *m.alternatives))
                  if p is not None and p.feature_class == m.feature_class]
        around = {o.governorate for j, o in enumerate(items) if j != k} - {None}
        held = [p for p in senses if p.governorate in around]
        if len(senses) > 1 and len(held) == 1 and held[0].id != m.place_id:
            m = place_mention(m.surface, 0, len(m.surface), held[0], 0.85, None,
                              f"the {held[0].feature_class} of that name in "
                              f"{held[0].governorate}, where the list's other sites are",
                              tuple(p.id for p in senses if p is not held[0]))
            m = replace(m, start=items[k].start, end=items[k].end)
        out.append(m)
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
    # (first in, first out: a deque, whose first is taken off in place, not a list whose
    # every other item moves up each time, over all the names of a long report)
    queue = deque(m.end for m in known if m.place_id is not None)
    while queue:
        hit = _next_item(text, queue.popleft())
        if hit is None:
            continue
        start, end = hit.span(1)
        if overlaps(known, starts, start, end) or any(m.start == start for m in out):
            continue  # a name already found
        surface = hit.group(1)
        if names_no_place(gazetteer, surface):
            continue
        cands = gazetteer.lookup(surface, limit=3) if len(surface) <= 80 else []
        if cands:  # "exact" too: a spelling the automaton has not ("Shujai'yeh")
            out.append(looked_up(text, start, end, cands, "in a list of places"))
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
    # ("Ash Shati Refugee camp": a name with its noun)
    r"(?:\s+(?:camp|area|neighbou?rhood|quarter|district)(?![\w-]))?"
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


def introduced_list_mentions(gazetteer: Gazetteer, text: str, known: list[Mention],
                             cues: Cues) -> list[Mention]:
    """Each name of a list that "neighbourhoods of", "areas, including" opens: the
    gazetteer's close spelling, else unresolved. A list needs two names or more (not
    "the areas of Rafah"). ``cues`` are the report's place cues."""
    out: list[Mention] = []
    starts = [m.start for m in known]
    for opener in cues.finditer(_LIST_OPENER):
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
            if overlaps(known, starts, start, end):
                found.append(None)  # a known place: the list is one of places
                continue
            if names_no_place(gazetteer, surface) or any(m.start == start for m in out):
                continue
            cands = gazetteer.lookup(surface, limit=3) if len(surface) <= 80 else []
            # a loose likeness is another place ("Al-Rawda" is not al-Awda, "Al-Jeneina"
            # not Jenin): only a close spelling of a place in the Strip is taken
            cands = [c for c in cands if c.match != "fuzzy" and c.place.in_gaza]
            # ("the neighbourhoods of An Nassar, ... and Tel Al Hawa in western Gaza city":
            # not An-Nasr of Rafah)
            cands = where_told(gazetteer, text, items[-1][1], known, starts, cands)
            found.append(looked_up(text, start, end, cands, "in a list of areas") if cands
                         else unresolved_mention(text, start, end,
                                                 "named in a list of areas but not in the "
                                                 "gazetteer"))
        # (not "areas such as Health, Nutrition and Shelter": some name must be a place)
        if any(m is None or m.place_id is not None for m in found):
            out.extend(m for m in found if m is not None)
    return out


# What the report's place cues look for on behalf of this module.
PATTERNS = (_SHARED_NOUN, _LIST_OPENER)
