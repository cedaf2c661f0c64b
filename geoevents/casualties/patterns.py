"""The count patterns, each a way reports tell the dead or the hurt, and the anchor words
that pick which of them to run.

Each pattern needs one kind of casualty word (a killing, a hurt, a death noun), so a sentence
runs only the patterns its words allow, and only in windows around those words: the number
patterns never scan the rest of the sentence.

Some patterns' matches tell no toll where they stand (a headline's count mid-sentence, a
subject that killed or was handed back, the hurt after no count of the dead), and the checks
on those matches live here with the patterns they read.
"""

from __future__ import annotations

import re
from functools import cache

from geoevents.anchored import Cues, PrefixIndex
from geoevents.casualties.all_of_them import ALL_OF_THEM
from geoevents.casualties.bodies import HAD, MOURNERS_OF
from geoevents.casualties.record import Casualty
from geoevents.casualties.tallies import (
    CUMULATIVE,
    FRAMING,
    PERIOD,
    RECENT,
    SPAN_AFTER,
    WAR,
    clause_end,
)
from geoevents.casualties.wording import (
    AUX,
    BURNED_PEOPLE,
    DEATH_NOUN,
    FAMILY_OF,
    FILLER,
    FURTHER,
    HEARSAY,
    HURT,
    HURT_MANNER,
    KILL,
    KILLED_PEOPLE,
    KIN_ONE,
    MORE_VICTIMS,
    NB,
    NOT_AND_HURT,
    NOT_AND_HURT_AFTER_VERB,
    NOT_ELSEWHERE,
    NUM_VICTIM,
    NUMWORD,
    OF_GROUP,
    ONE_PERSON,
    QUANT,
    VICTIM,
    WHICH_OF_KIN,
)
from geoevents.dates import MONTH_PATTERN, WEEKDAY_PATTERN

# "four are killed" (not "many are killed", "dozens are killed": what goes on)
_TOLD_ARE = r"(?<!\bmany\s)(?<!\bseveral\s)(?<!\bdozens\s)(?<!\bscores\s)" \
    r"(?<!\bhundreds\s)(?<!\bthousands\s)are\s+"
# (not "three are killed daily", "three are killed each day by strikes": a rate, not a toll)
_NOT_A_RATE = r"(?!\s+(?:[\w-]+\s+){0,2}?(?:daily|(?:each|every|a|per)\s+(?:\w+\s+)?" \
    r"(?:day|night|hour|week|month|minutes?)s?\b))"
# ", and two died in Nuseirat" after a toll at another place: a second clause's own toll, as
# after "while" (not "and two died later", "and two died in hospital", "and two died in Al-Aqsa
# Hospital", "and two died in the strike": the first toll's dead dying after, or one
# attack's dead told again)
_AND_AT_A_PLACE = (r"and(?=\s+\S+\s+died\s+in\s+(?:the\s+)?(?!(?:the|a|an|hospital|their|"
                   r"his|her)\b)(?![^.;,]{0,40}\bhospital\b)(?-i:[A-Z]))")
_OR_BURIED = (r"(?:\s+or\s+bur(?:ying|ied)(?:\s+alive)?(?:\s+(?:under|beneath)\s+(?:the\s+)?"
              r"(?:rubble|debris|ruins))?)?")
# (not "Ahmed Abu Shaban and his wife were killed": the kin one more of a subject before)
_KIN_SUBJECT = (rf"(?:whose|(?<!\band\s)(?<!,\s)(?<!\bwith\s)(?:his|her|their|my|our))\s+"
                rf"(?:(?:{WHICH_OF_KIN})\s+)?(?P<n>{KIN_ONE})"
                rf"(?:{MORE_VICTIMS}|,\s+(?!and\b|but\b|while\b)[^,.;:]{{1,40}},)?"
                rf"(?:\s+(?:also|both|all))?\s+(?=(?:was|were|is|are|has|have|had)\s)")
# "The number of martyrs has exceeded 100": the count the number of the dead has reached
_NUMBER_REACHED = re.compile(rf"\bnumber\s+of\s+(?:martyrs|dead|deaths|fatalities|"
                             rf"(?:those|people)\s+killed)\s+(?:has\s+|had\s+|have\s+)?(?:now\s+)?"
                             rf"(?:exceeded|surpassed|passed|topped|reached|risen\s+to|rose\s+to|"
                             rf"climbed\s+to)\s+(?P<n>{QUANT})\b(?!\s*%|\s+per\s*cent)", re.I)
# ... over a span, a running tally and not one attack's dead: told after the count ("has
# exceeded 700 in Jabalia over 23 days", "has reached 300 this month": see SPAN_AFTER) or
# before it ("where the army has besieged Jabalia for three weeks, the number of martyrs has
# exceeded 770")
_FOR_A_SPAN = re.compile(r"\bfor\s+(?:[\w-]+\s+){0,2}?(?:days|weeks|months|years)\b", re.I)

# "executed three men": a verb of putting to death only where people are its object (not
# "executed 50 strikes", "executed a coordinated attack"), and in the form the trigger table
# reads (not "executing 15 people", which tells no event of its own to count for)
_EXECUTED_PEOPLE = (rf"\bexecuted\s+(?={QUANT}\s+{OF_GROUP}?{VICTIM}\b(?!['’]))")

# A family's dead told by who lost them: "lost nine of her 10 children"
_KIN = (r"(?:children|sons|daughters|grandchildren|siblings|brothers|sisters|relatives|"
        r"family\s+members|cousins|nephews|nieces|grandsons|granddaughters)")
_LOST_KIN = rf"(?:lost|losing|loses)\s+(?={QUANT}\s+{OF_GROUP}(?:[\w-]+\s+)?{_KIN}\b)"

# A number told after "the" ("killing the four soldiers inside"): one that counts, not "the
# one", "the many", "the dozens"
_THE_NUMBER = (r"(?:\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
               r"ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|two|three|"
               r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
               r"sixteen|seventeen|eighteen|nineteen)(?!\w)")

# ... the people lost, with up to two words of praise or role before who they were
_LOST_PEOPLE = rf"(?!per\s*cent\b){OF_GROUP}?(?:[\w-]+\s+){{0,2}}?(?P<v>{VICTIM})\b(?!['’])"

_PATTERNS = [
    # "35 people were killed", "two soldiers killed", "five men and three women were killed"
    # (not "a gunman killed two soldiers": who killed, the victims after the verb)
    ("killed", SUBJECT_COUNT := re.compile(
        rf"{NB}{NUM_VICTIM}{MORE_VICTIMS}?{FILLER}{AUX}{KILLED_PEOPLE}\b"
        rf"(?!\s+(?:{QUANT})\s+(?:[\w-]+\s+){{0,2}}?{VICTIM}\b){NOT_AND_HURT_AFTER_VERB}",
        re.I)),
    # ("a man was shot and wounded by Israeli troops": the way he was hurt, in the passive
    # only, not "two gunmen shot and wounded a man": who hurt)
    ("injured", SUBJECT_HURT := re.compile(rf"{NB}{NUM_VICTIM}{MORE_VICTIMS}?{FILLER}{AUX}"
                                           rf"{HURT_MANNER}?{HURT}", re.I)),
    # "killed at least 35 people", "killing two", "wounding dozens"
    # ("killing or burying under the rubble more than 60 people": the buried are told with
    # the dead, not the hurt)
    # ('killing "dozens of terrorists"': an army's words quoted, the count inside the quote)
    # ("killed another 11", "killing a further six people", "killed at least another 20":
    # the count told after one before it, still this killing's)
    # ("killing the four soldiers inside": the victims told with "the", a number of them
    # told, not "killing the many", "killing the one who fired")
    ("killed", re.compile(rf"\b{KILL}{_OR_BURIED}\s+(?:[\"“](?=[^\"”]{{1,60}}[\"”]))?"
                          # ("killing all three", "killing all five occupants": the victims
                          # told before, all of them; not "killing the four as they were
                          # eating" with no noun, the four of a count told before)
                          rf"(?:the\s+(?={_THE_NUMBER}\s+{OF_GROUP}?{VICTIM}\b(?!['’]))|"
                          rf"all\s+(?:the\s+)?(?={_THE_NUMBER}))?"
                          rf"(?:(?:at\s+least\s+)?(?:another|a\s+further)\s+(?!an?\b)"
                          rf"(?=\S*\d|{NUMWORD}))?"
                          rf"(?P<n>{QUANT})(?:\s+{OF_GROUP}?"
                          rf"(?P<v>{VICTIM}))?{MORE_VICTIMS}?(?:\b|(?<=\)))", re.I)),
    # ("killing four people ... and burning more than 40 others": the burned are hurt, told
    # as people, not "burning 40 tents")
    ("injured", re.compile(rf"\b(?:{HURT}|{BURNED_PEOPLE})\s+(?P<n>{QUANT})(?:\s+{OF_GROUP}?"
                           rf"(?P<v>{VICTIM}))?{MORE_VICTIMS}?\b", re.I)),
    # "causing the loss of two lives"; "the tragic loss of five of its dedicated crew
    # members": the dead named by who they were (not "the loss of five of its vehicles", "the
    # loss of 20 per cent of its staff": no people, or a share)
    ("killed", re.compile(rf"\bloss\s+of\s+(?P<n>{QUANT})\s+(?:(?:[\w-]+\s+)?lives\b|"
                          rf"{_LOST_PEOPLE})", re.I)),
    # "claimed the lives of at least 20 individuals"
    ("killed", re.compile(rf"\bclaim(?:ed|ing|s)?\s+the\s+lives\s+of\s+(?P<n>{QUANT})"
                          rf"(?:\s+{OF_GROUP}?(?P<v>{VICTIM}))?\b", re.I)),
    # "claiming one life", "claimed eight lives", "has claimed 20 more Palestinian lives": the
    # dead told as the lives an attack took (not "claimed responsibility", "claimed the
    # attack", "claimed lives": no number)
    # (and "a tank shell claimed another life": one more)
    ("killed", re.compile(rf"\bclaim(?:ed|ing|s)?\s+(?P<n>{QUANT}|another)\s+(?:(?:more|other|"
                          rf"additional|further|Palestinian|Israeli|civilian|innocent|young|"
                          rf"human)\s+){{0,2}}li(?:fe|ves)\b", re.I)),
    # "the deaths of two soldiers", "35 deaths", "death toll rose to 40"
    # ("the deaths of three medical workers and a journalist", "causing the death of 26
    # people")
    ("killed", re.compile(rf"\b(?:deaths|death|bodies|killing|martyrdom)\s+of\s+(?P<n>{QUANT})"
                          rf"(?:\s+(?P<v>{VICTIM}){MORE_VICTIMS}?)?", re.I)),
    # ... and the one: "retrieved the body of one martyr after Israeli airstrikes hit the
    # Saudi neighbourhood" (only pulled out of a strike told with it: see one_body;
    # not "the body of a hostage was handed over", "the hospital received the body of a
    # baby who died of the cold"; nor "a body of experts": no one dead)
    ("killed", _ONE_BODY := re.compile(rf"(?<=\bthe\s)body\s+of\s+(?P<n>a|an|one)\s+"
                                       rf"(?:[\w'’-]+\s+){{0,2}}?(?P<v>{VICTIM}|martyr)\b"
                                       rf"(?!['’])", re.I)),
    ("killed", re.compile(rf"{NB}(?P<n>{QUANT})\s+(?:\w+\s+)?{DEATH_NOUN}\b{NOT_AND_HURT}",
                          re.I)),
    # "The latest figure from the health ministry is at least 404 killed and 562 injured": a
    # figure told as the dead with no noun, after the verb that gives it
    # (not "The toll for the week was 200 killed", "the toll of the ceasefire period is 150
    # killed", "The count of aid workers is 280 killed": a span's or a class's figure)
    ("killed", re.compile(rf"\b(?:figure|toll|tally|count)\s+"
                          rf"(?:(?!(?:for|of|among|since|during|over|so)\b)[\w'’-]+\s+){{0,6}}?"
                          rf"(?:is|was|stands\s+at|stood\s+at|now\s+stands\s+at)\s+"
                          rf"(?P<n>{QUANT})\s+(?:killed|dead)\b{NOT_AND_HURT}", re.I)),
    # "The number of martyrs has exceeded 100": the count the number of the dead has reached
    ("killed", _NUMBER_REACHED),
    # ("giving a death toll of 13")
    ("killed", re.compile(rf"death toll\s+(?:\w+\s+){{0,4}}?(?:rose|rises|risen|climbed|reached|"
                          rf"stands|stood|is|was|to|at|of)\s+"
                          # ("rose from 20 to 35": the toll is what it rose to)
                          rf"(?:from\s+[\d,]+\s+(?=to\s))?(?:to\s+|at\s+)?(?P<n>{QUANT})",
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
                          rf"(?:from\s+[\d,]+\s+)?to\s+(?P<n>{QUANT})", re.I)),
    # "The total number of people killed in the attack was ten", "put the number of
    # fatalities at more than 40"
    # ("The number of those reported killed is between 35 and 45"; "The number of fatalities
    # is still uncertain, but is reported to be more than 500": the figure a source gives,
    # told after what is not known; not "is unclear, but prices rose to 40")
    ("killed", re.compile(rf"number of (?:people |persons |palestinians |those (?:reported )?)?"
                          rf"(?:killed|dead|fatalities|deaths)\s+"
                          # (and "the number of people killed in an Israeli attack on
                          # the Maghazi refugee camp has risen to at least 70": one attack,
                          # not "in a week of Israeli strikes on Rafah")
                          rf"(?:(?:in|from) (?:the |an? (?=(?:[\w-]+ ){{0,2}}(?:attack|strike|"
                          rf"airstrike|air strike|bombing|shelling|raid|explosion|massacre)\b)|"
                          rf"[\w-]+['’]s )(?:[^.;,]{{0,60}}?\s)?)?"
                          rf"(?:(?:is|was)\s+(?:still\s+)?(?:uncertain|unclear|unknown),?\s+"
                          rf"but\s+)?"
                          rf"(?:(?:is|was)\s+(?:reported|estimated|said)\s+to\s+be|"
                          rf"was|is|stood at|stands at|(?:has |had )?(?:rose|risen) to|"
                          rf"reached|at)\s+(?P<n>{QUANT})", re.I)),
    ("injured", re.compile(rf"{NB}(?P<n>{QUANT})\s+(?:others\s+)?(?:injuries|wounded|injured)\b",
                           re.I)),
    # "while another eleven are killed in an attack on a tent"
    ("killed", re.compile(rf"\b(?:another|a further)\s+(?P<n>{QUANT})\s+(?:are\s+|were\s+|"
                          rf"have\s+been\s+|had\s+been\s+)?killed\b", re.I)),
    # "Another Palestinian was killed in Gaza City's Sheikh Radwan neighbourhood", "was shot
    # dead", "Another citizen was martyred by sniper fire" (not "Another boy was nearly
    # killed": alive)
    ("killed", re.compile(rf"\b(?P<n>another)\s+(?:[\w-]+\s+)?(?P<v>{ONE_PERSON.pattern})\s+"
                          rf"(?:was|has\s+been|had\s+been|is)\s+"
                          rf"(?:(?!(?:not|nearly|almost|narrowly|never)\b)\w+\s+)?"
                          rf"(?:killed|shot\s+dead|martyred)\b", re.I)),
    # "Another officer, the deputy commander of the brigade, was seriously wounded", "another
    # soldier was lightly hurt" (not "Another boy was nearly wounded")
    ("injured", re.compile(rf"\b(?P<n>another)\s+(?:[\w-]+\s+)?(?P<v>{ONE_PERSON.pattern})"
                           rf"(?:,[^,.;]{{1,60}},)?\s+(?:was|has\s+been|had\s+been|is)\s+"
                           rf"(?:(?!(?:not|nearly|almost|narrowly|never)\b)\w+ly\s+)?"
                           rf"(?:wounded|injured|hurt)\b", re.I)),
    # "Three more were killed in an Israeli air strike", "three more were shot dead", "five
    # more are said to have been killed": the count as others told it
    ("killed", re.compile(rf"{NB}(?P<n>{QUANT})\s+more\s+(?:are\s+|were\s+|have\s+been\s+|"
                          rf"had\s+been\s+){HEARSAY}(?:killed|shot\s+dead)\b"
                          rf"{NOT_ELSEWHERE}", re.I)),
    # "104 people died and 760 were hurt", "two were killed and 12 were wounded": the hurt
    # with no noun, counted right after the dead (not "a wall fell and 12 were hurt")
    # (only where the dead were counted: see find_casualties)
    ("injured", _HURT_AFTER_DEAD := re.compile(
        r"(?:(?<=\bdied\sand\s)|(?<=\bkilled\sand\s)|(?<=\bdead\sand\s)|"
        r"(?<=\bmartyred\sand\s)|(?<=\bdied,\sand\s)|(?<=\bkilled,\sand\s))"
        rf"(?P<n>{QUANT})\s+(?:were|are|have\s+been|had\s+been)\s+"
        rf"(?:(?!previously\b)[a-z]+ly\s+)?{HURT_MANNER}?(?:injured|wounded|hurt)\b", re.I)),
    # "Dozens more were injured", "three more were seriously wounded", "dozens more are
    # reported to be hurt" (not "Dozens more were previously injured in strikes on the area":
    # hurt before, in other attacks)
    ("injured", re.compile(rf"{NB}(?P<n>{QUANT})\s+more\s+(?:are\s+|were\s+|have\s+been\s+|"
                           rf"had\s+been\s+){HEARSAY}(?:(?!previously\b)[a-z]+ly\s+)?"
                           rf"(?:injured|wounded|hurt)\b{NOT_ELSEWHERE}", re.I)),
    # "Dozens were injured, some in critical condition", "Twelve were wounded": the hurt told
    # with no noun where a sentence begins, the dead told before it (not "the crowd, dozens
    # were injured": a clause of another's)
    ("injured", re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<n>{QUANT})\s+(?:were|have\s+been|"
                           rf"had\s+been)\s+(?:(?!previously\b)[a-z]+ly\s+)?"
                           rf"(?:injured|wounded|hurt)\b", re.I)),
    # "at least another 300 were injured"
    ("injured", re.compile(rf"\b(?:at least\s+|some\s+)?(?:another|a further)\s+(?P<n>{QUANT})"
                           rf"\s+(?:are\s+|were\s+|have\s+been\s+|had\s+been\s+)?"
                           rf"(?:injured|wounded)\b", re.I)),
    # "the death of a United Nations Department of Safety and Security staff member"
    ("killed", re.compile(rf"\b(?:death|killing)\s+of\s+(?P<n>a|an|one)\s+"
                          rf"(?:[\w()'’.-]+\s+){{0,8}}?(?P<v>{VICTIM})\b", re.I)),
    # "has killed a family of eight", "a family of five was killed"; "killing parents and
    # their six children" (the parents two)
    ("killed", re.compile(rf"\b{KILL}\s+{FAMILY_OF}\b", re.I)),
    # (not "three members of a family of eight were killed", "the father of the family of
    # nine": some of the family)
    ("killed", re.compile(rf"\b(?<!of ){FAMILY_OF}\s+{AUX}{KILLED_PEOPLE}\b", re.I)),
    ("killed", re.compile(rf"\b{KILL}\s+(?:the\s+|their\s+|his\s+|her\s+)?(?P<n>parents)"
                          rf"{MORE_VICTIMS}\b", re.I)),
    # "Twelve were confirmed dead", "five were reported killed"
    ("killed", re.compile(rf"{NB}(?P<n>{QUANT})\s+(?:were|have\s+been|had\s+been)\s+(?:confirmed|"
                          rf"reported|declared|pronounced)\s+(?:dead|killed)\b{NOT_AND_HURT}",
                          re.I)),
    # "the strike, with 12 killed and 30 wounded" (not "compared with 12 killed on Sunday",
    # another day's; nor "with 12 killed in the past week", a tally)
    # ("was hit on Saturday, with dozens reported killed": the count as others told it)
    ("killed", re.compile(rf"(?<!\bcompared\s)(?<!\bcomparison\s)\bwith\s+(?P<n>{QUANT})\s+"
                          rf"(?:(?:people\s+|persons\s+)?|(?:reported|confirmed)\s+)"
                          rf"(?:killed|dead)\b"
                          rf"(?![^,.;]{{0,40}}?\b(?:in|over|during)\s+the\s+(?:past|last)\s+"
                          rf"(?:week|month|year)\b){NOT_AND_HURT}", re.I)),
    # "one of the top leaders of its armed wing was killed": one ("One of the group's top
    # members was killed": a possessive among the words before the victim)
    ("killed", re.compile(rf"\b(?P<n>one)\s+of\s+(?:the|its|their|his|her)\s+"
                          rf"(?:[\w'’-]+\s+){{0,2}}?"
                          rf"(?P<v>{VICTIM})(?:\s+of\s+[^,.;]{{1,40}}?)?\s+(?:was|has\s+been|"
                          rf"had\s+been|is)\s+(?:(?!(?:not|nearly|almost|narrowly|never)\b)\w+\s+)?"
                          rf"killed\b", re.I)),
    # "Among the dead were four children": at least those
    ("killed", _AMONG_THE_DEAD := re.compile(
        rf"\bamong\s+the\s+(?:dead|killed|fatalities)\s+(?:were|are|was|is)\s+"
        rf"{NUM_VICTIM}{MORE_VICTIMS}?\b", re.I)),
    # "The Ministry of Health reported 35 killed", "officials claiming 236 killed": a count
    # with no noun, told as what someone reported
    # ("media reports speak of dozens killed": the count others tell)
    ("killed", re.compile(rf"\b(?:reported|reporting|reports|claimed|claiming|claims|"
                          rf"confirmed|confirming|recorded|recording|"
                          rf"(?:speak|speaks|spoke|speaking|talk|talks|talked)\s+of)\s+"
                          rf"(?P<n>{QUANT})\s+"
                          rf"(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:killed|dead)\b"
                          # (the war's toll, "in the war", "since the start of the conflict";
                          # not "in one of the deadliest days of the war", "in the war-torn
                          # territory": a day's toll; nor "killed and wounded": one count of both)
                          rf"(?!\s+(?:by|in|at|on|during|since)\s+(?:the\s+)?(?:(?:start|"
                          rf"beginning|outbreak)\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){{0,2}}?"
                          rf"(?:war|offensive|conflict)\b(?!-)){NOT_AND_HURT}", re.I)),
    # "At least 20 killed and 50 wounded", "four are killed in a strike on a school" (a
    # headline's count with no noun, or a summary's present tense): only where a
    # sentence or clause begins, never "on June 6 killed" or "Block 7 killed".
    # (or right after "that" or an opening quote: 'said that "more than 60 were martyred
    # in the raids"', where the verb is not left out)
    # (or a further count with "another" before it: "while another 10 died in strikes on
    # homes in Beit Lahia", "Another ten died when a shell hit a house")
    ("killed", _HEADLINE := re.compile(
        rf"\b(?:(?:^|(?<=[.!?:;,(\n]\s)|(?<=\n))(?P<another>{FURTHER})?|"
        rf"(?<=,\s)(?P<and_another>(?:while|and|but|as)\s+{FURTHER}|"
        # (or a second clause's own toll after "while": "three were killed in Rafah, while
        # two died in Nuseirat")
        rf"(?:while|whereas|{_AND_AT_A_PLACE})\s+(?=(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|"
        rf"ten|eleven|twelve|dozens)\s)(?!\S+\s+of\s+(?:them|whom)\b)"
        # (not "while 12 of them died in Rafah", "while 12 were killed in Khan Younis
        # alone": a part of the first toll)
        rf"(?![^.;]{{0,80}}?\balone\b)))(?P<n>{QUANT})\s+"
        # ("Eleven of them died when an anti-tank missile hit their vehicle": a share of
        # those told before, its own toll)
        rf"(?:of\s+(?:them|whom)\s+)?"
        # ("In the Sabra neighbourhood, eleven were martyred when an apartment was targeted":
        # the reports' own word for the dead, with its verb)
        rf"(?:(?:were\s+|have\s+been\s+|had\s+been\s+)?killed|{_TOLD_ARE}killed{_NOT_A_RATE}|"
        rf"(?:were|have\s+been|had\s+been)\s+martyred|"
        rf"(?:have\s+|had\s+)?died)\b{NOT_AND_HURT}", re.I)),
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
                          rf"(?P<n>{QUANT})[”\"]?\s+"
                          rf"(?:were|have\s+been|had\s+been)\s+(?:killed|martyred)\b", re.I)),
    # "whose brother and two nephews were killed", "Her husband, a doctor, was critically
    # wounded": one of a family named by its kin, and the others joined to it (not "her
    # husband's brother was killed", nor "his son said three people were killed": the kin
    # is the subject of the verb)
    ("killed", KIN_HEAD := re.compile(rf"\b{_KIN_SUBJECT}{AUX}"
                                      rf"(?:(?!(?:nearly|narrowly)\b)[a-z]+ly\s+)?{KILLED_PEOPLE}\b"
                                      rf"{NOT_AND_HURT_AFTER_VERB}", re.I)),
    # "The Health Ministry put the toll at 104 killed and 760 wounded"
    ("killed", re.compile(rf"\b(?:put|puts|putting|placed|places)\s+the\s+(?:death\s+)?toll\s+at\s+"
                          rf"(?P<n>{QUANT})\s+(?:people\s+)?(?:killed|dead)\b", re.I)),
    ("injured", KIN_HEAD_HURT := re.compile(rf"\b{_KIN_SUBJECT}{AUX}(?:[a-z]+ly\s+)?{HURT}\b",
                                            re.I)),
    # "... have been killed since October 7, including 210 in the past 24 hours", "..., 40
    # of them in the last 24 hours": the day's share of a war tally, told with no verb of
    # its own
    ("killed", _DAYS_SHARE := re.compile(
        rf"(?:\b(?:including|among\s+them|of\s+whom)\s+|(?<=,\s)(?=[\w,-]+(?:\s+[\w,-]+)?"
        rf"\s+of\s+(?:them|whom)\b))(?P<n>{QUANT})(?:\s+of\s+(?:them|whom))?"
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
        rf"\b(?:spotted|identified|located|detected|observed|saw|noticed)\s+(?P<n>{QUANT})"
        rf"\s+(?:(?!(?:israeli|israel's|idf|undercover|special|enemy)\b)[\w-]+\s+)?"
        rf"(?P<v>terrorists|gunmen|militants|fighters|operatives|"
        rf"(?:terror\s+)?suspects)\b"
        # (nor "identified three terrorists who had fired at them and killed them": the
        # troops, killed by the men seen)
        rf"(?:(?!\b(?:who|that)\s[^.;:,]{{0,60}}\bthem\s+and\s+killed\b)[^.;:]){{0,100}}?"
        rf"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?"
        rf"(?:they\s+were\s+(?:later\s+|then\s+|subsequently\s+)?(?:eliminated|killed|"
        rf"shot\s+dead)|(?:eliminated|killed)\s+(?:all\s+(?:of\s+)?)?them)\b", re.I)),
    # "gunmen executed three men accused of collaborating", "Hamas executed six hostages":
    # people put to death, counted after the verb (people only: not "executed 50 strikes",
    # "executed a coordinated attack", "executed a soldier's orders": carried out)
    ("killed", re.compile(rf"{_EXECUTED_PEOPLE}(?P<n>{QUANT})\s+{OF_GROUP}?"
                          rf"(?P<v>{VICTIM})\b(?!['’]){MORE_VICTIMS}?", re.I)),
    # "the doctor who lost nine of her 10 children in an Israeli strike", "a father who lost
    # two of his sons": a family's dead, told by who lost them (not "lost two of its homes",
    # "lost 20 kg": no kin)
    ("killed", re.compile(rf"\b{_LOST_KIN}(?P<n>{QUANT})\s+{OF_GROUP}(?:[\w-]+\s+)?"
                          rf"(?P<v>{_KIN})\b(?!['’])", re.I)),
    # "Israel said it had killed Hamas's top commander", "killed the group's military chief":
    # one, told by the post an armed group gave them (not "killed Hamas's hopes")
    ("killed", GROUPS_ONE := re.compile(
        rf"\b{KILL}\s+(?:the\s+)?(?P<n>(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){{0,2}}|group|"
        r"movement|militia|faction)['’]s?\s+"
        r"(?:(?:top|senior|most\s+senior|military|armed\s+wing|deputy|second-in-command|"
        r"(?-i:[A-Z][\w-]*)|"
        r"former|local|northern|southern|central|naval|rocket|intelligence|political|"
        r"security|battalion|brigade|operations|elite\s+unit)\s+){0,3}"
        r"(?:commander|leader|chief|head|deputy|spokesman|spokesperson|operative)\b"
        r"(?!['’]|\s+[\w-]+['’]s\b)",
        re.I)),
    # "targeted the home of militant Ayman al-Fayed, killing him and two of his children":
    # the one told before and those killed with him
    ("killed", HIM_AND := re.compile(rf"\b{KILL}\s+(?P<n>him|her){MORE_VICTIMS}", re.I)),
    # "the air strikes killed his pregnant sister, her husband and three of their children",
    # "a strike killed her son": one of a family, the verb's object, and the others joined
    # to it (not "killed his way", "killing their hopes": no kin)
    ("killed", KIN_OBJECT := re.compile(
        rf"\b{KILL}\s+(?:his|her|their)\s+(?:(?:{WHICH_OF_KIN}|elderly|disabled)\s+)?"
        rf"(?P<n>{KIN_ONE})(?!['’])"
        rf"{MORE_VICTIMS}?", re.I)),
    # "They were among at least 82 killed in strikes in Gaza": the toll those told before
    # were part of, told with no noun after "among"
    ("killed", re.compile(rf"(?<=\bamong\s)(?:the\s+)?(?P<n>{QUANT})\s+"
                          rf"(?:(?:reported|confirmed)\s+)?(?:killed|dead)\b{NOT_AND_HURT}", re.I)),
    *ALL_OF_THEM,
]
# The patterns whose count word names one person ("him", "her son", "the group's
# commander", "whose brother was killed"): that person is one, and the
# victims joined to them are counted apart (a new such pattern goes here, not in a
# chain of checks where the count is read)
ONE_NAMED: tuple[re.Pattern[str], ...] = (KIN_HEAD, KIN_HEAD_HURT, GROUPS_ONE, HIM_AND, KIN_OBJECT)
# the last word of a count of the dead or of the hurt before a share with no verb of its own
_DEAD_OR_HURT = re.compile(rf"\b(?:(?P<dead>killed|dead|deaths?|died|martyr\w*|lives)|{HURT})\b",
                          re.I)
# the share follows another part of the tally: "including 12,000 children, 40 of them in the
# last 24 hours"
_AFTER_A_PART = re.compile(r"\b(?:including|among\s+them)\s+\S+(?:\s+[^,;.\s]+){0,4},\s*$",
                           re.I)


def not_the_days_share(text: str, m: re.Match[str], start: int) -> bool:
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


_ANCHOR = re.compile(rf"(?P<k>{KILLED_PEOPLE}|{_EXECUTED_PEOPLE}|{_LOST_KIN}|"
                     rf"claim\w*\s+(?:the\s+lives|(?=(?:{QUANT}|another)\s+(?:[\w-]+\s+){{0,2}}"
                     rf"li(?:fe|ves)\b))|loss\s+of\s+"
                     # ("the loss of at least two lives", "the loss of five of its staff")
                     rf"(?:(?:[\w,-]+\s+){{1,4}}lives|(?={QUANT}\s+{_LOST_PEOPLE})))|(?P<h>{HURT}|{BURNED_PEOPLE})|"
                     # ("... has risen to 24": the end of a toll whose name runs long)
                     rf"(?P<d>{DEATH_NOUN}|death toll|death of|martyrdom of|"
                     rf"(?<=\bthe\s)body\s+of|"
                     rf"(?:rose|rises|risen|climbed|jumped|increased)\s+to)", re.I)
# Which anchor word each pattern needs: a window runs only the patterns its words allow.
_PATTERN_CLASS = ("k", "h", "k", "h", "k", "k", "k", "kd", "d", "kd", "kd", "kd", "d", "d", "kd",
                  "h", "k", "k", "h", "k", "h", "h", "h", "h", "kd", "k", "k", "k", "kd", "kd",
                  "k", "kd", "kd", "k", "k", "k", "k", "h", "kd", "k", "k", "k", "k", "k",
                  "k", "kd",
                  "k")
assert len(_PATTERN_CLASS) == len(_PATTERNS)
_WINDOW_BEFORE, _WINDOW_AFTER = 180, 90


# The patterns this package looks for through a report's cues (geoevents.anchored).
PATTERNS = (_ANCHOR, PERIOD, CUMULATIVE, WAR, FRAMING, RECENT,
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


def casualty_cues(text: str) -> Cues:
    """The cues of a report for this package's patterns, where the caller has none."""
    return Cues(text, _INDEX)


def count_matches(cues: Cues, start: int, end: int) -> list[tuple[int, int, str, re.Match]]:
    """Every pattern's matches in the windows of ``start:end`` as (start, -end, kind, match),
    leftmost first and the longest first of those at one place: a count is read once, by
    the pattern that takes in the most of it."""
    return sorted(((m.start(), -m.end(), kind, m) for lo, hi, classes in _windows(cues, start, end)
                   for kind, pattern in _patterns_for(frozenset(classes))
                   for m in cues.finditer(pattern, lo, hi)), key=lambda h: (h[0], h[1]))


# "An army officer confirmed two soldiers were killed": a verb of telling and the count it
# told
_REPORTS_A_COUNT = re.compile(
    r"\s+(?:confirmed|announced|acknowledged|reported|revealed|disclosed)\s+(?:that\s+)?"
    rf"(?P<n>{QUANT})\s+", re.I)


def the_count_told(text: str, m: re.Match, end: int) -> re.Match | None:
    """The count a match stands for: "An army officer confirmed two soldiers were killed"
    counts the soldiers told of, not the one who told it (None where what was told is no
    count of the dead)."""
    told = _REPORTS_A_COUNT.match(text, m.end("more") if m.group("more") else m.end("v")) \
        if m.re is SUBJECT_COUNT else None
    if told is not None:
        return SUBJECT_COUNT.match(text, told.start("n"), end)
    return m


_MID_SENTENCE_STOP = re.compile(r"[.!?]\s+$")


def headline_not_a_toll(text: str, m: re.Match, start: int) -> bool:
    """Whether a count with no noun, as a headline tells it, is no toll where it stands: a
    headline's count opens its sentence or clause, so one after a stop the sentence did not
    end at, or one that died told after a comma, is none; nor is another count of the dead
    of before."""
    if m.re is not _HEADLINE:
        return False
    if m.start() != start and _MID_SENTENCE_STOP.search(
            text, max(start, m.start() - 3), m.start()):
        return True  # "School No. 2 killed": a stop the sentence did not end at
    if m.group(0).lower().endswith("died") and \
            not (m.group("another") or m.group("and_another")) and \
            text[start:m.start()].rstrip().endswith((",", ";", "(")):
        return True  # "Of the 2,000 patients evacuated, 15 died on the way": a count that
        # died with no noun counts only opening its sentence
    # "while another 15 had died earlier in the week": the dead of before
    return bool((m.group("another") or m.group("and_another")) and HAD.search(m.group(0)))


# A killing verb with no auxiliary before it ("carrying 30 passengers killed", not "were
# killed") ...
_ACTIVE_KILL = re.compile(r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bare\s)(?<!\bis\s)"
                          r"(?<!\bbeing\s)\b(?:killed|killing|kills|kill)$", re.I)
# ... and a count right after it, its object ("killed five"; not "killed two days ago",
# "killed a day after")
_OBJECT_COUNT = re.compile(
    r"\s+(?:(?:at least|more than|over|nearly|almost|about|around|some|roughly|up to|"
    r"as many as|no fewer than|an estimated|approximately|a total of)\s+)?(?!an?\b(?!\s+dozen\b))"
    rf"{NUMWORD}(?![\w-])(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|km|"
    r"kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\b)", re.I)
# captives handed back, some of them dead ("33 hostages, eight of them dead, were
# released")
_HANDED_BACK_AFTER = re.compile(r"\s*(?:,|--|[–—-])?\s*(?:were|was|have\s+been|had\s+been|"
                                r"are\s+being)\s+(?:[a-z]+ly\s+)?(?:exchanged|swapped|released|"
                                r"freed|handed\s+(?:over|back)|returned|repatriated)\b", re.I)
# "was not killed", "were nearly killed": alive
_NOT_KILLED = re.compile(r"\b(?:not|never|nearly|almost|narrowly)\s+(?:been\s+)?(?:killed|"
                         r"slain|massacred|martyred|fatally\s+\w+)$", re.I)


def subject_not_killed_now(text: str, m: re.Match, start: int, end: int) -> bool:
    """Whether the victims a count opens with are no dead of this killing: those who
    killed, the captives handed back, the dead mourners act for, or the living."""
    if m.re is not SUBJECT_COUNT:
        return False
    if _ACTIVE_KILL.search(m.group(0)) and _OBJECT_COUNT.match(text, m.end()):
        return True  # "a bus carrying 30 passengers killed five", "the two leaders
        # discussed the strike that killed 45": the dead are the verb's object
    if _HANDED_BACK_AFTER.match(text, m.end(), end):
        return True  # "33 Israeli hostages - eight of them dead - were exchanged for
        # prisoners": the captives handed back, the dead among them dead before
    if MOURNERS_OF.search(text, max(start, m.start() - 40), m.start()):
        return True  # "Families of 20 soldiers who were killed in Gaza protested": the dead
        # named only as those the mourners act for, dead before
    return _NOT_KILLED.search(m.group(0)) is not None  # "one of its leaders was not
    # killed": alive


def hurt_after_the_dead(m: re.Match) -> bool:
    """Whether the count is of the hurt with no noun, told right after the dead ("104
    people died and 760 were hurt"): a count only where those dead were counted."""
    return m.re is _HURT_AFTER_DEAD


# the words between the dead and the hurt told right after them: "were killed and "
_JUST_AND = re.compile(r",?\s+and\s+", re.I)


def the_dead_just_before(text: str, m: re.Match, found: list[Casualty]) -> Casualty | None:
    """The count of the dead the hurt at ``m`` are told right after, whose kind and tally
    they share; None where no count of the dead was found there ("in the past 24 hours 52
    were killed and 120 were wounded": the hurt of a count of the dead that is no toll
    here are none either)."""
    return next((c for c in reversed(found) if c.kind == "killed" and c.end <= m.start()
                 and _JUST_AND.fullmatch(text, c.end, m.start())), None)


def the_days_share(m: re.Match) -> bool:
    """Whether the count is the day's share of a war tally ("..., including 210 in the past
    24 hours"): the day's, whatever span the tally names."""
    return m.re is _DAYS_SHARE


def number_reached_over_a_span(text: str, m: re.Match, start: int, end: int) -> bool:
    """Whether "the number of martyrs has exceeded 700" is told over a span, after it ("in
    Jabalia over 23 days") or before it ("where the army has besieged Jabalia for three
    weeks"): a running tally, not one attack's dead."""
    return m.re is _NUMBER_REACHED and (
        SPAN_AFTER.search(text, m.end(), clause_end(text, m.end(), end)) is not None or
        _FOR_A_SPAN.search(text, start, m.start()) is not None)


def one_body(m: re.Match) -> bool:
    """Whether the count is one body ("the body of one martyr"): a toll only where it was
    pulled out of a strike told with it, as one body received or found tells no attack."""
    return m.re is _ONE_BODY


def among_the_dead(text: str) -> bool:
    """Whether a count tells who were among the dead ("Among the dead were four
    children")."""
    return _AMONG_THE_DEAD.match(text) is not None
