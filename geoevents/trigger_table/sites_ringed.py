"""Sieges told by the troops cutting a site off, in words the siege row
(:mod:`.other_developments`) has no pattern for.

Reports tell a hospital ringed by troops as "the Israeli army isolated the Nasser Medical
Complex", "tanks cordoned off al-Amal hospital" or by the people the troops shut in: "the
occupation forces surrounded its crews inside the society's building and Al-Amal Hospital".
Each is a siege of the site, as "forces surrounded the hospital" already is. The words keep
to troops or tanks as who cut it off and to a hospital or medical site as what was cut off
(not "an isolated incident", "areas cut off from aid", "water cut off": no troops ringing a
site).
"""

from __future__ import annotations

from geoevents.trigger_table.event_types import SIEGE, Row

# who rings the site: the army, its troops or its tanks (not "the siege cut off fuel")
_TROOPS = (r"(?:tanks|troops|forces|soldiers|army|military|(?:military|army|armou?red|israeli) "
           r"vehicles)")
# a hospital or a medical site, named after up to three words ("the Nasser Medical Complex",
# "al-Amal hospital")
_MEDICAL_SITE = (r"(?:[\w'’-]+ ){0,3}?(?:hospitals?|medical (?:complex|centre|center)|"
                 r"clinic)\b")
# the people inside it: "surrounded its crews inside", "besieged the medical staff in"
_SHUT_IN = (r"(?:its |their |the |dozens of |hundreds of )?(?:[\w'’-]+ )?(?:crews?|staff|teams?|"
            r"patients|medics|doctors|nurses|paramedics|displaced(?: people)?) (?:inside|in|at) "
            r"(?:the |an? )?(?:[\w'’-]+ ){0,4}?")

SITES_RINGED: tuple[Row, ...] = (
    # "the Israeli army isolated the Nasser Medical Complex in Khan Yunis", "tanks cordoned
    # off al-Amal hospital", "troops sealed off the Indonesian Hospital"
    # ("the occupation forces surrounded its crews inside the society's building and Al-Amal
    # Hospital": the site, by the people shut in it)
    (SIEGE, _TROOPS + r" (?:(?!(?:that|which|who|never|not|had|have)\b)\w+ )?"
            r"(?:(?:isolated|cordoned off|sealed off|cut off) (?:the |an? |its )?"
            + _MEDICAL_SITE + r"|(?:surrounded|encircled|besieged) " + _SHUT_IN +
            r"(?:[\w'’-]+ )?(?:and )?" + _MEDICAL_SITE + r")", 0.8),
)
