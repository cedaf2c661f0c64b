"""Where people, aid and fire were sent, went or came from: not where an event happened.

An order sends people somewhere ("to move to Deir al-Balah"), people flee to or from a
place, troops push towards one, aid is sent to one, an offensive aims to take one; and a
place may be named only for the state of affairs there or for what it is home to. Such a
place is not the site of what the clause tells: :func:`not_after` sets aside the places
these words introduce, and the places listed with them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geoevents.anchored import Cues
from geoevents.model import Mention
from geoevents.sentences import Span
from geoevents.units import EventUnit

FROM_HERE = frozenset({"Evacuation order", "Displacement"})
# What joins two destinations, or a place to the one it lies in ("Al Mawasi area of
# Khan Younis", "Deir al-Balah and Khan Younis", "Gaza's Maghazi camp").
SAME_PLACE_OR_LIST = re.compile(r"['’]s\s+|"  # "to Gaza's Maghazi refugee camp"
                                 r"[\s,]*(?:(?:and|or|as well as)(?:\s+(?:in|at))?|"
                                 # "towards Rafah and the coastal area of Mawasi"
                                 r"(?:(?:and|or)\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}(?:of|in))?"
                                 r"[\s,]*"
                                 r"(?:the\s+)?"
                                 # "... and eastern Rafah", "as well as in eastern, central
                                 # and western Rafah": the directions before a name
                                 r"(?:(?:north|south|east|west|central)\w*"
                                 r"(?:\s*,\s*|\s+(?:and|or)\s+|\s+))*", re.I)
# "to designated safe zones, including": a destination named by its kind, then by name.
_INCLUDING = r"(?:(?:[\w-]+\s+){0,4}[\w-]+,?\s+(?:including|such as|like)\s+(?:the\s+)?)?"
# "according to Gaza's health ministry", "areas close to Khan Younis": no place anyone goes
# to
_NOT_A_GOAL = (r"(?<!according )(?<!next )(?<!close )(?<!adjacent )(?<!due )"
               # "extended its evacuation calls to parts of Khan Younis": where an order
               # reaches, not where anyone is sent
               r"(?<!calls )(?<!orders )(?<!order )(?<!warnings )(?<!extended )"
               r"(?<!expanded )")
# "to what it calls an “expanded humanitarian zone”": the zone named in the army's words
_WHAT_IT_CALLS = (r"(?:what\s+(?:[\w-]+\s+){1,2}(?:calls|called|describes\s+as|described\s+as|"
                  r"terms|termed|dubs|dubbed|has\s+designated\s+as)\s+)?")
TO = re.compile(r"(?i)\b" + _NOT_A_GOAL + r"(?:to|towards?|into)\s+(?:the\s+)?"
                 # "to the known shelters in Gaza City", "to the eastern parts of"
                 # (not "to evacuate parts of eastern Rafah": a verb, not a word of kind);
                 # "to “known shelters” in western Gaza City": the army's word for them
                 r"(?:[“\"]?(?:(?<=the\s)[a-z][\w-]*\s+|(?:north|south|east|west|centr)\w*\s+|"
                 r"(?:known|designated|safe|existing|temporary|makeshift|public|nearby)\s+)?"
                 r"(?:(?:areas?|parts?|shelters?|schools?)[”\"]?\s+(?:in|of)|"
                 # "pushing hundreds of thousands towards the coast at al-Mawasi"
                 r"(?:coast(?:line)?|shore|beach|seafront|sea)\s+(?:at|in|of|near))"
                 r"\s+(?:the\s+)?)?"
                 # (not "orders continue to cover Jabalia, Beit Lahia and Beit Hanoun": where
                 # the order applies)
                 r"(?:(?!(?:evacuate|leave|flee|vacate|cover|include|affect|encompass)\b)"
                 r"[\w-]+\s+)?"
                 # "fleeing to the southern town of Rafah"
                 r"(?:(?:town|city|area|village|camp|district|governorate)\s+of\s+(?:the\s+)?)?"
                 r"(?:(?:north|south|east|west)(?:ern)?\s+(?:of\s+)?(?:the\s+)?)?"
                 + _INCLUDING + "$|"
                 # "ordered residents of Al Maghazi camp to leave for Deir al Balah", "told
                 # 1.1 million people to move below Wadi Gaza": where they are sent
                 r"\b(?:(?:leave|left|leaving|head(?:s|ed|ing)?|set(?:ting)?\s+off|"
                 r"depart(?:s|ed|ing)?)\s+for|(?:move|moving|go|going|relocate|relocating|"
                 r"flee|fleeing|fled|evacuate|evacuating)\s+(?:[a-z]+ly\s+)?below)\s+"
                 r"(?:the\s+)?$|"
                 # "to a so-called “expanded humanitarian area” in Al-Mawasi"
                 # (or "to a designated “humanitarian zone” in the Al-Mawasi area", "to what
                 # it calls an “expanded humanitarian zone” in al-Mawasi")
                 r"\b" + _NOT_A_GOAL + r"(?:to|towards?|into)\s+" + _WHAT_IT_CALLS +
                 r"(?:an?\s+|the\s+)?(?:(?:so-called|designated)\s+)?"
                 r"[“\"]?(?:[\w-]+\s+){0,3}(?:areas?|zones?)[”\"]?\s+(?:in|of|at)\s+(?:the\s+)?$")


# Where people are told to go, or go: "to move south of", "fled to", "relocate to the",
# "to move below Wadi Gaza".
_DIRECTION_OF = r"(?:(?:north|south|east|west)(?:ern|wards?)?\s+(?:of\s+)?|below\s+)(?:the\s+)?"
# ... with no "to": the bearing they went ("fled south", "to move south of Wadi Gaza"), not
# where they are ("a shelter for displaced people in northern Rafah": at a part of the
# town, where the shelter was hit)
_BEARING_GONE = (r"(?<!\bin\s)(?<!\bat\s)(?<!\bnear\s)(?<!\binside\s)(?<!\bacross\s)"
                 r"(?:(?:north|south|east|west)(?:wards?)?\s+(?:of\s+)?|below\s+)(?:the\s+)?")
# "ordered the displaced sheltering there to leave towards al-Mawasi", "shot while trying
# to leave Jabalia for Gaza City", "fled Rafah for Deir al-Balah": where they were going,
# not where it happened
_LEAVING_FOR = (r"\b(?:leave|leaving|fled|flee|flees|fleeing|escaped)\s+(?:(?:towards?|to)\s+|"
                r"(?:the\s+)?(?:[\w'’-]+\s+){0,4}?for\s+)(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$")
MOVED_TO = re.compile(
    r"(?i)\b(?:to move|flee(?:ing)?|fled|relocat(?:e[ds]?|ing)|evacuat(?:e[ds]?|ing)|"
    # ("fled on donkey carts toward al-Mawasi", "fled by car to Rafah": how they went)
    r"displaced)\s+(?:(?:on|by)\s+[\w-]+\s+(?:[\w-]+\s+)?|(?:\w+\s+){0,2}?)"
    r"(?:(?:to|towards?|into)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    rf"(?:{_DIRECTION_OF})?{_INCLUDING}|{_BEARING_GONE})$|"
    # "to immediately evacuate to a so-called “expanded humanitarian area” in Al-Mawasi"
    # (or "to relocate forcibly to a designated “humanitarian zone” in the Al-Mawasi area")
    r"\b(?:move|flee|fled|relocat\w*|evacuat\w*)\s+(?:[a-z]+ly\s+)?(?:to|towards?|into)\s+"
    + _WHAT_IT_CALLS + r"(?:an?\s+|the\s+)?(?:(?:so-called|designated)\s+)?"
    r"[“\"]?(?:[\w-]+\s+){0,3}(?:areas?|zones?)[”\"]?\s+(?:in|of|at)\s+(?:the\s+)?$|"
    # "around a million people have fled the city, many towards al-Mawasi": where a share
    # of those who fled went
    r"\b(?:flee(?:ing)?|fled|displaced|relocated|evacuated)\b[^.;:]{0,40}?,\s+(?:many|most|"
    r"some|others|thousands|hundreds|the\s+majority|the\s+rest)(?:\s+of\s+them)?\s+"
    r"(?:(?:going|heading|moving|fleeing)\s+)?(?:to|towards?|into)\s+(?:the\s+)?$|"
    # "pushing people out, moving them to al-Mawasi", "drove thousands of families from
    # the city toward the coast": where those pushed out were sent, not where the operation
    # that pushed them is
    r"\b(?:mov(?:e|es|ed|ing)|push(?:es|ed|ing)?|dr(?:ive|ives|ove|iving)|send(?:s|ing)?|"
    r"sent)\s+(?:them|(?:[\w,'’-]+\s+){0,4}?(?:people|residents|families|civilians|"
    r"Palestinians|the\s+displaced))\s+(?:(?:out\s+)?(?:of|from)\s+(?:[\w'’-]+\s+){1,3}?)?"
    r"(?:to|towards?|into)\s+(?:the\s+)?$|"
    + _LEAVING_FOR)
LEAVING_FOR = re.compile("(?i)" + _LEAVING_FOR)
# "leaving Jabalia for Gaza City on Tuesday, where an Israeli strike killed 5 people": the
# place they were going to, then what happened there
THEN_WHERE = re.compile(r"(?:\s+(?:on|early|late|last|this)\s+\w+)?,?\s+where\b[^.;]{0,80}?"
                        r"\b(?:strikes?|struck|killed|killing|shell\w*|bomb\w*|fire[ds]?|shot|"
                        r"raid\w*|attack\w*)\b", re.I)
# Where people had fled from: "families who had fled to Rafah from across Gaza",
# "families displaced from Jabalia" (not "displaced families along the coast from Deir
# al-Balah to al-Mawasi": a stretch of ground, where they were hit)
FLED_FROM = re.compile(r"(?i)(?:(?:\b(?:fled|fleeing|flee|uprooted|evacuated)\b[^.;,]{0,40}?|"
                       r"\bdisplaced\s+|"
                       # "relatives who had come south from Gaza City"
                       r"\bwho\s+(?:had\s+|have\s+)?(?:come|came|arrived|moved)\s+"
                       r"(?:(?:north|south|east|west)\w*\s+)?)"
                       r"\bfrom\s+(?:across\s+|all over\s+|(?:other\s+)?parts\s+of"
                       r"\s+|elsewhere\s+in\s+)?(?:the\s+)?|"
                       # "Rafah - areas to which Israel had told residents of northern Gaza to
                       # move": the people sent there, named by the place they came from
                       r"\b(?:(?:to|into|towards?)\s+which|where)\s+[^.;,]{0,40}?\bhad\s+"
                       r"[^.;,]{0,30}?\b(?:residents|people|families|civilians|inhabitants)"
                       r"\s+(?:of|from)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?|"
                       # "where thousands had fled after the army ordered Rafah evacuated":
                       # the place an order emptied, told as why people fled, is where they
                       # fled from
                       r"\b(?:fled|fleeing|flee)\s+(?:[\w'’-]+\s+){0,3}?(?:after|when|as)\s+"
                       r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?ordered\s+(?:the\s+)?"
                       r"(?:(?:north|south|east|west)(?:ern)?\s+)?|"
                       # "families who had fled Beit Lahia": the place they left, named as
                       # what they fled (not "who fled the shelling in Beit Lahia")
                       r"\bwho\s+(?:had\s+|have\s+)?(?:fled|left|escaped)\s+(?:the\s+)?"
                       r"(?:(?:north|south|east|west)(?:ern)?\s+)?)$")
EN_ROUTE = re.compile(r"(?i)\b(?:(?:travell?(?:ed|ing)|on (?:its|their|his|her|the) way|"
                       r"en route|heading|headed|driving)"
                       r"(?: (?:north|south|east|west)(?:wards?)?)? to|"
                       r"except(?: for| in)?|apart from|"
                       r"other than|(?:advanc|mov|com|push)\w* (?:in )?from|"
                       # "advanced westward, nearing the Sabra district": not there yet
                       r"nearing|approaching|closing in on|"
                       # "bombings of Khan Younis were audible in Rafah": where they were heard
                       r"(?:audible|heard) (?:in|from|across|throughout|as far as)) "
                       r"(?:the )?(?:(?:north|south|east|west)(?:ern)? )?$")
# What an offensive aims at: "kill 72 Palestinians amidst the offensive to capture Gaza
# City" (the deaths are not said to be there).
AIMED_AT = re.compile(r"(?i)\b(?:to|aiming to|aimed at|in order to)\s+(?:capture|seize|take|"
                      r"occupy|conquer|encircle|control|secure)\s+(?:the\s+)?"
                      # "to secure the border corridor and the Rafah crossing"
                      r"(?:(?:[\w-]+\s+){1,3}(?:and|or)\s+(?:the\s+)?)?(?:city\s+of\s+)?$")


# "further exacerbating the dire situation in the besieged Gaza Strip": the place of a
# state of affairs an event worsens, not the event's
SITUATION_IN = re.compile(r"(?i)\b(?:exacerbat\w+|worsen\w*|deepen\w*|compound\w*|aggravat\w+)\s+"
                          r"(?:the\s+)?(?:[\w-]+\s+){0,2}(?:situation|crisis|conditions|"
                          r"catastrophe|suffering)\s+(?:in|of|across)\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# "a part of Khan Younis, currently home to around 513,000 people and the Nasser and
# Al-Amal hospitals": what an area holds, not where its event is
HOME_TO = re.compile(r"(?i)\bhome\s+to\s+(?:[\w,.'’-]+\s+){0,8}$")
# "the hospital hit twice and the delivery of supplies to Al Awda Hospital denied": where
# supplies go is not where an attack was.
SUPPLIES_TO = re.compile(r"(?i)\b(?:supplies|aid|fuel|food|medicines?)\s+(?:\w+\s+){0,2}?"
                          r"(?:to|into)\s+(?:the\s+)?(?:[\w-]+\s+)?$")


# Where the people an order is given to had come from, not where it applies: "displaced
# families from Jabalia and Shejaia were ordered to leave the school in Deir al-Balah",
# "residents of Jabalia camp, who had returned from Rafah in January"
_CAME_FROM = re.compile(r"(?i)\b(?:displaced|evacuees|uprooted|who\s+(?:had\s+|have\s+)?"
                        r"(?:fled|returned|come\s+back))\s+"
                        r"(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?(?:(?:north|south|east|west)\w*"
                        r"\s+)?$")


_JUST_A_LIST = re.compile(r"[\s,]*(?:(?:and|or)\s+)?(?:the\s+)?")

# Where the displaced now are, told of the people rather than of a flight: "Gaza city,
# where more than 100,000 people displaced from North Gaza have relocated", "areas of Khan
# Younis where people displaced from the north have recently arrived", "Palestinians
# displaced to Al Mawasi have little or no access to ...".
_WHERE_THEY_CAME = re.compile(r"(?i)[\s,]*(?:[\w-]+\s+){0,2}?where\s+"
                              # the displaced arrive, not "Rafah, where Israeli tanks have
                              # moved into the city centre"
                              r"[^.;]{0,80}?\b(?:displaced|people|families|Palestinians|"
                              r"civilians|residents|IDPs|evacuees|persons|Gazans|they)\b"
                              # "have relocated", not "fled Jabalia, where they had sought
                              # shelter": where people had been before they fled
                              r"[^.;]{0,40}?\b(?:have|has)"
                              r"\s+(?:(?:recently|since|now|already|just)\s+)?(?:relocated|"
                              r"arrived|moved|sought\s+(?:refuge|shelter|safety)|taken\s+"
                              r"(?:refuge|shelter))\b")
_THOSE_SENT_TO = re.compile(r"(?i)\b(?:people|Palestinians|families|civilians|residents|"
                            r"Gazans|persons|IDPs)\s+(?:who\s+(?:were|had\s+been|have\s+been)"
                            r"\s+)?(?:displaced|relocated|evacuated)\s+(?:to|into)\s+"
                            r"(?:the\s+)?$")
_THEY_NOW = re.compile(r"(?i)(?:\s+(?:area|zone|camp|city))?\s+(?:have|has|are|is|lack|face|"
                       r"live|remain|struggle)\b"
                       # not "Palestinians displaced to Rafah are now fleeing again": the
                       # place they were sent to is the place of the new flight
                       r"(?![^.;,]{0,40}?\b(?:fle(?:e|d|es|eing)|displaced|forced|ordered|"
                       r"told|evacuat\w*|leav\w*|left|uprooted|on\s+the\s+move)\b)")
# "Thousands fled Rafah, where people displaced from the north have sought shelter": a
# place told as the one fled stays the place of the flight
_FLED_IT = re.compile(r"(?i)\b(?:fled|flee|fleeing|flees|left|leaving|leave|from|out\s+of)\s+"
                      r"(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$")


def where_they_are(m: Mention, sentence: Span) -> bool:
    """Whether a place is where the displaced now are, told of the people and not of their
    flight ("Gaza city, where 100,000 people displaced from North Gaza have relocated",
    "Palestinians displaced to Al Mawasi have no access to water"): no place they fled."""
    at, end = m.start - sentence.start, m.end - sentence.start
    if _FLED_IT.search(sentence.text, max(0, at - 30), at):
        return False
    if _WHERE_THEY_CAME.match(sentence.text, end):
        return True
    return bool(_THOSE_SENT_TO.search(sentence.text, max(0, at - 60), at) and
                _THEY_NOW.match(sentence.text, end))


def came_from(here: list[Mention], sentence: Span) -> list[Mention]:
    """``here`` without the places the people told to leave had come from, nor the places
    listed with them (not where they shelter now: "evacuees from northern Gaza sheltering
    in Rafah")."""
    def told_from(m: Mention, at: int) -> bool | None:
        return True if _CAME_FROM.search(sentence.text, max(0, at - 60), at) else None
    return _without_origins(here, sentence, told_from)


def _without_origins(here: list[Mention], sentence: Span,
                     told_from: Callable[[Mention, int], bool | None]) -> list[Mention]:
    """``here`` without the places people are told to have come from and the places listed
    right after each ("from Beit Hanoun, Jabalia and Shejaia"): the walk that
    :func:`came_from` and :func:`displaced_from` share, their cues apart. ``told_from``
    tells, of a place and its offset in the sentence, whether it is one come from (None
    where no cue stands before it: it then goes with the list before it, if it is one)."""
    keep: list[Mention] = []
    previous: Mention | None = None
    origin = False
    for m in here:
        at = m.start - sentence.start
        told = told_from(m, at)
        if told is not None:
            origin = told
        elif origin and previous is not None:
            origin = _JUST_A_LIST.fullmatch(
                sentence.text, previous.end - sentence.start, at) is not None
        else:
            origin = False
        if not origin:
            keep.append(m)
        previous = m
    return keep


# "where displaced families from Beit Hanoun, Jabalia and Shejaia had taken refuge": the
# people named by the place they came from
_DISPLACED_FROM = re.compile(r"(?i)\bdisplaced\s+(?:families|people|persons|residents|"
                             r"civilians|Palestinians|children|women)\s+from\s+(?:the\s+)?"
                             r"(?:(?:north|south|east|west)(?:ern)?\s+)?$")
_A_STRETCH_TO = re.compile(r"\s+(?:to|through)\s")


def displaced_from(here: list[Mention], sentence: Span) -> list[Mention]:
    """``here`` without the places the displaced people told of came from, nor the places
    listed with them (not "tents of displaced families from Deir al-Balah to Khan Younis":
    a stretch of ground, where they were)."""
    def told_from(m: Mention, at: int) -> bool | None:
        if _DISPLACED_FROM.search(sentence.text, max(0, at - 60), at) is None:
            return None
        return _A_STRETCH_TO.match(sentence.text, m.end - sentence.start) is None
    return _without_origins(here, sentence, told_from)


def leaving(here: list[Mention], sentence: Span) -> list[Mention]:
    """The places people left: not those they were sent or went to ("move to Deir
    al-Balah", "fled to Khan Younis and Deir al-Balah", "fled Rafah for Deir al-Balah").
    Where troops went ("sent tanks deeper into Jabalia ... and advised people to leave") is
    where people leave."""
    kept = not_after(LEAVING_FOR, not_after(TO, here, sentence), sentence)
    if any(m.kind != "region" for m in kept):
        # (not "troops advanced towards Khan Younis as the army ordered residents of Rafah
        # to leave": the order names a town of its own)
        return kept
    sent = {id(m) for m in here} - {id(m) for m in kept}
    return [m for m in here if id(m) not in sent or _TROOPS_TO.search(
        sentence.text, max(0, m.start - sentence.start - 60), m.start - sentence.start)]


_TROOPS_TO = re.compile(r"(?i)\b(?:tanks|troops|forces|soldiers|bulldozers|armou?red vehicles)"
                        r"\s+(?:[\w-]+\s+){0,2}(?:to|towards?|into)\s+(?:the\s+)?"
                        r"(?:(?:north|south|east|west)(?:ern)?\s+)?$")


def own_or_not_sent(mentions: list[Mention], unit: EventUnit) -> list[Mention]:
    """The unit's own clause's places, and the sentence's other places but those another
    clause sends people or fire to ("fighting was reported and so was rocket fire into
    Israel": the fighting is not about Israel)."""
    sent = {id(m) for m in mentions} - {id(m) for m in not_after(TO, mentions, unit.sentence)}
    return [m for m in mentions
            if id(m) not in sent or unit.clause.start <= m.start < unit.clause.end]


def not_after(pattern: re.Pattern, here: list[Mention], sentence: Span,
              cues: Cues | None = None) -> list[Mention]:
    """``here`` without the places that ``pattern`` introduces, nor the places joined to
    one of those ("to Nasser Hospital in Khan Younis", "to Rafah and Khan Younis").

    ``cues`` is the report's scan, when ``pattern`` is in its index: the pattern is then
    tried only before the places it may introduce."""
    keep, previous, sent_there = [], None, False
    for m in here:
        lo = max(0, m.start - sentence.start - 60)
        before = sentence.text[lo:m.start - sentence.start]
        if _introduces(pattern, before, cues, sentence, lo, m.start):
            sent_there = True
        elif previous is not None and sent_there:
            between = sentence.text[previous.end - sentence.start:m.start - sentence.start]
            sent_there = SAME_PLACE_OR_LIST.fullmatch(between) is not None
        else:
            sent_there = False
        if not sent_there:
            keep.append(m)
        previous = m
    return keep


def _introduces(pattern: re.Pattern, before: str, cues: Cues | None, sentence: Span, lo: int,
                at: int) -> bool:
    """``pattern.search(before)``, where ``before`` is ``sentence.text[lo:]`` up to the
    report's offset ``at``. A match past the slice's first character begins where the
    report has one of the pattern's prefixes (its own word boundary, as in the report);
    where the cues show none, only a match at the slice's start is left to look for (the
    report's word boundary there may not be the slice's)."""
    if cues is None or not sentence.start <= at <= sentence.end or \
            cues.possible(pattern, sentence.start + lo + 1, at):
        return pattern.search(before) is not None
    return pattern.match(before) is not None


_FROM = re.compile(r"(?i)\bfrom\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$")


def is_origin(m: Mention, sentence: Span) -> bool:
    """Whether the place is where something came from ("fired from Gaza")."""
    before = sentence.text[max(0, m.start - sentence.start - 30):m.start - sentence.start]
    return _FROM.search(before) is not None
