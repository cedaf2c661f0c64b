"""An act told as done in an earlier attack the report gives no day for.

"recovered the bodies of eight ... from the rubble of their home in the Maghazi camp, which
was struck in an earlier Israeli attack": the strike is of some day before the telling, not
the report's own, and the report does not say which.
"""

import re

from geoevents.dates import DateRef
from geoevents.units import EventUnit

# the act's own word, then "in an earlier (Israeli) attack", "during a previous strike"
_IN_AN_EARLIER_ATTACK = re.compile(
    r"(?i)(?:(?:was|were|been)\s+)?[\w'’-]*\s+(?:in|by|during)\s+(?:an?|the)\s+(?:earlier|previous|prior)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attack|strike|air\s*strike|air\s+raid|raid|bombardment|"
    r"shelling|bombing|assault)s?\b")

# a day told with the earlier attack: "in an earlier strike on Monday", ", on 10 October"
_ITS_OWN_DAY = re.compile(r"\s*,?\s*(?:on|late|early|last)?\s*$")


def struck_in_an_earlier_attack(text: str, unit: EventUnit, dates: list[DateRef]) -> bool:
    """Whether the event's own word is told as done in an earlier attack of no day given:
    "the home, which was struck in an earlier Israeli attack" (not "struck in an earlier
    attack on Monday": that attack's day is told, and dates it)."""
    earlier = _IN_AN_EARLIER_ATTACK.match(text, unit.anchor, unit.sentence.end)
    if earlier is None:
        return False
    return not any(d.start >= earlier.end() and _ITS_OWN_DAY.fullmatch(text, earlier.end(),
                                                                       d.start) for d in dates)
