"""Deaths a report tells that no attack caused: patients who died for want of care, children
who died of hunger or cold.

"21 patients had died at Al-Shifa hospital since March 18", "Forty patients died in Shifa
hospital on 14 November", "two infants died of hypothermia in Mawasi": the toll of a siege,
a blockade or the weather, which ACLED does not code as political violence. A sentence with
an attack word of its own ("died when an airstrike hit their tent") tells an attack, and is
not one of these.
"""

from __future__ import annotations

import re

from geoevents.anchored import Cues
from geoevents.sentences import Span
from geoevents.triggers import find_triggers

__all__ = ["died_of_want"]

# The people a hospital or a camp loses ("patients", "infants", "premature babies"), up to six
# words before "died" ("Forty patients in the intensive care unit died"), or a death told by
# a cause that is no attack ("died of malnutrition", "died due to the power outage", "died
# from the cold")
_DIED_OF_WANT = re.compile(
    r"\b(?:patients?|babies|baby|infants?|newborns?|neonates?)\b(?:\s+[\w'’,-]+){0,6}?\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:reportedly\s+)?died\b|"
    r"\bdied\s+(?:of|from|due\s+to|because\s+of|as\s+a\s+result\s+of)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:malnutrition|starvation|hunger|dehydration|cold|hypothermia|"
    r"outages?|lack\s+of|shortages?)\b", re.I)

# A want an attack told before brought about: "two patients died due to the resulting power
# outage", "died after the strike cut the power": the attack's toll, told after it
_AN_ATTACKS_DOING = re.compile(r"\bresult(?:ing|ed)\b|\bcaused\s+by\b|"
                               r"\b(?:after|following)\s+(?:the|an?|its|their)\b", re.I)


def died_of_want(text: str, s: Span, cues: Cues) -> bool:
    """Whether the sentence's deaths are of want or of care denied, with no attack word in
    it: "Tedros said that 21 patients had died at Al-Shifa hospital since March 18", "Three
    children died of malnutrition in Kamal Adwan Hospital". A toll of this kind is the
    siege's or the hunger's, not an incident of violence; one an attack brought about ("died
    due to the resulting power outage") stays the attack's."""
    return _DIED_OF_WANT.search(s.text) is not None and \
        _AN_ATTACKS_DOING.search(s.text) is None and \
        not find_triggers(text, s.start, s.end, cues=cues)
