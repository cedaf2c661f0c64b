"""Flights told as who people are, or as how they came to be where they are.

"most of whom fled heavy bombing", "families who had been expelled from their homes",
"where hundreds of thousands have sought shelter after Israel's military told them to leave",
"Umm Khaled, a mother of five displaced from Jabalia, told MEE": the flight, or the order
behind it, tells the people the sentence speaks of, not a displacement of the report's days.
A day told with it, or a time of the report's own day (``days.day_told_after``), makes it news.
"""

from __future__ import annotations

import re

from geoevents.in_passing.days import A_DAY, DAYS_SPAN, day_told_after
from geoevents.in_passing.gone_by import COARSE_PAST

# "1.3 million Palestinians are sheltering in Rafah, most of whom fled heavy bombing in the
# rest of the Gaza Strip": people described by what they once fled
# (and what they fled told as a list: "Palestinians who had fled Israeli offensives and
# bombardment in northern Gaza")
_WHO_FLED = re.compile(r"\b(?:who|whom)\s+(?:had\s+|have\s+|has\s+)?(?:fled|escaped)\s+"
                       r"(?:from\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}"
                       r"(?:(?:and|or)\s+(?:the\s+)?(?:[\w'’-]+\s+)?)?$")
# "Some family members had fled heavy bombing from other parts of the strip and taken
# refuge there": what people fled before they came, told in the pluperfect with the refuge
_HAD_FLED = re.compile(r"\bhad\s+(?:already\s+|earlier\s+)?(?:fled|escaped)\s+(?:from\s+)?"
                       r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
# (not "families who fled from the schools that were hit": what they fled is the schools,
# the strike on them told of its own)
_SITE_THAT_WAS = re.compile(r"\b(?:that|which)\s+(?:was|were|had\s+been)\b")
# (nor "families who had fled Israeli shelling in Jabalia camp earlier in the day": the
# day told, see ``day_told_after``; "who fled the bombing, which destroyed homes in Rafah":
# what it did told; "witnesses who fled heavy shelling in Beit Hanoun said at least four
# people were killed": its toll told)
_FLED_WHAT_IT_DID = re.compile(r",?\s+(?:that|which)\b")
FLED_HARM = re.compile(r"\b(?:killed|killing|dead|died|injured|injuring|wounded|"
                       r"wounding|casualties|lives)\b")


def what_people_fled(low: str, before: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the attack at ``low[at:stop]`` is what the people a sentence speaks of once
    fled: "most of whom fled heavy bombing" tells who they are, and "had fled heavy bombing
    ... and taken refuge there" how they came, not an attack of the report's (not "who fled
    the shelling of Jabalia on Tuesday": an attack of the day told)."""
    if ("fled " in before or "escaped " in before) and _HAD_FLED.search(low, lo, at) and \
            _AND_TAKEN_REFUGE.match(low, stop, end) and \
            not _A_DAY_TOLD.search(low, stop, end) and not FLED_HARM.search(low, stop, end):
        return True  # "Some family members had fled heavy bombing ... and taken refuge there"
    return ("fled " in before or "escaped " in before) and \
        _WHO_FLED.search(low, lo, at) is not None and \
        not _SITE_THAT_WAS.search(low, at, stop) and not day_told_after(low, stop, end) and \
        not _FLED_WHAT_IT_DID.match(low, stop, end) and not FLED_HARM.search(low, stop, end)


# "Many fleeing the fighting have set up new tent camps in Khan Younis", "those fleeing the
# bombardment are sheltering in Deir al-Balah": people named by what they flee, the subject
# of what they do where they came (not "thousands fleeing the fighting in Rafah have ...":
# the fighting's place told; nor "families fleeing the shelling on Monday": its day)
_THOSE_FLEEING = re.compile(r"\b(?:many|those|people|families|thousands|residents|civilians|"
                            r"palestinians|others|gazans)\s+(?:now\s+|still\s+)?fleeing\s+"
                            r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
_THEIR_VERB_NEXT = re.compile(r"\s+(?:have|has|had|are|were)\b")


def named_by_what_they_flee(low: str, before: str, lo: int, at: int, stop: int) -> bool:
    """Whether the attack at ``low[at:stop]`` names the people the sentence speaks of by what
    they flee, told with no place of its own before their verb ("Many fleeing the fighting
    have set up new tent camps in Khan Younis"): the places are where they came, not where
    the fighting is."""
    return "fleeing " in before and _THOSE_FLEEING.search(low, lo, at) is not None and \
        _THEIR_VERB_NEXT.match(low, stop) is not None


# "The school was sheltering displaced families who had been expelled from their homes in
# Shejaia and Zeitoun": who the people are, by how they once came to flee (not "families
# who had been expelled from Shejaia on Monday": the day told; nor "troops expelled
# families from Shejaia": told of its own)
_WHO_HAD_BEEN = re.compile(r"\b(?:who|whom)\s+had\s+(?:(?:already|earlier|previously|once)\s+)?"
                           r"been\s+(?:forcibly\s+)?$")
_EXPELLED = re.compile(r"(?:expel|evict)")


def who_had_been_expelled(low: str, before: str, lo: int, at: int, stop: int,
                          end: int) -> bool:
    """Whether the expulsion at ``low[at:stop]`` tells who the people sheltering somewhere
    are ("families who had been expelled from their homes"), by how they once came to flee,
    with no day of its own."""
    return " been " in before and _EXPELLED.match(low, at, stop) is not None and \
        _WHO_HAD_BEEN.search(low, lo, at) is not None and not day_told_after(low, stop, end)


# "a coastal area where hundreds of thousands have sought shelter after Israel's military
# told them to leave", "where thousands were taking shelter after many fled the east of the
# city", "150 of whom were seeking shelter after being forced to flee": a flight or an order
# told as how the people sheltering somewhere came to be there (a state, in the perfect or
# the progressive; not "families took shelter in Deir al-Balah after fleeing Rafah": the
# flight told)
_SHELTERED_AFTER = re.compile(
    r"\b(?:(?:have|has|had)\s+(?:[\w-]+\s+)?(?:sought|taken|found)|(?:are|is|were|was|been)\s+"
    r"(?:[\w-]+\s+)?(?:seeking|taking|finding))\s+(?:shelter|refuge|safety)\b"
    r"(?:\s+(?:in|at|there)\b(?:\s+[\w'’-]+){0,4}?)?\s+after\s+(?:being\s+|having\s+been\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$|"
    # "relatives who had come south from Gaza City after Israel ordered more than one million
    # people to move": a move in the perfect, told of who people are
    r"\bwho\s+(?:had|have|has)\s+(?:[\w-]+ly\s+)?(?:come|moved|fled|arrived|gone|relocated|"
    r"headed|travell?ed|walked)\b(?:\s+[\w'’-]+){0,5}?\s+after\s+(?:being\s+|having\s+been\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$")
# "sites hosting nearly 2,500 displaced people, including many who fled after the latest
# orders": people described by their flight (not "including 300 who fled Jabalia on Monday")
_DISPLACED_WHO = re.compile(r"\b(?:displaced|idps|displaced\s+(?:people|persons|families))"
                            r"(?:\s+people|\s+persons|\s+families)?,?\s+(?:(?:including|among\s+them)"
                            r"\s+(?:many|some|most|those|people|families|hundreds|thousands)\s+)?"
                            # ("a school sheltering 250 displaced people who fled from
                            # Shejaia after repeated evacuation orders": the people the
                            # shelter holds, by how they came)
                            r"who\s+(?:had\s+|have\s+)?$")

_NEWLY = re.compile(r"\b(?:new|fresh|latest|further|renewed)\b")


def how_they_came(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the flight or the order at ``low[at:stop]`` (``lo``: its look-back; ``end``:
    where its sentence ends) is told as how people came to shelter where they are, with no
    day of its own."""
    told = _SHELTERED_AFTER.search(low, lo, at) or _DISPLACED_WHO.search(low, lo, at)
    # (not "have sought refuge in Mawasi since Monday after the army ordered residents of
    # eastern Rafah to leave", "including hundreds who have fled Jabalia since Sunday": a span
    # of the last days told, the flight or the order its news; nor "have sought shelter in
    # Mawasi after the latest evacuation orders for Rafah": orders told as new)
    return told is not None and not _NEWLY.search(low, told.start(), at) and \
        not day_told_after(low, stop, end) and \
        not DAYS_SPAN.search(low, told.start(), end)


# "tens of thousands of people who fled the north crowded into the area", "families who had
# fled their homes": a flight told as the verb of a relative on people, who they are (not
# "residents who fled Jabalia on Monday", "hundreds who have fled Rafah since Sunday": the
# day told, the flight its news; "families who fled Jabalia in October", "who fled Rafah
# last week": a time told, for the relative-clause rule of gone_by to weigh)
_WHO_BEFORE = re.compile(r"\b(?:who|whom)\s+(?:had\s+|have\s+|has\s+)?(?:[\w-]+ly\s+)?$")
_TIME_TOLD = re.compile(r"[^.;,]{0,60}?\b(?:(?:this|last|past|earlier\s+this)\s+(?:week|"
                        r"month|year)|ago)\b")


# "Thousands of people who fled Khan Younis as Israeli tanks advanced arrived in Deir
# al-Balah on Monday": the people the sentence is about, their move its news, with its day
# told later in the clause (not "said on Monday": a telling's day; nor "killed four people
# who fled Beit Lahia": victims, who they were)
_DAY_LATER = re.compile(rf"(?:(?!\b(?:said|says|say|told|reported|added|according)\b)[^.;,])"
                        rf"{{0,120}}?\b(?:{A_DAY})\b")
_HARMED_BEFORE = re.compile(r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|hit|"
                            r"struck|targeted|among|including|many\s+of|most\s+of|some\s+of)\b")


# "Umm Khaled, a mother of five displaced from Jabalia, told MEE": who a speaker is, in an
# aside closed by its comma (not "a mother of five displaced from Jabalia on Monday": a day
# told; nor "a mother of five was displaced from Jabalia": the sentence's own news)
# (nor "Israeli tanks pushed into eastern Rafah, an estimated 800 families displaced from the
# area, OCHA said": a count of the displaced, not who a speaker is)
_A_PERSON = re.compile(r",\s+(?:\d{1,3},\s+)?an?\s+(?!(?:estimated|further|total|number|"
                       r"additional|few|great|large|majority)\b)(?:(?![\d,.]+\s)[\w'’-]+\s+)"
                       r"{1,3}?(?:of\s+(?:[\w-]+\s+){1,2})?$")
_ASIDE_CLOSES = re.compile(r"(?:\s+(?:from|in|out\s+of)\b[^.;,()]{1,60})?,")


# "Some family members had fled heavy bombing from other parts of the strip and taken
# refuge there": a flight in the pluperfect joined to the refuge it ended in, how the people
# came to be where the news found them (not "Families had fled Jabalia on Monday and taken
# refuge in schools": a day told, the flight its news)
_HAD_BEFORE = re.compile(r"\bhad\s+(?:[\w-]+ly\s+|already\s+|earlier\s+)?$")
_A_DAY_TOLD = re.compile(rf"\b(?:{A_DAY})\b")
_AND_TAKEN_REFUGE = re.compile(r"[^.;]{0,100}?\band\s+(?:had\s+)?(?:taken|sought|found)\s+"
                               r"(?:refuge|shelter)\b")


def who_they_are(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the flight at ``low[at:stop]`` (``lo``: its look-back; ``end``: where its
    sentence ends) is the verb of a relative clause on the people who fled, of an aside on
    a speaker, or a flight in the pluperfect told with the refuge it ended in, with no day
    of its own."""
    if low.startswith("displaced", at) and _A_PERSON.search(low, lo, at) and \
            _ASIDE_CLOSES.match(low, stop, end) and not day_told_after(low, stop, end):
        return True
    if low.startswith(("fled", "escaped"), at) and _HAD_BEFORE.search(low, lo, at) and \
            _AND_TAKEN_REFUGE.match(low, stop, end) and \
            not _A_DAY_TOLD.search(low, stop, end) and not DAYS_SPAN.search(low, stop, end):
        return True
    return low.startswith(("fled", "escaped"), at) and \
        _WHO_BEFORE.search(low, lo, at) is not None and \
        not day_told_after(low, stop, end) and not DAYS_SPAN.search(low, stop, end) and \
        not COARSE_PAST.match(low, stop, end) and not _TIME_TOLD.match(low, stop, end) and \
        not (_DAY_LATER.match(low, stop, end) and not _HARMED_BEFORE.search(low, lo, at))
