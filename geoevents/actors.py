"""Actors as reports name them (ACLED's actor1/actor2, kept close to the source's words).

Names are lightly canonicalised so that "the IDF", "Israeli troops" and "the Israeli
army" count as one actor in a table, but no actor is inferred that the text does not name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geoevents.anchored import Cues, PrefixIndex

__all__ = ["ActorRef", "find_actors", "PATTERNS"]

# (canonical name, role, pattern). role: "armed" may be actor1; "civilian" is a target.
_ACTORS: tuple[tuple[str, str, str], ...] = (
    ("Israeli military", "armed",
     r"Israeli (?:military|army|forces|troops|soldiers|tanks|warplanes|jets|aircraft|drones?|"
     r"navy|air force|snipers?|special forces|ground forces|(?:air ?)?strikes?|bombardment|"
     r"shelling|fire|gunfire|operations?|offensive|raids?)|IDF|Israel Defen[cs]e Forces|"
     r"the military|the army"),
    ("Israeli settlers", "armed", r"(?:Israeli |Jewish )?settlers"),
    ("Hamas armed wing (al-Qassam Brigades)", "armed",
     r"Hamas(?:'s|’s)? armed wing|(?:Izz (?:ad-Din|el-Deen|al-Din) )?al-Qassam Brigades|"
     r"Qassam Brigades"),
    ("Islamic Jihad", "armed",
     r"(?:Palestinian )?Islamic Jihad(?:'s|’s)?(?: armed wing| militants| fighters)?|"
     r"al-Quds Brigades|PIJ"),
    ("Hamas", "armed", r"Hamas(?! official)(?!’s armed)(?!'s armed)"
                       r"(?: (?:militants|fighters|gunmen|members|operatives))?"),
    ("Palestinian militants", "armed",
     r"Palestinian (?:militants|fighters|gunmen|armed groups?)|militants|gunmen"),
    ("Hezbollah", "armed", r"Hezbollah"),
    ("Civilians (Palestine)", "civilian",
     r"civilians|aid seekers|displaced (?:people|families|persons)|families|residents|"
     r"children|women|journalists|aid workers|medics|paramedics|patients"),
)
# One alternation in table order: at any position the first actor that matches wins.
_COMBINED = re.compile("|".join(rf"\b(?P<a{i}>{pat})\b" for i, (_, _, pat) in enumerate(_ACTORS)))


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor named at offset ``start``; ``role`` is "armed" or "civilian"."""

    name: str
    role: str
    start: int


# The patterns this module looks for through a report's cues (geoevents.anchored).
PATTERNS = (_COMBINED,)
_INDEX = PrefixIndex(PATTERNS)


def find_actors(text: str, start: int = 0, end: int | None = None, *,
                cues: Cues | None = None) -> list[ActorRef]:
    """Actors named in ``text[start:end]``, in order of appearance, without overlaps.

    A name followed by "said", "reported"... is the source of the report, not a party to
    the event ("The Israeli military said Hamas militants fired rockets"), unless what
    it said is about itself ("stated that it had engaged in combat").
    """
    end = len(text) if end is None else end
    cues = cues if cues is not None else Cues(text, _INDEX)
    out = []
    for m in cues.finditer(_COMBINED, start, end):
        if _SPEAKS.match(text, m.end(), end):
            continue
        name, role, _ = _ACTORS[int(m.lastgroup[1:])]
        out.append(ActorRef(name, role, m.start()))
    return out


# "X said ..." names a source; "X said (that) it/they ..." still names the actor.
_SPEAKS = re.compile(r"\s+(?:said|says|stated|announced|reported|claimed|told|added|noted)\b"
                     r"(?!,?\s+(?:that\s+)?(?:it|they|its|their)\b)")
