"""ACLED's event types and sub-types, as the trigger rows code them.

Every family of triggers names the (type, sub-type) it codes by one of these, and the
rest of the pipeline tests events by them (``VIOLENT``: the three types of violence),
so ACLED's labels are spelt in one place. ``SUBTYPE_RELIABILITY`` is how far an event
of each sub-type proves to be one an annotator coded.
"""

from __future__ import annotations

VIOLENT = frozenset({"Explosions/Remote violence", "Battles", "Violence against civilians"})
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
BATTLE = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
DISPLACEMENT = ("Strategic developments", "Displacement")
EVACUATION = ("Strategic developments", "Evacuation order")
AID = ("Strategic developments", "Aid delivery")
ARRESTS = ("Strategic developments", "Arrests")
DESTRUCTION = ("Strategic developments", "Looting/property destruction")
PROTEST = ("Protests", "Peaceful protest")
SIEGE = ("Strategic developments", "Siege/encirclement")
TERRITORY = ("Strategic developments", "Non-violent transfer of territory")
MASS_GRAVE = ("Strategic developments", "Mass grave found")
CROSSING = ("Strategic developments", "Crossing opened or closed")
AGREEMENT = ("Strategic developments", "Agreement")
RELEASE = ("Strategic developments", "Hostage or prisoner release")
RETURN = ("Strategic developments", "Return of displaced people")

# One row of the trigger table: (ACLED type and sub-type, pattern, strength)
Row = tuple[tuple[str, str], str, float]

# How often an event of each sub-type proves to be one an annotator coded, relative to air
# strikes (measured on the dev split of the gold set: `geoevents evaluate`). It scales an
# event's confidence only; what counts as an event does not depend on it.
SUBTYPE_RELIABILITY: dict[str, float] = {
    AIR[1]: 1.0, BATTLE[1]: 0.95, ATTACK[1]: 0.95, SIEGE[1]: 1.0, TERRITORY[1]: 1.0,
    EVACUATION[1]: 0.85, CROSSING[1]: 0.9, RELEASE[1]: 0.9, AGREEMENT[1]: 0.9, RETURN[1]: 0.9,
    IED[1]: 0.9, ABDUCTION[1]: 0.9, DESTRUCTION[1]: 0.8, DISPLACEMENT[1]: 0.7, AID[1]: 0.65,
    SHELL[1]: 0.65, ARRESTS[1]: 0.45, MASS_GRAVE[1]: 0.4, PROTEST[1]: 0.3,
}
