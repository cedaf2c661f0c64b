"""The past of places and people, told as what they are: attacks gone by, not news.

A place told by the traces of attacks seen there ("signs of shelling were evident"), by the
attack it was the site of ("the bombed house") or by its rank among others hit ("the third
school to be bombed"); a person or a place told by a relative clause on what they went
through in a month gone by ("said Samir, who fled Rafah in May"); a month gone marked by its
attack ("in February, when forces besieged the hospital", "barely functioning after an Israeli
raid in November"); captives told by their seizure on the war's first day. Each attack was the
news of its own day, not the report's, and an ACLED coder reads past it.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.dates import WAR_START
from geoevents.in_passing.days import DAY_AFTER, MONTH, MONTHS, day_told_after, month_gone
from geoevents.triggers.folded_rows import folded_re

# "Signs of shelling and gunfire were evident", "bearing the marks of heavy bombardment": the
# traces of attacks gone by, seen at a place (not "signs of a strike on Monday night":
# its day told; "the aftermath of the strike": the strike told)
_TRACES_OF = re.compile(r"\b(?:signs|traces|marks|scars|evidence)\s+of\s+(?:the\s+|an?\s+|"
                        r"recent\s+|past\s+|earlier\s+|previous\s+|heavy\s+|intense\s+|"
                        r"repeated\s+)*(?:[\w-]+\s+(?:and|or)\s+)?$")


def traces_seen(low: str, before: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the attack at ``low[at:stop]`` is told by its traces seen at a place ("Signs
    of shelling and gunfire were evident"): attacks gone by, not news of the report's."""
    return " of " in before[-40:] and _TRACES_OF.search(low, lo, at) is not None and \
        not day_told_after(low, stop, end)


# "under the rubble of the bombed house": the site of the attack told
_SITE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:house|home|building|tent|school|shelter|car|"
                         r"vehicle|apartment|mosque|hospital|clinic|area|site|camp)s?\b")
# "This is the third school ... to be bombed", "the second hospital to be struck": the attack
# the report has told, counted among others of its kind
_NTH_TO_BE = re.compile(r"\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                        r"\d+(?:st|nd|rd|th)|latest)\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:have\s+)?"
                        r"be(?:en)?\s+$")
# ... said of the attack told before: "This is the third ...", "It was the second ...", "a
# school in Nuseirat, the second ...", "making it the third ..." (not "Nasser hospital on
# Thursday became the second hospital to be raided by Israeli troops": the raid told here)
_IT_IS_THE_NTH = re.compile(r"(?:\b(?:this|it|that|which)\s+(?:is|was|became|has\s+become|"
                            r"marks|marked)|\bmaking\s+it|,)\s+$")


def the_one_told_already(low: str, before: str, lo: int, at: int, stop: int,
                         end: int) -> bool:
    """Whether the attack word names an attack the report has told already: as the site it
    left ("under the rubble of the bombed house"), or counted among others of its kind ("the
    third school sheltering displaced people to be bombed in Gaza City this week")."""
    if low.endswith(("the ", "this ", "that "), lo, at) and low.endswith("ed", at, stop) and \
            " " not in low[at:stop] and _SITE_AFTER.match(low, stop, end):
        return True
    return "to be " in before and (nth := _NTH_TO_BE.search(low, lo, at)) is not None and \
        _IT_IS_THE_NTH.search(low, max(0, nth.start() - 30), nth.start()) is not None


# A relative clause that tells what a person or a place once went through, with no day of
# its own: "said Samir, 52, who fled Rafah in May", "the Philadelphi corridor, the strip of
# land that Israeli forces seized in May", "the school, which was bombed last month" (not
# "who fled from Gaza City on 11 July", "which was struck on Tuesday": the day told; nor
# "the army said that troops seized the crossing in May": what is said, not a relative;
# nor "to retake the Netzarim Corridor, from which it had withdrawn in February": the move
# the account goes on from)
_RELATIVE_BEFORE = re.compile(r"(?<!from )(?<!into )(?<!to )(?<!in )(?<!through )"
                              r"\b(?P<pro>who|whom|which|that)\s+(?:(?:the|its|their|his|her)\s+)?"
                              r"(?:[\w'’-]+\s+){0,2}?(?P<perfect>had\s+|has\s+|have\s+)?"
                              r"(?:(?:was|were|been)\s+)?$")
_THAT_TOLD = re.compile(r"\b(?:said|says|say|saying|announced|reported|claimed|claims|confirmed|"
                        r"added|stated|noted|warned|stressed|showed|shows|indicated|believes?|"
                        r"believed|knows?|knew|denied|insisted|explained|revealed|reports|news|"
                        r"fact|statement|announcement|allegations?|evidence|signs?|indications?|"
                        r"so|such|now|given|told\s+(?:[\w'’-]+\s+){1,2})\s*,?\s*$")
# (not "which have been besieging Jabalia since early October": a state that goes on to
# the report's day)
COARSE_PAST = folded_re(rf"[^.;,]{{0,60}}?\b(?:(?:in|during)\s+(?:early\s+|late\s+|"
                        rf"mid-?)?(?P<month>{MONTH})(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?"
                        r"(?!\s*\d)|"
                        r"last\s+(?:month|year)|(?:months|years)\s+ago|in\s+(?:19|20)\d\d|"
                        # ("the Rafah crossing, which Israel seized earlier this month")
                        r"earlier\s+this\s+(?:month|year))\b")
# "two towns that have been pounded from the air since Hamas gunmen stormed southern Israel
# on Saturday", "a camp which has been shelled since the war began": what a place has gone
# through all the war, told of it in a relative clause (not "which has been shelled since
# Tuesday": the news of the days)
_SINCE_THE_WAR = folded_re(
    r"[^.;,]{0,60}?\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?"
    r"(?:war|conflict|hostilities|fighting)\b|the\s+(?:war|conflict|hostilities)\b|"
    r"(?:7\s+)?oct(?:ober|\.)?(?:\s+7(?:th)?)?\b(?!\.?\s*\d)|"
    r"(?:an?\s+|the\s+)?hamas(?:['’]s?|-led)?\s+(?:[\w-]+\s+){0,3}?(?:attacks?|assault|"
    r"incursion|rampage|stormed|attacked|invaded|infiltrated|overran|raided|"
    r"(?:burst|broke|crossed)\s+into)\b)")

# "who had besieged the hospital in Khan Younis for weeks", "which had been shelled for
# months": how long it went on before, told in a relative clause (not "which had been
# shelled for hours", "who have besieged it for two weeks": a state up to the report's day;
# nor "who had been shot by troops in Rafah on Sunday after sheltering for months": its day)
_FOR_WEEKS = re.compile(r"[^.;,]{0,60}?\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|"
                        r"about\s+|some\s+|several\s+|many\s+|(?:two|three|four|five|six|"
                        r"\d+)\s+)?(?:weeks|months|years)\b")


def told_in_a_relative(low: str, before: str, lo: int, at: int, stop: int, end: int,
                       published: date | None = None) -> bool:
    """Whether the trigger at ``low[at:stop]`` is the verb of a relative clause told with
    a month or a year gone by and no day (``published``: the report's day, if known): what
    a person or a place once went through is background to the one the sentence tells of."""
    if not (" who " in before or " which " in before or " that " in before or
            " whom " in before):
        return False
    rel = _RELATIVE_BEFORE.search(low, lo, at)
    if rel is None:
        return False
    if rel.group("perfect") and _SINCE_THE_WAR.match(low, stop, end):
        return rel.group("pro") != "that" or \
            _THAT_TOLD.search(low, max(0, rel.start() - 40), rel.start()) is None
    if rel.group("perfect") and _FOR_WEEKS.match(low, stop, end) and \
            rel.group("perfect").startswith("had") and not DAY_AFTER.match(low, stop, end):
        return True  # "Israeli forces, who had besieged the hospital for weeks, ...": a
        # state that went on before what the sentence tells
    if DAY_AFTER.match(low, stop, end):
        return False
    past = COARSE_PAST.match(low, stop, end)
    if past is None:
        return False
    if past.group("month") and published is not None and \
            MONTHS.index(past.group("month")[:3]) + 1 == published.month and \
            (past.group("year") is None or int(past.group("year")) == published.year):
        return False  # "families who fled Jabalia in October", told in October: the news
    return rel.group("pro") != "that" or \
        _THAT_TOLD.search(low, max(0, rel.start() - 40), rel.start()) is None


# "disappeared in February, when Israeli forces besieged and then raided the hospital": the
# time of what the sentence tells, a month gone by with the attack as its mark (not "in
# October, when tanks entered Jabalia on the 6th": a day told)
_IN_A_MONTH_WHEN = folded_re(rf"\bin\s+(?:early\s+|late\s+|mid-?)?(?P<month>{MONTH})"
                             r"(?:\s+(?P<year>(?:19|20)\d\d))?,?\s+when\s+"
                             r"(?:[\w'’-]+\s+){0,6}$")
# "al-Shifa Hospital, which is barely functioning after an Israeli raid in November": a
# month gone by, the attack as the time after which a place is as it is (not "after an
# Israeli raid on Monday", "after a raid in November, on the 18th": a day told)
_AFTER_AN = re.compile(r"\bafter\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}$")
_IN_A_MONTH = folded_re(rf"\s+in\s+(?:early\s+|late\s+|mid-?)?(?P<month>{MONTH})"
                        r"(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s*\d)(?![^.;]{0,40}?\b(?:on\s+"
                        r"the\s+\d|\d{1,2}(?:st|nd|rd|th)\b))")
# (nor "withdrew from Kamal Adwan Hospital after a raid in November that killed three
# staff": the attack's own toll told, the attack an event of its own)
_ITS_TOLL_AFTER = re.compile(r",?\s+(?:(?:that|which)\s+(?:[\w'’-]+\s+){0,3}?(?:killed|kills|"
                             r"injured|wounded|left)|(?:killing|wounding|injuring|leaving))\b")


def _a_month_gone(low: str, lo: int, at: int, published: date | None) -> bool:
    when = _IN_A_MONTH_WHEN.search(low, lo, at)
    if when is None:
        return False
    return month_gone(when.group("month"), when.group("year"), published)


def when_in_a_month_gone(low: str, before: str, lo: int, at: int, stop: int, end: int,
                         published: date | None) -> bool:
    """Whether the attack marks a month gone by as the time of what the sentence tells
    ("disappeared in February, when forces besieged the hospital"), with no day told."""
    return " when " in before and _a_month_gone(low, lo, at, published) and \
        not DAY_AFTER.match(low, stop, end)


def after_one_in_a_month_gone(low: str, before: str, lo: int, at: int, stop: int, end: int,
                              published: date | None) -> bool:
    """Whether the attack, in a month gone by, is the time after which a place is as it is
    ("barely functioning after an Israeli raid in November"), its own toll untold."""
    return "after " in before and _AFTER_AN.search(low, lo, at) is not None and \
        (month := _IN_A_MONTH.match(low, stop, end)) is not None and \
        not _ITS_TOLL_AFTER.match(low, month.end(), end) and \
        month_gone(month.group("month"), month.group("year"), published)


# "Some 97 hostages seized on October 7 remain in Gaza", "the bodies of two hostages abducted
# by militants during the Oct. 7 attack": who the captives are, taken on the day that began
# the war (not "Hamas militants seized 30 hostages on Saturday": the seizure told; nor, in a
# report of that week, "hostages taken on October 7 were moved to Khan Younis")
_CAPTIVES_WHO = re.compile(r"\b(?:hostages|captives|abductees|israelis|people|soldiers|"
                           r"civilians|women|children|men)\s+(?:who\s+were\s+|that\s+were\s+)?$")
_CAPTIVE_TAKEN = re.compile(r"(?:seized|taken|abducted|kidnapped|captured)$")
# the war's first day, in folded text: "oct. 7", "october 7", "7 october"
_OCT_7 = r"(?:oct(?:ober|\.)?\s+7|7\s+oct(?:ober|\.)?)"
_ON_THE_FIRST_DAY = re.compile(
    r"(?:\s+(?:alive\s+|captive\s+|hostage\s+))?(?:\s+(?:by|from)\s+(?:[\w'’-]+\s+){1,3}?)?"
    r"\s+(?:on|during|in)\s+(?:the\s+)?(?:hamas['’]s?\s+)?"
    rf"(?:(?:oct(?:ober|\.)?\s+7th|{_OCT_7})(?:,?\s+2023)?\b|"
    r"(?:[\w'’-]+\s+){0,3}?(?:cross border\s+)?(?:attacks?|raid|rampage|incursion|massacre)\s+"
    rf"(?:(?:on|into)\s+(?:southern\s+)?israel\s+)?(?:on|of)\s+{_OCT_7}\b|{_OCT_7}\s+"
    r"(?:attacks?|raid|rampage|incursion|massacre))")


def captives_of_the_first_day(low: str, lo: int, at: int, stop: int, end: int,
                              published: date | None) -> bool:
    """Whether the trigger describes captives by their seizure on the war's first day, told
    more than a week after it: who they are, not a seizure of the report's days."""
    return _CAPTIVE_TAKEN.match(low, at, stop) is not None and \
        _CAPTIVES_WHO.search(low, lo, at) is not None and \
        _ON_THE_FIRST_DAY.match(low, stop, end) is not None and \
        (published is None or (published - WAR_START).days > 7)
