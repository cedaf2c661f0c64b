"""Where a unit happened: the clause's places, else the sentence's, else the report's.

The clause's places (each listed place, when a clause lists several) less those that name
a source, a speaker, a dateline or another event; then the sentence's; a clause about
somewhere else is no event of the Strip. With no place told, the whole Strip where the
words say so, the previous event's place (geo_precision 2), the dateline's, or the
report's dominant place (2/3, lower confidence).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geoevents.anchored import Cues
from geoevents.clause_places import holds, listed_places, rank
from geoevents.gazetteer import Gazetteer
from geoevents.locate.hospitals import (
    hospital_they_left,
    hospitals_apart,
    patients_moved,
    taken_in_from_a_list,
    town_of_the_receiving_hospital,
)
from geoevents.locate.narrowing import (
    answers_a_death_told_before,
    beside_the_strikes,
    flight_apart_from_attacks,
    from_the_place_where_follows,
    listed_in_its_clause,
    namesakes_apart,
    narrowed_by_its_kind,
    narrowed_to_its_parts,
    not_in_the_act_beside,
    not_on_the_way,
    not_only_seen_there,
    not_the_deed_it_answered,
    not_the_deed_it_is_timed_by,
    not_where_another_lies,
    not_where_people_were_sent,
    not_where_taken_or_aimed,
    two_happenings,
    where_the_order_applies,
)
from geoevents.locate.sources import (
    attribution_spans,
    not_in_a_speakers_title,
    not_where_the_speakers_are,
    offices_of_the_citys_report,
    only_where_the_speaker_is,
    speaker_span,
    where_the_source_is,
)
from geoevents.locate.strip_wide import (
    areas_left_unnamed,
    attack_told_across,
    clause_tallies_the_strip,
    days_toll_all_told,
    part_told_alone,
    region_they_leave,
    sentence_tallies_the_strip,
    targets_counted,
    the_territory_named,
    told_across_the_strip,
)
from geoevents.locate.tally_beside import tally_beside_the_raids
from geoevents.locate.told_before import (
    fallback_passed_over,
    fled_the_order_before,
    lead_told_within,
)
from geoevents.locate.toll_places import (
    place_before_the_count,
    the_strips_toll,
    toll_across,
    toll_across_its_parts,
    toll_mainly_at_a_part,
)
from geoevents.model import Mention
from geoevents.place_roles import (
    FROM_HERE,
    SUPPLIES_TO,
    WIDE,
    held_abroad,
    in_dateline,
    is_agent,
    is_origin,
    leaving,
    not_after,
    own_or_not_sent,
    speaker_asides,
)
from geoevents.sentences import Span
from geoevents.trigger_table import RETURN, VIOLENT
from geoevents.units import EventUnit
from geoevents.unlisted_names import place_mention

_NEAR_WORDS = (r"(?:near|nearby|outskirts of|around|close to|vicinit(?:y|ies) of|outside|"
               r"surroundings of|next to|in front of|adjacent to)\s+(?:the\s+)?")
NEAR = re.compile(rf"(?i)\b{_NEAR_WORDS}$")
# "the vicinities of Shifa and Al Quds hospitals": the second place is near too
# (and a longer list of names: "near the al-Aqsa, al-Awda and Nasser hospitals")
_NEAR_LIST = re.compile(rf"(?i)\b{_NEAR_WORDS}(?:(?:[\w'’-]+\s+){{1,4}}(?:and|or|,)\s+|"
                        r"(?-i:(?:(?:al|el|an|as|ash|ad|az)-)?[A-Z][\w'’-]*"
                        r"(?:\s+[A-Z][\w'’-]*){0,3})(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
                        r"(?:the\s+)?){1,6}(?:the\s+)?$")

# "militants in Gaza fired rockets at Sderot": where they fell
_FIRED_AT = re.compile(r"(?i)\b(?:rockets?|mortars?|missiles?|projectiles?|barrages?)\s+"
                       r"(?:[\w-]+\s+){0,4}?(?:at|towards?|into)\s+(?:the\s+)?"
                       r"(?:(?:southern|northern|central)\s+)?(?:[\w-]+\s+)?$")

# "a launch post in Beit Hanoun, from which rockets were fired": the place told, then what
# left it
_FROM_WHICH = re.compile(r",?\s+from\s+(?:which|where)\b")
# "fired a barrage of rockets at Tel Aviv from Khan Younis", "launched ten rockets into
# Israel from Rafah": the place abroad the fire was aimed at, a country too (not "fleeing
# from Rafah towards Egypt": no fire)
_AIMED_AT = re.compile(r"(?i)\b(?:(?:rockets?|mortars?|missiles?|projectiles?|barrages?|shells?)\s+"
                       r"(?:[\w-]+\s+){0,3}?)?(?:fired|fires|firing|launched|launches|launching|"
                       r"lobbed)\b"
                       r"[^.;:]{0,80}?\s(?:at|towards?|into)\s+(?:the\s+)?"
                       r"(?:(?:southern|northern|central|western|eastern)\s+)?$")

_NAMES_AN_EVENT = re.compile(r"\s+(?:[a-z]+\s+)?(?:operation|offensive|raid|massacre|attack|"
                             r"invasion|siege|incursion|battle|war|cease[- ]?fire)\b")


def _protest_elsewhere(unit: EventUnit, gaza: list[Mention], outside: list[Mention],
                       cues: Cues) -> bool:
    """Whether a protest's sentence places it nowhere in the Strip: it names no place
    there, or names only the Strip (what is protested, "the Gaza war") beside a place
    abroad or a nationwide protest ("300,000 people across Australia march to protest
    the escalation of the Gaza war")."""
    own = [m for m in gaza if unit.sentence.start <= m.start < unit.sentence.end]
    if not own:
        return True
    if any(m.feature_class != "strip" for m in own):
        return False
    return any(unit.sentence.start <= m.start < unit.sentence.end for m in outside) or \
        "nationwide" in cues.text[unit.sentence.start:unit.sentence.end].lower()


# a clause that tells its act of a site named just before it by a word that points back:
# "after the area was hit", "when the site was shelled", "as the compound came under fire"
_THE_AREA = re.compile(r"(?i)\W*(?:(?:after|when|as|before|where|until)\s+)?(?:the|this|that)\s+"
                       r"(?:area|site|place|compound|premises|facility|building)\b")
_SITE_CLASSES = frozenset({"hospital", "facility", "camp", "crossing"})


def _the_site_the_area_is(unit: EventUnit, here: list[Mention], gaza: list[Mention],
                          gaz: Gazetteer, text: str) -> list[Mention]:
    """The site the sentence named just before the unit's clause, where the clause tells its
    act of it by a word that points back and names only places that hold it ("Palestinians
    inspect destroyed tents on the premises of al-Aqsa Hospital, after the area was hit by
    an Israeli air strike, in Deir al Balah": the hospital, not its town); else nothing."""
    if not here or not _THE_AREA.match(text, unit.clause.start, unit.anchor):
        return []
    before = [m for m in gaza if unit.sentence.start <= m.start and m.end <= unit.clause.start]
    if not before or before[-1].feature_class not in _SITE_CLASSES:
        return []
    site = before[-1]
    if text.count(",", site.end, unit.clause.start) > 1 or \
            not all(holds(gaz, m, site) for m in here):
        return []
    return [site]


def locate(unit: EventUnit, gaza: list[Mention], outside: list[Mention],
           last_place: tuple[Mention, int] | None, dominant: Mention | None,
           gaz: Gazetteer, cues: Cues, earlier: Sequence[Mention] = ()
           ) -> list[tuple[Mention, int, float]]:
    """Where a unit happened: one place, or each place a clause lists; the Strip where its
    words tell it across the Strip; else the report's fallbacks."""
    sources = attribution_spans(unit.sentence, cues) + \
        offices_of_the_citys_report(unit.sentence, gaza)
    speaker = speaker_span(unit.sentence, cues.text)
    asides: list[tuple[int, int]] | None = None  # (read once a second place needs them)
    filed: list[Mention] = []  # the dateline's place, if the sentence opens with one
    if _held_elsewhere(unit, gaza, outside, cues):
        return []
    if unit.event_type in VIOLENT:
        # (nor the places of a clause that only times the attack by another deed)
        gaza = not_the_deed_it_is_timed_by(unit, gaza, cues)
        outside = not_the_deed_it_is_timed_by(unit, outside, cues)
    if (strip := attack_told_across(unit, gaza, gaz, cues)) is not None:
        return [(strip, 3, 1.0)]
    if (strip := toll_across_its_parts(unit, gaza, gaz, cues)) is not None:
        gaza = sorted([*gaza, strip], key=lambda m: m.start)
    if (toll := the_strips_toll(unit, gaza, gaz, cues, last_place)) is not None:
        strip, parts = toll
        return [(strip, 3, 1.0)] + [(m, precision(m, unit.sentence), 0.9) for m in parts]
    if (strip := clause_tallies_the_strip(unit, gaza, gaz, cues)) is not None:
        return [(strip, 3, 0.9)]
    if (strip := tally_beside_the_raids(unit, gaza, gaz, cues)) is not None:
        return [(strip, 3, 0.9)]
    elsewhere = False  # whether a place was left to the deed the attack came after
    beside = False  # whether the sentence's places were left to the attack told beside it
    for span, factor in ((unit.clause, 1.0), (unit.sentence, 0.9)):
        if span is unit.sentence and (strip := the_territory_named(unit, gaz, cues)) is not None:
            return [(strip, 3, 0.9)]
        here = [m for m in gaza if span.start <= m.start < span.end
                and not any(a <= m.start < b for a, b in sources)]
        if not here and (part := part_told_alone(unit, span, gaz, cues)) is not None:
            return [(part, 3, factor)]
        if speaker is not None:
            here = not_where_the_speakers_are(unit, here, speaker)
        if span is unit.sentence and here and \
                (kept := beside_the_strikes(unit, here, cues)) is not None:
            beside, here = beside or len(kept) < len(here), kept
        if span is unit.sentence:
            here = flight_apart_from_attacks(unit, here, cues)
        if span is unit.clause:
            here = listed_in_its_clause(unit, here, gaza, cues)
            here = _the_site_the_area_is(unit, here, gaza, gaz, cues.text) or here
        here, filed = _apart_from_the_dateline(
            here, filed, span is unit.sentence and not _names_another(unit.sentence, gaza,
                                                                      cues.text), cues.text)
        here = not_where_another_lies(here, gaza, cues.text)
        here = narrowed_by_its_kind(unit, here, cues.text)
        here = not_in_the_act_beside(unit, here, gaz, cues.text)
        if unit.sub_event_type in FROM_HERE and here:
            here, found = _where_they_leave(unit, here, span, factor, last_place, earlier, gaz,
                                            cues)
            if found:
                return found
        here = not_where_taken_or_aimed(here, unit.sentence, cues)
        here = hospitals_apart(unit, here, gaza, gaz, cues)
        here = namesakes_apart(here, gaza, gaz, cues.text)
        if unit.event_type in VIOLENT:
            here = not_after(SUPPLIES_TO, here, unit.sentence, cues)
            kept = not_the_deed_it_answered(unit, here, cues.text)
            elsewhere, here = elsewhere or len(kept) < len(here), kept
            here = not_only_seen_there(unit, here, cues.text)
        if unit.sub_event_type not in FROM_HERE and unit.sub_event_type != RETURN[1]:
            # ("ordered them to move to Deir al-Balah, where it launched bombings": where
            # people were sent, then where the attack the clause tells was)
            here = from_the_place_where_follows(unit, here, gaz, cues) or \
                not_where_people_were_sent(unit, here, cues)
        here = not_on_the_way(unit, here)
        if len(here) > 1:
            asides = speaker_asides(unit.sentence) if asides is None else asides
            here = not_in_a_speakers_title(unit, here, asides, gaza, gaz, cues)
        others = [g for g in gaza if unit.sentence.start <= g.start < unit.sentence.end and
                  g.place_id != here[0].place_id] if span is unit.clause and here else []
        if others:  # (the asides read only when the sentence has another place)
            asides = speaker_asides(unit.sentence) if asides is None else asides
            if only_where_the_speaker_is(here, others, asides):
                here = []
        here = narrowed_to_its_parts(unit, here, gaz, cues.text)
        if _aimed_abroad(unit, here, span, outside, cues.text):
            return []
        if _fell_abroad(unit, here, span, outside, cues.text):
            launch = _launch_places(unit, here, cues.text)
            if not launch or unit.fatalities or unit.injuries:
                return []
            here = launch
        if here:
            return _one_or_each_listed(unit, here, factor, gaz, cues)
        if _about_somewhere_else(unit, span, outside, elsewhere, cues.text):
            return []  # the clause is about somewhere else (Beirut, Tel Aviv, Jenin)
    return _report_fallback(unit, gaza, sources, last_place, dominant, gaz, cues, earlier,
                            elsewhere, beside, filed)


def _held_elsewhere(unit: EventUnit, gaza: list[Mention], outside: list[Mention],
                    cues: Cues) -> bool:
    """A protest or an arrest its words place abroad: "protesters march in The Hague,
    demanding ... in the Gaza Strip", "demonstrators are arrested outside of the New York
    Stock Exchange"; a protest its sentence places nowhere in the Strip ("300,000 march
    across Australia") is not placed there by default."""
    if unit.event_type == "Protests" and (
            held_abroad(unit, gaza) or _protest_elsewhere(unit, gaza, outside, cues)):
        return True
    return unit.sub_event_type == "Arrests" and held_abroad(unit, gaza)


def _apart_from_the_dateline(here: list[Mention], filed: list[Mention], in_sentence: bool,
                             text: str) -> tuple[list[Mention], list[Mention]]:
    """``here`` less the dateline's place, and ``filed`` (the dateline's place, kept for the
    report's fallbacks) once a span names it: "GAZA CITY, Gaza Strip (AP) — an airstrike on
    a mosque in Beit Lahiya": where the story was filed from, never by itself where it
    happened (a clause that names only the dateline leaves the place to its sentence: "Gaza,
    19 March 2024 - The Civil Defence recovered nine bodies from a house hit ... in the
    Nuseirat camp").

    (but a sentence that names nowhere else is told from where the writer is: "RAFAH, Gaza
    Strip (AP) - An airstrike on a house killed five", whatever town later paragraphs name
    most)"""
    dateline = [m for m in here if in_dateline(m, text)]
    filed = filed or dateline
    return [m for m in here if m not in dateline] or (filed if in_sentence else []), filed


def _names_another(sentence: Span, gaza: list[Mention], text: str) -> bool:
    """Whether a sentence that opens with a dateline names a place of the Strip besides
    the dateline's, even one left to another deed: "Khan Younis: Israel struck a tower in
    Rafah after an evacuation warning" tells the warning of Rafah's tower, not of where the
    story was filed."""
    own = [m for m in gaza if sentence.start <= m.start < sentence.end]
    filed = {m.place_id for m in own if in_dateline(m, text)}
    return bool(filed) and any(m.place_id not in filed for m in own)


def _where_they_leave(unit: EventUnit, here: list[Mention], span: Span, factor: float,
                      last_place: tuple[Mention, int] | None, earlier: Sequence[Mention],
                      gaz: Gazetteer, cues: Cues
                      ) -> tuple[list[Mention], list[tuple[Mention, int, float]]]:
    """An order's or a flight's places, and what to return at once, if anything: "ordered
    residents of Gaza City to move to Deir al-Balah": the order and the flight are coded
    where people leave, not where they are sent (a clause that names only where they went
    leaves the place to the sentence); the region they leave, named by the Strip's epithet;
    the hospital patients were moved out of, told before."""
    left = leaving(here, unit.sentence)
    if not left and (part := region_they_leave(unit, span, gaz, cues)) is not None:
        return here, [(part, 3, factor)]
    patients = not left and patients_moved(here, unit.sentence)
    if patients and span is unit.sentence and unit.sub_event_type == "Displacement" and \
            (left_from := hospital_they_left(unit, here, earlier, gaz, cues)):
        return here, left_from
    here = left or (
        # "thousands have moved towards western Khan Younis": where they went is all the
        # sentence says of a flight (an order is where it applies)
        here if unit.sub_event_type == "Displacement" and span is unit.sentence and
        not patients and not fled_the_order_before(unit, here, last_place, cues)
        else [])
    if unit.sub_event_type == "Evacuation order":
        here = where_the_order_applies(here, unit.sentence)
    return here, []


def _fell_abroad(unit: EventUnit, here: list[Mention], span: Span, outside: list[Mention],
                 text: str) -> bool:
    """Whether fire from the Strip fell at a place the span names abroad: "a rocket fired
    from Gaza struck a house in Sderot", "militants in Gaza fired rockets at Sderot": where it
    fell is not in Gaza."""
    return unit.event_type == "Explosions/Remote violence" and bool(here) and \
        any(span.start <= m.start < span.end and m.feature_class not in WIDE and (
            all(is_origin(g, unit.sentence) for g in here) or
            _FIRED_AT.search(text, max(span.start, m.start - 60), m.start))
            for m in outside)


# what stands between a unit's word and fire told after it when the fire is not the unit's:
# "struck a launch post in Beit Hanoun from which rockets were fired toward Sderot"
_ANOTHER_DEED = re.compile(r"(?i)[,;:]|\b(?:which|where|that|who|after|before|following|"
                           r"response|struck|hit|bombed|shelled|targeted|attacked)\b")


def _aimed_abroad(unit: EventUnit, here: list[Mention], span: Span, outside: list[Mention],
                  text: str) -> bool:
    """Whether the fire of the unit, told only by the places of the Strip it left, was aimed
    at a place abroad ("fired a barrage of rockets at Tel Aviv from Khan Younis", "ten
    rockets into Israel from Rafah"): it happened where it was aimed, outside the Strip, and
    the place it left is not the event's (as "a rocket fired from Beit Hanoun hit a house in
    Sderot"). Fire told with its harm is left to ``_fell_abroad``, and so is another deed
    told with it ("struck a launch post in Beit Hanoun from which rockets were fired toward
    Sderot": the strike's own words are not the aiming's)."""
    if unit.event_type != "Explosions/Remote violence" or not here or unit.fatalities or \
            unit.injuries or not all(is_origin(m, unit.sentence) or _FROM_WHICH.match(text, m.end)
                                     for m in here):
        return False
    for m in outside:
        if not span.start <= m.start < span.end or is_agent(m, unit.sentence):
            continue
        aimed = [hit.start() for hit in (
            _FIRED_AT.search(text, max(span.start, m.start - 60), m.start),
            _AIMED_AT.search(text, max(span.start, m.start - 120), m.start)) if hit is not None]
        if aimed and unit.anchor < m.start and (
                min(aimed) <= unit.anchor or
                not _ANOTHER_DEED.search(text, unit.anchor, min(aimed))):
            return True  # ("Two rockets were fired from ...": the count opens the fire)
    return False


def _launch_places(unit: EventUnit, here: list[Mention], text: str) -> list[Mention]:
    """The places fire that fell abroad left ("rockets were fired from Beit Hanoun, setting
    off sirens in Sderot": the place the fire left, told before it); with no harm told where
    it fell and no place abroad it was aimed at (``_aimed_abroad``), an event there."""
    return [m for m in here if m.kind != "region" and m.feature_class != "strip" and
            (is_origin(m, unit.sentence) or _FROM_WHICH.match(text, m.end))]


def _one_or_each_listed(unit: EventUnit, here: list[Mention], factor: float, gaz: Gazetteer,
                        cues: Cues) -> list[tuple[Mention, int, float]]:
    """Each place a clause lists, or the sentence when its clause names none ("heavy
    bombardment from air, land, and sea continued across ..., including X and Y"); else the
    most specific place, the nearest to the unit's word."""
    if unit.from_casualty and (best := place_before_the_count(unit, here)) is not None:
        return [(best, precision(best, unit.sentence), factor)]
    # "The Nuseirat rescue operation ... in the Nuseirat refugee camp": a name that
    # names the operation is not one more place of it
    here = [m for m in here if not _NAMES_AN_EVENT.match(cues.text, m.end)] or here
    whole = next((m for m in here if m.feature_class == "strip"), None)
    if toll_mainly_at_a_part(unit, whole, cues.text):
        return [(whole, 3, factor)]
    listed = listed_places(here, gaz, unit.sentence,
                           one_happening=unit.sub_event_type not in FROM_HERE,
                           apart=two_happenings(unit.sentence, cues))
    if whole is not None and whole not in listed and \
            toll_across(unit, cues.text, whole, here):
        # "a bombardment on Gaza City, killing 123 people across the Gaza Strip":
        # the attack at its place, the toll at the Strip's
        listed = [m for m in listed if m is not whole] + [whole]
    if len(listed) > 1:
        return [(m, precision(m, unit.sentence), factor) for m in listed]
    best = min(listed or here, key=lambda m: (rank(m),
                                            abs(m.start - unit.anchor) + (m.start < unit.anchor)))
    return [(best, precision(best, unit.sentence), factor)]


def _about_somewhere_else(unit: EventUnit, span: Span, outside: list[Mention], elsewhere: bool,
                          text: str) -> bool:
    """Whether a span with no place of the Strip names one abroad (Beirut, Tel Aviv, Jenin)
    that is not who acted nor the dateline (the sentence's own, or one no one is sent to);
    after a place left to the deed before the attack, only a place the attack's own words
    name (not "Israel said two soldiers were killed in Rafah and launched strikes")."""
    return any(span.start <= m.start < span.end and not is_agent(m, unit.sentence) and
               not in_dateline(m, text) and (not elsewhere or m.start > unit.anchor)
               for m in (outside if span is unit.clause else own_or_not_sent(outside, unit)))


def _report_fallback(unit: EventUnit, gaza: list[Mention], sources: list[tuple[int, int]],
                     last_place: tuple[Mention, int] | None, dominant: Mention | None,
                     gaz: Gazetteer, cues: Cues, earlier: Sequence[Mention], elsewhere: bool,
                     beside: bool, filed: list[Mention]) -> list[tuple[Mention, int, float]]:
    """Where a unit whose clause and sentence name no place happened: the whole Strip where
    the words say so, the town of the hospital the dead were taken to, the previous event's
    place (geo_precision 2), the dateline's, or the report's dominant place (2/3, lower
    confidence). ``elsewhere``: a place was left to the deed the attack came after;
    ``beside``: the sentence's places were left to the attack told beside it; ``filed``:
    the dateline's place."""
    if (strip := sentence_tallies_the_strip(unit, gaza, sources, gaz, cues)) is not None:
        return [(strip, 3, 0.9)]
    if (strip := days_toll_all_told(unit, gaz, cues)) is not None:
        return [(strip, 3, 0.9)]
    if (strip := told_across_the_strip(unit, gaz, cues)) is not None:
        return [(strip, 3, 0.9)]
    if (strip := areas_left_unnamed(unit, last_place, dominant, gaz, cues)) is not None:
        return [(strip, 3, 0.8)]
    if (town := town_of_the_receiving_hospital(unit, gaza, last_place, gaz, cues,
                                               earlier)) is not None:
        return [(town, 2, 0.6)]
    if fallback_passed_over(unit, gaza, last_place, dominant, cues):
        return []
    if elsewhere and gaz.strip is not None:
        # (the attack whose sentence names only where the deed before it happened is
        # somewhere in the Strip, not at a place told before)
        return [(place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                               0.8, None, "an attack after a death told elsewhere", ()), 3, 0.8)]
    if answers_a_death_told_before(unit, last_place, gaz, cues.text):
        return [(place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                               0.7, None, "an attack told after a death told elsewhere", ()),
                 3, 0.7)]
    if (strip := targets_counted(unit, gaz, cues)) is not None:
        return [(strip, 3, 0.7)]
    if taken_in_from_a_list(unit, gaza, last_place, earlier, gaz, cues.text):
        return []
    if last_place is not None and not (beside and last_place[0].start >= unit.sentence.start):
        # (nor the place the attack told beside it left last: "strikes on Zeitoun and Sabra,
        # and the demolition of high-rise buildings")
        m, para = last_place
        factor = 0.7 if para == unit.sentence.paragraph else 0.6
        return [(m, max(2, precision(m, unit.sentence)), factor)]
    if filed and (dominant is None or dominant.place_id == filed[0].place_id):
        # "GAZA CITY (AP) - An Israeli strike killed five people": where the writer is, when
        # nothing else in the report places the event
        return [(filed[0], precision(filed[0], unit.sentence), 0.9)]
    if dominant is not None and last_place is None:
        lead = lead_told_within(unit, earlier, dominant, gaz, cues)
        if lead is not None:
            return [(lead, max(2, precision(lead, unit.sentence)), 0.6)]
    if dominant is not None:
        return [(dominant, 3 if dominant.kind == "region" else 2, 0.5)]
    if (source := where_the_source_is(unit, gaza, sources)) is not None:
        return [(source, precision(source, unit.sentence), 0.5)]
    return []


# "the Al-Shaaf area of Al-Tuffah", "the Musabbah area of Abasan", "the Al Nasr neighbourhood
# of Gaza City": a part of the place, named by a name the gazetteer does not know
# (a name of its own before the noun: not "the area of Jabalia", "in the Zeitoun area of")
_PART_OF = re.compile(r"\b(?:(?:al|el|an|ash|as|ad|az)-)?[A-Z][\w'’-]*\s+"
                      r"(?i:area|neighbou?rhood|district|quarter)\s+of\s+(?:the\s+)?$")


def precision(m: Mention, sentence: Span) -> int:
    """ACLED's geo_precision of an event placed at ``m``: 3 for a region, 2 for a part of the
    place or near it ("near Khan Younis", "the Musabbah area of Abasan"), else 1."""
    if m.kind == "region":
        return 3
    before = sentence.text[max(0, m.start - sentence.start - 80):m.start - sentence.start]
    if m.qualifier or NEAR.search(before[-25:]) or _NEAR_LIST.search(before) or \
            _PART_OF.search(before[-45:]):
        return 2
    return 1
