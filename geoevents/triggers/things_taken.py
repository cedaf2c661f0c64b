"""Words of taking told of what is no ground: people, weapons and goods seized or captured.

"Seized" and "captured" are triggers for ground taken ("troops seized the Rafah crossing");
told of a person or a thing they name no territory: "they killed him and seized his weapon",
"the chances of more soldiers being captured", "Israeli forces seized the boat", "gunmen
seized aid trucks". Each otherwise codes a transfer of territory at the sentence's place.
"""

from __future__ import annotations

import re

__all__ = ["no_ground_taken"]

# the people or things taken, right after the word: "seized his weapon", "captured two
# soldiers", "seized aid trucks", "seized the boat" (not "seized the Rafah crossing",
# "captured the town", "seized control of the corridor": ground)
_THINGS = (r"(?:weapons?|rifles?|guns?|arms|ammunition|munitions|equipment|documents|laptops?|"
           r"phones?|computers?|cameras?|vehicles?|cars?|trucks?|lorries|boats?|ships?|vessels?|"
           r"cargo|goods|aid|supplies|flour|food|fuel|money|cash|gold|drugs|"
           r"soldiers?|troops|hostages?|captives?|fighters?|militants?|gunmen|terrorists?|"
           r"operatives?|commanders?|people|persons?|m[ae]n|wom[ae]n|children|boys?|girls?|"
           r"civilians|palestinians|israelis|residents|suspects?|him|her|them|bodies|body)")
# (the taken thing the verb's object: not "Rafah was seized by Israeli troops", "captured
# from fighters": who took it, or from whom)
_THING_AFTER = re.compile(r"\s+(?:(?:an?|the|his|her|their|its|two|three|four|several|some|"
                          r"dozens\s+of|more|all|\d+)\s+)?"
                          r"(?:(?!(?:by|from|with|in|at|on|near|during|after|for|to|of|and)\s)"
                          r"[\w'’-]+\s+){0,2}?" + _THINGS + r"\b")
# ... or before it, as who was taken: "more soldiers being captured", "two fighters were
# captured" (not "the town was captured", "Rafah was seized")
_THING_BEFORE = re.compile(r"\b" + _THINGS + r"\s+(?:[\w'’-]+\s+)?(?:(?:was|were|being|been|be|"
                           r"had\s+been|have\s+been|has\s+been)\s+)$")


def no_ground_taken(low: str, lo: int, at: int, stop: int, end: int, territory: bool) -> bool:
    """Whether the taking at ``low[at:stop]`` (``territory``: whether the trigger codes a
    transfer of territory) is of people or things, no ground: "seized his weapon", "more
    soldiers being captured"."""
    return territory and low.startswith(("seiz", "captur"), at) and (
        _THING_AFTER.match(low, stop, end) is not None or
        _THING_BEFORE.search(low, lo, at) is not None)
