"""Where the dead and wounded were taken is not where they were hit.

"30 bodies were brought to Al-Aqsa Hospital in Deir al-Balah", "Nasser Medical Complex
received dozens of martyrs": the hospital took the casualties in, so the attack is
elsewhere (the place told before, or the town the hospital stands in); patients moved to
another hospital fled the one told before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geoevents.anchored import Cues
from geoevents.clause_places import holds
from geoevents.gazetteer import TOWN_CLASSES, Gazetteer
from geoevents.locate.anaphors import A_HOSPITAL_TOLD_AGAIN, ANAPHOR, resolve_anaphor
from geoevents.model import Mention
from geoevents.place_roles import (
    CARRIED_TO,
    IN_ADDRESS,
    hospitals_aside,
    named_hospital,
    not_after,
    took_them_in,
)
from geoevents.sentences import ARTICLE, Span
from geoevents.trigger_table import VIOLENT
from geoevents.units import EventUnit
from geoevents.unlisted_names import place_mention

__all__ = ["patients_moved", "hospital_they_left", "hospitals_apart",
           "town_of_the_receiving_hospital", "taken_in_from_a_list"]

# "Patients in moderate to severe condition were forced to evacuate to the Indonesian
# Hospital": the sick moved out of the hospital told before, to another (where they were
# sent is not the flight's place)
# (and "patients were being evacuated and equipment moved to Nasser": the hospital they
# are taken to is no more the flight's place than one they are told to move to)
_PATIENTS_MOVED = re.compile(r"(?i)\b(?:patients|the (?:sick|wounded|injured)|medical staff)\b"
                             r"[^.;]{0,60}?\b(?:(?:forced|made|ordered|told)\s+to\s+(?:evacuate|"
                             r"leave|move|relocate)\b|(?:were|are|was|is|had\s+been|have\s+been|"
                             r"has\s+been)\s+(?:being\s+)?(?:evacuated|moved|transferred|"
                             r"relocated)\b)")


def patients_moved(here: list[Mention], sentence: Span) -> bool:
    """Whether a sentence that names only hospitals tells of patients moved ("Patients in
    moderate to severe condition were forced to evacuate to the Indonesian Hospital"): the
    hospital named is where they were sent."""
    return all(m.feature_class == "hospital" for m in here) and \
        _PATIENTS_MOVED.search(sentence.text) is not None


def hospital_they_left(unit: EventUnit, here: list[Mention], earlier: Sequence[Mention],
                       gaz: Gazetteer, cues: Cues) -> list[tuple[Mention, int, float]]:
    """The hospital "the hospital" of the sentence tells again, for patients its sentence
    names only as taken to another one: "A doctor at the hospital said patients were being
    moved to Nasser", after a sentence naming the European Hospital, is a flight from the
    European Hospital. Empty where the sentence says no "the hospital", or it is the one
    they were taken to."""
    told = cues.search(ANAPHOR, unit.sentence.start, unit.sentence.end)
    while told is not None and told.group(1).lower() not in A_HOSPITAL_TOLD_AGAIN:
        told = cues.search(ANAPHOR, told.end(), unit.sentence.end)
    if told is None:
        return []
    before = [m for m in earlier if m.start < unit.sentence.start and m.place_id]
    found = resolve_anaphor(told.group(1), before, gaz, cues.text, told.start())
    if not found or any(m.place_id == found[0][0].place_id for m in here):
        return []
    return [(found[0][0], found[0][1], 0.8)]


_TOOK_THEM_IN = re.compile(r"(?i)\b(?:received|receiving|admitted|took\s+in|(?:brought|taken|"
                           r"transferred|rushed)\s+to)\b")
# "in Khan Younis, Bureij camp, al-Zawaida and the Sabra neighbourhood": the words between
# two places of a list
_BETWEEN_IN_LIST = re.compile(r"(?:\s+(?:camp|town|city|area|neighbou?rhood))?"
                              r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                              + ARTICLE, re.I)


def _one_of_a_list(m: Mention, earlier: Sequence[Mention], gaz: Gazetteer, text: str) -> bool:
    """Whether ``m`` is named in a list with another place of the Strip ("in Khan Younis,
    Bureij camp and the Sabra neighbourhood")."""
    # (a place, not any capital after a comma: "hit a house in Khan Younis, the Civil
    # Defence said", "On Monday, Khan Younis came under heavy bombardment"; nor an address:
    # "a tent in al-Mawasi, Khan Younis", "a home in Rafah, Gaza")
    for o in earlier:
        if o.place_id is None or o.place_id == m.place_id or o.feature_class == "strip":
            continue
        a, b = (m, o) if o.start >= m.end else (o, m)
        if b.start - a.end <= 30 and _BETWEEN_IN_LIST.fullmatch(text, a.end, b.start) and \
                not holds(gaz, a, b) and not holds(gaz, b, a):
            return True
    return False


# The dead told killed in a clause of their own, before those taken to a hospital: they
# died at the hospital hit before ("Israeli forces shelled the Indonesian Hospital. Two
# people were killed and their bodies were taken to Kamal Adwan Hospital", "... and the
# wounded were taken to al-Awda hospital"; not "Fifty bodies were brought to Nasser")
_KILLED_APART = re.compile(r"\b(?:were|was|had\s+been|have\s+been)\s+killed,?\s+(?:and|while)"
                           r"\s+(?:their|the|his|her)\s+(?:bodies|body|wounded|injured|dead)\b",
                           re.I)
_HOSPITAL_AFTER = re.compile(r"\s+(?:hospital|medical\s+complex|medical\s+cent(?:er|re))\b",
                             re.I)


# "a family of nine from Bani Suheila", "among them children from Jabalia": the victims'
# home, not where the toll fell
_THEIR_HOME = re.compile(r"(?i)\b(?:family|families|children|residents|people|man|men|woman|"
                         r"women|boy|girls?|boys|brothers|sisters|members|relatives)\s+"
                         r"(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$")


# ("among them a family of nine from Bani Suheila": some of the dead; not "received the
# bodies of five people from the Maghazi camp after a strike on their home": all of them,
# from where the strike fell)
_SOME_OF_THEM = re.compile(r"(?i)\b(?:among\s+(?:them|whom|those)|including|of\s+whom|"
                           r"some\s+of\s+them)\b")


def a_hospital(m: Mention, text: str) -> bool:
    """Whether ``m`` names a hospital ("Nasser Medical Complex", "Al-Amal hospital")."""
    return named_hospital(m) or _HOSPITAL_AFTER.match(text, m.end) is not None


def _taken_to_hospital(unit: EventUnit, gaza: list[Mention], cues: Cues,
                       earlier: Sequence[Mention] = ()) -> Mention | None:
    """The hospital a sentence that names no other place of the Strip says its dead or
    wounded were taken to ("The bodies of 50 people were brought to Nasser Medical
    Complex"), or took in itself ("Medics at Al-Aqsa Martyrs Hospital in Deir al-Balah said
    they had received 14 bodies", "Nasser Hospital in Khan Younis received 20 bodies": its
    places all set aside as the receiving hospital and its address)."""
    own = [m for m in gaza if unit.sentence.start <= m.start < unit.sentence.end]
    hospitals = [m for m in own if a_hospital(m, cues.text)]
    if not hospitals:
        return None
    if not_after(CARRIED_TO, own, unit.sentence, cues):
        # (one that took them in itself only where the report told no other place before:
        # "a rescue operation in the Nuseirat camp ... Al-Aqsa Hospital was overwhelmed with
        # casualties" are the operation's)
        took_in, town = hospitals[0], None
        if len(own) > 1 and IN_ADDRESS.fullmatch(cues.text, took_in.end, own[1].start):
            town = own[1]  # ("... in Deir al-Balah": its address)
        if [m for m in own if m is not took_in and m is not town] or \
                any(m.place_id is not None and m.start < unit.sentence.start and
                    not a_hospital(m, cues.text) for m in earlier) or \
                not took_them_in(took_in, (town or took_in).end, cues.text):
            return None
    return hospitals[0]


def _town_of_hospital(m: Mention, gaza: list[Mention], gaz: Gazetteer, text: str
                      ) -> Mention | None:
    """The town a hospital stands in: the one named after it ("Nasser Hospital in Khan
    Younis"), else the one the gazetteer puts it in."""
    town = next((g for g in gaza if g.start >= m.end and g.feature_class in TOWN_CLASSES and
                 IN_ADDRESS.fullmatch(text, m.end, g.start)), None)
    if town is not None:
        return town
    place = gaz.get(m.place_id)
    parent = gaz.get(place.parent) if place is not None and place.parent else None
    if parent is None or not parent.in_gaza or parent.feature_class not in TOWN_CLASSES:
        return None
    return place_mention(text, m.start, m.end, parent, m.confidence, None,
                         f"the town {m.surface!r} stands in", ())


def hospitals_apart(unit: EventUnit, here: list[Mention], gaza: list[Mention], gaz: Gazetteer,
                    cues: Cues) -> list[Mention]:
    """``here`` less the hospitals told as such: "Al-Aqsa Hospital was overwhelmed with
    casualties": where the wounded are treated, not where they were hit (nor one that speaks
    as the source: "Al-Aqsa Hospital reported 33 killed"; nor one named for whom it employs:
    "killed Dr. Marwan Al-Sultan, director of the Indonesian Hospital", "including the
    Indonesian Hospital director").

    "Nasser Medical Complex received dozens of martyrs, among them a family of nine from
    Bani Suheila": where some of the dead came from is no place of the whole toll; the town
    the hospital stands in is."""
    kept = hospitals_aside(here, cues.text)
    took_in = [m for m in here if m not in kept and a_hospital(m, cues.text)]
    if took_in and kept and unit.event_type in VIOLENT and all(
            _THEIR_HOME.search(cues.text, max(0, m.start - 40), m.start) and
            _SOME_OF_THEM.search(cues.text, took_in[0].end, m.start) for m in kept):
        town = _town_of_hospital(took_in[0], gaza, gaz, cues.text)
        kept = [town] if town is not None else kept
    return kept


def town_of_the_receiving_hospital(unit: EventUnit, gaza: list[Mention],
                                   last_place: tuple[Mention, int] | None, gaz: Gazetteer,
                                   cues: Cues, earlier: Sequence[Mention] = ()) -> Mention | None:
    """"Fifty bodies were brought to Nasser Medical Complex" after "troops raided Al-Amal
    hospital": the hospital that took in the dead is not where they were killed, nor is
    another hospital told before; the town the hospital stands in (but "an airstrike hit a
    house in Bani Suheila ... Fifty bodies were brought to Nasser": the strike told before;
    "tanks shelled Nasser Medical Complex ... The bodies of four were brought to Nasser
    Medical Complex": the hospital hit took in its dead)."""
    taken_to = _taken_to_hospital(unit, gaza, cues, earlier) \
        if unit.event_type in VIOLENT else None
    if taken_to is not None and (last_place is None or a_hospital(last_place[0], cues.text) and
                                 last_place[0].place_id != taken_to.place_id and
                                 not _KILLED_APART.search(cues.text, unit.sentence.start,
                                                          taken_to.start)):
        return _town_of_hospital(taken_to, gaza, gaz, cues.text)
    return None


def taken_in_from_a_list(unit: EventUnit, gaza: list[Mention],
                         last_place: tuple[Mention, int] | None, earlier: Sequence[Mention],
                         gaz: Gazetteer, text: str) -> bool:
    """"Strikes hit homes in Khan Younis, Bureij camp and Sabra. ... Our field hospital in
    Deir al-Balah received 22 wounded": the casualties a hospital took in after attacks told
    at several places together are the count of none of them."""
    return unit.from_casualty and last_place is not None and \
        not last_place[0].start >= unit.sentence.start and \
        _TOOK_THEM_IN.search(text, unit.sentence.start, unit.sentence.end) is not None and \
        any(unit.sentence.start <= m.start < unit.sentence.end for m in gaza) and \
        _one_of_a_list(last_place[0], earlier, gaz, text)
