"""One event per (date, place, type) of violence per report, and what a record told again adds.

"an airstrike on the maternity ward" and "the ward was hit during shelling" are one attack;
so are an evacuation order and the flight it caused, but not fire that left a place ("fired a
barrage of rockets from Rafah") and the strike that hit it. An event told again keeps the
fuller counts, while dead told besides those told ("Three more people were killed ... in the
same city") add up; and a toll told for strikes at two places ("Israeli strikes on Shujaiya
and Zeitoun killed 26") leaves its rest at the other once one of them is told with its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geoevents.casualties import find_casualties
from geoevents.casualties.accounts import rival_accounts
from geoevents.event_merge import body_count_stands, merge_events
from geoevents.events.days_another_act import a_further_days_act
from geoevents.events.report import Walk
from geoevents.model import Event, Mention, placed_wide
from geoevents.sentences import Span
from geoevents.tolls import strikes_told, tells_one_strike
from geoevents.trigger_table import BATTLE, VIOLENT
from geoevents.units import EventUnit, counts_combatants, israeli_dead

ORDER_AND_FLIGHT = frozenset({"Evacuation order", "Displacement"})
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


def _counts_killed(unit: EventUnit, toll: int) -> bool:
    """Whether one count of the dead in the unit's own words is ``toll`` ("strikes on
    Shujaiya and Zeitoun killed 26"): a toll told whole, of which a share can be reckoned."""
    return any(c.kind == "killed" and c.count == toll for c in unit.casualty_phrases)


def share_told(walk: Walk, located: list[tuple[Mention, int, float]], shares: dict[int, int],
               unit: EventUnit, s: Span) -> None:
    """Keep a toll one sentence tells for strikes at two places with no count of each
    ("Israeli strikes on Shujaiya and Zeitoun killed 26"), for a later count of one of them.
    Strikes at one place are one event with the whole toll ("two attacks in Deir el-Balah,
    killing four"), however many the sentence tells."""
    if len(located) != 2 or unit.event_type not in VIOLENT or not unit.fatalities or \
            not _counts_killed(unit, unit.fatalities):
        return
    places = {p.place_id for p, _, _ in located}
    keys = [k for k in walk.merged.at(places, unit.event_type) if k[0] is not None]
    if len(places) == len(located) == len(keys) == 2 and {k[1] for k in keys} == places and \
            strikes_told(s.text) in (None, 2) and \
            not any(shares.get(id(p)) for p, _, _ in located) and \
            not any(placed_wide(p) for p, _, _ in located):
        walk.shared = (unit.fatalities, keys, s.start)


_FIGHTERS_KILLED = re.compile(r"\b(?:militants|fighters|gunmen|operatives|terrorists|"
                             r"commanders|members\s+of\s+(?:Hamas|Islamic\s+Jihad))\b", re.I)


def one_of_several(walk: Walk, key: tuple, event: Event, unit: EventUnit, s: Span) -> None:
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


def merged(told: Event, event: Event, unit: EventUnit, title: str | None = None,
           count_notes: str | None = None) -> Event:
    """An event told again, with the fuller counts; or, where the sentence counts dead
    besides those told ("Five were killed in Jabalia. Three more people were killed ... in
    the same city"), with both counts. A headline's round toll ("More than 100 killed
    waiting for aid") gives way to the count the story's body tells ("at least 90 people
    were killed"). ``count_notes`` is the sentence ``told``'s count was told in, where that
    is not its evidence: two sources' figures for the whole toll keep the lower (see
    :func:`rival_figure`)."""
    rival = rival_figure(told, event, count_notes)
    if rival is not None:
        return replace(merge_events(told, event), fatalities=rival)
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


def rival_figure(told: Event, event: Event, count_notes: str | None) -> int | None:
    """The lower of two sources' figures for the whole toll of one attack, where the record
    ``told`` took its count from a sentence other than its evidence, ``count_notes``: "the
    IDF fired two missiles at Al-Sardi, a UNRWA school in the Nuseirat refugee camp. ... the
    Gaza Health Ministry reported that at least 33 Palestinians were killed ... UNRWA
    reported at least 35 dead" is 33, ACLED's lowest figure, as it is where the counts'
    sentences are the records' own evidence (see event_merge.merging); None where the two
    are no rival accounts (a rise, a revision, a part, dead besides)."""
    if count_notes is None or count_notes == told.notes or not told.fatalities or \
            not event.fatalities or told.fatalities == event.fatalities or \
            not rival_accounts(count_notes, told.fatalities, event.notes, event.fatalities):
        return None
    return min(told.fatalities, event.fatalities)


def note_where_the_count_was_told(store: dict[tuple, str], key: tuple, before: Event | None,
                                  event: Event, now: Event) -> None:
    """Keep in ``store`` the sentence the record under ``key`` took its death count from,
    where that is not the record's evidence (a count carried to the record told before
    from a sentence with no place of its own); nothing where the count is its own
    evidence's or there is none."""
    if now.fatalities is None or before is None or now.notes == event.notes:
        store.pop(key, None)
    elif now.fatalities != before.fatalities and now.fatalities == event.fatalities:
        store[key] = event.notes


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


# "fired a barrage of rockets from": fire told leaving the place
_FIRED_FROM = re.compile(r"\b(?:fired|launched|shot)\s+(?:[\w'’-]+\s+){0,5}?from\s+(?:the\s+)?$")


def keyed(walk: Walk, event: Event, unit: EventUnit, place: Mention, s: Span,
          own_day: bool = False, spans_start: bool = False) -> tuple[tuple, Event]:
    """The key an event is merged under, and the event as it goes there.

    One event per (date, place, type) of violence: "an airstrike on the maternity ward"
    and "the ward was hit during shelling" are one attack. "bombardments ..., with the most
    intense shelling reported in X": two words of one sentence for one attack at X, coded
    as the first one names it; so are an evacuation order and the flight it caused
    ("fleeing ... following an evacuation order on 8 August"). ``own_day``: the unit's
    clause names a day of its own; ``spans_start``: the unit is what a since-phrase names as
    a span's start ("the highest toll since the start of the ground operation in Rafah on
    May 6"), an event of its own day, not a second word for the deaths of the sentence's."""
    key = (event.event_date, event.place_id, event.event_type) \
        if event.event_type in VIOLENT else \
        (event.event_date, event.place_id, event.event_type, event.sub_event_type)
    if event.sub_event_type == "Shelling/artillery/missile attack" and \
            event.actor1 is not None and not event.actor1.startswith("Israel") and \
            _FIRED_FROM.search(s.text, max(0, place.start - s.start - 80), place.start - s.start):
        # "Hours before the strike, Hamas's armed wing fired a barrage of rockets from Rafah,
        # setting off sirens in Tel Aviv": fire that left the place is not the strike that hit
        # it (not "in response to rocket fire from Gaza": fire named as the strike's cause)
        return key + ("from",), event
    if event.sub_event_type in _ONE_OCCURRENCE:
        # (an order already coded under its flight's key is found there again)
        own = key
        slot = key[:3] + (s.start, _ONE_OCCURRENCE[event.sub_event_type])
        key = walk.coded_as.get(own) or walk.same_sentence.setdefault(slot, (key, 0))[0]
        walk.coded_as.setdefault(own, key)
    elif event.sub_event_type in ORDER_AND_FLIGHT:
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
        if first is not None and spans_start and first[0][0] != key[0]:
            return key, event
        if first is not None and own_day and _another_days_toll(walk, first[0], key, unit):
            # "Israeli airstrikes hit Rafah on Friday, killing 3, and again on Saturday,
            # killing 5": each day its own attack, its own toll
            first = None
        if first is not None and a_further_days_act(s, unit, first[0][0], key[0], own_day):
            # "attacked eight mosques in Nuseirat last week, and struck a further three on 14
            # April": the further act on its own day (see events.days_another_act)
            first = None
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


def _another_days_toll(walk: Walk, first: tuple, key: tuple, unit: EventUnit) -> bool:
    """Whether a unit told at the place of one coded before in its sentence is another
    day's attack: its clause names its own day, not the first's, and its own dead or hurt,
    and the first was told with a toll of its own ("hit Rafah on Friday, killing 3, and
    again on Saturday, killing 5"; "struck Jabalia on 25 June, wounding four, and on 27
    June, killing two"; not "bombardment between 23 and 26 December ... more than 50
    strikes on 24-25 December, on three camps": two words for one attack, with no count;
    nor the hurt of a period's toll told by its last day)."""
    held = walk.merged.get(first)
    return held is not None and first[0] is not None and key[0] is not None and \
        first[0] != key[0] and bool(unit.fatalities or unit.injuries) and \
        bool(held.fatalities or held.injuries) and bool(unit.casualty_phrases) and \
        all(unit.clause.start <= c.start < unit.clause.end for c in unit.casualty_phrases)


_PLANTED = "Remote explosive/landmine/IED"
_BOMB_AND_STRIKE = ({_PLANTED, "Air/drone strike"},
                    {_PLANTED, "Shelling/artillery/missile attack"})
_STRUCK_IT = re.compile(r"\b(?:struck|strikes?|air\s*strikes?|shell(?:ed|ing|s)|bomb(?:ed|ing)|"
                        r"aircraft|jets?|warplanes?|drones?|tanks?|artillery)\b", re.I)
