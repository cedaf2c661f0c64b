"""Battles: clashes, ground operations and the fighters' fire at the army up close.

A battle is told by the fighting itself ("clashes", "gun battles"), by the army's
push on the ground ("ground operations", "tanks rolled into"; weak cues), by the
weapons fighters fire at close range ("an anti-tank missile"), or by fighters "killed
or captured".
"""

from __future__ import annotations

from geoevents.trigger_table.event_types import BATTLE, Row
from geoevents.trigger_table.words import AID_CONVOY, AS_TARGET, TROOPS_SHOT_AT

# rows 4-7 of the table
CLASHES_AND_OPERATIONS: tuple[Row, ...] = (
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
             + AS_TARGET + ")", 0.85),
    # ("after months of fighting there": the time the war took, not a battle told)
    (BATTLE, r"clash(?:es|ed|ing)?|(?<!months of )(?<!years of )fighting|fought|firefights?|"
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
             # (the noun naming a fight, not a modifier of a unit's gear, staff or seat: not
             # "headed the combat support headquarters", "combat helicopters", "combat
             # zones"; a soldier "of the combat engineering battalion" killed still tells
             # his death in battle)
             r"combat(?! zones?| areas?| effectiveness| capabilit| readiness| units?| troops|"
             r" engineers?| brigades?| soldiers| vehicles?| dogs?| experience| support|"
             r" headquarters| command\b| helicopters?| aircraft| jets?| drones?| gear|"
             r" equipment| training| uniforms?| boots| conditions)|"
             # ("battled" with an armed opponent or a place, not "battled a blaze", "battling
             # hunger", "battled for hours to pull survivors")
             # (not "a Merkava battle tank": a vehicle)
             # (an ambush of aid is an attack on civilians: "ambushed a UN aid convoy", "an
             # aid convoy was ambushed": see the attacks row)
             r"confrontations?|battles?(?! tanks?\b)|ambush(?:ed|es)?(?! " + AID_CONVOY + ")|"
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
             + TROOPS_SHOT_AT + r"|"
             # a headline's present tense: "Israeli troops storm the Kamal Adwan Hospital"
             r"storms? (?:the|an?|into)|sent (?:in )?(?:tanks|troops|ground forces)|"
             # "The Israeli military advances into northern and southern Gaza", "troops had
             # reached the center of Khan Yunis"
             r"entered (?:the )?(?:edges?|outskirts|centre|center|heart|(?:east|west|north|"
             r"south)(?:ern)? (?:parts?|areas?|neighbou?rhoods?)) of|"
             # (not "250,000 people have been pushed into an ever-shrinking strip of sand":
             # people driven there, the passive)
             r"advanc(?:es|ed|ing) (?:further |deeper )?into|"
             # the army's own move told with a place, however broad: "Israeli tanks
             # advanced in northern Gaza", "troops pushed deeper into central Gaza" (not
             # "advanced toward the fence", "pushed for a truce": no ground told; nor
             # "advanced in several areas of the Gaza Strip", "pushed into Gaza": the war's
             # ground, no area of its own)
             # (and "ground troops had entered northern Gaza", "troops moved into new areas of
             # central Gaza": the same move into a part of the Strip, told by its way in; not
             # "troops entered Gaza", the war's invasion, nor "entered the hospital, issuing
             # an evacuation order", "the building exploded as troops entered it": a site
             # entered, a weak word, the act done there or the blast its event)
             r"(?:tanks?|troops|forces|soldiers|army|military|idf) (?:(?:have|had|has|also|"
             r"reportedly|further) )?(?:(?:advanc|push)(?:es|ed|ing) (?:further |deeper )?"
             r"(?:in|into|inside|across)|(?:(?:moved|rolled) (?:further |deeper )?into|entered)"
             r"(?= (?:(?:the |new |other )*(?:areas?|parts?) of )?"
             r"(?:(?:north|south|east|west)(?:ern)?|central)\b))\b"
             r"(?! (?:the )?(?:(?:several|various|different|many|"
             r"multiple|other|some|more) )?(?:areas?|parts?|places|regions?)\b)"
             r"(?! (?:the )?gaza(?: strip)?\b(?! city))|(?<!been )(?<!were )(?<!was )"
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
             r"deeper )?into|"
             # a rescue of captives is a raid, fought: "as cover for troops rescuing two
             # hostages elsewhere in the town", "Israeli forces rescued four hostages in
             # Nuseirat", "a hostage rescue operation in Nuseirat" (not "calls to free the
             # hostages", "they have rescued a hostage from a tunnel": no force told raiding;
             # nor "forces freed four hostages": a release, told by its outcome alone)
             # (the force alone is the word, so that the release it made is read too)
             r"(?:troops|forces|soldiers|commandos|army|military|idf)(?= (?:(?:have|had|has|"
             r"also|reportedly) )?rescu(?:ed|ing|es) (?:[\w'’-]+ ){0,3}?hostages?\b)|"
             r"hostage[- ]rescue (?:operations?|raids?|missions?)", 0.8),
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
             # "crowds were storming aid trucks", "gangs raiding aid convoys", "hundreds of
             # people had stormed a warehouse in Khan Younis": aid seized, no clash; but
             # "Israeli forces stormed a warehouse used by Hamas": troops told storming it)
             r"offensive|incursions?|raids?|raided|"
             r"(?:(?<=troops )|(?<=forces )|(?<=soldiers )|(?<=army )|(?<=idf )|"
             r"(?<=commandos )|(?<=units ))stormed|"
             r"(?:raiding|storming|stormed)(?! (?:[\w'’-]+ ){0,2}(?:aid|trucks?|convoys?|"
             r"warehouses?|depots?|stores?|storehouses?|distribution)\b)|"
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
             r"pushes|rolls|moves|enters|pushing|rolling|entering)"
             # (not "moved back into the Netzarim corridor": see the transfer of territory)
             r"(?! back into (?:the )?(?:[\w'’-]+ ){0,3}?(?:corridor|axis)\b)", 0.6),
)

# row 18 of the table
KILLED_OR_CAPTURED: tuple[Row, ...] = (
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
)
