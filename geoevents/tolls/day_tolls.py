"""A day's toll for a wide area and the parts of it later sentences tell: no death counted
twice.

"Israeli forces killed at least 95 people in Gaza on Monday ... At least 39 people were
killed" at a cafe in Gaza City: 39 there, 56 in the Strip. A part stays at its place and the
area keeps the rest where the part is of the toll (it refers back to it, the toll's sentence
counts it, the toll is the whole Strip's over a span of the day, or it is a source's count
of the day's many strikes told in a number, "Israeli strikes killed at least 17 people across
the territory, the civil defence said"), not dead over and above it ("seven additional
people", "killed in separate strikes").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from geoevents.dates import MONTH_PATTERN
from geoevents.model import Event
from geoevents.quantities import parse_number
from geoevents.record_days import after as positions_after
from geoevents.record_days import by_day
from geoevents.tolls.strikes import COUNT_WORD

# "Later on Sunday, an airstrike killed seven additional people", "At least 10 other people
# were killed": dead over and above a toll told before, no part of it
_OVER_AND_ABOVE = re.compile(rf"\b(?:another\s+{COUNT_WORD}|{COUNT_WORD}\s+(?:additional|"
                             r"other|more|further))\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:people|persons|palestinians|civilians|others|killed|dead|were)\b",
                             re.I)


# "Fourteen citizens were martyred since dawn today in Israeli bombardment ... a woman was
# killed by occupation sniper fire east of al-Maghazi camp": a day's toll of the strikes
# holds the people shot that day too
_STRIKES_AND_SHOTS = ("Explosions/Remote violence", "Violence against civilians")
# (not where the toll is the aircraft's, "Israeli air strikes killed at least 30 people across
# the Gaza Strip since dawn", nor a shooting told as more, "Israeli forces also shot dead four
# people", nor crowds shot at aid, "opened fire on crowds near an aid site in Rafah, killing
# 20", a toll of its own)
_AIRCRAFTS_TOLL = re.compile(r"\b(?:air[\s-]*strikes?|air\s+raids?|warplanes?|jets|aircraft)\b",
                             re.I)
_ALSO = re.compile(r"\b(?:also|as\s+well)\b", re.I)
_AT_AID = re.compile(r"\b(?:aid|food|crowds?|distribution)\b", re.I)


def _part_of_its_kind(wide: Event, e: Event) -> bool:
    """Whether ``e`` is of the kind of dead ``wide``'s toll counts: of its own event type, or
    people shot that day as part of a day's toll of bombardment."""
    if e.event_type == wide.event_type:
        return True
    return (wide.event_type, e.event_type) == _STRIKES_AND_SHOTS and \
        not _AIRCRAFTS_TOLL.search(wide.notes) and not _ALSO.search(e.notes) and \
        not _AT_AID.search(e.notes)


# "Among the casualties, 39 people ... were killed ... while waiting for food aid": a sentence
# that opens on the toll's dead tells a part of them, whatever the part's kind or place
_AMONG_ITS_DEAD = re.compile(r"\W*among\s+(?:the|those)\s+(?:casualties|dead|killed|victims)\b",
                             re.I)


# the kinds a toll and a part of its dead may be told as: people shot among a day's dead of
# the strikes, and soldiers killed by a blast among a day's dead of the fighting ("24
# soldiers were killed in Gaza ... Among the casualties were 21 reservists who perished in
# an explosion")
_KINDS_APART = frozenset({_STRIKES_AND_SHOTS, ("Battles", "Explosions/Remote violence")})


def _among_its_dead(wide: Event, e: Event) -> bool:
    """Whether ``e`` opens on the wide toll's dead and tells some of them shot or blown up,
    at the toll's own place ("At least 142 Palestinians were killed ... in Israeli airstrikes
    across the Gaza Strip over the past 24 hours ... Among the casualties, 39 people ... were killed
    ... while waiting for food aid": 39 shot at aid, 103 left to the strikes; "24 soldiers
    losing their lives in Gaza. Among the casualties were 21 reservists who perished in an
    explosion": 21 to the blast, 3 left to the fighting), where the kinds of the two alone
    would keep them apart (the aircraft's toll, crowds at aid, a blast beside a fight)."""
    return (wide.event_type, e.event_type) in _KINDS_APART and \
        e.place_id == wide.place_id and _AMONG_ITS_DEAD.match(e.notes) is not None and \
        not _ALSO.search(e.notes)


# "At least 142 Palestinians were killed, including the Indonesian Hospital director, ...":
# one of the dead told by who they were
_INCLUDING_ONE = re.compile(r"\bincluding\s+(?:the|a|an)\s+([\w'-]+(?:\s+[\w'-]+){0,4}?)"
                            r"\s*(?:[,.;]|\s+and\b|$)", re.I)
_FILLER = frozenset({"of", "the", "a", "an", "in", "at", "and"})


def _the_one_named(wide: Event, e: Event) -> bool:
    """Whether ``e`` tells the death of the one person the toll's sentence names among its
    dead ("killed ..., including the Indonesian Hospital director" and "One strike killed
    Dr. Marwan Al-Sultan, director of the Indonesian Hospital, ... when their Gaza City home
    was bombed"): that death, told at its place, is a part of the toll. Every word of who
    they were must be told again, of one dead (not "a child" and a strike that killed
    five)."""
    if e.fatalities != 1:
        return False
    for m in _INCLUDING_ONE.finditer(wide.notes):
        words = [w for w in m.group(1).split() if w.lower() not in _FILLER]
        if len(words) >= 2 and all(re.search(rf"\b{re.escape(w)}\b", e.notes, re.I)
                                   for w in words):
            return True
    return False


def rest_at_the_area(events: list[Event], holds: Callable[[str | None, str | None], bool]
                     ) -> list[Event]:
    """A day's toll for a wide area and later sentences that tell parts of it at places
    within: each part stays at its place and the area keeps the rest ("Israeli forces
    killed at least 95 people in Gaza on Monday ... At least 39 people were killed" at a
    cafe in Gaza City: 39 there, 56 in the Strip), so no death is counted twice."""
    out = list(events)
    on_the_day = by_day(events, kind=False)
    for i, wide in enumerate(events):
        if not wide.fatalities or wide.event_date is None or \
                _OVER_AND_ABOVE.search(wide.notes) or _SEPARATE.search(wide.notes):
            continue  # ("Twenty-eight other people were killed in separate strikes": the
            # toll leaves out the strike told before)
        soldiers = _SOLDIERS.search(wide.notes) is not None
        # a Strip-wide toll of a span ("killed 104 people overnight across the Gaza Strip",
        # "58 killed across Gaza since dawn") holds the day's placed dead told before it too
        span = _SPAN_TOLL.search(wide.notes) is not None and \
            wide.fatalities == max((n for n, _ in _counts_of_dead(wide.notes)), default=0)
        # a toll that sums up the day's attacks ("Altogether, at least 45 people are killed
        # from today's attacks", "They were among at least 82 killed in strikes in Gaza")
        # holds the dead told at their places before it too
        summed = _SUMS_UP.match(wide.notes) is not None
        day = on_the_day[wide.event_date, None]
        at = [k for k in (day if span or summed else positions_after(day, i))
              if k != i and (e := events[k]).fatalities and
              e.event_date == wide.event_date and e.notes != wide.notes and
              (_part_of_its_kind(wide, e) and holds(wide.place_id, e.place_id) or
               _among_its_dead(wide, e)) and
              not _OVER_AND_ABOVE.search(e.notes) and
              # ("42 killed across Gaza ... four soldiers killed in Khan Younis": the
              # soldiers are no part of the day's toll of Palestinians)
              (soldiers or not _SOLDIERS.search(e.notes))]
        parts = [events[k] for k in at]
        counts = _counts_of_dead(wide.notes)
        if wide.fatalities not in {n for n, _ in counts}:
            out[i] = _rest_of_a_toll_told_elsewhere(wide, events, holds, counts)
            continue  # ("killed at least 100 people ..., including 33 in an airstrike on
            # Jabalia camp": the toll already is the rest of the parts its sentence told, and
            # "Among the dead were four people ... in Mawasi Khan Younis" after "including 10
            # in Khan Younis" may be of those 10)
        told = [(n, fits) for n, fits in counts if n != wide.fatalities]
        # a part the toll's sentence counts ("killed at least 95 people in Gaza on Monday
        # with air raids that left 39 dead at a seaside cafe") or that refers back to it
        # ("One of those strikes killed seven people"); parts told after a toll with no
        # word linking the two may be over and above it
        linked = [events[k] for k in at if _REFERS_BACK.search(events[k].notes) and
                  not _toll_between(events, i, k) or any(
                      n == events[k].fatalities and fits(events[k]) for n, fits in told)]
        linked += [e for e in parts if e not in linked and _the_one_named(wide, e)]
        total = sum(e.fatalities or 0 for e in parts)
        if not linked and (span or summed):
            # ("killed 104 people overnight ... whose brother and two nephews were killed in
            # Bureij": a span's toll for the whole Strip counts every death of that span, the
            # ones told at their places among them)
            linked = [e for e in parts if not _APART.search(e.notes)]
        if not linked and _many_strikes_toll(wide):
            # ("Israeli strikes on Saturday killed at least 17 people across the territory
            # ... A strike on a house in Sabra killed 10 people": the lead's toll of the day's
            # strikes holds the dead told at their places after it, unless told apart or
            # with another toll between)
            linked = [events[k] for k in at if not _APART_FROM_THE_DAY.search(events[k].notes) and
                      not _toll_between(events, i, k, frozenset(at))]
        if not linked and any(n == total and all(fits(e) for e in parts) for n, fits in told):
            linked = parts  # ("killed at least 33 people, including 12 guards ... Seven
            # guards were killed in a strike in Rafah, ... five guards dead in Khan Yunis")
        counted = sum(e.fatalities or 0 for e in linked)
        if linked and counted < wide.fatalities:
            out[i] = replace(wide, fatalities=wide.fatalities - counted)
    return out


def _rest_of_a_toll_told_elsewhere(wide: Event, events: list[Event],
                                   holds: Callable[[str | None, str | None], bool],
                                   counts: list[tuple[int, Callable[[Event], bool]]]) -> Event:
    """A wide toll its own sentence does not tell, taken in a merge from another sentence of
    the day ("Israeli strikes ... have killed at least 70 people" beside "more than 60 were
    martyred ... including 17 who were killed in a single strike that hit a house in
    Jabaliya"), less the parts its sentence tells at their places: the part counted once, at
    its place (70 - 17 = 53). The sentence's own rest ("more than 60 ... including 17": 43)
    gave way to the fuller toll in the merge, so the part must come off that toll again;
    but not where the toll already is that rest (60 - 17 = 43 kept), nor a part its
    sentence does not count."""
    parts = [e for e in events if e is not wide and e.notes == wide.notes and e.fatalities and
             e.event_date == wide.event_date and holds(wide.place_id, e.place_id) and
             _part_of_its_kind(wide, e) and
             any(n == e.fatalities and fits(e) for n, fits in counts)]
    told = sum(e.fatalities or 0 for e in parts)
    if not parts or not wide.fatalities or told >= wide.fatalities or \
            any(n - told == wide.fatalities for n, _ in counts):
        return wide
    return replace(wide, fatalities=wide.fatalities - told)


def _many_strikes_toll(wide: Event) -> bool:
    """Whether the Strip's toll is a source's count of the day's many strikes ("Israeli
    strikes killed at least 52 people across Gaza on Thursday, the civil defence agency
    said", "killed in Israeli strikes across the Palestinian territory on Monday, according
    to Gaza's civil defence agency"), told in a number: the whole of the day's dead that the
    strikes told after it at their places are parts of. Not a toll no one is said to give
    ("Israeli strikes across the Gaza Strip killed at least 40 people on Tuesday. Nine
    people were killed in a strike on a house in Deir al-Balah": the nine may be over and
    above it), nor the ministry's tally of the past hours, which runs to its own hour ("In
    the last 24 hours, 138 Palestinians have been killed"), nor a vague word's ("Several
    civilians were killed in a series of airstrikes": no number to take the parts from)."""
    return (wide.place_id or "").startswith(_THE_STRIP) and \
        _MANY_STRIKES.search(wide.notes) is not None and \
        _A_SOURCES_COUNT.search(wide.notes) is not None and \
        _MINISTRY_HOURS.search(wide.notes) is None and \
        any(parse_number(m.group()) == wide.fatalities and m.group().lower() not in _VAGUE_WORDS
            for m in _NUMBER.finditer(wide.notes))


def _toll_between(events: list[Event], i: int, j: int,
                  parts: frozenset[int] = frozenset()) -> bool:
    """Whether another sentence told a toll of its own between the wide toll (``events[i]``)
    and a part that refers back (``events[j]``) ("104 were martyred ... Al-Aqsa Martyrs
    Hospital received 30 martyrs from Bureij, Nuseirat and al-Zawaida. Among them were a
    couple and their four children": the hospital's 30 are what "among them" reads back to,
    not the 104); the ``parts`` of the wide toll told between are none ("... killed 30
    across Gaza. A strike in al-Mawasi killed eight. Another in Jabalia killed five": the
    eight are a part as the five are)."""
    lo, hi = min(i, j), max(i, j)
    told = (events[i].notes, events[j].notes)
    return any(e.notes not in told and _counts_of_dead(e.notes)
               for k, e in enumerate(events[lo + 1:hi], lo + 1) if k not in parts)


# "across the Gaza Strip ... overnight", "across Gaza since dawn": a toll for the whole Strip
# over a span of the day (not the ministry's "past 24 hours" tally, which runs to its own hour)
_SPAN = r"\b(?:overnight|since\s+(?:dawn|midnight|(?:early\s+)?this\s+morning))\b"
# ("across the Palestinian enclave", "across the besieged territory": the Strip by another
# name)
# ("in several areas of the Gaza Strip": the Strip, its areas left unnamed)
_ACROSS = (r"\b(?:across|(?:in|of)\s+(?:several|many|various|different|multiple)\s+(?:areas|parts)"
           r"\s+of)\s+(?:the\s+)?(?:(?:Palestinian|besieged|coastal|war-torn|devastated)\s+)?"
           r"(?:Gaza(?:\s+Strip)?|Strip|enclave|territory)\b")
# "Separately, five people were killed in Jabalia": told as no part of the toll (nor "In
# addition, five people were killed in Jabalia", "Later on Sunday, a strike in Jabalia killed
# five": over and above it, or after the span it counts)
_APART_FROM_THE_DAY = re.compile(r"\b(?:separately|elsewhere|in\s+addition|additionally|"
                                 r"later)\b", re.I)
# ... and "In a separate incident": apart from the strike told before, so from a span's toll
# told with it; but a source's count of the day's many strikes holds it ("26 killed by a
# series of airstrikes across the Gaza Strip ... In a separate incident in Sheikh Radwan, six
# were killed": one of the series)
_APART = re.compile(rf"{_APART_FROM_THE_DAY.pattern}|\bin\s+a\s+separate\b", re.I)
_SPAN_TOLL = re.compile(rf"{_ACROSS}(?=[^.;]*?{_SPAN})|{_SPAN}(?=[^.;]*?{_ACROSS})", re.I)
# "Altogether, ...", "In all, ...", "All told, ...": the sum of what the report told before
# ... or that the dead told before were among: "They were among at least 82 killed"
_SUMS_UP = re.compile(r"\W*(?:altogether|in\s+all|all\s+told|(?:they|he|she|both|all\s+of\s+"
                      r"them)\s+(?:were|was|are|is)\s+among\s+(?!(?:the\s+)?(?:dead|killed|"
                      r"victims)\b))\b", re.I)
_SEPARATE = re.compile(r"\b(?:separate|elsewhere|other\s+(?:\w+\s+)?(?:strikes|attacks|raids))\b",
                       re.I)
_SOLDIERS = re.compile(r"\b(?:soldiers?|troops|reservists?|servicem[ae]n)\b", re.I)
_MANY_STRIKES = re.compile(r"\b(?:air\s?strikes|strikes|attacks|raids|bombardments?|shelling)\b|"
                           + _ACROSS, re.I)
_THE_STRIP = "strip:"  # (the whole Strip's place id; a region's toll keeps its own rules)
# "..., the civil defence agency said", "according to medics": the count a source gives
_A_SOURCES_COUNT = re.compile(r"\b(?:said|says|say|according\s+to|reported|reports|told|"
                              r"announced|confirmed)\b", re.I)
_MINISTRY_HOURS = re.compile(r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+"
                             r"(?:\d+|twenty-four|forty-eight)\s+hours\b", re.I)
_VAGUE_WORDS = frozenset({"several", "many", "dozens", "scores", "hundreds", "thousands",
                          "few", "number"})
_ARTICLES = frozenset({"a", "an", "another"})  # ("a media tent": no count of the dead)
_NUMBER = re.compile(r"\b(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b", re.I)
# "One of those strikes killed seven people", "Among the dead were ...": the toll before
_REFERS_BACK = re.compile(r"\b(?:one|two|three|some|several|many|most) of (?:those|these|the) "
                          r"(?:strikes|attacks|raids|air ?strikes|bombings|dead|killed|victims)\b|"
                          r"\bamong (?:those killed|the dead|the victims|the casualties|them)\b",
                          re.I)


# "a 7-year-old girl", "since October 7", "7 October", "in the past 24 hours", "strikes on two
# houses", "citing 5 strikes on homes", "and wounded 7", "seven others were injured": a
# number that counts no dead
_NO_DEAD_AFTER = re.compile(
    rf"^(?:-|\s+)(?:year|month|week|day|hour|minute)s?\b|^\s+{MONTH_PATTERN}(?:\s|,|$)|"
    # (not "82 killed in strikes in Gaza", "40 people killed in raids": the dead, then what
    # killed them)
    r"^\s+(?:(?!(?:killed|dead|died|martyred|people|persons|palestinians|civilians)\b)"
    r"[\w-]+\s+){0,2}?(?:houses?|homes?|buildings?|towers?|schools?|hospitals?|"
    r"mosques?|tents?|shelters?|vehicles?|cars?|trucks?|strikes?|air ?strikes?|raids?|"
    r"attacks?|rockets?|missiles?|shells?|bombs?|times)\b|"
    # ("several areas": no dead; not "killed 30 in several areas of the Gaza Strip", the dead
    # told before where they fell)
    r"^\s+(?!(?:in|across|of|at)\s)(?:[\w-]+\s+){0,2}?(?:areas|parts|places|locations)\b|"
    r"^\s+(?:[\w-]+\s+){0,2}?(?:were\s+|was\s+)?(?:wounded|injured|hurt)\b", re.I)
_NO_DEAD_BEFORE = re.compile(rf"(?:\b{MONTH_PATTERN}\s+|\b(?:wounded|injured|injuring|wounding|"
                             r"hurt|hurting)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|"
                             r"around\s+|nearly\s+|over\s+)?)$", re.I)
# "including seven children", "12 guards", "three of them in Rafah": dead of a kind or at a
# place, a part of the toll only where the part tells the same ("Seven people were killed in a
# house in Rafah" after "including seven children" may be other dead)
_KIND = re.compile(r"^\s+(?:of\s+them\s+)?(?:[a-z-]+\s+)?(children|kids|minors|women|girls|"
                   r"boys|babies|infants|journalists|guards|policemen|officers|workers|"
                   r"paramedics|medics|doctors|nurses|rescuers|teachers|students|members|"
                   r"fighters|militants|staff|employees|volunteers)\b")
_AT_PLACE = re.compile(r"^\s+(?:of\s+them\s+|people\s+|killed\s+|dead\s+)?(?:in|at)\s+"
                       r"(?:the\s+)?([A-Z][\w'-]+)")


def _counts_of_dead(notes: str) -> list[tuple[int, Callable[[Event], bool]]]:
    """The numbers a toll's sentence gives that may count its dead, each with a test of
    whether a part told later can be those dead."""
    out: list[tuple[int, Callable[[Event], bool]]] = []
    for m in _NUMBER.finditer(notes):
        w = m.group()
        if w.lower() in _ARTICLES or not (n := parse_number(w)):
            continue
        after, before = notes[m.end():m.end() + 60], notes[max(0, m.start() - 40):m.start()]
        if _NO_DEAD_AFTER.search(after) or _NO_DEAD_BEFORE.search(before) or \
                1900 < n < 2100 and w.isdigit():
            continue
        kind, place = _KIND.search(after), _AT_PLACE.search(after)
        words = [re.sub(r"(?:ren|en|s)$", "", kind.group(1)) if kind else None,
                 place.group(1) if place else None]
        out.append((n, lambda e, words=words: all(
            x is None or re.search(rf"\b{re.escape(x)}", f"{e.notes} {e.location}", re.I)
            for x in words)))
    return out
