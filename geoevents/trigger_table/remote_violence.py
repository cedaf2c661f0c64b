"""Explosions and remote violence: air strikes, shelling, and explosive devices.

Violence from afar is told by its weapons ("air strikes", "tank shells", "a landmine")
or by the sites it hit ("two schools there were hit", "targeted the entrance of the
hospital"). The fighters' own projectiles are shelling, not strikes, so the words that
tell their fire (``FIRED_BY_FIGHTERS``, ``ROCKETS_FIRED``) live here too.
"""

from __future__ import annotations

import re

from geoevents.trigger_table.event_types import AIR, IED, SHELL, Row
from geoevents.trigger_table.words import AS_TARGET, BY_COUNTED_BULLETS

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


# "rockets were fired", "a rocket had been launched": the fighters' fire told in the passive,
# by the place it left (the triggers package tells these rows' matches by them)
ROCKETS_FIRED = r"rockets? (?:were|was|had been|have been|has been) (?:fired|launched)"
# "five rockets were fired", "several rockets were launched"
_ROCKET_COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                  "several", "some", "more", "many")
# (not "struck by an aid truck", "hit by a car": run over, no strike)
_NOT_BY_A_VEHICLE = r"(?! by (?:an? |the )?(?:[\w-]+ )?(?:trucks?|lorr(?:y|ies)|cars?|vehicles?)\b)"

# (nor people targeted with no weapon named: "targeted civilians", "attacked fighters")
_NO_PEOPLE_TARGETED = (r"(?!(?:\w+ ){0,3}(?:people|civilians|residents|anyone|anybody|crowds?|"
                       r"citizens|journalists|fishermen|farmers|palestinians|men|youths?|"
                       r"children|protesters|demonstrators|paramedics|fighters|militants|"
                       r"gunmen)\b)")

# rows 0-3 of the table
STRIKES_SHELLING_AND_BLASTS: tuple[Row, ...] = (
    (AIR, r"air ?strikes?|air[- ]raids?|air attacks?|"
          # "Israeli forces are striking shelters hosting displaced people", "the army
          # continued striking Beit Lahia", "jets kept striking Deir al-Balah overnight": the
          # strikes told going on (not "is capable of striking", "threatened to keep
          # striking": no strike told; nor "has been striking Gaza for months": a span;
          # nor "striking a deal")
          r"(?:israel|forces|army|military|idf|jets|warplanes|aircraft|drones?) "
          r"(?:(?:is|are|was|were|continued|continues|kept|keeps|also|again|reportedly|"
          r"then|now) )+striking\b(?! (?:an? |the )?(?:deal|balance|agreement|contrast|"
          r"resemblance|blow|chord|pose|note)\b)|"
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
          # air and ground on the Khan Younis region" (a battle as well: see the triggers package)
          r"ground,? (?:and |as well as )air (?:attacks?|assaults?)|"
          r"(?:attacks?|assaults?) (?:both )?from (?:the )?air and (?:the )?ground|"
          r"launched (?:a |an )?(?:[\w-]+ ){0,2}"
          # ("an Israeli drone assault in the town of Bani Suhaila", "killed in a drone raid
          # on Jabalia": the same strike in another noun of its family)
          r"(?:attacks?|wave of strikes) (?:on|against)|drone (?:strikes?|attacks?|assaults?|"
          r"raids?)|"
          r"drones? (?:\w+ )?(?:targeted|struck|hit|attacked|bombed|fired on)|warplanes?|"
          # "Israeli jets flattened a residential block", "helicopters raided a house": what
          # aircraft brought down or raided, a strike (not troops' raid: see the clashes row)
          r"(?:jets|warplanes?|aircraft|planes|helicopters|drones?) (?:\w+ )?"
          r"(?:flattened|levell?ed|destroyed|raided)|"
          # "Israeli drones fired missiles at a car", "a helicopter fired two rockets at": a
          # missile from the air (not "tanks fired shells": see the shelling row)
          r"(?:drones?|helicopters?|aircraft|jets?|planes?|apaches?|quadcopters?) "
          r"(?:\w+ )?fir(?:ed|es|ing) (?:an? |two |three |four |several |\d+ )?"
          r"(?:[\w-]+ ){0,2}?(?:missiles?|rockets?|bombs?)|"
          # "Attack drones were firing at people trying to flee", "quadcopters fired at
          # residents": gunfire from the air at people, a drone strike as "quadcopters opened
          # fire on residents" is (the rows of people shot leave fire from drones to these)
          # (not "drones were firing on anyone moving": a danger that stands, told of a
          # place, no one attack; nor fire at troops)
          r"(?:drones?|helicopters?|quadcopters?|apaches?) (?:(?:are|were|is|was|have been|"
          r"had been|also|reportedly|then|again) ){0,2}(?:fired|firing|fires) "
          r"(?:indiscriminately |randomly |heavily |directly )?(?:on|at|upon|towards?)\b"
          r"(?! (?:an? |the )?(?:israeli )?(?:troops|soldiers|forces|tanks?|anyone|anybody|"
          r"whoever|everyone)\b)|"
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
            # ("Israeli tanks are firing heavily on the upper floors of Nasser hospital",
            # "tanks were firing at the building": the fire told going on)
            r"tanks? (?:(?:had|have|has|are|were|is|was|been|also|reportedly|then|later|"
            r"repeatedly|again|still) ){0,2}"
            r"(?:fired|fires|firing)(?! (?:back|warning|in the air|into the air)\b)"
            r"(?! (?:[\w-]+ )?(?:flares?|smoke|illumination|tear|gas|stun|machine[ -]?guns?|"
            r"bullets|live)\b)"
            r"(?! (?:[\w-]+ ){0,3}?(?:on|at|towards?|into|upon) (?:anyone|anybody|those|"
            r"whoever|us|them|him|her|me)\b)"
            r"(?! (?:[\w-]+ ){0,3}?(?:on|at|towards?|into|upon) (?:the |an? )?(?:groups? of )?"
            r"(?:[\w-]+ )?(?:crowds?|civilians|people|protesters|demonstrators|aid seekers|"
            r"palestinians|residents|worshippers|fighters|militants|gunmen|hamas|"
            r"cells?|squads?|famil(?:y|ies)|children|child|boys?|girls?|men|man|women|woman|"
            r"youths?|fishermen|farmers|shepherds|journalists?|(?:para)?medics?|displaced|"
            r"returnees|pedestrians|passers-by)\b)|"
            # "In Beit Lahiya, Israeli fire hit areas outside the yellow line": the army's fire,
            # no weapon named, at areas of a place (not "Israeli fire hit a car carrying two
            # men", "killed by Israeli fire": at people, see the rows of people shot; nor
            # "gunfire hit areas": bullets)
            r"(?:israeli|army|military|occupation|idf) fire (?:also |reportedly |again )?"
            r"(?:hit|struck|targeted|pounded) (?:the )?(?:[\w-]+ )?(?:areas?|parts?|"
            r"neighbou?rhoods?|districts?|outskirts|territory|lands?)\b|"
            # "Israeli tanks targeted Nuseirat and Bureij", "artillery and tanks bombarded the
            # eastern areas", "tanks and helicopters targeted territory northeast of Rafah":
            # a tank's guns at a place, with another arm beside them or not (not "tanks
            # targeted Hamas fighters", "targeted anyone approaching": a fight, or fire at
            # people; nor "tanks and bulldozers targeted": see the next word's row)
            r"tanks? (?:and (?:israeli )?(?:helicopters?|warplanes?|jets?|drones?|artillery|"
            r"gunboats?|aircraft) )?(?:(?:also|reportedly|then|later|repeatedly) )?"
            r"(?:targeted|bombarded)"
            r"(?! (?:[\w'’-]+ ){0,3}?(?:anyone|anybody|those|whoever|crowds?|civilians|people|"
            r"protesters|aid seekers|palestinians|residents|fighters|militants|gunmen|hamas|"
            r"cells?|squads?|famil(?:y|ies)|children|boys?|girls?|m[ae]n|wom[ae]n|youths?|"
            r"fishermen|farmers|journalists?|(?:para)?medics?|displaced|returnees|"
            r"pedestrians|operatives|members)\b)|"
            # (not "struck missile launch posts": a target)
            rf"missiles?(?! {AS_TARGET})|rockets? (?:fire|attacks?|barrages?|salvos?)|"
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
            # ("A volley of rockets was launched from Gaza", "a salvo of mortars hit the
            # troops": the same fire in another noun of its family)
            r"(?:barrages?|volleys?|salvos?) of (?:rockets|mortars|mortar shells|projectiles)|"
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
)

# rows 19-20 of the table
SITES_HIT: tuple[Row, ...] = (
    # "two schools there were hit": a building hit is a strike, whatever the sentence
    # says of who hit it
    (AIR, r"(?:schools?|houses?|homes?|buildings?|tents?|shelters?|hospitals?|mosques?|"
          r"churche?s?|clinics?|baker(?:y|ies)|warehouses?|vehicles?|cars?|ambulances?)"
          r"(?: [\w-]+){0,2} (?:was|were|has been|have been|had been) (?:\w+ )?"
          r"(?:hit|struck|targeted|bombed|shelled)(?! by (?:\w+ )?(?:gunfire|bullets|sniper))"
          r"(?! " + BY_COUNTED_BULLETS + r"\b)|"
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
          # no dead told before it: see the triggers package)
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
          r"ground assault)\b))) " + _NO_PEOPLE_TARGETED, 0.6),
)

# "The Israeli occupation air forces targeted several sites in the northern Gaza Strip",
# "its air force attacked a command centre", "the Israeli aircraft launched several raids on
# apartments": what planes hit, a strike however wide the area it names (the table's row
# after the flights told: the army's "targeted" above is a weak word, the air force's is not)
AIR_FORCE_STRUCK: tuple[Row, ...] = (
    (AIR, r"(?:israeli |occupation |idf |enemy |(?<=its )|(?<=the ))(?:occupation )?"
          r"(?:air ?forces?|aircraft) (?:also |then |later |reportedly )?"
          r"(?:targeted|attacked|launched (?:\w+ ){0,2}(?:air ?)?raids? (?:on|against)) "
          + _NO_PEOPLE_TARGETED, 0.85),
)

# "the Israeli Navy damaged one of its guesthouses in Rafah", "warships hit a house on the
# coast": what the navy's guns hit from the sea, shelling (not "gunboats opened fire at
# fishermen", "the navy targeted fishing boats": gunfire at people, see the attack rows)
NAVY_FIRE: tuple[Row, ...] = (
    (SHELL, r"(?:navy|warships?|gunboats?|naval (?:vessels?|ships?|boats?)) (?:\w+ )?"
            r"(?:hit|damaged|struck|targeted)(?! (?:[\w'’-]+ ){0,2}?(?:fishermen|fishing|"
            r"boats?)\b)", 0.6),
)
