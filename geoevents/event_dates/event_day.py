"""The day one event unit happened on, chosen among the days of its clause and sentence,
the date the report gave last and the report's own day.

The other modules of this package each test one kind of day or phrase; :func:`date_for`
weighs them for an event unit, in order, and says how sure the choice is. The checks here
are the few no other module needs: a threat on those who did something, a day counted back
from the event, the cause a sentence opens on, a response told before what it came after,
an earlier event with no day, a call made as the report speaks, and the nearest of the days
left.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.dates import BEFORE_WHAT, CLAUSE_BREAK, NEXT_DAY, DateRef
from geoevents.event_dates import periods, tellings
from geoevents.event_dates.day_said_next import the_next_sentence_dates_it
from geoevents.event_dates.day_told_next import the_next_sentences_day
from geoevents.event_dates.days_told_before import speakers_now
from geoevents.event_dates.deaths_after import a_later_deaths_day
from geoevents.event_dates.earlier_attacks import struck_in_an_earlier_attack
from geoevents.event_dates.handing_on import a_state_as_of
from geoevents.event_dates.hours_before_dawn import hours_before_the_small_hours
from geoevents.event_dates.passing_days import (
    due_to_start,
    goes_on_since_begun,
    named_in_passing,
    told_in_a_relative_after,
    told_of_others,
)
from geoevents.event_dates.periods import (
    a_past_time_of_no_day,
    a_start_of_something_else,
    began_since_then,
    days_earlier,
    for_a_while,
    for_days_on_end,
    goes_on_there,
    in_recent_days,
    names_a_running_total,
    nearer_in_recent_days,
    since_phrase,
    still_goes_on,
    told_since_dawn,
    weeks_earlier,
    weeks_of_it,
)
from geoevents.event_dates.recordings import a_recordings_day, the_day_filmed
from geoevents.event_dates.report_frames import (
    goes_on_in_the_week,
    in_the_window,
    last_day_covered,
    late_on_the_first_day,
    period_covered,
    the_datelines_day_gives_way,
    this_weeks_first_day,
)
from geoevents.event_dates.spells_after import after_a_spell_of_attacks
from geoevents.event_dates.tellings import (
    a_tellers_day_before,
    anothers_told_day,
    reacted_on,
    the_acts_day_before,
    told_on,
    without_a_tellings_days,
)
from geoevents.event_dates.week_named import qualifies_the_day_before
from geoevents.units import EventUnit


def date_for(unit: EventUnit, dates: list[DateRef], carried: DateRef | None,
             anchor: date | None, cues: Cues) -> tuple[str | None, int, float]:
    """The day of ``unit`` (an ISO date, or None where the report gives none), its precision
    (1 a day, 2 a week, 3 a month or none) and how sure the choice is, from the ``dates`` of
    its sentence, the date the report gave last (``carried``) and the report's own day
    (``anchor``). A sentence names the days of many things besides its event: those of
    others are set aside first, then the ways of telling an event with no day of its own are
    tried, each deciding where it applies, before the nearest day left dates it."""
    text = cues.text
    dates = [d for d in dates if not names_a_running_total(text, unit, d)]
    dates = [d for d in dates if not told_of_others(text, unit, d, dates)]
    dates = [d for d in dates if not a_later_deaths_day(text, unit, d)]
    shown = [d for d in dates if a_recordings_day(text, d)]
    if shown:
        dates = [d for d in dates if d not in shown]
        if not dates and carried is None:
            # ("killed four civilians ..., showed in a video aired on Thursday": filmed
            # before it was aired, on the day the next sentence says it was filmed on: "The
            # scenes were captured ... in February", or the day the report gives next for
            # the act itself; else on a day the report does not give)
            day = the_day_filmed(text, unit.sentence.end, anchor, cues) or \
                the_next_sentences_day(cues, unit, anchor)
            return (day.date, day.precision, 0.9) if day is not None else (None, 3, 0.7)
    if the_datelines_day_gives_way(text, unit, dates):
        dates = dates[1:]
    if _a_threat_on_doers(text, unit):
        dates = [d for d in dates if d.start > unit.anchor or not told_on(text, d)]
        if not dates:
            return None, 3, 0.7  # (a day the report does not give)
    dates = [d for d in dates if not _is_what_it_is_before(text, d, unit.anchor, dates)]
    if goes_on_since_begun(text, unit, dates, anchor):
        return anchor.isoformat(), 1, 0.8
    dates = [d for d in dates if not named_in_passing(text, unit, d)]
    in_clause = [d for d in dates if _of_its_clause(unit, d)]
    pool = in_clause or [d for d in dates if not told_in_a_relative_after(text, unit, d)]
    pool = [d for d in pool if _counted_from_another_day(d)] or pool
    pool = [d for d in pool if not a_state_as_of(text, d)] or pool
    if not in_clause:
        pool = [d for d in pool if not anothers_told_day(cues, unit, d)] or \
            ([] if carried is not None or anchor is not None else pool)
    if unit.sub_event_type == "Agreement":
        pool = [d for d in pool if not due_to_start(text, d)]
    if unit.sub_event_type == "Return of displaced people":
        pool = [d for d in pool if began_since_then(text, unit, d)][:1] or pool
    pool = [d for d in pool if not a_start_of_something_else(text, d, unit.anchor, pool)] or \
        [d for d in pool if not since_phrase(text, d)]
    if (cause_end := _the_end_of_what_it_follows(text, unit)) is not None:
        pool = [d for d in pool if not d.start < cause_end]
        in_clause = [d for d in in_clause if not d.start < cause_end]
    if pool and not in_clause and _what_a_response_came_after(text, unit, pool):
        return None, 3, 0.7
    if len(pool) > 1:
        pool = without_a_tellings_days(cues, unit, pool)
    if pool and all(reacted_on(text, d) for d in pool) and \
            (day := the_next_sentences_day(cues, unit, anchor)) is not None:
        # ("WFP condemned today an incident ... . On Sunday, the convoy was hit": the
        # attack's day, told next, not the condemnation's)
        return day.date, day.precision, 0.9
    earlier = _an_earlier_one(text, unit, dates)
    a_while = not in_clause and for_a_while(cues, unit) or \
        in_clause and all(a_tellers_day_before(text, unit, d) for d in in_clause) and \
        a_past_time_of_no_day(cues, unit)
    if weeks_of_it(cues, unit):
        return None, 3, 0.7
    if earlier or a_while or struck_in_an_earlier_attack(text, unit, dates):
        return None, 3, 0.7
    if (day := weeks_earlier(text, unit, pool, carried, anchor)) is not None:
        return day, 2, 0.7
    if not after_a_spell_of_attacks(text, unit) and \
            (day := days_earlier(text, unit, pool, carried, anchor)) is not None:
        return day, 1, 0.8
    if not in_clause and (day := for_days_on_end(text, unit, carried, anchor)) is not None:
        return day, 1, 0.8
    if pool and nearer_in_recent_days(cues, unit, pool):
        return None, 3, 0.7
    if pool and anchor is not None and goes_on_there(text, unit, pool):
        return anchor.isoformat(), 1, 0.8
    if pool:
        pool = [d for d in pool if not qualifies_the_day_before(text, d, pool, anchor)]
        d = _the_nearest_day(text, unit, pool)
        if len(pool) == 1 and (acts := the_acts_day_before(text, unit, d, anchor)) is not None:
            return acts.date, acts.precision, 0.9
        if speakers_now(text, d, carried, anchor, dates):
            return carried.date, carried.precision, 0.9
        if anchor is not None and (first := this_weeks_first_day(text, d, anchor)) is not None:
            return first.isoformat(), 2, 0.9
        return in_the_window(text, d, unit), d.precision, 1.0
    if anchor is not None and carried is not None and _a_call_made_now(text, unit):
        return anchor.isoformat(), 1, 0.9
    if anchor is not None and told_since_dawn(text, unit):
        return anchor.isoformat(), 1, 0.8
    if carried is None and (day := the_next_sentence_dates_it(cues, unit, anchor)) is not None:
        # ("... the arrest of over 240 during a military operation at the hospital. This
        # operation, which took place on December 28, ...": that day, told next)
        return day.date, day.precision, 0.9
    if still_goes_on(cues, unit, anchor):
        if (day := goes_on_in_the_week(text, carried, anchor)) is not None:
            return day, 2, 0.8
        return anchor.isoformat(), 1, 0.8
    if anchor is not None and in_recent_days(cues, unit):
        return last_day_covered(text, anchor).isoformat(), 2, 0.8
    if carried is None and (day := the_next_sentences_day(cues, unit, anchor)) is not None:
        # ("... killed in an Israeli air attack near an aid centre. The air strike on Sunday
        # hit the main gate": a lead's day, told next)
        return day.date, day.precision, 0.9
    if (day := hours_before_the_small_hours(text, unit, carried)) is not None:
        return day, 1, 0.8
    if carried is not None:
        return late_on_the_first_day(text, carried, unit, anchor) or \
            in_the_window(text, carried, unit), carried.precision, 0.9
    if anchor is not None and (week := period_covered(text, anchor)) is not None:
        # ("Weekly Digest / Reporting period: 23–29 August 2025", published on 2 September:
        # "Demolitions of residential blocks in Beit Lahia" in the week it covers, from its
        # first day, not on the day the digest went up)
        return week[0].isoformat(), 2, 0.8
    if anchor is not None:
        return anchor.isoformat(), 2, 0.8
    return None, 3, 0.7


# a threat against those who did something: "would operate against militants who had fired",
# "vowed to hit those who launched"
_THREAT_ON_DOERS = re.compile(
    r"(?i)\b(?:would|will|vow(?:s|ed)?\s+to|threaten(?:s|ed)?\s+to|warn(?:s|ed)?\s+(?:it|they)"
    r"\s+would)\s+[^.;]{0,60}?\b(?:against|on|at|target|hit|strike)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:[\w-]+\s+){0,1}?$")


def _a_threat_on_doers(text: str, unit: EventUnit) -> bool:
    """Whether the event is what those a threat is made against had done: "said on Friday
    that it would operate against militants who had fired rockets": the day of the threat
    (a telling's, before the event) is not the day of what the threatened had done."""
    return _THREAT_ON_DOERS.search(text, max(unit.sentence.start, unit.anchor - 160),
                                   unit.anchor) is not None


def _counted_back(d: DateRef) -> bool:
    """Whether ``d`` is a day or hours counted back from what follows ("the day before",
    "the 24 hours prior to")."""
    return NEXT_DAY.fullmatch(d.text) is not None and d.text.lower().endswith(BEFORE_WHAT)


def _is_what_it_is_before(text: str, d: DateRef, anchor: int, dates: list[DateRef]) -> bool:
    """Whether the event told at ``anchor`` is what a day or hours counted back are before:
    between them and its own day, in one clause ("In the 24 hours before the strike on
    Jabalia on Saturday, tanks shelled Beit Lahia": the strike on Jabalia, on its own
    Saturday)."""
    return _counted_back(d) and d.end <= anchor and \
        any(anchor < e.start and e.date and not CLAUSE_BREAK.search(text, d.end, e.start)
            for e in dates)


def _of_its_clause(unit: EventUnit, d: DateRef) -> bool:
    """Whether ``d`` is told in the event's clause, or counts back to what opens it: "In the
    24 hours before the ceasefire took effect on Sunday, strikes killed 30": the clause opens
    at the "before" of a day counted back."""
    return unit.clause.start <= d.start < unit.clause.end or \
        d.start < unit.clause.start <= d.end and _counted_back(d)


def _counted_from_another_day(d: DateRef) -> bool:
    """Whether ``d`` is a day counted from another date of the clause, which then dates the
    event and the other one the telling: "announced on 13 March that it had struck ... the
    night before" (not "reached the roundabout in the early hours of Thursday, where crowds
    had waited since the night before": the start of the wait, counted from the event's own
    day)."""
    return NEXT_DAY.fullmatch(d.text) is not None and not d.since


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


def _the_end_of_what_it_follows(text: str, unit: EventUnit) -> int | None:
    """Where the phrase ends that the event's sentence opens on with what the event responds
    to (see ``_CAUSE_OPENING``), where the event is told after it: the days before are that
    cause's. Not a deed done then, after what it follows: "After a siege that ended with the
    army storming the hospital on Friday, the forces detained 44 staff" (but "Following the
    release of bodies on Monday, Israel closes the crossing": a response told as news)."""
    cause = _CAUSE_OPENING.match(text, unit.sentence.start)
    if cause is None or _AFTER_IT.match(cause.group(0)) and \
            not _BEGAN_THEN.search(cause.group(0)) and \
            _DONE_THEN.search(text, cause.end(), unit.anchor + 20) is not None:
        return None
    return cause.end() if unit.anchor >= cause.end() else None


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


def _what_a_response_came_after(text: str, unit: EventUnit, pool: list[DateRef]) -> bool:
    """Whether the event, in a clause of "after" right after the last day of ``pool``, is
    what a response told on that day came after: "paused deliveries there on 20 February
    after one of its convoys came under gunfire and was looted": the day of the response,
    not of what it came after (not "17 were killed on Tuesday after forces opened fire": the
    dead of what it came after)."""
    if _A_DAY_THEN_AFTER.match(text, unit.clause.start) is None:
        return False
    last = max(pool, key=lambda d: d.end)
    return last.end <= unit.clause.start and not text[last.end:unit.clause.start].strip(" ,") \
        and unit.anchor > unit.clause.start and \
        _ITS_DEAD.search(text, unit.sentence.start, unit.clause.start) is None and \
        _A_RESPONSE.search(text, unit.sentence.start, last.start) is not None


_EARLIER_ONE = re.compile(r"(?i)\b(?:previous|earlier|prior)\s+(?:[\w-]+\s+)?$")


_WORD = re.compile(r"[\w'’-]+")
_APPOSED_DAY = re.compile(r"\s*,?\s*(?:on\s+)?")


def _an_earlier_one(text: str, unit: EventUnit, dates: list[DateRef]) -> bool:
    """Whether the event is told as an earlier one the report gives no day for: "following a
    previous evacuation order" (not "bombed an ambulance a day earlier which killed four": a
    day counted back, but "a week earlier", "days earlier" give no day; nor "the remains of
    an earlier strike, on 10 October, which destroyed the home": the earlier one's own day,
    set beside it)."""
    earlier = _EARLIER_ONE.search(text, max(unit.clause.start, unit.anchor - 30), unit.anchor)
    if earlier is None or any(d.start <= earlier.start() < d.end for d in dates):
        return False
    word = _WORD.match(text, unit.anchor)
    return word is None or not any(_APPOSED_DAY.fullmatch(text, word.end(), d.start) and
                                   d.precision == 1 for d in dates)


_MONTH_NEARBY = 40  # characters: a month this close to the trigger is its own date
_JOINED = re.compile(r"\s*(?:\([^()]{0,12}\)\s*)?(?:,\s*)?(?:and|to|or|until|through|[–-])\s*"
                     r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?")


def _the_nearest_day(text: str, unit: EventUnit, pool: list[DateRef]) -> DateRef:
    """The day of ``pool`` that dates the event: the nearest to it, or the day told after it
    for its own item (:func:`_its_own_item`); a day the sentence gives rather than a month it
    names in passing ("The battle, which evolved into a siege in late January 2024, began on
    1 December 2023"); and of a span, its first day, whichever of the two is written first
    ("yesterday and overnight", "on 28 and 29 October", "yesterday and the day before")."""
    d = min(pool, key=lambda d: abs(d.start - unit.anchor))
    d = _its_own_item(text, unit, d, pool) or d
    days = [e for e in pool if e.precision == 1]
    if d.precision == 3 and days and abs(d.start - unit.anchor) > _MONTH_NEARBY:
        d = min(days, key=lambda e: abs(e.start - unit.anchor))
    first = next((e for e in pool if e.date and d.date and e.date < d.date and (
                  e.end <= d.start and _JOINED.fullmatch(text, e.end, d.start) or
                  d.end <= e.start and _JOINED.fullmatch(text, d.end, e.start))), None)
    return first or d


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


def _a_call_made_now(text: str, unit: EventUnit) -> bool:
    """Whether the event is the call its sentence opens on, made as the report speaks (see
    ``_CALLS_NOW``): the call itself, not "after an airstrike killed 10 people in Jabalia"
    told after it, an earlier event, of the day told before."""
    call = _CALLS_NOW.match(text, unit.sentence.start, unit.sentence.end)
    return call is not None and unit.anchor < call.end()


# The patterns the checks of date_for look for through a report's cues (geoevents.anchored).
PATTERNS = (*tellings.PATTERNS, *periods.PATTERNS)
