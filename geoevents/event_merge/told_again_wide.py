"""An attack told again for the area that holds it: one record, at the place.

A report often gives an attack's count in one sentence that names only the Strip or a
region ("Israeli forces opened fire on Palestinians waiting for aid, killing at least nine,
in southern Gaza") and places it in the next without a count of its own ("the civilians
were shot near an aid distribution centre in Rafah"). Keyed by (date, place, type), the
two tellings became two records, the area's one a spurious second event. The fold in
:func:`the_count_told_wide_of_the_one_placed` joins them when nothing marks them as two:
the placed record is the only one of its kind the report gives inside the area that
day, and the two counts never disagree (the area's toll fills what the placed telling
left out). A day's total beside one strike's own toll, or beside two placed attacks,
stays apart; so does a count spread across the area or told as one more.
"""

from __future__ import annotations

import re

from geoevents.actors import side_of
from geoevents.casualties import find_casualties
from geoevents.event_merge.attack_words import (
    ACROSS,
    ANOTHER,
    ANOTHER_HOUR,
    ANOTHER_INCIDENT,
    MORE_TOLD,
    NAMES_A_DAY,
    tells_several,
)
from geoevents.event_merge.merging import a_day_apart, exact_toll, into
from geoevents.gazetteer import Gazetteer
from geoevents.model import Event, Place, placed_wide
from geoevents.the_same_attack import ATTACK_NOUNS, the_attack_again
from geoevents.trigger_table import VIOLENT

_ACT_NOUNS = rf"{ATTACK_NOUNS}|operation|assault|incursion|ambush"

__all__ = ["the_count_told_wide_of_the_one_placed", "the_toll_told_anew_of_the_one_placed"]

# a count of a span of time, the sum of many attacks ("52 people were killed in the Strip
# over the past day"); a running total the sentence adds its count to ("..., bringing the
# toll of slain troops to 193") is no span: the count beside it is the attack's own
_SPAN = re.compile(r"\b(?:(?:past|last|previous)\s+(?:\d{1,2}|twenty-four|forty-eight)\s+hours|"
                   r"(?:past|last|previous)\s+(?:day|two\s+days|few\s+days|week)|"
                   r"since\s+(?:the\s+start|October)|so\s+far|in\s+total|overall|"
                   r"altogether)\b", re.I)

# a fight's two sides may be told in either order ("troops fought Hamas", "a soldier was
# killed by militants"): the same fight
_SIDES_EITHER_WAY = frozenset({"Armed clash"})


def the_count_told_wide_of_the_one_placed(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"Israeli forces opened fire on Palestinians waiting for aid, killing at least nine
    ... in southern Gaza. ... the civilians were shot and killed near an aid centre in
    Rafah": a record placed only at the Strip or a region, with a count, and the one record
    of the same kind (type and sub-type) the report places inside that area on that day,
    which tells no count the area's tells too and points back at the attack or its victims
    (see _points_back), are one attack, at the place ("Two
    reservists were killed fighting in the Gaza Strip ... two others were seriously
    injured in northern Gaza that day": one fight in northern Gaza, two killed and two
    hurt). Not when the area's sentence spreads its count ("across Gaza", "in the past 24
    hours"), tells several attacks or one more, nor when either is told as another
    incident or hour; not when the report places two such records in the area that day
    (an area's count "during the raid", dated by another clause's day, is the one raid
    placed a day from it on a day of its own)
    (the area's count may be their sum, or a third); not when the placed record has a
    count of its own other than the area's (the day's total beside one strike's toll),
    unless the area's sentence, told after it, opens on "the strike" with fewer dead (see
    :func:`_opens_on_the_attack_with_less`)."""
    out = list(events)
    drop: set[int] = set()
    for i, e in enumerate(out):
        wide = gaz.get(e.place_id)
        if wide is None or e.event_type not in VIOLENT or not placed_wide(wide) or \
                (e.fatalities is None and e.injuries is None) or told_as_more(e.notes):
            continue
        inside = [j for j, f in enumerate(out)
                  if j != i and j not in drop and f.event_date == e.event_date and
                  f.event_type == e.event_type and f.notes != e.notes and
                  placed_inside(gaz, gaz.get(f.place_id), wide)]
        if not inside and _TOLD_AS_THE_ONE.search(e.notes):
            inside = _the_one_told_on_its_day(out, i, drop, gaz)
        elif len(inside) == 1 and not _points_back(out[inside[0]]) and \
                not _the_area_tells_it_again(e, i, out[inside[0]], inside[0]) and \
                not _opens_on_the_attack_with_less(e, i, out[inside[0]], inside[0]):
            continue  # (one of the two sentences must show it tells the same attack again)
        if len(inside) != 1:
            continue
        f = out[inside[0]]
        if f.sub_event_type != e.sub_event_type or not _same_sides(e, f) or \
                _one_more(f.notes) or \
                not (_counts_agree(e, f) or _opens_on_the_attack_with_less(e, i, f, inside[0])) or \
                e.fatalities is not None and not exact_toll(e) and \
                not _counted_elsewhere_of_it(e, i, f, inside[0]) or \
                _names_the_place(gaz, e.notes, gaz.get(f.place_id)):
            # (nor a vague word's count, "hundreds killed in a strike on a hospital in
            # Gaza", which may be another attack's; nor an area's sentence that names the
            # place itself and keeps to the area: "two soldiers died in northern Gaza amid
            # fighting in Shejaia" tells the soldiers' deaths apart from the fight)
            continue
        out[inside[0]] = into(f, e)
        drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


# the area's sentence tells its count of "the" attack the report tells, not of a day: "274
# people were killed and hundreds wounded during the daytime raid"
_TOLD_AS_THE_ONE = re.compile(rf"\b(?:in|during|of|from)\s+{the_attack_again(_ACT_NOUNS)}\b")


# a placed sentence that points back at the attack or its victims told before: "the
# Palestinian civilians were shot", "the fatality occurred", "in the same battle", "the
# strike hit"
_VICTIMS = (r"civilians|people|victims|dead|bodies|soldiers?|troops|reservists?|fatalit(?:y|ies)|"
            r"casualties|wounded|injured|Palestinians|aid[- ]seekers|crowd|men|women|children|"
            r"fighters|militants")
_THE_SAME = re.compile(rf"\bthe\s+same\s+(?:[\w-]+\s+)?(?:{_ACT_NOUNS}|battle|fight|incident|"
                       r"shooting)\b", re.I)
_POINTS_BACK = re.compile(rf"^\W*{the_attack_again(_ACT_NOUNS)}\b|"
                          rf"\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+(?:[\w-]+\s+)?(?:{_VICTIMS})\b")


def _points_back(f: Event) -> bool:
    """Whether the placed record's sentence tells the attack told before again: "in the
    same battle"; or, telling no count of its own, by opening on "the strike" or by the
    victims told before ("the civilians were shot near an aid centre"). A sentence with a
    count of its own that only says "the strike on the family home ... wounded four" may
    tell another of the day's strikes."""
    if _THE_SAME.search(f.notes):
        return True
    return f.fatalities is None and f.injuries is None and bool(_POINTS_BACK.search(f.notes))


# the area's sentence names "the" attack anywhere in it: "acknowledged responsibility for
# the bombing", "34 Palestinians were killed in the attack"
_THE_ATTACK_NAMED = re.compile(rf"\b{the_attack_again(_ACT_NOUNS)}\b")


def _the_area_tells_it_again(e: Event, i: int, f: Event, j: int) -> bool:
    """Whether the area's record ``e`` (at ``i``) tells again the placed attack ``f`` (at
    ``j``), told before it with no count: "carried out a deadly airstrike on the Gaza
    European Hospital ... 34 Palestinians were killed in the attack ... The Israeli army
    acknowledged responsibility for the bombing" (keyed to the Strip) counts the strike at
    the hospital. The pointing back may stand in either telling, so long as the one told
    later does it; a placed attack with its own count, or told after the area's, may be
    another (the day's total beside one strike's toll)."""
    return j < i and f.fatalities is None and f.injuries is None and \
        bool(_THE_ATTACK_NAMED.search(e.notes))


# the area's sentence opens on "the" attack as its subject: "The airstrike targeted a
# police site in the al-Tuam area"
_OPENS_ON_THE_ATTACK = re.compile(rf"\W*{the_attack_again(_ACT_NOUNS)}\b")


def _opens_on_the_attack_with_less(e: Event, i: int, f: Event, j: int) -> bool:
    """Whether the area's record ``e`` (at ``i``) opens on "the" attack, told after the
    placed one ``f`` (at ``j``), with counts no larger than its: "An Israeli airstrike
    killed five police officers and a child in the northern Gaza Strip ... The airstrike
    targeted a police site in the al-Tuam area ... saw at least three bodies" (keyed to the
    Strip, three) is the same strike, a part of its dead seen. A day's total beside one
    strike's toll is larger than the toll, and seldom opens on "the strike"."""
    return j < i and _OPENS_ON_THE_ATTACK.match(e.notes) is not None and \
        all(x is None or y is None or x <= y
            for x, y in ((e.fatalities, f.fatalities), (e.injuries, f.injuries)))


def _counted_elsewhere_of_it(e: Event, i: int, f: Event, j: int) -> bool:
    """Whether the area's record tells the placed attack again (see
    :func:`_the_area_tells_it_again`) and its count came from another sentence, its own
    telling no count at all ("34 Palestinians were killed in the attack" before "The army
    acknowledged responsibility for the bombing"): a count the report gave of the attack,
    not a vague word's in a sentence of its own."""
    return (_the_area_tells_it_again(e, i, f, j) or _opens_on_the_attack_with_less(e, i, f, j)) \
        and not find_casualties(e.notes)


def _the_one_told_on_its_day(events: list[Event], i: int, drop: set[int],
                             gaz: Gazetteer) -> list[int]:
    """The records of ``events[i]``'s kind placed inside its area a day from it, by a
    sentence that names its own day ("Special forces fought ... on Saturday in ...
    Nuseirat"): where the area's sentence ("Israelis on Sunday cheered the rescue ...,
    with Hamas officials saying 274 people were killed during the daytime raid") is dated by
    another clause's day, the attack it counts may be told a day from it."""
    e = events[i]
    wide = gaz.get(e.place_id)
    return [j for j, f in enumerate(events)
            if j != i and j not in drop and wide is not None and
            f.event_type == e.event_type and f.notes != e.notes and
            a_day_apart(e.event_date, f.event_date) and NAMES_A_DAY.search(f.notes) and
            placed_inside(gaz, gaz.get(f.place_id), wide)]



def told_as_more(notes: str) -> bool:
    """Whether the area's sentence tells its count as a spread or a tally of several
    attacks, or either sentence tells its attack as one more: then it is not one attack
    told again."""
    return _a_tally(notes) or _one_more(notes)


# a toll given area by area ("31 were killed in northern Gaza, 42 in central areas and 18 in
# the south"): each area's part sums strikes across it
_BY_AREA = re.compile(r"\b\d+\s+(?:[\w-]+\s+){0,3}?in\s+[^,.;]+,\s+(?:and\s+)?\d+\s+in\b", re.I)


def _a_tally_or_another(notes: str) -> bool:
    """Whether a sentence tells a count spread across an area, given area by area or of
    several attacks, or an attack or place as another."""
    return _a_tally(notes) or bool(
        ANOTHER.search(notes) or MORE_TOLD.search(notes) or _ANOTHER_SITE.search(notes) or
        ANOTHER_INCIDENT.match(notes) is not None and not _WHEN_TOLD.match(notes))


def _a_tally(notes: str) -> bool:
    """Whether a sentence tells its count spread across an area ("across Gaza"), over a span
    ("in the past 24 hours"), of several attacks or area by area ("31 in northern Gaza, 42
    in central areas"): a tally, not one attack's count."""
    return bool(ACROSS.search(notes) or _SPAN.search(notes) or tells_several(notes) or
                _BY_AREA.search(notes))


# "Later on Tuesday, the office put the toll at 93": when a toll was told, not another act
_WHEN_TOLD = re.compile(r"\W*(?:earlier|later)\b", re.I)


def _one_more(notes: str) -> bool:
    """Whether a sentence tells its attack as one more than one told before ("another
    strike", "also killed", "Meanwhile, ...", "the second strike", "Hours later, ..."); not
    for a second person ("two were hurt, one in northern Gaza and the second in Israel")."""
    return bool(ANOTHER.search(notes) or MORE_TOLD.search(notes) or _ORDINAL_ACT.search(notes) or
                _ANOTHER_SITE.search(notes) or ANOTHER_INCIDENT.match(notes) or
                ANOTHER_HOUR.match(notes) or _HOURS_APART.match(notes))


# "twenty were injured near another distribution point in southern Gaza": another place
_ANOTHER_SITE = re.compile(r"\b(?:another|a\s+different|a\s+second)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:point|site|hub|cent(?:re|er)|area|house|home|school|tent|camp|"
                           r"neighbou?rhood|location|building|street|town|city)s?\b", re.I)
# "Hours before ...", "Minutes after ...": another hour of the day
_HOURS_APART = re.compile(r"\W*(?:Hours|Minutes|A\s+day|Days)\s+(?:before|after|earlier|later)\b",
                          re.I)
_ORDINAL_ACT = re.compile(r"\b(?:meanwhile|(?:second|third|fourth|separate|later|earlier)\s+"
                          r"(?:[\w-]+\s+)?(?:air ?strikes?|strikes?|attacks?|bombings?|"
                          r"shelling|raids?|incidents?|shootings?))\b", re.I)


def placed_inside(gaz: Gazetteer, place: Place | None, wide: Place) -> bool:
    """Whether ``place`` is a place in the Strip narrower than ``wide`` and inside it (a
    region inside the Strip, a town inside a region)."""
    if place is None or not place.in_gaza or place.id == wide.id or \
            place.feature_class == "strip":
        return False
    if wide.feature_class == "strip":
        return True
    return not placed_wide(place) and gaz.within(place, wide)


def _names_the_place(gaz: Gazetteer, notes: str, place: Place | None) -> bool:
    """Whether ``notes`` name ``place`` by any of its names."""
    if place is None:
        return False
    folded = notes.casefold()
    return any(re.search(rf"\b{re.escape(name.casefold())}\b", folded)
               for name in (place.name, *gaz.aliases_of(place)) if name)


def _same_sides(e: Event, f: Event) -> bool:
    """Whether the two records tell no different attackers (a fight's sides in any order)."""
    if e.sub_event_type in _SIDES_EITHER_WAY:
        # (by side: "Hamas" in one and "Palestinian militants" in the other are one side)
        sides_e = {side_of(a) or a for a in (e.actor1, e.actor2) if a}
        sides_f = {side_of(a) or a for a in (f.actor1, f.actor2) if a}
        return not sides_e or not sides_f or bool(sides_e & sides_f)
    return e.actor1 is None or f.actor1 is None or e.actor1 == f.actor1


def _counts_agree(e: Event, f: Event) -> bool:
    """Whether the placed record ``f`` tells no count of the dead or the hurt that the
    area's record ``e`` tells too: a count it leaves out, the area's fills. The same number
    told twice is not the same toll ("Two soldiers were killed in the Gaza Strip ... In
    Khan Younis, troops killed two Hamas fighters")."""
    return all(x is None or y is None
               for x, y in ((e.fatalities, f.fatalities), (e.injuries, f.injuries)))


def the_toll_told_anew_of_the_one_placed(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"At least 60 Palestinians were killed ... in an Israeli strike on a residential
    building in Beit Lahiya on Tuesday ... Later on Tuesday, the director of the government
    media office put the number of fatalities at 93": a toll told anew ("put the toll at",
    "raised the number of dead to", "the toll rose to") in a sentence that names no place,
    so keyed to the Strip, on the day of the one attack of its kind the report places, with
    a toll no smaller than that attack's, is that attack's toll as it stood later: no
    second event. The placed telling keeps its own count (the first and surest told).
    Not a day's total told as such ("20 people were killed on Tuesday"), nor one spread
    across the Strip, given area by area or of several attacks, nor beside two placed
    attacks that day."""
    out = list(events)
    drop: set[int] = set()
    for i, e in enumerate(out):
        wide = gaz.get(e.place_id)
        if wide is None or wide.feature_class != "strip" or e.event_type not in VIOLENT or \
                e.fatalities is None or not _TOLD_ANEW.search(e.notes) or \
                _A_PLACE_WORD.search(e.notes) or _a_tally_or_another(e.notes):
            continue  # ("Later on Tuesday, ..." is when it was told anew, not another hour)
        placed = [j for j, f in enumerate(out)
                  if j != i and j not in drop and f.event_date == e.event_date and
                  f.event_type == e.event_type and f.notes != e.notes and
                  (p := gaz.get(f.place_id)) is not None and p.in_gaza and not placed_wide(p)]
        if len(placed) != 1:
            continue
        f = out[placed[0]]
        if f.sub_event_type != e.sub_event_type or f.fatalities is None or \
                f.fatalities > e.fatalities or not _same_sides(e, f):
            continue
        out[placed[0]] = into(f, e)
        drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


# a toll told anew: "put the number of fatalities at 93", "raised the death toll to 45",
# "the toll rose to 70"
_TOLL = (r"(?:(?:death|casualty)\s+)?(?:toll|number|count|tally)(?:\s+of\s+(?:the\s+)?"
         r"(?:dead|deaths|fatalities|victims|those\s+killed))?")
_TOLD_ANEW = re.compile(rf"\b(?:(?:put|puts|putting|raised|raising|revised|updated)\s+(?:the\s+)?"
                        rf"{_TOLL}\b|{_TOLL}\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|"
                        r"increased|jumped)\s+to)\b", re.I)
# a sentence that names the Strip or a place by a word of its own: then its toll is keyed
# there by the sentence, not by default
_A_PLACE_WORD = re.compile(r"\b(?:Gaza|Strip|enclave|territory|in\s+[A-Z][\w'-]+)", re.U)
