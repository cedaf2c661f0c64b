"""A release named as the end a vow or a threat waits for: a condition, not what happened.

"Israel is vowing to press ahead until all remaining hostages are released", "the army will
keep fighting in Rafah until the hostages are freed": the release is the end sought, told
in the present tense of a clause of time or condition (until, unless, once, if); read as
news, it makes a release on the day of the vow. A release told in the past ("fighting
paused until the hostages were released") or as the act ("three hostages are released by
Hamas") is news as before.
"""

from __future__ import annotations

import re

# "until all remaining hostages are released", "unless the captives have been freed", "once
# the 20 living hostages are returned" (present or present perfect: an end still to come)
_UNTIL_THEY_ARE = re.compile(r"\b(?:until|till|unless|once|if)\s+(?:all\s+)?(?:of\s+)?"
                             r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
                             r"(?:are|is|have\s+been|has\s+been)\s+(?:\w+ly\s+)?[\w-]+$")


def a_release_awaited(low: str, start: int, at: int, stop: int, is_release: bool) -> bool:
    """Whether the release at ``low[at:stop]`` (its captives and its verb) is the end a vow
    or a threat waits for: "vowing to press ahead until all remaining hostages are released"
    (not "until the hostages were released": one that came; not "Hamas released three
    hostages", told)."""
    return is_release and _UNTIL_THEY_ARE.search(low, max(start, at - 60), stop) is not None
