"""Stage 2: sentences + mentions -> dated, located, typed events (ACLED fields).

Reads ``ParsedReport.text``, ``.mentions`` and ``.published``; writes ``.events``.

Per sentence, :mod:`geoevents.units` turns triggers and casualty counts into event
units, :mod:`geoevents.locate` places them and :mod:`geoevents.event_dates` dates
them; :mod:`geoevents.background` passes over the sentences that frame the news,
:mod:`geoevents.told_again` reads an attack told again onto the one told before, and
:mod:`geoevents.page_layout` narrows events to the place a title or an infobox gives.
This module walks the sentences, keeps what carries from one to the next, names the
actors and writes the ``Event`` records. Each unit takes:

* place: the most specific in-Gaza place its clause or sentence names (see
  :mod:`geoevents.locate`); out-of-area places are never event locations;
* date: a date in its clause or sentence, else the last date the report gave within the
  same stretch of prose, else the publication date (time_precision 2); never today's date;
* actors as named: in its clause or sentence, else the one the report last named for
  an event of its kind ("Massive Israeli bombardments ... an airstrike on Jabalia camp");
  a battle has two sides and violence against civilians civilians on the other side,
  named by ACLED's conventions where the text leaves them unnamed.

Background sentences (cumulative war tolls, "continue to", "since October") and
irrealis triggers ("must halt the fighting") produce no events. One event per (date,
place, type) per report.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from geoevents import (
    actors,
    background,
    casualties,
    dates,
    event_dates,
    locate,
    told_again,
    triggers,
)
from geoevents import sentences as sentence_split
from geoevents.actors import side_of
from geoevents.anchored import Cues, PrefixIndex
from geoevents.background import is_stock_line, tells_background
from geoevents.casualties import find_casualties, has_casualty_words, part_of_a_tally
from geoevents.confidence import calibrate
from geoevents.dates import NEXT_DAY, WAR_START, DateRef, find_dates, parse_published
from geoevents.event_actors import report_sides, sides_filled, unit_actors
from geoevents.event_dates import (
    a_days_attack,
    a_tallys_end,
    a_tallys_start,
    came_after,
    carry,
    continues,
    date_for,
    dateline_day,
    dates_the_page,
    elsewhere_then,
    entry_date,
    goes_on_now,
    handed_on,
    hours_after_the_one_told,
    led_to_a_state,
    names_another_event,
    news_day,
    recalled,
    recent_start,
    same_stretch,
    since_phrase,
    those_hours,
    told_on,
)
from geoevents.event_merge import (
    body_count_stands,
    entry_headings,
    fold_incidents,
    headline,
    merge_events,
    placed_at,
    standfirst,
)
from geoevents.gazetteer import Gazetteer
from geoevents.locate import (
    SPECIFICITY,
    count_place,
    dominant_place,
    outside_attributions,
    place_for,
)
from geoevents.model import Event, Mention, placed_wide
from geoevents.page_layout import (
    infobox_place,
    is_caption,
    is_heading,
    narrowed,
    titled_place,
    under_title,
)
from geoevents.place_roles import (
    TAKEN_OR_FLED,
    carried_off,
    carried_on,
    hospitals_aside,
    is_origin,
    labelled_place,
    named_hospital,
)
from geoevents.sentences import Span, split_sentences
from geoevents.told_again import (
    THE_ATTACK,
    ToldBefore,
    areas_told_next,
    dates_the_lead,
    day_told,
    lead_day,
    named_death_day,
    names_no_other_place,
    night_told,
    opening_day_of_the_lead,
    opens_with_the_attack,
    places_it_within,
    redated,
    rekeyed,
    site_told_next,
    telling_day,
    tells_its_dead,
    took_place,
    undated_lead,
    without_the_office,
)
from geoevents.told_next import place_told_next
from geoevents.tolls import (
    aid_seekers_apart,
    received_of_a_toll,
    rest_at_the_area,
    sites_told_together,
    strikes_told,
    tells_one_strike,
    told_across_with_parts,
    told_for_a_region_apart,
    told_for_the_places_before,
    told_mostly_at,
    told_together,
    toll_split,
)
from geoevents.trigger_table import AGREEMENT, BATTLE, RELEASE, SUBTYPE_RELIABILITY, VIOLENT
from geoevents.triggers import find_triggers
from geoevents.units import EventUnit, build_units, counts_combatants, israeli_dead
from geoevents.unlisted_names import place_mention

__all__ = ["extract_events"]

# "another deadly attack on a school in Gaza": a weak cue whose harm is told, if not counted
# (an attack's: "Israel's deadly military operations in Gaza" are the war, not an event)
_DEADLY = re.compile(r"\b(?:deadly|fatal|lethal|bloody)\s+(?:[\w-]+\s+)?$", re.I)
_WHO = re.compile(r"\bwho\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:[a-z]+ly\s+)?"
                  r"(?:been\s+)?$")
_WHO_HAD = re.compile(r"\bwho\s+had\s+(?:[a-z]+ly\s+)?$")
_THOSE_WHO_HAD = re.compile(r"[\w-]+(?:\s+[\w,-]+){0,3}?\s+who\s+had\s")
_AFTER_THE = re.compile(r"\b(?:after|following)\b")
_WHEN = re.compile(r"(?:[\[\]\d]+\s*)?When\s")
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
# "has been closed since", "have remained shut since": a state that began on the day named
# (and "breaking the ceasefire in effect since 19 January", "the truce that had held since":
# a state's start, not the day the strikes told next were on)
# "troops have besieged Jabalia since", "forces have been operating there since": what has
# gone on since a day, up to now
_GOES_ON_SINCE = re.compile(r"(?i)\b(?:has|have)\s+(?:been\s+)?[a-z]+(?:ed|ing|en)\b"
                            r"[^.;:!?]{0,60}?\bsince\s+$")
_OPENS_A_PARAGRAPH = re.compile(r"\n[ \t]*\n[ \t]*$")
_STATE_SINCE = re.compile(r"(?i)\b(?:(?:has|have|had)\s+(?:been|remained|stayed)\s+(?:[\w-]+\s+)?"
                          r"(?:closed|shut|open|sealed|blocked|suspended|halted)\s+"
                          r"(?:[\w-]+\s+){0,3}?|(?:in\s+(?:effect|force|place)|(?:had\s+|has\s+)?"
                          r"held|holding)\s+)since\s+$")
# "since early Monday", "since dawn on Sunday": one day's count, not a period's start
_DAYS_OWN_SINCE = re.compile(r"(?i)\bsince\s+(?:early|dawn|daybreak|midnight|"
                             r"the\s+(?:early\s+)?(?:morning|hours))\b[^.;,]*$")


def _a_frames_start(text: str, d: DateRef) -> bool:
    """Whether ``d`` is dated by a since-phrase that opens its sentence ("Since the evacuation
    order on 1 July, ...")."""
    phrase = since_phrase(text, d)
    return phrase is not None and \
        _OPENS_ITS_SENTENCE.search(text, max(0, phrase.start() - 4), phrase.start()) is not None


def _period_start(text: str, d: DateRef) -> bool:
    """Whether ``d`` starts a period ("since the mechanism was introduced on May 27"),
    not a day of its own ("since early Monday")."""
    if _DAYS_OWN_SINCE.search(text, max(0, d.start - 40), d.end):
        return False
    return d.since or since_phrase(text, d) is not None


# "kidnapped 251 people on 7 October 2023", "the attacks of October 7, in which militants
# killed 1,200 and kidnapped 251": the day the war began, in Israel (not "on 7 October
# 2024", a day of another year; "of" only as the attacks of that day, not "the eve of the
# anniversary of October 7", a day of a later year)
_ON_THE_WAR_START = re.compile(r"\b(?:on|during|(?:attacks?|assault|massacre|raid|rampage)\s+"
                               r"of)\s+(?:7\s+October|October\s+7)(?:,?\s+2023)?\b"
                               r"(?!,?\s+\d{4})")
_TAKEN_ON_THE_WAR_START = re.compile(r"(?i)\b(?:abduct|kidnapp|taken\s+(?:hostage|captive)|"
                                     r"seized\s+as\s+hostages?)\w*\b[^.;]{0,60}?" +
                                     _ON_THE_WAR_START.pattern)
_ORDER_AND_FLIGHT = frozenset({"Evacuation order", "Displacement"})
# "ordered residents of Jabalia to leave on Monday, warning of mass displacement", "a move
# the UN said amounts to forced displacement": the word names what the order brings, not a
# flight of its own
_THE_WORD_DISPLACEMENT = re.compile(r"(?i)displacement\b")
# (but "have resulted in the displacement of some 100,000 people", "push thousands more
# people into recurrent displacement": the people who left, counted, a flight told)
_WHO_WERE_DISPLACED = re.compile(r"(?i)\b(?:\d[\d,.]*|thousands|hundreds|dozens|people|"
                                 r"families|residents|palestinians|civilians|households|"
                                 r"idps)\b")
# Sub-types one sentence tells of one occurrence at one place: a crossing seized and
# thereby closed ("seized the Rafah crossing, closing it"). (An order and the flight it
# caused are two: "ordered residents of central Khan Younis to leave, pushing thousands of
# families to flee" tells the order and the people who left.)
_ONE_OCCURRENCE = {sub: group for group, subs in enumerate(
    (("Non-violent transfer of territory", "Crossing opened or closed"),))
    for sub in subs}
# what makes an agreement one about Gaza: its parties or its place
_GAZA_PARTY = re.compile(r"\b(?:Hamas|Gaza|Palestinian)", re.I)
# a front of the war outside the Strip, named with no place of its own
_FRONT_ABROAD = re.compile(r"\b(?:Hezbollah|Leban\w*|Houthis?|Yemen\w*|Syria\w*|Iran\w*)\b")

# Every pattern the event stage tries, found through one scan of the report.
_INDEX = PrefixIndex((*triggers.PATTERNS, *casualties.PATTERNS, *dates.PATTERNS,
                      *actors.PATTERNS, *locate.PATTERNS, *sentence_split.PATTERNS,
                      *event_dates.PATTERNS, *background.PATTERNS, *told_again.PATTERNS))


@dataclass(frozen=True)
class _Report:
    """What every sentence of one report is read against."""

    text: str
    anchor: date | None
    gaz: Gazetteer
    cues: Cues
    gaza: list[Mention]  # resolved places in the Strip, in text order
    gaza_starts: list[int]
    # Places the gazetteer knows to be outside the Strip; a name it does not know
    # ("Barkat Al-Waz") is not evidence that a clause is about somewhere else.
    outside: list[Mention]
    outside_starts: list[int]
    unknown: list[int]  # where names the gazetteer does not know start
    dominant: Mention | None
    infobox: Mention | None
    strip: Mention | None
    # "the Strip" or "the enclave" said in a report that names no place abroad
    strip_alone: bool
    report_id: str | None
    title: str | None  # the headline, if the report has one
    standfirst: str | None  # the line under the headline that sums the story up, if any
    source: str | None
    url: str | None
    sentences: list[Span]
    sentence_starts: list[int]

    def in_gaza(self, s: Span) -> list[Mention]:
        return self.gaza[bisect_left(self.gaza_starts, s.start):
                         bisect_left(self.gaza_starts, s.end)]

    def outside_in(self, s: Span) -> list[Mention]:
        return self.outside[bisect_left(self.outside_starts, s.start):
                            bisect_left(self.outside_starts, s.end)]

    def sentence_at(self, at: int) -> Span:
        """The sentence an offset of the text falls in."""
        return self.sentences[max(bisect_right(self.sentence_starts, at) - 1, 0)]

    def names_unknown(self, s: Span) -> bool:
        return bisect_left(self.unknown, s.start) < bisect_left(self.unknown, s.end)

    def fallback(self, s: Span) -> Mention | None:
        """A sentence with no place of its own falls back on the report's main place only
        once the report has named it; before that, on the Strip ("In the last 24 hours
        three staff were killed" in a list that names Rafah only further down)."""
        if self.dominant is None and self.strip is not None and self.strip_alone:
            # "four soldiers died on the Strip": no other place named (not "Hezbollah fired
            # rockets at northern Israel ... in support of the enclave. Two civilians were
            # killed": a report of a place outside)
            return self.strip
        if self.dominant is None or self.strip is None or self.dominant.start < s.end:
            return self.dominant
        return self.strip


def _read_report(text: str, sentences: list[Span],
                 mentions: list[Mention] | tuple[Mention, ...],
                 published: str | date | None, gaz: Gazetteer, report_id: str | None,
                 source: str | None, url: str | None) -> _Report:
    anchor = parse_published(published)
    anchor = dateline_day(text, anchor) or anchor
    gaza = [m for m in mentions if m.in_gaza and m.place_id]
    outside = [m for m in mentions if not m.in_gaza and m.place_id]
    cues = Cues(text, _INDEX)
    cues.published = anchor
    return _Report(
        text=text, anchor=anchor, gaz=gaz, cues=cues,
        gaza=gaza, gaza_starts=[m.start for m in gaza],
        outside=outside, outside_starts=[m.start for m in outside],
        unknown=[m.start for m in mentions if m.place_id is None],
        dominant=dominant_place(outside_attributions(gaza, sentences, cues)),
        infobox=infobox_place(text, gaza),
        strip=next((m for m in gaza if m.feature_class == "strip"), None) or
        _unnamed_strip(text, gaz),
        strip_alone=not outside and _THE_STRIP_UNNAMED.search(text) is not None,
        report_id=report_id, title=headline(text), standfirst=standfirst(text),
        source=source, url=url,
        sentences=sentences, sentence_starts=[x.start for x in sentences])


@dataclass
class _Walk:
    """What carries from one sentence of a report to the next."""

    carried: DateRef | None = None  # the date later sentences without one fall back on
    # the one carried before a day only guessed within the week ("Earlier this week, ..."),
    # which holds only to the end of its paragraph
    before_guess: DateRef | None = None
    # a day recalled from long before the report's news (see event_dates.recalled): what
    # "the next day" counts from, not what later sentences fall back on
    recalled: DateRef | None = None
    last_day: DateRef | None = None  # the last day told that is not the start of a period
    # The start of a state the sentence just before told ("has been closed since 7 May"),
    # and where that sentence ends: not a date to fall back on, but what "on that day" or
    # "the next day" right after it points back to
    state_since: tuple[DateRef, int] | None = None
    # Sentences passed over since ``carried`` was last brought up to date: their dates
    # are read only if a later event needs the report's last date.
    skipped: list[Span] = field(default_factory=list)
    last_place: tuple[Mention, int] | None = None  # and the paragraph it was named in
    last_place_end: int = 0  # where the sentence that named it ends: it carries within prose
    told: ToldBefore | None = None  # the last violent event told
    last_violent: list[tuple] = field(default_factory=list)  # and the keys it went under
    lead: list[tuple] | None = None  # the keys the report's first violent event went under
    lead_referring: list[int] = field(default_factory=list)  # and where in ``referring``
    merged: dict[tuple, Event] = field(default_factory=dict)
    referring: list[Event] = field(default_factory=list)  # placed by fallback, of an attack
    #                                                        told elsewhere
    same_sentence: dict[tuple, tuple[tuple, int]] = field(default_factory=dict)
    told_by: dict[tuple[str, str], str] = field(default_factory=dict)  # kind -> actor1 named
    coded_as: dict[tuple, tuple] = field(default_factory=dict)  # an order or flight's own
    #                                                             key -> the key it went under
    # The place an incident's title names, and where the title ends: the item right under
    # it tells that incident (the items after it may tell others).
    title: tuple[Mention, int] | None = None
    previous: Span | None = None  # the sentence read before
    # the day the report's first dated violent event was told on, if of its news (see
    # event_dates.news_day): what "Elsewhere, ..." returns to
    news_day: str | None = None
    # A toll told for strikes at two places: (toll, the keys it went under, where its
    # sentence starts); a later count at one of them leaves the rest at the other (see
    # _one_of_several)
    shared: tuple[int, list[tuple], int] | None = None


@dataclass
class _Sentence:
    """What one sentence's units are placed and dated against."""

    span: Span
    before: Span | None  # the sentence before it
    titled: Mention | None
    dated: list[DateRef]
    named: list[Mention]  # its places in the Strip
    outside: list[Mention]
    earlier: list[Mention]  # the places in the Strip named just before it
    same_line: DateRef | None  # the carried date, where it still holds
    names_unknown: bool
    frame_end: int  # where a time frame it opens with ends
    told_before: ToldBefore | None  # the violent event of the same stretch told before
    # Where its violence was coded, under which keys and on which days
    violent_places: set[str] = field(default_factory=set)
    violent_keys: list[tuple] = field(default_factory=list)
    violent_days: set[str | None] = field(default_factory=set)
    coded: set[int] = field(default_factory=set)  # ids of the units that made an event
    referring_from: int = 0  # how many events placed by fallback there were before it


def extract_events(text: str, mentions: list[Mention] | tuple[Mention, ...], *,
                   published: str | date | None = None, report_id: str | None = None,
                   source: str | None = None, url: str | None = None,
                   gazetteer: Gazetteer | None = None) -> list[Event]:
    """Events a report describes, one per (date, place, type), in text order."""
    sentences = split_sentences(text)
    rep = _read_report(text, sentences, mentions, published,
                       gazetteer or Gazetteer.default(), report_id, source, url)
    walk = _Walk()
    for s in sentences:
        _read_sentence(rep, walk, s)
    # (where the dead were taken or people fled from matters only to events that refer back)
    elsewhere = _taken_or_fled(rep) if walk.referring else frozenset()
    return _settled(walk.merged, walk.referring, rep.gaz, rep.title, elsewhere, text,
                    rep.standfirst)


def _read_sentence(rep: _Report, walk: _Walk, s: Span) -> None:
    """Code the events of one sentence into ``walk``."""
    text, cues, anchor = rep.text, rep.cues, rep.anchor
    walk.previous, before = s, walk.previous
    if is_heading(text, s):
        place = titled_place(s, rep.gaza, rep.gaza_starts)
        walk.title = (place, s.end) if place is not None else None
    titled = walk.title[0] if walk.title is not None and \
        not text[walk.title[1]:s.start].strip() else None
    named = rep.in_gaza(s)  # the sentence's places in the Strip
    fragment = len(s.text.split()) < 4 or is_caption(s, text)
    found = [] if fragment else find_triggers(text, s.start, s.end, cues=cues)
    if not found and not fragment and walk.told is not None and \
            same_stretch(text, walk.told.end, s):
        # "The incident took place near Beit Lahiya / on Thursday afternoon": where and
        # when the attack told just before happened
        found = took_place(text, s, walk.told, named, rep.gaz)
        if not found:
            _rekey_last(walk, lambda keys: redated(walk.merged, keys, text, s, anchor, cues))
    if not fragment and walk.lead is not None:
        _redate_lead(rep, walk, s)
    if fragment or (not found and not has_casualty_words(text, s.start, s.end, cues=cues)):
        # No event words, or a fragment ("Strikes", "World", a menu entry): page
        # chrome and bare headings tell no event.
        _skipped(walk, s, named)
        return
    # War totals ("nearly 38,000 deaths since October") are context, not counts.
    counts = [c for c in find_casualties(text, s.start, s.end, cues=cues) if not c.cumulative
              and not part_of_a_tally(c, text, (before.start, before.end) if before else None,
                                      cues)]
    if tells_background(text, s, bool(counts), anchor, cues, named):
        _skipped(walk, s, named)
        return
    dated = _sentence_dates(rep, walk, s)
    if is_stock_line(s, bool(counts), bool(dated), named, cues):
        return
    told_before = walk.told if walk.told is not None and \
        same_stretch(text, walk.told.end, s) else None
    if named:
        named = without_the_office(text, s, named,
                                   bare_toll_after=told_before if not dated else None)
    units = aid_seekers_apart(build_units(
        s, found, counts, named,
        (told_before.event_type, told_before.sub_event_type) if told_before else None,
        # (a count of another day of its own is not that strike's toll)
        previous_places=told_before.places if told_before and not (
            dated and not {d.date for d in dated} & told_before.days) else frozenset(),
        text=text, cues=cues), text)
    first = bisect_left(rep.gaza_starts, s.start)
    # "When Israel invaded Rafah and ordered the evacuation of its east, some fled": a
    # time frame recalled with no day of its own, not an event of the report
    comma = s.text.find(",") if not dated and _WHEN.match(s.text) else -1
    sent = _Sentence(
        span=s, before=before, titled=titled, dated=dated, named=named,
        outside=rep.outside_in(s), earlier=rep.gaza[max(0, first - 30):first],
        same_line=walk.carried if walk.carried is not None and (
            continues(text, walk.carried, s) or dates_the_page(text, walk.carried)) else None,
        # A sentence that names a place the gazetteer does not know is not about the
        # previous event's place: fall back to the report's main place instead.
        names_unknown=rep.names_unknown(s),
        frame_end=s.start + comma if comma >= 0 else s.start,
        told_before=told_before, referring_from=len(walk.referring))
    for unit in units:
        _code_unit(rep, walk, sent, unit)
    _carry_on(rep, walk, sent, units)


def _rekey_last(walk: _Walk, move: Callable[[list[tuple]], list[tuple]]) -> None:
    """Move the records of the last violent event told (and the lead, where it is that)."""
    was = walk.last_violent
    walk.last_violent = move(was)
    if walk.lead == was:
        walk.lead = walk.last_violent


def _redate_lead(rep: _Report, walk: _Walk, s: Span) -> None:
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


def _sentence_dates(rep: _Report, walk: _Walk, s: Span) -> list[DateRef]:
    """The days a sentence names for what it tells (not another event's, nor the start of
    a period long past); brings the carried date up to date first where it may be needed."""
    text, cues, anchor = rep.text, rep.cues, rep.anchor
    if walk.skipped and cues.possible(NEXT_DAY, s.start, s.end):
        _carry_day(walk, carry(walk.skipped, walk.carried, anchor, cues), anchor)
    if walk.carried is not None and _A_GUESSED_DAY.fullmatch(walk.carried.text) and \
            "\n\n" in text[walk.carried.end:s.start]:
        # "Earlier this week, two projectiles were launched ... In response, the IDF struck
        # the launcher. || The IDF reiterates its call on residents ... to move": the guess
        # dates its own paragraph, not the ones after it
        walk.carried, walk.recalled = walk.before_guess, None
    previous = walk.last_day if walk.carried is not None and walk.last_day is not None and \
        (_SEPARATE_ONE.search(s.text) or _THE_SAME_DAY.search(s.text) and
         _a_frames_start(text, walk.recalled or walk.carried)) and \
        _period_start(text, walk.recalled or walk.carried) \
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
        _carry_day(walk, carry(walk.skipped, walk.carried, anchor, cues), anchor)
    return dated


# "have killed 9,000", "since the war began": a toll of the war, not of a day's attacks
_WAR_TOLL = re.compile(r"(?i)\bsince\s+the\s+(?:war|start|beginning|outbreak|conflict)\b|"
                       r"\b\d{1,3}(?:,\d{3})+\b")


def _carry_day(walk: _Walk, day: DateRef | None, anchor: date | None, *,
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


def _code_unit(rep: _Report, walk: _Walk, sent: _Sentence, unit: EventUnit) -> None:
    """The records of one unit, at each of its places, merged into ``walk``."""
    text, s = rep.text, sent.span
    if unit.anchor < sent.frame_end:
        return
    if not sent.dated and unit.sub_event_type in _ORDER_AND_FLIGHT and \
            _WHO.search(text, max(s.start, unit.anchor - 30), unit.anchor):
        # "People who fled eastern Gaza city ... have been sheltering here", "who had
        # previously been displaced from Gaza City": who the people are, with no day of
        # its own, not a flight the report tells
        return
    if unit.sub_event_type == "Displacement" and (
            _WHO_HAD.search(text, max(s.start, unit.anchor - 30), unit.anchor) or
            _THOSE_WHO_HAD.match(text, unit.anchor, s.end)) and \
            _AFTER_THE.search(text, unit.anchor, s.end):
        # "Families who had moved to al-Mawasi after Israel ordered the evacuation of Khan
        # Younis on Monday said ...": who the people are; the day is the order's
        return
    if not sent.dated and led_to_a_state(unit, text):
        return  # "already strained after the nearby hospital was evacuated earlier this month"
    refers_back = unit.event_type in VIOLENT and not sent.named and \
        rep.cues.search(THE_ATTACK, s.start, s.end) is not None
    located = _unit_places(rep, walk, sent, unit, refers_back)
    if located is None:
        return
    sent.coded.add(id(unit))
    counted = count_place(unit, located, text)
    split = toll_split(unit, located, sent.named, rep.strip, text, rep.gaz)
    attack_told = _sentence_of_the_attack(rep, sent, unit)
    listed_before = split is None and counted is not None and \
        sent.told_before is not None and attack_told is not None and \
        told_for_the_places_before(unit, located, sent.named, rep.in_gaza(attack_told),
                                   sent.told_before.places, rep.gaz, text)
    if split is not None:
        located, shares = split
        whole = next((m for m, _, _ in located if shares.get(id(m)) == unit.fatalities), None)
        if whole is not None and len(located) > 1:
            counted = whole  # ("killed 19 people and wounded dozens, including in Gaza City
            # and in Khan Younis": the hurt are where the whole toll is, not at a part)
            # (not the wide area alone, the rest of a toll whose aid seekers are an event of
            # their own: "killed 12 people ... and wounded 40, including five killed near an
            # aid site in Rafah": the hurt go with one of the two, not with both)
    elif counted is not None and (listed_before or told_together(unit, located, text) or
                                  sites_told_together(unit, located, text) or
                                  told_for_a_region_apart(unit, located, sent.named, text) or
                                  told_mostly_at(unit, located, text) or
                                  told_across_with_parts(unit, located, text)):
        shares, counted = {}, None  # ("strikes on the Kamal Adwan Hospital in Beit Lahia
        # and the Nuseirat camp killed 17": a toll of the places together, the whole, dead
        # and hurt, no one place's)
    else:
        shares = {id(counted): unit.fatalities} if counted is not None else {}
    when, time_precision, date_factor = _unit_date(rep, walk, sent, unit, refers_back)
    if unit.event_type in VIOLENT and sent.dated and walk.news_day is None:
        walk.news_day = news_day(when, time_precision, rep.anchor)
    if listed_before and rep.strip is not None and \
            (when, rep.strip.place_id, unit.event_type) in walk.merged:
        # "Israel unleashed waves of airstrikes across the Gaza Strip ... The strikes began,
        # hitting Deir al-Balah, Khan Younis, Rafah and Gaza City. The Health Ministry said
        # at least 404 people were killed and more than 560 wounded": the toll of the
        # Strip's attack told first, its places told since
        located, counted = [(rep.strip, 3, 1.0)], rep.strip
        shares = {id(rep.strip): unit.fatalities}
    elif counted is not None and split is None and received_of_a_toll(
            unit, sent.named, [e.fatalities for k, e in walk.merged.items()
                               if k[0] == when and k[2] == unit.event_type and e.fatalities
                               and all(k[1] != m.place_id for m, _, _ in located)],
            text):
        shares, counted = {}, None  # ("... killed at least 67 ... At least 50 bodies were
        # brought to the Kuwaiti Hospital": part of the toll told, from wherever it was)
    named = _unit_actors(walk, unit, located, rep.cues)
    for day in [when, *_second_day(unit, sent.dated, when, text)]:
        _record_places(rep, walk, sent, unit, located, shares, counted, named, day,
                       time_precision, date_factor, refers_back)
    _share_told(walk, located, shares, unit, s)


def _sentence_of_the_attack(rep: _Report, sent: _Sentence, unit: EventUnit) -> Span | None:
    """The sentence that told the attack told before: the one just before, or, for a bare
    toll with no attack word or day of its own, an earlier one with no violence told between
    ("In Deir al-Balah, Khan Younis, Rafah and Gaza City, homes and tents went up in flames.
    At Nasser Hospital, bodies were laid out on the floor. By evening, the ministry said at
    least 404 people had been killed": the toll still that of the places listed; not
    "Israeli strikes during the delay killed 19 people": an attack of its own)."""
    told, before = sent.told_before, sent.before
    if told is None or before is None or before.end == told.end or \
            not unit.from_casualty or sent.dated:
        return before
    attack = rep.sentence_at(told.end - 1)
    if attack.end != told.end or attack.start >= sent.span.start or \
            not same_stretch(rep.text, told.end, sent.span):
        return before
    return attack


# "On 20 and 21 December, WHO and partners delivered fuel and food to the hospital": two
# days of a month named for deliveries told once
# (not "Between 1 and 21 October": a span of days)
_TWO_DAYS = re.compile(r"(\d{1,2})\s+and\s+(\d{1,2})\s+[A-Z][a-z]+")
_ON = re.compile(r"\b[Oo]n\s+$")
# (nor "On 2 and 3 December respectively, WFP delivered flour to Gaza City and Deir
# al-Balah": one day for each place, not both days at each)
_EACH_ITS_OWN = re.compile(r"\brespectively\b")


def _second_day(unit: EventUnit, dated: list, when: str | None, text: str) -> list[str]:
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


# a clause of its own after the release's: ", but bombardment resumed ...", "; while ..."
_BUT_CLAUSE = re.compile(r"[,;]\s+(?:but|while|whereas|although|though)\s")
# ... unless it tells of the handover itself: "Hamas released three hostages on Saturday,
# while crowds gathered in Khan Younis to watch the handover"
_HANDOVER_TOLD = re.compile(r"\b(?:hand(?:ed|ing|s)?[\s-]?over|handover|ceremon(?:y|ies)|"
                            r"red\s+cross|icrc|releas(?:e|ed|ing)|freed|freeing)\b", re.I)


def _record_places(rep: _Report, walk: _Walk, sent: _Sentence, unit: EventUnit,
                   located: list, shares: dict, counted: Mention | None,
                   named: tuple[str | None, str | None], when: str | None,
                   time_precision: int, date_factor: float, refers_back: bool) -> None:
    """The unit's record at each of its places on the day ``when``, merged into ``walk``."""
    s = sent.span
    for place, precision, loc_factor in located:
        if unit.event_type in VIOLENT and place.place_id is not None and \
                not is_origin(place, s):
            sent.violent_places.add(place.place_id)
            sent.violent_days.add(when)
        event = _record(unit, s, place, precision, when, time_precision, named,
                        rep.report_id, rep.source, rep.url,
                        fatalities=shares.get(id(place)),
                        injuries=unit.injuries if place is counted else None,
                        confidence=round(unit.strength * loc_factor * date_factor
                                         * place.confidence ** 0.5
                                         * SUBTYPE_RELIABILITY.get(unit.sub_event_type, 1.0),
                                         3))
        key, event = _keyed(walk, event, unit, place, s)
        if refers_back and loc_factor <= 0.5 and key not in walk.merged:
            walk.referring.append(event)  # settled once the whole report is read
            continue
        _one_of_several(walk, key, event, unit, s)
        walk.merged[key] = _merged(walk.merged[key], event, unit, rep.title) \
            if key in walk.merged else event
        if event.event_type in VIOLENT:
            sent.violent_keys.append(key)
        if loc_factor >= 0.9 and not (
                place.kind == "region" and place.feature_class != "strip" and
                id(place) in shares and walk.last_place is not None and
                walk.last_place_end == s.end and id(walk.last_place[0]) in shares and
                not placed_wide(walk.last_place[0])):
            # (not the region a toll's rest is put at, after its part's own place: "ten
            # soldiers were killed in the north, nine of them in Shejaia": what is told next
            # happens in Shejaia; but the Strip's rest stays, where the Strip's tallies go)
            walk.last_place, walk.last_place_end = (place, s.paragraph), s.end


def _counts_killed(unit: EventUnit, toll: int) -> bool:
    """Whether one count of the dead in the unit's own words is ``toll`` ("strikes on
    Shujaiya and Zeitoun killed 26"): a toll told whole, of which a share can be reckoned."""
    return any(c.kind == "killed" and c.count == toll for c in unit.casualty_phrases)


def _share_told(walk: _Walk, located: list[tuple[Mention, int, float]], shares: dict[int, int],
                unit: EventUnit, s: Span) -> None:
    """Keep a toll one sentence tells for strikes at two places with no count of each
    ("Israeli strikes on Shujaiya and Zeitoun killed 26"), for a later count of one of them.
    Strikes at one place are one event with the whole toll ("two attacks in Deir el-Balah,
    killing four"), however many the sentence tells."""
    if len(located) != 2 or unit.event_type not in VIOLENT or not unit.fatalities or \
            not _counts_killed(unit, unit.fatalities):
        return
    keys = [k for k in walk.merged if k[0] is not None and k[2] == unit.event_type and
            any(k[1] == p.place_id for p, _, _ in located)]
    places = {p.place_id for p, _, _ in located}
    if len(places) == len(located) == len(keys) == 2 and {k[1] for k in keys} == places and \
            strikes_told(s.text) in (None, 2) and \
            not any(shares.get(id(p)) for p, _, _ in located) and \
            not any(placed_wide(p) for p, _, _ in located):
        walk.shared = (unit.fatalities, keys, s.start)


_FIGHTERS_KILLED = re.compile(r"\b(?:militants|fighters|gunmen|operatives|terrorists|"
                             r"commanders|members\s+of\s+(?:Hamas|Islamic\s+Jihad))\b", re.I)


def _one_of_several(walk: _Walk, key: tuple, event: Event, unit: EventUnit, s: Span) -> None:
    """The rest of a toll told before for strikes at two places when a later sentence tells
    one strike at one of them with its own count ("Israeli strikes on Shujaiya and Zeitoun
    killed 26 ... The strike on a school in Zeitoun killed 16": 10 at Shujaiya); the same
    toll told again, or a larger one, is no part."""
    if walk.shared is None or key not in walk.shared[1] or key not in walk.merged or \
            s.start == walk.shared[2]:
        return
    toll, keys, _ = walk.shared
    told = walk.merged[key]
    if not event.fatalities or event.fatalities >= toll or event.event_type != told.event_type \
            or strikes_told(s.text) or not tells_one_strike(s.text) or \
            not _counts_killed(unit, event.fatalities):
        return
    if any(c.kind == "killed" and ((c.count or 0) >= toll or _FIGHTERS_KILLED.search(c.text))
           for c in find_casualties(s.text)):
        return  # the whole told again ("The strike on a school in Zeitoun killed 16
        # children, among 26 dead"), or fighters a party counts, no share of the toll ("The
        # Israeli military said its strike in Nuseirat killed 5 militants")
    walk.shared = None
    other = next(k for k in keys if k != key)
    if told.fatalities is None and other in walk.merged and \
            walk.merged[other].fatalities is None:
        walk.merged[other] = replace(walk.merged[other], fatalities=toll - event.fatalities)


# "Three more people were killed ... in the same city", "another five": dead besides
# those told already
_MORE_DEAD = re.compile(r"\b(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|dozens|several)\s+"
                        r"more\b(?!\s+than)|another\s+\w+|a\s+further\s+\w+|"
                        # "Two of his children ... were also reportedly killed"
                        r"(?:were|was)\s+also\s+(?:\w+\s+)?killed|"
                        # "Two of his children, who were with him at the time, also died"
                        r"also\s+(?:\w+\s+)?died)", re.I)

# (not "Of those, 12 were killed in a strike on a house, and another 18 ...": the parts of
# the toll told)
_PARTS_OF_THE_TOLD = re.compile(r"\s*(?:of|among)\s+(?:those|them|these|the\s+(?:dead|victims|"
                                r"killed|[\d,]+))\b", re.I)

_A_TOTAL = re.compile(r"\b(?:tolls?|total|tally|bringing|raising|putting|rose|risen)\b", re.I)


def _merged(told: Event, event: Event, unit: EventUnit, title: str | None = None) -> Event:
    """An event told again, with the fuller counts; or, where the sentence counts dead
    besides those told ("Five were killed in Jabalia. Three more people were killed ... in
    the same city"), with both counts. A headline's round toll ("More than 100 killed
    waiting for aid") gives way to the count the story's body tells ("at least 90 people
    were killed")."""
    out = merge_events(told, event)
    if title is not None and told.notes.strip() == title and event.fatalities is not None \
            and told.fatalities is not None and \
            body_count_stands(title, event.notes, event.fatalities):
        # (the body's sentence its evidence from then on: a later part of the dead, "Five
        # children were killed in the strike", is not read as the headline's toll again)
        return replace(out, fatalities=event.fatalities, notes=event.notes)
    # (within one sentence only a count of its own: "Five were killed in Jabalia; three more
    # were killed in Jabalia later", not one count read twice, nor a total that holds it:
    # "five more bodies ..., putting the death toll from the strike at 23")
    if event.event_type == BATTLE[0] and told.fatalities and event.fatalities and \
            _the_other_sides_dead(unit, told.fatalities):
        # "troops killed about 20 gunmen ..., and that one soldier was killed in exchanges of
        # fire": the dead of both sides of one battle, each told by its own word
        return replace(out, fatalities=told.fatalities + event.fatalities)
    if told.fatalities and event.fatalities and \
            (told.notes != event.notes or told.fatalities != event.fatalities and
             _A_TOTAL.search(event.notes) is None) and \
            _PARTS_OF_THE_TOLD.match(event.notes) is None and any(
            c.kind == "killed" and _MORE_DEAD.search(c.text) for c in unit.casualty_phrases):
        out = replace(out, fatalities=told.fatalities + event.fatalities)
    return out


def _the_other_sides_dead(unit: EventUnit, told: int) -> bool:
    """Whether the unit counts the dead of one side of a battle and its sentence's other
    count, ``told``, the dead of the other (fighters and soldiers)."""
    own = [c for c in unit.casualty_phrases if c.kind == "killed" and c.count]
    if len(own) != 1 or not counts_combatants(own[0]):
        return False
    side = israeli_dead(own[0])
    text, at = unit.sentence.text, own[0].start - unit.sentence.start
    if _ANOTHER_TIME.match(text, own[0].end - unit.sentence.start):
        return False
    return any(c.kind == "killed" and c.count == told and c.start != at and
               counts_combatants(c) and israeli_dead(c) != side and
               _ANOTHER_TIME.match(text, c.end) is None
               for c in find_casualties(text))


# (not "troops killed 20 gunmen in Jabalia on Monday, adding that one soldier was killed in
# Jabalia the previous week": the dead of another day or another fight)
_ANOTHER_TIME = re.compile(r"[^.;]{0,60}?\b(?:(?:the\s+)?(?:previous|last|past)\s+(?:\w+\s+)?"
                           r"(?:week|month|year|days|weeks|months)|(?:days|weeks|months)\s+"
                           r"(?:ago|earlier|before)|since|separate(?:ly)?|elsewhere|"
                           r"another\s+(?:battle|clash|incident|attack|ambush))\b", re.I)


def _unit_places(rep: _Report, walk: _Walk, sent: _Sentence, unit: EventUnit,
                 refers_back: bool) -> list[tuple[Mention, int, float]] | None:
    """Where a unit happened, as (place, geo_precision, confidence factor); None for a
    unit too weak to be an event where it is placed."""
    text, s, gaz = rep.text, sent.span, rep.gaz
    near = None if sent.names_unknown or walk.last_place is None or not \
        same_stretch(text, walk.last_place_end, s) else walk.last_place
    if refers_back and near is not None and sent.told_before is not None and \
            near[0].place_id not in sent.told_before.places:
        # "An airstrike killed eight in Deir al-Balah. The dead had fled eastern Khan
        # Younis. The deadly strike hit a house": the strike told before, not the place
        # named last
        near = None
    if not sent.named and sent.told_before is not None and \
            _THE_RAID.search(text, s.start, s.end):
        # "troops raided Shifa ..., accompanied by airstrikes in the surrounding Rimal
        # neighborhood. The military said troops killed about 20 gunmen and detained 80
        # others in the first hours of the raid": where the raid told before was, not the
        # strikes' place named last
        raided = _raided_place(rep, walk, s)
        if raided is not None:
            near = (raided, s.paragraph)
    if unit.sub_event_type == "Arrests" and not sent.named and sent.before is not None and \
            sent.before.paragraph == s.paragraph and (near is None or near[1] != s.paragraph):
        # "IDF troops completed an activity in the area of the Kamal Adwan Hospital.
        # Approximately 90 suspects were apprehended": the troops' place, told just before
        # in the paragraph, not a place of an earlier paragraph
        # (not "Khan Younis residents said the night was quiet", "Al-Shifa Hospital Director
        # Mohammed Abu Salmiya: ...": no troops told there)
        troops = _TROOPS.search(text, sent.before.start, sent.before.end)
        before = [m for m in rep.in_gaza(sent.before) if m.feature_class != "strip" and
                  troops is not None and m.start > troops.end()]
        # (not "troops were seen in Jabalia, Beit Lahia and Beit Hanoun": a list, no one
        # place)
        if before and len({m.place_id for m in before if m.kind != "region"}) <= 2:
            spot = min(before, key=lambda m: (SPECIFICITY.get(m.feature_class or "", 3),
                                              -m.start))
            near = (spot, s.paragraph)
    named = sent.named
    frame = hours_after_the_one_told(s) if unit.event_type in VIOLENT else None
    if frame is not None and unit.anchor >= frame and any(m.start >= frame for m in named):
        # "Hours after the Muwasi strike, an airstrike on a prayer hall in the Shati camp":
        # the place of the strike told before names the time, not this one's place
        named = [m for m in named if m.start >= frame]
    located = place_for(unit, named, sent.outside, sent.earlier, near,
                        rep.fallback(s), gaz, rep.cues, rep.outside)
    if unit.event_type in VIOLENT and not sent.named and located:
        # "a strike on a house inside the safe zone killed 12. ... a relative who lived
        # in the targeted building in Deir al-Balah": where the next sentence puts the
        # site, not the place told before
        site = site_told_next(text, s, rep.gaza, rep.gaza_starts)
        if site is not None:
            located = [(site, 1, 0.8)]
    if unit.sub_event_type == "Evacuation order" and located and \
            all(p >= 3 for _, p, _ in located):
        # "issued an evacuation warning for residents across the northern Gaza Strip. The
        # areas include Sheikh Zayed, Beit Lahia, Jabalya camp": the areas the order names
        listed = areas_told_next(text, s, rep.gaza, rep.gaza_starts, gaz,
                                 [m for m, _, _ in located])
        if listed:
            located = [(m, 3 if m.kind == "region" else 2 if m.qualifier else 1, 0.85)
                       for m in listed]
    if unit.sub_event_type == "Aid delivery" and located and \
            all(m.feature_class == "strip" for m, _, _ in located):
        # "Egypt opened the aid corridor via the Rafah border crossing. A convoy of 20
        # trucks entered the Gaza Strip": aid is coded at the crossing told of
        gate = _gate_told_before(s, sent.before, rep.gaza, rep.gaza_starts)
        if gate is not None:
            located = [(gate, 1, 0.8)]
    if len(located) == 1 and located[0][0].in_gaza and not refers_back and not (
            unit.event_type in VIOLENT and sent.told_before is not None) and (
            located[0][0].kind == "region" or
            located[0][0].feature_class in ("strip", "city")):
        # "An international aid convoy entered Gaza from Egypt. The Viva Palestina convoy
        # ... entered Gaza through the Rafah crossing": the happening told again next, at a
        # place in the Strip or region its own sentence gives (not a sentence that refers
        # back, nor one after an attack told already: "the strike" next is that one)
        again = place_told_next(text, s, rep.sentences, rep.sentence_starts, rep.gaza,
                                rep.gaza_starts, located[0][0], gaz)
        if again is not None:
            # (a site in the city the sentence named is as sure as the city: it carries on)
            located = [(again, 1, 0.9 if located[0][0].feature_class == "city" else 0.8)]
    if unit.sub_event_type == RELEASE[1] and located and \
            all(m.feature_class == "strip" or m.kind == "region" and factor < 0.9
                for m, _, factor in located) and _RECOVERED.match(text, unit.anchor):
        # "Israel recovers the bodies of two hostages in Gaza": the army's search told with
        # no place of its own, news of the war rather than an event somewhere (not "...
        # from a tunnel in Rafah")
        return None
    if unit.sub_event_type == RELEASE[1] and located and rep.strip is not None and \
            (but := _BUT_CLAUSE.search(text, unit.anchor, s.end)) is not None and \
            all(m.start > but.start() for m, _, _ in located) and \
            not _HANDOVER_TOLD.search(text, but.end(), s.end):
        # "On 12 May, the release of hostage Edan Alexander was followed by a short lull,
        # but bombardment resumed within hours in southern and northern Gaza": the places
        # of the clause after "but" are the bombardment's; the release names none
        located = [(rep.strip, 3, 0.9)]
    if unit.sub_event_type == RELEASE[1] and located and rep.strip is not None and \
            not sent.named and all(m.start < s.start for m, _, _ in located) and \
            not _RECOVERED.match(text, unit.anchor) and \
            not _PLACE_TOLD_AGAIN.search(s.text) and not any(
                _AT_A_PLACE.search(text, max(s.start, m.start - 8), m.start)
                for m in sent.outside) and not any(
                _HANDOVER_TOLD.search(rep.sentence_at(m.start).text) for m, _, _ in located):
        # "On Monday, it returned remains that Israel said belonged to a hostage", "All 20
        # living hostages were freed on October 13": a handover told with no place of its
        # own is the Strip's, not the place a sentence before told for something else (but
        # "Twenty-four captives were released. They were driven through the Rafah crossing":
        # the place the next sentence tells of them; nor "Crowds gathered in Khan Younis for
        # the handover. Hamas freed three hostages": the handover's place told before)
        located = [(rep.strip, 3, 0.9)]
    if unit.sub_event_type == AGREEMENT[1] and rep.strip is not None and \
            (_GAZA_PARTY.search(s.text) or not sent.named and not sent.outside and
             not any(t is not None and _FRONT_ABROAD.search(t.text) for t in (s, sent.before))):
        # a ceasefire or a pause in Gaza holds for the whole Strip, whatever town the
        # sentence or the one before it names, wherever it was agreed (and "The truce began
        # at 7 a.m. local time" after the Rafah crossing told, naming no place: the report's
        # truce; not "a ceasefire in Lebanon", nor "The truce with Hezbollah began at 4 a.m."
        # or "... agreed to a ceasefire in Lebanon. The truce began at 4 a.m.": another front)
        located = [(rep.strip, 3, 0.9)]
    if rep.infobox is not None and unit.event_type in VIOLENT:
        located = [narrowed(m, p, f, rep.infobox, gaz) for m, p, f in located]
    if under_title(unit.event_type, text, s, sent.named, sent.titled, gaz):
        located = [narrowed(m, p, f, sent.titled, gaz) for m, p, f in located]
    if unit.strength < 0.7 and not unit.casualty_phrases and not (
            unit.event_type != BATTLE[0] and
            _DEADLY.search(text, max(s.start, unit.anchor - 25), unit.anchor)) and all(
            m.kind == "region" and not (m.feature_class == "corridor" and
                                        unit.event_type == "Strategic developments")
            or factor < 0.9
            for m, _, factor in located):
        # A weak cue ("the operation", "advances") makes an event only where its own
        # sentence names a specific place: "the operation in Gaza" is background
        # ("withdrew from the Netzarim Corridor" is not: a corridor is a named strip of
        # ground).
        return None
    return located


_RECOVERED = re.compile(r"(?i)recover|retriev")
# ("four captives ... were rescued alive from two buildings in the camp": the place told
# before, told again by its word)
_PLACE_TOLD_AGAIN = re.compile(r"(?i)\b(?:the|that|this)\s+(?:same\s+)?(?:camp|city|town|area|"
                               r"village|hospital|neighbou?rhood|crossing|square|site|building|"
                               r"house)\b|\b(?:there|where)\b")
# ("released to Egypt", "freed in Ramallah": a place outside the Strip the handover is at;
# not "remains that Israel said belonged to a hostage": a speaker)
_AT_A_PLACE = re.compile(r"(?i)\b(?:in|at|to|from|into|via|through|near)\s+(?:the\s+)?$")
# "IDF troops completed an activity in the area of", "forces operated in"
_TROOPS = re.compile(r"\b(?:[Tt]roops|[Ff]orces|[Ss]oldiers|IDF|[Aa]rmy|[Mm]ilitary)\b")


# "in the first hours of the raid", "during the storming": a raid told before (not "in
# the separate raid overnight", "the October 7 raid": another one)
_THE_RAID = re.compile(r"\b[Tt]he\s+(?!(?:separate|other|second|third|similar|new|latest|"
                       r"October|Oct\.?|7|cross-border)\s)(?:[\w-]+\s+)?"
                       r"(?:raid|storming|incursion)\b")


def _raided_place(rep: _Report, walk: _Walk, s: Span) -> Mention | None:
    """The one place the last sentence with violence coded a battle at, where it coded
    another kind of violence elsewhere too: the mention of it named last before ``s``."""
    battles = {k[1] for k in walk.last_violent if k[2] == BATTLE[0]}
    others = {k[1] for k in walk.last_violent if k[2] != BATTLE[0]}
    if len(battles) != 1 or not others - battles:
        return None
    (place_id,) = battles
    return next((m for m in reversed(rep.gaza[:bisect_left(rep.gaza_starts, s.start)])
                 if m.place_id == place_id), None)


def _unit_date(rep: _Report, walk: _Walk, sent: _Sentence, unit: EventUnit,
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
        _rekey_last(walk, lambda keys: rekeyed(walk.merged, keys, when))
        sent.told_before = sent.told_before._replace(days=frozenset({when}))
    elif unit.event_type in VIOLENT and opening_day_of_the_lead(
            unit, s, rep.text, sent.dated, when, sent.told_before, rep.anchor, walk.merged,
            walk.last_violent, sent.named, rep.gaz):
        # "... has killed 15, Anadolu reported. In the early hours of Monday morning, ...
        # all those inside were killed in an Israeli air strike": the lead's own day
        _rekey_last(walk, lambda keys: rekeyed(walk.merged, keys, when))
        sent.told_before = sent.told_before._replace(days=frozenset({when}))
    told_day = night_told(unit, s, sent.dated, when, sent.told_before) if sent.dated else \
        day_told(unit, s, refers_back, sent.told_before)
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


def _unit_actors(walk: _Walk, unit: EventUnit, located: list, cues: Cues
                 ) -> tuple[str | None, str | None]:
    """(actor1, actor2) as the unit's clause names them, else actor1 as the report last
    named it for an event of this kind ("Massive Israeli bombardments intensified. ... an
    airstrike on Jabalia camp killed 63")."""
    named = unit_actors(unit, cues)
    kind = (unit.event_type, unit.sub_event_type)
    told = walk.told_by.get(kind)
    if named[0] is None and told not in (None, named[1]) and \
            (named[1] is None or side_of(told) != side_of(named[1])):
        # (not against its own side: "terrorists fired an RPG at a tank. ... The forces
        # eliminated dozens of terrorists" names who was fought, not who fought)
        return told, named[1]
    if named[0] is not None and located:
        # (not from an event the report places nowhere in the Strip: a strike in Lebanon
        # names who struck there)
        walk.told_by[kind] = named[0]
    return named


# "fired a barrage of rockets from": fire told leaving the place
_FIRED_FROM = re.compile(r"\b(?:fired|launched|shot)\s+(?:[\w'’-]+\s+){0,5}?from\s+(?:the\s+)?$")


def _keyed(walk: _Walk, event: Event, unit: EventUnit, place: Mention, s: Span
           ) -> tuple[tuple, Event]:
    """The key an event is merged under, and the event as it goes there.

    One event per (date, place, type) of violence: "an airstrike on the maternity ward"
    and "the ward was hit during shelling" are one attack. "bombardments ..., with the most
    intense shelling reported in X": two words of one sentence for one attack at X, coded
    as the first one names it; so are an evacuation order and the flight it caused
    ("fleeing ... following an evacuation order on 8 August")."""
    key = (event.event_date, event.place_id, event.event_type) \
        if event.event_type in VIOLENT else \
        (event.event_date, event.place_id, event.event_type, event.sub_event_type)
    if event.sub_event_type == "Shelling/artillery/missile attack" and \
            event.actor1 is not None and not event.actor1.startswith("Israel") and \
            _FIRED_FROM.search(s.text, max(0, place.start - s.start - 80), place.start - s.start):
        # "Hours before the strike, Hamas's armed wing fired a barrage of rockets from Rafah
        # towards Tel Aviv": fire that left the place is not the strike that hit it (not
        # "in response to rocket fire from Gaza": fire named as the strike's cause)
        return key + ("from",), event
    if event.sub_event_type in _ONE_OCCURRENCE:
        # (an order already coded under its flight's key is found there again)
        own = key
        slot = key[:3] + (s.start, _ONE_OCCURRENCE[event.sub_event_type])
        key = walk.coded_as.get(own) or walk.same_sentence.setdefault(slot, (key, 0))[0]
        walk.coded_as.setdefault(own, key)
    elif event.sub_event_type in _ORDER_AND_FLIGHT:
        slot = key[:3] + (s.start, "order")
        if event.sub_event_type == "Evacuation order":
            walk.same_sentence.setdefault(slot, (key, 0))
        elif slot in walk.same_sentence and \
                _THE_WORD_DISPLACEMENT.match(s.text, at := unit.anchor - s.start) and \
                not _WHO_WERE_DISPLACED.search(s.text, max(0, at - 45), at + 40):
            key = walk.same_sentence[slot][0]
    elif event.event_type in VIOLENT and unit.weapon_apart:
        # "drones dropping explosives and robot vehicles packed with explosives detonated in
        # Sheikh Radwan": a second weapon named beside the strikes, an attack of its own
        # (a record of a sub-type already coded there and then, "artillery and aircraft hit
        # targets" after "IDF struck targets in central Gaza", joins it once the report is
        # read: event_merge.one_per_key)
        key = key + (event.sub_event_type,)
    elif event.event_type in VIOLENT:
        # ... even when the two words carry two days ("bombardment between 23 and 26
        # December ... more than 50 strikes on 24-25 December, on three camps"): the word
        # nearer the place dates it.
        slot = (place.start, event.event_type, s.start)  # one named place
        gap = abs(unit.anchor - place.start)
        first = walk.same_sentence.get(slot)
        if first is None:
            walk.same_sentence[slot] = (key, gap)
        elif first[0] != key and gap < first[1] and first[0] in walk.merged:
            old = walk.merged.pop(first[0])
            event = replace(merge_events(old, event), event_id=event.event_id,
                            event_date=event.event_date, time_precision=event.time_precision)
            walk.same_sentence[slot] = (key, gap)
        else:
            key = first[0]
    if len(key) == 3 and event.event_type in VIOLENT and \
            (held := walk.merged.get(key)) is not None and held.notes != event.notes and \
            {held.sub_event_type, event.sub_event_type} in _BOMB_AND_STRIKE and \
            not _STRUCK_IT.search((held if held.sub_event_type == _PLANTED else event).notes):
        # "Strikes in Khan Younis also killed several people. ... fighters had attacked
        # Israeli troops in Khan Younis with an explosive device": a planted bomb and a
        # strike told apart at one place and day, two attacks (not "aircraft struck 40
        # targets, including booby-trapped structures": the bomb's words name the strike's
        # target)
        key = key + (event.sub_event_type,)
    return key, event


_PLANTED = "Remote explosive/landmine/IED"
_BOMB_AND_STRIKE = ({_PLANTED, "Air/drone strike"},
                    {_PLANTED, "Shelling/artillery/missile attack"})
_STRUCK_IT = re.compile(r"\b(?:struck|strikes?|air\s*strikes?|shell(?:ed|ing|s)|bomb(?:ed|ing)|"
                        r"aircraft|jets?|warplanes?|drones?|tanks?|artillery)\b", re.I)


def _skipped(walk: _Walk, s: Span, named: list[Mention]) -> None:
    """A sentence that tells no event is set aside; if it is a paragraph's label ("2. Khan
    Younis - Al-Amal Hospital: The siege of the hospital is in its nineteenth day. Yesterday,
    forces stormed the hospital"), its place is where the next sentences happen, not the
    place before it."""
    walk.skipped.append(s)
    label = labelled_place(named, s) if named and not s.text[:1].isspace() else None
    if label is None and len({m.place_id for m in named}) == 1 and \
            _GATHERED_AT.search(s.text, 0, named[0].start - s.start):
        # "On Sunday, crowds had gathered at the Netzarim corridor waiting to cross. ...
        # Two people were killed by Israeli fire": the scene the next sentences tell of
        label = named[0]
    if label is not None:
        walk.last_place, walk.last_place_end = (label, s.paragraph), s.end


# Crowds told as gathered at a place: "crowds had gathered at", "thousands were waiting near"
_GATHERED_AT = re.compile(r"(?i)\b(?:crowds?|people|thousands|hundreds|residents|families|"
                          r"aid\s+seekers|palestinians|displaced)\s+(?:had\s+|have\s+|were\s+)?"
                          r"(?:gathered|gathering|massed|massing|waited|waiting|queued|queuing|"
                          r"queueing|assembled|crowded)\s+(?:[a-z]+\s+){0,3}?(?:at|near|around|"
                          r"outside|in\s+front\s+of|by)\s+(?:the\s+)?$")


def _carry_on(rep: _Report, walk: _Walk, sent: _Sentence, units: list[EventUnit]) -> None:
    """What the sentence leaves for the next ones: its place, its attack, its day."""
    s = sent.span
    # (not where the wounded were carried: "Ambulances transported the injured to the PRCS
    # field hospital in al-Mawasi and to the Kuwaiti hospital in Rafah")
    named = carried_on(carried_off(sent.named, s), rep.text) if not units else []
    if named and walk.last_place is not None and walk.last_place[0].kind != "region" and \
            not named_hospital(walk.last_place[0]) and \
            same_stretch(rep.text, walk.last_place_end, s) and \
            not hospitals_aside(named, rep.text):
        # "killed 31 near an aid site in Rafah. The ICRC said its field hospital in
        # al-Mawasi received 179 casualties. Twenty-one were pronounced dead on arrival":
        # the town of a hospital that took the casualties in does not displace the place
        # the attack was told at (not "was carried to Nasser Medical Complex. ... its field
        # hospital in Rafah received 179 casualties": a hospital told before is no such place)
        named = []
    if named:
        # "People waiting for supplies were killed in Deir al Balah." (no count, no
        # weapon): where the count of the next sentence most likely happened
        best = min(named, key=lambda m: SPECIFICITY.get(m.feature_class or "", 3))
        walk.last_place, walk.last_place_end = (best, s.paragraph), s.end
    # (not a weak cue that made no event: "as the military intensifies its operations in
    # the area. More than 20 citizens were martyred yesterday": no battle told)
    violent = [u for u in units if u.event_type in VIOLENT and id(u) in sent.coded]
    if violent:  # what "the attack" of the next sentence most likely was
        walk.last_violent = sent.violent_keys
        if walk.lead is None:
            walk.lead = sent.violent_keys
            walk.lead_referring = list(range(sent.referring_from, len(walk.referring)))
        elif rep.anchor is not None and sent.violent_days - {rep.anchor.isoformat()}:
            # (an attack of another day told since: "the incident" may be that one)
            walk.lead, walk.lead_referring = [], []
        strongest = max(violent, key=lambda u: u.strength)
        walk.told = ToldBefore(strongest.event_type, strongest.sub_event_type, s.end,
                               frozenset(sent.violent_places), frozenset(sent.violent_days),
                               any(u.fatalities for u in violent))
    # a month ("In July 2024, ...") is background, not the date of what follows, nor is
    # the day of a state of affairs or of a telling (see event_dates.handed_on)
    # (nor the start of a state told: "The Rafah crossing has been closed since 7 May. Only
    # limited numbers of trucks entered through Kerem Shalom": not trucks of 7 May)
    # (nor the start of a count told mid-sentence: "32 patients have died at al-Shifa since 11
    # November. People trying to leave were shot at": not shot at on 11 November)
    states = [d for d in sent.dated if d.precision < 3 and d.since and
              (_STATE_SINCE.search(rep.text, max(s.start, d.start - 40), d.start) or
               a_tallys_start(rep.text, d))]
    days = handed_on(rep.text, [d for d in sent.dated if d.precision < 3 and
                                d not in states]) or [
        # "The Israeli strike hit an ambulance at al-Shifa, health officials said Friday":
        # the day of the telling, where it dated the attack told, dates what is told next
        # (not "Israeli strikes have killed 9,000 since October 7, the ministry said
        # Friday": a toll of the war, not an attack of the day told)
        d for d in sent.dated if d.precision == 1 and d.date in sent.violent_days and
        told_on(rep.text, d) and _WAR_TOLL.search(s.text) is None and
        not any(r.since and r.date and r.date < d.date for r in sent.dated)]
    # (a day that names an attack dates what follows only where it tells of the attack
    # again: see event_dates.a_days_attack)
    # (a tally of days hands on its last: see event_dates.a_tallys_end)
    days = [a_tallys_end(rep.text, d, s) for d in days if not a_days_attack(rep.text, d, s.end)]
    walk.state_since = (states[-1], s.end) if states and not days else None
    if not days and rep.anchor is not None and sent.dated and \
            _OPENS_A_PARAGRAPH.search(rep.text, max(0, s.start - 20), s.start) and \
            all(d.since and _GOES_ON_SINCE.search(rep.text, max(s.start, d.start - 80), d.start)
                for d in sent.dated) and walk.carried is not None and \
            walk.carried.date != rep.anchor.isoformat():
        # "The strike came hours after another killed 20 on Sunday. || In northern Gaza, where
        # troops have besieged Jabalia since October 6, residents said drones were firing on
        # anyone moving": a paragraph that opens on what has gone on since a day tells of
        # now, not of the day the last paragraph named
        _carry_day(walk, DateRef(rep.anchor.isoformat(), 1, s.start, s.end, ""), rep.anchor,
                   may_recall=False)
    if not sent.dated and violent and len(sent.violent_days) == 1 and \
            (now := goes_on_now(rep.text, s, walk.carried, next(iter(sent.violent_days)),
                                rep.anchor)) is not None:
        # "Limited deliveries resumed on May 19. ... Israeli strikes continued elsewhere. A
        # strike on a house in Jabalia killed a woman": the strikes of the report's days
        _carry_day(walk, now, rep.anchor, may_recall=False)
    if days:
        # (a day the sentence dated an attack by is not recalled: "On March 18, Israeli
        # strikes killed more than 400 people across Gaza. Ten were killed in a single
        # strike in Rafah": the ten are of that day)
        _carry_day(walk, days[-1], rep.anchor, may_recall=days[-1].date not in sent.violent_days)
        # "killed at aid sites since the mechanism was introduced on May 27. In a separate
        # attack the same day, ...": the same day as the attack told before, not the start
        # of a period
        own_days = [d for d in days if not _period_start(rep.text, d)]
        walk.last_day = own_days[-1] if own_days else walk.last_day


# What the sentence before says of a crossing when it is the aid's way in
_GATE_WORDS = re.compile(r"(?i)\b(?:aid|trucks?|convoys?|corridor|(?:re)?opened|reopening|"
                         r"opening|humanitarian|deliver\w*|supplies)\b")


_GATE_SHUT = re.compile(r"(?i)\b(?:clos(?:e|ed|es|ing|ure)|shut\w*|suspend\w*|halt\w*|"
                        r"cut(?:ting|s)?\s+off|block\w*|seal\w*|stuck|stranded|piled\s+up)\b")
_GATE_OPENED = re.compile(r"(?i)\b(?:re)?open(?:ed|ing|s)?\b")


def _gate_told_before(s: Span, before: Span | None, gaza: list[Mention],
                      gaza_starts: list[int]) -> Mention | None:
    """The crossing the sentence just before names as the way aid comes in, if it does:
    where aid told next with no gate of its own entered."""
    if before is None or before.paragraph != s.paragraph or \
            _GATE_WORDS.search(before.text) is None or \
            _GATE_SHUT.search(before.text) and not _GATE_OPENED.search(before.text):
        return None  # (a crossing told shut is no way in: "Israel closed Kerem Shalom")
    named = gaza[bisect_left(gaza_starts, before.start):bisect_left(gaza_starts, before.end)]
    gates = {m.place_id: m for m in named if m.feature_class == "crossing"}
    return next(iter(gates.values())) if len(gates) == 1 else None


def _holds_more(gaz: Gazetteer, outer_id: str | None, inner_id: str | None) -> bool:
    """Whether the Strip or a region ``outer_id`` holds the other, narrower place."""
    outer, inner = gaz.get(outer_id), gaz.get(inner_id)
    return outer is not None and inner is not None and outer.id != inner.id and inner.in_gaza \
        and (outer.feature_class == "strip" or outer.kind == "region" and gaz.within(inner, outer))


def _taken_or_fled(rep: _Report) -> frozenset[str]:
    """The places the report names only as where the dead were taken or people fled."""
    only: dict[str, bool] = {}
    for m in rep.gaza:
        told = TAKEN_OR_FLED.search(rep.text, max(0, m.start - 80), m.start) is not None
        only[m.place_id] = only.get(m.place_id, True) and told
    return frozenset(k for k, v in only.items() if v)


def _settled(merged: dict[tuple, Event], referring: list[Event], gaz: Gazetteer,
             title: str | None = None, elsewhere: frozenset[str] = frozenset(),
             text: str = "", standfirst: str | None = None) -> list[Event]:
    """The report's events once all of it is read: events that refer back join the one
    they refer to, records of one incident are folded, strikes, orders and sieges their
    only possible author, battles both sides, and every event its calibrated confidence."""
    merged = dict(merged)
    told = {e.event_type for e in merged.values()}
    for event in referring:  # a new event only when the report places no attack of its kind
        key = (event.event_date, event.place_id, event.event_type)
        if key in merged:
            merged[key] = merge_events(merged[key], event)
        elif event.event_type not in told:
            merged[key] = event
        else:
            # "three officers killed in fighting in the Gaza Strip ... The officers ... were
            # killed in central Gaza": the one such event told only for a wider area, placed
            wider = [k for k, e in merged.items() if k[0] == event.event_date and
                     k[2] == event.event_type and _holds_more(gaz, e.place_id, event.place_id)]
            if len(wider) == 1 and event.place_id not in elsewhere and not any(
                    k[0] == event.event_date and k[2] == event.event_type and k not in wider
                    for k in merged):
                told_event = merged.pop(wider[0])
                merged[key] = placed_at(merge_events(told_event, event), event)
    # The hostages of 7 October 2023 were taken in Israel: no abduction in the Strip (nor
    # an arrest: "They were abducted by the Hamas terrorist organization on October 7")
    events = [e for e in merged.values() if not (
        e.sub_event_type == "Abduction/forced disappearance" and
        (e.event_date == WAR_START.isoformat() or _ON_THE_WAR_START.search(e.notes)) or
        e.sub_event_type == "Arrests" and _TAKEN_ON_THE_WAR_START.search(e.notes))]
    events = fold_incidents(events, title, gaz, standfirst, entry_headings(text), text)
    events = rest_at_the_area(events, lambda outer, inner: _holds_more(gaz, outer, inner))
    # (calibrated on the actors the text names; the ones filled in below say nothing of
    # whether the event is right)
    return report_sides([sides_filled(e) for e in calibrate(events)], text)


# "the Strip", "the enclave": the Gaza Strip, in a report that names no other place
_THE_STRIP_UNNAMED = re.compile(r"\bthe (?:Gaza )?Strip\b|\bthe (?:Palestinian |coastal |besieged |"
                                r"war-torn )?enclave\b")


def _unnamed_strip(text: str, gaz: Gazetteer) -> Mention | None:
    """The Strip, for a report that never names it: where an event goes that comes before
    any place the report names (a timeline's "Israel launches an airstrike on an apartment
    building that kills 106 people", with Jabalia named only further down)."""
    place = gaz.strip
    if place is None:
        return None
    return place_mention(text, 0, 0, place, 0.5, None,
                         "no place named before: the Strip as a whole", ())


# -- records ----------------------------------------------------------------------------
def _record(unit: EventUnit, s: Span, place: Mention, precision: int, when: str | None,
            time_precision: int, named: tuple[str | None, str | None],
            report_id: str | None, source: str | None, url: str | None, *,
            fatalities: int | None, injuries: int | None, confidence: float) -> Event:
    """The ACLED record of one unit at one of its places (counts and confidence are the
    caller's: they depend on the unit's other places; passed in, so the frozen record is
    built once rather than built and replaced)."""
    return Event(
        event_id=_event_id(report_id, s.text, place.place_id, unit, when),
        report_id=report_id, source=source, url=url,
        event_date=when, time_precision=time_precision,
        event_type=unit.event_type, sub_event_type=unit.sub_event_type,
        actor1=named[0], actor2=named[1], fatalities=fatalities, injuries=injuries,
        location=place.name, place_id=place.place_id, admin1=place.governorate,
        latitude=place.lat, longitude=place.lon, geo_precision=precision,
        notes=s.text, confidence=confidence,
    )


def _event_id(report_id: str | None, notes: str, place_id: str | None, unit: EventUnit,
              when: str | None) -> str:
    """Stable across runs; unique per (report, sentence, place, type, date)."""
    key = "\x1f".join([report_id or "", notes, place_id or "", unit.event_type,
                       unit.sub_event_type, when or ""])
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
