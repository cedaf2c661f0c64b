"""Places outside the Strip: who acted, too wide a place, or where a protest was held.

An out-of-area name is most often who acted ("hit by Israel", "Israel killed 6") or part of
a war's name ("the Israel–Hamas war"), not where; a country or the world is too wide to be
where a strike landed; and a protest held abroad ("march in The Hague, Netherlands") is not
news of the Strip.
"""

from __future__ import annotations

import re

from geoevents.dates import MONTH_NAMES, WEEKDAY_PATTERN
from geoevents.model import Mention
from geoevents.sentences import Span
from geoevents.speech import SPEAKS
from geoevents.units import EventUnit

# Out-of-area places too wide to be where a strike landed ("Israel withdrew from ...").
WIDE = frozenset({"country", "region-world"})


def held_abroad(unit: EventUnit, gaza: list[Mention]) -> bool:
    """Whether the first place after a protest word is outside the Strip ("march in The
    Hague, Netherlands"), or a name the gazetteer does not know."""
    text, base = unit.sentence.text, unit.sentence.start
    hit = _IN_A_PLACE.search(text, unit.anchor - base, unit.clause.end - base)
    if hit is None:
        return False
    at = base + hit.end()
    return not any(m.start == at for m in gaza)


# (not "arrested ..., some of whom took part in the October 7 massacre", "detained in
# March": a day or a month, no place)
_IN_A_PLACE = re.compile(r"\b(?:in|at|outside(?:\s+of)?)\s+(?:the\s+)?(?=[A-Z])"
                         rf"(?!(?:{MONTH_NAMES}|{WEEKDAY_PATTERN})\b)")


# "hit by Israel", "who according to Israel was the head of ...": who acted or who said
_BY = re.compile(r"(?i)\b(?:by|according to)\s+$")


def is_agent(m: Mention, sentence: Span) -> bool:
    """Whether an out-of-area name is who acted ("hit by Israel") or names a war or a
    border with another ("the Israel–Hamas war"), not where."""
    at, end = m.start - sentence.start, m.end - sentence.start
    text = sentence.text
    if text[end:end + 1] in _COMPOUND or (at > 0 and text[at - 1] in _COMPOUND):
        return True
    if m.feature_class == "country" and (text[end:end + 2] in ("'s", "’s") or
                                         _ACTS.match(text, end) and not
                                         _LOCATIVE.search(text, max(0, at - 30), at) or
                                         _TO_COUNTRY.search(text, max(0, at - 4), at) or
                                         _OF_A_COUNTRY.match(text, end)):
        # "Israel's evacuation order", "Israel killed 6": who acted, not where; "returns the
        # body of a hostage to Israel": where it went
        return True
    if m.feature_class == "country" and _SAYS.match(text, end) and \
            _WHICH.search(text, max(0, at - 8), at):
        return True  # "the airstrike, which Israel said targeted two senior Hamas men"
    return _BY.search(text[max(0, at - 14):at]) is not None


_COMPOUND = ("-", "–", "—", "/")
# who says what the clause tells, inside it: "which Israel said targeted ...", "in response
# to what Israel said was an attack on its troops"
_SAYS = re.compile(r"\s+(?:" + SPEAKS + r")\b")
_WHICH = re.compile(r"\b(?:which|that|who|whom|what)\s+$")
# "Israeli strikes in southern Lebanon killed two": where, though a verb follows
# (what happened there, not who was there: "artillery units stationed across Israel fired",
# "warplanes flying over Israel struck": the shells fell in Gaza)
_LOCATIVE = re.compile(r"(?i)\b(?:air ?strikes?|strikes?|attacks?|raids?|shelling|bombardments?|"
                       r"bombing|operations?|fighting|clashes|incursions?|fire)\s+"
                       r"(?:\w+\s+)?(?:in|at|near|across|throughout|inside|over)\s+(?:the\s+)?"
                       r"(?:(?:north|south|east|west)\w*\s+)?$")
_TO_COUNTRY = re.compile(r"(?:^|\s)to\s$")  # "to Israel", not "into Israel"
# "a hostage with U.S. citizenship", "Egyptian officials": the country qualifies a noun
_OF_A_COUNTRY = re.compile(r"\s+(?:citizenship|citizens?|nationals?|nationality|passports?|"
                           r"officials?|envoys?|ambassadors?|embassy|president|government|"
                           r"mediators?|delegation)\b")
# A country followed by its verb is the one that acted ("Israel killed", "Israel launched").
_ACTS = re.compile(r"\s+(?:(?:also|then|later|reportedly|again)\s+)?(?:killed|struck|launched|"
                   r"attacked|bombed|shelled|ordered|carried out|conducted|targeted|hit|fired|"
                   r"raided|stormed|seized|intensified|expanded|began|started|resumed|imposed|"
                   r"blocked|closed|opened|reopened|withdrew|destroyed|demolished|bulldozed|"
                   r"sent|deployed|entered|invaded|captured|besieged|advanced|pushed|"
                   # a headline's present tense: "Israel launches an airstrike"
                   r"kills|strikes|launches|attacks|bombs|shells|orders|conducts|targets|hits|"
                   r"fires|raids|storms|seizes|intensifies|expands|begins|starts|resumes|"
                   r"imposes|blocks|closes|opens|reopens|withdraws|destroys|demolishes|sends|"
                   r"deploys|enters|invades|captures|besieges|advances|pushes)\b")
