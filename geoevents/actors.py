"""Actors as reports name them (ACLED's actor1/actor2, kept close to the source's words).

Names are lightly canonicalised so that "the IDF", "Israeli troops" and "the Israeli
army" count as one actor in a table, but no actor is inferred that the text does not name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geoevents.anchored import Cues, PrefixIndex
from geoevents.dates import WEEKDAY_PATTERN
from geoevents.speech import SAID, SPEAKS, TOLD

__all__ = ["ActorRef", "find_actors", "PATTERNS", "CIVILIANS", "CIVILIANS_ISRAEL",
           "CIVILIANS_INTERNATIONAL", "EGYPT", "HAMAS",
           "ISRAELI", "ONE_SIDED", "OWN_MEN", "FIGHTER_WORDS",
           "side_of", "battle_sides", "attacks_next"]

CIVILIANS = "Civilians (Palestine)"  # ACLED's name, after the country where they are
CIVILIANS_ISRAEL = "Civilians (Israel)"  # the hostages held in the Strip
CIVILIANS_INTERNATIONAL = "Civilians (International)"  # foreign nationals
ISRAELI = "Israeli military"
HAMAS = "Hamas"
PALESTINIAN_ARMED = "Palestinian militants"
EGYPT = "Military Forces of Egypt"

# (canonical name, role, side, pattern). role: "armed" may be actor1; "civilian" is a
# target. Two actors of one side are never the two sides of a battle.
_ACTORS: tuple[tuple[str, str, str, str], ...] = (
    (ISRAELI, "armed", "Israel",
     # ("Israeli occupation forces", "Israel's military": the same forces, as other
     # reports name them; "Israeli bulldozers", "Israeli gunboats": by what they use)
     # ('"Israeli" forces opened fire', "the 'Israeli' occupation army": the name in the
     # quotes some outlets set it in)
     r"(?:Israeli (?:[Oo]ccupation )?|Israel['’]s |(?<=[\"“'‘])Israeli[\"”'’] (?:[Oo]ccupation )?)"
     r"(?:military|army|forces?|troops|soldiers|"
     r"tanks|warplanes|jets|aircraft|drones?|"
     r"navy|air force|snipers?|special forces|ground forces|(?:air ?)?strikes?|bombardments?|"
     r"bombing|bombings|shelling|fire|gunfire|operations?|offensive|raids?|attacks?|"
     r"incursions?|tank fire|artillery|siege|blockade|(?:evacuation|displacement) orders?|"
     r"bulldozers|gunboats?|warships?|naval (?:vessels|ships|forces)|helicopters?|"
     r"quadcopters?|fighter jets|planes|missiles?|assaults?|onslaught|infantry|"
     # ("Israel's armed forces said", "the Israeli Armed Forces": the army, as some wires
     # name it)
     r"Air Force|Navy|Army|Forces|Defen[cs]e Forces|[Aa]rmed [Ff]orces)|"
     r"IDF|Israel Defen[cs]e Forces|"
     r"[Tt]he occupation (?:forces|army|troops|soldiers)|"
     # ("forces of the 98th Division", "the 401st Brigade": the army's units go by numbers)
     # (not "the Qassam Brigades said its 3rd Battalion ambushed": the group's own units)
     r"(?<!its )(?<!their )(?<!Qassam )(?<!Quds )(?<!Hamas['’]s )"
     r"\d+(?:st|nd|rd|th) (?:Division|Brigade|Battalion|Armou?red Brigade|Infantry Brigade)|"
     # ("while occupation forces carried out demolitions", "occupation aircraft targeted a
     # vehicle": the forces as WAFA names them, without "the"; "after the occupation's tanks
     # withdrew": or as the occupation's own)
     # ("by occupation [Israeli] fire": an editor's gloss in brackets inside a quote)
     r"(?:[Tt]he occupation['’]s |[Oo]ccupation (?:\[Israeli\] )?)(?:forces|army|troops|"
     r"soldiers|aircraft|"
     r"warplanes|jets|drones?|"
     r"artillery|tanks|bulldozers|gunboats|navy|snipers|vehicles|quadcopters?|"
     # ("martyred by occupation sniper fire", "injured by occupation gunfire": the forces'
     # fire, named by the one word WAFA gives them)
     r"(?:sniper |tank |artillery )?fire|gunfire|shelling|bombardment|(?:air ?)?strikes?|"
     r"helicopters?)|"
     r"ISF|Israeli Security Forces|"
     # ("transferred for questioning by Unit 504 and the ISA", "the IDF and Shin Bet
     # arrested": the army's interrogators and the security service working with it)
     # (not "spying for the Shin Bet", "collaborators working with the ISA", "a Shin Bet
     # agent", "accused the Shin Bet of recruiting": the service behind others, who act;
     # nor "Shin Bet said Hamas executed three men": its telling of another's deed)
     r"(?<!for the )(?<!for )(?<!with the )(?<!with )"
     r"(?:Shin Bet|ISA|Israel Security Agency)(?![-\s]+(?:agents?|cells?|informants?|"
     r"collaborators?|spy|spies|handlers?|recruits?|of\s+recruiting|linked|backed)\b)"
     r"(?!\s+(?:has\s+|had\s+)?(?:" + SAID + r")\s+(?!(?:that\s+)?(?:it|its|they|their)\b))|"
     r"Unit 504|"
     # ("IOF bulldozers demolished nine homes", "IOF shelled the school": the Israeli
     # occupation forces by their letters, as rights groups write them)
     r"IOF|"
     # ("troops fired warning shots and then shot at people": the forces in the Strip, by
     # no other name, firing; not "its troops", "Hamas soldiers", "Egyptian troops")
     r"(?<!its )(?<!their )(?<!Hamas )(?<!Egyptian )(?<!police )"
     r"(?:[Tt]roops|[Ss]oldiers)(?= (?:had |have |has |then |also |reportedly )?(?:fired|"
     r"opened fire|shot|shelled|raided|stormed|demolished|bulldozed|detained|arrested)\b)|"
     # a headline's "Israelis fire at a vehicle": the forces, by what they did
     r"Israelis(?= (?:fire|fired|open|opened|shoot|shot|kill|killed|raid|raided|attack|"
     r"attacked)\b)|"
     r"[Tt]he military(?! wing)|[Tt]he army|"
     # the state named as the one acting: "placed under siege by Israel", "Israel launched"
     r"(?<=\bby )Israel\b(?!['’]s? )|(?<=\bbetween )Israel\b|Israel(?= and Hamas\b)|"
     # "Israel says it struck Hamas targets", "Israel said its aircraft struck": its own deed
     # (not "Israel said its soldiers were killed in an ambush by Hamas fighters", "Israel
     # said its troops came under fire from Hamas": its side was the one hit)
     r"Israel(?= (?:says|said) (?:it|its)\b(?! (?:[\w-]+ ){0,2}?(?:(?:was|were|is|are|had been|"
     r"has been|have been)(?! [\w-]+ing\b)|came under|come under|comes under)\b))|"
     r"Israel(?= (?:has |had )?(?:launched|struck|bombed|"
     r"attacked|invaded|shelled|besieged|stormed|raided|carried out|killed|ordered|withdrew|"
     r"conducted|conducts|launches|strikes|bombs|resumed|resumes|expanded|intensified|"
     r"withdraws|pulled|entered|enters|seized|seizes|captured|imposed|issued|demolished|"
     r"forced|expelled|"
     r"destroyed|detained|arrested|fired|opened)\b)"),
    ("Israeli settlers", "armed", "Israel", r"(?:Israeli |Jewish )?settlers"),
    ("Hamas armed wing (al-Qassam Brigades)", "armed", "Palestinian",
     r"Hamas(?:'s|’s)? armed wing|(?:Izz (?:ad-Din|el-Deen|al-Din) )?al-Qassam Brigades|"
     r"Qassam Brigades"),
    ("Islamic Jihad", "armed", "Palestinian",
     r"(?:Palestinian )?Islamic Jihad(?:'s|’s)?(?: armed wing| militants| fighters)?|"
     # ("Al-Quds Brigades say", "Islamic Jihad's Al Quds Brigades": the name as reports
     # spell it, with or without its capital and hyphen)
     r"[Aa]l[- ]Quds Brigades|Saraya [Aa]l[- ]Quds|PIJ"),
    # ("the Hamas-run health ministry": who runs the enclave, not who acted)
    # ("the Israel-Hamas war", "the Hamas-led government", "a rescue force under Hamas
    # authority", "the Health Ministry run by Hamas": a name for the war or the authorities)
    # ("Hamas-affiliated media said", "the Ministry of Health affiliated with Hamas declared":
    # who tells the news, not who acted; but "gunmen affiliated with Hamas opened fire": the
    # gunmen are the party)
    (HAMAS, "armed", "Palestinian", r"(?<!Israel[-–])(?<!Israel - )(?<!run by )"
                       r"(?<!ruled by )(?<!controlled by )"
                       r"(?<![Mm]inistry affiliated with )(?<![Mm]edia affiliated with )"
                       r"(?<![Oo]utlets affiliated with )(?<![Aa]gency affiliated with )"
                       r"(?<![Cc]hannel affiliated with )(?<![Ss]ources affiliated with )"
                       r"(?<![Hh]ealth affiliated with )"
                       r"Hamas(?! official)(?!’s armed)(?!'s armed)"
                       r"(?![-–](?:run|controlled|administered|governed|ruled)\b)"
                       r"(?![-–](?:affiliated|aligned|linked|allied|owned) (?:[\w-]+ )?(?:media|"
                       r"news|outlets?|channels?|television|TV|radio|websites?|newspapers?|"
                       r"agenc(?:y|ies)|sources|press|ministry|authorities|government)\b)"
                       # (not "the Hamas-led attack on Israel": who led it acted)
                       r"(?![-–]led,? (?:[\w-]+,? ){0,3}(?:government|authorities|administration|"
                       r"ministry)\b)"
                       # (but "Hamas authorities arrested ...", "Hamas government forces clashed
                       # with a clan": the authorities who act are the party)
                       r"(?! (?:authority|authorities|government|administration)\b"
                       r"(?!['’]?s? (?:forces|police|policemen|security|troops|gunmen)\b)"
                       r"(?! (?:(?:has|have|had) )?(?:arrested|detained|executed|shot|raided|"
                       r"clashed|fired|killed|attacked|seized|stormed|deployed|rounded|"
                       r"dispersed|opened|cracked|beat|confiscated)\b))"
                       r"(?: (?:militants|fighters|gunmen|members|operatives))?"),
    (PALESTINIAN_ARMED, "armed", "Palestinian",
     # ("Militants from Gaza fired ...": a sentence's first word too; "a Palestinian
     # resistance fighter", "armed Palestinian factions": the same side by other names)
     r"Palestinian (?:militants?|(?:armed |resistance )?fighters?|gunm[ae]n|armed groups?|"
     r"terrorists|"
     r"(?:armed |resistance )factions|resistance groups)|armed Palestinian (?:groups?|factions)|"
     r"resistance fighters?|[Mm]ilitants|[Gg]unm[ae]n|"
     # as the army names them: "struck a squad of terrorists", "to strike militant cells"
     # (not "Jewish terrorists", "settler terrorists": the other side; nor "detained 240
     # “terrorists”": the army's word, quoted as a claim)
     # (nor "counter-terror squads", "anti-terror cells": the forces that fight them)
     r"(?<!Jewish )(?<![Ss]ettler )(?<!Israeli )(?<!Zionist )(?<![\"“'‘])(?<![\w-])"
     r"(?:[Tt]errorists|"
     r"[Tt]error(?:ist)? (?:squads?|cells?|operatives|suspects))|[Mm]ilitant (?:cells?|squads?)"),
    ("Hezbollah", "armed", "Lebanon", r"Hezbollah"),
    # ("an Egyptian soldier was killed in an exchange of fire with Israeli troops near the
    # Rafah crossing": Egypt's forces on the border, a party of their own, as ACLED names it)
    (EGYPT, "armed", "Egypt",
     r"Egyptian (?:soldiers?|troops|army|military|forces|border (?:guards?|police)|"
     r"security (?:forces|personnel)|conscripts?|officers?)|Egypt['’]s (?:army|military|forces)"),
    # ("killing one international UN staff member", "foreign aid workers": who came from
    # abroad, as ACLED names them)
    (CIVILIANS_INTERNATIONAL, "civilian", "civilians",
     # ("one international UNOPS staff member was killed": an agency by its letters)
     r"(?:international|foreign) (?:UN |aid |humanitarian |NGO |relief |[A-Z]{2,6} )?"
     r"(?:staff(?: members?)?|personnel|"
     r"aid workers|workers|volunteers|nationals|journalists|employees|doctors|medics)"),
    (CIVILIANS, "civilian", "civilians",
     # ("a drone strike on a group of citizens", "a strike on a gathering", "opened fire on
     # crowds": people struck together, named by what they were doing there; not "Israeli
     # citizens", nor "a gathering of Hamas operatives": who they were says whose side)
     r"(?<!Israeli )(?<!Israel['’]s )citizens(?! of\b)|"
     r"(?:gatherings?|crowds?|groups?) of (?:(?:displaced |young |local )?(?:people|persons|"
     r"citizens|civilians|residents|men|women|children|youths|worshippers|mourners|"
     r"Palestinians)|aid seekers)|"
     # (not "struck a Hamas gathering", "a militant gathering", "an intelligence gathering
     # site": whose it was, or no people at all)
     r"(?<!Hamas )(?<![Mm]ilitant )(?<![Tt]errorist )(?<![Ff]ighters['’] )(?<!Jihad )"
     r"(?<![Ii]ntelligence )(?<![Ii]nformation )"
     # (nor "targeted the occupation army's gathering", "a troop gathering": the forces')
     r"(?<!army's )(?<!army’s )(?<!troops' )(?<!troops’ )(?<!soldiers' )(?<!soldiers’ )"
     r"(?<!enemy's )(?<!enemy’s )(?<![Ee]nemy )(?<![Tt]roop )(?<![Mm]ilitary )"
     r"(?:gatherings?|crowds?)(?! of\b)"
     r"(?! (?:point|place|area|spot|control|site|centre|center|facilit(?:y|ie))s?\b)|"
     r"civilians|aid seekers|displaced (?:people|families|persons|Palestinians)|families|"
     r"residents|children|women|mothers|journalists|aid workers|medics|paramedics|patients|"
     r"IDPs|refugees|"
     # ("saw dozens of staff detained", "hospital staff", "UN staff members": a facility's or
     # agency's people; not "the army's chief of staff", "staff sergeant")
     r"(?:(?<=of )(?<!chief of )(?<!chiefs of )(?<!head of )|"
     r"(?:hospital|health|UN|UNRWA|WHO|humanitarian|aid|relief|NGO|civilian) )"
     r"staff(?: members?)?(?! (?:of|sergeant|officers?)\b)|"
     # ("five other UN personnel were seriously injured": an agency's people)
     r"(?:UN|UNRWA|WHO|UNICEF|WFP|UNOPS|humanitarian|aid|relief|medical|NGO) personnel|"
     r"(?:(?:health workers|medical (?:staff|workers|teams?)|doctors|nurses|"
     r"(?:rescue|civil defen[cs]e) (?:teams?|crews?|workers|staff))"
     # (not the source: "doctors said", "rescue teams at the scene reported"; but "the
     # health workers reported detained", "medics reported killed": what befell them)
     r"(?!\s+(?:(?:at|from|in)\s+[^,.;]{0,40}?\s+)?(?:" + TOLD + r")\b"
     r"(?!\s+(?:(?:to\s+(?:be|have\s+been)|as)\s+)?(?:detained|arrested|killed|missing|"
     r"abducted|injured|wounded|dead|taken)\b)))|"
     # a place where civilians live, struck: "bombed a displacement camp", "the school
     # hosting displaced Palestinians"
     r"(?<!near a )(?<!near the )(?<!from a )(?<!from the )(?:displacement camps?|tent camps?)|"
     r"(?:schools?|shelters?) (?:sheltering|hosting|housing)"),
)
_SIDE = {name: side for name, _, side, _ in _ACTORS}
# (Egypt's forces on the border fight only the Israeli ones: "an Egyptian soldier was killed
# in an exchange of fire near the Rafah crossing")
_OPPOSITE = {"Israel": PALESTINIAN_ARMED, "Palestinian": ISRAELI, "Egypt": ISRAELI}


def side_of(name: str | None) -> str | None:
    """The side an actor's canonical name belongs to ("Israel", "Palestinian", ...)."""
    return _SIDE.get(name) if name else None


# Kinds of event in the Strip that only one side carries out: air and drone strikes,
# evacuation orders and sieges are the Israeli military's, named or not.
ONE_SIDED = frozenset({"Air/drone strike", "Evacuation order", "Siege/encirclement"})


def battle_sides(actor1: str | None, actor2: str | None) -> tuple[str | None, str | None]:
    """Both sides of a battle in the Strip, where a report names one or none: the Israeli
    military on one side, Palestinian armed groups on the other (ACLED codes a battle
    between two armed sides; an unnamed Palestinian side stays a generic one)."""
    one, other = side_of(actor1), side_of(actor2)
    if one is None and other is None and actor1 is None and actor2 is None:
        return ISRAELI, PALESTINIAN_ARMED
    if actor2 is None and one in _OPPOSITE:
        return actor1, _OPPOSITE[one]
    if actor1 is None and other in _OPPOSITE:
        return _OPPOSITE[other], actor2
    if one is not None and one == other and one in ("Israel", "Palestinian") and \
            PALESTINIAN_ARMED in (actor1, actor2):
        # "Hamas" and "a terrorist cell" named in one battle: one side, by its name and the
        # generic one; the other side is the Israeli military (not "Hamas fighters clashed
        # with Islamic Jihad": two groups, both named)
        return ISRAELI, actor2 if actor1 == PALESTINIAN_ARMED else actor1
    return actor1, actor2


# One alternation in table order: at any position the first actor that matches wins.
_COMBINED = re.compile("|".join(rf"\b(?P<a{i}>{pat})\b"
                                for i, (*_, pat) in enumerate(_ACTORS)))


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor named at offset ``start``; ``role`` is "armed" or "civilian"."""

    name: str
    role: str
    start: int
    side: str = ""
    end: int = 0


# The patterns this module looks for through a report's cues (geoevents.anchored).
PATTERNS = (_COMBINED,)
_INDEX = PrefixIndex(PATTERNS)


def find_actors(text: str, start: int = 0, end: int | None = None, *,
                cues: Cues | None = None) -> list[ActorRef]:
    """Actors named in ``text[start:end]``, in order of appearance, without overlaps.

    One who speaks of another's attack is the source, not a party: in "The Israeli
    military said Hamas militants fired rockets", the actor is Hamas.
    """
    end = len(text) if end is None else end
    cues = cues if cues is not None else Cues(text, _INDEX)
    found = cues.finditer(_COMBINED, start, end)
    out = []
    for i, m in enumerate(found):
        said = _SAID.match(text, m.end(), end)
        if said and i + 1 < len(found) and found[i + 1].start() == said.end() \
                and _ATTACKS.match(text, found[i + 1].end(), end):
            continue
        told = _SAID_WITH.match(text, m.end(), end)
        if told and i + 1 < len(found) and 0 <= found[i + 1].start() - told.end() <= 12 and (
                _STRIKE_NOUN.search(" " + found[i + 1].group(0)) or
                not _HIT_NEXT.match(text, found[i + 1].end(), end)):
            # "Hamas and rescuers said an Israeli strike ... killed": the source (not "the
            # army and the Shin Bet said Hamas commander X was killed": who was hit)
            continue
        if _SAID_LAST.match(text, m.end()) and \
                _AFTER_COMMA.search(text, max(start, m.start() - 8), m.start()):
            continue  # "... fired rockets at Sderot on Monday, the army said.": the source
        name, role, side, _ = _ACTORS[int(m.lastgroup[1:])]
        if name == ISRAELI and m.group(0).lower() in ("troops", "soldiers") and \
                _OTHERS_TROOPS.search(text, max(start, m.start() - 40), m.start()):
            # ("Jordanian troops fired", "Egyptian army troops shot dead two smugglers",
            # "UN troops", "Egypt's troops": the troops of whoever is named before them)
            continue
        speaks = _SPEAKS.match(text, m.end(), end) if role == "armed" else None
        if speaks and not _OWN_DEED.match(text, speaks.end(), end) and any(
                _SIDE[_ACTORS[int(n.lastgroup[1:])][0]] != side and (
                    _STRIKE_NOUN.search(" " + n.group(0)) or
                    _ATTACKS.match(text, n.end(), end) or _KILLS.match(text, n.end(), end))
                for n in found[i + 1:]):
            # "Hamas confirms that an Israeli airstrike last summer killed ...", "Hamas's
            # Interior Ministry reported that an Israeli airstrike targeted a home": who
            # tells of the other side's attack is its source
            continue
        out.append(ActorRef(name, role, m.start(), side, m.end()))
    return out


# a force's owner named right before bare "troops"/"soldiers": a name of its own, a
# possessive, or a word for another kind of force (not "The troops", "When troops")
_OTHERS_TROOPS = re.compile(
    r"(?:\b(?!(?:The|When|After|As|Then|And|But|While|Later|Meanwhile|Overnight|Earlier|"
    r"There|Some|Several|Many|Other|More|Two|Three|Four|Five|IDF|IOF|Israeli|Israel['’]s|"
    rf"{WEEKDAY_PATTERN})\b)"
    r"[A-Z][\w'’.-]*|['’]s?|\b(?:army|border|security|peacekeeping|police|government|"
    r"regime|rebel|allied|coalition|foreign|its|their|his|our))\s+$")


def attacks_next(text: str, actor: ActorRef, end: int) -> bool:
    """Whether the actor is the subject of an attack verb right after its name ("Hamas
    gunmen stormed southern Israel", "militants fired rockets", "Islamic Jihad claimed
    responsibility for the blast"), or the author of an attack its name owns ("one week
    after Hamas' attack on Israel")."""
    attack = _ATTACKS.match(text, actor.end, end)
    return attack is not None and not (_PARTICIPLE.search(attack.group(0)) and
                                       _STRUCK_WHEN.match(text, attack.end(), end)) or \
        _CLAIMS.match(text, actor.end, end) is not None or \
        _ITS_ATTACK.match(text, actor.end, end) is not None


# (not "five Palestinian militants killed on Monday in an Israeli airstrike", "militants
# killed overnight": a participle of the ones struck, told with its time; but "since Hamas
# attacked on October 7": a deed of its own)
_PARTICIPLE = re.compile(r"\b(?:killed|shot|hit|struck|targeted|bombed|shelled|raided)$")
_STRUCK_WHEN = re.compile(r"\s+(?:on|overnight|early|late|last|yesterday|today|tonight|earlier|"
                          r"this|at|near|after|as|since|amid|inside)\b", re.I)


_CLAIMS = re.compile(r"(?:\s+(?:group|organi[sz]ation|movement|faction))?\s+(?:has\s+|had\s+)?"
                     r"(?:claimed|claims)\s+(?:responsibility|credit)\b")
# (not "struck Hamas's attack tunnels", "Hamas's Nukhba attack force": a word for what the
# group uses to attack, what was struck)
_ITS_ATTACK = re.compile(r"['’]s?\s+(?:[\w.-]+\s+){0,2}?(?:attacks?|assaults?|incursions?|"
                         r"raids?|offensive|massacres?|invasion|rampage)\b"
                         r"(?!\s+(?:tunnels?|shafts?|forces?|units?|squads?|cells?|teams?|"
                         r"drones?|boats?|dogs?|helicopters?|rifles?|weapons?|positions?|"
                         r"posts?|infrastructure|capabilit(?:y|ies)|plans?|routes?|"
                         r"commanders?|operatives?|company|battalions?)\b)")


# "Hamas announces", "Hamas's Interior Ministry has reported", "Hamas claims that"
# (and by a title that is no name: "Israel's military spokesman said", "Israeli military
# officials said", "Israel's Army Radio reported")
_SPEAKS = re.compile(r"(?:['’]s?\s+(?:[A-Z][\w-]*\s+){1,3}|\s+(?:spokes(?:man|woman|person)|"
                     r"officials?|sources?|Radio)\s+)?\s*(?:has\s+|had\s+|have\s+)?"
                     r"(?:" + SPEAKS + r")\b")
# the armed groups' men by a word for any of them, one or many: "a militant", "three gunmen",
# "Hamas operatives"
FIGHTER_WORDS = r"fighters?|militants?|gunm[ae]n|operatives?|terrorists?"
# a group's own armed men, named after "its" or "their": "its fighters", "their men", "its
# armed wing"
OWN_MEN = (r"fighters|militants|gunmen|members|operatives|armed\s+wing|forces|units?|snipers|"
           r"brigades|men")
# "Hamas said its fighters attacked Israeli troops ... in response to Israeli strikes": who
# tells of its own fighters' deed is still their author, whatever the other side did
_OWN_DEED = re.compile(r"\s+(?:that\s+)?(?:it|they|(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
                       rf"(?:{OWN_MEN}))\b")
# "an Israeli airstrike kills", "Israeli troops killing": the present of a killing, read with
# _ATTACKS, whose "killed" (not "militants killed in the strike": the ones struck) counts
# for the speaker too
_KILLS = re.compile(r"\s+(?:kills|killing)\b")
# (and "..., the Israeli military admitted on Tuesday morning.": the source, with its day)
_SAID_LAST = re.compile(r"\s+(?:" + SAID + r"|admitted|acknowledged|added)"
                        r"(?:\s+(?:on|late|early|this|last|later|earlier|overnight|yesterday|today)"
                        r"\b[^.;,“”\"]{0,30}?)?\s*(?:[.;”\"]|$)")
_AFTER_COMMA = re.compile(r",\s*(?:the\s+)?$", re.I)
# "Hamas and rescuers said an Israeli strike": speakers, the strike's author named next
_SAID_WITH = re.compile(r"\s+and\s+(?:[\w-]+\s+){0,3}?(?:" + SAID + r")\s+(?:that\s+)?")
_SAID = re.compile(r"\s+(?:" + SAID + r")\s+(?:that\s+)?")
# the actor named next as what was done ("an Israeli strike"), or as who was hit ("Hamas
# commander Ahmed Ghandour was killed", "Hamas militants had been killed")
_STRIKE_NOUN = re.compile(r"\s(?:air\s?strikes?|strikes?|attacks?|raids?|shelling|bombardment|"
                          r"bombing|fire|gunfire)$", re.I)
_HIT_NEXT = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:was|were|had been|has been|have been)\b")
_ATTACKS = re.compile(r"\s+(?:had\s+|have\s+|has\s+)?(?:fired|launched|attacked|ambushed|"
                      r"shot|detonated|targeted|carried out|"
                      # "Hamas said Israeli jets struck a school": the strike's author
                      r"struck|bombed|shelled|raided|stormed|hit|killed)\b"
                      # (not "The IDF said Hamas militants hit by an airstrike ...", "militants
                      # killed in the strike": the ones struck, named as such)
                      r"(?!\s+by\b)(?<!hit(?=\s+(?:in|during|when|while)\b))"
                      r"(?<!killed(?=\s+(?:in|during|when|while)\b))")
