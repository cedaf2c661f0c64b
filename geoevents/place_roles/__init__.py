"""The part a named place plays in its sentence, when it is not where an event happened.

A sentence names places for many reasons besides saying where something happened: where
people were sent or fled to, where the wounded were taken, where aid was going, the route
a convoy was on, who acted ("Israel killed", "hit by Israel") and where fire came from.
These tests, read by :mod:`geoevents.locate`, keep such places from becoming an event's
location; and they tell how a list of places goes on past the end of a clause.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geoevents.anchored import Cues
from geoevents.dates import MONTH_NAMES, WEEKDAY_PATTERN
from geoevents.model import Mention
from geoevents.sentences import ARTICLE, NAME_WORD, Span, stop_after, stop_before
from geoevents.speech import QUOTED, SPEAKS
from geoevents.units import EventUnit

__all__ = ["WIDE", "FROM_HERE", "SAME_PLACE_OR_LIST", "TO", "MOVED_TO", "FLED_FROM", "EN_ROUTE",
           "CARRIED_TO", "TAKEN_OR_FLED", "LEAVING_FOR", "THEN_WHERE", "GONE_TO_OR_FLED",
           "SITUATION_IN", "HOME_TO",
           "RECEIVING", "REPORTING", "SUPPLIES_TO",
           "came_from", "carried_list", "labelled_place", "carried_off", "leaving", "held_abroad",
           "hospitals_aside", "displaced_from",
           "list_goes_on", "list_began", "own_or_not_sent", "not_after", "AIMED_AT", "is_agent",
           "is_origin", "in_dateline", "locates_another", "speaker_asides", "IN_ADDRESS",
           "named_hospital", "carried_on"]


# Out-of-area places too wide to be where a strike landed ("Israel withdrew from ...").
WIDE = frozenset({"country", "region-world"})
_FROM = re.compile(r"(?i)\bfrom\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$")


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
# "ordered the displaced sheltering there to leave towards al-Mawasi", "shot while trying
# to leave Jabalia for Gaza City": where they were going, not where it happened
_LEAVING_FOR = (r"\b(?:leave|leaving)\s+(?:(?:towards?|to)\s+|(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
                r"for\s+)(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$")
MOVED_TO = re.compile(
    r"(?i)\b(?:to move|flee(?:ing)?|fled|relocat(?:e[ds]?|ing)|evacuat(?:e[ds]?|ing)|"
    # ("fled on donkey carts toward al-Mawasi", "fled by car to Rafah": how they went)
    r"displaced)\s+(?:(?:on|by)\s+[\w-]+\s+(?:[\w-]+\s+)?|(?:\w+\s+){0,2}?)"
    r"(?:(?:to|towards?|into)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    rf"(?:{_DIRECTION_OF})?{_INCLUDING}|{_DIRECTION_OF})$|"
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
# The verbs of the dead and wounded carried somewhere ("brought to", "admitted to"); the
# patterns below that also take "referred to" add it, where "referred to" may name a term
_CARRY_VERBS = r"brought|taken|transferred|rushed|carried|transported|admitted|delivered"
# Where casualties were carried: "brought to", "were taken to the", "admitted to".
CARRIED_TO = re.compile(
    rf"(?i)\b(?:(?:{_CARRY_VERBS}|referred)\s+(?:\w+\s+){{0,2}}?(?:to|into)|"
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
# again took place (:mod:`geoevents.told_next`, within one sentence; the report-wide test
# of :mod:`geoevents.events` leaves these verbs out, since where people went is where they
# now are, and later news of the report may well be there)
GONE_TO_OR_FLED = re.compile(rf"\b(?:(?:{_TAKEN}|returning|travel(?:l)?ing|heading|moved|"
                             r"evacuated)\s+to|fled(?:\s+from)?|(?:displaced|escaped)\s+from)\b"
                             r"[^.;!?]{0,50}$", re.I)
# "the bodies of 43 people have been delivered to al-Shifa Hospital in Gaza City; 60 to
# al-Ahli Arab Hospital; four to al-Awda Hospital in Nuseirat": the list of where the
# dead were taken goes on with the verb left out
_CARRY_VERB = re.compile(rf"(?i)\b(?:{_CARRY_VERBS})\s+(?:\w+\s+){{0,2}}?to\b")
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
    hit = _CARRY_VERB.search(sentence.text)
    if hit is None:
        return here
    return [m for m in here if m.start < sentence.start + hit.start()]


# the wounded cared for at the place told before: "patients still being treated there",
# "the wounded admitted there"
_TREATED_THERE = re.compile(r"(?i)\b(?:treated|cared\s+for|admitted|receiving\s+(?:care|"
                            r"treatment))\s+there\b")


# "2. Khan Younis - Al-Amal Hospital: The siege ...", "Rafah: Overnight, ...": a paragraph's
# label, places only, then a colon; a word ends only where its letters end, or a long run of
# capitalised words glued together ("Shuja'iyya'sShuja'iyya's...") splits in too many ways
_LABEL = re.compile(r"\s*(?:\d{1,2}[.)]\s+)?(?:(?:(?:al|el|an|ad|ash|as)-)?[A-Z][\w'’-]*(?![\w'’-])"
                    r"[\s,–—-]*){1,8}?:\s")


def labelled_place(here: list[Mention], sentence: Span) -> Mention | None:
    """The most specific of the places a sentence's label names ("2. Khan Younis - Al-Amal
    Hospital: The siege of the hospital is in its nineteenth day"): where the paragraph's
    news is, even when the sentence itself tells none."""
    hit = _LABEL.match(sentence.text)
    if hit is None:
        return None
    labelled = [m for m in here if m.end <= sentence.start + hit.end()]
    rest, at = [], sentence.start
    for m in sorted(labelled, key=lambda m: m.start):
        rest.append(sentence.text[at - sentence.start:m.start - sentence.start])
        at = m.end
    rest.append(sentence.text[at - sentence.start:hit.end()])
    if any(_LABEL_WORD.fullmatch(w) is None
           for w in re.findall(r"[^\s,–—:().-]+", " ".join(rest))):
        # (not "Al-Shifa Hospital Director Mohammed Abu Salmiya: ...", "Khan Younis Mayor
        # Alaa al-Batta: ...": who speaks, named by his post at a place)
        return None
    return min(labelled, key=lambda m: _SPECIFIC.get(m.feature_class or "", 3), default=None)


# what a label names besides its places: "2. Khan Younis - Al-Amal Hospital:"
_LABEL_WORD = re.compile(r"(?i)\d{1,2}|and|the|of|al|el|hospital|camp|area|city|town|"
                         r"governorate|neighbou?rhood|district|crossing|school|street|road|"
                         r"(?:north|south|east|west)(?:ern)?|central|middle")
_SPECIFIC = {"hospital": 0, "facility": 0, "crossing": 0, "neighbourhood": 0, "camp": 0}


def carried_list(here: list[Mention], sentence: Span) -> list[Mention]:
    """``here`` without the places a list of where the dead were taken goes on to
    ("delivered to al-Shifa Hospital; 60 to al-Ahli Hospital; four to al-Awda Hospital in
    Nuseirat")."""
    if not here or _CARRY_VERB.search(sentence.text) is None:
        return here
    return not_after(_COUNT_TO, here, sentence)


# "Al-Aqsa Hospital was overwhelmed with casualties", "Shifa Hospital, where the
# casualties were taken": where the wounded are treated (not "Kamal Adwan Hospital, where
# hundreds of patients were being treated": the hospital itself, raided).
RECEIVING = re.compile(r"\s+(?:was|were|is|are|has been|have been)\s+(?:\w+\s+)?"
                        r"(?:overwhelmed|receiving|received|treating|flooded|inundated)\b|"
                        r",?\s+where\s+(?:they\s+|(?:the\s+)?(?:[\w-]+\s+){0,2}(?:casualties|"
                        r"wounded|injured|dead|bodies|victims)\s+)(?:were|was|had been|have been|"
                        r"are|is)\s+"
                        r"(?:\w+\s+)?(?:taken|brought|treated|transferred|admitted|rushed)\b|"
                        # "Al-Shifa Hospital received 13 martyrs"
                        # (or "Al-Ahli Arab (Baptist) Hospital received 8 martyrs")
                        r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}(?:\s*\([^()]{1,30}\))?(?:\s+hospital)?"
                        r"\s+(?:has\s+|have\s+|had\s+)?(?:received|receives|admitted|took\s+in)\s+"
                        r"(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|the\s+)?"
                        # (or "received dozens of martyrs", "received scores of wounded",
                        # "received large numbers of casualties")
                        r"(?:(?:dozens|scores|hundreds|tens|thousands|(?:(?:large|great|huge|"
                        r"high)\s+)?numbers?)\s+of\s+)?"
                        r"(?:\d|(?:[\w-]+\s+)?(?:bodies|martyrs|dead|casualties|wounded|injured)\b)|"
                        # "Indonesian hospital 71 (most from Beit Lahia and Jabalia)", "al-Aqsa
                        # hospital in Deir al-Balah 86 (from Nuseirat and Bureij)": a ministry's
                        # intake by hospital, the dead brought from the places after it
                        r"(?:\s+(?:hospital|medical\s+complex))?(?:\s+in(?:\s+[\w'’-]+){1,3}?)?"
                        r"\s+[\d,]+\s+\((?:most(?:ly)?\s+|mainly\s+|largely\s+)?(?:of\s+them\s+)?"
                        r"from\s",
                        re.I)
# "Shuhada al-Aqsa Hospital and the Gaza Health Ministry reported that at least 33 were
# killed": the hospital speaks as a source.
REPORTING = re.compile(r"(?:\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s+"
                       r"(?:has\s+|have\s+|had\s+)?(?:" + SPEAKS + r"|recorded|documented)\b", re.I)
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
    keep, previous, origin = [], None, False
    for m in here:
        at = m.start - sentence.start
        if _CAME_FROM.search(sentence.text, max(0, at - 60), at):
            origin = True
        elif origin and previous is not None:
            origin = _JUST_A_LIST.fullmatch(
                sentence.text, previous.end - sentence.start, at) is not None
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
    keep, previous, origin = [], None, False
    for m in here:
        at = m.start - sentence.start
        if _DISPLACED_FROM.search(sentence.text, max(0, at - 60), at):
            origin = _A_STRETCH_TO.match(sentence.text, m.end - sentence.start) is None
        elif origin and previous is not None:
            origin = _JUST_A_LIST.fullmatch(
                sentence.text, previous.end - sentence.start, at) is not None
        else:
            origin = False
        if not origin:
            keep.append(m)
        previous = m
    return keep


def leaving(here: list[Mention], sentence: Span) -> list[Mention]:
    """The places people left: not those they were sent or went to ("move to Deir
    al-Balah", "fled to Khan Younis and Deir al-Balah"). Where troops went ("sent tanks
    deeper into Jabalia ... and advised people to leave") is where people leave."""
    kept = not_after(TO, here, sentence)
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


def list_goes_on(last: Mention, gaza: list[Mention], unit: EventUnit) -> list[Mention]:
    """Places that continue a clause's list past the clause's end: "fighting continued in
    northern Gaza, Gaza City, the Middle Area, and Khan Younis, in southern Gaza" (the
    list's ", and" is not a new clause)."""
    text, base = unit.sentence.text, unit.sentence.start
    out: list[Mention] = []
    for m in gaza:
        if m.start < unit.clause.end or m.start >= unit.sentence.end or m.start < last.end:
            continue
        if not out and _DASH_LIST.fullmatch(text, unit.clause.end - base, m.start - base):
            pass  # "hostilities continued in the four refugee camps – Al Bureij, ..."
        elif _WHERE_ASIDE_THEN.fullmatch(text, last.end - base, m.start - base):
            pass  # "Fighting continues in Jabalia, where the army says dozens of gunmen have
            # surrendered, and in Khan Younis": the list goes on after an aside on its item
        elif _NEW_CLAUSE_OPENS.match(text, last.end - base, m.start - base) or \
                SAME_PLACE_OR_LIST.fullmatch(text[last.end - base:m.start - base]) is None and \
                _NAMES_BETWEEN.fullmatch(text, last.end - base, m.start - base) is None and \
                _GATHERED_NAMES.fullmatch(text, last.end - base, m.start - base) is None and \
                not (_AND_AGAIN_INTO.fullmatch(text, last.end - base, m.start - base)
                     and _ENDS_THE_LIST.match(text, m.end - base)) and \
                not (_ON_ITS_SIDE_THEN.fullmatch(text, last.end - base, m.start - base)
                     and _ITS_SIDE_TOO.match(text, m.end - base)):
            break
        if _AND_A_CLAUSE.match(text, last.end - base, m.start - base) and \
                _OWN_SUBJECT_AND_VERB.match(text, m.end - base) and \
                not _THE_SAME_FIRE_AGAIN.match(text, m.end - base):
            break
        out.append(m)
        last = m
    return out


# ", while soldiers in Shujaiya", "and that troops in Rafah": a clause of its own opens
# before the name, with its own subject (not ", and in", "and northern": the list)
_NEW_CLAUSE_OPENS = re.compile(r"[\s,]*(?:and\s+that|while|whereas|but|as|when|where|after|"
                               r"before|amid)\s+(?!(?:in|at|of|well|also)\b)", re.I)


# ", where the army says dozens of gunmen have surrendered, and in ": an aside on the place
# before, then the list's next item by its own preposition (not ", where troops fought
# Hamas in ...": a place inside the aside; nor ", where ..., and troops in": a clause of its
# own)
_WHERE_ASIDE_THEN = re.compile(r"\s*,\s+where\s+[^.;:,()]{1,120}?,\s+and\s+(?:also\s+)?"
                               r"(?:in|at|around|near)\s+(?:the\s+)?", re.I)


def list_began(gaza: list[Mention], unit: EventUnit) -> list[Mention]:
    """Places that begin a clause's list before the clause's start: "residents of Jabalia,
    Beit Lahia, and Nuseirat were told to leave" (the clause opens at the list's ", and";
    its first items, names the gazetteer may not know among them, are its places too)."""
    text, base = unit.sentence.text, unit.sentence.start
    if _LAST_ITEM.match(text, unit.clause.start - base) is None:
        return []
    out: list[Mention] = []
    edge = unit.clause.start
    for m in reversed(gaza):
        if m.start >= edge or m.start < unit.sentence.start:
            continue
        gap = text[m.end - base:edge - base]
        if _NAMES_ONLY.fullmatch(gap) is None and (
                edge == unit.clause.start or SAME_PLACE_OR_LIST.fullmatch(gap) is None):
            break
        out.insert(0, m)
        edge = m.start
    return out


# ", and Al-Zuhour in the north ...": a clause that opens with a list's last name
_LAST_ITEM = re.compile(r",\s+and\s+" + ARTICLE + "[A-Z]")
# a plural noun that gathers a list's next names: "and the neighborhoods of Al-Salam, ..."
_GATHERING = r"(?:neighbou?rhoods|areas|towns|villages|camps|districts)\s+of"
# what may lie between two of its places: other names, and a noun that gathers the next
# ("Jabalia area and the neighborhoods of Al-Salam, Al-Nour, Beit Lahia")
_NAMES_ONLY = re.compile(r"(?:\s+(?:area|camp|town|city|neighbou?rhood|district|project))?"
                         rf"(?:,?\s+and\s+(?:the\s+)?{_GATHERING})?"
                         rf"(?:[\s,]+{NAME_WORD})*[\s,]*")


# "the Rafah and Shaboura camps, and the neighborhoods of Al-Adari, Al-Jeneina, and Khirbat
# Al-Adas": a noun that gathers the list's next names
_GATHERED_NAMES = re.compile(r"(?:\s+(?:camps?|areas?|neighbou?rhoods?|towns?))?,?\s+and\s+"
                             rf"(?:the\s+)?{_GATHERING}\s+(?:{NAME_WORD}[\s,]+(?:and\s+)?)*")
_DASH_LIST = re.compile(r"\s*[–—:]\s*")
# "an incursion into eastern Jabalia and Beit Hanoun, and into northern Beit Lahia",
# "strikes hit Jabalia and Beit Hanoun, and also Beit Lahia": the item after the ", and"
# repeats the list's preposition, or says "also"; one more place of the same event
_AND_AGAIN_INTO = re.compile(r",\s+and\s+(?:also\s+)?(?:(?:in|into|on|at|near|around)\s+)?"
                             r"(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?")
# ... when that item ends the clause (not "and in Rafah troops clashed with fighters", "and
# in Gaza City people fled": a clause of its own after the ", and")
_ENDS_THE_LIST = re.compile(
    r"(?:\s+(?:town|city|(?:refugee\s+)?camp|areas?|neighbou?rhoods?|villages?))?"
    r"(?=\s*(?:[.;:–—)]|$)|,\s+(?:according\b|(?:[\w-]+\s+){1,3}said\b|\w+ing\b)|"
    r"\s+(?:amid|during|on|overnight|early|late|yesterday|today|last|this)\b)")
# ", and in Rafah troops clashed with fighters", ", and in Gaza City people fled", ", and in
# Rafah a child was shot": after the list's ", and" the name opens a clause with its own
# subject and verb, another event and not one more place of this one
_AND_A_CLAUSE = re.compile(r"[^.;]*,\s+and\b")
_OWN_SUBJECT_AND_VERB = re.compile(
    r"(?:\s+(?:town|city|(?:refugee\s+)?camp|areas?|neighbou?rhoods?|villages?|crossing))?,?"
    r"\s+(?!(?:on|in|at|near|amid|during|overnight|early|late|yesterday|today|last|this|and|or|"
    r"where|which|as|after|before|with|while|when|killing|wounding|according)\b)"
    r"(?:[a-z][\w-]*\s+){1,3}?(?:was|were|is|are|has|have|had|\w{3,}ed|fled|fought|shot|hit|"
    r"struck|ran|came|went|took|left|began|remain\w*|continu\w*)\b(?<!\bsaid)(?<!\breported)")
# ", and in Shejaia they hit two houses", ", and in Nuseirat two houses were destroyed": the
# clause tells what the list's fire did there (its subject told again, or the damage it
# left), one more place of the same event
_THE_SAME_FIRE_AGAIN = re.compile(
    r"(?:\s+(?:town|city|(?:refugee\s+)?camp|areas?|neighbou?rhoods?|villages?))?,?\s+"
    r"(?:(?:they|it)\s+(?:also\s+)?(?:hit|struck|destroyed|damaged|flattened|levell?ed|razed|"
    r"bombed|shelled|targeted)\b|(?:[a-z][\w-]*\s+){1,3}?(?:was|were)\s+(?:also\s+)?"
    r"(?:hit|struck|destroyed|damaged|flattened|levell?ed|razed|bombed|shelled|targeted)\b)")
# "through the Erez and Zikim crossings in the north, and Kerem Shalom in the south": each
# item says on which side of the Strip it lies, and the list goes on past the ", and" (the
# gazetteer may not know a name the items share a noun with)
_ON_ITS_SIDE_THEN = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
    r"(?:\s+(?:crossings?|hospitals?|camps?|neighbou?rhoods?|areas?|towns?))?"
    r"\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center|middle)(?:ern)?"
    r"(?:\s+(?:part\s+)?of\s+(?:the\s+)?(?:Gaza\s+Strip|Gaza|Strip|enclave|territory))?"
    r",?\s+(?:and|or|as\s+well\s+as)\s+(?:(?:in|at|through|via)\s+)?(?:the\s+)?")
# ... and the next item says its side too, and ends the list or the sentence: not "Beit Lahia
# in the north, and Rafah residents said they fled", "and the Rafah crossing remained closed",
# "and Khan Younis in the south was quiet", "and in Rafah in the south, residents reported
# gunfire" (a clause of its own after the ", and"); or it ends the sentence
_ITS_SIDE_TOO = re.compile(
    r"(?=\s*[.;]|$)|"  # "... in the centre, as well as Rafah."
    r"(?:,?\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    r"(?:\s+(?:crossings?|hospitals?|camps?|neighbou?rhoods?|areas?|towns?))?"
    r"\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center|middle)(?:ern)?"
    r"(?:\s+(?:part\s+)?of\s+(?:the\s+)?(?:Gaza\s+Strip|Gaza|Strip|enclave|territory))?"
    r"(?=\s*(?:[.;:–—)]|$)|,?\s+(?:and|or|as\s+well\s+as)\s|"
    r",\s+(?:according\b|(?:[\w-]+\s+){1,3}said\b|\w+ing\b)|"
    r"\s+(?:on|overnight|early|late|yesterday|today|last|this)\b)")
# "Rimal Ash Shamali and Al Janubi, Sabra": names the gazetteer does not know, still items
# of the list.
_NAMES_BETWEEN = re.compile(r"(?:[\s,]*(?:and\s+)?[A-Z‘'][\w'’‘-]*)+[\s,]+(?:and\s+)?")


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


def is_origin(m: Mention, sentence: Span) -> bool:
    """Whether the place is where something came from ("fired from Gaza")."""
    before = sentence.text[max(0, m.start - sentence.start - 30):m.start - sentence.start]
    return _FROM.search(before) is not None


# A news story's dateline: the town in capitals at the head of a line, then its territory,
# the agency and a dash ("GAZA CITY, Gaza Strip (AP) —", "DEIR AL-BALAH:",
# "GAZA CITY (Palestinian Territories) (AFP) –")
# ("GAZA CITY, Palestinian Territories, April 26, 2025 (BSS/AFP) -": the territory, the
# day and the agencies; "Gaza, Saturday, 3 August 2024 -": the weekday and the day)
_DATELINE_TAIL = re.compile(r"(?:,\s*(?:the\s+)?(?:Gaza(?:\s+Strip)?|Palestinian\s+[Tt]erritor"
                            r"(?:y|ies)|Palestine))?\s*"
                            r"(?:,\s*(?:[A-Z][a-z]{2,5}day,\s*)?"
                            r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                            r"(?:,?\s*\d{4})?\s*)?"
                            r"(?:\([A-Za-z ./]{2,30}\)\s*){0,2}(?:[—–:-]|\s(?=[A-Z])|\s*$)", re.M)


# A news agency's tag in brackets after the town: "(APP - UrduPoint ...)", "(Reuters) -"
# (not "Abu Oreiban School (UNRWA) in Nuseirat": who runs the place, in a sentence)
_AGENCY_AFTER = re.compile(r",?\s*\((?:(?:Reuters|Xinhua|Anadolu)\b[^()\n]{0,80}|"
                           r"[A-Z]{2,6}\s[-–—/]\s[^()\n]{0,80})\)|"
                           r",?\s*\([A-Z]{2,6}\)\s*(?:[-–—:]|$)", re.M)


# A dateline in the town's own case opens the text and must show the agency or the day
# before its dash ("Gaza City, Palestinian Territories (AFP) -", "Gaza, 19 March 2024 -";
# not "Rafah, the city on the border, was shelled - again")
_TITLED_DATELINE = re.compile(r"(?:,\s*(?:the\s+)?(?:Gaza(?:\s+Strip)?|Palestinian\s+"
                              r"[Tt]erritor(?:y|ies)|Palestine))?\s*"
                              r"(?:,\s*(?:[A-Z][a-z]{2,5}day,\s*)?"
                              r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                              r"(?:,?\s*\d{4})?\s*(?:\([A-Za-z ./]{2,30}\)\s*){0,2}|"
                              r"\s*(?:\([A-Za-z ./]{2,30}\)\s*){1,2})[—–-]")

# (the agency in brackets, its territory before it or not: "Gaza City (AFP) -"; not an
# item of a list under a heading, "Rafah (southern Gaza) - Israeli tanks shelled tents",
# "Khan Younis (south) - an airstrike hit a house": the item's place in brackets)
_BRACKETED_DATELINE = re.compile(r"(?:,\s*(?:the\s+)?(?:Gaza(?:\s+Strip)?|Palestinian\s+"
                                 r"[Tt]erritor(?:y|ies)|Palestine))?\s*"
                                 r"(?:\([A-Za-z ./]{2,30}\)\s*)?\((?:[A-Z]{2,6}|"
                                 r"[A-Z](?:\.[A-Z])+\.?|Reuters|Xinhua|Anadolu|Sputnik|"
                                 r"Bernama|dpa|Efe|Ansa|Wafa)\)\s*[—–-]")
_UNDER_HEADLINE = 300  # characters: a headline (and a standfirst) above the dateline

_TOWN_BEFORE = re.compile(r"\s*([A-Z][\w'’ -]{2,30}?)\s*,\s*(?:the\s+)?$")


def in_dateline(m: Mention, text: str) -> bool:
    """Whether ``m`` is (part of) a dateline: where the reporter filed from, which the
    story's own places outrank as the place of what it tells."""
    line = text.rfind("\n", max(0, m.start - 40), m.start) + 1
    if not text[line:m.start].strip() and (line or m.start <= 40) and \
            _AGENCY_AFTER.match(text, m.end):
        return True  # "Gaza City, (APP - UrduPoint / Pakistan Point News - 29th Dec, 2023)"
    # (the text's first character tested before the whole of what precedes the name)
    if line == 0 and (m.start == 0 or text[0].isspace()) and not text[:m.start].strip() and \
            _TITLED_DATELINE.match(text, m.end):
        return True  # "Rafah, Palestinian Territories (AFP) -", "Gaza, 19 March 2024 -"
    if 0 < line <= _UNDER_HEADLINE and m.start == line and text[line - 1] == "\n" and \
            _BRACKETED_DATELINE.match(text, m.end):
        # under a headline, with the agency in brackets: "Gaza rescuers say 31 killed ...
        # \n\nGaza City (Palestinian Territories) (AFP) - Gaza's civil defence said"
        return True
    town = _TOWN_BEFORE.match(text, 0, m.start) \
        if line == 0 and m.feature_class in ("strip", "country") else None
    if town is not None and _TITLED_DATELINE.match(text, town.end(1)):
        return True  # its territory: "Gaza City, Palestinian Territories (AFP) -"
    if not (m.surface.isupper() or m.feature_class == "strip"):
        return False
    if line == 0 and m.start > 40:
        return False
    head = text[line:m.start]
    if not head.strip():
        return m.surface.isupper() and len(m.surface) > 3 and \
            _DATELINE_TAIL.match(text, m.end) is not None
    # the territory after the town: "GAZA CITY, Gaza Strip"
    first = re.match(r"\s*([A-Z][A-Z' -]{3,}[A-Z])\s*,\s*(?:the\s+)?$", head)
    return first is not None and m.feature_class == "strip"


# "in Al-Zaytoun neighbourhood, east of Gaza City", "near the Netzarim Corridor, located
# south of Gaza City": a bearing from a town that only says where the place before lies.
_BEARING_OF = re.compile(r"(?i)(?:,|\b(?:located|situated|lying|which\s+(?:is|lies))\b)\s*"
                         r"(?:(?:located|situated|lying)\s+)?(?:just\s+|about\s+|some\s+)?"
                         r"(?:[\d.]+\s*(?:km|kilometres?|kilometers?|miles?)\s+)?(?:to\s+the\s+)?"
                         r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?$|"
                         # "the Nabulsi roundabout on al-Rashid Street, on the south-western
                         # edge of Gaza City", "in the eastern part of Khan Younis"
                         r"(?:\s*(?:on|along)\s+(?:the\s+)?(?:(?:al|el|ash|as|an|ad)-)?"
                         r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+(?:street|road))?"
                         r"(?:,|\s)\s*(?:on|at|in)\s+the\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|"
                         r"east|west)(?:ern)?\s+(?:edge|outskirts|fringes?|side|end|part|tip)|"
                         r"(?:edge|outskirts|fringes?))\s+of\s+(?:the\s+)?$")
# A bearing from a town says where a site lies, not where a region or governorate does.
_WHOLE_AREAS = frozenset({"region", "strip", "governorate"})
_PLACE_WORDS = re.compile(r"(?i)(?:\s+(?:neighbou?rhood|area|district|camp|axis|street|"
                          r"corridor|junction|roundabout|town|village|quarter))?\s*")


def locates_another(m: Mention, before: Mention | None, after: Mention | None,
                    text: str) -> bool:
    """Whether ``m`` is named only to say where ``before``, a known site of the Strip told
    just before it, lies ("Al-Zaytoun neighbourhood, east of Gaza City"); not a second place
    of the event. In a list ("in Beit Lahiya, south of Gaza city, east of Al Bureij") each
    bearing is a place of its own. (After a name the gazetteer does not know, the bearing
    is all there is.)"""
    if before is None or before.place_id is None or not before.in_gaza or \
            before.feature_class in _WHOLE_AREAS or before.place_id == m.place_id:
        return False
    gap = _PLACE_WORDS.match(text, before.end)
    bearing = _BEARING_OF.search(text, gap.end(), m.start)
    if bearing is None or bearing.start() != gap.end():
        return False
    return after is None or _LIST_GOES_ON.fullmatch(text, m.end, after.start) is None


_LIST_GOES_ON = re.compile(r"(?i)\s*(?:,\s*|\s+)(?:(?:and|or|as\s+well\s+as)\s+)?(?:in\s+)?"
                           r"(?:the\s+)?(?:(?:north|south|east|west|central)\w*(?:\s+of)?\s+)?"
                           r"(?:the\s+)?")


# What a speaker is, told between commas by his name: "Ahmed Saleh, a doctor at Nasser
# Hospital, said", "said Mahmud Bassal, spokesman for the civil defence agency in Gaza",
# "Bilal al-Sapti, 30, a construction worker in Rafah, said": where he works or lives
_TITLE_NOUN = (r"(?:doctor|physician|surgeon|nurse|paramedic|medic|director|head|chief|"
               r"spokes(?:man|woman|person)|official|officer|manager|administrator|dean|mayor|"
               r"coordinator|commander|minister|member|worker|employee|volunteer|journalist|"
               r"correspondent|reporter|photographer|representative|researcher|teacher|"
               r"engineer|resident)s?")
# (not "killed two, including a member of the civil defence in Rafah, said": one of the dead)
_TITLE_WORDS = (r"(?:(?!(?:including|among|and|or|with|as|like)\b)[\w'’-]+\s+){0,4}?" +
                _TITLE_NOUN +
                r"(?:[\s-]+general)?\s+(?:at|of|in|for|from|with)\s+[^,;:.!?()“”\"]{1,80}?")
_TITLE = r"(?:(?:a|an|the)\s+)?" + _TITLE_WORDS
# ... or the body that speaks as the subject: "The Palestinian Civil Defence in the Gaza Strip
# said its crews recovered nine bodies in Nuseirat", "The health ministry in Gaza said"
_SUBJECT_WORDS = _TITLE_WORDS.replace(
    _TITLE_NOUN,
    r"(?:" + _TITLE_NOUN + r"|[Cc]ivil\s+[Dd]efen[cs]e|[Mm]inistry|[Aa]gency|[Aa]uthorit(?:y|ies))")
_NAME_BEFORE = r"\b[A-Z][\w'’-]*(?:,\s+\d{1,3})?"  # "Bilal al-Sapti, 30,"
# ... "reports" too, as a reporter tells: "Our correspondent in Deir al-Balah reports that"
_SAID = r"(?:" + QUOTED + r"|reports)\b"
_SPEAKER_TITLE = re.compile(
    _NAME_BEFORE + r",\s+(?P<title>" + _TITLE + r"),\s+(?:[a-z]+ly\s+|also\s+)?" + _SAID + "|"
    # "The head of the civil defence in Khan Younis said the strike in Jabalia killed five"
    # ("Our correspondent in Deir al-Balah reports that a strike hit al-Mawasi")
    # (after a dateline: "Gaza, 19 March 2024 - The Civil Defence in the Gaza Strip said")
    r"^\W*(?:[A-Z][^\n–—]{0,60}?\s[-–—]\s+)?"
    r"(?P<subject>(?:[Tt]he|An?|Our|Its|Their)\s+" + _SUBJECT_WORDS + r")\s+"
    r"(?:[a-z]+ly\s+|also\s+)?" + _SAID + "|"
    # "..., said Rami Mhanna, managing director of Shifa Hospital, where ..."
    r"\b(?:said|says|told\s+[\w.]+|added)\s+(?:Dr\.?\s+)?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+[\w'’-]+){0,4}?,\s+(?P<after>" + _TITLE + r")(?=\s*(?:[,;.!?]|$))")
# (not "the strike killed Ahmed Saleh, a doctor at Al-Awda Hospital, the ministry said": the
# title of one of the dead)
_VICTIM_BEFORE = re.compile(r"(?i)\b(?:kill|wound|injur|arrest|detain|abduct|target|assassinat|"
                            r"shot|shoot)\w*\s+(?:[\w.'’-]+\s+){0,4}$")
# Where someone works: "a home belonging to a doctor couple employed at Nasser Hospital"
# (not "killed three people working at the crossing": where they were when hit; and up to
# what tells of the event again: "a nurse who works at Kamal Adwan Hospital at a checkpoint
# in Gaza City", "employed at the Rafah crossing as he walked home in Khan Younis")
_WORKS_AT = re.compile(r"(?i)\b(?:employed|who\s+(?:works?|worked|had\s+worked))\s+"
                       r"(?:as\s+(?:an?\s+)?[\w-]+\s+)?(?P<at>(?:at|for)\s+(?:the\s+)?"
                       + ARTICLE + r"(?-i:[A-Z])"
                       r"(?:(?!\s(?:at|on|as|when|while|after|before|during|until|where|and|"
                       r"since|inside|outside)\s)[^,;:.!?()“”\"]){0,60})")
_NAME_PART = ARTICLE + r"(?-i:[A-Z])[\w'’-]*"
_PLACE_NAME = rf"{_NAME_PART}(?:[\s-]+{_NAME_PART})*"
# Where a speaker spoke from: "told AFP from Deir al-Balah", "speaking by phone from Rafah",
# "Al Jazeera's Tareq Abu Azzoum, reporting from Deir el-Balah"
_SPOKE_FROM = re.compile(r"(?i)\b(?:told\s+(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,2}|"
                         r"speaking|reporting|spoke|said)\s+(?:by\s+(?:tele)?phone\s+)?"
                         r"(?P<from>from\s+(?:the\s+)?" + _PLACE_NAME + ")")


def speaker_asides(sentence: Span) -> list[tuple[int, int]]:
    """Where a sentence says what its speaker is, where he spoke from or where someone it
    names works (report offsets): not where the event it tells of happened, when the
    sentence names another place."""
    return list(_asides_of(sentence))


@lru_cache(maxsize=64)
def _asides_of(sentence: Span) -> tuple[tuple[int, int], ...]:
    # (read once for a sentence: each of its events asks again)
    text, out = sentence.text, []
    for got in _SPEAKER_TITLE.finditer(text):
        if got.group("title") is not None and _VICTIM_BEFORE.search(
                text, max(0, got.start() - 60), got.start()):
            continue
        which = next(k for k in ("title", "subject", "after") if got.group(k) is not None)
        out.append((sentence.start + got.start(which), sentence.start + got.end(which)))
    for got in _WORKS_AT.finditer(text):
        out.append((sentence.start + got.start("at"), sentence.start + got.end("at")))
    for got in _SPOKE_FROM.finditer(text):
        out.append((sentence.start + got.start("from"), sentence.start + got.end("from")))
    return tuple(out)


# (a title, not a place of work: "a doctor at Al-Awda Hospital was killed in Jabalia" may
# have been killed there)
_STAFF_WORDS = r"(?:director|head|chief|manager|spokes(?:man|woman|person)|administrator|dean)"


# ("director-general of", "the medical director at", "who headed the Indonesian Hospital",
# "the director of the nearby Indonesian hospital")
_STAFF_OF = re.compile(rf"(?i)\b(?:{_STAFF_WORDS}(?:[\s-]+general)?\s+(?:of|at)|"
                       r"(?:headed|heads|ran|runs|managed|manages))\s+(?:the\s+)?"
                       r"(?:(?:nearby|main|local)\s+)?$")


_STAFF_AFTER = re.compile(rf"(?i)(?:['’]s)?\s+{_STAFF_WORDS}\b")


# "the Al-Aqsa Martyrs Hospital in Deir al-Balah received the bodies": the hospital's town
# (or "the hospital in nearby Deir al-Balah": a town told as apart from where it happened)
IN_ADDRESS = re.compile(r"\s+in\s+(?:the\s+)?(?P<near>(?:nearby|neighbou?ring)\s+)?")


def named_hospital(m: Mention) -> bool:
    """Whether the gazetteer's place ``m`` names is a hospital ("Nasser Medical Complex",
    "Al-Awda Hospital (Jabalia)"), by its class or its name."""
    return m.feature_class == "hospital" or "hospital" in (m.name or "").lower()


# "footage from the Indonesian Hospital in northern Gaza": where pictures came from
# "An AFP correspondent at al-Shifa Hospital saw three bodies": where the dead were seen
_REPORTER_AT = re.compile(r"(?i)\b(?:correspondents?|reporters?|journalists?|photographers?|"
                          r"cameram[ae]n)\s+(?:at|outside)\s+(?:the\s+)?$")
# "killing a family of nine, relatives told CNN at the Kuwaiti hospital", "a neighbour said
# outside Nasser hospital": where a speaker spoke, not where the dead were killed
# (the outlet only after "told" or "to": not "The army said Hamas at al-Shifa hospital opened
# fire", where the words after "said" are the speaker's news, and the hospital its place)
_TOLD_AT = re.compile(r"\b(?:(?:told|tells|telling|(?:speaking|spoke|talking)\s+to)\s+"
                      r"(?!(?:Hamas|Israel|Israeli|IDF|Palestinian)\b)"
                      r"(?:[A-Z][\w.&’'-]*\s+){1,3}|"
                      r"(?:told|tells|telling|said|says|speaking|spoke)\s+)"
                      r"(?:at|outside|from)\s+(?:the\s+)?$")
# "Medics at Nasser hospital say three children are among the dead", "killed seven, doctors
# at Al-Aqsa hospital said": the staff who speak, where the dead were taken
_STAFF_AT = re.compile(r"(?i)\b(?:medics|doctors|nurses|paramedics|medical\s+(?:staff|sources)|"
                       r"staff|officials|sources)\s+(?:at|from)\s+(?:the\s+)?$")
_STAFF_SAY = re.compile(r"(?:\s+in\s+[^,;:.!?]{1,40}?)?\s+(?:say|says|said|told|report|reports|"
                        r"reported)\b")
# (not "Doctors at Al-Awda hospital in Jabalia said Israeli tanks shelled the hospital",
# "Medics at Nasser Hospital in Khan Younis said troops stormed the complex": the staff
# tell of their own hospital hit, the place of the event)
_HIT_ITSELF = re.compile(r"(?i)[^.!?\n]*?\b(?:(?:hit|struck|shelled|stormed|raided|bombed|"
                         r"besieged|targeted|attacked|surrounded|encircled|fired\s+(?:at|on)|"
                         r"shot\s+at|opened\s+fire\s+on|(?:strikes?|attacks?|raids?)\s+on|"
                         r"(?:shelling|bombing|storming|siege)\s+of)\s+"
                         r"(?:the\s+(?:hospital|(?:medical\s+)?complex|facility|building)\b|it\b)|"
                         r"the\s+(?:hospital|(?:medical\s+)?complex|facility)\s+(?:itself\s+)?"
                         r"(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:hit|struck|shelled|"
                         r"stormed|raided|bombed|targeted|attacked|besieged|surrounded|damaged)\b|"
                         r"the\s+hospital\s+(?:itself\s+)?came\s+under\b)")
_FOOTAGE_FROM = re.compile(r"(?i)\b(?:footage|videos?|images?|pictures|photos?)\s+(?:[\w-]+\s+)?"
                           r"from\s+(?:the\s+)?$")


# (not "footage from the Al-Shifa Hospital in Gaza City showed troops storming its emergency
# ward": pictures of the hospital itself, the place of what they show)
_ITS_OWN = re.compile(r"(?i)[^.!?\n]*?\b(?:its|the\s+hospital['’]s)\s+(?:[\w-]+\s+)?(?:wards?|"
                      r"courtyard|yard|gates?|floors?|buildings?|entrance|grounds|compound|"
                      r"premises|departments?|wings?|corridors?|rooms?|roof)\b")


# "Israeli shelling hit the Indonesian Hospital in Beit Lahia, where they had been admitted",
# "stormed the Kamal Adwan Hospital in Beit Lahia, where dozens of wounded were being
# treated": the hospital attacked, whoever it had received
_STRUCK_BEFORE = re.compile(r"(?i)\b(?:hit|hits|struck|strikes?\s+on|shelled|shelling\s+of|"
                            r"stormed|storming|raided|raiding|raids?\s+on|bombed|bombing\s+of|"
                            r"besieged|besieging|siege\s+of|targeted|targeting|attacked|"
                            r"attacks?\s+on|surrounded|encircled)\s+(?:the\s+)?$")


# "brought to a hospital in the town of Deir el-Balah", "Atif Al-Hout, the director of
# Nasser Hospital in the southern city of Khan Younis, said": the town of a hospital the
# casualties were taken to, or one whose staff speak, named as its address (the hospital
# itself may be a name the gazetteer does not know)
_HOSPITAL_TOWN = re.compile(
    rf"(?i)\b(?:(?:{_CARRY_VERBS}|referred)\s+(?:\w+\s+){{0,2}}?to|(?P<staff>{_STAFF_WORDS})(?:[\s-]+general)?\s+"
    r"(?:of|at))\s+(?:the\s+|an?\s+)?(?:[\w'’()-]+\s+){0,4}?(?:hospital|medical\s+complex)\s+"
    r"in\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:city|town|village|camp)\s+of\s+)?$")
# (not "An Israeli airstrike killed the director of Nasser Hospital in Khan Younis", "The
# director of Kamal Adwan Hospital in Beit Lahia, Hussam Abu Safiya, was arrested": staff
# who are the ones hit or seized, not a source speaking)
_STAFF_HARMED_BEFORE = re.compile(
    r"(?i)\b(?:kill(?:ed|ing|s)|wound(?:ed|ing|s)|injur(?:ed|ing|es)|arrest(?:ed|ing|s)|"
    r"detain(?:ed|ing|s)|abduct(?:ed|ing|s)|seiz(?:ed|ing|es)|target(?:ed|ing|s)|"
    r"assassinat(?:ed|ing|es))\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$")
_STAFF_HARMED_AFTER = re.compile(
    r"(?i)(?:\s*,[^,.;]{1,60},)?\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|arrested|detained|abducted|seized|assassinated|among)\b")


def _hospital_town(m: Mention, text: str) -> bool:
    """Whether ``m`` is named as the town of a hospital the casualties were taken to, or
    of one whose staff speak."""
    got = _HOSPITAL_TOWN.search(text, max(0, m.start - 120), m.start)
    if got is None or got.group("staff") is None:
        return got is not None
    return not (_STAFF_HARMED_BEFORE.search(text, max(0, got.start() - 40), got.start()) or
                _STAFF_HARMED_AFTER.match(text, m.end))


def _staff_speak(m: Mention, text: str) -> bool:
    """Whether the hospital ``m`` is named for its staff who speak ("Medics at Nasser
    hospital say"), not as the hospital their words tell was hit."""
    if _STAFF_AT.search(text, max(0, m.start - 40), m.start) is None:
        return False
    say = _STAFF_SAY.match(text, m.end)
    return say is not None and not (_ITS_OWN.match(text, say.end()) or
                                    _HIT_ITSELF.match(text, say.end()))


def _hit_before(m: Mention, text: str) -> bool:
    """Whether the sentence, before the speaker at hospital ``m``, tells the hospital itself
    hit ("Israeli tanks shelled the hospital's upper floors, killing two patients, a doctor
    told AFP at al-Awda hospital"): the hospital is then the place, whoever speaks there."""
    start = stop_before(text, m.start)
    return bool(_HIT_ITSELF.match(text, start, m.start) or _ITS_OWN.match(text, start, m.start))


# "said that of more than 160 wounded they received", "said the bodies they took in":
# the staff's hospital took the casualties in
# (not "said an Israeli strike killed eight people, and that they had received dozens of
# wounded", "said a drone fired on the third floor, killing two patients they had treated":
# the staff's words tell the attack, at the town; not "opened fire on people as they received
# food parcels": what the people received; not "they received 15 bodies after Israeli strikes
# on the city", "after troops stormed the area": the town told again as the attack's place)
_THEY_RECEIVED = re.compile(
    r"(?i)(?:(?!\b(?:kill|strik|struck|shell|fir(?:e|ed|ing)\b|shot|shoot|raid|storm|bomb|hit|"
    r"attack|open)\w*)[^.!?\n]){0,80}?"
    r"(?:\b(?:wounded|injured|bodies|dead|casualties|martyrs|patients|victims)\s+(?:whom\s+|that\s+)?"
    r"(?:they|it|the\s+hospital)\s+(?:had\s+|have\s+|has\s+)?(?:received|admitted|took\s+in|"
    r"treated)\b|"
    r"\b(?:they|it|the\s+hospital)\s+(?:had\s+|have\s+|has\s+)?(?:received|admitted|took\s+in|"
    r"treated)\s+(?:the\s+(?:bodies|remains)\s+of\b|(?:[\w-]+\s+){0,4}?(?:wounded|injured|bodies|"
    r"dead|casualties|martyrs|patients|victims|people)\b))"
    r"(?![^.!?\n]*?\b(?:the|that)\s+(?:same\s+)?(?:city|town|camp|area|village|"
    r"neighbou?rhood)\b)")


# "its field hospital in al-Mawasi received 184 wounded", "its trauma stabilization point in
# Tal as-Sultan received 28 dead": the town of a medical post that took the casualties in,
# named by no name of its own
_FACILITY_IN = re.compile(r"(?i)\b(?:hospital|clinic|(?:stabili[sz]ation|medical|trauma|"
                          r"health)\s+(?:point|post|cent(?:re|er)|unit))\s+in\s+(?:the\s+)?$")

# (not "Israeli tanks shelled a field hospital in Rafah, where casualties were being
# treated", "the field hospital in Rafah was receiving wounded when it was hit by shells",
# "had received 20 wounded before shells struck it": the post itself hit, the attack's place)
_POST_HIT_BEFORE = re.compile(r"(?i)\b(?:hit|hits|struck|strikes?\s+on|shelled|shelling\s+of|"
                              r"stormed|raided|raids?\s+on|bombed|bombing\s+of|targeted|"
                              r"attacked|attacks?\s+on)\s+(?:(?:the|a|an|its|their)\s+)?"
                              r"(?:[\w'’-]+\s+){0,2}$")
_POST_HIT_AFTER = re.compile(r"(?i)[^.;]{0,120}?\b(?:(?:hit|struck|shelled|bombed|targeted|"
                             r"stormed|raided|attacked)\s+(?:it|its)\b|it\s+(?:was|had\s+been)"
                             r"\s+(?:\w+\s+)?(?:hit|struck|shelled|bombed|targeted|stormed|"
                             r"raided|attacked)\b)")

# (nor "Separately, MSF said its clinic in Khan Younis received 9 dead", after a strike in
# Deir al-Balah: a sentence told apart from the attack before it, its post's own place)
_APART = re.compile(r"(?i)\W*(?:separately|elsewhere|in\s+(?:another|a\s+separate)\s+"
                    r"(?:incident|attack|strike|development))\b")


# "said on Monday it was surrounded", "said that its wards were hit": the hospital tells of
# itself, the place of what it tells
_OF_ITSELF = re.compile(r"(?i)\s+(?:(?:on|late|early)\s+\w+\s+)?(?:that\s+)?(?:it|its)\b")
# "its courtyard", "the entrance of the hospital", "the hospital's gate", "from the complex":
# the hospital's words tell of itself, wherever in them
_TELLS_OF_ITSELF = re.compile(r"(?i)\b(?:its|the\s+(?:hospital|(?:medical\s+)?complex|facility)"
                              r"(?:['’]s)?)\b")
# "said the strike", "reported that this attack": the words of a source begin with an attack
# told before
_ATTACK_TOLD_BACK = re.compile(r"(?i)\s+(?:that\s+)?(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:air\s*strikes?|strikes?|attacks?|bombings?|raids?|shelling|"
                               r"explosions?|blasts?|massacres?)\b")


def _sentence_told_apart(m: Mention, text: str) -> bool:
    """Whether the sentence of ``m`` opens as one told apart ("Separately, ...")."""
    return _APART.match(text, stop_before(text, m.start), m.start) is not None


# "At Al-Aqsa Martyrs Hospital in Deir al-Balah, the wounded were treated on the floor",
# "At Nasser hospital, staff treated patients with blast injuries": a sentence that opens at
# the hospital to tell how it tends the casualties brought there
_AT_HOSPITAL = re.compile(r"(?i)\s*(?:[\w\s,]{0,30}?,\s*)?at\s+(?:the\s+)?" + ARTICLE)
_TENDED = re.compile(r"(?i)\b(?:treat(?:ed|ing|s)?|received|receiving|admitted|admitting|"
                     r"overwhelmed|lined\s+up|laid\s+out|morgue|wards?)\b")
# (not "At Al-Shifa Hospital, troops stormed the emergency ward", "At Nasser hospital, a shell
# struck the ward where the wounded were treated": the hospital itself hit; nor "At Al-Awda
# Hospital, a sniper killed a doctor as he treated the wounded", "an Israeli quadcopter
# killed a nurse who was treating patients": people killed there)
_HIT_THERE = re.compile(r"(?i)\b(?:hit|hits|struck|strikes?|shell(?:s|ed|ing)?|storm(?:s|ed|ing)|"
                        r"raid(?:s|ed|ing)?|bomb(?:s|ed|ing)?|target(?:s|ed|ing)|"
                        r"attack(?:s|ed|ing)?|besieg\w+|siege|surround\w*|encircl\w+|"
                        r"fir(?:e|ed|ing)|shot|shoot\w*|troops|tanks?|soldiers|forces|"
                        r"arrest\w*|detain\w*|evacuat\w+|kill(?:s|ed|ing)|wounding|injuring|"
                        r"snipers?|quadcopters?|drones?|gunfire|bullets?|explosions?|blast|"
                        r"missiles?|rockets?)\b")


def _tended_at(m: Mention, text: str, end: int) -> bool:
    """Whether the sentence of the hospital ``m`` opens at it ("At Nasser hospital, ...")
    and tells only of the casualties tended there (``end``: where the hospital's name, and
    the town of its address, end)."""
    start = stop_before(text, m.start)
    if _AT_HOSPITAL.fullmatch(text, start, m.start) is None:
        return False
    rest = text[end:stop_after(text, end)]
    return _TENDED.search(rest) is not None and _HIT_THERE.search(rest) is None


def hospitals_aside(here: list[Mention], text: str) -> list[Mention]:
    """The places without hospitals that only receive the casualties, speak as a source,
    are named for whom they employ or where footage came from (and a receiving hospital's
    town: "the Al-Aqsa Martyrs Hospital in Deir al-Balah received the bodies of 33")."""
    aside: set[int] = set()
    for k, m in enumerate(here):
        if not named_hospital(m):
            post = _FACILITY_IN.search(text, max(0, m.start - 60), m.start)
            if _hospital_town(m, text) or (
                    post is not None and RECEIVING.match(text, m.end) and
                    not _POST_HIT_BEFORE.search(text, max(0, post.start() - 40),
                                                post.start()) and
                    not _POST_HIT_AFTER.match(text, m.end) and
                    not _sentence_told_apart(m, text)):
                aside.add(id(m))
            continue
        address = IN_ADDRESS.fullmatch(text, m.end, here[k + 1].start) \
            if k + 1 < len(here) else None
        town = here[k + 1] if address else None
        footage = _FOOTAGE_FROM.search(text, max(0, m.start - 40), m.start) is not None and \
            not _ITS_OWN.match(text, town.end if town is not None else m.end)
        struck = _STRUCK_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
        if not struck and _tended_at(m, text, town.end if town is not None else m.end):
            aside.update(id(p) for p in (m, town) if p is not None)
        elif town is not None and (footage or not struck and RECEIVING.match(text, town.end)):
            aside.update((id(m), id(town)))
        elif town is not None and _staff_speak(m, text) and \
                _THEY_RECEIVED.match(text, town.end) is not None:
            # "Doctors at al-Awda Hospital in Jabalia said that of 160 wounded they received":
            # the town is the address of the hospital that took in the casualties (not
            # "Medics at Nasser Hospital in Khan Younis said three were killed": the town, when
            # nothing tells they were brought from elsewhere)
            aside.update((id(m), id(town)))
        elif town is not None and (said := REPORTING.match(text, town.end)) is not None and \
                not _OF_ITSELF.match(text, said.end()) and \
                _STAFF_AT.search(text, max(0, m.start - 40), m.start) is None and \
                _HIT_ITSELF.match(text, said.end()) is None and \
                _TELLS_OF_ITSELF.search(text, said.end(), stop_after(text, said.end())) is None:
            # (the hospital speaking, not its staff, who are read below; nor telling of the
            # hospital hit: "... said tanks shelled the hospital", nor anything else of it in
            # its words: "... said troops stormed its courtyard", "... said a strike killed
            # four in the hospital's courtyard", "... said forces withdrew from the complex")
            # "Al-Aqsa Hospital in Deir al-Balah said an Israeli strike on a tent killed five":
            # a source and its address, the town the place where nothing else is; but not
            # where it is told apart from the attack ("the hospital in nearby Deir al-Balah"),
            # nor where the source tells of an attack told before ("... said the bombing left
            # nine dead": that one's place)
            near = address.group("near")
            back = _ATTACK_TOLD_BACK.match(text, said.end())
            aside.update(id(p) for p in (m, town if near or back else None) if p is not None)
        elif footage or not struck and RECEIVING.match(text, m.end) or \
                REPORTING.match(text, m.end) or \
                _STAFF_AFTER.match(text, m.end) or \
                _STAFF_OF.search(text, max(0, m.start - 40), m.start) or \
                _REPORTER_AT.search(text, max(0, m.start - 40), m.start) or \
                _TOLD_AT.search(text, max(0, m.start - 40), m.start) and \
                not _hit_before(m, text) or \
                _staff_speak(m, text):
            aside.add(id(m))
    for k in range(len(here) - 2, -1, -1):
        # "Nasser Medical Complex in Khan Younis, the Baptist (al-Ahli) Hospital and the
        # Indonesian Hospital received large numbers of casualties": each hospital of a list
        # the last of which took in the casualties, and its town
        m = here[k]
        town = here[k + 1] if IN_ADDRESS.fullmatch(text, m.end, here[k + 1].start) else None
        after = here[k + 2] if town is not None and k + 2 < len(here) else \
            here[k + 1] if town is None else None
        if id(m) in aside or not named_hospital(m) or after is None or \
                id(after) not in aside or not named_hospital(after) or \
                _HOSPITAL_LIST_GAP.fullmatch(text, (town or m).end, after.start) is None:
            continue
        aside.update(id(x) for x in (m, town) if x is not None)
    return [m for m in here if id(m) not in aside]


# the gap between two hospitals of a list: ", the Baptist (", ") Hospital and the "
_HOSPITAL_LIST_GAP = re.compile(r"\)?(?:\s+(?:hospital|medical\s+complex))?(?:\s*,\s*(?:and\s+)?|"
                                r"\s+and\s+)(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+)?\(?", re.I)


def carried_on(named: list[Mention], text: str) -> list[Mention]:
    """The places a sentence that tells no event leaves for the next ones: not a hospital
    it names only as a source or as where casualties are tended, nor that hospital's town
    ("The director of the nearby Indonesian Hospital in Beit Lahia said the wards were
    overwhelmed with dead and wounded": the next sentence's strike is not there)."""
    kept = hospitals_aside(named, text)
    aside = [m for m in named if m not in kept and named_hospital(m)]
    # (a town set aside by itself is kept: "its field hospital in Rafah received 179
    # casualties" after "the shooting happened near a site in Rafah")
    return [m for m in named if m not in aside and
            not any(IN_ADDRESS.fullmatch(text, h.end, m.start) for h in aside)]

