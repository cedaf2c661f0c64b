"""Violence against civilians: people shot, fired on or attacked, and hostages taken.

Gunfire at people, at fishermen or at aid convoys is an attack on them, not a strike
or a battle; fire at the army's troops is not (``_AT_TROOPS``).
"""

from __future__ import annotations

from geoevents.trigger_table.event_types import ABDUCTION, ATTACK, Row
from geoevents.trigger_table.words import (
    AID_CONVOY,
    AID_CREW,
    AID_OF,
    BY_COUNTED_BULLETS,
    TROOPS_SHOT_AT,
    UNARMED,
)

_AT_TROOPS = (r"(?! (?:(?:attacks?|fire|shots?|operations?) )?(?:on|at|against|targeting) "
              + TROOPS_SHOT_AT + r")")
# "fired on", "opened fire at", "firing upon": what a convoy was fired on by
_FIRED_ON = r"(?:fir(?:e[ds]?|ing)|opened fire) (?:on|at|upon) "

# "executed" as a killing: people put to death, told in the passive ("three men were
# executed", "before being executed", "had been field executed by troops") or with people
# as its object ("executed civilians during raids", "executed a 17-year-old boy", "detained
# and executed them"); not a thing carried out ("executed a commander's orders to clear the
# area", "executed a coordinated attack", "executed orders to kill civilians", "executed
# strikes killing five people": no one put to death by the verb)
_EXECUTED_AFTER = r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<=\bbeing )|(?<=\bbe )|" \
    r"(?<=\bsummarily )|(?<=\bfield )|(?<=\bfield-)|(?<=\breportedly )|(?<=\ballegedly )|" \
    r"(?<=\bthen ))"
_PERSONS = (r"(?:people|persons?|m[ae]n|wom[ae]n|child(?:ren)?|kids?|boys?|girls?|bab(?:y|ies)|"
            r"infants?|teen(?:ager)?s?|youths?|civilians?|palestinians?|gazans?|residents?|"
            r"detainees?|prisoners?|captives?|hostages?|patients?|doctors?|nurses?|medics|"
            r"paramedics?|journalists?|members?|relatives?|famil(?:y|ies)|wounded|injured|"
            r"elderly|individuals?|suspects?|collaborators?|informants?|workers?|farmers?|"
            r"fisherm[ae]n|soldiers?|fighters?|militants?|gunmen|operatives?|commanders?|"
            r"leaders?|officers?|policem[ae]n|fathers?|mothers?|sons?|daughters?|brothers?|"
            r"sisters?|husbands?|wi(?:fe|ves)|neighbou?rs?|survivors?|displaced)")
# the people put to death after the verb: a pronoun, or a person's noun after at most three
# words before it that are no verb's, preposition's or possessor's ("a commander's orders")
_PERSON_OBJECT = (r"(?:him|her|them|everyone|those|whoever|"
                  r"(?:(?!(?:to|of|for|on|in|at|with|from|by|against|that|which|who|and|or)\b)"
                  r"(?![\w-]+ing\b)[\w-]+ ){0,3}?" + _PERSONS + r"(?!['’\w]))")
_PUT_TO_DEATH = (r"(?:" + _EXECUTED_AFTER + r"executed|executed (?=" + _PERSON_OBJECT
                 + r"|by\b|in cold blood|on the spot|at (?:close|point-blank) range))")

# A captive killed by those who hold them: an unarmed person put to death by the armed
# group holding them, violence against civilians as ACLED codes it, not a strike ("Hamas
# announced the killing of a hostage ... by Hamas militants while in captivity", "a hostage
# was shot dead by his guards in Rafah", "its fighters killed an Israeli captive"). A captive
# killed by a strike stays a strike ("a hostage was killed in captivity in an Israeli
# airstrike", "the killing of hostages by Israeli bombardment"): the weapon named after.
_HOLDERS = (r"(?:(?:his|her|their|its|the) (?:captors|guards|kidnappers|abductors)|"
            r"(?:hamas|islamic jihad|al-qassam|qassam|al-quds)(?: (?:brigades|armed wing))?"
            r"(?: (?:militants|fighters|gunmen|members|guards))?|"
            r"(?:palestinian )?(?:militants|gunmen|captors|kidnappers|abductors))")
_CAPTIVES = r"(?:hostages?|captives?|abductees?)"
_NO_STRIKE_AFTER = (r"(?![^.;]{0,80}?\b(?:air ?strikes?|strikes?|struck|bomb\w*|shell\w*|"
                    r"artillery|missiles?|raids?|rescue|israeli (?:fire|forces|troops|army|"
                    r"military)|(?:the )?idf|jets?|warplanes?|drones?)\b)")
_CAPTIVE_KILLED = (
    # "the killing of a hostage ... by Hamas militants", "the execution of six hostages
    # by their captors", "the murder of a captive while in captivity"
    r"(?:killing|murder|execution|shooting) of (?:[\w'’-]+ ){0,3}?" + _CAPTIVES
    + r"\b(?=[^.;]{0,80}?\b(?:by " + _HOLDERS + r"|(?:while )?in captivity)\b)"
    + _NO_STRIKE_AFTER + "|"
    # "a hostage was shot dead by his guards", "three captives were killed in captivity"
    + _CAPTIVES + r" (?:[\w'’-]+ ){0,4}?(?:was|were|had been|has been|have been) "
    r"(?:killed|shot(?: dead)?|executed|murdered) (?:by " + _HOLDERS + r"|in captivity)\b"
    + _NO_STRIKE_AFTER + "|"
    # "its fighters killed an Israeli captive", "the guards shot two hostages"
    r"(?:captors|guards|kidnappers|abductors|fighters|militants|gunmen) "
    r"(?:(?:had|have|has|then|reportedly) )?(?:killed|shot|executed|murdered) "
    r"(?:an? |the |two |three |\d+ |several )?(?:[\w'’-]+ )?" + _CAPTIVES + r"\b")

# rows 8-9 of the table
ATTACKS_AND_KIDNAPPINGS: tuple[Row, ...] = (
    (ATTACK, _CAPTIVE_KILLED + r"|open(?:s|ed|ing)? fire|"
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
             + _FIRED_ON + r"(?:an? |the |two |several )?" + UNARMED + AID_OF +
             r" (?:convoys?|trucks?)\b|"
             # "Armed men ambushed a UN aid convoy", "an aid convoy was ambushed", "gunmen
             # attacked aid trucks": men with no army's name setting upon aid and its crew,
             # an attack on civilians, no fight of two armed sides (not "ambushed an Israeli
             # military convoy": see the clashes row; nor "the Israeli military attacked a
             # humanitarian convoy": the army's attack, a strike, as the gold codes it)
             # "an aid convoy returning from northern Gaza was fired upon by the Israeli
             # military", "UN trucks were shot at near the crossing": fire on aid told in the
             # passive, whoever fired (not "an aid convoy was turned back at the crossing":
             # no fire; nor "aid workers fired on by troops" with no "was": see "fired on")
             r"(?<![\w-])" + AID_CREW + r" (?:[\w'’-]+ ){0,4}?(?:was|were|had been|has been|"
             r"have been) (?:\w+ly )?(?:fired (?:up)?on|fired at|shot at)\b|"
             r"ambush(?:ed|ing) " + AID_CONVOY + "|" + AID_CREW + r" (?:was|were|had been|"
             r"has been|have been) (?:\w+ly )?ambushed|"
             r"(?:gunm[ae]n|armed (?:men|gangs?|groups?)|masked (?:gun)?m[ae]n|assailants|"
             r"attackers) (?:\w+ ){0,2}?(?:attacked|assaulted) " + AID_CONVOY + "|"
             # "fired on a convoy of aid trucks"
             + _FIRED_ON + r"(?:an? |the )?convoys? "
             r"(?:of|carrying) (?:[\w'’-]+ )?(?:aid|humanitarian|relief|food|flour|medical)\b|"
             r"shot dead|shot and killed|(?:fatally|mortally) (?:shot|wounded)|gunned down|"
             + _PUT_TO_DEATH + "|"
             # (not "a sniper attack on an IDF soldier": fire at the army, a fight)
             r"sniper(?: fire)?" + _AT_TROOPS + r"|(?:struck|hit) by (?:\w+ )?(?:gunfire|bullets)|"
             # "struck by at least ten bullets", "by more than a dozen bullets"
             r"(?:struck|hit) " + BY_COUNTED_BULLETS + "|"
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
             # those caring for them driven out by force (a force named: see the triggers package)
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
)
