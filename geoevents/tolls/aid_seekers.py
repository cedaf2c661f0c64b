"""Aid seekers among a day's dead: an event of their own.

ACLED codes the people shot near aid sites as violence against civilians, apart from the
strikes and fire of the day, as do the gold annotations: "kill at least 57 people in the Gaza
Strip, including 35 aid seekers" is the 35 aid seekers' event and the day's strikes'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geoevents.quantities import parse_number
from geoevents.trigger_table import AIR, ATTACK, BATTLE, VIOLENT
from geoevents.units import EventUnit

# "kill at least 57 people in the Gaza Strip, including 35 aid seekers"
AID_SEEKERS = re.compile(
    r"\bincluding (?:at least |some |about |more than )?(\d[\d,]*|[a-z]+(?:-[a-z]+)?) "
    r"(?:people |palestinians |persons )?(?:who were |while )?(?:aid seekers|(?:seeking|waiting "
    r"for|(?:trying|attempting) to (?:get|reach|collect|obtain)|looking for|"
    r"queu(?:e)?ing for) (?:humanitarian )?(?:aid|food)|"
    # "including 21 people this morning near Gaza Humanitarian Foundation (GHF) sites"
    r"(?:[\w-]+ ){0,3}?(?:near|at|around) (?:the )?(?:[\w()-]+ ){0,5}?(?:aid|distribution|"
    r"\(?ghf\)?|food) (?:sites?|points?|centres?|centers?|hubs?))\b",
    re.I)


_WHILE_SEEKING = re.compile(r"\b(?:while|as they were|when they were|as they)\s+(?:waiting for|"
                            r"seeking|queu(?:e)?ing for|(?:trying|attempting) to (?:get|reach|"
                            r"collect|obtain)|collecting|gathering for)\s+(?:humanitarian\s+)?"
                            r"(?:aid|food|flour)\b", re.I)


def aid_seekers_apart(units: list[EventUnit], text: str) -> list[EventUnit]:
    """A day's toll that counts aid seekers among its dead: the aid seekers shot near aid
    sites are violence against civilians, the rest the strikes and fire of the day (ACLED
    codes the two apart, as do the gold annotations)."""
    out: list[EventUnit] = []
    for unit in units:
        hit = AID_SEEKERS.search(text, unit.anchor, unit.sentence.end) \
            if unit.fatalities and unit.event_type in VIOLENT else None
        part = parse_number(hit.group(1)) if hit else None
        if part is None or not 0 < part < unit.fatalities:
            if unit.event_type in VIOLENT and unit.event_type != BATTLE[0] and \
                    unit.fatalities and _WHILE_SEEKING.search(text, unit.anchor,
                                                               unit.sentence.end):
                # "more than 60 people were killed ... while waiting for aid": all of them
                # aid seekers, shot near an aid site
                unit = replace(unit, event_type=ATTACK[0], sub_event_type=ATTACK[1])
            out.append(unit)
            continue
        rest = (AIR if unit.event_type == ATTACK[0] else (unit.event_type, unit.sub_event_type))
        out.append(replace(unit, event_type=ATTACK[0], sub_event_type=ATTACK[1], fatalities=part))
        out.append(replace(unit, event_type=rest[0], sub_event_type=rest[1],
                           fatalities=unit.fatalities - part))
    return out
