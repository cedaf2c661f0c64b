"""A party that only names another's act, as a crime or a massacre, or denies a part in it, is
its teller, not a side.

"Hamas has described the operation at Kamal Adwan's hospital as a horrific massacre" tells
the army's raid in Hamas's words: the group that calls it so did not carry it out, as
"according to the Hamas media office" is no party either.
"""

from __future__ import annotations

import re

from geoevents.actors import ActorRef

# "<party> (has) described/called/branded ... (as) ...", "<party> condemned the raid": the
# party's words on an act (not "Hamas called on its fighters", "Hamas condemned to death":
# other senses)
_DESCRIBES = re.compile(r"(?:['’]s?(?:\s++[\w-]+){0,2}?)?\s++(?:has\s+|have\s+|had\s+|also\s+)?"
                        r"(?:(?P<condemns>condemned|denounced|decried)|described|termed|labell?ed|"
                        r"branded|characteri[sz]ed|called)\s+(?!on\b|for\b|upon\b|to\b|off\b|"
                        r"in\b|up\b)(?:the|this|that|it|its|an?)\b", re.I)
# ... named as a crime: "as a horrific massacre", "a war crime" (not "Israel's military
# called the raid 'precise and limited'": its own act, in its own words)
_A_CRIME = re.compile(r"\b(?:massacres?|(?:war\s+)?crimes?|atrocit\w+|genocid\w*|barbar\w+|"
                      r"heinous|brutal\w*|aggression|violations?|terror\w*|horrific|"
                      r"escalation|slaughter|carnage)\b", re.I)
_DESCRIPTION_REACH = 120  # characters after the verb where the words for the act are looked for
# ... within the clause of the words (not "Hamas fighters called the army's claims lies and
# ambushed troops ... in a brutal attack": a deed of their own after them)
_CLAUSE_ENDS = re.compile(r"[.;,]|\s(?:and|but|while|before|after)\s")


def describers(text: str, named: list[ActorRef]) -> list[ActorRef]:
    """``named`` less the parties told only as naming an act a crime in their words: "Hamas
    has described the operation at the hospital as a horrific massacre", "Islamic Jihad
    condemned the raid" (not "Hamas called on residents to stay": a call, not a name; nor
    "Israel's military called the raid precise and limited": its own act); nor those told
    only as denying a part in it or knowing of it ("while Hamas denied knowledge of any
    fighting in Rafah")."""
    return [a for a in named if not _names_a_crime(text, a) and not _denies(text, a)]


# "<party> (has) denied knowledge of", "denied any involvement", "rejected the army's claims",
# "dismissed the accusation", also by its own voice, "Hamas' spokesman rejected the
# allegations": the party's word on a part it is said to have had, no deed (not "Hamas denied
# entry to the convoy", "Israel rejected the proposal": other senses)
_DENIES = re.compile(r"(?:['’]s?(?:\s+[\w-]+){0,2}?)?\s+(?:has\s+|have\s+|had\s+|also\s+|"
                     r"quickly\s+|swiftly\s+)?(?:denied|denies|rejected|rejects|dismissed|"
                     r"dismisses)\s+(?:any\s+|all\s+|the\s+|its\s+|having\s+)?(?:[\w'’-]+\s+)?"
                     r"(?:knowledge|involvement|responsibility|role|part|claims?|allegations?|"
                     r"accusations?|charges?|reports?|account|version|link|links)\b", re.I)


def _denies(text: str, a: ActorRef) -> bool:
    """Whether ``a`` is told denying a part in the act, or knowledge of it."""
    return _DENIES.match(text, a.end) is not None


def _names_a_crime(text: str, a: ActorRef) -> bool:
    """Whether ``a`` is told condemning an act, or calling it a crime."""
    m = _DESCRIBES.match(text, a.end)
    if m is None:
        return False
    stop = _CLAUSE_ENDS.search(text, m.end())
    end = min(stop.start() if stop else len(text), m.end() + _DESCRIPTION_REACH)
    return m.group("condemns") is not None or _A_CRIME.search(text, m.end(), end) is not None
