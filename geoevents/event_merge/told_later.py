"""An incident told again later in the report, or on a later day: one incident, not two.

A siege goes on, and a report tells it again on another day; a fight's dead are told
again the day after; an attack is named later by its place ("the Beit Lahia strike"); a
side or a witness tells of an attack told before ("The army said the strikes targeted a
senior official in Rafah"). Each is the incident told first, kept at its place and on its
day, unless it is told as another or laid anew.
"""

from __future__ import annotations

import re
from bisect import insort
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from geoevents.actors import side_of
from geoevents.dates import WEEKDAY_PATTERN
from geoevents.event_merge.attack_words import (
    A_FIGHT_TOLD,
    ACROSS,
    HOURS_TOTAL,
    NAMES_A_DAY,
    tells_several,
    told_as_one_more,
)
from geoevents.event_merge.merging import (
    ascii_names,
    day_before,
    holds,
    into,
    name_pattern,
)
from geoevents.gazetteer import Gazetteer
from geoevents.model import Event, Place, placed_wide
from geoevents.normalize import fold
from geoevents.record_days import days_between
from geoevents.speech import SAID
from geoevents.text_ends import first_found
from geoevents.trigger_table import BATTLE, SIEGE, VIOLENT

__all__ = ["the_siege_told_again", "a_fights_dead_told_again", "the_attack_named_by_its_place",
           "the_statement_told_again", "the_same_toll_a_day_apart"]


def the_siege_told_again(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"as siege of Jabalia enters tenth day" over "has imposed a full siege on Jabalia camp
    and its surroundings since 5 October": a siege goes on, and a report that tells it again
    at the same place, or at a town and a site in it, on another day tells one siege, kept
    on the first day told and at the nearer place. Not a siege of the Strip or a governorate
    beside one of a town or a hospital in it ("the complete siege of Gaza" and "troops
    besieged al-Shifa", "North Gaza remains under siege" and "a tightened siege on Beit
    Lahiya"), nor sieges of two towns, nor two sieges of one place each told with its own
    day or laid "again"."""
    sieges = [i for i, e in enumerate(events) if e.sub_event_type == SIEGE[1]]
    drop: set[int] = set()
    for i in sieges:
        e, here = events[i], gaz.get(events[i].place_id)
        if here is None or here.feature_class == "strip" or here.kind == "region" or i in drop:
            continue
        for j in sieges:
            f, there = events[j], gaz.get(events[j].place_id)
            if j == i or j in drop or there is None or there.feature_class == "strip" or \
                    there.kind == "region" or \
                    not (there.id == here.id or gaz.within(there, here) or
                         gaz.within(here, there)):
                continue
            # (the first day told, then the nearer place; a day told before none)
            first = (f.event_date or "9") < (e.event_date or "9") or \
                f.event_date == e.event_date and there.id != here.id and gaz.within(there, here)
            later = e if first else f
            if there.id == here.id and f.event_date != e.event_date and (
                    _ANEW.search(later.notes) or NAMES_A_DAY.search(later.notes) and
                    NAMES_A_DAY.search((f if first else e).notes) and
                    not _GOES_ON.search(later.notes)):
                # (not "besieged al-Shifa hospital on 15 November ... On 18 March, troops
                # besieged al-Shifa hospital again", nor "besieged Jabalia camp on 12 May" and
                # "besieged Jabalia camp on 6 October": two sieges, each told with its day;
                # but "since Monday" and "On Wednesday, the siege ... entered its third day")
                continue
            if there.id != here.id and (f.event_date == e.event_date or
                                        NAMES_A_DAY.search(later.notes)):
                # (not "Troops encircled Khan Younis on Monday. On Wednesday, troops besieged
                # Nasser hospital in the city": a site's own siege, told with its own day;
                # nor "troops have encircled Khan Younis" and "al-Amal hospital in Khan
                # Younis is under siege", told of one day)
                continue
            if first:
                drop.add(i)
                events[j] = replace(f, actor2=f.actor2 or e.actor2)
                break
            drop.add(j)
            events[i] = e = replace(e, actor2=e.actor2 or f.actor2)
    return [e for k, e in enumerate(events) if k not in drop]


# A siege told as going on ("entered its third day", "continues", "remains", "still") or
# laid anew ("again", "for a second time", "re-imposed")
_GOES_ON = re.compile(r"\b(?:enter(?:s|ed|ing)|(?:first|second|third|fourth|fifth|sixth|"
                      r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:day|week)|"
                      r"continu\w+|remain\w*|still|ongoing|persist\w*)\b", re.I)
_ANEW = re.compile(r"\b(?:again|anew|once\s+more|(?:a|the)\s+(?:second|third|fourth)\s+time|"
                   r"re-?(?:imposed|besieged|encircled|surrounded)|renewed|new\s+siege)\b",
                   re.I)
# Another fight's dead: "Another soldier was killed in Rafah", "a second soldier", "two more
# soldiers", "in a separate clash", "in a new attack"
_OTHER_DEAD = re.compile(r"\b(?:another|a\s+(?:second|third|fourth|further)|(?:\w+\s+)?more\s+"
                         r"(?:soldiers?|troops|reservists?|officers?|fighters|militants|gunmen)|"
                         r"separate|new\s+(?:attack|clash|ambush|incident))\b", re.I)
# or fighters' dead told with a day of their own that is no weekday, in their own clause
# ("a soldier was killed in Rafah today", "Overnight, two soldiers were killed"; not
# "Israeli strikes killed 40 people across Gaza overnight, ... the death of a soldier")
_FIGHTERS = (r"(?:soldiers?|troops?|reservists?|officers?|commanders?|fighters?|militants?|"
             r"gunm[ae]n)")
_NOW = r"(?:today|yesterday|overnight|last\s+night|this\s+morning)"
_DEAD_OF_A_DAY = re.compile(rf"\b{_FIGHTERS}\b[^,;.]*\b{_NOW}\b|"
                            rf"\b{_NOW}\b,?[^,;.]*?\b{_FIGHTERS}\b", re.I)
# The day of the telling, not of the dead: "The army said today that a soldier was killed",
# "said Wednesday", "said on Tuesday"
_TELLING = r"\b(?:said|says|announced|reported|confirmed)\s+"
_SAID_NOW = re.compile(rf"{_TELLING}{_NOW}\b", re.I)
_SAID_ON = re.compile(rf"{_TELLING}(?:on\s+)?(?:{WEEKDAY_PATTERN})\b", re.I)


def a_fights_dead_told_again(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"Netanyahu ordered strikes over the death of a soldier in Rafah" and "one reservist
    was killed on Tuesday when militants opened fire on troops in Rafah": a fight's dead
    told again with no day of its own, on the day after the one told with its day, at the
    same place or for the Strip, are the dead of that fight (not "two soldiers were killed
    in Khan Younis on Monday" beside "two soldiers were killed in Rafah": two places; nor
    "Another soldier was killed in Rafah today": another fight, with its own day)."""
    drop: set[int] = set()
    for i, e in enumerate(events):
        here = gaz.get(e.place_id)
        # (a day the telling names is not the dead's: "the agency said Wednesday")
        if e.event_type != "Battles" or not e.fatalities or here is None or \
                NAMES_A_DAY.search(_SAID_ON.sub("", e.notes)) or \
                _OTHER_DEAD.search(e.notes) or \
                _DEAD_OF_A_DAY.search(_SAID_NOW.sub("", e.notes)) or \
                "Israel" not in (side_of(e.actor1), side_of(e.actor2)):
            continue
        told = [j for j, f in enumerate(events)
                if j != i and j not in drop and f.event_type == "Battles" and
                f.fatalities == e.fatalities and f.notes != e.notes and
                f.event_date != e.event_date and day_before(f.event_date, e.event_date) and
                NAMES_A_DAY.search(f.notes) and
                (f.place_id == e.place_id or here.feature_class == "strip" and
                 (site := gaz.get(f.place_id)) is not None and site.in_gaza)]
        if len(told) == 1:
            drop.add(i)
    return [e for k, e in enumerate(events) if k not in drop]


# "called the Beit Lahia strike a horrific incident": the attack named by its place
_NAMED_BY_PLACE = (r"\b[Tt]he\s+{name}(?:['’]s)?\s+(?:(?:air|drone|missile|Israeli)\s*)?"
                   r"(?:strike|airstrike|attack|bombing|massacre|raid|shelling|killings?)\b(?!s)")


@lru_cache(maxsize=2048)
def _named_by_place(name: str) -> re.Pattern:
    return re.compile(_NAMED_BY_PLACE.format(name=re.escape(name)))


_AN_ATTACK_OF_ITS_OWN = re.compile(r"(?i)\b(?:again|anew|another|new|fresh|second|separate|"
                                   r"renewed|struck|strikes?|air\s*strikes?|shell(?:ed|ing|s)|"
                                   r"bomb(?:ed|ing|s)|jets?|warplanes?|drones?|tanks?|artillery)\b")


def the_attack_named_by_its_place(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"An Israeli airstrike destroyed a building in Beit Lahia early Tuesday ... In
    Washington, a spokesman called the Beit Lahia strike a horrific incident": the attack
    told before, named by its place, with no count of its own, is that attack (not one more
    on the day it was spoken of; nor "another Beit Lahia strike", "a second Beit Lahia
    strike": not "the")."""
    drop: set[int] = set()
    for i, e in enumerate(events):
        if e.event_type not in VIOLENT or e.fatalities is not None or e.injuries is not None \
                or e.place_id is None:
            continue
        place = gaz.get(e.place_id)
        if place is None or placed_wide(place):
            continue
        # (the name must stand in the sentence before its pattern is built: most do not)
        named = next((hit for n in ascii_names(place, e) if n in e.notes and (
            hit := _named_by_place(n).search(e.notes))), None)
        if named is None or _AN_ATTACK_OF_ITS_OWN.search(
                e.notes[:named.start()] + " " + e.notes[named.end():]):
            # (not "Israeli jets struck again in Beit Lahia in what residents called the
            # Beit Lahia massacre", "the Nuseirat strike drew condemnation, and a new strike
            # hit the camp": the sentence tells an attack besides the one it names)
            continue
        if any(k != i and k not in drop and f.place_id == e.place_id and
               f.event_type == e.event_type and f.event_date != e.event_date and
               f.notes != e.notes for k, f in enumerate(events)):
            drop.add(i)
    return [e for k, e in enumerate(events) if k not in drop]


# Reporting verbs, the class's whole common vocabulary: a sentence whose first verb is one
# of these tells what someone said, not what happened (past forms, and the present's only
# where it is no plural noun: "medical reports said", "the claims of the army")
_REPORTING = (SAID + r"|stated|confirmed|claimed|acknowledged|announced|reported|added|adds|"
              r"told|tells|noted|insisted|asserted|alleged|maintained|declared|recounted|"
              r"recalled|described|explained|commented")
# ... as plain words, one of which every statement holds
_REPORTING_VERBS = tuple(dict.fromkeys(_REPORTING.split("|")))
# a verb of an act of the sentence's own before its reporting verb ("Tanks shelled the camp,
# medics said": an act told, then its source)
_OWN_ACT = re.compile(r"\b(?:kill\w*|struck|strikes?|hit|bomb\w*|shell\w*|fir(?:ed|ing)|"
                      r"storm\w*|raid\w*|attack\w*|launch\w*|target\w*|died|dead|wound\w*|"
                      r"injur\w*|destroy\w*|detain\w*|arrest\w*|clash\w*|ambush\w*)\b", re.I)
_SPEAKER_FIRST = re.compile(r"\W*(?P<who>(?:[^,;:!?.\u201c\u201d\"]|\.(?=\s+[A-Z])|"
                            r",(?=[^,]{1,80},)){1,140}?)"
                            r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
                            r"(?<!\bbeen\s)(?<!\bbeing\s)\b(?:" + _REPORTING + r")\b", re.I)
_QUOTE_FIRST = re.compile(r"\W*[\u201c\"][^\u201c\u201d\"]{1,400}[\u201d\"],?\s+"
                          r"(?:[\w'\u2019-]+\s+){0,4}?(?:" + _REPORTING + r")\b", re.I)
# a place named as a person's post or home, not where anything was hit: "a senior official
# in Rafah", "a survivor interviewed at the hospital", "deputy head of police in Rafah"
_A_PERSONS_PLACE = re.compile(r"\b(?:official|commander|leader|head|chief|member|operative|"
                              r"spokes(?:man|woman|person)|director|survivor|witness|resident|"
                              r"doctor|nurse|paramedic|journalist|correspondent|militant|"
                              r"fighter|figure|officer)s?\b"
                              r"(?:\s+[a-z]+ed)?\s+(?:in|at|of|from)\s+(?:[\w-]+\s+){0,2}$",
                              re.I)
_STATEMENT_DAYS_AFTER = 3  # a statement comes on the day of its incident or the days after
_FALLBACK_DAYS = 2  # a record dated only by its report may be a day or two after its act


# what a speaker tells as an act of its own: one named with "a" ("an Israeli force",
# "an explosive device", "a new raid"), or fighting told fresh ("in fierce battles"), not
# the one told before ("the strikes targeted ...", "the hospital had come under fire")
_A_NEW_ACT = re.compile(r"\b(?:an?|one)\s+(?:(?!of\b)[\w-]+\s+){0,3}?(?:force|unit|strike|"
                        r"airstrike|air\s+strike|attack|raid|bombing|shelling|explosion|device|bomb|"
                        r"missile|rocket|grenade|shell|ambush|operation|incursion|assault)\b|"
                        r"(?<!\bthe\s)\b(?:clash\w*|battl\w*|fighting|fought|firefights?|combat|"
                        r"gun-?battles?|exchanges?\s+of\s+fire|ambush\w*)\b", re.I)


# an act told afresh with its own doer and verb: "its aircraft struck Hamas militants",
# "Israeli warplanes bombed the X school", "its fighters fired mortar shells" (not "the
# strike targeted a senior official": the one told before, by its name)
_A_DOER_ACTS = re.compile(r"\b(?:forces|troops|soldiers|army|military|navy|aircraft|"
                          r"warplanes?|(?:fighter\s+)?jets?|planes?|drones?|helicopters?|"
                          r"tanks?|artillery|gunboats?|snipers?|fighters|gunmen|militants)\s+"
                          r"(?:[a-z]+ly\s+)?(?:struck|bombed|shelled|fired|opened\s+fire|"
                          r"flattened|hit|raided|stormed|shot|attacked|destroyed|blew\s+up|"
                          r"targeted|launched|killed)\b", re.I)


def _tells_an_act_of_its_own(words: str) -> bool:
    return bool(_A_NEW_ACT.search(words))


def _a_doers_act_of_its_own(e: Event, f: Event) -> bool:
    """Whether statement ``f`` tells, with a doer and its act verb, an act other than record
    ``e``'s: one on another day or with another count ("the military said on Wednesday its
    aircraft struck gunmen in Rafah, killing two" after Monday's strike that killed five);
    the same act verb on the record's day and toll is the speaker's account of it; and a
    record dated only by its report may be the act the statement dates."""
    return e.time_precision == 1 and _A_DOER_ACTS.search(f.notes) is not None and (
        f.event_date != e.event_date or
        f.fatalities is not None and f.fatalities != e.fatalities)


def _statement_only(notes: str) -> re.Match | None:
    """The part of ``notes`` told as a statement, when its first verb is a reporting one
    (a quote and who said it, or the speaker and what they said of an act told before),
    and neither the quote nor what the speaker said tells an act of its own named with
    "a" ("a drone fired a missile"). A doer and its act verb ("its aircraft struck") is
    weighed against each record: see :func:`_a_doers_act_of_its_own`."""
    folded = fold(notes)
    if not any(verb in folded for verb in _REPORTING_VERBS):
        return None  # (both patterns need one: looked for as plain text first)
    m = _QUOTE_FIRST.match(notes)
    if m is not None:
        return None if _tells_an_act_of_its_own(m.group(0)) else m
    m = _SPEAKER_FIRST.match(notes)
    if m is None:
        return None
    who = _ITS_AUXILIARY.sub("", m.group("who"))
    if _OWN_ACT.search(who) or _A_CLAUSE.search(who) or \
            _tells_an_act_of_its_own(notes[m.end():]):
        return None
    return m


# (a speaker's "has confirmed", "had not commented"; any other verb or a clause's opening
# before the reporting verb is a clause of its own: "People were told to leave as reports
# emerged ...")
_ITS_AUXILIARY = re.compile(r"\b(?:has|have|had|will|would|did|does|do)(?:\s+not)?\s*$", re.I)
_A_CLAUSE = re.compile(r"\b(?:was|were|is|are|be|been|being|has|have|had|will|would|as|when|"
                       r"after|while|because|since|if|who|which)\b", re.I)


def _named_only_as_a_post(notes: str, place: Place) -> bool:
    """Whether ``place`` is named in ``notes`` only as a person's post or where a speaker
    was met ("a survivor interviewed at the hospital")."""
    low, found = notes.lower(), False
    for name in {place.name.lower(), *(a.lower() for a in place.aliases)}:
        if len(name) < 4:
            continue
        for m in name_pattern(r"\b" + re.escape(name) + r"\b").finditer(low):
            found = True
            if not _A_PERSONS_PLACE.search(notes[max(0, m.start() - 80):m.start()]):
                return False
    return found


def _vaguer(gaz: Gazetteer, told: Place, site: Place) -> bool:
    """Whether ``told`` holds ``site`` (the Strip every place, a region no place wider)."""
    if told.feature_class == "strip":
        return True
    return site.feature_class != "strip" and not (placed_wide(site) and not placed_wide(told)) \
        and holds(gaz, told, site)


def _statement_day(e: Event, f: Event) -> str | None:
    """The day the incident of record ``e`` told again by statement ``f`` took place, or
    None when the two days cannot be one incident's."""
    if e.event_date == f.event_date:
        return e.event_date
    gap = days_between(e.event_date, f.event_date)
    if gap is None:
        return None
    if 0 < gap <= _STATEMENT_DAYS_AFTER and f.time_precision == 1 and \
            f.event_type == e.event_type:
        # (not a clash the statement's speaker made of it: read only on its own day)
        return e.event_date  # (said on a later day of an incident told with its own)
    if 0 < -gap <= _FALLBACK_DAYS and f.time_precision == 1 and e.time_precision > 1:
        return f.event_date  # (no incident comes after its own confirmation)
    return None


def _could_be_told_by(e: Event, f: Event) -> bool:
    """Whether statement ``f`` could tell record ``e``'s incident: a violent record of the
    same kind (or a clash only the statement's speaker made of it: "the group confirmed the
    death of its commander" names no fight), by the same attacker, with no dead or hurt
    beyond those it counts."""
    if e.event_type not in VIOLENT or tells_several(e.notes) and not tells_several(f.notes):
        # (nor one strike told of a record of several: "Israeli strikes killed seven ...
        # residents said Wednesday's strike destroyed the block" may be one of them)
        return False
    if e.event_type != f.event_type:
        if f.event_type != BATTLE[0] or A_FIGHT_TOLD.search(f.notes) or \
                f.actor2 is not None and f.actor2 == e.actor1 and f.actor1 != e.actor1:
            # (nor a side's own act against the record's attacker: "its fighters fired
            # mortar shells at Israeli troops" after Israeli shelling is another attacker's)
            return False
    elif e.actor1 is not None and f.actor1 is not None and e.actor1 != f.actor1:
        return False
    # (a count the record lacks is news of its own: "he added that the forces killed dozens
    # of militants in the Strip", the day's toll of more than the one raid told)
    return not (f.fatalities is not None and (e.fatalities is None or
                                              f.fatalities > e.fatalities) or
                f.injuries is not None and (e.injuries is None or f.injuries > e.injuries))


class _ByDay:
    """The records of a report by their day, for :func:`_statement_day`: a statement can
    tell only a record of its own day, of the ``_STATEMENT_DAYS_AFTER`` days before it, or
    of the ``_FALLBACK_DAYS`` after it (or, undated, an undated one), so only those are
    weighed, not every record of the report for each statement. ``None`` where a record's
    day does not read as one: then every record is weighed, as before."""

    def __init__(self, events: list[Event]) -> None:
        self.index: dict[date | None, list[int]] | None = {}
        for i, e in enumerate(events):
            try:
                day = None if e.event_date is None else date.fromisoformat(e.event_date)
            except ValueError:
                self.index = None
                return
            self.index.setdefault(day, []).append(i)
        self.size = len(events)

    def moved(self, i: int, was: str | None, now: str | None) -> None:
        """Record ``i`` redated from ``was`` to ``now`` (a statement's day read onto it)."""
        if self.index is None or was == now:
            return
        old = self.index[None if was is None else date.fromisoformat(was)]
        old.remove(i)
        insort(self.index.setdefault(None if now is None else date.fromisoformat(now), []), i)

    def near(self, f: Event) -> list[int]:
        """The records, in order, whose day :func:`_statement_day` may join to ``f``'s."""
        if self.index is None:
            return list(range(self.size))
        if f.event_date is None:
            return self.index.get(None, [])
        day = date.fromisoformat(f.event_date)
        if not date.min + timedelta(days=_FALLBACK_DAYS) <= day <= \
                date.max - timedelta(days=_STATEMENT_DAYS_AFTER):
            return list(range(self.size))  # (no days around it to look up)
        return sorted(i for gap in range(-_FALLBACK_DAYS, _STATEMENT_DAYS_AFTER + 1)
                      for i in self.index.get(day - timedelta(days=gap), ()))


def the_statement_told_again(events: list[Event], gaz: Gazetteer, text: str = ""
                             ) -> list[Event]:
    """"Hamas on Wednesday confirmed the death of X", "The army said the strikes targeted a
    senior official in Rafah", ""The shells hit us," said a survivor at the hospital": a
    sentence whose act is only a side's or a witness's telling of an incident told before
    it tells no incident of its own. It is read onto the one violent record before it that
    it can be (the same place or one that holds it, the same day or a day its statement
    could follow, no toll above it), keeping that record's place, weapon and day, or the
    statement's day where the record had only its report's. Not a telling of another
    ("another strike", "separately"), nor one the record's place does not hold unless the
    place is only a speaker's or a person's ("an official in Rafah"), nor a day's tally
    across an area, nor when two records could be the one it tells."""
    drop: set[int] = set()
    out = list(events)
    at = first_found(text, [e.notes for e in out])
    by_day = _ByDay(out)
    for j, f in enumerate(out):
        if f.event_type not in VIOLENT or at[j] <= 0:
            continue
        said = _statement_only(f.notes)
        if said is None or told_as_one_more(f.notes) or ACROSS.search(f.notes) or \
                HOURS_TOTAL.search(f.notes):
            continue
        told = gaz.get(f.place_id)
        told_as_a_post = told is not None and _named_only_as_a_post(f.notes, told)
        hits: list[tuple[int, str]] = []
        for i in by_day.near(f):
            e = out[i]
            if i == j or not 0 <= at[i] < at[j] or i in drop or e.notes == f.notes or \
                    not _could_be_told_by(e, f) or _a_doers_act_of_its_own(e, f):
                continue
            day = _statement_day(e, f)
            if day is None:
                continue
            site = gaz.get(e.place_id)
            if f.place_id != e.place_id and not (
                    site is not None and told is not None and
                    (_vaguer(gaz, told, site) or told_as_a_post)):
                continue
            hits.append((i, day))
        alike = [h for h in hits if out[h[0]].sub_event_type == f.sub_event_type]
        hits = alike or hits  # (the same kind of fire first: a clash beside a strike is not it)
        if len({out[i].place_id for i, _ in hits}) != 1:
            continue
        i, day = max(hits, key=lambda h: at[h[0]])
        e = out[i]
        out[i] = replace(into(e, f), event_date=day,
                         time_precision=min(e.time_precision, f.time_precision)
                         if day == f.event_date else e.time_precision)
        by_day.moved(i, e.event_date, out[i].event_date)
        drop.add(j)
    return [e for k, e in enumerate(out) if k not in drop]


# ("another 24 were killed", "a further 24": a toll told as more than the one before)
_ANOTHER_TOLL = re.compile(r"\b(?:another|a\s+further)\s+(?:\d|[a-z]+\s+(?:people|palestinians|"
                           r"persons))", re.I)
_SAME_TOLL_DAYS = 2  # a toll told again on the day of its telling, a day or two after it
# ... by a telling: "the ministry said", "the army admitted"
_A_TELLING = re.compile(rf"\b(?:{_REPORTING}|admitted|admits)\b", re.I)
# ... an act told as one of its own: "an Israeli airstrike on a house", "a strike on a car"
_AN_ACT = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:air\s*strike|strike|attack|raid|"
                     r"bombing|bombardment|shelling|shell|missile|explosion|ambush)\b", re.I)
# ... a quotation, whose telling follows it: "'Israeli forces killed 24 people ...,' the
# ministry said"
_QUOTED = re.compile(r"[\u201c\"]([^\u201d\"]+)[\u201d\"]")


def _frames_the_toll(notes: str) -> bool:
    """Whether a telling frames the toll, the act told inside what is said ("the ministry
    said 17 people were killed", "admitted that it struck tents", "'Israeli forces killed
    24 people,' the ministry said"), not a sentence of its own act ending in its source
    ("an Israeli strike on a car killed two people, the civil defence said"), as almost
    every wire sentence ends."""
    if any(_OWN_ACT.search(notes, m.end()) for m in _A_TELLING.finditer(notes)):
        return True
    return any(_OWN_ACT.search(q.group(1)) and _A_TELLING.search(notes, q.end())
               for q in _QUOTED.finditer(notes))


def _told_as_another(notes: str) -> bool:
    return told_as_one_more(notes) or bool(_ANOTHER_TOLL.search(notes))


def the_same_toll_a_day_apart(events: list[Event]) -> list[Event]:
    """The same toll of the same kind at the same place, told on two days a day or two
    apart, is one attack told again on the day it was told, not a second one: "At least 24
    more Palestinians were killed in Israeli attacks in the Gaza Strip, the ministry said on
    Monday ... 'Israeli forces killed 24 people ... in the last 24 hours,' the ministry
    said"; "The Israeli army on Thursday admitted that it struck tents in al-Mawasi ... On
    Wednesday, a medical source said that 23 Palestinians were killed in the attack on
    tents in al-Mawasi". The later has only its report's day, or a telling frames its toll
    ("the ministry said 17 people were killed", "admitted that it struck"); the earlier day
    is kept: no attack comes after its telling. Not a toll of one, which two attacks often
    share, nor one told as another ("another 24", "also", "separately"), nor a later one
    that tells an act of its own ("On Friday, an Israeli strike on a car in Khan Younis
    killed two people, the civil defence said": almost every wire sentence ends in its
    source), nor two days each told with its own attack ("On Wednesday, strikes killed 17
    in Rafah"), nor where two records could be the one it tells again."""
    out = list(events)
    drop: set[int] = set()
    for j, f in enumerate(out):
        if f.event_type not in VIOLENT or (f.fatalities or 0) < 2 or _told_as_another(f.notes) \
                or _AN_ACT.search(f.notes) or \
                f.time_precision == 1 and not _frames_the_toll(f.notes):
            continue
        told = [i for i, e in enumerate(out)
                if i != j and i not in drop and e.event_type == f.event_type and
                e.place_id == f.place_id and e.fatalities == f.fatalities and
                e.notes != f.notes and
                0 < (days_between(e.event_date, f.event_date) or 0) <= _SAME_TOLL_DAYS and
                not _told_as_another(e.notes)]
        if len(told) != 1 or j in drop:
            continue
        i = told[0]
        out[i] = into(out[i], f)
        drop.add(j)
    return [e for k, e in enumerate(out) if k not in drop]
