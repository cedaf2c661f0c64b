"""Hospitals the dead and wounded passed through: the onward leg, the hospital they came from.

Where casualties were carried is not where they were hit (:mod:`.carried`), and that holds
for every stop of the journey, not only the first: "were transferred to the Red Cross
field hospital in al-Mawasi, then to Nasser Hospital in Khan Younis" names two hospitals
the wounded went to; "We have received 16 bodies from the Kuwaiti Hospital" names the
hospital the bodies were moved from. Neither is the place of the attack.
"""

from __future__ import annotations

import re

from geoevents.model import Mention
from geoevents.place_roles.carried import CARRIED_INTO, CARRY_VERBS, named_hospital
from geoevents.place_roles.movement import not_after
from geoevents.sentences import ARTICLE, Span

__all__ = ["not_a_stop_on_the_way"]

# ", then to Nasser Hospital", "and later to the European Hospital", "and from there to
# al-Shifa": the next stop of the casualties' journey
_ONWARD = re.compile(r"(?i)(?:,\s*|\s+)(?:and\s+)?(?:then|later|afterwards|subsequently|"
                     r"from\s+there)\s+(?:on\s+)?(?:to|into)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                     + ARTICLE + "$")
# (only where the sentence tells the dead or wounded carried: not "Israeli forces stormed
# Beit Hanoun, then to Jabalia" style lists of the troops' own moves)
_CARRIED = re.compile(rf"(?i)\b{CARRIED_INTO}\b")
# "transferred to the Red Cross field hospital in the al-Mawasi area of Khan Younis": the
# first stop, a hospital named by its address (the address, and the places joined to it)
_TO_A_HOSPITAL_IN = re.compile(rf"(?i)\b{CARRIED_INTO}"
                               r"\s+(?:the\s+|an?\s+)?(?:[\w'’()-]+\s+){0,4}?"
                               r"(?:hospital|medical\s+(?:complex|point)|clinic)\s+in\s+"
                               r"(?:the\s+)?(?:(?:[\w-]+\s+)?(?:city|town|village|camp|area)\s+"
                               r"of\s+)?" + ARTICLE + "$")
# "received 16 bodies from the Kuwaiti Hospital", "the wounded were transferred from the
# Indonesian Hospital": the hospital the casualties were moved out of (a hospital only:
# "received 16 bodies from Rafah" names where they were killed; and the dead or wounded
# only: "patients who were evacuated from Kamal Adwan" fled it)
_CASUALTIES = r"(?:bod(?:y|ies)|dead|martyrs?|wounded|injured|casualties|victims|corpses|remains)"
_FROM_HOSPITAL = re.compile(rf"(?i)\b(?:(?:received|receiving|receives|took\s+in|{CARRY_VERBS})\s+"
                            r"(?:[\w,-]+\s+){0,3}?" + _CASUALTIES + r"|" + _CASUALTIES +
                            r"\s+(?:[\w,-]+\s+){0,2}?(?:were|was|had\s+been|have\s+been)\s+"
                            rf"(?:\w+\s+)?(?:{CARRY_VERBS}))\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?"
                            + ARTICLE + "$")


def onward_stops(here: list[Mention], sentence: Span) -> list[Mention]:
    """``here`` less the stops of casualties carried, told by a hospital's address or as
    further stops: "were transferred to the Red Cross field hospital in the al-Mawasi area of
    Khan Younis, then to Nasser Hospital in Khan Younis"."""
    carried = _CARRIED.search(sentence.text)
    if carried is None:
        return here
    after = [m for m in here if m.start >= sentence.start + carried.end()]
    kept = {id(m) for m in not_after(_ONWARD, not_after(_TO_A_HOSPITAL_IN, after, sentence),
                                     sentence)}
    return [m for m in here if m.start < sentence.start + carried.end() or id(m) in kept]


def hospitals_carried_from(here: list[Mention], sentence: Span) -> list[Mention]:
    """``here`` less a hospital the dead or wounded were moved out of: "We have received 16
    bodies from the Kuwaiti Hospital" (not "received 16 bodies from Rafah")."""
    away = {id(m) for m in here if named_hospital(m)} - {
        id(m) for m in not_after(_FROM_HOSPITAL, here, sentence)}
    return [m for m in here if id(m) not in away]


def not_a_stop_on_the_way(here: list[Mention], sentence: Span) -> list[Mention]:
    """``here`` less the hospitals casualties passed through on their way: onward stops
    and hospitals they were moved from."""
    return hospitals_carried_from(onward_stops(here, sentence), sentence)
