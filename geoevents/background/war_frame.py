"""The war as the frame of a report's news: its tallies and states of affairs, how long a
campaign has gone on, the captives still held, a share of what it has ruined, an article's
definition of a campaign.

"nearly 38,000 deaths since October", "the siege continues", "Three weeks in, the camp is
encircled", "Some 97 hostages seized on October 7 remain in Gaza": each carries event words
and none is an incident of the report, unless it is an aside of a sentence that tells news
of its own, or names a day of its own.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.background.counts_over_a_span import A_DAY_TOLD, ONE_ATTACK, a_tally_over_a_month
from geoevents.background.running_tallies import a_tally_since_a_month
from geoevents.background.tally_words import PAST_NEWS
from geoevents.casualties.tallies import HELD_SINCE
from geoevents.dates import MONTH_PATTERN
from geoevents.event_dates import names_a_day
from geoevents.in_passing import A_DAY
from geoevents.model import Mention
from geoevents.sentences import Span

BACKGROUND = re.compile(
    r"\b(?:continues|more than (?:\w+ ){1,2}months|"
    r"(?<!first time )since the (?:[\w–-]+ )?(?:war|start|beginning|outbreak)|"
    # (not another day of the month: "besieged since Oct. 5" is a siege of its own)
    # (nor "hostages held since October": how long they were held)
    rf"(?<!first time )(?<!first ){HELD_SINCE}since (?:7 )?Oct(?:ober|\.)?(?: 7)?"
    r"(?!\.?\s*(?!7\b)\d{1,2}\b)|"
    r"since the start of hostilities|"
    # "Israel has pounded the Gaza Strip since a cross-border attack by Hamas in October":
    # since the attack that began the war (not "since the attack on the school in Rafah",
    # nor Israel's "since the incursion against Hamas in the city began": one of the war's)
    r"since (?:an?|the|Hamas['’]s?) (?:(?!Israeli\b|Israel['’]s\b|(?:army|military)['’]s\b)"
    r"[\w'’.-]+ ){0,5}?(?:attacks?|assault|incursion|rampage)\b"
    r"(?=[^.;]{0,60}?\b(?:Oct(?:ober|\.)|(?<!against )(?<!on )(?<!into )(?<!targeting )Hamas|"
    r"Israel)\b)|"
    # "has borne the brunt of relentless air raids since the regime launched the ongoing war
    # against Gaza": since the war began (not "since Israel launched Operation Protective
    # Edge on Tuesday", one operation)
    r"(?P<since_war>since (?:the |an? )?(?:[\w'’-]+ ){0,2}(?:launched|began|started|waged) "
    r"(?:its |the |an? |their )?(?:[\w-]+ ){0,2}(?:war|genocide|aggression))\b|"
    # "The strike adds to the mounting toll from Israeli attacks on Gaza"
    r"adds? to (?:the |a )?(?:mounting |rising |growing |soaring )?(?:death )?toll|"
    r"throughout the war|so far in the war|over the past (?:\w+ ){0,2}months?|"
    # "escaped an air strike earlier in the war": a deed of long before, given no day,
    # recalled of the report's people or places (a toll of its own still counts it)
    r"earlier in the (?:war|conflict)|"
    r"over the course of the war|"
    r"during the (?:[\w–-]+ )?war|in the space of (?:\w+ )?(?:days|weeks|months)|"
    # "During the first year of the war, aid entered Gaza through Rafah": a span of the war
    r"(?:during|in|over|throughout) the first (?:\w+ )?(?:years?|months?|weeks?) of the war|"
    # "Throughout 2024, aid entered through Kerem Shalom": a whole year (not "throughout
    # 2024's last week", nor "during 2024 May"... a year with more after it)
    r"(?:throughout|during|over|over the course of|for all of) (?:the year )?"
    r"20\d\d\b(?![’'-]|\s*\d|\s+[A-Z])|"
    # "As Israel's war rages on, many Palestinians have been forcibly displaced" (a frame
    # for a state told in the perfect; not "As the war rages on, airstrikes hit a school",
    # nor "Fighting raged on in Khan Younis")
    r"(?:war|offensive|conflict|fighting|assault|bombardment) (?:rages|raged|grinds|drags) on,"
    r"\s+(?:[\w'’-]+\s+){1,8}?(?:have|has|had)\s+been\b|"
    # "the nearly 11-month-long war has displaced about 90% of Gaza's people": the war's
    # tally, not an event
    r"(?P<tally>(?:war|conflict|fighting|hostilities) (?:has|have|had) (?:now |so far |already )?"
    # ("the war has largely cut off the flow of food": what it has done to all of Gaza)
    r"(?:(?:largely|mostly|effectively|almost entirely|all but) )?"
    r"(?:displaced|uprooted|destroyed|damaged|forced|"
    # (cut off from all of Gaza only: not "has cut off Kamal Adwan Hospital in Beit Lahia,
    # where tanks surrounded it", "cut off water supplies to Rafah": one place's, a clash)
    r"(?:cut off|choked off|severed)(?=(?:(?!,\s*(?:where|with|while|as|said|the|"
    r"according)\b)[^.;]){0,80}?\b(?:Gaza\b(?!\s+City)|the Strip\b|the enclave\b|"
    r"the territory\b)))|"
    # "Some 85% of Gaza's population has been displaced": a share of all of Gaza uprooted
    # over the war (not "90% of Rafah's residents have been displaced", one city's flight)
    r"(?:\d{1,3}(?:\.\d)?\s*(?:%|per\s?cent|percent)|most|nearly all|almost all|"
    r"the (?:vast )?majority) of (?:the |(?:the )?Gaza(?: Strip)?['’]s |the Strip['’]s |"
    # (nor "Israel's assault on Rafah continued. Nearly all of its residents have been
    # displaced": "its" the city's, unless told with all of Gaza's some two million)
    r"its (?=(?:entire )?2(?:\.\d)? million ))?"
    r"(?:entire )?(?:(?:\d(?:\.\d)? million|\d{1,3}(?:,\d{3})+) )?(?:population|residents|"
    r"inhabitants|people|Palestinians)(?: (?:of|in) (?:the )?"
    r"Gaza(?: Strip)?(?! City))? (?:has|have) (?:now |so far |already )?been (?:forcibly |"
    r"internally )?(?:displaced|uprooted)"
    # (nor "Most of the residents have been displaced from eastern Rafah": one place's)
    r"(?!\s+(?:from|in|out of|within)\s+(?!(?:the\s+)?Gaza\b(?!\s+City)|the\s+Strip\b))|"
    # "Israeli strikes have killed more than 38,000 people in Gaza": the war's toll
    r"(?:has|have) (?:now |so far |already )?killed (?:more than |over |nearly |almost |"
    r"at least |some |about )?\d{1,3},\d{3}(?:,\d{3})?(?!\d)|"
    # "The conflict and ensuing siege have already taken the lives of nearly 68,000
    # Palestinians": the same toll told by the lives it took
    r"(?:has|have) (?:now |so far |already )?(?:taken|claimed|cost) the lives of (?:more than |"
    r"over |nearly |almost |at least |some |about )?\d{1,3},\d{3}(?:,\d{3})?(?!\d)|"
    # "Israel has since relentlessly bombarded the Gaza Strip": everything since then
    r"(?:has|have) since (?:\w+ )?(?:bombarded|bombed|struck|shelled|attacked|killed|"
    r"pounded|besieged|displaced)|"
    # "Islamic Jihad, whose militants have fought alongside Hamas": what a group is known for
    r"whose (?:[\w-]+ ){0,2}(?:have|has) (?:long |also )?(?:fought|battled|clashed|attacked)))\b",
    re.I)
# "In 2023, aid entered Gaza through Rafah": a year as the whole time of the sentence (not
# "In 2023, on 5 December, ...", which names a day: see ``names_a_day``)
_IN_A_YEAR = re.compile(r"\W*In (?:the year )?20\d\d,")
# "Three weeks in, the camp is encircled", "Six months into the war, most homes are
# damaged": how long a campaign has gone on, then the state it has left (not "Three weeks
# in, troops stormed the hospital": what they did)
_WEEKS_IN = re.compile(r"\W*(?:[\w-]+\s+){1,2}(?:days|weeks|months|years)\s+in(?:to\s+(?:the|its|"
                       r"their)\s+[\w-]+)?,\s")
# (a state told after it: "is encircled", "have been told"; not "Two days into the
# offensive, Israeli tanks reached the edge of Jabalia camp": what they did)
_A_STATE = re.compile(r"\b(?:is|are|remains?|lies|lie|stands?|(?:has|have)\s+been)\b")

# a relative or appositive clause after a comma ("which they had left", "a facility they
# had besieged", "where troops had fought"), or one in the pluperfect: an aside on what the
# main clause names
_AN_ASIDE = re.compile(r"\s*(?:(?:which|who|whom|whose|where|that|an?|the)\b|"
                       r"[^,.;]*\bhad\s+(?:been\s+)?\w+(?:ed|en|wn)\b)", re.I)


# "The Israeli operation in Jabalia is now in its 13th day.": how long a campaign has gone
# on, all the sentence tells (not "The offensive, now in its 16th day, pressed into Beit
# Lahia": what it did)
_ONLY_ITS_LENGTH = re.compile(r"[^,;]*\b(?:is|are)\s+(?:now\s+)?in\s+(?:its|their)\s+[\w-]+\s+"
                              r"(?:day|week|month|year)\s*[.!]?\s*$")


# "Forces have been operating in Rafah since early May, when they seized the crossing, and
# have since taken control of the corridor": a campaign told as going on since a month,
# with no day, the frame of the report's news (a siege in force since a month is one still
# told: "Israeli forces have besieged Jabalia since early October"; not "Troops have been
# operating in Rafah since early May and on Friday stormed the Shaboura camp": a day told;
# nor "since 6 May", "since Monday": the day it began, an event of its own)
_COARSE_SINCE = rf"\b[Ss]ince\s+(?:early\s+|late\s+|mid-?|the\s+(?:start|beginning|end)\s+of\s+)?" \
    rf"{MONTH_PATTERN}(?:,?\s+20\d\d)?\b(?![’'-]|\.?\s*\d)"
# ... or since a campaign's start told with only a month: "Fierce battles have been reported
# in Nuseirat since the military launched an operation on Rafah in early May" (not "since the
# army launched an operation on Rafah on 6 May": its day told, read above; nor "have arrested
# 15 people in a raid on Jabalia camp, adding that troops have been there ever since the
# offensive began in October": a deed counted before it)
_SINCE_A_START_IN_A_MONTH = rf"(?P<start>\b[Ss]ince)\s+(?:[\w'’-]+\s+){{1,3}}?(?:launched|" \
    rf"sent|began|started|rolled|pushed|moved|stormed|invaded|entered)\b[^.;,]{{0,100}}?\bin\s+" \
    rf"(?:early\s+|late\s+|mid-?\s*)?{MONTH_PATTERN}(?:,?\s+20\d\d)?\b(?![’'-]|\.?\s*\d)"
# (... or told first: "Since early May, Israeli forces have been operating in Rafah")
_GOING_ON_SINCE = re.compile(rf"^(?P<first>{_COARSE_SINCE},\s+)?(?:[\w'’.-]+\s+){{1,6}}?"
                             r"(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?"
                             r"(?!been\b|besieg|encircl|surround|cordon)[a-z]+"
                             r"(?:ing|ed|en)\b(?P<after>(?:(?!,\s+(?:where|which|who|when|"
                             rf"while|as|after)\b)[^.;])*?(?:{_COARSE_SINCE}|{_SINCE_A_START_IN_A_MONTH}))?")
# (the since-phrase of the campaign's own clause, not "Israeli forces have stormed Kamal
# Adwan Hospital in Beit Lahia, where they have been operating since early October": the
# storming, its campaign told in a relative clause; nor "have been shelling Rafah since early
# May and killed five people in an airstrike on a house", "..., residents said, and tanks
# shelled the Shaboura camp, killing three", "..., and tanks reached the centre of the city":
# a deed told beside the campaign)
_BESIDE_IT = re.compile(r",\s+and\s+(?!ha(?:ve|s)\b|since\b)")
# ... nor "since early October and said its troops had killed 20 gunmen": a count of the
# news told after it, in whatever tense
_COUNT_TOLD = re.compile(r"\b(?:killed|wounded|injured|detained|arrested|eliminated)\s+"
                         r"(?:(?:about|around|at\s+least|more\s+than|some|nearly)\s+)?"
                         r"(?:\d|dozens\b|scores\b|hundreds\b|several\b)", re.I)


# What every month named begins with (MONTH_PATTERN, in its case): the three tests of a
# figure or a campaign since or over a month, run only where one is named
_A_MONTH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


def _going_on_since_a_month(sentence: str) -> bool:
    going = _GOING_ON_SINCE.match(sentence)
    return going is not None and bool(going.group("first") or going.group("after")) and \
        ";" not in sentence and not PAST_NEWS.search(sentence.lower(), going.end()) and \
        not _BESIDE_IT.search(sentence, going.end()) and \
        not _COUNT_TOLD.search(sentence, going.end()) and \
        not (going.group("start") and _COUNT_TOLD.search(sentence, 0, going.start("start")))


# "Some 97 hostages seized on October 7 remain in Gaza, including the bodies of at least 33",
# "About 100 captives are still held in Gaza, a third of them believed dead": how many are
# still held, a state counted, whatever day their seizure names (not "Hamas freed three
# hostages on Saturday; 59 remain in Gaza": the release told before the count; nor "The
# hostages were held in a house in Nuseirat that troops raided on Saturday")
_CAPTIVES_HELD = re.compile(
    r"\W*(?:(?:some|about|around|nearly|almost|roughly|approximately|an\s+estimated|more\s+than|"
    r"over|at\s+least|fewer\s+than|the\s+remaining|the)\s+)*"
    # ("The bodies of 13 deceased hostages remain in Gaza": the dead still held, counted)
    r"(?:(?:bodies|remains)\s+of\s+(?:(?:some|about|around|at\s+least|the)\s+)*)?"
    r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?\s+)?\s*"
    r"(?:(?:israeli|remaining|living|deceased|dead)\s+)?(?:hostages|captives)\b"
    r"(?P<who>(?:[^.;:]|\.(?=\s*\d)){0,80}?)\s+(?:still\s+)?(?:remain|are\s+(?:still\s+|now\s+|believed\s+(?:to\s+be"
    r"\s+)?)?(?:held|being\s+held|in\s+captivity))\b(?P<rest>[^;]*)$", re.I)
# (the seizure told as who they are: "seized on October 7", "taken by Hamas", not a clause
# of its own)
_CLAUSE_VERB = re.compile(r"\b(?:were|was|are|is|have|has|had|will|would)\b", re.I)
# (nor "Some 130 hostages remain in Gaza as Israeli strikes pounded Rafah overnight",
# "Five hostages are still held in Khan Younis, where Israeli troops fought Hamas gunmen on
# Monday": news told in a clause beside the count)
_NEWS_BESIDE = re.compile(r"\b(?:as(?!\s+(?:many|much|well|of)\b)|where|when|while|after|"
                          r"before|whereas|and|but|which|that|who|amid|killing|wounding|"
                          r"injuring)\b", re.I)


# (nor "The bodies of hostages killed in an Israeli airstrike in Khan Younis on Sunday
# remain under the rubble": the day's strike told as who they are)
_WHO_BY_A_DAY = re.compile(rf"\b(?:{A_DAY}|this week)\b")


def captives_counted(sentence: str) -> bool:
    """Whether the sentence counts the captives still held, and tells nothing more."""
    held = _CAPTIVES_HELD.match(sentence)
    return held is not None and not _CLAUSE_VERB.search(held.group("who")) and \
        not _WHO_BY_A_DAY.search(held.group("who").lower()) and \
        not PAST_NEWS.search(held.group("rest").lower()) and \
        not _CLAUSE_VERB.search(held.group("rest")) and \
        not _NEWS_BESIDE.search(held.group("rest"))


# "Around 70 per cent of the city's roads were damaged or destroyed by bulldozing and
# bombing", "Most of the camp's homes have been destroyed by airstrikes": a share of what the
# war has ruined, no attack of its own (not "An airstrike on Tuesday destroyed 70 per cent
# of the building": an attack told, with its day; nor "Strikes hit Khan Younis, where 80 per
# cent of homes have been destroyed": the share an aside)
_A_SHARE_RUINED = re.compile(r"[\s•*-]*(?:(?:around|about|some|nearly|almost|over|more\s+than|"
                             r"an\s+estimated|roughly|up\s+to|at\s+least)\s+)?"
                             r"(?:\d[\d.]*\s*(?:per\s?cent|percent|%)|most|much|half|"
                             r"two-thirds|three-quarters|the\s+majority)\s+of\s+"
                             r"(?:[\w'’-]+\s+){1,6}?(?:were|was|have\s+been|has\s+been|"
                             r"had\s+been|are|is)\s+(?:now\s+|either\s+|already\s+)?"
                             r"(?:(?:damaged|destroyed|razed|levelled|leveled|flattened|"
                             r"demolished)\b(?:\s+or\s+|,?\s+)?){1,3}", re.I)


# "this week", "in recent days": a share ruined of late, an operation of its own
_OF_LATE = re.compile(r"\b(?:this\s+week|in\s+recent\s+days|(?:over|in)\s+the\s+(?:past|last)\s+"
                      r"(?:few\s+|two\s+|three\s+|several\s+)?days)\b", re.I)


def a_share_ruined(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence tells a share of what the war has ruined, with no attack, day or
    time of late of its own: "Around 70 per cent of the city's roads were destroyed by
    bombing" (not "Half of the houses in Beit Hanoun were destroyed by an Israeli airstrike",
    "More than half of the market in Nuseirat was destroyed when Israeli shells hit it": the
    share one attack ruined, that attack told; nor "Most of the houses in al-Zaytoun were
    demolished by Israeli bulldozers this week": a demolition of late)."""
    return _A_SHARE_RUINED.match(s.text) is not None and not A_DAY_TOLD.search(s.text) and \
        not ONE_ATTACK.search(s.text) and not _OF_LATE.search(s.text) and \
        not names_a_day(text, s, anchor, cues)


# A clause of its own before a tally: "...; the army has since struck", ", where the war has"
# (or ", in a war that has killed", "as the offensive that has killed": the war the
# sentence's event is part of)
_LATER_CLAUSE = re.compile(r";|(?:,\s+(?:and|but)|\b(?:where|which|when|while|whereas))\s+"
                           r"(?:[\w'’-]+\s+){0,4}$|"
                           r"(?:,|\b(?:in|as|amid))\s+(?:[\w'’-]+\s+){1,4}that\s+$")
_DEFINITION = re.compile(
    r"(?:\[\d+\]\s*)?The\s+(?:[\w'’-]+\s+){1,6}(?:\([^)]{0,80}\)\s+)?(?:was|is)\s+(?:an?|the)\s+"
    r"(?:[\w'’-]+\s+){0,3}(?:engagement|battle|offensive|operation|campaign|siege|incursion|"
    r"invasion|massacre|attack)\b")


def a_tally_told_aside(text: str, s: Span, background: re.Match[str]) -> bool:
    """Whether the war's tally is an aside of a sentence that tells an event of its own:
    "tanks pushed into eastern Rafah, where the war has destroyed most homes", "struck Khan
    Younis, where hundreds have died since Israel started the war"."""
    return bool(background.group("tally") or background.group("since_war")) and \
        _LATER_CLAUSE.search(text, s.start, background.start()) is not None


def recalled_aside_on_a_place(text: str, s: Span, background: re.Match[str]) -> bool:
    """Whether a deed recalled from earlier in the war is an aside on a place the main clause
    tells the news of: "Israeli tanks re-entered Zeitoun, an area the army had cleared earlier
    in the war"."""
    return background.group(0).lower().startswith("earlier in the") and \
        (comma := text.rfind(",", s.start, background.start())) > s.start and \
        _AN_ASIDE.match(text, comma + 1) is not None


def continues_in_a_place(background: re.Match[str], named: list[Mention]) -> bool:
    """Whether what "continues" is told of a place of its own, today's news of it: "the
    offensive continues to expand, particularly in eastern Rafah" (not "militants continue
    to mount attacks", "the siege continues", named nowhere or only by a region of the Strip:
    a state of affairs, not an event)."""
    return background.group(0).lower() == "continues" and any(m.kind != "region" for m in named)


def a_campaigns_definition(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence is an article's definition of a campaign, told by its own dated
    sentences, and names no day of its own: "The Battle of Shuja'iyya was a military
    engagement ... in December 2023"."""
    return _DEFINITION.match(s.text) is not None and not names_a_day(text, s, anchor, cues)


def framed_by_its_span(text: str, s: Span, counts: bool, anchor: date | None,
                       cues: Cues) -> bool:
    """Whether the sentence is told over a span and names no day of its own: a whole year
    ("In 2023, aid entered Gaza through Rafah"), a figure since a month or over a month, a
    campaign going on since a month, the state a campaign has left weeks in ("Three weeks in,
    the camp is encircled") or, with no toll of its own, only how long it has gone on ("The
    Israeli operation in Jabalia is now in its 13th day.")."""
    return bool(_IN_A_YEAR.match(s.text) or
                _A_MONTH.search(s.text) and (a_tally_since_a_month(s.text) or
                                             a_tally_over_a_month(s.text) or
                                             _going_on_since_a_month(s.text)) or
                _WEEKS_IN.match(s.text) and not PAST_NEWS.search(s.text.lower()) and
                _A_STATE.search(s.text, _WEEKS_IN.match(s.text).end()) is not None or
                not counts and _ONLY_ITS_LENGTH.match(s.text)) and \
        not names_a_day(text, s, anchor, cues)
