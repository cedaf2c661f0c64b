"""Trigger words that name no act of their own: what people waited for, where they were
told to go, who sheltered, what was pulled from the rubble, what kind of troops.

Each of these words codes an event when it tells a deed ("aid trucks entered Gaza", "the
army told residents to move south", "thousands were displaced", "troops pulled out of
Khan Younis", "troops were invading Rafah"); told as below, it describes the people, the
place or the troops of another act, and made a spurious event beside it:

- "opened fire on people waiting for aid trucks": the aid awaited, none delivered;
- "new strikes on Rafah, a city where Israel has told people to move": the place described
  by an order standing since before, no order of the day;
- "a house sheltering some of those displaced from the north": who was inside;
- "the bodies were pulled out of the building": the dead recovered, no ground given up;
- "invading Israeli troops continued demolishing homes": the troops named, their deed a
  razing, no clash.
"""

from __future__ import annotations

import re

from geoevents.trigger_table import AID, BATTLE, DISPLACEMENT, EVACUATION, TERRITORY

__all__ = ["no_act_told"]

# "waiting for aid trucks", "as they waited for an aid delivery", "crowds awaiting the aid
# convoy", "people who gathered for aid drops", "lined up for the aid trucks"
_WAITED_FOR = re.compile(r"\b(?:wait(?:ed|ing|s)?\s+for|await(?:ed|ing|s)?|queu(?:ed|ing|e)\s+"
                         r"for|lin(?:ed|ing)\s+up\s+for|gather(?:ed|ing|s)?\s+(?:for|to\s+"
                         r"receive)|in\s+line\s+for)\s+(?:an?\s+|the\s+|some\s+)?"
                         r"(?:(?!aid\b)[\w-]+\s+){0,2}$")

# "a city where Israel has told people to move", "areas where the army has ordered
# residents to leave": a standing order that describes the place (not "Rafah, where the army
# on Monday ordered residents to leave", "where Israel told people to move on Friday": an
# order of its own day)
_WHERE_BEFORE = re.compile(r"\bwhere\s+$")
_STANDING = re.compile(r"\b(?:has|have|had)\s+(?:(?:repeatedly|previously|already|long)\s+)?"
                       r"(?:been\s+)?(?:told|ordered|urged|instructed|directed|asked)\b")
_A_DAY_AFTER = re.compile(r"[^.;]{0,30}?\b(?:on\s+\w+day|today|yesterday|this\s+(?:morning|"
                          r"week)|last\s+(?:night|week))\b")

# "sheltering some of those displaced from further north", "a school housing the displaced":
# the people displaced before, named by it
_SHELTERED_BEFORE = re.compile(r"\b(?:shelter(?:ed|ing|s)?|hous(?:ed|ing|es)|host(?:ed|ing|s)?|"
                               r"of)\s+(?:(?:some|many|most|hundreds|thousands|dozens)\s+of\s+)?"
                               r"(?:those|the)\s+(?:[\w-]+ly\s+)?$")

# "The bodies of five men were pulled out of the building", "rescuers pulled out of the
# rubble two children" (not "Israeli troops pulled out of Khan Younis", "troops were pulled
# out of the camp")
_RECOVERED = (r"(?:bod(?:y|ies)|corpses?|remains|survivors?|victims?|children|child|babies|"
              r"baby|girls?|boys?|wom[ae]n|m[ae]n|people|persons?|civilians|residents|"
              r"famil(?:y|ies)|wounded|injured|dead)")
_RECOVERED_BEFORE = re.compile(r"\b" + _RECOVERED + r"\s+(?:[\w'’-]+\s+)?(?:(?:was|were|being|"
                               r"been|be|had\s+been|have\s+been|has\s+been)\s+)(?:\w+ly\s+)?$")
_RECOVERED_AFTER = re.compile(r"\s+(?:the\s+)?(?:rubble|debris|ruins|wreckage|building|house|"
                              r"home|school)\s+(?:[\w'’-]+\s+){0,3}?" + _RECOVERED + r"\b|"
                              r"\s+(?:the\s+)?(?:rubble|debris|ruins|wreckage)\b")

# "invading Israeli troops continued destroying homes", "the invading forces demolished
# houses": the troops named by their incursion, their deed of the sentence a razing (not
# "districts from which invading Israeli troops had withdrawn": the incursion the only
# fighting told; "troops invading Rafah": an incursion told)
_TROOPS_AFTER = re.compile(r"\s+(?:israeli\s+|occupation\s+|enemy\s+)?(?:ground\s+)?"
                           r"(?:troops|forces|army|soldiers|tanks|units|brigades?)\b")
_RAZING_AFTER = re.compile(r"[^.;]{0,60}?\b(?:destroy(?:ed|ing|s)?|demolish(?:ed|ing|es)?|"
                           r"bulldoz(?:ed|ing|es)?|raz(?:ed|ing|es)|blow(?:ing)?\s+up|"
                           r"blew\s+up|(?:set|setting)\s+fire\s+to|burn(?:ed|ing|t)?)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:homes|houses|buildings|structures|"
                           r"properties|shops|farmland|lands?)\b")


def aid_waited_for(low: str, lo: int, at: int, sub: str) -> bool:
    """Whether the aid named is what people were waiting for: "opened fire on people at the
    roundabout while they were waiting for aid trucks" (not "aid trucks entered after
    waiting for days at the crossing": a delivery)."""
    return sub == AID[1] and _WAITED_FOR.search(low, lo, at) is not None


def an_order_describing_the_place(low: str, lo: int, at: int, stop: int, end: int,
                                  sub: str) -> bool:
    """Whether the order is a standing one told to describe a place: "air attacks on Rafah,
    a city where Israel has told people to move for their safety"."""
    return (sub == EVACUATION[1] and _WHERE_BEFORE.search(low, lo, at) is not None and
            _STANDING.search(low, at, stop) is not None and
            _A_DAY_AFTER.match(low, stop, end) is None)


def the_sheltered_displaced(low: str, lo: int, at: int, sub: str) -> bool:
    """Whether "displaced" names the people a place sheltered: "killed 17 people in a house
    sheltering some of those displaced from further north"."""
    return (sub == DISPLACEMENT[1] and low.startswith("displaced", at) and
            _SHELTERED_BEFORE.search(low, lo, at) is not None)


def the_dead_pulled_out(low: str, lo: int, at: int, stop: int, end: int, sub: str) -> bool:
    """Whether "pulled out of" tells the dead or survivors recovered from the rubble, not
    troops leaving ground: "The bodies of five men and two children were pulled out of the
    building"."""
    return (sub == TERRITORY[1] and low.startswith("pulled out of", at) and
            (_RECOVERED_BEFORE.search(low, lo, at) is not None or
             _RECOVERED_AFTER.match(low, stop, end) is not None))


def invading_troops_named(low: str, at: int, stop: int, end: int, sub: str) -> bool:
    """Whether "invading" only names troops whose deed the sentence tells is a razing:
    "invading Israeli troops continued their campaign of destroying homes and structures"
    (not "troops invading Rafah", "districts from which invading troops had withdrawn")."""
    if sub != BATTLE[1] or not low.startswith("invading", at):
        return False
    troops = _TROOPS_AFTER.match(low, stop, end)
    return troops is not None and _RAZING_AFTER.match(low, troops.end(), end) is not None


def no_act_told(low: str, lo: int, at: int, stop: int, end: int, sub: str) -> bool:
    """Whether the trigger at ``low[at:stop]`` (``lo``: where its look-back begins) names
    no act of its own, by one of the checks above."""
    return (aid_waited_for(low, lo, at, sub) or
            an_order_describing_the_place(low, lo, at, stop, end, sub) or
            the_sheltered_displaced(low, lo, at, sub) or
            the_dead_pulled_out(low, lo, at, stop, end, sub) or
            invading_troops_named(low, at, stop, end, sub))
