"""How reports word a count of the dead or the hurt.

The numbers and vague quantities ("at least 35", "dozens of"), the victims ("two IDF reserve
soldiers", "a man and his wife"), the verbs of killing and of hurting, and the asides, sources
and fillers that stand between a count and its verb. The count patterns (``patterns``) and
the checks on a count (``headcount``, ``counts``) are built from these pieces, so that every
pattern reads a count the same way.
"""

from __future__ import annotations

import re

from geoevents.dates import MONTH_PATTERN
from geoevents.quantities import NUMBER_WORD, QUALIFIERS

# ("killed (210) martyrs and wounded more than (400) citizens": the Gaza ministries' way of
# setting a figure apart, in brackets)
NUMWORD = (r"(?:\((?:\d{1,3}(?:,\d{3})+|\d+)\)|\d{1,3}(?:,\d{3})+|\d+|"
           # ("more than two dozen people": so many dozens, before "two" alone)
           r"(?:two|three|four|five|six)\s+dozen|"
           # ("one hundred people", "two hundred civilians": so many hundreds, before "one"
           # and "two" alone)
           r"(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?!s)|"
           r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
           r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|"
           r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
           r"sixteen|seventeen|eighteen|nineteen|a dozen|dozens(?: of)?|"
           r"scores(?: of)?|hundreds(?: of)?|thousands(?: of)?|several|many|a number of|"
           r"a few|a couple of|an?)(?!\w)")
# (a range, "20 to 30", "dozens or hundreds"; not "killing 93 and dozens of injured",
# "104 people died and 760 were hurt": the dead, then the count of the hurt, a second
# count; but "between 20 and 30 injured" is one)
QUANT = (rf"(?:between\s+{NUMWORD}\s+(?:and|to)\s+{NUMWORD}|"
         rf"(?:(?:{QUALIFIERS})\s+)?{NUMWORD}"
         rf"(?:\s+(?:and|or|to)\s+{NUMWORD}(?!\s+(?:of\s+)?(?:(?:were|are|have\s+been|had\s+been)\s+"
         rf"(?:[a-z]+ly\s+)?)?(?:injured|wounded|hurt|injuries)\b))?)")
# Where a count begins: a word's start, or the bracket of a figure set apart ("In the past
# 24 hours, (23) martyrs and (78) injuries arrived at the hospitals"), where no word boundary
# stands before the bracket
NB = r"(?:\b|(?<![\w(])(?=\(\d))"
# "another 10", "a further four": a count told after one before it
FURTHER = rf"(?:another|a\s+further)\s+(?=\S*\d|{NUMWORD}\s)"
# An army's ranks: "two majors and a lieutenant colonel"
RANKS = r"majors?|colonels?|lieutenants?|sergeants?|captains?|corporals?"
# Which one of a family a word before the kin tells: "his eldest son", "her baby daughter",
# "their twin brother"
WHICH_OF_KIN = r"eldest|youngest|only|older|younger|elder|little|baby|pregnant|newborn|twin"
KIN_ONE = (r"(?:wife|husband|son|daughter|mother|father|brother|sister|baby|infant|"
           r"grand(?:son|daughter|mother|father|child)|nephew|niece|cousin|uncle|aunt)\b")
VICTIM = (r"(?:(?:more|other|additional|further|Palestinian|Israeli|Gazan|civilian|displaced|"
          r"local|aid|medical|health|UN|UNRWA|IDF|family|clan|young|unarmed|Hamas|Islamic|Jihad|"
          r"Qassam|armed|civil|defen[cs]e|rescue|emergency|security|press|media|"
          r"municipal|humanitarian|senior|top|deputy|prominent|[\w-]+-old|police|"
          # "killing one international UN staff member"
          r"international|foreign|national|female|male|pregnant|disabled|"
          # "29 identified civilians", "seven unidentified people", "innocent civilians"
          r"identified|unidentified|unnamed|innocent|defen[cs]eless|"
          # "a little boy and his baby sister", "two on-duty health workers", "dozens of
          # terror operatives": who they were, told before the noun
          r"little|baby|newborn|teenage|(?:on|off)-duty|terror|elite|commando|gang|"
          # "an Israeli tank commander", "two reserve soldiers"
          r"tank|army|reserve|platoon|company|battalion|brigade|infantry|combat|squad|"
          # "a truck driver", "an ambulance driver", "two water workers"
          r"truck|lorry|ambulance|taxi|bus|water|relief|"
          # the other side's words for the army: "Five Israeli occupation soldiers", "two
          # Zionist soldiers", "three enemy soldiers"
          r"occupation|Zionist|enemy|"
          # "two injured people were killed": the wounded who died
          r"injured|wounded|sick|"
          # "Seven World Central Kitchen staff members": an organisation's name (not
          # a month: "On 13 March UNRWA staff were killed" is a day, not a count)
          rf"(?-i:(?!{MONTH_PATTERN}\b)[A-Z][\w'’&-]+)|"
          # ... and its initials in brackets, or a web page's link word left in the text:
          # "Two Palestine Red Crescent Society (PRCS) paramedics", "a Hamas (search)
          # militant"
          r"\((?-i:[A-Z][A-Za-z&.-]*|search)\))\s+){0,5}"
          # the people of the Strip by their demonym: "At least 18 Gazans have been killed"
          # (the plural only: "two Gazan children" counts its children)
          r"(?:people|persons|person|Palestinians|Palestinian|Gazans|victims|civilians|civilian|children|"
          r"child|kids|women|woman|men|man|boys|boy|girls|girl|babies|infants|soldiers|soldier|"
          r"adults?|elderly|youngsters|teenagers|youths|toddlers|newborns|minors|IDPs?|"
          r"troops|fighters|militants|gunmen|members|officers|officer|journalists|journalist|"
          r"workers|worker|staff|patients|relatives|residents|individuals|policemen|police|"
          r"paramedics|medics|doctors|nurses|hostages|detainees|Israelis|others|siblings|"
          # ("A citizen was martyred in a drone strike": the word of reports translated
          # from Arabic for a civilian)
          r"operatives|combatants|terrorists|citizens|citizen|"
          # ... and one of them: "troops killed a senior Hamas operative during the raid",
          # "a terrorist was eliminated" (not the word as a noun's modifier: "eliminated two
          # terrorist squads", "a terrorist cell": no one counted)
          r"(?:operative|combatant|terrorist)(?!\s+(?:squads?|cells?|groups?|organi[sz]ations?|"
          r"infrastructure|targets?|sites?|tunnels?|compounds?|posts?|positions?|attacks?|"
          r"networks?|activit(?:y|ies)|headquarters|bases?|launchers?|leaders?|commanders?|"
          r"members?|units?|teams?|forces?|capabilit(?:y|ies)|assets?|structures?)\b)|"
          r"brothers|sisters|sons|daughters|family members|students|teachers|"
          r"mothers|fathers|wives|husbands|grandchildren|cousins|nephews|nieces|"
          r"aid seekers|volunteers|rescuers|guards|commanders|fishermen|farmers|passengers|"
          r"occupants|teenagers?|teens?|youth|leaders?|activists?|"
          r"colleagues?|staff members?|employees?|cameram[ae]n|photographers?|reporters?|"
          r"correspondents?|commander|directors?|nurse|doctor|paramedic|volunteer|drivers?|"
          r"teachers?|student|crew members?|reservists?|troopers?|gunman|militant|fighter|"
          r"officials?|personnel|"
          # the aid agencies' words for their people: "a UN staffer was killed", "two
          # contractors", "a medic", "a rescuer", "a guard" (the plurals "guards", "rescuers"
          # are above)
          r"staffers?|contractors?|medic|rescuer|guard|"
          # ... and the trades of the dead: "a surgeon", "two engineers", "a fisherman",
          # "a firefighter", "a photojournalist"
          r"surgeons?|pharmacists?|engineers?|chefs?|fisherman|farmer|shepherds?|"
          r"midwi(?:fe|ves)|firefighters?|lawyers?|imams?|toddler|photojournalists?|"
          # a husband and wife, two of the dead: "a couple and their four children"
          r"couples?|"
          # ranks: "two majors and a lieutenant colonel", "a staff sergeant"
          rf"(?:(?:lieutenant|staff|master|first|sergeant)[ -])?(?:{RANKS})|"
          # one of a family: "a father and his four sons", "a man and his wife"
          rf"{KIN_ONE})")
# ("eliminated 40 terrorists": an army's word for the fighters it killed)
KILL = (r"(?:"
        # "two men died of their wounds": dead, not hurt (before "died", so that the longer
        # reading is the one taken)
        r"died\s+(?:later\s+)?(?:of|from)\s+(?:(?:his|her|their|the)\s+)?(?:wounds|injuries)|"
        r"killed|killing|kills|kill|dead|died|slain|massacred|martyred|martyring|perished|"
        # "two men bled to death in the street", "a man succumbed to his wounds": the
        # wounded who died of it
        r"bled\s+to\s+death|succumbed\s+to\s+(?:(?:his|her|their|the)\s+)?(?:wounds|injuries)|"
        r"eliminated|eliminating|(?:lost|losing) their lives|"
        # one death told the same way: "a young child lost their life", "a man lost his
        # life" (not "lost his leg", "lost their homes": the hurt and the homeless)
        r"(?:lost|losing) (?:his|her|their) life|"
        # a killing told by the harm that proved fatal: "was fatally shot by the assailants",
        # "fatally shot two Palestinians", "were fatally wounded" (not "shot", "wounded",
        # "seriously injured": the hurt)
        r"fatally (?:shot|stabbed|wounded|injured|struck|hit|trampled|crushed|burned|burnt))")
# "71 people have been brutally slaughtered": after the victims only (cattle are slaughtered);
# "a soldier fell in combat in southern Gaza", "fell during combat": the army's word for its
# dead (not "rockets fell in open areas")
# ... and the army's own word for its dead with no battle named, after its soldiers only:
# "21 IDF reserve soldiers fell.", "three additional soldiers fell in the southern Gaza
# Strip" (not "two soldiers fell ill", "fell into the hands of", "fell from a roof", nor
# "two rockets fell in open areas": no soldiers)
_FELL = ("(?:" + "|".join(rf"(?<={w}\s)" for w in (
    "soldiers", "soldier", "troops", "reservists", "reservist", "officers", "officer",
    "troopers", "trooper", "fighters", "commanders", "commander")) + ")"
         r"fell(?=\s*[.,;:]|\s+(?:on|in|near|at|"
         r"during|while|when|yesterday|today|overnight)\s+(?!love\b|line\b|(?:the\s+)?"
         r"(?:hands|trap|ambush|water|sea|sleep)\b))"
         # (a place or a day after "in", "on", "at", "near", the fighting after "while": not
         # "fell on the stairs", "fell in a tunnel shaft", "fell while climbing a wall", nor
         # "fell when a building collapsed and were lightly wounded": a fall, the hurt after)
         r"(?!\s+(?:on|in|near|at)\s+(?!(?:the\s+)?(?-i:[A-Z])|(?:the\s+)?(?:northern|southern|"
         r"central|eastern|western|north|south|east|west|combat|battle|action|fighting|"
         r"clashes)\b)|\s+while\s+(?!fighting|operating|serving|on\b|in\b))"
         r"(?![^.;]{0,80}?\band\s+(?:was|were)\s+(?:\w+ly\s+)?(?:injured|wounded|hurt)\b)")
# "two Palestinians were shot and killed near the hospital", "was stabbed and killed": the
# way they were killed, told before the verb, in the passive only (not "Two police officers
# shot and killed a suspect", "two gunmen reportedly shot and killed a man": who killed) and
# before the verb of the killing (not "were beaten and dead bodies were later found")
_MANNER = (r"(?:shot|stabbed|gunned\s+down|beaten|run\s+over)\s+and\s+"
           r"(?=(?:killed|died|slain|martyred|eliminated|bled\s+to\s+death)\b)")
# "three men were executed", "a collaborator was executed in Gaza City": people put to death,
# told in the passive only (not "two fighters executed an ambush": carried out, by them)
_PUT_TO_DEATH = r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbeing\s))executed"
# "22 members of the same family die in an Israeli attack", "Five Palestinians die in
# strike on Rafah": a headline's present tense, told of an attack (not "thousands could die
# in Gaza", "children die in Gaza every day": a fear, a rate; nor "die of hunger")
_DIE_NOW = (r"(?<!\bcould\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)"
            r"(?<!\bcan\s)(?<!\bto\s)(?<!\bmust\s)(?<!\bshould\s)(?<!\bnot\s)"
            r"(?:die|dies)(?=\s+(?:in|after|when|during|as|near|at)\s)"
            r"(?![^.;:]{0,60}?\b(?:every|each|a|per)\s+(?:day|night|hour|week|month)\b)")
KILLED_PEOPLE = (rf"(?:(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbeing\s)|(?<=\bare\s)|"
                 rf"(?<=\bis\s)){_MANNER}|(?<=ly\s){_MANNER}(?!\w+\s+(?:a|an|the|his|her|their|"
                 rf"its|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b))?"
                 rf"(?:{KILL}|slaughtered|{_PUT_TO_DEATH}|"
                 rf"fell\s+(?:in|during)\s+(?:combat|battle|action)\b|{_DIE_NOW}|"
                 rf"{_FELL})")
# ... a killing of fighters only, the verb opening or closing the count: "eliminated 40
# terrorists", "12 Hamas operatives were eliminated" (not "UNRWA eliminated 12 staff", "30
# staff positions were eliminated": jobs cut)
_ELIMINATED = re.compile(r"^eliminat|eliminat\w*$", re.I)
_FIGHTER_NOUN = re.compile(r"terrorists?|operatives?|combatants?|fighters?|militants?|gunm[ae]n|"
                           r"commanders?|leaders?", re.I)


def eliminated_no_fighters(m: re.Match, victim: str | None) -> bool:
    """Whether an army's word for killing tells a count of no fighters ("eliminated 30
    staff positions", "eliminated two terrorist squads"): a toll only of the fighters it
    names."""
    return _ELIMINATED.search(m.group(0)) is not None and not (
        victim and _FIGHTER_NOUN.fullmatch(victim.split()[-1]))

HURT = r"(?:injured|injuring|injures|wounded|wounding|hurt|injuries|wounds)"
# "hundreds of martyrs and wounded", "dozens were killed and wounded": one count of the dead
# and the hurt together, so no count of the dead ("hundreds of martyrs and injuries" too;
# not "five people were killed and the wounded were taken to hospital": the hurt of a
# clause of their own)
_HURT_TOO = r"(?:wounded|injured|hurt|injuries)\b"
_THE_HURT_TOO = r"the\s+(?:wounded|injured|hurt)\b(?!\s+(?:were|was|are|is|have|has|had)\b)"
# ("30 dead and missing", "93 dead or missing": the missing counted with the dead, who may
# be alive, so no count of the dead either)
# (only where "missing" ends the count, before a stop, a place or a joining word: not "the
# missing numbered ten", "missing relatives are feared buried", the missing as the subject
# of a clause of their own, or "missing" told of a group of its own)
_MISSING_TOO = (r"(?:the\s+)?missing\b(?=\s*(?:[^\w\s]|$)|\s+(?:in|at|on|from|after|under|"
                r"since|following|during|across|throughout|amid|beneath|as|when|while|"
                r"and|or|so|with|by|according|including|among|of|to)\b)")
# ("dozens were killed or seriously wounded": the hurt told with how badly)
_HOW_BADLY = (r"(?:(?:seriously|critically|severely|gravely|badly|moderately|lightly|"
              r"slightly)\s+)?")
NOT_AND_HURT = (rf"(?!\s+(?:and|or|&)\s+(?:{_HOW_BADLY}{_HURT_TOO}|{_THE_HURT_TOO}|"
                rf"{_MISSING_TOO}))")
# after a clause of its own ("three people were killed"), the hurt may be the subject of the
# next: "and wounded people were trapped under the rubble"
NOT_AND_HURT_AFTER_VERB = (
    rf"(?!\s+(?:and|or|&)\s+(?:{_HOW_BADLY}{_HURT_TOO}(?!\s+(?:people|persons|civilians|residents|"
    rf"children|Palestinians)\s+(?:were|was|are|remain|remained)\b)|{_THE_HURT_TOO}))")
# ("two martyrs' families": whose families, not a count of the dead)
DEATH_NOUN = r"(?:deaths|dead|fatalities|bodies|killings|casualties|martyrs(?!['’]))"
# ("two of its paramedics", "five of their children": the group's members counted)
# ... or the members of a family, however many it had: "nine of her 10 children", "nine of a
# single doctor's 10 children", "two of the couple's sons"
OF_GROUP = (r"(?:(?:more\s+)?of\s+(?:them|whom|its|their|his|her|our)\s+"
            rf"(?:(?!an?\b){NUMWORD}\s+)?|"
            # ("11 of the victims died in an air strike on a school": the share of a day's
            # dead one strike killed, its own toll; not "11 of the dead were children")
            r"of\s+the\s+(?=victims\b(?!['’]))|"
            r"(?:more\s+)?of\s+(?:them|whom|its|their|his|her|our)\s+"
            rf"(?:(?!an?\b){NUMWORD}\s+)?|"
            r"of\s+(?:a|the)\s+(?:[\w-]+\s+)?[\w-]+['’]s\s+"
            rf"(?:(?!an?\b){NUMWORD}\s+)?(?=(?:children|sons|daughters|grandchildren|"
            r"siblings|brothers|sisters|relatives|family\s+members)\b))")
NUM_VICTIM = rf"(?P<n>{QUANT})\s+{OF_GROUP}?(?P<v>{VICTIM})"
# "killing four people ... and burning more than 40 others": the burned are hurt, told as
# people (not "burning 40 tents", "burnt tents"), the people the end of what was burned (not
# "burning five people to death", "burned two children alive": the dead; "burned two
# Palestinian cars", "burned 3 children's bodies": things)
BURNED_PEOPLE = (rf"(?:burning|burnt|burned)(?=\s+{QUANT}\s+{OF_GROUP}?{VICTIM}\b(?!['’])"
                 r"(?:\s*(?:[,.;:)]|$)|\s+(?:and|or|in|at|on|near|inside|around|across|as|"
                 r"while|when|who|including|among|with|during|after|amid|according)\b))")

# "17 people, including at least four children, were killed": an aside about the victims,
# which may be a list ("471 people, including children, health care staff, and IDPs, were
# killed"), or have no commas before a verb ("270 people including children and other
# non-combatants were killed").
# (a list runs to the verb, "..., and IDPs, were killed": not "..., and patients, remain
# trapped inside Nasser Hospital, where two were killed", a clause after it)
# ("At least 40 people, many of them children, were killed": a share of the victims told by
# any quantifier or number, "some of whom", "half of them", "nine of them")
_ASIDE = (r"(?:,\s+(?:including|among them|among whom|mostly|"
          # ("Fourteen people, the majority of them children under 10 years old, were
          # killed")
          # (a hedged share too: "16 Palestinians, approximately ten of whom were
          # children, were killed" is 16, the share no count of its own)
          rf"(?:(?:approximately|about|around|roughly|nearly|almost|some|at\s+least|"
          rf"over|more\s+than|fewer\s+than|less\s+than|up\s+to)\s+)?"
          rf"(?:many|most|some|several|half|all|a\s+few|(?:the|a)\s+(?:majority|bulk)|"
          rf"{NUMWORD})\s+of\s+(?:them|whom)|"
          # ("Eleven individuals, all from the same Abu Shaaban family, were killed")
          r"(?:all|both)\s+(?:from|members\s+of))"
          r"\b[^,.;:]{1,60}"
          r"(?:(?:,[^,.;:]{1,80}){1,3},(?=\s+(?:were|was|are|is|have|has|had)\s)|,)|"
          # "43 Palestinian civilians, (with) seven women amongst them, were killed"
          r",\s+(?:with\s+)?[^,.;:]{1,40}?\s+among(?:st)?\s+them,|"
          # "Two of his children, who were with him at the time, were also killed" (not
          # "Two Hamas fighters, who emerged from a tunnel shaft, killed Israeli soldiers":
          # who killed)
          r",\s+who\s+[^,.;:]{1,60},(?!\s+(?:also\s+)?(?:killed|killing|kills|kill)\b)|"
          # ... or who they were, told by "which": "11 of the victims, which included women
          # and children, died"
          r",\s+which\s+(?:included|includes|include)\s+[^,.;:]{1,60},|"
          # "A Palestinian journalist, Ibrahim Muharib, has been killed", "Two journalists,
          # Hamza Dahdouh and Mustafa Thuraya, were killed": the victims' names, two words or
          # more each, before the verb
          # (a list of them too: "Three doctors, Mahmoud Abu Nujaila, Ahmad al-Sahar and Ziad
          # al-Tatari, were killed")
          r",\s+(?-i:[A-Z][\w'’-]*)(?:(?:\s+|,\s+(?=(?-i:[A-Z]))|,?\s+and\s+(?=(?-i:[A-Z])))"
          r"(?:(?-i:[A-Z][\w'’-]*)|(?:al|el|abu|bin|ibn)\b[\w'’-]*)){1,10},"
          r"(?=\s+(?:has|have|had|was|were|is|are)\s)|"
          # "Six members of one family -- a couple and their four children -- were killed"
          # ... or with no spaces round the dashes: "three soldiers—all holding the rank
          # of first sergeant—were killed"
          r"\s*(?:--|[–—])\s*[^–—.;:]{1,80}?\s*(?:--|[–—])|"
          r"\s+(?:including|among them)\s+[^,.;:]{1,60}?(?=\s+(?:were|was|have been|had been|"
          r"are|is)\s))?")
# Where the victims were from: "Seven volunteers from the World Central Kitchen, including
# ..., are killed"
_FROM = (r"(?:\s+(?:from|of)\s+(?:the\s+|one\s+)?(?:[\w'’&-]+\s+){0,4}?[\w'’&-]+"
         # ... or a relative clause of the victims after it: "the names of nine soldiers from
         # the army's Givati Brigade who were killed"
         r"(?=,|\s*(?:--|[–—])|\s+who\s+(?:were|was|had|have|are)\s)|"
         # ... or the family they were of, however long its name: "11 members of the Abu
         # Shaaban family were killed", "five members of the al-Astal family were wounded"
         r"\s+of\s+(?:the|a|an|one)\s+(?:(?-i:[A-Z])[\w'’-]*\s+|(?:al|el|abu|abu-)[\s-]){1,4}?"
         r"famil(?:y|ies)(?=\s+(?:were|was|have|had|are|is)\s)|"
         # ... or the body they worked for, named in full before the verb: "Seven aid workers
         # with the charity World Central Kitchen were killed", "two paramedics with the
         # Palestine Red Crescent Society were killed"
         # ("of the U.S.-based charity World Central Kitchen": where the body is based)
         # ... or the outlet a journalist worked for, told by what it is: "Two reporters for
         # Qatari television Al Jazeera", "two journalists for the Palestinian news agency
         # Wafa"
         r"\s+(?:with|for|from|of)\s+(?:the\s+)?(?:[\w.'’-]+-based\s+)?(?:(?:(?-i:[A-Z]\w+)\s+)?"
         r"(?:charity|aid\s+group|group|agency|organi[sz]ation|NGO|television|TV|channel|"
         r"broadcaster|network|newspaper|news\s+agency|news\s+website|(?:news\s+)?outlet|"
         r"radio)\s+)?(?-i:[A-Z][\w'’&.-]*)(?:\s+(?:(?-i:[A-Z][\w'’&.-]*)|of|"
         # (a long name and its initials after it: "six employees from the United Nations
         # Relief and Works Agency for Palestine Refugees (UNRWA) were killed")
         r"for|and|de|du|sans)){0,8}(?:\s+\((?-i:[A-Z][\w&.-]*)\))?"
         r"(?=\s+(?:were|was|have|had|are|is)\s)|"
         # ... or the unit the troops served in, and the formation that holds it: "two
         # soldiers from an elite unit in the Givati Brigade were killed", "three soldiers of
         # the 51st Battalion of the Golani Brigade were killed"
         r"\s+(?:from|of|in)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:unit|battalion|brigade|"
         r"division|company|platoon|squad|corps)(?:\s+(?:of|in)\s+(?:the\s+)?(?:[\w'’-]+\s+)"
         r"{0,3}?(?:unit|battalion|brigade|division|corps))?(?=\s+(?:were|was|have|had|are|is)\s))?")
# ('"At least 20 people" were killed', '"dozens of civilians" were wounded': the count quoted
# from a source, its verb after the closing mark)
_QUOTE_CLOSED = r"(?:[\"”](?=\s))?"
# Where the victims were when they were killed, told between them and the verb: "A man at
# the market in Deir al-Balah was killed", "Two boys from the Shati camp in Gaza City were
# killed", "Three members of one family in Nuseirat were killed", "A woman sheltering in a
# tent in al-Mawasi was killed". Longer than the four words of filler below allows, so told
# by its shape: up to three phrases, each a preposition and a place named (a capitalised
# name, "al-Mawasi") or a site ("the market", "a tent", "their home"), or a family; after a
# participle or "who was ..." of where they stayed. No number, comma, "and" or verb of its
# own fits between (not "hundreds of people in Gaza, 18 of them in a school, were killed").
_PLACE_NAME = (r"(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|"
               r"west)\s+)?(?:(?-i:[A-Z])[\w'’-]*|(?:al|el|an|ar|as|ash|ad|az|at)-[\w'’-]+)"
               r"(?:\s+(?:(?-i:[A-Z])[\w'’-]*|(?:al|el|an|ar|as|ash|ad|az|at)-[\w'’-]+|"
               r"(?:al|el|abu)\b))*")
_SITE = (r"(?:market(?:place)?|tent|school|house|home|camp|shelter|hospital|clinic|mosque|"
         r"church|street|road|square|neighbou?rhood|area|building|apartment|flat|bakery|shop|"
         r"stall|kitchen|farm|field|beach|coast|sea|port|checkpoint|crossing|queue|line|"
         r"(?:distribution|aid)\s+(?:point|centre|center|site|hub)|car|vehicle|cart|truck|"
         r"ambulance|motorbike|motorcycle|bicycle|boat|courtyard|yard|garden|roof|rooftop|"
         r"family|household|town|village|city|district|quarter|centre|center|roundabout|"
         r"junction|intersection|corridor|gate|entrance|warehouse|university|compound|base|"
         r"post|outpost|position|kibbutz|north|south|east|west|outskirts|edge|part)"
         r"(?:s|es)?")
_SITE_OF = (r"(?:the|a|an|one|their|his|her|its|a\s+nearby|the\s+same)\s+"
            r"(?:(?!\d|and\b|or\b|was\b|were\b)[\w'’-]+\s+){0,2}?" + _SITE + r"\b")
_WHERE_ONE = (r"\s+(?:at|in|near|from|inside|outside|of|on|off|by|beside|next\s+to|close\s+to)\s+"
              rf"(?:{_SITE_OF}|{_PLACE_NAME})")
_STAYING = (r"(?:\s+who\s+(?:was|were|had\s+been|have\s+been|are|is)\s+|\s+)"
            # ("Two men riding on a motorcycle were killed")
            r"(?:sheltering|staying|living|camping|waiting|queu(?:e)?ing|standing|walking|"
            r"riding|travel(?:l)?ing|driving|fishing|playing|praying|"
            r"sitting|sleeping|working|gathering|gathered|displaced|taking\s+shelter|"
            r"seeking\s+(?:shelter|refuge|aid|food))")
# (right before the verb, or an adverb of it: "... in Rafah were also killed", "... were
# badly wounded", "were shot dead"; not "hundreds of Palestinians in North Gaza have
# reportedly been killed": no words of the four's after it)
_ADVERB = r"(?:also|(?-i:[a-z]+ly))"
_WHERE = (rf"(?:{_STAYING})?(?:{_WHERE_ONE}){{1,3}}(?![\w'’-])(?:\s+{_ADVERB})?"
          rf"(?:\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+"
          rf"(?:{_ADVERB}|shot(?=\s+dead\b)))?\s+")

# The duty the victims were on, told between them and the verb: "Five security officers
# assigned to accompany aid convoys were killed", "two workers hired to repair the pipeline
# were killed", "three police officers tasked with guarding the convoy were killed". Longer
# than the four words of filler below allows, so told by its shape: a participle of being
# given a task, "to" or "with", and the task in up to six words, then the verb's auxiliary
# and an adverb of it ("were reportedly killed")
# (no number, comma, "and" or verb of a killing between: not "two guards hired to protect
# the site killed a man": who killed, no auxiliary before the verb)
_DUTY = (r"\s+(?:assigned|hired|tasked|deployed|sent|dispatched|charged|employed|contracted|"
         r"detailed|mandated|appointed|posted|stationed|called\s+in|brought\s+in)\s+"
         r"(?:to|with)\s+(?:(?!and\b|or\b|were\b|was\b|\d)[\w'’-]+\s+){1,6}?"
         r"(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+"
         rf"(?:{_ADVERB}\s+)?")

# (not "targeted dozens of Hamas commanders after an Israeli soldier was killed": a clause
# of its own, whose subject was the one killed)
FILLER = _QUOTE_CLOSED + _FROM + _ASIDE + rf"(?:{_WHERE}|{_DUTY}|" + (
                    r"(?:\s+(?!and\b|but\b|while\b|said\b|says\b|say\b|told\b|tell\b|"
                    r"stated\b|added\b|"
                    r"after\s+(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?was\b|"
                    # (nor "more than 150 people were killed or injured": one count of the
                    # dead and the hurt together, no count of the hurt)
                    r"(?:killed|dead|died|martyred|slain)\s+or\b)"
                    r"[\w'’-]+){0,4}?\s+|"
                    # (or nothing after an aside closed by a dash with no space: "—were")
                    r"(?<=[–—])(?=\w))")
# "are reported to be injured", "were said to have been killed", "were reported killed":
# the count as the hospital or the ministry told it, still the incident's own (not "feared":
# a fear, no count; nor "believed" or "thought": a guess, no count either; see _UNCONFIRMED
# for "believed trapped")
HEARSAY = (r"(?:(?:also\s+)?(?:reported|said|confirmed)\s+"
           r"(?:to\s+(?:be|have\s+been)\s+)?)?")
# ... of the same incident, not of others told beside it: "five more were killed in strikes
# elsewhere", "hundreds more were killed over the past week" (but "dozens more were killed
# across the Strip" is the Strip's count, an event of its own)
NOT_ELSEWHERE = (r"(?![^.;:]{0,40}?\b(?:elsewhere|in\s+(?:other|separate)|"
                 r"over\s+the\s+(?:past|last)|(?:this|last|past)\s+week)\b)")
AUX = r"(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|has\s+been\s+|are\s+|is\s+|being\s+)?"
# ("a man was shot and wounded", "a soldier was shot and seriously wounded")
HURT_MANNER = (r"(?:(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbeing\s))"
               r"(?:shot|stabbed|beaten|run\s+over)\s+and\s+(?:(?:seriously|critically|"
               r"severely|moderately|lightly|slightly)\s+)?(?=(?:injured|wounded|hurt)\b))")
# "five men and three women were killed": counts of victims joined by "and" add up, and so
# do a family's ("a woman and her two children", "a man, his wife and their three children").
# (or one's family, counted as none more: "A doctor and her family were killed", "a
# journalist and members of his family": the one told, at least)
_THE_FAMILY = (r"(?:(?:other\s+)?members\s+of\s+)?(?:his|her|their)\s+(?:own\s+|entire\s+|whole\s+|"
               r"extended\s+|immediate\s+)?famil(?:y|ies)\b(?!['’])")
# "my eldest son and my youngest daughter were killed": kin told one by one, by a parent
# speaking too, each with a word of which child they were
_OWNER = r"(?:his|her|their|my|our)"
_WHICH_KIN = rf"(?:(?:{WHICH_OF_KIN})\s+)?"
MORE_ONE = (rf"(?:(?:{QUANT}\s+{OF_GROUP}?|{_OWNER}\s+(?:{NUMWORD}\s+)?{_WHICH_KIN}){VICTIM}|"
            rf"{_THE_FAMILY})")
# (not "the bodies of four Palestinians and several injured individuals": the hurt; but
# "Four paramedics and two injured people were killed": the wounded who died, the verb of
# their death right after them)
_NOT_HURT_ONE = (rf"(?!(?:[\w-]+\s+)?{_HURT_TOO}(?!\s+(?:[\w-]+\s+)?(?:people|persons|patients|"
                 r"civilians|Palestinians|men|women|children|individuals)\s+(?:were|was|have\s+"
                 r"been|had\s+been)\s+(?:also\s+)?(?:killed|martyred)\b))")
# "a mother of three and her two children", "a father of five, his wife and ...": how many
# children the first had, told before the victims joined to them (the children counted
# only as they are told joined)
_PARENT_OF = rf"(?:\s+of\s+(?:{NUMBER_WORD}|\d{{1,2}})(?=,?\s+(?:and\s+)?(?:his|her|their)\b))?"
MORE_VICTIMS = (rf"(?P<more>{_PARENT_OF}(?:,\s+{_NOT_HURT_ONE}{MORE_ONE})*,?\s+and\s+"
                rf"{_NOT_HURT_ONE}{MORE_ONE})")
EACH_VICTIM = re.compile(rf"(?:(?P<q>{QUANT})\s+{OF_GROUP}?|"
                         rf"{_OWNER}\s+(?:(?P<k>{NUMWORD})\s+)?{_WHICH_KIN})"
                         rf"(?P<v>{VICTIM})", re.I)
ONE_PERSON = re.compile(rf"(?:{KIN_ONE}|child|woman|man|boy|girl|person|civilian|Palestinian|"
                        r"soldier|officer|journalist|worker|adult|IDP|colleague|member|"
                        r"employee|cameraman|photographer|reporter|correspondent|commander|"
                        r"director|nurse|doctor|paramedic|volunteer|teacher|student|"
                        r"reservist|driver|guard|citizen|staffer|contractor|medic|rescuer|"
                        r"surgeon|pharmacist|engineer|chef|fisherman|farmer|shepherd|midwife|"
                        r"firefighter|lawyer|imam|toddler|photojournalist)",
                        re.I)

FAMILY_OF = rf"(?:an?|one|the|a whole|an entire)\s+family\s+of\s+(?P<n>{NUMWORD})"
