"""What every sentence of one report is read against, and what carries from one to the next.

The report is read once: its places in the Strip and outside it, its main place, the place
an infobox gives, its headline and standfirst, and every pattern the event stage tries, found
through one scan (``_INDEX``). A report that never names the Strip still has it, for an event
told before any place the report names. ``Walk`` keeps what one sentence leaves for the
next (the date later sentences fall back on, the place named last, the attack told before);
``Sentence``, what one sentence's units are placed and dated against.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
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
from geoevents.anchored import Cues, PrefixIndex
from geoevents.dates import DateRef, parse_published
from geoevents.event_dates import dateline_day
from geoevents.event_merge import headline, standfirst
from geoevents.gazetteer import Gazetteer
from geoevents.locate import dominant_place, outside_attributions, outside_photo_captions
from geoevents.model import Event, Mention
from geoevents.page_layout import infobox_place
from geoevents.sentences import Span
from geoevents.told_again import ToldBefore
from geoevents.unlisted_names import place_mention

# Every pattern the event stage tries, found through one scan of the report.
_INDEX = PrefixIndex((*triggers.PATTERNS, *casualties.PATTERNS, *dates.PATTERNS,
                      *actors.PATTERNS, *locate.PATTERNS, *sentence_split.PATTERNS,
                      *event_dates.PATTERNS, *background.PATTERNS, *told_again.PATTERNS))


@dataclass(frozen=True)
class Report:
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


def read_report(text: str, sentences: list[Span],
                mentions: list[Mention] | tuple[Mention, ...],
                published: str | date | None, gaz: Gazetteer, report_id: str | None,
                source: str | None, url: str | None) -> Report:
    anchor = parse_published(published)
    anchor = dateline_day(text, anchor) or anchor
    gaza = [m for m in mentions if m.in_gaza and m.place_id]
    outside = [m for m in mentions if not m.in_gaza and m.place_id]
    cues = Cues(text, _INDEX)
    cues.published = anchor
    return Report(
        text=text, anchor=anchor, gaz=gaz, cues=cues,
        gaza=gaza, gaza_starts=[m.start for m in gaza],
        outside=outside, outside_starts=[m.start for m in outside],
        unknown=[m.start for m in mentions if m.place_id is None],
        dominant=dominant_place(outside_photo_captions(
            outside_attributions(gaza, sentences, cues), text), gaz),
        infobox=infobox_place(text, gaza),
        strip=next((m for m in gaza if m.feature_class == "strip"), None) or
        _unnamed_strip(text, gaz),
        strip_alone=not outside and _THE_STRIP_UNNAMED.search(text) is not None,
        report_id=report_id, title=headline(text), standfirst=standfirst(text),
        source=source, url=url,
        sentences=sentences, sentence_starts=[x.start for x in sentences])


class Records(dict):
    """The records a report's sentences have made so far, key -> event, keys (event date,
    place id, event type, ...) in the order a plain dict keeps them, and also looked up by
    place and kind (:meth:`at`): a rule that weighs the records of two places does not
    scan every record of the report for each sentence. Only setting and popping change it
    (the walk does nothing else to it); the other ways a dict changes are refused."""

    def __init__(self) -> None:
        super().__init__()
        self._by_place: dict[tuple, dict[tuple, int]] = {}
        self._order = 0

    def __setitem__(self, key: tuple, event: Event) -> None:
        if key not in self:
            self._order += 1
            self._by_place.setdefault((key[1], key[2]), {})[key] = self._order
        super().__setitem__(key, event)

    def __delitem__(self, key: tuple) -> None:
        super().__delitem__(key)
        del self._by_place[key[1], key[2]][key]

    _NONE = object()

    def pop(self, key: tuple, default: object = _NONE) -> object:
        if key in self:
            event = super().pop(key)
            del self._by_place[key[1], key[2]][key]
            return event
        if default is Records._NONE:
            raise KeyError(key)
        return default

    def _refused(self, *args: object, **kwargs: object) -> None:
        raise TypeError("Records change only by setting or popping a key")

    update = setdefault = popitem = clear = __ior__ = _refused  # type: ignore[assignment]

    def at(self, places: set[str | None], event_type: str) -> list[tuple]:
        """The keys of ``event_type`` at ``places``, in the dict's order."""
        found = [(n, k) for p in places for k, n in self._by_place.get((p, event_type),
                                                                       {}).items()]
        return [k for _, k in sorted(found)]


@dataclass
class Walk:
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
    merged: Records = field(default_factory=Records)
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
    # one_of_several)
    shared: tuple[int, list[tuple], int] | None = None
    # The sentence each record's death count was told in, where that is not the record's
    # own evidence: a later source's figure for the same dead is weighed against it (see
    # events.merging.merged)
    count_told_in: dict[tuple, str] = field(default_factory=dict)


@dataclass
class Sentence:
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


def rekey_last(walk: Walk, move: Callable[[list[tuple]], list[tuple]]) -> None:
    """Move the records of the last violent event told (and the lead, where it is that)."""
    was = walk.last_violent
    walk.last_violent = move(was)
    if walk.lead == was:
        walk.lead = walk.last_violent


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
