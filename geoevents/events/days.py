"""The days a sentence names for what it tells, the day it hands on, and each unit's date.

A unit takes a date in its clause or sentence, else the last date the report gave within the
same stretch of prose, else the publication date (time_precision 2); never today's date. The
start of a period long past ("since the mechanism was introduced on May 27") and another
event's day are not the sentence's own; a day recalled from long before the report's news is
what "the next day" counts from, not what later sentences fall back on; and an attack told
with no day ("An Israeli air strike ... has killed one") takes the one a later sentence gives
it ("the strike late on Sunday night targeted a naval base").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from geoevents.dates import NEXT_DAY, DateRef, find_dates
from geoevents.event_dates import (
    came_after,
    carry,
    date_for,
    elsewhere_then,
    entry_date,
    hours_after_the_one_told,
    names_another_event,
    recalled,
    recent_start,
    since_phrase,
    those_hours,
    told_on,
)
from geoevents.events.report import Report, Sentence, Walk, rekey_last
from geoevents.quantities import parse_number
from geoevents.sentences import Span
from geoevents.told_again import (
    ToldBefore,
    dates_the_lead,
    day_told,
    lead_day,
    named_death_day,
    names_no_other_place,
    night_told,
    opening_day_of_the_lead,
    opens_with_the_attack,
    places_it_within,
    rekeyed,
    telling_day,
    tells_its_dead,
    undated_lead,
)
from geoevents.trigger_table import VIOLENT
from geoevents.units import EventUnit

# "In a separate attack the same day": a day counted from the attack told before (not
# "The same day" alone, which may count from the start of a period: "killed since the
# ceasefire collapsed on March 18. That same day, ...")
_SEPARATE_ONE = re.compile(r"\b(?:[Ss]eparate|[Aa]nother|[Ss]econd|[Ff]urther)\s+(?:[\w-]+\s+)?"
                           r"(?:attacks?|strikes?|airstrikes?|raids?|incidents?|shelling|"
                           r"bombings?)\b")
# "Since the evacuation order on 1 July, the hospital has emptied. On the same day, a strike
# on Shati killed 20": a period's start that opens its sentence frames it, and the same day is
# the attack's told before (not "300 have been killed since May 6. The same day, forces
# entered the city": the start of a count told last)
_THE_SAME_DAY = re.compile(r"\b(?:[Tt]he|[Tt]hat)\s+same\s+day\b")
_OPENS_ITS_SENTENCE = re.compile(r"(?:^|[.!?][\"'’”]?\s+|\n\s*)$")


# "since early Monday", "since dawn on Sunday": one day's count, not a period's start
_DAYS_OWN_SINCE = re.compile(r"(?i)\bsince\s+(?:early|dawn|daybreak|midnight|"
                             r"the\s+(?:early\s+)?(?:morning|hours))\b[^.;,]*$")


def _a_frames_start(text: str, d: DateRef) -> bool:
    """Whether ``d`` is dated by a since-phrase that opens its sentence ("Since the evacuation
    order on 1 July, ...")."""
    phrase = since_phrase(text, d)
    return phrase is not None and \
        _OPENS_ITS_SENTENCE.search(text, max(0, phrase.start() - 4), phrase.start()) is not None


def period_start(text: str, d: DateRef) -> bool:
    """Whether ``d`` starts a period ("since the mechanism was introduced on May 27"),
    not a day of its own ("since early Monday")."""
    if _DAYS_OWN_SINCE.search(text, max(0, d.start - 40), d.end):
        return False
    return d.since or since_phrase(text, d) is not None


def redate_lead(rep: Report, walk: Walk, s: Span) -> None:
    """"An aid convoy came under fire, UNRWA said Friday. ... According to UNRWA, the
    incident took place on Thursday afternoon": the day of the happening the report led
    with, told with no day but the report's or its telling's (see told_again.lead_day)."""
    told = lead_day(rep.text, s, rep.anchor, rep.cues)
    lead = [walk.merged.get(k) for k in walk.lead or ()] + \
        [walk.referring[i] for i in walk.lead_referring]
    if told is None and (day := named_death_day(rep.text, s, rep.anchor, rep.cues, lead)):
        told = (day, False, False)  # "... Sinwar was killed on Wednesday in Tel al-Sultan"
    if told is None and (day := telling_day(rep.text, s, rep.anchor, rep.cues, lead)):
        told = (day, True, False)  # "The ministry's spokesman, late on Sunday, said the toll"
    if told is None or not undated_lead(lead, rep.anchor, told[1], told[2]) or \
            not names_no_other_place(rep.in_gaza(s), lead, rep.gaz):
        return
    day = told[0]
    for i in walk.lead_referring:
        walk.referring[i] = replace(walk.referring[i], event_date=day, time_precision=1)
    was, walk.lead = walk.lead, rekeyed(walk.merged, walk.lead, day)
    if was and walk.last_violent == was:
        walk.last_violent = walk.lead
        if walk.told is not None:
            walk.told = walk.told._replace(days=frozenset({day}))


def sentence_dates(rep: Report, walk: Walk, s: Span) -> list[DateRef]:
    """The days a sentence names for what it tells (not another event's, nor the start of
    a period long past); brings the carried date up to date first where it may be needed."""
    text, cues, anchor = rep.text, rep.cues, rep.anchor
    if walk.skipped and cues.possible(NEXT_DAY, s.start, s.end):
        carry_day(walk, carry(walk.skipped, walk.carried, anchor, cues), anchor)
    if walk.carried is not None and _A_GUESSED_DAY.fullmatch(walk.carried.text) and \
            text.find("\n\n", walk.carried.end, s.start) >= 0:
        # "Earlier this week, two projectiles were launched ... In response, the IDF struck
        # the launcher. || The IDF reiterates its call on residents ... to move": the guess
        # dates its own paragraph, not the ones after it
        walk.carried, walk.recalled = walk.before_guess, None
    previous = walk.last_day if walk.carried is not None and walk.last_day is not None and \
        (_SEPARATE_ONE.search(s.text) or _THE_SAME_DAY.search(s.text) and
         _a_frames_start(text, walk.recalled or walk.carried)) and \
        period_start(text, walk.recalled or walk.carried) \
        else walk.recalled or walk.carried
    if walk.state_since is not None and not text[walk.state_since[1]:s.start].strip() and \
            cues.possible(NEXT_DAY, s.start, s.end):
        # "The Rafah crossing has been closed since 7 May. On that day, Israeli tanks seized
        # the crossing": the day the closure began
        previous = walk.state_since[0]
    walk.state_since = None
    dated = [d for d in find_dates(text, anchor, s.start, s.end, previous, cues=cues,
                                   relative_to=entry_date(text, s, anchor, cues))
             if d.date and not names_another_event(text, d) and
             (not d.since or recent_start(text, d, anchor) or
              since_phrase(text, d) is not None and
              (anchor is None or d.date <= anchor.isoformat()))]
    if walk.skipped and not dated:
        carry_day(walk, carry(walk.skipped, walk.carried, anchor, cues), anchor)
    return dated


def carry_day(walk: Walk, day: DateRef | None, anchor: date | None, *,
              may_recall: bool = True) -> None:
    """``day`` the date later sentences fall back on, unless it is recalled from long before
    the report's news ("Israel resumed its campaign on March 18")."""
    walk.skipped = []
    if day is walk.carried:
        return
    if day is not None and may_recall and recalled(day, walk.carried, anchor):
        walk.recalled = day
    else:
        if day is not None and _A_GUESSED_DAY.fullmatch(day.text):
            walk.before_guess = walk.carried
        walk.carried, walk.recalled = day, None


# a day the report does not tell, only the part of the week it falls in
_A_GUESSED_DAY = re.compile(r"(?i)earlier\s+this\s+week")


# "On 20 and 21 December, WHO and partners delivered fuel and food to the hospital": two
# days of a month named for deliveries told once
# (not "Between 1 and 21 October": a span of days)
_TWO_DAYS = re.compile(r"(\d{1,2})\s+and\s+(\d{1,2})\s+[A-Z][a-z]+")
_ON = re.compile(r"\b[Oo]n\s+$")
# (nor "On 2 and 3 December respectively, WFP delivered flour to Gaza City and Deir
# al-Balah": one day for each place, not both days at each)
_EACH_ITS_OWN = re.compile(r"\brespectively\b")


def second_day(unit: EventUnit, dated: list, when: str | None, text: str) -> list[str]:
    """The second of two days of a month the unit's sentence names together for an aid
    delivery told once ("On 20 and 21 December ... delivered"), as its own day; else none."""
    if unit.sub_event_type != "Aid delivery" or when is None or len(dated) != 1 or \
            dated[0].date != when:
        return []
    two = _TWO_DAYS.fullmatch(dated[0].text)
    if two is None or _EACH_ITS_OWN.search(text) or \
            not _ON.search(text, max(0, dated[0].start - 4), dated[0].start) or \
            not int(two.group(1)) < int(two.group(2)) <= 31:
        return []
    try:
        return [date.fromisoformat(when).replace(day=int(two.group(2))).isoformat()]
    except ValueError:
        return []


# "killing 3 and 5 people respectively", "killing 3, 4 and 6": the counts of a list, one for
# each day the clause names before it
_NUMBER = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_COUNTS_LISTED = re.compile(rf"\b({_NUMBER}(?:\s*,\s*{_NUMBER})*\s*,?\s+and\s+{_NUMBER})\b",
                            re.I)
_SPLIT_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def each_days_toll(unit: EventUnit, dated: list, text: str) -> list[tuple[str, int]]:
    """(day, dead) for each day of a list the unit's clause pairs with a list of tolls
    ("hit Rafah on 27 June and on 28 June, killing 3 and 5 people respectively"): each day its
    own attack with its own toll; none where the clause pairs no such lists (a toll of the
    days together: "on Friday and Saturday, killing 8")."""
    killed = [c for c in unit.casualty_phrases if c.kind == "killed"]
    each = _EACH_ITS_OWN.search(text, killed[0].start, unit.clause.end) \
        if len(killed) == 1 and not unit.injuries else None
    if each is None:
        return []
    # (the list begins in the count's own words: "killing two, four and six people")
    listed = _COUNTS_LISTED.search(text, killed[0].start, each.start())
    if listed is not None and listed.start() >= killed[0].end:
        listed = None
    days = [d for d in dated if unit.clause.start <= d.start < killed[0].start and d.date]
    if listed is None or len(days) < 2:
        return []
    counts = [parse_number(n) for n in _SPLIT_LIST.split(listed.group(1))]
    if len(counts) != len(days) or None in counts or \
            len({d.date for d in days}) != len(days):
        return []
    return [(d.date, n) for d, n in zip(days, counts, strict=True)]


def _the_attack_placed_again(rep: Report, walk: Walk, sent: Sentence, unit: EventUnit
                             ) -> bool:
    """Whether a sentence with no day of its own opens with the attack told before and
    names only its place ("An airstrike on the Abu Asi School in the Shati camp killed 10
    on Saturday ... The attack on the Shati camp added to the rising death toll"): that
    attack again, on its day, not another on the report's (not "An attack on Jabalia", "The
    new strike on the tent": another attack; nor one that names a place outside the
    attack's, or of another kind, or after an attack told for the Strip at large; nor after
    an attack the report dated by its own day alone, for want of one)."""
    told = sent.told_before
    return unit.event_type in VIOLENT and not sent.dated and bool(sent.named) and \
        told is not None and unit.sub_event_type == told.sub_event_type and \
        opens_with_the_attack(sent.span) and not _ANOTHER_ONE.match(sent.span.text) and \
        _at_its_own_site(rep, told) and places_it_within(sent.named, told, rep.gaz) and any(
            e.time_precision == 1 for k, e in walk.merged.items()
            if k[0] in told.days and k[1] in told.places and k[2] == told.event_type)


def _at_its_own_site(rep: Report, told: ToldBefore) -> bool:
    """Whether the attack told before was placed at sites of its own, none the Strip at
    large (a town named after "five killed in Gaza on Monday" may be another attack's)."""
    places = [rep.gaz.get(p) for p in told.places]
    return bool(places) and all(p is not None and p.feature_class != "strip" for p in places)


# "The new strike on the tent ...", "The latest attack": another attack than the one told
# last, not that one again
_ANOTHER_ONE = re.compile(r"\W*[Tt]he\s+(?:new|newest|latest|second|other|next|last|"
                          r"earlier|previous|first)\b")


def unit_date(rep: Report, walk: Walk, sent: Sentence, unit: EventUnit,
              refers_back: bool) -> tuple[str | None, int, float]:
    """(event_date, time_precision, confidence factor) of a unit."""
    s = sent.span
    when, time_precision, date_factor = date_for(unit, sent.dated, sent.same_line,
                                                 rep.anchor, rep.cues)
    if not sent.dated and (then := those_hours(rep.text, s, sent.before, rep.anchor,
                                               rep.cues)) is not None:
        when, time_precision = then, 1  # "... on Sunday at 11:15am. In those hours, ..."
    if (refers_back or unit.event_type in VIOLENT and (
            opens_with_the_attack(s) and places_it_within(sent.named, sent.told_before, rep.gaz)
            or tells_its_dead(s) and places_it_within(sent.named, sent.told_before, rep.gaz,
                                                       wider=True))) and \
            dates_the_lead(unit, s, rep.text, sent.dated, when, time_precision,
                                      sent.told_before, rep.anchor, walk.merged,
                                      walk.last_violent):
        # "An Israeli air strike ... has killed one. ... the strike late on Sunday night
        # targeted a naval base": the day of the strike told with none
        rekey_last(walk, lambda keys: rekeyed(walk.merged, keys, when))
        sent.told_before = sent.told_before._replace(days=frozenset({when}))
    elif unit.event_type in VIOLENT and opening_day_of_the_lead(
            unit, s, rep.text, sent.dated, when, sent.told_before, rep.anchor, walk.merged,
            walk.last_violent, sent.named, rep.gaz):
        # "... has killed 15, Anadolu reported. In the early hours of Monday morning, ...
        # all those inside were killed in an Israeli air strike": the lead's own day
        rekey_last(walk, lambda keys: rekeyed(walk.merged, keys, when))
        sent.told_before = sent.told_before._replace(days=frozenset({when}))
    told_day = night_told(unit, s, sent.dated, when, sent.told_before) if sent.dated else \
        day_told(unit, s, refers_back or _the_attack_placed_again(rep, walk, sent, unit),
                 sent.told_before)
    if told_day is None and not sent.dated and unit.event_type in VIOLENT and \
            sent.told_before is not None and len(sent.told_before.days) == 1 and \
            hours_after_the_one_told(s) is not None:
        # "Saturday's strike killed 90. ... Hours after the Muwasi strike, an airstrike on a
        # prayer hall killed 20": the day of the strike told before
        (told_day,) = sent.told_before.days
    if told_day is not None:
        when, time_precision = told_day, 1
    elif not [d for d in sent.dated if not told_on(rep.text, d)] and \
            (after := came_after(rep.text, s, unit, rep.anchor, rep.cues)):
        # "The air force strike on Sunday night in Rafah ... by Monday, the ministry counted
        # 45 dead. The strike came hours after Hamas fired eight rockets": Sunday's
        when, time_precision = after, 1
    elif not sent.dated and elsewhere_then(rep.text, s, when, walk.news_day):
        # "... killed early Tuesday. ... His son was killed near the hospital gate on
        # Saturday. Elsewhere, nine people were killed in a strike on a house in Jabalia":
        # other places on the day of the report's news, not of the aside before
        when, time_precision = walk.news_day, 1
    return when, time_precision, date_factor
