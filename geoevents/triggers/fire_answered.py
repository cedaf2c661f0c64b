"""Fire answered with fire is a fight, whoever the sentence says was fired on.

"Coming under fire, they shot back, killing two gunmen from the ruling Hamas faction": the
party fired on fought back, so it was armed, and the two dead are the fight's, not
civilians shot. The table types "came under fire" and "were shot at" as an attack on
people, which is right for a convoy or a crowd ("an aid convoy came under fire") and for
fire that met no answer ("troops did not return fire"), but not once the sentence tells
the fire returned ("shot back", "returned fire", "fired back", "exchanged fire").
"""

from __future__ import annotations

import re

from geoevents.trigger_table import ATTACK, BATTLE

__all__ = ["answered_fire"]

# the fire an attack told by who was fired on: "came under fire", "coming under heavy
# fire", "were shot at" (not "opened fire on a crowd": told by who fired)
_FIRED_ON = ("came under", "come under", "comes under", "coming under", "shot at",
             "were shot at", "was shot at", "been shot at", "being shot at")
# the fire returned (not "did not return fire", "without firing back", "no one shot back":
# fire that met no answer)
_ANSWERED = re.compile(r"(?<!not )(?<!never )(?<!without )(?<!no one )(?<!nobody )"
                       r"(?<!n't )\b(?:(?:shot|fired|hit|struck) back|"
                       r"return(?:ed|ing|s)? (?:the |their |heavy )?fire|"
                       r"exchang(?:ed|ing|es)? (?:heavy )?fire)\b")


def answered_fire(low: str, start: int, at: int, end: int, etype: str,
                  sub: str) -> tuple[str, str]:
    """BATTLE for an attack told by who was fired on ("came under fire", "were shot at")
    in a sentence, ``low[start:end]``, that tells the fire returned; else ``(etype, sub)``:
    "Coming under fire, they shot back, killing two gunmen"."""
    if sub == ATTACK[1] and low.startswith(_FIRED_ON, at) and \
            _ANSWERED.search(low, start, end) is not None:
        return BATTLE
    return etype, sub
