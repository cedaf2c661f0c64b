"""Days counted from a spell of attacks: no day of the spell's own.

"At least 20 people were killed ... at a shelter school at the Jabalia refugee camp, two days
after massive bombardments in the area": the bombardments went on for days, and the count
dates the killing against them; they are the killing's setting, not an attack of their own
two days before (as "two days after an Israeli airstrike" is).
"""

import re

from geoevents.units import EventUnit

# "two days after massive bombardments", "a day after heavy Israeli strikes": many attacks,
# no article, a word of their scale before them
_SPELL = re.compile(r"(?i)\b\w+\s+days?\s+after\s+(?:massive|heavy|intense|intensive|"
                    r"relentless|sustained|widespread|extensive|repeated|fierce)\s+"
                    r"(?:[\w'’-]+\s+)?$")
_PLURAL = re.compile(r"[A-Za-z-]+s\b")


def after_a_spell_of_attacks(text: str, unit: EventUnit) -> bool:
    """Whether the event is a spell of attacks a day of the sentence is counted from: "two
    days after massive bombardments in the area" (not "two days after an Israeli airstrike",
    one attack, nor "two days after a heavy strike": one again)."""
    spell = _SPELL.search(text, max(unit.sentence.start, unit.anchor - 60), unit.anchor)
    return spell is not None and _PLURAL.match(text, unit.anchor) is not None
