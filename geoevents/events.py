"""Stage 2: sentences + mentions -> dated, located, typed events (ACLED fields).

Reads ``ParsedReport.text``, ``.mentions`` and ``.published``; writes ``.events``.

Per sentence, :mod:`geoevents.units` turns triggers and casualty counts into event
units, :mod:`geoevents.locate` places them and :mod:`geoevents.event_dates` dates
them; this module walks the sentences, keeps what carries from one to the next, names
the actors and writes the ``Event`` records. Each unit takes:

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
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from geoevents import actors, casualties, dates, event_dates, locate, triggers
from geoevents import sentences as sentence_split
from geoevents.anchored import Cues, PrefixIndex
from geoevents.casualties import find_casualties, has_casualty_words
from geoevents.confidence import calibrate
from geoevents.dates import (
    NEXT_DAY,
    WAR_START,
    WEEKDAY_PATTERN,
    DateRef,
    find_dates,
    parse_published,
)
from geoevents.event_actors import sides_filled, unit_actors
from geoevents.event_dates import (
    BULLET,
    carry,
    continues,
    date_for,
    dateline_day,
    dates_the_page,
    entry_date,
    hands_on,
    names_a_day,
    names_another_event,
    recent_start,
    same_stretch,
    since_phrase,
)
from geoevents.event_merge import fold_incidents, headline, merge_events, tells_several
from geoevents.gazetteer import Gazetteer
from geoevents.locate import (
    SPECIFICITY,
    count_place,
    dominant_place,
    outside_attributions,
    place_for,
)
from geoevents.model import Event, Mention
from geoevents.place_roles import is_origin
from geoevents.sentences import Span, split_sentences
from geoevents.tolls import aid_seekers_apart, toll_split
from geoevents.trigger_table import (
    AGREEMENT,
    BATTLE,
    SUBTYPE_RELIABILITY,
    VIOLENT,
)
from geoevents.triggers import Trigger, find_triggers
from geoevents.units import EventUnit, build_units
from geoevents.unlisted_names import place_mention

__all__ = ["extract_events"]

_BACKGROUND = re.compile(
    r"\b(?:continues|more than (?:\w+ ){1,2}months|"
    r"(?<!first time )since the (?:[\w–-]+ )?(?:war|start|beginning|outbreak)|"
    # (not another day of the month: "besieged since Oct. 5" is a siege of its own)
    r"(?<!first time )(?<!first )since (?:7 )?Oct(?:ober|\.)?(?: 7)?(?!\.?\s*(?!7\b)\d{1,2}\b)|"
    r"since the start of hostilities|"
    # "The strike adds to the mounting toll from Israeli attacks on Gaza"
    r"adds? to (?:the |a )?(?:mounting |rising |growing |soaring )?(?:death )?toll|"
    r"throughout the war|so far in the war|over the past (?:\w+ ){0,2}months|"
    r"over the course of the war|"
    r"during the (?:[\w–-]+ )?war|in the space of (?:\w+ )?(?:days|weeks|months)|"
    # "As Israel's war rages on, many Palestinians have been forcibly displaced" (a frame
    # for a state told in the perfect; not "As the war rages on, airstrikes hit a school",
    # nor "Fighting raged on in Khan Younis")
    r"(?:war|offensive|conflict|fighting|assault|bombardment) (?:rages|raged|grinds|drags) on,"
    r"\s+(?:[\w'’-]+\s+){1,8}?(?:have|has|had)\s+been\b|"
    # "the nearly 11-month-long war has displaced about 90% of Gaza's people": the war's
    # tally, not an event
    r"(?P<tally>(?:war|conflict|fighting|hostilities) (?:has|have|had) (?:now |so far |already )?"
    r"(?:displaced|uprooted|destroyed|damaged|forced)|"
    # "Israel has since relentlessly bombarded the Gaza Strip": everything since then
    r"(?:has|have) since (?:\w+ )?(?:bombarded|bombed|struck|shelled|attacked|killed|"
    r"pounded|besieged|displaced)|"
    # "Islamic Jihad, whose militants have fought alongside Hamas": what a group is known for
    r"whose (?:[\w-]+ ){0,2}(?:have|has) (?:long |also )?(?:fought|battled|clashed|attacked)))\b",
    re.I)
# A clause of its own before a tally: "...; the army has since struck", ", where the war has"
_LATER_CLAUSE = re.compile(r";|(?:,\s+(?:and|but)|\b(?:where|which|when|while|whereas))\s+"
                           r"(?:[\w'’-]+\s+){0,4}$")
_DEFINITION = re.compile(
    r"(?:\[\d+\]\s*)?The\s+(?:[\w'’-]+\s+){1,6}(?:\([^)]{0,80}\)\s+)?(?:was|is)\s+(?:an?|the)\s+"
    r"(?:[\w'’-]+\s+){0,3}(?:engagement|battle|offensive|operation|campaign|siege|incursion|"
    r"invasion|massacre|attack)\b")


# "another deadly attack on a school in Gaza": a weak cue whose harm is told, if not counted
# (an attack's: "Israel's deadly military operations in Gaza" are the war, not an event)
_DEADLY = re.compile(r"\b(?:deadly|fatal|lethal|bloody)\s+(?:[\w-]+\s+)?$", re.I)
_STOCK_LINE = re.compile(r"\b(?:continue[sd]?|persists?|ongoing|latest in a series)\b", re.I)
_WHO = re.compile(r"\bwho\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:been\s+)?$")
_WHEN = re.compile(r"(?:[\[\]\d]+\s*)?When\s")
# "Israeli officials said the attack had been a precision strike": a sentence that speaks
# of an attack by "the attack" and names no place tells of one the report places elsewhere.
_ATTACK_NOUN = (r"(?:attack|strike|airstrike|air strike|raid|bombing|shelling|incident|"
                r"explosion|massacre)")
_THE_ATTACK = re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:[\w-]+ )?{_ATTACK_NOUN}s?\b")
# ... and one attack, named as such ("acknowledged the strike"; not "reported that Israeli
# strikes have killed 300")
_THE_ONE_ATTACK = re.compile(rf"\b[Tt]he (?:[\w-]+ )?{_ATTACK_NOUN}\b")
# "In a separate attack the same day": a day counted from the attack told before (not
# "The same day" alone, which may count from the start of a period: "killed since the
# ceasefire collapsed on March 18. That same day, ...")
_SEPARATE_ONE = re.compile(r"\b(?:[Ss]eparate|[Aa]nother|[Ss]econd|[Ff]urther)\s+(?:[\w-]+\s+)?"
                           r"(?:attacks?|strikes?|airstrikes?|raids?|incidents?|shelling|"
                           r"bombings?)\b")
# "since early Monday", "since dawn on Sunday": one day's count, not a period's start
_DAYS_OWN_SINCE = re.compile(r"(?i)\bsince\s+(?:early|dawn|daybreak|midnight|"
                             r"the\s+(?:early\s+)?(?:morning|hours))\b[^.;,]*$")


def _period_start(text: str, d: DateRef) -> bool:
    """Whether ``d`` starts a period ("since the mechanism was introduced on May 27"),
    not a day of its own ("since early Monday")."""
    if _DAYS_OWN_SINCE.search(text, max(0, d.start - 40), d.end):
        return False
    return d.since or since_phrase(text, d) is not None


# "the strike late on Sunday night", "the strike, which took place on Sunday": a day
# given to the strike itself
_STRIKES_DAY = re.compile(r"[\s,]*(?:which\s+)?(?:(?:came|happened|occurred|took\s+place|"
                          r"was\s+carried\s+out)\s+)?(?:(?:late|early)\s+)?")
_AFTER_ANOTHER = re.compile(r"(?i)\b(?:after|since|before|following)\s+$")


def _dated_strike(text: str, s: Span, dated: list[DateRef]) -> bool:
    """Whether the sentence gives "the strike" a day of its own (not "a day after an
    attack on Sunday", "the deadliest since Friday", "after the strike on Saturday")."""
    for m in _THE_ONE_ATTACK.finditer(text, s.start, s.end):
        if _AFTER_ANOTHER.search(text, max(s.start, m.start() - 12), m.start()):
            continue
        gap = _STRIKES_DAY.match(text, m.end(), s.end)
        if any(d.start == gap.end() for d in dated):
            return True
    return False


# "said the toll included eight people killed in ...", "among the dead were ...": a part of
# the toll told just before
_PART_OF_TOLL = re.compile(r"\b(?:(?:the\s+(?:death\s+)?toll|the\s+dead|the\s+victims|those\s+"
                           r"killed)\s+includ(?:ed|es)|among\s+the\s+(?:dead|killed|victims)\s+"
                           r"(?:were|was))\b", re.I)
# "kidnapped 251 people on 7 October 2023": the day the war began, in Israel
# (not "on 7 October 2024", a day of another year)
_ON_THE_WAR_START = re.compile(r"\b(?:on|during)\s+(?:7\s+October|October\s+7)(?:,?\s+2023)?\b"
                               r"(?!,?\s+\d{4})")
_ORDER_AND_FLIGHT = frozenset({"Evacuation order", "Displacement"})
# Sub-types one sentence tells of one occurrence at one place: an order and the flight it
# caused; a crossing seized and thereby closed ("seized the Rafah crossing, closing it").
_ONE_OCCURRENCE = {sub: group for group, subs in enumerate(
    (_ORDER_AND_FLIGHT, ("Non-violent transfer of territory", "Crossing opened or closed")))
    for sub in subs}
_INFOBOX_LOCATION = re.compile(r"(?m)^[ \t•*-]*Location\s*:?\s*(?=\S)")


def _infobox_place(text: str, gaza: list[Mention]) -> Mention | None:
    """The place an article's infobox gives ("Location: Tel al-Hawa, Gaza Strip",
    "LocationDeir al-Balah"): the first specific place on that line."""
    hit = _INFOBOX_LOCATION.search(text)
    if hit is None:
        return None
    line_end = text.find("\n", hit.end())
    line_end = len(text) if line_end < 0 else line_end
    return next((m for m in gaza if hit.end() <= m.start < line_end and m.kind != "region"),
                None)


def _narrowed(m: Mention, precision: int, factor: float, infobox: Mention,
              gaz: Gazetteer) -> tuple[Mention, int, float]:
    """An event the prose places only in the Strip, a governorate or the city the infobox
    place lies in ("in the Gaza Strip"; infobox "Deir al-Balah"): at the infobox place."""
    if m.place_id == infobox.place_id:
        return m, precision, factor
    outer, inner = gaz.get(m.place_id), gaz.get(infobox.place_id)
    if outer is None or inner is None or not gaz.within(inner, outer):
        return m, precision, factor
    return infobox, 2, factor * 0.9


def _is_heading(text: str, s: Span) -> bool:
    """A whole line without a closing stop that is not a bullet, with more text below."""
    if s.text[-1:] in ".!?:;\"”)]" or (s.start and text[s.start - 1] != "\n"):
        return False
    after = text[s.end:s.end + 2]
    return after[:1] == "\n" and after[1:2] not in ("", "\n") and not BULLET.match(s.text)


# "the targeted building in Deir al-Balah": the site of the attack told just before
_SITE_TOLD = re.compile(r"\b[Tt]he\s+(?:targeted|bombed|struck|destroyed|shelled)\s+"
                        r"(?:[\w-]+\s+)?(?:building|house|home|tent|school|shelter|car|"
                        r"vehicle|apartment|mosque)\s+(?:in|at)\s+(?:the\s+)?")


_SEVERAL_TOLD = re.compile(r"\b(?:air ?strikes|strikes|attacks|bombardments|raids)\b", re.I)
_OTHER_TIME = re.compile(rf"\b(?:in (?:{dates.MONTH_PATTERN}|(?:19|20)\d\d)|"
                         r"last (?:week|month|year)|earlier|previously|before|ago)\b")


def _site_told_next(text: str, s: Span, gaza: list[Mention], starts: list[int]
                    ) -> Mention | None:
    """The place the sentence after ``s`` gives the site of its attack, if it does."""
    stop = text.find(".", s.end + 1)
    stop = len(text) if stop < 0 else stop
    hit = _SITE_TOLD.search(text, s.end, min(stop, s.end + 400))
    if hit is None or _SEVERAL_TOLD.search(s.text) or _OTHER_TIME.search(text, hit.end(), stop):
        # (not "Israeli strikes killed 40 on Saturday. In one strike, the targeted house in
        # Nuseirat ...": one of several; nor "the destroyed house in Jabalia that was hit in
        # January": another day's)
        return None
    k = bisect_left(starts, hit.end())
    return gaza[k] if k < len(gaza) and gaza[k].start == hit.end() else None


# The title of an article on one incident, over the items that tell it: "Tel al-Sultan
# massacre", "October 2024 Beit Lahia attacks" (not a campaign's, "Rafah offensive", nor a
# series', "Rafah aid distribution killings").
_INCIDENT_TITLE = re.compile(r"(?i)\b(?:air ?strikes?|strikes?|attacks?|massacres?|"
                            r"bombings?)\s*$")
# "killed across the Gaza Strip": a toll the item gives for more than the titled incident
_ACROSS = re.compile(r"\b(?:[Aa]cross|[Tt]hroughout|all over|elsewhere|[Ss]eparate\w*)\b")


def _titled_place(s: Span, gaza: list[Mention], starts: list[int]) -> Mention | None:
    """The one specific place an incident's title names, if the line is such a title."""
    if not _INCIDENT_TITLE.search(s.text) or ":" in s.text or len(s.text.split()) > 8:
        return None  # (not "Also Read: UN condemns Nuseirat school strike", a link)
    named = [m for m in gaza[bisect_left(starts, s.start):bisect_left(starts, s.end)]
             if m.kind != "region" and m.place_id is not None]
    return named[0] if len({m.place_id for m in named}) == 1 else None


def _only_wider(named: list[Mention], titled: Mention, gaz: Gazetteer) -> bool:
    """Whether every place an item names holds the one its title names ("a tent camp in
    Rafah" under "Tel al-Sultan massacre"; not an item that names the titled place, or
    another, itself)."""
    inner, strip = gaz.get(titled.place_id), gaz.strip
    if len({m.place_id for m in named if m.place_id is not None and
            (strip is None or m.place_id != strip.id)}) > 1:
        return False  # "... in Deir al-Balah governorate; earlier, six in Nuseirat": its own
    for m in named:
        outer = gaz.get(m.place_id)
        if outer is None:
            continue
        if m.place_id == titled.place_id or inner is None or not gaz.within(inner, outer):
            return False
    return True


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


# ", known for his role in the 2000 lynching", ", who fled in 1948": what a relative or an
# appositive clause says of someone, not when the sentence's event happened
_ASIDE = re.compile(r",\s+(?:who|whom|whose|which|(?:best |well )?known|famous|notorious)\b")


def _is_history(sentence: str, anchor: date) -> bool:
    """Whether a sentence names only years long before the report (two or more), outside
    what it says in passing of someone."""
    aside = _ASIDE.search(sentence)
    years = [int(y) for y in _YEAR.findall(sentence, 0, aside.start() if aside else len(sentence))]
    return bool(years) and max(years) < anchor.year - 2


# "Ground incursions and heavy fighting also continue to be reported": with no place of
# its own, the stock line of a daily update, not an incident.
_STILL_REPORTED = re.compile(r"\bcontinue(?:s|d)? to be reported\b", re.I)
# Every pattern the event stage tries, found through one scan of the report.
_INDEX = PrefixIndex((*triggers.PATTERNS, *casualties.PATTERNS, *dates.PATTERNS,
                      *actors.PATTERNS, *locate.PATTERNS, *sentence_split.PATTERNS,
                      *event_dates.PATTERNS, _BACKGROUND, _STILL_REPORTED, _THE_ATTACK))


def extract_events(text: str, mentions: list[Mention] | tuple[Mention, ...], *,
                   published: str | date | None = None, report_id: str | None = None,
                   source: str | None = None, url: str | None = None,
                   gazetteer: Gazetteer | None = None) -> list[Event]:
    """Events a report describes, one per (date, place, type), in text order."""
    gaz = gazetteer or Gazetteer.default()
    anchor_date = parse_published(published)
    anchor_date = dateline_day(text, anchor_date) or anchor_date
    gaza = [m for m in mentions if m.in_gaza and m.place_id]
    # Places the gazetteer knows to be outside the Strip; a name it does not know
    # ("Barkat Al-Waz") is not evidence that a clause is about somewhere else.
    outside = [m for m in mentions if not m.in_gaza and m.place_id]
    unknown = [m.start for m in mentions if m.place_id is None]
    sentences = split_sentences(text)
    cues = Cues(text, _INDEX)
    dominant = dominant_place(outside_attributions(gaza, sentences, cues))
    infobox = _infobox_place(text, gaza)
    # A sentence with no place of its own falls back on the report's main place only once
    # the report has named it; before that, on the Strip ("In the last 24 hours three
    # staff were killed" in a list that names Rafah only further down).
    strip = next((m for m in gaza if m.feature_class == "strip"), None) or \
        _unnamed_strip(text, gaz)
    carried: DateRef | None = None
    last_day: DateRef | None = None  # the last day told that is not the start of a period
    # Sentences passed over since ``carried`` was last brought up to date: their dates
    # are read only if a later event needs the report's last date.
    skipped: list[Span] = []
    last_place: tuple[Mention, int] | None = None
    last_place_end = 0  # where the sentence that named it ends: it carries within prose
    # The type of the last violent event told, and where its sentence ends: what "the
    # attack" of a following sentence of the same stretch of prose most likely was.
    # (and the places and days it was coded at)
    previous_violent: tuple[str, str, int, frozenset[str], frozenset[str | None]] | None = None
    merged: dict[tuple, Event] = {}
    last_violent: list[tuple] = []  # the keys of the violent events of the last such sentence
    referring: list[Event] = []  # placed by fallback, of an attack told elsewhere
    same_sentence: dict[tuple, tuple[tuple, int]] = {}
    told_by: dict[tuple[str, str], str] = {}  # (type, sub-type) -> the actor1 last named
    coded_as: dict[tuple, tuple] = {}  # an order or flight's own key -> the key it went under
    gaza_starts = [m.start for m in gaza]
    outside_starts = [m.start for m in outside]
    # The place an incident's title names, and where the title ends: the item right under
    # it tells that incident (the items after it may tell others).
    title: tuple[Mention, int] | None = None
    previous_s: Span | None = None
    for s in sentences:
        previous_s, before_s = s, previous_s
        if _is_heading(text, s):
            place = _titled_place(s, gaza, gaza_starts)
            title = (place, s.end) if place is not None else None
        titled = title[0] if title is not None and not text[title[1]:s.start].strip() \
            else None
        fragment = len(s.text.split()) < 4
        found = [] if fragment else find_triggers(text, s.start, s.end, cues=cues)
        if not found and not fragment and previous_violent is not None and \
                same_stretch(text, previous_violent[2], s):
            # "The incident took place near Beit Lahiya / on Thursday afternoon": where and
            # when the attack told just before happened
            found = _took_place(text, s, previous_violent, gaza[
                bisect_left(gaza_starts, s.start):bisect_left(gaza_starts, s.end)], gaz)
            if not found:
                last_violent = _redated(merged, last_violent, text, s, anchor_date, cues)
        if fragment or (not found and not has_casualty_words(text, s.start, s.end, cues=cues)):
            # No event words, or a fragment ("Strikes", "World", a menu entry): page
            # chrome and bare headings tell no event.
            skipped.append(s)
            continue
        # War totals ("nearly 38,000 deaths since October") are context, not counts.
        counts = [c for c in find_casualties(text, s.start, s.end, cues=cues)
                  if not c.cumulative]
        if not counts and _is_heading(text, s) and not names_a_day(text, s, anchor_date, cues):
            # "Rafah offensive, Refugee camp airstrikes in the Israel–Hamas war": a topic
            # line over the items that tell the events.
            skipped.append(s)
            continue
        if anchor_date is not None and _is_history(s.text, anchor_date) and \
                not names_a_day(text, s, anchor_date, cues):
            # "The camp was established in 1948 for Palestinians who fled": history the
            # report recalls, years before what it reports.
            skipped.append(s)
            continue
        if not counts and _DEFINITION.match(s.text) and \
                not names_a_day(text, s, anchor_date, cues):
            # "The Battle of Shuja'iyya was a military engagement ... in December 2023": an
            # article's definition of a campaign, told by its own dated sentences.
            skipped.append(s)
            continue
        background = cues.search(_BACKGROUND, s.start, s.end) if not counts else None
        if background is not None and background.group("tally") and \
                _LATER_CLAUSE.search(text, s.start, background.start()):
            # "tanks pushed into eastern Rafah, where the war has destroyed most homes": the
            # tally is an aside of a sentence that tells an event of its own
            background = None
        if background is not None and not names_a_day(text, s, anchor_date, cues) and not (
                background.group(0).lower() == "continues"
                and _names_a_site(s, gaza, gaza_starts)):
            # "militants continue to mount attacks", "the siege continues": a state of
            # affairs, not an event; a sentence with a count of its own still is one.
            skipped.append(s)
            continue
        if skipped and cues.possible(NEXT_DAY, s.start, s.end):
            carried, skipped = carry(skipped, carried, anchor_date, cues), []
        previous = last_day if carried is not None and last_day is not None and \
            _SEPARATE_ONE.search(s.text) and _period_start(text, carried) else carried
        dated = [d for d in find_dates(text, anchor_date, s.start, s.end, previous, cues=cues,
                                       relative_to=entry_date(text, s, anchor_date, cues))
                 if d.date and not names_another_event(text, d) and
                 (not d.since or recent_start(text, d, anchor_date) or
                                since_phrase(text, d) is not None and
                                (anchor_date is None or d.date <= anchor_date.isoformat()))]
        if skipped and not dated:
            carried, skipped = carry(skipped, carried, anchor_date, cues), []
        s_gaza = gaza[bisect_left(gaza_starts, s.start):bisect_left(gaza_starts, s.end)]
        if not s_gaza and not counts and cues.search(_STILL_REPORTED, s.start, s.end):
            continue
        if not counts and not dated and s_gaza and \
                all(m.feature_class == "strip" for m in s_gaza) and \
                _STOCK_LINE.search(s.text):
            # "Strikes continue, with aerial, land and maritime bombardments across the Gaza
            # Strip": an update's stock line, naming no day, place or toll of its own
            continue
        s_outside = outside[bisect_left(outside_starts, s.start):
                            bisect_left(outside_starts, s.end)]
        told_before = previous_violent if previous_violent is not None and \
            same_stretch(text, previous_violent[2], s) else None
        units = aid_seekers_apart(build_units(s, found, counts, s_gaza,
                                               told_before[:2] if told_before else None,
                                               # (a count of another day of its own
                                               # is not that strike's toll)
                                               previous_places=told_before[3]
                                               if told_before and not (
                                                   dated and not {d.date for d in dated}
                                                   & told_before[4]) else frozenset(),
                                               text=text, cues=cues), text)
        first = bisect_left(gaza_starts, s.start)
        earlier = gaza[max(0, first - 30):first]
        same_line = carried if carried is not None and (
            continues(text, carried, s) or dates_the_page(text, carried)) else None
        # A sentence that names a place the gazetteer does not know is not about the
        # previous event's place: fall back to the report's main place instead.
        names_unknown = bisect_left(unknown, s.start) < bisect_left(unknown, s.end)
        # "When Israel invaded Rafah and ordered the evacuation of its east, some fled":
        # a time frame recalled with no day of its own, not an event of the report
        comma = s.text.find(",") if not dated and _WHEN.match(s.text) else -1
        frame_end = s.start + comma if comma >= 0 else s.start
        violent_places: set[str] = set()  # where this sentence's violence was coded
        violent_keys: list[tuple] = []  # and under which keys
        violent_days: set[str | None] = set()  # and on which days
        for unit in units:
            if unit.anchor < frame_end:
                continue
            if not dated and unit.sub_event_type in _ORDER_AND_FLIGHT and \
                    _WHO.search(text, max(s.start, unit.anchor - 12), unit.anchor):
                # "People who fled eastern Gaza city ... have been sheltering here": who
                # the people are, with no day of its own, not a flight the report tells
                continue
            refers_back = unit.event_type in VIOLENT and not s_gaza and \
                cues.search(_THE_ATTACK, s.start, s.end) is not None
            near = None if names_unknown or last_place is None or not \
                same_stretch(text, last_place_end, s) else last_place
            if refers_back and near is not None and told_before is not None and \
                    near[0].place_id not in told_before[3]:
                # "An airstrike killed eight in Deir al-Balah. The dead had fled eastern
                # Khan Younis. The deadly strike hit a house": the strike told before, not
                # the place named last
                near = None
            located = place_for(unit, s_gaza, s_outside, earlier, near,
                                dominant if dominant is None or strip is None or
                                dominant.start < s.end else strip, gaz, cues)
            if unit.event_type in VIOLENT and not s_gaza and located:
                # "a strike on a house inside the safe zone killed 12. ... a relative who
                # lived in the targeted building in Deir al-Balah": where the next sentence
                # puts the site, not the place told before
                site = _site_told_next(text, s, gaza, gaza_starts)
                if site is not None:
                    located = [(site, 1, 0.8)]
            if unit.sub_event_type == "Aid delivery" and located and \
                    all(m.feature_class == "strip" for m, _, _ in located):
                # "Egypt opened the aid corridor via the Rafah border crossing. A convoy of
                # 20 trucks entered the Gaza Strip": aid is coded at the crossing told of
                gate = _gate_told_before(text, s, before_s, gaza, gaza_starts)
                if gate is not None:
                    located = [(gate, 1, 0.8)]
            if unit.sub_event_type == AGREEMENT[1] and strip is not None and \
                    _GAZA_PARTY.search(s.text):
                # a ceasefire or a pause in Gaza holds for the whole Strip, whatever town
                # the sentence or the one before it names, wherever it was agreed
                located = [(strip, 3, 0.9)]
            if infobox is not None and unit.event_type in VIOLENT:
                located = [_narrowed(m, p, f, infobox, gaz) for m, p, f in located]
            if titled is not None and unit.event_type in VIOLENT and \
                    unit.event_type != BATTLE[0] and \
                    _ACROSS.search(text, s.start, s.end) is None and \
                    _only_wider(s_gaza, titled, gaz):
                # "Al-Maghazi refugee camp airstrikes" over "a strike on a refugee camp in
                # the Gaza Strip": the item tells the incident its title names
                located = [_narrowed(m, p, f, titled, gaz) for m, p, f in located]
            if unit.strength < 0.7 and not unit.casualty_phrases and not (
                    unit.event_type != BATTLE[0] and
                    _DEADLY.search(text, max(s.start, unit.anchor - 25), unit.anchor)) and all(
                    m.kind == "region" and not (m.feature_class == "corridor" and
                                                unit.event_type == "Strategic developments")
                    or factor < 0.9
                    for m, _, factor in located):
                # A weak cue ("the operation", "advances") makes an event only where its
                # own sentence names a specific place: "the operation in Gaza" is background
                # ("withdrew from the Netzarim Corridor" is not: a corridor is a named strip
                # of ground).
                continue
            counted = count_place(unit, located, text)
            split = toll_split(unit, located, s_gaza, strip, text)
            if split is not None:
                located, shares = split
            else:
                shares = {id(counted): unit.fatalities} if counted is not None else {}
            when, time_precision, date_factor = date_for(unit, dated, same_line, anchor_date, cues)
            if refers_back and _dates_the_lead(unit, s, text, dated, time_precision,
                                               told_before, anchor_date, merged, last_violent):
                # "An Israeli air strike ... has killed one. ... the strike late on Sunday
                # night targeted a naval base": the day of the strike told with none
                last_violent = _rekeyed(merged, last_violent, when)
                told_before = (*told_before[:4], frozenset({when}))
            told_day = None if dated else _day_told(unit, s, refers_back, told_before)
            if told_day is not None:
                when, time_precision = told_day, 1
            named = unit_actors(unit, cues)
            kind = (unit.event_type, unit.sub_event_type)
            if named[0] is None and told_by.get(kind) not in (None, named[1]):
                # "Massive Israeli bombardments intensified. ... an airstrike on Jabalia
                # camp killed 63": who the report named for this kind of event before
                named = (told_by[kind], named[1])
            elif named[0] is not None and located:
                # (not from an event the report places nowhere in the Strip: a strike
                # in Lebanon names who struck there)
                told_by[kind] = named[0]
            for place, precision, loc_factor in located:
                if unit.event_type in VIOLENT and place.place_id is not None and \
                        not is_origin(place, s):
                    violent_places.add(place.place_id)
                    violent_days.add(when)
                event = replace(
                    _record(unit, s, place, precision, when, time_precision, named,
                            report_id, source, url),
                    fatalities=shares.get(id(place)),
                    injuries=unit.injuries if place is counted else None,
                    confidence=round(unit.strength * loc_factor * date_factor
                                     * place.confidence ** 0.5
                                     * SUBTYPE_RELIABILITY.get(unit.sub_event_type, 1.0), 3),
                )
                # One event per (date, place, type) of violence: "an airstrike on the
                # maternity ward" and "the ward was hit during shelling" are one attack.
                key = (event.event_date, event.place_id, event.event_type) \
                    if event.event_type in VIOLENT else \
                    (event.event_date, event.place_id, event.event_type, event.sub_event_type)
                # "bombardments ..., with the most intense shelling reported in X": two
                # words of one sentence for one attack at X, coded as the first one names
                # it; so are an evacuation order and the flight it caused ("fleeing ...
                # following an evacuation order on 8 August").
                if event.sub_event_type in _ONE_OCCURRENCE:
                    # (an order already coded under its flight's key is found there again)
                    own = key
                    slot = key[:3] + (s.start, _ONE_OCCURRENCE[event.sub_event_type])
                    key = coded_as.get(own) or same_sentence.setdefault(slot, (key, 0))[0]
                    coded_as.setdefault(own, key)
                elif event.event_type in VIOLENT:
                    # ... even when the two words carry two days ("bombardment between 23
                    # and 26 December ... more than 50 strikes on 24-25 December, on three
                    # camps"): the word nearer the place dates it.
                    slot = (place.start, event.event_type, s.start)  # one named place
                    gap = abs(unit.anchor - place.start)
                    first = same_sentence.get(slot)
                    if first is None:
                        same_sentence[slot] = (key, gap)
                    elif first[0] != key and gap < first[1] and first[0] in merged:
                        old = merged.pop(first[0])
                        event = replace(merge_events(old, event), event_id=event.event_id,
                                        event_date=event.event_date,
                                        time_precision=event.time_precision)
                        same_sentence[slot] = (key, gap)
                    else:
                        key = first[0]
                if refers_back and loc_factor <= 0.5 and key not in merged:
                    referring.append(event)  # settled once the whole report is read
                    continue
                merged[key] = merge_events(merged[key], event) if key in merged else event
                if event.event_type in VIOLENT:
                    violent_keys.append(key)
                if loc_factor >= 0.9:
                    last_place, last_place_end = (place, s.paragraph), s.end
        if not units and s_gaza:
            # "People waiting for supplies were killed in Deir al Balah." (no count, no
            # weapon): where the count of the next sentence most likely happened
            best = min(s_gaza, key=lambda m: SPECIFICITY.get(m.feature_class or "", 3))
            last_place, last_place_end = (best, s.paragraph), s.end
        violent = [u for u in units if u.event_type in VIOLENT]
        if violent:  # what "the attack" of the next sentence most likely was
            last_violent = violent_keys
            strongest = max(violent, key=lambda u: u.strength)
            previous_violent = (strongest.event_type, strongest.sub_event_type, s.end,
                                frozenset(violent_places), frozenset(violent_days))
        # a month ("In July 2024, ...") is background, not the date of what follows, nor is
        # the day of a state of affairs or of a telling (see event_dates.hands_on)
        days = [d for d in dated if d.precision < 3 and hands_on(text, d)]
        if days:
            carried, skipped = days[-1], []
            # "killed at aid sites since the mechanism was introduced on May 27. In a
            # separate attack the same day, ...": the same day as the attack told before,
            # not the start of a period
            own_days = [d for d in days if not _period_start(text, d)]
            last_day = own_days[-1] if own_days else last_day
    return _settled(merged, referring, gaz, headline(text))


# What the sentence before says of a crossing when it is the aid's way in
_GATE_WORDS = re.compile(r"(?i)\b(?:aid|trucks?|convoys?|corridor|(?:re)?opened|reopening|"
                         r"opening|humanitarian|deliver\w*|supplies)\b")


_GATE_SHUT = re.compile(r"(?i)\b(?:clos(?:e|ed|es|ing|ure)|shut\w*|suspend\w*|halt\w*|"
                        r"cut(?:ting|s)?\s+off|block\w*|seal\w*|stuck|stranded|piled\s+up)\b")
_GATE_OPENED = re.compile(r"(?i)\b(?:re)?open(?:ed|ing|s)?\b")


def _gate_told_before(text: str, s: Span, before: Span | None, gaza: list[Mention],
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


def _dates_the_lead(unit: EventUnit, s: Span, text: str, dated: list[DateRef],
                    time_precision: int, told_before: tuple | None, anchor: date | None,
                    merged: dict[tuple, Event], keys: list[tuple]) -> bool:
    """Whether a sentence that tells "the strike" again with a day of its own gives that
    day to the strike told just before with none (a news lead: "An Israeli air strike ...
    has killed one"), which must be one attack, dated only by the report."""
    return bool(dated) and told_before is not None and time_precision == 1 and \
        anchor is not None and unit.event_type == told_before[0] and \
        _dated_strike(text, s, dated) and told_before[4] == {anchor.isoformat()} and \
        bool(keys) and all(k in merged and merged[k].time_precision == 2 and
                           not tells_several(merged[k].notes) for k in keys)


def _day_told(unit: EventUnit, s: Span, refers_back: bool,
              told_before: tuple | None) -> str | None:
    """The day of the attack told just before, for a sentence with no day of its own that
    tells it again ("The army acknowledged the strike") or counts a part of its toll ("the
    toll included eight people killed in an air strike on a home in Khan Yunis camp")."""
    if told_before is None or len(told_before[4]) != 1:
        return None
    if not (refers_back and unit.event_type == told_before[0] and
            _THE_ONE_ATTACK.search(s.text) or
            unit.event_type in VIOLENT and _PART_OF_TOLL.search(s.text)):
        return None
    (day,) = told_before[4]
    return day


def _settled(merged: dict[tuple, Event], referring: list[Event], gaz: Gazetteer,
             title: str | None = None) -> list[Event]:
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
    # The hostages of 7 October 2023 were taken in Israel: no abduction in the Strip
    events = [e for e in merged.values() if not (
        e.sub_event_type == "Abduction/forced disappearance" and
        (e.event_date == WAR_START.isoformat() or _ON_THE_WAR_START.search(e.notes)))]
    events = fold_incidents(events, title, gaz)
    # (calibrated on the actors the text names; the ones filled in below say nothing of
    # whether the event is right)
    return [sides_filled(e) for e in calibrate(events)]


def _redated(merged: dict[tuple, Event], keys: list[tuple], text: str, s: Span,
             anchor: date | None, cues: Cues) -> list[tuple]:
    """"According to UNRWA, the incident took place on Thursday afternoon": the day of the
    attack told just before (which its sentence dated by the telling, or not at all).
    Returns the keys the attack's records are under now."""
    hit = _INCIDENT_ON.match(text, s.start, s.end)
    if hit is None:
        return keys
    day = next((d for d in find_dates(text, anchor, hit.end(), s.end, cues=cues)
                if d.date and d.precision == 1 and not d.since and d.start < hit.end() + 12),
               None)
    if day is None or anchor is not None and day.date > anchor.isoformat():
        return keys
    return _rekeyed(merged, keys, day.date)


def _rekeyed(merged: dict[tuple, Event], keys: list[tuple], day: str) -> list[tuple]:
    """The records under ``keys`` moved to ``day``; returns their keys now."""
    out = []
    for key in keys:
        event = merged.pop(key, None)
        if event is None:
            continue
        event = replace(event, event_date=day, time_precision=1)
        new = (day, *key[1:])
        merged[new] = merge_events(merged[new], event) if new in merged else event
        out.append(new)
    return out


# "(According to UNRWA,) the incident took place ...": the attack told just before, again
# ("The attack on Thursday came as families gathered": the day of the week, told right
# after the noun; not "The attack on October 7 sparked the war", another attack)
_INCIDENT_ON = re.compile(r"\W*(?:According to [^,.;]{1,60},\s+)?[Tt]he\s+(?:[\w-]+\s+)?"
                          r"(?P<noun>incident|attack|strike|airstrike|shooting|bombing|raid)"
                          r"(?:\s+(?:took place|occurred|happened)\s+|(?=,?\s+(?:late\s+|early\s+)?"
                          rf"on\s+{WEEKDAY_PATTERN}\b))")


def _took_place(text: str, s: Span, told: tuple, places: list[Mention],
                gaz: Gazetteer) -> list[Trigger]:
    """"The incident took place near Beit Lahiya": where the attack told just before
    happened, as a weak cue of that attack (folded into it once the report is read).
    Only where that attack was placed no nearer than a region, or at a town that holds
    the place named: "killed in Gaza City. The incident took place in al-Mawasi" is no
    other attack, and no place the one told can be folded into."""
    hit = _TOOK_PLACE.match(text, s.start, s.end)
    if hit is None:
        return []
    told_at = [p for p in map(gaz.get, told[3]) if p is not None and p.kind != "region"]
    named = [p for p in (gaz.get(m.place_id) for m in places) if p is not None]
    if told_at and not any(p.id == t.id or gaz.within(p, t) for p in named for t in told_at):
        return []
    return [Trigger(*told[:2], hit.start("noun"), hit.end("noun"), hit.group("noun"), 0.6)]


_TOOK_PLACE = re.compile(_INCIDENT_ON.pattern + r"(?:in|near|at|close to|outside)\b")


def _unnamed_strip(text: str, gaz: Gazetteer) -> Mention | None:
    """The Strip, for a report that never names it: where an event goes that comes before
    any place the report names (a timeline's "Israel launches an airstrike on an apartment
    building that kills 106 people", with Jabalia named only further down)."""
    place = gaz.strip
    if place is None:
        return None
    return place_mention(text, 0, 0, place, 0.5, None,
                         "no place named before: the Strip as a whole", ())


# -- sentences --------------------------------------------------------------------------
def _names_a_site(s: Span, gaza: list[Mention], starts: list[int]) -> bool:
    """Whether a sentence names a specific place in the Strip ("the offensive continues to
    expand, particularly in eastern Rafah"): today's news of a place, not a state of war."""
    return any(m.kind != "region" for m in gaza[bisect_left(starts, s.start):
                                                bisect_left(starts, s.end)])


# what makes an agreement one about Gaza: its parties or its place
_GAZA_PARTY = re.compile(r"\b(?:Hamas|Gaza|Palestinian)", re.I)


# -- records ----------------------------------------------------------------------------
def _record(unit: EventUnit, s: Span, place: Mention, precision: int, when: str | None,
            time_precision: int, named: tuple[str | None, str | None],
            report_id: str | None, source: str | None, url: str | None) -> Event:
    """The ACLED record of one unit at one of its places (counts and confidence are the
    caller's: they depend on the unit's other places)."""
    return Event(
        event_id=_event_id(report_id, s.text, place.place_id, unit, when),
        report_id=report_id, source=source, url=url,
        event_date=when, time_precision=time_precision,
        event_type=unit.event_type, sub_event_type=unit.sub_event_type,
        actor1=named[0], actor2=named[1], fatalities=None, injuries=None,
        location=place.name, place_id=place.place_id, admin1=place.governorate,
        latitude=place.lat, longitude=place.lon, geo_precision=precision,
        notes=s.text, confidence=0.0,
    )


def _event_id(report_id: str | None, notes: str, place_id: str | None, unit: EventUnit,
              when: str | None) -> str:
    """Stable across runs; unique per (report, sentence, place, type, date)."""
    key = "\x1f".join([report_id or "", notes, place_id or "", unit.event_type,
                       unit.sub_event_type, when or ""])
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
