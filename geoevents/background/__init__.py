"""Sentences that tell no event of the report: background, history, definitions and the
stock lines of daily updates.

A report frames its news with the war's tallies ("nearly 38,000 deaths since October"),
states of affairs ("the siege continues"), history ("the camp was established in 1948")
and, in an article, a definition of its subject. Each carries event words; none is an
incident of the report, unless it names a day (or a count) of its own.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.dates import MONTH_PATTERN, WAR_START, find_dates, parse_published
from geoevents.event_dates import BACK_TO_THAT_DAY, names_a_day, since_phrase
from geoevents.in_passing import A_DAY, CAMPAIGN_START, STARTED_ON
from geoevents.model import Mention
from geoevents.page_layout import is_heading
from geoevents.sentences import Span
from geoevents.told_again import revises_a_toll
from geoevents.triggers import find_triggers

__all__ = ["PATTERNS", "is_stock_line", "tells_background"]

_BACKGROUND = re.compile(
    r"\b(?:continues|more than (?:\w+ ){1,2}months|"
    r"(?<!first time )since the (?:[\w–-]+ )?(?:war|start|beginning|outbreak)|"
    # (not another day of the month: "besieged since Oct. 5" is a siege of its own)
    r"(?<!first time )(?<!first )since (?:7 )?Oct(?:ober|\.)?(?: 7)?(?!\.?\s*(?!7\b)\d{1,2}\b)|"
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
    # "Israel has since relentlessly bombarded the Gaza Strip": everything since then
    r"(?:has|have) since (?:\w+ )?(?:bombarded|bombed|struck|shelled|attacked|killed|"
    r"pounded|besieged|displaced)|"
    # "Islamic Jihad, whose militants have fought alongside Hamas": what a group is known for
    r"whose (?:[\w-]+ ){0,2}(?:have|has) (?:long |also )?(?:fought|battled|clashed|attacked)))\b",
    re.I)
# "In 2023, aid entered Gaza through Rafah": a year as the whole time of the sentence (not
# "In 2023, on 5 December, ...", which names a day: see ``names_a_day``)
_IN_A_YEAR = re.compile(r"\W*In (?:the year )?20\d\d,")
# "Since January, 2,000 patients have been medically evacuated", "less than 450 patients
# have been evacuated since May 2024": a figure counted since a month, with no day, is a
# tally, not an event (not "since 10 April", "since Tuesday": a few days, dated by the first)
_SINCE_A_MONTH = re.compile(rf"\b[Ss]ince (?:early |late |mid-?|the (?:start|beginning|end) of )?"
                            rf"{MONTH_PATTERN}(?:,? 20\d\d)?\b(?![’'-]|\s*\d)")
# "Three weeks in, the camp is encircled", "Six months into the war, most homes are
# damaged": how long a campaign has gone on, then the state it has left (not "Three weeks
# in, troops stormed the hospital": what they did)
_WEEKS_IN = re.compile(r"\W*(?:[\w-]+\s+){1,2}(?:days|weeks|months|years)\s+in(?:to\s+(?:the|its|"
                       r"their)\s+[\w-]+)?,\s")
# (a state told after it: "is encircled", "have been told"; not "Two days into the
# offensive, Israeli tanks reached the edge of Jabalia camp": what they did)
_A_STATE = re.compile(r"\b(?:is|are|remains?|lies|lie|stands?|(?:has|have)\s+been)\b")
# "The ceasefire took effect on Jan. 19, pausing an Israeli war that has killed more than
# 47,300 Palestinians": the truce recalled with the war's toll, a story's stock paragraph,
# whatever day it names (not "The ceasefire took effect on Sunday morning after a
# three-hour delay": the truce told)
_TRUCE_RECAP = re.compile(r"\b(?:ceasefire|cease-fire|truce|deal|agreement)\b[^.;]{0,80}?\b(?:took|"
                          r"taking|came|went|entered)\s+(?:into\s+)?(?:effect|force)\b(?:[^.;]|\.(?=\s\d)){0,40}?,"
                          r"\s+(?:pausing|halting|ending|interrupting|suspending|freezing)\s+"
                          r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}(?:war|offensive|conflict|"
                          r"fighting|campaign)\s+(?:that|which)\s+(?:has|had)\s+(?:so\s+far\s+)?"
                          r"(?:killed|left)\b", re.I)


def _a_truce_recalled(text: str, s: Span, cues: Cues) -> bool:
    """(not "A ceasefire took effect on Sunday, halting a war that has killed 40,000; hours
    later strikes killed five people in Rafah": news of its own after the recap)"""
    recap = cues.search(_TRUCE_RECAP, s.start, s.end)
    return recap is not None and ";" not in text[recap.end():s.end] and \
        _PAST_NEWS.search(text.lower(), recap.end(), s.end) is None


# "Hamas launched a surprise attack on Israel on Oct. 7, prompting Israeli air strikes on
# Gaza": the war's first day and the response it set off, the frame of any later report
# (not "Gunmen attacked a post near Rafah on Sunday, prompting Israeli air strikes": a day
# of the report's news)
_WAR_SET_OFF = re.compile(r",\s+(?:prompting|triggering|sparking|provoking|igniting|"
                          r"which\s+(?:prompted|triggered|sparked|provoked|ignited))\b")
# the day the attack was done on ("on Oct. 7", "on Saturday, 7 October 2023"), not one it is
# measured from ("the deadliest since Oct. 7") or an anniversary of it; with no year, only a
# report from before the first anniversary means 2023 by it
_WAR_START_DAY = re.compile(r"\bon\s+(?:Saturday,?\s+)?(?:Oct(?:ober|\.)?\s*7|7\s+Oct(?:ober|\.)?)"
                            r"\b(?P<year>,?\s*2023\b)?(?!,?\s*\d{4})(?!,?\s+the\s+\w+\s+anniversary)")
_FIRST_ANNIVERSARY = date(2024, 10, 7)
_AN_ATTACK = re.compile(r"\b(?:attacks?|assault|incursion|rampage|infiltration)\b", re.I)

# a relative or appositive clause after a comma ("which they had left", "a facility they
# had besieged", "where troops had fought"), or one in the pluperfect: an aside on what the
# main clause names
_AN_ASIDE = re.compile(r"\s*(?:(?:which|who|whom|whose|where|that|an?|the)\b|"
                       r"[^,.;]*\bhad\s+(?:been\s+)?\w+(?:ed|en|wn)\b)", re.I)


def _the_war_set_off(s: Span, anchor: date | None) -> bool:
    """Whether a sentence tells the attack of the war's first day and what it set off, in a
    report written days after it."""
    if anchor is None or (anchor - WAR_START).days <= 3 or "Oct" not in s.text:
        return False
    off = _WAR_SET_OFF.search(s.text)
    if off is None:
        return False
    head = s.text[:off.start()]
    day = _WAR_START_DAY.search(head)
    return day is not None and (day.group("year") is not None or anchor < _FIRST_ANNIVERSARY) \
        and _AN_ATTACK.search(head) is not None


# "The Israeli operation in Jabalia is now in its 13th day.": how long a campaign has gone
# on, all the sentence tells (not "The offensive, now in its 16th day, pressed into Beit
# Lahia": what it did)
_ONLY_ITS_LENGTH = re.compile(r"[^,;]*\b(?:is|are)\s+(?:now\s+)?in\s+(?:its|their)\s+[\w-]+\s+"
                              r"(?:day|week|month|year)\s*[.!]?\s*$")
_FIGURE = re.compile(r"\b(?:\d{1,3}(?:,\d{3})+|\d{2,}|hundreds|thousands|dozens)\b(?!\s*(?:%|per))")
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:now\s+|so far\s+|already\s+|also\s+)?"
                      r"(?:been\s+)?(?:[a-z]+ly\s+)?(?!been\b)[a-z]+(?:ed|en|wn|ne)\b")
# (not "reopens the Rafah Crossing, which has been closed since May 2024, allowing 150
# people to leave": what a relative clause says of a place, in a sentence with news of its own)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|where|who|that)\s+(?:[\w'’-]+\s+){0,3}$")
# (not "Israeli strikes killed 25 people across Gaza today; 37,800 people have been killed
# since October": the day's news told in the past before the tally)
_PAST_NEWS = re.compile(r"(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bbeen )\b(?:killed|struck|hit|"
                        r"wounded|injured|shelled|bombed|raided|stormed|detained|arrested)\b")


# "Forces have been operating in Rafah since early May, when they seized the crossing, and
# have since taken control of the corridor": a campaign told as going on since a month,
# with no day, the frame of the report's news (a siege in force since a month is one still
# told: "Israeli forces have besieged Jabalia since early October"; not "Troops have been
# operating in Rafah since early May and on Friday stormed the Shaboura camp": a day told;
# nor "since 6 May", "since Monday": the day it began, an event of its own)
_COARSE_SINCE = rf"\b[Ss]ince\s+(?:early\s+|late\s+|mid-?|the\s+(?:start|beginning|end)\s+of\s+)?" \
    rf"{MONTH_PATTERN}(?:,?\s+20\d\d)?\b(?![’'-]|\.?\s*\d)"
# (... or told first: "Since early May, Israeli forces have been operating in Rafah")
_GOING_ON_SINCE = re.compile(rf"^(?P<first>{_COARSE_SINCE},\s+)?(?:[\w'’.-]+\s+){{1,6}}?"
                             r"(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?"
                             r"(?!been\b|besieg|encircl|surround|cordon)[a-z]+"
                             r"(?:ing|ed|en)\b(?P<after>(?:(?!,\s+(?:where|which|who|when|"
                             rf"while|as|after)\b)[^.;])*?{_COARSE_SINCE})?")
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


def _going_on_since_a_month(sentence: str) -> bool:
    going = _GOING_ON_SINCE.match(sentence)
    return going is not None and bool(going.group("first") or going.group("after")) and \
        ";" not in sentence and not _PAST_NEWS.search(sentence.lower(), going.end()) and \
        not _BESIDE_IT.search(sentence, going.end()) and \
        not _COUNT_TOLD.search(sentence, going.end())


def _a_tally_since_a_month(sentence: str) -> bool:
    """"Since January, 2,000 patients have been medically evacuated": a figure in the perfect,
    counted since a month."""
    since = _SINCE_A_MONTH.search(sentence)
    perfect = _PERFECT.search(sentence) if since is not None else None
    return perfect is not None and \
        not _RELATIVE_BEFORE.search(sentence, max(0, perfect.start() - 40), perfect.start()) and \
        not _PAST_NEWS.search(sentence, 0, perfect.start()) and \
        any(not since.start() <= f.start() < since.end() for f in _FIGURE.finditer(sentence))


# "More than 250,000 people were ordered to leave Deir al-Balah during August alone", "in
# July only about 69,000 metric tons of food entered the Strip": a figure of thousands
# counted over a whole month, a tally of many (not "In July, an airstrike on a school in
# Nuseirat killed 15 people": one attack told by its month; nor "during August, 2,000 people
# fled Rafah on the 5th", which names a day of it: see _NTH_OF_IT and ``names_a_day``)
_OVER_A_MONTH = re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]ver|[Ff]or)\s+(?:the\s+"
                           rf"(?:whole\s+|entire\s+)?month\s+of\s+|all\s+of\s+)?"
                           rf"{MONTH_PATTERN}(?:,?\s+20\d\d)?(?:\s+alone)?\b(?![’'-]|\.?\s*\d)")
_THOUSANDS = re.compile(r"\b(?:\d{1,3}(?:,\d{3})+|\d{4,})(?!\d|,\d|\s*(?:%|per|[Aa]\.?[Mm]\b|"
                        r"[Pp]\.?[Mm]\b))|\b(?:thousands|millions?|(?:a|one|two|half\s+a)\s+"
                        r"million)\b")
# (not a year: "in July 2024")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
# (a day of the month told: "on the 5th")
_NTH_OF_IT = re.compile(r"\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b")
# (nor "Israeli strikes killed 15 people in Deir al-Balah, where more than 250,000 people
# were ordered to leave during August", "an airstrike hit a school sheltering 3,000 people,
# the third such strike in August", "arrested 1,500 men in Jabalia, the largest sweep since
# the siege began in October": the month or the figure in an aside of a sentence with news
# of its own)
_ASIDE_OPENED = re.compile(r",\s+(?:where|when|which|who|whom|whose|an?|the|its|their|one|"
                           r"after|as|amid|while|despite|since)\b|\s(?:where|which|who|whose)\s|"
                           r"\bsince\b", re.I)


def _a_tally_over_a_month(sentence: str) -> bool:
    """Whether the sentence counts thousands over a whole month it names, both told in its
    main clause."""
    month = _OVER_A_MONTH.search(sentence)
    if month is None or _NTH_OF_IT.search(sentence):
        return False
    aside = min((a.start() for a in _ASIDE_OPENED.finditer(sentence)
                 if not month.start() <= a.start() <= month.end()), default=len(sentence))
    return month.start() < aside and any(
        not month.start() <= f.start() < month.end() and f.start() < aside and
        not _YEAR_ONLY.fullmatch(f.group()) for f in _THOUSANDS.finditer(sentence))


# Days before the report that make a figure counted since a day a running total, not the
# news of the days ("since Monday", "since 10 April" in a 15 April report: dated by the first)
_LONG_SINCE = 14


def _a_tally_since_a_day(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """"since the ceasefire took effect on October 10, 318 citizens have been killed" in a
    November report, "At least 40 aid workers have been killed since 1 May" in a June one: a
    toll in the perfect counted since a day weeks before, the only day the sentence names."""
    if anchor is None or "since" not in s.text.lower():
        return False
    days = [d for d in find_dates(text, anchor, s.start, s.end, cues=cues)
            if d.date and d.precision == 1]
    if len(days) != 1:
        return False
    d = days[0]
    day = parse_published(d.date)
    phrase = since_phrase(text, d)
    if day is None or (anchor - day).days <= _LONG_SINCE or not (d.since or phrase is not None):
        return False
    opened = phrase.start() if phrase is not None else d.start
    if phrase is not None and _CAMPAIGN_BEGUN.match(text, phrase.start(), d.start):
        # ("since the beginning of the military operation in Beit Lahia on October 5,
        # hundreds have been killed": the operation's first day, an event of its own)
        return False
    perfect = _HARMED_SINCE.search(text, d.end, s.end)
    low = text.lower()
    if perfect is None:
        # ("At least 300 soldiers have reportedly been killed since October 27": the toll
        # told first, the time it is counted from after it)
        # (only "since" and the day: not "have been killed since the ceasefire collapsed on
        # March 18", whose day is the collapse's, an event the sentence tells)
        # (nor "... since May 6. The same day, forces entered the city": the next sentence
        # points back to the day, an event it tells)
        perfect = _HARMED_SINCE.search(text, s.start, opened) \
            if phrase is None and not BACK_TO_THAT_DAY.search(text, s.end, s.end + 120) \
            else None
        if perfect is None or _PAST_NEWS.search(
                low, (_AND_MORE_HARMED.match(text, perfect.end()) or perfect).end(),
                opened) or _PAST_NEWS.search(low, d.end, s.end):
            return False
        # (the since-phrase in the toll's own clause only: not "Two soldiers have been killed
        # in Rafah, bringing the toll since October 27 to 330", "has killed 12 in Deir
        # al-Balah, the deadliest attack there since March 18", "the latest since": the
        # day's deed, measured or added up in an aside)
        if _since_told_aside(text, s.start, perfect.end(), opened):
            return False
        first = s.start
    else:
        first = d.end
    return not _RELATIVE_BEFORE.search(text, max(first, perfect.start() - 40), perfect.start()) \
        and not _PAST_NEWS.search(low, first, perfect.start()) and \
        not _PAST_NEWS.search(low, s.start, min(opened, perfect.start())) and \
        not _A_DEED_BESIDE.search(text, perfect.end(), s.end) and \
        any(not opened <= f.start() < d.end for f in _TALLY.finditer(text, s.start, s.end))


# "The Civil Defence recalls that on 23 March, six of our members were killed", "OCHA
# recalled that on 2 March all crossings were closed": a deed of weeks before the report,
# told as recalled (not "recalled that on Monday troops stormed the hospital": the news of
# the days; nor "recalled that troops stormed the hospital", which names no day)
_RECALLS = re.compile(r"\b(?:recalls|recalled|recalling|reminds|reminded|remembers|"
                      r"remembered)\s+(?:(?:us|everyone|the\s+world|reporters)\s+)?that\b",
                      re.I)


def _recalled_from_weeks_ago(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence recalls what happened on days weeks before the report, the
    only days it names."""
    recalls = _RECALLS.search(text, s.start, s.end) if anchor is not None else None
    if recalls is None:
        return False
    # (not "On Sunday, an airstrike killed four rescuers in Rafah, the Civil Defence said,
    # recalling that on 23 September six of its members were killed": the day's news told
    # before what is recalled)
    if any(t.start < recalls.start() for t in find_triggers(text, s.start, s.end, cues=cues)):
        return False
    days = [parse_published(d.date)
            for d in find_dates(text, anchor, recalls.end(), s.end, cues=cues)
            if d.date and d.precision == 1]
    return bool(days) and all(d is not None and (anchor - d).days > _LONG_SINCE for d in days)


# (not "The ministry later raised the toll to 118, as new strikes killed 20 people in Rafah
# on Sunday": the day's news told beside the toll revised)
_NEWS_AFTER_TOLL = re.compile(r"(?:,|;)\s*(?:as|while|when|and|after|but|amid|even\s+as)\b",
                              re.I)


def _recalled_toll_revised(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence only revises the toll of what the sentence before it recalls from
    weeks before the report: "He recalled that on 29 February 100 people were killed at the
    Nabulsi roundabout. The ministry later put the toll at 118"."""
    if not revises_a_toll(text, s) or _NEWS_AFTER_TOLL.search(text, s.start, s.end):
        return False
    before = _SENTENCE_BEFORE.search(text, max(0, s.start - 400), s.start)
    return before is not None and _recalled_from_weeks_ago(
        text, Span(before.start(), s.start, before.group()), anchor, cues)


# "We have recorded 798 people killed between 27 May and 7 July while trying to reach food",
# "Between 1 and 26 August, WFP brought 1,840 trucks of food into Gaza": a figure over a span
# of weeks, a tally of many (not "195 Palestinians were killed between 31 October and 1
# November in two rounds of airstrikes on Jabalia": a day or two, the news of the days;
# nor "Between 29 June and 5 August, the army conducted a raid on Beit Hanoun": no figure,
# one campaign told with its days; nor "Between 6 and 24 October, about 60,000 people were
# displaced", "Between 1 February and 10 March, WHO supported the medical evacuation of
# 1,473 patients": a flight or an evacuation counted over weeks is still told as the
# Strip's, like one counted since a day)
_COUNTED_HARM = re.compile(r"\b(?:killed|died|dead|deaths|injured|wounded|martyred|trucks?)\b",
                           re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.I)
_AND_THEN = re.compile(r"\s+(?:and|to|until|till)\s+$", re.I)
_DAYS_OF_A_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|until|-|–)\s+"
                              r"(\d{1,2})(?:st|nd|rd|th)?\b")


def _a_tally_between_days(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence counts a figure over a span of weeks, between two days."""
    if anchor is None or not ("between" in s.text.lower() or "from" in s.text.lower()) or \
            _COUNTED_HARM.search(text, s.start, s.end) is None:
        return False  # (the cheap tests first: most sentences count no harm between days)
    days = [d for d in find_dates(text, anchor, s.start, s.end, cues=cues)
            if d.date and d.precision == 1]
    for i, d in enumerate(days):
        if not _BETWEEN.search(text, max(s.start, d.start - 12), d.start):
            continue
        both = _DAYS_OF_A_MONTH.match(d.text)
        if both is not None:
            span, last = int(both.group(2)) - int(both.group(1)), d
        elif i + 1 < len(days) and _AND_THEN.fullmatch(text, d.end, days[i + 1].start):
            first, second = parse_published(d.date), parse_published(days[i + 1].date)
            if first is None or second is None:
                continue
            span, last = (second - first).days, days[i + 1]
        else:
            continue
        return span > _LONG_SINCE and len(days) <= i + 2 and \
            _COUNTED_HARM.search(text, s.start, s.end) is not None and \
            any(not d.start <= f.start() < last.end
                for f in _TALLY.finditer(text, s.start, s.end))
    return False


# "Of those, 615 were killed in the vicinity of the GHF sites": a share of the figure told
# before, counted over the same weeks
_OF_THOSE = re.compile(r"\W*(?:Of|Among)\s+(?:those|these|them|whom)\b", re.I)
_SENTENCE_BEFORE = re.compile(r"[^.!?]{1,400}[.!?][\"”’]?\s*$")


def _a_share_of_a_tally(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    # (not "Of those, 12 were killed on Tuesday in a strike on a school in Zeitoun": a share
    # with its own day, the news of that day)
    if not _OF_THOSE.match(s.text) or names_a_day(text, s, anchor, cues):
        return False
    before = _SENTENCE_BEFORE.search(text, max(0, s.start - 400), s.start)
    return before is not None and _a_tally_between_days(
        text, Span(before.start(), s.start, before.group()), anchor, cues)


# (not "..., at least 1,000 people have been killed in Jabalia, and troops have stormed Kamal
# Adwan Hospital": a deed of its own told beside the toll)
_A_DEED_BESIDE = re.compile(r"(?:,\s+and|;|\band\s+(?:troops|forces|tanks|soldiers|the\s+army))\s+"
                            r"(?:[\w'’-]+\s+){0,4}(?:have|has)\s+(?:also\s+|now\s+)?(?!been\b)"
                            r"[a-z]+ed\b")


# (a toll of harm: a flight counted since a day, "about one million people have fled Rafah
# since 6 May", is still told as the Strip's displacement)
_HARMED_SINCE = re.compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+|also\s+|"
                           r"(?:reportedly|allegedly|officially|collectively)\s+)?"
                           r"(?:been\s+)?(?:killed|martyred|injured|wounded|died|detained|"
                           r"arrested|destroyed|damaged)\b")
# (the toll's second figure in the same perfect: "have been killed and thousands wounded",
# "have died and 800 others were injured")
_AND_MORE_HARMED = re.compile(r"\s+and\s+(?:[\w,]+\s+){1,3}?(?:were\s+|have\s+been\s+)?"
                              r"(?:wounded|injured|detained|arrested)\b")
_TALLY = re.compile(_FIGURE.pattern + r"|\b(?:a|one|two|half\s+a)\s+million\b")


# "The army says it has killed more than 400 gunmen in the area since then and detained
# hundreds of suspects": a running tally since a time told before, in the perfect (not
# "Troops stormed the camp on Monday and have since then detained 50 people", which names a
# day, nor "Strikes killed five in Rafah; since then troops have arrested 20": news told)
# ("ever since" standing alone: not "where they have operated ever since the offensive
# began", which names its own start, not a time told before)
_SINCE_THEN = re.compile(r"\b(?:(?:ever\s+)?since\s+then|ever\s+since(?=\s*(?:[,.;:)]|$)|"
                         r"\s+(?:and|but|while)\b))\b", re.I)
_TALLIED_SINCE = re.compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+|also\s+)?"
                            r"(?:been\s+)?(?:killed|martyred|died|injured|wounded|detained|arrested|"
                            r"destroyed|demolished|evacuated|displaced|struck|hit|eliminated|"
                            r"captured|seized)\b", re.I)


# "22 of them have been killed or captured in recent days", "In recent weeks, at least 27
# people have died of hunger in the north": a span reaching to the report's day with no
# first day, over which a figure in the perfect is counted, a running tally like one since
# then (not "have died in recent days, and on Monday a strike killed 5": a day told, read by
# the caller; nor "an airstrike in recent days killed 12": the past, one attack)
_OF_RECENT = re.compile(r"\b(?:in|over|during)\s+(?:the\s+)?recent\s+(?:days|weeks|months)\b",
                        re.I)


def _since_told_aside(text: str, start: int, perfect_end: int, since_start: int) -> bool:
    """Whether the span a toll is counted over ("since October 27", "in recent weeks")
    measures or adds up the day's one deed in an aside ("bringing the toll since October 27
    to 330", "the deadliest attack there since March 18", "the latest since") rather than
    governing the perfect before it: then the toll is that deed's, not a running total."""
    return bool(_ASIDE_BEFORE_SINCE.search(text, perfect_end, since_start) or
                _MEASURED_SINCE.search(text, start, since_start) or
                _ANOTHER_SINCE.search(text, start, since_start))


def _a_tally_since_then(text: str, s: Span) -> bool:
    """Whether the sentence counts in the perfect since a time told before ("since then"), or
    over recent days or weeks."""
    since = _SINCE_THEN.search(text, s.start, s.end)
    recent = _OF_RECENT.search(text, s.start, s.end) if since is None else None
    since = since or recent
    perfect = _TALLIED_SINCE.search(text, s.start, s.end) if since is not None else None
    if recent is not None and perfect is not None and \
            _since_told_aside(text, s.start, perfect.end(), recent.start()):
        # (the recent span must govern the perfect, not measure the day's one deed in an
        # aside: "a strike has killed 18, one of the deadliest attacks in recent weeks", "has
        # killed 14, the latest in a series of strikes on shelters in recent weeks")
        return False
    return perfect is not None and \
        not _PAST_NEWS.search(text.lower(), s.start, perfect.start()) and \
        any(not since.start() <= f.start() < since.end()
            for f in _TALLY.finditer(text, s.start, s.end))


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


def _captives_counted(sentence: str) -> bool:
    """Whether the sentence counts the captives still held, and tells nothing more."""
    held = _CAPTIVES_HELD.match(sentence)
    return held is not None and not _CLAUSE_VERB.search(held.group("who")) and \
        not _WHO_BY_A_DAY.search(held.group("who").lower()) and \
        not _PAST_NEWS.search(held.group("rest").lower()) and \
        not _CLAUSE_VERB.search(held.group("rest")) and \
        not _NEWS_BESIDE.search(held.group("rest"))


# "Since the ceasefire began, Israeli forces have killed more than 200 Palestinians", "Since
# the January ceasefire took effect, partners had delivered large volumes of aid": a running
# tally in the perfect since the truce began, with no day (not "the deadliest day since the
# truce took effect", measured against it; nor "at least 13 people have been killed since
# the ceasefire was due to start", the hours before it; nor "since the truce took effect on
# 10 October", which names its day: see ``names_a_day``)
_SINCE_THE_TRUCE = re.compile(
    r"\b[Ss]ince\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:ceasefire|cease-fire|truce)"
    r"(?:\s+(?:began|started|took\s+(?:effect|hold)|kicked\s+in|came\s+into\s+(?:force|effect)|"
    r"went\s+into\s+(?:force|effect)|entered\s+into\s+(?:force|effect)|"
    r"was\s+(?:agreed|announced|reached|signed|brokered|declared|implemented))\b|"
    r"(?=\s*(?:[,.;]|$)))")
_PERFECT_TENSE = re.compile(r"\b(?:have|has|had)\s+(?:now\s+|so\s+far\s+|already\s+|also\s+)?"
                            r"(?:been\s+)?(?!been\b)[a-z]+(?:ed|en|wn|ne|t)\b")
# (nor "have recovered 122 bodies since the ceasefire started, mostly in Rafah, where
# residents returned": the news of the days told after it, in a clause of its own)
_CLAUSE_AFTER = re.compile(r";|,\s+(?:[\w'’-]+\s+){0,6}?(?:where|when|while|as|after)\b|"
                           r",\s+and\b")
# (nor "have killed three Palestinians in Khan Younis, in the latest violation since the
# ceasefire took effect", "the second such incident since the truce": the day's deed, one
# of those since the truce)
_ANOTHER_SINCE = re.compile(r"\b(?:the|its|their|an?)\s+(?:[\w'’-]+\s+)?(?:latest|second|third|"
                            r"fourth|fifth|new|fresh|another|such)\b[^.;]{0,60}$", re.I)
# (nor "Hamas has handed over the bodies of two more hostages in Khan Younis, bringing the
# number returned since the ceasefire began to 15": the truce told in an aside after the
# day's deed)
_ASIDE_BEFORE_SINCE = re.compile(r",\s+(?:in\s+)?(?:the|an?|its|their|one|bringing|raising|"
                                 r"taking|pushing|marking|amid|despite)\b", re.I)


def _a_tally_since_a_truce(text: str, s: Span) -> bool:
    """Whether the sentence counts in the perfect since a truce began, with nothing told
    after it."""
    since = _SINCE_THE_TRUCE.search(text, s.start, s.end)
    if since is None:
        return False
    perfect = _PERFECT_TENSE.search(text, s.start, s.end)
    return perfect is not None and \
        not _PAST_NEWS.search(text.lower(), s.start, min(perfect.start(), since.start())) and \
        not _CLAUSE_AFTER.search(text, since.end(), s.end) and \
        not _since_told_aside(text, s.start, perfect.end(), since.start())


# "ACLED records more than 230 political violence events in Gaza over the week, the large
# majority of them Israeli air and drone strikes": a count of incidents over a span, a
# statistic of many (not "the ministry documented 12 attacks on Rafah on Monday": a day's)
_EVENTS_COUNTED = re.compile(
    r"\b(?:records?|recorded|recording|documented|documents?|registered|registers?|logged|"
    r"logs|counted|counts|tallied|monitored)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|"
    r"about\s+|at\s+least\s+|some\s+|around\s+)?(?:\d[\d,]*|dozens|hundreds|thousands)\s+"
    r"(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:events|incidents|attacks|violations)\b"
    r"[^.;]{0,60}?\b(?:over|during|in|throughout|within)\s+the\s+(?:past\s+|last\s+|same\s+)?"
    r"(?:\w+\s+)?(?:week|weeks|month|months|period|year)\b", re.I)


def _incidents_counted(text: str, s: Span) -> bool:
    """Whether the sentence is a count of incidents over a span, with no news told before
    it (not "An Israeli airstrike killed five people in Rafah, the ministry said, adding that
    it had documented more than 40 attacks in the city over the past week": the strike told)."""
    counted = _EVENTS_COUNTED.search(text, s.start, s.end)
    return counted is not None and \
        not _PAST_NEWS.search(text.lower(), s.start, counted.start())


# "This week, PCHR documented the killing of 9 Palestinians ... by IOF gunfire and
# airstrikes", "During the reporting period, OCHA recorded 40 killed": a monitor's count
# over its week, the sum of the incidents it lists one by one (not "This week, PCHR
# documented an airstrike on Monday that killed two": a day told)
_WEEKS_COUNT = re.compile(r"(?:[\w'’-]+\s+){0,2}?(?:this|last|the\s+past|the\s+previous|during\s+"
                          r"the|over\s+the|in\s+the|throughout\s+the)\s+(?:past\s+)?(?:week|"
                          r"reporting\s+period|period\s+covered)\b,?\s+(?:[\w'’()-]+\s+){1,5}?"
                          r"(?:documented|recorded|monitored|registered|counted|verified)\b",
                          re.I)
_A_DAY_TOLD = re.compile(rf"\b(?:{A_DAY})\b", re.I)
# What the monitor counts is a number ("documented the killing of 9 Palestinians",
# "recorded 40 killed", "documented 14 airstrikes"), not one incident ("verified an Israeli
# strike on a school in Nuseirat that killed 30", "documented the killing of a paramedic",
# "journalists documented Israeli forces storming al-Awda hospital"; nor "soldiers recorded
# themselves blowing up a mosque": a video, no count)
_A_COUNT_NEXT = re.compile(r"\s+(?:the\s+(?:killing|deaths?|injur\w+|wounding|arrests?|"
                           r"demolition|destruction|abduction|detention)\s+of\s+)?"
                           r"(?:(?:at\s+least|some|about|around|nearly|almost|over|more\s+than|"
                           r"an\s+estimated)\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|"
                           r"nine|ten|eleven|twelve|dozens|scores|hundreds|several|multiple|"
                           r"numerous)\b)", re.I)
# One attack told in the sentence: "in an airstrike on a house", "by the strike", "when
# Israeli shells hit it" (an incident of its own, not the sum of many or the war's toll)
_ONE_ATTACK = re.compile(r"\b(?:(?:an?|the|one|a\s+single)\s+(?:[\w'’-]+\s+){0,2}?"
                         r"(?:air\s*strike|strike|attack|bombardment|bombing|raid|shell|"
                         r"missile|explosion|blast|incursion|assault)|when\s+(?:[\w'’-]+\s+)"
                         r"{0,3}?(?:hit|struck|shelled|bombed|stormed|raided|fired))\b", re.I)


# "The army said it struck nearly 300 targets in Rafah over the past week", "has hit more
# than 1,000 sites in the last two weeks": a sum of many strikes over weeks, no attack of
# its own (not "struck 40 targets in the past day", "overnight": the day's strikes; nor
# "over the past week, a strike on a school in Nuseirat killed 30": one attack told)
_TARGETS_COUNTED = re.compile(r"\b(?:struck|hit|attacked|targeted|bombed|striking|hitting)\s+"
                              r"(?:(?:nearly|almost|more\s+than|over|about|around|some|at\s+"
                              r"least|roughly|up\s+to)\s+)?(?:\d[\d,]*|hundreds|dozens|"
                              r"thousands)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:targets|sites|"
                              r"positions)\b", re.I)
_OVER_WEEKS = re.compile(r"\b(?:over|in|during|throughout)\s+the\s+(?:past|last|previous)\s+"
                         r"(?:(?:two|three|four|five|six|several|few|\d+)\s+)?(?:weeks?|"
                         r"months?|fortnight)\b", re.I)

# the span is that of the count, told straight after it ("struck 300 targets in Rafah over
# the past week"), not a comparison further on ("the heaviest night in the past month")
_SPAN_OF_THE_COUNT = re.compile(r"(?:\s+(?:in|across|throughout|on|around)\s+(?:the\s+)?"
                                r"(?:[A-Z][\w'’-]*\s*){1,3}|\s+(?:of\s+)?(?:Hamas|militants?|"
                                r"Hezbollah)(?:\s+\w+){0,2})?\s*")
# a toll of its own: the day's attack told ("killing at least 20 people")
_A_TOLL = re.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:at\s+least\s+"
                     r"|more\s+than\s+|some\s+|about\s+)?(?:\d|[a-z]+\s+(?:people|palestinians|"
                     r"civilians|children|persons))", re.I)


def _targets_over_weeks(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence counts the targets struck over weeks and names no day."""
    if "target" not in s.text and "site" not in s.text and "position" not in s.text:
        return False
    counted = _TARGETS_COUNTED.search(s.text)
    return counted is not None and \
        _OVER_WEEKS.match(s.text, _SPAN_OF_THE_COUNT.match(s.text, counted.end()).end()) \
        is not None and not _ONE_ATTACK.search(s.text) and not _A_TOLL.search(s.text) and \
        not names_a_day(text, s, anchor, cues) and not _A_DAY_TOLD.search(s.text)


def _a_weeks_count(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence opens with a monitor's count over its week and names no day."""
    m = _WEEKS_COUNT.match(s.text)
    return m is not None and _A_COUNT_NEXT.match(s.text, m.end()) is not None and \
        not _ONE_ATTACK.search(s.text) and not names_a_day(text, s, anchor, cues) \
        and not _A_DAY_TOLD.search(s.text)


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


# "a week after Israel's strike on Hamas leaders in the Qatari capital killed six people",
# "an Israeli drone strike on a car in the Lebanese city of Tyre killed two": the attack
# told in another country, its toll that attack's (not "strikes in Gaza and Lebanon", nor
# "a strike in Lebanon killed four, while shelling in Khan Younis killed three": the Strip
# told too; nor "fled to Egypt after the strike": where people went)
_ABROAD = r"(?:qatar|lebanon|iran|syria|yemen|iraq|jordan|turkey|t[üu]rkiye)"
_ABROAD_NATION = r"(?:qatari|lebanese|iranian|syrian|yemeni|iraqi|jordanian|turkish)"
_IN_ANOTHER_LAND = re.compile(r"\s+(?:(?!(?:and|or|but|while|after|before|as|when|which|"
                              r"gaza|strip|enclave)\b)[\w'’-]+\s+){0,4}?(?:in|inside)\s+"
                              rf"(?:{_ABROAD}\b|(?:the\s+)?{_ABROAD_NATION}\s+"
                              r"(?:capital|city|port|town|village|south|north|territory|"
                              r"soil)\b)", re.I)


def _an_attack_abroad(text: str, s: Span, named: list[Mention], cues: Cues) -> bool:
    """Whether every attack word of a sentence that names no place in the Strip is told in
    another country."""
    if named:
        return False
    found = find_triggers(text, s.start, s.end, cues=cues)
    return bool(found) and all(_IN_ANOTHER_LAND.match(text, t.end, s.end) for t in found)


# "The IDF carried out a precise strike targeting the senior leadership of Hamas. Explosions
# were reported in the Qatari capital, Doha": an attack told with no place, placed abroad by
# the sentence right after it (not "... Explosions were reported in Gaza City and in Doha":
# the Strip told too)
_NEXT_SENTENCE = re.compile(r"[\"”’']?\s*(?P<next>[^.!?\n]{1,300}[.!?])")
_THE_STRIP = re.compile(r"\b(?:gaza|strip|enclave)\b", re.I)
# (the same attack: "Explosions were reported", "The strike hit", not "Israel also struck
# targets in Lebanon": another one)
_SAME_ATTACK = re.compile(r"(?:(?:loud|large|several|multiple|heavy|powerful)\s+)?(?:explosions?|"
                          r"blasts?|(?:the|that)\s+(?:(?:air\s*)?strike|attack|bombing|raid))\b"
                          r"(?![^.!?]*\b(?:also|another|other|separately|meanwhile|elsewhere)\b)",
                          re.I)


def _placed_abroad_next(text: str, s: Span, named: list[Mention], cues: Cues) -> bool:
    """Whether the attack of a sentence that names no place in the Strip is placed in another
    country by the sentence after it."""
    if named or not find_triggers(text, s.start, s.end, cues=cues):
        return False
    nxt = _NEXT_SENTENCE.match(text, s.end)
    if nxt is None or _THE_STRIP.search(nxt.group("next")) or \
            not _SAME_ATTACK.match(nxt.group("next")):
        return False
    found = find_triggers(text, nxt.start("next"), nxt.end("next"), cues=cues)
    return bool(found) and all(_IN_ANOTHER_LAND.match(text, t.end, nxt.end("next"))
                               for t in found)


# A clause of its own before a tally: "...; the army has since struck", ", where the war has"
# (or ", in a war that has killed", "as the offensive that has killed": the war the
# sentence's event is part of)
_LATER_CLAUSE = re.compile(r";|(?:,\s+(?:and|but)|\b(?:where|which|when|while|whereas))\s+"
                           r"(?:[\w'’-]+\s+){0,4}$|"
                           r"(?:,|\b(?:in|as|amid))\s+(?:[\w'’-]+\s+){1,4}that\s+$")
# "the heaviest bombardment since", "for the first time since", "the largest since"
# (not "Most of Gaza's hospitals have been bombed since the war began")
_MEASURED_SINCE = re.compile(r"\b(?:the|its|their|a)\s+(?:[\w'’-]+\s+)?(?:\w+iest|worst|largest|"
                             r"biggest|greatest|highest|fiercest|strongest|longest|most|first|"
                             r"only)\b[^.;]{0,60}$", re.I)
_CAMPAIGN_BEGUN = re.compile(rf"since the {CAMPAIGN_START} of (?:the |its |an? )?"
                             r"(?:[\w'’-]+ ){0,3}?(?:operations?|offensive|invasion|"
                             r"incursions?|onslaught|raids?|assault|campaign)\b", re.I)
_DEFINITION = re.compile(
    r"(?:\[\d+\]\s*)?The\s+(?:[\w'’-]+\s+){1,6}(?:\([^)]{0,80}\)\s+)?(?:was|is)\s+(?:an?|the)\s+"
    r"(?:[\w'’-]+\s+){0,3}(?:engagement|battle|offensive|operation|campaign|siege|incursion|"
    r"invasion|massacre|attack)\b")
_STOCK_LINE = re.compile(r"\b(?:continue[sd]?|persists?|ongoing|latest in a series)\b", re.I)


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


# ", known for his role in the 2000 lynching", ", who fled in 1948": what a relative or an
# appositive clause says of someone, not when the sentence's event happened
_ASIDE = re.compile(r",\s+(?:who|whom|whose|which|(?:best |well )?known|famous|notorious)\b")
# ... and ", a Bedouin Israeli held in Gaza since 2015,": how long a captive set free was
# held, up to its closing comma only (not "Gilad Shalit, held by Hamas since 2006, was
# released in 2011": the year after it is the sentence's own)
_HELD_ASIDE = re.compile(r",\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,4}?(?:held|abducted|kidnapped|"
                         r"imprisoned|jailed)\s+(?:in|by|since|from)\b[^,.;]*(?:,|$)")


def _is_history(sentence: str, anchor: date) -> bool:
    """Whether a sentence names only years long before the report (two or more), outside
    what it says in passing of someone."""
    sentence = _HELD_ASIDE.sub(",", sentence)
    aside = _ASIDE.search(sentence)
    years = [int(y) for y in _YEAR.findall(sentence, 0, aside.start() if aside else len(sentence))]
    return bool(years) and max(years) < anchor.year - 2


# "Ground incursions and heavy fighting also continue to be reported": with no place of
# its own, the stock line of a daily update, not an incident.
_STILL_REPORTED = re.compile(r"\bcontinue(?:s|d)? to be reported\b", re.I)
PATTERNS = (_BACKGROUND, _STILL_REPORTED, _TRUCE_RECAP)


# "Background: Israel has blocked all aid since March 2", "18:55 Background: ...": an
# inline label opening the paragraph (not a "Background" heading over an article's section,
# nor "Background media: Palestinians inspect the damage", a caption)
_LABELLED_BACKGROUND = re.compile(r"[ \t•*-]*(?:\d{1,2}[:.]\d{2}\s+)?Background\s*:", re.I)


def tells_background(text: str, s: Span, counts: bool, anchor: date | None, cues: Cues,
                     named: list[Mention]) -> bool:
    """Whether a sentence with event words is the report's frame rather than its news
    (``counts``: whether it gives a toll of its own; ``named``: its places in the Strip)."""
    if _LABELLED_BACKGROUND.match(text, text.rfind("\n", 0, s.start) + 1):
        # "Background: During the six weeks of the ceasefire, more than 150 Palestinians were
        # killed": a paragraph the writer labels as background recalls, whatever it counts
        return True
    if not counts and is_heading(text, s) and not names_a_day(text, s, anchor, cues):
        # "Rafah offensive, Refugee camp airstrikes in the Israel–Hamas war": a topic
        # line over the items that tell the events.
        return True
    if anchor is not None and _is_history(s.text, anchor) and \
            not names_a_day(text, s, anchor, cues):
        # "The camp was established in 1948 for Palestinians who fled": history the
        # report recalls, years before what it reports.
        return True
    if _the_war_set_off(s, anchor):
        return True
    if _captives_counted(s.text):
        # "Some 97 hostages seized on October 7 remain in Gaza, including the bodies of at
        # least 33": the captives still held, counted
        return True
    if not counts and _A_SHARE_RUINED.match(s.text) and not _A_DAY_TOLD.search(s.text) and \
            not _ONE_ATTACK.search(s.text) and not _OF_LATE.search(s.text) and \
            not names_a_day(text, s, anchor, cues):
        # (not "Half of the houses in Beit Hanoun were destroyed by an Israeli airstrike",
        # "More than half of the market in Nuseirat was destroyed when Israeli shells hit
        # it": the share one attack ruined, that attack told; nor "Most of the houses in
        # al-Zaytoun were demolished by Israeli bulldozers this week": a demolition of late)
        return True  # "Around 70 per cent of the city's roads were destroyed by bombing"
    if _a_weeks_count(text, s, anchor, cues) or _targets_over_weeks(text, s, anchor, cues) or \
            counts and _an_attack_abroad(text, s, named, cues) or \
            _placed_abroad_next(text, s, named, cues):
        # "This week, PCHR documented the killing of 9 Palestinians": the week's sum;
        # "Israel's strike on Hamas leaders in the Qatari capital killed six": abroad, or
        # "... a precise strike targeting Hamas's leadership. Explosions were reported in
        # the Qatari capital": placed abroad by the sentence after
        return True
    if _a_tally_between_days(text, s, anchor, cues) or \
            _a_share_of_a_tally(text, s, anchor, cues):
        # "798 people killed between 27 May and 7 July. Of those, 615 were killed near
        # the GHF sites": a figure over weeks, and its shares
        return True
    if _recalled_from_weeks_ago(text, s, anchor, cues) or \
            _recalled_toll_revised(text, s, anchor, cues):
        # "The Civil Defence recalls that on 23 March, six of our members were killed", and
        # "He recalled that on 29 February 100 people were killed at the Nabulsi roundabout.
        # The ministry later put the toll at 118": the toll of the one recalled
        return True
    if _a_tally_since_a_day(text, s, anchor, cues) or _a_truce_recalled(text, s, cues) or \
            (_a_tally_since_then(text, s) or _incidents_counted(text, s) or
             _a_tally_since_a_truce(text, s)) and \
            not names_a_day(text, s, anchor, cues):
        return True
    if not counts and _DEFINITION.match(s.text) and not names_a_day(text, s, anchor, cues):
        # "The Battle of Shuja'iyya was a military engagement ... in December 2023": an
        # article's definition of a campaign, told by its own dated sentences.
        return True
    if (_IN_A_YEAR.match(s.text) or _a_tally_since_a_month(s.text) or
            _a_tally_over_a_month(s.text) or
            _going_on_since_a_month(s.text) or
            _WEEKS_IN.match(s.text) and not _PAST_NEWS.search(s.text.lower()) and
            _A_STATE.search(s.text, _WEEKS_IN.match(s.text).end()) is not None or
            not counts and _ONLY_ITS_LENGTH.match(s.text)) and \
            not names_a_day(text, s, anchor, cues):
        return True
    background = cues.search(_BACKGROUND, s.start, s.end) if not counts else None
    if background is not None and (background.group("tally") or
                                   background.group("since_war")) and \
            _LATER_CLAUSE.search(text, s.start, background.start()):
        # "tanks pushed into eastern Rafah, where the war has destroyed most homes": the
        # tally is an aside of a sentence that tells an event of its own (or "struck Khan
        # Younis, where hundreds have died since Israel started the war")
        background = None
    if background is not None and background.group(0).lower().startswith("earlier in the") \
            and (comma := text.rfind(",", s.start, background.start())) > s.start and \
            _AN_ASIDE.match(text, comma + 1):
        # "Israeli tanks re-entered Zeitoun, an area the army had cleared earlier in the
        # war": the recalled deed is an aside on the place; the main clause tells the news
        background = None
    if background is not None and background.group("since_war") and \
            _MEASURED_SINCE.search(text, s.start, background.start()):
        # "bombed Khan Younis overnight, the most intense raids since Israel launched the
        # war": the attack told, measured against the war's others
        background = None
    if background is not None and (
            begun := _CAMPAIGN_BEGUN.match(text, background.start(), s.end)) is not None and \
            (day := STARTED_ON.match(s.text.lower(), begun.end() - s.start)) is not None and \
            not any(not background.start() <= t.start < s.start + day.end()
                    for t in find_triggers(text, s.start, s.end, cues=cues)):
        # "soldiers killed since the start of the Israeli ground operation in Gaza on Oct.
        # 27": the operation's first day, an event of its own (not "since the start of the
        # military operations in Gaza on 7 October, 90 per cent of the population has been
        # displaced": what else the sentence tells is a tally since then)
        background = None
    # "militants continue to mount attacks", "the siege continues": a state of affairs,
    # not an event; a sentence with a count of its own still is one ("the offensive
    # continues to expand, particularly in eastern Rafah": today's news of a place).
    return background is not None and not names_a_day(text, s, anchor, cues) and not (
        background.group(0).lower() == "continues" and
        any(m.kind != "region" for m in named))


def is_stock_line(s: Span, counts: bool, dated: bool, named: list[Mention],
                  cues: Cues) -> bool:
    """Whether a sentence is an update's stock line: "Ground incursions and heavy fighting
    also continue to be reported" with no place of its own, or "Strikes continue, with
    aerial, land and maritime bombardments across the Gaza Strip", naming no day, place or
    toll of its own."""
    if counts:
        return False
    if not named and cues.search(_STILL_REPORTED, s.start, s.end):
        return True
    return not dated and bool(named) and all(m.feature_class == "strip" for m in named) \
        and _STOCK_LINE.search(s.text) is not None
