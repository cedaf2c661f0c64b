"""The trigger table: which words say an event of which ACLED type happened.

One row per trigger family: (ACLED type and sub-type, pattern, strength). Strength lowers
an event's confidence for weak cues ("operations", "advances"); a weak cue makes an event
only where its sentence names a specific place. Humanitarian developments go under
"Strategic developments" with a clear sub-type. The rules that set a trigger aside in its
context (irrealis, background, statistics) are in :mod:`geoevents.triggers`.

The families, by the kind of event they tell:

- :mod:`.event_types`: ACLED's types and sub-types the rows code, and how far each
  sub-type is to be trusted;
- :mod:`.words`: word patterns more than one family is built from;
- :mod:`.remote_violence`: air strikes, shelling, explosive devices, and the fighters' own
  projectiles;
- :mod:`.ground_fighting`: clashes, ground operations, fighters killed or captured;
- :mod:`.civilians`: people shot or attacked, hostages taken;
- :mod:`.displacement`: flight and the return of the displaced;
- :mod:`.evacuation_orders`: orders to leave an area;
- :mod:`.aid_and_crossings`: aid let in, crossings opened or closed, the dead told as aid
  seekers;
- :mod:`.agreements_and_releases`: deals reached, hostages and prisoners released;
- :mod:`.other_developments`: territory, arrests, sieges, destruction, mass graves, protests;
- :mod:`.people_shot`: unarmed people shot or shot at, in words the attack rows lack;
- :mod:`.flights_told`: flights told by what drove people out or how far they went, in
  words the flight rows lack;
- :mod:`.sites_ringed`: a hospital cut off by troops, in words the siege row lacks.

The table below puts their rows together in one fixed order. The order is a priority and
nothing else: where two rows match at one offset, the earlier row's word is the trigger
(:meth:`geoevents.anchored.Cues.first_of`). No module knows a row by its index, so a row
added anywhere changes only the sentences it matches in
(``tests/test_trigger_table_rows.py``).
"""

from __future__ import annotations

from geoevents.trigger_table.agreements_and_releases import AGREEMENTS_AND_RELEASES
from geoevents.trigger_table.aid_and_crossings import (
    AID_DELIVERIES,
    AID_SOUGHT,
    CROSSINGS,
    MISSION_VERBS,
)
from geoevents.trigger_table.civilians import ATTACKS_AND_KIDNAPPINGS
from geoevents.trigger_table.displacement import FLIGHT, RETURNS
from geoevents.trigger_table.evacuation_orders import EVACUATION_ORDERS
from geoevents.trigger_table.event_types import (
    ABDUCTION,
    AGREEMENT,
    AID,
    AIR,
    ARRESTS,
    ATTACK,
    BATTLE,
    CROSSING,
    DESTRUCTION,
    DISPLACEMENT,
    EVACUATION,
    IED,
    MASS_GRAVE,
    PROTEST,
    RELEASE,
    RETURN,
    SHELL,
    SIEGE,
    SUBTYPE_RELIABILITY,
    TERRITORY,
    VIOLENT,
)
from geoevents.trigger_table.flights_told import FLIGHTS_TOLD
from geoevents.trigger_table.ground_fighting import CLASHES_AND_OPERATIONS, KILLED_OR_CAPTURED
from geoevents.trigger_table.other_developments import (
    ARRESTS_MADE,
    MASS_GRAVES,
    PROTESTS,
    SIEGES_AND_DEMOLITIONS,
    WITHDRAWALS_AND_CAPTURES,
)
from geoevents.trigger_table.people_shot import PEOPLE_SHOT
from geoevents.trigger_table.remote_violence import (
    AIR_FORCE_STRUCK,
    FIRED_BY_FIGHTERS,
    NAVY_FIRE,
    ROCKETS_FIRED,
    SITES_HIT,
    STRIKES_SHELLING_AND_BLASTS,
    fighters_fire,
)
from geoevents.trigger_table.sites_ringed import SITES_RINGED

__all__ = ["TRIGGER_TABLE", "SUBTYPE_RELIABILITY", "VIOLENT", "AIR", "SHELL", "BATTLE",
           "ATTACK", "ABDUCTION", "DISPLACEMENT", "EVACUATION", "AID", "ARRESTS", "DESTRUCTION",
           "PROTEST", "IED", "SIEGE", "TERRITORY", "MASS_GRAVE", "CROSSING", "AGREEMENT",
           "RELEASE", "RETURN", "MISSION_VERBS", "ROCKETS_FIRED", "FIRED_BY_FIGHTERS",
           "fighters_fire", "AID_SOUGHT"]

# (ACLED type, trigger pattern, strength). Strength lowers confidence for weak cues.
TRIGGER_TABLE: tuple[tuple[tuple[str, str], str, float], ...] = (
    *STRIKES_SHELLING_AND_BLASTS,  # 0-3
    *CLASHES_AND_OPERATIONS,       # 4-7
    *ATTACKS_AND_KIDNAPPINGS,      # 8-9
    *FLIGHT,                       # 10-12
    *EVACUATION_ORDERS,            # 13
    *WITHDRAWALS_AND_CAPTURES,     # 14-15
    *AID_DELIVERIES,               # 16
    *ARRESTS_MADE,                 # 17
    *KILLED_OR_CAPTURED,           # 18
    *SITES_HIT,                    # 19-20
    *SIEGES_AND_DEMOLITIONS,       # 21-22
    *MASS_GRAVES,                  # 23
    *CROSSINGS,                    # 24
    *AGREEMENTS_AND_RELEASES,      # 25-26
    *RETURNS,                      # 27
    *PROTESTS,                     # 28
    *PEOPLE_SHOT,                  # 29
    *FLIGHTS_TOLD,                 # 30
    *AIR_FORCE_STRUCK,             # 31
    *NAVY_FIRE,                    # 32
    *SITES_RINGED,                 # 33
)
