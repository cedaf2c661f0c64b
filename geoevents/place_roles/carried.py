"""Where the dead and wounded were carried: not where they were hurt.

"The bodies were taken to Nasser Hospital in Khan Younis", "delivered to al-Shifa Hospital;
60 to al-Ahli Hospital; four to al-Awda Hospital": the hospitals casualties are brought to,
and the list of them that goes on with the verb left out, are where they went after the
attack. Whether a place is a hospital is told here too, as where the wounded are carried.
"""

from __future__ import annotations

import re

from geoevents.model import Mention
from geoevents.normalize import fold
from geoevents.place_roles.movement import not_after
from geoevents.sentences import ARTICLE, Span

# The verbs of the dead and wounded carried somewhere ("brought to", "admitted to"); the
# patterns below that also take "referred to" add it, where "referred to" may name a term
CARRY_VERBS = r"brought|taken|transferred|rushed|carried|transported|admitted|delivered"
# ... and the words that carry them to a place: "brought to", "were taken into", "referred
# to", up to two words between ("rushed them to", "taken by ambulance to")
CARRIED_INTO = rf"(?:{CARRY_VERBS}|referred)\s+(?:\w+\s+){{0,2}}?(?:to|into)"
# ... or a carrying verb, then, up to 60 characters on in its clause, the "to" of where they
# were carried ("transported both the fatality and the injured to ", "brought dozens of
# wounded into ")
CARRIED_ON_TO = rf"\b(?:{CARRY_VERBS})\b[^.;!?\n]{{0,60}}?\b(?:to|into)\s+"
# Where casualties were carried: "brought to", "were taken to the", "admitted to".
CARRIED_TO = re.compile(
    rf"(?i)\b(?:{CARRIED_INTO}|"
    # "transfer 57 critical patients to Al Shifa Hospital", "transferring 23 patients and
    # their caregivers to Al Shifa hospital": where patients were moved to ("transferring
    # dozens of injured people to Al-Shifa")
    r"transfer(?:red|ring)?\s+(?:[\w,-]+\s+){0,6}?(?:patients|wounded|injured|infants|"
    r"babies|caregivers|companions)(?:\s+(?:people|persons|civilians|children))?\s+(?:to|into)|"
    # "injured patients are reported to have arrived at the Al Awda and Indonesian hospitals"
    r"(?:arrived|arriving|arrive)\s+at|"
    # "casualties being treated at Awda Hospital"
    r"(?:being\s+|were\s+|are\s+)?treated\s+(?:at|in))\s+(?:the\s+)?(?:[\w-]+\s+)?"
    # (a name the gazetteer reads from after its article: "to Al-|Shifa")
    + ARTICLE + "$")
# "The bodies were taken to Nasser Hospital in Khan Younis", "The family had fled from Gaza
# City": where the dead were brought or people came from, no site of an attack
_TAKEN = r"taken|brought|rushed|transferred|transported|carried|flown"
TAKEN_OR_FLED = re.compile(rf"\b(?:(?:{_TAKEN})\s+to|fled(?:\s+from)?|(?:displaced|escaped)\s+"
                           r"from)\b[^.;!?]{0,50}$", re.I)
# ... or where people were going ("returning to Gaza City"): not where a happening told
# again took place (:mod:`geoevents.place_told_next`, within one sentence; the report-wide test
# of :mod:`geoevents.events` leaves these verbs out, since where people went is where they
# now are, and later news of the report may well be there)
GONE_TO_OR_FLED = re.compile(rf"\b(?:(?:{_TAKEN}|returning|travel(?:l)?ing|heading|moved|"
                             r"evacuated)\s+to|fled(?:\s+from)?|(?:displaced|escaped)\s+from)\b"
                             r"[^.;!?]{0,50}$", re.I)
# "the bodies of 43 people have been delivered to al-Shifa Hospital in Gaza City; 60 to
# al-Ahli Arab Hospital; four to al-Awda Hospital in Nuseirat": the list of where the
# dead were taken goes on with the verb left out
_CARRY_VERB = re.compile(rf"(?i)\b(?:{CARRY_VERBS})\s+(?:\w+\s+){{0,2}}?to\b")


_CARRY_WORDS = tuple(CARRY_VERBS.split("|"))


def _carries(sentence: Span) -> bool:
    """Whether the sentence has one of the verbs _CARRY_VERB needs: a cheap test first."""
    folded = fold(sentence.text)
    return any(verb in folded for verb in _CARRY_WORDS)
_COUNT_TO = re.compile(r"(?i)[;,]\s+(?:and\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|"
                      r"eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:[\s-]\w+)?)\s+"
                      r"(?:(?:more|others?|bodies|dead|wounded|injured)\s+)?to\s+"
                      r"(?:the\s+)?(?:[\w-]+\s+)?(?:(?:[\w'’()-]+\s+){0,3}?"
                      r"(?:hospital|medical\s+complex)\s+in\s+(?:the\s+)?)?$")


def carried_off(here: list[Mention], sentence: Span) -> list[Mention]:
    """``here`` less the places after the words that carry the dead or wounded somewhere
    ("Ambulances transported the injured to the PRCS field hospital in al-Mawasi and to the
    Kuwaiti hospital in Rafah"): all the rest of the sentence tells where they went."""
    treated = _TREATED_THERE.search(sentence.text)
    if treated is not None:
        # "a UN team that visited al-Shifa hospital had seen gunshot wounds among some 200
        # patients still being treated there": where the wounded are cared for, not where
        # they were hurt
        here = [m for m in here if not named_hospital(m) or
                m.start >= sentence.start + treated.start()]
    hit = _CARRY_VERB.search(sentence.text) if _carries(sentence) else None
    if hit is None:
        return here
    return [m for m in here if m.start < sentence.start + hit.start()]


# the wounded cared for at the place told before: "patients still being treated there",
# "the wounded admitted there"
_TREATED_THERE = re.compile(r"(?i)\b(?:treated|cared\s+for|admitted|receiving\s+(?:care|"
                            r"treatment))\s+there\b")


def carried_list(here: list[Mention], sentence: Span) -> list[Mention]:
    """``here`` without the places a list of where the dead were taken goes on to
    ("delivered to al-Shifa Hospital; 60 to al-Ahli Hospital; four to al-Awda Hospital in
    Nuseirat")."""
    if not here or not _carries(sentence) or _CARRY_VERB.search(sentence.text) is None:
        return here
    return not_after(_COUNT_TO, here, sentence)


def named_hospital(m: Mention) -> bool:
    """Whether the gazetteer's place ``m`` names is a hospital ("Nasser Medical Complex",
    "Al-Awda Hospital (Jabalia)"), by its class or its name."""
    return m.feature_class == "hospital" or "hospital" in (m.name or "").lower()
