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
from typing import TYPE_CHECKING

from geoevents.trigger_table import AID_SOUGHT, AIR, ATTACK, BATTLE, SHELL, VIOLENT, fighters_fire
from geoevents.triggers.folded_rows import folded_re

if TYPE_CHECKING:
    from geoevents.triggers.sift import Trigger

# "anti-aircraft", "hunger strike", "general strike", "counter-offensive", "internally
# displaced" (folded text). Checked within the sentence, as no pattern looks behind itself.
_EXCLUDED_BEFORE = ("anti", "anti ", "counter", "counter ", "internally ", "internal ")
# ... and "a nationwide strike", "a commercial strike": a walkout (a "general siege" is one)
_NOT_A_STRIKE_BEFORE = ("hunger ", "general ", "labor ", "labour ", "nationwide ",
                        "commercial ")
# A walkout called: "the labor federation called a strike for Monday", "unions declared a
# strike" (not "called in a strike on the house", "called a strike that hit a house": one
# aimed at a target)
_WALKOUT = folded_re(r"\b(?:call(?:s|ed|ing)?(?:\s+for)?|declar\w+)"
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
_GROUND_RAIDS = folded_re(r"\b(?:ground|commandos?|forces|troops|soldiers|infantry|"
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
# One raid told by the dwelling it hit, the wire's word for an air raid: "injured in a raid
# that targeted a house owned by the Abu Jalala family", "a raid targeting an apartment in
# Nuseirat" (not "a raid on a building in Rafah, rescuing two hostages": troops may go in;
# nor "a raid that targeted Hamas fighters": people, a fight)
_A_RAID_THAT_HIT = re.compile(r"\s+(?:(?:that|which)\s+(?:targeted|hit|struck|destroyed)|"
                              r"targeting|hitting|striking)\s+(?:an?\s+|the\s+|two\s+|"
                              r"several\s+)?(?:[\w'’-]+\s+){0,2}?(?:houses?|homes?|"
                              r"apartments?|buildings?|tents?|flats?|residential)\b")
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
TARGETED_TROOPS = re.compile(r"\b(?:targeted|targeting|ambushed|attacked|destroyed|hit|struck)\s+"
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
AIR_WORD = re.compile(r"air|drone|warplane|jet|aerial|bomb|aircraft")
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


# -- The checks of the trigger loop (sift) these words decide, in the loop's order ---------
# (``low``: the folded report; ``start``, ``end``: the sentence's bounds; ``lo``: the
# look-back of the trigger ``low[at:stop]``; ``etype``, ``sub``: the type it has so far)


def in_another_sense(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the word is part of another one or a walkout, no violence: "anti-aircraft",
    "counter-offensive", "internally displaced", "a hunger strike", "the labor federation
    called a strike for Monday", "doctors went on strike" (not "called in a strike on the
    house": one aimed at a target)."""
    return bool(low.endswith(_EXCLUDED_BEFORE, lo, at) or (
        low.startswith("strike", at) and (
            low.endswith(_NOT_A_STRIKE_BEFORE, lo, at) or
            _WALKOUT.search(low, lo, at) and not _AIMED_AT.match(low, stop, end) or
            _ON_STRIKE.search(low, lo, at))))


def no_attack_of_its_own(low: str, start: int, lo: int, at: int, stop: int, end: int,
                         etype: str, sub: str) -> bool:
    """Whether the word tells no attack of its own: an airdrop gone wrong, a strike already
    told by its own trigger, or a charge laid."""
    hit = _HIT_WORD.search(low, at, stop) if etype in VIOLENT else None
    if hit is not None and (
            _AIRDROP_OBJECT.search(low, max(start, hit.start() - 40), hit.start()) or
            _BY_AIRDROP_OBJECT.match(low, stop, end)):
        return True  # "an air-dropped aid box struck a tent": an airdrop gone wrong
    # "warplanes attacked civilians in a school": the strike told; "accused Israel of
    # attacking civilians": a charge
    return bool(sub == ATTACK[1] and low.startswith("attack", at) and (
        _REMOTE_ATTACKER.search(low, lo, at) and not (
            _FROM_THE_SEA.search(low, lo, at) and
            ("fishing" in low[at:stop] or "fishermen" in low[at:stop])) or
        low.startswith("attacking", at) and _OF_ATTACKING.search(low, lo, at)))


def retyped_by_who_struck(low: str, start: int, lo: int, at: int, stop: int, end: int,
                          etype: str, sub: str) -> tuple[str, str]:
    """The type the attack takes from who struck (its own type if none of them says
    otherwise), each rule meeting the type the one before gave it: the table types a word by
    itself, and the shooter, the armed party fired on or the fighters' own rockets say
    whether it came from the air, from guns or in a fight on the ground."""
    if sub == ATTACK[1] and low.startswith(GUNFIRE_WORDS, at) and \
            _TOLD_DONE.search(low, at, stop) and \
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
            not _AIR_AFTER.match(low, at, (air_stop.start() if (
                air_stop := _AIR_AFTER_STOP.search(low, at, end)) else end)):
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
    return etype, sub


def typed_by_who_raided_or_pounded(low: str, start: int, at: int, stop: int, end: int,
                                   etype: str, sub: str) -> tuple[str, str] | None:
    """The type the fight, the raids or the pounding take from who did them, or None where
    that was no attack: protesters who confronted troops, rain that pounded tents."""
    if sub == BATTLE[1] and low.startswith("confront", at) and \
            _PROTESTERS.search(low, max(start, at - 120), at):
        return None  # "Hundreds of Palestinians protesting near the fence confronted Israeli
        # troops": a protest, not a battle
    if low.startswith("raids", at) and stop - at == 5 and \
            not _GROUND_RAIDS.search(low, max(start, at - 80), at) and \
            not _RAIDS_INTO.match(low, stop, end):
        etype, sub = AIR  # "Overnight raids on Khan Younis and Deir el-Balah", "killed
        # in Israeli raids targeting homes": raids told with no troops are from the air
    elif low.startswith("raid", at) and stop - at == 4 and \
            not _GROUND_RAIDS.search(low, max(start, at - 80), at) and \
            _A_RAID_THAT_HIT.match(low, stop, end):
        etype, sub = AIR  # "injured in a raid that targeted a house": an air raid
    if low.startswith("pound", at):
        if _POUNDED_BY_GUNS.search(low, max(start, at - 40), at):
            etype, sub = SHELL  # "Israeli tanks pounded the outskirts of Khan Younis"
        elif not (_POUNDED_BY.search(low, max(start, at - 60), at) or
                  _FROM_THE_AIR.match(low, stop, end)):
            return None  # "heavy rain pounded tent camps", "relatives pounded on the doors"
    return etype, sub


def typed_by_the_arms_named(low: str, lo: int, at: int, stop: int, end: int, etype: str,
                            sub: str) -> tuple[str, str] | None:
    """The type a fight told by the fighters' weapons takes, or None where the weapons were
    only held or carried: "troops found rocket-propelled grenades and rifles in the school"
    (no event), "gunmen armed with RPGs" (but "fighters moving forward with anti-tank
    missiles hit an Israeli tank": fired), "Israeli forces fired an anti-tank missile at a
    house" (a missile attack, not a battle)."""
    if etype == BATTLE[0] and low.startswith(_ARMS_NAMED, at):
        if _ARMS_HELD.search(low, lo, at) or _ARMS_CARRIED.search(low, lo, at) and \
                not _ARMS_USED_AFTER.match(low, stop, end):
            return None
        if _FIRED_BY_THE_ARMY.search(low, lo, at):
            return SHELL
    return etype, sub


def arms_procured(low: str, start: int, at: int, stop: int, sub: str) -> bool:
    """Whether the aircraft are arms bought or sold: "signed an agreement to acquire 25
    F-15EX fighter jets"."""
    return bool(sub == AIR[1] and _ARMS.search(low, at, stop) and
                _PROCURED.search(low, max(start, at - 60), at))


def in_protest_of(low: str, lo: int, at: int, stop: int) -> bool:
    """Whether the protest is a motive: "delaying their release in protest of the scenes"."""
    return low.startswith("protest ", at) and low.endswith((" in ", " as a "), lo, at) and \
        low.startswith((" of", " at", " against"), stop)


def typed_by_its_target(text: str, low: str, start: int, at: int, stop: int, end: int,
                        etype: str, sub: str) -> tuple[str, str] | None:
    """The type fire from afar takes from where it went, or None where it went into Israel:
    "launched several rockets and missiles into Israel" lands in Israel (but "the al-Qassam
    Brigades fired eight rockets from Rafah towards central Israel": shelling told leaving a
    place of the Strip); "launched mortars at Israeli forces operating in the area", "Hamas
    targeted Israeli troops and armored vehicles with mortar shells": fire at troops on the
    ground is fighting with them."""
    if etype == AIR[0]:
        if _INTO_ISRAEL.match(low, stop, end) and \
                not (sub == SHELL[1] and _FROM_A_PLACE.match(text, stop, end)):
            return None
        after = _CLAUSE_END.search(low, stop, min(end, stop + 80))
        window = (stop, after.start() if after else min(end, stop + 80))
        if ("israeli" in low[window[0]:window[1]] or "idf" in low[window[0]:window[1]]) \
                and _AT_TROOPS.search(low, stop if AIR_WORD.search(
                    low, at, stop) else at, window[1]) or \
                TARGETED_TROOPS.search(low, max(start, at - 100), at):
            return BATTLE
    return etype, sub


def a_ground_assault_too(low: str, at: int, stop: int, sub: str) -> bool:
    """Whether the strike is told with an assault on the ground, a battle too: "intense air
    and ground attacks by Israeli forces on Khan Younis" (not "bombardment from air, land
    and sea": shells from afar)."""
    return bool(sub == AIR[1] and _GROUND_ASSAULT.search(low, at, stop))


# -- ... and over the triggers the sentence kept ------------------------------------------

# The attack's own clause, for the people it hit: from the last comma before it to a clause
# of other victims or another day ("..., while dozens were killed at aid points this week",
# "..., a day after 20 aid seekers were shot", "..., including four who had been waiting
# for aid": not the attack's own crowd)
_OWN_CLAUSE_START = re.compile(r".*[,;:]", re.S)
_OWN_CLAUSE_END = re.compile(r"[;:]|\.\s|[,]?\s+(?:while|whereas|but|including|among\s+(?:them|"
                             r"whom)|(?:days?|hours?|weeks?|months?)\s+(?:after|before|earlier)|"
                             r"besides|in\s+addition\s+to)\b", re.I)


def _aid_sought_in_clause(text: str, start: int, end: int, t: Trigger) -> bool:
    """Whether the attack's own clause tells the people at the aid it hit."""
    before = _OWN_CLAUSE_START.match(text, start, t.start)
    stop = _OWN_CLAUSE_END.search(text, t.end, end)
    return bool(AID_SOUGHT.search(text, before.end() if before else start,
                                  stop.start() if stop else end))


def aid_seekers_attacked(text: str, low: str, start: int, end: int, out: list[Trigger]) -> bool:
    """Whether the sentence ``text[start:end]`` tells an air strike by the word "attack"
    beside people seeking aid, with no aircraft told: the crowd at the aid may have been shot
    at (see :func:`an_attack_on_the_aid_crowd`)."""
    return bool(any(t.sub_event_type == AIR[1] and "attack" in t.text.lower() for t in out) and
                AID_SOUGHT.search(text, start, end) and not _AIRCRAFT.search(low, start, end))


def an_attack_on_the_aid_crowd(text: str, start: int, end: int, t: Trigger) -> bool:
    """Whether the air strike ``t`` is an attack on the crowd at the aid: "the Israeli attack
    on people waiting for aid trucks near the roundabout" (not "an Israeli air attack on
    people waiting for aid", "drones attacked aid seekers": from the air; nor "another deadly
    attack on a school": a building struck, whoever the sentence's crowd at the aid was)."""
    return bool(t.sub_event_type == AIR[1] and "attack" in t.text.lower() and
                not AIR_WORD.search(t.text.lower()) and not _SITE_NAMED.search(t.text) and
                not _SITE_AFTER.match(text, t.end, end) and
                _aid_sought_in_clause(text, start, end, t))


def hit_during_the_shelling(text: str, t: Trigger, shelling: list[Trigger]) -> bool:
    """Whether the strike ``t``, a word that names no weapon ("hit", "strikes"), takes the
    weapon of shelling named right next to it: "the maternity ward was hit during shelling"
    (not "heavy tank fire east of Bureij and strikes in Nuseirat": two things, each at its
    own place)."""
    return t.sub_event_type == AIR[1] and not AIR_WORD.search(t.text.lower()) and \
        any((abs(x.start - t.end) <= 30 or abs(t.start - x.end) <= 30) and
            not _EACH_ITS_PLACE.search(text, min(x.end, t.end), max(x.start, t.start))
            for x in shelling)
