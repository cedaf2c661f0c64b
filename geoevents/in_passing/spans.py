"""Campaigns, sieges and truces told by their span, not by what they did on the report's day.

"the toll of soldiers killed in the ground offensive", "launched a renewed offensive in Jabalia
two weeks ago", "ending a four-month offensive", "after a siege of more than two weeks",
"since the fighting resumed", "as Israeli siege of northern Gaza enters its fourth week", "a
town that has been under siege for 68 days", "the deadliest since January 22, when 21
reservists were killed", "a seven-day humanitarian pause, under which 105 hostages held in
Gaza were freed": the campaign, the siege or the truce is the time the news is told against
(its start long gone, its length, the span a toll counts over, the time since which a toll
is measured, the releases over a truce's days), not an event of the report's. A day of its
own told makes it news again.
"""

from __future__ import annotations

import re

from geoevents.dates import WEEKDAY_PATTERN
from geoevents.in_passing.days import A_DAY, CAMPAIGN_START, DAY_AFTER, MONTH
from geoevents.triggers.folded_rows import folded_re

# "after a siege of more than two weeks, during which the hospital came under repeated
# shelling": what went on over weeks, told as the time before what the sentence tells (not
# "a siege of Jabalia", "a four-day raid during which troops killed 20 people": days told)
_WEEKS_LONG = r"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?" \
    r"(?:two|three|four|five|six|several|many|\d{1,2})\s+(?:weeks|months)"
_AFTER_WEEKS_OF = re.compile(r"\s+(?:of|lasting)\s+" + _WEEKS_LONG + r"\b")
_AFTER_A = re.compile(r"\bafter\s+(?:an?|the)\s+$")
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
# (not "after a siege of three weeks, during which troops on Saturday shelled its upper
# floors": a day told in the clause)
_A_DAY_IN = re.compile(rf"\b(?:{A_DAY})\b")


def after_weeks_of_it(low: str, before: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the campaign is told by its weeks as the time after which the sentence's deed
    came ("stormed the hospital after a siege of more than two weeks"), not as news."""
    return "after " in before and _AFTER_A.search(low, lo, at) is not None and \
        _AFTER_WEEKS_OF.match(low, stop, end) is not None


# "pulled out of Tal al-Hawa following days of bombardment and fighting there", "withdrew
# after weeks of heavy shelling": the bombardment told as the span the sentence's deed came
# after, days or weeks long, no strike of a day (not "after two days of shelling that killed
# 12 on Monday": a day told; nor "after a day of shelling": one day, news; the fighting of
# such a span is still coded, as the gold codes it, a battle with no day)
_AFTER_DAYS_OF = re.compile(
    r"\b(?:following|after)\s+(?:several\s+|many\s+|two\s+|three\s+|four\s+|five\s+|"
    r"six\s+|\d{1,2}\s+)?(?:days|nights|weeks|months)\s+of\s+(?:(?:heavy|intense|fierce|"
    r"relentless|continuous|repeated|israeli|ground)\s+)*(?:[\w-]+\s+(?:and|or)\s+"
    r"(?:(?:heavy|intense|fierce)\s+)?)?$")

_FIGHTING = re.compile(r"(?:heavy\s+|intense\s+|fierce\s+)?(?:fighting|battles?|clashes|combat|"
                       r"confrontations|gunfights?|firefights?|street\s+fighting)\b")


def after_days_of_it(low: str, before: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the bombardment is told as days or weeks of it, the span after which the
    sentence's deed came ("pulled out of Tal al-Hawa following days of bombardment and
    fighting there"), not a strike of the report's day (its fighting is a battle still)."""
    return " of " in before and _AFTER_DAYS_OF.search(low, lo, at) is not None and \
        not _FIGHTING.match(low, at, stop) and not DAY_AFTER.match(low, stop, end)


def during_weeks_of_it(low: str, at: int, stop: int, end: int) -> bool:
    """Whether the attack is told as what went on over weeks of a campaign, with no day in
    its clause ("a siege of two weeks, during which it came under repeated shelling")."""
    return " during which " in low[max(0, at - 160):at] and \
        _DURING_WHICH.search(low, max(0, at - 160), at) is not None and \
        not _A_DAY_IN.search(low, low.rfind(" during which ", 0, at), at) and \
        not DAY_AFTER.match(low, stop, end)


def named_by_its_weeks(low: str, before: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the campaign is named by its weeks or months ("ending a four-month
    offensive"), over by then or the time before what the sentence tells, its start and
    what was done to it untold."""
    return ("month " in before or "week " in before or "year " in before) and \
        _CAMPAIGN.match(low, at, stop) is not None and \
        (long_one := _WEEKS_LONG_ONE.search(low, lo, at)) is not None and \
        not _BEGUN_BEFORE.search(low, lo, long_one.start()) and \
        not DAY_AFTER.match(low, stop, end)


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


# "Israel's toll in the ground offensive against Hamas ... stands at 367", "the army's tally
# from the war rose to 890": the campaign the running toll is kept over, the toll told by
# where it stands (not "the toll in the offensive on Jabalia rose to 20 on Monday": a day
# told; nor "the toll in Tuesday's strike rose to 30": one attack, no campaign word)
_TOLL_IN_IT = re.compile(r"\b(?:toll|tally|total)\s+(?:in|during|throughout|from|over)\s+"
                         r"(?:the\s+|its\s+|this\s+)?(?:[\w'’-]+\s+){0,2}?$")
_STANDS_AT = re.compile(r"[^.;]{0,160}?\b(?:stands|stood|now\s+stands|rose|rises|has\s+risen|"
                        r"climbed|has\s+climbed|reached|has\s+reached)\s+(?:at\s+|to\s+)?"
                        r"(?:(?:more\s+than|over|nearly|almost|about|at\s+least|some)\s+)?\d")


def a_toll_over_its_span(low: str, before: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the campaign is the span a running toll counts over ("the toll of soldiers
    killed in the ground offensive", "339 soldiers have been killed in the ground
    offensive", "Israel's toll in the ground offensive stands at 367"), not a battle the
    report tells."""
    if ("toll" in before or "number" in before or "tally" in before or "total" in before) and \
            _SPAN_WORD.match(low, at, stop) and (
                _TALLY_OVER.search(low, lo, at) or
                _TOLL_IN_IT.search(low, lo, at) and _STANDS_AT.match(low, stop, end)) and \
            not DAY_AFTER.match(low, stop, end):
        return True
    return " been " in before and _SPAN_WORD.match(low, at, stop) is not None and \
        _KILLED_IN_IT.search(low, lo, at) is not None and not DAY_AFTER.match(low, stop, end) and \
        not _A_PLACE_OF_IT.match(low, stop, end)


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


def begun_weeks_ago(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the campaign is told by its start weeks before ("launched a renewed offensive
    in Jabalia two weeks ago", "the offensive began two weeks ago"): how the fighting the
    report tells of began, not news of its days."""
    return " ago" in low[stop:stop + 80] and (
        _CAMPAIGN.match(low, at, stop) is not None and
        _LAUNCHED_BEFORE.search(low, lo, at) is not None and
        _WEEKS_AGO.match(low, stop, end) is not None or
        _CAMPAIGN.search(low, at, stop) is not None and
        (began := _BEGAN_AFTER.match(low, stop, end)) is not None and
        _OWN_WEEKS_AGO.match(low, began.end(), end) is not None) and \
        not DAY_AFTER.match(low, stop, end)


# (not "fighting resumed in Khan Younis on Friday": no "since"; nor "since the clashes in
# Shejaia began on Monday": the day they began told)
_SINCE_THE = re.compile(r"\b(?:ever\s+)?since\s+(?:the\s+|renewed\s+)?(?:[\w-]+\s+)?$")
_RESUMED = re.compile(r"\s+(?:(?:in|on|across|around)\s+(?:[\w'’-]+\s+){1,3})?"
                      r"(?:resumed|restarted|began|started|erupted|broke\s+out|"
                      r"flared|ended|stopped|collapsed)\b")


def since_it_resumed(low: str, before: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the fighting is told as a time ("have struck more than 400 targets since the
    fighting resumed"), not a battle the report tells."""
    return "since" in before and _SINCE_THE.search(low, lo, at) is not None and \
        _RESUMED.match(low, stop, end) is not None and not DAY_AFTER.match(low, stop, end)


# "hospitals that have been under repeated attack since Israel sent tanks into Beit Lahiya in
# October", "battles reported in Nuseirat since the military launched an operation on Rafah
# in early May": the campaign's start told as the time since which the sentence's news goes
# on, a month and no day named, not an incursion of the report's days (not "since Israeli
# tanks entered Beit Lahiya on Monday": the day told; nor "since Israel sent tanks into Beit
# Lahiya": no month, a time read by other checks)
_SINCE_IT_BEGAN = re.compile(r"\b(?:ever\s+)?since\s+(?:[\w'’-]+\s+){1,3}?(?:launched|sent|began|"
                             r"started|rolled|pushed|moved|deployed|stormed|invaded|entered)\s+"
                             r"(?:[\w'’\"“”-]+\s+){0,3}$")
# (the trigger's own verb, after its subject if it has one: "since Israeli tanks entered")
_SENT_OR_LAUNCHED = re.compile(r"\b(?:sent|launched|began|started|rolled|pushed|moved|deployed|"
                               r"stormed|invaded|entered)\b")
_SINCE_BEFORE = re.compile(r"\b(?:ever\s+)?since\s+(?:[\w'’-]+\s+){1,3}?$")
# (the month the since-clause's own: no clause opened and no day told before it)
_IN_A_MONTH = folded_re(r"(?:(?!\b(?:and\s+(?:on|killed|struck|shelled)|when|where|while|as|"
                        r"which|who|after|before)\b)[^.;,]){0,100}?\bin\s+(?:early\s+|late\s+|"
                        rf"mid-?\s*|the\s+(?:start|end|middle)\s+of\s+)?{MONTH}\b(?!\s*\d)")


# ... or with the war's own first days, or a year, as its time: "districts heavily damaged
# since Israeli tanks entered at the beginning of the ground invasion", "since troops moved
# in during the first weeks of the war", "since Israel sent tanks into the camp last year"
# (the clause's own, as with a month)
_AT_THE_WARS_START = re.compile(
    r"(?:(?!\b(?:and\s+(?:on|killed|struck|shelled)|when|where|while|as|which|who|after|"
    r"before)\b)[^.;,]){0,100}?\b(?:(?:at|in|during)\s+(?:the\s+)?(?:very\s+)?"
    rf"(?:{CAMPAIGN_START}|early\s+(?:days|weeks|months|stages)|first\s+(?:days|weeks|months))"
    r"\s+of\s+(?:the\s+|its\s+|israel['’]s\s+)?(?:[\w'’-]+\s+){0,2}?(?:war|invasion|"
    r"offensive|operation|campaign|assault|onslaught|incursion)s?|last\s+year|"
    r"in\s+(?:19|20)\d\d)\b")


def since_it_was_launched(low: str, before: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the trigger is the start of a campaign told in a since-clause with only a
    month, a year or the war's first days as its time ("have been under repeated attack
    since Israel sent tanks into Beit Lahiya in October", "heavily damaged since Israeli
    tanks entered at the beginning of the ground invasion"): the time the sentence's news is
    told against, not an attack of the report's."""
    if "since" not in before:
        return False
    told = _SINCE_IT_BEGAN.search(low, lo, at) is not None or \
        _SINCE_BEFORE.search(low, lo, at) is not None and \
        _SENT_OR_LAUNCHED.search(low, at, stop) is not None
    return told and (_IN_A_MONTH.match(low, stop, end) is not None or
                     _AT_THE_WARS_START.match(low, stop, end) is not None) and \
        not DAY_AFTER.match(low, stop, end)


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
# "fled Rafah for Deir al-Balah as the Israeli offensive expanded", "as the ground operation
# intensified": a campaign named in an "as" clause by how it grew or went on, the time of
# what the sentence tells, no fighting at its places (not "as the offensive expanded into
# Rafah", "as the operation intensified in Jabalia": where it went, fighting there)
_AS_IT = re.compile(r"\bas\s+(?:the\s+|israel['’]s\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$")
_GREW_OR_WENT_ON = re.compile(r"\s+(?:(?:has|had|was|is|were|are)\s+)?(?:(?:further|steadily|"
                              r"gradually|rapidly)\s+)?(?:expand(?:ed|s|ing)?|widen(?:ed|s|ing)?|"
                              r"intensif(?:ied|ies|ying)|escalat(?:ed|es|ing)|continu(?:ed|es|ing)|"
                              r"spread(?:s|ing)?|deepen(?:ed|s|ing)?|rag(?:ed|es|ing)|"
                              r"(?:dragged|ground|pressed|wore|went|dragging|grinding|pressing|"
                              r"wearing|going)\s+on|gr[eo]w(?:s|ing)?|progress(?:ed|es|ing))"
                              r"(?:\s+(?:further|there))?(?=\s*(?:[,.;:!?]|$)|\s+(?:and|but)\b)")
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
    sentence's bounds) is told by how long it has gone on, or in an "as" clause by how it
    grew, not by what it did."""
    if campaign and (_ENTERS_ITS.match(low, stop, end) or
                     _GREW_OR_WENT_ON.match(low, stop, end) and
                     _AS_IT.search(low, max(start, at - 40), at)):
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
_MEASURED_WHEN = folded_re(r"\b(?:deadliest|bloodiest|worst|heaviest|highest(?:\s+death)?\s+"
                           r"tolls?|most\s+(?:deadly|lethal|soldiers|people|palestinians))\b"
                           r"[^.;]{0,60}?\bsince\s+(?:early\s+|late\s+|"
                           rf"mid-?)?(?:{MONTH}|{WEEKDAY_PATTERN.lower()}|\d{{1,2}}\s+{MONTH}|"
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
_UNDER_THE_TRUCE = folded_re(r"\b(?:pause|truce|ceasefire|cease-fire|deal|agreement|"
                             r"exchange|arrangement)s?\b[^.;]{0,80}?,\s+(?:under|during|in|"
                             r"as\s+part\s+of)\s+which\s+(?:[\w'’,-]+\s+){0,8}$")


# (a day anywhere in the clause: "The deal, under which Hamas freed three hostages on Sunday
# and Israel released 90 prisoners, held"; "The truce, under which Hamas released two
# hostages in Rafah earlier in the day, was extended")
_DAY_IN_CLAUSE = re.compile(rf"\b(?:{A_DAY}|earlier\s+(?:in\s+the\s+day|today)|"
                            r"this\s+(?:afternoon|evening|week)|"
                            rf"\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}})\b")


# "During the first phase of the truce, which began on Jan. 19, Hamas freed 33 Israeli
# hostages", "Over the six-week ceasefire, 33 hostages were freed": the releases over the
# truce's days, counted under it as a frame (not "During the truce, Hamas freed three
# hostages on Saturday": a day of the releases told)
_DURING_THE_TRUCE = folded_re(r"\W*(?:during|over|throughout|in)\s+(?:the\s+|its\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?:(?:phase|stage|weeks?|days?)\s+of\s+"
                              r"(?:the\s+)?(?:[\w-]+\s+){0,2}?)?(?:truce|ceasefire|cease-fire|"
                              r"pause)\b(?:,\s+(?:which|that)\b[^,;]{0,60})?,\s+"
                              r"(?:[\w'’-]+\s+){0,4}$")


# the truce told by its span, over which releases are counted: "the first phase of the
# truce", "the six-week ceasefire", "the first two weeks of the truce" (not "During the
# truce, which took effect on Sunday, Hamas freed three hostages": the releases of its day,
# told the day after)
_THE_TRUCES_SPAN = folded_re(r"\b(?:phases?|stages?|weeks?|days|months?|\w+-(?:day|week|month))\b")
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
