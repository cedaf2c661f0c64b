"""A count killed by armed men named as the killers, with no weapon told: "Hamas gunmen
killed three people in Khan Younis", "gunmen killed four men in Deir al-Balah", "three men
were shot by masked gunmen" (the last told by its gunfire already).

Deaths told with no weapon in the Strip are almost always strikes and shelling, the army's;
but where the sentence names fighters or gunmen as those who killed, no strike is told: the
killing is theirs, an attack on the people killed, not an air strike by the Israeli
military. Israel's own troops and forces who killed are read elsewhere (troops on the ground,
the army's strikes); a group that was hit ("strikes killed three Hamas gunmen") is no killer.
"""

from __future__ import annotations

import re

__all__ = ["killed_by_fighters"]

_FIGHTERS = (r"(?:gunmen|militants|fighters|terrorists|assailants|attackers|"
             r"(?:armed|masked)\s+men|(?:hamas|islamic\s+jihad|qassam|al-qassam)(?:\s+"
             r"(?:members|operatives|men|brigades))?)")
# The fighters as the sentence's subject, right before its verb of killing ("Hamas gunmen
# killed", "militants on Saturday killed", "gunmen who stormed the house killed"), or the
# agent of a passive one ("three men were killed by Hamas gunmen"); no Israeli word before
# them. Only a day, an adverb or a short clause of who they were may come between (not
# "Hamas confirms that Israel killed", "Hamas media put the number of people killed", "the
# Islamic Jihad claimed the blast, which killed": another killer, a count, a weapon)
_BETWEEN = (r"(?:(?:on|early|late|last)\s+\w+\s+|reportedly\s+|allegedly\s+|also\s+|then\s+|"
            r"later\s+|(?:who|that)\s+(?:(?!(?:were|was|are|is|been|being|israel\w*|army|"
            r"troops|forces|soldiers|idf|strikes?|air\w*|drones?|shell\w*|tanks?|rockets?|missiles?|bombs?|fired|"
            r"killed)\b)[\w'’-]+\s+){1,6}?)*")
_SUBJECT = re.compile(
    rf"(?<!israeli\s)(?<!israeli-)\b{_FIGHTERS}\s+{_BETWEEN}"
    r"(?:had\s+|have\s+|has\s+)?(?:killed|kill|kills|murdered|executed)\b(?!\s+by\b)|"
    rf"\b(?:killed|murdered|executed)\s+by\s+(?:\w+\s+){{0,2}}?{_FIGHTERS}\b", re.I)


def killed_by_fighters(clause: str) -> bool:
    """Whether a clause names armed men who are not Israel's as the killers of its dead,
    with no weapon told: no air strike is told."""
    return _SUBJECT.search(clause) is not None
