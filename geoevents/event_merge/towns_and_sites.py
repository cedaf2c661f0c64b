"""A town's record and the site in it: one incident, at the site.

A sentence that places its attack at a site and its count at the town that holds it ("The
Khadija School airstrike occurred on 26 July in Deir al-Balah ... killing 30"), or a report
that tells a town's attack with no toll and then the same day's attack at a place in the
town, tells one incident; these keep it at the site (not "another strike", "elsewhere in
the city": one more). An aid delivery told at a town and at a site in it, and a release
of captives told for the Strip or a town and at the place they were handed over, are one
incident each too.
"""

from __future__ import annotations

import re

from geoevents.dates import MONTH_PATTERN, WEEKDAY_PATTERN
from geoevents.event_merge.attack_words import (
    ACROSS,
    ALSO,
    ANOTHER,
    ANOTHER_HOUR,
    ELSEWHERE,
    NAMES_A_DAY,
    ONE_ATTACK_WORD,
    OTHER_ONE,
    tells_several,
)
from geoevents.event_merge.merging import ascii_names, holds, into, name_pattern
from geoevents.gazetteer import TOWN_CLASSES, Gazetteer, haversine_m
from geoevents.model import Event, Place
from geoevents.tolls import part_told_at_sites
from geoevents.trigger_table import BATTLE, VIOLENT

__all__ = ["fold_containers", "the_town_told_at_a_site", "the_sites_town_told",
           "the_town_as_a_bearing", "releases_told_again", "the_convoy_at_a_site_in_the_town",
           "the_towns_site_told_again"]


def _told_as_another(notes: str) -> bool:
    """Whether a sentence tells its attack as one more than the one before ("another
    strike", "Israeli jets also struck", "Separately, ..."): then no fold of a town and a
    site reads it as the same attack."""
    return bool(ANOTHER.search(notes) or ALSO.search(notes))


def _told_alike(events: list[Event]) -> dict[tuple[str, str], list[int]]:
    """Where in ``events`` each sentence told each kind of event, (notes, event type) ->
    positions in order: a fold that weighs only the records of its record's own sentence
    looks them up, not every record of the report for each record (folding a record into
    another, :func:`into`, keeps both)."""
    out: dict[tuple[str, str], list[int]] = {}
    for j, e in enumerate(events):
        out.setdefault((e.notes, e.event_type), []).append(j)
    return out


def _on_the_day(events: list[Event]) -> dict[tuple[str | None, str, str | None], list[int]]:
    """Where in ``events`` each day's records of each kind and sub-kind stand, (event date,
    event type, sub-event type) -> positions in order (see :func:`_told_alike`)."""
    out: dict[tuple[str | None, str, str | None], list[int]] = {}
    for j, e in enumerate(events):
        out.setdefault((e.event_date, e.event_type, e.sub_event_type), []).append(j)
    return out


def fold_containers(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"The Khadija School airstrike occurred on 26 July in Deir al-Balah ... killing 30":
    a sentence whose attack is placed at a site and whose count is placed at the town that
    holds it tells one event, at the site, with the count. Regions are left alone: a day's
    toll across a governorate is not one of its strikes."""
    drop: set[int] = set()
    out = list(events)
    alike = _told_alike(out)
    for i, outer in enumerate(out):
        place = gaz.get(outer.place_id) if outer.event_type in VIOLENT else None
        told = alike[outer.notes, outer.event_type]  # (``i`` among them)
        if place is not None and place.feature_class == "strip" and \
                not ACROSS.search(outer.notes) and \
                (outer.fatalities is not None or _GAZA_STRIKE.search(outer.notes) and
                 not tells_several(outer.notes) and not _WAVE.search(outer.notes) and
                 not OTHER_ONE.search(outer.notes) and len(told) - 1 == 1):
            # "The Flour Massacre occurred in the Gaza Strip on 29 February, when 118 were
            # killed ... on Al-Rashid Street in Gaza City": the one place its sentence
            # gives the attack is where the Strip's count belongs; with no count, "a Gaza
            # strike" and one attack its sentence places ("on deadly Gaza strike: We are
            # appalled by this morning's deadly attack by Israeli forces on a ... building
            # in Beit Lahiya") are one (not "Israeli warplanes bombarded the Gaza Strip,
            # and a strike hit a school in Rafah": the Strip's bombing is more)
            sites = [j for j in told
                     if j != i and j not in drop and
                     (inner := out[j]).event_date == outer.event_date and
                     inner.fatalities is None and
                     (gaz.get(inner.place_id) or place).kind != "region" and
                     not _another_act_told_apart(outer, inner)]
            if not sites and outer.fatalities is not None and \
                    ONE_ATTACK_WORD.search(outer.notes) and not tells_several(outer.notes) \
                    and not _WAVE.search(outer.notes) and not OTHER_ONE.search(outer.notes):
                # (and the site's record its sentence joined to the same attack told just
                # before: "Tuesday's strike in Beit Lahia ... When an Israeli strike brought
                # down a building in Beit Lahia early Tuesday, the Gaza health ministry said
                # 93 people were killed")
                sites = [j for j, inner in enumerate(out)
                         if j < i and j not in drop and inner.notes != outer.notes and
                         inner.event_type == outer.event_type and
                         inner.event_date == outer.event_date and inner.fatalities is None and
                         inner.location and _struck_at(outer.notes, inner.location) and
                         (gaz.get(inner.place_id) or place).kind != "region" and
                         not any(k != i and k != j for k in told)]
            if len(sites) == 1:
                out[sites[0]] = into(out[sites[0]], outer)
                drop.add(i)
            continue
        if place is None or place.kind == "region" or part_told_at_sites(outer.notes):
            continue  # (not "Khan Younis: 102 killed, many in tents in al-Mawasi", "Gaza City:
            # 89 killed, including ... dozens in Shejaia and Zeitoun": the town's toll, or its
            # rest, of which the site's dead are a part)
        for j in told:
            inner = out[j]
            if j == i or j in drop or inner.event_type != outer.event_type or \
                    inner.event_date != outer.event_date or inner.place_id == outer.place_id \
                    or inner.notes != outer.notes or \
                    inner.fatalities is not None or outer.fatalities is None:
                continue
            site = gaz.get(inner.place_id)
            if site is not None and holds(gaz, place, site):
                out[j] = into(inner, outer)
                drop.add(i)
                break
    return [e for k, e in enumerate(out) if k not in drop]


def _another_act_told_apart(outer: Event, inner: Event) -> bool:
    """Whether the sentence tells the site's record as an act of another kind joined on
    to the Strip's ("19 people were killed in three massacres caused by Israeli air strikes
    in the Gaza Strip ..., as well as by tank fire in Rafah"): the clause that tells the
    Strip's toll names no town, and the other act's place is not its place."""
    return inner.sub_event_type != outer.sub_event_type and \
        _JOINED_ON.search(outer.notes) is not None


# "..., as well as by tank fire in Rafah", "in addition to shelling in Rafah": one more act
_JOINED_ON = re.compile(r"\b(?:as\s+well\s+as|in\s+addition\s+to|along\s+with)\b", re.I)


# "deadly Gaza strike", "the Gaza attack": one attack somewhere in Gaza, the place a word
# of its name
_GAZA_STRIKE = re.compile(r"\bGaza\s+(?:air ?strike|strike|attack|bombing|raid)\b(?!s)")
# "a wave of bombing", "Israeli jets bombarded Gaza", "pounded the Strip": more than one
_WAVE = re.compile(r"\b(?:waves?|series|bombard\w*|pound\w*|barrage)\b", re.I)


def _struck_at(notes: str, name: str) -> bool:
    """Whether ``notes`` tells its attack at ``name`` ("an Israeli strike brought down a
    building in Beit Lahia"; not "killed 15 people in Gaza, among them a family who had
    fled Nuseirat", "the Rafah-based ministry spokesman said", "the wounded were taken to
    Nasser Hospital in Khan Younis": the name told of something else)."""
    return re.search(ONE_ATTACK_WORD.pattern + r"[^,;.]{0,80}?\b(?:in|at|near|on)\s+"
                     r"(?:the\s+)?" + re.escape(name) + r"\b", notes, re.I) is not None


def the_town_told_at_a_site(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"air raids targeting Jabalia camp in the north and the city of Rafah in the south.
    ... four citizens were martyred in a strike on a residential apartment in the al-Shaboura
    camp in Rafah": a town's attack told with no toll, and the same day's attack of the same
    kind told after it, with its toll, at a place in the town, are one event, at that
    place (not "another strike", "elsewhere in the city": one more)."""
    drop: set[int] = set()
    alike, on_the_day = _told_alike(events), _on_the_day(events)
    for i, e in enumerate(events):
        # (not "... targeted Jabalia camp and the city of Rafah, wounding 30 people": a
        # town's attack with a count of its own)
        town = gaz.get(e.place_id) if e.event_type in VIOLENT and e.fatalities is None \
            and e.injuries is None else None
        # (a sentence that tells attacks at several places or on several days: a summary
        # the report goes on to tell in parts; not "In Rafah, Israeli forces bombed
        # buildings", an attack of its own beside the one at Tal al-Sultan)
        if town is None or town.feature_class not in TOWN_CLASSES or not any(
                k != i and (g := events[k]).notes == e.notes and g.event_type == e.event_type
                and (g.place_id != e.place_id or g.event_date != e.event_date)
                for k in alike[e.notes, e.event_type]) and not (
                    _DAYS_LISTED.search(e.notes) and _other_day_told(events, i, town, gaz)):
            continue
        if any(j > i and (f := events[j]).fatalities and f.notes != e.notes and
               f.event_type == e.event_type and f.sub_event_type == e.sub_event_type and
               f.event_date == e.event_date and (site := gaz.get(f.place_id)) is not None and
               site.id != town.id and holds(gaz, town, site) and
               not _told_as_another(f.notes) and
               not ANOTHER_HOUR.match(f.notes) and not _ONE_MORE.search(f.notes)
               for j in on_the_day[e.event_date, e.event_type, e.sub_event_type]):
            drop.add(i)
    return [e for k, e in enumerate(events) if k not in drop]


def the_sites_town_told(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"Israeli strikes on Nasser Hospital on Monday killed at least 20 people ... The first
    strike hit the top floor of a hospital building in Khan Younis": a town's attack with no
    toll, told as at a site of a kind ("a hospital building in Khan Younis"), and the same
    day's attack of the same kind, with its toll, at a site of that kind the town holds, are
    one event, at the site; so is a town's record the site's own sentence gave it (a
    dateline's "KHAN YOUNIS/CAIRO (Reuters) - Israeli strikes on Nasser Hospital killed 20")
    (not "another strike", "also", "elsewhere": one more)."""
    drop: set[int] = set()
    alike, on_the_day = _told_alike(events), _on_the_day(events)
    for i, e in enumerate(events):
        town = gaz.get(e.place_id) if e.event_type in VIOLENT and e.fatalities is None \
            and e.injuries is None else None
        if town is None or town.feature_class not in TOWN_CLASSES or \
                _told_as_another(e.notes) or ELSEWHERE.search(e.notes):
            continue
        told = _KIND_IN_TOWN.finditer(e.notes)
        kinds = {m.group("site").lower() for m in told
                 if _starts_with_a_name(e.notes, m.end(), ascii_names(town, e))}
        for j in on_the_day[e.event_date, e.event_type, e.sub_event_type]:
            f = events[j]
            site = gaz.get(f.place_id)
            if j == i or j in drop or not f.fatalities or f.event_type != e.event_type or \
                    f.sub_event_type != e.sub_event_type or f.event_date != e.event_date or \
                    site is None or site.id == town.id or not holds(gaz, town, site) or \
                    _told_as_another(f.notes):
                continue
            # (not "Tanks advanced into eastern Rafah, and in Shaboura they hit two houses,
            # killing four": the advance into the town a fight of its own)
            # (nor "In Khan Younis, heavy bombardment continued, with a strike near Nasser
            # hospital killing four", "jets struck Rafah, where a house in Tel al-Sultan was
            # hit": the town's own attack, told at it; the town only a dateline, a bearing
            # or an owner: "KHAN YOUNIS (Reuters) -", "east of Gaza City", "Gaza's biggest
            # hospital")
            if f.notes == e.notes and e.event_type != BATTLE[0] and \
                    len(alike[e.notes, e.event_type]) == 2 and \
                    _town_told_only_aside(e.notes, ascii_names(town, e)) or \
                    site.feature_class in kinds:
                drop.add(i)
                break
    return [e for k, e in enumerate(events) if k not in drop]


def the_town_as_a_bearing(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"An Israeli strike on the al-Mawasi area killed at least 90 people ... The strike hit a
    walled compound west of Khan Younis ... 90 people were killed and around 300 wounded": a
    town named only as the bearing of the site hit ("west of Khan Younis"), with the same
    toll the same day as an attack of the same kind at a place near the town, is that
    attack told again, at that place (not "another strike", "also": one more)."""
    drop: set[int] = set()
    out = list(events)
    for i, e in enumerate(out):
        town = gaz.get(e.place_id) if e.event_type in VIOLENT and e.fatalities else None
        if town is None or town.feature_class not in TOWN_CLASSES or town.lat is None or \
                _told_as_another(e.notes):
            continue
        names = ascii_names(town, e)
        bearing = [m for m in _BEARING_OF.finditer(e.notes)
                   if _starts_with_a_name(e.notes, m.end(), names)]
        # (the town named only so: not "in Khan Younis, west of Bani Suheila")
        if not bearing or any(name_pattern(rf"\b(?:in|at|on|into)\s+(?:the\s+)?"
                                           rf"{re.escape(n)}\b", re.I).search(e.notes)
                              for n in names):
            continue
        for j, f in enumerate(out):
            site = gaz.get(f.place_id)
            if j == i or j in drop or f.fatalities != e.fatalities or \
                    f.event_type != e.event_type or f.sub_event_type != e.sub_event_type or \
                    f.event_date != e.event_date or site is None or site.id == town.id or \
                    site.kind == "region" or site.lat is None or \
                    haversine_m(site.lat, site.lon, town.lat, town.lon) > _BEARING_RADIUS_M or \
                    _told_as_another(f.notes):
                continue
            out[j] = into(f, e)
            drop.add(i)
            break
    return [e for k, e in enumerate(out) if k not in drop]


# "a walled compound west of Khan Younis", "a house north-east of Rafah"
_BEARING_OF = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+"
                         r"(?:outskirts\s+|edge\s+|side\s+)?of\s+(?:the\s+)?", re.I)
_BEARING_RADIUS_M = 8000  # a place this near the town is one its bearing may name


# "a hospital building in Khan Younis", "a school in Nuseirat": a site of a kind, unnamed,
# in a town named next
_KIND_IN_TOWN = re.compile(r"\b(?:an?|the\s+(?:[\w-]+\s+){0,2}of\s+an?)\s+(?:[\w-]+\s+)?"
                           r"(?P<site>hospital|school|mosque|camp)(?:\s+(?:building|compound|"
                           r"complex))?\s+in\s+", re.I)


def _town_told_only_aside(notes: str, names: set[str]) -> bool:
    """Whether every naming of the town in ``notes`` is a dateline's capitals, a bearing
    ("west of Khan Younis") or an owner ("Gaza's biggest hospital")."""
    for n in names:
        for m in name_pattern(rf"\b{re.escape(n)}\b", re.I).finditer(notes):
            if not (m.group(0).isupper() or re.match(r"['’]s\b", notes[m.end():]) or
                    any(b.end() == m.start() for b in _BEARING_OF.finditer(notes))):
                return False
    return True


def _starts_with_a_name(notes: str, at: int, names: set[str]) -> bool:
    rest = notes[at:].lower()
    return any(rest.startswith(n.lower()) for n in names if n)


def _other_day_told(events: list[Event], i: int, town: Place, gaz: Gazetteer) -> bool:
    """Whether an attack of the kind of ``events[i]`` is told after it, in ``town``, on a day
    other than its own: the days it lists told in parts (not "Israeli strikes hit Nuseirat
    on Monday and Tuesday. On Monday, a strike on the Abu Oreiban school ... killed 17":
    Tuesday's strike is told nowhere else)."""
    e = events[i]
    return any(j > i and f.notes != e.notes and f.event_type == e.event_type and
               f.event_date is not None and f.event_date != e.event_date and
               (f.place_id == town.id or (
                   (site := gaz.get(f.place_id)) is not None and holds(gaz, town, site)))
               for j, f in enumerate(events))


# "UNRWA schools sheltering IDPs in Nuseirat were hit on 14 and 16 July": attacks of
# several days, told together (the other day's record may have taken another sentence's
# words)
_DAYS_LISTED = re.compile(rf"\b(?:\d{{1,2}}(?:,\s*\d{{1,2}})*,?\s+and\s+\d{{1,2}}\s+"
                          rf"{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}}(?:,\s*\d{{1,2}})*,?\s+"
                          rf"and\s+\d{{1,2}}\b|(?:{WEEKDAY_PATTERN})(?:,\s*(?:{WEEKDAY_PATTERN}))*"
                          rf",?\s+and\s+(?:{WEEKDAY_PATTERN}))")


# ("Later, four people were killed in a strike ...", "In addition, ...", "Late on Tuesday,
# ...", "The next strike killed four": an attack after the summary's, not one of its)
_ONE_MORE = re.compile(r"^\W*(?:In\s+addition|Additionally|Late\s+on\b)|\b[Tt]he\s+next\s+"
                       r"(?:air ?strike|strike|attack|bombing|raid)\b")


def releases_told_again(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """A release of captives told for the whole Strip, beside the same day's releases by the
    same captor placed where they were handed over ("Six hostages freed in Gaza ... Tal
    Shoham and Avera Mengistu are released in Rafah"), or for a town beside the site in it
    they were handed over at: the same releases told again, one event each (not a handover
    of the dead, nor prisoners freed, which are releases of their own; a prisoner release
    is the Government of Israel's)."""
    def captives(e: Event) -> bool:
        return e.sub_event_type == "Hostage or prisoner release" and e.actor1 is not None \
            and e.actor1 != "Government of Israel" and not _NOT_THE_LIVING.search(e.notes)

    placed = {(e.event_date, e.actor1) for e in events if captives(e) and
              (place := gaz.get(e.place_id)) is not None and place.feature_class != "strip"}
    # (and at a town, beside the same releases at the site in it they were handed over at:
    # "Hamas released 24 hostages in Rafah ... driven through the Rafah crossing into Egypt")
    # (the same captives on both: not "Hamas released 24 hostages in Rafah on Friday, and
    # Israel freed 39 Palestinian prisoners who crossed through the Rafah crossing", whose
    # prisoners at the crossing are not the hostages freed in the town)
    sites = [(e.event_date, e.actor1, e.actor2, place) for e in events if captives(e) and
             (place := gaz.get(e.place_id)) is not None and place.feature_class not in TOWN_CLASSES
             and place.kind != "region" and place.feature_class != "strip"]
    return [e for e in events
            if not (captives(e) and (e.event_date, e.actor1) in placed and
                    (place := gaz.get(e.place_id)) is not None and
                    (place.feature_class == "strip" or place.feature_class in TOWN_CLASSES and any(
                        (d, a, v) == (e.event_date, e.actor1, e.actor2) and
                        holds(gaz, place, site) for d, a, v, site in sites)))]


_NOT_THE_LIVING = re.compile(r"\b(?:remains|bod(?:y|ies)|coffins?|corpses?|dead)\b", re.I)


def the_convoy_at_a_site_in_the_town(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"the convoy of aid trucks reached the Nabulsi roundabout ... thousands had waited on
    Gaza City's coastal road": one sentence's delivery at a site and at the town that holds
    it is one delivery, at the site (not "aid reached Gaza City and Nasser hospital in Khan
    Younis": the site is in another town)."""
    drop = {i for i, e in enumerate(events)
            if e.sub_event_type == "Aid delivery" and (town := gaz.get(e.place_id)) is not None
            and town.feature_class in TOWN_CLASSES and any(
                k != i and f.sub_event_type == e.sub_event_type and f.notes == e.notes and
                f.event_date == e.event_date and f.place_id != e.place_id and
                (site := gaz.get(f.place_id)) is not None and site.kind != "region" and
                holds(gaz, town, site) and not _told_apart(e.notes, (town, e), (site, f))
                for k, f in enumerate(events))}
    return [e for k, e in enumerate(events) if k not in drop]


def _told_apart(notes: str, *places: tuple[Place, Event]) -> bool:
    """Whether a sentence tells its two places as two deliveries: a list, or clauses of their
    own ("distributed flour in Gaza City and at the Nabulsi roundabout", "UNRWA delivered flour
    to shelters in Khan Younis and to al-Mawasi", "Aid trucks reached Gaza City on Thursday,
    and WFP distributed flour at the Nabulsi roundabout"): an "and", "or", "while" or ";"
    between every naming of the one and of the other (a place not found by its names says
    nothing)."""
    spans = []
    for place, e in places:
        # ("al-Mawasi (Khan Younis)": told as "al-Mawasi")
        names = {_QUALIFIED.sub("", n) for n in (place.name, *place.aliases, e.location or "")
                 if n.isascii()}
        spans.append([(m.start(), m.end()) for n in names if len(n) > 3 for m in re.finditer(
            rf"(?<![\w-]){re.escape(n)}(?![\w-])", notes, re.I)])
    # (the town's name inside the site's, "Jabalia" of "Jabalia camp", is the site's)
    spans[0] = [a for a in spans[0] if not any(b[0] <= a[0] and a[1] <= b[1] for b in spans[1])]
    if not all(spans):
        return False
    return all(_TWO_TOLD.search(notes, min(a[1], b[1]), max(a[0], b[0])) for a in spans[0]
               for b in spans[1])


_QUALIFIED = re.compile(r"\s*\([^()]*\)$")
_TWO_TOLD = re.compile(r"\b(?:and|or|while|whereas|but|as\s+well\s+as)\b|;", re.I)


def the_towns_site_told_again(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """"The double strike on the Khan Younis hospital killed journalists" beside "killed
    when Israeli fire hit Nasser Hospital in Khan Younis": the town's hospital or camp, told
    with "the" and no count of its own, is the attack the report tells at the one site of
    that kind in the town (not "a hospital in Khan Younis", nor where it tells attacks at two
    of its hospitals)."""
    drop: set[int] = set()
    for i, e in enumerate(events):
        town = gaz.get(e.place_id) if e.event_type in VIOLENT and e.fatalities is None and \
            e.injuries is None else None
        if town is None or town.feature_class not in TOWN_CLASSES:
            continue
        names = "|".join(re.escape(n) for n in ascii_names(town, e))
        told = next((m for m in name_pattern(
            rf"\bthe\s+(?:{names})(?:['’]s)?\s+(?P<kind>hospital|camp)\b|"
            rf"\bthe\s+(?P<kind2>hospital|camp)\s+in\s+(?:{names})\b", re.I).finditer(e.notes)
            if _SITE_STRUCK.search(e.notes, max(0, m.start() - 40), m.start())), None)
        if told is None or OTHER_ONE.search(e.notes):
            continue
        kind = (told.group("kind") or told.group("kind2")).lower()
        # (the site's attack of the same day, where the sentence names a day: not "An
        # Israeli strike hit Nasser Hospital in Khan Younis on Monday ... On Wednesday,
        # Israeli strikes hit the Khan Younis hospital again")
        own_day = NAMES_A_DAY.search(e.notes) is not None
        sites = {f.place_id for k, f in enumerate(events)
                 if k != i and k not in drop and f.event_type == e.event_type and
                 f.notes != e.notes and (f.event_date == e.event_date or not own_day) and
                 (site := gaz.get(f.place_id)) is not None and
                 site.feature_class == kind and site.id != town.id and holds(gaz, town, site)}
        if len(sites) == 1:
            drop.add(i)
    return [e for k, e in enumerate(events) if k not in drop]


# ... told as what was hit (not "the wounded were taken to the Khan Younis hospital",
# "doctors at the Khan Younis hospital said", "a house near the Khan Younis hospital", "homes
# in Jabalia town, east of the Jabalia camp": a place told beside the town's own attack)
_SITE_STRUCK = re.compile(r"\b(?:on|hit|hits|struck|strikes?|striking|target(?:s|ed|ing)?|"
                          r"storm(?:s|ed|ing)?|raid(?:s|ed|ing)?|bomb(?:s|ed|ing)?|"
                          r"shell(?:s|ed|ing)?|pound(?:s|ed|ing)?|attack(?:s|ed|ing)?|"
                          r"besieg\w*|into|(?:strike|attack|bombing|shelling|raid|siege|"
                          r"storming)\s+(?:of|at|in))\s+$", re.I)
