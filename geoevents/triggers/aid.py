"""Aid deliveries and crossings: a delivery of a day, or a crossing opened or closed.

Reports tell aid far more often held up, waiting, guarded, at a rate over weeks ("an average
of 161 aid trucks a day entered"), as a running total since a date or as a scheme than as a
delivery made; and aid kept out by fighting, looters or the weather, or a call on Israel to
let it in, is no decision of a crossing's authority. Only a delivery or a closure the report
tells as done is an event.
"""

from __future__ import annotations

import re

from geoevents.dates import MONTH_NAMES, WEEKDAY_PATTERN
from geoevents.in_passing import DAY_AFTER
from geoevents.trigger_table import AID, BATTLE, CROSSING, MISSION_VERBS
from geoevents.triggers.deals import clause_back
from geoevents.triggers.irrealis import IRREALIS_WORD, in_an_aside

# "aid convoys all but unable to deliver supplies", "trucks still unable to enter": a
# delivery that could not be made. Of aid only: "protesters were unable to reach the
# fence", "residents displaced were unable to find shelter" still tell what happened.
UNABLE_AFTER = re.compile(r"\s+(?:(?:were|was|are|is|have\s+been|has\s+been|all\s+but|"
                          r"largely|mostly|still|often)\s+){0,2}unable\s+to\b")

# "groups involved in blocking humanitarian aid delivery", "aid convoys ready to enter Gaza
# have remained on the Egyptian side": aid that did not move
_AID_HELD_UP = re.compile(r"\b(?:(?:block\w*|disrupt\w*|obstruct\w*|imped\w*|hinder\w*|"
                          r"bann\w*|barr(?:ed|ing)|refus\w*|fail\w*|restrict\w*|slow\w*|"
                          r"progress)\b(?:\W+\w+){0,6}\W*|"
                          # (within the clause: not "deliveries were halted for two days,
                          # aid trucks entered Gaza on Sunday"; "Israel does not allow the
                          # entry of aid trucks", not "After weeks in which Israel would not
                          # allow aid trucks in, 30 aid trucks entered Gaza on Sunday")
                          r"(?:halt\w*|paus(?:e|ed|es|ing)|(?:not|never)\s+allow\w*)\b"
                          r"(?:\s+\w+){0,6}\s*)$")
_AID_WAITING = re.compile(r"\s+(?:\w+\s+)?(?:ready|waiting|stuck|stranded|queued|awaiting)\b|"
                          # "Trucks carrying aid remained lined up on the Egyptian side"
                          # (not "Aid trucks that were lined up at Rafah entered Gaza",
                          # "remained lined up at Rafah on Tuesday before they entered
                          # Gaza": the trucks that went in)
                          r"\s+(?:(?!(?:that|which)\b)\w+\s+)?(?:remain(?:s|ed)?|are|were|sat|"
                          r"stood|stand)\s+(?:\w+\s+)?(?:lined\s+up|parked|queued|idle)\b"
                          r"(?![^.;]*\b(?:before|until|then|and|when)\s+(?:they\s+|it\s+|"
                          r"finally\s+|eventually\s+)?(?:entered|crossed|arrived|reached|"
                          r"rolled)\b)|"
                          # "hundreds of aid trucks were being prepared near the Rafah
                          # crossing": aid made ready, not yet on its way in
                          r"\s+(?:is|are|was|were)\s+(?:still\s+)?being\s+(?:prepared|readied|"
                          r"loaded|assembled|organi[sz]ed|mobili[sz]ed|inspected|checked)\b|"
                          # "aid delivery is seriously hampered"
                          r"\s+(?:is|are|was|were|has been|have been|remains?|remained)\s+"
                          r"(?:\w+\s+)?(?:hampered|blocked|impeded|hindered|restricted|"
                          r"obstructed|halted|suspended|denied|disrupted|delayed)\b")
# "policemen deployed to secure the entry of aid trucks", "guards securing aid trucks", "men
# tasked with protecting aid trucks": a role or an aim, not a delivery told (not "police
# secured aid trucks", "were guarding aid trucks as they entered Rafah on Tuesday": told)
_AID_GUARDED = re.compile(r"\b(?:secur|guard|protect)(?:e|ing)?\s+(?:the\s+|an?\s+)?"
                          r"(?:(?:safe\s+)?(?:entry|passage|delivery|arrival|movement|flow|"
                          r"convoy)\s+of\s+(?:the\s+|an?\s+)?)?(?:[\w-]+\s+)?$")
# (nor "police deployed on Sunday to secure aid trucks entering Gaza through Kerem Shalom":
# the aid told on its way in)
_AID_MOVING = re.compile(r"\s+(?:\w+\s+)?(?:(?:that|which)\s+(?:have\s+|had\s+)?|as\s+they\s+)?"
                         r"(?:enter(?:ed|ing|s)?|cross(?:ed|ing|es)|arriv(?:ed|ing|es)|"
                         r"reach(?:ed|ing|es)|roll(?:ed|ing|s)\s+in)\b")
# "an average of 161 aid trucks a day entered", "90 trucks per day crossed on average": a
# rate over a stretch of time, not a delivery of a day ("a day" after a count: not "for the
# first time in a day", "trucks that had waited for more than a day", "after a day-long
# halt"; and looked for after the aid only up to a comma: not "120 aid trucks entered Gaza,
# above the average of 80", "95 aid trucks entered Gaza, averaging 60 tonnes of flour")
_AID_RATE = re.compile(r"\b(?:(?:an\s+|the\s+)?average\s+of|on\s+average|daily\s+average|"
                       r"averag(?:ed|ing)|(?:per|each|every)\s+(?:working\s+)?day\b|"
                       r"(?:(?<=\d\s)|(?<=s\s)|(?<=once\s)|(?<=twice\s))a\s+(?:working\s+)?"
                       r"day\b(?![-'’])(?!\s+(?:after|before|later|earlier|ago|of)\b))\b")
_RATE_END = re.compile(r"[,;.]")  # (where a rate told after the aid ends)
# ... but a rate over days the sentence names is the deliveries of those days: "Between 9 and
# 11 February, an average of 84 aid trucks per day entered Gaza", "over the past three days"
# (not "During March" nor "in October": a month's figure) (over folded text)
_RATE_OVER_DAYS = re.compile(rf"\bbetween\s+(?:the\s+[\w]+\s+of\s+)?(?P<d1>\d{{1,2}})"
                             rf"(?:\s+(?P<m1>{MONTH_NAMES.lower()}))?\s+and\s+(?P<d2>\d{{1,2}})\s+"
                             rf"(?P<m2>{MONTH_NAMES.lower()})\b|"
                             r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:(?P<n>[\w-]+)\s+)?"
                             r"(?:days|hours)\b|"
                             # (not "OCHA said on Monday that an average of 98 trucks a day
                             # entered in January": the day of the saying)
                             r"(?<!\bsaid\s)(?<!\breported\s)(?<!\bannounced\s)(?<!\bstated\s)"
                             rf"(?:\b(?:on|since)\s+(?:{WEEKDAY_PATTERN.lower()}|\d{{1,2}}\s+"
                             rf"{MONTH_NAMES.lower()})\b|\byesterday\b)")
# (a few days only, not "Between 1 and 31 January" nor "over the past 100 days": a month's
# figure or longer)
_FEW_DAYS = 10
_DAY_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "few": 3, "several": 5, "couple": 2}
# (nor "On Monday, OCHA said an average of 98 trucks per day entered during January")
_IN_A_MONTH = re.compile(rf"\b(?:in|during|for|throughout)\s+(?:the\s+month\s+of\s+)?"
                         rf"{MONTH_NAMES.lower()}\b")


def _rate_over_days(low: str, start: int, end: int) -> bool:
    """Whether the sentence ``low[start:end]`` names the few days a rate is over ("Between
    9 and 11 February", "over the past three days", "on Monday"), not a month."""
    if _IN_A_MONTH.search(low, start, end):
        return False
    for m in _RATE_OVER_DAYS.finditer(low, start, end):
        if m.group("d2"):
            d1, d2 = int(m.group("d1")), int(m.group("d2"))
            days = d2 - d1 if m.group("m1") in (None, m.group("m2")) else d2 + 31 - d1
            if 0 <= days <= _FEW_DAYS:
                return True
        elif m.group("n") and not m.group("n").isdigit():
            if _DAY_WORDS.get(m.group("n"), _FEW_DAYS + 1) <= _FEW_DAYS:
                return True
        elif m.group("n"):
            if int(m.group("n")) <= _FEW_DAYS or m.group(0).endswith("hours"):
                return True
        else:
            return True
    return False


# a push made by aid, not by troops: "Aid convoys made a push into northern Gaza", "The UN
# made a fresh push into northern Gaza to deliver aid"
_AID_PUSH_BY = re.compile(r"\b(?:aid|convoys?|humanitarian\s+[\w-]+|agencies|unrwa|wfp|the\s+un|"
                          r"united\s+nations)\s+(?:[\w'’-]+\s+){0,4}$")
_AID_PUSH_FOR = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?(?:to\s+(?:deliver|bring|get|distribute)|"
                           r"with\s+(?:\w+\s+)?(?:aid|food|supplies|convoys?|trucks))\b")
# "announced the launch of its food distribution program": the scheme, not a delivery
_AID_SCHEME = re.compile(r"\s+(?:program|programme|plan|scheme|mechanism|system|model)s?\b")
# ... unless the sentence tells it at work: "its food distribution program in Rafah handed
# out 14,550 boxes", "resumed its food distribution programme in Deir al-Balah"
_SCHEME_AT_WORK = re.compile(r"\b(?:hand(?:ed|s|ing)?\s+out|deliver(?:ed|s|ing)|"
                             r"distributed|distributing|reach(?:ed|es|ing)|resum(?:ed|es|ing)|"
                             r"reopen(?:ed|s|ing)|serv(?:ed|es|ing)|provid(?:ed|es|ing)|fed)\b")

# "Patients, staff and medical supplies were transferred to Nasser Medical Complex", "the
# hospital's medical supplies were transferred to the European Hospital": a ward moved, not
# goods brought in (the goods told before "were ... to")
_GOODS_TOLD_MOVED_TO = re.compile(r"(?:were|was|have been|has been|had been) (?:\w+ )?"
                                  r"(?:delivered|distributed|transferred|brought) (?:in)?to$")
_WARD_MOVED = re.compile(r"\b(?:(?:patients|wounded|injured|sick|babies|infants|newborns|"
                         r"staff|doctors|nurses|medics|personnel)(?:,? (?:and )?(?:the |their )?"
                         r"[\w-]+){0,3},? (?:and|along with|together with|as well as) "
                         r"(?:the |their |its )?(?:[\w-]+ )?|(?:hospital|unit|ward|department|"
                         r"clinic|centre|center|complex)'s (?:[\w-]+ )?)$")

# Aid kept out by what is no authority of a crossing: "Israeli strikes on the road halted
# the flow of aid to Rafah", "Heavy fighting has cut off the flow of supplies", "Protesters
# blocked the entry of aid trucks at Kerem Shalom", "Armed gangs blocked the flow of aid"
_KEPT_OUT_BY = re.compile(r"\b(?:protest\w*|demonstrat\w*|activists?|settlers|crowds?|gangs?|"
                          r"looters?|looting|fighting|clashes|hostilities|(?:air ?)?strikes?|"
                          r"shelling|bombardments?|bombing|flood\w*|rains?|storms?|weather|"
                          r"closures?|damage)(?:\s+(?!and\b|or\b|but\b|while\b)[\w'’-]+){0,6}?"
                          # (not "As Israel resumes airstrikes over Gaza and blocks entry of
                          # humanitarian aid": Israel's deed)
                          r"\s+(?:(?:have|has|had)\s+)?$")
# A crossing taken, with aid halted as what its taking did: "Israeli tanks seized the
# Palestinian side of the Rafah crossing, halting the entry of aid" (the seizure is the event)
_BY_ITS_SEIZURE = re.compile(r"\b(?:seized|captured|(?:re)?took control of|(?:re)?taken control of)"
                             r"[^.;:!?]{0,120},\s+$")
# A call, a wish or a charge: "The UN has called on Israel to lift its decision to halt
# the entry of aid", "pressed Israel to allow the UN to resume delivery of aid", "Israel is
# considering halting", "Israel agreed to allow the UN to resume", "Hamas accused Israel of
# halting the entry of aid"
_AID_ENTRY_SOUGHT = re.compile(r"\b(?:call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|"
                               r"push(?:es|ed|ing)?|lobb\w*|wants?|wanted|wanting|seek(?:s|ing)?|"
                               r"sought|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull\w*|"
                               r"lift(?:s|ed|ing)?|revers\w*|agree(?:s|d)?|"
                               r"accus\w*(?:\s+[\w'’-]+){0,3}\s+of)(?:\s+[\w'’-]+){0,6}?\s+$|"
                               # "Israel has repeatedly halted the entry of aid": a habit
                               r"\b(?:repeatedly|periodically|frequently|often|routinely|"
                               r"regularly)\s+$")
# "delays in aid deliveries", "the ongoing closure of key crossings", "looted aid trucks":
# what hinders aid or a state of affairs, not a delivery or a closure that happened.
HINDERED = re.compile(r"\b(?:delays?|restrictions?|obstacles?|impediments?|denials?|lack|"
                      r"blocking|suspension|ongoing|continued|continuing|looted|looting|raided|"
                      r"raiding|stole|stealing|hamper\w*|hinder\w*|imped\w+|obstruct\w*|"
                      # "the security situation that has complicated aid delivery to Gaza":
                      # what made deliveries harder, not one made
                      r"complicat(?:e|es|ed|ing)|"
                      # "charities suspended aid deliveries": deliveries that stopped
                      r"suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing))\s+"
                      r"(?:(?:in|of|to|on)\s+)?(?:the\s+)?(?:key\s+)?(?:humanitarian\s+)?$|"
                      # "the deadly incident at an aid convoy": where it happened
                      r"\b(?:incident|attack|fire|firing|shooting|strike)s?\s+(?:at|on|near)\s+"
                      r"(?:an?|the)\s+$|"
                      # "Gunmen attacked an aid convoy", "fired on a UN aid convoy",
                      # "hijacked two aid trucks": aid set upon, no delivery told
                      r"\b(?:attack(?:ed|ing|s)?|ambush(?:ed|ing|es)?|target(?:ed|ing|s)?|"
                      r"hijack(?:ed|ing|s)?|intercept(?:ed|ing|s)?|rob(?:bed|bing|s)?|"
                      r"plunder(?:ed|ing|s)?|seiz(?:ed|ing|es)|storm(?:ed|ing|s)|"
                      r"ransack(?:ed|ing|s)?|(?:fired|firing|fires|opened\s+fire)\s+(?:on|at|upon)|"
                      r"shot\s+at|shooting\s+at|struck|hit|bomb(?:ed|ing|s)|shell(?:ed|ing|s))\s+"
                      r"(?:an?\s+|the\s+|its\s+|their\s+|several\s+|dozens\s+of\s+|"
                      r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
                      r"(?:(?!(?:as|while|when|and|or|but|after|before|since|until|because|"
                      r"that|which|who|to|from|in|into|at|on|near|with)\b)[\w'’-]+\s+){0,2}$")
# ... or told set upon after it: "An aid convoy was attacked by gunmen", "aid trucks came
# under fire", "the aid convoy was looted"
_AID_SET_UPON = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:was|were|had\s+been|has\s+been|"
                           r"have\s+been|came|comes|come)\s+(?:(?:reportedly|also|then|later|"
                           r"repeatedly)\s+)?(?:attacked|ambushed|targeted|hijacked|intercepted|"
                           r"robbed|plundered|looted|seized|stormed|ransacked|raided|shot\s+at|"
                           r"fired\s+(?:on|at|upon)|struck|hit|bombed|shelled|"
                           r"under\s+(?:[\w-]+\s+){0,2}?(?:fire|attack))\b")

# "84 per cent of the Gaza Strip is under evacuation orders", "the total number of aid
# trucks entering": a stock, not an order or a delivery of the day.
STOCK_BEFORE = re.compile(r"\b(?:(?:per cent|percent|%) of (?:the )?gaza(?: strip)? "
                          r"(?:[\w-]+ ){0,3}under (?:[\w-]+ ){0,2}|"
                          r"(?:total|number) of (?:[\w-]+ ){0,3})$")
# "more than 2,300 trucks have entered Gaza so far in February": a running count
STOCK_AFTER = re.compile(r"[^.;]{0,40}?\b(?:so far|to date|in total|since the (?:cease ?fire|"
                         r"start|beginning|outbreak|war|resumption))\b")
# "UNRWA has provided food parcels to over 500,000 people ... since 19 January", "more
# than 6,000 tons of aid have been delivered since May 17": a running total since a date,
# told in the present perfect (not "aid entered Gaza on Sunday for the first time since 2
# March", "trucks that had waited since 2 March entered": a day's delivery)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:now|already|so\s+far|since)\s+)?"
                             r"(?:(?:provided|delivered|distributed|supplied|handed\s+out|sent|"
                             r"given|brought|transferred|dispatched|reached|served)\s+"
                             r"(?:[\w,-]+\s+){0,3})?$")
_PERFECT_AFTER = re.compile(r"(?:\s+(?!(?:that|which|who)\b)[\w,-]+){0,4}?\s+(?:has|have)\s+"
                            r"(?:(?:now|already|so\s+far)\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b")
_SINCE_A_DATE = re.compile(rf"[^.;]{{0,100}}?(?<!first time )(?<!first )\bsince\s+"
                           rf"(?:\d{{1,2}}\s+{MONTH_NAMES.lower()}|{MONTH_NAMES.lower()}"
                           r"(?:\s+\d{1,2})?)\b")
# (not "the first aid convoy since 2 March has entered Gaza": the first in that time, the
# day's delivery)
_FIRST_SINCE = re.compile(r"\b(?:first|largest|biggest|only)\s+(?:[\w-]+\s+){0,2}$")
# "aid workers killed while delivering food", "the pier has handled thousands of tons of
# aid, with Fogbow delivering over a thousand pallets": the delivery as what someone was
# doing when another thing is told, or as a detail of a total (not "after unloading 100
# tonnes of food", "also delivering supplies and medicines": done)
_DELIVERING = ("delivering", "transferring", "unloading", "offloading")
# ... or in a relative clause on who or what was hit: "the convoy, which was delivering
# essential supplies, came under fire", "a truck that was delivering flour was struck"
_WHILE_DOING = re.compile(r"\b(?:while|when|as\s+(?:they|he|she|it|we)\s+(?:were|was)|"
                          r"(?:which|that|who)\s+(?:was|were)\s+(?:still\s+|also\s+|then\s+)?|"
                          r"with\s+(?:[\w'’-]+\s+){1,3})\s*$")

# "out of the 61 missions to northern Gaza, none were facilitated by Israeli authorities",
# "not a single mission to Jabalia was facilitated", "In May, 30% of missions to northern
# Gaza were facilitated": no mission went, or a rate over a month, not a delivery (but "only
# 2 were facilitated", "28 - or 46 per cent - were facilitated", "42 (49 per cent)": the
# missions counted went)
_NONE_OR_SHARE = re.compile(r"(?:\b(?:none|zero|neither|not\s+(?:a\s+single|one|any))\b|"
                            r"(?<!\bor )(?<!\()\b\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b)|"
                            r"\b(?:half|thirds?|quarters?|proportion|share)\b)[^,;.]*$")
# "Israeli forces completed several missions to Jabalia": the army's missions, not aid
_ARMY_DID = re.compile(r"\b(?:israeli|idf|army|military|troops|forces|soldiers|brigades?)"
                       r"(?:\s+[\w'’-]+){0,2}\s+(?:have\s+|has\s+|had\s+)?$")


def _not_a_crossing_decision(low: str, start: int, at: int, stop: int) -> bool:
    """Whether the aid kept out (or let in) at ``low[at:stop]`` was kept out by no authority
    of a crossing, or is a call, a wish, a charge or a habit."""
    return bool(low.startswith(("halt", "block", "stop", "cut"), at) and
                _KEPT_OUT_BY.search(low, max(start, at - 80), at) or
                low.startswith(("halting", "blocking", "stopping", "cutting"), at) and
                _BY_ITS_SEIZURE.search(low, max(start, at - 160), at) or
                " of " in low[at:stop] and _AID_ENTRY_SOUGHT.search(low, max(start, at - 80), at))


def _rate_reach(low: str, after: int, end: int) -> int:
    """Where a rate told with aid ends: 40 characters on, or at the comma, semicolon or
    full stop before."""
    stop = _RATE_END.search(low, after, min(end, after + 40))
    return stop.start() if stop else min(end, after + 40)


def _rate_from(low: str, start: int, at: int) -> int:
    """Where a rate told before aid begins: 50 characters back, or after the last comma
    or semicolon ("Under the deal, which envisages 600 trucks a day, 630 aid trucks
    entered": the rate is the deal's) unless the cut follows "on average"."""
    begin = max(start, at - 50)
    cut = max(low.rfind(",", begin, at), low.rfind(";", begin, at))
    if cut < 0 or low.endswith("average", begin, cut):
        return begin
    return cut + 1


def _aid_at_a_rate(low: str, start: int, at: int, after: int, end: int) -> bool:
    """Whether the aid at ``low[at:after]`` is told as a rate over a stretch of time ("an
    average of 161 aid trucks a day entered"), not a delivery of a day: a rate over a few
    days the sentence names is the deliveries of those days."""
    if low.find("day", start, end) < 0 and low.find("averag", start, end) < 0:
        return False  # (no rate without one of these: a cheap pre-test)
    return _AID_RATE.search(low, _rate_from(low, start, at),
                            _rate_reach(low, after, end)) is not None and \
        not _rate_over_days(low, start, end)


# "the Rafah crossing with Egypt, the only exit not controlled by Israel, was hit for a third
# time in 24 hours": the crossing "and closed" follows
_CROSSING_HIT = re.compile(r"\bcrossings?\b[^.;]{0,100}?\s(?:was|were|has\s+been|had\s+been)\s+"
                           r"(?P<verb>hit|struck|bombed|shelled|damaged)\b[^.;,]{0,40}?\s$")
# "A school near the Erez crossing was shelled and closed", "The road to the Rafah crossing
# was hit and closed to traffic", "The clinic at the Rafah crossing was struck and closed": a
# place by the crossing, what was hit and closed (not "The terminal at the Rafah crossing")
_BY_THE_CROSSING = re.compile(r"\b(?:near|next\s+to|by|to|outside|beside|close\s+to|towards?|"
                              r"behind|opposite|from|around|along|(?<!terminal\s)(?<!gate\s)"
                              r"(?<!gates\s)(?<!hall\s)(?<!side\s)at)\s+(?:the\s+)?"
                              r"(?:[\w'’-]+\s+){0,3}$")
# "The Rafah crossing was damaged last year and closed until repairs": a closure long past
_HIT_LONG_AGO = re.compile(r"\b(?:last\s+(?:year|month|week)|(?:years|months|weeks)\s+ago|"
                           r"in\s+(?:19|20)\d\d|previously|in\s+the\s+past)\b")


def _crossing_hit_and_closed(low: str, start: int, at: int) -> bool:
    """Whether "and closed" at ``at`` tells of a crossing told hit right before it: "the Rafah
    crossing with Egypt, the only exit not controlled by Israel, was hit for a third time
    in 24 hours and closed" (not "If the Rafah crossing was hit and closed, aid would stop",
    "Israel denied that the Rafah crossing was hit and closed": no strike told as done)."""
    hit = _CROSSING_HIT.search(low, max(start, at - 160), at)
    if hit is None or _HIT_LONG_AGO.search(low, hit.end("verb"), at):
        return False
    lo = clause_back(low, start, hit.start(), 200)
    verb = hit.start("verb")
    return _BY_THE_CROSSING.search(low, lo, hit.start()) is None and \
        not IRREALIS_WORD.search(low, verb, at) and (
            not IRREALIS_WORD.search(low, lo, verb) or in_an_aside(low, lo, verb, verb))


# -- The checks of the trigger loop (sift) these words decide, in the loop's order ---------
# (``low``: the folded report; ``start``, ``end``: the sentence's bounds; ``lo``: the
# look-back of the trigger ``low[at:stop]``; ``sub``: the type it has so far)


def aid_on_its_way(low: str, lo: int, at: int, stop: int, end: int, sub: str) -> bool:
    """Whether the push is made by aid, not by troops: "Aid convoys made a push into
    northern Gaza", "The UN made a fresh push into northern Gaza to deliver aid"."""
    return bool(sub == BATTLE[1] and "push" in low[at:stop] and (
        _AID_PUSH_BY.search(low, lo, at) or _AID_PUSH_FOR.match(low, stop, end)))


def closed_after_no_crossing_hit(low: str, start: int, at: int, sub: str) -> bool:
    """Whether "... and closed" tells nothing: it is a closure only of a crossing told hit
    just before it ("the Rafah crossing ... was hit for a third time in 24 hours and
    closed")."""
    return sub == CROSSING[1] and low.startswith("and", at) and \
        not _crossing_hit_and_closed(low, start, at)


def aid_not_delivered(low: str, start: int, lo: int, at: int, stop: int, end: int,
                      sub: str) -> bool:
    """Whether the aid told is no delivery of a day: waiting, set upon ("an aid convoy was
    attacked"), at a rate, held up, guarded (unless told on its way in or on its day), a
    scheme not at work, missions none or a share of which were facilitated, or the army's
    own missions."""
    if sub == AID[1] and (_AID_WAITING.match(low, stop, end) or
                          _AID_SET_UPON.match(low, stop, end) or
                          _aid_at_a_rate(low, start, at, stop, end) or
                          _AID_HELD_UP.search(low, max(start, at - 80), at) or
                          _AID_GUARDED.search(low, lo, at) and
                          not DAY_AFTER.match(low, stop, end) and
                          not _AID_MOVING.match(low, stop, end) or
                          _AID_SCHEME.match(low, stop, end) and
                          not _SCHEME_AT_WORK.search(low, start, end)):
        return True
    return bool(sub == AID[1] and (
        "facilitated" in low[at:stop] and
        _NONE_OR_SHARE.search(low, max(start, at - 80), at) or
        low.startswith(MISSION_VERBS, at) and _ARMY_DID.search(low, lo, at)))


def delivery_as_a_circumstance(low: str, lo: int, at: int, sub: str) -> bool:
    """Whether the delivery is what someone was doing when another thing is told, or a
    detail of a total: "aid workers killed while delivering food", "the convoy, which was
    delivering supplies, came under fire", "with Fogbow delivering over a thousand
    pallets"."""
    return bool(sub == AID[1] and low.startswith(_DELIVERING, at) and
                _WHILE_DOING.search(low, lo, at))


def a_running_total(low: str, lo: int, at: int, stop: int, end: int, sub: str) -> bool:
    """Whether the aid is a running total since a date, told in the present perfect: "more
    than 6,000 tons of aid have been delivered since May 17" (not "the first aid convoy since
    2 March has entered Gaza": the day's delivery)."""
    return bool(sub == AID[1] and (_PERFECT_BEFORE.search(low, lo, at) or
                                   _PERFECT_AFTER.match(low, stop, end)) and
                _SINCE_A_DATE.match(low, stop, end) and not _FIRST_SINCE.search(low, lo, at))


def a_ward_moved(low: str, start: int, at: int, stop: int, sub: str) -> bool:
    """Whether the goods moved are a ward's, not aid brought in: "Patients, staff and medical
    supplies were transferred to Nasser Medical Complex"."""
    return bool(sub == AID[1] and _GOODS_TOLD_MOVED_TO.search(low, at, stop) and
                _WARD_MOVED.search(low, clause_back(low, start, at, 80), at))


def no_crossing_decision(low: str, start: int, at: int, stop: int, sub: str) -> bool:
    """Whether the crossing's aid was kept out (or let in) by no authority of a crossing, or
    is a call, a wish, a charge or a habit."""
    return sub == CROSSING[1] and _not_a_crossing_decision(low, start, at, stop)
