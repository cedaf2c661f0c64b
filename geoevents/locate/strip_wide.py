"""The whole Strip, or one side of it, as an event's place.

"as airstrikes hit across the enclave", "the health ministry said 71 people were killed in
the past 24 hours", "struck approximately 250 terror targets", "in the north of the
Palestinian territory": the attack's own words place it across the Strip or in one of its
regions, whatever town the report told before ("the Strip" alone is no toponym, so no
mention says it: these rules make one). Captives freed with no place told were held in
the Strip.
"""

from __future__ import annotations

import re

from geoevents.anchored import Cues
from geoevents.dates import MONTH_NAMES, WEEKDAY_PATTERN
from geoevents.gazetteer import Gazetteer
from geoevents.locate.told_before import previous_sentence_start
from geoevents.model import Mention
from geoevents.place_roles import TO, not_after
from geoevents.sentences import Span
from geoevents.trigger_table import AIR, VIOLENT
from geoevents.triggers import find_triggers
from geoevents.units import EventUnit, days_tally
from geoevents.unlisted_names import place_mention, region_of_direction

__all__ = ["attack_told_across", "the_territory_named", "part_told_alone", "region_they_leave",
           "clause_tallies_the_strip", "sentence_tallies_the_strip", "days_toll_all_told",
           "told_across_the_strip", "a_tallier_tells", "areas_left_unnamed", "targets_counted"]

# "Hamas releases 13 Israeli hostages", "rescued an IDF private who was taken hostage by
# Hamas": captives held in the Strip, whose release is told with no place (not "Israel
# releases 39 Palestinian prisoners": no captives of Gaza; nor "... prisoners in exchange
# for hostages held by Hamas": the hostages are what the release is traded for)
# (not "Three Palestinians freed from captivity by Israel said they were tortured, Hamas said",
# "the Hamas-run media office": the group tells or runs, it holds no one)
_GAZA_CAPTORS = re.compile(r"(?i)(?<!according to )\b(?:hamas|islamic jihad|(?:al-)?qassam|"
                           r"al-quds brigades)\b(?!-run|['’]?s? (?:said|says|officials?|"
                           r"spokes\w+|media|health|government)\b)")
# "Hamas released 105 hostages during the November truce", "Hamas has so far released 105
# hostages": a tally or a release told as background; "Israeli soldiers rescued civilians held
# hostage by Hamas gunmen on October 7", "... in southern Israel", "in Kibbutz Be'eri": freed
# in Israel on the day of the attack (but "rescued a hostage who was kidnapped during the
# October 7 attack": the day is when the captive was taken); "Hezbollah released a hostage",
# "freed from Israeli captivity": captives of others
_NOT_FREED_IN_GAZA = re.compile(
    r"(?i)\b(?:so\s+far|to\s+date|in\s+total|altogether|since|previously|"
    rf"last\s+(?:year|month|{MONTH_NAMES})|during\s+the\s+(?:[\w-]+\s+){{0,3}}"
    r"(?:truce|cease[- ]?fire|pause)\s+(?:in|of|last)\b|"
    rf"during\s+the\s+{MONTH_NAMES}\s+(?:truce|cease[- ]?fire|pause)|"
    r"(?:in|inside)\s+(?:southern\s+|northern\s+)?israel\b|kibbutz|moshav|"
    r"hezbollah|houthis?|ansar\s+allah|kata[ie]b|islamic\s+resistance\s+in\s+iraq|"
    r"israeli\s+(?:captivity|jails?|prisons?|custody|detention)|"
    r"(?:captivity|custody|detention)\s+(?:by|of|in)\s+israel)\b")
_OCTOBER_7 = re.compile(r"(?i)\b(?:7\s+october|october\s+7)\b")
_TAKEN_ON = re.compile(r"(?i)\b(?:kidnapp\w+|abduct\w+|taken|captured|seized)\b[^.;]{0,60}?"
                       r"\b(?:7\s+october|october\s+7)\b")
_CAPTIVES = re.compile(r"(?i)\b(?:(?!exchange|return|swap)[\w'’(),-]+\s+){0,14}?"
                       r"(?:hostages?|captives?|captivity)\b")


def held_in_gaza(unit: EventUnit, s_gaza: list[Mention], s_outside: list[Mention],
                 gaz: Gazetteer, text: str) -> list[tuple[Mention, int, float]]:
    """The Strip, for the release of captives held there that its sentence places nowhere:
    not where the sentence names a place in the Strip, nor a town or site abroad ("former
    hostages released by Hamas spoke at a rally in Tel Aviv": what is told is there); a
    country is whose captives they were or where they went ("Thai", "to Israel")."""
    s = unit.sentence
    if gaz.strip is None or any(s.start <= m.start < s.end for m in s_gaza) or \
            any(s.start <= m.start < s.end and m.feature_class != "country" for m in s_outside):
        return []
    if _NOT_FREED_IN_GAZA.search(text, s.start, s.end) or \
            _OCTOBER_7.search(text, s.start, s.end) and not _TAKEN_ON.search(text, s.start, s.end):
        return []
    captives = _CAPTIVES.match(text, unit.anchor, unit.clause.end)
    captors = _GAZA_CAPTORS.search(text, s.start, s.end)
    if captives is None or captors is None:
        return []
    return [(place_mention(text, captors.start(), captors.end(), gaz.strip, 0.8, None,
                           "captives held in the Strip", ()), 3, 0.8)]


# "struck approximately 250 terror targets", "hit more than 100 targets overnight",
# "dozens of targets were struck" (not "struck 20 targets there", "in the area": the place
# told before; nor "two targets": a few may all be there)
_MANY_TARGETS = re.compile(
    r"(?i)\b(?:struck|hit|attacked|bombed|targeted|striking|hitting)\s+(?:some\s+|about\s+|"
    r"approximately\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|"
    r"at\s+least\s+)?(?:[2-9]\d|\d{3,}|\d{1,3},\d{3}|dozens\s+of|hundreds\s+of|scores\s+of)"
    r"\s+(?:[\w-]+\s+){0,2}?targets\b(?!\s+(?:there|here|in\s+the\s+(?:area|city|town|camp|"
    r"neighbou?rhood|region|district)))|"
    r"\b(?:[2-9]\d|\d{3,}|dozens\s+of|hundreds\s+of|scores\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"targets\s+(?:were|have\s+been|had\s+been)\s+(?:struck|hit|attacked|bombed)\b"
    r"(?!\s+(?:there|here|in\s+the\s+(?:area|city|town|camp|neighbou?rhood)))")
# (nor "struck 40 targets across the camp", "in the vicinity", "In the camp, aircraft struck
# 40 targets": the place told before, named again)
_TARGETS_THERE = re.compile(
    r"(?i)\b(?:there|here|nearby|within\s+it|(?:in|across|throughout|around|inside|within|"
    r"near|at|on|of|to)\s+(?:the|that|this)\s+(?:same\s+)?(?:[\w-]+\s+){0,2}?(?:area|"
    r"vicinity|city|town|camp|neighbou?rhood|region|district|village|quarter|compound|zone|"
    r"sector|outskirts|locality|hospital|complex)|with\s+(?:mortars?|tank\s+(?:fire|shells)|"
    r"artillery))\b")
# (nor "The troops also struck 30 targets", "the fighters also hit 20 targets": the men
# told before, at their place; "IAF aircraft" or "Israeli forces" are the army at large)
_TARGETS_BY_MEN_THERE = re.compile(
    r"(?i)\b(?:(?:the|these|those|its|their)\s+(?:[\w-]+\s+)?(?:troops|soldiers|forces|"
    r"fighters|gunmen|militants|brigade|division|battalion|units?)|troops|soldiers|"
    r"(?<!-)tanks|artillery)\b")


_ALL_TOLD = re.compile(r"\W*(?:Altogether|In all|All told)\b", re.I)
# ... of the day's attacks (not "In all, 14 people were killed" of the strike told before)
_DAYS_ATTACKS = re.compile(rf"\b(?:(?:today|yesterday|tonight|the day|{WEEKDAY_PATTERN})['’]s\s+"
                           r"(?:[\w-]+\s+)?(?:attacks|strikes|"
                           r"air ?strikes|bombardment|bombing|shelling)|in the (?:past|last) 24 "
                           r"hours)\b", re.I)

# Who tallies the whole Strip's dead: "the health ministry", "health authorities in Gaza",
# "the Civil Defence", "the government media office"
_STRIPS_TALLIER = re.compile(r"\b(?:ministry|health\s+(?:authorit(?:y|ies)|officials)|"
                             r"civil\s+defen[cs]e|media\s+office|authorities\s+in\s+Gaza)\b",
                             re.I)
# "It said", "It added", "They also reported": the office the sentence before named speaks
_IT_SAID = re.compile(r"\W*(?:It|They)\s+(?:also\s+)?(?:said|says|added|adds|reported|reports)\b")


def a_tallier_tells(text: str, start: int, end: int) -> bool:
    """Whether an office that tallies the Strip's dead (a ministry, the civil defence)
    tells the sentence ``text[start:end]`` (see :func:`_tallier_told`)."""
    return _tallier_told(text, start, end)


def _tallier_told(text: str, start: int, end: int) -> bool:
    """Whether an office that tallies the Strip's dead tells the sentence ``text[start:end]``:
    named in it, or in the sentence just before when it opens "It said" ("The Ministry of
    Health said the death toll has risen to 35,173. It said 82 martyrs and 234 injured
    arrived at hospitals in the past 24 hours")."""
    if _STRIPS_TALLIER.search(text, start, end):
        return True
    if _IT_SAID.match(text, start) is None:
        return False
    before = previous_sentence_start(text, start)
    return _TALLIER_SPEAKS.search(text, before, start) is not None


# ... the office as the one who speaks ("The Ministry of Health said", "..., the ministry
# said", "According to Gaza's civil defence"), whom "It said" goes on with; not a ministry
# of Israel's ("Israel's foreign ministry said the operation would continue"), nor one told
# of by another speaker ("The Kuwaiti hospital, citing the ministry, said its wards were
# full", "Medics said they relied on ministry supplies")
_TALLIER_SPEAKS = re.compile(
    r"(?<!\bIsrael's\s)(?<!\bIsraeli\s)(?<!\bforeign\s)(?<!\bdefen[cs]e\s)"
    r"(?<!\bciting\s)(?<!\bciting\sthe\s)"
    r"\b(?:(?:ministry|health\s+ministry)(?:\s+of\s+health)?|health\s+(?:authorit(?:y|ies)|"
    r"officials)|civil\s+defen[cs]e|media\s+office|authorities\s+in\s+Gaza)"
    r"(?:\s+in\s+Gaza)?(?:\s*,[^,.]{1,60},)?\s+(?:(?:also|later|earlier)\s+)?"
    r"(?:said|says|reported|reports|added|adds|announced|stated)\b|"
    r"\bAccording\s+to\s+(?:the\s+)?(?:Gaza(?:'s|’s)?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ministry|health\s+(?:authorit(?:y|ies)|officials)|civil\s+defen[cs]e|media\s+office)\b",
    re.I)


def _hits_unnamed_areas(unit: EventUnit, cues: Cues) -> bool:
    """Whether the unit's own words send the attack to areas they leave unnamed ("Overnight
    strikes hit several areas"): after its word, with no other attack's word between (not
    "Fighting continued on Tuesday as warplanes struck several areas": the fighting is not
    the strikes, and stays where it was told)."""
    areas = _UNNAMED_AREAS.search(cues.text, unit.anchor, unit.sentence.end)
    return areas is not None and not any(
        t.start > unit.anchor and t.event_type in VIOLENT and
        t.sub_event_type != unit.sub_event_type
        for t in find_triggers(cues.text, unit.anchor + 1, areas.start(), cues=cues))


_UNNAMED_AREAS = re.compile(r"\s(?:hit|hitting|struck|striking|targeted|targeting|pounded|"
                            r"pounding|on|in)\s+(?:several|various|multiple|many|different|"
                            r"numerous)\s+(?:areas|places|locations|sites|parts|neighbou?rhoods)"
                            r"\b(?!\s+(?:of|in|across|around|east|west|north|south)\b)"
                            # (nor "Strikes also hit several areas nearby", "... there", "...
                            # to the east": around the place told before)
                            r"(?!\s+(?:near(?:by)?|close\s+(?:by|to)|there|to\s+the\s+(?:north|"
                            r"south|east|west)|inside|within|along|surrounding)\b)", re.I)
STRIP_WIDE = re.compile(r"\b(?:across|throughout|all over|anywhere in|everywhere in) "
                        r"(?P<name>the (?:Gaza )?Strip)\b", re.I)

# the words a report may put before the Strip's "territory" or "enclave": "the war-torn
# territory", "the besieged coastal enclave"
_ITS_EPITHETS = (r"(?:(?:war-torn|besieged|coastal|battered|devastated|blockaded|embattled|"
                 r"war-ravaged|Palestinian)\s+)*")
# "strikes on the war-torn territory", "battled Hamas forces in the territory": the Strip
_THE_TERRITORY = re.compile(r"\s(?:on|across|in|into|throughout)\s+"
                            rf"(?P<name>the\s+{_ITS_EPITHETS}(?:territory|enclave))\b", re.I)


ACROSS_WORD = re.compile(r"\b(?:across|throughout|all over)\b")
# "killed at least 81 people across the Strip": a toll told across it
KILLED_ACROSS = re.compile(r"(?:\s+(?:people|palestinians|civilians|persons))?\s+(?:across|"
                           r"throughout|all\s+over)\s+(?P<name>the\s+(?:Gaza\s+)?Strip)\b"
                           r"(?!['’]s\b)", re.I)
# an attack word, then its verb, then "across the enclave": "airstrikes hit across the Strip"
ACROSS_IT = re.compile(r"[\w-]+(?:\s+(?:have|has|had|were|was|continued\s+to|continue\s+to))?"
                       r"(?:\s+[\w-]+)?\s+(?:across|throughout|all\s+over)\s+"
                       rf"(?P<name>the\s+{_ITS_EPITHETS}(?:territory|enclave|"
                       r"(?:Gaza\s+)?Strip))\b(?!['’]s\b)", re.I)  # (not "the Strip's south")


# "across the Strip — including in the north around Gaza City, ...": the places it names
# (after its day, too: "across the Strip on Tuesday — in Khan Younis, Deir al-Balah and
# Gaza City", "..., with the heaviest strikes in Khan Younis")
NAMING_PARTS = re.compile(r"\s*(?:(?:late\s+|early\s+)?on\s+\w+day\b)?\s*[,—–-]*\s*"
                          r"(?:(?:including|particularly|especially|notably|mainly|mostly|"
                          r"primarily|in particular|with\s+(?:the\s+)?(?:heaviest|fiercest|"
                          r"most|deadliest))\b|in\s+(?:the\s+)?(?:(?-i:[A-Z])|"
                          r"(?:north|south|east|west|cent)\w*\b))", re.I)


# "in the north of the Palestinian territory", "from the territory's north", "people in
# the northern half of the enclave": a region of the Strip named by the Strip's epithet
PART_OF_TERRITORY = re.compile(
    r"(?i)\b(?:the\s+(?:(?P<a>north|south|centre|center)|(?P<c>northern|southern|central)\s+"
    r"(?:half|part|third|areas?))\s+of\s+the\s+(?:(?:Palestinian|coastal|"
    r"besieged|war-torn)\s+)?(?:territory|enclave)|the\s+(?:territory|enclave)['’]s\s+"
    r"(?P<b>north|south|centre|center))\b")


def part_of_territory(cues: Cues, span: Span, gaz: Gazetteer) -> Mention | None:
    hit = cues.search(PART_OF_TERRITORY, span.start, span.end)
    if hit is None:
        return None
    region = region_of_direction(gaz, hit.group("a") or hit.group("b") or hit.group("c"))
    if region is None:
        return None
    return place_mention(cues.text, hit.start(), hit.end(), region, 0.85, None,
                         f"'{hit.group(0)}': a region of the Strip", ())


# "Three more soldiers were killed in separate fighting in the south": a side of the Strip
# told alone, in a report about the Strip (not "in the south of Lebanon", "in the
# south's hospitals", "in the southern city": a place of its own)
SIDE_ALONE = re.compile(r"(?i)\bin\s+the\s+(?P<a>north|south)\b(?!\s+of\b)(?![-'’\w])")


def _side_told_alone(cues: Cues, unit: EventUnit, span: Span, gaz: Gazetteer
                     ) -> Mention | None:
    """The region of a violent clause that places its deed only "in the south"."""
    hit = cues.search(SIDE_ALONE, max(span.start, unit.clause.start),
                      min(span.end, unit.clause.end))
    if hit is None or _WHO_THERE.search(cues.text, max(0, hit.start() - 30), hit.start()) or \
            _OTHER_TIMES.search(cues.text, max(span.start, hit.start() - 40), hit.start()) or \
            _OTHER_FRONT.search(cues.text, unit.sentence.start, unit.sentence.end):
        return None
    region = region_of_direction(gaz, hit.group("a"))
    if region is None:
        return None
    return place_mention(cues.text, hit.start("a"), hit.end("a"), region, 0.85, None,
                         f"'{hit.group(0)}': a side of the Strip told alone", ())


# (not "preparations for ground incursions akin to previous operations in the north": deeds
# of other times the clause likens it to)
_OTHER_TIMES = re.compile(r"(?i)\b(?:akin\s+to|like|similar\s+to|as\s+in|than|previous|"
                          r"earlier|past|former)\b")
# (not "a Hezbollah drone attack killed two soldiers in the north": the north of Israel, on
# another front the sentence tells of)
_OTHER_FRONT = re.compile(r"\b(?:Hezbollah|Leban\w*|Houthis?|Yemen\w*|Syria\w*|Iran\w*)\b")
# (not "Residents in the south said the strikes were the heaviest in weeks": who speaks or
# is spoken of there, not where the deed was)
_WHO_THERE = re.compile(r"(?i)\b(?:residents|people|families|civilians|palestinians|medics|"
                        r"doctors|officials|sources|witnesses|hospitals|those|others|"
                        r"displaced|journalists|correspondents?)\s+$")


def strip_mention(text: str, hit: re.Match, gaz: Gazetteer) -> Mention | None:
    strip = gaz.strip
    if strip is None:
        return None
    start, end = hit.span("name")
    return place_mention(text, start, end, strip, 0.9, None,
                         "'the Strip' after a word for the whole of it", ())


def attack_told_across(unit: EventUnit, gaza: list[Mention], gaz: Gazetteer, cues: Cues
                       ) -> Mention | None:
    """The Strip, for an attack its own words place across it: "as airstrikes hit across the
    enclave and rain battered ... Rafah" (not when a place stands between the attack's word
    and the Strip, nor when the words go on to name its parts: "strikes across the Strip,
    including in Jabalia")."""
    window = min(unit.clause.end, unit.anchor + 50)
    if unit.event_type in VIOLENT and gaz.strip is not None and \
            ACROSS_WORD.search(cues.folded, unit.anchor, window):
        across = ACROSS_IT.match(cues.text, unit.anchor, window)
        if across is not None and not any(unit.anchor < m.start < across.start("name")
                                          for m in gaza) and \
                not NAMING_PARTS.match(cues.text, across.end()):
            return strip_mention(cues.text, across, gaz)
    return None


def the_territory_named(unit: EventUnit, gaz: Gazetteer, cues: Cues) -> Mention | None:
    """The Strip, for a violent clause that places its attacks on it by an epithet: "fled
    Beit Hanoon ... amid deadly air strikes on the war-torn territory" names no town of the
    sentence (but "attacked Israeli troops in Shejaia; the fighting in the coastal enclave
    was the fiercest in weeks" tells again of the attack its sentence places)."""
    if unit.event_type in VIOLENT and gaz.strip is not None:
        named = _THE_TERRITORY.search(cues.text, unit.anchor,
                                      min(unit.clause.end, unit.anchor + 90))
        if named is not None and not any(
                t.event_type == unit.event_type and not
                unit.clause.start <= t.start < unit.clause.end
                for t in find_triggers(cues.text, unit.sentence.start, unit.sentence.end,
                                       cues=cues)):
            return strip_mention(cues.text, named, gaz)
    return None


def part_told_alone(unit: EventUnit, span: Span, gaz: Gazetteer, cues: Cues) -> Mention | None:
    """The region of a span that names no place of the Strip, only a part of it: "A fifth
    was killed on Saturday in the north of the Palestinian territory" (or, for a violent
    clause, a side told alone: "in the south")."""
    return part_of_territory(cues, span, gaz) or (
        _side_told_alone(cues, unit, span, gaz) if unit.event_type in VIOLENT else None)


def region_they_leave(unit: EventUnit, span: Span, gaz: Gazetteer, cues: Cues
                      ) -> Mention | None:
    """"told 1.1 million people in the northern half of the enclave to move below Wadi
    Gaza": the region an order or a flight leaves, named by the Strip's epithet (not one
    people are sent to)."""
    part = part_of_territory(cues, span, gaz)
    if part is not None and not_after(TO, [part], unit.sentence):
        return part
    return None


def clause_tallies_the_strip(unit: EventUnit, gaza: list[Mention], gaz: Gazetteer, cues: Cues
                             ) -> Mention | None:
    """"the health ministry said 195 people were killed in the Strip in the previous 24
    hours, and that fighting had surrounded Nasser": the ministry's tally of the day, told
    in a clause of its own, is the whole Strip's, whatever the next clause names."""
    if unit.from_casualty and unit.fatalities and gaz.strip is not None and \
            unit.sub_event_type == AIR[1] and \
            days_tally(cues.text, unit.clause.start, unit.clause.end) and \
            _STRIPS_TALLIER.search(cues.text, unit.clause.start, unit.clause.end) and not any(
                unit.clause.start <= m.start < unit.clause.end and m.feature_class != "strip"
                for m in gaza):
        return place_mention(cues.text, unit.clause.start, unit.clause.start, gaz.strip, 0.9,
                             None, "a ministry's tally of the past hours", ())
    return None


def sentence_tallies_the_strip(unit: EventUnit, gaza: list[Mention],
                               sources: list[tuple[int, int]], gaz: Gazetteer, cues: Cues
                               ) -> Mention | None:
    """"Gaza's health ministry said 71 people were killed in the past 24 hours": the
    ministry's tally of the day is the whole Strip's, whatever place was told before (not
    "Israeli strikes pounded Rafah. Medics said 12 people were killed in the past 24 hours":
    those who tend the dead of a place tally that place's). A place of the sentence is one
    outside its ``sources``, the words that say who told it."""
    if unit.fatalities and gaz.strip is not None and unit.sub_event_type == AIR[1] and \
            days_tally(cues.text, unit.sentence.start, unit.sentence.end) and \
            _tallier_told(cues.text, unit.sentence.start, unit.sentence.end) and not any(
                unit.sentence.start <= m.start < unit.sentence.end and
                not any(a <= m.start < b for a, b in sources) for m in gaza):
        return place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                             0.9, None, "a ministry's tally of the past hours", ())
    return None


def days_toll_all_told(unit: EventUnit, gaz: Gazetteer, cues: Cues) -> Mention | None:
    """"Altogether, at least 45 people are killed from today's attacks": the day's toll of
    the whole Strip, not of the place named before."""
    if unit.fatalities and _ALL_TOLD.match(cues.text, unit.sentence.start) and \
            _DAYS_ATTACKS.search(cues.text, unit.sentence.start, unit.sentence.end) and \
            gaz.strip is not None:
        return place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                             0.9, None, "a day's toll 'altogether'", ())
    return None


def told_across_the_strip(unit: EventUnit, gaz: Gazetteer, cues: Cues) -> Mention | None:
    """"air strikes continue across the Strip": the whole Strip, whatever place the report
    named before ("the Strip" alone is no toponym, so no mention says it)."""
    wide = cues.search(STRIP_WIDE, unit.sentence.start, unit.sentence.end)
    return strip_mention(cues.text, wide, gaz) if wide is not None else None


def areas_left_unnamed(unit: EventUnit, last_place: tuple[Mention, int] | None,
                       dominant: Mention | None, gaz: Gazetteer, cues: Cues) -> Mention | None:
    """"Overnight strikes hit several areas. ... 45 were killed in Deir al-Balah": areas the
    sentence leaves unnamed are somewhere in the Strip, not the place told before (not
    "strikes hit several areas of the city": the city told before; nor "Israeli forces
    raided Jenin. Drones struck several sites": a report that has named no place in the
    Strip, neither a ``last_place`` nor a ``dominant`` one)."""
    if unit.event_type in VIOLENT and gaz.strip is not None and \
            (last_place is not None or dominant is not None) and \
            _hits_unnamed_areas(unit, cues):
        return place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                             0.8, None, "an attack on areas left unnamed", ())
    return None


def targets_counted(unit: EventUnit, gaz: Gazetteer, cues: Cues) -> Mention | None:
    """"IAF aircraft struck approximately 250 terror targets, including tunnel shafts": a
    day's strikes told by the number of targets, with no place of their own, are the
    Strip's, not at the place told before."""
    if unit.event_type in VIOLENT and gaz.strip is not None and \
            (many := _MANY_TARGETS.search(cues.text, unit.sentence.start,
                                          unit.sentence.end)) and \
            not _TARGETS_THERE.search(cues.text, unit.sentence.start, unit.sentence.end) and \
            not _TARGETS_BY_MEN_THERE.search(cues.text, unit.sentence.start, many.start()):
        return place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                             0.7, None, "strikes told by their number of targets", ())
    return None
