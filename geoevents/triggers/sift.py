"""The trigger table's rows run over a sentence, each match kept, set aside or retyped.

One pattern per table row finds the sentence's matches (:class:`Trigger`); the rules of the
modules before this one, tried in a fixed order, decide which tell an event and of which
ACLED type. The order is part of what they decide: a match retyped early meets the later
rules as its new type, and a few rules look at the triggers already kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geoevents.anchored import Cues
from geoevents.in_passing import (
    DAY_AFTER,
    STARTED_ON,
    freed_under_a_truce,
    how_they_came,
    named_in_passing,
    told_as_a_measure,
    told_as_cover,
    told_as_going_on,
    told_by_its_length,
    who_they_are,
)
from geoevents.trigger_table import (
    AGREEMENT,
    AID,
    AID_SOUGHT,
    AIR,
    ARRESTS,
    ATTACK,
    BATTLE,
    CROSSING,
    DESTRUCTION,
    DISPLACEMENT,
    EVACUATION,
    IED,
    MISSION_VERBS,
    RELEASE,
    RETURN,
    SHELL,
    SIEGE,
    TERRITORY,
    TRIGGER_TABLE,
    VIOLENT,
)
from geoevents.triggers.aid import (
    _AID_GUARDED,
    _AID_HELD_UP,
    _AID_MOVING,
    _AID_PUSH_BY,
    _AID_PUSH_FOR,
    _AID_SCHEME,
    _AID_WAITING,
    _ARMY_DID,
    _DELIVERING,
    _FIRST_SINCE,
    _GOODS_TOLD_MOVED_TO,
    _HINDERED,
    _NONE_OR_SHARE,
    _PERFECT_AFTER,
    _PERFECT_BEFORE,
    _SCHEME_AT_WORK,
    _SINCE_A_DATE,
    _STOCK_AFTER,
    _STOCK_BEFORE,
    _UNABLE_AFTER,
    _WARD_MOVED,
    _WHILE_DOING,
    _aid_at_a_rate,
    _crossing_hit_and_closed,
    _not_a_crossing_decision,
)
from geoevents.triggers.attackers import (
    _AIMED_AT,
    _AIR_AFTER,
    _AIR_AFTER_STOP,
    _AIR_BACKING,
    _AIR_IN_CLAUSE,
    _AIR_SHOOTER,
    _AIR_WORD,
    _AIRCRAFT,
    _AIRDROP_OBJECT,
    _ARMED_ATTACKED,
    _ARMS,
    _ARMS_CARRIED,
    _ARMS_HELD,
    _ARMS_NAMED,
    _ARMS_USED_AFTER,
    _AT_TROOPS,
    _BOMBARDED_WITH_SHELLS,
    _BY_AIRDROP_OBJECT,
    _CLAUSE_BREAK,
    _CLAUSE_END,
    _CLAUSE_START,
    _EACH_ITS_PLACE,
    _EXCLUDED_BEFORE,
    _FIGHTERS_STRUCK,
    _FIRED_BY_THE_ARMY,
    _FROM_A_PLACE,
    _FROM_THE_AIR,
    _FROM_THE_SEA,
    _GROUND_ASSAULT,
    _GROUND_RAIDS,
    _GROUND_STRUCK,
    _HIT_WORD,
    _INTO_ISRAEL,
    _NOT_A_STRIKE_BEFORE,
    _OF_ATTACKING,
    _ON_STRIKE,
    _POUNDED_BY,
    _POUNDED_BY_GUNS,
    _PROCURED,
    _PROTESTERS,
    _RAIDED_TO,
    _RAIDS_INTO,
    _REMOTE_ATTACKER,
    _SITE_AFTER,
    _SITE_NAMED,
    _STRUCK_FOES,
    _STRUCK_TROOPS,
    _STRUCK_WITH_SHELLS,
    _TARGETED_TROOPS,
    _TOLD_DONE,
    _WALKOUT,
    GUNFIRE_WORDS,
    _clause_lead,
    _fired_by_fighters,
)
from geoevents.triggers.backdrop import (
    _AFTER_GERUND,
    _AFTER_THE_ONE_TOLD,
    _AN_ATTACK,
    _AS_BACKDROP,
    _AT_THE_TIME,
    _BEEN_DONE,
    _BEGAN_AFTER,
    _CAMPAIGN,
    _CAUSE,
    _CLASS_OF,
    _CONSEQUENCE,
    _COUNTED,
    _DAYS_OF,
    _DEAD_TOLD,
    _DID_HARM,
    _DOING,
    _EARLIER,
    _FROM_A_FACILITY,
    _GO_ON,
    _GOING_ON_BEFORE,
    _GOING_ON_SUBJECT,
    _GOING_ON_WORDS,
    _HABITUAL,
    _HABITUAL_AFTER,
    _HABITUAL_WORDS,
    _HARM_BEFORE,
    _HARM_NEXT,
    _HAVING,
    _HOSPITAL_BEFORE,
    _INTAKE_ITEM,
    _LATELY,
    _LAUNCHED,
    _LED_TO,
    _LEFT_A_PLACE,
    _LEFT_BY,
    _MAY_BE_ONGOING,
    _MEANS_USED,
    _NAMED_OPERATION,
    _NOT_INTAKE_OF_DEAD,
    _NOT_MILITARY,
    _OFTEN_BEEN,
    _OFTEN_NEXT,
    _ON_ISRAEL,
    _ON_OCTOBER_7,
    _ONCE_BEFORE,
    _ONE_NAMED,
    _ONE_TOLD,
    _ONGOING,
    _OPERATION_OF,
    _PATTERN_OF,
    _PERIODS_OF,
    _PULLED_OUT,
    _RECALLED,
    _RECENT_AFTER,
    _RECORD_OF,
    _REFUSED_AFTER,
    _SEVERAL_NEXT,
    _SHARE_OF,
    _SIEGE_AS_OPERATION,
    _SINCE_BEGAN,
    _SINCE_THE,
    _SINCE_WHO,
    _SPAN_OF,
    _STANCE,
    _STANCE_AFTER,
    _STRETCH_NEXT,
    _TALLY_SINCE,
    _THE_WAR,
    _TIMED_BY,
    _TOLD_ALREADY,
    _TOLL_FROM,
    _TOOK_PLACE,
    _UNDATED_EARLIER,
    _UNDER,
    _USED_TO,
    _WOULD,
    _fought_there,
    _ongoing_nowhere,
)
from geoevents.triggers.deals import (
    _CAPTORS_FOUND,
    _DEAD_GIVEN,
    _DEAL_AS_FRAME,
    _DEAL_KEPT,
    _HANDED_NOT_CAPTIVES,
    _HELD_BY_WHAT_WAS_DONE,
    _RELEASE_SOUGHT,
    _SET_FREE_AT,
    _SINCE_IT,
    _STILL_HOLDS,
    _TRUCE_LONG_AGO,
    _TRUCE_STARTS,
    _WHEN_IT_STARTS,
    _clause_back,
    _handed_nobody,
    _set_free_nobody,
    _started_days_before,
    _started_on_the_days,
)
from geoevents.triggers.displacement import (
    _ADVISED_BY,
    _AS_THEY,
    _CALLING,
    _CARRIED_AWAY,
    _COMBAT_ZONE,
    _CROWD_ON_THE_ROAD,
    _DEMANDED_THAT,
    _DESCRIBED_BEFORE,
    _FLEEING_ADJECTIVE,
    _FLEEING_PEOPLE,
    _FLEEING_WITNESS,
    _FLIGHT_AS_CIRCUMSTANCE,
    _FORCE_NAMED,
    _FORCED_BY_WEATHER,
    _HABITUAL_ORDERS,
    _HARM_AFTER_FLIGHT,
    _HARM_BEFORE_FLIGHT,
    _HARMED_AFTER,
    _HEAD_FOR_SHELTER,
    _ISRAELI_FORCE,
    _MOVE_HELD_UP,
    _MOVE_HELD_UP_AFTER,
    _ORDER_TOLD_AGAIN,
    _ORDERS_GIVEN,
    _ORDERS_TOLD,
    _PLACED,
    _PLEA_BY,
    _STATE_BEFORE,
    _TELLS_AFTER,
    _THE_DEAD_HAD,
    _THE_HURT_BEFORE,
    _UNDER_ORDERS,
    _WHILE_FLEEING,
    _WHOLE_AREA_AFTER,
    _a_headcount,
    _an_area_after,
    _another_order_before,
    _described_after,
    _driven_out_by,
    _mission_not_made,
    _orders_as_cause,
    _transfer_not_made,
)
from geoevents.triggers.explosives import (
    _ARMY_BEFORE,
    _ARMY_BLEW,
    _ARMY_DESTROYED,
    _BLEW_UP,
    _COME_UPON,
    _DEFUSED,
    _DEMOLITION,
    _DEVICE,
    _FIGHTERS_BLEW,
    _FIRE_BY_MISHAP,
    _FOUND_AFTER,
    _FROM_AFAR,
    _GIVEN_AS_REASON,
    _GUNS_TOO,
    _HARM_OR_BLAST,
    _HURT,
    _LAUNCH_RECORD,
    _LEFT_BEHIND,
    _LIT_BY_FIRE,
    _NEXT_CLAUSE,
    _PUT_ON,
    _ROCKETS_TOLD_FROM,
    _STRIKE_NOUN,
    _STRUCK_BEFORE,
    _TROOPS_INSIDE,
    _USED_WITH,
    _WEAPON_BEFORE,
    _WENT_OFF,
    _WITH_THE_CARRIER,
    _WITH_THE_DEVICE,
    _WRECK,
    _blamed_on_a_rocket,
    _clause_end,
    _own_stretch,
)
from geoevents.triggers.irrealis import (
    _AND_THE,
    _DEAL_WORDS,
    _FOLLOWING_NEGATION,
    _IRREALIS,
    _IRREALIS_AND,
    _IRREALIS_WORD,
    _NOT_SAID,
    _OWN_DAY,
    _PAST_IRREGULAR,
    _PAST_VERB,
    _SOUGHT_LIST,
    _SPARED,
    _TERMS,
    _TO_BE_DONE,
    _TOLD_DEATH,
    _WHETHER,
    _YET_TO,
    _could_come,
    _guessed,
    _in_an_aside,
    _real_after_and,
    _truce_as_time,
)

# One alternation, one pass per sentence over folded (lower-case) text: several times
# faster than re.IGNORECASE. The group name says which table row matched.
# One pattern per table row, tried in table order where its prefixes occur (as one long
# alternation of them would be, at a fraction of the cost: Cues.first_of).
_ROWS = tuple(re.compile(rf"\b(?:{pat.lower()})\b") for _, pat, _ in TRIGGER_TABLE)

# The attack's own clause, for the people it hit: from the last comma before it to a clause
# of other victims or another day ("..., while dozens were killed at aid points this week",
# "..., a day after 20 aid seekers were shot", "..., including four who had been waiting
# for aid": not the attack's own crowd)
_OWN_CLAUSE_START = re.compile(r".*[,;:]", re.S)
_OWN_CLAUSE_END = re.compile(r"[;:]|\.\s|[,]?\s+(?:while|whereas|but|including|among\s+(?:them|"
                             r"whom)|(?:days?|hours?|weeks?|months?)\s+(?:after|before|earlier)|"
                             r"besides|in\s+addition\s+to)\b", re.I)

_PASSING = {DISPLACEMENT[1], DESTRUCTION[1]}
_STOCK_TYPES = {EVACUATION[1], AID[1], DISPLACEMENT[1]}
_HINDERED_TYPES = {AID[1], CROSSING[1]}
_LOOK_BACK = 60  # characters before a trigger searched for irrealis words


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word that says an event happened, with the ACLED type it stands for."""

    event_type: str
    sub_event_type: str
    start: int
    end: int
    text: str
    strength: float


def _aid_sought_in_clause(text: str, start: int, end: int, t: Trigger) -> bool:
    """Whether the attack's own clause tells the people at the aid it hit."""
    before = _OWN_CLAUSE_START.match(text, start, t.start)
    stop = _OWN_CLAUSE_END.search(text, t.end, end)
    return bool(AID_SOUGHT.search(text, before.end() if before else start,
                                  stop.start() if stop else end))


def _find_triggers(start: int, end: int, cues: Cues) -> list[Trigger]:
    text = cues.text
    low = cues.folded
    out: list[Trigger] = []
    bombed_troops: set[int] = set()  # where an attack on troops told by its bomb begins
    lasted: set[int] = set()  # where a siege told by how long it has lasted begins
    for row, m in cues.first_of(_ROWS, start, end, folded=True):
        (etype, sub), _, strength = TRIGGER_TABLE[row]
        at = m.start()
        lo = max(start, at - _LOOK_BACK)
        if low.endswith(_EXCLUDED_BEFORE, lo, at) or (
                low.startswith("strike", at) and (
                    low.endswith(_NOT_A_STRIKE_BEFORE, lo, at) or
                    _WALKOUT.search(low, lo, at) and not _AIMED_AT.match(low, m.end(), end) or
                    _ON_STRIKE.search(low, lo, at))):
            continue
        if cues.possible(_IRREALIS_WORD, lo, at) and (
                _IRREALIS.search(low, lo, at) or _IRREALIS_AND.search(low, lo, at) and
                not _PAST_IRREGULAR.match(low, at)) and \
                not _NOT_SAID.search(low, lo, at) and not (
                sub == RELEASE[1] and all(w.group(0).startswith(_DEAL_WORDS) for w in
                                          _IRREALIS_WORD.finditer(low, lo, at))) and \
                not _truce_as_time(low, lo, at) and not _in_an_aside(low, lo, at, m.end()) and not (
                low.endswith((" and ", ", "), lo, at) and _PAST_VERB.match(low, at)) and \
                not _real_after_and(low, lo, at, end):
            # (a release is what a ceasefire or a deal brings; "Israel prepared for an
            # operation and ordered the evacuation": a second verb says what was done)
            continue
        if _INTAKE_ITEM.match(low, at, m.end()) and (
                not _DEAD_TOLD.search(low, max(0, at - 400), at) or
                _FROM_A_FACILITY.match(low, m.end()) or
                _NOT_INTAKE_OF_DEAD.search(low, max(0, low.rfind(". ", 0, at)), at)):
            continue  # "Staff: Nasser Medical Complex 300 (from Khan Younis)": a hospital's
            # figure with places after it is the dead it took in only after a toll is told
        if _could_come(low, lo, at, m.group(0), end) or _guessed(low, start, at):
            continue
        if etype not in VIOLENT and (_OFTEN_NEXT.match(low, m.end(), end) or
                                     sub in (AID[1], DESTRUCTION[1]) and
                                     _STRETCH_NEXT.match(low, m.end(), end) and
                                     not _OWN_DAY.search(low, start, end)):
            continue  # "aid convoys have been repeatedly blocked", "150 trucks a day have
            # entered in recent weeks": a state over weeks, no event of a day
        if low.endswith(_AND_THE, lo, at) and _SOUGHT_LIST.search(low, max(start, at - 220), at):
            continue  # "its goals: the destruction of Hamas and the release of the captives"
        if etype not in VIOLENT and _TERMS.search(low, start, at):
            continue
        if sub == BATTLE[1] and "push" in low[at:m.end()] and (
                _AID_PUSH_BY.search(low, lo, at) or _AID_PUSH_FOR.match(low, m.end(), end)):
            continue  # "Aid convoys made a push into northern Gaza": aid on its way
        if sub in (RELEASE[1], RETURN[1]) and (_YET_TO.search(low, at, m.end()) or
                                               _TO_BE_DONE.search(low, lo, at)):
            continue  # "all hostages would be released by the end of the phase"
        if sub == AGREEMENT[1] and _TRUCE_STARTS.search(low, at, m.end()) and (
                _WHEN_IT_STARTS.search(low, lo, at) or _TRUCE_LONG_AGO.match(low, m.end(), end)):
            continue  # "once the truce begins", "the ceasefire began last month"
        if sub == CROSSING[1] and low.startswith("and", at) and \
                not _crossing_hit_and_closed(low, start, at):
            continue  # "... and closed" of a crossing told hit just before, nothing else
        if sub == ARRESTS[1] and _HELD_BY_WHAT_WAS_DONE.match(low, at) and \
                _DEAD_GIVEN.search(low, start, at):
            continue  # "Some of the bodies found in the mass grave were handcuffed": the dead
        if sub == RELEASE[1] and low.startswith("hand", at) and \
                _HANDED_NOT_CAPTIVES.search(low, lo, at):
            continue  # "The patients were handed to the Red Cross in Rafah for evacuation"
        if sub == RELEASE[1] and low.startswith("hand", at) and \
                low.endswith(("red cross", "icrc"), at, m.end()) and \
                _handed_nobody(text, low, start, at, end):
            continue  # "Medical supplies were handed to the Red Cross in Rafah"
        if sub == RELEASE[1] and _SET_FREE_AT.match(low, at) and \
                _set_free_nobody(text, low, start, at, end):
            continue  # "The film was released in Gaza City on Sunday"
        if _FOLLOWING_NEGATION.match(low, m.end(), end) or \
                sub == AID[1] and _UNABLE_AFTER.match(low, m.end(), end) or \
                low.startswith(" campaign", m.end()) or \
                etype in VIOLENT and _LED_TO.match(low, m.end(), end) or \
                sub != RELEASE[1] and _ON_OCTOBER_7.match(low, m.end(), min(end, m.end() + 90)):
            # (but "rescued a hostage who was kidnapped during the October 7 attack": when
            # the captive was taken, not when freed)
            continue  # halted, a weeks-long campaign, or the attack on Israel
        # Words the tests below need, looked for as plain text first: most triggers have
        # none of them before them, and a substring test costs far less than a pattern.
        before = low[lo:at]
        if low.startswith("operation", at) and (_NOT_MILITARY.search(low, lo, at) or
                                                _OPERATION_OF.match(low, at + 9, end) or
                                                _NAMED_OPERATION.match(text, at, end) and
                                                not _LAUNCHED.search(low, lo, at)) or \
                etype in VIOLENT and ("due to" in before or "because of" in before or
                                      "owing to" in before or " by " in before) and \
                _CAUSE.search(low, lo, at) and \
                (etype == BATTLE[0] or not _HARM_BEFORE.search(low, start, at)):
            continue
        if etype in VIOLENT and "displaced" in before and \
                _driven_out_by(text, low, lo, start, at, end):
            continue  # "families displaced by Israeli shelling": who they are, not a shelling
        if " been " in before and not _DOING.match(low, at) and (
                _BEEN_DONE.search(before) and _HABITUAL_AFTER.match(low, m.end(), end) or
                _OFTEN_BEEN.search(before)) and not _OWN_DAY.search(low, start, end) and \
                not _LATELY.search(low, start, end) and not _HARM_NEXT.match(low, m.end(), end):
            continue  # "the same fields had been razed by the army frequently", "had
            # frequently been razed": a habit
        if etype in VIOLENT and any(w in before for w in _HABITUAL_WORDS) and \
                _HABITUAL.search(low, lo, at) and not DAY_AFTER.match(low, m.end(), end) and \
                not _RECENT_AFTER.match(low, m.end(), end):
            continue  # "a zone which has faced repeated airstrikes": what a place has been
            # through, no event of the report (not "has come under repeated shelling
            # overnight", "has seen repeated airstrikes since Monday": the days told)
        if etype in VIOLENT and any(w in low[start:at] for w in _GOING_ON_WORDS) and \
                (_GOING_ON_BEFORE.search(low, lo, at) or _GOING_ON_SUBJECT.search(low, start, at)) \
                and _ongoing_nowhere(text, low, start, end):
            continue  # "the relentless bombardments have left the territory in ruins", "the
            # ongoing clashes are among the fiercest": the war's running state
        if etype in VIOLENT and (low.endswith("s", at, m.end()) or
                                 _SEVERAL_NEXT.match(low, m.end(), end)) and \
                _RECORD_OF.search(low, lo, at) and not _ONE_NAMED.search(low, lo, at) and \
                not DAY_AFTER.match(low, m.end(), end):
            continue  # "al-Haj perpetrated sniper attacks against Israeli forces", "he was
            # responsible for attacks on troops": what someone is known for, no event (not
            # "Israel was responsible for the strike on a school", "militants orchestrated
            # an ambush", "perpetrated attacks on troops in Beit Hanoun on Monday": the
            # attack told, blamed on someone)
        if etype in VIOLENT and " after " in before and \
                (stop := _REFUSED_AFTER.search(low, max(start, at - 160), at)) and \
                (stop.group(1) != "who" or text.startswith("WHO", stop.start(1))) and \
                not _OWN_DAY.search(low, start, end) and not _HARM_NEXT.match(low, m.end(), end):
            continue  # "Several drivers have refused routes near Netzarim after trucks were
            # struck": the reason for a refusal, with no day of its own (not "WFP paused
            # deliveries on Monday after a convoy was shot at", nor "... after trucks were
            # struck, killing two drivers": the attack told)
        if ("not " in before or "never " in before) and _SPARED.search(low, lo, at):
            continue  # "the last district that had not been subject to a ground invasion"
        hit = _HIT_WORD.search(low, at, m.end()) if etype in VIOLENT else None
        if hit is not None and (
                _AIRDROP_OBJECT.search(low, max(start, hit.start() - 40), hit.start()) or
                _BY_AIRDROP_OBJECT.match(low, m.end(), end)):
            continue  # "an air-dropped aid box struck a tent": an airdrop gone wrong
        if sub == ATTACK[1] and low.startswith("attack", at) and (
                _REMOTE_ATTACKER.search(low, lo, at) and not (
                    _FROM_THE_SEA.search(low, lo, at) and
                    ("fishing" in low[at:m.end()] or "fishermen" in low[at:m.end()])) or
                low.startswith("attacking", at) and _OF_ATTACKING.search(low, lo, at)):
            continue  # "warplanes attacked civilians in a school": the strike told;
            # "accused Israel of attacking civilians": a charge
        if sub == ATTACK[1] and low.startswith(GUNFIRE_WORDS, at) and \
                _TOLD_DONE.search(low, at, m.end()) and \
                (shooter := _AIR_SHOOTER.search(low, lo, at)) and \
                not _AIR_BACKING.search(low, lo, shooter.start()):
            etype, sub = AIR  # "Quadcopters opened fire on residents": from the air
        if sub == ATTACK[1] and low.startswith(("were attacked", "was attacked", "came under",
                                                "come under", "comes under", "coming under"),
                                               at) and \
                _ARMED_ATTACKED.search(low, lo, at):
            etype, sub = BATTLE  # "an army unit was attacked by Hamas gunmen", "forces came
            # under heavy fire during the extraction": an armed party fired on
        if etype == AIR[0] and low.startswith(("struck", "hit"), at) and \
                _fired_by_fighters(low, max(start, at - 100), at) and \
                not _STRUCK_TROOPS.match(low, at, end):
            etype, sub = SHELL  # "a rocket fired by militants struck a house": no aircraft
        elif etype == AIR[0] and low.startswith("struck", at) and \
                (fighters := _FIGHTERS_STRUCK.search(low, max(start, at - 40), at)) and \
                _STRUCK_TROOPS.match(low, at, end):
            lead = low[max(start, at - 120):fighters.start()]
            clause = _CLAUSE_START.match(lead)
            # (the fighters' own missile is no aircraft: "a missile fired by Palestinian
            # fighters struck a tank")
            if not _AIR_IN_CLAUSE.search(lead, clause.end() if clause else 0) or \
                    _fired_by_fighters(low, max(start, at - 100), at):
                etype, sub = SHELL if _STRUCK_WITH_SHELLS.match(low, at, end) else BATTLE
        if etype == AIR[0] and low.startswith("struck", at) and \
                (ground := _GROUND_STRUCK.search(low, max(start, at - 60), at)) and \
                not _AIR_IN_CLAUSE.search(low, max(start, at - 120), at) and \
                not _CLAUSE_BREAK.search(low, ground.end(), at) and \
                _STRUCK_FOES.match(low, at, end) and \
                not _AIR_AFTER.match(low, at, (stop.start() if (
                    stop := _AIR_AFTER_STOP.search(low, at, end)) else end)):
            etype, sub = BATTLE  # "tanks and infantry struck militant cells", "ground troops
            # struck dozens of targets": a raid by forces on the ground, no aircraft
        if etype == AIR[0] and low.startswith("bombard", at) and \
                (shells := _BOMBARDED_WITH_SHELLS.match(low, at, end)) and \
                not _AIRCRAFT.search(low, _clause_lead(low, max(start, at - 100), at),
                                     shells.end()):
            # "bombarded enemy forces with short-range rockets": no aircraft (not "an Israeli
            # drone bombarded a group of citizens with a rocket": the rockets the drone's)
            etype, sub = SHELL
        if low.startswith("strike ", at) and low.endswith(" to ", lo, at) and \
                _RAIDED_TO.search(low, max(start, at - 120), at) and \
                not _AIRCRAFT.search(low, max(start, at - 120), at):
            etype, sub = BATTLE  # "infantry and tank units had conducted 'local raids' inside
            # the strip to strike militant cells": what the raids did, on the ground
        if sub == BATTLE[1] and low.startswith("confront", at) and \
                _PROTESTERS.search(low, max(start, at - 120), at):
            continue
        if low.startswith("raids", at) and m.end() - at == 5 and \
                not _GROUND_RAIDS.search(low, max(start, at - 80), at) and \
                not _RAIDS_INTO.match(low, m.end(), end):
            etype, sub = AIR  # "Overnight raids on Khan Younis and Deir el-Balah", "killed
            # in Israeli raids targeting homes": raids told with no troops are from the air
        if low.startswith("pound", at):
            if _POUNDED_BY_GUNS.search(low, max(start, at - 40), at):
                etype, sub = SHELL  # "Israeli tanks pounded the outskirts of Khan Younis"
            elif not (_POUNDED_BY.search(low, max(start, at - 60), at) or
                      _FROM_THE_AIR.match(low, m.end(), end)):
                continue  # "heavy rain pounded tent camps", "relatives pounded on the doors"
        if "since " in before and (_SINCE_BEGAN.search(low, lo, at) or
                                   _SINCE_THE.search(low, lo, at) and
                                   _BEGAN_AFTER.match(low, m.end(), end) or
                                   _SINCE_WHO.search(low, lo, at) and
                                   _ON_ISRAEL.match(low, m.end()) or
                                   _TALLY_SINCE.search(low, max(start, at - 100), at)) or \
                etype in VIOLENT and (_SHARE_OF.search(low, lo, at) or
                                      _TOLL_FROM.search(low, lo, at) and
                                      low.endswith("s", at, m.end()) or
                                      _DAYS_OF.search(low, lo, at)):
            continue  # "the death toll since Israel began airstrikes", "70 per cent of
            # people killed in Gaza by strikes", "the death toll from Israeli air strikes
            # since May 10", "a ceasefire ended 11 days of Israeli air strikes": a war's
            # span, a statistic, a period over
        campaign = _CAMPAIGN.fullmatch(low, at, m.end()) is not None
        if campaign and low.startswith(("invasion", "offensive"), at) and \
                _THE_WAR.match(low, m.end(), end) or _WOULD.match(low, m.end(), end):
            continue  # "the Israeli invasion of the Gaza Strip": the war; "an offensive on
            # Rafah would ...", "strikes may hit ...": a forecast
        if campaign and "," in before and not low.startswith("battle", at) and \
                _SIEGE_AS_OPERATION.search(low, start, at) and \
                not _DID_HARM.match(low, m.end(), end):
            continue  # (not "..., in an operation that killed 20 gunmen": harm told; nor
            # "encircled the Shati camp on Monday, in a battle that lasted hours": fighting)
        if (campaign or sub == AGREEMENT[1]) and _AS_BACKDROP.search(low, lo, at) and \
                not (campaign and STARTED_ON.match(low, m.end(), end)) or \
                _MAY_BE_ONGOING.search(before) and (_ONGOING.search(low, lo, at) and not (
                    etype == BATTLE[0] and strength >= 0.8 and "amid" in before and
                    _fought_there(low, start, at, m.end(), end)) or
                                                    _AT_THE_TIME.search(low, lo, at)) or \
                etype in VIOLENT and "under " in before and _UNDER.search(low, lo, at) or \
                "whether" in low[max(start, at - 80):at] and \
                _WHETHER.search(low, max(start, at - 80), at) and \
                not _TOLD_DEATH.search(low, max(start, at - 80), end):
            continue
        if sub == RELEASE[1] and (low.startswith("release of", at) and
                                  _RELEASE_SOUGHT.search(low, start, at) or
                                  low.endswith(" to ", lo, at)):
            continue  # asked for, or aimed at ("an operation to free two hostages")
        if "pattern" in low[max(start, at - 150):at] and \
                _PATTERN_OF.search(low, max(start, at - 150), at) and \
                "," not in low[low.rfind("pattern", max(start, at - 150), at):at]:
            # (within the phrase, not "a pattern of attacks on health care, tanks shelled")
            continue
        if (_STANCE.search(low, start, at) or _STANCE_AFTER.match(low, m.end(), end)) and \
                not low.endswith("ed", at, m.end()) and not _ONE_TOLD.search(low, lo, at) and \
                not _OWN_DAY.search(low, start, end) and \
                not any(c.isdigit() for c in low[start:end]) and \
                not _GO_ON.match(low, m.end(), end) and not _DID_HARM.match(low, m.end(), end):
            continue  # "OCHA warns that the relentless bombardment ... is having devastating
            # consequences": a stance on the war's course
        if etype in VIOLENT and _TOLD_ALREADY.fullmatch(low, start, at) and \
                _TOOK_PLACE.match(low, m.end(), end):
            continue  # "The airstrike took place a day after ...": the one told before
        if (" before " in before or " after " in before or "prior to" in before) and \
                _TIMED_BY.search(low, lo, at):
            continue
        if etype == BATTLE[0] and low.startswith(_ARMS_NAMED, at):
            if _ARMS_HELD.search(low, lo, at) or _ARMS_CARRIED.search(low, lo, at) and \
                    not _ARMS_USED_AFTER.match(low, m.end(), end):
                continue
            if _FIRED_BY_THE_ARMY.search(low, lo, at):
                etype, sub = SHELL
        if etype in VIOLENT and "use" in before and _USED_TO.search(low, lo, at) and \
                not _MEANS_USED.search(low, lo, at):
            continue  # "the school was being used to launch attacks on troops": a claim of
            # what a place served for, not an attack told
        if etype in VIOLENT and _AFTER_THE_ONE_TOLD.fullmatch(low, start, at) and \
                low.startswith(",", m.end()) and _AN_ATTACK.search(low, 0, start):
            continue  # "Following the strike, helicopters evacuated the wounded": the time
            # of what the sentence tells, by the attack told before (an attack no earlier
            # sentence names is told here: "After the Israeli bombardment, survivors ...")
        if etype in VIOLENT and " of " in before and _SPAN_OF.search(low, lo, at) and \
                not DAY_AFTER.match(low, m.end(), end) and not _PULLED_OUT.search(low, start, end):
            continue  # "tensions are high following a week of clashes": a stretch of
            # fighting as the time of what the sentence tells
        if "periods of" in before and _PERIODS_OF.search(low, lo, at):
            continue  # "following periods of intense looting": a past state, as a time
        if named_in_passing(low, before, lo, at, m.end(), end, etype in VIOLENT,
                            sub == IED[1], published=cues.published) or \
                etype in VIOLENT and etype != BATTLE[0] and \
                told_as_cover(low, before, start, lo, at, m.end(), end):
            continue
        if told_as_going_on(low, start, at, m.end(), end, campaign, sub == SIEGE[1]):
            continue  # "as Israeli siege of northern Gaza enters its fourth week"
        if sub == SIEGE[1] and told_by_its_length(low, start, at, m.end(), end):
            lasted.add(at)
        if told_as_a_measure(low, start, at):
            continue  # "the deadliest since January 22, when 21 reservists were killed"
        if sub == RELEASE[1] and freed_under_a_truce(low, start, at, m.end(), end):
            continue  # "a seven-day pause, under which 105 hostages were freed"
        if etype in VIOLENT and ("previous" in before or "prior" in before or
                                 "former" in before) and _RECALLED.search(low, lo, at):
            continue
        if _ONCE_BEFORE.match(low, m.end()):
            continue
        if "to have been" in before and _CLASS_OF.search(low, lo, at) and \
                not DAY_AFTER.match(low, m.end(), end):
            continue
        if low.endswith("ing", at, m.end()) and "after " in before and \
                _AFTER_GERUND.search(low, lo, at) and \
                (earlier := _EARLIER.search(low, m.end(), min(end, m.end() + 80))) and \
                (etype not in VIOLENT or _UNDATED_EARLIER.match(low, earlier.start())):
            continue  # "raid Khan Yunis after abruptly withdrawing from the city earlier
            # this month": the withdrawal told before, as a time (not "after shelling Beit
            # Hanoun earlier this week": an attack of its own)
        if sub == AIR[1] and _ARMS.search(low, at, m.end()) and \
                _PROCURED.search(low, max(start, at - 60), at):
            continue  # "signed an agreement to acquire 25 F-15EX fighter jets": arms bought
        if sub == IED[1] and _PUT_ON.search(low, at, m.end()) and \
                (_DEFUSED.search(low, start, end) or _WRECK.search(low, at, m.end())) and \
                not _HURT.search(low, start, end):
            continue
        if sub == IED[1] and _WENT_OFF.search(low, at, m.end()) and \
                _DEMOLITION.search(low, start, end):
            continue
        if sub == RELEASE[1] and low.startswith(("recover", "retriev"), at) and \
                _CAPTORS_FOUND.search(low, max(start, at - 80), at):
            continue  # "Hamas said its fighters recovered the bodies of two captives from the
            # rubble": the captors' own search, no handing over and not the army's
        if sub == DESTRUCTION[1] and _ARMY_DESTROYED.match(low, at) and \
                _FROM_AFAR.search(low, start, _clause_end(low, m.end(), end)):
            continue  # "the army destroyed houses in Rafah with air strikes": the strikes
        if sub == ATTACK[1] and low.startswith(("forced ", "forcing "), at) and \
                ("evacuation" in low[at:m.end()] or low.startswith(("forced out ", "forcing out "),
                                                                  at) and
                 not low.startswith("forced out of ", at)) and \
                not _FORCE_NAMED.search(low, start, at):
            continue
        if sub == IED[1] and _LEFT_BEHIND.match(low, at) and \
                not _HARM_OR_BLAST.search(low, *_own_stretch(low, at, m.end(), start, end)) and \
                not _USED_WITH.search(low, max(start, at - 100), at):
            continue  # "the presence of unexploded ordnance": a hazard, not an explosion
        if sub == IED[1] and _DEVICE.match(low, at) and (
                (found := _COME_UPON.search(low, max(start, at - 120), at)) and
                not _NEXT_CLAUSE.search(low, found.start(), at) or
                _FOUND_AFTER.match(low, m.end(), end)) and \
                not _HARM_OR_BLAST.search(low, *_own_stretch(low, at, m.end(), start, end)):
            continue  # "forces encountered explosive devices": none went off
        if sub == AID[1] and (_AID_WAITING.match(low, m.end(), end) or
                              _aid_at_a_rate(low, start, at, m.end(), end) or
                              _AID_HELD_UP.search(low, max(start, at - 80), at) or
                              _AID_GUARDED.search(low, lo, at) and
                              not DAY_AFTER.match(low, m.end(), end) and
                              not _AID_MOVING.match(low, m.end(), end) or
                              _AID_SCHEME.match(low, m.end(), end) and
                              not _SCHEME_AT_WORK.search(low, start, end)):
            continue
        if sub == AID[1] and (
                "facilitated" in low[at:m.end()] and
                _NONE_OR_SHARE.search(low, max(start, at - 80), at) or
                low.startswith(MISSION_VERBS, at) and _ARMY_DID.search(low, lo, at)):
            continue
        if sub == DISPLACEMENT[1] and (
                low.startswith("mission", at) and
                _mission_not_made(low, start, lo, at, m.end(), end)
                or low.startswith("evacuation of", at) and (
                    _MOVE_HELD_UP.search(low, lo, at) or
                    _MOVE_HELD_UP_AFTER.match(low, m.end(), end))
                or low.startswith("transfer", at) and
                _transfer_not_made(low, start, lo, at, m.end(), end)
                or low.startswith("medically evacuated", at) and
                _CARRIED_AWAY.match(low, m.end(), end) and "patient" not in low[start:at]):
            continue  # (nor "a soldier was wounded in Rafah and medically evacuated to a
            # hospital": the wounded taken for care; but "14 patients from Kamal Adwan were
            # medically evacuated to Al Shifa Hospital" are moved)
        if sub == AID[1] and low.startswith(_DELIVERING, at) and _WHILE_DOING.search(low, lo, at):
            continue
        if sub == AGREEMENT[1] and (" that " in low[at:m.end()] or
                                    " which " in low[at:m.end()]) and \
                (_STILL_HOLDS.match(low, m.end(), end) or _DEAL_KEPT.search(low, lo, at) and
                 not _started_on_the_days(low, m.end(), end, cues.published)) or \
                sub == AGREEMENT[1] and _SINCE_IT.search(low, at, m.end()) and \
                not _started_on_the_days(low, m.end(), end, cues.published) or \
                sub == AGREEMENT[1] and (" that " in low[at:m.end()] or
                                         " which " in low[at:m.end()]) and \
                _DEAL_AS_FRAME.search(low, max(lo, at - 60), at) and \
                _started_days_before(low, m.end(), end, cues.published):
            continue  # the deal in force named by its start (or by a start days before, as
            # the frame of what followed: "despite the ceasefire that took effect on 10
            # October, strikes have killed 300"; not "the truce that took effect on 10 May
            # collapsed": what became of it)
        if sub == AID[1] and (_PERFECT_BEFORE.search(low, lo, at) or
                              _PERFECT_AFTER.match(low, m.end(), end)) and \
                _SINCE_A_DATE.match(low, m.end(), end) and not _FIRST_SINCE.search(low, lo, at):
            continue  # a running total since a date
        if sub == AID[1] and _STOCK_AFTER.match(low, m.end(), end) or \
                sub == RETURN[1] and " from returning" in low[at:m.end()] or \
                etype != BATTLE[0] and "having" in before and _HAVING.search(low, lo, at):
            continue  # a running count, a return prevented, a time given by a deed
        if sub in _STOCK_TYPES and _STOCK_BEFORE.search(low, lo, at) or \
                sub == EVACUATION[1] and low.startswith("ordered", at) and \
                _DESCRIBED_BEFORE.search(low, lo, at):
            continue
        if sub == EVACUATION[1] and "evacuation of" in low[at:m.end()] and \
                low.startswith(("call", "demand"), at) and _PLEA_BY.search(low, start, at) and \
                not _ISRAELI_FORCE.search(low, start, at):
            continue  # "The WHO called for the evacuation of Kamal Adwan hospital": a plea
        if sub == EVACUATION[1] and \
                low.startswith(("told", "ordered", "instructed", "orders"), at) and \
                _HEAD_FOR_SHELTER.search(low, at, m.end()) and \
                _ADVISED_BY.search(low, start, at) and not _ISRAELI_FORCE.search(low, start, at):
            continue
        if sub == SIEGE[1] and low.startswith(("it ", "complex "), at) and \
                "surrounded" in low[at:m.end()] and not _HOSPITAL_BEFORE.search(low, start, at):
            continue
        if sub == EVACUATION[1] and low.startswith("demand", at) and \
                _DEMANDED_THAT.fullmatch(low, at, m.end()) and \
                not _ISRAELI_FORCE.search(low, start, at):
            continue
        if sub == EVACUATION[1] and ("under " in before or " by " in before) and \
                (under := _UNDER_ORDERS.search(low, lo, at)) is not None and \
                not _PLACED.search(low, lo, under.start()):
            continue  # "areas under displacement orders": a standing state, not an order
        if sub == EVACUATION[1] and low.startswith(("evacuation order", "displacement order"),
                                                   at) and _HABITUAL_ORDERS.search(low, lo, at) \
                and not _ORDERS_GIVEN.search(low, lo, at) and \
                not _ORDERS_TOLD.match(low, m.end(), end):
            continue
        if sub == EVACUATION[1] and _orders_as_cause(low, before, start, at, m.end(), end):
            continue
        if sub == EVACUATION[1] and low.endswith(" for", at, m.end()) and \
                "evacuation" not in low[at:m.end()] and "displacement" not in low[at:m.end()] \
                and not _an_area_after(text, m.end(), end):
            continue  # ("orders were issued for the arrest of", "orders for troops": no area)
        if sub == EVACUATION[1] and _ORDER_TOLD_AGAIN.match(low, at) and \
                (not (_an_area_after(text, m.end() - 1, end) or
                      _WHOLE_AREA_AFTER.match(text, m.end() - 1, end)) or
                 _another_order_before(low, at)):
            continue  # "The order covered Bani Suheila, ..." only of areas, and of an order
            # to leave (not "The order includes a curfew on Rafah", "The order applies to
            # humanitarian workers in Rafah"; "The ICJ ordered Israel to halt its offensive in
            # Rafah. The order covered Rafah": another order told before)
        if sub == DISPLACEMENT[1] and (
                _DESCRIBED_BEFORE.search(low, lo, at)
                or _described_after(text, low, start, at, m.end(), end)
                or low.startswith("displaced", at) and _STATE_BEFORE.search(low, lo, at)
                or _a_headcount(low, lo, at, m.end(), end)):
            continue
        if low.startswith("protest ", at) and low.endswith((" in ", " as a "), lo, at) and \
                low.startswith((" of", " at", " against"), m.end()):
            continue  # "delaying their release in protest of the scenes": a motive
        if low.startswith("fleeing", at) and (
                _FLEEING_PEOPLE.search(low, lo, at) or _FLEEING_ADJECTIVE.match(low, m.end(), end)):
            continue
        if low.startswith("fleeing", at) and _FLEEING_WITNESS.search(low, lo, at) and \
                (tells := _TELLS_AFTER.match(low, m.end(), end)) is not None and \
                not _OWN_DAY.search(low, m.end(), tells.end()):
            continue
        if sub in (DISPLACEMENT[1], EVACUATION[1]) and \
                ("after " in before or "who " in before) and how_they_came(
                    low, max(start, at - 120), at, m.end(), end):
            continue  # "where thousands have sought shelter after being told to leave"
        if sub == DISPLACEMENT[1] and (_THE_DEAD_HAD.search(low, lo, at) or
                                       who_they_are(low, lo, at, m.end(), end)):
            continue  # "some of the dead had just fled Khan Younis", "people who fled the
            # north crowded into the area": who the dead, or the people, were
        if sub == DISPLACEMENT[1] and low.startswith("forced ", at) and \
                (" out of" in low[at:m.end()] or " from their" in low[at:m.end()]) and \
                _FORCED_BY_WEATHER.search(low, lo, at):
            continue
        if sub == DISPLACEMENT[1] and low.startswith(("were evacuated", "was evacuated"), at) \
                and _THE_HURT_BEFORE.search(low, lo, at) and \
                _CARRIED_AWAY.match(low, m.end(), end):
            continue  # "the injured and killed ... were evacuated from the targeted house"
        if sub == DISPLACEMENT[1] and (_FLIGHT_AS_CIRCUMSTANCE.search(low, lo, at) and
                                       _HARMED_AFTER.match(low, m.end(), end) or
                                       "while" in before and _WHILE_FLEEING.search(low, lo, at) or
                                       "as " in before and _AS_THEY.search(low, lo, at) and (
                                           _HARM_BEFORE_FLIGHT.search(low, max(start, at - 100),
                                                                      at) or
                                           _HARM_AFTER_FLIGHT.match(low, m.end(),
                                                                    min(end, m.end() + 80)))):
            continue
        if sub in (DISPLACEMENT[1], RETURN[1]) and _CROWD_ON_THE_ROAD.search(low, at, m.end()) \
                and _HARM_BEFORE_FLIGHT.search(low, max(start, at - 100), at):
            continue  # "An airstrike hit a vehicle carrying displaced families heading south
            # along Salah al-Din Road": who was hit, not a flight of its own
        if sub == DESTRUCTION[1] and low.startswith(("set ", "torch"), at) and \
                _WEAPON_BEFORE.search(low, lo, at) and any(t.start >= lo for t in out):
            # "Israeli missiles set ablaze a tent camp", "Israeli shelling torched several
            # tents": what the strike did (the strike found before it; not "Israeli shells set
            # ablaze a warehouse", told by no other)
            continue
        if sub == AID[1] and _GOODS_TOLD_MOVED_TO.search(low, at, m.end()) and \
                _WARD_MOVED.search(low, _clause_back(low, start, at, 80), at):
            continue  # "Patients, staff and medical supplies were transferred to": a ward
        if sub == DESTRUCTION[1] and low.endswith(("on fire", "alight"), at, m.end()) and (
                _LIT_BY_FIRE.search(low, _clause_back(low, start, at, 150), at) or
                _FIRE_BY_MISHAP.search(low, start, end)):
            continue  # "an airstrike hit a house and set it on fire": the strike's fire;
            # "a cooking stove ...; three tents were set alight": a mishap's
        if sub == SHELL[1] and _ROCKETS_TOLD_FROM.match(low, at) and (
                _LAUNCH_RECORD.search(low, start, end) or
                _GIVEN_AS_REASON.search(low, lo, at) and
                any(t.sub_event_type == EVACUATION[1] for t in out) or
                low.startswith(("from which", "from where"), at) and (
                    any(t.event_type in VIOLENT for t in out) or
                    _STRUCK_BEFORE.search(low, start, at))):
            # (nor "Aircraft struck a launch post in Beit Hanoun from which rockets were
            # fired": the place struck, told by the fire that left it)
            continue
        if sub in _PASSING and _CONSEQUENCE.search(low, max(start, at - 90), at) and \
                not _COUNTED.match(low, m.end(), end) or \
                sub in _HINDERED_TYPES and _HINDERED.search(low, lo, at):
            continue
        if sub == CROSSING[1] and _not_a_crossing_decision(low, start, at, m.end()):
            continue
        if sub == TERRITORY[1] and low.endswith("left", at, m.end()) and (
                not _LEFT_A_PLACE.match(text, m.end(), end) or _LEFT_BY.search(low, lo, at)):
            continue
        if sub == DESTRUCTION[1] and _BLEW_UP.match(low, at) and (
                (doers := _FIGHTERS_BLEW.search(low, lo, at)) and
                not _ARMY_BEFORE.search(low, lo, doers.start()) or
                _TROOPS_INSIDE.match(low, m.end(), end) and not _ARMY_BLEW.search(low, lo, at)):
            etype, sub = IED  # "fighters blew up a house used by Israeli soldiers": a bomb
            # set off at the troops, not a house razed
        if sub == IED[1] and _DEVICE.match(low, at) and \
                (by_bomb := _TARGETED_TROOPS.search(low, max(start, at - 100), at)) and \
                not _GUNS_TOO.search(low, by_bomb.start(), at):
            # "fighters had attacked Israeli troops in Khan Younis with an explosive device":
            # a bomb planted for the troops, not a fight (not "attacked Israeli troops with
            # rifles and an explosive device": guns fired too)
            bombed_troops.add(by_bomb.start())
            out.append(Trigger(etype, sub, at, m.end(), text[at:m.end()], strength))
            continue
        if etype == AIR[0]:
            if _INTO_ISRAEL.match(low, m.end(), end) and \
                    not (sub == SHELL[1] and _FROM_A_PLACE.match(text, m.end(), end)):
                continue
            after = _CLAUSE_END.search(low, m.end(), min(end, m.end() + 80))
            window = (m.end(), after.start() if after else min(end, m.end() + 80))
            if ("israeli" in low[window[0]:window[1]] or "idf" in low[window[0]:window[1]]) \
                    and _AT_TROOPS.search(low, m.end() if _AIR_WORD.search(
                        low, at, m.end()) else at, window[1]) or \
                    _TARGETED_TROOPS.search(low, max(start, at - 100), at):
                etype, sub = BATTLE
        if sub == IED[1] and low.startswith("explosion", at) and \
                _blamed_on_a_rocket(text, low, at):
            etype, sub = SHELL  # "the explosion at al-Ahli Arab Hospital", "... denied Israeli
            # claims that one of its rockets misfired": the blast of a rocket, not a bomb
        out.append(Trigger(etype, sub, at, m.end(), text[at:m.end()], strength))
        if sub == AIR[1] and _GROUND_ASSAULT.search(low, at, m.end()):
            # "intense air and ground attacks by Israeli forces on Khan Younis": a strike
            # and a battle (not "bombardment from air, land and sea": shells from afar)
            out.append(Trigger(*BATTLE, at, m.end(), text[at:m.end()], strength))
    if lasted and any(t.event_type in VIOLENT and t.start not in lasted for t in out):
        # "22 died when aircraft bombed a house in Beit Lahia, a town under siege for 68
        # days", "the hospital, pulverised by bombing during a weeks-long siege": the siege
        # told by its length beside an attack is that attack's backdrop, a state going on,
        # not news of its own (not "thousands have been besieged in the north for three
        # months", told alone: the siege is what the report tells)
        out = [t for t in out if t.start not in lasted or t.sub_event_type != SIEGE[1]]
    if bombed_troops:
        # the attack on the troops is the bomb's: one event, the bomb's
        out = [t for t in out if not (t.start in bombed_troops and
                                      (t.event_type, t.sub_event_type) == BATTLE)]
    if any(t.sub_event_type == EVACUATION[1] for t in out):
        # "issued evacuation orders for Beit Hanoon ..., calling them 'dangerous combat
        # zones'": the order's words for the areas, not fighting told
        out = [t for t in out if not (_COMBAT_ZONE.fullmatch(t.text) and _CALLING.search(
            low, max(start, t.start - 40), t.start))]
    devices = [t for t in out if t.sub_event_type == IED[1]]
    if devices and any(t.sub_event_type == AIR[1] for t in out):
        # "the tank was targeted on Saturday with an explosive device": the bomb is what it
        # was hit with, told by the weapon after "with" (not "a drone strike hit fighters
        # planting an explosive device": a strike of its own, named as one)
        out = [Trigger(*IED, t.start, t.end, t.text, t.strength)
               if t.sub_event_type == AIR[1] and not _AIR_WORD.search(t.text.lower()) and
               not _STRIKE_NOUN.search(t.text.lower()) and
               any(0 <= x.start - t.end <= 40 and
                   (w := _WITH_THE_DEVICE.search(low, t.end, x.start)) and
                   not _WITH_THE_CARRIER.search(low, t.end, w.end()) for x in devices)
               else t for t in out]
    if any(t.sub_event_type == AIR[1] and "attack" in t.text.lower() for t in out) and \
            AID_SOUGHT.search(text, start, end) and not _AIRCRAFT.search(low, start, end):
        # "the Israeli attack on people waiting for aid trucks near the roundabout": the
        # crowd at the aid was shot at, no aircraft told (not "an Israeli air attack on
        # people waiting for aid", "drones attacked aid seekers": from the air)
        # (nor "another deadly attack on a school": a building struck, whoever the
        # sentence's crowd at the aid was)
        out = [Trigger(*ATTACK, t.start, t.end, t.text, t.strength)
               if t.sub_event_type == AIR[1] and "attack" in t.text.lower() and
               not _AIR_WORD.search(t.text.lower()) and not _SITE_NAMED.search(t.text) and
               not _SITE_AFTER.match(text, t.end, end) and
               _aid_sought_in_clause(text, start, end, t)
               else t for t in out]
    shelling = [t for t in out if t.sub_event_type == SHELL[1]]
    if shelling:
        # "the maternity ward was hit during shelling": a word that names no weapon
        # ("hit", "strikes") takes the weapon named right next to it
        # (not "heavy tank fire east of Bureij and strikes in Nuseirat": two things, each at
        # its own place)
        out = [Trigger(*SHELL, t.start, t.end, t.text, t.strength)
               if t.sub_event_type == AIR[1] and not _AIR_WORD.search(t.text.lower()) and
               any((abs(x.start - t.end) <= 30 or abs(t.start - x.end) <= 30) and
                   not _EACH_ITS_PLACE.search(text, min(x.end, t.end), max(x.start, t.start))
                   for x in shelling)
               else t for t in out]
    return out
