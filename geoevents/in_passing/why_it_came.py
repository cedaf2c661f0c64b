"""Attacks told already, named again only to say why they came.

"Israeli forces launched a series of deadly air strikes across the territory. The strikes
came in response to what Israel described as a violation of the truce, alleging that Hamas
militants had killed two Israeli soldiers in Rafah": "The strikes" are those told before;
the sentence gives their reason, and its place (Rafah) is where the reason happened. Read
as news, it is a second air strike, placed at the place of the reason.

Only the sentence's subject, an attack word after "the", "these" or "those" with a verb of
cause right after it ("came in response to", "were in retaliation for", "followed"), is
read so; attacks told with their own place ("Strikes on Rafah came in response to ...") or
a subject with no article ("Israeli strikes came after ...": the news's own) are news as
before.
"""

from __future__ import annotations

import re

__all__ = ["told_again_for_its_reason"]

# the subject known already: "The strikes", "These attacks", "Those latest raids"
_KNOWN = re.compile(r"(?:^|[.!?]\s+|\n)[\"“]?(?:the|these|those)\s+(?:(?:latest|israeli|"
                    r"new|renewed|overnight|deadly)\s+){0,2}$")
# ... and the verb that gives their cause, straight after it
_WHY = re.compile(r"\s+(?:(?:had\s+)?came|come|were\s+launched|were\s+carried\s+out|were|"
                  r"followed)\s+(?:(?:as|in)\s+(?:an?\s+)?(?:direct\s+)?(?:response|reply|"
                  r"retaliation|revenge|reprisal)|after\b|following\b|a\s+response\b|"
                  r"retaliation\b)")


def told_again_for_its_reason(low: str, before: str, lo: int, at: int, stop: int,
                              end: int) -> bool:
    """Whether the attack word is the subject "The strikes" of a sentence that only says why
    they came ("The strikes came in response to ... soldiers killed in Rafah"): the attacks
    told before, not a new one at the reason's place."""
    return before.endswith(("the ", "these ", "those ")) and \
        _KNOWN.search(low, max(0, lo - 3), at) is not None and \
        _WHY.match(low, stop, end) is not None
