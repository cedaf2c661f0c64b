"""A toll told wide, placed by the sentence told next.

A report often tells a toll first where its sentence can only place it in the Strip, a
region or a town ("An Israeli strike killed 90 people", "More than 100 Palestinians were
killed") and its site in a sentence after ("The strike took place close to Khan Younis",
"Witnesses in Deir al-Balah town say they heard two explosions", "at least 71 people have
been slaughtered there today"). These join the two into one event, at that place, with
the toll, unless the later sentence tells another attack.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geoevents.dates import MONTH_PATTERN, WEEKDAY_PATTERN
from geoevents.event_merge.attack_words import (
    ACROSS,
    ANOTHER,
    ANOTHER_HOUR,
    ANOTHER_TIME,
    HOURS_TOTAL,
    NOT_WHERE_IT_HIT,
    ONE_ATTACK_WORD,
    ONE_TARGET,
    ONE_TOLD,
    SITE_NOUNS,
    SPAN_TOLL,
    THE_INCIDENT,
    THE_SAME,
    TOLD_APART,
    a_list_item,
    a_site,
    site_stem,
    tells_several,
    tells_the_same,
    the_site,
    told_where,
)
from geoevents.event_merge.merging import (
    exact_toll,
    fuller_count,
    holds,
    into,
    merge_events,
    placed_at,
    site_within,
    within,
)
from geoevents.gazetteer import TOWN_CLASSES, Gazetteer
from geoevents.model import Event, Place, placed_wide
from geoevents.quantities import parse_number
from geoevents.record_days import after, by_day
from geoevents.the_same_attack import the_attack_again
from geoevents.trigger_table import VIOLENT

__all__ = ["fold_into_the_placed_one", "bound_told_exactly_at_a_site", "place_the_dead_told_again",
           "place_the_lead_told_next", "place_the_toll_told_there", "name_the_site_told",
           "the_site_told_again_next"]


def fold_into_the_placed_one(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"An Israeli strike killed 90 people. The strike took place close to Khan Younis": a
    count its sentence could only give the Strip, and the next mention of "the strike"
    that places it, are one event, at that place, with the count. So are a count at a town
    and "the strike" placed at a site in it ("DEIR AL-BALAH: an Israeli strike on a tent
    camp killed four men. The strike hit an encampment near the Al-Aqsa Martyrs
    Hospital")."""
    out = list(events)
    drop: set[int] = set()
    # (the records that may be the one placed: those at a place in the Strip; folding keeps
    # a record's place and sentence. Whether one tells the same attack is read below, after
    # the cheap tests: read for every record, it cost more than the look-up saved)
    on_the_day = by_day(out, which=lambda f: not (f.place_id or "strip:").startswith("strip:"))
    for i, e in enumerate(out):
        if e.event_type not in VIOLENT or e.place_id is None:
            continue
        wide = gaz.get(e.place_id)
        for j in after(on_the_day[e.event_date, e.event_type], i):
            f = out[j]
            if j in drop or f.event_type != e.event_type or f.event_date != e.event_date or \
                    (f.fatalities is None) == (e.fatalities is None) or f.notes == e.notes or \
                    (f.place_id or "strip:").startswith("strip:") or not tells_the_same(f.notes):
                continue
            same = THE_SAME.match(f.notes)
            if same is not None and NOT_WHERE_IT_HIT.match(f.notes, same.end()):
                # (not "The strike came hours after Hamas's Qassam Brigades fired eight
                # rockets from Rafah": what went on before it, told at its own place)
                continue
            site = gaz.get(f.place_id)
            # (a region's toll is placed like the Strip's when "the incident" is placed
            # next: "a soldier was killed in the fighting in northern Gaza ... the incident
            # occurred in Shejaiya"; not "40 were killed in northern Gaza. The strike on a
            # home in Beit Lahia ...", one strike of the day's)
            # (nor "Israeli aircraft struck a residential block in northern Gaza, killing 23.
            # The strike hit a four-story building in Shijaiyah": one strike, placed)
            wide_area = e.place_id.startswith("strip:") or wide is not None and \
                wide.kind == "region" and site is not None and gaz.within(site, wide) and (
                    THE_INCIDENT.match(f.notes) is not None or
                    told_where(f.notes) is not None or
                    THE_SAME.match(f.notes) is not None and ONE_TARGET.search(e.notes)
                    is not None and not tells_several(e.notes))
            if wide_area and (ACROSS.search(e.notes) or SPAN_TOLL.search(e.notes) or (
                    tells_several(e.notes) and not ONE_TOLD.search(e.notes))):
                continue  # "strikes killed 30 across Gaza. A missile hit the market in X"
                # (nor "52 were killed over the past day ... The incident occurred near a
                # school in Rafah": the day's toll of many attacks, not the one placed)
            if not wide_area and (
                    wide is None or site is None or site.id == wide.id or
                    not holds(gaz, wide, site) or tells_several(e.notes) or
                    not (ONE_TOLD.search(e.notes) or ONE_TARGET.search(e.notes)) or
                    NOT_WHERE_IT_HIT.match(f.notes, THE_SAME.match(f.notes).end()
                                           if THE_SAME.match(f.notes) else 0)):
                # (not "Israeli strikes killed 30 people in Khan Younis. The strike on a tent
                # near Nasser Hospital ...": the town's toll is of several strikes; nor "The
                # shelling also hit homes in Tel al-Sultan", "The attack came as troops
                # pushed into Shejaia": another place hit, or what went on around it)
                continue
            out[j] = into(f, e)
            drop.add(i)
            break
    return [e for k, e in enumerate(out) if k not in drop]


# "More than 100 Palestinians were killed ...", a toll told as a bound
_A_BOUND = re.compile(r"\b(?:more\s+than|over|at\s+least)\s+(?P<n>\d[\d,]*)\b", re.I)


def bound_told_exactly_at_a_site(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"More than 100 Palestinians were killed ... when Israeli troops opened fire as crowds
    surged around an aid convoy on the western edge of Gaza City. The ministry said 112
    people had been killed and 760 injured near the Nabulsi roundabout": a town's toll told
    as a bound, and the next sentence's count, within the bound's reach, the same day, of
    the same kind of attack at a site in the town, are one event, at the site, with its
    count (not "... Separately, 15 were killed in a strike on a school in X": another)."""
    out = list(events)
    drop: set[int] = set()
    for i, e in enumerate(out):
        bound = _A_BOUND.search(e.notes) if e.fatalities else None
        if bound is None or e.event_type not in VIOLENT or \
                int(bound.group("n").replace(",", "")) != e.fatalities:
            continue
        town = gaz.get(e.place_id)
        if town is None or town.feature_class not in TOWN_CLASSES:
            continue
        for j in range(i + 1, min(i + 3, len(out))):
            f = out[j]
            site = gaz.get(f.place_id)
            # (not "More than 20 ... killed in Israeli air strikes on Gaza City ... Israeli
            # tanks shelled the Shati camp ..., killing 25": fire of another kind)
            if j in drop or f.event_type != e.event_type or f.event_date != e.event_date or \
                    f.sub_event_type != e.sub_event_type or \
                    f.notes == e.notes or site is None or site.id == town.id or \
                    not holds(gaz, town, site) or f.fatalities is None or \
                    not e.fatalities < f.fatalities <= e.fatalities * 3 // 2 or \
                    TOLD_APART.search(f.notes) or ANOTHER.search(f.notes):
                continue
            out[j] = replace(f, injuries=fuller_count(f.injuries, e.injuries),
                             actor1=f.actor1 or e.actor1, actor2=f.actor2 or e.actor2,
                             confidence=max(f.confidence, e.confidence))
            drop.add(i)
            break
    return [e for k, e in enumerate(out) if k not in drop]


def place_the_dead_told_again(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"four soldiers had been killed in fighting in southern Gaza ... Kan said that the
    soldiers were killed in an explosion in a building in ... Rafah": a toll told for the
    Strip or a region, and the same dead said next to have been killed at a place in it,
    the same day, are one event: the counted one, at that place. The kind of attack stays
    the counted record's: the later sentence is one account of how they died."""
    out = list(events)
    drop: set[int] = set()
    on_the_day = by_day(out, kind=False)
    for i, e in enumerate(out):
        wide = gaz.get(e.place_id)
        if not e.fatalities or e.event_type not in VIOLENT or wide is None or \
                not placed_wide(wide) or \
                tells_several(e.notes) and not ONE_TOLD.search(e.notes):
            # (not "Israeli strikes killed 30 people across the Gaza Strip ... The
            # journalists were killed in a strike on a car in Nuseirat": a toll of several
            # strikes, some of whose dead are told of next)
            continue
        for j in after(on_the_day[e.event_date, None], i):
            f = out[j]
            again = _THE_DEAD_AGAIN.search(f.notes)
            if j in drop or f.fatalities is not None or f.event_type not in VIOLENT or \
                    f.event_date != e.event_date or f.notes == e.notes or again is None or \
                    re.search(rf"\b(?:including|among them|among whom)\b[^.;]{{0,40}}?"
                              rf"\b{again.group('who') or again.group('n')}\b", e.notes, re.I):
                # (not "four soldiers were killed ..., including two officers. In Rafah, the
                # officers were killed", nor "... The two were killed in Beit Hanoun": some
                # of the dead)
                continue
            site = gaz.get(f.place_id)
            if site is None or site.id == wide.id or site.kind == "region" or \
                    not site_within(wide, site, gaz):
                continue
            out[i] = placed_at(e, f)
            drop.add(j)
            break
    return [e for k, e in enumerate(out) if k not in drop]


# "Israeli fire killed 31 as crowds headed to an aid distribution point in southern Gaza":
# one shooting, told by the one site the crowd was at or going to
_ONE_AID_SITE = re.compile(r"\b(?:near|at|around|outside|to|towards?)\s+an?\s+(?:[\w-]+\s+){0,2}"
                           r"(?:distribution\s+(?:point|site|cent(?:re|er)|hub)|aid\s+site)\b",
                           re.I)


# the next record is of that site when its sentence tells the site again ("troops fired at
# crowds near the site in Rafah, killing ten"; not "Troops fired at a crowd in Khan Younis
# on Sunday, killing four", "Troops opened fire on homes in Khan Younis": a shooting of its
# own)
_THE_AID_SITE = re.compile(r"\b(?:site|distribution|aid|GHF|hub)\b", re.I)


# "Another air strike early on Tuesday flattened a home west of Khan Younis", "The first
# strike happened in Khan Younis and the second in Rafah": another one, or one of several
_ANOTHER_ONE = re.compile(r"\b(?:another|first|second|third|separate|other)\s+"
                          r"(?:[\w-]+\s+){0,2}?"
                          r"(?:air ?strikes?|strikes?|attacks?|bombings?|raids?|explosions?)\b",
                          re.I)
# "In Rafah, a drone struck a car": the next item of a round-up, at a place of its own
_FRONTED_PLACE = re.compile(r"\W*(?:In|At|Near)\s+(?:the\s+)?[A-Z][^,.;]{0,40},")
# "A drone strike in Beit Lahiya wounded four people", "warplanes struck a house in Deir
# al-Balah" after "Later in the day,": a new attack its sentence opens with, or one at another
# hour of the day (not "the Israeli aircraft targeted the home", "heard a loud explosion",
# "were killed Sunday by an Israeli drone strike on their car near Rafah": the one told)
_A_NEW_ONE = re.compile(r"\W*an?\s+(?:[\w-]+\s+){0,2}?(?:air ?strike|strike|attack|bombing|"
                        r"raid|shelling)\b", re.I)


# "Israeli tanks shelled homes in Khan Younis" after an air strike's toll: another attack, of
# another kind; only a blast heard ("Witnesses in Deir al-Balah say they heard two
# explosions") is the lead's strike told at its place (not "an explosive device detonated")
_DEVICE = re.compile(r"\b(?:explosive\s+devices?|IEDs?|landmines?|mines?|booby|bombs?|"
                     r"detonat\w*|unexploded)\b", re.I)


# "killed at least 40 people, half of them near an aid site", "30 people, 12 of them in
# Rafah": the lead's toll told with a share of it
_A_SHARE_OF_THEM = re.compile(r"\b(half|most|some|many|[\d,]+|[a-z]+(?:-[a-z]+)?)\s+of\s+"
                              r"(?:them|whom)\b", re.I)


def _a_share_of_the_lead(lead: Event, f: Event) -> bool:
    """Whether the lead's sentence tells ``f``'s count as a share of its own toll ("Israeli
    fire killed at least 40 people, half of them near an aid distribution site ... at least
    20 people were killed ... near an aid distribution site in Rafah"): the lead is the
    whole of several places' dead and ``f`` a part of it at its place, two records, not
    the lead's toll moved to ``f``'s place (not "killing him and two of his children", a
    share of no toll)."""
    if not f.fatalities or not lead.fatalities:
        return False
    for m in _A_SHARE_OF_THEM.finditer(lead.notes):
        word = m.group(1).lower()
        if word == "half":
            if f.fatalities in (lead.fatalities // 2, lead.fatalities - lead.fatalities // 2):
                return True
        elif word in ("most", "some", "many") or parse_number(word) == f.fatalities:
            return True
    return False


def _same_kind(e: Event, f: Event) -> bool:
    """Whether ``f`` may tell the attack ``e`` tells: the same kind of attack, or only a
    blast heard."""
    return f.sub_event_type == e.sub_event_type or \
        f.sub_event_type == "Remote explosive/landmine/IED" and not _DEVICE.search(f.notes)


def place_the_lead_told_next(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"a new Israeli airstrike has killed six people from a single family in central Gaza
    Strip. ... Witnesses in Deir al-Balah town say they heard two explosions": a toll of one
    attack its sentence could only place in the Strip or a region, and the next record of
    the same kind and day, placed in it with no count of its own (or only a part of the
    toll: "killing him and two of his children"), are one event, at that place, with the
    toll. (Not "Israeli strikes killed 30 across Gaza. In Rafah, a house was hit": a toll of
    several; nor "Separately, shelling hit Khan Younis": another attack.)

    Unlike :func:`geoevents.place_told_next.place_told_next`, which moves only the place of a
    happening, read from the place names of the sentences after it as its event is made
    (each sentence's event stays its own), this joins two events made already into one:
    the lead's toll, at the place the next record's own sentence gave it."""
    out = list(events)
    drop: set[int] = set()
    for i, e in enumerate(out):
        wide = gaz.get(e.place_id)
        if i in drop or not e.fatalities or e.event_type not in VIOLENT or wide is None or \
                not placed_wide(wide) or \
                tells_several(e.notes) or not (ONE_ATTACK_WORD.search(e.notes) or
                                               ONE_TARGET.search(e.notes) or
                                               _ONE_AID_SITE.search(e.notes)):
            continue
        j = next((k for k in range(i + 1, len(out)) if k not in drop and
                  out[k].event_type == e.event_type), None)
        if j is None:
            continue
        f = out[j]
        site = gaz.get(f.place_id)
        if f.event_date != e.event_date or f.notes == e.notes or \
                f.fatalities is not None and (
                    f.fatalities >= e.fatalities or wide.feature_class != "strip" and not (
                        _ONE_AID_SITE.search(e.notes) and _THE_AID_SITE.search(f.notes))) or \
                not (ONE_ATTACK_WORD.search(e.notes) or ONE_TARGET.search(e.notes) or
                     _THE_AID_SITE.search(f.notes)) or \
                a_list_item(e.notes) or a_list_item(f.notes) or \
                _ANOTHER_ONE.search(f.notes) or _FRONTED_PLACE.match(f.notes) or \
                _A_NEW_ONE.match(f.notes) or ANOTHER_HOUR.match(f.notes) or \
                not _same_kind(e, f) or _a_share_of_the_lead(e, f) or \
                not exact_toll(e) or \
                site is None or site.id == wide.id or not site_within(wide, site, gaz) or \
                TOLD_APART.search(f.notes) and not THE_SAME.match(f.notes) or \
                ANOTHER_TIME.search(f.notes):
            continue
        out[j] = replace(into(f, e), sub_event_type=e.sub_event_type)
        drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


# "The strike hit the school in Bureij", "Israeli forces hit the school in Al Bureij", "The
# Israeli strike hit an ambulance ... at al-Shifa": the attack, or the site it hit, told
# again (not "A second strike hit the school", "the other school": another)
# (the site nouns that :mod:`geoevents.place_told_next` moves a toll to, with hospitals and camps)
_SITE_NOUNS = SITE_NOUNS + r"|hospitals?|camps?"
_A_SITE_HIT = a_site(_SITE_NOUNS)
_THE_SITE_HIT = the_site(_SITE_NOUNS)
_THE_ATTACK_AGAIN = re.compile(rf"\b{the_attack_again()}\b", re.I)
# "A second strike hit the school hours later, killing five", "Another strike ...", "Later,
# ...": one more attack at the site, told apart
_ONE_MORE = re.compile(r"\b(?:another|second|third|further|separate(?:ly)?|also|again|"
                       r"meanwhile|elsewhere|earlier|hours\s+(?:later|earlier|after|before)|"
                       r"later|the\s+(?:next|following|previous)\s+day)\b", re.I)


def _tells_the_attack_again(first: str, later: str) -> bool:
    """Whether ``later`` tells again the one attack ``first`` told, up to where it hit:
    "the strike", or "the <site>" of a site ``first`` named with "a" ("a strike on a school
    in Gaza ... Israeli forces hit the school in Al Bureij"), with no word of one more
    attack before it (the site told again, only up to it: "hit the school in Al Bureij at
    6 pm and again a few hours later" is one site)."""
    named = {site_stem(m.group("noun")) for m in _A_SITE_HIT.finditer(first)}
    told = [m for m in _THE_SITE_HIT.finditer(later) if site_stem(m.group("noun")) in named]
    told += list(_THE_ATTACK_AGAIN.finditer(later))
    if not told:
        return False
    at = min(m.end() for m in told)
    return not _ONE_MORE.search(later, 0, at) and not _A_NEW_ONE.match(later)


def _names_its_place(notes: str, place: Place) -> bool:
    """Whether ``notes`` names ``place`` itself (its name or an alias, without an "al-"):
    a record whose sentence does not was placed there by another sentence."""
    low = notes.lower()
    for name in (place.name, *place.aliases):
        core = re.sub(r"^(?:al|el|ad|an|ash|as|az)[-\s]", "", name.lower())
        if core and core in low:
            return True
    return False


def _told_next_after(text: str, e: Event, f: Event) -> bool:
    """Whether ``f``'s sentence comes right after ``e``'s in the report ``text``, nothing
    between them but space."""
    i = text.find(e.notes)
    if i < 0:
        return False
    end = i + len(e.notes)
    j = text.find(f.notes, end)
    return j >= 0 and not text[end:j].strip()


def the_site_told_again_next(events: list[Event], gaz: Gazetteer, text: str) -> list[Event]:
    """"Grim details emerged on Wednesday of Israeli airstrikes on a UN-run school in Gaza,
    which reportedly killed 30 ... Israeli forces hit the school in Al Bureij ... on
    Tuesday": a toll its sentence could not place, placed at the site the next sentence
    tells again (:func:`geoevents.place_told_next.place_told_next`), and that sentence's own
    record of the site, of the same kind of attack, are one event. Its day is the later
    sentence's, which tells the attack at its site, when no less exact: the lead's is often
    the day the attack was told, or the report's. (Not "A second strike hit the school
    hours later, killing five": one more attack; nor a count of other dead than the
    lead's.)"""
    if not text:
        return events
    out = list(events)
    drop: set[int] = set()
    for i, e in enumerate(out):
        site = gaz.get(e.place_id)
        if i in drop or not e.fatalities or e.event_type not in VIOLENT or site is None or \
                placed_wide(site) or site.feature_class == "city" or \
                _names_its_place(e.notes, site):
            continue
        # (the next sentence's record at the site; another of its records may place it
        # wider first: "at Gaza's biggest hospital, al-Shifa")
        j = next((k for k in range(i + 1, len(out)) if k not in drop and
                  out[k].event_type == e.event_type and out[k].place_id == e.place_id), None)
        if j is None:
            continue
        f = out[j]
        if f.event_date == e.event_date or \
                f.sub_event_type != e.sub_event_type or f.notes == e.notes or \
                f.fatalities not in (None, e.fatalities) or \
                not _names_its_place(f.notes, site) or \
                not _told_next_after(text, e, f) or \
                not _tells_the_attack_again(e.notes, f.notes) or \
                ANOTHER_TIME.search(f.notes):
            continue
        day = f if f.time_precision <= e.time_precision else e
        out[j] = replace(merge_events(e, f), event_date=day.event_date,
                         time_precision=day.time_precision)
        drop.add(i)
    return [e for k, e in enumerate(out) if k not in drop]


def place_the_toll_told_there(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"the devastating attack on the al-Mawasi area near Khan Younis ... at least 71
    people have been brutally slaughtered there today": an attack placed at a site with no
    toll, and the next record of its kind and day, whose sentence tells its dead killed
    "there" and so could only place them in the Strip or a region that holds the site,
    are one event, at the site, with the toll. (Not "Three more were killed there", "were
    also killed there": more dead, told apart.)"""
    out = list(events)
    drop: set[int] = set()
    for j, f in enumerate(out):
        wide = gaz.get(f.place_id)
        if not f.fatalities or f.event_type not in VIOLENT or wide is None or \
                not placed_wide(wide) or \
                TOLD_APART.search(f.notes) or _MORE_DEAD.search(f.notes) or \
                _PART_OF_A_TOLL.search(f.notes) or HOURS_TOTAL.search(f.notes):
            continue
        there = _KILLED_THERE.search(f.notes)
        if there is None or _PLACE_BEFORE.search(f.notes, 0, there.start()) or \
                _DEAD_BEFORE.search(f.notes, 0, there.start()):
            continue
        i = next((k for k in range(j - 1, -1, -1) if k not in drop and
                  out[k].event_type == f.event_type), None)
        if i is None:
            continue
        e = out[i]
        if e.fatalities is not None or e.event_date != f.event_date or e.notes == f.notes or \
                not within(gaz, f.place_id, e.place_id) or e.place_id == f.place_id or \
                not _same_kind(e, f):
            continue
        out[i] = into(e, f)
        drop.add(j)
    return [e for k, e in enumerate(out) if k not in drop]


# "slaughtered there today", "were killed there": the dead at the place told before (not
# "there were", "there is": no place; nor "killed over there", "out there": a place pointed
# at, or anywhere)
_KILLED_THERE = re.compile(r"\b(?:killed|slaughtered|massacred|died|dead|perished)\s+"
                           r"(?:(?!(?:over|out)\b)[\w-]+\s+)?there\b", re.I)
# "Israeli strikes killed 30 people in northern Gaza on Sunday, including 12 killed there",
# "3 of them died there": a part of a toll of several attacks
_PART_OF_A_TOLL = re.compile(r"\b(?:including|among|of\s+(?:them|whom|those))\b", re.I)


# "Israeli artillery shelled northern Gaza, and at least 7 people were killed there", "A
# drone strike on a car in northern Gaza killed 3 people, who died there": "there" is the
# place the sentence names itself, not the site told before
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Oo]n|[Aa]t|[Nn]ear|[Ii]nto|"
                           r"shelled|bombed|struck|hit|pounded|targeted|raided|stormed)\s+"
                           rf"(?:the\s+)?(?!(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN})\b)"
                           r"(?:(?:northern|southern|central|eastern|western|north|south|east|"
                           r"west)\b|[A-Z])")
# "35 people were killed in Gaza on Sunday, and many died there": dead told before, of
# another toll
_DEAD_BEFORE = re.compile(r"\b(?:killed|killing|died|dead|slaughtered|massacred)\b", re.I)
# "three more were killed there", "another two died there": dead besides the ones told
_MORE_DEAD = re.compile(r"\b(?:more|another|other|others|further)\b", re.I)


def name_the_site_told(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"seven were killed in an airstrike on a refugee camp in the central Gaza Strip. ...
    when Israeli shelling pounded a house in the Nuseirat refugee camp": a site told
    without its name for a region, and the next record of that kind of attack, the same
    day, at a site of that kind in the region (or at a place the next sentence names the
    site of that kind in), are one event, at the named site."""
    out = list(events)
    drop: set[int] = set()
    for i, e in enumerate(out):
        if e.event_type not in VIOLENT or i in drop:
            continue
        wide = gaz.get(e.place_id)
        if wide is None or not placed_wide(wide):
            continue
        unnamed = _UNNAMED_SITE.search(e.notes)
        if unnamed is None:
            continue
        noun = unnamed.group("site").lower()
        kind = "hospital" if noun == "hospital" else "camp" if "camp" in noun else None
        for j in range(i + 1, min(i + 3, len(out))):
            f = out[j]
            site = gaz.get(f.place_id)
            if j in drop or f.event_type != e.event_type or f.event_date != e.event_date or \
                    f.notes == e.notes or site is None or \
                    not _names_the_kind(f, site, kind, noun) or \
                    not site_within(wide, site, gaz) or \
                    f.fatalities not in (None, e.fatalities) or ANOTHER.search(f.notes) or \
                    TOLD_APART.search(f.notes) or \
                    wide.feature_class == "strip" and _another_in_the_strip(out, j, e):
                continue
            out[i] = replace(placed_at(merge_events(e, f), f), event_id=e.event_id,
                             notes=e.notes, sub_event_type=e.sub_event_type)
            drop.add(j)
            break
    return [e for k, e in enumerate(out) if k not in drop]


def _another_in_the_strip(events: list[Event], j: int, e: Event) -> bool:
    """Whether ``events[j]``, at a site in the Strip where ``e`` told an unnamed one, is
    another attack: "a strike on a school in Gaza killed 20 ... Hours later, tanks shelled a
    school in Khan Younis" (another time), "... Israeli tanks shelled a school in Rafah"
    (another kind of attack), "... Schools in Nuseirat and Bureij were hit" (one of several
    sites)."""
    f = events[j]
    return bool(_OTHER_HOUR.search(f.notes) or
                _GROUND_FIRE.search(f.notes) and not _GROUND_FIRE.search(e.notes) or
                any(k != j and g.notes == f.notes and g.event_type == f.event_type
                    for k, g in enumerate(events)))


def _names_the_kind(f: Event, site: Place, kind: str | None, noun: str) -> bool:
    """Whether ``f`` is placed at a site of the kind told unnamed: a camp or a hospital the
    gazetteer knows, or a school the next sentence names in a place ("a raid near the
    entrance of Al-Jaouni school in the Nuseirat refugee camp")."""
    if kind is not None:
        return site.feature_class == kind
    # (the school the place holds, "a school in the Bureij refugee camp", "the Al-Jaouni
    # School, which houses displaced families in Nuseirat"; not "wounded a school teacher",
    # "a house in Bureij, where most schools now shelter displaced families")
    return site.kind != "region" and re.search(
        rf"\b{noun}s?(?:,?\s+(?:which|that)\s+(?:houses?|housed|shelters?|sheltered)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?[\w-]+|\s+(?:housing|sheltering)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)?"
        rf"\s+(?:in|at)\s", f.notes, re.I) is not None


# "tanks shelled a school in Rafah" after an air strike's toll: fire of another kind
_GROUND_FIRE = re.compile(r"\b(?:tanks?|artillery|shell(?:ed|ing|s)?|mortars?)\b", re.I)
_OTHER_HOUR = re.compile(r"\b(?:later|earlier|hours\s+(?:after|before)|the\s+next\s+day|"
                         r"the\s+day\s+before)\b", re.I)
# "an airstrike on a refugee camp in the central Gaza Strip": a site of a kind, unnamed
# (or "near a school housing displaced people in the central Gaza Strip"; or "a strike on
# a UN-run school in Gaza": the Strip, a site in it named next)
_UNNAMED_SITE = re.compile(r"\b(?:on|at|in|near|hit|struck|targeted|targeting)\s+an?\s+"
                           r"(?:[\w-]+\s+)?(?P<site>refugee\s+camp|camp|hospital|school|mosque)"
                           r"\s+(?:(?:housing|sheltering|used\s+as\s+a\s+shelter\s+for|for)\s+"
                           r"(?:[\w-]+\s+){1,2}?)?in\s+"
                           r"(?:(?:the\s+)?(?:north|south|east|west|central)\w*\s|"
                           r"(?:the\s+)?Gaza(?:\s+Strip)?\b(?!\s+City))", re.I)


# "the soldiers were killed", "the three victims had died": the dead already counted
# (not "the second soldier was killed": another one)
# (or "the four were killed in a Hamas attack on a fortified position in Gaza City")
_THE_DEAD_AGAIN = re.compile(r"\bthe\s+(?:(?:(?:two|three|four|five|six|seven|eight|nine|ten|"
                             r"\d+)\s+)?(?P<who>soldiers|reservists|troops|victims|dead|men|"
                             r"fighters|officers|journalists|workers|paramedics|medics|"
                             r"children|civilians)|(?P<n>two|three|four|five|six|seven|eight|"
                             r"nine|ten|\d+))\s+(?:were|had\s+been|have\s+been)\s+(?:killed|"
                             r"shot)\b", re.I)
