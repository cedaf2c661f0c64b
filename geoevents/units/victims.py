"""Who a count's dead are: combatants, Israel's troops, aid seekers.

Who was killed decides whose toll a count can be. An Israeli strike does not kill Israel's
troops, so their deaths told beside a strike are a fight of their own; fighters killed by
troops on the ground are a battle's dead; and the dead told as aid seekers were shot near
the aid sites, not killed by the strike told before.
"""

from __future__ import annotations

import re

from geoevents.casualties import RANKS, Casualty
from geoevents.dates import MONTH_NAMES
from geoevents.model import Mention
from geoevents.sentences import Span
from geoevents.trigger_table import AID_SOUGHT, AIR, IED
from geoevents.units.record import EventUnit
from geoevents.units.tallies import days_tally

# (and an army's ranks: "a lieutenant colonel and a major were killed in southern Gaza")
# ("40 terrorists", "two Hamas operatives", "21 reservists": an army's words for fighters)
_COMBATANTS = re.compile(r"soldiers?|troops|fighters?|militants?|gunm[ae]n|commanders?|officers?|"
                         r"terrorists?|operatives?|combatants?|reservists?|troopers?|"
                         rf"{RANKS}", re.I)
# Combatants an Israeli strike does not kill: their deaths at its place are fighting there
_ISRAELI_SIDE = re.compile(rf"soldiers?|troops|troopers?|reservists?|officers?|{RANKS}", re.I)

# Israel's own fire that killed its men: "a soldier was killed by friendly fire", "hit by
# mistake by an Israeli strike"
_OWN_FIRE = re.compile(r"\b(?:friendly fire|by mistake|mistaken(?:ly)?|misidentif\w*|in error|"
                       r"operational accident|own (?:fire|forces|troops))\b", re.I)


def no_strikes(units: list[EventUnit]) -> list[EventUnit]:
    """The units but air strikes, for Israel's troops' dead: "the army struck dozens of
    targets after one of its soldiers was killed in Rafah" (an Israeli strike does not kill
    Israel's troops, who fell in a fight)."""
    return [u for u in units if (u.event_type, u.sub_event_type) != AIR]


def troops_fell(s: Span, c: Casualty) -> bool:
    """Whether a count's dead are Israel's troops and the sentence tells no fire of their own
    side ("friendly fire"), nor the dead as someone's ("killing a soldier's family")."""
    return israeli_dead(c) and not _OWN_FIRE.search(s.text) and \
        not _FIGHTERS_DRONE.search(s.text) and \
        not s.text.startswith(("'s", "’s"), c.end - s.start)


# The fighters' own drones, which do kill Israel's troops: "two soldiers were killed in a
# Hamas drone attack", "a drone launched by Hamas dropped a bomb on troops"
_FIGHTERS_DRONE = re.compile(r"\b(?:Hamas|Qassam|Quds|Islamic Jihad|militants?|fighters?|"
                             r"resistance)(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:drones?|quadcopters?|"
                             r"UAVs?)\b|\b(?:drones?|quadcopters?|UAVs?)\s+(?:launched|flown|"
                             r"operated)\s+by\s+(?:Hamas|the Qassam|Islamic Jihad|militants|"
                             r"fighters)\b", re.I)


def israeli_dead(c: Casualty) -> bool:
    """Whether a count's dead are Israel's troops, whom no Israeli strike kills."""
    return counts_combatants(c) and _ISRAELI_SIDE.fullmatch(c.victim.split()[-1]) is not None


def _aid_seekers_counted(s: Span, c: Casualty, casualties: list[Casualty]) -> bool:
    """Whether the sentence tells the count's dead as aid seekers: words for them with no
    other count between ("79 martyrs were received among citizens waiting for aid"; not
    "62 people were killed in the past 24 hours, among them 19 aid seekers": a part of the
    day's dead, the rest killed elsewhere)."""
    at, end = c.start - s.start, c.end - s.start
    # (the hurt told with the dead are no part of them: "20 people were killed and 155
    # injured while waiting for trucks")
    hurt = [(x.start - s.start, x.end - s.start) for x in casualties
            if x is not c and x.kind != c.kind and s.start <= x.start < s.start + len(s.text)]
    others = [x.start - s.start for x in casualties
              if x is not c and x.kind == c.kind and s.start <= x.start < s.start + len(s.text)]
    for m in AID_SOUGHT.finditer(s.text):
        lo, hi = (end, m.start()) if m.start() >= end else (m.end(), at)
        if m.start() >= end and _TOLD_APART.search(s.text, lo, hi):
            continue  # "Five people were killed in Khan Younis; in Rafah, crowds gathered
            # around an aid convoy": the crowd of another place or day
        if not any(lo <= o < hi for o in others) and \
                not any(not any(a <= p.start() < b for a, b in hurt) and
                        not _MONTH_BEFORE.search(s.text, max(0, p.start() - 12), p.start())
                        for p in _A_PART.finditer(s.text, lo, hi)):
            return True
    return False


# Words that tell a part of the dead counted before: "among them 19", "19 of them" (not a
# day of a month: "killed near the roundabout in Rafah on 1 June, as crowds walked towards
# a distribution point")
_A_PART = re.compile(r"\b(?:among (?:them|whom)|of (?:them|whom)|including|"
                     rf"\d[\d,]*(?!\s*(?:hours|days|weeks|months|{MONTH_NAMES})\b))\b", re.I)
_MONTH_BEFORE = re.compile(rf"\b{MONTH_NAMES}\s+$", re.I)
# A clause of its own between the dead and the aid told after them: "Six people were killed
# in Khan Younis on Monday, while in Rafah crowds gathered near aid trucks", "Nine people
# were killed on Monday, and on 12 June crowds gathered around an aid convoy in Rafah"
_TOLD_APART = re.compile(r";|\b(?:while|whereas|and|but|meanwhile)\s+(?:on|in|at|near|"
                         r"elsewhere|separately)\b|\b(?:meanwhile|separately|elsewhere)\b", re.I)


def counts_combatants(c: Casualty) -> bool:
    """Whether a count's dead are combatants ("three Hamas gunmen", "two soldiers"; not
    "five police officers" nor "five security officers", Gaza's civil police and security
    services, who guard aid convoys and are killed by strikes, but "two Israeli Border Police
    officers", "two Israeli security officers", troops in the fighting)."""
    if not c.victim:
        return False
    words = c.victim.split()
    if _OPERATIVES.fullmatch(words[-1]) and \
            not all(_ARMED_QUALIFIER.fullmatch(w) for w in words[:-1]):
        return False  # "three World Central Kitchen operatives", "two rescue operatives"
    return _COMBATANTS.fullmatch(words[-1]) is not None and \
        not (len(words) > 1 and words[-2].lower() in _CIVIL_FORCES and
             not _ISRAELI_POLICE.intersection(w.lower() for w in words))


_CIVIL_FORCES = frozenset({"police", "security"})
_ISRAELI_POLICE = frozenset({"israeli", "border", "military"})
# Operatives are an armed group's only when nothing else is named as theirs: "two Hamas
# operatives", "three senior operatives" (not "four aid operatives", "seven UN operatives",
# "three World Central Kitchen operatives", "two civil defence operatives")
_OPERATIVES = re.compile(r"operatives?", re.I)
_ARMED_QUALIFIER = re.compile(r"more|other|additional|further|palestinian|senior|top|deputy|"
                              r"prominent|young|armed|militant|terrorist|hamas|islamic|jihad|"
                              r"qassam|pij|hezbollah|nukhba|[\w-]+-old", re.I)


def aid_seekers_shot(s: Span, c: Casualty, casualties: list[Casualty], own: set[str | None],
                     gaza: list[Mention], previous_places: frozenset[str]) -> bool:
    """Whether the count's dead are told as aid seekers, shot near the aid sites, not the
    toll of the strike told before: "in the past 24 hours, 79 martyrs were received among
    citizens waiting for aid, most of them in the Zikim area" (a day's tally), or a place of
    their own that strike was not coded at (the place in the clause of the aid: "20 people
    were killed and 155 injured while waiting for trucks at the Kuwait roundabout")."""
    return bool(_aid_seekers_counted(s, c, casualties) and
                (days_tally(s.text) or own and not own <= previous_places or
                 not own and (at_aid := {m.place_id for m in gaza}) and
                 not at_aid <= previous_places))


def toll_told_before(previous: tuple[str, str], places: frozenset[str], own: set[str | None],
                     c: Casualty, fell: bool) -> bool:
    """Whether the count is the toll of the violent event told just before ("The attack
    killed 90"): not Israel's troops after a strike (no Israeli strike kills them), nor
    combatants at places of their own clause the event could not have killed (_toll_of)."""
    return not (previous == AIR and fell) and not (
        own and counts_combatants(c) and not _toll_of(previous, places, own, c))


def _toll_of(previous: tuple[str, str], places: frozenset[str], own: set[str | None],
             c: Casualty) -> bool:
    """Whether combatants killed at the ``own`` places of their clause are the toll of the
    violent event told just before: it was coded there, and it could have killed them (an
    Israeli strike does not kill Israeli soldiers; a roadside bomb does)."""
    return own <= places and not (_ISRAELI_SIDE.fullmatch(c.victim.split()[-1]) is not None
                                  and previous[1] != IED[1])
