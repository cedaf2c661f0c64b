"""Two accounts of one attack's dead: told in one sentence, or in two by two sources.

A military's vague claim ("The army said it had killed several terrorists in the strike") set
against another source's number for the same attack ("while the hospital said at least 37
people were killed in the strike") is one toll told twice, not two: the number told is kept
and the vague word (ACLED's conventional ten for "several") yields to it. Two sources'
figures for the whole toll, each told in a sentence of its own ("the ministry reported that
at least 33 Palestinians were killed", "UNRWA reported at least 35 dead"), are rival
accounts: ACLED codes the lowest reported, so the lower stands where two records of the
attack are made one. The dead hospitals received ("hospitals had received 45 martyrs") are a
part of the whole toll told beside them ("49 Palestinians ... have been killed"), not a rival
account of it.
"""

from __future__ import annotations

import re

from geoevents.casualties.headcount import VAGUE_HEADS
from geoevents.casualties.record import Casualty

# The words that give a count with no number ("several" is ten by ACLED's convention), as
# the head count reads them
_VAGUE = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(VAGUE_HEADS))
                    + r")\b", re.I)
# a speaker's claim: "The military said it had killed", "the army says its forces killed"
_CLAIMED = re.compile(r"\b(?:said|says|claimed|claims|announced|stated)\b", re.I)
# the other account, given to another speaker: "while Gaza's Al-Aqsa Martyrs hospital said"
_OTHER_SOURCE = re.compile(r"\b(?:while|whereas|but)\b[^.;]{0,120}?\b(?:said|says|reported|"
                           r"reports|announced|stated|told)\b", re.I)
# the number told for the same attack: "... were killed in the strike", "in that attack"
_SAME_ATTACK = re.compile(r"\s+(?:in|during|by)\s+(?:the|that|this)\s+(?:same\s+)?"
                          r"(?:(?:air\s*)?strike|airstrike|attack|raid|bombing|bombardment|"
                          r"shelling|assault)\b", re.I)


def vague_claim_yields(text: str, found: list[Casualty], start: int) -> list[Casualty]:
    """``found`` without a speaker's vague count of the dead where another source in the
    same sentence numbers the dead of the same attack after it (see the module note)."""
    dead = [c for c in found if c.kind == "killed" and not c.cumulative]
    drop: set[int] = set()
    for vague in dead:
        if vague.count is None or not _VAGUE.search(vague.text) or \
                not _CLAIMED.search(text, start, vague.start):
            continue
        for told in dead:
            if told.start > vague.end and told.count is not None and \
                    not _VAGUE.search(told.text) and \
                    _OTHER_SOURCE.search(text[vague.end:told.start]) and \
                    _SAME_ATTACK.match(text, told.end):
                drop.add(id(vague))
    return [c for c in found if id(c) not in drop]


# A source told for a count: "the ministry said", "UNRWA reported", "according to medics"
_SOURCE = re.compile(r"\b(?:said|says|reported|reports|according\s+to|claimed|claims|"
                     r"confirmed|confirms|announced|put\s+the\s+(?:number|toll|death\s+toll))\b",
                     re.I)
# A count told as the toll's rise or a revision of an earlier one, which stands over the
# earlier ("Sixteen people had initially been reported killed ... the hospital said it had
# received 21 bodies", "the toll rose to 40"), or as dead besides those told ("three more",
# "28 other people were killed in separate strikes")
_UPDATE = re.compile(r"\b(?:rose|risen|rising|climbed|jumped|bringing|raising|updated|"
                     r"revised|initially|first|later|now|since|more|another|further|"
                     r"additional|other|separate|separately|elsewhere|total|overall|"
                     r"so\s+far|still|continued|toll)\b", re.I)
# A hospital's or a clinic's intake, the dead brought to it: a part of the toll, which may
# have gone elsewhere too ("its clinic in Tal as-Sultan received 28 dead", "the bodies of 20
# were brought to al-Aqsa hospital")
_INTAKE = re.compile(r"\b(?:received|receiving|brought|arrived|admitted|taken\s+to|"
                     r"transferred)\b", re.I)
# A toll of a span or of many strikes, not of one attack: "in the past 24 hours", "since
# dawn", "overnight", "across the Strip" ("The Health Ministry said 70 people had been killed
# in the past 24 hours. The civil defence said 25 people had been killed in the Gaza Strip on
# Monday": a tally and a day's count, no rival accounts)
_A_SPANS_TOLL = re.compile(r"\b(?:(?:past|last|previous)\s+(?:\d+\s+|twenty-four\s+|"
                           r"forty-eight\s+|few\s+)?(?:hours|days)|since\s+(?:dawn|midnight|"
                           r"morning)|overnight|across|throughout)\b", re.I)
# The whole of the dead, not a group of them ("33 Palestinians", "55 people", "35 dead"; not
# "nine children", "two journalists": a part of the toll, which the whole holds)
_THE_WHOLE = re.compile(r"(?:people|persons|Palestinians|civilians|individuals)", re.I)


def rival_accounts(a_notes: str, a_count: int, b_notes: str, b_count: int) -> bool:
    """Whether two sentences' counts of one attack's dead are two sources' accounts of the
    whole toll ("the Gaza Health Ministry reported that at least 33 Palestinians were killed"
    and "UNRWA reported at least 35 dead"), neither a rise or revision of the other: ACLED
    codes the lowest figure reported, so the lower account stands."""
    if a_notes == b_notes or a_count == b_count:
        return False
    return _an_account(a_notes, a_count) and _an_account(b_notes, b_count)


def _an_account(notes: str, count: int) -> bool:
    """Whether ``notes`` tells ``count`` as a source's figure for the whole of the dead."""
    if not _SOURCE.search(notes) or _UPDATE.search(notes) or _INTAKE.search(notes) or \
            _A_SPANS_TOLL.search(notes):
        return False
    from geoevents.casualties.counts import find_casualties  # (counts imports this module)

    return any(c.kind == "killed" and c.count == count and not c.cumulative and
               _A_NUMBER.search(c.text) and not _VAGUE.search(c.text) and
               (_THE_WHOLE.fullmatch(c.victim.split()[-1]) if c.victim else
                _DEAD_NOUN.search(c.text))
               for c in find_casualties(notes))


# a figure told in a number ("at least 35", "thirty-three"), not a vague word's ("dozens")
_A_NUMBER = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                       r"hundred)\b", re.I)
# the dead told by a noun of their own, with no victims named ("35 dead", "40 fatalities")
_DEAD_NOUN = re.compile(r"\b(?:dead|deaths|fatalities|bodies)$", re.I)


def intake_of_a_whole_told(intake_notes: str, intake: int, whole_notes: str) -> bool:
    """Whether ``intake`` is the dead hospitals received ("hospitals in the Strip had
    received 45 martyrs since dawn") and the other sentence tells the whole toll they are
    of, as large or larger ("49 Palestinian civilians, including 32 from Gaza City, have
    been killed"): the intake is a part of the dead, which may not all reach a hospital, so
    the whole's record keeps its own count (the rest at its place, 17), not the intake."""
    if not _INTAKE.search(intake_notes) or intake_notes == whole_notes:
        return False
    from geoevents.casualties.counts import find_casualties  # (counts imports this module)

    if not any(c.kind == "killed" and c.count == intake and _INTAKE.search(
            intake_notes, max(0, c.start - 40), c.end + 40) for c in find_casualties(intake_notes)):
        return False
    return any(c.kind == "killed" and not c.cumulative and (c.count or 0) >= intake and
               not _INTAKE.search(c.text) for c in find_casualties(whole_notes))


# a toll told as a range of figures: "killing at least 55 to 93 Palestinians", "between 20
# and 30 people were killed", "27-31 dead" (not "from 21 to 40", a rise told as such)
_A_RANGE = re.compile(r"\bbetween\s+(?P<low>\d[\d,]*)\s+and\s+(?P<high>\d[\d,]*)\b|"
                      r"(?<!from\s)\b(?P<low2>\d[\d,]*)\s*(?:to|-|–)\s*(?P<high2>\d[\d,]*)\b",
                      re.I)


def range_holds(ranged_notes: str, low: int, other: int) -> bool:
    """Whether ``ranged_notes`` tells the dead as a range whose low end is ``low`` and which
    holds ``other``, another sentence's count of the same dead ("killing at least 55 to 93
    Palestinians" and "at least 93 people were confirmed killed in the strike"): the range
    already gave both sources' figures, so the other count is one of them, not a rise, and
    ACLED's lowest figure, the range's low end, stands (not a count beyond the range, "the
    toll rose to 120", a new figure)."""
    for m in _A_RANGE.finditer(ranged_notes):
        a, b = (int((m.group(g) or m.group(f"{g}2")).replace(",", "")) for g in ("low", "high"))
        if a == low and a < b and a <= other <= b:
            return True
    return False
