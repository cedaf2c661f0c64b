"""Attack words a sentence names in passing, not attacks it tells: what a place has been
spared, what people shelter from, what places are like, the site of an attack told
already, a habit, a sound heard, the war as a backdrop.

News prose wraps its incidents in such phrases ("families who had sought protection from
air strikes", "as the renewed fighting showed no signs of slowing"); each holds an event
word an ACLED coder reads past. Read by :func:`geoevents.triggers.find_triggers` over the
folded (lower-case) text, after the trigger is found.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.dates import MONTH_PATTERN, WAR_START, WEEKDAY_PATTERN, latest_on_or_before

__all__ = ["A_DAY", "DAY_AFTER", "ON_DAY", "CAMPAIGN_START", "STARTED_ON", "DAYS_SPAN",
           "named_in_passing", "told_as_cover", "how_they_came", "who_they_are",
           "told_as_going_on", "told_by_its_length", "told_as_a_measure", "freed_under_a_truce"]

ON_DAY = rf"on (?:{WEEKDAY_PATTERN.lower()}|\d{{1,2}})"  # (over folded text)
A_DAY = rf"{ON_DAY}|today|yesterday|overnight|last night|this morning"
# A day told right after the words: "... in Khan Younis on Tuesday"
DAY_AFTER = re.compile(rf"[^.;,]{{0,60}}?\b(?:{A_DAY}|this week)\b")
# A span of the last few days is the news of the days: "have fled Rafah since Monday",
# "were displaced over the past 24 hours", "in the past three days" (not "over the past
# week", "since October": a standing state)
DAYS_SPAN = re.compile(rf"\b(?:since\s+(?:(?:last\s+)?{WEEKDAY_PATTERN.lower()}|yesterday)|"
                       r"(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:(?:24|48|72)\s+"
                       r"hours|(?:two|three|2|3)\s+days|(?:day|night))|"
                       r"earlier\s+this\s+week)\b")
# A campaign named as a time with the day it began is an event of that day: "since the
# start of the Israeli ground operation in Gaza on Oct. 27", "before the launch of the
# military operation against Rafah on May 6" (not "since the start of the war": no day)
_MONTH = MONTH_PATTERN.lower()  # (over folded text)
# the words for a campaign's first day, before "of" ("since the start of the operation")
CAMPAIGN_START = r"(?:start|beginning|launch|outset)"
# (its own place told: not "since the start of the ground invasion on 27 October, troops
# have destroyed homes in Gaza City", "since the start of the renewed offensive on 18
# March": a time with no place, the sentence's places another matter)
STARTED_ON = re.compile(rf"\s+(?:in|into|on|against|across|throughout|inside)\s+"
                        rf"(?!(?:the )?(?:\d|{_MONTH}))"
                        r"(?:[^.;,]|\.(?= ?\d)){0,60}?\bon (?:the )?"
                        rf"(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}|"
                        rf"{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b)")
# "Signs of shelling and gunfire were evident", "bearing the marks of heavy bombardment": the
# traces of attacks gone by, seen at a place (not "signs of a strike on Monday night":
# its day told; "the aftermath of the strike": the strike told)
_TRACES_OF = re.compile(r"\b(?:signs|traces|marks|scars|evidence)\s+of\s+(?:the\s+|an?\s+|"
                        r"recent\s+|past\s+|earlier\s+|previous\s+|heavy\s+|intense\s+|"
                        r"repeated\s+)*(?:[\w-]+\s+(?:and|or)\s+)?$")
# "Palestinians who had sought protection from air strikes by setting up tents"
_SHELTER_FROM = re.compile(r"\b(?:protection|refuge|shelter|safety|cover|respite)\s+from\s+"
                           r"(?:the\s+)?(?:[\w-]+\s+){0,2}$")
# "1.3 million Palestinians are sheltering in Rafah, most of whom fled heavy bombing in the
# rest of the Gaza Strip": people described by what they once fled
_WHO_FLED = re.compile(r"\b(?:who|whom)\s+(?:had\s+|have\s+|has\s+)?(?:fled|escaped)\s+"
                       r"(?:from\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
# (not "families who fled from the schools that were hit": what they fled is the schools,
# the strike on them told of its own)
_SITE_THAT_WAS = re.compile(r"\b(?:that|which)\s+(?:was|were|had\s+been)\b")
# (nor "families who had fled Israeli shelling in Jabalia camp earlier in the day": the
# day told; "who fled the bombing, which destroyed homes in Rafah": what it did told;
# "witnesses who fled heavy shelling in Beit Hanoun said at least four people were
# killed": its toll told)
_FLED_THE_DAY = re.compile(r"[^.;,]{0,60}?\b(?:earlier\s+(?:in\s+the\s+day|today|this\s+"
                           r"(?:morning|afternoon|evening))|hours\s+earlier|at\s+dawn|"
                           r"this\s+(?:afternoon|evening)|tonight)\b")
_FLED_WHAT_IT_DID = re.compile(r",?\s+(?:that|which)\b")
_FLED_HARM = re.compile(r"\b(?:killed|killing|dead|died|injured|injuring|wounded|"
                        r"wounding|casualties|lives)\b")


def _day_told_after(low: str, stop: int, end: int) -> bool:
    """Whether a day, or a time of the report's day, is told right after ``stop``."""
    return DAY_AFTER.match(low, stop, end) is not None or \
        _FLED_THE_DAY.match(low, stop, end) is not None


# (not "suffered burns in airstrikes on tents": hurt in an attack told)
_ENDURED = re.compile(r"\b(?:endured|endure|endures|enduring|suffered|suffer|suffers|"
                      r"suffering)\s+(?:the\s+|months\s+of\s+|weeks\s+of\s+|days\s+of\s+)?"
                      r"(?:(?!(?:in|from|during|by|after|when|as|at|on|under)\s)[\w'’-]+\s+){0,2}$")
_AREAS_UNDER = re.compile(r"\b(?:places|areas|zones|locations|regions)\s+(?:that\s+are\s+|"
                          r"which\s+are\s+)?(?:witnessing|experiencing|facing|seeing|hit\s+by)\s+"
                          r"(?:[\w-]+\s+)?$")
# "may leave because of their proximity to the fighting": where people are, told by the
# fighting near them (not "fighting close to the hospital": the fighting placed)
_NEAR_THE_FIGHTING = re.compile(r"\b(?:proximity|closeness|nearness)\s+to\s+the\s+"
                                r"(?:[\w-]+\s+)?$")
# ... but a fighting told with its sides ("proximity to the clashes between Israeli troops
# and Hamas fighters in Nuseirat") is a clash the report tells
_SIDES_AFTER = re.compile(r"\s+between\s+[^.;,]{1,60}?\s+and\s+\w")
_HEARD = re.compile(r"\b(?:hear|hears|heard|hearing)\s+(?:(?:loud|heavy|large|several|"
                    r"multiple|massive|successive|the)\s+)?$")
_SITE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:house|home|building|tent|school|shelter|car|"
                         r"vehicle|apartment|mosque|hospital|clinic|area|site|camp)s?\b")
# (not "are facing daily bombardment": what people live under, an event of its own)
# (and "Israel often carries out strikes against militant targets": what it does)
# (and "has been carrying out near-daily raids", "carries out near-daily strikes",
# "frequently strike militant targets", "colleagues in the north describe daily drone strikes
# and shelling": a habit told by those who live it)
_HABITUAL = re.compile(r"\b(?:(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?(?:carried\s+out|"
                       r"carrying\s+out|conducted|conducting|launched|launching|staged|"
                       r"mounted)|carries\s+out|carry\s+out|conducts)\s+(?:near-daily|"
                       r"near\s+daily|almost\s+daily|daily|nightly|near-nightly|routine|"
                       r"regular)\s+(?:[\w-]+\s+)?$|"
                       r"\b(?:describe|describes|described|describing)\s+(?:near-daily|"
                       r"near\s+daily|almost\s+daily|daily|nightly|near-nightly)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:(?:and|or)\s+(?:[\w-]+\s+)?)?$|"
                       r"\b(?:often|regularly|routinely|frequently|usually|typically)\s+"
                       r"(?:(?:carries\s+out|carry\s+out|conducts|conduct|launches|launch|stages)\s+"
                       r"(?:[\w-]+\s+)?)?$")
# (and "warplanes have frequently struck militant targets")
_HABIT_AFTER = re.compile(r"\s+(?:(?:often|frequently|regularly|routinely|usually|typically)\s+"
                          r"(?:strike|strikes|bomb|bombs|shell|shells|target|targets|hit|hits|"
                          r"carry\s+out|carries\s+out)|(?:has|have)\s+(?:often|frequently|"
                          r"regularly|routinely)\s+(?:struck|bombed|shelled|targeted|hit|"
                          r"carried\s+out))\b")
# (what a place "has so far escaped"; not "the family had escaped the shelling of their
# neighbourhood": survived, the shelling told)
# (and "Until now, Deir al-Balah had avoided ground incursions")
_ESCAPED = re.compile(r"\b(?:has|have|had)\s+(?:(?:so\s+far|largely|until\s+now|thus\s+far)\s+"
                      r"(?:escaped|been\s+spared|avoided)|been\s+spared)\s+(?:[\w-]+\s+){0,3}$|"
                      r"\buntil\s+now,?\s+(?:[\w'’-]+\s+){1,4}(?:had|has)\s+(?:escaped|avoided|"
                      r"been\s+spared)\s+(?:[\w-]+\s+){0,3}$")
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
_CLAUSE_BREAK = re.compile(r"\b(?:while|whereas|when|but)\b")
_AS_THE = re.compile(r"\bas\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
# (not "as fighting continued on Wednesday", "as fighting raged on in the east of the city":
# fighting that day, or at a place)
_NO_END_IN_SIGHT = re.compile(r"(?:\s+[\w'’-]+){0,12}?\s+(?P<verb>(?:showed|shows|show|"
                              r"showing)\s+no\s+signs?\b|(?:continues|continued|rages|raged|"
                              r"grinds|drags)\s+on\b"
                              rf"(?!\s+(?:{WEEKDAY_PATTERN.lower()}|\d|(?:in|at|around|near)\s+"
                              r"(?!(?:the\s+)?(?:enclave|strip|territory|gaza(?!\s+city))\b))))")


# (not "an airstrike killed 12 in Rafah, which the army denied targeting", "Hamas said the
# raid killed ten soldiers, which the army denied": a detail or a toll denied, not the attack)
_DENIED_AFTER = re.compile(r"(?:(?!killed|killing|wounded|injured|dead\b)[^.;,\d]){0,40}?,\s+"
                           r"(?:which|a\s+claim|an?\s+(?:account|allegation|accusation|"
                           r"assertion|charge))\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}?"
                           r"(?:denied|denies|rejected|rejects|disputed|disputes)\s*(?:[.;,]|$)")


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
_COARSE_PAST = re.compile(rf"[^.;,]{{0,60}}?\b(?:(?:in|during)\s+(?:early\s+|late\s+|"
                          rf"mid-?)?(?P<month>{_MONTH})(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?"
                          r"(?!\s*\d)|"
                          r"last\s+(?:month|year)|(?:months|years)\s+ago|in\s+(?:19|20)\d\d|"
                          # ("the Rafah crossing, which Israel seized earlier this month")
                          r"earlier\s+this\s+(?:month|year))\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "two towns that have been pounded from the air since Hamas gunmen stormed southern Israel
# on Saturday", "a camp which has been shelled since the war began": what a place has gone
# through all the war, told of it in a relative clause (not "which has been shelled since
# Tuesday": the news of the days)
_SINCE_THE_WAR = re.compile(
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


def _told_in_a_relative(low: str, lo: int, at: int, stop: int, end: int,
                        published: date | None = None) -> bool:
    """Whether the trigger at ``low[at:stop]`` is the verb of a relative clause told with
    a month or a year gone by and no day (``published``: the report's day, if known)."""
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
    past = _COARSE_PAST.match(low, stop, end)
    if past is None:
        return False
    if past.group("month") and published is not None and \
            _MONTHS.index(past.group("month")[:3]) + 1 == published.month and \
            (past.group("year") is None or int(past.group("year")) == published.year):
        return False  # "families who fled Jabalia in October", told in October: the news
    return rel.group("pro") != "that" or \
        _THAT_TOLD.search(low, max(0, rel.start() - 40), rel.start()) is None


# "Israel insists a ground assault there will go ahead", "fighting will continue as long as
# Hamas does not comply": what is still to come, told after the words (not "fighting
# continued on Tuesday", nor "the strike, which will be investigated": what is done to it)
_TO_COME = re.compile(r"(?:\s+(?:there|here|in\s+[\w'’-]+|on\s+[\w'’-]+))?\s+(?:will|would|"
                      r"is\s+(?:set|due|expected|going)\s+to)\s+(?:still\s+|soon\s+|only\s+)?"
                      r"(?:go\s+ahead|take\s+place|proceed|continue|begin|start|resume|happen|"
                      r"be\s+launched)\b")
# "plans for an expanded military operation in Gaza City", "the plan for a ground assault
# on Rafah": an operation planned (not "Plan B": a name)
_PLANS_FOR = re.compile(r"\b(?:plans?|planned)\s+(?:for|of)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
                        r"(?:[\w'’-]+\s+){0,3}$")
# (not "Israeli forces carried out plans for a ground assault on Rafah, pushing tanks into
# the city": the plan put into action)
_PLANS_DONE = re.compile(r"\b(?:carr(?:y|ies|ied|ying)\s+out|implement(?:s|ed|ing)?|"
                         r"execut(?:e|es|ed|ing)|(?:went|go|goes|going|pushed|pressed)\s+ahead\s+"
                         r"with|put\s+into\s+action)\s+(?:its\s+|their\s+|the\s+|long-?\w*\s+)?$")
# "Evacuation orders now cover most of Khan Younis", "orders currently apply to 80% of the
# Strip": the orders in force, a standing state (not "orders issued on Monday cover Abasan":
# the day's; nor "Today's displacement order covers nine square kilometres": one order)
# (and "Evacuation orders and militarized zones now cover the great majority of the Strip")
_ORDERS_COVER = re.compile(r"(?:\s+and\s+(?:[\w-]+\s+)?[\w-]+s)?"
                           r"\s+(?:now\s+|currently\s+|still\s+)?(?:cover|covers|span|spans|"
                           r"apply\s+to|applies\s+to|encompass|encompasses|extend\s+over|"
                           r"remain\s+in\s+(?:force|place|effect))\b")
# "cannot reach many areas under fire or under evacuation orders", "parts of Gaza subject
# to displacement orders": places told by the orders they are under, a standing state (not
# "areas under evacuation orders issued on Monday": that day's)
_UNDER_ORDERS = re.compile(r"\b(?:areas?|places?|zones?|neighbou?rhoods?|parts|districts?|blocks?|"
                           r"land|territory)\b[^.;,]{0,30}?\b(?:under|subject\s+to|covered\s+by)\s+"
                           r"(?:an?\s+|the\s+)?(?:active\s+|existing\s+|standing\s+)?"
                           r"(?:[\w'’-]+\s+){0,2}$")
# "About 69 per cent of the Gaza Strip is now either within militarized zones, under
# displacement orders, or both", "to date, 84 per cent of Gaza has been placed under
# evacuation orders": a share of the whole Strip under the orders, their sum over the war
# (not "orders issued on Monday put 10 per cent of the Strip under orders": see
# _THESE_ORDERS and DAY_AFTER)
_SHARE_UNDER = re.compile(r"\b(?:\d{1,3}(?:\.\d)?\s*(?:%|per\s?cent|percent)|most|much|"
                          r"(?:nearly|almost)\s+all|the\s+(?:vast\s+)?majority|(?:a|one|two)\s+"
                          r"(?:third|quarter|half)s?)\s+of\s+(?:the\s+)?(?:gaza(?:\s+strip)?|strip|"
                          r"enclave)(?!\s+city)(?:['’]s\s+(?:territory|land|area))?\b"
                          r"(?:(?!\b(?:issued|ordered|today|yesterday)\b)[^.;]){0,80}?\bunder\s+"
                          r"(?:(?:active|existing|standing|unrevoked)\s+)?(?:[\w'’-]+\s+)?$")
# (nor "With Sunday's order for Beit Lahia, 84 per cent of the Strip is now under
# evacuation orders": the day's order told before the sum)
_DAYS_ORDER = re.compile(r"\b(?:(?:[a-z]+day|today|yesterday)['’]s|new|latest|fresh|further)\s+"
                         r"(?:[\w-]+\s+)?orders?\b")
# (nor "On 9 May, the military expanded the areas under evacuation orders", "put Rafah's
# eastern areas under evacuation orders": orders given, with the day or the deed told)
# (nor "the army declared large parts of Khan Younis under new evacuation orders": declared)
_ORDERS_WIDENED = re.compile(rf"\b(?:{A_DAY}|expand\w*|extend\w*|widen\w*|enlarg\w*|put|puts|"
                             r"putting|placed|places|placing|brought|added|adds|declar\w*|"
                             r"designat\w*)\b")
# ... but "lies close to areas placed under evacuation orders", "parts of the city that have
# been put under displacement orders": the participle says what the places are, with no one
# placing them (not "the army placed eastern areas under evacuation orders")
_PLACED_AREAS = re.compile(r"\b(?:areas?|places?|zones?|neighbou?rhoods?|parts|districts?|"
                           r"blocks?)\s+(?:(?:of|in)\s+(?:[\w'’-]+\s+){1,3}?)?(?:(?:that|which)\s+(?:have|has|had)\s+(?:now\s+|"
                           r"already\s+)?been\s+|(?:now\s+|already\s+))?"
                           # (nor "districts of Khan Younis newly placed under evacuation
                           # orders": placed just now)
                           r"(?<!newly )(?<!recently )(?<!just )(?P<verb>placed|put)\s+"
                           r"under\b")


def _orders_given(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the look-back before the orders tells them given ("expanded", "on Monday"),
    not the places they are over."""
    # (nor "fled areas placed under evacuation orders in the past 48 hours": the days'
    # orders)
    placed = [] if DAYS_SPAN.match(low, stop + 1, end) else \
        [m.start("verb") for m in _PLACED_AREAS.finditer(low, lo, at)]
    return any(m.start() not in placed for m in _ORDERS_WIDENED.finditer(low, lo, at))


# (not "Today's orders cover Abasan", "the new orders cover eastern Rafah": the day's)
_THESE_ORDERS = re.compile(r"(?:['’]s|\b(?:new|latest|fresh|further|these|today|yesterday))\s+"
                           r"(?:[\w-]+\s+)?$")
# "disappeared in February, when Israeli forces besieged and then raided the hospital": the
# time of what the sentence tells, a month gone by with the attack as its mark (not "in
# October, when tanks entered Jabalia on the 6th": a day told)
_IN_A_MONTH_WHEN = re.compile(rf"\bin\s+(?:early\s+|late\s+|mid-?)?(?P<month>{_MONTH})"
                              r"(?:\s+(?P<year>(?:19|20)\d\d))?,?\s+when\s+"
                              r"(?:[\w'’-]+\s+){0,6}$")
# "after a siege of more than two weeks, during which the hospital came under repeated
# shelling": what went on over weeks, told as the time before what the sentence tells (not
# "a siege of Jabalia", "a four-day raid during which troops killed 20 people": days told)
_WEEKS_LONG = r"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?" \
    r"(?:two|three|four|five|six|several|many|\d{1,2})\s+(?:weeks|months)"
_AFTER_WEEKS_OF = re.compile(r"\s+(?:of|lasting)\s+" + _WEEKS_LONG + r"\b")
_AFTER_A = re.compile(r"\bafter\s+(?:an?|the)\s+$")
# "al-Shifa Hospital, which is barely functioning after an Israeli raid in November": a
# month gone by, the attack as the time after which a place is as it is (not "after an
# Israeli raid on Monday", "after a raid in November, on the 18th": a day told)
_AFTER_AN = re.compile(r"\bafter\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}$")
_IN_A_MONTH = re.compile(rf"\s+in\s+(?:early\s+|late\s+|mid-?)?(?P<month>{_MONTH})"
                         r"(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s*\d)(?![^.;]{0,40}?\b(?:on\s+"
                         r"the\s+\d|\d{1,2}(?:st|nd|rd|th)\b))")
# (nor "withdrew from Kamal Adwan Hospital after a raid in November that killed three
# staff": the attack's own toll told, the attack an event of its own)
_ITS_TOLL_AFTER = re.compile(r",?\s+(?:(?:that|which)\s+(?:[\w'’-]+\s+){0,3}?(?:killed|kills|"
                             r"injured|wounded|left)|(?:killing|wounding|injuring|leaving))\b")
_DURING_WHICH = re.compile(r"\b(?:of|for|lasting)\s+" + _WEEKS_LONG +
                           r",?\s+during\s+which\s+(?:[\w'’-]+\s+){0,12}$")
# "withdrew from Khan Younis, ending a four-month offensive", "after a six-week siege,
# troops stormed the hospital": a campaign named by its weeks or months, over by then or
# the time before what the sentence tells (not "ended a two-week raid on al-Shifa on 1
# April": its last day told; hyphens are folded to spaces)
_WEEKS_LONG_ONE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+)?(?:two|three|four|five|"
                             r"six|seven|eight|nine|ten|eleven|twelve|several|many|\d{1,2})[- ]"
                             r"(?:week|month|year)(?:[- ]long|[- ]old)?\s+(?:[\w'’-]+\s+){0,2}$")
# (nor "Israeli forces began a two-week siege of Jabalia": its start told)
# (nor "Israeli troops expanded their three-week offensive in Jabalia into Beit Lahia": what
# was done to it that day)
_BEGUN_BEFORE = re.compile(r"\b(?:began|begin|begins|launched|launch|launches|started|starts|"
                           r"imposed|imposes|laid|lays|expand(?:s|ed)?|extend(?:s|ed)?|"
                           r"widen(?:s|ed)?|broaden(?:s|ed)?|intensif(?:y|ies|ied)|"
                           r"escalat(?:e|es|ed)|renew(?:s|ed)?|resum(?:e|es|ed))\s+$")
_CAMPAIGN = re.compile(r"(?:offensive|operation|campaign|siege|assault|incursion|invasion|"
                       r"bombardment|war|onslaught|blockade|raid)s?$")
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


def _captives_of_the_first_day(low: str, lo: int, at: int, stop: int, end: int,
                               published: date | None) -> bool:
    """Whether the trigger describes captives by their seizure on the war's first day, told
    more than a week after it."""
    return _CAPTIVE_TAKEN.match(low, at, stop) is not None and \
        _CAPTIVES_WHO.search(low, lo, at) is not None and \
        _ON_THE_FIRST_DAY.match(low, stop, end) is not None and \
        (published is None or (published - WAR_START).days > 7)


# "killed by an explosive device in Jabalia, a reminder that Hamas cells are still fighting
# in areas Israel has cleared": the writer's gloss on what was told, a state (not "a
# reminder that came when a strike killed 12 in Rafah on Monday": a day told)
_REMINDER = re.compile(r"\b(?:an?|the|as\s+a)\s+(?:[\w-]+\s+)?(?:reminder|sign|signal|"
                       r"indication)\s+(?:that|of\s+how)\s+"
                       # (up to an event told beside it: "a sign that the army was pressing
                       # ahead while airstrikes killed 20 people in Khan Younis")
                       r"(?:(?!(?:as|while|when)\s)[\w'’-]+\s+){0,6}$")
# (not "the explosions heard overnight were a sign that Israeli forces had blown up homes in
# Jabalia": a deed done, told by what was seen of it)
_DONE_BEFORE = re.compile(r"\bhad\s+(?:[\w-]+\s+)?$")
# (not "after a siege of three weeks, during which troops on Saturday shelled its upper
# floors": a day told in the clause)
_A_DAY_IN = re.compile(rf"\b(?:{A_DAY})\b")
# "Rafah has come under nightly strikes", "areas that come under daily bombardment": what a
# place lives under, a habit
_UNDER_DAILY = re.compile(r"\b(?:come|comes|coming|came|been|being)\s+under\s+(?:near-?)?"
                          r"(?:daily|nightly|regular|routine|constant|near-constant)\s+"
                          r"(?:[\w-]+\s+)?$")


# "rejected a suggestion by Trump on Saturday that Gaza be \"cleaned out\" and its residents
# moved to Egypt", "proposed that the wounded be evacuated to Jordan": what one asks to be
# done, in the subjunctive (not "suggested that the army had shelled the camp": a claim)
# (the trigger within what is asked: not "a woman who asked that her name not be used said
# her house was shelled on Monday", "requested that the patients be evacuated after troops
# stormed the hospital", "demanded that the men be stripped and then detained them": the
# deeds told in a clause of their own)
_THAT_IT_BE = re.compile(r"\b(?:suggest\w*|propos\w*|ideas?|plans?|calls?\s+for|called\s+for|"
                         r"demand\w*|insist\w*|urg\w+|recommend\w*|requests?|requested|"
                         r"asked|asks)\b[^.;]{0,80}?\bthat\s+"
                         r"(?:[\w'’-]+\s+){1,5}?(?:should\s+)?be\s+"
                         r"(?:(?!\b(?:after|before|as|when|while|following|then|since|because|"
                         r"until|where|which|who|said|says|saying|told|was|were|is|are|had|has|"
                         r"have|amid)\b)[^.;,]){0,80}$")

# "all crossings have been closed to aid since 2 March" in a 31 March report, "the crossing
# has been closed since May": a closure in force since a day weeks before, a standing state
# (not "the crossing has been closed since Monday": a closure of the days, dated by it)
_SHUT_SINCE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|also\s+)?(?:been|remained|stayed)\s+"
                         r"(?:closed|shut|sealed)$")
_SINCE_WHEN = re.compile(r"(?:\s+(?!since\b)[\w'’-]+){0,4}?\s+since\s+(?:(?P<d1>\d{1,2})\s+"
                         rf"(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\.?(?:\s+(?P<d2>\d{{1,2}})\b)?|"
                         r"(?P<war>the\s+(?:start|beginning|outbreak)\b|the\s+war\b))")


def _shut_since_long_ago(low: str, stop: int, end: int, published: date | None) -> bool:
    """Whether the closure ending at ``stop`` is told as in force since a day two weeks or
    more before ``published``, or since a month gone."""
    since = _SINCE_WHEN.match(low, stop, end)
    if since is None or published is None:
        return False
    if since.group("war"):
        return True
    month = since.group("m1") or since.group("m2")
    day = since.group("d1") or since.group("d2")
    if day is None:
        return _month_gone(month, None, published)
    try:
        told = date(published.year, _MONTHS.index(month[:3]) + 1, int(day))
    except ValueError:
        return False
    return (published - latest_on_or_before(told, published)).days >= 14


def _month_gone(month: str, year: str | None, published: date | None) -> bool:
    """Whether ``month`` (of ``year``, if told) is not the month of ``published``."""
    return published is None or not (
        _MONTHS.index(month[:3]) + 1 == published.month and
        (year is None or int(year) == published.year))


def _a_month_gone(low: str, lo: int, at: int, published: date | None) -> bool:
    when = _IN_A_MONTH_WHEN.search(low, lo, at)
    if when is None:
        return False
    return _month_gone(when.group("month"), when.group("year"), published)


# "The closure of crossings since 2 March, coupled with the cutting of electricity on 9
# March": a closure told as going on since a day, not one of the day told beside it
_CLOSED_SINCE = re.compile(r"closures?(?:\s+of\s+(?:the\s+|all\s+)?(?:[\w'’-]+\s+){0,3}?"
                           r"crossings?(?:\s+points?)?)?\s+since\s+", re.I)


# "Khan Younis and Rafah - areas to which Israel had told residents of northern Gaza to
# move": the order that made them the places people were sent to, told as what they are
# (not "areas to which Israel told residents to move on Tuesday": the day told)
_SENT_THERE_BEFORE = re.compile(r"\b(?:to|into|towards?)\s+which\s+(?:[\w'’-]+\s+){0,3}?had\s+"
                                r"(?:(?:already|earlier|previously)\s+)?(?:been\s+)?"
                                r"(?:told|ordered|urged|directed|instructed|asked|advised)\b")


# "one of the areas the army had earlier told residents to evacuate to": a place told by
# the order once given that sent people there, the preposition left at the end (not "the
# army told residents to evacuate to al-Mawasi": the order, its destination named)
_SENT_THERE_EARLIER = re.compile(r"\b(?:places?|areas?|zones?|locations?|shelters?|camps?|"
                                 r"sites?|towns?|neighbou?rhoods?)\s+(?:that\s+|which\s+)?"
                                 r"(?:[\w'’-]+\s+){1,4}?had\s+(?:(?:already|earlier|"
                                 r"previously|repeatedly)\s+)?$")
_TO_STRANDED = re.compile(r"\s+(?:to|into|towards?)\s*(?=[.,;:!?)\"”]|$)")
# "Palestinians displaced from the north following Israel's evacuation orders": the orders
# told as why the people spoken of were uprooted, not an order of the report's (not "the
# army's new evacuation orders", nor "orders issued on Monday": see _THESE_ORDERS, DAY_AFTER)
_UPROOTED_BY_ORDERS = re.compile(
    r"\b(?:people|palestinians|families|residents|those|others|gazans|civilians|thousands|"
    r"hundreds|many|population)\s+(?:(?:who|that)\s+(?:had\s+|have\s+|were\s+|was\s+)?"
    r"(?:been\s+)?)?(?:displaced|uprooted)\b[^.;]{0,80}?\b(?:following|after|under|"
    r"because\s+of|due\s+to|in\s+response\s+to|by)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+['’]s?\s+)?(?:(?:repeated|earlier|previous|successive|mass|military)\s+)?$")
# ... but the flight is of the report's days when the uprooting is dated ("displaced on
# Saturday following ...") or the people are told on the move ("were heading to Khan
# Younis", "headed to al-Mawasi"): the orders are then the flight's, given in those days
_UPROOTED_ON_A_DAY = re.compile(rf"\b(?:displaced|uprooted)\b[^.;]{{0,80}}?\b(?:{A_DAY}|"
                                r"this week)\b")
_ON_THE_MOVE = re.compile(r"[^.;]{0,80}?\b(?:(?:were|are|was|is)\s+(?:still\s+|now\s+)?"
                          r"(?:heading|fleeing|moving|streaming|walking|trekking|leaving)|"
                          r"headed|streamed|trekked)\b")


# "His death brings the toll of soldiers killed in the ground offensive and operations along
# the border to 358": the span a running toll counts over, not a battle told (not "the toll
# of those killed in Tuesday’s strike": an attack told by its dead; nor "killed since the
# start of the ground operation on Oct. 27": its start, a day told)
_TALLY_OVER = re.compile(r"\b(?:toll|number|tally|total)\s+of\s+(?:[\w'’-]+\s+){0,4}?"
                         r"(?:killed|dead|died|wounded|injured|fallen)\s+(?:in|during|"
                         r"throughout)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:and\s+(?:the\s+)?)?$")
# "339 soldiers have been killed in the ground offensive", "more than 3,500 children have
# been killed during the war": a running toll in the perfect, the campaign its span (not
# "two soldiers were killed in the offensive in Jabalia on Monday": a day's deaths)
_KILLED_IN_IT = re.compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+|also\s+)?been\s+"
                           r"(?:killed|wounded|injured)\s+(?:in|during|throughout|over\s+the\s+"
                           r"course\s+of)\s+(?:the|its|their|israel['’]s|this)\s+$")
# (nor "Two soldiers have been killed in the fighting in Jabalia, the military said", "have
# been killed in the offensive in Jabalia": the day's toll of a place, in the perfect)
_A_PLACE_OF_IT = re.compile(r"\s+(?:in|on|into|of|around|near|at)\s+(?!(?:the\s+)?gaza(?:\s+strip)?"
                            r"\b(?!\s+city)|the\s+strip\b|gaza['’]s\b)")
_SPAN_WORD = re.compile(r"(?:[\w-]+\s+)?(?:offensive|operation|campaign|war|invasion|incursion|"
                        r"fighting|hostilities|assault|onslaught)s?$")


# "The 162nd Division launched a renewed offensive in Jabalia two weeks ago, saying ...":
# how the fighting the report tells of began, weeks before (not "launched an offensive in
# Jabalia three days ago": the news of the days)
_LAUNCHED_BEFORE = re.compile(r"\b(?:launched|began|started|opened|resumed|renewed)\s+"
                              r"(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,2}$")
# ... or told as its subject: "The operation began three weeks ago in the eastern
# districts", "The assault on the camp started two months ago" (not "The operation began
# on Sunday": the day told)
_BEGAN_AFTER = re.compile(r"(?:\s+(?:in|on|against|into|of|at)\s+(?:the\s+)?[\w'’-]+"
                          r"(?:\s+[\w'’-]+)?)?\s+(?:has\s+|had\s+)?(?:began|begun|started|"
                          r"was\s+launched|opened|got\s+under\s*way)\b")
_SPAN_AGO = (r"\b(?:(?:two|three|four|five|six|seven|eight|several|"
             r"\d+)\s+weeks|(?:a|one|two|three|several|\d+)\s+months?)\s+ago\b")
# (not "launched a new offensive in Jabalia on Sunday after leaving the camp two months ago":
# the weeks ago are of another deed, the day told)
_WEEKS_AGO = re.compile(r"(?:(?!\b(?:after|since|following|when|than|before)\b)[^.;,]){0,60}?"
                        + _SPAN_AGO)
# ... and after a start told of the campaign as subject, the span must be that start's own,
# no clause opened between ("began as families who had fled two months ago returned",
# "began while aid that entered a month ago ran out": the span dates the other deed)
_OWN_WEEKS_AGO = re.compile(r"(?:(?!\b(?:after|since|following|when|than|before|as|while|who|"
                            r"whom|whose|which|that|where|because|once|until|and|but)\b)"
                            r"[^.;,]){0,60}?" + _SPAN_AGO)


# "The occupation forces stormed areas east of Khan Younis and arrested a number of displaced
# people": a raid told by the arrests it made, no fighting (not "stormed the camp and
# arrested dozens amid heavy clashes": a fight told beside it)
_STORMED = re.compile(r"(?:stormed|storming|raided|raiding)$")
_THEN_ARRESTED = re.compile(r"[^.;,]{0,90}?\band\s+(?:then\s+)?(?:arrested|detained|abducted|"
                            r"kidnapped|rounded\s+up)\b")
_FIGHT_BESIDE = re.compile(r"\b(?:clash\w*|fight\w*|gunfire|gunfight\w*|battles?|exchanges?\s+of|"
                           r"fire[ds]?\b|firing|shoot\w*|shot|resist\w*|ambush\w*|killed|killing|"
                           r"wounded|injured|dead|shell\w*|bomb\w*|strikes?|struck)")


# "The army said it had “ruled out” an air or artillery strike": what did not happen, as
# its denial (not "ruled out a ceasefire and struck Rafah": a deed of its own)
_RULED_OUT = re.compile(r"\b(?:ruled?|rules|ruling)\s+out[\"“”']?\s+(?:an?\s+|any\s+|the\s+)?"
                        r"(?:(?!(?:and|or)\b)[\w-]+\s+){0,2}"
                        r"(?:(?:or|and)\s+(?:(?!(?:and|or)\b)[\w-]+\s+)?)?$")
# "was reviewing whether Hamas fire was responsible": a cause asked about, no attack told
_WHETHER = re.compile(r"\b(?:whether|if)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}$")
_WAS_TO_BLAME = re.compile(r"\s+(?:was|were|had\s+been)\s+(?:responsible|to\s+blame|behind)\b")


# "UN Secretary-General Guterres 'shocked' by Israeli strikes.", "Egypt condemned the
# renewed Israeli strikes.": a reaction to attacks, with nothing of where, when or whom they
# hit (not "condemned the Israeli strike on a school in Nuseirat": the attack told)
_REACTION_TO = re.compile(r"\b(?:(?:shocked|appalled|horrified|outraged|dismayed|alarmed|"
                          r"saddened)[\"”’']?\s+(?:by|at|over)|condemn(?:s|ed)?|"
                          r"denounc(?:es|ed)|deplor(?:es|ed)|decri(?:es|ed))\s+(?:the\s+)?"
                          r"(?:(?:latest|renewed|continued|continuing|ongoing|new|deadly)\s+)?"
                          r"(?:israeli\s+|israel['’]s\s+)?$")
_NOTHING_MORE = re.compile(r"[\"”’']?\s*[.!]?[\"”’']?\s*$")
# (not "Residents of Deir al-Balah said they were shocked by the Israeli strikes": those who
# lived through the attack tell it, and where)
_WHO_LIVED_IT = re.compile(r"\b(?:residents?|locals?|(?:eye)?witness(?:es)?|survivors?|"
                           r"famil(?:y|ies)|people|displaced|neighbou?rs|villagers|"
                           r"parents|mothers|fathers|children|we|us)\b")


# "The school was sheltering displaced families who had been expelled from their homes in
# Shejaia and Zeitoun": who the people are, by how they once came to flee (not "families
# who had been expelled from Shejaia on Monday": the day told; nor "troops expelled
# families from Shejaia": told of its own)
_WHO_HAD_BEEN = re.compile(r"\b(?:who|whom)\s+had\s+(?:(?:already|earlier|previously|once)\s+)?"
                           r"been\s+(?:forcibly\s+)?$")
_EXPELLED = re.compile(r"(?:expel|evict)")


# "a polio vaccination campaign began in northern Gaza under localised pauses in the
# fighting", "aid trucks entered during a lull in the fighting": the fighting as what has
# stopped, the time of what the sentence tells (not "a pause in the fighting ended when
# tanks shelled Rafah": the shelling its own trigger)
_PAUSE_IN = re.compile(r"\b(?:pauses?|lulls?|breaks?|respite|let-?up)\s+(?:in|from)\s+"
                       r"(?:the\s+)?$")
# "threatened to execute a hostage for every Israeli strike on civilian homes": an attack
# named as the condition of a threat, none told
_FOR_EVERY = re.compile(r"\bfor\s+(?:every|each)\s+(?:(?:single|new|further|israeli)\s+){0,2}$")
# (an order's quoted words, "ordered \"powerful strikes\" on Tuesday": the day the order's,
# not the strikes')
_QUOTE_SHUTS = re.compile(r"[\"”’']")
# (the harm of what led to it is not the attack's own: "ordered strikes after a soldier
# was killed in Rafah", "ordered \"powerful strikes\" over the death of a soldier in
# Rafah", "ordered strikes on Gaza, claiming that a soldier had been killed in Rafah")
_WHY = re.compile(r"\b(?:after|following|because|when|in\s+(?:response|retaliation)\s+"
                  r"(?:to|for)|over\s+(?:the\s+)?(?:deaths?|killings?)\s+of|"
                  r"(?:claiming|citing|alleging)\s+(?:that\b)?)")
# (but the harm told after the reason's clause is the attack's: "ordered airstrikes across
# Gaza following a Hamas attack on troops in Rafah, killing at least 104 people")
_WHY_ENDS = re.compile(r"[,;]")


def _harm_of_its_own(low: str, stop: int, end: int) -> bool:
    """Whether harm is told after the trigger at ``stop``, outside the reason told for it."""
    why = _WHY.search(low, stop, end)
    if why is None:
        return _FLED_HARM.search(low, stop, end) is not None
    ends = _WHY_ENDS.search(low, why.end(), end)
    return _FLED_HARM.search(low, stop, why.start()) is not None or \
        ends is not None and _FLED_HARM.search(low, ends.end(), end) is not None


def named_in_passing(low: str, before: str, lo: int, at: int, stop: int, end: int,
                     violent: bool, ied: bool, *, published: date | None = None) -> bool:
    """Whether the trigger at ``low[at:stop]`` (``before``: ``low[lo:at]``, its look-back;
    ``end``: where its sentence ends) is named in passing. The substring tests first: most
    triggers have none of these words near them."""
    if ("escaped" in before or "spared" in before or "avoided" in before) and \
            _ESCAPED.search(low, lo, at) and not DAY_AFTER.match(low, stop, end):
        # "the area that has so far escaped ground fighting": what did not happen (not "had
        # avoided the airstrikes that killed 20 people in Rafah on Tuesday": told elsewhere)
        return True
    if " of " in before[-40:] and _TRACES_OF.search(low, lo, at) and \
            not _day_told_after(low, stop, end):
        return True  # "Signs of shelling and gunfire were evident": traces seen
    if ied and "hear" in before and _HEARD.search(low, lo, at):
        return True  # "residents reported hearing explosions": heard from afar, unplaced
    if (" who " in before or " which " in before or " that " in before or
            " whom " in before) and _told_in_a_relative(low, lo, at, stop, end, published):
        return True  # "said Samir, who fled Rafah in May": background to the one told of
    if "plan" in before and (plans := _PLANS_FOR.search(low, lo, at)) and \
            not _PLANS_DONE.search(low, lo, plans.start()) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "alarmed by plans for an expanded military operation": to come
    if (" will " in low[stop:stop + 40] or " would " in low[stop:stop + 40] or
            " to " in low[stop:stop + 40]) and _TO_COME.match(low, stop, end):
        return True  # "a ground assault there will go ahead": still to come
    if low.endswith("orders", at, stop) and _ORDERS_COVER.match(low, stop, end) and \
            not _THESE_ORDERS.search(low, lo, at) and not DAY_AFTER.match(low, stop, end):
        return True  # "evacuation orders now cover most of Khan Younis": orders in force
    if low.endswith(("order", "orders"), at, stop) and \
            _UNDER_ORDERS.search(low, lo, at) and not DAY_AFTER.match(low, stop, end) and \
            "issued" not in low[stop:stop + 30] and not _orders_given(low, lo, at, stop, end) and \
            not _THESE_ORDERS.search(low, lo, at):
        return True  # "areas under evacuation orders": a standing state
    if low.endswith(("order", "orders"), at, stop) and "under" in before and \
            (share := _SHARE_UNDER.search(low, max(0, at - 160), at)) and \
            not DAY_AFTER.match(low, stop, end) and not _THESE_ORDERS.search(low, lo, at) and \
            not _DAYS_ORDER.search(low, max(low.rfind(".", 0, share.start()),
                                            low.rfind(";", 0, share.start())) + 1,
                                   share.start()):
        return True  # "69 per cent of the Gaza Strip is under displacement orders": the sum
    if "which" in before and _SENT_THERE_BEFORE.search(low, lo, stop) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "areas to which Israel had told residents to move": what they are
    if "had " in before and _TO_STRANDED.match(low, stop, end) and \
            _SENT_THERE_EARLIER.search(low, lo, at):
        return True  # "one of the areas the army had told people to evacuate to"
    if low.endswith(("order", "orders"), at, stop) and \
            ("displaced" in (near := low[max(0, at - 200):at]) or "uprooted" in near) and \
            _UPROOTED_BY_ORDERS.search(low, max(low.rfind(".", 0, at), low.rfind(";", 0, at),
                                                at - 200) + 1, at) and \
            not DAY_AFTER.match(low, stop, end) and \
            not _DAYS_ORDER.search(low, max(lo, at - 40), stop) and \
            not _UPROOTED_ON_A_DAY.search(low, max(low.rfind(".", 0, at) + 1, at - 200), at) and \
            not _ON_THE_MOVE.match(low, stop, end):
        return True  # "families displaced following Israel's evacuation orders": why
    if ("toll" in before or "number" in before or "tally" in before or "total" in before) and \
            _SPAN_WORD.match(low, at, stop) and _TALLY_OVER.search(low, lo, at) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "the toll of soldiers killed in the ground offensive": its span
    if " been " in before and _SPAN_WORD.match(low, at, stop) and \
            _KILLED_IN_IT.search(low, lo, at) and not DAY_AFTER.match(low, stop, end) and \
            not _A_PLACE_OF_IT.match(low, stop, end):
        return True  # "339 soldiers have been killed in the ground offensive": its span
    if " ago" in low[stop:stop + 80] and (
            _CAMPAIGN.match(low, at, stop) and _LAUNCHED_BEFORE.search(low, lo, at) and
            _WEEKS_AGO.match(low, stop, end) or
            _CAMPAIGN.search(low, at, stop) and
            (began := _BEGAN_AFTER.match(low, stop, end)) is not None and
            _OWN_WEEKS_AGO.match(low, began.end(), end)) and \
            not DAY_AFTER.match(low, stop, end):
        # "launched a renewed offensive in Jabalia two weeks ago", "the offensive began two
        # weeks ago": its start
        return True
    if violent and _STORMED.match(low, at, stop) and _THEN_ARRESTED.match(low, stop, end) and \
            not _FIGHT_BESIDE.search(low, max(lo, low.rfind(".", 0, at) + 1), end):
        return True  # "stormed areas east of Khan Younis and arrested ...": the arrests told
    if violent and (reaction := _REACTION_TO.search(low, lo, at)) and \
            _NOTHING_MORE.match(low, stop, end) and \
            not _WHO_LIVED_IT.search(low, max(low.rfind(c, 0, reaction.start()) + 1
                                              for c in ".\n"), reaction.start()):
        return True  # "Guterres 'shocked' by Israeli strikes.": a reaction, no attack told
    if " out" in before and _RULED_OUT.search(low, lo, at):
        return True  # "had “ruled out” an air or artillery strike": denied
    if ("whether" in before or " if " in before) and _WHETHER.search(low, lo, at) and \
            _WAS_TO_BLAME.match(low, stop, end):
        return True  # "reviewing whether Hamas fire was responsible": a cause asked about
    if low.startswith("closure", at) and "since" in low[stop:stop + 60] and \
            _CLOSED_SINCE.match(low, at, end):
        return True  # "the closure of crossings since 2 March": a standing state
    if low.endswith("closed", at, stop) and _SHUT_SINCE.search(low, at, stop) and \
            _shut_since_long_ago(low, stop, end, published):
        return True  # "all crossings have been closed since 2 March": a standing state
    if " when " in before and _a_month_gone(low, lo, at, published) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "disappeared in February, when forces besieged the hospital"
    if "after " in before and _AFTER_A.search(low, lo, at) and \
            _AFTER_WEEKS_OF.match(low, stop, end):
        return True  # "stormed the hospital after a siege of more than two weeks"
    if "after " in before and _AFTER_AN.search(low, lo, at) and \
            (month := _IN_A_MONTH.match(low, stop, end)) and \
            not _ITS_TOLL_AFTER.match(low, month.end(), end) and \
            _month_gone(month.group("month"), month.group("year"), published):
        return True  # "barely functioning after an Israeli raid in November"
    if " during which " in low[max(0, at - 160):at] and \
            _DURING_WHICH.search(low, max(0, at - 160), at) and \
            not _A_DAY_IN.search(low, low.rfind(" during which ", 0, at), at) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "a siege of two weeks, during which it came under repeated shelling"
    if ("month " in before or "week " in before or "year " in before) and \
            _CAMPAIGN.match(low, at, stop) and \
            (long_one := _WEEKS_LONG_ONE.search(low, lo, at)) and \
            not _BEGUN_BEFORE.search(low, lo, long_one.start()) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "ending a four-month offensive": a campaign named by its length
    if (" reminder " in before or " sign " in before or " signal " in before or
            " indication " in before) and _REMINDER.search(low, lo, at) and \
            not _DONE_BEFORE.search(low, lo, at) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "a reminder that Hamas cells are still fighting": a gloss
    if " be " in low[max(0, at - 100):stop] and \
            _THAT_IT_BE.search(low, max(low.rfind(".", 0, at) + 1, at - 240), stop):
        return True  # "a suggestion that Gaza be cleaned out and its residents moved"
    if _captives_of_the_first_day(low, lo, at, stop, end, published):
        return True  # "Some 97 hostages seized on October 7 remain in Gaza": who they are
    if "under " in before and _UNDER_DAILY.search(low, lo, at) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "Rafah has come under nightly strikes": a habit
    if not violent:
        return False
    if any(w in before for w in ("pause", "lull", "break", "respite", "let")) and \
            _PAUSE_IN.search(low, lo, at):
        return True  # "under localised pauses in the fighting": the fighting stopped
    if " been " in before and _EXPELLED.match(low, at, stop) and \
            _WHO_HAD_BEEN.search(low, lo, at) and not _day_told_after(low, stop, end):
        return True  # "families who had been expelled from their homes": who they are
    if ("every " in before or "each " in before) and _FOR_EVERY.search(low, lo, at):
        return True  # "a hostage for every Israeli strike": a threat's condition
    if ("deni" in low[stop:stop + 90] or "reject" in low[stop:stop + 90] or
            "disput" in low[stop:stop + 90]) and _DENIED_AFTER.match(low, stop, end):
        return True  # "saying they had been killed by Israeli airstrikes, which the military
        # denied": a claim the other side denies, not an attack the report tells
    if ("order" in before or "call" in before or "demand" in before or "urg" in before or
            "threat" in before or "vow" in before) and \
            (ordered := _ORDERED.search(low, lo, at)) and \
            not _harm_of_its_own(low, stop, end) and \
            not _RUINED.search(low, stop, end) and \
            (not DAY_AFTER.match(low, stop, end) or
             _QUOTE_SHUTS.match(low, stop) and _QUOTE_SHUTS.search(ordered.group())):
        return True  # "Netanyahu ordered \"powerful strikes\"": an order given, not an
        # attack told (the strikes carried out are told of their own)
    if "since" in before and _SINCE_THE.search(low, lo, at) and \
            _RESUMED.match(low, stop, end) and not DAY_AFTER.match(low, stop, end):
        return True  # "have struck more than 400 targets since the fighting resumed": the
        # fighting as a time, not a battle told
    if ("endur" in before or "suffer" in before) and _ENDURED.search(low, lo, at) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "the citizens endured the bombardment, killing and starvation"
    if " from " in before and _SHELTER_FROM.search(low, lo, at):
        return True  # "who had sought protection from air strikes": what people fear
    if ("fled " in before or "escaped " in before) and _WHO_FLED.search(low, lo, at) and \
            not _SITE_THAT_WAS.search(low, at, stop) and not _day_told_after(low, stop, end) \
            and not _FLED_WHAT_IT_DID.match(low, stop, end) and \
            not _FLED_HARM.search(low, stop, end):
        return True  # "most of whom fled heavy bombing": what people once fled (not "who
        # fled the shelling of Jabalia on Tuesday": an attack of the day told)
    if "to the " in before and _NEAR_THE_FIGHTING.search(low, lo, at) and \
            not DAY_AFTER.match(low, stop, end) and not _SIDES_AFTER.match(low, stop, end):
        return True  # "because of their proximity to the fighting": where they are
    if ("ing " in before or "hit by" in before) and _AREAS_UNDER.search(low, lo, at):
        return True  # "to move to places witnessing air strikes": what the places are like
    if low.endswith(("the ", "this ", "that "), lo, at) and low.endswith("ed", at, stop) and \
            " " not in low[at:stop] and _SITE_AFTER.match(low, stop, end):
        return True  # "under the rubble of the bombed house": the site of the attack told
    if "to be " in before and (nth := _NTH_TO_BE.search(low, lo, at)) and \
            _IT_IS_THE_NTH.search(low, max(0, nth.start() - 30), nth.start()):
        return True  # "the third school sheltering displaced people to be bombed in Gaza
        # City this week": the one told already, counted among others
    if ("daily " in before or "nightly " in before or "routine " in before or
            "regular " in before or "ly " in before or "often " in before) and \
            _HABITUAL.search(low, lo, at) and not DAY_AFTER.match(low, stop, end):
        # "Israel has carried out near-daily air raids on Rafah": a habit (not "had
        # conducted regular strikes on ... Khan Younis on Tuesday": a day's)
        return True
    if _HABIT_AFTER.match(low, stop, end) and not DAY_AFTER.match(low, stop, end):
        return True  # "Israeli warplanes frequently strike militant targets": a habit
    # "as the renewed fighting ... showed no signs of slowing": the backdrop
    if not ("as " in before and _AS_THE.search(low, lo, at) is not None and
            ("sign" in low[stop:stop + 120] or " on" in low[stop:stop + 120])):
        return False
    backdrop = _NO_END_IN_SIGHT.match(low, stop, end)
    if backdrop is None:
        return False
    # (not "as Israeli tanks shelled homes in Bani Suheila and Abasan while the ground
    # offensive showed no signs of slowing": past six words, the attack told with a backdrop
    # of its own)
    return len(low[stop:backdrop.start("verb")].split()) <= 6 or not (
        low.endswith("ed", at, stop) or _CLAUSE_BREAK.search(low, stop, backdrop.start("verb")))


# (not "fighting resumed in Khan Younis on Friday": no "since"; nor "since the clashes in
# Shejaia began on Monday": the day they began told)
_SINCE_THE = re.compile(r"\b(?:ever\s+)?since\s+(?:the\s+|renewed\s+)?(?:[\w-]+\s+)?$")
_RESUMED = re.compile(r"\s+(?:(?:in|on|across|around)\s+(?:[\w'’-]+\s+){1,3})?"
                      r"(?:resumed|restarted|began|started|erupted|broke\s+out|"
                      r"flared|ended|stopped|collapsed)\b")
# "Prime Minister Netanyahu ordered \"powerful strikes\"", "ordered the army to strike
# Khan Younis forcefully", "ordered the army to carry out \"powerful strikes\" on the Gaza
# Strip", "called for a ground assault on Rafah": an attack ordered, called
# for or threatened, not one carried out (not "ordered residents to leave", an evacuation
# order, nor "strikes ordered by Netanyahu hit Rafah", "ordered troops to open fire on the
# crowd, killing 12", "the army ordered airstrikes on Jabalia overnight": the strikes told)
# (nor "the army ordered an airstrike on the building in Rafah, which collapsed on its
# residents": what it did to the place told)
_RUINED = re.compile(r"\b(?:collapsed|destroy(?:ed|ing)|flatten(?:ed|ing)|level(?:l)?(?:ed|ing)|"
                     r"razed|reduc(?:ed|ing)\s+(?:it\s+)?to\s+rubble)\b")
_ORDERED = re.compile(r"\b(?:ordered|ordering|gave\s+orders\s+for|call(?:ed|s|ing)\s+for|"
                      r"demand(?:ed|s|ing)|urg(?:ed|es|ing)|threaten(?:ed|s|ing)|vow(?:ed|s|ing)"
                      r")\s+(?:(?:the\s+|its\s+)?(?:army|military|troops|forces|idf|air\s+force|"
                      r"soldiers)\s+to\s+(?:\w+ly\s+)?(?:(?:carry|carries)\s+out\s+|conduct\s+|"
                      r"launch\s+|mount\s+)?|(?:to\s+)?)(?:an?\s+|the\s+|more\s+|"
                      r"further\s+|new\s+|renewed\s+)?[\"“'‘]?(?:[\w-]+\s+){0,2}$")


# "the crime was committed under the cover of intense aerial and artillery bombardment",
# "launched a ground incursion into the neighbourhood, accompanied by airstrikes", "an
# incursion into eastern Jabalia amid heavy artillery shelling": fire that covers a move
# on the ground, told as its manner; the move is the event
_UNDER_COVER = re.compile(r"\bunder\s+(?:the\s+)?cover\s+of\s+(?:an?\s+|the\s+)?"
                          r"(?:[\w'’-]+\s+){0,4}$")
_WITH_COVER = re.compile(r"(?:\b(?:accompanied|backed|supported|covered)\s+by|"
                         r"\bamid(?:st)?)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}$")
_GROUND_MOVE = re.compile(r"\b(?:incursions?|invaded|invading|advanced|advancing|stormed|"
                          r"storming|raided|raiding|(?:pushed|pushing|moved|moving|rolled|"
                          r"rolling)\s+into|ground\s+(?:operations?|offensive|assault))\b")
# (not "troops stormed the camp amid heavy shelling that killed 12 people": the fire's
# own toll told, an attack of its own; but "accompanied by airstrikes, but facing fierce
# resistance that inflicted casualties" tells the harm of another clause)
_HARM_TOLD = re.compile(r"\b(?:killed|killing|kills|dead|died|injured|injuring|wounded|"
                        r"wounding|casualties)\b")
_NEXT_CLAUSE = re.compile(r",?\s+(?:but|while|whereas)\b|;")
# The fire's words end its clause: "amid heavy artillery shelling and firing.", "under
# cover of air strikes on Tuesday.", "accompanied by airstrikes, but ..." (not "amid
# airstrikes that flattened a residential block", "amid airstrikes on the Shaboura
# neighbourhood", "amid heavy shelling of residential buildings", "amid heavy shelling,
# destroying dozens of homes", "under the cover of airstrikes, which hit homes in Tal
# al-Sultan": what the fire hit told, an attack of its own)
_COVER_ENDS = re.compile(
    r"(?:\s+(?:shelling|bombardment|fire|strikes|airstrikes|raids))?"
    r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:firing|gunfire|fire|shooting|shelling|bombardment|"
    r"strikes|airstrikes|air\s+strikes))?"
    rf"(?:\s+(?:{A_DAY}|this week|in the area|in the vicinity)\b[\w ]{{0,12}}?)?"
    r"\s*(?:[.;:\"”)]|,(?!\s*(?:which|that|[\w-]+ing)\b)|\s+(?:but|while|whereas|as)\b|$)")
# (nor "amid intense airstrikes on Monday. At least 20 people were killed, the health
# ministry said": a toll told next of no fighting, the fire's own)
_NEXT_SENTENCE = re.compile(r"\s*[^.]{0,200}")
_FIGHT_TOLD = re.compile(r"\b(?:clash\w*|fight\w*|gunfight\w*|battles?|exchanges?|"
                         r"resistance|ambush\w*|snipers?|shot|gunfire|fighters|soldiers?)\b")


def told_as_cover(low: str, before: str, start: int, lo: int, at: int, stop: int,
                  end: int) -> bool:
    """Whether the strike at ``low[at:stop]`` (``before``: ``low[lo:at]``; ``start`` and
    ``end``: its sentence's bounds) is only the cover of a move on the ground its sentence
    tells, with no harm of its own told after it."""
    if "cover of" in before and _UNDER_COVER.search(low, lo, at):
        covering = True
    elif ("amid" in before or " by " in before) and _WITH_COVER.search(low, lo, at):
        covering = _GROUND_MOVE.search(low, start, at) is not None
    else:
        return False
    if not covering or not _COVER_ENDS.match(low, stop, end):
        return False
    turn = _NEXT_CLAUSE.search(low, stop, end)
    if _HARM_TOLD.search(low, stop, turn.start() if turn else end):
        return False
    after = _NEXT_SENTENCE.match(low, end).group()
    return not (_HARM_TOLD.search(after) and not _FIGHT_TOLD.search(after))


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
        not _day_told_after(low, stop, end) and \
        not DAYS_SPAN.search(low, told.start(), end)


# "tens of thousands of people who fled the north crowded into the area", "families who had
# fled their homes": a flight told as the verb of a relative on people, who they are (not
# "residents who fled Jabalia on Monday", "hundreds who have fled Rafah since Sunday": the
# day told, the flight its news; "families who fled Jabalia in October", "who fled Rafah
# last week": a time told, for the relative rule above to weigh)
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


def who_they_are(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the flight at ``low[at:stop]`` (``lo``: its look-back; ``end``: where its
    sentence ends) is the verb of a relative clause on the people who fled, or of an aside
    on a speaker, with no day of its own."""
    if low.startswith("displaced", at) and _A_PERSON.search(low, lo, at) and \
            _ASIDE_CLOSES.match(low, stop, end) and not _day_told_after(low, stop, end):
        return True
    return low.startswith(("fled", "escaped"), at) and \
        _WHO_BEFORE.search(low, lo, at) is not None and \
        not _day_told_after(low, stop, end) and not DAYS_SPAN.search(low, stop, end) and \
        not _COARSE_PAST.match(low, stop, end) and not _TIME_TOLD.match(low, stop, end) and \
        not (_DAY_LATER.match(low, stop, end) and not _HARMED_BEFORE.search(low, lo, at))


# "as Israeli siege of northern Gaza enters its fourth week", "the offensive on Jabalia,
# which entered its third week on Monday": a campaign told by how long it has gone on, its
# start told before (not "The offensive, now in its 16th day, pressed into Beit Lahia": what
# it did; nor "the siege of Jabalia began on Monday": its first day)
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|" \
    r"twelfth|\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:teenth|tieth))"
_ENTERS_ITS = re.compile(r"(?:\s+(?:of|on|in|against|around)(?:\s+[\w'’-]+){1,4}?)?,?\s+"
                         r"(?:(?:which|that)\s+)?(?:now\s+)?"
                         r"(?:enters|entered|entering|has\s+entered|is\s+entering)\s+"
                         rf"(?:its|their|the)\s+{_ORDINAL}\s+(?:straight\s+|consecutive\s+)?"
                         r"(?:day|week|month|year)\b")
# "For the tenth day running, troops besieged Jabalia camp", "the army encircled the
# hospital for a third consecutive day": a siege told on one of its many days, a state that
# goes on (not "For the third day running, tanks shelled Jabalia": each day's shelling is
# news of its own, read only of a siege)
_NTH_DAY = re.compile(rf"\bfor\s+(?:the|a)\s+{_ORDINAL}\s+(?:(?:straight|consecutive|successive)"
                      r"\s+(?:day|week)|(?:day|week)\s+(?:running|in\s+a\s+row))\b"
                      # (not "encircled the hospital today, for the second consecutive week of
                      # operations": the length of something else)
                      r"(?!\s+of\b)")
# (the length told of the siege's own clause, not "The siege of Jabalia began on Monday, as
# Israeli strikes for the third straight day killed dozens", "besieged the hospital on
# Monday; for the second day running, strikes hit Beit Lahia": the strikes' days)
_ANOTHER_CLAUSE = re.compile(r";|\b(?:as|while|whereas|when|but)\b|,\s+and\b")

# "a town that has been under siege for 68 days", "besieged for more than two weeks by the
# army", "during a weeks-long siege", "their yearlong siege", "after more than a month of
# bombardment and siege": a siege told by the time it has lasted, a state going on whose
# start is long gone (not "besieged the hospital for two days before withdrawing on
# Monday": a day of it told; nor "troops besieged the hospital on Monday": no length told).
# Read by the trigger finder, which drops such a siege told beside an attack.
_NUMBER_WORD = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|" \
    r"twelve|several|many|a\s+few|few)"
_LASTED_FOR = re.compile(r"(?:\s+(?:by|of|on|around|in)\b[^.;,]{0,50}?)?\s+for\s+"
                         r"(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least|"
                         r"well\s+over|the\s+past|the\s+last)\s+)?"
                         rf"(?:{_NUMBER_WORD}\s+)?(?:days|weeks|months|years|"
                         r"(?<=a\s)(?:week|month|year)|(?<=an\s)hour)\b")
# (over folded text, its hyphens spaces: "a weeks long siege", "a 40 day siege")
_LONG_BEFORE = re.compile(r"(?:\b(?:day|week|month|year)s?[- ]?long|"
                          r"\b\d{1,3}[- ](?:day|week|month)|"
                          r"\b(?:days|weeks|months|years|a\s+(?:week|month|year))\s+of)\s+"
                          r"(?:[\w'’-]+\s+(?:and\s+|or\s+|,\s*)?){0,4}$")

# a length of under a week told in days: "for five days", "for the past two days", "a 3-day
# siege", "four days of siege", "for several days"
_A_FEW_DAYS = re.compile(r"\b(?:[1-6]|one|two|three|four|five|six|a\s+few|few|several|"
                         r"a\s+couple\s+of)[- ]days?\b")


def told_by_its_length(low: str, start: int, at: int, stop: int, end: int) -> bool:
    """Whether the siege at ``low[at:stop]`` is told by how long it has lasted, with no day
    of its own in its clause."""
    before = _LONG_BEFORE.search(low, max(start, at - 70), at)
    after = _LASTED_FOR.match(low, stop, end)
    if before is None and after is None:
        return False
    # (a length of a few days is a siege begun this week, news still going on, not a state
    # whose start is long gone: "troops have surrounded the hospital for five days", "the
    # school, besieged by tanks for two days" (not "for 40 days", "for two weeks"))
    told = low[max(start, before.start() - 12):before.end()] if before else \
        low[after.start():after.end()]
    if _A_FEW_DAYS.search(told):
        return False
    # (the siege's own clause only: not "killed 22 on Wednesday in Beit Lahia, a town under
    # siege for 68 days", whose day is the killing's)
    clause = max(start, at - 60, low.rfind(",", start, at) + 1, low.rfind(";", start, at) + 1)
    return not DAY_AFTER.match(low, stop, end) and not _DAY_IN_CLAUSE.search(low, clause, at)


def told_as_going_on(low: str, start: int, at: int, stop: int, end: int, campaign: bool,
                     siege: bool) -> bool:
    """Whether the campaign or the siege at ``low[at:stop]`` (``start``, ``end``: its
    sentence's bounds) is told by how long it has gone on, not by what it did."""
    if campaign and _ENTERS_ITS.match(low, stop, end):
        return True
    if not siege:
        return False
    nth = _NTH_DAY.search(low, start, end)
    return nth is not None and not _ANOTHER_CLAUSE.search(
        low, min(nth.end(), stop), max(nth.start(), at))


# "Saturday's incident was the deadliest since January 22, when 21 reservists were killed
# near Kissufim", "the highest toll since March, when 40 died in Khan Younis": the toll the
# news is measured against, told in a "when" clause (not "the deadliest day since the war
# began, when strikes killed 20 in Rafah": no time after "since" for the clause to tell of;
# nor "the largest such order since October, when residents were ordered to evacuate northern
# Gaza": an order of its own recalled, not a toll)
_MEASURED_WHEN = re.compile(r"\b(?:deadliest|bloodiest|worst|heaviest|highest(?:\s+death)?\s+"
                            r"tolls?|most\s+(?:deadly|lethal|soldiers|people|palestinians))\b"
                            r"[^.;]{0,60}?\bsince\s+(?:early\s+|late\s+|"
                            rf"mid-?)?(?:{_MONTH}|{WEEKDAY_PATTERN.lower()}|\d{{1,2}}\s+{_MONTH}|"
                            r"(?:19|20)\d\d)\b[^.;,]{0,20},\s+when\b"
                            r"(?:(?!,\s+(?:and|but|as|while)\b)[^.;])*$")
# (within the "when" clause, not "The strike was the deadliest since Saturday, when an
# airstrike on a school killed 30, and came hours after tanks shelled Rafah": the news
# told after it)


def told_as_a_measure(low: str, start: int, at: int) -> bool:
    """Whether the trigger at ``at`` is told in a "when" clause on the time since which the
    news of the sentence (``start``: its first character) is measured."""
    return "since" in low[start:at] and _MEASURED_WHEN.search(low, start, at) is not None


# "The fighting resumed on Friday after a seven-day humanitarian pause, under which 105
# hostages held in Gaza were freed in exchange for 240 prisoners": the releases over the
# truce's days, told of the truce as what it brought (not "under a deal reached on Tuesday,
# Hamas freed four hostages on Thursday": a day of the releases told; nor "the deal, under
# which 33 hostages will be freed": to come, read elsewhere)
_UNDER_THE_TRUCE = re.compile(r"\b(?:pause|truce|ceasefire|cease-fire|deal|agreement|"
                              r"exchange|arrangement)s?\b[^.;]{0,80}?,\s+(?:under|during|in|"
                              r"as\s+part\s+of)\s+which\s+(?:[\w'’,-]+\s+){0,8}$")


# (a day anywhere in the clause: "The deal, under which Hamas freed three hostages on Sunday
# and Israel released 90 prisoners, held"; "The truce, under which Hamas released two
# hostages in Rafah earlier in the day, was extended")
_DAY_IN_CLAUSE = re.compile(rf"\b(?:{A_DAY}|earlier\s+(?:in\s+the\s+day|today)|"
                            r"this\s+(?:afternoon|evening|week)|"
                            rf"\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})\b")


# "During the first phase of the truce, which began on Jan. 19, Hamas freed 33 Israeli
# hostages", "Over the six-week ceasefire, 33 hostages were freed": the releases over the
# truce's days, counted under it as a frame (not "During the truce, Hamas freed three
# hostages on Saturday": a day of the releases told)
_DURING_THE_TRUCE = re.compile(r"\W*(?:during|over|throughout|in)\s+(?:the\s+|its\s+)?"
                               r"(?:[\w-]+\s+){0,2}?(?:(?:phase|stage|weeks?|days?)\s+of\s+"
                               r"(?:the\s+)?(?:[\w-]+\s+){0,2}?)?(?:truce|ceasefire|cease-fire|"
                               r"pause)\b(?:,\s+(?:which|that)\b[^,;]{0,60})?,\s+"
                               r"(?:[\w'’-]+\s+){0,4}$")


# the truce told by its span, over which releases are counted: "the first phase of the
# truce", "the six-week ceasefire", "the first two weeks of the truce" (not "During the
# truce, which took effect on Sunday, Hamas freed three hostages": the releases of its day,
# told the day after)
_THE_TRUCES_SPAN = re.compile(r"\b(?:phases?|stages?|weeks?|days|months?|\w+-(?:day|week|month))\b")
# one day of it: "During the first day of the truce, Hamas freed 13 hostages"
_ONE_DAY_OF = re.compile(r"\bday\s+of\b")


def freed_under_a_truce(low: str, start: int, at: int, stop: int, end: int) -> bool:
    """Whether the release at ``low[at:stop]`` is told in a relative clause of a truce, or
    under a truce opening the sentence, as what the truce brought over its days, with no day
    of its own."""
    if ("during" in low[start:at] or "over" in low[start:at] or "in" in low[start:at]) and \
            _DURING_THE_TRUCE.fullmatch(low, start, at):
        # (a day anywhere after the release: "During the ceasefire, Hamas freed three hostages
        # and Israel freed 90 prisoners, on Sunday")
        return _THE_TRUCES_SPAN.search(low, start, at) is not None and \
            _ONE_DAY_OF.search(low, start, at) is None and \
            not DAY_AFTER.match(low, stop, end) and not _DAY_IN_CLAUSE.search(low, at, end)
    if "which" not in low[start:at]:
        return False
    truce = _UNDER_THE_TRUCE.search(low, start, at)
    if truce is None:
        return False
    which = low.rfind("which", truce.start(), at)
    close = low.find(",", stop, end)
    return not DAY_AFTER.match(low, stop, end) and \
        not _DAY_IN_CLAUSE.search(low, which, close if close >= 0 else end)
