"""Who struck and from where: the sub-type an attack takes from its attacker and its weapon.

The trigger table types a word by itself ("struck" an air strike, "attacked" an attack on
civilians); the words around it may say otherwise: a rocket fighters fired ("a rocket fired
by militants struck a house": shelling), troops on the ground ("tanks and infantry struck
militant cells": a battle), aircraft that fired on people ("Quadcopters opened fire on
residents": from the air), fire at troops or into Israel. Some strikes are no attack at all:
a walkout ("a general strike"), an airdrop gone wrong, arms found, carried or bought.
"""

from __future__ import annotations

import re

from geoevents.trigger_table import fighters_fire

# "anti-aircraft", "hunger strike", "general strike", "counter-offensive", "internally
# displaced" (folded text). Checked within the sentence, as no pattern looks behind itself.
_EXCLUDED_BEFORE = ("anti", "anti ", "counter", "counter ", "internally ", "internal ")
# ... and "a nationwide strike", "a commercial strike": a walkout (a "general siege" is one)
_NOT_A_STRIKE_BEFORE = ("hunger ", "general ", "labor ", "labour ", "nationwide ",
                        "commercial ")
# A walkout called: "the labor federation called a strike for Monday", "unions declared a
# strike" (not "called in a strike on the house", "called a strike that hit a house": one
# aimed at a target)
_WALKOUT = re.compile(r"\b(?:call(?:s|ed|ing)?(?:\s+for)?|declar\w+)"
                      r"\s+(?:an?\s+|the\s+)?(?:(?:general|open-ended|nationwide|one-day|"
                      r"labou?r|national)\s+)?$")
# ... or "on strike" ("doctors went on strike on Monday", "workers are on strike")
_ON_STRIKE = re.compile(r"\b(?:went|go(?:es|ing)?|are|were|is|was|remain(?:s|ed)?|been|staying|"
                        r"stayed)\s+on\s+$")
_AIMED_AT = re.compile(r"\s+(?:on|against|at|targeting|that|which|hit|hitting|killed|"
                       r"killing)\b")

_GROUND_ASSAULT = re.compile(r"\bground (?:and air )?(?:attacks?|assaults?)\b|"
                             r"\b(?:attacks?|assaults?) (?:\w+ ){1,5}ground\b")

# "as it pounded the camp from the air", "Israel began pounding Gaza": who pounds is an
# armed force, or the air is where from (tanks, artillery and ships shell)
_POUNDED_BY = re.compile(r"\b(?:israel|israeli|it|they|army|military|idf|forces|troops|"
                         r"warplanes?|jets?|aircraft|planes|drones?)(?:\s+[\w'’-]+){0,2}\s+$")
# Raids by troops on the ground: "ground raids", "commandos carried out raids", "troops
# conducted raids in Jabalia", "Israeli forces carried out raids", "house raids" (in the
# same clause), "the Givati Brigade carried out raids", "its units carried out raids",
# "dozens of men were detained in raids on schools"
_GROUND_RAIDS = re.compile(r"\b(?:ground|commandos?|forces|troops|soldiers|infantry|"
                           r"tanks?|bulldozers?|paratroopers|house|home|door-to-door|search|"
                           r"arrest\w*|detain\w*|targeted|incursions?|storm\w*|brigades?|"
                           r"divisions?|battalions?|units?|reservists)\b[^,;.]*$")
# Protesters who confronted troops: "Hundreds of Palestinians protesting near the fence
# confronted Israeli troops" (a protest, not a battle)
_PROTESTERS = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied|ying)|marchers|"
                         r"mourners)\b[^.;]*$")
# ... and what they were for: "troops conducted raids to strike militant cells"
# (the purpose told right after the raids: not "troops expanded their ground operations
# in Rafah while the military continued to strike targets", another's strikes)
_RAIDED_TO = re.compile(r"\b(?:ground|commandos?|special\s+forces|troops|soldiers|infantry|"
                        r"paratroopers)\b[^,;.]*\b(?:raids?|raided|operations?|incursions?)\b"
                        r"['’\"”]?(?:\s+(?!(?:while|and|as|but|when|continued|continues|"
                        r"continuing|began|begun|went\s+on)\b)[\w'’-]+){0,4}?\s+to\s+$")
_AIRCRAFT = re.compile(r"\b(?:jets?|warplanes?|aircraft|drones?|helicopters?|planes?|aerial|"
                       r"air\s*(?:force|strikes?))\b")
# ... or into a place: "targeted raids into Rafah"
_RAIDS_INTO = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:into|inside)\b")
# What falls from an airdrop: "an aid box struck a tent", "hit by a pallet"
# (not "aid boxes were struck by a drone", "a truck carrying parcels was hit": what was hit)
_AIRDROP_OBJECT = re.compile(r"\b(?:crates?|pallets?|parcels?|packages?|box(?:es)?|airdrops?)\s+"
                             r"(?:(?!(?:was|were|is|are|be|been|being)\b)\w+\s+|"
                             # "an aid box dropped from a plane hit a tent" (not "an
                             # explosive package dropped from an Israeli drone": a strike)
                             r"(?:dropped|released|falling|fell)\s+from\s+(?:an?\s+|the\s+)?"
                             r"(?:(?!(?:drones?|quadcopters?)\b)[\w-]+\s+){1,2})?$")
_HIT_WORD = re.compile(r"\b(?:struck|hit|strik\w*|crush\w*)\b")
_BY_AIRDROP_OBJECT = re.compile(r"\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:crates?|"
                                r"pallets?|parcels?|packages?|box(?:es)?)\b")
_POUNDED_BY_GUNS = re.compile(r"\b(?:tanks?|artillery|guns|gunboats?|warships?|navy|naval "
                              r"(?:vessels|ships|forces)|howitzers?)(?:\s+[\w'’-]+){0,2}\s+$")
_FROM_THE_AIR = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+from\s+the\s+air\b")
# "Hamas fighters struck an Israeli tank", "Palestinian militants struck Israeli troops":
# fighters on the ground have no aircraft (not "rockets fired by militants struck a house")
_FIGHTERS_STRUCK = re.compile(r"(?<!\bby )\b(?:fighters|militants|gunmen|combatants)"
                              r"\s+(?:also\s+|reportedly\s+)?$")
# ... and so are the army's foot soldiers: "tanks and infantry struck militant cells", "ground
# forces struck dozens of targets" (not "jets struck ... as troops advanced", "aircraft
# backing the troops struck": an aircraft in the clause; nor "troops called in a strike, which
# struck": another clause)
# (but "the troops also struck 30 targets, the army said": the army's word for all its arms)
_GROUND_STRUCK = re.compile(r"\b(?:infantry|ground\s+(?:forces|troops|units)|paratroopers|"
                            r"commandos)\s+(?:also\s+|reportedly\s+|have\s+|had\s+)?$")
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:which|that|who)\b")
# ... what they struck is an armed foe: "struck militant positions", "struck a cell of
# gunmen" (not "struck the school", "struck a weapons depot", "struck dozens of targets": a
# site hit, no side that fought back told)
_STRUCK_FOES = re.compile(r"struck\s+(?:[\w'’-]+\s+){0,4}?(?:militants?|fighters?|gunmen|"
                          r"combatants?|terrorists?|operatives?|cells?|squads?|positions?|"
                          r"posts?|hamas|qassam|jihad)\b")
# ... with no aircraft told after it in its clause: "struck dozens of targets with the
# support of fighter jets", "struck with the help of drones"
_AIR_AFTER = re.compile(r"[^;]*?\b(?:jets?|warplanes?|aircraft|drones?|helicopters?|planes?|"
                        r"aerial|air\s*(?:force|support|strikes?))\b")
_AIR_AFTER_STOP = re.compile(r";|\b(?:while|whereas|but)\b")
# ... the aircraft's targets are not who struck: "an airstrike targeting the militants
# struck a school", "Israeli jets, which hunted the militants, struck" (the clause since the
# last comma or "and" names no aircraft or strike: not "aircraft hit the camp, and the
# militants struck back at troops")
_CLAUSE_START = re.compile(r".*(?:[,;:.]|\band\b|\bbut\b|\bwhile\b)", re.S)
_AIR_IN_CLAUSE = re.compile(r"\b(?:(?:air ?)?strikes?|raids?|jets?|warplanes?|aircraft|drones?|"
                            r"helicopters?|planes?|bombs?|missiles?)\b")
# ... and what they struck is the army: "gunmen struck an aid convoy", "militants struck an
# Israeli kibbutz" are no clash with troops, "fighters struck by an Israeli drone" were hit
_STRUCK_TROOPS = re.compile(r"struck\s+(?!by\b)(?:back\s+(?:at\s+)?)?(?:[\w'’-]+\s+){0,4}?"
                            r"(?:troops|soldiers|forces|tanks?|armou?red|vehicles?|bulldozers?|"
                            r"positions?|army|military|unit|personnel|merkava|jeeps?|infantry)\b")
# ... with mortars or rockets it is shelling: "fighters struck an Israeli position with
# mortar shells" (not "with an anti-tank missile": fire at a tank in a clash)
_STRUCK_WITH_SHELLS = re.compile(r"struck\b[^,;.]{0,80}?\bwith\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:rockets?|mortars?|mortar\s+(?:shells|rounds|fire)|shells|"
                                 r"artillery|projectiles)\b")
# ... and so is a bombardment told with them: "fighters bombarded enemy forces east of Khan
# Younis with short-range rockets", "bombarded a gathering with mortar shells" (not "jets
# bombarded the camp with missiles", "with bombs": from the air)
_BOMBARDED_WITH_SHELLS = re.compile(r"bombard(?:ed|ing|s)?\b[^,;.]{0,80}?\bwith\s+"
                                    r"(?:an?\s+|a\s+barrage\s+of\s+)?"
                                    r"(?:[\w\"“”'’-]+\s+){0,4}?"
                                    r"(?:rockets?|mortars?|mortar\s+(?:shells|rounds|fire)|"
                                    r"shells|artillery|projectiles)\b")
# where the clause of a look-back ``low[lo:at]`` starts: after its last ";" or ":"
_LEAD_CUT = re.compile(r"[;:](?!.*[;:])", re.S)


def _clause_lead(low: str, lo: int, at: int) -> int:
    cut = _LEAD_CUT.search(low, lo, at)
    return cut.end() if cut else lo


# The weapons fighters fire at the army, named where they are held, carried or fired by the
# army itself: "troops found rocket-propelled grenades and rifles in the school" (no event),
# "Israeli forces fired an anti-tank missile at a house" (a missile attack, not a battle)
_ARMS_NAMED = ("anti", "rocket", "rpg", "yassin")
_ARMS_HELD = re.compile(r"\b(?:found|finding|seized|seizing|confiscated|discovered|uncovered|"
                        r"smuggl\w*|stockpil\w*|stor(?:ed|ing)|manufactur\w*|caches?|depots?|"
                        r"arsenals?)\b(?:(?!\b(?:fired|firing|fires|launched|launching|hit|struck|"
                        r"targeted|using|with)\b)[^.;:]){0,60}$")
# ... or carried by those who came at the troops: "a squad of terrorists who were
# approaching the forces with anti-tank missiles", "gunmen armed with RPGs", "a cell
# carrying anti-tank rockets" (not "attacked the tank with an anti-tank missile", "carrying
# out an anti-tank missile attack": fired)
_ARMS_CARRIED = re.compile(r"\b(?:(?:armed|equipped|(?:approach|advanc|mov|head|crawl)(?:ed|ing))"
                           r"\s+(?:(?!(?:with|and|fired|firing|attack\w*|targeted|targeting|hit|"
                           r"struck)\b)[\w'’-]+\s+){0,4}?with|carrying(?!\s+out\b)|holding|"
                           r"transporting)\s+(?:an?\s+|two\s+|three\s+|several\s+)?"
                           r"(?:(?!(?:fired|firing|launched|launching)\b)[\w-]+\s+)?$")
# ... unless the clause goes on to fire them: "fighters moving forward with anti-tank
# missiles hit an Israeli tank"
# (not "a cell carrying anti-tank rockets was struck by a drone": the carriers hit)
_ARMS_USED_AFTER = re.compile(r"[^,;.]{0,60}?(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )"
                              r"\b(?:fired|firing|fire|hit|struck|targeted|attacked|destroyed|"
                              r"launched|ambushed)\b")
_FIRED_BY_THE_ARMY = re.compile(r"\b(?:israeli|idf)\s+(?:forces|troops|soldiers|tanks?|army|"
                                r"military|drones?|aircraft|helicopters?)\s+(?:[\w-]+\s+)?"
                                r"(?:fired|launched|shot|used)\s+(?:an?\s+|two\s+|several\s+)?$")

_PROCURED = re.compile(r"\b(?:acquir\w*|purchas\w*|buy|buys|buying|bought|sell|sells|selling|"
                       r"sold|sales?|suppl(?:y|ies|ied|ying)|orders? of|contracts? for|"
                       r"procur\w*)\s+(?:of\s+)?(?:[\w$.,-]+\s+){0,4}$")
_ARMS = re.compile(r"jets?|warplanes?|aircraft|drones?|missiles?|bombs?")

# Who "attacked civilians" from afar ("warplanes attacked civilians sheltering in a school",
# "naval boats attacked fishermen"): a strike or shelling, told by its own trigger
_NAVAL = r"boats?|gunboats?|warships?|navy|naval"
_REMOTE_ATTACKER = re.compile(r"\b(?:warplanes?|jets?|aircraft|planes?|drones?|quadcopters?|"
                              rf"helicopters?|tanks?|artillery|{_NAVAL})\b[^,;:.]{{0,40}}$")
# ... but the navy's boats that "attacked fishermen" fired on them: an attack
_FROM_THE_SEA = re.compile(rf"\b(?:{_NAVAL})\b[^,;:.]{{0,40}}$")
# The charge, not the deed: "accused Israel of (deliberately) attacking civilians"
_OF_ATTACKING = re.compile(r"\bof\s+(?:\w+ly\s+)?$")
# The aircraft that fired on people: "Quadcopters opened fire on residents trying to leave",
# "an Israeli drone shot dead a man": fire from the air, a drone strike (not "troops opened
# fire on residents", "a drone was seen before soldiers opened fire": fire from the ground;
# nor "tanks and drones opened fire on the crowds": the ground's guns among them)
_AIR_SHOOTER = re.compile(r"(?<!\band )(?<!\bor )(?<!, )\b(?:drones?|quadcopters?|helicopters?|"
                          r"apaches?|aircraft|warplanes?)\s+(?:(?!(?:and|as|after|before|while|when|then|but|"
                          r"troops|soldiers|forces|snipers?|tanks?)\b)[\w'’-]+\s+){0,2}$")
# (told done: not "Anyone who steps outside, the drones open fire", what they do)
_TOLD_DONE = re.compile(r"\b(?:opened|fired|shot|gunfire)\b")
# (the aircraft only backing the troops who fired: "Israeli troops backed by helicopter
# gunships opened fire on displaced people", "soldiers, under cover of drones, opened fire")
_AIR_BACKING = re.compile(r"\b(?:backed|supported|covered|escorted|accompanied|assisted|aided)\s+"
                          r"by\s+(?:[\w'’-]+\s+){0,2}$|\b(?:cover|support|backing)\s+of\s+"
                          r"(?:[\w'’-]+\s+){0,2}$|\bwith\s+(?:the\s+)?(?:help|aid)\s+of\s+"
                          r"(?:[\w'’-]+\s+){0,2}$")
# (the words of gunfire: see units, which keeps the drones' fire an attack of its own)
GUNFIRE_WORDS = ("open", "fire", "shot", "shoot", "gunfire")
# An armed party that "was attacked by gunmen", "were attacked with anti-tank weapons":
# fighting, not violence against civilians
_ARMED_ATTACKED = re.compile(r"\b(?:troops|soldiers|forces|army|military|units?|tanks?|"
                             r"gunmen|fighters|militants|hamas|brigades?|battalions?|patrols?)"
                             r"(?:\s+[\w'’-]+){0,4}\s+$")

# "launched mortars at Israeli forces operating in the area", "targeted Israeli troops and
# armored vehicles with mortar shells": fire at troops on the ground is fighting with them.
_AT_TROOPS = re.compile(r"\b(?:at|on|against|targeted|targeting|destroyed|ambushed)\s+"
                        r"(?:an?\s+|the\s+)?(?:israeli|idf)\s+(?:troops|forces|soldiers|tanks?|"
                        r"armou?red|troop|drones?|positions?|bulldozers?|vehicles?|military "
                        r"vehicles?)\b")
# "Hamas targeted Israeli troops and armored vehicles with mortar shells"
_TARGETED_TROOPS = re.compile(r"\b(?:targeted|targeting|ambushed|attacked|destroyed|hit|struck)\s+"
                              r"(?:an?\s+|the\s+)?(?:israeli|idf)\s+(?:troops?|forces|soldiers|"
                              r"(?:(?:merkava\s+)?battle[\s-])?tanks?|armou?red|military|"
                              r"vehicles?)"
                              r"(?:\s+[\w-]+){0,4}\s+with\s+(?:[\w-]+\s+){0,6}$")

_CLAUSE_END = re.compile(r"[,;]|\s(?:while|and then|whereas)\s")
# "launched several rockets and missiles into Israel": fire that lands in Israel
# (not "fired mortar bombs on Israel's forces east of Rafah": its troops in the Strip)
# (the words before it name no deed of its own: not "Israeli jets struck Rafah after rocket
# fire into Israel", the strike what followed)
_INTO_ISRAEL = re.compile(r"(?:\s+(?:and\s+)?(?!after\b|following\b|amid\b|when\b|while\b|as\b|"
                          r"response\b|retaliation\b|reprisal\b|because\b|since\b)[\w-]+){0,5}"
                          r"\s+(?:into|towards?|at|on|against)\s+"
                          r"(?:(?:southern\s+|central\s+|northern\s+)?israel\b"
                          r"(?!['’]s\s+(?:[\w-]+\s+)?(?:forces|troops|soldiers|army|military|tanks|"
                          r"positions|vehicles))|"
                          # ("fired rockets towards Israeli population centres")
                          r"israeli\s+(?:towns?|cities|city|communities|population\s+"
                          r"cent(?:re|er)s|settlements|border\s+(?:towns|communities)))")
# "the al-Qassam Brigades fired eight rockets from Rafah towards central Israel": fire told
# leaving a place of the Strip it names (not "from Gaza into Israel": the Strip at large)
_FROM_A_PLACE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?(?:[\w-]+\s+)?"
                           r"(?!Gaza(?:\s+Strip)?\b|Strip\b|[Ee]nclave\b|Israel|Lebanon|Yemen)"
                           r"[A-Z]")
_AIR_WORD = re.compile(r"air|drone|warplane|jet|aerial|bomb|aircraft")
# a building named as what an attack hit: "attack on a school", "attacks on the house"
# (told in the trigger or just after it: "an attack on a house", "the attack hit a warehouse
# used as a distribution point"; not "an attack on a crowd waiting for aid": people)
# ... the thing after the verb not people
_A_THING_HIT = (r"\s+(?:a|an|the|its|their)\s+(?!(?:[\w'’-]+\s+){0,2}?(?:crowds?|groups?|"
                r"gatherings?|people|civilians|palestinians|residents|men|women|children|"
                r"families|seekers|queues?|lines?|those)\b)")
_SITE_NAMED = re.compile(r"\b(?:on|near|against|hit|struck|targeted|targeting|hitting|striking)"
                         + _A_THING_HIT, re.I)
# (after it, "near the roundabout" is where, not what was hit)
_SITE_AFTER = re.compile(r"\s+\b(?:on|against|hit|struck|targeted|targeting|hitting|striking)"
                         + _A_THING_HIT, re.I)

# "heavy tank fire east of Bureij and strikes in Nuseirat", "tanks shelled Rafah and jets
# struck Khan Younis": a place, then "and" (over the text itself: a place is written with a
# capital; not "shelling by Israeli tanks and strikes")
_EACH_ITS_PLACE = re.compile(r"\b(?!(?:Israeli?|IDF|Hamas|Palestinian|Islamic)\b)[A-Z][^,;.]*?"
                             r"\s(?:and|as well as)\s")


def _fired_by_fighters(low: str, lo: int, at: int) -> bool:
    """Whether what strikes at ``at`` is a projectile fighters fired, named just before it
    in the same clause ("a rocket fired by militants struck a house")."""
    found = fighters_fire(low, lo, at)
    return found is not None and _SAME_CLAUSE_TAIL.fullmatch(low, found.end(), at) is not None


# (no other striker named between: not "following rockets fired from gaza on monday israeli
# jets struck a house")
_SAME_CLAUSE_TAIL = re.compile(r"(?:(?!\b(?:israeli|idf|jets?|warplanes?|aircraft|drones?|"
                               r"helicopters?|planes?|army|troops|forces|tanks?)\b)[^,;.]){0,40}")
