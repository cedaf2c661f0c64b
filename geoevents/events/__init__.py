"""Stage 2: sentences + mentions -> dated, located, typed events (ACLED fields).

Reads ``ParsedReport.text``, ``.mentions`` and ``.published``; writes ``.events``.

Per sentence, :mod:`geoevents.units` turns triggers and casualty counts into event
units, :mod:`geoevents.locate` places them and :mod:`geoevents.event_dates` dates
them; :mod:`geoevents.background` passes over the sentences that frame the news,
:mod:`geoevents.told_again` reads an attack told again onto the one told before, and
:mod:`geoevents.page_layout` narrows events to the place a title or an infobox gives.
This package walks the sentences, keeps what carries from one to the next, names the
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

The package, in the order a report is read (``extract_events`` here walks its sentences):

* ``report`` -- what every sentence of one report is read against, and what carries from
  one sentence to the next;
* ``days`` -- the days a sentence names for what it tells, the day carried on to the
  sentences after it, and the date of each unit;
* ``places`` -- where a unit happened, where its clause alone cannot tell, or that a weak
  cue makes no event where it is placed;
* ``merging`` -- one event per (date, place, type): the key a record goes under, counts
  told again or besides those told, a toll told for strikes at two places;
* ``coding`` -- a unit's ``Event`` records at each of its places, with its actors;
* ``carry_on`` -- what a sentence leaves for the next ones: its place, its attack, its day;
* ``settle`` -- the report's events once all of it is read: events that refer back, one
  incident's records folded, sides named and confidence calibrated.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from geoevents.background import is_stock_line, tells_background
from geoevents.casualties import find_casualties, has_casualty_words, part_of_a_tally
from geoevents.event_dates import continues, dates_the_page, same_stretch
from geoevents.events.carry_on import carry_forward, skipped
from geoevents.events.coding import code_unit
from geoevents.events.days import redate_lead, sentence_dates
from geoevents.events.report import Report, Sentence, Walk, read_report, rekey_last
from geoevents.events.settle import settled, taken_or_fled
from geoevents.gazetteer import Gazetteer
from geoevents.in_passing.protested import a_killing_protested
from geoevents.model import Event, Mention
from geoevents.page_layout import is_caption, is_heading, titled_place
from geoevents.sentences import Span, split_sentences
from geoevents.told_again import redated, took_place, without_the_office
from geoevents.tolls import aid_seekers_apart
from geoevents.triggers import find_triggers
from geoevents.triggers.place_described import a_toll_of_a_place_described
from geoevents.units import build_units

__all__ = ["extract_events"]


_WHEN = re.compile(r"(?:[\[\]\d]+\s*)?When\s")


def extract_events(text: str, mentions: list[Mention] | tuple[Mention, ...], *,
                   published: str | date | None = None, report_id: str | None = None,
                   source: str | None = None, url: str | None = None,
                   gazetteer: Gazetteer | None = None) -> list[Event]:
    """Events a report describes, one per (date, place, type), in text order."""
    sentences = split_sentences(text)
    rep = read_report(text, sentences, mentions, published,
                      gazetteer or Gazetteer.default(), report_id, source, url)
    walk = Walk()
    for s in sentences:
        _read_sentence(rep, walk, s)
    # (where the dead were taken or people fled from matters only to events that refer back)
    elsewhere = taken_or_fled(rep) if walk.referring else frozenset()
    return settled(walk.merged, walk.referring, rep.gaz, rep.title, elsewhere, text,
                   rep.standfirst, rep.infobox)


def _read_sentence(rep: Report, walk: Walk, s: Span) -> None:
    """Code the events of one sentence into ``walk``."""
    text, cues, anchor = rep.text, rep.cues, rep.anchor
    walk.previous, before = s, walk.previous
    if is_heading(text, s):
        place = titled_place(s, rep.gaza, rep.gaza_starts)
        walk.title = (place, s.end) if place is not None else None
    titled = walk.title[0] if walk.title is not None and \
        not text[walk.title[1]:s.start].strip() else None
    named = rep.in_gaza(s)  # the sentence's places in the Strip
    fragment = len(s.text.split()) < 4 or is_caption(s, text, anchor)
    found = [] if fragment else find_triggers(text, s.start, s.end, cues=cues)
    if not found and not fragment and walk.told is not None and \
            same_stretch(text, walk.told.end, s):
        # "The incident took place near Beit Lahiya / on Thursday afternoon": where and
        # when the attack told just before happened
        found = took_place(text, s, walk.told, named, rep.gaz)
        if not found:
            rekey_last(walk, lambda keys: redated(walk.merged, keys, text, s, anchor, cues))
    if not fragment and walk.lead is not None:
        redate_lead(rep, walk, s)
    if fragment or (not found and not has_casualty_words(text, s.start, s.end, cues=cues)):
        # No event words, or a fragment ("Strikes", "World", a menu entry): page
        # chrome and bare headings tell no event.
        skipped(walk, s, named)
        return
    # War totals ("nearly 38,000 deaths since October") are context, not counts.
    counts = [c for c in find_casualties(text, s.start, s.end, cues=cues) if not c.cumulative
              and not part_of_a_tally(c, text, (before.start, before.end) if before else None,
                                      cues) and not a_killing_protested(cues.folded, c)
              and not a_toll_of_a_place_described(cues.folded, s.start, c.start, found)]
    if tells_background(text, s, bool(counts), anchor, cues, named):
        skipped(walk, s, named)
        return
    dated = sentence_dates(rep, walk, s)
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
    sent = Sentence(
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
        code_unit(rep, walk, sent, unit)
    carry_forward(rep, walk, sent, units)
