"""Fatality and injury counts, with ACLED's coding rules.

* the lowest number given counts ("at least 35" -> 35, "between 20 and 30" -> 20);
* vague quantities get ACLED's conventional values ("dozens" -> 12, "several" -> 10);
* cumulative war totals ("nearly 38,000 deaths since October") are context, not the
  fatalities of an event, and are flagged ``cumulative``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from geoevents.anchored import Cues, PrefixIndex
from geoevents.dates import MONTH_PATTERN, WEEKDAY_PATTERN
from geoevents.named_deaths import named_deaths, named_hurt
from geoevents.quantities import parse_number
from geoevents.speech import TOLD

__all__ = ["Casualty", "find_casualties", "has_casualty_words", "part_of_a_tally", "PATTERNS",
           "RANKS"]

# ("killed (210) martyrs and wounded more than (400) citizens": the Gaza ministries' way of
# setting a figure apart, in brackets)
_NUMWORD = (r"(?:\((?:\d{1,3}(?:,\d{3})+|\d+)\)|\d{1,3}(?:,\d{3})+|\d+|"
            r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|"
            r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|a hundred|one hundred|a dozen|dozens(?: of)?|"
            r"scores(?: of)?|hundreds(?: of)?|thousands(?: of)?|several|many|a number of|"
            r"a few|a couple of|an?)(?!\w)")
# (a range, "20 to 30", "dozens or hundreds"; not "killing 93 and dozens of injured",
# "104 people died and 760 were hurt": the dead, then the count of the hurt, a second
# count; but "between 20 and 30 injured" is one)
_QUANT = (rf"(?:between\s+{_NUMWORD}\s+(?:and|to)\s+{_NUMWORD}|"
          rf"(?:(?:at least|more than|over|nearly|almost|about|around|some|roughly|up to|"
          rf"as many as|no fewer than|an estimated|approximately|between)\s+)?{_NUMWORD}"
          rf"(?:\s+(?:and|or|to)\s+{_NUMWORD}(?!\s+(?:of\s+)?(?:(?:were|are|have\s+been|had\s+been)\s+"
          rf"(?:[a-z]+ly\s+)?)?(?:injured|wounded|hurt|injuries)\b))?)")
# Where a count begins: a word's start, or the bracket of a figure set apart ("In the past
# 24 hours, (23) martyrs and (78) injuries arrived at the hospitals"), where no word boundary
# stands before the bracket
_NB = r"(?:\b|(?<![\w(])(?=\(\d))"
# "another 10", "a further four": a count told after one before it
_FURTHER = rf"(?:another|a\s+further)\s+(?=\S*\d|{_NUMWORD}\s)"
# An army's ranks: "two majors and a lieutenant colonel"
RANKS = r"majors?|colonels?|lieutenants?|sergeants?|captains?|corporals?"
_KIN_ONE = (r"(?:wife|husband|son|daughter|mother|father|brother|sister|baby|infant|"
            r"grand(?:son|daughter|mother|father|child)|nephew|niece|cousin|uncle|aunt)\b")
_VICTIM = (r"(?:(?:more|other|additional|further|Palestinian|Israeli|Gazan|civilian|displaced|"
           r"local|aid|medical|health|UN|UNRWA|IDF|family|clan|young|unarmed|Hamas|Islamic|Jihad|"
           r"Qassam|armed|civil|defen[cs]e|rescue|emergency|security|press|media|"
           r"municipal|humanitarian|senior|top|deputy|prominent|[\w-]+-old|police|"
           # "killing one international UN staff member"
           r"international|foreign|national|female|male|pregnant|disabled|"
           # "an Israeli tank commander", "two reserve soldiers"
           r"tank|army|reserve|platoon|company|battalion|brigade|infantry|combat|squad|"
           # the other side's words for the army: "Five Israeli occupation soldiers", "two
           # Zionist soldiers", "three enemy soldiers"
           r"occupation|Zionist|enemy|"
           # "two injured people were killed": the wounded who died
           r"injured|wounded|sick|"
           # "Seven World Central Kitchen staff members": an organisation's name (not
           # a month: "On 13 March UNRWA staff were killed" is a day, not a count)
           rf"(?-i:(?!{MONTH_PATTERN}\b)[A-Z][\w'’&-]+))\s+){{0,5}}"
           r"(?:people|persons|person|Palestinians|Palestinian|civilians|civilian|children|"
           r"child|kids|women|woman|men|man|boys|boy|girls|girl|babies|infants|soldiers|soldier|"
           r"adults?|elderly|youngsters|teenagers|youths|toddlers|newborns|minors|IDPs?|"
           r"troops|fighters|militants|gunmen|members|officers|officer|journalists|journalist|"
           r"workers|worker|staff|patients|relatives|residents|individuals|policemen|police|"
           r"paramedics|medics|doctors|nurses|hostages|detainees|Israelis|others|siblings|"
           # ("A citizen was martyred in a drone strike": the word of reports translated
           # from Arabic for a civilian)
           r"operatives|combatants|terrorists|citizens|citizen|"
           r"brothers|sisters|sons|daughters|family members|students|teachers|"
           r"mothers|fathers|wives|husbands|grandchildren|cousins|nephews|nieces|"
           r"aid seekers|volunteers|rescuers|guards|commanders|fishermen|farmers|passengers|"
           r"occupants|teenagers?|teens?|youth|leaders?|activists?|"
           r"colleagues?|staff members?|employees?|cameram[ae]n|photographers?|reporters?|"
           r"correspondents?|commander|directors?|nurse|doctor|paramedic|volunteer|drivers?|"
           r"teachers?|student|crew members?|reservists?|troopers?|gunman|militant|fighter|"
           r"officials?|personnel|"
           # a husband and wife, two of the dead: "a couple and their four children"
           r"couples?|"
           # ranks: "two majors and a lieutenant colonel", "a staff sergeant"
           rf"(?:(?:lieutenant|staff|master|first|sergeant)[ -])?(?:{RANKS})|"
           # one of a family: "a father and his four sons", "a man and his wife"
           rf"{_KIN_ONE})")
# ("eliminated 40 terrorists": an army's word for the fighters it killed)
_KILL = (r"(?:killed|killing|kills|kill|dead|died|slain|massacred|martyred|martyring|perished|"
         r"eliminated|eliminating|(?:lost|losing) their lives)")
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
           r"(?=(?:killed|died|slain|martyred|eliminated)\b)")
_KILLED_PEOPLE = (rf"(?:(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbeing\s)|(?<=\bare\s)|"
                  rf"(?<=\bis\s)){_MANNER}|(?<=ly\s){_MANNER}(?!\w+\s+(?:a|an|the|his|her|their|"
                  rf"its|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b))?"
                  rf"(?:{_KILL}|slaughtered|fell\s+(?:in|during)\s+(?:combat|battle|action)\b|"
                  rf"{_FELL})")
# ... a killing of fighters only, the verb opening or closing the count: "eliminated 40
# terrorists", "12 Hamas operatives were eliminated" (not "UNRWA eliminated 12 staff", "30
# staff positions were eliminated": jobs cut)
_ELIMINATED = re.compile(r"^eliminat|eliminat\w*$", re.I)
_FIGHTER_NOUN = re.compile(r"terrorists?|operatives?|combatants?|fighters?|militants?|gunm[ae]n|"
                           r"commanders?|leaders?", re.I)
_HURT = r"(?:injured|injuring|injures|wounded|wounding|hurt|injuries|wounds)"
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
_NOT_AND_HURT = rf"(?!\s+(?:and|or|&)\s+(?:{_HURT_TOO}|{_THE_HURT_TOO}|{_MISSING_TOO}))"
# after a clause of its own ("three people were killed"), the hurt may be the subject of the
# next: "and wounded people were trapped under the rubble"
_NOT_AND_HURT_AFTER_VERB = (
    rf"(?!\s+(?:and|or|&)\s+(?:{_HURT_TOO}(?!\s+(?:people|persons|civilians|residents|"
    rf"children|Palestinians)\s+(?:were|was|are|remain|remained)\b)|{_THE_HURT_TOO}))")
# ("two martyrs' families": whose families, not a count of the dead)
_DEATH_NOUN = r"(?:deaths|dead|fatalities|bodies|killings|casualties|martyrs(?!['’]))"
# ("two of its paramedics", "five of their children": the group's members counted)
_OF_GROUP = r"(?:(?:more\s+)?of\s+(?:them|whom|its|their|his|her|our)\s+)"
_NUM_VICTIM = rf"(?P<n>{_QUANT})\s+{_OF_GROUP}?(?P<v>{_VICTIM})"
# "killing four people ... and burning more than 40 others": the burned are hurt, told as
# people (not "burning 40 tents", "burnt tents"), the people the end of what was burned (not
# "burning five people to death", "burned two children alive": the dead; "burned two
# Palestinian cars", "burned 3 children's bodies": things)
_BURNED_PEOPLE = (rf"(?:burning|burnt|burned)(?=\s+{_QUANT}\s+{_OF_GROUP}?{_VICTIM}\b(?!['’])"
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
          rf"(?:many|most|some|several|half|all|a\s+few|{_NUMWORD})\s+of\s+(?:them|whom))"
          r"\b[^,.;:]{1,60}"
          r"(?:(?:,[^,.;:]{1,80}){1,3},(?=\s+(?:were|was|are|is|have|has|had)\s)|,)|"
          # "43 Palestinian civilians, (with) seven women amongst them, were killed"
          r",\s+(?:with\s+)?[^,.;:]{1,40}?\s+among(?:st)?\s+them,|"
          # "Two of his children, who were with him at the time, were also killed" (not
          # "Two Hamas fighters, who emerged from a tunnel shaft, killed Israeli soldiers":
          # who killed)
          r",\s+who\s+[^,.;:]{1,60},(?!\s+(?:also\s+)?(?:killed|killing|kills|kill)\b)|"
          # "Six members of one family -- a couple and their four children -- were killed"
          r"\s+(?:--|[–—])\s+[^–—.;:]{1,80}?\s+(?:--|[–—])|"
          r"\s+(?:including|among them)\s+[^,.;:]{1,60}?(?=\s+(?:were|was|have been|had been|"
          r"are|is)\s))?")
# Where the victims were from: "Seven volunteers from the World Central Kitchen, including
# ..., are killed"
_FROM = (r"(?:\s+(?:from|of)\s+(?:the\s+|one\s+)?(?:[\w'’&-]+\s+){0,4}?[\w'’&-]+"
         # ... or a relative clause of the victims after it: "the names of nine soldiers from
         # the army's Givati Brigade who were killed"
         r"(?=,|\s+(?:--|[–—])|\s+who\s+(?:were|was|had|have|are)\s)|"
         # ... or the family they were of, however long its name: "11 members of the Abu
         # Shaaban family were killed", "five members of the al-Astal family were wounded"
         r"\s+of\s+(?:the|a|an|one)\s+(?:(?-i:[A-Z])[\w'’-]*\s+|(?:al|el|abu|abu-)[\s-]){1,4}?"
         r"famil(?:y|ies)(?=\s+(?:were|was|have|had|are|is)\s)|"
         # ... or the body they worked for, named in full before the verb: "Seven aid workers
         # with the charity World Central Kitchen were killed", "two paramedics with the
         # Palestine Red Crescent Society were killed"
         # ("of the U.S.-based charity World Central Kitchen": where the body is based)
         r"\s+(?:with|for|from|of)\s+(?:the\s+)?(?:[\w.'’-]+-based\s+)?(?:(?:charity|aid\s+group|"
         r"group|agency|"
         r"organi[sz]ation|NGO)\s+)?(?-i:[A-Z][\w'’&.-]*)(?:\s+(?:(?-i:[A-Z][\w'’&.-]*)|of|"
         r"for|and|de|du|sans)){0,5}(?=\s+(?:were|was|have|had|are|is)\s))?")
# ('"At least 20 people" were killed', '"dozens of civilians" were wounded': the count quoted
# from a source, its verb after the closing mark)
_QUOTE_CLOSED = r"(?:[\"”](?=\s))?"
# (not "targeted dozens of Hamas commanders after an Israeli soldier was killed": a clause
# of its own, whose subject was the one killed)
_FILLER = _QUOTE_CLOSED + _FROM + _ASIDE + (
                    r"(?:\s+(?!and\b|but\b|while\b|said\b|says\b|say\b|told\b|tell\b|"
                    r"stated\b|added\b|after\s+(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?was\b)"
                    r"[\w'’-]+){0,4}?\s+")
# "are reported to be injured", "were said to have been killed", "were reported killed":
# the count as the hospital or the ministry told it, still the incident's own (not "feared":
# a fear, no count; nor "believed" or "thought": a guess, no count either; see _UNCONFIRMED
# for "believed trapped")
_HEARSAY = (r"(?:(?:also\s+)?(?:reported|said|confirmed)\s+"
            r"(?:to\s+(?:be|have\s+been)\s+)?)?")
# ... of the same incident, not of others told beside it: "five more were killed in strikes
# elsewhere", "hundreds more were killed over the past week" (but "dozens more were killed
# across the Strip" is the Strip's count, an event of its own)
_NOT_ELSEWHERE = (r"(?![^.;:]{0,40}?\b(?:elsewhere|in\s+(?:other|separate)|"
                  r"over\s+the\s+(?:past|last)|(?:this|last|past)\s+week)\b)")
_AUX = r"(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|has\s+been\s+|are\s+|is\s+|being\s+)?"
# ("a man was shot and wounded", "a soldier was shot and seriously wounded")
_HURT_MANNER = (r"(?:(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbeing\s))"
                r"(?:shot|stabbed|beaten|run\s+over)\s+and\s+(?:(?:seriously|critically|"
                r"severely|moderately|lightly|slightly)\s+)?(?=(?:injured|wounded|hurt)\b))")
# "five men and three women were killed": counts of victims joined by "and" add up, and so
# do a family's ("a woman and her two children", "a man, his wife and their three children").
_MORE_ONE = rf"(?:{_QUANT}\s+{_OF_GROUP}?|(?:his|her|their)\s+(?:{_NUMWORD}\s+)?){_VICTIM}"
# (not "the bodies of four Palestinians and several injured individuals": the hurt)
_NOT_HURT_ONE = rf"(?!(?:[\w-]+\s+)?{_HURT_TOO})"
_MORE_VICTIMS = (rf"(?P<more>(?:,\s+{_NOT_HURT_ONE}{_MORE_ONE})*,?\s+and\s+{_NOT_HURT_ONE}"
                 rf"{_MORE_ONE})")
_EACH_VICTIM = re.compile(rf"(?:(?P<q>{_QUANT})\s+{_OF_GROUP}?|"
                          rf"(?:his|her|their)\s+(?:(?P<k>{_NUMWORD})\s+)?)"
                          rf"(?P<v>{_VICTIM})", re.I)
_ONE_PERSON = re.compile(rf"(?:{_KIN_ONE}|child|woman|man|boy|girl|person|civilian|Palestinian|"
                         r"soldier|officer|journalist|worker|adult|IDP|colleague|member|"
                         r"employee|cameraman|photographer|reporter|correspondent|commander|"
                         r"director|nurse|doctor|paramedic|volunteer|teacher|student|"
                         r"reservist|driver|guard|citizen)", re.I)
# "killed a woman, and her husband and three children were wounded": the conjuncts after
# the first victim are the subject of a verb of their own, not more of the dead
_OWN_VERB = re.compile(rf"(?:,?\s+and\s+{_MORE_ONE})*\s+(?:were|was|are|is|have|has|had)\b",
                       re.I)
# "A brother of one of the dead said", "a father whose son was killed": a relative of the
# dead, not one of them
_RELATIVE_OF_DEAD = re.compile(r"\s+(?:whose\b|of\s+(?:one\s+of\s+)?(?:the\s+)?(?:dead|victims?|"
                               r"slain|killed|deceased)\b)", re.I)
_KIN_NOUN = re.compile(_KIN_ONE, re.I)
_VERB_FIRST = re.compile(rf"(?:{_KILL}|{_HURT})\b", re.I)
# ("caused the deaths of two paramedics and a journalist was wounded": the journalist's own
# verb, not one more of the dead)
_NOUN_FIRST = re.compile(r"(?:deaths|death|bodies|killing)\s+of\b", re.I)
_FAMILY_OF = rf"(?:an?|one|the|a whole|an entire)\s+family\s+of\s+(?P<n>{_NUMWORD})"
# The whole a breakdown of victims belongs to: "23 Palestinians, including ..."
_HEAD_BEFORE = re.compile(rf"{_NB}(?P<n>{_QUANT})\s+{_VICTIM},?\s+(?:including|among them|"
                          r"among whom)\s+$", re.I)
# "... with seven women amongst them were killed": the victims told before are the whole
_AMONG_THEM = re.compile(r"\s+among(?:st)?\s+them\b", re.I)
# "Her husband was wounded, as was their only surviving son", "Two soldiers were killed, as
# were three civilians": more of the same verb's victims (not "as was the house", no victim)
_AS_WAS = re.compile(rf"(?:\s+[^,.;:]{{1,60}}?)?,?\s+as\s+(?:was|were)\s+(?:also\s+)?"
                     rf"(?:(?P<q>{_QUANT})\s+{_OF_GROUP}?|(?:his|her|their|the)\s+"
                     rf"(?:(?P<k>{_NUMWORD})\s+)?(?:(?:only|surviving|eldest|youngest|other|"
                     rf"[\w-]+-old)\s+){{0,3}})(?P<v>{_VICTIM})\b"
                     # (not "..., as were five others in Khan Younis", "as were three people
                     # in a separate strike": victims of a place or an attack of their own)
                     r"(?![^,.;:]{0,40}?\b(?:in|at|near)\s+(?:(?:the\s+)?(?-i:[A-Z])|"
                     r"(?:a|an)\s+(?:separate|other|second)\b|another\b))", re.I)
# "The hospitals received 133 martyrs (including 4 recovered bodies)", "56 killed, including
# 6 bodies recovered from the rubble": a day's toll with the dead of before in it
_LESS_RECOVERED = re.compile(rf"\s*(?:\(|,\s+)(?:including|of\s+(?:them|whom))\s+(?P<n>{_QUANT})"
                             r"\s+(?:recovered\s+bodies|bodies\s+(?:were\s+)?(?:recovered|"
                             r"retrieved))\b", re.I)
# "Nine of her ten children were killed", "two of the five soldiers were wounded": some of
# a whole, the verb's own subject (not "one of the three people killed was a child": the
# whole's count, no verb of its own)
_SHARE_OF = re.compile(rf"{_NB}(?P<n>{_QUANT})\s+of\s+(?:his|her|their|its|the|our|my|your)\s+$",
                       re.I)
# (not "20 of the 36 people who were killed ... were women": the verb the whole's own,
# in a clause of it)
_WHO_WERE = re.compile(r"\b(?:who|that|which)\s+(?:had\s+|have\s+)?(?:were|was|been|are|is)\b",
                       re.I)
_WERE_VERB = re.compile(r"\b(?:were|was|been|are|is)\s+(?:[a-z]+ly\s+)?[a-z]+$", re.I)
_HEAD_WITH = re.compile(rf"{_NB}(?P<n>{_QUANT})\s+{_VICTIM},?\s+(?:with\s+)?$", re.I)
# ...when they open the clause (not "wounded 60 people, with five children among them
# killed", "a school sheltering 6,000 people, with 12 children among them killed")
_OPENS_CLAUSE = re.compile(r"(?:[.;:!?(—–]|\b(?:and|but|while|as|when|after))\s*$", re.I)
# "three children are among the seven dead", "Four women were among 15 people killed",
# "... among the 40 wounded": the count of the whole the victims are a part of (its number
# right after "among")
_AMONG = (rf"\s+(?:are|were|is|was)\s+(?:also\s+)?among(?:st)?\s+(?:the\s+)?(?P<n>{_QUANT})\s+"
          rf"(?:{_VICTIM}\s+)?(?:who\s+)?(?:were\s+|have\s+been\s+|had\s+been\s+)?")
# (not "Two medics were among the 40 wounded or killed": a whole of the dead and hurt
# together is neither's count)
_NOT_MIXED = r"(?!\s*(?:,\s*)?(?:and|or|and/or)\s+(?:killed|dead|fatalities|martyred|slain|" \
    r"wounded|injured|hurt|missing)\b)"
_AMONG_THE_WHOLE = {"killed": re.compile(rf"{_AMONG}(?:killed|dead|fatalities|martyred|slain)\b"
                                         rf"{_NOT_MIXED}", re.I),
                    "injured": re.compile(rf"{_AMONG}(?:wounded|injured|hurt)\b{_NOT_MIXED}",
                                          re.I)}
# ... or follow no verb they are the object of ("According to Bishara 43 Palestinian
# civilians with seven women amongst them were killed")
_VERB_BEFORE = re.compile(r"\b[a-z]+(?:ed|ing)\s+$")
# "four are killed" (not "many are killed", "dozens are killed": what goes on)
_TOLD_ARE = r"(?<!\bmany\s)(?<!\bseveral\s)(?<!\bdozens\s)(?<!\bscores\s)" \
    r"(?<!\bhundreds\s)(?<!\bthousands\s)are\s+"
# (not "three are killed daily", "three are killed each day by strikes": a rate, not a toll)
_NOT_A_RATE = r"(?!\s+(?:[\w-]+\s+){0,2}?(?:daily|(?:each|every|a|per)\s+(?:\w+\s+)?" \
    r"(?:day|night|hour|week|month|minutes?)s?\b))"
_OR_BURIED = (r"(?:\s+or\s+bur(?:ying|ied)(?:\s+alive)?(?:\s+(?:under|beneath)\s+(?:the\s+)?"
              r"(?:rubble|debris|ruins))?)?")
# (not "Ahmed Abu Shaban and his wife were killed": the kin one more of a subject before)
_KIN_SUBJECT = (rf"(?:whose|(?<!\band\s)(?<!,\s)(?<!\bwith\s)(?:his|her|their|my|our))\s+"
                rf"(?:(?:eldest|youngest|only|older|younger|elder|little|baby|pregnant|newborn|"
                rf"twin)\s+)?(?P<n>{_KIN_ONE})"
                rf"(?:{_MORE_VICTIMS}|,\s+(?!and\b|but\b|while\b)[^,.;:]{{1,40}},)?"
                rf"(?:\s+(?:also|both|all))?\s+(?=(?:was|were|is|are|has|have|had)\s)")
# "The number of martyrs has exceeded 100": the count the number of the dead has reached
_NUMBER_REACHED = re.compile(rf"\bnumber\s+of\s+(?:martyrs|dead|deaths|fatalities|"
                             rf"(?:those|people)\s+killed)\s+(?:has\s+|had\s+|have\s+)?(?:now\s+)?"
                             rf"(?:exceeded|surpassed|passed|topped|reached|risen\s+to|rose\s+to|"
                             rf"climbed\s+to)\s+(?P<n>{_QUANT})\b(?!\s*%|\s+per\s*cent)", re.I)
# ... over a span, a running tally and not one attack's dead: told after the count ("has
# exceeded 700 in Jabalia over 23 days", "has reached 300 this month": see _SPAN_AFTER) or
# before it ("where the army has besieged Jabalia for three weeks, the number of martyrs has
# exceeded 770")
_FOR_A_SPAN = re.compile(r"\bfor\s+(?:[\w-]+\s+){0,2}?(?:days|weeks|months|years)\b", re.I)

_PATTERNS = [
    # "35 people were killed", "two soldiers killed", "five men and three women were killed"
    # (not "a gunman killed two soldiers": who killed, the victims after the verb)
    ("killed", _SUBJECT_COUNT := re.compile(
        rf"{_NB}{_NUM_VICTIM}{_MORE_VICTIMS}?{_FILLER}{_AUX}{_KILLED_PEOPLE}\b"
        rf"(?!\s+(?:{_QUANT})\s+(?:[\w-]+\s+){{0,2}}?{_VICTIM}\b){_NOT_AND_HURT_AFTER_VERB}",
        re.I)),
    # ("a man was shot and wounded by Israeli troops": the way he was hurt, in the passive
    # only, not "two gunmen shot and wounded a man": who hurt)
    ("injured", _SUBJECT_HURT := re.compile(rf"{_NB}{_NUM_VICTIM}{_MORE_VICTIMS}?{_FILLER}{_AUX}"
                                            rf"{_HURT_MANNER}?{_HURT}", re.I)),
    # "killed at least 35 people", "killing two", "wounding dozens"
    # ("killing or burying under the rubble more than 60 people": the buried are told with
    # the dead, not the hurt)
    # ('killing "dozens of terrorists"': an army's words quoted, the count inside the quote)
    ("killed", re.compile(rf"\b{_KILL}{_OR_BURIED}\s+(?:[\"“](?=[^\"”]{{1,60}}[\"”]))?"
                          rf"(?P<n>{_QUANT})(?:\s+{_OF_GROUP}?"
                          rf"(?P<v>{_VICTIM}))?{_MORE_VICTIMS}?(?:\b|(?<=\)))", re.I)),
    # ("killing four people ... and burning more than 40 others": the burned are hurt, told
    # as people, not "burning 40 tents")
    ("injured", re.compile(rf"\b(?:{_HURT}|{_BURNED_PEOPLE})\s+(?P<n>{_QUANT})(?:\s+{_OF_GROUP}?"
                           rf"(?P<v>{_VICTIM}))?{_MORE_VICTIMS}?\b", re.I)),
    # "causing the loss of two lives"
    ("killed", re.compile(rf"\bloss\s+of\s+(?P<n>{_QUANT})\s+(?:[\w-]+\s+)?lives\b", re.I)),
    # "claimed the lives of at least 20 individuals"
    ("killed", re.compile(rf"\bclaim(?:ed|ing|s)?\s+the\s+lives\s+of\s+(?P<n>{_QUANT})"
                          rf"(?:\s+{_OF_GROUP}?(?P<v>{_VICTIM}))?\b", re.I)),
    # "the deaths of two soldiers", "35 deaths", "death toll rose to 40"
    # ("the deaths of three medical workers and a journalist", "causing the death of 26
    # people")
    ("killed", re.compile(rf"\b(?:deaths|death|bodies|killing|martyrdom)\s+of\s+(?P<n>{_QUANT})"
                          rf"(?:\s+(?P<v>{_VICTIM}){_MORE_VICTIMS}?)?", re.I)),
    ("killed", re.compile(rf"{_NB}(?P<n>{_QUANT})\s+(?:\w+\s+)?{_DEATH_NOUN}\b{_NOT_AND_HURT}",
                          re.I)),
    # "The latest figure from the health ministry is at least 404 killed and 562 injured": a
    # figure told as the dead with no noun, after the verb that gives it
    # (not "The toll for the week was 200 killed", "the toll of the ceasefire period is 150
    # killed", "The count of aid workers is 280 killed": a span's or a class's figure)
    ("killed", re.compile(rf"\b(?:figure|toll|tally|count)\s+"
                          rf"(?:(?!(?:for|of|among|since|during|over|so)\b)[\w'’-]+\s+){{0,6}}?"
                          rf"(?:is|was|stands\s+at|stood\s+at|now\s+stands\s+at)\s+"
                          rf"(?P<n>{_QUANT})\s+(?:killed|dead)\b{_NOT_AND_HURT}", re.I)),
    # "The number of martyrs has exceeded 100": the count the number of the dead has reached
    ("killed", _NUMBER_REACHED),
    # ("giving a death toll of 13")
    ("killed", re.compile(rf"death toll\s+(?:\w+\s+){{0,4}}?(?:rose|rises|risen|climbed|reached|"
                          rf"stands|stood|is|was|to|at|of)\s+"
                          # ("rose from 20 to 35": the toll is what it rose to)
                          rf"(?:from\s+[\d,]+\s+(?=to\s))?(?:to\s+|at\s+)?(?P<n>{_QUANT})",
                          re.I)),
    # "The death toll from Israel's strike on a mosque sheltering displaced persons in the
    # city of Deir al Balah has risen to 24": the toll of the attack it names, however long
    # the name (its rising verb right before the count; not "the death toll from the strike
    # is unclear, and prices rose to 40": a verb of its own before; nor "the death toll from
    # Israeli strikes on Rafah during the past week has risen to 90", "from the Israeli siege
    # of Jabalia camp", "from the ongoing Israeli aggression on Khan Younis": a toll of days)
    ("killed", re.compile(rf"\bdeath toll\s+(?:from|of|in)\s+"
                          rf"(?:(?!(?:is|was|are|were|remains?|remained|weekend|weeks?|"
                          rf"months?|years?|days(?!\s+ago)|[\w-]+-(?:days?|weeks?|months?)|"
                          rf"recent|ongoing|continuing|siege|aggression|war|offensive|"
                          rf"campaign|genocide)\b)[^,.;:!?\s]+\s+){{1,25}}?"
                          rf"(?:has\s+|had\s+)?(?:rose|rises|risen|climbed|jumped|increased)\s+"
                          rf"(?:from\s+[\d,]+\s+)?to\s+(?P<n>{_QUANT})", re.I)),
    # "The total number of people killed in the attack was ten", "put the number of
    # fatalities at more than 40"
    ("killed", re.compile(rf"number of (?:people |persons |palestinians )?(?:killed|dead|"
                          rf"fatalities|deaths)\s+"
                          # (and "the number of people killed in an Israeli attack on
                          # the Maghazi refugee camp has risen to at least 70": one attack,
                          # not "in a week of Israeli strikes on Rafah")
                          rf"(?:(?:in|from) (?:the |an? (?=(?:[\w-]+ ){{0,2}}(?:attack|strike|"
                          rf"airstrike|air strike|bombing|shelling|raid|explosion|massacre)\b)|"
                          rf"[\w-]+['’]s )(?:[^.;,]{{0,60}}?\s)?)?"
                          rf"(?:was|is|stood at|stands at|(?:has |had )?(?:rose|risen) to|"
                          rf"reached|at)\s+(?P<n>{_QUANT})", re.I)),
    ("injured", re.compile(rf"{_NB}(?P<n>{_QUANT})\s+(?:others\s+)?(?:injuries|wounded|injured)\b",
                           re.I)),
    # "while another eleven are killed in an attack on a tent"
    ("killed", re.compile(rf"\b(?:another|a further)\s+(?P<n>{_QUANT})\s+(?:are\s+|were\s+|"
                          rf"have\s+been\s+|had\s+been\s+)?killed\b", re.I)),
    # "Another Palestinian was killed in Gaza City's Sheikh Radwan neighbourhood", "was shot
    # dead", "Another citizen was martyred by sniper fire" (not "Another boy was nearly
    # killed": alive)
    ("killed", re.compile(rf"\b(?P<n>another)\s+(?:[\w-]+\s+)?(?P<v>{_ONE_PERSON.pattern})\s+"
                          rf"(?:was|has\s+been|had\s+been|is)\s+"
                          rf"(?:(?!(?:not|nearly|almost|narrowly|never)\b)\w+\s+)?"
                          rf"(?:killed|shot\s+dead|martyred)\b", re.I)),
    # "Another officer, the deputy commander of the brigade, was seriously wounded", "another
    # soldier was lightly hurt" (not "Another boy was nearly wounded")
    ("injured", re.compile(rf"\b(?P<n>another)\s+(?:[\w-]+\s+)?(?P<v>{_ONE_PERSON.pattern})"
                           rf"(?:,[^,.;]{{1,60}},)?\s+(?:was|has\s+been|had\s+been|is)\s+"
                           rf"(?:(?!(?:not|nearly|almost|narrowly|never)\b)\w+ly\s+)?"
                           rf"(?:wounded|injured|hurt)\b", re.I)),
    # "Three more were killed in an Israeli air strike", "three more were shot dead", "five
    # more are said to have been killed": the count as others told it
    ("killed", re.compile(rf"{_NB}(?P<n>{_QUANT})\s+more\s+(?:are\s+|were\s+|have\s+been\s+|"
                          rf"had\s+been\s+){_HEARSAY}(?:killed|shot\s+dead)\b"
                          rf"{_NOT_ELSEWHERE}", re.I)),
    # "104 people died and 760 were hurt", "two were killed and 12 were wounded": the hurt
    # with no noun, counted right after the dead (not "a wall fell and 12 were hurt")
    # (only where the dead were counted: see find_casualties)
    ("injured", _HURT_AFTER_DEAD := re.compile(
        r"(?:(?<=\bdied\sand\s)|(?<=\bkilled\sand\s)|(?<=\bdead\sand\s)|"
        r"(?<=\bmartyred\sand\s)|(?<=\bdied,\sand\s)|(?<=\bkilled,\sand\s))"
        rf"(?P<n>{_QUANT})\s+(?:were|are|have\s+been|had\s+been)\s+"
        rf"(?:(?!previously\b)[a-z]+ly\s+)?{_HURT_MANNER}?(?:injured|wounded|hurt)\b", re.I)),
    # "Dozens more were injured", "three more were seriously wounded", "dozens more are
    # reported to be hurt" (not "Dozens more were previously injured in strikes on the area":
    # hurt before, in other attacks)
    ("injured", re.compile(rf"{_NB}(?P<n>{_QUANT})\s+more\s+(?:are\s+|were\s+|have\s+been\s+|"
                           rf"had\s+been\s+){_HEARSAY}(?:(?!previously\b)[a-z]+ly\s+)?"
                           rf"(?:injured|wounded|hurt)\b{_NOT_ELSEWHERE}", re.I)),
    # "Dozens were injured, some in critical condition", "Twelve were wounded": the hurt told
    # with no noun where a sentence begins, the dead told before it (not "the crowd, dozens
    # were injured": a clause of another's)
    ("injured", re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<n>{_QUANT})\s+(?:were|have\s+been|"
                           rf"had\s+been)\s+(?:(?!previously\b)[a-z]+ly\s+)?"
                           rf"(?:injured|wounded|hurt)\b", re.I)),
    # "at least another 300 were injured"
    ("injured", re.compile(rf"\b(?:at least\s+|some\s+)?(?:another|a further)\s+(?P<n>{_QUANT})"
                           rf"\s+(?:are\s+|were\s+|have\s+been\s+|had\s+been\s+)?"
                           rf"(?:injured|wounded)\b", re.I)),
    # "the death of a United Nations Department of Safety and Security staff member"
    ("killed", re.compile(rf"\b(?:death|killing)\s+of\s+(?P<n>a|an|one)\s+"
                          rf"(?:[\w()'’.-]+\s+){{0,8}}?(?P<v>{_VICTIM})\b", re.I)),
    # "has killed a family of eight", "a family of five was killed"; "killing parents and
    # their six children" (the parents two)
    ("killed", re.compile(rf"\b{_KILL}\s+{_FAMILY_OF}\b", re.I)),
    # (not "three members of a family of eight were killed", "the father of the family of
    # nine": some of the family)
    ("killed", re.compile(rf"\b(?<!of ){_FAMILY_OF}\s+{_AUX}{_KILLED_PEOPLE}\b", re.I)),
    ("killed", re.compile(rf"\b{_KILL}\s+(?:the\s+|their\s+|his\s+|her\s+)?(?P<n>parents)"
                          rf"{_MORE_VICTIMS}\b", re.I)),
    # "Twelve were confirmed dead", "five were reported killed"
    ("killed", re.compile(rf"{_NB}(?P<n>{_QUANT})\s+(?:were|have\s+been|had\s+been)\s+(?:confirmed|"
                          rf"reported|declared|pronounced)\s+(?:dead|killed)\b{_NOT_AND_HURT}",
                          re.I)),
    # "the strike, with 12 killed and 30 wounded" (not "compared with 12 killed on Sunday",
    # another day's; nor "with 12 killed in the past week", a tally)
    # ("was hit on Saturday, with dozens reported killed": the count as others told it)
    ("killed", re.compile(rf"(?<!\bcompared\s)(?<!\bcomparison\s)\bwith\s+(?P<n>{_QUANT})\s+"
                          rf"(?:(?:people\s+|persons\s+)?|(?:reported|confirmed)\s+)"
                          rf"(?:killed|dead)\b"
                          rf"(?![^,.;]{{0,40}}?\b(?:in|over|during)\s+the\s+(?:past|last)\s+"
                          rf"(?:week|month|year)\b){_NOT_AND_HURT}", re.I)),
    # "one of the top leaders of its armed wing was killed": one ("One of the group's top
    # members was killed": a possessive among the words before the victim)
    ("killed", re.compile(rf"\b(?P<n>one)\s+of\s+(?:the|its|their|his|her)\s+"
                          rf"(?:[\w'’-]+\s+){{0,2}}?"
                          rf"(?P<v>{_VICTIM})(?:\s+of\s+[^,.;]{{1,40}}?)?\s+(?:was|has\s+been|"
                          rf"had\s+been|is)\s+(?:(?!(?:not|nearly|almost|narrowly|never)\b)\w+\s+)?"
                          rf"killed\b", re.I)),
    # "Among the dead were four children": at least those
    ("killed", _AMONG_THE_DEAD := re.compile(
        rf"\bamong\s+the\s+(?:dead|killed|fatalities)\s+(?:were|are|was|is)\s+"
        rf"{_NUM_VICTIM}{_MORE_VICTIMS}?\b", re.I)),
    # "The Ministry of Health reported 35 killed", "officials claiming 236 killed": a count
    # with no noun, told as what someone reported
    # ("media reports speak of dozens killed": the count others tell)
    ("killed", re.compile(rf"\b(?:reported|reporting|reports|claimed|claiming|claims|"
                          rf"confirmed|confirming|recorded|recording|"
                          rf"(?:speak|speaks|spoke|speaking|talk|talks|talked)\s+of)\s+"
                          rf"(?P<n>{_QUANT})\s+"
                          rf"(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:killed|dead)\b"
                          # (the war's toll, "in the war", "since the start of the conflict";
                          # not "in one of the deadliest days of the war", "in the war-torn
                          # territory": a day's toll; nor "killed and wounded": one count of both)
                          rf"(?!\s+(?:by|in|at|on|during|since)\s+(?:the\s+)?(?:(?:start|"
                          rf"beginning|outbreak)\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){{0,2}}?"
                          rf"(?:war|offensive|conflict)\b(?!-)){_NOT_AND_HURT}", re.I)),
    # "At least 20 killed and 50 wounded", "four are killed in a strike on a school" (a
    # headline's count with no noun, or a summary's present tense): only where a
    # sentence or clause begins, never "on June 6 killed" or "Block 7 killed".
    # (or right after "that" or an opening quote: 'said that "more than 60 were martyred
    # in the raids"', where the verb is not left out)
    # (or a further count with "another" before it: "while another 10 died in strikes on
    # homes in Beit Lahia", "Another ten died when a shell hit a house")
    ("killed", _HEADLINE := re.compile(
        rf"\b(?:(?:^|(?<=[.!?:;,(\n]\s)|(?<=\n))(?P<another>{_FURTHER})?|"
        rf"(?<=,\s)(?P<and_another>(?:while|and|but|as)\s+{_FURTHER}))(?P<n>{_QUANT})\s+"
        # ("Eleven of them died when an anti-tank missile hit their vehicle": a share of
        # those told before, its own toll)
        rf"(?:of\s+(?:them|whom)\s+)?"
        # ("In the Sabra neighbourhood, eleven were martyred when an apartment was targeted":
        # the reports' own word for the dead, with its verb)
        rf"(?:(?:were\s+|have\s+been\s+|had\s+been\s+)?killed|{_TOLD_ARE}killed{_NOT_A_RATE}|"
        rf"(?:were|have\s+been|had\s+been)\s+martyred|"
        rf"(?:have\s+|had\s+)?died)\b{_NOT_AND_HURT}", re.I)),
    # ... or right after "that" or an opening quote, with its verb: 'said that "more than
    # 60 were martyred in the raids"'
    # (or right after a verb of telling, the count perhaps quoted on its own: 'the ministry
    # said "dozens" were killed there', "officials said five were killed")
    # (or a second count of its own after the first clause's: "a strike on a tent in Khan
    # Younis killed three people, the civil defence said, and two were killed in Jabalia";
    # a number, not "and many were martyred")
    ("killed", re.compile(rf"(?:(?<=\bthat\s)|(?<=[“\"])|(?<=\bsaid\s)|(?<=\bsays\s)|"
                          rf"(?<=\bsay\s)|(?<=\breported\s)|(?<=\bstated\s)|"
                          rf"(?<=,\sand\s)(?=\d|(?:two|three|four|five|six|seven|eight|nine|"
                          rf"ten|eleven|twelve)\b)"
                          # (not "Israeli strikes killed 20 people across Gaza, and 12 were
                          # killed in Khan Younis alone": a part of the first toll)
                          rf"(?![^.;]{{0,80}}?\balone\b))"
                          # (an opening quote before the count is the look-behind's: no
                          # optional quote here, so the pattern begins at a word)
                          rf"(?P<n>{_QUANT})[”\"]?\s+"
                          rf"(?:were|have\s+been|had\s+been)\s+(?:killed|martyred)\b", re.I)),
    # "whose brother and two nephews were killed", "Her husband, a doctor, was critically
    # wounded": one of a family named by its kin, and the others joined to it (not "her
    # husband's brother was killed", nor "his son said three people were killed": the kin
    # is the subject of the verb)
    ("killed", _KIN_HEAD := re.compile(rf"\b{_KIN_SUBJECT}{_AUX}"
                                       rf"(?:(?!(?:nearly|narrowly)\b)[a-z]+ly\s+)?{_KILLED_PEOPLE}\b"
                                       rf"{_NOT_AND_HURT_AFTER_VERB}", re.I)),
    # "The Health Ministry put the toll at 104 killed and 760 wounded"
    ("killed", re.compile(rf"\b(?:put|puts|putting|placed|places)\s+the\s+(?:death\s+)?toll\s+at\s+"
                          rf"(?P<n>{_QUANT})\s+(?:people\s+)?(?:killed|dead)\b", re.I)),
    ("injured", _KIN_HEAD_HURT := re.compile(rf"\b{_KIN_SUBJECT}{_AUX}(?:[a-z]+ly\s+)?{_HURT}\b",
                                             re.I)),
    # "... have been killed since October 7, including 210 in the past 24 hours", "..., 40
    # of them in the last 24 hours": the day's share of a war tally, told with no verb of
    # its own
    ("killed", _DAYS_SHARE := re.compile(
        rf"(?:\b(?:including|among\s+them|of\s+whom)\s+|(?<=,\s)(?=[\w,-]+(?:\s+[\w,-]+)?"
        rf"\s+of\s+(?:them|whom)\b))(?P<n>{_QUANT})(?:\s+of\s+(?:them|whom))?"
        rf"(?:\s+(?:people|persons|Palestinians))?(?:\s+(?:were\s+|have\s+been\s+)?killed)?"
        rf"(?=\s+(?:in|during|over|within)\s+the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours\b|"
        # ("97 have been killed since the ceasefire, including 44 killed on Sunday, 19 October,
        # alone": one day's share, told with that day)
        rf"\s+(?:on\s+(?:{WEEKDAY_PATTERN}|\d{{1,2}}\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}})"
        rf"(?:,?\s+(?:\d{{1,2}}\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}}))?|yesterday|today)"
        rf",?\s+alone\b)",
        re.I)),
    # "identified two armed terrorists approaching the forces and eliminated them", "spotted
    # three terrorists emerging from a tunnel shaft; they were eliminated by a drone": the
    # fighters an army saw, then killed, counted where they were seen (not "spotted two
    # gunmen and fired at them", "located three terrorists, who fled": no one killed)
    # (nor "its fighters spotted two Israeli operatives and killed them": the army's men;
    # nor "identified two terrorists who killed them", "it was unclear whether they were
    # killed": the killing told after "and" or a comma only)
    ("killed", re.compile(
        rf"\b(?:spotted|identified|located|detected|observed|saw|noticed)\s+(?P<n>{_QUANT})"
        rf"\s+(?:(?!(?:israeli|israel's|idf|undercover|special|enemy)\b)[\w-]+\s+)?"
        rf"(?P<v>terrorists|gunmen|militants|fighters|operatives|"
        rf"(?:terror\s+)?suspects)\b"
        # (nor "identified three terrorists who had fired at them and killed them": the
        # troops, killed by the men seen)
        rf"(?:(?!\b(?:who|that)\s[^.;:,]{{0,60}}\bthem\s+and\s+killed\b)[^.;:]){{0,100}}?"
        rf"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?"
        rf"(?:they\s+were\s+(?:later\s+|then\s+|subsequently\s+)?(?:eliminated|killed|"
        rf"shot\s+dead)|(?:eliminated|killed)\s+(?:all\s+(?:of\s+)?)?them)\b", re.I)),
]
# the last word of a count of the dead or of the hurt before a share with no verb of its own
_DEAD_OR_HURT = re.compile(rf"\b(?:(?P<dead>killed|dead|deaths?|died|martyr\w*|lives)|{_HURT})\b",
                          re.I)
# the share follows another part of the tally: "including 12,000 children, 40 of them in the
# last 24 hours"
_AFTER_A_PART = re.compile(r"\b(?:including|among\s+them)\s+\S+(?:\s+[^,;.\s]+){0,4},\s*$",
                           re.I)


def _not_the_days_share(text: str, m: re.Match[str], start: int) -> bool:
    """Whether the day's share ``m`` breaks down no toll of the dead: one of the hurt ("160,000
    injured, 300 of them in the last 24 hours", "killed and 4,000 wounded since Tuesday,
    including 300 in the past 24 hours") or a part of the toll ("including 12,000 children,
    40 of them in the last 24 hours": the children's share, not the day's toll)."""
    if "killed" in m.group(0).lower():
        return False
    lo = max(start, text.rfind(".", start, m.start()) + 1, m.start() - 250)
    words = list(_DEAD_OR_HURT.finditer(text, lo, m.start()))
    return bool(words) and words[-1].group("dead") is None or \
        _AFTER_A_PART.search(text, lo, m.start()) is not None


# "killing one and injuring three others": "one" with no noun is a count only where the
# clause ends or the hurt are told next (not "killing one of the leaders")
_ONE_ALONE = re.compile(r"(?:,?\s+and\s+(?:[a-z]+ly\s+)?(?:injuring|wounding|injured|wounded|"
                        r"leaving)\b|,\s+(?:injuring|wounding)\b|,\s+(?:[\w-]+\s+){1,5}(?:" + TOLD +
                        r")\b|,\s+according\s+to\b|"
                        r"\s+(?:(?:early|late)\s+)?(?:on|in|at|near)\s+[A-Z]|\s+overnight\b|"
                        r"\s+(?:on\s+the\s+spot|instantly|outright|immediately)\b"
                        # (not "killing one on the spot and another on the way to hospital")
                        r"(?!,?\s+and\s+(?:another|a\s+second|(?:two|three|four|\d+)\s+others?)\b)|"
                        r"\s*(?:[.;]|$))")
_MID_SENTENCE_STOP = re.compile(r"[.!?]\s+$")
# A killing verb with no auxiliary before it ("carrying 30 passengers killed", not "were
# killed") ...
_ACTIVE_KILL = re.compile(r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bare\s)(?<!\bis\s)"
                          r"(?<!\bbeing\s)\b(?:killed|killing|kills|kill)$", re.I)
# ... or a verb of telling and the count it told ("An army officer confirmed two soldiers
# were killed")
_REPORTS_A_COUNT = re.compile(
    r"\s+(?:confirmed|announced|acknowledged|reported|revealed|disclosed)\s+(?:that\s+)?"
    rf"(?P<n>{_QUANT})\s+", re.I)
# ... nor captives handed back, some of them dead ("33 hostages, eight of them dead, were
# released")
_HANDED_BACK_AFTER = re.compile(r"\s*(?:,|--|[–—-])?\s*(?:were|was|have\s+been|had\s+been|"
                                r"are\s+being)\s+(?:[a-z]+ly\s+)?(?:exchanged|swapped|released|"
                                r"freed|handed\s+(?:over|back)|returned|repatriated)\b", re.I)
# "was not killed", "were nearly killed": alive
_NOT_KILLED = re.compile(r"\b(?:not|never|nearly|almost|narrowly)\s+(?:been\s+)?(?:killed|"
                         r"slain|massacred|martyred)$", re.I)
# ... and a count right after it, its object ("killed five"; not "killed two days ago",
# "killed a day after")
_OBJECT_COUNT = re.compile(
    r"\s+(?:(?:at least|more than|over|nearly|almost|about|around|some|roughly|up to|"
    r"as many as|no fewer than|an estimated|approximately)\s+)?(?!an?\b(?!\s+dozen\b))"
    rf"{_NUMWORD}(?![\w-])(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|km|"
    r"kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\b)", re.I)
_VAGUE_HEADS = frozenset({"several", "many", "a number of", "a few", "scores", "scores of",
                          "dozens", "dozens of"})
# Words that give the hurt no number (ACLED's conventional values are for the dead)
_NO_NUMBER = frozenset({"several", "many", "a number of", "a few"})
_INCLUDING_MORE = re.compile(r"[^.;]{0,100}?,?\s+including\s+(?:at\s+least\s+)?"
                             r"(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:people|Palestinians|"
                             r"persons|civilians|children|women)\b", re.I)
# (not "killed several and wounded dozens, including 20 children", "killed several at a
# school sheltering displaced families, including 700 children": a part of another group)
_ANOTHER_GROUP = re.compile(r"\b(?:kill\w*|injur\w*|wound\w*|hurt|dead|died|shelter\w*|"
                            r"hous(?:ing|es|ed)|host\w*|where|which|who)\b", re.I)
# Words that make a count a war total when they stand next to it ("the death toll since
# October 7", "so far", "a total of")...
# ("since dawn on Sunday": one day's toll)
# ("the hospital has since been out of service", "has since reopened": "since" as an adverb
# of what came after, no tally's start; but "have since been killed" tells the dead of the
# days after)
# ("Israel has since killed 318 Palestinians": the dead of the days after, as "have since
# been killed")
_SINCE = (r"(?:(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)|"
          r"(?=since\s+(?:been\s+)?(?:killed|martyred)))"
          r"since(?!\s+(?:early\s+|this\s+|the\s+early\s+)?(?:dawn|daybreak|midnight|morning|"
          r"hours))")
# "since dawn", "since the early hours": a start within the day, with no day or event named
# after it (not "since dawn on Saturday", "since the early hours of the offensive": a span's;
# nor "since hours after the attack")
_DAY_SINCE = (r"since\s+(?:(?:early\s+|the\s+early\s+|this\s+)?(?:dawn|daybreak|midnight|"
              r"morning)|the\s+early\s+(?:morning\s+)?hours)\b(?!\s+(?:on|of|last|this\s+past)\b)")
# "seven people died in total during the strike": the whole of one attack's dead, not a
# tally (but "in total" alone, or "in total during the war", is)
_IN_THE_ATTACK = (r"\s+(?:in|during|from)\s+(?:the|that|this)\s+(?:[\w-]+\s+)?"
                  r"(?:air\s?strike|strike|attack|bombing|shelling|raid|blast|explosion)\b")
_IN_TOTAL = rf"in total(?!{_IN_THE_ATTACK})"
# ... but an attack told as lasting days, or of weeks past, is many days' toll
_IN_TOTAL_OF_DAYS = re.compile(
    rf"\s+in total{_IN_THE_ATTACK}[^.;]{{0,60}}?\b"
    r"(?:lasted|lasting|went\s+on|continued|days|weeks|months|past|last\s+(?:week|month))\b",
    re.I)
_CUMULATIVE = re.compile(
    rf"\b({_SINCE}|so far|to date|{_IN_TOTAL}|overall|cumulative|throughout|total of|began|"
    rf"start of|past \w+ months|have been killed {_SINCE}|"
    # "In the past few days, more than 500 Palestinians have been killed": days of tallies
    # (not "in the past 24 hours", one day's)
    r"(?:past|last) (?:few|several|two|three|four|five|six|seven|\d+) (?:days|weeks)|"
    # "a child is killed every 10 minutes", "killed in 48 days of relentless bombing"
    r"every (?:\w+ )?(?:minutes?|hours?|days?)|in (?:\d+|\w+) (?:days|weeks|months) of|"
    # "a record 383 aid workers were killed in 2024": a year's tally
    r"(?:killed|died) (?:in|during) (?:the )?(?:19|20)\d\d|calendar year|"
    # "the latest incident puts the death toll at 32 for Palestinians killed in the surge"
    # (not "putting the death toll from the strike at 23": one attack's toll)
    r"(?:puts?|putting) the (?:\w+ )?toll(?! (?:from|of|in) (?:the|this|that|[\w-]+['’]s) "
    r"(?:[\w-]+ ){0,2}?(?:air ?strike|strike|attack|bombing|shelling|massacre|explosion|blast))"
    # (nor "The Health Ministry put the toll at 104 killed and 760 wounded": the dead and the
    # hurt of one incident, with no span after)
    r"(?! at (?:more than |at least |over )?[\d,]+ (?:killed|dead) and (?:more than |at least "
    # (a span of the war after it, not "since the early hours": the day's)
    rf"|over )?[\d,]+ (?:wounded|injured)\b(?! (?:(?!{_DAY_SINCE})since|in the war|during|over|"
    r"throughout)\b)))\b",
    re.I)
# "Israeli attacks have killed 500 health workers": a tally, unless one strike is the
# subject ("an airstrike on a school has killed 16 people").
# ("have now been killed", "have also been killed"; not "Israeli gunfire has also killed
# two people near the corridor": another of the day's incidents)
_PERFECT = re.compile(r"(?<!\bto )\b(?:have|has)\s+(?:(?:now|so far|already)\s+(?:been\s+)?|"
                      r"also\s+been\s+|been\s+)?(?:killed|resulted|left)\b", re.I)
_ONE_ATTACK = re.compile(r"\b(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,3}(?:air ?strike|strike|"
                         r"attack|bombing|shelling|raid|explosion|blast)\b", re.I)
_CAMPAIGN = re.compile(r"\b(?:an?|the|this|that|its)\s+(?:[\w-]+\s+){0,3}(?:offensive|"
                       r"campaign|operation|war|conflict|assault|incursion)\b[^,.;]{0,60}$",
                       re.I)
# The day a count is told for, in the report's own terms ("overnight", "on Monday")
_THIS_DAY = (r"yesterday|overnight|today|this morning|last night|"
             rf"on {WEEKDAY_PATTERN}|"
             r"in the (?:past|last) (?:\d{1,2}|twenty-four|forty-eight) hours")
# "killed since dawn": the day's count, where the count's own clause says so (not "as new
# strikes since dawn hit Rafah" after a tally of its own)
# ("since the early hours": the day's, as "since dawn")
# (not "since the early hours of the war", "... of 7 October": a tally's start)
_SINCE_DAWN = (r"since (?:(?:early |the early |this )?(?:dawn|daybreak|midnight|morning)|"
               r"the early hours(?!\s+(?:on|of|last)\b))")
_SINCE_DAWN_HERE = re.compile(rf"\b{_SINCE_DAWN}\b", re.I)
# ... with no day named after it (not "since midnight on 18 March, when the truce collapsed",
# "since dawn on 5 October", "since midnight last Tuesday": a tally of the days since)
_SINCE_DAWN_TODAY = re.compile(rf"\b{_SINCE_DAWN}\b(?!\s+(?:on|of|last|this\s+past)\b)", re.I)
# "since Israel began striking Gaza in the early hours", "since the bombing resumed at dawn":
# a start the day's own hours give (not "since the war began in the early hours of 7 October")
# (any of the day's hours: "since the operation began in the morning", "since the shelling
# started this afternoon", "since the raid began earlier today")
_SINCE_THE_DAYS_START = re.compile(r"since\s+[^.;:,]{0,60}?\b(?:in\s+the\s+early\s+hours|"
                                   r"(?:early\s+|late\s+|later\s+)?in\s+the\s+(?:morning|"
                                   r"afternoon|evening)|this\s+(?:afternoon|evening)|"
                                   r"earlier\s+(?:today|in\s+the\s+day)|at\s+(?:noon|midday)|"
                                   r"(?:at|before|after)\s+(?:dawn|daybreak|midnight)|"
                                   r"this\s+morning|overnight|last\s+night|early\s+today)\b"
                                   # (not "since Israel resumed its strikes at dawn nine
                                   # days ago": a dawn of days before)
                                   # (nor with a day named after it past a comma, a
                                   # bracketed clock time or "local time", or a bare
                                   # weekday or date: "at noon Sunday", "at noon (1000 GMT)
                                   # on Sunday", "in the morning, on Monday", "in the
                                   # afternoon, four days ago")
                                   r"(?!(?:\s*\([^()]{0,30}\)|\s*,|\s+local\s+time)*\s+"
                                   r"(?:(?:of|on|last)\b|(?:mon|tues|wednes|thurs|fri|satur|"
                                   r"sun)day\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|"
                                   r"sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                                   r"oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|(?:[\w-]+\s+){0,2}?"
                                   r"(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)"
                                   r"\b))", re.I)
_ITS_DAY = re.compile(rf"\b(?:{_THIS_DAY}|{_SINCE_DAWN}|tonight)\b", re.I)
_BRINGING = re.compile(r"\b(?:bringing|raising|taking|pushing)\b", re.I)
# "Three other soldiers were killed in separate fighting, bringing Monday's death toll to
# 24": the day's toll of all its attacks, not this one's (not "bringing the death toll from
# the strike to 30", the one attack's own)
_DAYS_TOLL_BROUGHT = re.compile(rf"\b(?:bringing|raising|taking|pushing)\s+(?:the\s+)?"
                                rf"(?:(?:day|{WEEKDAY_PATTERN}|today|yesterday|tonight)['’]s|"
                                rf"daily)\s+(?:overall\s+|total\s+)?$", re.I)
# ("killed dozens and wounded hundreds more": more of the tally, not more since; but
# "Dozens more Palestinians have been killed" are more since; "more than 500": a bound)
_RECENT = re.compile(rf"\b(?:additional|further|(?<!hundreds )(?<!dozens )(?<!thousands )"
                     rf"(?<!scores )more(?!\s+than\b)|"
                     rf"more(?=\s+(?:[\w-]+\s+)?(?:people|palestinians|civilians|persons|"
                     rf"children|bodies|were|have|had|are)\b)|another|"
                     # "killed by the latest air strikes": the news of the day
                     rf"(?:the\s+)?latest\s+(?:[\w-]+\s+)?(?:air\s?strikes|strikes|attacks|"
                     rf"bombardment|bombing|shelling|raids|wave|round|escalation)|"
                     rf"{_THIS_DAY})\b", re.I)
# Framing that makes the counts after it a tally: "In total, 151 UNRWA staff ...", "So
# far, ...", "By 4 February, 92 civilians were killed"; not the day's count before
# "bringing the toll since October to 38,000".
_FRAMING = re.compile(rf"\b(?:so far|to date|{_IN_TOTAL}|since the (?:start|beginning|outbreak)|"
                      r"since October|by (?:\d{1,2}\s+" + MONTH_PATTERN + r"|" + MONTH_PATTERN +
                      r"\s+\d{1,2})(?:,?\s+\d{4})?,)", re.I)
# ...or share its clause ("the war has killed 150 UN staff"; not "one of the deadliest of
# the war, killed 40")...
_WAR = re.compile(r"\b(war|offensive|conflict|campaign|uprising|intifada)\b", re.I)
# ...or open the sentence as its frame ("With 178 UNRWA staff killed and nearly 350
# incidents affecting its premises, UNRWA calls for ...")...
_WITH_OPENING = re.compile(r"\W*with\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|"
                           r"some\s+)?", re.I)
# ...and a date range that makes every count in the sentence a tally over several days
# ("Between the afternoons of 15 and 18 July, 184 Palestinians were killed"; not
# "between 20 and 30 people").
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WHEN = r"(?:\s*\([^)]{0,20}\))?"  # "(noon)", "(14:00)"
_PERIOD = re.compile(
    rf"\bbetween (?:the )?(?:\w+ )?(?:of )?{_DAY}{_WHEN} and (?:the )?{_DAY}\s+(?:of\s+)?"
    rf"{MONTH_PATTERN}|"
    rf"\bbetween (?:the )?(?:\w+ )?(?:of )?{_DAY}\s+(?:of\s+)?{MONTH_PATTERN}{_WHEN} and "
    rf"(?:the )?{_DAY}|"
    # ("Between 18 March and midday on 20 March": the hour the tally ends at; not "between
    # the evening of 17 October and the morning of 18 October", one night, nor "Between the
    # night of 17 March and midday on 18 March", a night and the morning after it)
    rf"\bbetween (?!the (?:night|evening) of)(?:the )?(?:\w+ )?(?:of )?{_DAY}\s+(?:of\s+)?"
    rf"{MONTH_PATTERN}{_WHEN} and (?:midday|noon)\s+(?:on|of)\s+(?:the )?{_DAY}", re.I)
# "the past few weeks" as a tally's period, unless the count's own clause names its day
_PAST_DAYS = re.compile(r"(?:past|last) \w+ (?:days|weeks)", re.I)
_CLAUSE_STOP = re.compile(r"[,.;:]")


def _clause_end(text: str, at: int, end: int) -> int:
    stop = _CLAUSE_STOP.search(text, at, end)
    return end if stop is None else stop.start()


# "since the ceasefire took effect on October 10, 318 citizens have been martyred": a clause
# opening with the truce's start frames the counts after it ("... and 788 injured") as the
# tally of the days since
# (the clause's own opening: not "In the first Israeli strike since the ceasefire took
# effect, three people were killed in a house in Rafah", one attack's dead)
_SINCE_OPENS = re.compile(r"(?:(?<![\w,]\s)(?<![\w,])|(?<=\band\s)|(?<=\bbut\s))"
                          r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+)?(?:ceasefire|truce)\b"
                          r"[^.;:,]{0,60},\s*(?:[^.;:,]{0,80}?\band\s+)?$", re.I)
# "put the toll at 350 killed and 1,200 wounded in three days of Israeli strikes", "... in
# the strikes of the past week": the toll of a span, told after it further than the window
# of the cues reaches
_PUT_AT = re.compile(r"\b(?:put|puts|putting|placed|places)\s+the\s+(?:death\s+)?toll\s+at\b",
                     re.I)
# (not "since the early hours", "since dawn": the day's)
_PUT_SPAN = re.compile(r"[^.;]{0,80}?\b(?:days|weeks|months|week|month|war|so far|"
                       rf"(?!{_DAY_SINCE})since|"
                       r"to date|overall|throughout|past(?!\s+(?:24|twenty-four)\s+hours))\b",
                       re.I)
# "1,164 injured during the past 24 hours": a day's count however large (not a war total)
# (not "41,118 Palestinians have been killed and 40 in the past 24 hours": the hours the
# other count's)
_THE_DAYS_COUNT = re.compile(r"(?:(?!\band\b)[^.;:,\d]){0,40}?\b(?:in|during|over|within)\s+"
                             r"the\s+(?:past|last)\s+"
                             r"(?:24|twenty-four)\s+hours\b", re.I)


def _days_own(text: str, m: re.Match, start: int, end: int) -> bool:
    """Whether the count's own clause tells it as a day's ("and 1,164 injured during the
    past 24 hours"), with no span of the war beside it."""
    stop = _clause_end(text, m.end(), end)
    return _THE_DAYS_COUNT.match(text, m.end(), stop) is not None and \
        _CUMULATIVE.search(text, max(start, m.start() - 45), stop) is None


_DEADLIEST_SINCE = re.compile(r"\b(?:deadliest|bloodiest|worst|heaviest)\s+(?:single\s+)?"
                              r"(?:day|night|attack|strike|incident)\b[^.;]{0,60}\bsince$",
                              re.I)
# "one of the many journalists to have been killed" (not "one of the five journalists
# appears to have been killed": one of them was)
_CLASS_MEMBERS = re.compile(r"\b(?!appears\b|seems\b)[a-z]+s to have been\b")
_MAX_COUNT = 10_000_000
# "15 bodies are believed trapped under the rubble": not counted as killed ("killed 15,
# dozens missing" still is: the clause ends at the comma).
_UNCONFIRMED = re.compile(
    r"(?:[^\S\n]+(?!and\b)\w+){0,2}[^\S\n]+(?:believed|feared|trapped|missing|unaccounted)\b",
    re.I)
_CLAUSE_END = re.compile(r"[,;:]")
# (all the words of coming upon the dead: "troops discovered the bodies of four hostages in a
# tunnel", "located the remains of", "unearthed 20 bodies")
_RECOVERED = re.compile(r"\b(?:recover\w*|retriev\w*|exhum\w*|return\w*|hand(?:s|ed)? over|"
                        r"found|identif\w*|discover\w*|locat\w*|uncover\w*|unearth\w*)"
                        r"\s+(?:the\s+)?(?:remains|bod(?:y|ies))?\s*(?:of\s+)?$|"
                        # "could not reach dozens of bodies lying in the roads": the dead left
                        # where they fell, over days, no attack's toll
                        r"\b(?:could\s+not|couldn't|cannot|can't|unable\s+to|failed\s+to)\s+"
                        r"(?:reach|access|get\s+to|collect)\s+(?:the\s+)?"
                        r"(?:remains|bod(?:y|ies))?\s*(?:of\s+)?$|"
                        # "the remains of three bodies Hamas gave to Israel"
                        r"\bremains\s+of\s+(?:the\s+)?$|"
                        # "a mass grave holding at least 49 bodies": the dead of before
                        r"\bgraves?\s+(?:holding|containing|with|of)\s+$|"
                        # "a mass grave inside the compound to bury 180 bodies": the dead
                        r"\bbur(?:y|ies|ied|ying)\s+(?:the\s+)?$",
                        re.I)
# ...unless the bodies come out of a strike told with them: "crews recovered the bodies of
# nine people from the rubble of a house hit by an Israeli air strike", "retrieved the
# bodies of 14 people after Israeli strikes on Khan Younis" are the strike's toll (not
# "recovered 50 bodies from mass graves after the army withdrew", the dead of before)
# (nor "the bodies of 30 people killed in recent Israeli strikes", "... destroyed by an
# Israeli strike during the war", "since the ceasefire began", "bombed by Israeli jets in
# December", "after the army ended its operation there", "3 killed days earlier")
_STALE = (r"\b(?:graves?|withdr[ae]w|withdrawal|pull(?:ed|s|ing)?[\s-]*out|pullout|weeks?|"
          r"months?|ago|earlier|recent(?:ly)?|previously|past\s+(?:\w+\s+)?days|"
          # ("following a strike the previous night": the night before, no stale dead)
          r"previous(?!\s+(?:night|day|evening|morning|afternoon)\b)|"
          # (the strike's own hour only: not "following strikes in Shujaiya, an area troops
          # left the previous day", bodies reached once the troops had gone)
          r"(?!(?:air[\s-]*)?strikes?\b|bombardment\b|bombing\b|shelling\b|"
          r"raids?\b|attacks?\b|struck\b|hit\b|bombed\b|shelled\b|targeted\b|killed\b|"
          r"houses?\b|homes?\b|tents?\b|buildings?\b|cars?\b|vehicles?\b|shelters?\b|"
          r"schools?\b|on\b|the\b)[\w-]+\s+(?:on\s+)?the\s+previous\s+"
          r"(?:night|day|evening|morning|afternoon)|"
          r"last\s+(?:week|month|year)|during\s+the\s+(?:war|offensive|operation|incursion)|"
          r"since\s+the\s+(?:war|start|beginning|outbreak|ceasefire|truce)|"
          rf"ended\s+(?:its|the)\s+(?:\w+\s+)?operation|in\s+(?:early\s+|late\s+|mid-?)?"
          rf"{MONTH_PATTERN})\b")
_FROM_A_STRIKE = re.compile(
    rf"(?![^.;]*{_STALE})"
    r"[^.;]*?\b(?:(?:after|following|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:air\s*strikes?|strikes?|bombardment|bombing|shelling|raids?)\b|"
    r"(?:hit|struck|targeted|bombed|flattened|destroyed)\s+(?:\w+\s+){0,2}?by\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:air\s*strikes?|strikes?|missiles?|shells?|"
    r"bombardment|warplanes?|jets?)\b|"
    # ... or told with the striker as subject: "after Israeli aircraft struck tents of
    # displaced people", "killed when warplanes bombed a house"
    r"(?:after|following|when)\s+(?:[\w-]+\s+){0,3}?(?:aircraft|warplanes?|jets?|drones?|"
    r"planes?|helicopters?|tanks?|artillery)\s+(?:struck|hit|bombed|shelled|targeted|"
    r"fired\s+on)\b|"
    # ... or the place hit told with the hour it was hit: "recovered 6 martyrs and 14 injured
    # from a house of the al-Qadi family struck last night in Nuseirat camp"
    # (the place the bodies came from, in their clause: not "recovered 20 bodies from the
    # rubble of homes in Rafah, and a tent was hit overnight in Mawasi", another place's
    # strike; nor "a house ... targeted at dawn on 12 October", a strike of days before)
    r"(?<=\bfrom\s)(?:(?:under\s+)?the\s+rubble\s+of\s+)?(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:house|home|building|tent|shelter|school|apartment|flat)\b[^.;,]{0,60}?,?\s*\b(?:struck|"
    r"hit|bombed|shelled|targeted)\s+(?:last\s+night|overnight|at\s+dawn|this\s+morning)\b"
    rf"(?!\s+(?:on|of)\s+(?:\d|{MONTH_PATTERN}\b)))", re.I)
# ... or told first, the bodies pulled from it after in the same clause: "our teams
# responded overnight to a strike on a house in the al-Qarara area and recovered four
# martyrs" (not "recovered the bodies of 30 people from mass graves", nor bodies
# recovered weeks after a strike)
_STRIKE_FIRST = re.compile(r"\b(?:to|after|following|of|from|on)\s+(?:an?\s+|the\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:air\s*strikes?|strikes?|bombardment|bombing|"
                           r"shelling)\b[^.;:]*?\band\s+(?:[\w-]+\s+){0,2}?$", re.I)
_STALE_HERE = re.compile(_STALE, re.I)
# ... or told in the sentence right before, the place hit that day: "Our crews are searching
# the rubble of a building destroyed by an Israeli air strike this afternoon in Shejaia. So
# far our teams have recovered the bodies of 23 martyrs"
_STRUCK_BEFORE = re.compile(r"\b(?:(?:hit|struck|targeted|bombed|flattened|destroyed|levelled|"
                            r"leveled)\s+(?:\w+\s+){0,2}?by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:air\s*strikes?|strikes?|missiles?|shells?|bombardment|warplanes?|"
                            r"jets?)|(?:air\s*strikes?|strikes?|bombardment|bombing|shelling)\s+"
                            r"(?:hit|struck|destroyed|flattened|on)\b)[^.;]*?\b(?:this\s+(?:morning|"
                            r"afternoon|evening)|today|overnight|last\s+night|at\s+dawn|"
                            rf"on\s+{WEEKDAY_PATTERN})\b", re.I)


# a place named where the bodies were pulled out: "In Khan Younis, civil defence crews
# recovered the bodies of 20 people"
_PLACE_NAMED = re.compile(r"\b(?:[Ii]n|at|near|from)\s+(?:the\s+)?((?:al-|el-)?[A-Z][\w'’-]+"
                          r"(?:\s+(?:al-|el-)?[A-Z][\w'’-]+)*)")


# "So far this year, crews have recovered the bodies of 300 people": a tally of a period
_SO_FAR_A_PERIOD = re.compile(r",?\s+(?:this\s+(?:year|month|week)|in\s+(?:the\s+)?(?:war|year|"
                              r"month)|during|since|over)\b", re.I)


def _struck_just_before(text: str, start: int, end: int) -> bool:
    """Whether the sentence right before ``start`` tells a place struck that day, with no
    span of before in it, and the sentence from ``start`` names no other place (not "An
    Israeli air strike hit a house in Rafah this morning. In Khan Younis, civil defence
    crews recovered the bodies of 20 people": bodies of another place)."""
    last = len(text[:start].rstrip())
    stop = max(text.rfind(". ", 0, max(0, last - 1)), text.rfind("\n", 0, last))
    before = text[stop + 1:last]
    return _STRUCK_BEFORE.search(before) is not None and not _STALE_HERE.search(before) and \
        all(hit.group(1) in before for hit in _PLACE_NAMED.finditer(text, start, end))
# ... nor bodies pulled out once the strikes were over: "When the ceasefire took effect,
# crews returned to the sites of strikes in Rafah and recovered 30 bodies", "After the
# strikes on the neighbourhood stopped, rescuers returned and recovered 25 bodies"
_STRIKES_OVER = re.compile(r"\b(?:return(?:ed|ing)|went\s+back|came\s+back|ceasefire|truce|lull|"
                           r"stopped|ended|halted|ceased|subsided|paused)\b", re.I)
# Only bodies pulled out are a strike's toll, and not after a withdrawal told before them
# ("After Israeli troops pulled out of Khan Younis, rescuers recovered the bodies of 30
# people killed in Israeli strikes"); bodies returned or handed over are the dead of before
# ("Israeli forces returned the bodies of 15 Palestinians ... after the strike")
_PULLED_OUT = re.compile(r"\b(?:recover|retriev|locat|discover|uncover|unearth)\w*", re.I)
# (bodies not pulled out count no toll: "crews could not recover the bodies of 20 people
# after Israeli tanks fired on rescuers", a strike on those who came for them)
_NOT_PULLED = re.compile(r"\b(?:could\s+not|couldn't|cannot|can't|unable\s+to|failed\s+to|"
                         r"tried\s+to|trying\s+to|attempt(?:ed|ing)?\s+to)\s+$", re.I)
_HAD = re.compile(r"\bhad\b", re.I)
_WITHDRAWN_BEFORE = re.compile(r"\b(?:withdr[ae]w\w*|withdrawal|pull(?:ed|s|ing)?[\s-]*out|"
                               r"pullout|graves?)\b", re.I)
# "Hamas releases the bodies of four hostages": the dead handed back (not "received more
# than 20 people killed", where a hospital counts a strike's dead)
_HANDED_BACK = re.compile(r"\b(?:releas\w*|repatriat\w*|transfer\w*|gave back|give back|"
                          r"hands? back)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?$", re.I)
# "leaving eight bodies of deceased hostages still remaining in Gaza": the dead still held
_STILL_HELD = re.compile(r"\s+of\s+(?:the\s+)?(?:deceased\s+)?(?:[\w-]+\s+)?"
                         r"(?:hostages|captives)\b|(?:\s+[\w-]+){0,5}?\s+still\s+held\b",
                         re.I)
# ... or told after the hostages still held: "Some 97 hostages remain in Gaza, including the
# bodies of at least 33" (not "hostages were released ... Strikes on Rafah left the bodies of
# 12", another clause's dead)
_HELD_BEFORE = re.compile(r"(?:\b(?:hostages|captives)\b[^.;:]{0,80}?\b(?:remain(?:s|ing)?|"
                          r"(?:still|being)\s+held|held\s+(?:in|by))|\b(?:holds?|holding|"
                          r"still\s+has)\s+(?:[\w-]+\s+){0,3}?(?:hostages|captives))\b"
                          r"[^.;:]{0,50}?(?:,\s*|\s+)(?:including|among\s+them|of\s+whom|"
                          r"of\s+which)\s+(?:the\s+|at\s+least\s+)?$", re.I)
# ("several bodies of Palestinians were recovered": whose bodies, between)
_BODIES_OF = re.compile(r"\b(?:bodies|remains)\s+of\s+$", re.I)
# (the bodies' release: not "a statement released by the hospital", nor
# "hours after Hamas released three hostages")
_HANDED_OVER = re.compile(r"\b(?:(?<!statement )(?<!video )(?<!footage )(?<!report )(?<!figures )"
                          r"(?<!images )(?<!data )releas\w*(?!\s+(?:(?:an?|its|the)\s+)?"
                          r"(?:statement|video|footage|report|figures|images|data)\b|\s+"
                          r"(?:[\w-]+\s+){0,2}(?:hostages|captives|prisoners|detainees)\b)|"
                          r"handed\s+over|hand(?:s|ed|ing)?\s+(?:over|back)|"
                          r"gave\s+back|returned\s+by|repatriat\w*|"
                          # the handover told from either side: "Hamas gives the bodies
                          # of two captives to the Red Cross", "the army received the
                          # bodies of two captives from the Red Cross" (not "the hospital
                          # received 20 bodies", the dead of the day brought in)
                          # (only with the dead as what is given and a party after
                          # "from": not "had given birth to twins", "gave the family no
                          # time to flee", "from a group of aid seekers")
                          r"(?:gives?|gave|given|giving)(?:\s+(?:back|over))?\s+(?:the\s+)?"
                          r"(?:bodies|body|remains|them)\b(?=[^.;:]{0,60}?\bto\b)|"
                          r"receiv\w*\s+(?:the\s+)?(?:bodies|body|remains|them)\b"
                          r"(?=[^.;:]{0,80}?\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:cross|icrc|hamas|israel|captors|militants|group|authorities)\b"
                          r"(?!\s+of\b)))\b",
                          re.I)
# (or "several bodies and remains were recovered", of bodies only: not "killed seven people
# and human remains were recovered", the remains of others)
_FOUND_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+|"
                          r"(?<=bodies)\s+and\s+(?:human\s+)?remains)?"
                          r"\s+(?:are|is|were|was|have been|had been)\s+(?:\w+\s+)?"
                          r"(?:discovered|found|recovered|retrieved|exhumed|uncovered)\b", re.I)
# "about 180 bodies had been buried in a mass grave in the grounds", "40 martyrs were buried
# in the hospital courtyard": a burial of the dead of before, not a killing (not "were buried
# under the rubble", "buried alive": killed so)
_BURIED_AFTER = re.compile(r"\s+(?:are|is|were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?buried\s+"
                           r"(?:in|inside|within|at)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
                           r"(?:graves?|cemetery|cemeteries|grounds|courtyard|yard|compound|"
                           # ("hundreds of bodies have been buried in different areas": where
                           # the dead were laid, not under what they died)
                           r"garden|areas|places|sites|locations|plots?)\b", re.I)
# "we had to bury the bodies of 6 martyrs near the road", "mourners buried 12 people in
# Rafah": the dead of before laid to rest, the burial told first (not "buried 12 people
# under the rubble": see the sentence's own harm words; nor "killed and buried")
_BURIED_BEFORE = re.compile(r"\b(?<!killed and )(?:bur(?:y|ies|ied|ying)|inter(?:s|red|ring)?)\s+"
                            r"(?:the\s+)?(?:(?:bodies|remains)\s+of\s+)?(?:(?:at\s+least|about|"
                            r"some|more\s+than|nearly|around)\s+)?$", re.I)
_UNDER_RUBBLE = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?(?:alive|under|beneath)\b", re.I)
# "buried the bodies of 15 people killed in an Israeli strike on ...": the count goes on
# with its own killing by an attack, which is that attack's toll, the burial only its frame
_KILLED_IN_ATTACK = re.compile(r"(?:(?:\s+(?:who|that))?\s+(?:were|was|had\s+been|have\s+been))?"
                               r"\s+killed(?=\s)", re.I)
_IN_AN_ATTACK = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:in|by)\s+(?:an?\s+|the\s+)?"
                           r"(?:[\w'’-]+\s+){0,3}?(?:air\s*strikes?|strikes?|shelling|"
                           r"bombardments?|bombings?|attacks?|raids?|missiles?|shells?|"
                           r"gunfire|fire)\b", re.I)
# An age, not a count: "killed 6-year-old Hind Rajab" is one person.
_AGE = re.compile(r"(?:-| )(?:year|month|week|day)s?(?:-| )old\b", re.I)
# A number that measures time or distance ("killed 48 to 72 hours before the autopsies")
# (not "killed 12 day labourers", "killed two second-year students": the unit names them)
_MEASURE_AFTER = re.compile(r"(?:-|\s+)(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|"
                            r"km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|yards?)\b(?![-'’])"
                            r"(?!\s+(?:labou?rers?|workers?|students?|pupils?|traders?|"
                            r"shifts?)\b)", re.I)
_PLURAL_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:twins|children|boys|girls|babies|siblings|"
                           r"brothers|sisters|people|infants|toddlers)\b", re.I)
_NOT_DEATH = re.compile(r"\b(casualties)\b", re.I)


@dataclass(frozen=True, slots=True)
class Casualty:
    """A count of killed or injured people found at ``start:end`` of the report."""

    kind: str  # "killed" | "injured"
    count: int | None
    start: int
    end: int
    text: str
    victim: str | None
    cumulative: bool


_ANCHOR = re.compile(rf"(?P<k>{_KILLED_PEOPLE}|claim\w*\s+the\s+lives|loss\s+of\s+"
                     # ("the loss of at least two lives")
                     rf"(?:[\w,-]+\s+){{1,4}}lives)|(?P<h>{_HURT}|{_BURNED_PEOPLE})|"
                     # ("... has risen to 24": the end of a toll whose name runs long)
                     rf"(?P<d>{_DEATH_NOUN}|death toll|death of|martyrdom of|"
                     rf"(?:rose|rises|risen|climbed|jumped|increased)\s+to)", re.I)
# Which anchor word each pattern needs: a window runs only the patterns its words allow.
_PATTERN_CLASS = ("k", "h", "k", "h", "k", "k", "kd", "kd", "kd", "kd", "d", "d", "kd", "h", "k",
                  "k", "h", "k", "h", "h", "h", "h", "kd", "k", "k", "k", "kd", "kd", "k", "kd",
                  "kd", "k", "k", "k", "k", "h", "kd", "k")
assert len(_PATTERN_CLASS) == len(_PATTERNS)
_WINDOW_BEFORE, _WINDOW_AFTER = 180, 90


# The patterns this module looks for through a report's cues (geoevents.anchored).
PATTERNS = (_ANCHOR, _PERIOD, _CUMULATIVE, _WAR, _FRAMING, _RECENT,
            *(pattern for _, pattern in _PATTERNS))
_INDEX = PrefixIndex(PATTERNS)


def has_casualty_words(text: str, start: int = 0, end: int | None = None, *,
                       cues: Cues | None = None) -> bool:
    """A cheap test that lets sentences without any casualty word skip the count patterns."""
    cues = cues if cues is not None else Cues(text, _INDEX)
    return cues.search(_ANCHOR, start, len(text) if end is None else end) is not None


@cache
def _patterns_for(classes: frozenset[str]) -> tuple[tuple[str, re.Pattern], ...]:
    """The (kind, pattern)s a window with these anchor words runs, in ``_PATTERNS`` order:
    a handful of word sets recur, so each is worked out once, not per window."""
    return tuple(kind_pattern for kind_pattern, cls in zip(_PATTERNS, _PATTERN_CLASS)
                 if any(c in classes for c in cls))


def _windows(cues: Cues, start: int, end: int) -> list[tuple[int, int, set[str]]]:
    """Stretches around casualty words: the only places a count can be, so the number
    patterns never scan the rest of the sentence."""
    spans: list[tuple[int, int, set[str]]] = []
    for m in cues.finditer(_ANCHOR, start, end):
        lo, hi = max(start, m.start() - _WINDOW_BEFORE), min(end, m.end() + _WINDOW_AFTER)
        if spans and lo <= spans[-1][1]:
            spans[-1][2].add(m.lastgroup)
            spans[-1] = (spans[-1][0], hi, spans[-1][2])
        else:
            spans.append((lo, hi, {m.lastgroup}))
    return spans


def _war_clause(cues: Cues, m: re.Match, lo: int, hi: int) -> bool:
    """Whether "war", "offensive"... stands in the count's own clause near it (not "killed
    in an offensive into Tel al-Hawa": one push into a district, told with no span, is that
    district's toll as an incursion's is)."""
    text = cues.text
    before = [c.end() for c in _CLAUSE_END.finditer(text, lo, m.start())]
    after = _CLAUSE_END.search(text, m.end(), hi)
    return any(not _AMID.search(text, max(0, w.start() - 40), w.start()) and
               not (w.group(0).lower() == "offensive" and m.end() <= w.start() and
                    _one_assault_on_a_place(text, m.end(), min(len(text), m.end() + 120)))
               for w in cues.finditer(_WAR, before[-1] if before else lo,
                                      after.start() if after else hi))


# "kill at least 72 Palestinians amidst the ongoing offensive": the war as a backdrop
# of the day's count, not the span of a tally
_AMID = re.compile(r"\bamid(?:st)?\s+(?:the\s+|an?\s+|israel's\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _tally_verb(cues: Cues, m: re.Match, start: int, end: int) -> bool:
    """"attacks have killed 500", "151 staff have been killed": a present-perfect tally
    (its clause, before the count or right after it), unless one attack is the subject or
    the sentence says it is the latest news ("in the past 24 hours", "two more")."""
    text = cues.text
    clause = max([c.end() for c in _CLAUSE_END.finditer(text, start, m.start())], default=start)
    perfect = _PERFECT.search(text, clause, min(end, m.end() + 20))
    if perfect is not None and _CAMPAIGN.search(text, clause, perfect.start()) and \
            _ITS_DAY.search(text, clause, min(end, m.end() + 20)) is None:
        # "an offensive ... that has left more than 100 dead": its whole toll (not "an
        # incursion into Shejaia overnight has left 12 dead": that night's)
        return True
    own_end = _clause_end(text, m.end(), end)
    return perfect is not None and not _ONE_ATTACK.search(text, clause, perfect.start()) \
        and not _BY_ONE_ATTACK.match(text, perfect.end(), end) \
        and not _hitting_a_place(text, m.end(), min(end, m.end() + 120)) \
        and not _one_assault_on_a_place(text, m.end(), min(end, m.end() + 120)) \
        and not _recent(cues, m, start, end) \
        and not _SINCE_DAWN_HERE.search(text, clause, own_end) \
        and not _SINCE_THE_DAYS_START.search(text, clause, own_end) \
        and not (_AT_A_TOWN.match(text, m.end(), end) and
                 not _SPAN_AFTER.search(text, m.end(), own_end))


def _recent(cues: Cues, m: re.Match, start: int, end: int) -> bool:
    """Whether the sentence says its count is the latest news ("two more", "overnight",
    "the latest air strikes"; not "the latest attacks have killed 300 people in the past
    week": a span's tally)."""
    recent = cues.search(_RECENT, start, end)
    if recent is not None and "latest" in recent.group(0).lower():
        text = cues.text
        if _SPAN_AFTER.search(text, m.end(), _clause_end(text, m.end(), end)):
            recent = cues.search(_RECENT, recent.end(), end)
    return recent is not None


# (not "in Khan Younis over the past month", "during the offensive": a span)
# ("in Jabalia in three days", "within a week": a span too)
_SPAN_AFTER = re.compile(r"\b(?:over|during|throughout|since|so far|in the (?:past|last)|this "
                         r"(?:week|month|year)|last (?:week|month|year)|in recent|within|"
                         r"in (?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several) "
                         r"(?:days|weeks|months))\b", re.I)
# "Israeli strikes have killed at least 10 people in Nuseirat, medics said": the count of a
# named town or camp, as news of the day (not "in Gaza", the whole war's, nor "in northern
# Gaza", "in the central Gaza Strip", a third of it; but "in Gaza's Nuseirat camp", a town)
_AT_A_TOWN = re.compile(r"\s+(?:(?:people|persons|Palestinians|civilians)\s+)?(?:in|at)\s+"
                        r"(?:the\s+)?(?:[a-z]+\s+)?"
                        r"(?!Gaza\b(?!\s+City|['’]s\s+[A-Z])|the\s+Gaza\s+Strip\b|Gaza\s+Strip\b)"
                        r"(?!Israel|Hamas|IDF|US\b|U\.S\.)[A-Z]")


# "has killed three members of Gaza's civil defence ... after bombing the Bureij refugee
# camp", "after hitting a school in Nuseirat": the toll of a strike on a named place, the
# day's news
# (not "has killed 20 Hamas commanders while targeting Hamas leaders": a side, not a place;
# nor "has killed dozens in recent weeks while shelling Jabalia": a span's toll)
_AFTER_HITTING_A_PLACE = re.compile(r"[^.;]*?\b(?:after|while|when|by)\s+(?:bombing|striking|"
                                    r"shelling|targeting|hitting)\s+(?:the\s+|an?\s+"
                                    r"(?:[\w-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?)?"
                                    r"(?!Gaza\b(?!\s+City)|Strip\b|Palestinian|Israel|Hamas|"
                                    r"Hezbollah|Islamic\s+Jihad|IDF\b|UN\b|UNRWA\b)[A-Z]")


def _hitting_a_place(text: str, start: int, end: int) -> bool:
    hit = _AFTER_HITTING_A_PLACE.match(text, start, end)
    return hit is not None and not _SPAN_AFTER.search(text, start, hit.end())


# "Israeli forces have killed at least 210 Palestinians and wounded more than 400 in a
# ground and air assault on the Nuseirat refugee camp", "... in an air strike on a house in
# Rafah": the toll of one assault on a named place, the day's news (not "in an offensive on
# the Strip": the whole war's; nor "in a raid on Jenin over the past week": a span's; nor
# "in an attack on civilians in October": a month, no place)
# (nor "have killed 400 Palestinians in Gaza, among them 30 in an attack on the Nuseirat
# camp", "..., 30 of them in an attack on a school": a part's assault, not the whole's; nor
# "in a two-week raid on Al-Shifa Hospital", "in an ongoing raid", "in a months-long
# assault on Rafah": an operation's running toll)
_IN_ONE_ASSAULT = re.compile(r"(?:(?!\b(?:including|among|of\s+(?:them|whom))\b)[^.;]){0,60}?"
                             r"\b(?:in|during)\s+(?:an?|one)\s+"
                             r"(?:(?!(?:ongoing|continuing|prolonged|protracted|sustained|lengthy|"
                             r"extended|long-running|[\w-]*(?:days?|weeks?|months?|years?|long)\b))"
                             r"[\w-]+\s+){0,4}?"
                             r"(?:assault|raid|attack|strike|air\s?strike|bombing|incursion|"
                             # ("in an Israeli offensive into Tel al-Hawa": a push into one
                             # district, as an incursion; not "an offensive on Gaza", the war)
                             r"offensive(?=\s+into\b))\s+"
                             r"(?:on|in|at|into|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
                             r"(?!Gaza\b(?!\s+City)|Strip\b|Palestin|Israel|Hamas|IDF\b|UN\b|"
                             rf"{MONTH_PATTERN}\b|{WEEKDAY_PATTERN}\b)(?-i:[A-Z])", re.I)


# (nor "in an assault on Jabalia that began on 5 October", "..., as fighting there entered
# its second week": an operation told by its start, its toll a running one)
_ITS_START_TOLD = re.compile(r"[^.;]{0,80}?\b(?:began|begun|started|launched|entered\s+its)\b",
                             re.I)


def _one_assault_on_a_place(text: str, start: int, end: int) -> bool:
    """Whether the count is told as one assault's on a named place, with no span or start
    of an operation told with it."""
    hit = _IN_ONE_ASSAULT.match(text, start, end)
    return hit is not None and not _SPAN_AFTER.search(text, start,
                                                      _clause_end(text, hit.end(), end)) \
        and not _ITS_START_TOLD.match(text, hit.end(), end)


# "At least two people have been killed when Israeli forces launched a missile strike on a
# car": the toll of the one attack told right after it
# (not "killed in Gaza by an Israeli strike or gunfire since January": a tally of either)
# (and an aside on the dead between: "have been killed, including 13 children, in an air
# strike on a house")
# (or the one attack told as a deed on one thing: "... after Israel bombed a building
# housing displaced families", "when tanks shelled a school in Jabalia"; not "after Israel
# struck a series of targets", "bombed a number of homes": many)
_BY_ONE_ATTACK = re.compile(r"(?:,[^,.;:()]{1,50},)?"
                            r"\s+(?:(?:in|by|when|after|as)\s+(?:[\w'’-]+\s+){0,4}?"
                            r"(?:an?|one)\s+(?:[\w-]+\s+){0,2}(?:air ?strike|strike|attack|"
                            r"bombing|shelling|raid|explosion|blast)\b"
                            r"(?!\s+or\b)|"
                            r"(?:when|after|as)\s+(?:[\w'’-]+\s+){1,3}?(?:bombed|struck|hit|"
                            r"shelled|targeted|attacked|raided)\s+(?:an?|one)\s+"
                            r"(?!(?:series|number|wave|string|spate|round|barrage|host|range|"
                            r"couple|dozen|total|list|set)\b)(?:[\w-]+\s+){0,2}?"
                            r"(?:building|house|home|tent|school|shelter|car|vehicle|apartment|"
                            r"mosque|hospital|clinic|market|bakery|gathering|crowd|truck|"
                            r"ambulance|compound|camp|residential\s+block)s?\b"
                            # (not a deed told as repeated or spread over a span or an
                            # area: "attacked a camp every day this week", "struck a camp
                            # and surrounding areas ... over three days")
                            r"(?![^.;:]{0,60}?\b(?:every|each|daily|nightly|repeatedly|"
                            r"again|over\s+(?:the\s+)?(?:past\s+|last\s+)?(?:[\w-]+\s+)?"
                            r"(?:days?|nights?|weeks?|months?)|for\s+(?:[\w-]+\s+)?"
                            r"(?:days|nights|weeks|months)|(?:this|last|past)\s+(?:week|"
                            r"month)|in\s+recent|throughout|and\s+(?:the\s+)?(?:surrounding|"
                            r"nearby|neighbouring|neighboring|adjacent|other)\b)))", re.I)


def _victims(q: re.Match) -> int:
    """How many one conjunct of a list of victims counts: its number, or one for "his
    wife" (a plural with no number, "their children", adds none: the lowest count)."""
    number = q.group("q") or q.group("k")
    if number:
        return (parse_number(number) or 0) * _pair(q.group("v"))
    return 1 if _ONE_PERSON.fullmatch(q.group("v").split()[-1]) else 0


def _pair(victim: str | None) -> int:
    """How many people one of the victims named is: two for "a couple" ("a couple and their
    four children were killed": six), else one."""
    return 2 if victim and victim.split()[-1].lower() in ("couple", "couples") else 1


# "The dead included eight Red Crescent workers, six members of the Civil Defense and a
# staffer from UNRWA": the items of the list, each with its number, add up.
_DEAD_INCLUDED = re.compile(r"\b(?:[Tt]he\s+)?(?:dead|victims|[Tt]hose killed|fatalities)\s+"
                            r"(?:included|include|includes|were)\s+")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ITEM_NUMBER = re.compile(rf"(?:at least\s+)?({_NUMWORD})\s+\w", re.I)
# "five children, two of them infants": a share of the item before; "three years old": an age
_SUB_ITEM = re.compile(rf"(?:{_NUMWORD})\s+(?:of\s+(?:them|whom)|among\s+them)\b", re.I)
_ITEM_AGE = re.compile(rf"(?:{_NUMWORD})[\s-]+(?:years?|months?|weeks?|days?)[\s-]+old\b", re.I)
# "Israeli strikes killed at least 104 people ... The dead included 46 children and 20
# women": who some of the dead of a toll told just before were, by age and sex, a share of
# it (the men are left out), not a toll of its own; but "An Israeli strike hit a house in
# Rafah. The dead included five children and three women": the lowest count told
_ITEM_GROUP = re.compile(rf"(?:at\s+least\s+)?(?:{_NUMWORD})\s+(?:of\s+them\s+)?(?:children|"
                         rf"child|minors|boys|girls|women|woman|elderly|infants|babies)\b", re.I)


# "Sinwar was killed along with two other militants", "was killed along with his wife and
# three children": the one told, and the others with them (a single subject only: "was",
# "has been"; not "were killed along with ..." nor "died along with", whose subject may be
# many; nor "has been found dead, along with five of her relatives": bodies found, whose
# killing is told on a day of its own)
_ALONG_WITH = re.compile(rf"\b(?:was|has\s+been|had\s+been)\s+(?:killed|"
                         rf"shot\s+dead|martyred),?\s+(?:along|together)\s+with\s+"
                         rf"(?P<more>{_MORE_ONE}(?:,\s+{_MORE_ONE})*(?:,?\s+and\s+{_MORE_ONE})?)"
                         rf"(?!\s+(?:were|was|are|is|have|has|had)\b)", re.I)


def _dead_along_with(text: str, start: int, end: int) -> Casualty | None:
    """One dead and those told as killed with them, each conjunct with its number."""
    m = _ALONG_WITH.search(text, start, end)
    if m is None:
        return None
    each = list(_EACH_VICTIM.finditer(m.group("more")))
    if any((q.group("q") or "").lower() in _VAGUE_HEADS for q in each):
        return None  # "was killed along with several officials": no number told
    more = [_victims(q) for q in each]
    if not more or not all(more):
        return None  # "along with their children": no number to add
    return Casualty("killed", 1 + sum(more), m.start(), m.end(), m.group(0), None, False)


# the words of a sentence before a list of the dead that only say who told it ("Civil
# defence spokesman Mahmud Bassal told AFP ", "Medics said that ")
_ONLY_WHO_TOLD = re.compile(r"(?:[^,.;:]{1,80}?\s(?:told\s+(?-i:[A-Z])[\w.'’-]*|said|says|"
                            r"added|stated|reported)\s+(?:that\s+)?)?", re.I)


def _toll_told_before(text: str, start: int, total: int) -> bool:
    """A larger toll told in the sentence just before (the lead's, a paragraph up)."""
    # (only that sentence's: "An Israeli strike on a school in Gaza City killed 30 people.
    # In Rafah, a strike hit a house. The dead included five children and three women": the
    # dead of the house are eight)
    # (or after who told it: "A spokesman told AFP the dead included 46 children and 20
    # women", the toll a paragraph up still the sentence before; not "In Rafah, a strike hit
    # a house, and medics said the dead included ...", an attack of the sentence's own)
    opens = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    end = len(text[:opens].rstrip()) if _ONLY_WHO_TOLD.fullmatch(text, opens, start) else start
    end = len(text[:end].rstrip())
    lo = max(text.rfind(". ", 0, max(0, end - 1)) + 2, text.rfind("\n", 0, end) + 1, 0)
    return any(c.kind == "killed" and c.count is not None and c.count > total
               for c in find_casualties(text, lo, start))


def _dead_listed(text: str, start: int, end: int) -> Casualty | None:
    """The sum of a list of the dead, each item opening with its number; None unless at
    least two items do (one alone may be any part of the toll)."""
    if "dead" not in text[start:end] and "victims" not in text[start:end] and \
            "killed" not in text[start:end] and "fatalities" not in text[start:end]:
        return None
    hit = _DEAD_INCLUDED.search(text, start, end)
    if hit is None:
        return None
    stop = min((i for i in (text.find(c, hit.end(), end) for c in ".;:") if i >= 0),
               default=end)
    total, items, groups = 0, 0, 0
    for item in (i.strip() for i in _LIST_SPLIT.split(text[hit.end():stop])):
        if _SUB_ITEM.match(item):
            continue
        if _ITEM_AGE.match(item):
            return None
        n = _ITEM_NUMBER.match(item)
        number = parse_number(n.group(1)) if n else None
        if number is None or number > _MAX_COUNT:
            break
        total, items = total + number, items + 1
        groups += _ITEM_GROUP.match(item) is not None
    if items < 2 or groups == items and not hit.group(0).rstrip().endswith("were") and \
            _toll_told_before(text, hit.start(), total):
        return None
    return Casualty("killed", total, hit.start(), stop, text[hit.start():stop], None, False)


# the people or rites of those mourning the dead: "families of", "the funerals of"
_MOURNERS_OF = re.compile(r"(?i)\b(?:families|relatives|parents|widows|loved\s+ones|"
                          r"funerals|graves)\s+of\s+(?:the\s+)?\Z")


_ENDS_KILLED = re.compile(r"\bkilled$", re.I)


def _killed_in_an_attack(text: str, m: re.Match, end: int) -> bool:
    """The count at m goes on with its own killing by an attack ("15 people killed in an
    Israeli strike on ...", "6 martyrs who were killed in the strike on ...")."""
    pos = m.end()
    if not _ENDS_KILLED.search(m.group(0)):
        k = _KILLED_IN_ATTACK.match(text, pos, min(end, pos + 40))
        if k is None:
            return False
        pos = k.end()
    return _IN_AN_ATTACK.match(text, pos, min(end, pos + 80)) is not None


def find_casualties(text: str, start: int = 0, end: int | None = None, *,
                    cues: Cues | None = None) -> list[Casualty]:
    """Killed/injured counts in ``text[start:end]`` (one sentence), leftmost-longest,
    without overlaps; offsets into ``text``."""
    end = len(text) if end is None else end
    cues = cues if cues is not None else Cues(text, _INDEX)
    hits = sorted(((m.start(), -m.end(), kind, m) for lo, hi, classes in _windows(cues, start, end)
                   for kind, pattern in _patterns_for(frozenset(classes))
                   for m in cues.finditer(pattern, lo, hi)), key=lambda h: (h[0], h[1]))
    found: list[Casualty] = []
    period = cues.search(_PERIOD, start, end) if hits else None
    for _, _, kind, m in hits:
        told = _REPORTS_A_COUNT.match(text, m.end("more") if m.group("more") else m.end("v")) \
            if m.re is _SUBJECT_COUNT else None
        if told is not None:
            # "An army officer confirmed two soldiers were killed": the count told, not
            # the one who told it
            m = _SUBJECT_COUNT.match(text, told.start("n"), end)
            if m is None:
                continue
        if any(c.start < m.end() and m.start() < c.end for c in found):
            continue
        if m.re is _HEADLINE and m.start() != start and _MID_SENTENCE_STOP.search(
                text, max(start, m.start() - 3), m.start()):
            continue  # "School No. 2 killed": a stop the sentence did not end at
        if m.re is _HEADLINE and m.group(0).lower().endswith("died") and \
                not (m.group("another") or m.group("and_another")) and \
                text[start:m.start()].rstrip().endswith((",", ";", "(")):
            continue  # "Of the 2,000 patients evacuated, 15 died on the way": a count that
            # died with no noun counts only opening its sentence
        if m.re is _HEADLINE and (m.group("another") or m.group("and_another")) and \
                _HAD.search(m.group(0)):
            continue  # "while another 15 had died earlier in the week": the dead of before
        if m.re is _SUBJECT_COUNT and _ACTIVE_KILL.search(m.group(0)) and \
                _OBJECT_COUNT.match(text, m.end()):
            continue  # "a bus carrying 30 passengers killed five", "the two leaders
            # discussed the strike that killed 45": the dead are the verb's object
        if m.re is _SUBJECT_COUNT and _HANDED_BACK_AFTER.match(text, m.end(), end):
            continue  # "33 Israeli hostages - eight of them dead - were exchanged for
            # prisoners": the captives handed back, the dead among them dead before
        if m.re is _SUBJECT_COUNT and _MOURNERS_OF.search(text, max(start, m.start() - 40),
                                                           m.start()):
            continue  # "Families of 20 soldiers who were killed in Gaza protested": the dead
            # named only as those the mourners act for, dead before
        if m.re is _SUBJECT_COUNT and _NOT_KILLED.search(m.group(0)):
            continue  # "one of its leaders was not killed": alive
        dead = None
        if m.re is _HURT_AFTER_DEAD:
            dead = next((c for c in reversed(found) if c.kind == "killed" and c.end <= m.start()
                         and _JUST_AND.fullmatch(text, c.end, m.start())), None)
            if dead is None:
                continue  # "in the past 24 hours 52 were killed and 120 were wounded": the
                # hurt of a count of the dead that is no toll here are none either
        count = 1 if m.group("n").lower() == "another" or m.re is _KIN_HEAD or \
            m.re is _KIN_HEAD_HURT else parse_number(m.group("n"))
        if count is not None and m.group("n").lower() in _VAGUE_HEADS:
            part = _INCLUDING_MORE.match(text, m.end(), min(end, m.end() + 120))
            if part is not None and (parse_number(part.group("n")) or 0) > count and \
                    not _ANOTHER_GROUP.search(text, m.end(), part.start("n")):
                # "killed several Palestinians in multiple attacks ..., including 20 people
                # ... in an overnight airstrike": the whole is at least its part
                count = parse_number(part.group("n"))
        victim = m.groupdict().get("v")
        if count is not None:
            count *= _pair(victim)
        if _ELIMINATED.search(m.group(0)) and not (
                victim and _FIGHTER_NOUN.fullmatch(victim.split()[-1])):
            continue  # "eliminated 30 staff positions", "eliminated two terrorist squads":
            # an army's word for killing is a toll only of the fighters it names
        if count is None or count > _MAX_COUNT:
            continue  # not a number a report could mean as a death toll
        if m.group("n").lower() in ("a", "an", "one", "both") and not victim and not (
                m.group("n").lower() == "one" and _VERB_FIRST.match(m.group(0)) and
                _ONE_ALONE.match(text, m.end(), end)):
            continue
        age = _AGE.match(text, m.end("n"))
        if not victim and not age and _MEASURE_AFTER.match(text, m.end("n")):
            continue  # "were killed 48 to 72 hours before the autopsies", "killed 300 metres
            # from the fence": a span or a distance, not the dead
        if age and not _PLURAL_AFTER.match(text, age.end()):
            count = 1  # "killed 6-year-old Hind Rajab"; "2 month old twins" are two
        elif not victim and 1900 <= count <= 2100 and m.group("n").isdigit():
            continue  # "in 2024 killed ...": a year, not a count
        more = m.groupdict().get("more")
        if victim and _KIN_NOUN.fullmatch(victim.split()[-1]) and \
                _RELATIVE_OF_DEAD.match(text, m.end("v")):
            continue
        if more and (_VERB_FIRST.match(m.group(0)) or _NOUN_FIRST.match(m.group(0))) and \
                _OWN_VERB.match(text, m.end()):
            more = None
        if more:
            count += sum(_victims(q) for q in _EACH_VICTIM.finditer(more))
        if "includ" in text[max(start, m.start() - 12):m.start()] or \
                "among" in text[max(start, m.start() - 12):m.start()]:
            head = _HEAD_BEFORE.search(text, max(start, m.start() - 80), m.start())
            if head is not None and (parse_number(head.group("n")) or 0) > count and \
                    not any(c.start <= head.start() < c.end for c in found):
                # (not "strikes killed 30 people, including 5 killed in Rafah": there the
                # whole is its own count already, and the 5 a part of it)
                count = parse_number(head.group("n"))  # "At least 23 Palestinians,
                # including seven women, five children and a paramedic, are killed"
        share = _SHARE_OF.search(text, max(start, m.start() - 40), m.start()) \
            if m.re is _SUBJECT_COUNT or m.re is _SUBJECT_HURT else None
        if share is not None and _WERE_VERB.search(m.group(0)) and \
                not _WHO_WERE.search(m.group(0)) and \
                (parse_number(share.group("n")) or count) < count:
            count = parse_number(share.group("n"))  # "Nine of her ten children were
            # killed": the share the verb tells, not the whole they belong to
        if (m.re is _KIN_HEAD or m.re is _KIN_HEAD_HURT) and not more and \
                m.group(0).lower().startswith("whose") and not _AS_WAS.match(text, m.end(), end):
            continue  # "said Abu Mohammed, whose brother was killed": a speaker's loss, one
            # of a toll told before (not "whose brother and two nephews were killed")
        if m.re is _KIN_HEAD or m.re is _KIN_HEAD_HURT or m.re is _SUBJECT_COUNT or \
                m.re is _SUBJECT_HURT:
            also = _AS_WAS.match(text, m.end(), end)
            if also is not None:
                count += _victims(also)  # "Her husband was critically wounded, as was
                # their only surviving son": the hurt told after, by the same verb
        recovered = _LESS_RECOVERED.match(text, m.end(), end) if kind == "killed" else None
        back = max(start, m.start() - 150)
        if recovered is not None and _ONE_ATTACK.search(
                text, max(back, text.rfind(". ", back, m.start()) + 1), m.end()):
            recovered = None  # "An Israeli airstrike on a house in Jabalia killed 15 people,
            # including 6 bodies recovered from the rubble": the one attack's own dead, pulled
            # out after it
        if recovered is not None and 0 < (parse_number(recovered.group("n")) or 0) < count:
            count -= parse_number(recovered.group("n"))  # "133 martyrs (including 4
            # recovered bodies)": the bodies pulled out are the dead of before, not the day's
        whole = _AMONG_THE_WHOLE[kind].match(text, m.end("more") if more else m.end("v")) \
            if m.re is _SUBJECT_COUNT or m.re is _SUBJECT_HURT else None
        if whole is not None and (parse_number(whole.group("n")) or 0) > count:
            # "three children are among the seven dead", "... among the 40 wounded": the
            # children are a part of the count, and the count is the whole
            count = parse_number(whole.group("n"))
        if victim and _AMONG_THEM.match(text, m.end("v")):
            head = _HEAD_WITH.search(text, max(start, m.start() - 80), m.start())
            if head is not None and (parse_number(head.group("n")) or 0) > count and (
                    head.start() == start or
                    _OPENS_CLAUSE.search(text, max(start, head.start() - 15), head.start()) or
                    not _VERB_BEFORE.search(text, max(start, head.start() - 20), head.start())):
                count = parse_number(head.group("n"))  # "43 Palestinian civilians with
                # seven women amongst them were killed": the whole, not its part
        # Cumulative cues count only near the number: "as the war entered its ninth
        # month" elsewhere in the sentence does not make "killed 12" a war total.
        lo, hi = max(start, m.start() - 45), min(end, m.end() + 30)
        # "138 killed, bringing the cumulative toll to 2,808": the total is what follows
        bringing = _BRINGING.search(text, m.end(), hi)
        hi = bringing.start() if bringing else hi
        # ("the deadliest day for the army since the ground operation began, with 24
        # soldiers killed": the day's toll, measured against the war's other days)
        since = cues.search(_CUMULATIVE, lo, hi)
        if since is not None and _PAST_DAYS.fullmatch(since.group(0)) and \
                _ITS_DAY.search(text, m.end(), _clause_end(text, m.end(), end)):
            # ("strikes, which have intensified over the past two weeks, killed 12 people in
            # Rafah on Saturday": the count of the day it names)
            since = cues.search(_CUMULATIVE, since.end(), hi)
        if since is not None and since.group(0).lower().startswith("put") and \
                _CUMULATIVE.match(text, since.start()) is None:
            # "puts the toll at 404 killed and 562 wounded since the early hours": the day's
            # toll, where the window cuts the day off ("since t")
            since = cues.search(_CUMULATIVE, since.end(), hi)
        if since is not None and since.group(0).lower() == "since" and \
                _SINCE_DAWN_TODAY.match(text, since.start()):
            # "killed 22 people across the Gaza Strip since midnight": the day's count,
            # where the window cuts the day off ("since mi")
            since = cues.search(_CUMULATIVE, since.end(), hi)
        if since is not None and since.group(0).lower().endswith("since") and \
                (today := _SINCE_THE_DAYS_START.match(text, since.end() - 5, end)) is not None:
            # "404 people have been killed and 562 injured since Israel began striking Gaza in
            # the early hours": the day's count, from a start the day's own hours give
            since = cues.search(_CUMULATIVE, today.end(), hi) if today.end() < hi else None
        if since is not None and since.group(0).lower() == "since" and \
                _DEADLIEST_SINCE.search(text, start, since.end()):
            since = None
        if since is None:
            # "nine people died in total during the shelling of the area that lasted three
            # days": the attack "in total" names is told as lasting days, a tally of them
            since = _IN_TOTAL_OF_DAYS.match(text, m.end(), min(end, m.end() + 130))
        opening = _SINCE_OPENS.search(text, max(start, m.start() - 200), m.start())
        if opening is not None and (
                _DEADLIEST_SINCE.search(text, start, opening.start() + 5) or
                _ITS_DAY.search(text, m.end(), end)):
            opening = None  # "In the deadliest day since the ceasefire began, 30 were
            # killed", "since the truce began, strikes killed 12 people on Monday": a day's
        if opening is None and _PUT_AT.search(text, max(start, m.start() - 60), m.end()) and \
                _PUT_SPAN.match(text, m.end(), end):
            opening = _PUT_AT  # (a span after the toll put: a tally, as a truce opening one)
        if m.re is _DAYS_SHARE and _not_the_days_share(text, m, start):
            continue
        rec = _RECOVERED.search(text, max(start, m.start() - 30), m.start()) \
            if kind == "killed" else None
        pulled = rec is not None and _PULLED_OUT.match(rec.group(0)) is not None and \
            not _NOT_PULLED.search(text, max(start, rec.start() - 30), rec.start()) and \
            not _WITHDRAWN_BEFORE.search(text, start, m.start()) and \
            (_FROM_A_STRIKE.match(text, m.end(), min(end, m.end() + 160)) is not None or
             (_STRIKE_FIRST.search(text, max(start, rec.start() - 160), rec.start()) or
              _struck_just_before(text, start, end)) and
             not _STALE_HERE.search(text, start, end) and
             not _STRIKES_OVER.search(text, start, end))
        framing = cues.search(_FRAMING, start, m.start())
        if framing is not None and framing.group(0).lower() == "so far" and \
                not _SO_FAR_A_PERIOD.match(text, framing.end(), end) and (
                pulled or any(c.kind == "killed" and not c.cumulative and
                              c.start >= framing.end() and
                              _RECOVERED.search(text, max(start, c.start - 30), c.start)
                              for c in found)):
            # "So far our teams have recovered the bodies of 23 martyrs ... and rescued more
            # than 60 injured": the strike's dead pulled out by now
            framing = None
            if since is not None and since.group(0).lower() == "so far":
                since = None
        # (the day's share of a war tally is the day's, whatever span the tally names)
        cumulative = m.re is not _DAYS_SHARE and (
            opening is not None or count >= 1000 and not _days_own(text, m, start, end) or
            period is not None and not _own_night(text, m, period, found, end) or
            since is not None or \
            _war_clause(cues, m, lo, hi) or \
            framing is not None or \
            _WITH_OPENING.fullmatch(text, start, m.start()) is not None and \
            cues.search(_RECENT, start, end) is None or \
            _tally_verb(cues, m, start, end) or \
            m.re is _NUMBER_REACHED and (
                _SPAN_AFTER.search(text, m.end(), _clause_end(text, m.end(), end)) is not None or
                _FOR_A_SPAN.search(text, start, m.start()) is not None) or \
            _DAYS_TOLL_BROUGHT.search(text, max(start, m.start() - 40), m.start()) is not None)
        if dead is not None:
            # "two soldiers were killed and three were wounded": the hurt are of the dead's
            # kind; "37,000 killed and 85,000 have been injured": of the same tally
            victim, cumulative = dead.victim, cumulative or dead.cumulative
        if kind == "killed" and _NOT_DEATH.search(m.group(0)):
            continue  # "casualties" mixes killed and injured: no fatality count
        if text.endswith(("one of the ", "One of the "), max(start, m.start() - 12), m.start()) \
                and _CLASS_MEMBERS.search(m.group(0)):
            continue  # "one of the many journalists to have been killed": a class, no toll
        if kind == "killed" and _UNCONFIRMED.match(text, m.end(), min(end, m.end() + 40)):
            continue  # "... fatalities are believed to be trapped under the rubble"
        if kind == "killed" and (
                rec is not None and not pulled or
                "bodies" in m.group(0).lower() and (
                    _HANDED_BACK.search(text, max(start, m.start() - 30), m.start()) or
                    _STILL_HELD.match(text, m.end(), min(end, m.end() + 60)) or
                    _HELD_BEFORE.search(text, max(start, m.start() - 120), m.start())) or
                _FOUND_AFTER.match(text, m.end(), min(end, m.end() + 40)) or
                _BURIED_AFTER.match(text, m.end(), min(end, m.end() + 80)) or
                ("bur" in text[max(start, m.start() - 40):m.start()] or
                 "inter" in text[max(start, m.start() - 40):m.start()]) and
                _BURIED_BEFORE.search(text, max(start, m.start() - 40), m.start()) and
                not _UNDER_RUBBLE.match(text, m.end(), min(end, m.end() + 50)) and
                not _killed_in_an_attack(text, m, end) or
                ("bodies" in m.group(0).lower() or
                 _BODIES_OF.search(text, max(start, m.start() - 14), m.start())) and
                _HANDED_OVER.search(text, start, end)):
            continue  # "recover the bodies of two hostages", "the bodies of fifteen were
            # discovered", "the bodies of dozens of Palestinians ... arrived after being
            # released by Israel": deaths told before, not a killing
        if kind == "injured" and _VERB_FIRST.match(m.group(0)) and \
                _KILLED_AND_HURT.search(text, max(start, m.start() - 20), m.start()):
            continue  # "killing and injuring dozens": the dead and the hurt together
        if kind == "injured":
            count = _hurt_less_dead(text, m, count, end)
        if kind == "injured" and m.group("n").lower() in _NO_NUMBER:
            count = None  # "four people were killed and several injured": the hurt told,
            # with no number of them
        if m.group("n").lower() == "a number of":
            count = None  # "killing a number of citizens": the dead told, with no number
            # of them (not "several", ACLED's ten)
        found.append(Casualty(kind, count, m.start(), m.end(), m.group(0), victim,
                              cumulative))
    if not any(c.kind == "killed" for c in found):
        listed = _dead_listed(text, start, end)
        if listed is not None:
            found.append(listed)
    if not any(c.kind == "killed" for c in found):
        along = _dead_along_with(text, start, end)
        if along is not None:
            found.append(along)
    if not any(c.kind == "killed" for c in found):
        named = named_deaths(text, start, end)
        if named is not None and not any(c.start < named[1] and named[0] < c.end for c in found):
            # "kills Aziz Salha": a named person is one death, as ACLED counts them
            found.append(Casualty("killed", named[2], named[0], named[1],
                                  text[named[0]:named[1]], None, False))
    if not any(c.kind == "injured" for c in found):
        intake = _received_less_dead(text, start, end)
        if intake is not None:
            found.append(intake)
    if not any(c.kind == "injured" for c in found):
        hurt = named_hurt(text, start, end)
        if hurt is not None and not any(c.start < hurt[1] and hurt[0] < c.end for c in found):
            # "Reuters photographer Hatem Khaled was wounded": one hurt, as ACLED counts them
            found.append(Casualty("injured", 1, hurt[0], hurt[1], text[hurt[0]:hurt[1]], None,
                                  False))
    found.sort(key=lambda c: c.start)
    return found


# the words between the dead and the hurt told right after them: "were killed and "
_JUST_AND = re.compile(r",?\s+and\s+", re.I)
# "killing and injuring dozens of Palestinians", "killed or wounded 65 people": one count of
# the dead and the hurt together, neither's own (not "killing two and injuring 12": each
# with its number)
_KILLED_AND_HURT = re.compile(r"\b(?:killing|killed|kills|kill|martyring)\s+(?:and|or|and/or)"
                              r"\s+$", re.I)
# "received 184 wounded, 19 of whom were dead on arrival": the dead are no longer hurt
_DEAD_ON_ARRIVAL = r"(?:were\s+|was\s+)?(?:declared\s+|pronounced\s+|confirmed\s+)?" \
    r"dead\s+(?:on|upon)\s+arrival\b"
_OF_WHOM_DEAD = re.compile(rf"(?:\s+[^,.;:\d]{{1,60}}?)?,?\s+(?P<n>{_QUANT})\s+of\s+"
                           rf"(?:whom|them)\s+{_DEAD_ON_ARRIVAL}", re.I)
# ... or told in the sentence after the hospital's intake: "the field hospital received 179
# patients after a mass casualty incident. Twenty-one people were declared dead upon
# arrival." (the intake of the sentence right before only, and of the hurt or the patients
# it took in: not "received 40 tonnes of supplies")
_DEAD_ON_ARRIVAL_OPENS = re.compile(rf"(?P<n>{_QUANT})\s+(?:(?:people|persons|patients|of\s+them|"
                                    rf"of\s+whom)\s+)?{_DEAD_ON_ARRIVAL}", re.I)
# (not an intake told as the hurt, "The Kuwaiti hospital received 60 wounded people after
# Israeli forces fired at crowds in Rafah. Twelve people were declared dead upon arrival":
# its sentence counts them already; nor one over a span, "received 179 patients over the past
# week": no one incident's)
_RECEIVED_BEFORE = re.compile(rf"\breceived\s+(?P<n>{_QUANT})\s+"
                              r"(?:patients|casualties|people)\b[^.;:!?]*[.;]\s*$", re.I)


def _hurt_less_dead(text: str, m: re.Match, count: int, end: int) -> int:
    """The hurt a hospital received less those of them told dead on arrival right after."""
    doa = _OF_WHOM_DEAD.match(text, m.end(), end)
    less = parse_number(doa.group("n")) if doa is not None else None
    return count - less if less is not None and 0 < less < count else count


def _received_less_dead(text: str, start: int, end: int) -> Casualty | None:
    """The hurt of a hospital's intake told in the sentence before one that opens with
    those of it dead on arrival: the intake less the dead."""
    doa = _DEAD_ON_ARRIVAL_OPENS.match(text, start, end)
    intake = _RECEIVED_BEFORE.search(text, max(0, start - 200), start) if doa else None
    if intake is None:
        return None
    whole, dead = parse_number(intake.group("n")), parse_number(doa.group("n"))
    if whole is None or dead is None or not 0 < dead < whole or \
            intake.group("n").lower() in _VAGUE_HEADS or \
            _SPAN_AFTER.search(text, intake.end("n"), intake.end()):
        return None
    return Casualty("injured", whole - dead, doa.start(), doa.end(), doa.group(0), None, False)


def _own_night(text: str, m: re.Match, period: re.Match, found: list[Casualty],
               end: int) -> bool:
    """Whether a count told after a tally over several days is a part of it with a day or
    night of its own ("Between 3 and 5 May, at least 63 Palestinians were killed ...; the
    toll includes at least 22 people killed in airstrikes on Rafah overnight"): that
    night's toll, not the period's."""
    return period.end() <= m.start() and \
        any(c.kind == "killed" and c.start >= period.start() for c in found) and \
        _OWN_NIGHT.search(text, m.end(), _clause_end(text, m.end(), end)) is not None


# (not "including 79 killed in the last 24 hours": the period's last day, a tally too)
_OWN_NIGHT = re.compile(rf"\b(?:yesterday|overnight|last night|this morning|tonight|"
                        rf"on {WEEKDAY_PATTERN})\b", re.I)


def part_of_a_tally(c: Casualty, text: str, before: tuple[int, int] | None,
                    cues: Cues) -> bool:
    """Whether "Among the dead are 193 UNRWA staff members" names some of the dead of a war
    tally told in the sentence ``before`` ("More than 37,000 people have been killed in
    Gaza since October"): part of that tally, not a toll of its own."""
    if before is None or _AMONG_THE_DEAD.match(c.text) is None:
        return False
    killed = [k for k in find_casualties(text, before[0], before[1], cues=cues)
              if k.kind == "killed"]
    return bool(killed) and all(k.cumulative for k in killed)
