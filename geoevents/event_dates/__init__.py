"""Which day an event unit happened on: the dates of its clause and sentence, the date a
report gave last, or the report's own day.

Read by :mod:`geoevents.events`. Reports date events in many ways at once: the day the
news was told ("UNRWA reported on 20 February that ..."), the day a count was taken ("as
of last night"), the start of a period ("since Tuesday"), a day counted from another ("the
night before", "two days after the airstrike"), and a day that carries through prose but
not into the next bullet of a digest. These functions choose among them.
"""

from __future__ import annotations

import re
from dataclasses import replace as dataclass_replace
from datetime import date, timedelta
from functools import lru_cache

from geoevents.anchored import Cues
from geoevents.dates import (
    BEFORE_WHAT,
    CLAUSE_BREAK,
    DURING_THE_NIGHT,
    MONTH_PATTERN,
    NEXT_DAY,
    SINCE_BEFORE,
    SINCE_PHRASE,
    SINCE_REACH,
    TO_COME,
    WAR_START,
    WEEKDAY_PATTERN,
    DateRef,
    find_dates,
    night_of_a_day_told,
    parse_published,
)
from geoevents.quantities import number_word
from geoevents.sentences import Span
from geoevents.speech import QUOTED, TOLD
from geoevents.triggers import find_triggers
from geoevents.units import EventUnit

__all__ = ["date_for", "a_days_attack", "carry", "those_hours", "since_phrase", "last_date",
           "entry_date",
           "continues", "same_stretch", "dates_the_page", "names_a_day", "names_another_event",
           "recent_start", "handed_on", "told_on", "recalled", "STATUS", "BULLET", "PATTERNS",
           "dateline_day", "hours_after_the_one_told", "led_to_a_state", "on_a_dateline",
           "a_tallys_start", "a_tallys_end", "news_day", "elsewhere_then", "came_after",
           "goes_on_now", "BACK_TO_THAT_DAY"]


def since_phrase(text: str, d: DateRef) -> re.Match | None:
    """"since the resumption of humanitarian deliveries on 21 October": the phrase that
    makes ``d`` the start of a period and names what began then, if one does."""
    return SINCE_PHRASE.search(text, max(0, d.start - SINCE_REACH), d.start)


def opens_with(text: str, d: DateRef, at: int) -> bool:
    """"Since the closure of the Rafah border crossing on 7 May": whether the event word at
    ``at`` is the one the since-phrase dates (the closure happened on 7 May)."""
    phrase = since_phrase(text, d)
    return phrase is not None and (
        phrase.start() < at < d.start or
        _A_STATE_FROM.fullmatch(text, at, phrase.start() + 6) is not None)


# "bringing its losses since the start of the ground offensive on Oct. 27 to 156", "the number
# of soldiers killed since troops entered Rafah on Monday": the start of a running total
_A_TOTAL_FROM = re.compile(r"(?i)\b(?:total|toll|tally|number|losses|count|casualties)"
                           r"(?:\s+(?:of\s+)?[\w'’-]+){0,3}?\s+$")


def _a_totals_start(text: str, d: DateRef, pool: list[DateRef]) -> bool:
    """Whether the since-phrase of ``d`` is the start of a running total ("bringing its
    losses since the start of the ground offensive on Oct. 27 to 156") and what the total
    counts has a day of its own in ``pool``, told before the total ("15 soldiers were
    killed in Gaza over the weekend"): not a day the total is told or reached on ("the
    ministry said on Sunday the toll since the Israeli raid on Nuseirat on 8 May had risen
    to 40", "the toll since troops stormed Rafah on 7 May reached 300 on Sunday": the raid,
    the storming, on their own day)."""
    phrase = since_phrase(text, d)
    if phrase is None:
        return False
    total = _A_TOTAL_FROM.search(text, max(0, phrase.start() - 60), phrase.start())
    return total is not None and any(
        not o.since and o.end <= total.start() and not told_on(text, o) and
        _OPENS_A_TELLING.match(text, o.end, total.start()) is None for o in pool)


# "On Sunday, the health ministry said the toll since ...": the day of the telling (not
# "killed on Saturday, the army said, bringing the toll since ...": the killing's day)
_OPENS_A_TELLING = re.compile(r"\s*,?\s*(?:[\w'’-]+\s+){0,6}?(?:" + QUOTED +
                              r")\b(?!\s*,)", re.I)


# "The Rafah crossing has been closed since Israeli forces took control of it on 7 May": a
# state that began on the day of what the since-phrase names (not "strikes have hit Rafah
# daily since ...": a doing, not a state that began then; the state's own word or its
# subject, not another event told of a place in that state: "Israeli tanks shelled the
# Indonesian Hospital, besieged since troops moved in on Sunday" is no shelling on Sunday)
_A_STATE_FROM = re.compile(r"(?i)(?:[\w'’-]+\s*(?:,\s*)?(?:(?:which|that|has|have|had|been|was|"
                           r"were|is|are|remain(?:s|ed)?|stay(?:s|ed)?|now|effectively|largely|"
                           r"mostly)\s+){0,3})?(?:closed|shut|sealed|blocked|besieged|encircled|"
                           r"surrounded)\s+(?:(?:ever|completely|fully|largely|entirely)\s+)?since\s")


def recent_start(text: str, d: DateRef, anchor: date | None) -> bool:
    """"Since 10 April, strikes have been intense in Nuseirat" in a 15 April report: a
    period of days that starts then, dated by its first day (not "since 7 October", nor
    the end of a period)."""
    day = parse_published(d.date) if d.precision == 1 else None
    return day is not None and anchor is not None and day != WAR_START and \
        0 <= (anchor - day).days <= _RECENT_SPAN and (
        d.text[:6].lower() == "since " or
        SINCE_BEFORE.search(text, max(0, d.start - 12), d.start) is not None)


# Days: an operation "since 6 October" in a December update is still this campaign's
# start; "since 7 October" (2023) in a 2024 report is the war's.
_RECENT_SPAN = 92


_DAYS_AFTER = re.compile(r"(?i)\b(\w+) days? after (?:(?:an?|the)\s+(?:[\w-]+\s+){0,5}|"
                         # (not "were killed there, a day after it said more than 50 died in
                         # the camp on Tuesday": the day after a telling, of the other deaths)
                         r"(?![\w'’-]+\s+(?:had\s+)?(?:" + TOLD + r")\b)(?:[\w'’-]+\s+){1,4})$")
# (weeks: "come two weeks after our correspondent ... were killed in a strike"; not "two
# weeks after the war began", "weeks after": no count, or the war's start)
_WEEKS_AFTER = re.compile(r"(?i)\b(a|one|two|three|four|five|six|\d) weeks? after\s+"
                          r"(?!(?:the|an?)\s+(?:war|conflict|offensive|ceasefire|truce)\b)"
                          r"(?:[\w'’.-]+\s+){1,14}$")
_TO_START = re.compile(r"\b(?:to|will|due to|set to|expected to)\s+(?:start|begin|take effect|"
                       r"come into (?:force|effect)|enter into force)\s+(?:on\s+|at\s+)?$|"
                       r"\bstarting\s+(?:on\s+)?$", re.I)
# (and "bringing to 16 the number killed since ground operations expanded on Friday": the
# new total told before what it totals)
_BRINGING = re.compile(r"\b(?:bringing|raising|taking|pushing) (?:(?:it )?to [\d,]+ )?"
                       r"(?:the )?(?:[\w-]+ )?(?:total|toll|number|tally)\b", re.I)
# "since dawn", "since midnight" with no day named after it: the day of the telling (not
# "since dawn on 5 October", "since midnight last Tuesday")
_SINCE_DAWN = re.compile(r"\bsince\s+(?:early\s+|the\s+early\s+|this\s+)?(?:dawn|daybreak|"
                         r"midnight|morning)\b(?!\s+(?:on|of|last|this\s+past)\b)", re.I)
# (not "On Friday, Israeli strikes hit Rafah. Medics said 25 people had been killed since
# dawn": since the dawn of a day already told)
_HAD_BEEN = re.compile(r"\bhad\s+(?:been\s+)?(?:killed|died|wounded|injured)\b", re.I)
_STILL = re.compile(r"\b(?:continu(?:e|es|ed|ing)|ongoing|under way|underway)\b", re.I)


# "The IDF calls on the residents of Jabalia to move south": a call the statement makes as
# it speaks, in the present, not on the day an earlier sentence named for rockets fired
# (not "The IDF called on ...", which may be that day's)
# (not "The order calls on residents of Gaza City to move south" after "On 13 October, the
# military ordered the evacuation of northern Gaza": the order told before, of its own day)
_CALLS_NOW = re.compile(r"(?:The\s+|An?\s+)?(?:(?![\w'’-]*ing\b)[\w'’-]+\s+){0,4}?"
                        r"(?<!order\s)(?<!leaflet\s)(?<!message\s)(?<!map\s)(?<!notice\s)"
                        r"(?<!directive\s)(?<!warning\s)(?<!statement\s)(?<!post\s)"
                        r"(?<!text\s)(?<!call\s)"
                        r"(?:once\s+again\s+|again\s+|also\s+|further\s+)?"
                        r"(?:calls\s+on|urges|orders|instructs|warns|"
                        r"is\s+(?:calling\s+on|urging|ordering|instructing))\s"
                        r"[^.;]{0,120}?\bto\s+(?:immediately\s+)?(?:move|evacuate|leave|head|"
                        r"relocate|go)\b")


# "follows weeks of heavy strikes", "after months of intense fighting": what went on for weeks
# (not "two weeks of strikes", "the past two weeks of fighting": a span counted to a day)
_WEEKS_OF = re.compile(r"(?i)(?<!\d )(?<!two )(?<!three )(?<!four )(?<!five )(?<!six )"
                       r"(?<!past )(?<!last )(?<!first )(?<!the )\b(?:weeks|months)\s+of\s+"
                       r"(?:(?:heavy|intense|intensive|relentless|near-?daily|daily|repeated|"
                       r"constant|sustained|israeli|air|aerial|artillery)\s+){0,2}$")


# (but "Weeks of strikes on Rafah continued on Tuesday, when an airstrike killed 12": the
# weeks went on to a day the sentence names)
_WEEKS_WENT_ON = re.compile(r"(?i)[^.;]{0,60}?\b(?:continued|went\s+on|intensified|resumed|"
                            r"persisted|escalated|pressed\s+on)\b[^.;]{0,40}?\b(?:on|overnight|"
                            r"today|yesterday)\b")


_EARLIER_ONE = re.compile(r"(?i)\b(?:previous|earlier|prior)\s+(?:[\w-]+\s+)?$")


# "has been operating in and around al-Shifa for seven consecutive days": since the first
_FOR_N_DAYS = re.compile(r"\b(?:has|have) been\b[^.;]{0,80}?\bfor (?:the (?:past|last) )?"
                         r"(\w+) (?:consecutive |straight )?days\b", re.I)
# (not "killed 12 in Khan Younis, where residents have been without water for five days":
# a state told of others, after a comma or a relative word)
_RELATIVE_AFTER = re.compile(r",\s+(?:where|which|who|whose)\b")
# (and "an airstrike on a tent camp in al-Mawasi, where thousands had fled after the army
# ordered Rafah evacuated on May 6, killed 12": the count's clause only closes that one)
_CLOSES = re.compile(r"[^,;]*,\s")


def _ends_a_relative(text: str, unit: EventUnit, d: DateRef) -> bool:
    if not unit.clause.start <= d.start < d.end <= unit.anchor or \
            "," in text[unit.clause.start:d.start] or \
            _CLOSES.match(text, d.end, unit.anchor) is None:
        return False
    opened = list(_RELATIVE_AFTER.finditer(text, unit.sentence.start, unit.clause.start))
    # (not "transferred to Kamal Adwan Hospital, which has two doctors left after forces
    # stormed it on Friday, arrested dozens of staff and displaced patients": the main clause
    # was told before the relative, and the deeds after the day go on with the storming)
    if opened and _MAIN_DONE.match(text, unit.sentence.start, opened[-1].start()):
        return False
    return _still_open(_RELATIVE_AFTER, text, unit.sentence.start, unit.clause.start)


# a main clause's verb told whole ("the wounded were transferred to", "Israeli fire killed 12
# in"), not one in a relative of the subject ("a strike that hit a camp in")
_MAIN_DONE = re.compile(r"(?i)(?:(?!\b(?:which|who|whose|whom|where)\b|(?<!said )(?<!says )"
                        r"(?<!reported )(?<!stated )\bthat\b)[^,;:])*?"
                        r"\b(?:was|were|is|are|has|have|had)\s+(?:\w+ly\s+)?\w+ed\b")


_CLAUSE_MARK = re.compile(r"[,;]")


def _still_open(relative: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """Whether the last relative clause ``relative`` opens in ``text[lo:hi]`` runs on to
    ``hi``, no comma or semicolon closing it before."""
    opened = list(relative.finditer(text, lo, hi))
    return bool(opened) and _CLAUSE_MARK.search(text, opened[-1].end(), hi) is None


def _told_in_a_relative(text: str, unit: EventUnit, d: DateRef,
                        dates: list[DateRef]) -> bool:
    """Whether ``d`` is told in a relative clause set off by commas before the event's own
    words ("At al-Shifa Hospital, which Israeli troops stormed on Wednesday, hundreds of
    people left on foot Saturday morning": the storming's day, not the flight's)."""
    if not unit.clause.start <= d.start < d.end <= unit.anchor:
        return False
    closes = _CLOSES.match(text, d.end, unit.anchor)
    if closes is None or not _still_open(_A_PLACES_RELATIVE, text, unit.clause.start, d.start):
        return False
    # (and only when the event has a day of its own past it, in its clause: "Near the
    # Nabulsi roundabout, where aid trucks arrived on Thursday, Israeli fire killed 100
    # people" has none, and is the trucks' day; "At al-Shifa Hospital, which troops stormed
    # on Wednesday, hundreds left on foot, the WHO said on Saturday": the telling's)
    return any(o is not d and o.date and not o.since and
               closes.end() <= o.start < unit.clause.end and not told_on(text, o)
               for o in dates)


# (a place's, not a person's: "One woman, who fled from Gaza City on 11 July, said her
# husband was detained" tells what befell her on her way)
_A_PLACES_RELATIVE = re.compile(r",\s+(?:where|which)\b")


# (nor "killed 20 people, many of them relatives who had come south from Gaza City after
# Israel ordered them to move last week": when those killed had fled, long before)
_FLED_BEFORE = re.compile(r"(?i)\bwho\s+(?:had|have)\s+(?:been\s+)?(?:\w+ly\s+)?(?:fled|left|"
                          r"escaped|relocated|evacuated|displaced|sought\s+refuge|"
                          # (not "rescuers who had arrived at the scene of the attack on
                          # Monday": they came to it, that day)
                          # ("who had come south after Israel ordered them to move last
                          # week": when they came)
                          r"(?:come|moved)\s+(?:(?:north|south|east|west)\w*\s+)?(?:from|after))\b"
                          # (not "who had been displaced from Beit Lahia, in a school in
                          # Jabalia on Tuesday": the strike's own words after a comma)
                          r"[^.;:,]*$")


# (a day after a site they were in is the strike's: "who had sought refuge in a UN school
# in Nuseirat on Thursday", "who had left the mosque in Jabalia after evening prayers on
# Monday", unlike "who had been displaced from Gaza City on 13 October")
_AT_A_SITE = re.compile(r"\b(?:in|at|inside|near)\s", re.I)


def _when_they_fled(text: str, unit: EventUnit, d: DateRef) -> bool:
    return unit.anchor < d.start and _fled_then(text, unit.anchor, d)


def _fled_then(text: str, lo: int, d: DateRef) -> bool:
    """Whether ``d`` ends a relative clause, opened after ``lo``, on when people had fled."""
    fled = _FLED_BEFORE.search(text, lo, d.start)
    return fled is not None and (d.precision != 1 or
                                 _AT_A_SITE.search(text, fled.start(), d.start) is None)


_OTHER_CLAUSE = re.compile(r"[,;]|\b(?:where|who|whom|whose|which|that)\b", re.I)
# (or "expanded its operations to Khan Younis a few days ago": some day before, untold)
_FOR_A_WHILE = re.compile(r"\b(?:for (?:several |many |a few )?(?:days|weeks|months)|"
                          r"before and during|(?:a few|several|some) (?:days|weeks) ago|"
                          # "after an Israeli strike killed seven of its workers earlier this
                          # year": some day long before, untold
                          r"earlier (?:this|in the) (?:year|month|spring|summer|autumn|winter)|"
                          # "Last month, our physiotherapist was killed in a drone strike":
                          # a day of the month before, untold
                          r"last (?:month|year)|"
                          # "IOF fired at fishing boats off Gaza City on three occasions": a
                          # doing of several days, none told
                          r"on (?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|"
                          r"numerous|many|\d{1,2}) (?:separate |different )?occasions|"
                          r"(?:(?:a few|several|some|two|three|four|five|six|\d{1,2}) months|"
                          r"a month|months) ago)\b", re.I)


_SINCE_THEN = re.compile(r"(?i)\b(?:since|after|following)\b[^,.;]*$")
_RELATIVE_OPENED = re.compile(r"(?i),\s*(?:who|whom|whose|which|where)\b[^,.;]*$")


# ("some of the largest strikes in Gaza in recent weeks", "the highest toll in recent
# days", "the first such strikes in recent weeks": a comparison, not a time)
_SUPERLATIVE = re.compile(r"\b(?:largest|biggest|heaviest|deadliest|worst|fiercest|most|"
                          r"highest|bloodiest|first)\b", re.I)
_RECENT_DAYS = re.compile(
    # ("in the last couple of days": two days or so, up to the report, as "the past few")
    r"\b(?:in recent (?:days|weeks)|(?:in|over|during) the (?:past|last) (?:few |several |"
    r"couple of |two |three |four |five |six |seven |\d+ )?(?:days|weeks)|in (?:two|three|four|"
    r"five|six|seven|\d+) days|in (?:a|one|two|three|\d) weeks?|"
    # "Over the past week, trucks were looted", "killing six people during the week"
    # (not "freed during the week-long pause in fighting": a span of its own, not up to now)
    r"(?:in|over|during) the (?:past|last) week(?!-)|(?:during|over) the week(?!-|\s+(?:of|"
    r"before|after|when|that)\b))\b", re.I)
# ("450,000 people have left Rafah in one week": the days up to the report; not "the
# crossing will reopen in a week", "expected to resume in two weeks": a time to come)
_IN_TIME_TO_COME = re.compile(r"(?i)\b(?:will|would|shall|expected|due|set|planned|"
                              r"scheduled|could|may|might|within)\b")


_WORD = re.compile(r"[\w'’-]+")
_APPOSED_DAY = re.compile(r"\s*,?\s*(?:on\s+)?")


# "UNRWA reported that", "said on Tuesday that": what follows is what was told.
_TELLING = re.compile(
    r"\b(?:" + QUOTED + r"|indicated)\b"
    # (and "confirmed overnight that the body handed over by Hamas late Friday is ...")
    r"(?:\s+(?:on\s+\w+(?:\s+\w+)?|overnight|today|yesterday|this\s+(?:morning|evening)))?"
    r"\s+that\b", re.I)


# "In response to the limited release of bodies on Monday, Israel notifies ...": the day
# of what is responded to, in the opening phrase, not of the response ("After midnight on
# Monday," is a time of the day, not something responded to)
_CAUSE_OPENING = re.compile(r"\W*(?:In response to|In retaliation for|Following|After)\s"
                            r"(?!(?:the\s+)?(?:midnight|dawn|daybreak|sunrise|sunset|nightfall|"
                            r"dusk|dark|noon|midday|\d|[\w-]+\s+prayers\b))"
                            r"[^,;]{3,120},", re.I)
_AFTER_IT = re.compile(r"\W*(?:After|Following)\s", re.I)
# (not "After two days of heavy bombardment that started on Monday, tanks advanced": the
# day what is followed began, days before what the sentence tells)
_BEGAN_THEN = re.compile(r"\b(?:began|begun|started|launched|erupted|broke\s+out)\b[^,;]{0,30},$",
                         re.I)
_DONE_THEN = re.compile(r"\b(?:was|were|had|\w{3,}ed)\b")
_ENTRY_HEAD = re.compile(r"[ \t]*\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?\s*[–—:-]\s")


# "On 5 May, rockets hit ... . Overnight Israeli strikes on Rafah killed 19": a timeline's
# paragraph, each opening on its day (at least three of them: not a news report's paragraph
# that opens on a day before its own, whose "overnight" is the report's)
_ON_DAY_HEAD = re.compile(rf"[ \t]*On\s+(?:\d{{1,2}}\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+"
                          rf"\d{{1,2}})(?:,?\s+\d{{4}})?,\s")
_ON_DAY_LINES = re.compile(_ON_DAY_HEAD.pattern.replace("[ \\t]*", r"(?m)^[ \t]*", 1))
_TIMELINE_ENTRIES = 3
_ON_DAY_SENTENCE = re.compile(r"[.!?]\s+(?=" + _ON_DAY_HEAD.pattern[len("[ \\t]*"):] + ")")


@lru_cache(maxsize=8)
def _a_timeline(text: str) -> bool:
    return sum(1 for _ in zip(range(_TIMELINE_ENTRIES), _ON_DAY_LINES.finditer(text))) >= \
        _TIMELINE_ENTRIES


def entry_date(text: str, s: Span, anchor: date | None, cues: Cues) -> date | None:
    """The day a timeline line is about ("24 January – ... in the past 24 hours", "On 5
    May, ... Overnight strikes killed 19"): what its relative dates count from."""
    line = text.rfind("\n", 0, s.start) + 1
    head = _ENTRY_HEAD.match(text, line)
    if head is None and line < s.start and "On" in text[line:line + 8] and _a_timeline(text):
        head = _ON_DAY_HEAD.match(text, line)
        # (the last day a sentence of the paragraph opens on: "On 12 May, the UN said ... .
        # On 13 May, an airstrike hit Deir al-Balah. Overnight ...": from the 13th)
        for later in _ON_DAY_SENTENCE.finditer(text, head.end(), s.start) if head else ():
            head = _ON_DAY_HEAD.match(text, later.end())
            line = later.end()
    if head is None and line > 0:
        # ("KEY FIGURES (Ministry of Health, as of 13 May)" on the line above "82 killed in
        # the past 24 hours": the hours up to the day the figures are given as of)
        head = _AS_OF_HEAD.match(text, text.rfind("\n", 0, line - 1) + 1, line - 1)
        line = head.start("day") if head is not None else line
    if head is None:
        return None
    found = [d for d in find_dates(text, anchor, line, head.end(), cues=cues)
             if d.date and d.precision == 1]
    return parse_published(found[0].date) if found else None


BULLET = re.compile(r"[ \t]*[•\-*–·▪]")
# a heading line that ends on the day its figures are as of ("KEY FIGURES (Ministry of Health,
# as of 13 May)", "Casualties as of May 12, 2024:"; not a sentence: "Israel struck Rafah,
# killing 5 (figures as of 12 May)"; a heading that names figures, not a headline: "Rafah
# crossing closed as of 7 May")
_AS_OF_HEAD = re.compile(rf"(?i)[ \t]*(?=[^\n]*?\b(?:figures|casualties|fatalities|toll|"
                         rf"numbers|data|statistics|facts|killed|injured|displaced)\b[^\n]*?"
                         rf"\bas\s+(?:of|at)\b)"
                         rf"(?:[\w'’&/-]+[ \t]+){{0,4}}?(?:\([^()\n]{{0,60}}?)?\bas\s+"
                         rf"(?:of|at)\s+(?P<day>\d{{1,2}}\s+{MONTH_PATTERN}|"
                         rf"{MONTH_PATTERN}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\)?[ \t]*:?[ \t]*$")


def continues(text: str, d: DateRef, s: Span) -> bool:
    """Whether the text from a date to sentence ``s`` is one stretch of prose, so that the
    date carries (see :func:`same_stretch`)."""
    line = text.rfind("\n", 0, s.start) + 1
    told = text.rfind("\n", 0, d.start) + 1
    if line > d.end and _STAMPED_ENTRY.match(text, line) and \
            (_STAMPED_ENTRY.match(text, told) or not _heads_what_follows(text, d)):
        # "15:57 | A short while ago, a launch was identified": the stamp opens the entry's
        # own line, told of its own time, not of a day an earlier entry named (not the
        # entries under the page's day: "Gaza live updates for Tuesday, 14 May 2024 /
        # 09:40 – Israeli airstrikes hit a house in Rafah")
        return False
    if line > d.end and d.precision == 1 and \
            (item := _LABELLED_ITEM.match(text, line)) is not None and \
            _an_area_label(item.group("label")) and \
            not _LABELLED_ITEM.match(text, told) and not _heads_what_follows(text, d) and \
            not _OPENS_ON_THE_DAY.fullmatch(text, told, d.start):
        # "Our crews could not reach the site. Since the army besieged Kamal Adwan Hospital
        # last Friday, ... / Gaza City: Crews recovered three martyrs after a drone strike":
        # an update's item, labelled by its area, is of the update's day, not of a day its
        # prose named in passing (not the items of a list its prose opened: "Hostilities
        # on 13 May: / Gaza City: ..."; nor an item after an item: "Jabalia: On Monday
        # morning, ... / Khan Younis: At about 1 a.m., ..."; nor a digest's week: "Israeli
        # forces intensified their offensive last week. / Khan Younis: ..."; nor the items
        # under an update's day: "Situation update, 27 October 2024 / North Gaza: ...",
        # "On 27 October, Israeli bombardment continued across the Strip. / Gaza City: ...")
        return False
    return same_stretch(text, d.end, s, paragraphs=True)


def _heads_what_follows(text: str, d: DateRef) -> bool:
    """Whether the line of date ``d`` heads the lines after it: a heading with no closing
    stop ("Situation update, 27 October 2024"), a list's opening ("Hostilities on 13 May:")
    or a line that points at what follows ("Here are the latest developments from Tuesday
    14 May.")."""
    told = text.rfind("\n", 0, d.start) + 1
    end = text.find("\n", d.end)
    last = text[told:end if end >= 0 else len(text)].rstrip()[-1:]
    return last not in ".!?\"”’)]" or \
        _POINTS_AT_WHAT_FOLLOWS.match(text, told) is not None


# "Here are the latest developments", "The following incidents were reported on 27 October."
_POINTS_AT_WHAT_FOLLOWS = re.compile(r"(?i)[ \t]*(?:here\s+(?:are|is)|the\s+following|below\s+"
                                     r"(?:are|is))\b")
# "On 27 October, Israeli bombardment continued ...": a paragraph that opens on its day, the
# frame of the items under it (not "Since the army besieged the hospital last Friday, ...": a
# day named in passing)
_OPENS_ON_THE_DAY = re.compile(r"(?i)[ \t]*(?:on\s+)?")


def _an_area_label(label: str) -> bool:
    """Whether an item's label names an area ("Gaza City", "Central governorate", "Deir
    al-Balah"; not who speaks, "Witnesses said", "He added", nor a tag, "Read more",
    "UPDATE")."""
    words = label.split()
    return not _A_TAG.fullmatch(label) and \
        all(w[:1].isupper() or _AREA_WORD.fullmatch(w) for w in words)


_A_TAG = re.compile(r"(?i)update[sd]?|breaking|note|correction|watch|analysis|context|"
                    r"background|sources?|photos?|video|read|listen|opinion|explainer|live|"
                    r"latest|warning|alert|statement|timeline|summary|quote|editor's\s+note")
_AREA_WORD = re.compile(r"(?i)(?:(?:al|el|an|ad|ash|as|ar|az)-[\w'’-]+)|and|the|of|al|el|"
                        r"camp|area|areas|city|town|governorate|neighbou?rhood|district|"
                        r"(?:north|south|east|west)(?:ern)?|central|middle")


def same_stretch(text: str, end: int, s: Span, *, paragraphs: bool = False) -> bool:
    """Whether the text from offset ``end`` to sentence ``s`` is one stretch of prose: the
    same line, paragraphs of prose (a blank line between), or a next line that speaks of
    what the last one told ("The strike took place ..."); not a new bullet or the next
    entry of a list of one-line items (a news digest)."""
    between = text[end:s.start]
    if "\n" not in between:
        return True
    if _ENTRY_STAMP.search(text, end, s.start):
        return False  # a live page's next entry ("Posted at 08:55"), told of its own time
    line = text.rfind("\n", 0, s.start) + 1
    if (bullet := BULLET.match(text, line)) is not None:
        # (but "• Those fleeing reported passing through an Israeli checkpoint", after a
        # bullet on the flight: a bullet that opens by pointing back goes on with the last)
        return _BULLET_REFERS_BACK.match(text, bullet.end()) is not None and \
            text.rfind("\n", 0, line - 1) < end or _a_listed_item(text, end, line)
    if _CREDITED.search(text, max(0, line - 60), line):
        return False  # the last line ends with its outlet, "(Reuters)": a digest entry
    # (not a day the lead told before any head: "Israeli strikes killed 30 people on Tuesday.
    # / A night of terror / Residents of Rafah said an airstrike on a house killed 12": an
    # article's subheads go on with the story its lead dated)
    if paragraphs and _sectioned(text) and _a_section_between(text, end, line) and \
            _SECTION_LINES.search(text, 0, end) is not None:
        return False
    if "\n\n" in between or _REFERS_BACK.match(s.text) is not None:
        return True
    if not paragraphs:
        return False
    if _REFERS_BACK.match(text, line) is not None:
        return True  # "The operation began ... . Israeli forces carried out airstrikes"
    # a paragraph of prose after another, with one line break between (an article's
    # paragraphs as copied), not the next of a list of one-line items: a date carries
    # into it (a place or an attack's type does not: a paragraph moves on to others)
    last = text.rfind("\n", 0, line - 1) + 1
    return line - last > _PROSE_LINE and text[last:line].rstrip()[-1:] in ".]”\"" and \
        end >= last


# "Air activity", "Fallen", "Humanitarian": the head of an update's next section, a short line
# of its own with no closing stop (what the section tells is of the update's own day, not of
# a day the last section named; an article's one or two subheads go on with its story)
_SECTION_HEAD = re.compile(r"[ \t]*[A-Z][\w'’-]*(?:[ \t]+[\w'’&/-]+){0,4}[ \t]*$")


_SECTION_LINES = re.compile(r"(?m)(?<=\n)" + _SECTION_HEAD.pattern[:-1] + r"(?=\n)")
_SECTIONS = 4  # an update of at least this many sections (not an article's subheads)


@lru_cache(maxsize=8)
@lru_cache(maxsize=64)
def _sectioned(text: str) -> bool:
    """Whether the report is an update of many sections (asked for each day handed on, so
    answered once per report)."""
    return sum(1 for _ in zip(range(_SECTIONS), _SECTION_LINES.finditer(text))) >= _SECTIONS


def _a_section_between(text: str, end: int, line: int) -> bool:
    """Whether a section's head stands on a line of its own between ``end`` and ``line``."""
    k = text.find("\n", end, line)
    while k >= 0 and k + 1 < line:
        nxt = text.find("\n", k + 1, line)
        if nxt < 0:
            return False
        if _SECTION_HEAD.fullmatch(text, k + 1, nxt):
            return True
        k = nxt
    return False


def _a_listed_item(text: str, end: int, line: int) -> bool:
    """Whether the bullet at ``line`` is an item of a list its prose opened with a colon,
    after the date ("... began at 2:10 a.m. on Tuesday, 18 March. / Over the first 24
    hours, our team recorded the following: / - Gaza City: at least 89 killed"): the
    items are of the day the prose told (not a digest's bullets, each of its own)."""
    opened = at = line
    # (a blank line may stand between the items, or after the prose that opens them:
    # "Al-Haq documented the following: / / - In Nuseirat, a school was struck")
    while (before := text.rfind("\n", 0, at - 1) + 1) < at and \
            (BULLET.match(text, before) is not None or not text[before:at].strip()):
        at = before
        if BULLET.match(text, before) is not None:
            opened = before
    if opened == line and BULLET.match(text, text.rfind("\n", 0, line - 1) + 1):
        return False
    intro = text.rfind("\n", 0, at - 1) + 1
    if not text[intro:at].strip():
        return False
    return text[intro:opened].rstrip().endswith(":") and end <= opened and \
        not BULLET.match(text, intro) and not _ANOTHER_MATTER.match(text, intro) and \
        not any(BULLET.match(text, k + 1) for k in _newlines(text, end, intro)) and \
        not _ENTRY_STAMP.search(text, end, opened)


# (not "In other developments, the ministry listed incidents from across the Strip:",
# "Elsewhere:": a list of other happenings than the prose told)
_ANOTHER_MATTER = re.compile(r"(?i)[ \t]*(?:in\s+other\s+(?:news|developments|incidents)|"
                             r"other\s+(?:news|developments|incidents)|elsewhere|separately|"
                             r"meanwhile)\b")


def _newlines(text: str, lo: int, hi: int) -> list[int]:
    return [k for k in range(lo, hi) if text[k] == "\n"]


# a time of day: "08:55", "14.05"
_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
# "Posted at 08:55", "Updated 14:05", "10:20 GMT" on a line of its own: the time stamp of
# a live page's entry (not "at 16:00 local time on Monday", told in a sentence)
_ENTRY_STAMP = re.compile(r"(?im)^[ \t]*(?:(?:posted|updated|published)\s+(?:at\s+)?)?" +
                          _CLOCK + r"(?:\s*(?:gmt|bst|utc|cet|est|"
                          r"local\s+time|[ap]\.?m\.?))?[ \t]*$")


# "15:57 | A short while ago ...", "09:40 – Troops have ...": a live page's entry that opens
# on its time stamp (not "10:30 a.m. local time was when the strike hit": a sentence)
_STAMPED_ENTRY = re.compile(r"[ \t]*" + _CLOCK + r"[ \t]*[|–—][ \t]*\S")


# "Gaza City: Crews recovered ...", "Central governorate: ...": an item of an update that
# opens on the area it covers
_LABELLED_ITEM = re.compile(r"[ \t]*(?P<label>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,2})[ \t]*:"
                            r"[ \t]+[A-Z]")


# A sentence that begins by pointing back at what was just told ("The strike took place",
# "It was"), not one that names a new subject ("The Israel Defense Forces announce").
_REFERS_BACK = re.compile(r"(?:The|This|That|These|Those)\s+"
                          r"(?!morning|afternoon|evening|week)[a-z]|"
                          r"(?:It|They|He|She|His|Her|Their|Its)\b")
_BULLET_REFERS_BACK = re.compile(r"\s*(?:(?:These|Those)\s+[a-z]|They\b)")
_PROSE_LINE = 150  # characters: a line this long is a paragraph, not a list item
_CREDITED = re.compile(r"\([A-Z][^()\n]{0,40}\)[ \t]*\n[ \t]*$")


def dates_the_page(text: str, d: DateRef) -> bool:
    """Whether a date stands on a line of its own or a "Date:" line (an infobox, a
    dateline), and so dates what follows it across lines."""
    start = text.rfind("\n", 0, d.start) + 1
    end = text.find("\n", d.end)
    line = text[start:end if end >= 0 else len(text)].strip(" -•*\t")
    return len(line.split()) <= 4 or line[:4].lower() == "date"


# "the response to the October 7 Hamas attacks": a day that names another event
_NAMES_AN_EVENT = re.compile(r"(?:,?\s+2023)?,?\s+(?:Hamas[- ](?:led\s+)?|Hamas\s+)?"
                             r"(?:attacks?|massacres?|assault|incursion)\b")


_ON_ISRAEL_BEFORE = re.compile(r"(?i)\b(?:attacks?|assault|incursion|raid)\b[^.;]{0,60}?\bon\s+"
                               r"(?:southern\s+)?Israel\s+(?:on|in)\s+(?:the\s+)?$|"
                               # "since Hamas gunmen stormed southern Israel on Saturday": the
                               # attack on Israel told as a clause
                               r"\b(?:stormed|attacked|invaded|infiltrated|overran|raided|"
                               r"(?:burst|broke|crossed)\s+into)\s+(?:southern\s+)?Israel\s+"
                               r"(?:(?:on|in)\s+(?:the\s+)?)?$")
# "abducted from the Nova festival on", "who were taken hostage on": the captives' day
# (and "hostages taken on Oct 7", "the captives were taken alive on October 7", "the bodies
# of hostages that were taken on": the captives named by how they were taken; "taken alive"
# only of hostages or captives, not "12 gunmen were taken alive on October 7", fighters the
# troops caught; nor "troops took the crossing on 7 May")
_TAKEN_ON = re.compile(r"(?i)\b(?:abducted|kidnapped|taken\s+(?:hostage|captive)|"
                       r"(?:hostages?|captives?)\b[^.;,]{0,30}?\btaken\s+alive|"
                       r"(?:hostages?|captives?)\s+(?:(?:who|that)\s+(?:were|was)\s+)?taken|"
                       r"seized)\b[^.;,]{0,45}?\b(?:on|in)\s+(?:the\s+)?$")
_BEGUN_BY = re.compile(r"(?i)\b(?:initiated|launched|started|begun|began|sparked|triggered)\s+"
                       r"by\s+(?:the\s+)?hamas\b[^.;]{0,25}$")


def names_another_event(text: str, d: DateRef) -> bool:
    """"the October 7 Hamas attacks": a day that names an event of its own, Hamas's or the
    one of 7 October 2023 (not "the 13 July attack on al-Mawasi killed 90": the event told)."""
    if d.date == "2023-10-07" and _BEGUN_BY.search(text, max(0, d.start - 60), d.start):
        return True  # "a conflict initiated by Hamas militants on October 7, 2023"
    if _ON_ISRAEL_BEFORE.search(text, max(0, d.start - 90), d.start):
        return True  # "following attacks by Hamas-led militants on Israel in October 2023"
    if d.date is not None and d.date[5:] == "10-07" and \
            _TAKEN_ON.search(text, max(0, d.start - 60), d.start):
        return True  # "Eliya Cohen, abducted from the Nova festival on October 7, is handed
        # over to the Red Cross": the day the captive was taken, not the release's
    hit = _NAMES_AN_EVENT.match(text, d.end)
    if hit is not None and hit.group(0).startswith(",") and "2023" not in hit.group(0) and \
            not d.text[-4:].isdigit() and d.date != "2023-10-07":
        return False  # a comma only after the year: "On Saturday, Hamas attacks ... killed"
    return hit is not None and ("hamas" in hit.group(0).lower() or d.date == "2023-10-07")


# "Hours after the Muwasi strike, an airstrike on a prayer hall killed 20", "Shortly after
# the attack, ...": the same day as the attack told before (not "Days after the strike",
# "Two days after the strike": another day)
_HOURS_AFTER = re.compile(r"\W*(?:(?:Only|Just|Barely|Some)\s+)?(?:Hours|Minutes|Moments|Shortly|"
                          r"Soon)\s+(?:later\s+)?after\s+(?:the|that|this)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?:strike|airstrike|air\s+strike|attack|bombing|raid|shelling|"
                          r"massacre|explosion|blast)s?\b[^,;.]{0,60},")


# "Nasser Hospital, already strained after the nearby European Hospital was evacuated
# earlier this month, was overwhelmed": what led to a state told, long before and with no
# day, not an event of the report (not "after an airstrike hit the camp earlier today")
_LONG_BEFORE = re.compile(r"(?i)\b(?:earlier\s+(?:this|in\s+the)\s+(?:month|year|spring|summer|"
                          r"autumn|winter)|(?:a\s+few|several|some|two|three|four|five|six|"
                          r"\d{1,2})\s+(?:weeks|months)\s+ago|(?:a|one)\s+(?:month|year)\s+ago|"
                          r"months\s+ago|last\s+(?:month|year))\b")
_CAUSE_CLAUSE = re.compile(r"\W*(?:after|since|because|following|when)\s", re.I)


def led_to_a_state(unit: EventUnit, text: str) -> bool:
    """Whether a unit tells, in a clause of "after" or "since", what happened long before
    with no day ("already strained after the nearby European Hospital was evacuated earlier
    this month")."""
    if _CAUSE_CLAUSE.match(text, unit.clause.start, unit.anchor) is None:
        return False
    # (the clause of "after" only, up to its comma: not "Since the offensive began earlier
    # this month, 60,000 have been displaced", the flight told in the main clause)
    comma = text.find(",", unit.clause.start, unit.clause.end)
    end = comma if comma >= 0 else unit.clause.end
    return unit.anchor < end and _LONG_BEFORE.search(text, unit.anchor, end) is not None and \
        not find_dates(text, None, unit.clause.start, end)


# "The strike came hours after Hamas's Qassam Brigades fired eight rockets", "The raid came a
# day after ...": what the sentence tells is counted back from the day of the one it names
_CAME_AFTER = re.compile(r"\W*(?:The|This|That|Its|Their)\s+(?:[\w'’-]+\s+){0,2}?"
                         r"(?P<noun>strike|airstrike|attack|raid|bombing|shelling|assault|"
                         r"operation|incursion|incident|escalation|massacre|killings?)\s+"
                         r"(?:also\s+)?came\s+(?:only\s+|just\s+|barely\s+)?"
                         r"(?P<n>hours|minutes|shortly|a\s+day|one\s+day|\w+\s+days)\s+after\s",
                         re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_DATED_REACH = 30  # characters from a noun to the day told for it ("strike on Sunday night")


def came_after(text: str, s: Span, unit: EventUnit, anchor: date | None,
               cues: Cues) -> str | None:
    """The day of what a sentence says the event told before "came after": the day the report
    last gave that event (its noun with a day beside it: "the air force strike on Sunday
    night", "Sunday's strike"), less the days counted ("a day after": one)."""
    hit = _CAME_AFTER.match(text, s.start, s.end)
    if hit is None or unit.anchor < hit.end():
        return None
    n = hit.group("n").lower().split()[0]
    back = 0 if n in ("hours", "minutes", "shortly") else 1 if n in ("a", "one") else \
        number_word(n)
    if back is None:
        return None
    # ("an Israeli airstrike set ablaze a tent camp ... The strike came hours after": the
    # strike told by a compound of its noun)
    noun = re.compile(rf"(?i)\b(?:air\s*|drone\s+|missile\s+)?{hit.group('noun')}\b")
    # the last one told by that noun, and only if no other day is told after its sentence
    # (not "An Israeli strike on Saturday killed 10 in Nuseirat. On Monday, Israeli jets struck
    # a house in Rafah, killing five. The strike came hours after ...": Monday's strike)
    for m in list(noun.finditer(text, 0, s.start))[-1:]:
        days = [d for d in find_dates(text, anchor, max(0, m.start() - _DATED_REACH),
                                      min(s.start, m.end() + _DATED_REACH), cues=cues)
                if d.date and d.precision == 1 and not d.since and
                not CLAUSE_BREAK.search(text, min(d.end, m.start()), max(d.start, m.end()))]
        if days:
            day = min(days, key=lambda d: abs(d.start - m.start()))
            stop = _SENTENCE_END.search(text, max(day.end, m.end()), s.start)
            # (but not "by Monday, the ministry counted 45 dead": the day of a count)
            # (nor "Speaking in the Knesset on Monday, Netanyahu said ...": the day of a
            # sentence that tells no attack)
            if stop is not None and any(d.date and not _a_counts_day(text, d) and
                                        _tells_an_attack(text, d)
                                        for d in find_dates(text, anchor, stop.end(), s.start,
                                                            cues=cues)):
                return None
            return (parse_published(day.date) - timedelta(days=back)).isoformat()
    return None


# (and "On Monday, an Israeli drone targeted a car in Rafah", "warplanes pounded a block,
# wounding six": an attack told by other words, the one "the strike" names)
_AN_ATTACK_WORD = re.compile(r"(?i)\b(?:\w*strikes?|struck|bomb\w*|shell\w*|raid\w*|attack\w*|"
                             r"fired|opened\s+fire|kill\w*|hit|target(?:s|ed|ing)|"
                             r"pound(?:s|ed|ing)|wound(?:s|ed|ing)|injur(?:es|ed|ing)|"
                             r"blasts?|explo(?:sion|ded|des)\w*|blew\s+up|shot|shoot\w*|"
                             r"ambush\w*|clash\w*|storm(?:s|ed|ing)|demolish\w*|destroy\w*|"
                             r"died|dead)\b")


def _tells_an_attack(text: str, d: DateRef) -> bool:
    """Whether the sentence of a day tells an attack (a later one the noun may name)."""
    lo = max(text.rfind(".", 0, d.start), text.rfind("\n", 0, d.start)) + 1
    stop = _SENTENCE_END.search(text, d.end)
    return _AN_ATTACK_WORD.search(text, lo, stop.start() if stop else len(text)) is not None


# "The truce came into effect on Sunday at 11:15am, nearly three hours late. In those hours,
# Israeli strikes killed at least 19": the hours of the sentence before, on its day
# (not "In these hours, Israeli tanks are advancing on eastern Rafah": the hours the report
# speaks in, told in the present)
_THOSE_HOURS = re.compile(r"\W*(?:In|During|Within|Over)\s+(?:those|the\s+same|these(?![^.;]*?\b"
                          r"(?:is|are)\s+(?:still\s+|now\s+)?\w+ing\b))\s+"
                          r"(?:few\s+)?(?:hours|minutes)\b", re.I)


def those_hours(text: str, s: Span, before: Span | None, anchor: date | None,
                cues: Cues) -> str | None:
    """The day of the sentence before, where a sentence that gives no day opens on its hours
    ("In those hours, ...")."""
    if before is None or _THOSE_HOURS.match(text, s.start, s.end) is None:
        return None
    days = [d for d in find_dates(text, anchor, before.start, before.end, cues=cues)
            if d.date and d.precision == 1 and not d.since]
    return days[-1].date if days else None


def hours_after_the_one_told(s: Span) -> int | None:
    """Where the opening phrase ends, if a sentence opens by setting what it tells hours
    after the attack told before ("Hours after the Muwasi strike, an airstrike on a prayer
    hall killed 20")."""
    hit = _HOURS_AFTER.match(s.text)
    return s.start + hit.end() if hit is not None else None


def names_a_day(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """"Orders continued to be issued, with a new one on 5 August": a dated event still.

    Only a day written out counts ("5 August", "Monday"), not "today" or "overnight".
    """
    return any(d.date and d.precision == 1 and not d.since and
               (d.text[:1].isdigit() or d.text.removeprefix("on ")[:1].isupper()) and
               not names_another_event(text, d) and
               not _STARTED_IN_A_RELATIVE.search(text, max(s.start, d.start - 40), d.start)
               for d in find_dates(text, anchor, s.start, s.end, cues=cues))


# "The ceasefire that took effect on 19 January continues to hold": the day a truce began,
# in a relative clause of its subject, not a day of what the sentence tells (not "an
# engagement of the war that began on 2 November 2023": the day of the engagement)
_STARTED_IN_A_RELATIVE = re.compile(r"(?i)\b(?:that|which)\s+(?:had\s+|has\s+)?(?:took\s+effect|"
                                    r"came\s+into\s+(?:force|effect)|entered\s+into\s+force|"
                                    r"went\s+into\s+effect)\s+(?:on\s+)?$")


def carry(skipped: list[Span], carried: DateRef | None, anchor: date | None,
           cues: Cues) -> DateRef | None:
    """The last date the report gave: the latest passed-over sentence's, else ``carried``."""
    for s in reversed(skipped):
        found = last_date(s, anchor, cues)
        # ("Israeli troops entered Rafah on 7 May. During the night, residents stayed
        # indoors": the night of the day carried, which stays the day)
        if found is not None and not (found.text.lower() == DURING_THE_NIGHT and
                                      night_of_a_day_told(carried, anchor) is not None):
            return found
    return carried


def recalled(d: DateRef, carried: DateRef | None, anchor: date | None) -> bool:
    """Whether a day is recalled from long before the days of the report's news, where the
    report had reached them ("said Thursday that strikes killed 24 since midnight. Israel
    resumed its campaign on March 18, after the truce collapsed. Four people were killed in
    Gaza City": the four were killed on Thursday)."""
    day = parse_published(d.date) if d.date else None
    now = parse_published(carried.date) if carried is not None and carried.date and \
        carried.precision == 1 else None
    # (but what follows "On October 7, Hamas militants broke through the border" is told of
    # that day: background the report does not code; "On 7 October" with no year is that
    # day too, whatever year the report's date would make of it)
    return day is not None and now is not None and anchor is not None and \
        (day.month, day.day) != (WAR_START.month, WAR_START.day) and \
        0 <= (anchor - now).days <= _NEWS_DAYS and (now - day).days > _RECALLED


_NEWS_DAYS = 3  # days before the report: its news


def news_day(when: str | None, precision: int, anchor: date | None) -> str | None:
    """``when``, the day of the first dated violent event told, if it is of the report's
    news (not "On October 7, Hamas militants broke through the border")."""
    day = parse_published(when) if when and precision == 1 else None
    return when if day is not None and anchor is not None and \
        0 <= (anchor - day).days <= _NEWS_DAYS else None


def goes_on_now(text: str, s: Span, carried: DateRef | None, day: str,
                anchor: date | None) -> DateRef | None:
    """``day`` as the date later sentences fall back on, where a sentence that gives no day
    tells what goes on ("Israeli strikes continued elsewhere") on a day of the report's news,
    after a day carried from before them ("Limited deliveries resumed on May 19")."""
    then = parse_published(carried.date) if carried is not None and carried.date else None
    now = parse_published(day)
    if then is None or now is None or anchor is None or \
            not 0 <= (anchor - now).days <= _NEWS_DAYS or (now - then).days <= _NEWS_DAYS or \
            _STILL.search(text, s.start, s.end) is None:
        return None
    return DateRef(day, 1, s.start, s.end, "")


# "Elsewhere, nine people were killed", "In other strikes, ...": other places, at the time
# of the report's news
_ELSEWHERE = re.compile(r"\W*(?:Elsewhere|In\s+other\s+(?:attacks|strikes|incidents|areas))\b",
                        re.I)


def elsewhere_then(text: str, s: Span, when: str | None, news: str | None) -> bool:
    """Whether a paragraph opens on other places, in a sentence that gives no day, and falls
    back on a day before the report's news day (the day of an aside told before it; not
    "On Monday, a strike killed two in Khan Younis. Elsewhere, ...": that day still)."""
    if news is None or when is None or when >= news or _ELSEWHERE.match(s.text) is None or \
            text.rfind("\n", 0, s.start) < text.rfind(".", 0, s.start):
        return False
    # (not after a paragraph that opens on its own day, as a roundup or a timeline tells each:
    # "On Saturday, Israeli tanks shelled the outskirts of Khan Younis, killing two.
    # Elsewhere, an airstrike killed three in Jabalia": Saturday's too)
    before = text[:s.start].rstrip()
    return _OPENS_ON_A_DAY.match(text, before.rfind("\n") + 1) is None


_OPENS_ON_A_DAY = re.compile(rf"(?i)[ \t]*(?:[•\-*–·▪][ \t]*)?(?:(?:On|Early|Late|By)\s+)?"
                             rf"(?:{WEEKDAY_PATTERN}|\d{{1,2}}\s+{MONTH_PATTERN}|"
                             rf"{MONTH_PATTERN}\s+\d{{1,2}})\b")
_RECALLED = 14  # days before the news: a day recalled, not the next news


# "As of 14 July, Israel was still investigating": the day a state of affairs was
# described, not a date that what the report tells next happened on.
STATUS = re.compile(r"(?i)\bas of\s+$")


_MONTH_NEARBY = 40  # characters: a month this close to the trigger is its own date
_JOINED = re.compile(r"\s*(?:\([^()]{0,12}\)\s*)?(?:,\s*)?(?:and|to|or|until|through|[–-])\s*"
                     r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?")


# The verbs of a telling, before its day ("said Sunday")
_TELLING_VERBS = TOLD + r"|told \w+|noted|warned|added|explained"
# "As we said yesterday", "told reporters on Monday": the day of a telling.
_TOLD_ON = re.compile(rf"(?i)\b(?:{_TELLING_VERBS}|briefed|"
                      # "told a news conference in Doha on Wednesday night that ..." (not
                      # "told of the strike on Wednesday": the strike's day)
                      r"told\s+(?:an?\s+|the\s+)?(?:news\s+|press\s+)?(?:conference|briefing|"
                      r"reporters|journalists|lawmakers|parliament)\s+(?:in\s+[\w'’-]+\s+)?)"
                      r"\s*(?:on\s+)?$")
# (not "officials say Sunday was the deadliest day": the day is what is told of)
_DAY_TOLD_OF = re.compile(r"\s+(?:was|saw|marked|became|had been)\b")
# (but "an explosion that residents said Sunday was caused by a drone", "the strike, which
# the army said Sunday was aimed at a commander": what is told of is the clause's subject,
# and the day is the telling's)
# ("briefed" takes no clause before it: "which officials briefed")
_TOLD_IN_A_CLAUSE = re.compile(r"(?i)\b(?:that|which|what)\s+(?:[\w'-]+\s+){0,3}"
                               rf"(?:{_TELLING_VERBS})\s+(?:on\s+)?$")


def _day_told_of(text: str, d: DateRef) -> bool:
    """Whether a day after "said" is what is told of ("officials say Sunday was the
    deadliest day", "the army said Tuesday's strike killed a commander"), not the day of
    the telling."""
    if d.text.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), d.end):
        return True
    return _DAY_TOLD_OF.match(text, d.end) is not None and \
        _TOLD_IN_A_CLAUSE.search(text, max(0, d.start - 60), d.start) is None


# "killed Tuesday ..., the army confirmed Wednesday": the day of the telling, not of what
# it told, where the sentence gives another day (alone, "Hamas claimed on Monday that it
# ambushed ...", it is the best day the report gives)
_CONFIRMED_ON = re.compile(r"(?i)\b(?:confirmed|disclosed|revealed|acknowledged|claimed)\s+"
                           r"(?:on\s+)?$")


# ("killed 20 people, many of them relatives who had come south from Gaza City after
# Israel ordered them to move last week. The military said it struck terror targets": the
# day they fled does not date what follows)
_FLED_REACH = 150
# "about 50,000 people moved south on 8 November, up from about 15,000 on 7 November and
# 5,000 on 6 November": the days a figure is compared with
_COMPARED_WITH = re.compile(r"(?i)\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+"
                            r"[^.;:()]{0,60}$")
# "following a humanitarian pause that started on 24 November": the day of a thing named
# in passing.
# (or "a kilometer from where another hostage was rescued last week": what a relative
# clause says of a place, with its own subject)
# (and "the aftermath of a strike that happened a day earlier on 6 January")
_RELATIVE_CLAUSE = re.compile(r"(?i)\b(?:that|which)\s+(?:had\s+|has\s+|was\s+|were\s+)?"
                              r"\w+ed\s+(?:(?:an?|one|two|three|\d)\s+days?\s+(?:earlier|before)\s+)?"
                              r"(?:on\s+)?$|"
                              r"\b(?:where|when)\s+(?:[\w'’-]+\s+){1,3}?(?:had\s+been\s+|has\s+been\s+|"
                              r"was\s+|were\s+)\w+ed\s+(?:on\s+)?$")


# a threat against those who did something: "would operate against militants who had fired",
# "vowed to hit those who launched"
_THREAT_ON_DOERS = re.compile(
    r"(?i)\b(?:would|will|vow(?:s|ed)?\s+to|threaten(?:s|ed)?\s+to|warn(?:s|ed)?\s+(?:it|they)"
    r"\s+would)\s+[^.;]{0,60}?\b(?:against|on|at|target|hit|strike)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:[\w-]+\s+){0,1}?$")


def told_on(text: str, d: DateRef) -> bool:
    """Whether a day is the day of a telling ("Shehab reported on Sunday")."""
    return _TOLD_ON.search(text, max(0, d.start - 50), d.start) is not None and \
        not _day_told_of(text, d)


# "'On Saturday, an air strike hit our house,' a man said.": a speaker's day, opening a
# quote that closes in its sentence; what the report tells after it keeps the report's own
# day (not a quote that runs on into the next sentence: 'On Saturday, a strike hit our
# house. My sons were killed,' he said)
_QUOTE_OPENS = re.compile(r"(?:^|[.!?:]\s+|\n\s*)[“\"'‘]\s*$")
_QUOTE_CLOSES = re.compile(r"[^\n“”\".!?]*?[,!?][”\"'’]\s+(?:[\w'’-]+\s+){0,6}?"
                           r"(?:" + QUOTED + r")\b")


# (only a speaker's own account: "... hit our house," a man said; not "'On Friday, Israeli
# forces stormed Kamal Adwan Hospital,' the WHO said. Troops detained 44 staff", "'Yesterday,
# an air strike killed 12 people in Jabalia,' the civil defence said": the news the report
# goes on with)
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i['’]m|me|my|we|we['’]re|us|our)\b")


def _opens_a_quote(text: str, d: DateRef) -> bool:
    return _QUOTE_OPENS.search(text, max(0, d.start - 4), d.start) is not None


def _quoted_day(text: str, d: DateRef) -> bool:
    """Whether ``d`` opens a speaker's own account, quoted and closed in its sentence."""
    if not _opens_a_quote(text, d):
        return False
    closes = _QUOTE_CLOSES.match(text, d.end)
    return closes is not None and _FIRST_PERSON.search(text, d.end, closes.end()) is not None


def hands_on(text: str, d: DateRef, *, alone: bool = False) -> bool:
    """Whether a day dates what the report tells next: not a day a state of affairs was
    described ("as of 14 July"), a telling's day ("as we said yesterday"), a speaker's
    day that opens a quote, nor a day that names another thing ("before Monday's
    evacuation order", "a pause that started on 24 November")."""
    lo = max(0, d.start - 30)
    return STATUS.search(text, max(0, d.start - 8), d.start) is None and \
        not _quoted_day(text, d) and \
        not told_on(text, d) and \
        (alone or _CONFIRMED_ON.search(text, lo, d.start) is None) and \
        _RELATIVE_CLAUSE.search(text, max(0, d.start - 50), d.start) is None and \
        _COMPARED_WITH.search(text, max(0, d.start - 80), d.start) is None and \
        not _fled_then(text, max(0, d.start - _FLED_REACH), d) and \
        (_TRUCE_OF.search(text, lo, d.start) is None or
         _TRUCE_BROKEN.search(text, max(0, d.start - 60), d.start) is not None) and \
        (not d.text.endswith(("'s", "’s")) and text[d.end:d.end + 2] not in ("'s", "’s") or
         d.precision == 1 and _OCTOBER_7.search(d.text) is None and
         (_DAYS_TOLL.match(text, d.end) is not None or
          _DAYS_ATTACK.match(text, d.end) is not None and
          _CONDEMNED.search(text, max(0, d.start - 40), d.start) is not None)) and \
        _TOLD_BEFORE_THAT.search(text, max(0, d.start - 140), d.start) is None and \
        not _in_a_relative(text, d) and \
        _TOTAL_FROM.search(text, max(0, d.start - 140), d.start) is None and \
        _ORDERED_ON.search(text, max(0, d.start - 80), d.start) is None and \
        _TRUCE_TOOK_EFFECT.search(text, max(0, d.start - 80), d.start) is None and \
        not _a_truces_first_day(text, d) and \
        _A_TRUCES_DAY.match(text, d.end) is None and \
        _measured_since(text, max(0, d.start - 120), d.start) is None and \
        not _a_start_to_come(text, d) and \
        _SINCE_IN_A_RELATIVE.search(text, max(0, d.start - 130), d.start) is None


# "a truce, starting on Sunday": what is named starts then (not "Israeli strikes killed 10
# people in Rafah starting on Sunday", "in an operation starting on Sunday": the event's own
# first day)
_TRUCE_STARTING = re.compile(r"(?i)\b(?:truce|ceasefire|pause|deal|agreement|curfew)\s*,?\s+"
                             r"starting\s+(?:on\s+)?$")


def _a_start_to_come(text: str, d: DateRef, lo: int = 0) -> bool:
    """Whether ``d`` is the day something named is due to start (see above)."""
    to_start = _TO_START.search(text, max(lo, d.start - 30), d.start)
    return to_start is not None and (not to_start.group(0).lower().startswith("starting") or
                                     _TRUCE_STARTING.search(text, max(lo, d.start - 40),
                                                            d.start) is not None)


# "32 patients have died at al-Shifa Hospital since 11 November": the start of what a
# sentence counts up to now, not a day that what is told next happened on (not "Since 10
# April, strikes have hit Nuseirat. ...": a period the report opens on)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*|:\s+)(?:[-•*]\s*)?$")


def a_tallys_start(text: str, d: DateRef) -> bool:
    """Whether ``d`` starts a count told up to now, mid-sentence (see above): the day "the same
    day" right after it points back to, not one that what is told next falls back on."""
    if not d.since or not (d.text[:6].lower() == "since " or
                           SINCE_BEFORE.search(text, max(0, d.start - 12), d.start)):
        return False
    since = d.start if d.text[:6].lower() == "since " else \
        SINCE_BEFORE.search(text, max(0, d.start - 12), d.start).start()
    return _SENTENCE_OPENS.search(text, max(0, since - 6), since) is None and \
        _HAVE_DONE.search(text, max(0, since - 120), since) is not None


# "have died", "has been killed", "have risen": the perfect of a count up to now (also as
# told: "He said 349 people had been killed since Sunday")
_HAVE_DONE = re.compile(r"(?i)(?:\b(?:have|has)|\b(?:said|says|reported|added|stated)\b"
                        r"[^.;!?]{0,60}?\bhad)\s+(?:(?:now|also|reportedly)\s+)?(?:died|perished|"
                        r"been\s+(?:killed|injured|wounded|recorded|reported|counted|detained)|"
                        r"risen|reached|arrived|entered)\b[^.;!?]*$")


# "Netanyahu ordered 'powerful strikes' on Tuesday": the day of an order, not of the strikes it
# called for, which the report tells next
# "the deadliest day since the ceasefire took effect nearly three weeks ago": the truce's
# start, not the day of what the report tells next
# (and "the ceasefire agreement that came into force on 10 October": in a relative clause)
# (or when it was made: "ending two months of calm under a ceasefire agreed in January")
_TRUCE_TOOK_EFFECT = re.compile(r"(?i)\b(?:truce|ceasefire|pause|agreement|deal)\s+"
                                r"(?:(?:that|which)\s+(?:had\s+|has\s+)?)?(?:took\s+effect|began|"
                                r"started|came\s+into\s+(?:force|effect)|went\s+into\s+effect|"
                                r"(?:(?:that|which)\s+(?:was|had\s+been)\s+)?(?:agreed|reached|"
                                r"signed|brokered|struck|sealed))"
                                r"\s+(?:nearly\s+|about\s+|almost\s+|some\s+|on\s+)?$")
# "A ceasefire agreement between the two sides, brokered by mediators and implemented on
# October 10, requires ...": the day the truce named at the head of the sentence came in,
# told in the participles that describe it, not a day what the report tells next happened
# on (not "The ceasefire collapsed when strikes killed 20 people in Rafah on 18 March": what
# ended it, told in a clause of its own)
_TRUCE_IN_FORCE = re.compile(r"(?i)\b(?:truce|ceasefire)\b(?:[^.;:!?]"
                             r"(?!\b(?:killed|killing|struck|hit|shelled|bombed|attacked|"
                             r"collapsed|ended|broke)\b)){0,100}?\b(?:implemented|enforced)"
                             r"\s+(?:on\s+|in\s+)?$")
_TRUCE_REACH = 150  # characters from the truce's noun to its day
# (but "A truce was implemented on 10 October. Hours later, a strike killed 3", "... held for
# only a few hours. A drone strike killed two that afternoon": what is told next points back
# to the truce's day, so that day dates it)
BACK_TO_THAT_DAY = re.compile(r"(?i)\b(?:(?:hours|minutes)\s+(?:later|after)|within\s+hours|"
                               r"(?:later\s+)?that\s+(?:same\s+)?(?:day|morning|afternoon|"
                               r"evening|night)|the\s+same\s+day|shortly\s+after(?:wards)?|"
                               r"(?:for\s+)?only\s+a\s+few\s+hours)\b")
_BACK_REACH = 260  # characters: the rest of the truce's sentence and the one after it


def _a_truces_first_day(text: str, d: DateRef) -> bool:
    """Whether ``d`` is the day a truce named before it came in, told in the words that
    describe the truce, with nothing after it pointing back to that day."""
    lo = max(0, d.start - _TRUCE_REACH)
    near = text[lo:d.start].lower()
    return ("truce" in near or "ceasefire" in near) and \
        _TRUCE_IN_FORCE.search(text, lo, d.start) is not None and \
        BACK_TO_THAT_DAY.search(text, d.end, d.end + _BACK_REACH) is None
# "its first announced combat losses since ground operations were expanded on Friday", "the
# deadliest day since the army entered Rafah on Monday": what the event is measured against
# (not "The first aid convoy since 2 March has entered Gaza, the UN said on Monday": a day
# after the measure's clause)
_MEASURED_SINCE = re.compile(r"(?i)\b(?:\w+iest|worst|largest|biggest|greatest|highest|first|"
                             r"most\s+[\w-]+)\s+(?:[\w'’-]+\s+){0,4}?(?P<since>since)\s+[^.;:,]{0,80}$")
# (not "The deadliest Israeli strike since the truce killed 12 in Jabalia on Monday", "medics
# said the first strike on Rafah since the ceasefire killed three on Monday": a measure that
# is the clause's subject, whose verb and day follow it)
_A_SUBJECT_STARTS = re.compile(r"(?i)(?:\A|[.!?][\"”’']?\s+|\n\s*|\b(?:said|says|reported|"
                               r"added)\s+(?:that\s+)?)(?:the|its|their|this|that|a|an)?\s*$")


def _measured_since(text: str, lo: int, hi: int) -> re.Match | None:
    m = _MEASURED_SINCE.search(text, lo, hi)
    if m is not None and _A_SUBJECT_STARTS.search(text, max(0, m.start() - 40), m.start()):
        return None
    return m


# "the deadliest day since the October 10 ceasefire took effect", "under the 19 January
# truce": a day that names a truce, not one what is told next happened on
# (not "killed 30 on Monday as ceasefire talks stalled", "on Monday amid ceasefire talks",
# "on Monday despite truce efforts": a word joining the day to the truce is no truce's name)
_A_TRUCES_DAY = re.compile(r"(?i)(?:,?\s+20\d\d,?)?\s+(?:(?!(?:as|amid|despite|after|before|"
                           r"during|under|with|without|while|since|following|ahead|and|but|"
                           r"or|in|on|of|to|for|over|into|the|a|an)\b)[\w-]+\s+)?(?:truce|ceasefire|"
                           r"cease-fire|pause|lull)\b")
# "has been closed since the occupation seized it last week", after the place: a day in a
# relative clause on the state of a place, not the day of what the sentence told of it
_SINCE_IN_A_RELATIVE = re.compile(r"(?i),\s+(?:which|where|that)\b[^.;:,]{0,60}?\bsince\s+"
                                  r"[^.;:,]{0,60}$")
# "continued clearing operations begun in August", "continued the offensive it launched on
# 5 October": the start of what goes on, not the day of what is told
_BEGUN_THEN = re.compile(r"(?i)\b(?:(?:that|which)\s+(?:had\s+|has\s+)?|(?:it|they)\s+(?:had\s+)?)?"
                         r"(?:begun|began|started|launched|initiated)\s+(?:on\s+)?$")
_GOES_ON = re.compile(r"(?i)\bcontinu(?:e|es|ed|ing)\b")
_ORDERED_ON = re.compile(r"(?i)\b(?:ordered|called\s+for|instructed|directed)\s+[^.;:!?]{0,60}?"
                         r"\b(?:strikes|attacks|raids|bombardment|offensive|operation)\b"
                         r"[\"'’”]?\s*(?:on\s+|early\s+|late\s+)?$")


# "dozens were killed there, a day after it said more than 50 died in the camp on Tuesday":
# the day of what an earlier telling told, recalled in passing
_TOLD_BEFORE_THAT = re.compile(rf"(?i)\b(?:after|since)\s+(?:it|they|he|she|officials|the\s+"
                               rf"(?:[\w-]+\s+)?(?:ministry|army|military|agency|office))\s+"
                               rf"(?:had\s+)?(?:{TOLD})\b[^.;:]*$")
# "most of the dead were from families whose homes were hit late on Sunday", "the doctor
# who lost nine of her children in a strike on Friday": the day of what a relative clause
# tells of someone, not the day of the news told next (a relative clause of a place may
# tell the news itself: "the Middle Area, where forces carried out 50 strikes on 24
# December", "Tal al-Sultan, which was hit by the airstrike on Sunday")
_IN_A_RELATIVE = re.compile(r"(?i)\b(?:whose|who|whom)\s+[^,;.:!?\"“”()]{0,100}$")
# (but not of the armed men who did the deed: "Hamas fighters who ambushed Israeli troops in
# Rafah on Tuesday killed three soldiers", "troops who stormed the hospital on Monday": the
# news itself)
_ARMED_WHO = re.compile(r"(?i)\b(?:troops|forces|soldiers|fighters|gunmen|militants|commandos|"
                        r"units|tanks|army|militias?|brigades?|divisions?|battalions?)\s*,?\s*$")


def _in_a_relative(text: str, d: DateRef) -> bool:
    """Whether ``d`` ends a relative clause on someone (:data:`_IN_A_RELATIVE`), not on the
    armed men whose deed the sentence tells."""
    rel = _IN_A_RELATIVE.search(text, max(0, d.start - 100), d.start)
    return rel is not None and \
        _ARMED_WHO.search(text, max(0, rel.start() - 30), rel.start()) is None


# "bringing to 16 the number killed since ground operations expanded on Friday": the day a
# running total counts from
_TOTAL_FROM = re.compile(_BRINGING.pattern + r"[^.;:]*?\bsince\b[^.;:]*$", re.I)


# "after the end of the week-long truce on December 1": the day that names the truce
_TRUCE_OF = re.compile(r"(?i)\b(?:truce|ceasefire|pause|lull)\s+(?:on\s+)?$")
# (not "Israel broke the ceasefire on Tuesday with a wave of airstrikes": the day of an act)
_TRUCE_BROKEN = re.compile(r"(?i)\b(?:broke|ended|shattered|breached|violated)\s+(?:the\s+|a\s+)?"
                           r"(?:[\w-]+\s+){0,2}(?:truce|ceasefire|pause|lull)\s+(?:on\s+)?$")
# "the death toll from Saturday's Israeli massacre in the Nuseirat camp has risen to 274.
# Forces carried out the attack in broad daylight": the day of the attack the report goes on
# to tell (not "The army said Tuesday's strike killed a commander. Two soldiers were killed
# in northern Gaza": an attack named in passing, where what follows is news of its own)
_A_DAYS_ATTACK = re.compile(r"(?:(?:Israeli|deadly|[\w-]+-scale|mass|twin|double)\s+){0,2}"
                            r"(?:massacre|attack|air\s?strike|strike|raid|bombing|bombardment|"
                            r"assault|operation|shelling)\b")
_ITS_ATTACK = re.compile(r"['’]s\s+" + _A_DAYS_ATTACK.pattern)


def a_days_attack(text: str, d: DateRef, end: int) -> bool:
    """Whether ``d`` names an attack by its day ("Saturday's Israeli massacre") in a sentence
    ending at ``end`` whose next sentence does not tell of that attack again."""
    if not (d.text.endswith(("'s", "’s")) and
            _A_DAYS_ATTACK.match(text, d.end + (text[d.end:d.end + 1] == " ")) is not None or
            _ITS_ATTACK.match(text, d.end) is not None):
        return False
    nxt = _SENTENCE_END.search(text, end + 1)
    # (an attack condemned is one the report follows up: "UNRWA condemned Monday's Israeli
    # attack on its school in Nuseirat. Eighteen people were killed"; but one told with what
    # it hit is told in full where the next sentence tells a deed of its own, "condemned
    # Thursday's strike on a school in Gaza City. Israeli tanks shelled Beit Lahia")
    if _CONDEMNED.search(text, max(0, d.start - 40), d.start) is not None and \
            (_DAYS_ATTACK.match(text, d.end) is not None or
             _A_DEED.search(text, end, nxt.end() if nxt else len(text)) is None):
        return False
    return not any(_COUNTED_FROM_IT.search(text, max(end, m.start() - 25), m.start()) is None
                   and _A_CAMPAIGN.fullmatch(m.group(0)) is None and
                   _ON_GAZA.match(text, m.end()) is None
                   for m in _THE_ATTACK.finditer(text, end, nxt.end() if nxt else len(text)))


# (a deed told in a sentence of its own, not a toll of the attack named before it)
_A_DEED = re.compile(r"(?i)\b(?:shelled|struck|bombed|raided|stormed|attacked|targeted|"
                     r"fired\s+(?:at|on)|opened\s+fire|hit)\b")


# "carried out the attack", "during the raid": the attack named just before, told again
# (not "Days after the Muwasi strike, an airstrike on a prayer hall killed 20": a time
# counted from it)
_COUNTED_FROM_IT = re.compile(r"(?i)\b(?:after|before|since|following|until|ahead\s+of)\s+$")
_THE_ATTACK = re.compile(r"(?i)\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:massacre|attack|"
                         r"air\s?strike|strike|raid|bombing|bombardment|assault|operation)\b")
# (not a campaign or the war, told of next: "The ground operation in Khan Younis
# continued", "The military operation in Rafah, launched in May", "The Israeli assault on
# Gaza has killed more than 37,000 people")
_A_CAMPAIGN = re.compile(r"(?i)\w+\s+(?:[\w-]+\s+)?(?:ground|military|army['’]s|wider|broader|"
                         r"ongoing|[\w-]+-long)\s+(?:operation|assault|bombardment)")
_ON_GAZA = re.compile(r"(?i)\s+(?:on|of|in|against|across)\s+(?:the\s+)?Gaza\b(?!\s+City)")


# "Thursday's death toll was among the highest": the day of the deaths told next (not
# "last week's death toll", a week's, nor "October 7's death toll", the attack on Israel's)
_DAYS_TOLL = re.compile(r"(?:['’]s)?\s+(?:(?:death\s+)?toll\b|" + _A_DAYS_ATTACK.pattern + ")")
# "condemned Thursday's deadly incident in Gaza City ... . According to health authorities,
# 112 people were killed": the day of the attack the report follows up, told on next (not
# "still burying the dead of Thursday's strike. Tanks shelled Beit Lahia": another event's;
# nor "condemned Thursday's strike on a school in Gaza City. Israeli tanks shelled Beit
# Lahia", "condemned Thursday's killing of aid workers": an attack told with what it hit is
# told in full, and what comes next is another)
_DAYS_ATTACK = re.compile(r"(?i)(?:['’]s)?\s+(?:(?:deadly|deadliest|bloody|fatal|horrific|"
                          r"tragic|israeli|mass|latest)\s+){0,2}(?:incident|attack|strike|"
                          r"air\s?strike|massacre|shooting|killings?|bombing|shelling)\b"
                          r"(?!\s+(?:on|of|against|targeting)\b)")
# (told as what is condemned or looked into: the incident the report follows up)
_CONDEMNED = re.compile(r"(?i)\b(?:condemn(?:s|ed|ing)?|denounc(?:es|ed|ing)|deplor(?:es|ed|ing)|"
                        r"decr(?:y|ies|ied)|mourn(?:s|ed|ing)?|investigat(?:es|ed|ing|ion\s+"
                        r"into)|(?:probe|inquiry)\s+into)\s+(?:the\s+)?$")
_OCTOBER_7 = re.compile(r"(?i)\b(?:oct(?:ober)?\.?\s+7(?:th)?|7(?:th)?\s+(?:of\s+)?oct(?:ober)?)\b")


def last_date(s: Span, anchor: date | None, cues: Cues) -> DateRef | None:
    # A sentence that tells no event hands on a day or a week, not a month ("less than 80
    # trucks in June and July" does not date the fighting reported next).
    refs = [d for d in find_dates(cues.text, anchor, s.start, s.end, cues=cues)
            if d.date and not d.since and d.precision < 3 and
            not names_another_event(cues.text, d)]
    refs = [a_tallys_end(cues.text, d, s) for d in handed_on(cues.text, refs)
            if not a_days_attack(cues.text, d, s.end)]
    return refs[-1] if refs else None


# "Between the afternoons of 24 and 28 May, 190 Palestinians were killed": a tally of days,
# dated by its first, which hands on its last to what the report tells next ("Limited
# commercial supplies entered via Kerem Shalom": on the 28th, not the 24th)
_DAYS_SPAN = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*(?P<last>\d{1,2})"
                        r"(?:st|nd|rd|th)?\s")
_A_TALLY = re.compile(r"(?i)\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:(?:were|have\s+been|had\s+been)\s+)?"
                      r"(?:killed|injured|wounded)\b")


def a_tallys_end(text: str, d: DateRef, s: Span) -> DateRef:
    """``d`` dated by its last day where it is the span of a tally of days its sentence ``s``
    tells (see above), else ``d``."""
    span = _DAYS_SPAN.search(d.text)
    first = parse_published(d.date) if span is not None else None
    if first is None or _A_TALLY.search(text, s.start, s.end) is None:
        return d
    last = first + timedelta(days=int(span.group("last")) - first.day)
    # (a window of one day, "between the afternoons of 25 and 26 October", is the window a
    # time of day told next falls in: see _in_the_window)
    return dataclass_replace(d, date=last.isoformat()) if (last - first).days > 1 else d


def handed_on(text: str, days: list[DateRef]) -> list[DateRef]:
    """The days of a sentence that date what the report tells next (see ``hands_on``)."""
    # ("reached the roundabout in the early hours of Thursday, where crowds had waited since
    # the night before": the day told, not the start of the wait)
    days = [d for d in days if not d.since] or days
    return [d for d in days if hands_on(text, d)] or \
        [d for d in days if hands_on(text, d, alone=True)]


# ", and the military said", "; the ministry says that": a clause of its own, told by another
_LATER_TELLING = re.compile(r"\s*[,;]\s+(?:(?:and|while|but)\s+)?(?:[\w'’-]+\s+){1,4}?"
                            r"(?:" + TOLD + r")\s+(?:that\s+)?", re.I)


def _anothers_told_day(cues: Cues, unit: EventUnit, d: DateRef) -> bool:
    """Whether ``d`` is the day of another event a later clause tells, with a speaker of its
    own ("Israeli troops battled militants for a sixth day in Jabaliya, and the military
    said five soldiers were killed Wednesday night by tank fire": the tank fire's day, not
    the battle's)."""
    if d.start < unit.clause.end:
        return False
    told = _LATER_TELLING.match(cues.text, unit.clause.end)
    if told is None or told.end() > d.start:
        return False
    own = (unit.event_type, unit.sub_event_type)
    # (not "Israeli troops stormed Kamal Adwan Hospital, and the WHO said the raid on
    # Tuesday forced out patients": a word of the unit's own kind tells of it again)
    kinds = {(t.event_type, t.sub_event_type)
             for t in find_triggers(cues.text, told.end(), unit.sentence.end, cues=cues)}
    return bool(kinds) and own not in kinds


# "Regional Overview: Middle East / 20-26 January 2024", "Weekly Assessment, September
# 13-19, 2025": the days a weekly overview covers, on a line of its own at its head (also
# in brackets after the week's number: "Security Digest - Week 47 (17-23 November 2025)")
_PERIOD_LINE = re.compile(rf"(?im)^[^\n]{{0,60}}?(?P<br>\()?\b(?:(?P<d1>\d{{1,2}})\s*[-–]\s*"
                          rf"(?P<d2>\d{{1,2}})\s+(?P<m1>{MONTH_PATTERN})|(?P<m2>{MONTH_PATTERN})\s+(?P<d3>\d{{1,2}})\s*"
                          rf"[-–]\s*(?P<d4>\d{{1,2}})),?\s+(?P<y>\d{{4}})(?(br)\))[ \t]*$")
_PERIOD_REACH = 200  # characters: the head of the report
# (the days alone on their line, or after an overview's name: not a headline ending on the
# days of something else, "Gaza truce talks in Cairo, 20-22 May 2024")
_AN_OVERVIEWS_HEAD = re.compile(r"(?i)\b(?:overview|update|assessment|report|summary|period|"
                                r"bulletin|snapshot|sitrep|digest|week|weekly|situation|flash)\b")
# (in brackets, only right after the overview's number or name: "Week 47 (", "Report No. 12
# (", "Weekly Update (", not a headline's own days, "Gaza: MSF teams report surge in injuries
# (20-26 October 2024)", "World Week for Peace in Palestine (20-26 October 2024)")
_BRACKETED_AFTER = re.compile(r"(?i)(?:\d+|\b(?:overview|update|assessment|report|summary|"
                              r"bulletin|snapshot|sitrep|digest))\s*[-–:|]?\s*\($")


def _period_covered(text: str, anchor: date) -> tuple[date, date] | None:
    """The first and last day of the week a report covers, where it went up after it."""
    m = next((m for m in _PERIOD_LINE.finditer(text, 0, _PERIOD_REACH)
              if not re.search(r"\w", head := text[m.start():m.start("d1") if m.group("d1")
                                                   else m.start("m2")]) or
              _AN_OVERVIEWS_HEAD.search(head) and
              (m.group("br") is None or _BRACKETED_AFTER.search(head))), None)
    if m is None:
        return None
    month = m.group("m1") or m.group("m2")
    refs = find_dates(f"{m.group('d1') or m.group('d3')} {month} {m.group('y')}", anchor)
    first = parse_published(refs[0].date) if refs and refs[0].date else None
    if first is None:
        return None
    last = first + timedelta(days=int(m.group("d2") or m.group("d4")) - first.day)
    return (first, last) if 0 < (last - first).days <= 7 and last < anchor else None


# "a sniper attack in Sheikh Radwan on September 17 and an IED attack in Zeitoun on
# September 18": items joined by "and", each with its day after it
_NEXT_ITEM = re.compile(r"\s*,?\s+and\s+(?:an?\s+|the\s+)?")
_ITEM_ENDS = re.compile(r"[;:,]|\band\b", re.I)
# (not "and an airstrike killed 30 in Jabalia hours before the truce on 12 May", "in the days
# before 12 May": a day the item is told against, not its own)
_DAY_IT_IS_AGAINST = re.compile(r"(?i)\b(?:before|after|since|until|till|ahead\s+of|prior\s+to|"
                                r"following)\b[^.;:,]{0,30}$")


def _its_own_item(text: str, unit: EventUnit, d: DateRef, pool: list[DateRef]) -> DateRef | None:
    """The day told after the event where the nearest one ends the item before it."""
    if d.end > unit.anchor or _NEXT_ITEM.match(text, d.end) is None or \
            _ITEM_ENDS.search(text, _NEXT_ITEM.match(text, d.end).end(), unit.anchor):
        return None
    return next((e for e in pool if e.start > unit.anchor and e.precision == 1 and
                 e.start - unit.anchor < _MONTH_NEARBY * 2 and
                 not _ITEM_ENDS.search(text, unit.anchor, e.start) and
                 not _DAY_IT_IS_AGAINST.search(text, max(unit.anchor, e.start - 40), e.start)),
                None)


def _goes_on_since(text: str, unit: EventUnit, d: DateRef) -> bool:
    """Whether ``d`` is the start of what the sentence says goes on ("continued clearing
    operations begun in August, and residents reported ..."), for the events of its clause
    and of those told after it."""
    begun = _BEGUN_THEN.search(text, max(unit.sentence.start, d.start - 80), d.start)
    return begun is not None and not begun.start() <= unit.anchor < begun.end() and \
        _GOES_ON.search(text, unit.sentence.start, begun.start()) is not None


def _named_in_passing(text: str, unit: EventUnit, d: DateRef) -> bool:
    """Whether ``d``, after the event word, is the day of something else the sentence names
    in passing: a truce's start ("in violation of the ceasefire agreement that came into
    force on 10 October"), a day to come ("a ceasefire, to take effect on 19 January"), the
    start of a place's state in a relative clause ("shelling near the Rafah crossing, which
    has been closed since the occupation seized it last week") or of what goes on
    ("continued clearing operations begun in August")."""
    lo = max(unit.sentence.start, d.start - 80)
    if _goes_on_since(text, unit, d) or unit.sub_event_type != "Agreement" and \
            _TRUCE_TOOK_EFFECT.search(text, lo, d.start):
        return True
    if d.start < unit.anchor:
        return False
    measured = _measured_since(text, max(unit.sentence.start, d.start - 120), d.start)
    if measured is not None and measured.start("since") > unit.anchor:
        return True  # (the event word may sit in the measure: "first combat losses since")
    if _a_start_to_come(text, d, lo):
        return True
    rel = _SINCE_IN_A_RELATIVE.search(text, max(unit.sentence.start, d.start - 130), d.start)
    return rel is not None and rel.start() > unit.anchor


# "a fire swept through the camp, and by Monday, the health ministry counted 45 dead": the
# day the count was made up to, not the day of the deaths told (not "withdraw by Monday";
# a toll that rose, not troops that reached a place: "By Monday night, tanks had reached
# Salah al-Din Road"; nor what strikes did that day: "By Saturday evening, Israeli strikes
# had killed 25 people across Gaza since the morning")
_BY_THEN = re.compile(r"(?i)\bby\s+(?:late\s+|early\s+)?$")
_COUNTED_THEN = re.compile(r"(?i),?\s+(?:[^.;:!?]{0,60}?\b(?:counted|had\s+(?:counted|recorded))|"
                           r"[^.;:!?]{0,40}?\b(?:toll|number|count|tally|figure|dead|deaths|"
                           r"casualties)\b[^.;:!?]{0,30}?\b(?:had\s+(?:risen|reached|climbed)|"
                           r"rose\s+to|stood\s+at))\b")


def _a_counts_day(text: str, d: DateRef) -> bool:
    return _BY_THEN.search(text, max(0, d.start - 12), d.start) is not None and \
        _COUNTED_THEN.match(text, d.end) is not None


# ", where the 98th Division is fighting", ", where troops are still battling Hamas": a place's
# relative clause in the present progressive
_GOES_ON_THERE = re.compile(r",\s+(?:where|in\s+which)\s+[^,.;:!?]{0,60}?\b(?:is|are)\s+"
                            r"(?:still\s+|now\s+)?\w+ing\b")


# ", while forces blew up homes": a clause told as going on at the time of the one before
# (and "continues its ground invasion ..., amid increased aerial operations": what goes on
# around what goes on)
_AT_THE_SAME_TIME = re.compile(r"[\s,;]*(?:while|whilst|as|amid|amidst)\s", re.I)
# "would continue", "to keep up", "will not stop": before a word of going on, what is
# only meant to go on, not told as going on
_MEANT_TO = re.compile(r"(?i)\b(?:would|will|shall|could|can|may|might|must|to|not|never)\s+"
                       r"(?:not\s+|\w+ly\s+|further\s+|be\s+)?$")


def _anothers_while(text: str, unit: EventUnit, a_while: re.Match) -> bool:
    """Whether a time of no day in the clause ("a few days ago", "last month") is another
    clause's, not the time of what ``unit`` tells."""
    said = a_while.group(0).lower()
    if (said.endswith(" ago") or said.startswith(("earlier", "last"))) and \
            a_while.start() > unit.anchor and \
            _OTHER_CLAUSE.search(text, unit.anchor, a_while.start()) is not None:
        # "killed five in a house that residents had fled a few days ago", "a strike on a
        # house, which residents had fled earlier this month, killed five"
        return True
    if not said.startswith("last"):
        return False
    # (not "strikes across Gaza since it ended its ceasefire last month": the start of what
    # the clause tells, not its time; nor "Israeli troops, who entered Rafah last month,
    # killed three gunmen": the time of a relative clause set before the deed)
    return _SINCE_THEN.search(text, max(unit.clause.start, a_while.start() - 80),
                              a_while.start()) is not None or \
        a_while.end() <= unit.anchor and "," in text[a_while.end():unit.anchor] and \
        _RELATIVE_OPENED.search(text, max(unit.sentence.start, a_while.start() - 80),
                                a_while.start()) is not None


# "On Wednesday the army said ten soldiers were killed in Shejaia on Tuesday", "The IDF on
# Wednesday named ten soldiers killed in Shejaia on Tuesday": a telling set between a day and
# the event, told with no "that"
_TOLD_BETWEEN = re.compile(rf"(?i)\b(?:{TOLD}|named|identified|cleared\s+for\s+publication|"
                           r"released\s+(?:the\s+)?names)\b")
# (the event's own day, named: not "overnight", "yesterday", counted from the report)
_A_NAMED_DAY = re.compile(rf"(?i)\b(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN}|\d{{1,2}})\b")
# (nor "the army said troops raided Jabalia, killing five, in an operation that began on
# Sunday": the day of what the event is part of, or came after)
_ANOTHERS_DAY = re.compile(r"(?i)\b(?:began|begun|started|launched|opened|since|after|before|"
                           r"following|ahead\s+of|preceding)\b")
# (a clause of its own between the event and the day: "; on Tuesday", "and then on Tuesday")
_ANOTHER_CLAUSE = re.compile(r";|\band\s+(?:on|then|later)\b|[,:]\s+(?:and|but|while)\s")
_SENTENCE_OR_CLAUSE_END = re.compile(r"[.!?;]")
_TELLING_REACH = 160  # characters from the event to its own day after it


def _the_tellings_day_dropped(text: str, unit: EventUnit, pool: list[DateRef]) -> list[DateRef]:
    """The days of ``pool`` less those of a telling before the event where the event has a
    day of its own named after it in the sentence ("On Wednesday the army said ten soldiers
    were killed in Shejaia on Tuesday": Tuesday; not "On Monday, the army said troops raided
    Rafah, and on Tuesday they stormed Khan Younis": a day of another clause)."""
    own = next((d for d in pool if d.start >= unit.anchor and d.precision == 1 and
                d.start - unit.anchor <= _TELLING_REACH and
                _A_NAMED_DAY.search(d.text) and not told_on(text, d) and
                not _ANOTHER_CLAUSE.search(text[unit.anchor:d.start]) and
                not _ANOTHERS_DAY.search(text, unit.anchor, d.start)), None)
    if own is None:
        return pool
    before = [d for d in pool if d.end <= unit.anchor]
    if not before:
        return pool
    last = max(before, key=lambda d: d.end)
    if not told_on(text, last) and _TOLD_BETWEEN.search(text, last.end, unit.anchor) is None or \
            _SENTENCE_OR_CLAUSE_END.search(text, last.end, unit.anchor):
        return pool
    return [d for d in pool if d.end > unit.anchor or d.start >= last.end] or pool


_ITS_DEAD = re.compile(r"(?i)\b(?:killed|dead|died|deaths?|wounded|injured|hurt|lost\s+their\s+"
                      r"lives|martyred|casualties|toll)\b")
# (a halt of work in response: "paused deliveries", "suspended operations", "halted its
# convoys", not "Fighting broke out on Friday after four protesters were killed": the day
# of what set it off too)
_A_RESPONSE = re.compile(r"(?i)\b(?:paused|suspended|halted|stopped|froze|withdrew\s+its\s+staff|"
                         r"pulled\s+out\s+its\s+staff)\b")
_A_DAY_THEN_AFTER = re.compile(r"[\s,]*(?:after|following)\s+(?!(?:the\s+)?(?:midnight|dawn|"
                               r"daybreak|sunrise|sunset|nightfall|dusk|dark|noon|midday|\d|"
                               r"[\w-]+\s+prayers\b))")


def date_for(unit: EventUnit, dates: list[DateRef], carried: DateRef | None,
              anchor: date | None, cues: Cues) -> tuple[str | None, int, float]:
    # "ten killed today, bringing the total killed since Friday to 104": a date of the
    # running total, not of the event
    dates = [d for d in dates if d.start < unit.anchor or
             _BRINGING.search(cues.text, unit.anchor, d.start) is None]
    dates = [d for d in dates if not _ends_a_relative(cues.text, unit, d) and
             not _told_in_a_relative(cues.text, unit, d, dates) and
             not _when_they_fled(cues.text, unit, d) and not _a_counts_day(cues.text, d)]
    if dates and dates[0].start < _DATELINE_REACH and len(dates) > 1 and \
            on_a_dateline(cues.text, dates[0]) and \
            any(_the_acts_own_day(cues.text, unit, d) for d in dates[1:]):
        # "KHAN YUNIS, Nov 23 (AFP) - Bodies were buried on Wednesday in a mass grave": the
        # day the story was filed, which gives way to the day the sentence gives the act
        dates = dates[1:]
    if _THREAT_ON_DOERS.search(cues.text, max(unit.sentence.start, unit.anchor - 160),
                               unit.anchor):
        # "said on Friday that it would operate against militants who had fired rockets":
        # the day of the threat is not the day of what the threatened had done
        dates = [d for d in dates if d.start > unit.anchor or not told_on(cues.text, d)]
        if not dates:
            return None, 3, 0.7  # (a day the report does not give)
    # "In the 24 hours before the strike on Jabalia on Saturday, tanks shelled Beit Lahia":
    # the strike on Jabalia is what the hours are before, on its own Saturday
    dates = [d for d in dates if not _is_what_it_is_before(cues.text, d, unit.anchor, dates)]
    goes_on = [d for d in dates if _goes_on_since(cues.text, unit, d)]
    its_clause = [d for d in dates if unit.clause.start <= d.start < unit.clause.end]
    if anchor is not None and goes_on and \
            all(d in goes_on for d in (its_clause if its_clause else dates)):
        # (what goes on, as the report speaks: not on the day an earlier sentence named, nor
        # on one the next clause tells, "continued operations in Jabalia begun on 5 May, and
        # on 12 May an airstrike killed 10 in Beit Lahia")
        return anchor.isoformat(), 1, 0.8
    dates = [d for d in dates if not _named_in_passing(cues.text, unit, d)]
    in_clause = [d for d in dates if unit.clause.start <= d.start < unit.clause.end or
                 # "In the 24 hours before the ceasefire took effect on Sunday, strikes
                 # killed 30": the clause opens at the "before" of a day counted back
                 d.start < unit.clause.start <= d.end and _counted_back(d)]
    # ("The strike took place in Tel al-Sultan, where ... a ground offensive began two weeks
    # ago": the day of what a relative clause after the event says of its place)
    pool = in_clause or [d for d in dates if not (
        d.start > unit.anchor and _RELATIVE_AFTER.search(cues.text, unit.anchor, d.start))]
    # "announced on 13 March that it had struck ... the night before": a day counted from
    # another date of the clause dates the event; the other one, the telling.
    # (not "reached the roundabout in the early hours of Thursday, where crowds had waited
    # since the night before": the start of the wait, counted from the event's own day)
    pool = [d for d in pool if NEXT_DAY.fullmatch(d.text) and not d.since] or pool
    # "as of last night, 80,000 have been displaced since Tuesday, when the operation
    # began": "as of" dates the count, the other date the event.
    pool = [d for d in pool if not STATUS.search(cues.text, max(0, d.start - 8), d.start)] \
        or pool
    if not in_clause:
        pool = [d for d in pool if not _anothers_told_day(cues, unit, d)] or \
            ([] if carried is not None or anchor is not None else pool)
    if unit.sub_event_type == "Agreement":
        # "A humanitarian pause to start on 24 November has been agreed": the day it was
        # agreed, not the day it is to start
        pool = [d for d in pool if not _TO_START.search(cues.text, max(0, d.start - 30),
                                                         d.start)]
    # "opened on 27 October for the sixth time since 21 October": the day it happened,
    # not the start of the count (but "since the closure of the crossing on 7 May" dates
    # the closure)
    # (but "15 soldiers were killed over the weekend, bringing its losses since the start of
    # the ground offensive on Oct. 27 to 156": what the total counts has a day of its own)
    if unit.sub_event_type == "Return of displaced people":
        # "the ministry said on Wednesday that 500,000 people have returned to the north
        # since Monday": a return dated by the day it began, not the day it was told
        began = [d for d in pool if d.since and d.precision == 1 and d.start > unit.anchor and
                 not CLAUSE_BREAK.search(cues.text, unit.anchor, d.start)]
        pool = began[:1] or pool
    pool = [d for d in pool if not d.since or opens_with(cues.text, d, unit.anchor) and
            not _a_totals_start(cues.text, d, pool)] or [
        d for d in pool if not since_phrase(cues.text, d)]
    cause = _CAUSE_OPENING.match(cues.text, unit.sentence.start)
    if cause is not None and _AFTER_IT.match(cause.group(0)) and \
            not _BEGAN_THEN.search(cause.group(0)) and \
            _DONE_THEN.search(cues.text, cause.end(), unit.anchor + 20) is not None:
        # "After a siege that ended with the army storming the hospital on Friday, the forces
        # detained 44 staff": done then, after what it follows (not "Following the release
        # of bodies on Monday, Israel closes the crossing": a response told as news)
        cause = None
    if cause is not None and unit.anchor >= cause.end():
        pool = [d for d in pool if not d.start < cause.end()]
        in_clause = [d for d in in_clause if not d.start < cause.end()]
    if pool and not in_clause and _A_DAY_THEN_AFTER.match(text_ := cues.text, unit.clause.start) \
            and (last := max(pool, key=lambda d: d.end)).end <= unit.clause.start and \
            not text_[last.end:unit.clause.start].strip(" ,") and unit.anchor > unit.clause.start \
            and _ITS_DEAD.search(text_, unit.sentence.start, unit.clause.start) is None and \
            _A_RESPONSE.search(text_, unit.sentence.start, last.start) is not None:
        # "paused deliveries there on 20 February after one of its convoys came under gunfire
        # and was looted": the day of the response, not of what it came after (not "17 were
        # killed on Tuesday after forces opened fire": the dead of what it came after)
        return None, 3, 0.7
    if len(pool) > 1:
        # "On 20 February, UNRWA reported that an airstrike hit its school on 18 February":
        # the dates before "reported that" are the telling's.
        told = cues.search(_TELLING, unit.sentence.start, unit.anchor)
        if told is not None:
            pool = [d for d in pool if d.start >= told.end()] or pool
        else:
            pool = _the_tellings_day_dropped(cues.text, unit, pool)
    text = cues.text
    earlier = _EARLIER_ONE.search(text, max(unit.clause.start, unit.anchor - 30), unit.anchor)
    if earlier is not None and any(d.start <= earlier.start() < d.end for d in dates):
        # (not "bombed an ambulance a day earlier which killed four": a day counted back;
        # but "a week earlier", "days earlier" give no day)
        earlier = None
    if earlier is not None and (word := _WORD.match(text, unit.anchor)) is not None and \
            any(_APPOSED_DAY.fullmatch(text, word.end(), d.start) and d.precision == 1
                for d in dates):
        # "the remains of an earlier strike, on 10 October, which destroyed the home": the
        # earlier one's own day, set beside it
        earlier = None
    a_while = None if in_clause else cues.search(_FOR_A_WHILE, unit.clause.start,
                                                 unit.clause.end)
    if a_while is not None and _anothers_while(text, unit, a_while):
        a_while = None
    if _WEEKS_OF.search(text, max(unit.sentence.start, unit.anchor - 60), unit.anchor) and \
            not _WEEKS_WENT_ON.match(text, unit.anchor, unit.sentence.end):
        # "The push follows weeks of heavy strikes on Zeitoun, ... and the demolition of the
        # Mushtaha Tower on September 5": strikes over weeks, of no one day
        return None, 3, 0.7
    if earlier is not None or a_while is not None:
        # "following a previous evacuation order", "had shelled it for weeks (before
        # invading on 4 December)": an earlier or lasting event the report gives no day
        # for (not the day it names for another).
        return None, 3, 0.7
    weeks = _WEEKS_AFTER.search(text, max(unit.sentence.start, unit.anchor - 120), unit.anchor) \
        if not pool else None
    if weeks is not None and not text[unit.sentence.start:weeks.start()].strip(" \t\n\"'“‘"):
        # (not "Two weeks after the hostages were freed Israeli strikes on Rafah killed 20
        # people": the sentence opens on the time of what it tells)
        weeks = None
    n = None if weeks is None else 1 if weeks.group(1).lower() in ("a", "one") else \
        number_word(weeks.group(1).lower())
    day = parse_published(carried.date) if carried is not None and carried.date and \
        carried.precision == 1 else anchor
    if n and day is not None:
        # "The killings come two weeks after our correspondent and four colleagues were
        # killed in a strike on a media tent": that many weeks before, to the week
        return (day - timedelta(weeks=n)).isoformat(), 2, 0.7
    after = _DAYS_AFTER.search(text, max(unit.sentence.start, unit.anchor - 45), unit.anchor)
    if after is not None:
        # "The event took place two days after an Israeli airstrike": the strike is dated
        # that many days before the day the sentence (or the report) gives the event
        base = min(pool, key=lambda d: abs(d.start - unit.anchor)) if pool else carried
        day = parse_published(base.date) if base is not None else anchor
        n = 1 if after.group(1).lower() in ("a", "one") else number_word(after.group(1))
        if base in pool and base.start > after.end() and \
                not _OTHER_CLAUSE.search(text, unit.anchor, base.start):
            # (not "came a day after militants fired rockets on Saturday": the day of
            # what it came after, told with it)
            n = 0
        if day is not None and n is not None:
            return (day - timedelta(days=n)).isoformat(), 1, 0.8
    lasting = _FOR_N_DAYS.search(text, unit.clause.start, unit.sentence.end) \
        if not in_clause else None
    if lasting is not None and (unit.anchor > lasting.end() or unit.anchor < lasting.start() and
                                _OTHER_CLAUSE.search(text, unit.anchor, lasting.start())):
        # what went on that long is the event's own doing, not a state of its victims, nor
        # the one before it ("forces, which have been operating ... for seven days, stormed")
        lasting = None
    if lasting is not None:
        n = number_word(lasting.group(1).lower())
        base = parse_published(carried.date) if carried is not None and carried.date else anchor
        if n and base is not None:
            return (base - timedelta(days=n - 1)).isoformat(), 1, 0.8
    recent = cues.search(_RECENT_DAYS, unit.sentence.start, unit.sentence.end) \
        if pool and "recent" in cues.text[unit.sentence.start:unit.sentence.end] else None
    if recent is not None and recent.group(0).lower().startswith("in recent") and \
            not _SUPERLATIVE.search(cues.text, max(unit.sentence.start, recent.start() - 60),
                                    recent.start()) and \
            abs(recent.start() - unit.anchor) < min(abs(d.start - unit.anchor) for d in pool) and \
            not _OTHER_CLAUSE.search(text, min(recent.start(), unit.anchor),
                                     max(recent.start(), unit.anchor)):
        # "covered Jabalia, where Israel has carried out airstrikes in recent days": the
        # strikes have no day of their own, nearer to them than the order's Thursday (not
        # "strikes on Rafah, which has seen heavy fighting in recent days, killed 12 on
        # Tuesday": the time of another clause)
        return None, 3, 0.7
    going_on = _GOES_ON_THERE.search(text, max(unit.sentence.start, unit.anchor - 80),
                                     unit.sentence.end) if pool and anchor is not None else None
    if going_on is not None and going_on.start() < unit.anchor < going_on.end() and \
            all(d.end <= going_on.start() for d in pool):
        # "visited troops in Khan Younis on Monday, where the 98th Division is fighting": what
        # goes on there as the report speaks, not on the day of the visit
        return anchor.isoformat(), 1, 0.8
    if pool:
        # "The battle, which evolved into a siege in late January 2024, began on 1 December
        # 2023": a day the sentence gives dates it rather than a month it names in passing
        d = min(pool, key=lambda d: abs(d.start - unit.anchor))
        d = _its_own_item(text, unit, d, pool) or d
        days = [e for e in pool if e.precision == 1]
        if d.precision == 3 and days and abs(d.start - unit.anchor) > _MONTH_NEARBY:
            d = min(days, key=lambda e: abs(e.start - unit.anchor))
        # "yesterday and overnight", "on 28 and 29 October", "yesterday and the day before":
        # a span, dated by its first day, whichever of the two is written first
        first = next((e for e in pool if e.date and d.date and e.date < d.date and (
                      e.end <= d.start and _JOINED.fullmatch(text, e.end, d.start) or
                      d.end <= e.start and _JOINED.fullmatch(text, d.end, e.start))), None)
        d = first or d
        if _speakers_now(text, d, carried, anchor, dates):
            return carried.date, carried.precision, 0.9
        if anchor is not None and d.text.lower() == "this week" and \
                (week := _period_covered(text, anchor)) is not None:
            # "Weekly Digest / Reporting period: 23–29 August 2025 ... escalated operations
            # this week": the week the digest covers, not the one it went up in
            return week[0].isoformat(), 2, 0.9
        return _in_the_window(text, d, unit), d.precision, 1.0
    call = _CALLS_NOW.match(cues.text, unit.sentence.start, unit.sentence.end) \
        if anchor is not None and carried is not None else None
    if call is not None and unit.anchor < call.end():
        # (the call itself, not "after an airstrike killed 10 people in Jabalia" told after
        # it: an earlier event, of the day told before)
        return anchor.isoformat(), 1, 0.9
    if anchor is not None and (dawn := _SINCE_DAWN.search(text, unit.clause.start,
                                                        unit.clause.end)) and \
            not _HAD_BEEN.search(text, unit.clause.start, dawn.start()):
        # "25 people were killed in strikes across the territory since dawn": the day of the
        # telling, not the day an earlier sentence named for something else
        return anchor.isoformat(), 1, 0.8
    # ("artillery continued shelling the camp, while forces blew up residential squares":
    # what is told as going on at the same time as what goes on)
    # (not "The army said it would continue its operations in Rafah, while troops demolished
    # homes": what is only meant to go on)
    still_from = unit.sentence.start if _AT_THE_SAME_TIME.match(text, unit.clause.start) and \
        any(_MEANT_TO.search(text, max(unit.sentence.start, c.start() - 20), c.start()) is None
            for c in _STILL.finditer(text, unit.sentence.start, unit.clause.start)) \
        else unit.clause.start
    if anchor is not None and cues.search(_STILL, still_from, unit.sentence.end):
        # "with hostilities continuing across the Strip": as the report speaks, not on the
        # day an earlier sentence named for something else.
        week = _period_covered(text, anchor)
        if week is not None:
            # ("Regional Overview ... 20-26 January 2024", published on the 31st: "Strikes
            # also continued in Nuseirat" in the week the overview covers, on the day it
            # told last if that is in the week, else the week's last day)
            day = parse_published(carried.date) if carried is not None and carried.date \
                else None
            if day is not None and week[0] <= day <= week[1]:
                return carried.date, 2, 0.8
            if day is None or day < week[0]:
                # (not "On 30 January, tanks shelled Khan Younis. Strikes also continued in
                # Nuseirat" after the week: as the report speaks)
                return week[1].isoformat(), 2, 0.8
        return anchor.isoformat(), 1, 0.8
    if anchor is not None and (recent := cues.search(_RECENT_DAYS, unit.sentence.start,
                                                     unit.sentence.end)) and \
            not (" week" in recent.group(0) and _IN_TIME_TO_COME.search(
                text, unit.sentence.start, recent.start())):
        # "orders received in recent days", "displaced in four days": the days up to the
        # report, not the day an earlier sentence named (in an update of a week gone by,
        # up to its last day: "450,000 people have left Rafah in one week")
        week = _period_covered(text, anchor)
        return (week[1] if week is not None else anchor).isoformat(), 2, 0.8
    if carried is not None:
        return _late_on_the_first_day(text, carried, unit, anchor) or \
            _in_the_window(text, carried, unit), carried.precision, 0.9
    if anchor is not None and (week := _period_covered(text, anchor)) is not None:
        # ("Weekly Digest / Reporting period: 23–29 August 2025", published on 2 September:
        # "Demolitions of residential blocks in Beit Lahia" in the week it covers, from its
        # first day, not on the day the digest went up)
        return week[0].isoformat(), 2, 0.8
    if anchor is not None:
        return anchor.isoformat(), 2, 0.8
    return None, 3, 0.7


# "documented the following attacks from Sunday evening until Monday evening": a report's
# window that opens in the evening of its first day and closes in the evening of its second
# (not a night told in the news: "Israeli strikes overnight between Sunday night and Monday
# killed 20 people ... On Monday, ... Shortly before midnight, a strike killed three": Monday's)
_EVENING_WINDOW = re.compile(rf"(?i)\b(?:from|between)\s+(?:the\s+evening\s+of\s+)?"
                             rf"(?P<a>{WEEKDAY_PATTERN}|\d{{1,2}}\s+{MONTH_PATTERN}|"
                             rf"{MONTH_PATTERN}\s+\d{{1,2}})\s+(?:evening|night)\s+"
                             rf"(?:until|till|to|and|through)\s+(?P<b>{WEEKDAY_PATTERN}|"
                             rf"\d{{1,2}}\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}})\s+"
                             rf"(?:evening|night)\b")
_WINDOW_REACH = 600  # characters: the window is told at the head of the report
# "shortly before midnight", "at 11 p.m.", "at 22:30", "late at night": a time of the
# evening (not "after midnight", "at 1 a.m.": the next morning's)
_LATE_HOURS = re.compile(r"(?i)\b(?:before\s+midnight|(?:9|10|11)(?::\d\d)?\s*p\.?m\b|"
                         r"2[1-3]:\d\d\b|late\s+(?:at\s+night|in\s+the\s+evening))")


def _late_on_the_first_day(text: str, d: DateRef, unit: EventUnit,
                           anchor: date | None) -> str | None:
    """The first day of a window that opens in the evening, for a time of the late evening
    the report gives no day of its own ("attacks from Sunday evening until Monday evening:
    ... Khan Younis: Shortly before midnight, a drone struck a tent": Sunday's night)."""
    late = _LATE_HOURS.search(text, unit.sentence.start, unit.sentence.end)
    window = _EVENING_WINDOW.search(text, 0, _WINDOW_REACH) if late is not None else None
    if window is None or _SMALL_HOURS.search(text, unit.sentence.start, unit.sentence.end):
        return None
    days = [parse_published(r.date) for r in find_dates(text, anchor, window.start(),
                                                        window.end()) if r.date]
    if len(days) != 2 or (days[1] - days[0]).days != 1 or d.date != days[1].isoformat():
        return None
    return days[0].isoformat()


# "Between 5 November (noon) and 6 November (14:00)", "between the afternoons of 10 and 11
# December": a day's window that opens in the afternoon of its first day
_AFTERNOON_OPENS = re.compile(r"\s*\((?:noon|midday|1[2-9]:\d\d|2[0-3]:\d\d|"
                              r"\d{1,2}(?::\d\d)?\s*p\.?m\.?)\)\s*(?:and|to|until|[–-])\s")
_AFTERNOONS_OF = re.compile(r"(?i)\b(?:afternoons?|evenings?)\s+of\s+$")
# "two airstrikes at about 1:30 a.m.", "at 04:00", "after midnight": a time of the morning
_SMALL_HOURS = re.compile(r"(?i)\b(?:(?:[1-9]|1[0-2])(?::\d\d)?\s*a\.?m\b|0\d:\d\d\b|"
                          r"after midnight|before dawn|at dawn|(?:in )?the early hours\b)")


# "in the evening", "at 9 p.m.", "at 22:00": a time of the afternoon or evening
_LATER_HOURS = re.compile(r"(?i)\b(?:(?:[1-9]|1[0-2])(?::\d\d)?\s*p\.?m\b|1[2-9]:\d\d\b|"
                          r"2[0-3]:\d\d\b|in the (?:afternoon|evening)|at (?:noon|midday|night)|"
                          r"(?:this|that|on \w+) (?:afternoon|evening)|tonight)")


def _of_the_morning(text: str, unit: EventUnit) -> bool:
    """Whether the time of the day its sentence tells nearest the event is of the morning
    (not "An airstrike hit a house in Rafah in the evening, killing 10, and another hit
    Jabalia at 2 a.m.": the Rafah strike's evening)."""
    times = [(abs(m.start() - unit.anchor), True) for m in
             _SMALL_HOURS.finditer(text, unit.sentence.start, unit.sentence.end)] + \
        [(abs(m.start() - unit.anchor), False) for m in
         _LATER_HOURS.finditer(text, unit.sentence.start, unit.sentence.end)]
    return bool(times) and min(times)[1]


def _in_the_window(text: str, d: DateRef, unit: EventUnit) -> str | None:
    """The day of a time of the morning told in a window that opens in the afternoon
    ("Between 5 November (noon) and 6 November (14:00), 252 were killed. Among the
    deadliest were two airstrikes at about 1:30 a.m.": the morning of 6 November)."""
    day = parse_published(d.date) if d.date and d.precision == 1 else None
    if day is None or not (_AFTERNOON_OPENS.match(text, d.end) or
                           _AFTERNOONS_OF.search(text, max(0, d.start - 20), d.start)) or \
            not _of_the_morning(text, unit):
        return d.date
    return (day + timedelta(days=1)).isoformat()


_NOW = ("today", "tonight", "this morning", "earlier today")


def _counted_back(d: DateRef) -> bool:
    """Whether ``d`` is a day or hours counted back from what follows ("the day before",
    "the 24 hours prior to")."""
    return NEXT_DAY.fullmatch(d.text) is not None and d.text.lower().endswith(BEFORE_WHAT)


def _is_what_it_is_before(text: str, d: DateRef, anchor: int, dates: list[DateRef]) -> bool:
    """Whether the event told at ``anchor`` is what a day or hours counted back are before:
    between them and its own day, in one clause ("the 24 hours before the strike on Jabalia
    on Saturday": the strike on Jabalia)."""
    return _counted_back(d) and d.end <= anchor and \
        any(anchor < e.start and e.date and not CLAUSE_BREAK.search(text, d.end, e.start)
            for e in dates)


# '"Today, an airstrike hit a house in Rafah," the civil defence said on Sunday': the
# speaker's today told with a day of its own, after the quote closes
_SAID_ON_A_DAY = re.compile(
    rf"[^”\"\n]*[”\"][^.!?\n“]*?\b(?:on\s+{WEEKDAY_PATTERN}|on\s+\d{{1,2}}\s+{MONTH_PATTERN}|"
    rf"on\s+{MONTH_PATTERN}\s+\d|today|yesterday|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE)


def _speakers_now(text: str, d: DateRef, carried: DateRef | None, anchor: date | None,
                  dates: list[DateRef]) -> bool:
    """Whether a quote opens with its speaker's "today" in a report of a day before
    ("... killed two on Tuesday. 'Tonight Israeli forces conducted an operation in Al
    Mawasi,' MSF said": the speaker spoke on the day the report tells, not the day it went
    up; not a day the sentence gives the speaking or the quote: "'Today, we evacuated 20
    patients,' WHO said on Sunday", "The civil defence said on Sunday: 'Today, ...'")."""
    day = parse_published(carried.date) if carried is not None and carried.date and \
        carried.precision == 1 else None
    return day is not None and anchor is not None and d.text.lower() in _NOW and \
        d.date == anchor.isoformat() and 0 < (anchor - day).days <= _NEWS_DAYS and \
        _opens_a_quote(text, d) and not any(e is not d and e.date for e in dates) and \
        _SAID_ON_A_DAY.match(text, d.end) is None


# The patterns this module looks for through a report's cues (geoevents.anchored).
PATTERNS = (_TELLING, _FOR_A_WHILE, _RECENT_DAYS, _STILL)


# "GAZA, Nov. 2 (Xinhua) --": an agency dateline with the story's own day
# (also "Jerusalem, Nov 26 (IANS) The army said": the city in title case, the story run on
# after the agency's bracket with no dash)
_DATELINE = re.compile(rf"(?m)^[ \t]*[A-Z][A-Za-z .'’/-]{{2,40}}(?:,\s*[A-Z][\w .'’-]{{2,30}})?,\s+"
                       rf"(?P<day>{MONTH_PATTERN}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_PATTERN})"
                       rf"(?:,?\s+\d{{4}})?\s*\([A-Za-z][\w .'’/-]{{1,40}}\)"
                       rf"(?:\s*[-–—:]|[ \t]+(?=[A-Z][a-z]))")
_DATELINE_REACH = 300  # characters: a dateline opens the story, under at most a headline
# A word that ties a day to something other than the act itself: a point the act is
# compared with or counted from ("the deadliest since Sunday"), another act it came after or
# before ("a week after Israel ordered residents to leave on Friday", "ahead of talks due on
# Sunday"), or something going on beside it ("as the cabinet prepared to meet on Saturday")
_ANOTHER_DAYS_LINK = re.compile(r"(?i)\b(?:since|after|following|before|ahead\s+of|until|"
                                r"till|as|while|when|amid|by)\b")


def _the_acts_own_day(text: str, unit: EventUnit, d: DateRef) -> bool:
    """Whether a day in the act's sentence is told as the act's own: not one the act is
    measured from, nor one of another act or of something still to come."""
    if d.since or d.date is None or \
            not unit.sentence.start <= d.start < unit.sentence.end:
        return False
    lo, hi = sorted((unit.anchor, d.start))
    return _ANOTHER_DAYS_LINK.search(text, lo, hi) is None and \
        TO_COME.search(text, max(unit.sentence.start, d.start - 80), d.start) is None


def on_a_dateline(text: str, d: DateRef) -> bool:
    """Whether ``d`` is the day of an agency dateline that opens ``text`` ("JERUSALEM/GAZA,
    Oct. 17 (Xinhua) --")."""
    m = _DATELINE.match(text) if "(" in text[:_DATELINE_REACH] else None
    m = m or _AGENCY_AFTER.match(text)
    return m is not None and m.start("day") <= d.start < m.end()


# "GAZA, December 25, 2023, WAFA -": a dateline with the agency after the day
_AGENCY_AFTER = re.compile(rf"[ \t]*[A-Z][A-Z .'’/-]{{2,40}},\s+"
                           rf"(?P<day>{MONTH_PATTERN}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_PATTERN}),?\s+"
                           r"\d{4},\s+[A-Z][A-Za-z]{1,20}\s*[-–—:]\s")
_DATELINE_LAG = 3  # days a page may be dated after its story (time zones, reposts)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# "All information is valid as of 9 January 2024 at 22:30": the day a situation report's
# news is brought up to, a day or two before it went up
_VALID_AS_OF = re.compile(rf"(?im)^[^\n]{{0,80}}?\b(?:valid|correct|accurate|current|up\s+to\s+"
                          rf"date)\s+as\s+(?:of|at)\s+(?P<day>\d{{1,2}}\s+{MONTH_PATTERN}"
                          rf"(?:,?\s+\d{{4}})?|{MONTH_PATTERN}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)")
_VALID_REACH = 600  # characters: the line opens the report, under its title


def dateline_day(text: str, published: date | None) -> date | None:
    """The day an agency dateline gives its story ("GAZA, Nov. 2 (Xinhua) --" on a page of
    3 November), or a situation report the day its information is valid as of: what the
    story tells with no day of its own happened then, not on the day the page went up."""
    if published is None:
        return None
    head = text[:_VALID_REACH].lower()
    valid = _VALID_AS_OF.search(text, 0, _VALID_REACH) if any(
        w in head for w in ("valid", "correct", "accurate", "current", "date")) else None
    if valid is not None:
        refs = [d for d in find_dates(text, published, valid.start("day"), valid.end("day"))
                if d.date and d.precision == 1]
        day = parse_published(refs[0].date) if refs else None
        if day is not None and 0 < (published - day).days <= _DATELINE_LAG:
            return day
    if "(" not in text[:_DATELINE_REACH]:
        return None
    m = _DATELINE.search(text, 0, _DATELINE_REACH)
    if m is None:
        return None
    refs = [d for d in find_dates(text, published, m.start("day"), m.end("day")) if d.date]
    day = parse_published(refs[0].date) if refs else None
    if day is None or not 0 <= (published - day).days <= _DATELINE_LAG:
        return None
    later = [_WEEKDAYS[(day + timedelta(days=k)).weekday()]
             for k in range(1, (published - day).days + 1)]
    if later and re.search(rf"\b(?:{'|'.join(later)})\b", text):
        # ("On Friday, ..." in a story of Thursday's dateline on a page of Friday: the
        # story was brought up to the page's day)
        return None
    return day
