"""Where a unit happened: the clause's places, else the sentence's, else the report's.

The clause's places (each listed place, when a clause lists several) less those that name
a source, a speaker, a dateline or another event; then the sentence's; a clause about
somewhere else is no event of the Strip. With no place told, the whole Strip where the
words say so, the previous event's place (geo_precision 2), the dateline's, or the
report's dominant place (2/3, lower confidence).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from geoevents.anchored import Cues
from geoevents.clause_places import LIST_GAP, listed_places, rank
from geoevents.gazetteer import Gazetteer
from geoevents.locate.anaphors import _told_again
from geoevents.locate.hospitals import (
    _KILLED_APART,
    _PATIENTS_MOVED,
    _SOME_OF_THEM,
    _THEIR_HOME,
    _TOOK_THEM_IN,
    _a_hospital,
    _hospital_they_left,
    _one_of_a_list,
    _taken_to_hospital,
    _town_of_hospital,
)
from geoevents.locate.narrowing import (
    _AFTER_A_DEATH,
    _AND_THEN_IT,
    _AT_THE_GATE,
    _ENDANGERED,
    _ENTERING,
    _ITS_PEOPLE,
    _ONLY_SEEN_THERE,
    _ORDERED_STRIKES,
    _ROUTE_OPENED,
    _STRIKES_ON,
    _THE_ATTACK_AGAIN,
    _THE_DEMOLITION_OF,
    _THERE_AGAIN,
    _TROOPS_HIT,
    _after_another,
    _before_a_reply,
    _before_other_violence,
    _in_its_when,
    _namesakes_apart,
    _narrowed_to_parts,
    _not_in_violent_clauses,
    _the_order_apart,
    _two_happenings,
)
from geoevents.locate.sources import _SPEAKER_FIRST, _SPEAKER_LAST, _in_aside, attribution_spans
from geoevents.locate.strip_wide import (
    _ACROSS_IT,
    _ACROSS_WORD,
    _ALL_TOLD,
    _DAYS_ATTACKS,
    _KILLED_ACROSS,
    _MANY_TARGETS,
    _NAMING_PARTS,
    _STRIP_WIDE,
    _STRIPS_TALLIER,
    _TARGETS_BY_MEN_THERE,
    _TARGETS_THERE,
    _THE_TERRITORY,
    _hits_unnamed_areas,
    _part_of_territory,
    _side_told_alone,
    _strip_mention,
    _tallier_told,
)
from geoevents.locate.told_before import _fled_the_order_before, _lead_told_within, _passed_over
from geoevents.locate.toll_places import (
    _ASIDE_OPENS,
    _MAINLY,
    _STRIKES_THAT_HIT,
    _TOLL_MOSTLY,
    _holds_another,
    _toll_of_the_strip,
    _toll_told_apart,
    toll_across,
)
from geoevents.model import Mention
from geoevents.place_roles import (
    AIMED_AT,
    CARRIED_TO,
    EN_ROUTE,
    FLED_FROM,
    FROM_HERE,
    HOME_TO,
    LEAVING_FOR,
    MOVED_TO,
    SITUATION_IN,
    SUPPLIES_TO,
    THEN_WHERE,
    TO,
    WIDE,
    came_from,
    carried_list,
    displaced_from,
    held_abroad,
    hospitals_aside,
    in_dateline,
    is_agent,
    is_origin,
    leaving,
    list_began,
    list_goes_on,
    locates_another,
    not_after,
    own_or_not_sent,
    speaker_asides,
    where_they_are,
)
from geoevents.sentences import Span
from geoevents.trigger_table import AIR, RETURN, VIOLENT
from geoevents.triggers import find_triggers
from geoevents.units import EventUnit, days_tally
from geoevents.unlisted_names import place_mention

_NEAR_WORDS = (r"(?:near|nearby|outskirts of|around|close to|vicinit(?:y|ies) of|outside|"
               r"surroundings of|next to|in front of|adjacent to)\s+(?:the\s+)?")
_NEAR = re.compile(rf"(?i)\b{_NEAR_WORDS}$")
# "the vicinities of Shifa and Al Quds hospitals": the second place is near too
_NEAR_LIST = re.compile(rf"(?i)\b{_NEAR_WORDS}(?:[\w'’-]+\s+){{1,4}}(?:and|or|,)\s+(?:the\s+)?$")

# "militants in Gaza fired rockets at Sderot": where they fell
_FIRED_AT = re.compile(r"(?i)\b(?:rockets?|mortars?|missiles?|projectiles?|barrages?)\s+"
                       r"(?:[\w-]+\s+){0,4}?(?:at|towards?|into)\s+(?:the\s+)?"
                       r"(?:(?:southern|northern|central)\s+)?(?:[\w-]+\s+)?$")

# "a launch post in Beit Hanoun, from which rockets were fired": the place told, then what
# left it
_FROM_WHICH = re.compile(r",?\s+from\s+(?:which|where)\b")

_NAMES_AN_EVENT = re.compile(r"\s+(?:[a-z]+\s+)?(?:operation|offensive|raid|massacre|attack|"
                             r"invasion|siege|incursion|battle|war|ceasefire)\b")


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


def _locate(unit: EventUnit, gaza: list[Mention], outside: list[Mention],
            last_place: tuple[Mention, int] | None, dominant: Mention | None,
            gaz: Gazetteer, cues: Cues, earlier: Sequence[Mention] = ()
            ) -> list[tuple[Mention, int, float]]:
    """Where a unit happened: one place, or each place a clause lists."""
    sources = attribution_spans(unit.sentence, cues)
    said = _SPEAKER_LAST.search(cues.text, max(unit.sentence.start, unit.sentence.end - 90),
                                unit.sentence.end)
    if said is None:
        said = _SPEAKER_FIRST.match(cues.text, unit.sentence.start, unit.sentence.end)
    speaker = said.span() if said is not None else None
    asides: list[tuple[int, int]] | None = None  # (read once a second place needs them)
    filed: list[Mention] = []  # the dateline's place, if the sentence opens with one
    if unit.event_type == "Protests" and (
            held_abroad(unit, gaza) or _protest_elsewhere(unit, gaza, outside, cues)):
        # "protesters march in The Hague, demanding ... in the Gaza Strip"; a protest its
        # sentence places nowhere in the Strip ("300,000 march across Australia") is not
        # placed there by default
        return []
    if unit.sub_event_type == "Arrests" and held_abroad(unit, gaza):
        return []  # "demonstrators are arrested outside of the New York Stock Exchange"
    window = min(unit.clause.end, unit.anchor + 50)
    if unit.event_type in VIOLENT and gaz.strip is not None and \
            _ACROSS_WORD.search(cues.folded, unit.anchor, window):
        across = _ACROSS_IT.match(cues.text, unit.anchor, window)
        if across is not None and not any(unit.anchor < m.start < across.start("name")
                                          for m in gaza) and \
                not _NAMING_PARTS.match(cues.text, across.end()):
            # "as airstrikes hit across the enclave and rain battered ... Rafah": the
            # attack's own words place it across the Strip
            return [(_strip_mention(cues.text, across, gaz), 3, 1.0)]
    if unit.event_type in VIOLENT and gaz.strip is not None and unit.fatalities:
        across = _ACROSS_IT.match(cues.text, unit.anchor, window) or next(
            (hit for c in unit.casualty_phrases if c.kind == "killed" and
             (hit := _KILLED_ACROSS.match(cues.text, c.end)) is not None), None)
        if across is not None and _NAMING_PARTS.match(cues.text, across.end()) and not any(
                across.start() <= m.start < across.end("name") for m in gaza) and \
                not _toll_told_apart(unit, gaza, cues.text, across):
            # "Israeli strikes across the Strip, including in Sheikh Radwan and Jabalia,
            # killed at least 81 people": the toll is the Strip's, the places it names are
            # strikes of their own ("the Strip" alone is no toponym, so no mention says it)
            gaza = sorted([*gaza, _strip_mention(cues.text, across, gaz)],
                          key=lambda m: m.start)
    if unit.fatalities and unit.event_type in VIOLENT and gaz.strip is not None:
        wide = _toll_of_the_strip(unit, gaza, cues.text, gaz, last_place)
        if wide is not None and wide.re is _TOLL_MOSTLY:
            after = [m for m in gaza if wide.end() <= m.start < unit.sentence.end and
                     m.feature_class != "strip"]
            if any(m.kind == "region" for m in after):
                # (not "killing 160, most of them in the northern Gaza Strip, Gaza City and
                # the Middle Area": regions that together make up the most of the Strip)
                wide = None
            else:
                # "at least 91 people were killed on Tuesday, most of them in Gaza City,
                # where strikes hit homes in Sheikh Radwan": the toll is the Strip's, and the
                # places named after it are strikes of their own
                # (one place the part is told at, as with "across the Strip", gets no event
                # of its own; "most of them in Gaza City, Khan Younis and Rafah": each a
                # place of the attacks, with no count)
                listed = len(after) > 1 and LIST_GAP.fullmatch(cues.text, after[0].end,
                                                                after[1].start) is not None
                # ("most of them from air strikes on Beit Hanoun": the strikes' place, an
                # event of its own; "the Abasan and Khuza'a areas east of Khan Younis": the
                # sites, not the town that holds them)
                struck = _STRIKES_THAT_HIT.match(cues.text, wide.end()) is not None
                return [(_strip_mention(cues.text, wide, gaz), 3, 1.0)] + [
                    (m, _precision(m, unit.sentence), 0.9) for m in after
                    if (listed or struck or _ASIDE_OPENS.search(cues.text, wide.end(),
                                                                m.start)) and
                    not (struck and _holds_another(gaz, m, after, cues.text))]
        if wide is not None:
            # "62 people have been killed across the Strip since dawn, 52 of them in Gaza
            # City", "98 were killed across the Strip on Tuesday, most of them in Gaza
            # City": the toll is the Strip's; the place named after it holds a part of it
            return [(_strip_mention(cues.text, wide, gaz), 3, 1.0)]
    if unit.from_casualty and unit.fatalities and gaz.strip is not None and \
            unit.sub_event_type == AIR[1] and \
            days_tally(cues.text, unit.clause.start, unit.clause.end) and \
            _STRIPS_TALLIER.search(cues.text, unit.clause.start, unit.clause.end) and not any(
                unit.clause.start <= m.start < unit.clause.end and m.feature_class != "strip"
                for m in gaza):
        # "the health ministry said 195 people were killed in the Strip in the previous 24
        # hours, and that fighting had surrounded Nasser": the ministry's tally of the day,
        # told in a clause of its own, is the whole Strip's, whatever the next clause names
        return [(place_mention(cues.text, unit.clause.start, unit.clause.start, gaz.strip,
                               0.9, None, "a ministry's tally of the past hours", ()), 3, 0.9)]
    elsewhere = False  # whether a place was left to the deed the attack came after
    beside = False  # whether the sentence's places were left to the attack told beside it
    for span, factor in ((unit.clause, 1.0), (unit.sentence, 0.9)):
        if span is unit.sentence and unit.event_type in VIOLENT and gaz.strip is not None:
            named = _THE_TERRITORY.search(cues.text, unit.anchor,
                                          min(unit.clause.end, unit.anchor + 90))
            if named is not None and not any(
                    t.event_type == unit.event_type and not
                    unit.clause.start <= t.start < unit.clause.end
                    for t in find_triggers(cues.text, unit.sentence.start, unit.sentence.end,
                                           cues=cues)):
                # "fled Beit Hanoon ... amid deadly air strikes on the war-torn territory":
                # a clause that places its attacks on the Strip by an epithet names no
                # town of the sentence (but "attacked Israeli troops in Shejaia; the
                # fighting in the coastal enclave was the fiercest in weeks" tells again
                # of the attack its sentence places)
                return [(_strip_mention(cues.text, named, gaz), 3, 0.9)]
        here = [m for m in gaza if span.start <= m.start < span.end
                and not any(a <= m.start < b for a, b in sources)]
        if not here:
            part = _part_of_territory(cues, span, gaz) or (
                _side_told_alone(cues, unit, span, gaz) if unit.event_type in VIOLENT
                else None)
            if part is not None:
                # "A fifth was killed on Saturday in the north of the Palestinian territory"
                return [(part, 3, factor)]
        if speaker is not None:
            # "killed two in Rafah, Gaza City residents said": where the speakers are, only
            # when the sentence names no other place ("medics in Khan Younis said")
            kept = [m for m in here if not speaker[0] <= m.start < speaker[1]]
            if unit.sub_event_type in FROM_HERE and not not_after(TO, kept, unit.sentence):
                # (not "Residents of Beit Lahia said troops ordered them to move to Gaza
                # City": where they are sent is no place of the order's own)
                kept = []
            here = kept or here
        if span is unit.sentence and here and \
                unit.sub_event_type == "Looting/property destruction" and \
                (named := _THE_DEMOLITION_OF.search(
                    cues.text, max(unit.clause.start, unit.anchor - 30), unit.anchor + 20)) and \
                named.start("word") == unit.anchor and \
                _STRIKES_ON.search(cues.text, unit.sentence.start, named.start()):
            # "follows weeks of heavy strikes on Zeitoun, Sabra and Tel al-Hawa, and the
            # demolition of high-rise buildings": the places the strikes' words govern are
            # theirs, not the demolition's told beside them
            kept = _not_in_violent_clauses(unit, here, cues)
            beside = beside or len(kept) < len(here)
            here = kept
        if span is unit.sentence and unit.sub_event_type in FROM_HERE and len(here) > 1:
            apart = _not_in_violent_clauses(unit, here, cues)
            # (a flight keeps them when all else it names is where people went)
            if unit.sub_event_type == "Evacuation order" or leaving(apart, unit.sentence):
                here = apart or here
        if here and span is unit.clause:
            more = list_goes_on(here[-1], gaza, unit)
            # (not "ground and air attacks on Khan Younis and bombed homes in Rafah and Deir
            # el-Balah": the names after another event's words are that event's places)
            here += [m for m in more if not find_triggers(cues.text, unit.clause.end, m.start,
                                                          cues=cues)]
        if span is unit.clause:
            began = list_began(gaza, unit)
            # (not "Israeli tanks advanced into Jabalia and Beit Lahia, and Nuseirat was
            # bombed overnight": the list's first names are what another verb governs)
            if began and not find_triggers(cues.text, unit.sentence.start, began[0].start,
                                           cues=cues):
                here = began + here
        if span is unit.clause and unit.event_type in VIOLENT:
            here = _before_other_violence(unit, here, span, cues)
        if span is unit.clause and len(here) > 1 and (
                unit.event_type in VIOLENT or unit.sub_event_type == "Evacuation order"):
            here = _the_order_apart(unit, here, span, cues)
        if span is unit.clause and len(here) > 1:
            here = _in_its_when(unit, here, cues.text)
        # "GAZA CITY, Gaza Strip (AP) — an airstrike on a mosque in Beit Lahiya": where the
        # story was filed from, never by itself where it happened (a clause that names only
        # the dateline leaves the place to its sentence: "Gaza, 19 March 2024 - The Civil
        # Defence recovered nine bodies from a house hit ... in the Nuseirat camp")
        dateline = [m for m in here if in_dateline(m, cues.text)]
        filed = filed or dateline
        here = [m for m in here if m not in dateline] or (
            # (but a sentence that names nowhere else is told from where the writer is:
            # "RAFAH, Gaza Strip (AP) - An airstrike on a house killed five", whatever
            # town later paragraphs name most)
            filed if span is unit.sentence else [])
        # "incursion in Al-Zaytoun neighbourhood, east of Gaza City": Gaza City only says
        # where the neighbourhood lies
        here = [m for m in here if not locates_another(m, _next_to(m, gaza, -1),
                                                       _next_to(m, gaza, 1), cues.text)]
        if unit.sub_event_type == "Crossing opened or closed" and here and \
                _ROUTE_OPENED.match(cues.text, unit.anchor):
            # "opened an additional route southwards along Salah al-Din Road ... to
            # accelerate evacuation towards al-Mawasi": a route is where it runs, not where
            # those who take it go
            here = not_after(TO, here, unit.sentence)
        if unit.sub_event_type == "Aid delivery" and len(here) > 1:
            # "to increase humanitarian aid to the residents of the Gaza Strip, 17 aid trucks
            # entered northern Gaza": whose people the aid is for, not where it came in
            here = not_after(_ITS_PEOPLE, here, unit.sentence) or here
        if unit.sub_event_type == "Crossing opened or closed" and len(here) > 1:
            # "The Kerem Shalom crossing has remained shut since Sunday, when rockets fired
            # from the Rafah area killed four soldiers": the crossing named is what closed
            here = [m for m in here if m.feature_class == "crossing"] or here
        if unit.sub_event_type in _AT_THE_GATE and len(here) > 1:
            # "reopened Kerem Shalom, allowing aid into Gaza": aid and crossings are coded
            # at the crossing, not where the aid goes
            here = not_after(_ENTERING, not_after(TO, here, unit.sentence),
                             unit.sentence) or here
        if unit.sub_event_type == RETURN[1] and len(here) > 1:
            # "the army withdrew from the Netzarim Corridor as Palestinians return to
            # northern Gaza": a return is coded where people go back to
            away = {id(m) for m in not_after(TO, here, unit.sentence)}
            here = [m for m in here if id(m) not in away] or here
        if unit.sub_event_type == "Displacement" and here:
            # "Gaza city, where 100,000 people displaced from North Gaza have relocated":
            # where the displaced are now is not where they fled
            here = [m for m in here if not where_they_are(m, unit.sentence)]
        if unit.sub_event_type in FROM_HERE and here:
            # "ordered residents of Gaza City to move to Deir al-Balah": the order and the
            # flight are coded where people leave, not where they are sent (a clause that
            # names only where they went leaves the place to the sentence).
            left = leaving(here, unit.sentence)
            part = None if left else _part_of_territory(cues, span, gaz)
            if part is not None and not_after(TO, [part], unit.sentence):
                # "told 1.1 million people in the northern half of the enclave to move
                # below Wadi Gaza": the region they leave, named by the Strip's epithet
                return [(part, 3, factor)]
            patients = not left and all(m.feature_class == "hospital" for m in here) and \
                _PATIENTS_MOVED.search(unit.sentence.text) is not None
            if patients and span is unit.sentence and unit.sub_event_type == "Displacement":
                left_from = _hospital_they_left(unit, here, earlier, gaz, cues)
                if left_from:
                    return left_from
            here = left or (
                # "thousands have moved towards western Khan Younis": where they went is
                # all the sentence says of a flight (an order is where it applies)
                here if unit.sub_event_type == "Displacement" and span is unit.sentence and
                not patients and
                not _fled_the_order_before(unit, here, last_place, cues)
                else [])
            if unit.sub_event_type == "Evacuation order":
                here = came_from(here, unit.sentence) or here
                # "the evacuation order issued for eastern Deir al-Balah endangers al-Aqsa
                # Martyrs Hospital": what the order puts at risk is not where it applies
                here = not_after(_ENDANGERED, here, unit.sentence) or here
        # "30 bodies were brought to Al-Aqsa Hospital in Deir al-Balah": where the dead
        # and wounded were taken is not where they were hit; nor is what an offensive
        # aims to capture, unless the sentence names nothing else.
        here = carried_list(not_after(CARRIED_TO, here, unit.sentence, cues), unit.sentence)
        here = not_after(HOME_TO, here, unit.sentence, cues) or here
        here = not_after(SITUATION_IN, here, unit.sentence, cues)
        here = not_after(AIMED_AT, here, unit.sentence, cues) or here
        # "Al-Aqsa Hospital was overwhelmed with casualties": where the wounded are
        # treated, not where they were hit
        # (nor is one that speaks as the source: "Al-Aqsa Hospital reported 33 killed")
        # (nor one named for whom it employs: "killed Dr. Marwan Al-Sultan, director of the
        # Indonesian Hospital", "including the Indonesian Hospital director")
        kept = hospitals_aside(here, cues.text)
        took_in = [m for m in here if m not in kept and _a_hospital(m, cues.text)]
        if took_in and kept and unit.event_type in VIOLENT and all(
                _THEIR_HOME.search(cues.text, max(0, m.start - 40), m.start) and
                _SOME_OF_THEM.search(cues.text, took_in[0].end, m.start) for m in kept):
            # "Nasser Medical Complex received dozens of martyrs, among them a family of nine
            # from Bani Suheila": where some of the dead came from is no place of the whole
            # toll; the town the hospital stands in is
            town = _town_of_hospital(took_in[0], gaza, gaz, cues.text)
            kept = [town] if town is not None else kept
        here = kept
        here = _namesakes_apart(here, gaza, gaz, cues.text)
        if unit.event_type in VIOLENT:
            here = not_after(SUPPLIES_TO, here, unit.sentence, cues)
        if unit.event_type in VIOLENT:
            # "Israeli strikes killed more than 40 people after two soldiers died in Rafah":
            # where the deed the attack came after happened, not the attack
            # (nor "two soldiers were killed in Rafah, prompting strikes that killed 40")
            kept = [m for m in here if not _after_another(unit, m, cues.text) and
                    not _before_a_reply(unit, m, cues.text)]
            elsewhere = elsewhere or len(kept) < len(here)
            here = kept
            if any(m.start > unit.anchor for m in here):
                # "Residents reported tanks near al-Mawasi and heavy shelling around Nasser
                # Hospital": where the tanks were seen, told beside the attack, is not where
                # the shelling fell, which its own words place
                here = [m for m in here if not _ONLY_SEEN_THERE.search(
                    cues.text, max(0, m.start - 60), m.start) or not _AND_THEN_IT.fullmatch(
                    cues.text, m.end, unit.anchor)]
        if unit.sub_event_type not in FROM_HERE and unit.sub_event_type != RETURN[1]:
            # Where people are sent ("its order for people to move south of Wadi Gaza") is
            # not where the fighting or the strikes are.
            moved = not_after(MOVED_TO, here, unit.sentence, cues)
            # (but "families leaving Jabalia for Gaza City, where an Israeli strike killed 5":
            # the place they were going to, where the sentence then tells it happened)
            here = [m for m in here if m in moved or THEN_WHERE.match(cues.text, m.end) and
                    LEAVING_FOR.search(cues.text, max(0, m.start - 60), m.start)]
            # ... nor where they had fled from ("tents sheltering families who had fled to
            # Rafah from across Gaza")
            here = not_after(FLED_FROM, here, unit.sentence, cues)
            here = displaced_from(here, unit.sentence)
        # "struck as they travelled to the European Hospital in Rafah": on the way there,
        # in the town named after it, not at the hospital; "in most areas, except for
        # Rafah": not there.
        # (but "ordered residents to move from Beit Lahia to Gaza City": the place an order
        # or a flight leaves)
        here = [m for m in here if not (hit := EN_ROUTE.search(
            unit.sentence.text, max(0, m.start - unit.sentence.start - 30),
            m.start - unit.sentence.start)) or
            unit.sub_event_type in FROM_HERE and hit.group(0).rstrip().endswith("from")]
        if len(here) > 1:
            if asides is None:
                asides = speaker_asides(unit.sentence)
            if asides:
                # "Ahmed Saleh, a doctor at Nasser Hospital, said the strike in Rafah killed two",
                # "told AFP from Deir al-Balah": what the speaker is and where he spoke from,
                # unless the sentence names another place where it could be (not
                # "a resident of Jabalia, said tanks rolled into the camp as people fled toward
                # Gaza City": where they went is no such place)
                # (but "The mayor of Rafah said strikes destroyed 20 homes in the city, as
                # shelling also hit Khan Younis": the clause tells of the title's place again)
                here = [m for m in here if not _in_aside(m, asides) or
                        _told_again(m, unit, gaza, gaz, cues)] or here
        others = [g for g in gaza if unit.sentence.start <= g.start < unit.sentence.end and
                  g.place_id != here[0].place_id] if span is unit.clause and here else []
        if others:  # (the asides read only when the sentence has another place)
            if asides is None:
                asides = speaker_asides(unit.sentence)
            if asides and all(_in_aside(m, asides) for m in here) and any(
                    not _in_aside(g, asides) for g in others):
                # "The Civil Defence in the Gaza Strip said its crews recovered nine bodies,
                # from a house hit ... in the Nuseirat camp": a clause that names only where
                # its speaker is leaves the place to its sentence
                here = []
        if len(here) > 1:
            parts = _narrowed_to_parts(here, cues.text, gaz)
            # (not "killed 20 people across the Gaza Strip, including Jabalia": the toll is
            # the Strip's, its parts are attacks of their own)
            here = [m for m in here if m in parts or (
                unit.fatalities and m.feature_class == "strip" and
                toll_across(unit, cues.text, m, here))]
        if unit.event_type == "Explosions/Remote violence" and here and \
                any(span.start <= m.start < span.end and m.feature_class not in WIDE and (
                    all(is_origin(g, unit.sentence) for g in here) or
                    _FIRED_AT.search(cues.text, max(span.start, m.start - 60), m.start))
                    for m in outside):
            # "a rocket fired from Gaza struck a house in Sderot", "militants in Gaza fired
            # rockets at Sderot": where it fell is not in Gaza
            # ("a launch post in Beit Hanoun, from which rockets were fired toward Sderot":
            # the place the fire left, told before it)
            launch = [m for m in here if m.kind != "region" and m.feature_class != "strip" and
                      (is_origin(m, unit.sentence) or _FROM_WHICH.match(cues.text, m.end))]
            if not launch or unit.fatalities or unit.injuries:
                return []
            # (but "fired a barrage of rockets from Rafah towards Tel Aviv": the fire from a
            # town of the Strip, told with no harm where it fell, is an event where it left)
            here = launch
        if here:
            if unit.from_casualty:
                before = [m for m in here if unit.segment_start <= m.start < unit.anchor]
                if all(m.kind == "region" for m in before) and \
                        any(m.kind != "region" and m.start > unit.anchor for m in here):
                    # "occurred in the Gaza Strip on 29 February, when 118 were killed ...
                    # on Al-Rashid Street in Gaza City": the place after the count says where
                    before = []
                if before:
                    best = min(before, key=lambda m: (rank(m), unit.anchor - m.start))
                    return [(best, _precision(best, unit.sentence), factor)]
            # each place a clause lists, or the sentence when its clause names none ("heavy
            # bombardment from air, land, and sea continued across ..., including X and Y")
            # "The Nuseirat rescue operation ... in the Nuseirat refugee camp": a name that
            # names the operation is not one more place of it
            here = [m for m in here if not _NAMES_AN_EVENT.match(cues.text, m.end)] or here
            whole = next((m for m in here if m.feature_class == "strip"), None)
            if unit.fatalities and whole is not None and _MAINLY.match(cues.text, whole.end):
                # "31 killed in airstrikes across the Gaza Strip, primarily in northern
                # Gaza": the toll is the Strip's; where most fell does not hold all of it
                return [(whole, 3, factor)]
            listed = listed_places(here, gaz, unit.sentence,
                                   one_happening=unit.sub_event_type not in FROM_HERE,
                                   apart=_two_happenings(unit.sentence, cues))
            if whole is not None and whole not in listed and \
                    toll_across(unit, cues.text, whole, here):
                # "a bombardment on Gaza City, killing 123 people across the Gaza Strip":
                # the attack at its place, the toll at the Strip's
                listed = [m for m in listed if m is not whole] + [whole]
            if len(listed) > 1:
                return [(m, _precision(m, unit.sentence), factor) for m in listed]
            best = min(listed or here, key=lambda m: (rank(m),
                                            abs(m.start - unit.anchor) + (m.start < unit.anchor)))
            return [(best, _precision(best, unit.sentence), factor)]
        if any(span.start <= m.start < span.end and not is_agent(m, unit.sentence) and
               not in_dateline(m, cues.text) and
               # (a sentence whose place was left to the deed before the attack: only a place
               # the attack's own words name; not "Israel said two soldiers were killed in
               # Rafah and launched strikes")
               (not elsewhere or m.start > unit.anchor)
               for m in (outside if span is unit.clause else own_or_not_sent(outside, unit))):
            return []  # the clause is about somewhere else (Beirut, Tel Aviv, Jenin)
    if unit.fatalities and gaz.strip is not None and unit.sub_event_type == AIR[1] and \
            days_tally(cues.text, unit.sentence.start, unit.sentence.end) and \
            _tallier_told(cues.text, unit.sentence.start, unit.sentence.end) and not any(
                unit.sentence.start <= m.start < unit.sentence.end and
                not any(a <= m.start < b for a, b in sources) for m in gaza):
        # "Gaza's health ministry said 71 people were killed in the past 24 hours": the
        # ministry's tally of the day is the whole Strip's, whatever place was told before
        # (not "Israeli strikes pounded Rafah. Medics said 12 people were killed in the past
        # 24 hours": those who tend the dead of a place tally that place's)
        return [(place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                               0.9, None, "a ministry's tally of the past hours", ()), 3, 0.9)]
    if unit.fatalities and _ALL_TOLD.match(cues.text, unit.sentence.start) and \
            _DAYS_ATTACKS.search(cues.text, unit.sentence.start, unit.sentence.end) and \
            gaz.strip is not None:
        # "Altogether, at least 45 people are killed from today's attacks": the day's toll
        # of the whole Strip, not of the place named before
        return [(place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                               0.9, None, "a day's toll 'altogether'", ()), 3, 0.9)]
    wide = cues.search(_STRIP_WIDE, unit.sentence.start, unit.sentence.end)
    if wide is not None:
        # "air strikes continue across the Strip": the whole Strip, whatever place the
        # report named before ("the Strip" alone is no toponym, so no mention says it)
        strip = _strip_mention(cues.text, wide, gaz)
        if strip is not None:
            return [(strip, 3, 0.9)]
    if unit.event_type in VIOLENT and gaz.strip is not None and \
            (last_place is not None or dominant is not None) and \
            _hits_unnamed_areas(unit, cues):
        # "Overnight strikes hit several areas. ... 45 were killed in Deir al-Balah": areas
        # the sentence leaves unnamed are somewhere in the Strip, not the place told before
        # (not "strikes hit several areas of the city": the city told before; nor "Israeli
        # forces raided Jenin. Drones struck several sites": a report that has named no
        # place in the Strip)
        return [(place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                               0.8, None, "an attack on areas left unnamed", ()), 3, 0.8)]
    taken_to = _taken_to_hospital(unit, gaza, cues) if unit.event_type in VIOLENT else None
    if taken_to is not None and (last_place is None or _a_hospital(last_place[0], cues.text) and
                                 last_place[0].place_id != taken_to.place_id and
                                 not _KILLED_APART.search(cues.text, unit.sentence.start,
                                                          taken_to.start)):
        # "Fifty bodies were brought to Nasser Medical Complex" after "troops raided Al-Amal
        # hospital": the hospital that took in the dead is not where they were killed, nor
        # is another hospital told before; the town the hospital stands in (but "an
        # airstrike hit a house in Bani Suheila ... Fifty bodies were brought to Nasser":
        # the strike told before; "tanks shelled Nasser Medical Complex ... The bodies of
        # four were brought to Nasser Medical Complex": the hospital hit took in its dead)
        town = _town_of_hospital(taken_to, gaza, gaz, cues.text)
        if town is not None:
            return [(town, 2, 0.6)]
    if unit.sub_event_type in FROM_HERE and _passed_over(
            unit, gaza, [m for m in (last_place[0] if last_place else None, dominant) if m],
            cues):
        # "Israel has told them to move to what it calls an 'expanded humanitarian zone' in
        # al-Mawasi": a place the sentence names only as where people are sent (or as
        # another event's) is not where they leave, however often the report names it
        return []
    if elsewhere and gaz.strip is not None:
        # (the attack whose sentence names only where the deed before it happened is
        # somewhere in the Strip, not at a place told before)
        return [(place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                               0.8, None, "an attack after a death told elsewhere", ()), 3, 0.8)]
    if last_place is not None and unit.event_type in VIOLENT and gaz.strip is not None and \
            not last_place[0].start >= unit.sentence.start and \
            (_THE_ATTACK_AGAIN.search(cues.text, max(0, unit.anchor - 25), unit.anchor) and
             _AFTER_A_DEATH.search(
                cues.text, max(0, last_place[0].start - 90), last_place[0].start) is not None or
             _ORDERED_STRIKES.search(cues.text, unit.sentence.start, unit.anchor + 12) and
             not _THERE_AGAIN.match(cues.text, unit.anchor) and
             _TROOPS_HIT.search(
                cues.text, max(0, last_place[0].start - 90), last_place[0].start) is not None):
        # "ordered strikes on Tuesday after a soldier was killed by gunfire in Rafah. ... the
        # strikes disrupted the search": where the deed the attacks came after happened is
        # not where they hit, told again with no place (nor "a reservist was killed when
        # troops came under fire in Rafah. Netanyahu ordered powerful strikes": the strikes
        # ordered in answer)
        return [(place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                               0.7, None, "an attack told after a death told elsewhere", ()),
                 3, 0.7)]
    if unit.event_type in VIOLENT and gaz.strip is not None and \
            (many := _MANY_TARGETS.search(cues.text, unit.sentence.start,
                                          unit.sentence.end)) and \
            not _TARGETS_THERE.search(cues.text, unit.sentence.start, unit.sentence.end) and \
            not _TARGETS_BY_MEN_THERE.search(cues.text, unit.sentence.start, many.start()):
        # "IAF aircraft struck approximately 250 terror targets, including tunnel shafts":
        # a day's strikes told by the number of targets, with no place of their own, are
        # the Strip's, not at the place told before
        return [(place_mention(cues.text, unit.sentence.start, unit.sentence.start, gaz.strip,
                               0.7, None, "strikes told by their number of targets", ()),
                 3, 0.7)]
    if unit.from_casualty and last_place is not None and \
            not last_place[0].start >= unit.sentence.start and \
            _TOOK_THEM_IN.search(cues.text, unit.sentence.start, unit.sentence.end) and \
            any(unit.sentence.start <= m.start < unit.sentence.end for m in gaza) and \
            _one_of_a_list(last_place[0], earlier, gaz, cues.text):
        # "Strikes hit homes in Khan Younis, Bureij camp and Sabra. ... Our field hospital in
        # Deir al-Balah received 22 wounded": the casualties a hospital took in after attacks
        # told at several places together are the count of none of them
        return []
    if last_place is not None and not (beside and last_place[0].start >= unit.sentence.start):
        # (nor the place the attack told beside it left last: "strikes on Zeitoun and Sabra,
        # and the demolition of high-rise buildings")
        m, para = last_place
        factor = 0.7 if para == unit.sentence.paragraph else 0.6
        return [(m, max(2, _precision(m, unit.sentence)), factor)]
    if filed and (dominant is None or dominant.place_id == filed[0].place_id):
        # "GAZA CITY (AP) - An Israeli strike killed five people": where the writer is, when
        # nothing else in the report places the event
        return [(filed[0], _precision(filed[0], unit.sentence), 0.9)]
    if dominant is not None and last_place is None:
        lead = _lead_told_within(unit, earlier, dominant, gaz, cues.text)
        if lead is not None:
            return [(lead, max(2, _precision(lead, unit.sentence)), 0.6)]
    if dominant is not None:
        return [(dominant, 3 if dominant.kind == "region" else 2, 0.5)]
    return []


def _precision(m: Mention, sentence: Span) -> int:
    if m.kind == "region":
        return 3
    before = sentence.text[max(0, m.start - sentence.start - 80):m.start - sentence.start]
    if m.qualifier or _NEAR.search(before[-25:]) or _NEAR_LIST.search(before):
        return 2
    return 1


def _next_to(m: Mention, mentions: list[Mention], side: int) -> Mention | None:
    """The mention just before ``m`` (side -1) or just after it (side 1), in ``mentions``
    sorted by start."""
    if side < 0:
        i = bisect_left(mentions, m.start, key=_start_of)
        return mentions[i - 1] if i > 0 and mentions[i - 1].end <= m.start else None
    i = bisect_left(mentions, m.end, key=_start_of)
    return mentions[i] if i < len(mentions) else None


def _start_of(m: Mention) -> int:
    return m.start
