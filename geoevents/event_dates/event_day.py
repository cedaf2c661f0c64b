"""The day one event unit happened on, chosen among the days of its clause and sentence,
the date the report gave last and the report's own day.

The other modules of this package each test one kind of day or phrase; :func:`date_for`
weighs them for an event unit, in order, and says how sure the choice is.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from geoevents.anchored import Cues
from geoevents.dates import BEFORE_WHAT, CLAUSE_BREAK, NEXT_DAY, DateRef, parse_published
from geoevents.event_dates.days_told_before import _speakers_now
from geoevents.event_dates.handing_on import STATUS
from geoevents.event_dates.passing_days import (
    _RELATIVE_AFTER,
    _TO_START,
    _a_counts_day,
    _ends_a_relative,
    _goes_on_since,
    _named_in_passing,
    _told_in_a_relative,
    _when_they_fled,
)
from geoevents.event_dates.periods import (
    _AT_THE_SAME_TIME,
    _BRINGING,
    _DAYS_AFTER,
    _FOR_A_WHILE,
    _FOR_N_DAYS,
    _GOES_ON_THERE,
    _HAD_BEEN,
    _IN_TIME_TO_COME,
    _MEANT_TO,
    _OTHER_CLAUSE,
    _RECENT_DAYS,
    _SINCE_DAWN,
    _STILL,
    _SUPERLATIVE,
    _WEEKS_AFTER,
    _WEEKS_OF,
    _WEEKS_WENT_ON,
    _a_totals_start,
    _anothers_while,
    opens_with,
    since_phrase,
)
from geoevents.event_dates.report_frames import (
    _DATELINE_REACH,
    _in_the_window,
    _late_on_the_first_day,
    _period_covered,
    _the_acts_own_day,
    on_a_dateline,
)
from geoevents.event_dates.tellings import (
    _TELLING,
    _anothers_told_day,
    _the_tellings_day_dropped,
    told_on,
)
from geoevents.quantities import number_word
from geoevents.units import EventUnit

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


_EARLIER_ONE = re.compile(r"(?i)\b(?:previous|earlier|prior)\s+(?:[\w-]+\s+)?$")


_WORD = re.compile(r"[\w'’-]+")
_APPOSED_DAY = re.compile(r"\s*,?\s*(?:on\s+)?")


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


_MONTH_NEARBY = 40  # characters: a month this close to the trigger is its own date
_JOINED = re.compile(r"\s*(?:\([^()]{0,12}\)\s*)?(?:,\s*)?(?:and|to|or|until|through|[–-])\s*"
                     r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?")


# a threat against those who did something: "would operate against militants who had fired",
# "vowed to hit those who launched"
_THREAT_ON_DOERS = re.compile(
    r"(?i)\b(?:would|will|vow(?:s|ed)?\s+to|threaten(?:s|ed)?\s+to|warn(?:s|ed)?\s+(?:it|they)"
    r"\s+would)\s+[^.;]{0,60}?\b(?:against|on|at|target|hit|strike)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:[\w-]+\s+){0,1}?$")


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


# The patterns this module looks for through a report's cues (geoevents.anchored).
PATTERNS = (_TELLING, _FOR_A_WHILE, _RECENT_DAYS, _STILL)
