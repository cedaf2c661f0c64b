"""An attack word that names a kind, not a deed: "a fighting unit of Hamas", "men of
fighting age", "a combat engineer", "the forces included a combat dog".

"Fighting", "combat" and "battle" before a noun of a unit, a person's trade, an age or gear
say what someone or something is, not that a fight took place: "the victim was an activist
of the Qassam Brigades, a fighting unit of Hamas" tells who he was; the deed, if any, is
told by its own words ("was killed in an airstrike"). Read alone they made a battle where
the sentence tells none. Not when the next word is a verb ("fighting forces thousands to
flee"), nor "combat zone", which the army's orders name as where fighting is.
"""

from __future__ import annotations

import re

__all__ = ["names_a_kind"]

_KIND_WORDS = frozenset({"fighting", "combat", "battle"})
# the nouns of a unit, a trade, an age, a skill or gear ("forces" is left out: "fighting
# forces thousands to flee" is a verb)
_KIND_AFTER = re.compile(r"[ \t-]+(?:wings?|units?|arm|age|aged|season|capabilit(?:y|ies)|"
                         r"strength|abilit(?:y|ies)|readiness|experience|engineers?|medics?|"
                         r"dogs?|vehicles?|brigades?|battalions?|squads?|gear|uniforms?|"
                         r"fatigues|boots|helmets?|rations)\b")


def names_a_kind(low: str, at: int, stop: int) -> bool:
    """Whether the trigger ``low[at:stop]`` is "fighting", "combat" or "battle" naming the
    kind of the noun after it ("a fighting unit", "fighting-age men", "a combat engineer")."""
    return low[at:stop] in _KIND_WORDS and _KIND_AFTER.match(low, stop) is not None
