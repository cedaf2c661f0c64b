"""How a list of places goes on past a clause's edges, and a bearing that only places another.

A clause may end inside a list ("fighting continued in northern Gaza, Gaza City, the
Middle Area, and Khan Younis"): the items past its end, or before its start, are still its
places. And a bearing from a town ("Al-Zaytoun neighbourhood, east of Gaza City") names the
town only to say where the place before it lies, not as a second place of the event.
"""

from __future__ import annotations

import re

from geoevents.bearing_from import BEARING_WORDS
from geoevents.model import Mention
from geoevents.place_roles.movement import SAME_PLACE_OR_LIST
from geoevents.sentences import ARTICLE, NAME_WORD
from geoevents.units import EventUnit


def list_goes_on(last: Mention, gaza: list[Mention], unit: EventUnit) -> list[Mention]:
    """Places that continue a clause's list past the clause's end: "fighting continued in
    northern Gaza, Gaza City, the Middle Area, and Khan Younis, in southern Gaza" (the
    list's ", and" is not a new clause)."""
    text, base = unit.sentence.text, unit.sentence.start
    out: list[Mention] = []
    for m in gaza:
        if m.start < unit.clause.end or m.start >= unit.sentence.end or m.start < last.end:
            continue
        if not out and _DASH_LIST.fullmatch(text, unit.clause.end - base, m.start - base):
            pass  # "hostilities continued in the four refugee camps – Al Bureij, ..."
        elif _WHERE_ASIDE_THEN.fullmatch(text, last.end - base, m.start - base):
            pass  # "Fighting continues in Jabalia, where the army says dozens of gunmen have
            # surrendered, and in Khan Younis": the list goes on after an aside on its item
        elif _NEW_CLAUSE_OPENS.match(text, last.end - base, m.start - base) or \
                SAME_PLACE_OR_LIST.fullmatch(text[last.end - base:m.start - base]) is None and \
                _NAMES_BETWEEN.fullmatch(text, last.end - base, m.start - base) is None and \
                _GATHERED_NAMES.fullmatch(text, last.end - base, m.start - base) is None and \
                not (_AND_AGAIN_INTO.fullmatch(text, last.end - base, m.start - base)
                     and _ENDS_THE_LIST.match(text, m.end - base)) and \
                not (_ON_ITS_SIDE_THEN.fullmatch(text, last.end - base, m.start - base)
                     and _ITS_SIDE_TOO.match(text, m.end - base)):
            break
        if _AND_A_CLAUSE.match(text, last.end - base, m.start - base) and \
                _OWN_SUBJECT_AND_VERB.match(text, m.end - base) and \
                not _THE_SAME_FIRE_AGAIN.match(text, m.end - base):
            break
        out.append(m)
        last = m
    return out


# ", while soldiers in Shujaiya", "and that troops in Rafah": a clause of its own opens
# before the name, with its own subject (not ", and in", "and northern": the list)
_NEW_CLAUSE_OPENS = re.compile(r"[\s,]*(?:and\s+that|while|whereas|but|as|when|where|after|"
                               r"before|amid)\s+(?!(?:in|at|of|well|also)\b)", re.I)


# ", where the army says dozens of gunmen have surrendered, and in ": an aside on the place
# before, then the list's next item by its own preposition (not ", where troops fought
# Hamas in ...": a place inside the aside; nor ", where ..., and troops in": a clause of its
# own)
_WHERE_ASIDE_THEN = re.compile(r"\s*,\s+where\s+[^.;:,()]{1,120}?,\s+and\s+(?:also\s+)?"
                               r"(?:in|at|around|near)\s+(?:the\s+)?", re.I)


def list_began(gaza: list[Mention], unit: EventUnit) -> list[Mention]:
    """Places that begin a clause's list before the clause's start: "residents of Jabalia,
    Beit Lahia, and Nuseirat were told to leave" (the clause opens at the list's ", and";
    its first items, names the gazetteer may not know among them, are its places too)."""
    text, base = unit.sentence.text, unit.sentence.start
    if _LAST_ITEM.match(text, unit.clause.start - base) is None:
        return []
    out: list[Mention] = []
    edge = unit.clause.start
    for m in reversed(gaza):
        if m.start >= edge or m.start < unit.sentence.start:
            continue
        gap = text[m.end - base:edge - base]
        if _NAMES_ONLY.fullmatch(gap) is None and (
                edge == unit.clause.start or SAME_PLACE_OR_LIST.fullmatch(gap) is None):
            break
        out.insert(0, m)
        edge = m.start
    return out


# ", and Al-Zuhour in the north ...": a clause that opens with a list's last name
_LAST_ITEM = re.compile(r",\s+and\s+" + ARTICLE + "[A-Z]")
# a plural noun that gathers a list's next names: "and the neighborhoods of Al-Salam, ..."
_GATHERING = r"(?:neighbou?rhoods|areas|towns|villages|camps|districts)\s+of"
# what may lie between two of its places: other names, and a noun that gathers the next
# ("Jabalia area and the neighborhoods of Al-Salam, Al-Nour, Beit Lahia")
_NAMES_ONLY = re.compile(r"(?:\s+(?:area|camp|town|city|neighbou?rhood|district|project))?"
                         rf"(?:,?\s+and\s+(?:the\s+)?{_GATHERING})?"
                         rf"(?:[\s,]+{NAME_WORD})*[\s,]*")


# "the Rafah and Shaboura camps, and the neighborhoods of Al-Adari, Al-Jeneina, and Khirbat
# Al-Adas": a noun that gathers the list's next names
_GATHERED_NAMES = re.compile(r"(?:\s+(?:camps?|areas?|neighbou?rhoods?|towns?))?,?\s+and\s+"
                             rf"(?:the\s+)?{_GATHERING}\s+(?:{NAME_WORD}[\s,]+(?:and\s+)?)*")
_DASH_LIST = re.compile(r"\s*[–—:]\s*")
# "an incursion into eastern Jabalia and Beit Hanoun, and into northern Beit Lahia",
# "strikes hit Jabalia and Beit Hanoun, and also Beit Lahia": the item after the ", and"
# repeats the list's preposition, or says "also"; one more place of the same event
_AND_AGAIN_INTO = re.compile(r",\s+and\s+(?:also\s+)?(?:(?:in|into|on|at|near|around)\s+)?"
                             r"(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?")
# ... when that item ends the clause (not "and in Rafah troops clashed with fighters", "and
# in Gaza City people fled": a clause of its own after the ", and")
_ENDS_THE_LIST = re.compile(
    r"(?:\s+(?:town|city|(?:refugee\s+)?camp|areas?|neighbou?rhoods?|villages?))?"
    r"(?=\s*(?:[.;:–—)]|$)|,\s+(?:according\b|(?:[\w-]+\s+){1,3}said\b|\w+ing\b)|"
    r"\s+(?:amid|during|on|overnight|early|late|yesterday|today|last|this)\b)")
# ", and in Rafah troops clashed with fighters", ", and in Gaza City people fled", ", and in
# Rafah a child was shot": after the list's ", and" the name opens a clause with its own
# subject and verb, another event and not one more place of this one
_AND_A_CLAUSE = re.compile(r"[^.;]*,\s+and\b")
_OWN_SUBJECT_AND_VERB = re.compile(
    r"(?:\s+(?:town|city|(?:refugee\s+)?camp|areas?|neighbou?rhoods?|villages?|crossing))?,?"
    r"\s+(?!(?:on|in|at|near|amid|during|overnight|early|late|yesterday|today|last|this|and|or|"
    r"where|which|as|after|before|with|while|when|killing|wounding|according)\b)"
    r"(?:[a-z][\w-]*\s+){1,3}?(?:was|were|is|are|has|have|had|\w{3,}ed|fled|fought|shot|hit|"
    r"struck|ran|came|went|took|left|began|remain\w*|continu\w*)\b(?<!\bsaid)(?<!\breported)")
# ", and in Shejaia they hit two houses", ", and in Nuseirat two houses were destroyed": the
# clause tells what the list's fire did there (its subject told again, or the damage it
# left), one more place of the same event
_THE_SAME_FIRE_AGAIN = re.compile(
    r"(?:\s+(?:town|city|(?:refugee\s+)?camp|areas?|neighbou?rhoods?|villages?))?,?\s+"
    r"(?:(?:they|it)\s+(?:also\s+)?(?:hit|struck|destroyed|damaged|flattened|levell?ed|razed|"
    r"bombed|shelled|targeted)\b|(?:[a-z][\w-]*\s+){1,3}?(?:was|were)\s+(?:also\s+)?"
    r"(?:hit|struck|destroyed|damaged|flattened|levell?ed|razed|bombed|shelled|targeted)\b)")
# the side of the Strip an item of a list lies on, told after it (with the noun the items
# share): " crossings in the north", " in the far south of the Gaza Strip"
_ON_ITS_SIDE = (r"(?:\s+(?:crossings?|hospitals?|camps?|neighbou?rhoods?|areas?|towns?))?"
                r"\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center|middle)"
                r"(?:ern)?(?:\s+(?:part\s+)?of\s+(?:the\s+)?(?:Gaza\s+Strip|Gaza|Strip|"
                r"enclave|territory))?")
# "through the Erez and Zikim crossings in the north, and Kerem Shalom in the south": each
# item says on which side of the Strip it lies, and the list goes on past the ", and" (the
# gazetteer may not know a name the items share a noun with)
_ON_ITS_SIDE_THEN = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?" + _ON_ITS_SIDE +
    r",?\s+(?:and|or|as\s+well\s+as)\s+(?:(?:in|at|through|via)\s+)?(?:the\s+)?")
# ... and the next item says its side too, and ends the list or the sentence: not "Beit Lahia
# in the north, and Rafah residents said they fled", "and the Rafah crossing remained closed",
# "and Khan Younis in the south was quiet", "and in Rafah in the south, residents reported
# gunfire" (a clause of its own after the ", and"); or it ends the sentence
_ITS_SIDE_TOO = re.compile(
    r"(?=\s*[.;]|$)|"  # "... in the centre, as well as Rafah."
    r"(?:,?\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?" + _ON_ITS_SIDE +
    r"(?=\s*(?:[.;:–—)]|$)|,?\s+(?:and|or|as\s+well\s+as)\s|"
    r",\s+(?:according\b|(?:[\w-]+\s+){1,3}said\b|\w+ing\b)|"
    r"\s+(?:on|overnight|early|late|yesterday|today|last|this)\b)")
# "Rimal Ash Shamali and Al Janubi, Sabra": names the gazetteer does not know, still items
# of the list.
_NAMES_BETWEEN = re.compile(r"(?:[\s,]*(?:and\s+)?[A-Z‘'][\w'’‘-]*)+[\s,]+(?:and\s+)?")


# what a place is, told between it and its bearing: "a village", "the small farming town",
# "a refugee camp"
_WHAT_IT_IS = (r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|area|"
               r"neighbou?rhood|district|suburb|camp|hamlet|community|locality|quarter)")
# "in Al-Zaytoun neighbourhood, east of Gaza City", "near the Netzarim Corridor, located
# south of Gaza City": a bearing from a town that only says where the place before lies
# (and so after what the place is: "in Al-Nasr, a village north of Rafah", "Khuza'a, a
# farming town east of Khan Younis")
_BEARING_OF = re.compile(r"(?i)(?:,|\b(?:located|situated|lying|which\s+(?:is|lies))\b)\s*"
                         rf"(?:{_WHAT_IT_IS}\s+)?{BEARING_WORDS}"
                         r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?$|"
                         # "the Nabulsi roundabout on al-Rashid Street, on the south-western
                         # edge of Gaza City", "in the eastern part of Khan Younis"
                         r"(?:\s*(?:on|along)\s+(?:the\s+)?(?:(?:al|el|ash|as|an|ad)-)?"
                         r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+(?:street|road))?"
                         r"(?:,|\s)\s*(?:on|at|in)\s+the\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|"
                         r"east|west)(?:ern)?\s+(?:edge|outskirts|fringes?|side|end|part|tip)|"
                         r"(?:edge|outskirts|fringes?))\s+of\s+(?:the\s+)?$")
# A bearing from a town says where a site lies, not where a region or governorate does.
_WHOLE_AREAS = frozenset({"region", "strip", "governorate"})
_PLACE_WORDS = re.compile(r"(?i)(?:\s+(?:neighbou?rhood|area|district|camp|axis|street|"
                          r"corridor|junction|roundabout|town|village|quarter))?\s*")


def locates_another(m: Mention, before: Mention | None, after: Mention | None,
                    text: str) -> bool:
    """Whether ``m`` is named only to say where ``before``, a known site of the Strip told
    just before it, lies ("Al-Zaytoun neighbourhood, east of Gaza City"); not a second place
    of the event. In a list ("in Beit Lahiya, south of Gaza city, east of Al Bureij") each
    bearing is a place of its own. (After a name the gazetteer does not know, the bearing
    is all there is.)"""
    if before is None or before.place_id is None or not before.in_gaza or \
            before.feature_class in _WHOLE_AREAS or before.place_id == m.place_id:
        return False
    gap = _PLACE_WORDS.match(text, before.end)
    bearing = _BEARING_OF.search(text, gap.end(), m.start)
    if bearing is None or bearing.start() != gap.end():
        return False
    return after is None or _LIST_GOES_ON.fullmatch(text, m.end, after.start) is None


_LIST_GOES_ON = re.compile(r"(?i)\s*(?:,\s*|\s+)(?:(?:and|or|as\s+well\s+as)\s+)?(?:in\s+)?"
                           r"(?:the\s+)?(?:(?:north|south|east|west|central)\w*(?:\s+of)?\s+)?"
                           r"(?:the\s+)?")
