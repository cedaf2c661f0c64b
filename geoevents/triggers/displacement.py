"""Evacuation orders, flights and patients moved: told as done, or naming the people.

"people displaced by the war", "civilians fleeing to southern Gaza", "areas under evacuation
orders", "families on the move due to evacuation orders" describe people and places by what
drove them out; a flight the harm came during ("killed while fleeing Rafah") is the harm's;
a mission or a transfer of patients sought, refused or tallied was not made; a plea or
advice to leave is no army order. What is left is an order given, a flight told, a move made.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geoevents.dates import MONTH_NAMES, WEEKDAY_PATTERN
from geoevents.in_passing import A_DAY, DAY_AFTER, DAYS_SPAN, ON_DAY, how_they_came, who_they_are
from geoevents.trigger_table import (
    AID,
    ATTACK,
    BATTLE,
    DISPLACEMENT,
    EVACUATION,
    RETURN,
    VIOLENT,
)
from geoevents.triggers.aid import STOCK_AFTER, STOCK_BEFORE
from geoevents.triggers.backdrop import HAVING
from geoevents.triggers.irrealis import OWN_DAY
from geoevents.triggers.sheltered_there import displaced_sheltered_there

if TYPE_CHECKING:
    from geoevents.triggers.sift import Trigger

_COMBAT_ZONE = re.compile(r"(?i)combat zones?")

# ("saying the areas were dangerous combat zones": the order's words too; "declared Gaza
# City a combat zone" is fighting)
_CALLING = re.compile(r"\b(?:calling|called|describing|described|labell?ing|labell?ed|saying|"
                      r"said)\b"
                      r"(?:\W+\w+){0,4}\W+$")

# Who forced an evacuation by force: "the raid on Kamal Adwan Hospital forced patient and
# staff evacuation", "troops stormed the hospital, forcing out patients and staff" (not "the
# power cut forced patient and staff evacuation", "the WHO led a forced evacuation of
# patients", "the flooding forced out the patients")
_FORCE_NAMED = re.compile(r"\b(?:raid\w*|storm\w*|israel\w*|forces|troops|soldiers|army|"
                          r"military|idf|tanks?|siege|(?:air ?)?strikes?|bombard\w*|shell\w*|"
                          r"attacks?|gunmen)\b")

# "civilians fleeing to southern Gaza", "shootings of fleeing civilians": people described
# by their flight, not a flight the report tells
_FLEEING_PEOPLE = re.compile(r"\b(?:against|on|at|for|by|to|(?<!reports )(?<!report )of)\s+"
                             r"(?:the\s+)?(?:[\w-]+\s+)?"
                             r"(?:civilians|refugees|people|families|palestinians|those|"
                             r"residents|others|idps|gazans|children)\s+$")

# "opened fire on people returning to their homes in Jabalia camp", "a drone struck a group
# of displaced people returning to Beit Lahia", "struck people fleeing Jabalia": the people
# shot at, described by where they were going, not a return or a flight the report tells
# (not "as people returning to Jabalia found their homes in ruins", "after the strikes,
# people returning to Rafah found ...": a return told)
_SHOT_AT_BEFORE = re.compile(r"\b(?:fire|fired|firing|shot|shooting|shots|shoots?|"
                             r"attack(?:ed|ing|s)?|struck|strik(?:e|es|ing)|hit|hitting|"
                             r"target(?:ed|ing|s)?|bomb(?:ed|ing)|shell(?:ed|ing)|"
                             r"kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing))\s+"
                             r"(?:(?:on|at|upon|against|towards?|into)\s+)?"
                             r"(?:(?:the|a|an)\s+)?(?:(?:crowds?|groups?|convoys?|lines?|"
                             r"hundreds|thousands|dozens|scores)\s+of\s+)?"
                             r"(?:(?!(?:as|while|when|after|before|and|but|since|where|then|"
                             r"because|once|until)\b)[\w-]+\s+)?$")
_FLEEING_ADJECTIVE = re.compile(r"\s+(?:civilians|people|families|palestinians|residents)\b")
# "IDPs fleeing from the north are reporting dead bodies in the streets": who tells, not
# a flight the report tells
_FLEEING_WITNESS = re.compile(r"\b(?:idps|people|palestinians|families|residents|civilians|"
                              r"those|children|women|men|survivors)\s+$")
_TELLS_AFTER = re.compile(r"[^.;,]{0,80}?(?<!being )(?<!been )(?<!were )(?<!was )"
                          r"\b(?:(?:are|were|have|has|had)\s+)?(?:reporting|reported|reports?|say|"
                          r"said|saying|describ\w+|recount\w*|spoke|speak\w*|tell(?:s|ing)? of|"
                          r"(?:told|telling)\s+(?!to\b|by\b))")

# "the family were fleeing Gaza City when their car was shelled", "civilians attempting to
# relocate to southern Gaza were struck": the flight is what the victims were doing when
# the attack the sentence tells came, not an event of its own.
_FLIGHT_AS_CIRCUMSTANCE = re.compile(r"\b(?:(?:were|was) (?:(?!being\b)\w+ )?|(?:attempting|trying|"
                                     r"tried|attempted|seeking|sought|try) to )$")
# (the harm falls on those fleeing: a passive verb straight after the flight phrase, or
# "when they / their car was ..."; not "as tanks shelled the area", a cause)
_HARMED_AFTER = re.compile(r"(?:[^.;,]{0,80}?\b(?:when|as)\s+(?:they|he|she|their\s+[\w-]+|"
                           r"the\s+(?:car|vehicle|convoy|cart|truck|bus|group))\s+"
                           r"(?:was|were|came)\s+|(?:(?!\b(?:as|when|after|while|and|but)\b)"
                           r"[^.;,]){0,80}?\s(?:were|was)\s+)(?:\w+\s+)?\b(?:struck|"
                           r"killed|shot|hit|targeted|attacked|shelled|bombed|fired (?:on|at)|"
                           r"under)\b|"
                           # "when an Israeli airstrike hit their car": harm done to them
                           r"[^.;,]{0,80}?\bwhen\b[^.;,]{0,60}?\b(?:struck|hit|targeted|shelled|"
                           r"bombed|fired (?:on|at)|opened fire on)\s+(?:their|them|him|her|the "
                           r"(?:car|vehicle|convoy|cart|truck|bus|group))\b")
# "Some of the dead had just fled Khan Younis hours earlier": who the dead or wounded were
# ("most of those killed had sought shelter there after fleeing Jabalia", "the victims, who
# had fled Khan Younis": where they came from before, told in more words)
_THE_DEAD_HAD = re.compile(r"\b(?:the\s+)?(?:dead|victims|those killed|the killed|wounded|"
                           r"injured)(?:,\s+who)?\s+(?:had|have|were|was)\s+"
                           r"(?:(?:\w+\s+)?|(?:[\w-]+\s+){1,5}?(?:after|before)\s+)$")
# "The heavy rains forced hundreds of families out of their flooded tents": weather, not
# the war, drove them out (checked over the words before "forced ... out of")
_FORCED_BY_WEATHER = re.compile(r"\b(?:rains?|rainfall|downpours?|floods?|flooding|floodwaters?|"
                                r"storms?|winds?|winter|cold|heatwave|sewage)\b[^.;,]{0,40}$")
# "Many of the injured and killed, including children, were evacuated from the targeted
# house to hospitals": the casualties carried away, not a flight
_THE_HURT_BEFORE = re.compile(r"\b(?:injured|wounded|casualties|killed|dead|victims)\b"
                              r"(?:,\s+[^,.;]{1,40},)?\s+$")
# ... from where they were hit, or to hospital (not "families of the dead were evacuated
# from Beit Hanoun", "the wounded were evacuated from Nasser Hospital as tanks approached")
_CARRIED_AWAY = re.compile(r"\s+(?:\w+\s+)?(?:from\s+the\s+(?:[\w-]+\s+)?(?:targeted|bombed|"
                           r"struck|destroyed|site|scene|rubble|debris)\b|to\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+){0,2}(?:hospitals?|clinics?|medical)\b)")
# "Three people were killed while fleeing Rafah": the harm told first
_WHILE_FLEEING = re.compile(r"\b(?:killed|shot|struck|hit|injured|wounded|targeted|attacked)\b"
                            r"[^.;,]{0,40}\bwhile\s+(?:(?:they|he|she)\s+(?:were|was)\s+)?"
                            r"(?:(?:trying|attempting|seeking) to\s+)?$")
# "opened fire on residents as they fled", "as they fled, they were attacked": the flight
# is when the harm came, not an event of its own
_AS_THEY = re.compile(r"\bas\s+(?:they|he|she|the\s+[\w-]+)\s+(?:were\s+|was\s+)?"
                      r"(?:(?:trying|tried|attempting|attempted)\s+to\s+)?$")
_HARM_WORD = re.compile(r"\b(?:killed|killing|shot|shooting|fired|fire|attacked|struck|hit|"
                        r"targeted|shelled|bombed|wounded|injured)\b")
# ... in the flight's own clause: not "a strike killed four in Deir al-Balah, medics said,
# as the residents fled", "as they fled west; a strike later hit a school"
_HARM_BEFORE_FLIGHT = re.compile(_HARM_WORD.pattern + r"[^,;:.]*$")
# "Palestinians walking north along al-Rashid Road": crowds told on the road
_CROWD_ON_THE_ROAD = re.compile(r"\b(?:north|south)(?:wards?)? (?:along|on|via|up|down) ")
_HARM_AFTER_FLIGHT = re.compile(r"(?:(?!;|,\s+and\s|\.\s)[\s\S])*?" + _HARM_WORD.pattern)

# How reports describe displaced people rather than tell a displacement: "people displaced
# by the war", "where she had been forcibly displaced", "who have been repeatedly displaced",
# "1.5 million people now are displaced", "a displaced 86-year-old man", "displaced, sick
# and wounded people", "the number of people displaced", "displaced across the Gaza Strip"
# (a stock for the whole Strip, like a war total).
_DESCRIBED_BEFORE = re.compile(r"\b(?:(?:had|who (?:have|has|had)) been|number of(?: [\w-]+){0,3})"
                               r"\s+(?:[\w-]+ly\s+)?$")
# Who calls for or demands an evacuation as a plea or a term, not as the army's order,
# named before the verb in a sentence that names no Israeli force there
_PLEA_BY = re.compile(r"\b(?:the who|who's|world health organi[sz]ation|un|united nations|"
                      r"unicef|unrwa|ocha|icrc|red cross|red crescent|msf|doctors without "
                      r"borders|aid (?:groups?|agencies|organi[sz]ations)|rights groups?|"
                      r"health ministry|ministry of health|hamas|egypt|qatar|mediators|"
                      r"families)\b")
_ISRAELI_FORCE = re.compile(r"\b(?:army|military|israel|israeli|idf|troops|forces|cogat)\b")
# "Aid agencies told displaced families in Rafah to head toward shelters in Deir al-Balah",
# "Doctors told families of the wounded ... to head toward shelters": where to go told by
# those who help, advice and no order (but "the army told people ... to head toward shelters")
_HEAD_FOR_SHELTER = re.compile(r"\bto (?:immediately )?head (?:\w+ )?(?:to|toward|towards|for)\b")
_ADVISED_BY = re.compile(r"\b(?:aid (?:groups?|agencies|organi[sz]ations|workers)|"
                         r"agenc(?:y|ies)|un|united nations|unrwa|ocha|unicef|wfp|"
                         r"world health organi[sz]ation|icrc|red cross|red crescent|msf|"
                         r"charit(?:y|ies)|volunteers?|doctors?|medics?|nurses?|paramedics|"
                         r"civil (?:defen[cs]e|emergency)|municipalit(?:y|ies)|"
                         r"mayor|hamas|ministry|rescuers|relief)\b")

# "demanding that they go immediately to the shelters" (a form no other row takes: "they",
# or "go", "move", "head"): an order only when the army is named before it in the sentence
# (not "Egyptian officials demanded that they move the aid trucks", "residents demanded
# that they leave", "protesters demanded that people go out into the streets")
_DEMANDED_THAT = re.compile(r"demand\w* that (?:they .*|.* (?:go|move|relocate|head))")

_UNDER_ORDERS = re.compile(r"\b(?:(?:are|is|remain|remains|remained|still|already|currently|"
                           r"were|was)\s+under|(?:areas?|zones?|parts?)\s+(?:(?:affected|covered)"
                           r"\s+by|under))\s+(?:(?!new\b|fresh\b)[\w-]+\s+){0,2}$")
# "frequent evacuation orders and relentless hostilities are devastating the health system",
# "patients impacted by the violence or evacuation orders": orders as a pattern of the war
_HABITUAL_ORDERS = re.compile(r"(?<!military )(?<!army )(?<!forces )(?<!israel )(?<!idf )"
                              r"(?<!authorities )\b(?:frequent|repeated|recurrent|recurring|"
                              r"successive|constant|continuous|continual|endless|"
                              r"(?:violence|hostilities|bombardments?|strikes|fighting),?\s+"
                              r"(?:or|and))\s+(?:(?!its\b|their\b|the\b|new\b|fresh\b|"
                              r"further\b|latest\b)[\w-]+\s+)?$")
# "families are on the move again due to military operations and Israeli evacuation orders",
# "200,000 people have been displaced over last week in the wake of Israeli evacuation
# orders", "people moving southward in compliance with the military order to evacuate the
# north": orders told as the cause of a flight or a state, given before (not "as a result of
# today's directives", "following an evacuation order issued on 8 August": the day's)
_ORDERS_AS_CAUSE = re.compile(r"\b(?:due to|because of|owing to|in the wake of|as a result of|"
                              r"in compliance with|in line with|in accordance with|"
                              r"(?:followed|follows)\s+[^.;]{0,100}?\s+(?:and|as well as))\s+"
                              r"(?:(?!today|yesterday|tonight|new\b|fresh\b|latest\b|further\b|"
                              r"renewed\b)[\w'’-]+\s+){0,4}$")
# (nor "families fled Khan Younis on Monday due to evacuation orders", "have left Rafah since
# Monday because of evacuation orders": the flight of a day, its orders that day's)
_CAUSE_CLAUSE = re.compile(r"[^.;]*$")
# (orders told with their issuing or their area: "orders issued by the military on 22 July",
# "orders for eastern Rafah")
_ORDERS_TOLD = re.compile(rf"s?\s+(?:issued|announced|posted|{ON_DAY})\b")
# (but "issued repeated evacuation orders on Monday", "hospitals have received repeated
# evacuation orders" tell orders given)
_ORDERS_GIVEN = re.compile(r"\b(?:issu|receiv|gave|give|sent|send|dropp|distribut|announc|post|"
                           r"publish|renew|reiterat)\w*\s+"
                           r"(?:[\w-]+\s+){0,2}$")
# "Monday's evacuation order", "the 16 August order": an order given its day
_DAY_OWNED = re.compile(rf"\b(?:{WEEKDAY_PATTERN.lower()}|today|yesterday)['’]s\s+(?:[\w-]+\s+)?$|"
                        r"\b\d{1,2}\s+[a-z]+\s+(?:[\w-]+\s+)?$")
# (nor "on the move due to the army's evacuation order for Rafah": the order told with its
# area)
_ORDERS_FOR = re.compile(r"s?\s+(?:for|covering|affecting|(?:in|on)\s+(?!place\b|force\b|"
                         r"effect\b|recent\b|the\s+(?:past|last|area|region)\b|gaza\b|the\s+"
                         r"(?:gaza\s+)?strip\b|(?:the\s+)?(?:past|last)\b))\b")
# "the army placed new areas under evacuation orders": orders given, not a standing state
_PLACED = re.compile(r"(?<!\bthe )(?<!\bnewly )(?<!\brecently )(?<!\balready )"
                     r"\b(?:(?:plac|put|brought|bring|expand|extend|enlarg|widen|declar|designat)"
                     r"\w*|add(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,3}$")
_STATE_BEFORE = re.compile(r"\b(?:(?:now )?(?:are|is)(?: now| currently| still)?|an?)"
                           r"\s+(?:[\w-]+ly\s+)?$")  # before the word "displaced" only
# (... and people told by what drove them out, a campaign or a kind of violence with no act
# of its own: "people displaced by the Israel's war", "was displaced by fighting", "displaced
# by Israeli bombardment take shelter", "displaced inside Gaza by six weeks of invasion"; not
# "displaced by the strike on Monday", "by the offensive in Rafah this week", "by the raid":
# a day told, or one act; see _DRIVEN_OUT_ON_A_DAY)
_DRIVEN_OUT_BY = r"(?:war|wars|conflict|invasion|fighting|hostilities|violence|aggression|" \
    r"bombardments?|bombings?|bombing\s+raids|shelling|airstrikes|air\s+strikes|strikes|" \
    r"attacks|offensives?|assaults?|operations|clashes|escalation|genocide)"
_DESCRIBED_AFTER = re.compile(
    r"\s+(?:(?:inside|within|in|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,2}?)?by\s+"
    r"(?:(?:the|this|their|its|(?:[\w-]+\s+)?(?:days|weeks|months|years)\s+of)\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?P<driven>{_DRIVEN_OUT_BY})\b|"
    r",\s+(?!(?:and|while)\s+(?:at\s+least\s+)?\d)(?:[\w-]+,?\s+){0,3}(?:and\s+)?[\w-]+\s+"
    r"(?:people|persons|civilians|patients|children|families)\b|"
    r"\s+(?:[\w-]+\s+){0,2}(?:across|within|throughout)\s+(?:the\s+)?gaza\b"
    r"(?!\s+(?:city|governorate))")
# "There are more than 650 patients and some 7,000 displaced here", "the school houses 3,000
# displaced": a head count of the people sheltering at a place, the word a noun (not
# "some 7,000 displaced from Jabalia", "80,000 displaced since Tuesday": a flight counted)
_HEADCOUNT = r"(?:\d[\d,.]*|dozens|hundreds|thousands|tens\s+of\s+thousands)\s+(?:of\s+)?"
_HEADCOUNT_BEFORE = re.compile(rf"\b(?P<host>(?:hous|host|shelter)(?:es|s|ed|ing)?\s+"
                               r"(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least|"
                               rf"an\s+estimated)\s+)?)?{_HEADCOUNT}$")
_HEADCOUNT_AFTER = re.compile(r"\s+(?:here|there|inside|(?:in|at|on)\s+(?:the|this|that|its|our|"
                              r"their)\s+(?:[\w'’-]+\s+)?(?:hospital|compound|complex|building|"
                              r"grounds|school|shelter|yard|courtyard|site|facility|centre|center))\b")


def _described_after(text: str, low: str, start: int, at: int, stop: int, end: int) -> bool:
    """Whether the words after the flight word at ``low[at:stop]`` describe the people
    rather than tell a flight: a stock for the Strip, or what drove them out with no day of
    its own in the clause."""
    after = _DESCRIBED_AFTER.match(low, stop, end)
    if after is None or after.group("driven") is None:
        return after is not None
    clause = _CAUSE_CLAUSE_END.search(low, after.end(), end)
    stop_clause = clause.start() if clause else end
    if _DRIVEN_OUT_ON_A_DAY.search(low, after.end(), stop_clause):
        return False
    if _THE_WAR_ITSELF.fullmatch(after.group("driven")):
        return True
    # (an attack, not the war, is told as a flight of the report when the flight is counted
    # or new ("Some 300 families were displaced by", "were newly displaced by"), when the
    # attack is on a named place or kills ("by shelling of Beit Hanoun", "by the offensive in
    # Rafah", "by airstrikes that killed 30"), or when "the strikes" are those the sentence
    # before told)
    # (all but "newly" only with the flight told in a verb of its own, "were displaced by":
    # not "families displaced by the fighting in Jabalia sheltered in schools", who they are)
    if _NEWLY_FLED.search(low, start, at):
        return False
    return not (_FLED_AS_VERB.search(low, start, at) and (
        _COUNTED_FLIGHT.search(low, start, at) or
        _AT_A_NAMED_PLACE.match(text, after.end(), stop_clause) or
        _CAUSE_HARMS.match(low, after.end(), stop_clause) or
        _BY_THE_ONES_TOLD.match(low, stop, after.end()) and
        re.search(rf"\b{re.escape(after.group('driven')[:5])}",
                  low[max(0, start - 300):start])))


_NEWLY_FLED = re.compile(r"\bnewly\s+$")
_FLED_AS_VERB = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
                           r"(?:[\w-]+ly\s+)?$")
_THE_WAR_ITSELF = re.compile(r"wars?|conflict|invasion|genocide|aggression|hostilities|"
                             r"violence|escalation")
_COUNTED_FLIGHT = re.compile(rf"\b{_HEADCOUNT}(?:[\w'’-]+\s+){{0,2}}?(?:were|was|have\s+been|"
                             r"has\s+been|had\s+been)\s+(?:[\w-]+ly\s+)?$")
_AT_A_NAMED_PLACE = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:of|in|on|across|around|near)\s+"
                               r"(?:the\s+)?(?:(?:eastern|western|northern|southern|central)\s+)?"
                               r"(?:(?:al|el|an|ar|as|ash|az)-)?(?!Gaza\b(?!\s+City)|Strip\b|"
                               r"Hamas\b|Israel\b|Palestin|Hezbollah\b)[A-Z]")
_CAUSE_HARMS = re.compile(r"\s+(?:that|which)\s+(?:have\s+|has\s+)?(?:killed|wounded|injured)\b")
_BY_THE_ONES_TOLD = re.compile(r"\s+by\s+the\s+\w+$")


def _driven_out_by(text: str, low: str, lo: int, start: int, at: int, end: int) -> bool:
    """Whether the trigger at ``at`` is what drove out the people "displaced" just before it,
    told with no day of its own: how they are described, not an attack of the report."""
    word = low.rfind("displaced", lo, at)
    return _described_after(text, low, start, word, word + 9, end) and \
        _DESCRIBED_AFTER.match(low, word + 9, end).start("driven") == at


# (the clause of the cause ends at a new clause or sentence; a day in it is the flight's:
# "displaced by Israeli strikes on Monday", "by the fighting in Rafah this week")
_CAUSE_CLAUSE_END = re.compile(r"[;.!?]|,\s+(?:and|but|while|as|after|where|when|which|who)\b")
_DRIVEN_OUT_ON_A_DAY = re.compile(rf"\b(?:{A_DAY}|this week|last week|since|over the (?:past|last)"
                                  r"|in the (?:past|last))\b")


def _a_headcount(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether "displaced" at ``low[at:stop]`` is the noun of a head count of the people
    sheltering somewhere."""
    if low[at:stop] != "displaced":
        return False
    count = _HEADCOUNT_BEFORE.search(low, lo, at)
    return count is not None and (count.group("host") is not None or
                                  _HEADCOUNT_AFTER.match(low, stop, end) is not None)


# "WHO requested a mission to Kamal Adwan hospital to evacuate 20 patients, but it was
# denied", "a mission was planned on Tuesday to evacuate 22 patients": a move sought, put
# off or refused, not one made ("is preparing a mission to evacuate", "a mission to evacuate
# 20 patients will take place on Monday", "... could not proceed", "... is needed": one to
# come or that never went)
_MISSION_SOUGHT = re.compile(r"\b(?:request\w*|plan\w*|propos\w*|seek\w*|sought|prepar\w*|"
                             r"schedul\w*|await\w*|hop(?:e|es|ed|ing))\s+(?:to\s+\w+\s+)?"
                             r"(?:[\w-]+\s+){0,2}$")
_MISSION_NOT_RUN = re.compile(r"[^.;]*?\b(?:request\w*|planned|planning|proposed|scheduled|"
                              r"pending|awaiting|expected|denied|rejected|refused|impeded|"
                              r"blocked|postponed|cancell?ed|aborted|turned back|failed|unable|"
                              # ("... was forced to turn back at the checkpoint", "... was
                              # halted", "... remains on hold", "... has yet to be approved")
                              r"turn back|forced to return|halted|stopped|obstructed|prevented|"
                              r"on hold|yet to|will|(?:could|did|was|were|has|have|had) not|cannot|"
                              r"(?:is|are|was|were) (?:urgently |still )?needed)\b")
# "A mission to evacuate 14 patients from Kamal Adwan Hospital was completed", "WHO carried
# out a mission to evacuate 14 patients": a mission to evacuate told done (not "... was
# forced to turn back", "... was halted", "... remains on hold", "WHO is working on a mission
# to evacuate 14 patients": one stopped, or still to come)
_MISSION_DONE_BEFORE = re.compile(r"\b(?:completed|conducted|carried\s+out|undertook|undertaken|"
                                  r"led|facilitated|supported|accomplished|"
                                  # "said ..., after the mission to evacuate 24 patients"
                                  r"after|following)\s+(?:[\w-]+\s+){0,3}$")
_MISSION_DONE_AFTER = re.compile(r"[^.;]*?\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)"
                                 r"\s+(?:\w+ly\s+)?(?:completed|conducted|carried\s+out|"
                                 r"undertaken|facilitated|supported|accomplished|led)|"
                                 r"took\s+place)\b")
# "Since the escalation began, 12 missions to evacuate patients from Kamal Adwan have been
# completed", "In October, WHO led five missions to evacuate patients": a tally of missions
# over weeks, not one move
_MISSIONS_TALLIED = re.compile(r"\b(?:so\s+far|to\s+date|in\s+total|altogether|since|"
                               r"this\s+(?:year|month)|(?:in|during|throughout)\s+"
                               rf"{MONTH_NAMES.lower()})\b")  # (over folded text)
# "Israeli forces prevented the evacuation of patients from Kamal Adwan hospital", "WHO is
# seeking to facilitate the evacuation of patients": a move stopped or still to be made
# (not "WHO facilitated the evacuation of 41 patients": made)
_MOVE_HELD_UP = re.compile(r"\b(?:prevent\w*|block\w*|obstruct\w*|imped\w*|hinder\w*|"
                           r"delay\w*|den(?:y|ied|ies|ying)|halt\w*|stop\w*|refus\w*|reject\w*|"
                           r"suspend\w*|request\w*|seek\w*|sought|await\w*|facilitat(?:e|es|ing)|"
                           r"coordinat(?:e|es|ing)|arrang(?:e|es|ing)|secur(?:e|es|ing)|"
                           r"ensur(?:e|es|ing)|allow|permit)\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# "Israeli forces prevented WHO from transferring 20 patients", "WHO was unable to transfer
# 20 patients": a move kept from being made
_KEPT_FROM = re.compile(r"\b(?:(?:prevent\w*|block\w*|stop\w*|barr?(?:ed|ing|s)?|hinder\w*|keep|"
                        r"kept|banned)\s+(?:[\w'’()-]+\s+){0,4}?from|(?:unable|failed|fail|"
                        r"attempt\w*|tried|trying|sought|seeking)\s+to)\s+$")
# "WHO hopes to transfer 20 patients", "urged Israel to allow it to transfer", "WHO
# requested to transfer", "attempted to reach Al Awda Hospital on 24 May to transfer 57
# patients": a move wished for or sought, not made (but "reached the hospital to assess the
# situation and transfer 57 critical patients")
_TRANSFER_SOUGHT = re.compile(r"\b(?:hop(?:e|es|ed|ing)|ready|plan\w*|request\w*|seek\w*|"
                              r"sought|attempt\w*|tr(?:y|ies|ied|ying)|want\w*|wish\w*|"
                              r"needs?|needed|urg\w*|call\w*|ask\w*|allow|permit|aim\w*|"
                              r"intend\w*|expect\w*|due|schedul\w*|prepar\w*|efforts?|bid)\b"
                              r"[^,;.]*$")
# "So far, WHO has transferred 600 patients from hospitals in northern Gaza": a running count
_SO_FAR = re.compile(r"\b(?:so far|to date|in total|altogether)\b")
# "The evacuation of patients from Kamal Adwan hospital remains impossible", "... was
# delayed for hours at a checkpoint", "... has been suspended"
_MOVE_HELD_UP_AFTER = re.compile(r"[^.;,]{0,60}?\b(?:remains?|remained|is|are|was|were|has been|"
                                 r"have been|had been)\s+(?:still\s+|not\s+|being\s+)?"
                                 r"(?:impossible|delayed|suspended|blocked|denied|impeded|halted|"
                                 r"postponed|prevented|obstructed|hampered|stalled|pending|"
                                 r"planned|cancell?ed|possible|on hold)\b")


_A_DAY_TOLD = re.compile(rf"\b(?:{A_DAY})\b")
_UP_TO_COMMA = re.compile(r"[^.;,]{0,80}")


def _day_in_clause(low: str, lo: int, at: int, end: int) -> bool:
    """Whether the clause of the orders at ``at`` tells a day or a span of the last days
    ("fled Jabalia today in the wake of evacuation orders", "displaced due to evacuation
    orders over the past 24 hours")."""
    clause = _CAUSE_CLAUSE.search(low, lo, at)
    since = clause.start() if clause is not None else at
    after = _UP_TO_COMMA.match(low, at, end)
    return _A_DAY_TOLD.search(low, since, at) is not None or \
        DAYS_SPAN.search(low, since, at) is not None or \
        DAYS_SPAN.search(low, at, after.end()) is not None


def _mission_not_made(low: str, start: int, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the mission at ``low[at:stop]`` was sought, put off or refused, or, one to
    evacuate, is not told done or is one of a tally (``lo``: its look-back; ``start`` and
    ``end``: its sentence's bounds)."""
    return bool(_MISSION_SOUGHT.search(low, lo, at) or _MISSION_NOT_RUN.match(low, stop, end) or
                low.startswith(" to evacuat", stop) and (
                    not _MISSION_DONE_BEFORE.search(low, lo, at) and
                    not _MISSION_DONE_AFTER.match(low, stop, end) or
                    low.startswith("missions", at) and _MISSIONS_TALLIED.search(low, start, end)))


def _transfer_not_made(low: str, start: int, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the transfer of patients at ``low[at:stop]`` was kept from being made, sought,
    not run, or is a running count."""
    return bool(_KEPT_FROM.search(low, lo, at) or low.startswith("transfer ", at) and (
        _TRANSFER_SOUGHT.search(low, max(start, at - 120), at) or
        _MISSION_NOT_RUN.match(low, stop, end)) or
        _SO_FAR.search(low, start, at) or STOCK_AFTER.match(low, stop, end))


# the area bare "orders ... for" are issued for: "for Beit Hanoun", "for areas of Shejaia",
# "for eastern parts of Gaza City", "for residents of", "for the blocks in"
# (and "for the evacuation of Beit Hanoun"; not "orders were issued for Israeli troops to
# advance", "new orders for Hamas fighters", "fresh orders for UNRWA staff", "new orders for
# Gaza's hospitals to prepare": those given the orders, no area)
_AN_AREA_AFTER = re.compile(r"\s+(?:the\s+)?(?:(?:immediate\s+|full\s+)?evacuation\s+of\b|"
                            r"(?!(?:Israel\w*|IDF|Hamas|UN|UNRWA)\b)"
                            r"(?![A-Z][\w'’-]*?(?:\s+[A-Z][\w'’-]*?)?(?:['’]s)?\s+(?:troops|forces|"
                            r"soldiers|fighters|militants|staff|workers|officials|officers|"
                            r"personnel|units?|commanders|reservists|police|prisoners|detainees|"
                            r"employees|hospitals?|doctors|medics|medical|health|ministry|"
                            r"government|authorities|leaders?)\b)"
                            r"(?:(?:al|el)-)?(?:[A-Z]|(?:residents|areas?|parts|"
                            r"neighbou?rhoods?|blocks?|(?:north|south|east|west)(?:ern)?)\b))")


# "the order ... covered" (its areas told after: see TRIGGER_TABLE)
_ORDER_TOLD_AGAIN = re.compile(r"(?:the|this|that|the new|the latest) orders?\b")
# ... "the whole of northern Gaza", "most of Rafah", "large parts of Khan Younis"
_WHOLE_AREA_AFTER = re.compile(r"\s+(?:the\s+)?(?:whole|entire|most|much|all)\s+of\b|"
                               r"\s+large\s+(?:parts|areas|swathes)\b", re.I)
# the orders a report may tell before one it names again: a court's, a curfew, a halt
# ("The ICJ ordered Israel to halt its offensive in Rafah", "Israel imposed a curfew")
_OTHER_ORDER = re.compile(r"\b(?:court|icj|judges?|tribunal|curfews?|injunctions?|"
                          r"demolition|arrest|halt|stop|suspend|suspension|ban|closure)\b")
_LEAVE_WORDS = re.compile(r"\b(?:evacuat\w*|leave|leaving|relocat\w*|displac\w*|flee|move|"
                          r"head|go)\b")
_AN_ORDER = re.compile(r"\b(?:order(?:ed|s|ing)?|curfews?)\b")


def _another_order_before(text: str, low: str, at: int) -> bool:
    """Whether the order named again at ``low[at:]`` is, by the last order told before it in
    its paragraph, one of another kind (a court's, a curfew, a halt) with no word of leaving
    near it; an order told first keeps its own words. (The paragraph's break is looked for
    in ``text``: the fold makes it a space.)"""
    lo = max(0, text.rfind("\n\n", 0, at), at - 600)
    last = next(reversed(list(_AN_ORDER.finditer(low, lo, at))), None)
    if last is None:
        return False
    near = low[max(lo, last.start() - 60):min(at, last.end() + 100)]
    return bool(_OTHER_ORDER.search(near)) and not _LEAVE_WORDS.search(near)


def _an_area_after(text: str, at: int, end: int) -> bool:
    """Whether bare "orders ... for" at ``text[:at]`` are issued for an area: a name then
    nothing, a list, a time or the area's word ("for Beit Hanoun and Khuza'a", "for Gaza City
    residents"; not "for Monday's assault", "for Gaza aid deliveries", "for Kerem Shalom
    crossing closures": a name of what the orders are about)."""
    if _AN_AREA_AFTER.match(text, at, end) is None:
        return False
    run = _NAME_RUN.match(text, at, end)
    if run is None:
        return True
    return _NO_AREA_NAME.match(run[1]) is None and (run[2] is None or
                                                    run[2] in _AFTER_AN_AREA)


_NAME_RUN = re.compile(r"\s+(?:the\s+)?((?:(?:al|el|an|ash|as|ad|ar|az)-)?[A-Z][\w'’-]*"
                       r"(?:\s+(?:(?:al|el|an|ash|as|ad|ar|az)-)?[A-Z][\w'’-]*)*)"
                       r"(?:\s+([a-z]+)\b)?")
_NO_AREA_NAME = re.compile(rf"(?:Operation|COGAT|{WEEKDAY_PATTERN}|{MONTH_NAMES})\b")
_AFTER_AN_AREA = frozenset({
    "and", "or", "on", "in", "at", "to", "for", "were", "was", "is", "are", "have", "has",
    "had", "residents", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
    "area", "areas", "camp", "city", "town", "governorate", "district", "districts", "east",
    "west", "north", "south", "eastern", "western", "northern", "southern", "which", "that",
    "as", "after", "before", "from", "by", "with", "where", "followed", "including", "amid",
    "while", "early", "late", "last", "this", "the", "since", "but"})


def _orders_as_cause(low: str, before: str, start: int, at: int, stop: int, end: int) -> bool:
    """Whether the evacuation orders at ``low[at:stop]`` (``before``: the words just before)
    are told only as the cause of a flight or a state, given on no day or area told."""
    return ("due to" in before or " of " in before or " with " in before or
            "follow" in before) and \
        _ORDERS_AS_CAUSE.search(low, max(start, at - 150), at) is not None and \
        not _ORDERS_TOLD.match(low, stop, end) and \
        not DAY_AFTER.match(low, stop, end) and \
        not _DAY_OWNED.search(low, max(start, at - 40), at) and \
        not _ORDERS_FOR.match(low, stop, end) and \
        not _day_in_clause(low, max(start, at - 150), at, end)


# -- The checks of the trigger loop (sift) these words decide, in the loop's order ---------
# (``text``: the report; ``low``: its folded text; ``start``, ``end``: the sentence's
# bounds; ``lo``: the look-back of the trigger ``low[at:stop]``, ``before``: ``low[lo:at]``;
# ``etype``, ``sub``: the type it has so far)

_STOCK_TYPES = {EVACUATION[1], AID[1], DISPLACEMENT[1]}


def displaced_by_it(text: str, low: str, before: str, start: int, lo: int, at: int, end: int,
                    etype: str) -> bool:
    """Whether the attack is what drove out the people "displaced" just before it, told with
    no day of its own: "families displaced by Israeli shelling" (who they are, not a
    shelling)."""
    return etype in VIOLENT and "displaced" in before and \
        _driven_out_by(text, low, lo, start, at, end)


def forced_out_by_no_force(low: str, start: int, at: int, stop: int, sub: str) -> bool:
    """Whether an evacuation forced is told with no force that forced it: "the power cut
    forced patient and staff evacuation", "the flooding forced out the patients" (not "the
    raid on Kamal Adwan Hospital forced patient and staff evacuation")."""
    return bool(sub == ATTACK[1] and low.startswith(("forced ", "forcing "), at) and
                ("evacuation" in low[at:stop] or low.startswith(("forced out ", "forcing out "),
                                                                at) and
                 not low.startswith("forced out of ", at)) and
                not _FORCE_NAMED.search(low, start, at))


def a_move_not_made(low: str, start: int, lo: int, at: int, stop: int, end: int,
                    sub: str) -> bool:
    """Whether the mission, the evacuation or the transfer of patients was sought, put off,
    refused or tallied, not made; or the one "medically evacuated" is a wounded person taken
    for care (not "14 patients from Kamal Adwan were medically evacuated to Al Shifa
    Hospital": moved)."""
    # (nor "a soldier was wounded in Rafah and medically evacuated to a hospital": the
    # wounded taken for care)
    return bool(sub == DISPLACEMENT[1] and (
        low.startswith("mission", at) and
        _mission_not_made(low, start, lo, at, stop, end)
        or low.startswith("evacuation of", at) and (
            _MOVE_HELD_UP.search(low, lo, at) or
            _MOVE_HELD_UP_AFTER.match(low, stop, end))
        or low.startswith("transfer", at) and
        _transfer_not_made(low, start, lo, at, stop, end)
        or low.startswith("medically evacuated", at) and
        _CARRIED_AWAY.match(low, stop, end) and "patient" not in low[start:at]))


# "The largest humanitarian aid airdrop since the war began takes place over northern
# Gaza", "the biggest convoy since the start of the war": one delivery of the day, measured
# against the war (not "more than 2,300 trucks have entered so far": a running count)
_A_RECORD_BEFORE = re.compile(r"\b(?:largest|biggest|single largest|first|heaviest)\s+"
                              r"(?:[\w-]+\s+){0,3}$")


def a_count_or_a_stock(low: str, before: str, lo: int, at: int, stop: int, end: int,
                       etype: str, sub: str) -> bool:
    """Whether the aid, the return, the order or the flight is a running count, a return
    prevented, a time given by a deed, or a stock ("84 per cent of the Gaza Strip is under
    evacuation orders", "the total number of aid trucks entering"), not an event of the
    day."""
    if sub == AID[1] and STOCK_AFTER.match(low, stop, end) and \
            not _A_RECORD_BEFORE.search(low, lo, at) or \
            sub == RETURN[1] and " from returning" in low[at:stop] or \
            etype != BATTLE[0] and "having" in before and HAVING.search(low, lo, at):
        return True  # a running count, a return prevented, a time given by a deed
    return bool(sub in _STOCK_TYPES and STOCK_BEFORE.search(low, lo, at) or
                sub == EVACUATION[1] and low.startswith("ordered", at) and
                _DESCRIBED_BEFORE.search(low, lo, at))


def a_plea_or_advice(low: str, start: int, at: int, stop: int, sub: str) -> bool:
    """Whether the evacuation is called for as a plea, or where to go is advised by those
    who help, in a sentence that names no Israeli force: "The WHO called for the evacuation
    of Kamal Adwan hospital", "Aid agencies told displaced families in Rafah to head toward
    shelters in Deir al-Balah" (but "the army told people ... to head toward shelters")."""
    if sub == EVACUATION[1] and "evacuation of" in low[at:stop] and \
            low.startswith(("call", "demand"), at) and _PLEA_BY.search(low, start, at) and \
            not _ISRAELI_FORCE.search(low, start, at):
        return True  # "The WHO called for the evacuation of Kamal Adwan hospital": a plea
    return bool(sub == EVACUATION[1] and
                low.startswith(("told", "ordered", "instructed", "orders"), at) and
                _HEAD_FOR_SHELTER.search(low, at, stop) and
                _ADVISED_BY.search(low, start, at) and not _ISRAELI_FORCE.search(low, start, at))


def no_order_given(text: str, low: str, before: str, start: int, lo: int, at: int, stop: int,
                   end: int, sub: str) -> bool:
    """Whether the evacuation order is no order given that day: a demand no army made, a
    standing state, a pattern of the war, the cause of a flight, orders for no area, or an
    order named again that is no order to leave."""
    if sub == EVACUATION[1] and low.startswith("demand", at) and \
            _DEMANDED_THAT.fullmatch(low, at, stop) and \
            not _ISRAELI_FORCE.search(low, start, at):
        return True
    if sub == EVACUATION[1] and ("under " in before or " by " in before) and \
            (under := _UNDER_ORDERS.search(low, lo, at)) is not None and \
            not _PLACED.search(low, lo, under.start()):
        return True  # "areas under displacement orders": a standing state, not an order
    if sub == EVACUATION[1] and low.startswith(("evacuation order", "displacement order"),
                                               at) and _HABITUAL_ORDERS.search(low, lo, at) \
            and not _ORDERS_GIVEN.search(low, lo, at) and \
            not _ORDERS_TOLD.match(low, stop, end):
        return True
    if sub == EVACUATION[1] and _orders_as_cause(low, before, start, at, stop, end):
        return True
    if sub == EVACUATION[1] and low.endswith(" for", at, stop) and \
            "evacuation" not in low[at:stop] and "displacement" not in low[at:stop] \
            and not _an_area_after(text, stop, end):
        return True  # ("orders were issued for the arrest of", "orders for troops": no area)
    # "The order covered Bani Suheila, ..." only of areas, and of an order to leave (not
    # "The order includes a curfew on Rafah", "The order applies to humanitarian workers in
    # Rafah"; "The ICJ ordered Israel to halt its offensive in Rafah. The order covered
    # Rafah": another order told before)
    return bool(sub == EVACUATION[1] and _ORDER_TOLD_AGAIN.match(low, at) and
                (not (_an_area_after(text, stop - 1, end) or
                      _WHOLE_AREA_AFTER.match(text, stop - 1, end)) or
                 _another_order_before(text, low, at)))


def the_displaced_described(text: str, low: str, start: int, lo: int, at: int, stop: int,
                            end: int, sub: str) -> bool:
    """Whether the words around "displaced" describe the people rather than tell a flight:
    "people displaced by the war", "who have been repeatedly displaced", "1.5 million people
    now are displaced", "the school houses 3,000 displaced"."""
    return bool(sub == DISPLACEMENT[1] and (
        _DESCRIBED_BEFORE.search(low, lo, at)
        or _described_after(text, low, start, at, stop, end)
        or low.startswith("displaced", at) and _STATE_BEFORE.search(low, lo, at)
        or displaced_sheltered_there(low, lo, at, stop, end)
        or _a_headcount(low, lo, at, stop, end)))


def the_fleeing_described(low: str, before: str, start: int, lo: int, at: int, stop: int,
                          end: int, sub: str) -> bool:
    """Whether the flight or the return describes the people rather than tells one: who is
    shot at or tells ("shootings of fleeing civilians", "opened fire on people returning to
    their homes", "IDPs fleeing from the north are reporting dead bodies"), how they came to
    shelter, who the dead or the people were."""
    if low.startswith("fleeing", at) and (
            _FLEEING_PEOPLE.search(low, lo, at) or _FLEEING_ADJECTIVE.match(low, stop, end) or
            _FLEEING_WITNESS.search(low, lo, at) and _SHOT_AT_BEFORE.search(low, lo, at)):
        return True  # (and "a drone struck people fleeing Jabalia": those it hit)
    if sub == RETURN[1] and "returning" in low[at:stop] and \
            _SHOT_AT_BEFORE.search(low, lo, at):
        return True  # "opened fire on people returning to their homes in Jabalia camp"
    if low.startswith("fleeing", at) and _FLEEING_WITNESS.search(low, lo, at) and \
            (tells := _TELLS_AFTER.match(low, stop, end)) is not None and \
            not OWN_DAY.search(low, stop, tells.end()):
        return True
    if sub in (DISPLACEMENT[1], EVACUATION[1]) and \
            ("after " in before or "who " in before) and how_they_came(
                low, max(start, at - 120), at, stop, end):
        return True  # "where thousands have sought shelter after being told to leave"
    # "some of the dead had just fled Khan Younis", "people who fled the north crowded into
    # the area": who the dead, or the people, were ("five of the victims were unarmed
    # residents returning to inspect their homes": who the dead were, not a return told)
    return bool(sub == DISPLACEMENT[1] and (_THE_DEAD_HAD.search(low, lo, at) or
                                            who_they_are(low, lo, at, stop, end)) or
                sub == RETURN[1] and _THE_DEAD_HAD.search(low, lo, at))


def no_flight_of_its_own(low: str, before: str, start: int, lo: int, at: int, stop: int,
                         end: int, sub: str) -> bool:
    """Whether the flight is none of the war's, or none of its own: people the weather drove
    out, the casualties carried away, or the flight the harm the sentence tells came
    during."""
    if sub == DISPLACEMENT[1] and low.startswith("forced ", at) and \
            (" out of" in low[at:stop] or " from their" in low[at:stop]) and \
            _FORCED_BY_WEATHER.search(low, lo, at):
        return True  # "The heavy rains forced hundreds of families out of their tents"
    if sub == DISPLACEMENT[1] and low.startswith(("were evacuated", "was evacuated"), at) \
            and _THE_HURT_BEFORE.search(low, lo, at) and \
            _CARRIED_AWAY.match(low, stop, end):
        return True  # "the injured and killed ... were evacuated from the targeted house"
    if sub == DISPLACEMENT[1] and (_FLIGHT_AS_CIRCUMSTANCE.search(low, lo, at) and
                                   _HARMED_AFTER.match(low, stop, end) or
                                   "while" in before and _WHILE_FLEEING.search(low, lo, at) or
                                   "as " in before and _AS_THEY.search(low, lo, at) and (
                                       _HARM_BEFORE_FLIGHT.search(low, max(start, at - 100),
                                                                  at) or
                                       _HARM_AFTER_FLIGHT.match(low, stop,
                                                                min(end, stop + 80)))):
        return True  # "the family were fleeing Gaza City when their car was shelled",
        # "killed while fleeing Rafah", "opened fire on residents as they fled"
    # "An airstrike hit a vehicle carrying displaced families heading south along Salah
    # al-Din Road": who was hit, not a flight of its own
    return bool(sub in (DISPLACEMENT[1], RETURN[1]) and
                _CROWD_ON_THE_ROAD.search(low, at, stop) and
                _HARM_BEFORE_FLIGHT.search(low, max(start, at - 100), at))


def a_combat_zone_in_the_order(low: str, start: int, t: Trigger) -> bool:
    """Whether the fighting ``t`` is the order's words for the areas, not fighting told:
    "issued evacuation orders for Beit Hanoon ..., calling them 'dangerous combat zones'"."""
    return bool(_COMBAT_ZONE.fullmatch(t.text) and _CALLING.search(
        low, max(start, t.start - 40), t.start))


# The army a clause's flight may be told of: "soldiers ... abandoned their vehicles and
# fled", "the troops fled toward the border" (fighters who fled a town are people uprooted
# still, with no civilian actor: see event_actors)
_ARMED_MEN = re.compile(r"\b(?:soldiers?|troops|forces|army|commandos?|(?:the\s+)?enemy)\b")
# The people a flight of the war's is told of, nearer the verb than the armed men: "troops
# shelled the camp and residents fled", "as forces advanced, families fled"
_CIVILIANS = re.compile(r"\b(?:residents|civilians|people|families|palestinians|gazans|"
                        r"children|women|men|thousands|hundreds|dozens|idps|refugees|"
                        r"villagers|displaced|inhabitants|population|patients|staff|"
                        r"households|crowds?|citizens|many|some|others|most|several|few|"
                        r"witnesses)\b")
# A new clause, with a subject of its own, between the armed men and the flight: "the army
# issued an order, with witnesses reporting that many were fleeing"
_NEW_CLAUSE = re.compile(r"\b(?:that|who|whom|which|as|while|when|after|because|with|so)\b")
# The clause a flight's subject stands in: back to the last full stop, semicolon or colon
_CLAUSE_START = re.compile(r"[.;:!?]\s")


def a_retreat(low: str, start: int, at: int, stop: int, sub: str) -> bool:
    """Whether the flight at ``low[at:stop]`` is an army's: "Soldiers of the Zionist forces
    involved in the ambush abandoned their vehicles and fled east of the fence". A retreat
    in a fight is the fight's, not a displacement ACLED codes; the flight is the army's when
    its soldiers are the last people its clause names before it ("troops advanced and
    residents fled" is a flight)."""
    if sub != DISPLACEMENT[1] or not low.startswith(("fled", "fleeing"), at):
        return False
    clause = start
    for m in _CLAUSE_START.finditer(low, start, at):
        clause = m.end()
    armed = [m.end() for m in _ARMED_MEN.finditer(low, clause, at)]
    if not armed:
        return False
    return _CIVILIANS.search(low, armed[-1], at) is None and \
        _CIVILIANS.search(low, clause, armed[-1]) is None and \
        _NEW_CLAUSE.search(low, armed[-1], at) is None


# "Yasser Abu Lubda, a 50-year-old displaced from Rafah, said ...": who a speaker is, told in
# an aside between commas or brackets (an article, then an age or a person's noun before
# "displaced", a place of at most four words after "from", then the aside's end; not "some
# 5,000 people, a third displaced from Rafah, arrived": a share of a flight counted)
_ASIDE_OPENS = re.compile(r"(?:,\s+|\(\s*)an?\s+(?:\d+[- ]years?[- ]old(?:\s+[\w'’-]+)?|"
                          r"(?:[\w'’-]+\s+)?(?:man|woman|mother|father|grandmother|grandfather|"
                          r"widow|widower|resident|teacher|farmer|fisherman|nurse|doctor|"
                          r"student|worker|driver|journalist|engineer|shopkeeper|vendor)"
                          r"(?:\s+of\s+[\w-]+)?)\s+$")
_ASIDE_CLOSES = re.compile(r"\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*[,)]")


def displaced_in_an_aside(low: str, lo: int, at: int, stop: int, end: int, sub: str) -> bool:
    """Whether "displaced" at ``low[at:stop]`` tells who a person named just before is, in
    an aside: "Yasser Abu Lubda, a 50-year-old displaced from Rafah, said the shooting
    started at 4 am", "(a mother of five displaced from Beit Hanoun)". The aside describes
    the speaker, as "a resident of Rafah" would; the flight is no event of the report."""
    aside = _ASIDE_CLOSES.match(low, stop, end) if sub == DISPLACEMENT[1] and \
        low.startswith("displaced", at) and _ASIDE_OPENS.search(low, lo, at) else None
    # (not "a mother of five displaced from Jabalia on Monday": a flight with its day)
    return aside is not None and not OWN_DAY.search(low, stop, aside.end())
