"""A day set "earlier" for a telling: it dates the telling, not what the report tells next.

"At least 27 people were killed ... on Saturday ... Earlier on Friday, the UN said 798 people
had been killed seeking aid since late May. Another 33 Palestinians died in Israeli attacks
across Gaza": the report steps back to the day before for what the UN said, then returns to
its own news; the deaths told next are not Friday's.
"""

import re

from geoevents.dates import DateRef
from geoevents.speech import SAID

# "Earlier on Friday, " / "Earlier Friday " / "Earlier on 11 July, " right before the day
_EARLIER = re.compile(r"(?i)(?:^|[.!?]\s+|\n\s*)earlier\s+(?:on\s+|in\s+the\s+day\s+on\s+)?$")
# then the teller and its verb: ", the UN said", " the ministry reported"
_A_TELLER_SAID = re.compile(rf"(?i)\s*,?\s*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{0,4}}"
                            rf"(?:[a-z][\w'’-]*\s+){{0,2}}?(?:{SAID}|told|noted|warned)\b")


def an_earlier_telling(text: str, d: DateRef) -> bool:
    """Whether ``d`` opens its sentence as "Earlier on <day>" followed by a teller's word:
    "Earlier on Friday, the UN said 798 had been killed" (not "Earlier on Friday, an
    airstrike killed five in Rafah": an act of that day, which dates what follows, nor
    "The UN said on Friday": a day after the verb, see tellings.told_on)."""
    return _EARLIER.search(text, max(0, d.start - 20), d.start) is not None and \
        _A_TELLER_SAID.match(text, d.end) is not None
