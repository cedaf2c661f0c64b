"""A clause's places narrowed to the event's own.

A clause often names the places of other events beside its own: the death an attack
answered ("ordered strikes after a soldier was killed by gunfire in Rafah"), an order told
with an attack ("a ground and air operation in Jabalya, accompanied by evacuation orders
covering Jabalya camp, Beit Lahiya and Beit Hanoun"), another kind of violence, a "when"
clause, tanks only seen somewhere; or a whole that only says where its parts lie ("a
displacement order in Gaza city, covering the neighbourhood of Tufah"); or a place of
another role: where people were sent or taken, what an offensive aims at, a place on the
way. An event's kind says where it is coded, too: an aid delivery at the crossing, a
return where people go back to. These tests take such places out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from geoevents.anchored import Cues
from geoevents.clause_places import holds, seat_of
from geoevents.dates import WEEKDAY_FOLDED
from geoevents.gazetteer import Gazetteer
from geoevents.locate.toll_places import toll_across
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
    THEN_WHERE,
    TO,
    came_from,
    carried_list,
    displaced_from,
    leaving,
    list_began,
    list_goes_on,
    locates_another,
    not_after,
    where_they_are,
)
from geoevents.place_roles.onward import not_a_stop_on_the_way
from geoevents.sentences import Span, split_clauses
from geoevents.trigger_table import AIR, RETURN, VIOLENT
from geoevents.triggers import Trigger, find_triggers, may_begin, order_may_begin
from geoevents.units import EventUnit, folded_into

__all__ = ["not_in_the_act_beside", "beside_the_strikes", "flight_apart_from_attacks",
           "listed_in_its_clause",
           "not_where_another_lies", "narrowed_by_its_kind", "where_the_order_applies",
           "not_where_taken_or_aimed", "namesakes_apart", "not_the_deed_it_answered",
           "not_the_deed_it_is_timed_by",
           "not_only_seen_there", "not_where_people_were_sent", "not_on_the_way",
           "from_the_place_where_follows",
           "narrowed_to_its_parts", "two_happenings", "answers_a_death_told_before"]

_ENDANGERED = re.compile(r"(?i)\b(?:endanger(?:s|ed|ing)?|threaten(?:s|ed|ing)?|"
                         r"jeopardi[sz](?:es|ed|ing)|imperil(?:s|led|ling)?)\s+(?:the\s+)?"
                         r"(?:(?:nearby|adjacent|neighbouring|neighboring)\s+)?$")

_AT_THE_GATE = frozenset({"Aid delivery", "Crossing opened or closed"})
_ROUTE_OPENED = re.compile(r"(?i)(?:re-?)?opened\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
                           r"(?:route|road|passage|corridor|street|highway)s?\b")


def _narrowed_to_parts(here: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """"a displacement order in Gaza city, covering the neighbourhood of Tufah": the parts
    the clause names say where, not the place that holds them."""
    out = []
    for i, m in enumerate(here):
        part = here[i + 1] if i + 1 < len(here) else None
        if part is not None and part.place_id != m.place_id and \
                (_COVERING.fullmatch(text, m.end, part.start) or
                 _ITS_OWN.fullmatch(text, m.end, part.start)) and \
                (holds(gaz, m, part) or _seat_holds(gaz, m, part)):
            # (and "east of Khan Younis in the areas of Bani Suheila and Abasan": the towns
            # of the governorate its seat names)
            continue
        out.append(m)
    return out


def _seat_holds(gaz: Gazetteer, city: Mention, part: Mention) -> bool:
    a, b = gaz.get(city.place_id), gaz.get(part.place_id)
    return a is not None and b is not None and seat_of(a, b)


# "Gaza city, covering the neighborhood of", "Khan Younis, including the areas of", "east of
# Khan Younis in the areas of"
_COVERING = re.compile(r",?\s+(?:(?:covering|including|in particular|particularly|especially|"
                       r"specifically|namely|mainly|mostly)\s+(?:the\s+)?"
                       r"(?:(?:neighbou?rhoods?|areas?|districts?|blocks?|parts?|towns?|"
                       r"camps?)\s+of\s+(?:the\s+)?)?|"
                       r"in\s+the\s+(?:neighbou?rhoods?|areas?|districts?|towns?)\s+of\s+"
                       r"(?:the\s+)?)", re.I)


# "Gaza's largest hospital, Shifa": the town's own site, named after what it is
_ITS_OWN = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+(?:the\s+)?")


def two_happenings(sentence: Span, cues: Cues) -> Callable[[int, int], bool]:
    """A test of whether the words from a place (at ``a``) to a place after it (at ``b``),
    read from the word of the event told before the first, tell events of two kinds: "a drone strike
    hit a car in Rafah as the army demolished homes in Tal as-Sultan", "In Deir al-Balah, an
    airstrike killed four people and tanks shelled Nuseirat camp" (not "an airstrike in Gaza
    City killed four people in the Zeitoun neighborhood", "Four people were killed in Gaza
    City when an airstrike hit a house in Zeitoun": one)."""
    triggers: list[Trigger] | None = None

    def apart(a: int, b: int) -> bool:
        nonlocal triggers
        if triggers is None:
            triggers = find_triggers(cues.text, sentence.start, sentence.end, cues=cues)
        lo = max((t.start for t in triggers if t.start < a), default=a)
        return len({t.sub_event_type for t in triggers if lo <= t.start < b}) > 1
    return apart


_ITS_PART = re.compile(r"\b(?:its|their)\s+(?:(?:north|south|east|west|centre|center)\w*|"
                       r"residents|people|population|inhabitants|neighbou?rhoods|areas|parts|"
                       r"outskirts)\b", re.I)


def _not_in_violent_clauses(unit: EventUnit, here: list[Mention], cues: Cues
                            ) -> list[Mention]:
    """The sentence's places for an order or a flight whose clause names none, less those
    an attack of another clause governs: "In Khan Younis, our teams responded to a strike on
    a house in the al-Qarara area, while new evacuation orders have forced thousands of
    families out of the eastern areas": al-Qarara is where the strike hit; the town that
    frames the sentence, before the strike's word, frames the orders too. (Not "Israel
    invaded Rafah and ordered the evacuation of its east": the order's clause points back to
    the place.)"""
    if _ITS_PART.search(unit.clause.text):
        return here
    clauses = split_clauses(unit.sentence, cues.text, cues)
    keep = []
    for m in here:
        clause = next((c for c in clauses if c.start <= m.start < c.end), None)
        if clause is None or clause.start == unit.clause.start or not any(
                t.event_type in VIOLENT and t.start < m.start
                for t in find_triggers(cues.text, clause.start, m.start, cues=cues)):
            keep.append(m)
    return keep


# "... followed evacuation orders and killed 12 people in Nuseirat": the attack told on
_ITS_VERB_AGAIN = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?(?:killed|hit|struck|shot|"
                             r"shelled|bombed|stormed|raided|destroyed|pushed|advanced|"
                             r"wounded|injured)\b", re.I)


def _the_order_apart(unit: EventUnit, here: list[Mention], span: Span, cues: Cues
                     ) -> list[Mention]:
    """An attack's places and an order's, told in one clause, each on its own side of the
    order's word: "conducting a ground and air operation in Jabalya, accompanied by
    evacuation orders covering Jabalya camp, Beit Lahiya and Beit Hanoun": the operation is
    in Jabalya, the orders cover the three, when each side names a place of its own."""
    if unit.event_type in VIOLENT and not order_may_begin(cues, unit.anchor + 1, span.end):
        return here  # no order told after the attack
    words = find_triggers(cues.text, span.start, span.end, cues=cues)
    if unit.event_type in VIOLENT:
        order = next((t.start for t in words if t.start > unit.anchor and
                      t.sub_event_type == "Evacuation order" and not folded_into(t, unit)),
                     None)
        if order is None or not any(unit.anchor < m.start < order for m in here) or \
                not any(m.start > order for m in here):
            return here
        # (not "strikes on Deir al-Balah followed evacuation orders and killed 12 people in
        # Nuseirat": the attack's own verb again, after the orders)
        again = _ITS_VERB_AGAIN.search(cues.text, order, span.end)
        return [m for m in here if m.start < order or again is not None and
                m.start > again.start()]
    attack = [t.start for t in words if t.start < unit.anchor and t.event_type in VIOLENT]
    # (not "manoeuvres in and around Rafah have intensified and Israel has ordered 100,000
    # Palestinians in the southern city to evacuate to ... Al-Mawasi": where they are sent
    # is no place of the order's own)
    if not attack or not leaving([m for m in here if m.start > unit.anchor], unit.sentence):
        return here
    return [m for m in here if m.start > unit.anchor or m.start < attack[0]]


def _in_its_when(unit: EventUnit, here: list[Mention], text: str) -> list[Mention]:
    """``here`` less the places of the clause a "when" clause hangs on, when the event is told
    in the "when" clause and that names a place of its own: "The Kerem Shalom crossing has
    remained shut since Sunday, when rockets fired from the Rafah area killed four soldiers":
    the crossing is what stayed shut, the attack came from Rafah."""
    when = max(_WHEN.finditer(text, unit.clause.start, unit.anchor), default=None,
               key=lambda w: w.start())
    if when is None or not any(m.start >= when.end() for m in here) or \
            _HARM_TOLD.search(text, unit.clause.start, when.start()):
        # (not "Three Palestinians were killed in Khan Younis on Saturday, when Israeli drones
        # struck a group of people returning from Rafah": the clause it hangs on tells the
        # harm and its place, the "when" clause only how it came)
        return here
    return [m for m in here if m.start >= when.end()]


# "since Sunday, when rockets ...", "on 9 July, when the school was hit"
_WHEN = re.compile(r",\s+when\s")
_HARM_TOLD = re.compile(r"(?i)\b(?:killed|killing|died|dead|wounded|injured|injuring|hurt|"
                        r"shot|martyred)\b")


def namesakes_apart(here: list[Mention], gaza: list[Mention], gaz: Gazetteer, text: str
                    ) -> list[Mention]:
    """``here`` less a name told as a part of a town that the gazetteer puts elsewhere:
    "the al-Amal, al-Nasr and Western Camp neighbourhoods of Khan Younis" are not the
    an-Nasr village of Rafah, its namesake."""
    out = []
    for m in here:
        town = next((n for n in gaza if n.start >= m.end and n.start - m.end < 80), None)
        if town is not None and town.feature_class in ("city", "town") and \
                _PARTS_OF_TOWN.fullmatch(text, m.end, town.start) and not holds(gaz, town, m):
            continue
        out.append(m)
    return out


# the rest of a list of parts, then the town: ", al-Nasr and Western Camp neighbourhoods of "
_PART_NAME = (r"(?:(?:al|el|an|ash|as|ad|ar|az)-)?[A-Z][\w'’-]*"
              r"(?:\s+(?:(?:al|el|an|ash|as|ad|ar|az)-)?[A-Z][\w'’-]*)?")
_PARTS_OF_TOWN = re.compile(rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_PART_NAME}){{0,4}}\s+"
                            r"(?:neighbou?rhoods?|districts?|quarters?)\s+of\s+(?:the\s+)?")


def _after_another(unit: EventUnit, m: Mention, text: str) -> bool:
    """Whether ``m`` is placed by a clause after "after" or "following" that tells a death
    of its own, begun after the unit's word ("ordered strikes after a soldier was killed by
    gunfire in Rafah"; not "a soldier was killed in Rafah after a strike", the unit's own)."""
    hit = _AFTER_A_DEATH.search(text, max(unit.sentence.start, m.start - 90), m.start)
    if hit is None and unit.sub_event_type == AIR[1]:
        # (not "Israeli troops opened fire, killing three, after an attack on its forces
        # near the Netzarim corridor", "troops battled Hamas fighters following an attack on
        # its troops in Shejaia": fire from the ground answers where the troops are)
        hit = _IN_REPLY_TO.search(text, max(unit.sentence.start, m.start - 90), m.start)
        if hit is not None and (
                _AT_THE_ATTACK.search(text, unit.anchor, hit.start()) or
                _HERE_AGAIN.match(text, m.end, unit.sentence.end)):
            # (nor "a drone struck the attackers after an attack on its troops in Rafah",
            # "launched airstrikes after an attack on its troops in Rafah, hitting targets
            # in the city", "pounded Hamas positions after an attack on its troops in Beit
            # Hanoun, where fighting has raged": the strikes told at the attack's place)
            return False
    if hit is not None and hit.groupdict().get("hurt") and \
            _DIED_OF_IT.search(text, unit.sentence.start, hit.start()):
        # (not "A girl died in hospital on Monday after she was wounded by Israeli fire in
        # Khan Younis": the wounding she died of, the attack's own place)
        return False
    return hit is not None and hit.start() > unit.anchor


def _before_a_reply(unit: EventUnit, m: Mention, text: str) -> bool:
    """Whether ``m`` places a death told before the unit's word, which the attack answered
    ("two soldiers were killed in Rafah, prompting another round of strikes", "said two
    soldiers were killed in Rafah and launched strikes that killed 44"; not "troops shelled
    Rafah, prompting families to flee": the attack's own place)."""
    if m.end >= unit.anchor or unit.sub_event_type != AIR[1]:
        # (not "A soldier was wounded in Rafah, prompting tank fire that killed three": fire
        # from the ground answers where the troops are)
        return False
    death = _A_DEATH_IN.search(text, max(unit.sentence.start, m.start - 60), m.start)
    if death is None or _TROOPS_BEFORE.search(
            text, max(unit.sentence.start, death.start() - 40), death.start()) is None:
        # (not "Three people were killed in Deir al-Balah, prompting an Israeli airstrike
        # that killed 4": no troops hit, nothing the strike answered)
        return False
    reply = _A_REPLY.match(text, m.end)
    # (not "Five Palestinians were killed in Jabalia, prompting residents to flee, as
    # Israeli strikes killed 12 more": what was prompted is not the attack)
    # (nor "a soldier was killed in a clash in Rafah and Israeli strikes killed 5 militants
    # who took part in the attack": the strikes on the attackers, at its place)
    return reply is not None and reply.end() <= unit.anchor and \
        _UP_TO_IT.fullmatch(text, reply.end(), unit.anchor) is not None and \
        not _THERE_AGAIN.match(text, unit.anchor) and \
        not (reply.group().endswith("and") and
             _AT_THE_ATTACK.search(text, unit.anchor, unit.sentence.end))


# "were killed in", "was shot dead near": a death told with its place
_A_DEATH_IN = re.compile(r"\b(?:(?:was|were|had\s+been|have\s+been)\s+(?:killed|shot\s+dead|"
                         r"shot|wounded|injured|ambushed)|died|fell)\b"
                         r"(?:\s+(?:by|from|in\s+an?)\s+[\w-]+(?:\s+[\w-]+)?)?"
                         r"(?:\s+on\s+\w+)?\s+(?:in|near|at|outside)\s+(?:the\s+)?"
                         r"(?:(?:north|south|east|west)(?:ern)?\s+)?$", re.I)
# ", prompting another round of strikes", "and launched strikes": the attack that answered
# (or "a day in which two of its soldiers were killed in Rafah and Israeli strikes killed
# at least 44": the strikes told beside the deaths, their answer)
_A_REPLY = re.compile(r"(?:\s+on\s+\w+)?(?:\s*,\s*|\s+)(?:prompting|triggering|sparking|"
                      r"provoking)\b|(?:\s+on\s+\w+)?\s+and\s+(?:(?:then|Israel|the\s+army|"
                      r"the\s+military)\s+)?(?:launched|ordered|retaliated|responded)\b|"
                      r"(?:\s+on\s+\w+)?\s+and(?=\s+(?:israeli\s+)?(?:air\s*|drone\s+)?"
                      r"strikes\s+(?:killed|have\s+killed|kill)\b)",
                      re.I)


# "Two soldiers were killed", "a reservist was shot dead": troops told hit
_TROOPS_BEFORE = re.compile(r"\b(?:soldiers?|troops?|reservists?|officers?|commanders?|"
                            r"sergeants?|servicem[ae]n)\b(?:\s+[\w'’-]+){0,3}?\s*$", re.I)
# " another round of", " Israel to launch": the few words from the reply to the attack's word
_UP_TO_IT = re.compile(r"(?:\s+(?!(?:as|while|and|but|when)\b)[\w'’-]+){0,4}\s+", re.I)
# (not "two soldiers were killed in Rafah, prompting strikes on the city that killed 12",
# "ordered strikes in the area": the attack told at the death's place again)
_THERE_AGAIN = re.compile(r"[\w-]*(?:\s+[\w'’-]+){0,3}?\s+(?:there\b|(?:on|in|across|at|around|"
                          r"near|against)\s+(?:the\s+)?(?:same\s+)?(?:city|town|camp|area|"
                          r"neighbou?rhood|district|village)\b)", re.I)


# "ordered 'immediate and powerful strikes'": strikes a leader ordered
_ORDERED_STRIKES = re.compile(r"\b(?:ordered|orders)\s+(?:an?\s+|the\s+)?[\"“]?(?:[\w-]+\s+){0,3}?"
                              r"(?:and\s+[\w-]+\s+)?(?:strikes|attacks|retaliation)\b", re.I)
# "soldiers were killed in", "troops came under sniper and anti-tank fire in": an attack on
# troops with its place
_TROOPS_HIT = re.compile(r"\b(?:(?:soldiers?|troops?|reservists?|officers?)\s+(?:was|were)\s+"
                         r"killed|(?:troops|soldiers|forces)\s+came\s+under\s+(?:[\w-]+\s+){0,4}?"
                         r"(?:fire|attack))(?:\s+on\s+\w+)?\s+(?:in|near|at)\s+(?:the\s+)?$",
                         re.I)
# "the strikes", "these Israeli strikes": a determiner that points back, read just before a
# unit's own word for its attack, whatever that word is (singular or plural: "these"
# and "those" too), so no list of an attack's nouns (geoevents.the_same_attack) applies
_DETERMINER_BEFORE_ITS_WORD = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?$", re.I)
# "killed at least 44 on Sunday, in response to what Israel said was an attack on its troops
# in Rafah", "after an ambush on Israeli soldiers near": the attack on troops answered
_IN_REPLY_TO = re.compile(r"\b(?:in\s+(?:response|retaliation|reply)\s+(?:to|for)|after|"
                          r"following)\s+(?:(?!(?:and|but|while|which)\b)[\w'’-]+\s+){0,5}?"
                          r"(?:an?\s+|the\s+)?(?:attack|ambush|assault|raid)\s+(?:on|against)\s+"
                          r"(?:its|the|israeli|their)\s+(?:own\s+)?(?:troops|soldiers|forces)\s+"
                          r"(?:(?:on|early|late)\s+\w+\s+)?(?:in|near|at|outside)\s+(?:the\s+)?"
                          r"(?:(?:north|south|east|west)(?:ern)?\s+)?$", re.I)
# "struck the attackers", "the gunmen who had fired on its troops", "killed 5 militants who
# took part in the attack", "struck the area", "supported ground troops battling militants":
# what the strikes hit is where the attack was
_AT_THE_ATTACK = re.compile(r"\b(?:the|those)\s+(?:[\w-]+\s+)?(?:attackers|assailants|"
                            r"perpetrators|gunmen|cell|squad|area)\b|"
                            r"\b(?:militants|fighters|gunmen|men|operatives)\s+(?:who|that)\s+"
                            r"(?:had\s+)?(?:attacked|fired|ambushed|carried\s+out|took\s+part|"
                            r"opened\s+fire|killed)\b|"
                            r"\b(?:supported|supporting|backed|backing|support\s+of|covering)\s+"
                            r"(?:the\s+|its\s+)?(?:ground\s+)?(?:troops|forces|soldiers)\b", re.I)
# ", hitting targets in the city", "there", ", where fighting has raged": the strikes told at
# the attack's place again, in the clause that tells it (not "; fighting continued in the
# city": a clause of its own)
_HERE_AGAIN = re.compile(r"[^;:—–]*?(?:\b(?:there\b|(?:in|on|across|at|around|near)\s+"
                         r"(?:the\s+)?(?:same\s+)?(?:city|town|camp|area|neighbou?rhood|"
                         r"district|village)\b)|,\s+where\s+(?:[\w-]+\s+){0,3}?(?:fighting|"
                         r"clashes|battles|battling|fought)\b)", re.I)
_DIED_OF_IT = re.compile(r"\b(?:died|dies|succumbed|passed\s+away)\b", re.I)
_AFTER_A_DEATH = re.compile(r"\b(?:after|following)\s+(?:(?!(?:and|but|while|which|that)\b)"
                            r"[\w'’-]+\s+){0,4}?(?:(?:was|were|had\s+been|have\s+been)\s+"
                            r"(?:killed|shot\s+dead|(?P<hurt>shot|wounded|injured)|ambushed)|"
                            # (a headline's "strikes after reservist killed in Rafah")
                            r"(?:soldiers?|reservists?|troops?|officers?)\s+killed|"
                            r"died|fell)\b"
                            r"(?:\s+(?:by|from|in\s+an?)\s+[\w-]+(?:\s+[\w-]+)?)?\s+"
                            r"(?:in|near|at|outside)\s+(?:the\s+)?(?:(?:north|south|east|west)"
                            r"(?:ern)?\s+)?$|"
                            # "The strikes followed the death of an Israeli soldier in Rafah",
                            # "after the killing of two reservists near Beit Hanoun"
                            r"\b(?:after|following|followed|came\s+after)\s+the\s+(?:death|deaths|"
                            r"killing|killings)\s+of\s+(?:(?!(?:and|but|while|which|that)\b)"
                            r"[\w'’-]+\s+){1,4}?(?:in|near|at|outside)\s+(?:the\s+)?"
                            r"(?:(?:north|south|east|west)(?:ern)?\s+)?$", re.I)


def _before_other_violence(unit: EventUnit, here: list[Mention], span: Span, cues: Cues
                           ) -> list[Mention]:
    """The clause's places of a violent ``unit`` less those after another kind of
    violence's word: "bombardment from the air, land and sea continued across the Gaza
    Strip, with ground fighting reported in Gaza City and the Beach camp": the places after
    it are that event's, when this one has a place of its own before it.

    (not "killed four people who had fled the shelling in Beit Hanoun": a place after a
    word of this event's kind again; nor "tanks shelled eastern Rafah, with troops raiding
    homes in Tal as-Sultan": a word folded into this event, no event of its own to take
    the place)"""
    after = [m.start for m in here if m.start > unit.anchor]
    if len(after) < 2 or not may_begin(cues, min(after) + 1, max(after) + 1):
        # (only another violent word can cut the list, and only one that begins after the
        # first place after the unit's own word and by the last: the words are looked for
        # in no other case)
        return here
    words = [t for t in find_triggers(cues.text, unit.anchor + 1, span.end, cues=cues)
             if t.start > unit.anchor and not folded_into(t, unit)]
    other = next((t.start for t in words if t.event_type != unit.event_type and
                  t.event_type in VIOLENT), None)
    if other is None or not any(unit.anchor < m.start < other for m in here):
        return here
    return [m for m in here if m.start < other or next(
        t for t in reversed(words) if t.start < m.start).event_type == unit.event_type]


# "and the demolition of high-rise buildings": the deed named as a noun beside the attack's
# (not "and bulldozers demolished several houses": a clause of its own, at the place its
# sentence tells)
_THE_DEMOLITION_OF = re.compile(r"\band\s+the\s+(?:[\w-]+\s+)?(?P<word>demolition|destruction)s?"
                                r"\s+of\b", re.I)
# "strikes on Zeitoun, Sabra and Tel al-Hawa": the strikes named as a noun too, on the places
# they hit (not "Israeli tanks advanced into Beit Lahia and Beit Hanoun on Monday, and the
# demolition of dozens of houses followed": the troops that went in razed the houses there)
_STRIKES_ON = re.compile(r"\b(?:(?:air\s*)?strikes|bombardments?|bombings?|shelling|raids|"
                         r"attacks)\s+(?:on|in|across|against|targeting)\s", re.I)


# "aid to the residents of the Gaza Strip", "food for the displaced people of Rafah": whose
# people the aid is for, not where it came in
_ITS_PEOPLE = re.compile(r"(?i)\b(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:residents|people|"
                         r"population|civilians|inhabitants)\s+of\s+(?:the\s+)?$")
# "aid trucks started to enter the Gaza Strip on Sunday through the Kerem Shalom gate":
# where the aid went, not the crossing
_ENTERING = re.compile(r"(?i)\benter(?:s|ed|ing)?\s+(?:the\s+)?$")


# "tanks near al-Mawasi", "troops stationed around the hospital": a force told only as being
# there, with no deed of its own
_ONLY_SEEN_THERE = re.compile(r"(?i)\b(?:tanks?|troops|forces|soldiers|bulldozers|snipers|"
                              r"(?:armou?red\s+|military\s+)?vehicles)\s+(?:(?:were|was|had\s+been|"
                              r"stationed|deployed|positioned|massed|massing|gathered|seen|"
                              r"spotted)\s+){0,2}(?:near|around|outside|close\s+to|at|on\s+the"
                              r"\s+outskirts\s+of)\s+(?:the\s+)?$")
# ... and the attack beside it: "and heavy shelling" right after the place
_AND_THEN_IT = re.compile(r"(?i)\s*,?\s*and\s+(?:(?:[\w-]+|\w+\s+of)\s+){0,2}")


def beside_the_strikes(unit: EventUnit, here: list[Mention], cues: Cues) -> list[Mention] | None:
    """For a demolition told as a noun beside strikes told as one ("follows weeks of heavy
    strikes on Zeitoun, Sabra and Tel al-Hawa, and the demolition of high-rise buildings"),
    the sentence's places less those the strikes' words govern: those are the strikes', not
    the demolition's told beside them. None for any other unit."""
    if unit.sub_event_type == "Looting/property destruction" and \
            (named := _THE_DEMOLITION_OF.search(
                cues.text, max(unit.clause.start, unit.anchor - 30), unit.anchor + 20)) and \
            named.start("word") == unit.anchor and \
            _STRIKES_ON.search(cues.text, unit.sentence.start, named.start()):
        return _not_in_violent_clauses(unit, here, cues)
    return None


def flight_apart_from_attacks(unit: EventUnit, here: list[Mention], cues: Cues
                              ) -> list[Mention]:
    """The sentence's places for an order or a flight, less those an attack of another
    clause governs (see ``_not_in_violent_clauses``); a flight keeps them when all else it
    names is where people went."""
    if unit.sub_event_type in FROM_HERE and len(here) > 1:
        apart = _not_in_violent_clauses(unit, here, cues)
        if unit.sub_event_type == "Evacuation order" or leaving(apart, unit.sentence):
            return apart or here
    return here


def listed_in_its_clause(unit: EventUnit, here: list[Mention], gaza: list[Mention], cues: Cues
                         ) -> list[Mention]:
    """The clause's places with the rest of the list they run on into or begin before the
    clause, less those another event's words govern: another kind of violence's (see
    ``_before_other_violence``), an order's (``_the_order_apart``), the clause a "when"
    clause hangs on (``_in_its_when``).

    (not "ground and air attacks on Khan Younis and bombed homes in Rafah and Deir
    el-Balah": the names after another event's words are that event's places; nor "Israeli
    tanks advanced into Jabalia and Beit Lahia, and Nuseirat was bombed overnight": the
    list's first names are what another verb governs)"""
    if here:
        more = list_goes_on(here[-1], gaza, unit)
        here = here + [m for m in more if not find_triggers(cues.text, unit.clause.end, m.start,
                                                            cues=cues)]
    began = list_began(gaza, unit)
    if began and not find_triggers(cues.text, unit.sentence.start, began[0].start, cues=cues):
        here = began + here
    if unit.event_type in VIOLENT:
        here = _before_other_violence(unit, here, unit.clause, cues)
    if len(here) > 1 and (
            unit.event_type in VIOLENT or unit.sub_event_type == "Evacuation order"):
        here = _the_order_apart(unit, here, unit.clause, cues)
    if len(here) > 1:
        here = _in_its_when(unit, here, cues.text)
    return here


def not_where_another_lies(here: list[Mention], gaza: list[Mention], text: str
                           ) -> list[Mention]:
    """``here`` less a place told only to say where the one beside it lies: "incursion in
    Al-Zaytoun neighbourhood, east of Gaza City": Gaza City only says where the
    neighbourhood lies."""
    return [m for m in here if not locates_another(m, _next_to(m, gaza, -1),
                                                   _next_to(m, gaza, 1), text)]


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


def narrowed_by_its_kind(unit: EventUnit, here: list[Mention], text: str) -> list[Mention]:
    """``here`` less the places an event of the unit's kind is not coded at.

    - "opened an additional route southwards along Salah al-Din Road ... to accelerate
      evacuation towards al-Mawasi": a route is where it runs, not where those who take it
      go;
    - "to increase humanitarian aid to the residents of the Gaza Strip, 17 aid trucks
      entered northern Gaza": whose people the aid is for, not where it came in;
    - "The Kerem Shalom crossing has remained shut since Sunday, when rockets fired from the
      Rafah area killed four soldiers": the crossing named is what closed;
    - "reopened Kerem Shalom, allowing aid into Gaza": aid and crossings are coded at the
      crossing, not where the aid goes;
    - "the army withdrew from the Netzarim Corridor as Palestinians return to northern
      Gaza": a return is coded where people go back to;
    - "Gaza city, where 100,000 people displaced from North Gaza have relocated": where the
      displaced are now is not where they fled."""
    if unit.sub_event_type == "Crossing opened or closed" and here and \
            _ROUTE_OPENED.match(text, unit.anchor):
        here = not_after(TO, here, unit.sentence)
    if unit.sub_event_type == "Aid delivery" and len(here) > 1:
        here = not_after(_ITS_PEOPLE, here, unit.sentence) or here
    if unit.sub_event_type == "Crossing opened or closed" and len(here) > 1:
        here = [m for m in here if m.feature_class == "crossing"] or here
    if unit.sub_event_type in _AT_THE_GATE and len(here) > 1:
        here = not_after(_ENTERING, not_after(TO, here, unit.sentence),
                         unit.sentence) or here
    if unit.sub_event_type == RETURN[1] and len(here) > 1:
        away = {id(m) for m in not_after(TO, here, unit.sentence)}
        here = [m for m in here if id(m) not in away] or here
    if unit.sub_event_type == "Displacement" and here:
        here = [m for m in here if not where_they_are(m, unit.sentence)]
    return here


def where_the_order_applies(here: list[Mention], sentence: Span) -> list[Mention]:
    """An evacuation order's places: where people are ordered out from, and not what the
    order puts at risk ("the evacuation order issued for eastern Deir al-Balah endangers
    al-Aqsa Martyrs Hospital"), unless the sentence names nothing else."""
    here = came_from(here, sentence) or here
    return not_after(_ENDANGERED, here, sentence) or here


def not_where_taken_or_aimed(here: list[Mention], sentence: Span, cues: Cues) -> list[Mention]:
    """``here`` less the places of other roles: "30 bodies were brought to Al-Aqsa Hospital
    in Deir al-Balah": where the dead and wounded were taken is not where they were hit; nor
    is what an area is home to, the place of a situation an event worsens, or what an
    offensive aims to capture, unless the sentence names nothing else."""
    here = not_a_stop_on_the_way(carried_list(not_after(CARRIED_TO, here, sentence, cues),
                                              sentence), sentence)
    here = not_after(HOME_TO, here, sentence, cues) or here
    here = not_after(SITUATION_IN, here, sentence, cues)
    return not_after(AIMED_AT, here, sentence, cues) or here


def not_the_deed_it_answered(unit: EventUnit, here: list[Mention], text: str) -> list[Mention]:
    """``here`` less where the deed an attack came after happened: "Israeli strikes killed
    more than 40 people after two soldiers died in Rafah" (nor "two soldiers were killed in
    Rafah, prompting strikes that killed 40")."""
    return [m for m in here if not _after_another(unit, m, text) and
            not _before_a_reply(unit, m, text)]


# "hours after the group brought in food", "a day after the army ordered residents to leave",
# "shortly before": a time told against another deed, in a clause of that deed's own (not
# "just after the Wadi Gaza checkpoint": a place told by another)
_TIMED_BY = re.compile(r"(?i)\b(?:hours|minutes|days|moments|a\s+(?:few\s+)?(?:hours|days)|"
                       r"a\s+day|shortly|soon)\s+(?:after|before)\b")


# "shortly after midnight", "minutes before dawn", "hours after 9 pm", "shortly after that":
# a time, or the act told itself, not another deed
_A_TIME_OF_DAY = re.compile(r"(?i)\s+(?:the\s+)?(?:midnight|midday|noon|dawn|daybreak|sunrise|"
                            rf"sunset|dusk|nightfall|iftar|suhoor|\d|{WEEKDAY_FOLDED}|that\b|"
                            r"this\b|it\b)")


def not_the_deed_it_is_timed_by(unit: EventUnit, here: list[Mention], cues: Cues
                                ) -> list[Mention]:
    """``here`` less the places of a clause after the attack's word that only times it by
    another deed, one that is no attack: "An Israeli airstrike killed four aid workers late
    Monday, hours after the group brought in a shipload of food by a maritime route ... a
    lifeline for northern Gaza" (the route's place, not the strike's; the strike falls to
    the dateline or the report's place). A clause that tells an attack ("hours after an
    airstrike hit a house in Rafah") keeps its places: that attack may be the one told; so
    does one that tells no deed at all ("shortly after midnight in the Nuseirat camp")."""
    text = cues.text
    timed = _TIMED_BY.search(text, unit.anchor, unit.sentence.end)
    if timed is None or not any(timed.end() <= m.start < unit.sentence.end for m in here):
        return here
    end = text.find(";", timed.end(), unit.sentence.end)
    end = unit.sentence.end if end < 0 else end
    if _A_TIME_OF_DAY.match(text, timed.end()) or any(
            t.event_type in VIOLENT for t in find_triggers(text, timed.end(), end, cues=cues)):
        # (nor "hit by an air strike shortly after midnight in the Nuseirat camp": a time
        # of day, no deed)
        return here
    return [m for m in here if not timed.end() <= m.start < end]


def not_only_seen_there(unit: EventUnit, here: list[Mention], text: str) -> list[Mention]:
    """"Residents reported tanks near al-Mawasi and heavy shelling around Nasser Hospital":
    where the tanks were seen, told beside the attack, is not where the shelling fell, which
    its own words place (a place after the unit's word)."""
    if any(m.start > unit.anchor for m in here):
        return [m for m in here if not _ONLY_SEEN_THERE.search(
            text, max(0, m.start - 60), m.start) or not _AND_THEN_IT.fullmatch(
            text, m.end, unit.anchor)]
    return here


def from_the_place_where_follows(unit: EventUnit, here: list[Mention], gaz: Gazetteer,
                                 cues: Cues) -> list[Mention] | None:
    """``here`` from the place a relative "where" clause that holds the attack's word follows
    on ("ordered the inhabitants to move to Deir al-Balah, where it launched bombings that
    night", "families fled to Rafah, where an airstrike hit a house in Tal as-Sultan"): the
    attack is at that place (or at one the clause names in it), not at a place told before
    it, nor set aside as where people were sent; None when no such clause holds the word,
    when an attack is told before the place, or when the place is not one people were sent
    or went to."""
    if unit.event_type not in VIOLENT:
        return None
    text = cues.text
    before = [m for m in here if m.end <= unit.anchor]
    if not before or _WHERE_IT_HAPPENED.fullmatch(text, before[-1].end, unit.anchor) is None \
            or any(t.event_type in VIOLENT for t in find_triggers(
                text, unit.sentence.start, before[-1].start, cues=cues)):
        # (not "the Indonesian Hospital came under attack in Beit Lahiya where 29 were
        # killed in air strikes": an attack told before the place, its own)
        return None
    k = len(before) - 1
    while k > 0 and _ITS_ADDRESS_OR_LIST.fullmatch(text, before[k - 1].end, before[k].start):
        k -= 1  # ("the al-Fakhoura school in Jabalia, where", "Jabalia, northern Gaza,
        # where", "the cities of Deir al-Balah and Khan Younis, where": all the clause follows)
    if before[k] in not_after(MOVED_TO, [before[k]], unit.sentence, cues):
        return None  # (only a place people were sent or went to, which else is set aside)
    if k < len(before) - 1:
        return [m for m in here if m.start >= before[k].start]
    town = before[-1]
    after = [m for m in here if m.start > town.start]
    # (a place the clause names in the town is where: "Gaza City, where an airstrike hit a
    # house in Sheikh Radwan")
    return after if after and all(holds(gaz, town, m) for m in after) else [town, *after]


# "Deir al-Balah, where it launched bombings", "Rafah, where on Monday an airstrike": a
# relative clause after the place, up to the attack's word (not "Rafah, where they had
# sheltered, and then strikes hit": a clause of its own before the attack)
_WHERE_IT_HAPPENED = re.compile(r",?\s+where\s+[^.;:,()]{0,60}?")


# what joins a place to its address or to the next item of a list
_ITS_ADDRESS_OR_LIST = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:in|of|and|or)\s+|['’]s\s+)"
                                  r"(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?",
                                  re.I)


def not_where_people_were_sent(unit: EventUnit, here: list[Mention], cues: Cues
                               ) -> list[Mention]:
    """Where people are sent ("its order for people to move south of Wadi Gaza") is not
    where the fighting or the strikes are (but "families leaving Jabalia for Gaza City, where
    an Israeli strike killed 5": the place they were going to, where the sentence then
    tells it happened); nor where they had fled from ("tents sheltering families who had
    fled to Rafah from across Gaza")."""
    moved = not_after(MOVED_TO, here, unit.sentence, cues)
    here = [m for m in here if m in moved or THEN_WHERE.match(cues.text, m.end) and
            LEAVING_FOR.search(cues.text, max(0, m.start - 60), m.start)]
    here = not_after(FLED_FROM, here, unit.sentence, cues)
    return displaced_from(here, unit.sentence)


def not_on_the_way(unit: EventUnit, here: list[Mention]) -> list[Mention]:
    """"struck as they travelled to the European Hospital in Rafah": on the way there, in the
    town named after it, not at the hospital; "in most areas, except for Rafah": not there
    (but "ordered residents to move from Beit Lahia to Gaza City": the place an order or a
    flight leaves)."""
    return [m for m in here if not (hit := EN_ROUTE.search(
        unit.sentence.text, max(0, m.start - unit.sentence.start - 30),
        m.start - unit.sentence.start)) or
        unit.sub_event_type in FROM_HERE and hit.group(0).rstrip().endswith("from")]


def narrowed_to_its_parts(unit: EventUnit, here: list[Mention], gaz: Gazetteer, text: str
                          ) -> list[Mention]:
    """Of several places, the parts a clause names rather than the place that holds them
    (see ``_narrowed_to_parts``), but the Strip a toll is told across (not "killed 20 people
    across the Gaza Strip, including Jabalia": the toll is the Strip's, its parts are attacks
    of their own)."""
    if len(here) > 1:
        parts = _narrowed_to_parts(here, text, gaz)
        return [m for m in here if m in parts or (
            unit.fatalities and m.feature_class == "strip" and
            toll_across(unit, text, m, here))]
    return here


def answers_a_death_told_before(unit: EventUnit, last_place: tuple[Mention, int] | None,
                                gaz: Gazetteer, text: str) -> bool:
    """Whether attacks told with no place answer a death told at the place before: "ordered
    strikes on Tuesday after a soldier was killed by gunfire in Rafah. ... the strikes
    disrupted the search": where the deed the attacks came after happened is not where they
    hit, told again with no place (nor "a reservist was killed when troops came under fire
    in Rafah. Netanyahu ordered powerful strikes": the strikes ordered in answer)."""
    return bool(
        last_place is not None and unit.event_type in VIOLENT and gaz.strip is not None and
        not last_place[0].start >= unit.sentence.start and
        (_DETERMINER_BEFORE_ITS_WORD.search(text, max(0, unit.anchor - 25), unit.anchor) and
         _AFTER_A_DEATH.search(
            text, max(0, last_place[0].start - 90), last_place[0].start) is not None or
         _ORDERED_STRIKES.search(text, unit.sentence.start, unit.anchor + 12) and
         not _THERE_AGAIN.match(text, unit.anchor) and
         _TROOPS_HIT.search(
            text, max(0, last_place[0].start - 90), last_place[0].start) is not None))


# ", as Israel intensified its bombardment of northern Gaza", ", as Israeli troops pressed
# their offensive in Rafah": what the army went on doing at the time, told after an act
_AS_ANOTHER_ACT = re.compile(
    r",\s+(?:as|while)\s+(?:Israel|Israeli\s+(?:forces|troops|tanks|jets|warplanes|aircraft)|"
    r"the\s+(?:Israeli\s+)?(?:army|military)|(?:its|Israel['’]s)\s+(?:forces|troops|army))\s+"
    r"(?:(?:has|had|have|also|further|continued\s+to|kept)\s+)?(?:intensified|intensifies|"
    r"intensifying|stepped\s+up|steps\s+up|expanded|expands|escalated|escalates|pressed|"
    r"presses|widened|widens|kept\s+up|keeps\s+up|pursued|pursues)\b")


def not_in_the_act_beside(unit: EventUnit, here: list[Mention], gaz: Gazetteer,
                          text: str) -> list[Mention]:
    """``here`` less the places of what the army went on doing, told after the unit's act
    in its clause, that lie inside the place the act's own words name: "An Israeli strike on
    a mosque in the Gaza Strip killed 19 people, as Israel intensified its bombardment of
    northern Gaza" is a strike somewhere in the Strip, not in northern Gaza, the
    bombardment's place (a place apart, "a strike in Rafah killed 19, as Israel intensified
    its bombardment of northern Gaza", is the other act's event, as before; and an act with
    no place of its own before keeps what the clause names)."""
    if len(here) < 2:
        return here
    beside = _AS_ANOTHER_ACT.search(text, unit.anchor, unit.clause.end)
    if beside is None:
        return here
    own = [gaz.get(m.place_id) for m in here if m.start < beside.start()]
    return [m for m in here if m.start < beside.start() or not any(
        o is not None and (p := gaz.get(m.place_id)) is not None and o.id != p.id and
        gaz.within(p, o) for o in own)]
