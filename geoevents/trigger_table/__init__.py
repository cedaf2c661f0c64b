"""The trigger table: which words say an event of which ACLED type happened.

One row per trigger family: (ACLED type and sub-type, pattern, strength). Strength lowers
an event's confidence for weak cues ("operations", "advances"); a weak cue makes an event
only where its sentence names a specific place. Humanitarian developments go under
"Strategic developments" with a clear sub-type. The rules that set a trigger aside in its
context (irrealis, background, statistics) are in :mod:`geoevents.triggers`.
"""

from __future__ import annotations

import re

__all__ = ["TRIGGER_TABLE", "SUBTYPE_RELIABILITY", "VIOLENT", "AIR", "SHELL", "BATTLE",
           "ATTACK", "ABDUCTION", "DISPLACEMENT", "EVACUATION", "AID", "ARRESTS", "DESTRUCTION",
           "PROTEST", "IED", "SIEGE", "TERRITORY", "MASS_GRAVE", "CROSSING", "AGREEMENT",
           "RELEASE", "RETURN", "MISSION_VERBS", "ROCKETS_FIRED", "FIRED_BY_FIGHTERS",
           "fighters_fire"]

# A projectile the fighters on the ground fired: "a rocket fired by militants struck a house",
# "mortar shells launched from the Gaza Strip hit a school" (rockets and mortars, no aircraft:
# shelling; not "a missile fired by an Israeli drone", "a rocket fired from a helicopter")
FIRED_BY_FIGHTERS = re.compile(
    r"\b(?:rockets?|missiles?|mortars?|mortar (?:shells?|rounds?)|projectiles?)\s+"
    r"(?:[\w-]+\s+)?(?:fired|launched)\s+(?:by|from)\s+(?:the\s+|an?\s+)?"
    r"(?:(?!israeli\b|idf\b|drones?\b|helicopters?\b|aircraft\b|jets?\b|warplanes?\b|"
    r"planes?\b|tanks?\b|gunboats?\b|warships?\b|"
    # (nor "missiles fired by Israel into Gaza", "by the navy off Gaza", "from the air at
    # groups of displaced people", "by the IOF at resistance fighters", "from a quadcopter
    # over Gaza": the army's own, at the Strip or at those fighters)
    r"israel\b|iof\b|occupation\b|army\b|forces\b|troops\b|soldiers\b|navy\b|naval\b|"
    r"vessels?\b|boats?\b|ships?\b|air\b|sea\b|quadcopters?\b|artillery\b|border\b|"
    r"at\b|on\b|into\b|off\b|over\b|toward\b|towards\b|against\b)[\w'’-]+\s+){0,3}?"
    r"(?:militants?|fighters?|gunmen|hamas|jihad|resistance|factions|groups|gaza|strip|"
    r"brigades)\b", re.I)

# ... told as what another strike answered: "were killed in Rafah in retaliation for rockets
# fired from Gaza", "in response to a rocket fired by militants" (the strike is the army's)
_ANSWERED = re.compile(r"\b(?:response|retaliation|reprisal|reply|answer)\s+(?:to|for)\s+"
                       r"(?:[\w'’-]+\s+){0,3}$", re.I)


def fighters_fire(text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The last projectile in text[start:end] told fired by the fighters (FIRED_BY_FIGHTERS),
    not one another strike answered."""
    end = len(text) if end is None else end
    found = [m for m in FIRED_BY_FIGHTERS.finditer(text, start, end)
             if not _ANSWERED.search(text, max(0, m.start() - 50), m.start())]
    return found[-1] if found else None


VIOLENT = frozenset({"Explosions/Remote violence", "Battles", "Violence against civilians"})
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
BATTLE = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
DISPLACEMENT = ("Strategic developments", "Displacement")
EVACUATION = ("Strategic developments", "Evacuation order")
AID = ("Strategic developments", "Aid delivery")
ARRESTS = ("Strategic developments", "Arrests")
DESTRUCTION = ("Strategic developments", "Looting/property destruction")
PROTEST = ("Protests", "Peaceful protest")
SIEGE = ("Strategic developments", "Siege/encirclement")
TERRITORY = ("Strategic developments", "Non-violent transfer of territory")
MASS_GRAVE = ("Strategic developments", "Mass grave found")
CROSSING = ("Strategic developments", "Crossing opened or closed")
AGREEMENT = ("Strategic developments", "Agreement")
RELEASE = ("Strategic developments", "Hostage or prisoner release")
RETURN = ("Strategic developments", "Return of displaced people")

# "undertook a joint mission to", "completed 7 missions to": the verbs of an aid mission
# told, which triggers.py also tests to tell the army's missions apart
MISSION_VERBS = ("undertook", "undertakes", "conducted", "carried out", "completed", "led")
# "rockets were fired", "a rocket had been launched": the fighters' fire told in the passive,
# by the place it left (triggers.py tells these rows' matches by them)
ROCKETS_FIRED = r"rockets? (?:were|was|had been|have been|has been) (?:fired|launched)"
# "five rockets were fired", "several rockets were launched"
_ROCKET_COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                  "several", "some", "more", "many")
# (ACLED type, trigger pattern, strength). Strength lowers confidence for weak cues.
_PEOPLE = (r"(?:residents|people|civilians|families|palestinians|inhabitants|everyone|"
           r"population|those|displaced)\b")
# how soon an order says to leave, or for how long: "to immediately evacuate", "to
# temporarily evacuate" (an order however long it is said to last)
_AT_ONCE = r"(?:immediately |urgently |temporarily )?"
# a word of the folded text, a decimal point kept in it ("some 1.1 million people")
_FOLDED_WORD = r"(?:[\w'’,-]|(?<=\d)\.(?=\d))+"
# gunfire told by its count of shots: "struck by at least ten bullets", "by more than a dozen
# bullets" (the shooting row's, not a strike's)
_BY_COUNTED_BULLETS = r"by (?:at least |more than |some )(?:an? )?(?:\w+ )?(?:gunfire|bullets)"
# where an order sends people: "to move south", "to head westward", "to relocate to the
# humanitarian area"
_MOVE_AWAY = (r"(?:move|relocate|head|go) +(?:immediately +)?(?:(?:south|north|east|west)"
              r"(?:wards?)?\b|to +the +humanitarian +(?:areas?|zones?)\b)"
              # (not "urged displaced Palestinians to head north on Monday morning after Israel
              # opened the Netzarim corridor", "to go north, returning to their homes": a way
              # home; nor "urged residents of Rafah to move west if the fighting reached them":
              # advice for a day that may come)
              r"(?![^.;]{0,80}?\b(?:return\w*|go(?:ing)? +back|allowed|permitted|if|unless|"
              r"(?:opened|reopened) +(?:the +)?(?:[\w'’-]+ +){0,2}?(?:corridor|crossing|road|"
              r"route))\b)")
# Between "were told" and "to leave": an order of before ("were told months ago to move
# south", "were told last year to leave"), or one told by those who give no evacuation
# orders ("were asked by the municipality to leave the streets", "by the Red Crescent to
# evacuate the hospital grounds")
_TOLD_BEFORE_OR_BY_OTHERS = (r"ago\b|earlier\b|previously\b|last\b|already\b|by +(?:the +|its +)?"
                             r"(?:hamas|municipal\w*|red +(?:crescent|cross)|un\b|unrwa|who\b|"
                             r"aid\b|civil\b|ministry|interior|health|hospital|school|staff|"
                             r"doctors|medics|local|authorities|officials|police)")
# Between the people told and "to evacuate": no negation and no clause of their own ("told
# residents ... not to leave", "told families ... that patients were too weak to leave",
# "warned residents ... could be forced to leave", "asked residents ... whether they planned
# to leave")
_NO_CLAUSE = (r"(?!(?:not|never|that|who|which|were|was|is|are|had|have|has|would|could|"
              r"might|may|be|been|being|too|whether|if)\b)")
# "leaflets ... warned that the north remained “a war zone”": what an area still is, told
# as a warning (not "... warned that the area is a combat zone and must be evacuated")
_STILL_A_WAR_ZONE = (r"(?![^.;]{0,60}?\b(?:warn\w*|said|saying|stat\w*) (?:that )?"
                     r"(?:[\w'’-]+ ){0,4}?(?:remain\w*|(?:is|was|are|were) still) \"?(?:an? )?\"?"
                     r"(?:dangerous )?(?:war|combat|battle|fighting) zones?\b(?![^.;]{0,60}?\b"
                     r"(?:evacuat\w*|leave|move|relocat\w*)\b))")
# Aid kept from (or let into) the Strip, not from a place inside it: "Israeli forces halted
# the flow of aid to Beit Lahia", "allowed WFP to resume delivery of flour to its bakeries",
# "blocked the entry of food into Al Awda Hospital" (but "into Gaza", "into the Gaza Strip",
# "to the people of Gaza")
_INTO_THE_STRIP = (r"(?! (?:[\w-]+ )?(?:in)?to (?!(?:the )?(?:gaza(?! city)\b|strip\b|enclave\b|"
                   r"territory\b|people\b|population\b|palestinians\b|civilians\b|"
                   r"residents\b|gazans\b)))")
# What an attack hit, named by the weapons kept or fired there: "anti-tank missile launch
# posts", "an RPG cell", "missile depots"
_AS_TARGET = (r"(?:launch(?:ing)? )?(?:posts?|launchers?|pads?|positions?|sites?|depots?|caches?|"
              r"stores?|workshops?|cells?|squads?|teams?|units?|infrastructure|stockpiles?|"
              r"warehouses?|production|manufactur\w*)\b")
# Hundreds or thousands of people, not of things: "hundreds of thousands streamed south",
# "thousands of displaced Palestinians" (not "hundreds of litres of sewage poured from a
# broken pipe", "hundreds of aid trucks crossed the Netzarim corridor")
_MANY = (r"(?:thousands|hundreds)(?! of (?!thousands\b|(?:[\w'’-]+ )?(?:people|persons|"
         r"palestinians|gazans|families|residents|civilians|displaced|idps|women|men|children|"
         r"households|refugees)\b))")
# ... gathering, not fleeing: "poured out of their homes to celebrate the ceasefire",
# "poured out of the mosque to protest against the war"
_TO_GATHER = (r"(?![^.;]{0,80}?\b(?:to (?:celebrate|protest|mourn|pray|rally|march|demonstrate|"
              r"cheer|greet|welcome|watch|attend|join)|in (?:celebration|protest|jubilation)|"
              r"for (?:the |a )?(?:funerals?|prayers?|celebrations?|protests?|rall(?:y|ies)))\b)")
# where people go on an errand, not in flight: "people heading to an aid site", "walked to
# the market"
_ERRAND = (r"(?! (?:the |an? )?(?:[\w'’-]+ ){0,2}?(?:aid|food|distribution|markets?|"
           r"baker(?:y|ies)|queues?|lines?|sea|beach|trucks?|convoys?|hospitals?|mosques?|"
           r"work)\b)")
# people going home, not in flight: "walked from al-Mawasi back to Khan Younis", "have left
# al-Mawasi in the past two days to return to their homes", "walked from the south to Gaza
# City after the ceasefire took hold"
_HOMEWARD = (r"(?! (?:their |his |her |our )?homes?\b)"
             r"(?![^.;]{0,80}?\b(?:back (?:to|home)|(?:to|toward|towards) (?:their |his |her |"
             r"our )?homes?|return(?:ed|ing|s)? (?:to|home)|to return|"
             r"after (?:the |a )?(?:ceasefire|truce)|(?:ceasefire|truce) (?:took|came|began))\b)")
# "... attack on an IDF soldier", "fire at Israeli troops": the army the fire was at
# (officers, forces and patrols only when told as the army's: "Israeli sniper fire at
# officers guarding aid trucks" is fire at the police)
_TROOPS_SHOT_AT = (r"(?:an? |the |two |three |several )?(?:(?:israeli |idf |occupation )"
                   r"(?:soldiers?|troops|forces|officers?|force|patrols?)|soldiers?|troops)\b")
_AT_TROOPS = (r"(?! (?:(?:attacks?|fire|shots?|operations?) )?(?:on|at|against|targeting) "
              + _TROOPS_SHOT_AT + r")")
# "fired on", "opened fire at", "firing upon": what a convoy was fired on by
_FIRED_ON = r"(?:fir(?:e[ds]?|ing)|opened fire) (?:on|at|upon) "
# "the entry of all humanitarian and commercial", "the flow of": before what was let in
_ENTRY_OF = r"(?:entry|flow) of (?:all |any )?(?:[\w-]+,? (?:and )?){0,3}?"
# The words before "the return of" that make it a return sought or kept from people, not
# one under way ("called for the return of", "blocked the return of", "talks on the return of")
_NOT_SOUGHT = "".join(
    rf"(?<!{w} the )(?<!{w} )" for w in (
        "for", "allow", "allowed", "allowing", "permit", "permitted", "block", "blocked",
        "blocking", "prevent", "prevented", "preventing", "delay", "delayed", "delaying",
        "halt", "halted", "stop", "stopped", "await", "awaiting", "on", "about", "over", "no",
        "ensure", "ensuring", "facilitate", "enable", "demand", "demanded", "demanding",
        "secure", "guarantee", "guaranteeing", "regarding", "concerning",
        # ("Israel has barred the return of displaced people to northern Gaza since 13
        # October": the barring's start, no return's)
        "allows", "permits", "blocks", "prevents", "delays", "enabled", "enabling",
        "facilitated", "facilitating", "ensured", "secured", "securing", "guaranteed",
        "demands", "bar", "barred", "barring", "ban", "banned", "banning", "obstruct",
        "obstructed", "obstructing", "suspend", "suspended", "suspending", "postpone",
        "postponed", "postponing", "refuse", "refused", "refusing", "deny", "denied",
        "denying", "reject", "rejected", "rejecting", "hinder", "hindered", "hindering",
        "impede", "impeded", "impeding", "restrict", "restricted", "restricting"))
# "killed along aid convoy routes in northern Gaza": the way aid goes, a place
_A_ROUTE = r"(?! (?:routes?|roads?|corridors?|lanes?|paths?)\b)"
# "struck by an aid truck", "were run over by aid trucks": people the trucks hit
_RUN_OVER = "".join(
    rf"(?<!{v} by {d})" for v in ("struck", "hit", "run over", "ran over", "knocked down",
                                  "crushed", "rammed")
    for d in ("", "an ", "a ", "the "))
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|"
           r"november|december)")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# (not "struck by an aid truck", "hit by a car": run over, no strike)
_NOT_BY_A_VEHICLE = r"(?! by (?:an? |the )?(?:[\w-]+ )?(?:trucks?|lorr(?:y|ies)|cars?|vehicles?)\b)"
# ", detained in December 2023": a month gone by, told of a person
_IN_A_MONTH = r" in " + _MONTHS + r"\b"
# The words of the place a return goes to, before "since" or "began": no verb of its own
# ("The return of displaced people to northern Gaza has not yet begun", "... to Rafah has
# been barred since 5 May", "... which was to have begun on Saturday": the start denied,
# the time of a ban, or a start that was due)
_RETURN_TO = (r"(?:(?!(?:has|have|had|is|was|were|are|be|been|being|not|never|yet|still|"
              r"would|could|should|will|may|might|must|can|shall)\b)[\w'’,-]+ ){1,6}?")

TRIGGER_TABLE: tuple[tuple[tuple[str, str], str, float], ...] = (
    (AIR, r"air ?strikes?|air[- ]raids?|air attacks?|"
          # "Israeli attacks hit homes in Gaza City and Rafah", "The attacks began at 2am,
          # hitting homes, tents and former schools in Gaza City": attacks told by the
          # dwellings and shelters they hit (not "attacks on aid hit deliveries", "the
          # attack hit the headlines": no dwelling hit; nor "The attacks hit home for
          # residents": the idiom; nor "Tank attacks hit homes", "Ground attacks hit schools":
          # no strike from the air; nor "the campaign of attacks hitting homes in Gaza City has
          # displaced", "attacks hitting schools have become routine": a kind of attack
          # named, not one told, which "hitting" does only after a comma)
          r"(?<!tank )(?<!ground )(?<!settler )(?<!sniper )(?<!mortar )(?<!rocket )"
          r"(?<!artillery )(?<!cyber )(?<!cyber-)"
          r"attacks? (?:(?:[^.;]{0,60}?, )?(?:hit|struck)|[^.;]{0,60}?, (?:hitting|striking)) "
          r"(?:[\w'’-]+ ){0,2}?(?:homes|(?<!hit )(?<!struck )(?<!hitting )(?<!striking )home|"
          r"houses?|tents?|schools?|shelters?|residential)\b|"
          # "an intense air, sea, and ground attack"
          r"air,? (?:(?:sea|land|ground|naval),? )?(?:and )?(?:sea|land|ground|naval) "
          r"(?:attacks?|assaults?|bombardments?|strikes?)|"
          # "a new ground and air assault in several refugee camps", "its attacks from the
          # air and ground on the Khan Younis region" (a battle as well: see triggers.py)
          r"ground,? (?:and |as well as )air (?:attacks?|assaults?)|"
          r"(?:attacks?|assaults?) (?:both )?from (?:the )?air and (?:the )?ground|"
          r"launched (?:a |an )?(?:[\w-]+ ){0,2}"
          r"(?:attacks?|wave of strikes) (?:on|against)|drone (?:strikes?|attacks?)|"
          r"drones? (?:\w+ )?(?:targeted|struck|hit|attacked|bombed|fired on)|warplanes?|"
          # "Israeli drones fired missiles at a car", "a helicopter fired two rockets at": a
          # missile from the air (not "tanks fired shells": see the shelling row)
          r"(?:drones?|helicopters?|aircraft|jets?|planes?|apaches?|quadcopters?) "
          r"(?:\w+ )?fir(?:ed|es|ing) (?:an? |two |three |four |several |\d+ )?"
          r"(?:[\w-]+ ){0,2}?(?:missiles?|rockets?|bombs?)|"
          # "a drone dropped a bomb on a group of people", "a quadcopter dropped explosives
          # on residents": a bomb from the air (not "a drone dropped leaflets")
          r"(?:drones?|helicopters?|aircraft|planes?|quadcopters?) (?:\w+ )?"
          r"(?:dropped|drops|dropping) (?:an? |two |three |several |\d+ )?"
          r"(?:[\w-]+ ){0,2}?(?:bombs?|explosives?|grenades?|munitions?)\b|"
          # "Israeli aircraft eliminated a number of Hamas fighters" (not aircraft that
          # dropped aid or leaflets: what they did is said; and an army's aircraft, not
          # "an aid pallet dropped from the aircraft killed five people")
          r"(?:israeli|idf|military|army|air force|enemy|occupation|fighter|combat) "
          r"aircraft (?:\w+ )?(?:eliminated|killed)|"
          # "three terrorists emerging from a tunnel shaft; they were eliminated by a drone"
          # (not "the threat was neutralized by anti-aircraft fire": fire from the ground)
          r"(?:eliminated|neutrali[sz]ed) by (?:an? |the )?(?:(?!anti\b)[\w-]+ ){0,2}?"
          r"(?<!anti )(?<!anti-)(?:drones?|aircraft|"
          r"warplanes?|(?:fighter )?jets?|helicopters?|quadcopters?|(?:air|drone) strikes?)\b|"
          r"fighter jets?|aerial (?:bombardment|attacks?)|bombed|bombings?|bombardments?|"
          r"bombarded|bombarding|strikes?|"
          # "as it pounded the historic Palestinian refugee camp from the air"
          r"pounded|pounding|"
          r"(?<!bullets )(?<!bullet )(?<!rounds )(?<!gunfire )(?<!shots )"
          # (nor "a rocket-propelled grenade struck a tank", "an anti-tank missile struck an
          # Israeli tank": the fighters' weapon at the forces, read as the fight; but "a stun
          # grenade struck a woman", "an Israeli anti-tank missile struck a car carrying
          # fighters": no fight)
          # (over folded text: "anti tank", "yassin 105")
          r"(?!(?:(?<=grenade )|(?<=grenades )|(?<=rpg )|(?<=rpgs )|(?<=anti tank missile )|"
          r"(?<=anti tank missiles )|(?<=anti tank rocket )|(?<=anti tank rockets )|"
          r"(?<=yassin 105 )|(?<=yassin shell ))"
          r"(?<!israeli anti tank missile )(?<!israeli anti tank missiles )"
          r"struck (?:an? |the |two |three |several )?(?:[\w-]+ ){0,2}?"
          r"(?:tanks?|merkavas?|bulldozers?|d9s?|apcs?|(?:personnel|troop) carriers?|"
          r"(?:military|army|armou?red|israeli|enemy|zionist|occupation) (?:vehicles?|jeeps?)|"
          r"jeeps?|soldiers|troops|forces?|infantry)\b)"
          r"struck(?! by (?:\w+ )?(?:gunfire|bullets|sniper|shelling|artillery|tank|shells?))"
          r"(?! by (?:at least |more than |some )?(?:an? )?(?:\w+ )?(?:gunfire|bullets)\b)"
          # (nor "died in a stampede or were struck by trucks")
          + _NOT_BY_A_VEHICLE,
     0.9),
    (SHELL, r"(?:struck|hit) by (?:\w+ )?(?:shelling|artillery|tank fire|tank shells?|shells?)|"
            r"shelling|shelled|artillery|tank (?:fire|shells?|rounds?)|"
            r"mortars?(?: shells?| rounds?)?|"
            # "An Israeli tank fired on the building", "tanks fired at a car carrying
            # civilians": a tank's gun (not "tanks fired on crowds", "fired two shells into
            # the crowd": fire at people, an attack; nor "tanks fired at Hamas fighters",
            # "fired warning shots", "fired flares": a fight, no harm; nor "tanks fired at
            # displaced families", "at a group of young men", "at fishermen", "at anyone
            # approaching": fire at people too; nor "tanks fired machine guns at homes":
            # bullets, not shells)
            r"tanks? (?:(?:had|have|has|also|reportedly|then|later|repeatedly) )?"
            r"(?:fired|fires|firing)(?! (?:back|warning|in the air|into the air)\b)"
            r"(?! (?:[\w-]+ )?(?:flares?|smoke|illumination|tear|gas|stun|machine[ -]?guns?|"
            r"bullets|live)\b)"
            r"(?! (?:[\w-]+ ){0,3}?(?:on|at|towards?|into|upon) (?:anyone|anybody|those|"
            r"whoever)\b)"
            r"(?! (?:[\w-]+ ){0,3}?(?:on|at|towards?|into|upon) (?:the |an? )?(?:groups? of )?"
            r"(?:[\w-]+ )?(?:crowds?|civilians|people|protesters|demonstrators|aid seekers|"
            r"palestinians|residents|worshippers|fighters|militants|gunmen|hamas|"
            r"cells?|squads?|famil(?:y|ies)|children|child|boys?|girls?|men|man|women|woman|"
            r"youths?|fishermen|farmers|shepherds|journalists?|(?:para)?medics?|displaced|"
            r"returnees|pedestrians|passers-by)\b)|"
            # (not "struck missile launch posts": a target)
            rf"missiles?(?! {_AS_TARGET})|rockets? (?:fire|attacks?|barrages?|salvos?)|"
            # "Hamas's armed wing fired a barrage from Rafah", "rocket launches were identified
            # from the Rafah area": the fighters' fire told by the place it left (not "fired
            # a barrage of questions", nor a tank's barrage, the army's: see "tanks fired";
            # nor launches "from the Gaza Strip", "from Lebanon": no place in the Strip)
            r"(?<!tanks )(?<!tank )(?<!artillery )fired (?:a |another )?(?:[\w-]+ )?barrage"
            r"(?! of (?!rockets|missiles|mortars?|shells|projectiles)\b)"
            r"(?= (?:[\w-]+ ){0,3}?from (?!(?:the )?(?:gaza(?! city)|strip|enclave|lebanon|"
            r"yemen|israel|the border)\b))|"
            r"rocket launch(?:es)? (?:were|was|had been|have been) (?:identified|detected|"
            r"spotted|recorded|reported) (?:[\w-]+ ){0,2}?from (?!(?:the )?(?:gaza(?! city)|"
            r"strip|enclave|lebanon|yemen|israel)\b)|"
            r"barrages? of rockets|"
            r"fired rockets?(?![- ]propelled)|naval (?:fire|bombardment)|"
            # "targeted an Israeli Apache helicopter with a SAM rocket", "fired an anti-tank
            # rocket at"
            # (not "a truck loaded with rockets", nor a rocket a drone or a helicopter
            # fired: an air strike)
            r"(?<!loaded )(?<!laden )(?<!filled )(?<!packed )(?<!stocked )(?<!armed )"
            r"(?<!equipped )with (?:an? |two |three |several )?(?:[\w-]+ ){0,2}rockets?"
            r"(?![- ]propelled)|"
            r"(?<!drone )(?<!drones )(?<!helicopter )(?<!helicopters )(?<!aircraft )"
            r"(?<!warplane )(?<!warplanes )(?<!jet )(?<!jets )(?<!plane )(?<!planes )"
            r"(?<!apache )(?<!apaches )(?<!quadcopter )(?<!quadcopters )"
            # (not "fired a rocket-propelled grenade at a tank": a weapon of a fight at close
            # range, a battle)
            r"fired (?:an? |two |three |several )(?:[\w-]+ ){0,2}rockets?(?![- ]propelled)|"
            # "the al-Qassam Brigades fired eight rockets from Rafah", "militants launched
            # rockets from Beit Hanoun at Sderot": rockets by their number, or launched
            r"(?<!drone )(?<!drones )(?<!helicopter )(?<!helicopters )(?<!aircraft )"
            r"(?<!warplane )(?<!warplanes )(?<!jet )(?<!jets )(?<!plane )(?<!planes )"
            r"(?<!apache )(?<!apaches )(?<!quadcopter )(?<!quadcopters )"
            r"(?:fired|launched|fires|launches) (?:\d+ |(?:four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve|dozens of|scores of|some|multiple|more) )?(?:[\w-]+ ){0,1}rockets?"
            # (told leaving a place: not "Israeli forces fired five rockets at a house in
            # Jabalia", an aircraft's strike)
            r"(?= (?:[\w-]+ ){0,2}?from )|"
            # "rockets were fired from Beit Hanoun toward Sderot", "a launch post, from which
            # rockets were fired on Sunday": the fire told by the place it left
            # (not "rockets were fired at Gaza from Israeli jets", nor "from Lebanon": the
            # army's, or no place in the Strip)
            r"from (?:which|where) (?:\w+ )?" + ROCKETS_FIRED + r"|"
            # (nor "Israel struck Beit Hanoun after rockets were fired from the area": the
            # strike's cause, the strike being the news)
            # (nor "the school was struck because rockets had been launched from it": the
            # strike's reason)
            r"(?<!after )(?<!following )(?<!when )(?<!once )(?<!if )(?<!since )(?<!unless )"
            r"(?<!because )(?<!claiming )(?<!alleging )"
            # (the rockets' count, or none: the look-behinds above test the word before it)
            r"(?:(?:\d+|an?|" + "|".join(_ROCKET_COUNTS) + r") |(?<!\d )(?<!a )(?<!an )" +
            "".join(rf"(?<!{w} )" for w in _ROCKET_COUNTS) + r")" +
            ROCKETS_FIRED +
            # (nor "rockets were fired from an Israeli drone", "from Apache helicopters",
            # "from Israel toward Khan Younis": the army's)
            r"(?= (?:[\w-]+ ){0,3}?from (?!(?:the |an? )?(?:palestinian )?"
            r"(?:(?:israeli|israel's|military|army|apache|attack|unmanned|armed|naval|enemy|"
            r"occupation|f-\d+) )*(?:israeli|israel|idf|drones?|helicopters?|apaches?|"
            r"quadcopters?|aircraft|jets?|warplanes?|planes?|tanks?|gunboats?|warships?|"
            r"vessels?|boats?|ships?|navy|air|sea|"
            # (nor "thousands of rockets were launched from the Gaza Strip": no place of
            # the Strip told as the one they left)
            r"gaza(?! city)|strip|enclave|territory|"
            # (nor "ordered people to leave parts of Maghazi, saying rockets had been fired
            # from there", "ordered residents of Beit Hanoun to evacuate, saying rockets had
            # been fired from the town", "struck Beit Hanoun, where rockets were fired from
            # earlier": the reason for an order or a strike, told of the place named before)
            r"there|here|it|them|earlier|before|(?:(?:the|that|this) (?:same )?(?:town|city|"
            r"area|camp|neighbou?rhood|village|district|region|site|location|spot|vicinity|"
            r"building|school|hospital|house|compound|zone)(?! (?:of|in) )))\b))|"

            # "Israeli tanks fired shells at houses in Rafah"
            # (not "fired tear gas shells", "illumination flare shells", "fired back as shells
            # rained down": no shelling, or not the firer's)
            r"fir(?:ed|es|ing) (?:(?!tear |gas |flares? |illumination |smoke |stun |as |and |"
            r"while |when )\w+ ){0,2}shells|"
            # "shells struck the upper floors of the hospital", "a shell hit a house"
            # (not "tear gas shells fell": no shelling; nor "fired back as shells rained
            # down": the backdrop of the fighting)
            r"(?<!gas )(?<!flare )(?<!flares )(?<!smoke )(?<!illumination )(?<!stun )"
            r"shells?(?= (?:\w+ )?(?:struck|hit|landed|fell|slammed|crashed|smashed|tore|"
            r"ripped)\b)|"
            # (not "gunboats opened fire at Palestinian fishermen": gunfire at them)
            r"gunboats?(?! (?:[\w'’-]+ ){0,2}?(?:opened fire|fired) (?:on|at) (?:[\w'’-]+ ){0,2}?"
            r"(?:fishermen|fishing))|projectiles?", 0.85),
    (IED, r"explosive devices?|IEDs?|landmines?|booby[- ]trap(?:ped|s)?|detonated|"
          r"roadside bombs?|car bombs?|explosive traps?|"

          # "a militant affixed a bomb to their armored vehicle" (not "troops attached explosive
          # charges to residential buildings": a demolition)
          r"(?:(?:affixed|attached|stuck|placed|planted) (?:an? )?(?:[\w-]+ )?"
          r"(?:bomb|explosive|charge|mine)s?|(?:bomb|explosive|charge|mine)s? (?:was |were )?"
          r"(?:affixed|attached|stuck|placed|planted)) "
          r"(?:to|on|under) (?:an? |the |their |its |his |two |several )?(?:[\w-]+ ){0,2}?"
          r"(?:vehicles?|tanks?|jeeps?|bulldozers?|carriers?|apcs?|cars?|trucks?|humvees?)\b|"
          r"unexploded (?:ordnance|munitions?|bombs?|shells?)|UXOs?|explosive remnants|"
          # "a device exploded near the troops at the fence": a bomb planted that went off (not
          # "buildings exploded and collapsed", "a shell exploded": what blew up, or fire)
          # (nor a household device or a charge that is no explosive: "a heating device
          # exploded in a tent", "a phone device exploded", "a battery charge went off",
          # "mortar charges went off")
          r"(?<!heating )(?<!cooking )(?<!phone )(?<!mobile )(?<!electrical )(?<!electronic )"
          r"(?<!charging )(?<!battery )(?<!electric )(?<!mortar )(?<!propellant )"
          r"(?:devices?|(?<!land )mines?|explosives|charges?) (?:\w+ )?"
          r"(?:exploded|went off)", 0.85),
    (IED, r"explosions?", 0.6),
    # Weapons fighters fire at the army at close range, and the army's tanks and troops hit
    # by them: "An Israeli tank was struck by a guided missile", "an anti-tank missile",
    # "a Yassin 105 shell" (a battle, not a strike from afar)
    # (not "two vehicles were hit by Israeli missiles", "police forces were targeted by an
    # Israeli drone missile", "soldiers were hit by mortar shells", "rockets fired from
    # Gaza", a tank's own shell: fire from afar, or the army's own)
    (BATTLE, r"(?:israeli |idf )?(?:tanks?|troops|soldiers|(?<!police )(?<!security )forces|"
             r"bulldozers?|(?:military |armou?red |army )vehicles?|"
             r"(?:armou?red )?personnel carriers?) "
             r"(?:was |were |had been |has been )?(?:struck|hit|targeted) (?:by|with) "
             r"(?:an? |two |three |several )?"
             r"(?:(?!(?:israeli|idf|drones?|air|naval|tank|mortar|artillery)\b)[\w-]+ ){0,2}?"
             r"(?:missiles?|rockets?|rpgs?|shells?|rocket[- ]propelled grenades?)"
             r"(?! (?:fired |launched |dropped )?(?:from|by) (?:an? |the )?(?:israeli|idf|gaza)\b)|"
             # (not "struck anti-tank missile launch posts", "an RPG cell": what an
             # attack hit, the weapons naming the target)
             r"(?:anti[- ](?:tank|armou?r) (?:guided )?(?:missiles?|rockets?|shells?|weapons?)|"
             r"rocket[- ]propelled grenades?|\brpgs?\b|yassin[- ]?105)"
             r"(?! (?:(?!(?:at|on|toward|towards|against|into|in|near|from|by)\b)[\w-]+ )?"
             + _AS_TARGET + ")", 0.85),
    # ("after months of fighting there": the time the war took, not a battle told)
    (BATTLE, r"clash(?:es|ed)?|(?<!months of )(?<!years of )fighting|fought|firefights?|"
             r"gun ?battles?|gunfights?|"
             r"shoot[- ]?outs?|"
             r"close[- ]quarters? combat|"
             # the army's word for a firefight: "eliminated a terrorist cell during a
             # close-quarter encounter", "eliminated terrorists in close-quarters encounters"
             # (not "residents described close-range encounters with Israeli troops as
             # they fled", "Medics described a close-range encounter with soldiers": a
             # meeting told by who met the army, no fight)
             r"(?<!described )(?<!describes )(?<!describing )(?<!recounted )(?<!recalled )"
             r"(?<!described a )(?<!described an )(?<!recounted a )(?<!recalled a )"
             r"(?<!describes a )(?<!told of a )(?<!spoke of a )(?<!told of )(?<!spoke of )"
             r"(?<!described their )(?<!recounted their )"
             r"(?:close[- ]quarters?|close[- ]range|face[- ]to[- ]face) (?:encounters?|"
             r"engagements?)"
             # (not "a close-range encounter with a stray dog": met with no armed foe)
             r"(?! with (?:an? |the )?(?!(?:[\w'’-]+ )?(?:terrorists?|militants?|gunmen|"
             r"fighters?|hamas|enemy|israeli|idf|troops|soldiers|forces|armed|cells?|"
             r"squads?)\b))|(?<!areas of )(?<!zones of )"
             r"combat(?! zones?| areas?| effectiveness| capabilit| readiness| units?| troops|"
             r" engineers?| brigades?| soldiers| vehicles?| dogs?| experience)|"
             # ("battled" with an armed opponent or a place, not "battled a blaze", "battling
             # hunger", "battled for hours to pull survivors")
             # (not "a Merkava battle tank": a vehicle)
             r"confrontations?|battles?(?! tanks?\b)|ambush(?:ed|es)?|"
             # "Sinwar was killed 'confronting the occupation army'", "fighters confronted
             # Israeli forces east of the city" (an armed opponent: not "confronting hunger",
             # "confronting the army's orders")
             r"confront(?:ing|ed|s)? (?:the )?(?:[\w'’-]+ ){0,2}?(?:army|troops|forces|soldiers|"
             r"occupation|enemy|invaders|incursions?)\b(?!['’])|"
             r"(?:battled|battling)(?= (?:(?:their|its|"
             r"our) way\b|(?:with |against )?(?:[\w'’-]+ ){0,3}?(?:militants?|fighters?|forces|"
             r"troops|soldiers|gunmen|hamas|army|idf|israel|militias?|units?|brigades?|tanks|"
             r"insurgents|each other)\b|on\b|(?:in|inside|around|across|near) (?!the rubble\b)))|"
             # an attack on a base or a post has an armed opponent: "attacking a Popular
             # Forces base in Rafah"
             r"attack(?:s|ed|ing)? (?:on )?(?:an?|the|their|its) (?:[\w'’-]+ ){0,3}(?:military )?"
             r"(?:bases?|positions?|posts?|outposts?|checkpoints?)|"
             r"attacks? (?:on|against) (?:the )?(?:israeli )?(?:troops|soldiers|forces|tanks)|"
             # "Hamas fighters attacked Israeli troops in Rafah" (protesters who did are
             # no fighters)
             r"(?<!protesters )(?<!demonstrators )(?<!rioters )(?<!youths )(?<!settlers )"
             r"(?:attack(?:ed|ing)|ambush(?:ed|ing)|target(?:ed|ing)) (?:an? |the )?"
             # (and "targeted an Israeli Merkava battle tank", which "battle" no longer codes)
             r"(?:israeli|idf) (?:troops|soldiers|forces|(?:(?:merkava )?battle[- ])?tanks?|"
             r"(?:military |armou?red )?vehicles?|positions?)|"
             # (not "rescuers were engaged in efforts to tend to the injured")
             # "came across three militants during a patrol and exchanged fire with them"
             r"exchanges? of fire|(?:exchang|trad)(?:ed|es|ing) (?:heavy )?fire|"
             r"skirmish(?:es)?|engaged(?!\s+in\s+(?:the\s+)?(?:efforts?|work|"
             r"talks|negotiations|rescue|search|discussions?|activities|dialogue|relief|"
             r"humanitarian|evacuating|recovering|rescuing|searching|treating|helping|"
             # (and "engaged in pulling survivors from the rubble", "in transporting the
             # injured": rescuers' work, not "forces engaged in bulldozing lands")
             r"distributing|delivering|evacuation|pulling|transporting|digging|"
             r"retrieving|providing))|"
             # "the Hamas fighters who opened fire on its troops": fire at an armed force
             r"open(?:s|ed|ing)? fire (?:on|at|towards?) (?:an? |the |its |their )?"
             # (a vehicle only when armed: not "a vehicle carrying aid workers")
             r"(?:israeli |idf )?(?:troops|soldiers|forces|tanks?|(?:military |army )?patrols?|"
             r"(?:military |armou?red |israeli military |israeli armou?red )vehicles?|"
             r"positions?|(?:palestinian |hamas |armed |islamic jihad )?(?:fighters|militants|"
             r"gunmen))|"
             # "its fighters opened fire on the house with machine guns": armed men firing
             # (in Gaza, at the army; not "militants opened fire on protesters", "on an aid
             # convoy", "on crowds": at people or aid)
             # ("fighters of the Qassam Brigades opened fire": whose fighters)
             r"(?:fighters|militants|resistance)(?: (?:of|from) (?:the )?(?:[\w'’-]+ ){0,3}?"
             r"(?:brigades?|movement|wing|group|factions?))? (?:\w+ ){0,2}?open(?:s|ed|ing)? fire"
             r"(?! (?:on|at|towards?) (?:[\w'’-]+ ){0,3}?(?:civilians?|protesters?|"
             r"demonstrators?|crowds?|people|palestinians|residents|passers-?by|worshippers|"
             r"aid|convoys?|trucks?|displaced|families|children|women|journalists?|"
             r"(?:para)?medics?|ambulances?)\b)", 0.9),
    (BATTLE, r"ground (?:operations?|offensive|assault|incursions?|invasion)|"
             # "claimed a sniper attack on an IDF soldier in Sheikh Radwan": the fighters'
             # fire at the army
             r"sniper (?:attacks?|fire|shots?|operations?) (?:on|at|against|targeting) "
             + _TROOPS_SHOT_AT + r"|"
             # a headline's present tense: "Israeli troops storm the Kamal Adwan Hospital"
             r"storms? (?:the|an?|into)|sent (?:in )?(?:tanks|troops|ground forces)|"
             # "The Israeli military advances into northern and southern Gaza", "troops had
             # reached the center of Khan Yunis"
             r"entered (?:the )?(?:edges?|outskirts|centre|center|heart|(?:east|west|north|"
             r"south)(?:ern)? (?:parts?|areas?|neighbou?rhoods?)) of|"
             # (not "250,000 people have been pushed into an ever-shrinking strip of sand":
             # people driven there, the passive)
             r"advanc(?:es|ed|ing) (?:further |deeper )?into|(?<!been )(?<!were )(?<!was )"
             r"(?<!are )(?<!being )push(?:es|ed|ing) (?:further |deeper )?into|"
             # (not "killings carried out shortly before troops reached them": people reached)
             r"(?:troops|forces|tanks) (?:\w+ ){0,2}reached(?! (?:them|him|her|us|the (?:[\w-]+ )?"
             r"(?:hostages?|captives?|bodies|body|victims?|wounded|injured))\b)|"
             # a push told as begun: "announced its new push into the Beit Hanoun area",
             # "marking a major push into the heart of the southern Gaza Strip" (not "plans
             # to push into Rafah", "a push into Rafah could come within days", "threatened
             # a push into Rafah": one not made)
             r"(?:announced|began|begun|launched|started|made|marking|marked) (?:its |their |"
             r"an? |the )?(?:(?:new|fresh|renewed|major|ground|latest) )*push (?:further |"
             r"deeper )?into", 0.8),
    # "declared Gaza City a combat zone": fighting, as weak a cue as "operations"
    # (not "our operations room received a call", "the agency's operations manager": the
    # desk or the staff that run the work, no fighting)
    (BATTLE, r"(?:military )?operations?(?! (?:rooms?|cent(?:re|er)s?|managers?|directors?|"
             r"chiefs?|officers?|coordinators?|teams?|staff|desks?|departments?)\b)|"
             r"combat zones?|(?:military )?manoeuvres|maneuvers|"
             # "The Israeli army has been operating in and around al-Shifa Hospital", "its
             # troops are operating in the Mughazi camp", "forces operating in Jabalia are
             # preventing Hamas from re-establishing", "The IDF operated in the region" (not
             # "civil defence forces have been operating in Jabalia": rescuers)
             r"(?<!defence )(?<!defense )(?<!police )(?<!security )"
             r"(?:forces|army|troops|military|soldiers|idf) (?:(?:has |have |had )?been |"
             r"(?:is|are|was|were) )?(?:operating|operated) "
             # (not "forces are operating in accordance with international law": how, nor
             # "forces were operating at the Kerem Shalom crossing": staffing a gate)
             r"(?:(?:in|inside|around)(?! (?:accordance|line|compliance|coordination|"
             r"cooperation|conjunction|keeping) with\b)|"
             r"(?:near|at)(?! (?:the )?(?:[\w'’-]+ ){0,3}?(?:crossings?|checkpoints?|"
             r"terminals?)\b(?! (?:area|zone)s?\b)))|"
             # (not "suspects who advanced toward troops": who came at the troops)
             # ("forces were raiding a hospital", "are storming Kamal Adwan hospital"; not
             # "crowds were storming aid trucks", "gangs raiding aid convoys": aid seized)
             r"offensive|incursions?|raids?|raided|stormed|"
             r"(?:raiding|storming)(?! (?:[\w'’-]+ ){0,2}(?:aid|trucks?|convoys?|warehouses?|"
             r"depots?|stores?|storehouses?|distribution)\b)|"
             r"(?<!in )(?<!who )advances?|"
             r"(?<!who )(?<!suspects )advanced|advancing|"
             r"invaded|invading|invasion|re-?invaded|re-?entered|"
             r"(?:intensification|escalation) of (?:hostilities|military activit(?:y|ies)|"
             r"military operations|fighting)|"
             r"hostilities (?:(?:further|have|had|also|reportedly) )?"
             r"(?:intensif|escalat|continu)\w*|"
             # (not "since hostilities resumed on 18 March": a time frame)
             r"(?<!since )(?<!when )(?<!after )(?<!before )(?<!once )(?<!until )(?<!as )"
             r"hostilities (?:(?:further|have|had|also|reportedly) )?resum\w*|"
             r"continu\w+ hostilities|"
             # "intense hostilities in Gaza continued on Tuesday", "Hostilities around
             # hospitals in Gaza city intensified"
             # (not "Hostilities around Rafah are expected to intensify", "are not expected
             # to escalate", "threaten to escalate": growth feared, not told)
             r"hostilities (?:in|across|around|throughout) (?:the )?"
             r"(?:(?!(?:to|not|never|may|might|could|would|will|should|can|expected|likely|"
             r"unlikely|set|poised|threat\w*|feared|risk\w*)\b)[\w-]+ ){1,8}?"
             r"(?:intensif|escalat|continu)\w*|"
             # ("tanks from the Israeli Defence Force entered Khan Younis": whose tanks, an
             # army's force or unit; not "forces from the Palestinian Authority entered the
             # crossing", "forces of the Qassam Brigades moved into Khan Younis")
             r"(?:tanks?|troops|forces|soldiers|IDF|army)(?:, including (?:\w+ ){0,2}\w+,)?"
             r"(?: (?:of|from) (?:the )?(?!(?:[\w'’-]+ ){0,3}?(?:palestinian|hamas|"
             r"(?:al-)?qassam|(?:al-)?quds|egyptian)\b)(?:[\w'’-]+ ){0,3}?"
             r"(?:forces?|army|military|brigades?|division|battalions?|units?|corps))? "
             r"(?:\w+ ){0,2}(?:pushed|rolled|moved|entered|push|roll|move|enter|"
             r"pushes|rolls|moves|enters)"
             # (not "moved back into the Netzarim corridor": see the transfer of territory)
             r"(?! back into (?:the )?(?:[\w'’-]+ ){0,3}?(?:corridor|axis)\b)", 0.6),
    (ATTACK, r"open(?:s|ed|ing)? fire|"
             # "residents were shot by snipers", "snipers killed two men"
             r"(?:were|was|been|being) shot (?:dead |and (?:killed|wounded|injured) )?by "
             r"(?:israeli )?(?:snipers?|soldiers|troops|forces)|"
             # "snipers had fired on Nasser Hospital", "snipers reportedly shot two men"
             r"snipers? (?:(?:had|have|has|also|reportedly|then) )?(?:shot|killed|fired)|"
             # "at least 16 bullets struck the vehicles"
             r"(?:bullets?|gunfire|live rounds|shots) (?:\w+ )?(?:struck|hit)"
             r"(?! (?:an? |the )?(?:israeli )?(?:tanks?|soldiers?|troops|forces|military))|"
             # "Israeli naval vessels fire on fishing boats off Gaza City": the navy's gunfire
             # at fishermen is an attack on them, no strike
             r"fire[ds]? (?:on|at) (?:crowds?|civilians|people|aid seekers|"
             r"(?:(?:a|the|two|several|palestinian) )?(?:fishermen|fishing (?:boats?|vessels?)))|"
             # "condemned the Israeli military for firing on a humanitarian convoy": fire on
             # aid, a convoy told as one (not "fired on an Israeli military convoy", "fired
             # on a convoy of Israeli tanks", "fired on a Hamas convoy", "Hamas fighters
             # fired on a convoy": an armed one, or one not told)
             + _FIRED_ON + r"(?:an? |the |two |several )?"
             r"(?!(?:[\w'’-]+ ){0,2}?(?:military|army|armou?red|israeli|idf)\b)"
             r"(?:[\w'’-]+ )?(?:aid|humanitarian|relief|food|un|wfp|unrwa|unicef|who|"
             r"red cross|red crescent|medical|ambulance) (?:convoys?|trucks?)\b|"
             # "fired on a convoy of aid trucks"
             + _FIRED_ON + r"(?:an? |the )?convoys? "
             r"(?:of|carrying) (?:[\w'’-]+ )?(?:aid|humanitarian|relief|food|flour|medical)\b|"
             r"shot dead|shot and killed|(?:fatally|mortally) (?:shot|wounded)|gunned down|"
             # ("executed a coordinated attack": carried out, not put to death; but
             # "executed civilians during raids" were put to death)
             r"executed(?! (?:an? |the |its |their )?(?:(?!(?:during|in|on|at|after|before|"
             r"amid|while|when|them|him|her|civilians|people|men|detainees|prisoners)\b)"
             r"[\w-]+ ){0,2}(?:attacks?|operations?|"
             r"ambush(?:es)?|raids?|strikes?|plans?|missions?|orders?|manoeuvres?))|"
             # (not "a sniper attack on an IDF soldier": fire at the army, a fight)
             r"sniper(?: fire)?" + _AT_TROOPS + r"|(?:struck|hit) by (?:\w+ )?(?:gunfire|bullets)|"
             # "struck by at least ten bullets", "by more than a dozen bullets"
             r"(?:struck|hit) " + _BY_COUNTED_BULLETS + "|"
             # "Israeli forces fired on their vehicle", "soldiers opened fire at a car": the
             # troops' guns at a car (not "fired on a vehicle carrying gunmen", "fired at a
             # Hamas vehicle": a fight; nor "tanks fired at a car": see the shelling row)
             r"(?:forces|troops|soldiers) (?:(?:had|have|has|also|reportedly|then) )?"
             r"fired (?:on|at|upon) (?:an? |the |their |his |her )?"
             r"(?!(?:[\w'’-]+ )?(?:hamas|militants?['’]?|fighters?['’]?|military|army|armou?red)\b)"
             r"(?:[\w'’-]+ )?(?:vehicles?|cars?|carts?|taxis?)\b"
             r"(?! (?:carrying|with|of|loaded with) (?:[\w-]+ ){0,3}?(?:militants|fighters|"
             r"gunmen|operatives|terrorists|"
             # (nor "fired at a car carrying a senior Hamas commander", "a vehicle loaded
             # with weapons": the armed men and their arms)
             r"commanders?|members|armed men|weapons|explosives|rockets|launchers?)\b)|"
             r"fired live (?:shots|ammunition|rounds|bullets|fire)|"
             # ("troops came under sniper and anti-tank fire"; not "Nasser Hospital came
             # under heavy Israeli artillery fire", "came under intense Israeli tank fire":
             # shells, told by their own words)
             r"(?:came|come|coming|comes) under (?:(?:[\w-]+ ){0,2}|(?:(?!(?:artillery|naval|"
             r"drones?|air|missiles?|rockets?|shells?|mortars?)\b|(?<!anti )tanks?\b)[\w-]+ ){3,4})"
             r"(?:gun)?fire|"
             # "One truck driver was beaten", "another driver was assaulted": a convoy's crew
             # set upon (not "the attack was beaten back": a fight)
             r"(?:truck |lorry |aid |convoy |ambulance )?(?:drivers?|aid workers?|paramedics|"
             r"medics|volunteers|journalists?) (?:was|were|had been|has been|have been) "
             # (nor "Drivers were repeatedly beaten in Rafah, the UN said": a pattern; nor
             # "The drivers were beaten to the crossing by a rival convoy", "Volunteers were
             # beaten in the local football final": outrun, outplayed)
             r"(?:(?!(?:repeatedly|routinely|regularly|frequently|often|previously)\b)\w+ly )?"
             r"(?:beaten|assaulted)(?! (?:back|off|to)\b)"
             r"(?![^.;,]{0,30}\b(?:finals?|match|game|league|race|tournament|contest|"
             r"election|vote|polls)\b)|"
             r"at gunpoint|"
             r"(?:(?:were|was|been|being) )?shot at|shooting (?:at|on|towards?) (?:\w+ ){0,2}"
             r"(?:civilians|people|Palestinians|crowds|those|patients|aid seekers|residents)|"
             r"(?:Israeli |live )?gunfire(?= (?:at|on|towards?) (?:crowds|civilians|people|"
             r"Palestinians|aid seekers))|killed (?:\w+ ){0,3}by (?:\w+ ){0,2}gunfire|"
             # force used on people with no armed opponent: "staff and patients were forced
             # out of the facility", "stopped at gun point", "crushed people sheltering"
             r"forced out of (?:the |a |an |their |its )?(?:[\w'’-]+ ){0,2}(?:hospitals?|"
             r"facilit(?:y|ies)|schools?|shelters?|homes?|buildings?|compounds?|wards?)|"
             r"forcibly (?:removed|expelled|evacuated)|"
             # "5,500 people were forcibly displaced from three schools", "the raid, forced
             # patient and staff evacuation": people driven out of the site they sheltered
             # in (not "forcibly displaced from their homes by the war": a flight)
             r"forcibly displaced from (?:the |a |an |its |their )?(?:[\w'’-]+ ){0,2}?"
             r"(?:hospitals?|facilit(?:y|ies)|schools?|shelters?|compounds?|wards?)\b"
             # (not "forcibly displaced from shelters in Rafah after evacuation orders", "...
             # by the fighting": a flight from orders or fighting, no force used on them)
             r"(?!(?:(?![.;])[^\n]){0,60}?\b(?:after|following|under|by|due to|amid|because of) "
             r"(?:the |an? |new |renewed |israeli |military |heavy |intense )*(?:evacuation|"
             r"orders?|fighting|hostilities|(?:air ?)?strikes|bombardment|shelling)\b)|"
             r"forced (?:(?:patients?|staff|medical staff|the wounded)(?:,? and | ))+"
             r"evacuations?|forced evacuations? of (?:the )?(?:[\w'’-]+ ){0,2}?(?:patients|staff|"
             r"hospitals?|wards?)\b|"
             # "stormed Kamal Adwan hospital, forcing out patients and staff": the sick and
             # those caring for them driven out by force (a force named: see triggers.py)
             r"forc(?:ed|ing) out (?:the |its |all |(?:the )?remaining )?(?:[\w-]+ )?"
             r"(?:patients|medical staff|staff|doctors|nurses|wounded|injured)\b|"
             # "detained all men inside after forcing them to strip to their underwear",
             # "instructed everyone inside to leave naked": detainees stripped at gunpoint
             r"(?:forc(?:ed|ing)|made|making|ordered|ordering|instructed|instructing) "
             r"(?:[\w'’-]+ ){1,4}?to (?:strip|undress|leave naked)\b|"
             # (someone stripped, not "protesters stripped naked": their own protest)
             # (nor things stripped: "gangs stripped aid trucks naked", "the hospital was
             # stripped naked of equipment")
             r"(?:(?:were|was|been|being) stripped |stripp(?:ed|ing) (?!(?:[\w'’-]+ )?"
             r"(?:trucks?|convoys?|warehouses?|stores?|shops?|buildings?|houses?|homes?|"
             r"hospitals?|vehicles?|cars?|land|fields?|trees?|shelves)\b)(?:[\w'’-]+ ){1,2}?)"
             r"(?:naked(?! of\b)|to their underwear)|"
             # "Israel had forced out displaced people ... sheltering in Nasser Hospital"
             # (forced by whom: not "evacuation orders" or "heavy rain forced out families")
             r"(?:israel|forces|troops|soldiers|army|military|idf) (?:had |has |have |also |then )?"
             r"(?:forced|drove|driven) out (?:[\w'’-]+ ){1,8}?(?:sheltering|staying|living|"
             r"taking refuge) (?:in|at)\b|"
             r"expelled (?:[\w'’-]+ ){0,4}from (?:the |a |an |their |its )?(?:[\w'’-]+ ){0,2}"
             r"(?:hospitals?|facilit(?:y|ies)|schools?|shelters?|homes?|buildings?|compounds?)|"
             r"at gun point|"
             r"removed (?:the )?(?:patients|staff|people|civilians|residents|families|"
             r"displaced)|"
             r"crushed (?:\w+ ){0,2}(?:people|civilians|patients)|mauled|"
             # "soldiers attacked residents", "refugees were attacked with small arms"
             r"attack(?:ed|ing) (?:the )?(?:[\w-]+ )?(?:civilians|residents|refugees|"
             r"palestinians|aid seekers|worshippers|farmers|fishermen|worshipers|"
             r"fishing (?:boats?|vessels?))\b|"
             r"(?:were|was) attacked (?:with|by) (?:[\w-]+ ){0,3}(?:small arms|guns|gunfire|"
             r"weapons|knives|batons|dogs|soldiers|troops|settlers|gunmen)\b", 0.8),
    (ABDUCTION, r"took (?:\w+ ){0,4}hostages?|kidnapp(?:ed|ing)(?= (?:a|an|two|three|\d|"
                r"several|dozens))", 0.75),
    # ("1.7 million people remain forcibly displaced": a state, not a flight)
    # (nor "a renewed offensive ..., which has displaced hundreds of thousands": its tally;
    # but "fighting, which has displaced tens of thousands since Thursday" is this week's)
    (DISPLACEMENT, r"(?<!remain )(?<!remains )(?<!remained )(?<!remaining )(?<!remain forcibly )"
                   r"(?:(?<!which has )(?<!which have )(?<!which had )(?<!that has )"
                   r"(?<!that have )|(?=displaced (?:[^.;,]|,(?=\d)){0,60}?\bsince (?:last )?"
                   + _WEEKDAY + r"\b))"
                   r"(?<!remains forcibly )(?<!remain internally )(?<!remains internally )"
                   # ("targeting the displaced in the school": the people, not a flight)
                   r"(?<!\bthe )(?<!\bThe )"
                   # (nor "a gathering of displaced in Deir al-Balah", "a school housing
                   # thousands of displaced"; but "thousands of displaced from Rafah" fled)
                   r"(?:(?<!\bof )|(?=displaced from\b))"
                   # ("have been displaced by the outbreak of the conflict": the war's toll)
                   # (not "displaced by the start of the Rafah operation": one of its own)
                   r"displaced(?! by the (?:outbreak|start|beginning) (?:of|in) (?:the )?"
                   r"(?:current )?(?:conflict|war|hostilities|fighting|escalation)\b)"
                   r"(?! (?:people|persons?|families|Palestinians?|citizens|"
                   r"civilians|residents|IDPs|population|children|women|men|refugees|"
                   r"households|Gazans|girls?|boys?|woman|man|child|mothers?|fathers?|"
                   r"family|persons|individuals|communities|patients|youths?|"
                   # ("displaced members of the extended family had been sheltering there":
                   # who they are, not a flight)
                   r"members|relatives|kin|ones))"
                   # ("displaced 'countless times' by the war": a history, not a flight)
                   # (nor "after being displaced three times over the past 100 days")
                   # (and "displaced twice", "displaced at least five times")
                   r"(?! (?:at least |more than |over |about |some )?['‘\"“]?(?:countless|"
                   r"multiple|several|many|numerous|repeated|"
                   r"two|three|four|five|six|seven|eight|nine|ten|\d+|"
                   r"\w+ or \w+) times\b| twice\b| thrice\b| repeatedly\b| again and again\b)|"
                   # (not a heading: "Displacement: IOF again ordered residents of Jabalia
                   # to move south" names the topic of what follows)
                   r"displacement(?!:)(?! (?:shelters?|sites?|camps?|centres?|centers?|areas?|"
                   r"tents?|orders?|warnings?|notices?|directives?|instructions?))|"
                   # ("Patients ... were forced to evacuate to the Indonesian Hospital")
                   r"forced (?:\w+ ){0,3}to (?:flee|relocate|leave|move|evacuate)|"
                   # "ordered residents ... to leave, pushing thousands of families to flee
                   # once more toward al-Mawasi" (people made to flee, not "pushing for a
                   # ceasefire", "pushed troops to advance")
                   r"(?:push|prompt|driv|drove)(?:ed|ing|en|e|es|s)? (?:some |about |over |"
                   r"more than |tens of |hundreds of |thousands of )?(?:[\d,]+ )?(?:[\w-]+ )?"
                   r"(?:people|families|residents|civilians|palestinians|households|idps|"
                   r"gazans|thousands|hundreds) (?:[\w'’-]+ ){0,5}?to flee\b|"
                   # (not "destroyed homes and uprooted trees": orchards razed)
                   r"fled|fleeing|forced to flee|relocate|exodus|"
                   # "Patients on stretchers and in wheelchairs were pushed out into the
                   # cold as troops stormed Kamal Adwan Hospital": people put out of where
                   # they stayed (not "troops were pushed out of the area": a retreat)
                   r"(?:patients|people|families|residents|civilians|displaced|wounded|"
                   r"injured|staff)(?: (?!troops\b|soldiers\b|forces\b)[\w,-]+){0,5} "
                   r"(?:were|was|had been|have been) pushed out\b"
                   # (nor "staff were pushed out of their jobs", "patients were pushed out
                   # into the corridors as beds ran out": work lost, or beds moved within)
                   r"(?! (?:of|from) (?:their |the |his |her )?(?:jobs?|work|employment|"
                   r"posts?|positions?|business|talks|negotiations|process|market|"
                   r"operating (?:rooms?|theatres?)|wards?)\b)"
                   r"(?! into (?:the )?(?:corridors?|hallways?|halls?|courtyards?)\b)"
                   # (nor "families were pushed out of their tents by flooding": the weather)
                   r"(?![^.;]{0,60}?\bby (?:the )?(?:floods?|flooding|rain|rainwater|storms?|"
                   r"winds?|sea|waves)\b)"
                   r"(?![^.;]{0,60}?\bto make (?:space|room)\b)|"
                   # "hundreds of displaced people, patients and medical staff left on foot
                   # Saturday morning along the coastal road": people setting out, told by how
                   # (not "the bodies were left on the road", "troops left on Sunday")
                   # (the people who left named: not "Hamas fighters left on foot from the
                   # tunnel", "the paramedics left the ambulance on foot after it came under
                   # fire", "the infantry left on foot": fighters or crews moving)
                   r"(?:people|families|residents|palestinians|idps|civilians|households|"
                   r"gazans|patients|staff|displaced|" + _MANY + r")"
                   r"(?: (?!who\b|that\b|which\b)[\w,'’-]+){0,6}? "
                   r"(?<!were )(?<!was )(?<!been )(?<!troops )(?<!soldiers )(?<!forces )"
                   r"left (?:[\w'’-]+ ){0,3}?on foot\b" + _HOMEWARD + r"|"
                   r"uprooted(?! (?:[\w-]+ )?(?:trees|olive|orchards?|crops|groves?|plants|"
                   r"fields|farmland|vines))|"
                   # "Hostilities displace people in Gaza city"
                   r"displaces?(?= (?:people|families|residents|civilians|thousands|hundreds|"
                   r"tens of thousands|palestinians)\b)|"
                   # "some 75,000 people have moved towards western Khan Younis"
                   r"(?:people|families|residents|palestinians|idps|civilians|households)"
                   r"(?: [\w,-]+){0,4} (?:have |had |has |are |were )?(?:moved|moving|"
                   r"relocated|relocating|headed|heading) (?:\w+ )?(?:to|towards?|into)\b"
                   + _ERRAND + r"|"
                   # "Thousands of people are heading south along al-Rashid coastal road
                   # towards al-Mawasi", "tens of thousands moved towards Rafah": a flight told
                   # by its way and where it goes (not "people heading to an aid site": an
                   # errand)
                   r"(?:people|families|residents|palestinians|idps|civilians|households|"
                   r"gazans|" + _MANY + r")(?: [\w,-]+){0,4} (?:have |had |has |are |were )?"
                   # (walking only by its way south: "people walked toward the aid site" went
                   # on an errand, "displaced Palestinians walked toward Rafah" may go home)
                   # (an "-ing" told with its "are" or "were": "a strike hit a car carrying
                   # people heading south along Salah al-Din Road towards Khan Younis" tells
                   # the flight only in passing)
                   r"(?:(?:moved|headed) |(?<=are |ere |was | is |een )(?:moving|heading) |"
                   r"(?=walked)|(?<=are |ere |was | is |een )(?=walking))"
                   r"(?:(?:(?:walked|walking) )?(?:south|southwards?|west|westwards?)"
                   r"(?:,? (?:along|on|via|through|by|using|many|most|mostly|some)\b"
                   r"(?: [\w'’-]+){0,5}?){0,2},? )?"
                   r"(?:to|towards?)\b" + _ERRAND + _TO_GATHER + r"|"
                   # "Thousands walked with what they could carry from Beit Hanoun toward
                   # Jabalia": people on foot from one place toward another (not "people
                   # walked from their tents to the aid site": an errand)
                   r"(?:people|families|residents|palestinians|idps|civilians|households|"
                   r"gazans|" + _MANY + r"|others|displaced)(?: (?!who\b|that\b|which\b)"
                   r"[\w,-]+){0,4} (?:have |had |were )?(?:walked|trekked|trudged) "
                   r"(?:(?!from\b|to\b|towards?\b)[\w'’,-]+ ){0,6}?from "
                   r"(?:(?!back\b)[\w'’,-]+ ){1,4}?"
                   r"(?:to|towards?)\b" + _ERRAND + _TO_GATHER +
                   # (nor "walked through the night from al-Mawasi towards the al-Alam
                   # roundabout, the approach to the site": to an aid site)
                   r"(?![^.;]{0,80}?\b(?:aid|food|flour|distribution|site|hub)\b)"
                   # (nor "walked from al-Mawasi back to Khan Younis", "walked from the south to
                   # Gaza City": going home)
                   r"(?<!\bfrom the south to)(?<!\bfrom southern gaza to)"
                   r"(?<!\bfrom the south toward)(?<!\bfrom the south towards)" + _HOMEWARD + r"|"
                   # "about 350,000 people had left Gaza City", "more than 180,000 movements
                   # from northern to southern Gaza": a flight by its count
                   r"(?:people|families|residents|palestinians|idps|civilians|households|"
                   # (not "people who had left Gaza City returned to their homes": who they
                   # are, told in passing)
                   r"gazans)(?: (?!who\b|that\b|which\b)[\w,-]+){0,2} (?:have |had |has )"
                   r"(?:now |already )?left "
                   r"(?:the )?(?:(?:[\w'’-]+ )?city|north|northern gaza|"
                   r"(?:[\w'’-]+ ){1,2}(?:city|camp|governorate)|"
                   # "450,000 people have left Rafah in one week": any place, with the days
                   # the count covers
                   # (not "have left Gaza for Egypt in the past week": gone abroad through a
                   # crossing; nor "... to return to their homes": going home)
                   r"(?!gaza\b(?! city)|(?:the )?(?:strip|enclave)\b)"
                   r"(?:(?!for\b|through\b|via\b)[\w'’-]+ ){1,3}?(?:in|over|within|during) "
                   r"(?:the )?(?:past |last )?"
                   r"(?:a |one |two |three |four |five |six |seven |\d+ |few )?"
                   r"(?:days?|weeks?|hours)\b" + _HOMEWARD + r")\b|"
                   # (by a count: not "Israeli forces have prevented movement from northern to
                   # southern Gaza", no one moved)
                   r"(?:(?<=\d )|(?<=thousands of )|(?<=hundreds of )|(?<=million ))"
                   r"movements? (?:of people )?from (?:the )?north(?:ern)? (?:gaza )?to (?:the )?"
                   r"south(?:ern)?\b|"
                   # "Thousands of Palestinians streamed south along the main roads", "others
                   # set off on foot from Beit Lahia": people on the move, told by the way
                   # they went (not "smoke poured from the building", "light streamed in":
                   # no people; nor "people poured into the streets": no flight)
                   # (nor "Others set out from the port of Limassol with aid": a ship)
                   r"(?:people|families|residents|palestinians|idps|civilians|households|"
                   r"gazans|" + _MANY + r"|others)(?: [\w,-]+){0,4} (?:have |had |has |"
                   r"are |were )?(?:streamed|streaming|poured|pouring|trekked|trekking|"
                   r"trudged|trudging|set (?:off|out)) (?:on foot )?(?:south|north|"
                   r"southwards?|northwards?|out of|away from|from)\b"
                   r"(?! (?:the )?(?:[\w'’-]+ )?(?:port|harbou?r|airport|air ?base|docks?|pier|"
                   r"jetty)\b)" + _TO_GATHER + r"|"
                   # "Hundreds of thousands of Palestinians crossed the Netzarim corridor on
                   # Monday": people crossing the line that cuts the Strip in two
                   r"(?:people|families|residents|palestinians|idps|civilians|households|"
                   r"gazans|" + _MANY + r"|others|displaced)(?: [\w,-]+){0,4} (?:have |had |"
                   r"has )?crossed (?:the )?(?:[\w'’-]+ ){0,2}(?:corridor|wadi gaza)\b|"
                   # "families loaded their belongings onto carts", "piled mattresses and
                   # children onto donkey carts": a household leaving (not "workers loaded
                   # flour onto trucks": aid; nor "loaded supplies for children onto
                   # trucks", "loaded the bodies of three children onto a pickup truck")
                   r"(?:loaded|loading|piled|piling|packed|packing|strapped|heaped) (?:up )?"
                   r"(?=(?:(?!(?:for|aid|supplies|food|flour|parcels|bodies|body|corpses|remains|"
                   r"wounded|injured|dead)\b)[\w'’,-]+ ){0,5}?(?:belongings|possessions|"
                   r"mattresses|furniture|luggage|suitcases|children)\b)"
                   r"(?:[\w'’,-]+ ){1,8}?(?:onto|into|on top of|"
                   r"on the roofs? of|on) (?:[\w'’-]+ ){0,2}?(?:carts?|cars?|trucks?|"
                   r"vehicles?|wagons?|carriages?|pick ?ups?|vans?|bicycles?)\b|"
                   # "new evacuation orders have forced thousands of families out of the
                   # eastern areas", "the fighting forced 100,000 people from their homes"
                   # (not "troops forced families out of the school": people driven out of
                   # the site they sheltered in, an attack)
                   r"forced (?:[\w,'’-]+ ){0,4}?(?:people|families|residents|civilians|"
                   r"palestinians|households|idps|gazans|thousands|hundreds) (?:out of|"
                   r"from their (?:homes|houses|neighbou?rhoods?))\b(?! (?:the |a |an |their |"
                   r"its )?(?:[\w'’-]+ ){0,2}?(?:hospitals?|facilit(?:y|ies)|schools?|shelters?|"
                   r"compounds?|wards?|buildings?)\b)", 0.8),
    # "Tens of thousands of people were seen moving south along Salah Ad Deen Road": crowds
    # told on the road away from the north (not "troops stopped people moving south along
    # the road": see the RETURN row for the road north)
    # (nor "a strike hit a car carrying people heading south along the road": who was hit)
    (DISPLACEMENT, r"(?<!stopped )(?<!blocked )(?<!prevented )(?<!turned back )(?<!at )"
                   r"(?<!on )(?<!carrying )(?<!carried )(?<!transporting )(?<!with )"
                   r"(?:people|families|residents|palestinians|gazans|" + _MANY +
                   r")(?: [\w,-]+){0,3} (?:were |are |was |have been )?(?:seen )?(?:walked|"
                   r"walking|streamed|streaming|trekked|trekking|poured|pouring|headed|heading|"
                   r"moved|moving|fled|fleeing|travell?ed|travell?ing) south(?:wards?)? "
                   r"(?:along|on|via|down) (?:the )?(?:[\w'’-]+ ){0,3}?(?:road|street|highway|"
                   r"coast(?:al road)?)\b", 0.7),
    # ("those inside were evacuated to the hospital": the wounded, not a flight)
    # (patients "evacuated from Nasser to the field hospital" are still moved)
    (DISPLACEMENT, r"(?:were|was|been|being) evacuated(?! (?:(?!from )\w+ ){0,2}to (?:a |the )?"
                   r"(?:[\w'’-]+ ){0,3}(?:hospitals?|clinics?|medical)\b)|medical evacuations?|"
                   # "we supported the evacuation of 41 patients and 145 companions"
                   # (not what an opening allowed: "opened, allowing the evacuation of 81")
                   r"(?<!allowing the )(?<!allowed the )(?<!enabling the )(?<!for the )"
                   r"evacuation of (?:some |about |at least |more than |over )?[\d,]+ "
                   r"(?:[\w-]+ )?(?:patients|people|children|wounded|injured|civilians)|"
                   # "visited the hospital and evacuated 14 patients"
                   r"evacuated (?:some |about |at least |more than |over )?[\d,]+ "
                   r"(?:[\w-]+ )?(?:patients|people|civilians|residents|children|staff|"
                   r"wounded|injured|babies|infants|newborns)|"
                   # "about 50 sick and injured children, with their companions, crossed into
                   # Egypt": the sick taken out through the crossing (not "patients waiting to
                   # cross into Egypt", "were allowed to cross": still to go)
                   r"(?:sick|wounded|injured|patients)(?: (?!(?:waiting|due|set|allowed|"
                   r"expected|hoping|unable|who|awaiting)\b)[\w,'’-]+){0,6}? "
                   r"(?:have |has |had )?(?:crossed|left|exited) (?:into |to |for )?egypt\b|"
                   # "reached the hospital ... to assess the situation and transfer 57 critical
                   # patients to Al Shifa", "succeeded in transferring 23 patients": patients
                   # moved out (not "transferred 40 trucks", no people)
                   # (the wounded only from somewhere: "paramedics transferred 20 wounded
                   # to Al Aqsa Hospital after an airstrike" carried them in for care)
                   r"(?<!to be )(?:transfer|transferr(?:ed|ing)) (?:some |about |at least |"
                   r"more than |over )?[\d,]+ (?:[\w-]+ ){0,2}?(?:patients|infants|babies|"
                   r"(?:wounded|injured)(?= (?:[\w-]+ ){0,3}?from\b))\b|"
                   # "2,400 patients have been medically evacuated from the Gaza Strip"
                   # (not "12,000 patients are waiting to be medically evacuated": still to
                   # go)
                   r"(?<!to be )medically evacuated|"
                   # "despite the recent evacuation of some patients from Kamal Adwan hospital"
                   r"(?<!allowing the )(?<!allowed the )(?<!enabling the )(?<!for the )"
                   r"evacuation of (?:some |the |the remaining |remaining )?(?:critically ill |"
                   r"critical |sick |seriously ill |injured )?patients from\b|"
                   # "a mission led by WHO ... to evacuate 14 critical patients from Kamal
                   # Adwan": the mission told, its purpose the move
                   # (not "a WHO mission reached Kamal Adwan and began to evacuate patients":
                   # the mission's arrival is told as aid)
                   r"missions?(?! (?:\w+ )?(?:reached|visited|delivered)\b)"
                   r"(?=(?: (?:(?!to evacuate)[^.;]){0,200}?)? to evacuate (?:some |about |"
                   r"at least |more than |over )?(?:[\d,]+ )?(?:[\w-]+ ){0,2}patients\b)", 0.7),
    # ("struck a building after issuing an evacuation warning": a warning to one building,
    # part of the strike; but "pushed into Rafah after issuing an evacuation order for
    # 100,000 people" tells the order for an area)
    (EVACUATION, r"(?:(?<!after issuing an )(?<!after giving an )(?<!after sending an )"
                 r"(?<!after issuing )|(?=\w+ \w+ (?:for|covering|affecting) (?!(?:the |its |a |"
                 r"that )?(?:building|house|home|tower)s?\b)))"
                 r"(?:evacuation|displacement) (?:orders?|warnings?|notices?|calls?|directives?|"
                 r"instructions?)|"
                 # "left on foot ... after what the hospital's director said was an order to
                 # leave within one hour": an order told by what it ordered (not "an order to
                 # leave the area alone", "a court order to leave": see what follows)
                 r"(?<!court )(?<!court's )(?:an|the|their|its) orders? to leave\b"
                 r"(?! (?:\w+ ){0,2}alone\b)|"
                 # "its orders to empty Tel al-Hawa and al-Sabra", "ordered residents to vacate
                 # the eastern neighbourhoods": an order told by the emptying of an area (not
                 # "a court order to vacate the flat"; nor "ordered to empty their pockets",
                 # "ordered the crew to empty the truck": a body or a load, no area)
                 # (nor "ordered its troops to vacate the Netzarim corridor", "instructed
                 # soldiers to vacate their positions": a withdrawal; nor "instructed hospitals
                 # to empty their stores of medicines": stocks, no people)
                 r"(?<!court )(?<!court's )(?:(?:an|the|their|its|new|fresh) orders?|ordered|"
                 r"(?<!following )(?<!after )(?<!under )orders|ordering|instructed) "
                 r"(?!(?:(?!to\b)[\w'’,-]+ ){0,6}?(?:troops|soldiers|forces|units|army|"
                 r"battalions?|brigades?)\b)"
                 r"(?:(?!to\b)[\w'’,-]+ ){0,6}?to (?:immediately )?(?:empty|vacate)\b"
                 r"(?! (?:(?:their|his|her|its|the|a|an) )?(?:[\w-]+ )?(?:pockets?|bags?|"
                 r"trucks?|vehicles?|cars?|boxes|containers?|tanks?|flats?|apartments?|"
                 r"offices?|rooms?|cells?|positions?|posts?|stores|stocks?|warehouses?|"
                 r"shelves|beds)\b)|"
                 # "the Israeli military issued an order covering almost all of Rafah"
                 r"issued (?:an |a new |new )?orders? covering|"
                 # "orders were issued for Beit Hanoun and Khuza'a, followed on 20 March by
                 # further orders for Beit Lahia": the orders of a report on evacuations,
                 # told without the word (only before a place: see triggers)
                 # (not "detention orders" or "demolition orders were issued for ...")
                 r"(?<!arrest )(?<!gag )(?<!detention )(?<!demolition )"
                 r"orders (?:were |was |have been |had been )?issued for|"
                 r"(?:further|new|fresh) orders for|"
                 # "new directives issued by Israeli authorities on Saturday and Sunday"
                 r"directives? (?:were |was |had been )?issued by (?:the )?israel\w*|"
                 # "Israel's instruction for people to leave Gaza City"
                 r"instructions? for (?:people|residents|civilians|everyone|families) to "
                 r"(?:leave|evacuate|move|relocate)|"
                 # "The directive affects people located in parts of eastern Khan Younis"
                 r"(?:the|this|that) (?:directive|new directive|evacuation order|displacement "
                 r"order)s? "
                 r"(?:affects?|affected|covers?|covered|applies to|includes?)|"
                 # "The order, issued yesterday morning, covered Bani Suheila, al-Qarara,
                 # Abasan and Khuza'a": the order told before, by the areas it names (not
                 # "the order of the court covered costs": the order's own words first; nor
                 # "The new orders cover about three square kilometres": the size of an order
                 # told before)
                 r"(?:the|this|that|the new|the latest) orders?,? (?:issued [^,.;]{1,40}?,? )?"
                 r"(?:affects?|affected|covers?|covered|applies to|applied to|included|"
                 r"includes?) (?!(?:the )?(?:costs?|fees?|expenses|payments?|period|salar)\w*)"
                 r"(?!(?:an area of |an estimated |about |some |around |nearly |almost |over |"
                 r"more than |roughly |approximately )*[\d.,]+ |(?:[\w.,-]+ ){1,5}?"
                 r"(?:square|sq\.?) (?:kilomet|km|mile)|an area\b)|"
                 # ("orders" the verb: not "following orders from Israeli forces to move")
                 r"(?:ordered|instructed|instructs|(?<!following )(?<!after )(?<!the )"
                 r"(?<!under )(?<!new )(?<!its )(?<!their )orders|"
                 r"(?:israel|army|military|idf|forces|authorities|troops|soldiers) (?:\w+ )?"
                 r"(?:tells|told)) "
                 # (the text is folded: "ordered some 1.1 million people – nearly half of
                 # Gaza's population – to evacuate" has a run of spaces for each dash; not
                 # "ordered the military to draw up plans to evacuate civilians": a plan, but
                 # "ordered tens of thousands of people, in line with its plans, to evacuate")
                 r"(?:(?!(?:draw|drew|drawn|prepare|present|devise|submit|develop|formulate|"
                 r"produce|come +up +with|make) +(?:up +)?(?:[\w'’-]+ +){0,3}?"
                 r"(?:plans?|proposals?)\b|to +plan +(?:to|for)\b)"
                 + _FOLDED_WORD + r" +){0,14}to " +
                 _AT_ONCE + r"(?:evacuate|leave|move|relocate)|"
                 # "advised people to leave" (not "advised staff", "advised patients": advice
                 # to a workforce or to the sick, not an order to the population)
                 r"advised (?:the )?" + _PEOPLE + r" (?:" + _FOLDED_WORD + r" ){0,12}?to " +
                 _AT_ONCE + r"(?:evacuate|leave|move|relocate)|"
                 # "residents ... were ordered on Saturday to head south", "ordered residents
                 # to head south" (not a division, a convoy or drivers told to head south)
                 r"(?:ordered|instructed|orders|told) (?:[\w'’,-]+ ){0,6}?" + _PEOPLE +
                 r"(?: [\w'’,-]+){0,8}? to head (?:to the )?(?:south|north|east|west)|"
                 # "told people living in blocks 105 to 107 and 112 to 114, which cover Bani
                 # Suheila, Abasan and Khuza'a, to head toward shelters in Rafah": a map's
                 # blocks told before where to go (not "told people to head to the aid site")
                 # (nor "told reporters that people in Rafah had begun to head toward
                 # shelters", "told residents, who had been trying to head toward shelters,
                 # to stay": another's going, told; nor "Residents said nobody told people
                 # ...", "following orders from the army, families began to head ...")
                 r"(?<!nobody )(?<!no one )(?:ordered|instructed|(?<!following )(?<!after )"
                 r"(?<!the )(?<!under )(?<!new )(?<!its )(?<!their )orders|told) "
                 r"(?:(?!that\b)[\w'’,-]+ ){0,6}?" + _PEOPLE +
                 r"(?: +(?!(?:not|never|that|were|was|is|are|would|could|might|may|too|whether|"
                 r"if|began|begun|begin|start(?:ed|ing)?|try|trying|tried|wants?|wanted|"
                 r"plan(?:s|ned)?|hop(?:e|ed|ing)|(?:un)?able|attempt(?:ed|ing)?|decided|refused|"
                 r"chose|managed|continued|free|safe|forced|prepar(?:ed|ing)|waiting|afraid|"
                 r"struggl(?:ed|ing)|rushed)\b)[\w'’,-]+){0,20}? +to (?:immediately )?head "
                 r"(?:(?:south|north|east|west)\w* )?(?:to|toward|towards|for) (?:the )?"
                 r"(?:[\w'’-]+ ){0,2}?(?:shelters?|humanitarian (?:areas?|zones?)|coast(?:al)?)\b"
                 # (not "to head toward the coast to collect water", "toward the shelters for
                 # blankets": an errand; nor "to head for shelters as rain flooded tents":
                 # shelter from the weather)
                 r"(?![^.;]{0,60}?\b(?:to (?:collect|fetch|get|receive|buy|find|fill|queue)|"
                 r"for (?:blankets|food|water|bread|flour|meals|tents|mattresses|supplies|aid|"
                 r"registration|vaccinations?)|(?:as|when|if|during|amid) (?:[\w'’-]+ ){0,2}?"
                 r"(?:rain|rains|storms?|floods?|flooding|winds?|cold|sirens?))\b)|"
                 + _PEOPLE + r" (?:(?!who )[\w'’,-]+ ){0,6}?(?:were|was|are|have been|had been) "
                 r"(?:\w+ )?(?:ordered|told|instructed) (?:[\w'’,-]+ ){0,4}?to head (?:to the )?"
                 r"(?:south|north|east|west)|"
                 # "told almost half the population of Gaza – over one million people – to
                 # evacuate", "warned residents of the Nuseirat, Al-Zahraa, and Al-Mughraqa
                 # areas to evacuate", "demanded Palestinians evacuate an area"
                 # (and a leaflet that "asked “residents of the Bureij camp ... to leave")
                 # (and a long list of places: "told residents of Beit Hanoun, Khuza'a, Abasan
                 # al-Kabira and Abasan al-Jadida, as well as eastern Khan Younis, to leave")
                 r"(?:told|tells|warned|warns|warning|urged|urges|urging|asked|asks|asking) "
                 r"(?:(?!to |that )[\w'’-]+ ){0,3}?[“\"]?" + _PEOPLE +
                 # (the text is folded: a dash is a space)
                 # (not "told residents of Gaza City ... to ignore the leaflets and refuse to
                 # leave", "asked families ... about their plans to leave": no order to go)
                 r" +(?:" + _NO_CLAUSE + r"(?!(?:ignor\w*|refus\w*|plans?|planning|afraid|"
                 r"unable|reluctant|wants?|wanted|wish\w*|decid\w*|decision|chose|choose)\b)"
                 + _FOLDED_WORD + r" +){0,24}?to " +
                 _AT_ONCE + r"(?:evacuate|leave)\b|"
                 # "urged residents of Beit Lahia to move south" (a direction: not "urged
                 # people to move carefully", "to move their wounded")
                 r"(?:told|tells|warned|warns|urged|urges|urging) (?:(?!to |that )[\w'’-]+ )"
                 r"{0,3}?" + _PEOPLE + r" +(?:" + _NO_CLAUSE +
                 _FOLDED_WORD + r" +){0,16}?to " + _AT_ONCE + _MOVE_AWAY + "|"
                 # "Residents of northern Gaza are urged, for their safety, to move south of
                 # Wadi Gaza", "families in Bani Suheila were told to leave": the order told of
                 # those it was given to (not "residents were urged not to leave", "people
                 # were told that they could leave"; nor "residents had been told for days to
                 # move south": an order of before; nor "families from Jabalia were told to
                 # leave the school", "people in Khan Younis said they were told to leave
                 # Rafah": where they came from, another's word)
                 + _PEOPLE + r" +(?:(?!(?:who|which|from|said|say|says|they)\b)[\w'’,-]+ +)"
                 r"{0,6}?(?:are|were|was|is|have "
                 r"been|has been) +(?:again |repeatedly |also |now |being )?(?:urged|"
                 r"told|warned|asked|instructed),? +(?:(?!not\b|never\b|to\b|that\b|" +
                 _TOLD_BEFORE_OR_BY_OTHERS + r")[\w'’,-]+ +){0,5}?to " + _AT_ONCE +
                 r"(?:evacuate\b|leave\b|" + _MOVE_AWAY +
                 r")|"
                 r"demand(?:ed|s|ing) (?:that )?(?:(?!to )[\w'’-]+ ){0,3}?" + _PEOPLE +
                 r" +(?:" + _NO_CLAUSE + _FOLDED_WORD + r" +){0,16}?(?:to )?" +
                 _AT_ONCE + r"(?:evacuate|leave)\b|"
                 # "demanding that they go immediately to the shelters west of Gaza City"
                 # (not "demanded that residents not leave": no negation between)
                 # (and a quoted order: "demanding that they “go immediately to the shelters")
                 r"demand(?:ed|ing|s)? that (?:they|residents|people|civilians|families) "
                 r"\"?(?:" + _NO_CLAUSE + r"\w+ ){0,2}?(?:go|move|evacuate|leave|relocate|head)\b|"
                 # (not "called on residents not to temporarily evacuate", "called on residents
                 # to temporarily move away from buildings damaged by strikes": a plea to stay,
                 # safety advice)
                 r"call(?:ed|s)? on (?:[\w'’,-]+ ){0,6}(?<!\bnot )to " +
                 _AT_ONCE + r"(?:evacuate|leave|move|relocate)"
                 r"(?! away from (?:the )?(?:damaged |unstable )?(?:buildings|structures|houses|"
                 r"walls)\b)|"
                 # (and "called on residents of eastern Rafah ... to temporarily evacuate": an
                 # order however long it is said to last)
                 # "called on residents of Jabalia, Beit Lahia, ... and Al-Nuzha to leave", "called
                 # “on some neighborhoods in eastern Rafah ... to “head to the humanitarian area"
                 # (not "called on Israel to let people move": the first "to" ends the gap)
                 r"call(?:ed|s|ing)? \"?on (?:(?:all|some|the) )?(?:" + _PEOPLE[3:-3] +
                 r"|neighbou?rhoods?|areas?|blocks?) (?:" + _NO_CLAUSE +
                 r"(?!to\b)[\w'’,.…\"-]+ +){0,40}?(?<!\bnot )to \"?" +
                 _AT_ONCE + r"(?:evacuate|leave|move|relocate|head)\b"
                 # (not "called on residents of Jabalia ... to move their wounded to Kamal
                 # Adwan Hospital", "called on families in Rafah ... to move away from
                 # buildings damaged by strikes": what to carry, or safety advice)
                 r"(?! (?:their|the|his|her|its) (?:wounded|injured|sick|patients|dead|bodies|"
                 r"belongings|cars|vehicles|goods)\b| away from (?:the )?(?:damaged |"
                 r"unstable )?(?:buildings|structures|houses|walls)\b)|"
                 # "Gazans were told to leave parts of Rafah's Shabura refugee camp" (not a
                 # witness's "we were told to leave our homes": one family's flight, told; nor
                 # "fleeing ... after being told to leave": the reason for a flight; nor
                 # "in October they had been told to leave Jabalia": an order long before;
                 # nor "residents said they were told to leave Rafah weeks ago": a witness's
                 # words again; nor "he was told to leave his job": one man's affair; nor
                 # "the UN said its staff were told to leave Rafah": aid workers withdrawn)
                 r"told to evacuate|(?<!we )(?<!i )(?<!said they )(?<!say they )"
                 r"(?<!says they )(?<!he )(?<!she )(?<!staff )(?<!workers )(?<!journalists )"
                 r"(?:were|was|are|is|(?<!having )(?<!had )been) "
                 r"(?:\w+ )?told to " +
                 _AT_ONCE + r"leave\b"
                 r"(?! (?:his|her|my|our|their) (?:jobs?|posts?|positions?|work|offices?|"
                 r"studies)\b)|orders? to evacuate|"
                 # "dropped leaflets over Tel al-Sultan ordering residents to leave" (not
                 # "leaflets dropped by the army warned that the north remained a war zone": a
                 # warning against going back to an area, told of its state)
                 r"(?:(?:dropped|dropping|air-?dropped) (?:[\w-]+ ){0,2}leaflets|"
                 r"leaflets (?:were |was |had been )?dropped)" + _STILL_A_WAR_ZONE + "|"
                 r"evacuation zones? (?:announced|declared|issued|designated|expanded)|"
                 # "Israel's order for people to leave Gaza City"
                 r"orders? for (?:[\w'’-]+ ){1,4}to (?:evacuate|leave|move|relocate)|"
                 r"order(?:s|ed)? (?:the |an |a )?(?:\w+ )?evacuations?\b|"
                 # "the army also demanded the evacuation of some neighbourhoods in Rafah"
                 # (not "called for the medical evacuation of critically ill patients", "of 22
                 # patients", "of its staff": people taken out for care or by their own side)
                 r"(?:demand|demanded|demanding|demands|call(?:s|ed)? for|calling for) (?:the )?"
                 r"(?:(?!medical )\w+ )?evacuation of (?!(?:(?:the|its|their|[\d,]+|critically|"
                 r"seriously|severely|chronically|gravely|premature) )*(?:wounded|injured|sick|"
                 r"ill|patients|bodies|dead|casualties|children|babies|infants|newborns|staff|"
                 r"nationals|foreign|dual)\b)|"
                 # "ordered the neighbourhoods of An Nassar, ..., Tel Al Hawa to evacuate"
                 r"ordered (?:the )?(?:residents|people|population|inhabitants|"
                 r"neighbou?rhoods?|areas?|blocks?) (?:of|in)\b"
                 r"(?=[^.;]{0,250}?\b(?:evacuat|leave|move|relocat|flee))|"
                 r"(?:declared|designated|expanded|new) "
                 r"(?:an? )?evacuation zones?", 0.9),
    # "The IDF withdraws five brigades from the Gaza Strip": troops pulled out, told as
    # such, is a transfer of territory even from a whole region
    # (not "has gradually pulled out most of its forces ... since January", "has been
    # withdrawing troops ... for months": a drawdown over time, no day's event)
    (TERRITORY, r"(?<!gradually )(?<!steadily )(?<!progressively )(?<!been )"
                r"(?:withdrew|withdrawn|withdrawing|withdraws?|pulled out|pulls out|pulling out)"
                r" (?:its |the |their |all |most |some |some of its )?(?:[\w,-]+ ){0,3}?"
                r"(?:brigades?|troops|forces|soldiers|divisions?|battalions?|units|tanks)\b"
                r"(?=,? (?:[\w,-]+ ){0,6}?from\b)"
                r"(?![^.;]{0,80}?\b(?:for (?:weeks|months|years)|over the (?:past|last) |"
                r"since (?:" + _MONTHS + r"|\d{4})\b))", 0.8),
    (TERRITORY, r"seized|(?<!killed or )(?<!eliminated or )captured|capturing|"
                # "Israeli forces also moved back into the Netzarim corridor, severing Salah
                # al-Din Road": troops back in a corridor they had left (not "pushed back into
                # Jabalia": a town fought for again)
                r"(?:moved|moves|move|went|rolled|redeployed) back into (?:the )?"
                r"(?:[\w'’-]+ ){0,3}?(?:corridor|axis)\b|"
                # "took 'operational control' of the Palestinian side of the crossing"
                r"(?:re)?(?:took|taken|takes) [\"']?(?:(?:full|operational|effective|complete|"
                r"total|military|security) )?control[\"']? of|"
                # "Israel pulled its ground troops out of the southern Gaza city"
                r"pulled (?:its |their |the |all |most |some )?(?:[\w-]+ ){0,2}?(?:troops|"
                r"forces|soldiers|brigades?|divisions?|battalions?|units|tanks) out of|"
                # "its 98th Division had left Khan Yunis" (a place named next: see
                # triggers.py)
                r"(?:divisions?|brigades?|battalions?|troops|forces|tanks) (?:had |has |have |"
                r"also |then |finally )?left(?! behind\b)|"
                r"withdrew|withdrawn|withdrawing|withdraws?|withdrawal of|pulled out of|retreated|"
                r"(?:ended|ending|concluded) (?:in|with) (?:an? |the )?(?:\w+ )?withdrawal", 0.65),
    # (not "A boy was struck by an aid truck in Rafah and died": the truck that ran people
    # over, no aid brought in)
    # (but "were struck by aid drops": what fell on them, aid let in from the air)
    (AID, _RUN_OVER + r"aid (?:trucks?|convoys?)" + _A_ROUTE + r"|"
          r"aid (?:deliver(?:y|ies)|shipments?|drops?)" + _A_ROUTE + r"|"
          r"trucks? of aid|"
          # "The first fuel delivery since October 7 has crossed from Egypt", "The first
          # fuel in over 130 days entered Gaza on Wednesday", "23,000 litres of fuel
          # arrived": fuel brought in (not "no fuel has entered since March", "fuel ran
          # out", "fuel deliveries were halted": see the irrealis words in triggers.py)
          # (not "Fuel deliveries have been prioritized for hospitals": a policy)
          # (nor "A fuel convoy was turned back before it reached Rafah": kept out; "Before
          # the war, fuel entered Gaza daily": the way it used to come)
          r"fuel (?:delivery|shipment|convoy)(?= (?:(?!\b(?:before|until|turned|blocked|"
          r"stopped|denied|prevented)\b)[^.;]){0,60}?\b(?:entered|crossed|arrived|reached)\b)|"
          r"(?<!no )(?<!no more )(?<!without )(?:(?:litres|liters|gallons|tonnes|tons) of "
          r"(?:[\w-]+ )?)?fuel(?: (?:in|for) (?:over |more than |nearly |almost |about )?"
          r"[\w-]+ (?:days|weeks|months)| since (?:[\w-]+ ){1,3}?)?,? (?:(?:has|have|had) )?"
          r"(?:(?:finally|also|then) )?(?:been )?(?:entered|crossed|arrived|delivered)\b"
          r"(?! (?:(?:[\w-]+ ){0,4}?)(?:daily|every day|each day|regularly|routinely)\b)|"
          # "PRCS received a second convoy of humanitarian aid through the Rafah crossing",
          # "received the first convoy of 20 trucks yesterday": a convoy taken in at its
          # end (not "received a convoy of journalists", "received reports of a convoy")
          r"(?<!not )(?<!never )(?:received|receives|receiving) "
          # ("received today, Sunday, a second convoy")
          r"(?:(?:today|yesterday|this|last|on|morning|evening|afternoon|night|"
          + _WEEKDAY + r"),? ){0,3}(?:(?:the|a|an|its|their|"
          r"first|second|third|fourth|fifth|another|new|further|latest|last|\d+) ){0,3}"
          r"convoys? of (?:[\w,-]+ ){0,4}?(?:aid|supplies|trucks|lorries|relief|food|fuel|"
          r"medicines?)\b|"
          # "a convoy of aid reached Gaza City on Sunday", "a convoy of 25 trucks entered
          # through Zikim" (not "a convoy of aid was unable to reach the north", "a convoy of
          # trucks waiting to enter", "the convoy of aid trucks was turned back before it
          # reached the checkpoint")
          # (nor "a convoy of army trucks reached the Netzarim corridor": the troops' own)
          r"convoys? of (?:(?!(?:israeli|military|army|idf|armou?red|troops?)\b)[\w,-]+ ){0,4}?"
          r"(?:aid|supplies|trucks|lorries|relief)"
          r"(?: (?:trucks|lorries|supplies))? (?:(?:has|have|had|finally|also|then|later) )?"
          r"(?:reached|arrived|entered|crossed)\b|"
          # "59 trucks carrying water, food and medicines entered Gaza", "the entry of ten
          # trucks carrying water", "escorting a convoy of trucks carrying aid" (not "a
          # truck carrying aid overturned on civilians", "the trucks carrying flour were on
          # their way": the trucks named, no load going in)
          r"(?:entry|transfer|passage|convoys?) of (?:[\w,-]+ ){0,4}?trucks? carrying|"
          # the going in told of the trucks, not of a later clause ("a truck carrying flour
          # overturned, killing people who had arrived to collect aid") nor denied ("trucks
          # carrying aid are waiting at the Rafah crossing, unable to enter")
          r"trucks? carrying(?=(?:(?!\b(?:who|which|killing|injuring|wounding|unable|not|"
          r"never|cannot|waiting|until|before|after|while)\b)[^.;])*?"
          r"\b(?:enter(?:ed|ing|s)?|cross(?:ed|es|ing)|"
          r"arriv(?:ed|ing|es)|reach(?:ed|ing|es)|deliver(?:ed|ing|s)|unloaded|offloaded|"
          r"distributed|exited|moved ashore|rolled)\b)|"
          r"trucks? (?:were |was )?(?:dispatched|offloaded|unloaded)|"
          # "trucks loaded with flour crossed into Gaza" (not "trucks loaded with flour were
          # turned back", "armed men seized trucks loaded with flour": a load told going in)
          r"trucks? (?:loaded|laden|filled) with (?:[\w-]+ ){0,2}?(?:aid|food|flour|supplies|"
          r"fuel|medicines?|medical|water|humanitarian)\b"
          # (nor "waited at the Rafah crossing": the crossing a place)
          r"(?=[^.;,]*?\b(?:enter(?:ed|ing|s)?|cross(?:ed|es)|arriv(?:ed|ing|es)|"
          r"roll(?:ed|ing|s)|reach(?:ed|ing|es)|deliver(?:ed|ing|s)|unloaded|offloaded|"
          r"distributed)\b)|"
          r"trucks? (?:\w+ ){0,2}(?:enters?|entered|entering|cross(?:es|ed)?|arrive[sd]?)|"
          # "The first fuel tankers were seen entering through the Rafah crossing" (not
          # "tankers were waiting to enter": see the trucks' rules in triggers.py)
          # (nor "Fuel tankers will enter through Kerem Shalom on Sunday": aid to come)
          r"(?:fuel |gas |water |diesel )?tankers (?:(?!(?:will|would|could|can|cannot|may|"
          r"might|must|should|shall|to|not|never|yet)\b)\w+ ){0,2}(?:enters?|entered|entering|"
          r"cross(?:es|ed)?|arrive[sd]?)|"
          # "200 trucks of food, water and medical supplies entered on Friday" (not "trucks
          # of flour were blocked from entering", "trucks of aid waiting to enter")
          r"trucks? of (?:(?!(?:were|was|are|is|be|been|being|to|from|not|never|that|which|"
          r"who|yet|still|due|set|waiting|allowed|unable)\b)[\w'’-]+,? (?:and )?){1,6}?"
          r"(?:(?:have|has|had) )?(?:enters?|entered|entering|crossed|arrived)\b|"
          # "WHO delivered supplies on 9 December", "the forces transferred incubators, baby
          # food and medical supplies to the hospital", "after unloading more than 100
          # tonnes of food": goods handed over (not "delivered to hospitals", "transferred
          # 40 trucks": where to, or no goods named; nor "delivered a grim assessment of
          # the food situation", "militants had transferred weapons and equipment to the
          # hospital": words, or arms)
          r"(?:delivered|delivering|transferred|transferring|unloaded|unloading|offloaded|"
          r"offloading) (?:(?!(?:to|into|from|by|for|at|in|on|with|about|the wounded|patients|"
          r"assessments?|briefings?|speech(?:es)?|statements?|warnings?|reports?|messages?|"
          r"remarks|address|updates?|appeals?|letters?|responses?|blows?|verdicts?|"
          r"presentations?|proposals?|weapons?|arms|ammunition|munitions|explosives|rockets?|"
          r"missiles?|military|hostages?|detainees|prisoners|fighters|militants)\b)"
          r"[\w'’%-]+,? (?:and )?){0,6}?(?:supplies|aid|food|fuel|medicines?|flour|water|"
          r"meals|incubators|(?:medical )?equipment)\b|"
          # "Fuel was delivered to Al-Shifa Hospital", "the aid was being delivered to a
          # U.N. warehouse in Deir al-Balah": goods told handed over where they went (not
          # "supplies were not delivered to", "were supposed to be delivered", "weapons
          # were delivered to"; nor "supplies pre-positioned in Deir al-Balah were
          # delivered to": two places, where they lay and where they went)
          # (nor "None of the aid was delivered to Jabalia"; nor "Heavy military
          # equipment was brought into Rafah": the army's gear; nor "patients and medical
          # equipment were transferred to Nasser Hospital": a ward moved; nor "aid
          # distribution was brought to a halt"; nor "food was delivered to Israeli troops")
          r"(?<!weapons )(?<!arms )(?<!none of the )(?<!none of )(?<!military )(?<!army )"
          r"(?<!engineering )(?<!heavy )(?<!construction )(?<!patients and )(?<!wounded and )"
          r"(?<!injured and )(?<!patients and medical )(?<!wounded and medical )"
          r"(?<!injured and medical )"
          r"(?:supplies|aid|food|fuel|medicines?|flour|water|meals|"
          r"incubators|(?:medical )?equipment) (?:(?!(?:not|never|that|which|who|to|in|at|"
          r"from|patients|wounded|injured|sick|babies|staff)\b)"
          r"[\w'’,-]+ ){0,7}?(?:were|was|have been|has been|had been) (?:(?!not|never)\w+ )?"
          r"(?:delivered|distributed|transferred|brought) (?:in)?to\b"
          r"(?! (?:an? )?(?:halt|standstill|stop|end|close|minimum)\b)"
          r"(?! (?:the )?(?:israeli |idf |occupation )?(?:troops|soldiers|forces|army|hamas|"
          r"fighters|militants|gunmen)\b)|"
          # "6,350 tons of food entered Gaza", "406 trucks filled with aid were inspected and
          # transferred to the Gaza Strip"
          r"(?:tons|tonnes|pallets|truckloads) of (?:[\w-]+ ){0,2}(?:food|aid|supplies|flour) "
          r"(?:has |have |had )?(?:entered|arrived|crossed)|"
          # (not "150 trucks were waiting to be transferred to the Gaza Strip")
          r"trucks? (?:(?!to )[\w-]+ ){0,6}?(?:transferred|delivered) (?:in)?to (?:the )?gaza|"
          # ... or through a gate: "154 trucks were inspected and transferred through Kerem
          # Shalom and Nitzana" (not "trucks waiting to be transferred through the crossing")
          # (nor "trucks carrying weapons were transferred through the tunnel": arms)
          # (nor "Israeli tanks and trucks passed through the streets of Khan Younis",
          # "Trucks carrying displaced families passed through the Netzarim corridor": the
          # army's convoys and people fleeing; a crossing is what aid trucks pass)
          r"(?<!army )(?<!military )(?<!tanks and )"
          r"trucks? (?:(?!(?:to|be|not|never|waiting|due|set|yet|weapons?|arms|ammunition|"
          r"munitions|explosives|rockets?|military)\b)"
          r"[\w-]+ ){0,6}?(?:transferred|passed) through (?:the )?(?:(?:[\w'’-]+ ){0,3}?"
          r"crossings?|kerem shalom|karem abu salem|kissufim|zikim|erez|nitzana|karni|"
          r"gate 96)\b|"
          r"humanitarian (?:aid|supplies|trucks|cargo|assistance) (?:has |have |had )?(?:been )?"
          r"(?:entered|arrived|delivered)|"
          # "WFP distributed more than 9,000 hot meals", "to deliver fuel and supplies"
          r"distributed (?:more than |some |about |over |nearly )?[\d,]+ (?:[\w-]+ ){0,2}"
          r"(?:meals|parcels|kits|tents|blankets|litres|liters|tonnes|tons)|"
          # "GHF said it had distributed food from 16 trucks", "distributed flour to
          # families in Deir al-Balah" (not "food is distributed unevenly": how)
          r"distributed (?:(?:food|aid|flour|meals|bread|water|supplies|rations|parcels|"
          r"food parcels|hygiene kits)(?:,? (?:and )?)?){1,3}(?:from|to|at|in|among)\b|"
          r"(?:visited|reached) (?:[\w'’-]+ ){1,12}to deliver|"
          # "a joint UN mission reached Al-Shifa Hospital", "undertook a joint mission with
          # UNICEF to the north, to Jabalia"
          r"(?<!rescue )(?<!military )(?<!council )(?<!security )"
          r"missions? (?:\w+ )?(?:reached|visited|delivered)|"
          # "WHO and partners have completed 7 missions to North Gaza"
          r"(?:" + "|".join(MISSION_VERBS) + r") (?:a |an |the |"
          r"[\d,]+ |two |three |four |five |six |seven |eight |nine |ten |several )?"
          r"(?:(?:joint|humanitarian|inter-agency|assessment|un) )*missions? "
          # (not "completed a mission to evacuate 14 patients": patients moved out)
          r"(?:(?!to evacuat)[\w-]+ ){0,4}to(?! evacuat)|"
          # "out of the 61 coordinated humanitarian assistance missions to northern Gaza, 28
          # were facilitated by Israeli authorities": missions that went
          r"(?:were|was|had been|have been) facilitated by (?:the )?israeli "
          r"(?:authorities|forces|army|military)"
          # (not "the mission had been facilitated by Israeli authorities but was later
          # impeded at a checkpoint": it never got there)
          r"(?![^.;]{0,40}?\bbut (?:it |they )?(?:was |were |had been |then |later |\w+ly )*"
          r"(?:impeded|denied|blocked|turned back|stopped|halted|cancell?ed|aborted|"
          r"obstructed)\b)|"
          # "An Emergency Medical Team was successfully deployed to Kamal Adwan hospital"
          # (not "Israeli military medical teams were deployed to Rafah"; nor "medical teams
          # deployed in Rafah were forced to relocate": teams described, not sent)
          r"(?<!military )(?<!army )(?<!idf )"
          r"(?:medical|emergency|health|humanitarian|surgical) teams? (?:was |were |has been |"
          r"have been |had been )(?:successfully )?deployed (?:to|in)\b|"
          # "UNICEF has moved 32 trucks into the Gaza Strip from Egypt"
          r"(?:moved|brought|sent|dispatched|delivered) (?:[\d,]+|[a-z-]+) (?:[a-z-]+ )?"
          r"trucks? (?:of (?:[\w-]+ ){1,4})?(?:into|to (?:the )?gaza)|"
          r"air ?drops?|air-?dropp(?:ed|ing)|food parcels|"
          # "large volumes of aid continue to flow into Gaza through the Erez crossing"
          r"(?:aid|supplies|assistance|trucks) (?:continues? to|continued to|began to|"
          r"begins? to|started to|starts? to) flow (?:into|through|in)\b|"
          r"(?:aid|supplies|assistance|trucks) (?:is|are|was|were) (?:now |again )?"
          r"flowing (?:into|through|in)\b|"
          # "aid continue to enter Gaza through the Erez crossing", "supplies entered the Gaza
          # Strip on Saturday from Egypt": aid that went into the Strip, by the way it came
          # (not "allowing aid to enter at scale": what is asked for; not "commercial goods
          # entered Gaza", no aid; not "very little aid entered Gaza in April", "none of the
          # aid entered through Erez", "before the war, aid entered Gaza", "aid had entered
          # Gaza through Rafah until the crossing was seized": a lack, or a time gone by)
          r"(?<!little )(?<!less )(?<!of the )(?<!before the war, )(?<!before the war )"
          r"(?:aid|supplies|assistance)(?: (?:has|have))? "
          r"(?:(?:continues?|continued|began|begins?|started|starts?) to (?:enter|flow)|"
          r"entered|flowed) (?:(?:(?:in)?to )?(?:the )?gaza|through|via)\b"
          # (not "aid entered Gaza through Kerem Shalom at a rate of 500 trucks a day", "aid
          # has entered Gaza only sporadically since the crossings closed", "aid entered
          # through Kerem Shalom before Israel closed it": a rate over a span of days, or
          # a time gone by, no delivery of the day)
          r"(?![^.;]{0,80}?\b(?:until|at a rate of|on average|(?:a|per|each|every) "
          r"(?:day|week|month)|daily|sporadically|(?<!first time )since|last (?:year|month)|"
          r"before (?:[\w-]+ ){1,3}(?:closed|shut|sealed|seized|took|captured))\b)|"
          r"food distributions?(?! (?:centres?|centers?|"
          r"sites?|points?|hubs?|areas?|locations?))|"
          # "shelter bedding kits are being distributed to some 400 families"
          r"(?:kits?|parcels?|food|supplies|aid|items?|meals?|water|tents?|blankets?|"
          r"vouchers?|flour|rations?|packages?|assistance|tarpaulins?|mattresses|clothe?s|"
          r"clothing|medicines?|fuel|cash|bread|baskets?|supplements?|biscuits)"
          r"(?: (?:that|which) [\w-]+)?(?: (?:have|has|had))? "
          r"(?:are|were|was|is|being|been) (?:being )?distributed", 0.8),
    # "reports of deaths and arrests": the bare noun is a summary; "arrests of" tells some
    # (not "reveal the fate of those detained", "the families of the detained": people named
    # by a detention, with no day of it told)
    # (nor "Hospital director Hussam Abu Safiya, detained in December, remains in custody":
    # who a person is, by a detention of a month gone by)
    # ("Many of those detained on 25 October in Beit Lahia", "most of those detained in the
    # raid on Kamal Adwan Hospital on Friday": a detention with its day)
    (ARRESTS, r"arrested(?!(?<=, arrested)" + _IN_A_MONTH + r")|"
              r"arrests?(?= (?:of|were|was|have been|had been|carried out)\b)|"
              r"(?<!\bof those )(?<!\bof the )detained(?!(?<=, detained)" + _IN_A_MONTH + r")|"
              r"(?<=\bof those )detained(?= (?:(?!(?:were|was|are|is|have|has|had|been|"
              r"remain|remains|remained)\b)[\w'’-]+ ){0,7}?(?:on " + _WEEKDAY +
              r"|yesterday|today|overnight|last night|"
              r"on \d{1,2} " + _MONTHS + r"|on " + _MONTHS + r" \d{1,2})\b)|"
              r"detentions?(?! (?:centres?|centers?|facilities|facility|camps?))|"
              r"(?<!hostages )(?<!hostage )"
              r"(?<!captives )abducted|rounded up|"
              # "dozens of terror suspects were apprehended in Jabalia and Shejaia" (not "the
              # gunman was never apprehended": no one held; nor "many apprehended that the
              # worst was yet to come": grasped, not held)
              r"(?<!not )(?<!never )(?<!yet to be )(?<!be )apprehended"
              r"(?! (?:that|how|what|why|the (?:danger|risk|threat))\b)|"
              # "troops killed or captured 20 gunmen": the fighters taken, not a place
              r"(?<=killed or )captured|(?<=eliminated or )captured|"
              # "soldiers are interrogating young men in the courtyard, who were stripped and
              # blindfolded", "men were blindfolded and handcuffed": people held, told by what
              # was done to them (not "a blindfolded hostage", "blindfolded for the video": no
              # one taken)
              r"(?:were|was|been|being|are|is) (?:\w+ )?(?:stripped|blindfolded|handcuffed|"
              r"zip-tied|bound)(?: (?:to their underwear|naked|and (?:stripped|blindfolded|"
              r"handcuffed|zip-tied|bound)))*(?<!\bstripped)(?<!\bbound)\b|"
              r"stripped (?:(?:to their underwear|naked) )?(?:and|,) (?:\w+ )?(?:blindfolded|"
              r"handcuffed|zip-tied)", 0.8),
    # "The IDF says it has killed or arrested several of them", "troops killed or captured 20
    # gunmen in Jabalia": fighters killed in the fighting, beside those held (not "may be
    # killed or arrested", "risk being killed or detained": a danger, no fighting told)
    # (nor "Dozens of medics killed or detained by Israeli forces", "journalists killed or
    # arrested since October": the done-to told by a tally, no one fought)
    (BATTLE, r"(?<!be )(?<!being )(?<!been )(?<!getting )(?<!get )(?<!were )(?<!was )"
             r"(?:killed|eliminated)(?= or (?:arrested|detained|captured|apprehended)\b"
             r"(?! (?:by|since|during|so far|over the|in the (?:past|last))\b))|"
             r"(?:(?<!be arrested or )(?<!be detained or )(?<=arrested or )|"
             r"(?<!be detained or )(?<=detained or )|(?<=captured or )|(?<=apprehended or ))"
             r"(?:killed|eliminated)\b(?! (?:by|since|during|so far|over the|in the "
             r"(?:past|last))\b)", 0.75),
    # "two schools there were hit": a building hit is a strike, whatever the sentence
    # says of who hit it
    (AIR, r"(?:schools?|houses?|homes?|buildings?|tents?|shelters?|hospitals?|mosques?|"
          r"churche?s?|clinics?|baker(?:y|ies)|warehouses?|vehicles?|cars?|ambulances?)"
          r"(?: [\w-]+){0,2} (?:was|were|has been|have been|had been) (?:\w+ )?"
          r"(?:hit|struck|targeted|bombed|shelled)(?! by (?:\w+ )?(?:gunfire|bullets|sniper))"
          r"(?! " + _BY_COUNTED_BULLETS + r"\b)|"
          # "the WHO's main warehouse in Deir Al-Balah was destroyed due to attacks"
          # (not "whose buildings were destroyed in attacks last year", a past state)
          r"(?<!whose )(?<!which )(?:schools?|houses?|homes?|buildings?|tents?|shelters?|"
          r"hospitals?|mosques?|churche?s?|clinics?|baker(?:y|ies)|warehouses?)"
          r"(?: (?!that\b|which\b|who\b)[\w-]+){0,4} (?:was|were|has been|have been) (?:\w+ )?"
          r"(?:destroyed|damaged) (?:due to|in|by) (?:an? |the )?"
          r"(?:israeli )?(?:attacks?|strikes?|bombardments?|bombings?)\b|"
          r"bombs? (?:the|an?)|"
          # "recovered nine martyrs from a home targeted in Bani Suheila", "a tent targeted by
          # a drone" (not "a house targeted for demolition": what it is to be)
          # (nor "a vehicle targeted by Israeli gunfire": shots, not a strike; nor "whose homes
          # targeted in the past have been rebuilt": no strike told)
          r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bbeing )(?:schools?|houses?|homes?|"
          r"buildings?|tents?|shelters?|vehicles?|cars?|apartments?|gatherings?) targeted "
          r"(?:earlier |overnight |today |yesterday )?(?:in|on|by|near|east|west|north|south)\b"
          r"(?! (?:the )?(?:past|previous|earlier|prior)\b)"
          r"(?! (?:an? |the )?(?:israeli |occupation )?(?:gunfire|fire|gunshots|bullets|snipers?|"
          r"gunmen|soldiers|troops|settlers|bulldozers)\b)|"
          # "with the Kamal Adwan Hospital hit twice in the past week"
          r"(?:schools?|hospitals?|shelters?|tents?|houses?|homes?|buildings?) (?:hit|struck|"
          r"bombed|shelled) (?:twice|again|repeatedly|several times|multiple times|overnight)|"
          r"munitions? (?:\w+ )?(?:hit|struck|landed)|"
          # "among the areas and facilities hit are X, Y and Z"
          r"(?:areas?|facilities|sites|places|locations|buildings|homes|houses|targets)"
          r"(?: and (?:areas?|facilities|sites|places|locations|buildings|homes|houses))? "
          r"(?:hit|struck|targeted|bombed|shelled) (?:are|were|include[ds]?|included)|"
          # "Targets include what it says are Hamas commanders and weapons depots in Khan
          # Younis, Nuseirat and Jabalia": the places of a wave of strikes, listed (not
          # "potential targets include", "targets included in the bank": to come, or a list)
          r"(?<!potential )(?<!possible )(?<!future )(?<!likely )(?<!intended )(?<!planned )"
          r"(?<!its )(?<!their )(?<!new )targets (?:include[ds]?|included)"
          r"(?= (?:[^.;]){0,120}?\bin\b)|"
          # "In Deir al-Balah, Khan Younis, Rafah and Gaza City, homes and tents went up in
          # flames": many homes burning told in a night of strikes (not "a tent went up in
          # flames", "tents caught fire after a gas canister exploded": one fire, or a
          # fire's own cause)
          r"(?:homes|houses|tents|buildings|shelters|apartments)(?: and (?:homes|houses|"
          r"tents|buildings|shelters|apartments))? (?:went up|burst|were engulfed|erupted) "
          # (nor "tents went up in flames after a fire broke out": a blaze, no strike told)
          r"in flames(?! (?:after|when|from|due to|caused by|as) (?:an? |the )?(?:[\w-]+ )?"
          r"(?:gas|cooking|candles?|electrical|short|heat|generators?|stoves?|fires?|blazes?|"
          r"settlers)\b)|"
          # "Distribution by hospital: ... Indonesian hospital 71 (most from Beit Lahia and
          # Jabalia); Nasser Medical Complex 104 (from Khan Younis and Abasan)": a ministry's
          # intake told by hospital, with the places the dead came from (not "hospital 2
          # (from 2019)", "hospital 30 (from the north wing)": no place after it; nor with
          # no dead told before it: see triggers.py)
          r"(?:hospitals?|complex)(?: in(?: [\w'’-]+){1,3}?)? [\d,]+ \((?:most(?:ly)? |mainly "
          r"|largely )?(?:of them )?from(?= [a-z])(?! the\b)", 0.85),
    (AIR, r"striking (?:by|of)|(?:came|come|coming|comes) under (?:\w+ ){0,2}attack|"
          # "completed the encirclement of Khan Yunis, striking dozens of targets": the army's
          # strikes told by their count of targets (not "a striking number of targets")
          # (after a comma or "by" only: not "Israel is capable of striking hundreds of
          # targets in Gaza City each day", "the air force's ability to keep striking dozens
          # of sites": what it can do)
          r"(?:(?<=, )|(?<=by ))"
          r"striking (?:dozens of|scores of|hundreds of|(?:more than |about |some |over )?"
          r"\d+(?:,\d{3})*) (?:[\w-]+ ){0,2}?(?:targets|sites|positions)\b|"
          # ("the deadly attack by Israeli forces on a five-storey residential building"; not
          # "the attack by Israeli troops on a hospital in Khan Younis": soldiers on the
          # ground, no strike from the air)
          r"attacks? (?:by (?:the )?(?:israeli|occupation|idf) (?:forces|army|military|"
          r"aircraft|warplanes|jets|drones?) )?on (?:a|an|the) (?:[\w'-]+ ){0,4}"
          r"(?:school|house|home|building|tent|"
          r"shelter|hospital|mosque|church|camp|compound|convoy|vehicle|car|warehouse|bakery|area|"
          r"clinic|market|(?:health ?care |health |medical )?(?:centre|center|facility))|"
          # (not "killed after being hit by an aid truck": run over)
          r"(?:was|were|been) (?:\w+ )?(?:hit|targeted)" + _NOT_BY_A_VEHICLE + r"|"
          r"hit" + _NOT_BY_A_VEHICLE + r" by|"
          r"(?:israel|military|army|forces|IDF|jets) attacked|"
          # "attacks on Al-Ahli and Al-Wafa hospitals", "attacks near or on Al Awda and Kamal
          # Adwan hospitals": named sites (not "attacks on all hospitals")
          r"attacks? (?:near or on|on or near|on|near|against) (?!all |any |such |these |"
          r"those |civilian |medical |health |humanitarian |other |more )"
          r"(?:[\w'’-]+ ){1,6}(?:hospitals|schools|shelters)|"
          # "Destruction at Nasser Hospital following an Israeli attack"
          r"(?:an?|the|this|that|latest|recent) israeli (?:military )?attacks?|"
          r"(?:military|army|forces|IDF|jets|"
          r"warplanes|aircraft|drones?) (?:\w+ )?hit|targeted (?:a|an|the) (?:[\w-]+ ){0,5}"
          r"(?:school|house|home|building|tent|shelter|hospital|mosque|church|car|vehicle)|"
          # "The Israeli army also targeted the entrance of Al Nasr Children's Hospital",
          # "Israeli forces also targeted the Saudi neighborhood west of Rafah": a site the
          # army targeted (not "targeted anyone who approached": people, likely gunfire;
          # nor "targeted Hamas fighters": a fight)
          # "The Israeli occupation air forces targeted several sites in the northern Gaza
          # Strip", "its air force attacked a command centre", "the Israeli aircraft launched
          # several raids on apartments": what planes hit
          # (nor "targeted aid seekers", "targeted a Hamas operative", "targeted worshippers":
          # people, with no weapon named; nor "targeted a fishing boat off the coast": fire
          # from the sea; nor "targeted the hospital with gunfire",
          # "targeted water wells with bulldozers", "targeted Hamas infrastructure in a
          # ground raid": troops on the ground; no navy: "the navy attacked fishing boats"
          # is fire on fishermen, its shells on the coast are shelling)
          r"(?:(?:israeli|occupation|idf|enemy) (?:occupation )?(?:army|forces|military) "
          r"(?:also |then |later |reportedly )?targeted(?= "
          r"(?!(?:[\w'’-]+ ){0,4}(?:aid seekers?|seekers|commanders?|operatives?|members|"
          r"terrorists?|cells?|squads?|palestinian|m[ae]n|wom[ae]n|boys?|girls?|child|youth|"
          r"worshippers|staff|crews?|workers?|teams?|motorcyclists?|individuals?|persons?|"
          r"suspects?|patients|students|journalist|fighter|militant|gunman|civilian|resident|"
          r"paramedic|medics?|doctors?|nurses?|policem[ae]n|officers?|leaders?|officials?|"
          r"boats?|fishing)"
          r"\b(?!['’]))"
          r"(?![^.;]{0,80}?\b(?:with|using|by) (?:[\w-]+ ){0,2}(?:gunfire|fire|bullets|"
          r"live ammunition|ammunition|snipers?|sniper fire|machine-?guns?|bulldozers?|"
          r"tear gas|smoke bombs?|stun grenades?)\b)"
          r"(?![^.;]{0,80}?\bin (?:an?|the) (?:[\w-]+ ){0,2}(?:raid|incursion|ground operation|"
          r"ground assault)\b))|"
          r"(?:israeli |occupation |idf |enemy |(?<=its )|(?<=the ))(?:occupation )?"
          r"(?:air ?forces?|aircraft) (?:also |then |later |reportedly )?"
          r"(?:targeted|attacked|launched (?:\w+ ){0,2}(?:air ?)?raids? (?:on|against))) "
          r"(?!(?:\w+ ){0,3}(?:people|civilians|residents|anyone|anybody|crowds?|"
          r"citizens|journalists|fishermen|farmers|palestinians|men|youths?|children|"
          r"protesters|demonstrators|paramedics|fighters|militants|gunmen)\b)", 0.6),
    # ("the besieged enclave", "the besieged Gaza Strip": the Strip's epithet in news
    # stories, not a siege of the day)
    # (nor "evacuate the wounded from besieged northern Gaza": an epithet of a region)
    # (but "evacuated from besieged Nasser Hospital": a siege of the site)
    # (nor "transporting the wounded from the besieged north of Gaza"; but "from the
    # besieged northern town of Beit Hanoun": a siege of the town)
    # (nor "civilians in the besieged north need help", "families in besieged northern Gaza":
    # where people are, the region by its epithet)
    (SIEGE, r"besieged(?!(?:(?<=from besieged)|(?<=\bin besieged)) (?:northern|southern|eastern|"
            r"central) Gaza\b(?! City))"
            r"(?!(?:(?<=from the besieged)|(?<=\bin the besieged)) (?:north|south)(?:ern)?\b"
            r"(?! gaza city| (?:[\w'’-]+ )?"
            r"(?:towns?|city|camps?|neighbou?rhoods?|districts?|villages?|hospitals?)\b))"
            r"(?! (?:coastal |Palestinian )?(?:Gaza Strip|Gaza(?! City|['’]s)|"
            r"enclave|territory|strip)\b)"
            # (nor "compounding the destruction in the already besieged area", "the campaign
            # on the besieged region": what the place is called, a word for the area told
            # before, not a siege told; only the adjective after a determiner: "forces have
            # already besieged the east of Rafah", "troops besieged residents of the camp"
            # tell a siege)
            r"(?<!\bthe already besieged)(?<!\ban already besieged)(?<!\bits already besieged)"
            r"(?!(?:(?<=\bthe besieged)|(?<=\ban besieged)|(?<=\bits besieged)|"
            r"(?<=\bthis besieged)|(?<=\btheir besieged)) "
            r"(?:area|region|zone|pocket|population|residents|people|families)\b)|"
            r"besieging|sieges?|encircled|encirclement|encircles?|encircling|"
            # "Israeli authorities imposed a full blockade on Gaza"
            r"(?:imposed|imposes|(?<!of )imposing|tightened|reimposed) (?:an? |the |its )?"
            r"(?:[\w-]+ )?"
            r"blockade|"
            r"surrounded by (?:\w+ )?"
            r"(?:tanks|troops|forces)|"
            # "Al-Awda Hospital said it was surrounded", "Israeli tanks had surrounded its
            # al-Amal hospital": a hospital ringed (not "the hospital is surrounded by
            # farmland", "was surrounded by journalists": what lies or stands around it;
            # nor a school or a shelter ringed for a raid, told as the raid; nor "Nasser
            # Hospital is surrounded with tents", "on every side by rubble": what lies round
            # it; "it" and "complex" only of a hospital told before: see triggers)
            r"(?:hospitals?|it|complex) (?:was|is|had been|has been) (?:(?:completely|fully|"
            r"reportedly|now) )?surrounded(?! by\b)(?! with\b)(?!,? on (?:\w+ ){0,2}sides?\b)|"
            # (not "forces that surrounded Al-Shifa Hospital in March withdrew": the forces
            # named by a siege before; nor "troops never surrounded"; nor "ambulances and
            # vehicles surrounded Nasser Hospital": the army's vehicles only)
            r"(?:tanks|troops|forces|soldiers|army|military|(?:military|army|armou?red|israeli) "
            r"vehicles) (?:(?!(?:that|which|who|never|not)\b)\w+ )?"
            r"(?:surrounded|encircled) (?:the |an? |its )?(?:[\w'’-]+ ){0,3}?"
            r"(?:hospitals?|medical (?:complex|centre|center))\b", 0.8),
    # (what "blew up" with nothing after it is an explosion: "the drone had blown up as
    # the fishermen lifted their nets")
    # (not "buildings designated for demolition", "rigged ahead of demolition": planned)
    (DESTRUCTION, r"demolished|(?<!for )(?<!ahead of )(?<!before )(?<!pending )(?<!prior to )"
                  r"demolitions?|bulldozed|razed|"
                  # "bulldozers leveled lands", "levelled farmland east of Khan Younis"
                  r"level(?:l)?ed (?:the |agricultural |farm |their )?(?:lands?|farmland|"
                  r"fields?|orchards?)|"
                  # ("homes were blown up in eastern Rafah": what someone blew up)
                  r"(?:were|was|been|being) blown up|"
                  r"(?:blew|blowing|blown) up(?!\s*(?:[,.;:)]|$|(?:in|on|at|as|when|while|near|"
                  r"inside|after|before|during|over|under|and|killing|injuring|wounding)\b))|"
                  r"looted|looting|plundered|set (?:fire|ablaze)|"
                  # "parts of the building were set on fire after the patients were taken
                  # away", "troops set the house alight" (not "tents were set on fire by an
                  # Israeli strike", "set alight by shelling": what a strike burned; nor
                  # "youths set the tyres on fire": a protest)
                  # (nor "the attack, which set the camp on fire, killed 45": the strike's
                  # fire)
                  r"(?<!which )(?<!that )(?<!strike )(?<!strikes )(?<!attack )(?<!bombing )"
                  r"(?<!shelling )(?<!missile )(?<!explosion )(?<!blast )(?<!bombardment )"
                  # (nor "protesters set an Israeli flag on fire", "fighters set an Israeli
                  # tank on fire", "the sky was set alight by flares": a protest, a fight,
                  # no property; nor "set on fire as a result of Israeli shelling": a
                  # strike's fire)
                  r"set (?:it |them |(?:the |an? |their |its |his |several |dozens of )(?!(?:\w+ )?"
                  r"(?:tyres|tires)\b)(?!(?:[\w'’-]+ ){0,3}?(?:flags?|effig(?:y|ies)|pictures?|"
                  r"photos?|posters?|portraits?|images?|tanks?|bulldozers?|jeeps?|apcs?|"
                  r"armou?red|merkavas?|d9s?|military vehicles?|troop carriers?)\b)"
                  r"(?:[\w'’-]+ ){1,4}?)?(?<!sky was )(?<!sky is )(?:on fire|alight)"
                  r"(?! in protest\b)"
                  r"(?! (?:by|in|during|after|following|when|as|amid|from|under|due to|"
                  r"because of|as a result of|in the wake of) (?:an? |the )?"
                  r"(?:[\w-]+ ){0,2}?(?:(?:air ?)?strikes?|airstrikes?|missiles?|shells?|"
                  r"shelling|bombs?|bombing|bombardment|rockets?|drones?|jets?|warplanes?|"
                  r"aircraft|explosions?|blasts?|projectiles?|flares?|incendiar\w+|"
                  r"quadcopters?|tank fire|artillery)\b)|"
                  # (not "youths torched tyres at the entrance of Khan Younis": a protest)
                  r"torch(?:ed|ing)(?! (?:\w+ )?(?:tyres|tires)\b)|"
                  # "departments of the hospital were severely burned and destroyed during
                  # the raid": what the raiders burned (not "the house was destroyed in an
                  # air raid", "destroyed in a raid by Israeli warplanes": a strike)
                  r"(?:was|were|been) (?:\w+ )?(?:burn(?:ed|t)|destroyed)(?: and (?:\w+ )?"
                  r"(?:burn(?:ed|t)|destroyed|damaged|looted))? (?:during|in|by) (?:the |an? )?"
                  r"(?:(?!air |aerial )[\w-]+ )?(?:raids?(?! (?:by|of) (?:the )?(?:israeli |"
                  r"occupation )?(?:war)?(?:planes|aircraft|jets|drones|helicopters)\b)|storming|"
                  r"incursions?|ground (?:assault|operation))\b"
                  # (nor "was destroyed in the Israeli raid on Khan Younis, killing five": the
                  # raid's toll, an attack the house was part of)
                  r"(?![^.;]*\b(?:killing|killed|wounding|injuring|dead)\b)|"
                  # "crowds broke into UNRWA warehouses"
                  r"broke into (?:[\w'’-]+ ){0,3}(?:warehouses?|stores?|depots?|storage|"
                  r"distribution (?:centres?|centers?))|"
                  # "the Israeli military has destroyed multi-storey residential buildings
                  # across Gaza City", "the army destroyed the al-Soussi Tower": buildings the
                  # army brought down (told with a strike's words, the strike: see triggers)
                  r"(?:army|military|forces|troops|soldiers|idf|occupation) (?:has |have |had )?"
                  r"(?:also |since |systematically |deliberately )?destroy(?:ed|ing) "
                  # (not "destroyed weapons found in homes", "destroyed tunnels beneath
                  # homes": what was in or under the buildings)
                  r"(?:(?!(?:in|inside|beneath|under|underneath|below|near|at|on|from|within|"
                  r"found|hidden|stored|placed|planted|located)\b)[\w'’-]+ ){0,3}?"
                  r"(?:towers?|high-rises?|buildings|homes|houses|residential blocks)\b", 0.7),
    (MASS_GRAVE, r"mass graves? (?:\w+ ){0,6}(?:discovered|found|uncovered|unearthed|exhumed)|"
                 r"(?:discover|find|found|uncover|unearth)\w* (?:\w+ ){0,3}mass graves?", 0.85),
    (CROSSING, r"(?:closures?|reopening) of (?:the )?(?:[\w'’-]+ ){0,5}crossings?|"
               # "the Rafah crossing ... was hit for a third time in 24 hours and closed": shut
               # by the strikes it took, the crossing hit told before (see triggers.py; not
               # "a house was hit and closed the road", "and closed Rafah Crossing": what
               # was closed, told after it)
               r"and (?:then |later )?closed(?=[,.;]| (?:for|to|on|after|since|in|until|"
               r"again|completely|indefinitely)\b)|"
               # "the entry of humanitarian aid was halted on 2 March": the crossings shut to aid
               # ("the entry of all humanitarian and commercial supplies into Gaza has been
               # halted")
               + _ENTRY_OF + r"(?:aid|supplies|assistance|goods|cargo)"
               r"(?: (?:in)?to (?:the )?gaza(?: strip)?)? (?:was|were|"
               r"has been|have been|had been|is) (?:halted|stopped|blocked|suspended|cut off)|"
               # "Israeli authorities have halted the entry of all lifesaving supplies",
               # "Israel blocks the entry of all humanitarian aid" (not "preventing the entry
               # of aid", what closed crossings do, nor "calls on ... to ban the entry of
               # refugees")
               r"(?:halt(?:s|ed|ing)?|block(?:s|ed)?|stop(?:s|ped)|cut(?:s|ting)? off) "
               r"(?:the )?" + _ENTRY_OF + r"(?:aid|supplies|assistance|goods|cargo|food)\b"
               + _INTO_THE_STRIP + "|"
               # "the Israeli authorities allowed the UN to temporarily resume delivery of
               # limited aid into Gaza": aid let in again
               r"allow(?:s|ed)? (?:[\w-]+ ){1,4}?to (?:\w+ly )?resume (?:the )?"
               r"(?:deliver(?:y|ies)|entry) of (?:[\w-]+ ){0,3}?(?:aid|supplies|assistance)\b"
               + _INTO_THE_STRIP + "|"
               # "Israel authorizes the temporary use of its Kerem Shalom border crossing"
               r"authori[sz](?:es|ed|ing|e) (?:the )?(?:temporary |limited )?(?:use|opening|"
               r"reopening) of (?:the |its )?(?:[\w'’-]+ ){0,4}crossings?|"
               # "Israel has opened a humanitarian corridor along the main road"
               r"(?:re-?)?opened (?:a |the )?(?:humanitarian )?[\"“]?corridor|"
               # "opened an additional route southwards along Salah al-Din Road", "opened Salah
               # ad-Din Road southwards for 48 hours": a road opened for people to pass, as a
               # corridor is (not "opened fire on the road")
               # (a route for people to take, told by where it leads or what it is for: not
               # "bulldozers opened a road through agricultural land", "crews opened a passage
               # through the rubble", "opened a new road along the Philadelphi corridor": a
               # road built or cleared)
               r"(?:re-?)?opened (?:an? |the )?(?:additional |second |new |alternative |"
               r"temporary |another )?(?:(?:route|road|passage)s? (?=(?:[\w'’-]+ ){0,1}?"
               r"(?:south|north)(?:wards?)? )|"
               r"(?:evacuation|safe|humanitarian) (?:route|passage)s? )"
               r"(?:[\w'’-]+ ){0,2}?(?:along|via|through)\b|"
               # (not "the municipality reopened al-Jalaa Street to traffic after removing
               # rubble": a street cleared for cars)
               r"(?:re-?)?opened (?:the )?(?!fire\b)(?:[\w'’-]+ ){1,3}(?:road|street|highway)s? "
               r"(?=(?:[\w'’-]+ ){0,1}?(?:southwards?|northwards?|for (?:\d+|twenty-four|"
               r"forty-eight|two|three) (?:hours|days)|for (?:movement|travel|passage)|"
               r"to (?:movement|travel)))|"
               # (not "the closed Rafah crossing is among the few...": what it is)
               r"(?<!the )(?<!a )(?<!its )(?<!their )(?<!newly )(?<!recently )"
               r"(?:re-?)?(?:opens|opened|reopens?|closes|closed|shuts|shut)"
               r" (?:the )?(?:(?!route |road |roads |street |way )[\w'’/-]+ ){0,5}"
               r"(?:border )?crossings?|"
               # ("the Erez crossing into Gaza on its northern border with Israel opened")
               r"crossings? (?:(?:between|with|from|into|on|along) (?:(?!remain|stay)[\w'’-]+ )"
               r"{1,3}){0,3}"
               # ("the Rafah crossing into Egypt has opened": told of the crossing itself)
               r"(?:was |were |"
               r"has been |have been |had been |has |have |had )?"
               # "the crossing had been completely closed"
               r"(?:(?:completely|fully|totally|entirely|partially|again|now) )?"
               r"(?:(?:re-?)?opened|closed|shut)"
               # (not "has been completely closed for months", "had been fully closed since
               # May": a state long in force, told as background)
               r"(?! for (?:(?:several|many|nearly|almost|over|more than|the past|the last) )?"
               r"(?:[\w-]+ )?(?:weeks|months|years)\b| since (?:(?:early|late|mid) )?"
               + _MONTHS + r"\b(?! \d)| since (?:19|20)\d\d\b)|"
               # a state, unless counted in days: "remain closed for the third consecutive day"
               # or from a day of the week just past: "The Kerem Shalom crossing has remained
               # shut since Sunday" (not "has remained closed since May 2024", "since 2 March":
               # a closure long before, told as background)
               r"crossings? (?:has |have |had )?remain(?:s|ed)? (?:closed|shut)(?= (?:[\w-]+ )"
               r"{0,3}for the (?:second|third|fourth|fifth) consecutive day| since (?:last )?"
               r"(?:yesterday|" + _WEEKDAY + r")\b)|"
               r"land routes? of (?:[\w'’-]+ ){1,4}(?:was |were |has been |have been |"
               r"had been )(?:(?:re-?)?opened|closed|shut)",
     0.8),
    # "The ceasefire and prisoner exchange deal with Hamas comes into effect" (not "NRC calls
    # on all parties to agree to an immediate ceasefire", "has yet to agree to a truce": an
    # agreement asked for, not reached; but "Hamas decided to agree to the proposal", "the
    # two sides went on to agree to a truce": one made)
    (AGREEMENT, r"(?:agreed|(?:(?<!\bto )|(?<=\bdecided to )|(?<=\bmanaged to )|"
                r"(?<=\bable to )|(?<=\bwent on to )|(?<=\bcame to )|(?<=\bchose to )|"
                r"(?<=\bvoted to )|(?<=\bmoved to ))agree|agrees) (?:to|on) (?:an? |the )?"
                r"(?:[\w-]+ ){0,3}"
                r"(?:ceasefire|truce|pause|deal)|"
                r"(?:ceasefire|truce|pause|deal|agreement)(?: [\w-]+){0,6} (?:was|were|has been|"
                r"had been) agreed|"
                r"(?:ceasefire|truce|pause|deal|agreement)(?: [\w-]+){0,8} "
                r"(?:comes?|came|went|goes|entered|enters|took|takes|taken) "
                r"(?:into )?(?:effect|force)|"
                # "The truce between Israel and Hamas formally began at 7am local time", "The
                # ceasefire is now in effect": a truce told taking hold (not "the ceasefire that
                # began on 19 January ended", "talks began on a truce", "since the truce
                # began": a deal named by its start, talks, or a time span; nor "the
                # ceasefire was in effect when the strike hit": the time of another event)
                r"(?:ceasefire|truce|pause|cease-fire)(?: (?!that\b|which\b|talks\b|"
                r"negotiations\b)[\w-]+){0,6} (?:(?:formally|officially|finally|now) )?"
                r"(?:began|begins|started|starts|took hold|takes hold)(?! to\b)|"
                r"(?:ceasefire|truce|pause|cease-fire)(?: (?!that\b|which\b)[\w-]+){0,6} "
                r"(?:is|was) now (?:officially |formally )?in (?:effect|force)|"
                # "The humanitarian pause that began at 07:00 on 24 November has largely
                # held": a truce's start told with its time, as it holds (not "has not held",
                # "has never held": a truce that fails; nor "had held until Friday, when
                # fighting resumed": one that ended)
                r"(?:ceasefire|truce|pause|cease-fire) (?:that|which) (?:began|started|"
                r"took effect|came into (?:effect|force)) (?:at|on) [^.;()]{0,40}?,? "
                r"(?:has|had) (?:(?!(?:not|never|barely|hardly|scarcely|only)\b)\w+ )?held"
                r"(?! (?:until|till|up to|for only|only)\b)",
     0.8),
    # ("24 hostages held in Gaza (13 Israelis, 10 Thai nationals and one Filipino) were
    # released": who they are told in brackets)
    (RELEASE, r"(?:hostages?|captives?|detainees|prisoners)(?: [\w-]+){0,3}(?: \([^()]{1,80}\))? "
              r"(?:were |was |have been |had been )?(?:released|freed|handed over|"
              r"transferred (?:out|from|to))|"
              # "four captives, Noa Argamani, Almog Meir Jan, Andrey Kozlov and Shlomo Ziv,
              # were rescued alive", "where hostage Farhan al-Qadi was rescued on Tuesday"
              # (not "hostages' families said 12 people were rescued from the rubble": the
              # rescued told by a clause of their own; nor "hostages could be rescued")
              # (nor "Amid hostage talks in Cairo, five people were rescued from under the
              # rubble", "Hostage families protested as a girl was rescued": the hostages a
              # word for other things, the rescued told in a clause after it)
              r"(?:hostages?|captives?)(?! (?:talks|deal|deals|negotiations?|famil(?:y|ies)|"
              r"relatives|forum|videos?|crisis|file|agreement|exchange|swap|issue|square|"
              r"protests?|rall(?:y|ies)|situation)\b)"
              r"(?:,? (?!(?:said|says|told|who|that|which|whose|but|"
              r"while|when|from|could|would|should|might|must|can|will|may|to|as|after|"
              r"before|since|because|though|although|until|once|amid|amidst)\b)"
              r"[\w'’-]+){0,10}?,? (?:were|was|had been|has been|have been) (?:\w+ly )?"
              r"rescued\b|"
              # "Hamas handed over Yarden Bibas and Ofer Calderon in Khan Younis", "Hamas
              # handed three Israeli women to the Red Cross": the captors handing people over
              # at a place or to the Red Cross (not "Hamas handed over its response to the
              # proposal in Cairo", "handed a list of names to the mediators", "handed
              # control to the Palestinian Authority": papers or power, no captives)
              r"(?:hamas|islamic jihad|(?:al-)?qassam(?: brigades)?|captors|militants|gunmen) "
              # (nor "Hamas handed out aid parcels in Gaza City", "Gunmen handed leaflets to
              # residents in Rafah": things given out, no one set free)
              r"(?:(?:has|have|had|then|also|later|finally) )?(?:handed|hands|hand)(?: over)? "
              r"(?!(?:out|in|back)\b)"
              r"(?!(?:[\w'’-]+ ){0,3}?(?:leaflets?|flyers?|pamphlets?|parcels?|aid|food|"
              r"money|cash|salaries|sweets|gifts?|counter-?proposals?|drafts?|plans?|"
              r"replies)\b)"
              r"(?!(?:[\w'’-]+ ){0,3}?(?:response|reply|answer|lists?|names|proposals?|"
              r"statements?|letters?|documents?|papers|weapons|arms|control|power|authority|"
              r"administration|governance|keys|maps?|demands|conditions|position|amendments|"
              r"comments|remarks|message|videos?|footage|evidence|information|details|"
              r"mediators)\b)(?:[\w'’-]+,? ){1,8}?(?:to (?:the )?(?:international committee "
              r"of the )?(?:red cross|icrc)|in|at)\b|"
              r"release operations?|(?:releases?|released|frees?|freed) "
              # "Hamas releases four Thai migrant workers and 12 Israeli hostages" (not
              # "releases a video of the hostages")
              r"(?!(?:[\w-]+ ){0,8}?(?:video|statement|footage|photos?|images?|reports?|list|"
              r"names|details|message)\b)(?:[\w-]+ ){0,8}(?:hostages|captives|"
              r"detainees|prisoners)|"
              # "Hamas freed two elderly Israeli women", "released an American mother and
              # her daughter": captives named by who they are (not "released the names of
              # Israeli soldiers", "released a statement saying Israeli soldiers had been
              # killed": what was made public of them)
              r"(?:released|freed) (?:(?:two|three|four|five|six|\d+|an?|the) )"
              r"(?!(?:[\w-]+ ){0,1}?(?:videos?|statements?|footage|photos?|photographs?|images?|"
              r"pictures?|reports?|lists?|names|details|messages?|identities|recordings?|clips?|"
              r"figures|data|information|saying|showing|of)\b)(?:[\w-]+ ){0,2}"
              r"(?:israeli|american|thai|foreign|dual[- ]national) (?:[\w-]+ )?(?:women|woman|"
              r"men|man|mothers?|grandmothers?|children|girls?|boys?|civilians|nationals|"
              r"citizens|soldiers?|teenagers?)\b|"
              # "the ICRC facilitated the release of six living Israeli hostages"
              r"release of (?:[\w-]+ ){0,4}(?:hostages|captives|detainees|prisoners)|"
              # "On 12 May, the release of hostage Edan Alexander", "Hamas freed soldier-
              # hostage Edan Alexander", "released Israeli-American hostage Keith Siegel": one
              # captive, by the title before the name (not "the release of the hostage deal",
              # "released hostage videos", "freed hostages' families": no name after)
              r"(?<!\ba )(?<!\ban )(?<!\bone )(?:release of|releases?|frees?|"
              # ("released", "freed" a verb only after a word that may be its subject: not
              # "Freed hostage Noa Argamani spoke at the UN", "the mother of freed hostage
              # Mia Schem said", "met released hostage Eli Sharabi": a title of one freed
              # before)
              r"(?<=[\w'’] )(?<!\bthe )(?<!\bof )(?<!\band )(?<!\bwith )(?<!\bfor )(?<!\bto )"
              r"(?<!\bby )(?<!\bfrom )(?<!\bthat )(?<!\bas )(?<!\blike )(?<!\bincluding )"
              r"(?<!\bamong )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bother )(?<!\bfellow )"
              r"(?<!\bnewly )(?<!\brecently )(?<!\bformer )(?<!\bsaid )(?<!\bsays )"
              r"(?<!\btold )(?<!\bmet )(?<!\bmeets )(?<!\bvisited )(?<!\bwelcomed )"
              r"(?<!\bgreeted )(?<!\bhugged )(?<!\binterviewed )(?<!\bthanked )"
              r"(?:released|freed)) (?:the )?(?:(?:israeli|american|"
              r"[\w]+-(?:israeli|american)|soldier|female|male|dual[- ]national|elderly|"
              r"young|former|us|u\.s\.) )*(?:soldier-)?(?:hostage|captive) "
              r"(?!(?:deal|deals|talks|negotiations|agreement|videos?|footage|families|family|"
              r"relatives|list|exchange|swap|release|crisis|issue|file|forum|bodies|body|"
              # ("the release of hostage remains continued": the dead's)
              r"remains|"
              # (nor "the mother of a freed hostage said": a verb, no name, after)
              r"said|says|told|tells|who|whose|was|is|were|had|has|and|or|in|at|on|from|to|"
              r"of|the|his|her|their|held|being|released|freed)\b)"
              r"[a-z][\w'’-]+ [a-z][\w'’-]+|"
              # "Hamas returns the body of Israeli American Itay Chen", "hands the remains of
              # three more dead hostages over", "returns one more hostage's body", "the
              # release of four bodies"
              # (not "Israel returned the bodies of 45 Palestinians", "delayed the release of
              # 15 Palestinian bodies": the dead Israel held are no hostages)
              # (and "Hamas handed over, through the Red Cross, the remains of Lt. Hadar
              # Goldin": the go-between told first, set off by commas)
              r"(?:returns?|returned|hands? over|handed over|releases?|released|transferr(?:ed|s)?)"
              # (not "After residents returned, the bodies of 40 people were found", "The
              # wounded were transferred, the bodies of the dead left in the street": the
              # verb's clause closed by the comma)
              r"(?:,(?= (?:through|via|with|by|under|in|on|at|to|after)\b[^,.;]{1,40},))?"
              r"(?: (?!palestinian|of (?!the red cross))[\w'’()-]+,?){0,12}? (?:the )?"
              r"(?:bod(?:y|ies)|remains|coffins?) "
              r"of (?!(?:[\w-]+ ){0,3}?palestinian)|"
              r"(?:returns?|returned|hands|handed|releases?|released) (?:over )?"
              r"(?:the |a |an )?(?:[\w-]+ ){0,2}(?:hostages?['’]s? |captives?['’]s? )"
              r"(?:bod(?:y|ies)|remains)\b|"
              r"(?:bod(?:y|ies)|remains|coffins?) of (?:[\w-]+ ){0,4}(?:hostages?|captives?) "
              r"(?:were |was |have been |had been )(?:returned|handed over|released|transferred|"
              r"repatriated)|"
              r"(?:hands|handed|hand) (?:the )?remains of (?:[\w-]+ ){0,4}(?:hostages|captives) "
              r"over|"
              # "On Monday, it returned remains that Israel said belonged to a hostage": the
              # dead captive told by a clause after the remains (not "returned bodies that
              # belonged to Palestinians held in Israel")
              r"(?:returns?|returned|hands? over|handed over|releases?|released) (?:the |a |an )?"
              r"(?:bod(?:y|ies)|remains|coffins?) (?:that|which) (?:(?!palestinian)[\w'’,-]+ )"
              r"{0,6}?belong(?:ed|s)? to (?:(?:a|an|the|one|another|two|three|four|\d+|"
              r"israeli|dead|deceased|slain) ){0,3}(?:hostages?|captives?|abductees?)\b|"
              r"(?<!response to the )(?<!response to the limited )"
              r"release of (?!(?:[\w-]+ ){0,3}?palestinian)(?:[\w-]+ ){0,3}bodies|"
              # "its forces rescued an IDF private who was taken hostage by Hamas", "is freed
              # from captivity in Gaza": a captive set free (not "to rescue hostages": an aim;
              # nor "rescued a man from the rubble": no captive; nor "one of the rescued
              # hostages was Noa Argamani": the rescued told of, not rescued)
              r"(?<!the )(?<!these )(?<!those )(?<!four )(?<!three )(?<!two )(?<!all )"
              r"(?<!five )(?<!six )(?<!seven )(?<!eight )(?<!nine )(?<!ten )(?<![0-9] )"
              r"(?<!both )(?<!newly )"
              r"(?:rescued|rescues) (?:[\w'’()-]+,? ){0,12}?(?:hostages?|captives?|"
              r"(?:taken|held) (?:as )?(?:hostage|captive))\b|"
              r"(?:freed|released|rescued) from (?:[\w-]+ )?captivity|"
              # "The three hostages ... have been handed to the Red Cross in Saraya square",
              # "are handed over to the Red Cross on a stage in Nuseirat": captives handed to
              # the go-between (not "Israel handed over to the Red Cross the bodies of 15
              # Palestinians": the dead Israel held)
              r"(?:handed|hands|hand|handing) (?:over )?to (?:the )?(?:international committee "
              r"of the )?(?:red cross|icrc)\b(?! (?:[\w'’-]+ ){0,5}?palestinian)|"
              # "Hamas transfers the three women to the International Committee of the Red
              # Cross", "handed the two hostages over to the Red Cross": captives named
              # before the go-between (not "transferred the wounded to the Red Cross",
              # "handed the bodies of 15 Palestinians to the ICRC", "handed a letter to the
              # Red Cross": the hurt, the dead Israel held, or a thing)
              # (nor "Doctors at Al-Shifa transferred the children to the ICRC for evacuation
              # to the south", "the premature babies": the sick moved by the go-between)
              r"(?<!\bto be )(?:handed|hands|handing|transfers|transferred|transferring) "
              r"(?!(?:[\w'’-]+ ){0,6}?(?:palestinians?|wounded|injured|sick|patients?|aid|"
              r"supplies|medicines?|fuel|letters?|lists?|names|documents?|messages?|requests?|"
              r"equipment|goods|food|trucks?|convoys?|files?|reports?|orphan\w*|babies|"
              r"infants|newborns|premature|evacuees)\b)"
              r"(?:the |a |an |(?:two|three|four|five|six|seven|eight|nine|ten|\d+) )?"
              r"(?:[\w'’-]+ ){0,4}?(?:hostages?|captives?|abductees?|women|woman|men|man|"
              r"soldiers?|children|girls?|boys?|civilians|israelis|detainees|prisoners)"
              r"(?: over)? to (?:the )?(?:international committee of the )?"
              r"(?:red cross|icrc)\b(?! (?:for|to be taken for) (?:medical )?(?:evacuation|"
              r"treatment|care)\b)|"
              # "four female soldiers ... were paraded on a stage in Palestine Square before
              # being handed over": the handover ceremony of captives
              r"(?:were|was|are|is) paraded (?:[\w'’,-]+ ){0,10}?(?:before|then|and then) "
              r"(?:being )?(?:handed over|released|freed)\b|"
              # "Tal Shoham and Avera Mengistu are released in Rafah", "two hostages were freed
              # in Khan Younis": people set free at a place (not "a video was released in
              # March", "the report released on Monday", "funds were released in stages")
              r"(?<!video )(?<!videos )(?<!report )(?<!statement )(?<!footage )(?<!images )"
              r"(?<!figures )(?<!data )(?<!funds )(?<!findings )(?<!results )(?<!list )"
              r"(?:is|are|was|were|has been|have been|had been) (?:(?:finally|also|then|later) )?"
              r"(?:released|freed|set free) (?:in|at) (?!(?:" + _MONTHS + r"|\d|early|late|mid|"
              r"the (?:first|second|third|last|past|same|end|start|middle|wake|coming|next|"
              r"early|late)|stages|phases|batches|groups|exchange|return|response|"
              r"accordance|line|a |an |full|part|order|time)\b)|"
              # "the body handed over by Hamas late Friday is that of Shiri Bibas": a dead
              # captive given back (not "the bodies of Palestinians returned by Israel")
              r"(?:bod(?:y|ies)|remains|coffins?) (?:(?:that |which )?(?:was |were |had been )?)?"
              r"(?:handed over|returned|released|transferred) by (?:the )?(?:hamas|islamic jihad|"
              r"militants|(?:palestinian )?(?:armed )?groups?|(?:al-)?qassam|"
              r"(?:[\w-]+ )?brigades|movement|captors)\b|"
              # "the IDF said it had recovered the bodies of hostages Hanan Yablonka and
              # Michel Nisenbaum in Jabalia": dead captives brought back by the army (not
              # "recovered the bodies of 12 Palestinians from the rubble": no captives)
              r"(?:recover(?:ed|s|ing)?|retriev(?:ed|es|ing)?) (?:the )?(?:bod(?:y|ies)|remains) "
              r"of (?:(?:two|three|four|five|six|seven|\d+|an?|the|more|israeli|dead|"
              r"slain|deceased|american|thai|foreign) ){0,3}"
              r"(?:hostages?|captives?|abductees?)\b", 0.8),
    # "Over 560,000 people have returned to northern Gaza", "displaced people returning to
    # Jabalya"
    # (not "families who had returned to their homes only weeks ago are fleeing again":
    # who they are, an earlier return told in passing)
    (RETURN, r"(?:people|families|palestinians|residents|idps|displaced)"
             r"(?: (?!(?:who|that|which) had\b)[\w,-]+){0,3} "
             r"(?:have |had |has |are |were )?(?:returned|returning|"
             r"(?<!to )(?<!not )(?<!cannot )(?<!never )(?<!their )returns?) to|"
             r"movements? of people (?:[\w,]+ ){0,8}(?:to|towards) (?:the )?north(?:ern)?|"
             # "Palestinians trudged back into the ruins of Khan Yunis", "the displaced pour
             # back across the corridor" (not "troops moved back into the camp": people only)
             # (nor "displaced people went back to the market", "headed back to the
             # distribution site": an errand, not a return home)
             r"(?:people|families|residents|palestinians|idps|civilians|households|gazans|"
             + _MANY + r"|displaced)(?: [\w,-]+){0,4} (?:have |had |has |are |were )?"
             r"(?:streamed|streaming|poured|pouring|pour|trudged|trudging|flocked|flocking|"
             r"walked|walking|went|headed|heading|made their way|trekked|trekking) back "
             r"(?:to|into|across|north|home)\b(?! (?:the |their |a |an )?(?:[\w'’-]+ )?"
             r"(?:markets?|work|jobs?|school|class(?:es)?|distribution|aid|queues?|lines?|"
             r"baker(?:y|ies)|sea|beach|mosques?|tents?|shelters?|hospitals?|crossings?|"
             r"checkpoints?)\b)" + _TO_GATHER + r"|"
             # "On Tuesday, vehicles began moving north along Salah al-Din Road" (not
             # "Israeli tanks began moving north", "military vehicles": troops)
             r"(?:people|families|residents|palestinians|idps|civilians|gazans|" + _MANY +
             r"|displaced|(?<!military )(?<!army )(?<!armoured )(?<!armored )"
             r"(?<!israeli )(?:cars|vehicles))(?: [\w,-]+){0,3} (?:resumed|began|started) "
             r"(?:moving|walking|heading|driving|travell?ing|returning) (?:back )?"
             r"north(?:ward)?s?\b|"
             # "hundreds of thousands of displaced people walked north along al-Rashid Road":
             # the displaced going north, back to where they fled from
             # (an "-ing" told with its "are" or "were": not "Israeli troops stopped displaced
             # people heading north at the Netzarim checkpoint", no one went back)
             r"displaced(?: [\w,-]+){0,3} (?:have |had |are |were )?(?:walked|headed|"
             r"streamed|moved|trekked|poured|(?<=are |ere |was | is |een )(?:walking|heading|"
             r"streaming|moving|trekking|pouring)) north(?:wards?)?\b|"
             # "tens of thousands of Palestinians walking north along al-Rashid Road on
             # Monday": crowds told on the road back north (not "troops stopped people walking
             # north along the road", "fired at families heading north on Salah al-Din Road":
             # a return kept from them, or what was shot at)
             r"(?<!stopped )(?<!blocked )(?<!prevented )(?<!turned back )(?<!at )(?<!on )"
             r"(?<!carrying )(?<!carried )(?<!transporting )(?<!with )"
             r"(?:people|families|residents|palestinians|gazans|" + _MANY +
             r")(?: [\w,-]+){0,3} (?:were |are |was |have been )?(?:seen )?(?:walked|walking|"
             r"streamed|streaming|trekked|trekking|poured|pouring|headed|heading|moved|moving|"
             r"travell?ed|travell?ing) north(?:wards?)? (?:along|on|via|up) (?:the )?"
             r"(?:[\w'’-]+ ){0,3}?(?:road|street|highway|coast(?:al road)?)\b|"
             # "thousands of people resumed movement north"
             r"(?:resumed|began|started) (?:their |the )?(?:movement|return|journey)s? "
             r"(?:back )?(?:to (?:the )?)?north(?:ern|wards?)?\b|"
             # "the return of hundreds of thousands of displaced residents to Gaza City since
             # Monday", "The return of displaced people to the north began on Monday": a
             # return told as under way (not "called for the return of the displaced to
             # the north", "Israel blocked the return of displaced people to Gaza City": a
             # return sought or kept from them, with no start of its own)
             + _NOT_SOUGHT +
             r"\breturn of (?:(?:[\w,-]+ ){0,5}?(?:the )?)(?:displaced|idps)"
             r"(?: (?:people|persons|residents|families|palestinians|gazans|civilians))? "
             r"(?:back )?to " + _RETURN_TO + r"(?=since (?:" + _WEEKDAY + r"|\d{1,2} [a-z]+|" +
             _MONTHS + r" \d)|(?:has |have |had )?"
             r"(?:began|begun|started|resumed|got under ?way|continued)\b)",
     0.75),
    (PROTEST, r"protests?|protested|protesting|protesters|demonstrations?|demonstrators|"
              r"demonstrated|marched|rall(?:y|ies|ied)", 0.7),
)

# How often an event of each sub-type proves to be one an annotator coded, relative to air
# strikes (measured on the dev split of the gold set: `geoevents evaluate`). It scales an
# event's confidence only; what counts as an event does not depend on it.
SUBTYPE_RELIABILITY: dict[str, float] = {
    AIR[1]: 1.0, BATTLE[1]: 0.95, ATTACK[1]: 0.95, SIEGE[1]: 1.0, TERRITORY[1]: 1.0,
    EVACUATION[1]: 0.85, CROSSING[1]: 0.9, RELEASE[1]: 0.9, AGREEMENT[1]: 0.9, RETURN[1]: 0.9,
    IED[1]: 0.9, ABDUCTION[1]: 0.9, DESTRUCTION[1]: 0.8, DISPLACEMENT[1]: 0.7, AID[1]: 0.65,
    SHELL[1]: 0.65, ARRESTS[1]: 0.45, MASS_GRAVE[1]: 0.4, PROTEST[1]: 0.3,
}


# The dead told as aid seekers: "citizens waiting for aid", "on the approaches to
# distribution points", "victims of the aid lines"
# ("killed ... while waiting for trucks", "as crowds gathered around an aid convoy": people
# at the aid that came, not "an aid convoy waited at the crossing", no crowd)
AID_SOUGHT = re.compile(r"\b(?:(?:seeking|wait(?:ing|ed)\s+for|collecting|"
                        r"queu(?:e)?(?:ing|d)\s+for)\s+"
                        r"(?:humanitarian\s+|food\s+)?(?:aid|food)|aid[\s-]+seekers?|"
                        r"wait(?:ing|ed)\s+for\s+(?:the\s+)?(?:aid\s+|food\s+|flour\s+|"
                        r"humanitarian\s+|"
                        r"relief\s+|un\s+)?(?:trucks|lorries|convoys?|deliveries|distributions?)|"
                        # (and "killed as they crowded around aid trucks": the dead themselves)
                        r"(?:crowds?|people|thousands|hundreds|they)\s+(?:had\s+|have\s+|were\s+)?"
                        r"(?:gathered|gathering|crowded|crowding|massed|massing|surged|surging)\s+"
                        r"(?:around|near|at|by|toward|towards)\s+(?:an?\s+|the\s+)?"
                        r"(?:[\w-]+\s+)?(?:aid|food|flour|humanitarian|relief)\s+"
                        r"(?:convoys?|trucks?|lorries)|"
                        r"aid\s+(?:lines?|queues?)|(?:(?:aid|food)\s+(?:distribution\s+)?|"
                        r"distribution\s+)(?:sites?|points?|centres?|centers?|hubs?))\b", re.I)
