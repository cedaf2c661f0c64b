"""Whether a count is a war tally or one event's toll.

ACLED codes the fatalities of an event; cumulative war totals ("nearly 38,000 deaths since
October", "Israeli attacks have killed 500 health workers") are context, not an event's dead,
and are flagged ``cumulative``. The cues here (a span or a framing near the count, a
present-perfect tally, a date range, the day's own hours, one attack on a named place) are
read near the count and in its own clause, not anywhere in the sentence: "as the war entered
its ninth month" elsewhere does not make "killed 12" a war total.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geoevents.anchored import Cues
from geoevents.casualties.record import Casualty
from geoevents.dates import MONTH_PATTERN, WEEKDAY_FOLDED, WEEKDAY_PATTERN, days_told_on
from geoevents.quantities import NUMBER_WORD, number_word
from geoevents.the_same_attack import ATTACK_NOUNS, POINTING_BACK, SITE_HIT, words_between

# How long someone has been held: "hostages held since October", "held captive since",
# "in captivity since", "missing since" (before "since", which then starts no tally)
HELD_SINCE = (r"(?<!\bheld\s)(?<!\bcaptive\s)(?<!\bcaptivity\s)(?<!\bhostage\s)"
              r"(?<!\bmissing\s)(?<!\bdetained\s)(?<!\bimprisoned\s)(?<!\bjailed\s)")
# Words that make a count a war total when they stand next to it ("the death toll since
# October 7", "so far", "a total of")...
# ("since dawn on Sunday": one day's toll)
# ("the hospital has since been out of service", "has since reopened": "since" as an adverb
# of what came after, no tally's start; but "have since been killed" tells the dead of the
# days after)
# ("Israel has since killed 318 Palestinians": the dead of the days after, as "have since
# been killed")
_SINCE = (r"(?:(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)|"
          r"(?=since\s+(?:been\s+)?(?:killed|martyred)))"
          # (nor "four hostages held since October", "in captivity since": how long the
          # captives were held, no tally's start)
          rf"{HELD_SINCE}since(?!\s+(?:early\s+|this\s+|the\s+early\s+)?(?:dawn|daybreak|midnight|morning|"
          r"hours))")
# "since dawn", "since the early hours": a start within the day, with no day or event named
# after it (not "since dawn on Saturday", "since the early hours of the offensive": a span's;
# nor "since hours after the attack")
_DAY_SINCE = (r"since\s+(?:(?:early\s+|the\s+early\s+|this\s+)?(?:dawn|daybreak|midnight|"
              r"morning)|the\s+early\s+(?:morning\s+)?hours)\b(?!\s+(?:on|of|last|this\s+past)\b)")
# "seven people died in total during the strike": the whole of one attack's dead, not a
# tally (but "in total" alone, or "in total during the war", is)
# (one word at most between, and "the second strike" too: another attack's toll is still
# one attack's, so the words of another one are not refused)
_IN_THE_ATTACK = (rf"\s+(?:in|during|from)\s+(?:{POINTING_BACK})\s+{words_between(1)}"
                  rf"(?:{ATTACK_NOUNS})\b")
_IN_TOTAL = rf"in total(?!{_IN_THE_ATTACK})"
_ONE_ATTACKS = re.compile(_IN_THE_ATTACK, re.I)
# ... but an attack told as lasting days, or of weeks past, is many days' toll
_IN_TOTAL_OF_DAYS = re.compile(
    rf"\s+in total{_IN_THE_ATTACK}[^.;]{{0,60}}?\b"
    r"(?:lasted|lasting|went\s+on|continued|days|weeks|months|past|last\s+(?:week|month))\b",
    re.I)
CUMULATIVE = re.compile(
    rf"\b({_SINCE}|so far|to date|{_IN_TOTAL}|overall|cumulative|throughout|total of|began|"
    rf"start of|past \w+ months|have been killed {_SINCE}|"
    # "In the past few days, more than 500 Palestinians have been killed": days of tallies
    # (not "in the past 24 hours", one day's)
    r"(?:past|last) (?:few|several|two|three|four|five|six|seven|\d+) (?:days|weeks)|"
    # "Hospital staff have logged more than 200 deaths over this period": the span told
    # just before, named again
    r"(?:over|during|throughout|in) (?:this|that|the same) period|"
    # "a child is killed every 10 minutes", "killed in 48 days of relentless bombing"
    r"every (?:\w+ )?(?:minutes?|hours?|days?)|in (?:\d+|\w+) (?:days|weeks|months) of|"
    # "a record 383 aid workers were killed in 2024": a year's tally
    r"(?:killed|died) (?:in|during) (?:the )?(?:19|20)\d\d|calendar year|"
    # "the latest incident puts the death toll at 32 for Palestinians killed in the surge"
    # (not "putting the death toll from the strike at 23": one attack's toll)
    r"(?:puts?|putting) the (?:\w+ )?toll(?! (?:from|of|in) (?:the|this|that|[\w-]+['’]s) "
    r"(?:[\w-]+ ){0,2}?(?:air ?strike|strike|attack|bombing|shelling|massacre|explosion|blast))"
    # (nor "The Health Ministry put the toll at 104 killed and 760 wounded": the dead and the
    # hurt of one incident, with no span after)
    r"(?! at (?:more than |at least |over )?[\d,]+ (?:killed|dead) and (?:more than |at least "
    # (a span of the war after it, not "since the early hours": the day's)
    rf"|over )?[\d,]+ (?:wounded|injured)\b(?! (?:(?!{_DAY_SINCE})since|in the war|during|over|"
    r"throughout)\b)))\b",
    re.I)
# "Israeli attacks have killed 500 health workers": a tally, unless one strike is the
# subject ("an airstrike on a school has killed 16 people").
# ("have now been killed", "have also been killed"; not "Israeli gunfire has also killed
# two people near the corridor": another of the day's incidents)
_PERFECT = re.compile(r"(?<!\bto )\b(?:have|has)\s+(?:(?:now|so far|already)\s+(?:been\s+)?|"
                      r"also\s+been\s+|been\s+)?(?:killed|resulted|left|claimed)\b", re.I)
ONE_ATTACK = re.compile(r"\b(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,3}(?:air ?strike|strike|"
                        r"attack|bombing|shelling|raid|explosion|blast)\b", re.I)
_CAMPAIGN = re.compile(r"\b(?:an?|the|this|that|its)\s+(?:[\w-]+\s+){0,3}(?:offensive|"
                       r"campaign|operation|war|conflict|assault|incursion)\b[^,.;]{0,60}$",
                       re.I)
# The day a count is told for, in the report's own terms ("overnight", "on Monday")
# ("killed some 130 terrorists ... in the last few hours": the latest hours of the day)
# ("As of 20:00, at least 178 Palestinians have been killed": the day's count at an hour of
# it, no day named; not "As of 15:00 on 7 December", a tally's date)
_THIS_DAY = (r"yesterday|overnight|today|this morning|last night|"
             r"as of \d{1,2}[:.]\d{2}(?:\s*(?:hrs|hours|h|local time))?(?=\s*[,)])|"
             rf"on {WEEKDAY_PATTERN}|"
             r"(?:in|during|over|within) the (?:past|last) (?:\d{1,2}|twenty-four|forty-eight|"
             r"few|several|couple of) hours")
# "killed since dawn": the day's count, where the count's own clause says so (not "as new
# strikes since dawn hit Rafah" after a tally of its own)
# ("since the early hours": the day's, as "since dawn")
# (not "since the early hours of the war", "... of 7 October": a tally's start)
_SINCE_DAWN = (r"since (?:(?:early |the early |this )?(?:dawn|daybreak|midnight|morning)|"
               r"the early hours(?!\s+(?:on|of|last)\b))")
_SINCE_DAWN_HERE = re.compile(rf"\b{_SINCE_DAWN}\b", re.I)
# ... with no day named after it (not "since midnight on 18 March, when the truce collapsed",
# "since dawn on 5 October", "since midnight last Tuesday": a tally of the days since)
_SINCE_DAWN_TODAY = re.compile(rf"\b{_SINCE_DAWN}\b(?!\s+(?:on|of|last|this\s+past)\b)", re.I)
# "since Israel began striking Gaza in the early hours", "since the bombing resumed at dawn":
# a start the day's own hours give (not "since the war began in the early hours of 7 October")
# (any of the day's hours: "since the operation began in the morning", "since the shelling
# started this afternoon", "since the raid began earlier today")
_SINCE_THE_DAYS_START = re.compile(r"since\s+[^.;:,]{0,60}?\b(?:in\s+the\s+early\s+hours|"
                                   r"(?:early\s+|late\s+|later\s+)?in\s+the\s+(?:morning|"
                                   r"afternoon|evening)|this\s+(?:afternoon|evening)|"
                                   r"earlier\s+(?:today|in\s+the\s+day)|at\s+(?:noon|midday)|"
                                   r"(?:at|before|after)\s+(?:dawn|daybreak|midnight)|"
                                   r"this\s+morning|overnight|last\s+night|early\s+today)\b"
                                   # (not "since Israel resumed its strikes at dawn nine
                                   # days ago": a dawn of days before)
                                   # (nor with a day named after it past a comma, a
                                   # bracketed clock time or "local time", or a bare
                                   # weekday or date: "at noon Sunday", "at noon (1000 GMT)
                                   # on Sunday", "in the morning, on Monday", "in the
                                   # afternoon, four days ago")
                                   r"(?!(?:\s*\([^()]{0,30}\)|\s*,|\s+local\s+time)*\s+"
                                   r"(?:(?:of|on|last)\b|" + WEEKDAY_FOLDED +
                                   r"\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|"
                                   r"sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                                   r"oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|(?:[\w-]+\s+){0,2}?"
                                   r"(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)"
                                   r"\b))", re.I)
_ITS_DAY = re.compile(rf"\b(?:{_THIS_DAY}|{_SINCE_DAWN}|tonight)\b", re.I)
_BRINGING = re.compile(r"\b(?:bringing|raising|taking|pushing)\b", re.I)
# "Three other soldiers were killed in separate fighting, bringing Monday's death toll to
# 24": the day's toll of all its attacks, not this one's (not "bringing the death toll from
# the strike to 30", the one attack's own)
_DAYS_TOLL_BROUGHT = re.compile(rf"\b(?:bringing|raising|taking|pushing)\s+(?:the\s+)?"
                                rf"(?:(?:day|{WEEKDAY_PATTERN}|today|yesterday|tonight)['’]s|"
                                rf"daily)\s+(?:overall\s+|total\s+)?$", re.I)
# ("killed dozens and wounded hundreds more": more of the tally, not more since; but
# "Dozens more Palestinians have been killed" are more since; "more than 500": a bound)
RECENT = re.compile(rf"\b(?:additional|further|(?<!hundreds )(?<!dozens )(?<!thousands )"
                    rf"(?<!scores )more(?!\s+than\b)|"
                    rf"more(?=\s+(?:[\w-]+\s+)?(?:people|palestinians|civilians|persons|"
                    rf"children|bodies|were|have|had|are)\b)|another|"
                    # "killed by the latest air strikes": the news of the day
                    rf"(?:the\s+)?latest\s+(?:[\w-]+\s+)?(?:air\s?strikes|strikes|attacks|"
                    rf"bombardment|bombing|shelling|raids|wave|round|escalation)|"
                    # "the territory's Health Ministry said Thursday": the day told in the
                    # wires' way, with no "on", as "said on Thursday"
                    rf"(?:said|says|reported|announced|stated|added)\s+{WEEKDAY_PATTERN}|"
                    rf"{_THIS_DAY})\b", re.I)
# Framing that makes the counts after it a tally: "In total, 151 UNRWA staff ...", "So
# far, ...", "By 4 February, 92 civilians were killed"; not the day's count before
# "bringing the toll since October to 38,000".
FRAMING = re.compile(rf"\b(?:so far|to date|{_IN_TOTAL}|since the (?:start|beginning|outbreak)|"
                     rf"{HELD_SINCE}since October|by (?:\d{{1,2}}\s+" + MONTH_PATTERN + r"|" +
                     MONTH_PATTERN + r"\s+\d{1,2})(?:,?\s+\d{4})?,)", re.I)
# ...or share its clause ("the war has killed 150 UN staff"; not "one of the deadliest of
# the war, killed 40")...
# (not the word in an adjective of the place: "killed 24 people in the war-ravaged territory on
# Thursday", "the war-torn enclave": the day's count, told of a place at war)
WAR = re.compile(r"\b(war|offensive|conflict|campaign|uprising|intifada)\b(?!-)", re.I)
# ...or open the sentence as its frame ("With 178 UNRWA staff killed and nearly 350
# incidents affecting its premises, UNRWA calls for ...")...
_WITH_OPENING = re.compile(r"\W*with\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|"
                           r"some\s+)?", re.I)
# ...and a date range that makes every count in the sentence a tally over several days
# ("Between the afternoons of 15 and 18 July, 184 Palestinians were killed"; not
# "between 20 and 30 people").
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WHEN = r"(?:\s*\([^)]{0,20}\))?"  # "(noon)", "(14:00)"
PERIOD = re.compile(
    rf"\bbetween (?:the )?(?:\w+ )?(?:of )?{_DAY}{_WHEN} and (?:the )?{_DAY}\s+(?:of\s+)?"
    rf"{MONTH_PATTERN}|"
    rf"\bbetween (?:the )?(?:\w+ )?(?:of )?{_DAY}\s+(?:of\s+)?{MONTH_PATTERN}{_WHEN} and "
    rf"(?:the )?{_DAY}|"
    # ("Between 18 March and midday on 20 March": the hour the tally ends at; not "between
    # the evening of 17 October and the morning of 18 October", one night, nor "Between the
    # night of 17 March and midday on 18 March", a night and the morning after it)
    rf"\bbetween (?!the (?:night|evening) of)(?:the )?(?:\w+ )?(?:of )?{_DAY}\s+(?:of\s+)?"
    rf"{MONTH_PATTERN}{_WHEN} and (?:midday|noon)\s+(?:on|of)\s+(?:the )?{_DAY}|"
    # ("between 27/5 and 7/7": the days in figures, day then month, as wires abroad write
    # them; not "between 20 and 30 people")
    r"\bbetween\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+and\s+\d{1,2}/\d{1,2}\b", re.I)
# "the past few weeks" as a tally's period, unless the count's own clause names its day
_PAST_DAYS = re.compile(r"(?:past|last) \w+ (?:days|weeks)", re.I)
_CLAUSE_STOP = re.compile(r"[,.;:]")


def clause_end(text: str, at: int, end: int) -> int:
    stop = _CLAUSE_STOP.search(text, at, end)
    return end if stop is None else stop.start()


# "since the ceasefire took effect on October 10, 318 citizens have been martyred": a clause
# opening with the truce's start frames the counts after it ("... and 788 injured") as the
# tally of the days since
# (the clause's own opening: not "In the first Israeli strike since the ceasefire took
# effect, three people were killed in a house in Rafah", one attack's dead)
_SINCE_OPENS = re.compile(r"(?:(?<![\w,]\s)(?<![\w,])|(?<=\band\s)|(?<=\bbut\s))"
                          r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+)?(?:cease[- ]?fire|truce)\b"
                          r"[^.;:,]{0,60},\s*(?:[^.;:,]{0,80}?\band\s+)?$", re.I)
# "put the toll at 350 killed and 1,200 wounded in three days of Israeli strikes", "... in
# the strikes of the past week": the toll of a span, told after it further than the window
# of the cues reaches
_PUT_AT = re.compile(r"\b(?:put|puts|putting|placed|places)\s+the\s+(?:death\s+)?toll\s+at\b",
                     re.I)
# (not "since the early hours", "since dawn": the day's)
_PUT_SPAN = re.compile(r"[^.;]{0,80}?\b(?:days|weeks|months|week|month|war|so far|"
                       rf"(?!{_DAY_SINCE})since|"
                       r"to date|overall|throughout|past(?!\s+(?:24|twenty-four)\s+hours))\b",
                       re.I)
# "1,164 injured during the past 24 hours": a day's count however large (not a war total)
# (not "41,118 Palestinians have been killed and 40 in the past 24 hours": the hours the
# other count's)
_THE_DAYS_COUNT = re.compile(r"(?:(?!\band\b)[^.;:,\d]){0,40}?\b(?:in|during|over|within)\s+"
                             r"the\s+(?:past|last)\s+"
                             r"(?:24|twenty-four)\s+hours\b", re.I)


def days_own(text: str, m: re.Match, start: int, end: int) -> bool:
    """Whether the count's own clause tells it as a day's ("and 1,164 injured during the
    past 24 hours"), with no span of the war beside it."""
    stop = clause_end(text, m.end(), end)
    return _THE_DAYS_COUNT.match(text, m.end(), stop) is not None and \
        CUMULATIVE.search(text, max(start, m.start() - 45), stop) is None


_DEADLIEST_SINCE = re.compile(r"\b(?:deadliest|bloodiest|worst|heaviest)\s+(?:single\s+)?"
                              r"(?:day|night|attack|strike|incident)\b[^.;]{0,60}\bsince$",
                              re.I)

_CLAUSE_END = re.compile(r"[,;:]")


def war_clause(cues: Cues, m: re.Match, lo: int, hi: int) -> bool:
    """Whether "war", "offensive"... stands in the count's own clause near it (not "killed
    in an offensive into Tel al-Hawa": one push into a district, told with no span, is that
    district's toll as an incursion's is)."""
    text = cues.text
    before = [c.end() for c in _CLAUSE_END.finditer(text, lo, m.start())]
    after = _CLAUSE_END.search(text, m.end(), hi)
    return any(not _AMID.search(text, max(0, w.start() - 40), w.start()) and
               not (w.group(0).lower() == "offensive" and m.end() <= w.start() and
                    _one_assault_on_a_place(text, m.end(), min(len(text), m.end() + 120)))
               for w in cues.finditer(WAR, before[-1] if before else lo,
                                      after.start() if after else hi))


# "kill at least 72 Palestinians amidst the ongoing offensive": the war as a backdrop
# of the day's count, not the span of a tally
_AMID = re.compile(r"\bamid(?:st)?\s+(?:the\s+|an?\s+|israel's\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def tally_verb(cues: Cues, m: re.Match, start: int, end: int) -> bool:
    """"attacks have killed 500", "151 staff have been killed": a present-perfect tally
    (its clause, before the count or right after it), unless one attack is the subject or
    the sentence says it is the latest news ("in the past 24 hours", "two more")."""
    text = cues.text
    clause = max([c.end() for c in _CLAUSE_END.finditer(text, start, m.start())], default=start)
    perfect = _PERFECT.search(text, clause, min(end, m.end() + 20))
    if perfect is not None and _CAMPAIGN.search(text, clause, perfect.start()) and \
            _ITS_DAY.search(text, clause, min(end, m.end() + 20)) is None:
        # "an offensive ... that has left more than 100 dead": its whole toll (not "an
        # incursion into Shejaia overnight has left 12 dead": that night's)
        return True
    own_end = clause_end(text, m.end(), end)
    return perfect is not None and not ONE_ATTACK.search(text, clause, perfect.start()) \
        and not _BY_ONE_ATTACK.match(text, perfect.end(), end) \
        and not _by_one_series(text, perfect.end(), end) \
        and not _hitting_a_place(text, m.end(), min(end, m.end() + 120)) \
        and not _one_assault_on_a_place(text, m.end(), min(end, m.end() + 120)) \
        and not _recent(cues, m, start, end) \
        and not _SINCE_DAWN_HERE.search(text, clause, own_end) \
        and not _SINCE_THE_DAYS_START.search(text, clause, own_end) \
        and not (_AT_A_TOWN.match(text, m.end(), end) and
                 not SPAN_AFTER.search(text, m.end(), own_end)) \
        and not (_STRIKES_ON_A_TOWN.search(text, clause, perfect.start()) and
                 not SPAN_AFTER.search(text, clause, own_end))


# The most dead a day's news tells in a present perfect with no span ("Israeli strikes have
# killed more than 30 Palestinians"); a tally told so runs higher ("have killed 500")
_NEWS_SIZED = 50
# a number told (not "dozens", "scores", "several": a campaign's vague toll)
_TOLD_IN_NUMBER = re.compile(rf"\d|\b{NUMBER_WORD}\b", re.I)
# the dead of a class or a body, whose own tally the perfect tells ("have killed eleven of
# its staff", "14 journalists have been killed")
# (not "two family members of our colleagues": people of a family)
# (nor the fighters an army counts it has killed: "more than 20 Hamas battalion commanders",
# "at least 30 fighters in a raid")
_A_CLASS = re.compile(r"\b(?:of\s+(?:its|their)\b|staff|staffers|workers|employees|"
                      r"journalists|reporters|(?<!family\s)members|paramedics|medics|personnel|"
                      r"soldiers|troops|officers|commanders|leaders|fighters|militants|"
                      r"terrorists|gunmen|operatives|combatants)", re.I)
# "... that has killed dozens", "in its relentless pursuit", "recently": a campaign's toll
# ... or a span: "in the past week", "over recent days", "this month"
_OF_A_CAMPAIGN = re.compile(r"\b(?:offensive|campaign|operations?|pursuit|war|recently|"
                            r"since|so\s+far|to\s+date|in\s+recent|"
                            r"(?:past|last|previous|recent|this)\s+(?:few\s+|two\s+|three\s+)?"
                            r"(?:days|weeks?|months?|years?))\b", re.I)


def news_sized(text: str, m: re.Match, count: int, start: int, end: int) -> bool:
    """Whether a present-perfect count with no span is the day's news, not a tally: a few
    dozen dead at most, told in a number, of people and not of a class or a body ("Israeli
    strikes have killed more than 30 Palestinians", "At least 18 people ... have been
    killed in Israeli air strikes across the Gaza Strip"), with no campaign told in its
    sentence (not "have killed eleven of its staff", "has killed dozens of Palestinian
    civilians ... in its relentless pursuit", "a fresh offensive ... that has killed 30",
    "have been killed since the ceasefire", "have killed 40 people in Jabalia in three
    days", "has killed more than 20 Hamas battalion commanders": tallies)."""
    return count < _NEWS_SIZED and _TOLD_IN_NUMBER.search(m.group("n")) is not None and \
        _A_CLASS.search(m.group(0)) is None and \
        _OF_A_CAMPAIGN.search(text, start, end) is None and \
        SPAN_AFTER.search(text, m.end(), clause_end(text, m.end(), end)) is None


# "At least 26 Palestinians have been killed by a series of Israeli airstrikes across the
# Gaza Strip", "... in a wave of strikes overnight": one round of strikes, the day's news
# (not "in a series of strikes over the past week", "since October": a span's; nor "in a
# campaign of strikes", the war)
_BY_A_SERIES = re.compile(r"\s+(?:by|in)\s+(?:a|one|another|the\s+latest|a\s+new|a\s+fresh)\s+"
                          r"(?:(?:new|fresh|heavy|intense|deadly)\s+)?(?:series|wave|barrage|"
                          r"round|string|spate|volley)\s+of\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:air\s?strikes|strikes|attacks|raids|bombings|shelling|missiles)\b",
                          re.I)


def _by_one_series(text: str, at: int, end: int) -> bool:
    """Whether the perfect's verb at ``at`` is told of one round of strikes ("have been
    killed by a series of Israeli airstrikes across the Gaza Strip") with no span after it:
    the day's news, not a tally."""
    series = _BY_A_SERIES.match(text, at, end)
    return series is not None and \
        SPAN_AFTER.search(text, series.end(), clause_end(text, series.end(), end)) is None


def _recent(cues: Cues, m: re.Match, start: int, end: int) -> bool:
    """Whether the sentence says its count is the latest news ("two more", "overnight",
    "the latest air strikes"; not "the latest attacks have killed 300 people in the past
    week": a span's tally)."""
    recent = cues.search(RECENT, start, end)
    if recent is not None and "latest" in recent.group(0).lower():
        text = cues.text
        if SPAN_AFTER.search(text, m.end(), clause_end(text, m.end(), end)):
            recent = cues.search(RECENT, recent.end(), end)
    return recent is not None


# (not "in Khan Younis over the past month", "during the offensive": a span)
# ("in Jabalia in three days", "within a week": a span too)
SPAN_AFTER = re.compile(r"\b(?:over|during|throughout|since|so far|in the (?:past|last)|this "
                        r"(?:week|month|year)|last (?:week|month|year)|in recent|within|"
                        r"in (?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several) "
                        r"(?:days|weeks|months))\b", re.I)
# "Israeli strikes have killed at least 10 people in Nuseirat, medics said": the count of a
# named town or camp, as news of the day (not "in Gaza", the whole war's, nor "in northern
# Gaza", "in the central Gaza Strip", a third of it; but "in Gaza's Nuseirat camp", a town)
_AT_A_TOWN = re.compile(r"\s+(?:(?:people|persons|Palestinians|civilians)\s+)?(?:in|at)\s+"
                        r"(?:the\s+)?(?:[a-z]+\s+)?"
                        r"(?!Gaza\b(?!\s+City|['’]s\s+[A-Z])|the\s+Gaza\s+Strip\b|Gaza\s+Strip\b)"
                        r"(?!Israel|Hamas|IDF|US\b|U\.S\.)[A-Z]")


# "Israeli airstrikes on the southern city of Rafah have killed at least five people": the
# strikes on a named town the subject, their count that town's news of the day, as "have
# killed 10 people in Nuseirat" (not "Israeli strikes on Gaza have killed 30,000", the whole
# war's, nor "strikes on northern Gaza", a third of it; nor "strikes on Rafah have killed
# hundreds over the past month": a span's)
_STRIKES_ON_A_TOWN = re.compile(r"\b(?:air\s?strikes|strikes|attacks|raids|shelling|bombing|"
                                r"bombardment|air\s?strike|strike|attack|raid)\s+(?:on|in|at|of|"
                                r"against)\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,4}?"
                                r"(?:of\s+)?(?!Gaza\b(?!\s+City)|the\s+Gaza\s+Strip\b|"
                                r"Strip\b|Israel|Hamas|IDF\b|US\b|U\.S\.|UN\b|UNRWA\b|"
                                r"Palestin|Arab|Muslim|Christian|Jew|Red\s+Crescent|"
                                rf"{MONTH_PATTERN}\b|{WEEKDAY_PATTERN}\b)(?-i:[A-Z])", re.I)


# "has killed three members of Gaza's civil defence ... after bombing the Bureij refugee
# camp", "after hitting a school in Nuseirat": the toll of a strike on a named place, the
# day's news
# (not "has killed 20 Hamas commanders while targeting Hamas leaders": a side, not a place;
# nor "has killed dozens in recent weeks while shelling Jabalia": a span's toll)
_AFTER_HITTING_A_PLACE = re.compile(r"[^.;]*?\b(?:after|while|when|by)\s+(?:bombing|striking|"
                                    r"shelling|targeting|hitting)\s+(?:the\s+|an?\s+"
                                    r"(?:[\w-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?)?"
                                    r"(?!Gaza\b(?!\s+City)|Strip\b|Palestinian|Israel|Hamas|"
                                    r"Hezbollah|Islamic\s+Jihad|IDF\b|UN\b|UNRWA\b)[A-Z]")


def _hitting_a_place(text: str, start: int, end: int) -> bool:
    hit = _AFTER_HITTING_A_PLACE.match(text, start, end)
    return hit is not None and not SPAN_AFTER.search(text, start, hit.end())


# "Israeli forces have killed at least 210 Palestinians and wounded more than 400 in a
# ground and air assault on the Nuseirat refugee camp", "... in an air strike on a house in
# Rafah": the toll of one assault on a named place, the day's news (not "in an offensive on
# the Strip": the whole war's; nor "in a raid on Jenin over the past week": a span's; nor
# "in an attack on civilians in October": a month, no place)
# (nor "have killed 400 Palestinians in Gaza, among them 30 in an attack on the Nuseirat
# camp", "..., 30 of them in an attack on a school": a part's assault, not the whole's; nor
# "in a two-week raid on Al-Shifa Hospital", "in an ongoing raid", "in a months-long
# assault on Rafah": an operation's running toll)
_IN_ONE_ASSAULT = re.compile(r"(?:(?!\b(?:including|among|of\s+(?:them|whom))\b)[^.;]){0,60}?"
                             r"\b(?:in|during)\s+(?:an?|one)\s+"
                             r"(?:(?!(?:ongoing|continuing|prolonged|protracted|sustained|lengthy|"
                             r"extended|long-running|[\w-]*(?:days?|weeks?|months?|years?|long)\b))"
                             r"[\w-]+\s+){0,4}?"
                             r"(?:assault|raid|attack|strike|air\s?strike|bombing|incursion|"
                             # ("in an Israeli offensive into Tel al-Hawa": a push into one
                             # district, as an incursion; not "an offensive on Gaza", the war)
                             r"offensive(?=\s+into\b))\s+"
                             r"(?:on|in|at|into|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
                             r"(?!Gaza\b(?!\s+City)|Strip\b|Palestin|Israel|Hamas|IDF\b|UN\b|"
                             rf"{MONTH_PATTERN}\b|{WEEKDAY_PATTERN}\b)(?-i:[A-Z])", re.I)


# (nor "in an assault on Jabalia that began on 5 October", "..., as fighting there entered
# its second week": an operation told by its start, its toll a running one)
_ITS_START_TOLD = re.compile(r"[^.;]{0,80}?\b(?:began|begun|started|launched|entered\s+its)\b",
                             re.I)


def _one_assault_on_a_place(text: str, start: int, end: int) -> bool:
    """Whether the count is told as one assault's on a named place, with no span or start
    of an operation told with it."""
    hit = _IN_ONE_ASSAULT.match(text, start, end)
    return hit is not None and not SPAN_AFTER.search(text, start,
                                                     clause_end(text, hit.end(), end)) \
        and not _ITS_START_TOLD.match(text, hit.end(), end)


# "At least two people have been killed when Israeli forces launched a missile strike on a
# car": the toll of the one attack told right after it
# (not "killed in Gaza by an Israeli strike or gunfire since January": a tally of either)
# (and an aside on the dead between: "have been killed, including 13 children, in an air
# strike on a house")
# (or the one attack told as a deed on one thing: "... after Israel bombed a building
# housing displaced families", "when tanks shelled a school in Jabalia"; not "after Israel
# struck a series of targets", "bombed a number of homes": many)
# (and the hurt of it told between: "A journalist has been killed and two others injured in
# an Israeli strike on a car", "... killed and at least 10 wounded when a drone hit a tent")
_BY_ONE_ATTACK = re.compile(r"(?:\s+and\s+(?:(?:at\s+least|more\s+than|over|some|about|"
                            r"around|nearly)\s+)?(?:[\w-]+\s+)?(?:others?\s+|more\s+|"
                            r"people\s+)?(?:(?:were|have\s+been|had\s+been)\s+)?"
                            r"(?:(?:seriously|critically|severely|lightly)\s+)?"
                            r"(?:injured|wounded|hurt)\b)?"
                            r"(?:,[^,.;:()]{1,50},)?"
                            r"\s+(?:(?:in|by|when|after|as)\s+(?:[\w'’-]+\s+){0,4}?"
                            r"(?:an?|one)\s+(?:[\w-]+\s+){0,2}(?:air ?strike|strike|attack|"
                            r"bombing|shelling|raid|explosion|blast)\b"
                            r"(?!\s+or\b)|"
                            r"(?:when|after|as)\s+(?:[\w'’-]+\s+){1,3}?(?:bombed|struck|hit|"
                            r"shelled|targeted|attacked|raided)\s+(?:an?|one)\s+"
                            r"(?!(?:series|number|wave|string|spate|round|barrage|host|range|"
                            r"couple|dozen|total|list|set)\b)(?:[\w-]+\s+){0,2}?"
                            rf"(?:{SITE_HIT}|hospital|clinic|market|bakery|gathering|crowd|truck|"
                            r"ambulance|compound|camp|residential\s+block)s?\b"
                            # (not a deed told as repeated or spread over a span or an
                            # area: "attacked a camp every day this week", "struck a camp
                            # and surrounding areas ... over three days")
                            r"(?![^.;:]{0,60}?\b(?:every|each|daily|nightly|repeatedly|"
                            r"again|over\s+(?:the\s+)?(?:past\s+|last\s+)?(?:[\w-]+\s+)?"
                            r"(?:days?|nights?|weeks?|months?)|for\s+(?:[\w-]+\s+)?"
                            r"(?:days|nights|weeks|months)|(?:this|last|past)\s+(?:week|"
                            r"month)|in\s+recent|throughout|and\s+(?:the\s+)?(?:surrounding|"
                            r"nearby|neighbouring|neighboring|adjacent|other)\b)))", re.I)


def own_night(text: str, m: re.Match, period: re.Match, found: list[Casualty],
               end: int) -> bool:
    """Whether a count told after a tally over several days is a part of it with a day or
    night of its own ("Between 3 and 5 May, at least 63 Palestinians were killed ...; the
    toll includes at least 22 people killed in airstrikes on Rafah overnight"): that
    night's toll, not the period's."""
    return period.end() <= m.start() and \
        any(c.kind == "killed" and c.start >= period.start() for c in found) and \
        _OWN_NIGHT.search(text, m.end(), clause_end(text, m.end(), end)) is not None


# (not "including 79 killed in the last 24 hours": the period's last day, a tally too)
_OWN_NIGHT = re.compile(rf"\b(?:yesterday|overnight|last night|this morning|tonight|"
                        rf"on {WEEKDAY_PATTERN})\b", re.I)


# "in less than 24 hours between 31 October and 1 November": a range over midnight that the
# sentence says is a day's hours, no tally of days (not "in the last 24 hours", the last day
# of a range)
_WITHIN_A_DAY = re.compile(r"\b(?:in\s+(?:less\s+than|under|the\s+space\s+of)|within)\s+"
                           r"(?:24|twenty-four)\s+hours\b", re.I)


def period_told(cues: Cues, start: int, end: int) -> re.Match | None:
    """A date range over several days in the sentence ("Between the afternoons of 15 and 18
    July"), which makes its counts a tally; not one the sentence says lasted less than a
    day."""
    period = cues.search(PERIOD, start, end)
    if period is not None and _WITHIN_A_DAY.search(cues.text, start, end):
        return None
    return period


def near_the_count(text: str, m: re.Match, start: int, end: int) -> tuple[int, int]:
    """Where a cumulative cue counts: near the number only."""
    # Cumulative cues count only near the number: "as the war entered its ninth
    # month" elsewhere in the sentence does not make "killed 12" a war total.
    lo, hi = max(start, m.start() - 45), min(end, m.end() + 30)
    # "138 killed, bringing the cumulative toll to 2,808": the total is what follows
    bringing = _BRINGING.search(text, m.end(), hi)
    hi = bringing.start() if bringing else hi
    return lo, hi


# "began when", "began after", "began with": the act a span began with follows
_BEGAN_WITH_THE_ACT = re.compile(r"\s+(?:when|after|with)\b", re.I)


def _one_attacks_whole(text: str, cue: re.Match, end: int) -> bool:
    """Whether the cue is "in total" with one attack named past the window the cue was
    sought in ("nine people died in total during the air strike on the apartment block"):
    the window cuts the attack's noun off, so the cue's own look past it cannot refuse it
    there; the whole sentence can."""
    return cue.group(0).lower() == "in total" and \
        _ONE_ATTACKS.match(text, cue.end(), end) is not None


def _one_attacks_total(text: str, cue: re.Match, m: re.Match, end: int) -> bool:
    """Whether "a total of" or "in total" is told of one attack's dead, named after the
    count in its clause: "A total of 11 people, including children, were reported killed in
    the strike" (not "a total of 404 since October", "in total during the war": tallies)."""
    if cue.group(0).lower() not in ("in total", "total of"):
        return False
    own = text[m.end():clause_end(text, m.end(), end)]
    return re.search(_IN_THE_ATTACK, own, re.I) is not None and not _a_span_told(own)


def _a_span_told(own: str) -> bool:
    """Whether the count's own clause tells a span or a start ("over the past week", "since
    the bombing began"): a total over it is a tally, whatever one day or attack it names."""
    return SPAN_AFTER.search(own) is not None or re.search(_SINCE, own, re.I) is not None


# "by Sunday", "as of Monday", "up to Tuesday": a tally run up to a day, not that day's toll
_UP_TO_THE_DAY = re.compile(rf"\b(?:by|as\s+of|until|till|up\s+to|through)\s+"
                            rf"(?:the\s+)?(?:end\s+of\s+)?(?:{_THIS_DAY}|{WEEKDAY_PATTERN}|"
                            r"today|yesterday)\b", re.I)


# "since", "so far", "the war", "the offensive": a sentence that tells the war's sum, whose
# "total" is a tally whatever day or attack it names
_THE_WARS_TALLY = re.compile(r"\b(?:since|so\s+far|to\s+date|war|offensive|campaign)\b", re.I)


# "An Israeli strike on a house in Nuseirat killed a total of nine": one attack, told before
# the count (not "strikes", several)
_ONE_ATTACK_BEFORE = re.compile(r"\b(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}(?:air ?strike|strike|"
                                r"attack|bombing|explosion|blast|raid)\b(?!s)", re.I)


def _one_day_or_attacks_total(text: str, cue: re.Match, m: re.Match, start: int,
                              end: int) -> bool:
    """Whether "a total of" counts the dead of one day or one attack the sentence names
    before the count: "AFP reported a total of 11 Palestinians were killed on Sunday alone",
    "the Health Ministry revised its toll from the strikes on Tuesday, saying a total of
    404 people were killed", "An Israeli strike on a house in Nuseirat killed a total of
    nine people". A total of a single day or attack is its toll as ACLED codes it, not the
    war's running sum;
    refused where a span or a start is told in the count's clause ("a total of 28 health
    workers had been killed ... since the bombing began", "a total of 400 over the past
    week") or the day is the end a tally ran up to ("By Sunday, a total of 400 had been
    killed")."""
    if cue.group(0).lower() != "total of":
        return False
    own = text[m.end():clause_end(text, m.end(), end)]
    before = text[start:cue.start()]
    if _a_span_told(own) or _UP_TO_THE_DAY.search(before) or _UP_TO_THE_DAY.search(own) or \
            _THE_WARS_TALLY.search(text[start:end]):
        return False
    return _ITS_DAY.search(own) is not None or _ITS_DAY.search(before) is not None or \
        _ONE_ATTACK_BEFORE.search(before) is not None


# "... put the death toll at 19 and said", "... at 40 on Tuesday": the toll put, then the
# clause ends, a day or another verb (not "at 32 for Palestinians killed in the surge",
# "at 300 since Friday": a span's; nor "at 40 earlier Tuesday", a figure the day's later
# ones may have replaced)
_ONE_TOLL_PUT = re.compile(
    r"\s+at\s+(?:(?:more\s+than|at\s+least|over|about|around|nearly|some)\s+)?[\d,]+"
    r"(?:\s+(?:people|persons|Palestinians|dead|killed))?"
    rf"(?=\s*(?:[.;]|,\s+(?:said|according)|$)|\s+(?:on\s+{WEEKDAY_PATTERN}|"
    rf"{WEEKDAY_PATTERN}|and\s+said|and\s+(?:\d[\d,]*|[a-z]+)\s+(?:wounded|injured))\b)", re.I)


def span_since(cues: Cues, text: str, m: re.Match, lo: int, hi: int, start: int,
               end: int) -> re.Match | None:
    """The cue near the count that makes it a tally of a span ("since October", "so far"),
    past those that tell the day's own count; or one attack told "in total" as lasting
    days."""
    since = cues.search(CUMULATIVE, lo, hi)
    if since is not None and _one_attacks_whole(text, since, end):
        since = cues.search(CUMULATIVE, since.end(), hi)
    if since is not None and (_one_attacks_total(text, since, m, end) or
                              _one_day_or_attacks_total(text, since, m, start, end)):
        since = cues.search(CUMULATIVE, since.end(), hi)
    if since is not None and _PAST_DAYS.fullmatch(since.group(0)) and \
            _ITS_DAY.search(text, m.end(), clause_end(text, m.end(), end)):
        # ("strikes, which have intensified over the past two weeks, killed 12 people in
        # Rafah on Saturday": the count of the day it names)
        since = cues.search(CUMULATIVE, since.end(), hi)
    if since is not None and since.group(0).lower().startswith("put") and \
            _ONE_TOLL_PUT.match(text, since.end(), end):
        # "The GHF put the death toll at 19 and said the victims were trampled": one
        # incident's toll, nothing of a span or a surge after it
        since = cues.search(CUMULATIVE, since.end(), hi)
    if since is not None and since.group(0).lower().startswith("put") and \
            CUMULATIVE.match(text, since.start()) is None:
        # "puts the toll at 404 killed and 562 wounded since the early hours": the day's
        # toll, where the window cuts the day off ("since t")
        since = cues.search(CUMULATIVE, since.end(), hi)
    if since is not None and since.group(0).lower() == "since" and \
            _SINCE_DAWN_TODAY.match(text, since.start()):
        # "killed 22 people across the Gaza Strip since midnight": the day's count,
        # where the window cuts the day off ("since mi")
        since = cues.search(CUMULATIVE, since.end(), hi)
    if since is not None and since.group(0).lower().endswith("since") and \
            (today := _SINCE_THE_DAYS_START.match(text, since.end() - 5, end)) is not None:
        # "404 people have been killed and 562 injured since Israel began striking Gaza in
        # the early hours": the day's count, from a start the day's own hours give
        since = cues.search(CUMULATIVE, today.end(), hi) if today.end() < hi else None
    if since is not None and since.group(0).lower() == "since" and \
            _DEADLIEST_SINCE.search(text, start, since.end()):
        # ("the deadliest day for the army since the ground operation began, with 24
        # soldiers killed": the day's toll, measured against the war's other days)
        since = None
    if since is not None and since.group(0).lower() == "began" and \
            _BEGAN_WITH_THE_ACT.match(text, since.end()):
        # "It began when Israel killed a senior Islamic Jihad commander": the act the
        # fighting began with, its own toll
        since = cues.search(CUMULATIVE, since.end(), hi)
    if since is not None and (frame := _since_frame_of_one_act(text, since, m, start, end)):
        # "Since the war began, an Israeli air strike on Tuesday killed 21 people in Rafah":
        # the frame opens the sentence, the act after it is the day's
        since = cues.search(CUMULATIVE, frame.end(), hi) if frame.end() < hi else None
    if since is None:
        # "nine people died in total during the shelling of the area that lasted three
        # days": the attack "in total" names is told as lasting days, a tally of them
        since = _IN_TOTAL_OF_DAYS.match(text, m.end(), min(end, m.end() + 130))
    return since


# "Since the war began, ...", "Since October 7, ...": a frame of a span opening the sentence
_SINCE_FRAME = re.compile(r"[^\w(]*since\b[^,.;:]{1,80},", re.I)


def _since_frame_of_one_act(text: str, cue: re.Match, m: re.Match, start: int,
                            end: int) -> re.Match | None:
    """The "Since ...," frame opening the sentence that holds the tally's ``cue``, where the
    count's clause after it tells what happened on a day of its own, in the simple past
    ("Since the war began, an Israeli air strike on Tuesday killed 21 people in Rafah",
    "Since October 7, ... killed 14 people on Sunday"): that day's toll, set against the
    war, not the war's (not "Since the war began, Israeli strikes have killed 37,000 people",
    "Since October 7, at least 500 aid workers have been killed": no day, or the perfect of
    a tally)."""
    frame = _SINCE_FRAME.match(text, start, end)
    if frame is None or not cue.start() < frame.end() <= m.start():
        return None
    own_end = clause_end(text, m.end(), end)
    if _A_CLAUSE_OF_ITS_OWN.search(text, frame.end(), m.start()) or \
            _PERFECT.search(text, frame.end(), own_end) or \
            not names_its_own_day(text, frame.end(), own_end):
        return None
    return frame


def opened_as_a_tally(text: str, m: re.Match, start: int, end: int) -> bool:
    """Whether the count's clause opens with the start of a truce, or the toll is put for a
    span after it: a tally of the days since."""
    opening = _SINCE_OPENS.search(text, max(start, m.start() - 200), m.start())
    if opening is not None and (
            _DEADLIEST_SINCE.search(text, start, opening.start() + 5) or
            _ITS_DAY.search(text, m.end(), end)):
        opening = None  # "In the deadliest day since the ceasefire began, 30 were
        # killed", "since the truce began, strikes killed 12 people on Monday": a day's
    if opening is None and _PUT_AT.search(text, max(start, m.start() - 60), m.end()) and \
            _PUT_SPAN.match(text, m.end(), end):
        return True  # (a span after the toll put: a tally, as a truce opening one)
    return opening is not None


def framing_before(cues: Cues, m: re.Match, start: int, end: int) -> re.Match | None:
    """A framing before the count that makes it a tally ("In total, ...", "So far, ..."),
    past a "Since October 7," that opens the sentence before a day's own toll."""
    framing = cues.search(FRAMING, start, m.start())
    if framing is not None and \
            (frame := _since_frame_of_one_act(cues.text, framing, m, start, end)) is not None:
        framing = cues.search(FRAMING, frame.end(), m.start())
    if framing is not None and _a_day_told_past_the_frame(cues.text, framing, m, end):
        return None
    if framing is not None and _one_attacks_total(cues.text, framing, m, end):
        return None  # "In total, nine people were killed in the strike": one attack's
    return framing


def _a_day_told_past_the_frame(text: str, framing: re.Match, m: re.Match, end: int) -> bool:
    """Whether a clause after the framing, before the count, names a day of its own, and the
    count is not told in the perfect of a tally: "Israel has been besieging the city since
    the beginning of the week and, on Monday, it ordered residents to move to Deir al-Balah,
    where it launched bombings that night that left at least two dead": the span is the
    siege's, the dead that night's (not "Since the start of the truce on 10 October, 40
    people were killed": the day the span starts from; nor "Since the beginning of the
    week, strikes have killed 120 people, 40 of them on Monday")."""
    stop = re.compile(r"[,;]").search(text, framing.end(), m.start())
    return stop is not None and names_its_own_day(text, stop.end(), m.start()) and \
        _PERFECT.search(text, framing.end(), clause_end(text, m.end(), end)) is None


def framed_by_with(cues: Cues, text: str, m: re.Match, start: int, end: int) -> bool:
    """Whether the count opens its sentence as its frame ("With 178 UNRWA staff killed and
    nearly 350 incidents affecting its premises, UNRWA calls for ..."), with no word that
    it is the latest news."""
    return _WITH_OPENING.fullmatch(text, start, m.start()) is not None and \
        cues.search(RECENT, start, end) is None


def the_days_toll_brought(text: str, m: re.Match, start: int) -> bool:
    """Whether the count is the day's toll of all its attacks that one more brought it to
    ("..., bringing Monday's death toll to 24")."""
    return _DAYS_TOLL_BROUGHT.search(text, max(start, m.start() - 40), m.start()) is not None


# "..., bringing the death toll of the ground operation to 320", "raising the number of
# soldiers killed since the offensive began to 30": the running toll of an operation that one
# more attack brought up, a tally as the war's is (not "bringing the death toll from the
# strike to 30": the one attack's own; nor "bringing the toll of Saturday's rescue operation
# in Nuseirat to 274", one operation of one day, its bodies found after)
_OPERATIONS_TOLL_BROUGHT = re.compile(
    r"\b(?:bringing|raising|taking|pushing|brought|raised|took|pushed|brings|raises|takes|"
    r"pushes)\s+(?:[^.;:,]{0,60}?\s)?(?:toll|tally|number|total|count|figure)\b"
    r"(?P<of>[^.;:]{0,80}?\b(?:operation|offensive|incursion|campaign|assault|invasion|"
    r"onslaught)s?\b[^.;:]{0,60}?)\s(?:to|at)\s+$", re.I)
# (a running toll told from the operation's start: "since the start of a ground operation
# ... on Tuesday")
_FROM_ITS_START = re.compile(r"\b(?:since|began|begun|started|launched|start|beginning|"
                             r"outset|ongoing|continuing)\b", re.I)
# ("Saturday's rescue operation": the operation's own day)
_A_DAYS = re.compile(rf"\b(?:{WEEKDAY_PATTERN}|yesterday|today)['’]s\b", re.I)


def an_operations_toll_brought(text: str, m: re.Match, start: int) -> bool:
    """Whether the count is an operation's running toll that one more attack brought it to
    ("..., bringing the death toll of the ground operation to 320"), not that attack's dead:
    a day named for the operation, with no start of it told, makes it one day's."""
    at = m.start("n")
    brought = _OPERATIONS_TOLL_BROUGHT.search(text, max(start, at - 240), at)
    if brought is None:
        return False
    lo, hi = brought.span("of")
    return _FROM_ITS_START.search(text, lo, hi) is not None or not (
        names_its_own_day(text, lo, hi) or _A_DAYS.search(text, lo, hi))


# "..., bringing the death toll that day to 37": the count the pattern reads names the day
# itself after "toll" (not "bringing the death toll from the strike to 30": one attack's)
_TOLL_OF_THAT_DAY = re.compile(r"(?:death\s+)?toll\s+(?:(?:for|of|on)\s+)?(?:that|this|the)\s+"
                               r"(?:same\s+)?day\b", re.I)


def the_days_toll_named(text: str, m: re.Match, start: int) -> bool:
    """Whether the count is a day's toll of all its attacks named after the toll itself
    ("another 12 people were killed ..., bringing the death toll that day to 37"): the
    day's running total that this attack's dead were added to, not its own dead."""
    return _TOLL_OF_THAT_DAY.match(text, m.start()) is not None and \
        _BRINGING.search(text, max(start, m.start() - 20), m.start()) is not None


# "Nearly 650 incidents against UNRWA buildings were recorded, and at least 745 people were
# killed in its shelters", "... and 183 alleged incidents along aid convoy routes": the dead
# of many incidents counted together
# (any words that qualify the incidents between the number and the noun, up to two: "183
# alleged incidents", "45 separate shooting incidents", "12 such incidents")
# (words shaped as adjectives or participles, or "such", "other", "more", "similar"; not
# prepositions such as "during", so the dead of "killed 30 during three incidents" are not
# read as thirty incidents; read at every word, so "recorded 45 separate incidents" is 45)
_QUALIFIER = (r"(?!(?:during|including|concerning|regarding|following|involving)\b)"
              r"(?:such|other|more|similar|[a-z][\w-]*(?:ed|al|ent|ant|ous|ive|ic|ful|less|ate|"
              r"ing|ary|ory|ible|able|ity|ian|ist))")
_INCIDENTS = re.compile(rf"\b(?=(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:{_QUALIFIER}\s+){{0,2}}"
                        rf"(?P<noun>incidents)\b)", re.I)
_INCIDENTS_NOUN = re.compile(r"incidents", re.I)
# Ten incidents or more: a toll over that many is a tally, no one event's. (Fewer are
# events told together, "killed in two separate incidents", whose toll ACLED shares out.)
_MANY_INCIDENTS = 10


# ("In one of 12 incidents this week, a strike killed five people": one of them, its own;
# so "the deadliest of the 30 incidents", "the latest of 15 incidents", "the third of 12
# incidents": any superlative or ordinal picks one out)
_ONE_OF = re.compile(r"\b(?:one|each|any|either|neither|the\s+(?:(?:single\s+|most\s+[a-z]+\s+)?"
                     r"[a-z]+est|worst|least|latest|last|first|second|third|[a-z]+th|next|most\s+[a-z]+))"
                     r"\s+of\s+(?:the\s+|these\s+|those\s+)?$", re.I)
# ... and no one of them told by itself after them ("reviewing 12 incidents, including a
# strike on Friday that killed 30 people": that strike's own dead)
_ONE_OF_THEM_NAMED = re.compile(r"\b(?:including|among\s+(?:them|which|those|these)|such\s+as|"
                                r"one\s+of\s+(?:them|which|these|those)|in\s+one\b|"
                                r"the\s+(?:[a-z]+est|latest|last|first)\s+(?:of|being)\b)",
                                re.I)


def names_its_own_day(text: str, lo: int, hi: int) -> bool:
    """Whether the span ``lo``..``hi`` (a count's clause) names a day of its own ("a strike
    on Friday killed 30", "on 3 March", "today"), which makes its count that day's, not a
    tally's. (A day written out is read by the date reader, as every rule that asks
    whether a clause tells its day: see :func:`geoevents.dates.days_told_on`.)"""
    return _ITS_DAY.search(text, lo, hi) is not None or bool(days_told_on(text, lo, hi))


def _clause_around(text: str, at: int, to: int, start: int, end: int) -> tuple[int, int]:
    """The clause holding ``at``..``to``: from the last stop before it to the next after."""
    stops = [s.end() for s in re.finditer(r"[,;:]", text[start:at])]
    return start + (stops[-1] if stops else 0), clause_end(text, to, end)


def _incidents_govern(text: str, i: re.Match, at: int, to: int, start: int, end: int) -> bool:
    """Whether the incidents ``i`` govern the count at ``at``..``to``: its clause does not
    name a day of its own, and no one of the incidents is told by itself between them."""
    lo, hi = _clause_around(text, at, to, start, end)
    if names_its_own_day(text, lo, hi):
        return False
    if i.end("noun") <= at:  # "650 incidents ..., and 745 people were killed in them"
        between = text[i.end("noun"):at]
        return ";" not in between and _ONE_OF_THEM_NAMED.search(between) is None
    return True  # "killed 210 people in 45 incidents"


def many_incidents_told(text: str, start: int, end: int, at: int | None = None,
                        to: int | None = None) -> bool:
    """Whether the sentence counts ten incidents or more that govern the count at
    ``at``..``to`` (when given), which makes it the tally of all of them ("Nearly 650
    incidents ... were recorded, and at least 745 people were killed in its shelters"; not
    "in one of 12 incidents", one of them told, nor "reviewing 12 incidents, including a
    strike on Friday that killed 30", that strike's own)."""
    return any((n := number_word(i.group("n"))) is not None and n >= _MANY_INCIDENTS and
               not _ONE_OF.search(text, max(start, i.start() - 40), i.start()) and
               (at is None or to is None or _incidents_govern(text, i, at, to, start, end))
               for i in _incidents_in(text, start, end))


@lru_cache(maxsize=4)  # (the sentences of one report, asked in turn; few texts kept alive)
def _incidents_in(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The counts of incidents in ``text[start:end]``, read once per sentence: each count
    in it asks (a sentence of 80 kB with no full stop and a thousand counts would read its
    words a thousand times)."""
    if _INCIDENTS_NOUN.search(text, start, end) is None:  # (most sentences: no such noun)
        return ()
    return tuple(_INCIDENTS.finditer(text, start, end))


# "since the Gaza war began, more than 180 UNRWA buildings were hit and as a result, over
# 450 displaced people were killed": a clause opening with the war's start frames the counts
# after it as the war's tally, as "since the start of the war" does
_SINCE_THE_WAR_BEGAN = re.compile(r"\bsince\s+the\s+(?:[\w-]+\s+){0,2}?(?:war|conflict|"
                                  r"hostilities|offensive|escalation|fighting)\s+(?:began|"
                                  r"started|erupted|broke\s+out)\s*,", re.I)
# ... not "the deadliest strike since the war began, killing 30": one attack weighed
# against the war's others
_WEIGHED_AGAINST = re.compile(r"\b(?:deadliest|bloodiest|worst|heaviest|largest|biggest|"
                              r"first|highest|most)\b[^.;]{0,60}$", re.I)


# ... in the clause the phrase opens: not past a ";" or a ", and" that opens a clause of
# its own ("Since the war began, Israeli forces have struck Rafah many times, and on Friday a
# strike there killed 12 people")
_A_CLAUSE_OF_ITS_OWN = re.compile(r";|,\s*(?:and|but|while|whereas)\b", re.I)


def framed_since_the_war_began(text: str, m: re.Match, start: int, end: int) -> bool:
    """Whether a clause before the count opens "since the war began," and so frames the
    count as the war's tally (not "the deadliest strike since the war began, ...", nor a
    count in a clause of its own after it, nor one whose clause names its own day)."""
    lo, hi = _clause_around(text, m.start(), m.end(), start, end)
    if names_its_own_day(text, lo, hi):
        return False
    return any(not _WEIGHED_AGAINST.search(text, start, w.start()) and
               _A_CLAUSE_OF_ITS_OWN.search(text, w.end(), m.start()) is None
               for w in _SINCE_THE_WAR_BEGAN.finditer(text, start, m.start()))


# "Israeli airstrikes have killed eleven of its staff in Gaza, with four paramedics and one
# ambulance driver also being killed in clashes": more dead added to a tally with "with ...
# also", of the same tally (not "killed 30 since October, and on Sunday four paramedics were
# killed": a day's dead of their own)
_WITH_ALSO = re.compile(r"[^.;]{0,60}?,\s+(?:with|along\s+with)\s+$", re.I)
_ALSO = re.compile(r"\balso\b", re.I)


def added_to_a_tally(text: str, m: re.Match, found: list[Casualty]) -> bool:
    """Whether the count ``m`` adds, with "with ... also", to a war tally told just before
    it in the sentence, and so is of that tally."""
    before = [c for c in found if c.kind == "killed" and c.end <= m.start()]
    return bool(before) and before[-1].cumulative and \
        _WITH_ALSO.fullmatch(text, before[-1].end, m.start()) is not None and \
        _ALSO.search(m.group(0)) is not None
