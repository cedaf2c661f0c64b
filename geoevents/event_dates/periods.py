"""Spans of time rather than days, and the day (if any) each dates an event by.

Reports date events by periods as well as days: the start a since-phrase names ("since the
closure of the Rafah border crossing on 7 May": the closure happened then), a count told up
to now ("32 patients have died at al-Shifa Hospital since 11 November"), what went on for a
while ("for seven consecutive days", "weeks of heavy strikes"), the days up to the report
("in recent days"), a day counted from another ("two days after an Israeli airstrike") and
what still goes on ("with hostilities continuing"). These are their words, and the tests on
a since-phrase.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from geoevents.anchored import Cues
from geoevents.dates import (
    CLAUSE_BREAK,
    SINCE_BEFORE,
    SINCE_PHRASE,
    SINCE_REACH,
    WAR_START,
    DateRef,
    parse_published,
)
from geoevents.event_dates.tellings import OPENS_A_TELLING, told_on
from geoevents.quantities import number_word
from geoevents.speech import TOLD
from geoevents.units import EventUnit


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
        OPENS_A_TELLING.match(text, o.end, total.start()) is None for o in pool)


def a_start_of_something_else(text: str, d: DateRef, at: int, pool: list[DateRef]) -> bool:
    """Whether ``d`` starts a period that does not date the event word at ``at``: "opened on
    27 October for the sixth time since 21 October": the day it happened, not the start of
    the count (but "since the closure of the crossing on 7 May" dates the closure; and "15
    soldiers were killed over the weekend, bringing its losses since the start of the ground
    offensive on Oct. 27 to 156": what the total counts has a day of its own)."""
    return d.since and not (opens_with(text, d, at) and not _a_totals_start(text, d, pool))


def names_a_spans_start(text: str, unit: EventUnit, dates: list[DateRef]) -> bool:
    """Whether the event word is what a since-phrase names as the start of a span: "Nine
    soldiers were killed in Rafah on Wednesday, the highest toll since the start of the
    ground operation in Rafah on May 6": the operation began on its own day, long before the
    deaths the sentence tells, and is no second word for them."""
    return any(d.since and d.date and (phrase := since_phrase(text, d)) is not None and
               phrase.start() < unit.anchor < d.start for d in dates)


def began_since_then(text: str, unit: EventUnit, d: DateRef) -> bool:
    """Whether ``d``, a day after the event in its clause, is the day a period began: "the
    ministry said on Wednesday that 500,000 people have returned to the north since Monday":
    a return dated by the day it began, not the day it was told."""
    return d.since and d.precision == 1 and d.start > unit.anchor and \
        not CLAUSE_BREAK.search(text, unit.anchor, d.start)


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
                          r"(?!(?:the|an?)\s+(?:war|conflict|offensive|cease[- ]?fire|truce)\b)"
                          r"(?:[\w'’.-]+\s+){1,14}$")
# (and "bringing to 16 the number killed since ground operations expanded on Friday": the
# new total told before what it totals)
BRINGING = re.compile(r"\b(?:bringing|raising|taking|pushing) (?:(?:it )?to [\d,]+ )?"
                      r"(?:the )?(?:[\w-]+ )?(?:total|toll|number|tally)\b", re.I)
# "since dawn", "since midnight" with no day named after it: the day of the telling (not
# "since dawn on 5 October", "since midnight last Tuesday")
_SINCE_DAWN = re.compile(r"\bsince\s+(?:early\s+|the\s+early\s+|this\s+)?(?:dawn|daybreak|"
                         r"midnight|morning)\b(?!\s+(?:on|of|last|this\s+past)\b)", re.I)
# (not "On Friday, Israeli strikes hit Rafah. Medics said 25 people had been killed since
# dawn": since the dawn of a day already told)
_HAD_BEEN = re.compile(r"\bhad\s+(?:been\s+)?(?:killed|died|wounded|injured)\b", re.I)
STILL = re.compile(r"\b(?:continu(?:e|es|ed|ing)|ongoing|under way|underway)\b", re.I)


def names_a_running_total(text: str, unit: EventUnit, d: DateRef) -> bool:
    """Whether ``d``, after the event, is a day of the running total the sentence brings it
    into: "ten killed today, bringing the total killed since Friday to 104": a date of the
    running total, not of the event."""
    return d.start >= unit.anchor and BRINGING.search(text, unit.anchor, d.start) is not None


def weeks_earlier(text: str, unit: EventUnit, pool: list[DateRef], carried: DateRef | None,
                  anchor: date | None) -> str | None:
    """The day, to the week, of an event told as what came that many weeks before, where its
    sentence gives no day: "The killings come two weeks after our correspondent and four
    colleagues were killed in a strike on a media tent": that many weeks before the day the
    report told last, or its own (not "Two weeks after the hostages were freed Israeli
    strikes on Rafah killed 20 people": the sentence opens on the time of what it tells)."""
    weeks = _WEEKS_AFTER.search(text, max(unit.sentence.start, unit.anchor - 120), unit.anchor) \
        if not pool else None
    if weeks is not None and not text[unit.sentence.start:weeks.start()].strip(" \t\n\"'“‘"):
        weeks = None
    n = None if weeks is None else 1 if weeks.group(1).lower() in ("a", "one") else \
        number_word(weeks.group(1).lower())
    day = parse_published(carried.date) if carried is not None and carried.date and \
        carried.precision == 1 else anchor
    if n and day is not None:
        return (day - timedelta(weeks=n)).isoformat()
    return None


def days_earlier(text: str, unit: EventUnit, pool: list[DateRef], carried: DateRef | None,
                 anchor: date | None) -> str | None:
    """The day of an event told as what came that many days before: "The event took place
    two days after an Israeli airstrike": the strike is dated that many days before the day
    the sentence (or the report) gives the event (not "came a day after militants fired
    rockets on Saturday": the day of what it came after, told with it)."""
    after = _DAYS_AFTER.search(text, max(unit.sentence.start, unit.anchor - 45), unit.anchor)
    if after is None:
        return None
    base = min(pool, key=lambda d: abs(d.start - unit.anchor)) if pool else carried
    day = parse_published(base.date) if base is not None else anchor
    n = 1 if after.group(1).lower() in ("a", "one") else number_word(after.group(1))
    if base in pool and base.start > after.end() and \
            not _OTHER_CLAUSE.search(text, unit.anchor, base.start):
        n = 0
    if day is not None and n is not None:
        return (day - timedelta(days=n)).isoformat()
    return None


def told_since_dawn(text: str, unit: EventUnit) -> bool:
    """Whether the event's clause tells what happened since the dawn of the report's day: "25
    people were killed in strikes across the territory since dawn": the day of the telling,
    not the day an earlier sentence named for something else."""
    dawn = _SINCE_DAWN.search(text, unit.clause.start, unit.clause.end)
    return dawn is not None and not _HAD_BEEN.search(text, unit.clause.start, dawn.start())


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


def weeks_of_it(cues: Cues, unit: EventUnit) -> bool:
    """Whether the event is told as weeks or months of it, of no one day: "The push follows
    weeks of heavy strikes on Zeitoun, ... and the demolition of the Mushtaha Tower on
    September 5": strikes over weeks (but "Weeks of strikes on Rafah continued on Tuesday":
    the weeks went on to a day the sentence names)."""
    text, lo = cues.text, max(unit.sentence.start, unit.anchor - 60)
    return cues.any_of(("weeks", "months"), lo, unit.anchor) and \
        _WEEKS_OF.search(text, lo, unit.anchor) is not None and \
        _WEEKS_WENT_ON.match(text, unit.anchor, unit.sentence.end) is None


# "has been operating in and around al-Shifa for seven consecutive days": since the first
_FOR_N_DAYS = re.compile(r"\b(?:has|have) been\b[^.;]{0,80}?\bfor (?:the (?:past|last) )?"
                         r"(\w+) (?:consecutive |straight )?days\b", re.I)


def for_days_on_end(text: str, unit: EventUnit, carried: DateRef | None,
                    anchor: date | None) -> str | None:
    """The first of the days what the event's clause tells has gone on for ("has been
    operating in and around al-Shifa for seven consecutive days"), counted back from the day
    the report told last (or its own): what went on that long is the event's own doing, not a
    state of its victims, nor the one before it ("forces, which have been operating ... for
    seven days, stormed")."""
    lasting = _FOR_N_DAYS.search(text, unit.clause.start, unit.sentence.end)
    if lasting is None or unit.anchor > lasting.end() or unit.anchor < lasting.start() and \
            _OTHER_CLAUSE.search(text, unit.anchor, lasting.start()):
        return None
    n = number_word(lasting.group(1).lower())
    base = parse_published(carried.date) if carried is not None and carried.date else anchor
    if n and base is not None:
        return (base - timedelta(days=n - 1)).isoformat()
    return None


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


def nearer_in_recent_days(cues: Cues, unit: EventUnit, pool: list[DateRef]) -> bool:
    """Whether the event is told as what went on "in recent days", nearer to it than any day
    of ``pool``: "covered Jabalia, where Israel has carried out airstrikes in recent days":
    the strikes have no day of their own, nearer to them than the order's Thursday (not
    "strikes on Rafah, which has seen heavy fighting in recent days, killed 12 on Tuesday":
    the time of another clause)."""
    text = cues.text
    if "recent" not in text[unit.sentence.start:unit.sentence.end]:
        return False
    recent = cues.search(_RECENT_DAYS, unit.sentence.start, unit.sentence.end)
    return recent is not None and recent.group(0).lower().startswith("in recent") and \
        not _SUPERLATIVE.search(text, max(unit.sentence.start, recent.start() - 60),
                                recent.start()) and \
        abs(recent.start() - unit.anchor) < min(abs(d.start - unit.anchor) for d in pool) and \
        not _OTHER_CLAUSE.search(text, min(recent.start(), unit.anchor),
                                 max(recent.start(), unit.anchor))


def in_recent_days(cues: Cues, unit: EventUnit) -> bool:
    """Whether the event's sentence tells the days up to the report: "orders received in
    recent days", "displaced in four days", "450,000 people have left Rafah in one week" (not
    "the crossing will reopen in a week": a time to come)."""
    recent = cues.search(_RECENT_DAYS, unit.sentence.start, unit.sentence.end)
    return recent is not None and not (" week" in recent.group(0) and _IN_TIME_TO_COME.search(
        cues.text, unit.sentence.start, recent.start()))


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


# ", where the 98th Division is fighting", ", where troops are still battling Hamas": a place's
# relative clause in the present progressive
_GOES_ON_THERE = re.compile(r",\s+(?:where|in\s+which)\s+[^,.;:!?]{0,60}?\b(?:is|are)\s+"
                            r"(?:still\s+|now\s+)?\w+ing\b")


def goes_on_there(text: str, unit: EventUnit, pool: list[DateRef]) -> bool:
    """Whether the event is what goes on at a place as the report speaks, told after the
    sentence's days: "visited troops in Khan Younis on Monday, where the 98th Division is
    fighting": not on the day of the visit."""
    going_on = _GOES_ON_THERE.search(text, max(unit.sentence.start, unit.anchor - 80),
                                     unit.sentence.end)
    return going_on is not None and going_on.start() < unit.anchor < going_on.end() and \
        all(d.end <= going_on.start() for d in pool)


# ", while forces blew up homes": a clause told as going on at the time of the one before
# (and "continues its ground invasion ..., amid increased aerial operations": what goes on
# around what goes on)
_AT_THE_SAME_TIME = re.compile(r"[\s,;]*(?:while|whilst|as|amid|amidst)\s", re.I)
# "would continue", "to keep up", "will not stop": before a word of going on, what is
# only meant to go on, not told as going on
_MEANT_TO = re.compile(r"(?i)\b(?:would|will|shall|could|can|may|might|must|to|not|never)\s+"
                       r"(?:not\s+|\w+ly\s+|further\s+|be\s+)?$")


def still_goes_on(cues: Cues, unit: EventUnit, anchor: date | None) -> bool:
    """Whether the event is told as still going on, where the report's day ``anchor`` is
    known: "with hostilities continuing across the Strip": as the report speaks, not on the
    day an earlier sentence named for something else. A clause told as at the same time as
    one before it that goes on goes on too ("artillery continued shelling the camp, while
    forces blew up residential squares"), unless that one is only meant to go on ("The army
    said it would continue its operations in Rafah, while troops demolished homes")."""
    text = cues.text
    still_from = unit.sentence.start if _AT_THE_SAME_TIME.match(text, unit.clause.start) and \
        any(_MEANT_TO.search(text, max(unit.sentence.start, c.start() - 20), c.start()) is None
            for c in STILL.finditer(text, unit.sentence.start, unit.clause.start)) \
        else unit.clause.start
    return anchor is not None and cues.search(STILL, still_from, unit.sentence.end) is not None


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


def a_past_time_of_no_day(cues: Cues, unit: EventUnit) -> bool:
    """Whether the event's own clause sets it at a time gone by that the report gives no
    day for ("killed a commander in a strike on Gaza City a few days ago", "struck the
    school earlier this month"), not a lasting doing ("for several days", "on three
    occasions", which may go on to a day the clause names)."""
    a_while = cues.search(_FOR_A_WHILE, unit.clause.start, unit.clause.end)
    if a_while is None or _anothers_while(cues.text, unit, a_while):
        return False
    said = a_while.group(0).lower()
    return said.endswith(" ago") or said.startswith(("earlier", "last"))


def for_a_while(cues: Cues, unit: EventUnit) -> bool:
    """Whether the event's clause tells a lasting or earlier doing the report gives no day
    for ("had shelled it for weeks (before invading on 4 December)", "a few days ago", "last
    month"), its own time, not another clause's."""
    a_while = cues.search(_FOR_A_WHILE, unit.clause.start, unit.clause.end)
    return a_while is not None and not _anothers_while(cues.text, unit, a_while)


# The patterns this module's checks look for through a report's cues (geoevents.anchored).
PATTERNS = (_FOR_A_WHILE, _RECENT_DAYS, STILL)
