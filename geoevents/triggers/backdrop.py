"""Attacks named as the backdrop of the news rather than told as events of the report.

Reports name the war and its campaigns ("displaced during the Israeli invasion", "since the
current fighting began"), what goes on or has been done again and again ("a zone which has
faced repeated airstrikes", "amid incessant shelling"), spans, tolls and shares ("after
months of fighting", "70 per cent of people killed by strikes"), fighting given as a cause
or a consequence, a stance taken on the war's course, a person's record, and an attack told
before, named again as the time of what the sentence tells ("Following the strike,
helicopters evacuated the wounded"). None is news of the report's own days, unless a day, a
place or a harm of its own is told with it. With them are words that name rather than tell:
"rescue operations", "Operation Gideon's Chariots", a hospital's intake listed by place,
"troops left a trail of destruction".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geoevents.dates import WEEKDAY_FOLDED
from geoevents.in_passing import CAMPAIGN_START, DAY_AFTER, STARTED_ON
from geoevents.trigger_table import (
    AGREEMENT,
    AID,
    ARRESTS,
    BATTLE,
    CROSSING,
    DESTRUCTION,
    DISPLACEMENT,
    RELEASE,
    SIEGE,
    TERRITORY,
    VIOLENT,
)
from geoevents.triggers.aid import HINDERED, UNABLE_AFTER
from geoevents.triggers.folded_rows import folded_re
from geoevents.triggers.irrealis import FOLLOWING_NEGATION, OWN_DAY, TOLD_DEATH, WHETHER

if TYPE_CHECKING:
    from geoevents.anchored import Cues

# "abducted by the Mujahideen Brigades during the October 7 attacks": in Israel, in 2023
# (not "90 suspects were apprehended, some of whom participated in the October 7 massacre":
# the day of what the people held had done, told in a clause of its own about them)
_ON_OCTOBER_7 = re.compile(r"(?:(?!,\s+(?:(?:some|many|most|all|one|several|dozens|each|"
                           r"none|two|three|four|five|\d+)\s+of\s+)?(?:who|whom|whose)\b)"
                           r"[^.;]){0,60}?\b(?:during|in|on)\s+the\s+(?:october\s+7|7\s+october)"
                           r"(?:,?\s+2023)?\s+(?:hamas[- ]led\s+)?(?:attacks?|massacres?|"
                           r"assault)")
# "Fighting and security concerns also led to temporary closures of the crossings": a
# cause named for what it led to, not a battle the report tells. (What comes between "and"
# and the verb opens on a word, so a long run of blanks after "and" is split one way only.)
_LED_TO = re.compile(r"(?:\s+and\s+\w[\w ]{0,29}?)?\s+(?:also\s+)?(?:have\s+|has\s+)?"
                     r"(?:led to|resulted in|caused|forced)\s+(?:the\s+)?(?:temporary\s+)?"
                     r"(?:closures?|suspensions?|halt|shortages?|delays?)\b")
# "the same fields had been razed by the army frequently": what has been done to a place
# time and again (the verb straight after "had been"; not "have been shelling Khan Younis
# repeatedly since dawn", an attack going on, nor "have been killed in strikes on Nuseirat
# often described as ...", the habit another verb's)
_BEEN_DONE = re.compile(r"\b(?:had|has|have)\s+been\s+(?:\w+ly\s+)?$")
_DOING = re.compile(r"\w*ing\b")
_OFTEN = r"(?:frequently|repeatedly|regularly|routinely|often)"
_HABITUAL_AFTER = re.compile(rf"[^.;,]{{0,40}}?\b(?:{_OFTEN}|many times|several times|"
                             r"on several occasions|time and again)\b(?!\s+\w+ed\b)")
_OFTEN_BEEN = re.compile(rf"\b(?:had|has|have)\s+(?:{_OFTEN}\s+been|been\s+{_OFTEN})\s+"
                         # "convoys have been repeatedly blocked or looted": the second of two
                         r"(?:[a-z]+ed\s+(?:or|and)\s+)?$")
# ... told of the subject after it: "aid convoys to the north have been repeatedly blocked"
_OFTEN_NEXT = re.compile(r"(?:\s+(?:to|in|into|from|for|on)\s+(?:the\s+)?[\w-]+)?\s+"
                         rf"(?:have|has|had)\s+(?:been\s+)?{_OFTEN}\b")
# What went on over weeks or months: "only about 150 trucks a day have entered Gaza in
# recent weeks", "aid has reached the north only sporadically for months": a state, no
# delivery of a day (not "entered on Monday after being blocked for weeks")
# (nor the weeks of another verb: "through a crossing shut for months", "by armed men who
# had been blocking roads for weeks")
_STRETCH_NEXT = re.compile(r"(?:(?!\b(?:after|since|following|before|who|which|that|where|"
                           r"whose|shut|closed|sealed|cut\s+off)\b)[^.;,]){0,60}?"
                           r"\b(?:(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+"
                           r"(?:few\s+|several\s+|two\s+|three\s+|four\s+)?(?:weeks|months)|"
                           r"for\s+(?:(?:several|many|two|three|four|five|six)\s+)?"
                           r"(?:weeks|months))\b")
# ... and arrests counted over a week or more: "200 arrested in the past week", "the army
# detained 1,000 people over the last three weeks" (a tally, no arrest of a day; not "in
# the past 24 hours", "over the past day": the news of the day)
_WEEKS_NEXT = re.compile(r"(?:(?!\b(?:after|since|following|before|who|which|that|where|"
                         r"whose)\b)(?:[^.;,]|(?<=\d)[.,](?=\d))){0,60}?"
                         r"\b(?:in|over|during)\s+(?:the\s+)?(?:past|last|previous)\s+"
                         r"(?:(?:few|several|two|three|four|five|six|seven|\d+)\s+)?"
                         r"(?:weeks?|months?|(?:(?:few|several|two|three|four|five|six|seven|"
                         r"\d+)\s+)days)\b")

# (not "has repeatedly been shelled over the past 24 hours", "since Monday, ... have
# repeatedly been shelled", "has repeatedly been shelled, killing 12": the news of the day)
_SINCE_A_WEEKDAY = rf"since (?:last )?{WEEKDAY_FOLDED}"  # (over folded text)
_LATELY = re.compile(rf"\b(?:{_SINCE_A_WEEKDAY}|(?:in|over|during) the (?:past|last) "
                     r"(?:(?:24|48|[\w-]+) hours|day|night))\b")
_HARM_NEXT = re.compile(r"[^.;]{0,80}?,\s+(?:killing|wounding|injuring)\b")
# "a zone which has faced repeated airstrikes": what a place has been through ...
_HABITUAL_WORDS = ("repeated ", "frequent ", "constant ", "numerous ", "daily ")
# (and "Rafah ..., despite being subjected to numerous air strikes": what the place has
# been through, told of it; not "the eastern areas of Rafah are being subjected to constant
# Israeli shelling": an attack going on)
_HABITUAL = re.compile(r"\b(?:(?:has|have|had)\s+(?:faced|seen|endured|suffered|witnessed|"
                       r"experienced|been\s+(?:subjected|subject)\s+to|come\s+under|"
                       r"been\s+hit\s+by)|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)"
                       r"(?<!\bam\s)being\s+(?:subjected|subject)\s+to)\s+"
                       rf"(?:{'|'.join(w.strip() for w in _HABITUAL_WORDS)})\s+(?:[\w-]+\s+)?$")
# ... unless the days are told: "since Monday", "in the past 24 hours"
_RECENT_AFTER = re.compile(rf"[^.;,]{{0,60}}?\b(?:{_SINCE_A_WEEKDAY}|in the (?:past|last) "
                           r"(?:24|48|[\w-]+) hours)\b")
# Attacks told as going on, with no day, place, harm or count of their own in the sentence:
# "the relentless bombardments have left much of the territory in ruins", "the ongoing
# clashes are proving among the most violent", "amid incessant shelling": the state the
# report's news happens in (not "the ongoing bombardment of Khan Younis", "continued
# shelling killed three people on Monday", "ongoing clashes in Rafah": a place, a day or a
# harm told, an attack of the report)
_GOING_ON_WORDS = ("ongoing ", "continu", "relentless ", "incessant ", "unrelenting ",
                   "constant ", "nonstop ", "non stop ", "ceaseless ", "unceasing ")
# (the same words as one pattern, looked for through a report's cues: a sentence of
# thousands of triggers, "airstrike on airstrike on ...", is not read up to each of them)
GOING_ON_WORD = re.compile("|".join(re.escape(w) for w in _GOING_ON_WORDS))
_GOING_ON_BEFORE = folded_re(r"\b(?:ongoing|continuing|continued|continuous|relentless|"
                             r"incessant|unrelenting|constant|non-?stop|ceaseless|unceasing)"
                             r"\s+(?:(?:israeli|military|aerial|heavy|intense|deadly|)\s+)?$")
# (... or what the sentence says of them: "the ongoing clashes are proving to be among the
# most violent confrontations": the same fighting, named again in the predicate)
_GOING_ON_SUBJECT = folded_re(r"\b(?:ongoing|continuing|continued|relentless|incessant|"
                              r"unrelenting|constant|non-?stop|ceaseless|unceasing)\s+"
                              r"(?:[\w-]+\s+)?(?:clashes|fighting|bombardments?|shelling|"
                              r"(?:air)?strikes|attacks|hostilities|battles?|raids)\s+"
                              r"(?:are|is|were|was|remain|remains|have|has)\b[^.;,]*$")
# (any name but the war's parties and the Strip's: "Gaza City remained under relentless air
# strikes", "UNICEF's spokesman in Rafah described constant shelling": a place, or someone
# telling of one, an attack the report tells)
_A_NAME_TOLD = re.compile(r"(?<!^)(?<![.!?]\s)\b(?!(?:Gaza|Israel|Israeli|Israelis|Hamas|"
                          r"Palestinian|Palestinians|Strip|The|But|And|In|On|At|As|Amid|With|"
                          r"Meanwhile)\b)[A-Z][a-z]|\bGaza\s+City\b")
_COUNT_OR_HARM = re.compile(r"\b(?:\d|killed|killing|dead|died|wounded|wounding|injured|"
                            r"injuring|martyred|casualties|victims|hit|struck|targeted)")


def _ongoing_nowhere(text: str, low: str, start: int, end: int) -> bool:
    """Whether the sentence tells no day, place, harm or count beside attacks told as going
    on, nor follows one in its paragraph that tells a day and a place."""
    if OWN_DAY.search(low, start, end) or _LATELY.search(low, start, end) or \
            _A_NAME_TOLD.search(text[start:end]) or _COUNT_OR_HARM.search(low, start, end):
        return False
    # (a place opening the sentence as its subject: "Rafah came under relentless shelling",
    # "Jabalia has been under incessant bombardment" (a first word is any word's capital, so
    # only a place of the Strip the gazetteer knows counts))
    first = _FIRST_WORD.match(text, start, end)
    if first and _a_place_of_the_strip(first.group(0)):
        return False
    # (the sentence before in the paragraph told the day and the place: "Tanks pushed into
    # Khan Younis on Tuesday. Residents said the tanks kept up constant shelling")
    brk = max(text.rfind("\n", 0, max(0, start - 1)) + 1, max(0, start - 400))
    prev = max(brk, max(text.rfind(m, brk, max(brk, start - 2)) for m in (". ", "! ", "? ")) + 2)
    return not (prev < start and OWN_DAY.search(low, prev, start) and
                _A_NAME_TOLD.search(text[prev:start]))


_FIRST_WORD = re.compile(r"\s*[A-Z][\w'’-]+")


def _a_place_of_the_strip(word: str) -> bool:
    from geoevents.gazetteer import MAX_QUERY_LENGTH, Gazetteer

    word = word.strip()
    # (a "word" longer than any query is no name, and the gazetteer refuses to look it up)
    return len(word) <= MAX_QUERY_LENGTH and any(
        c.place.in_gaza for c in Gazetteer.default().lookup(word, fuzzy=False))


# A person's record: the attacks someone planned, directed or carried out
_RECORD_OF = re.compile(r"\b(?:(?:was|were|is|are|been)\s+(?:\w+\s+)?(?:responsible\s+for|"
                        r"involved\s+in|behind)|perpetrated|orchestrated|masterminded|"
                        r"(?:planned|planning|directed|directing)\s+(?:and\s+\w+\s+)?)\s+"
                        r"(?:the\s+|numerous\s+|several\s+|many\s+|deadly\s+|[\w-]+\s+){0,2}$")
_SEVERAL_NEXT = re.compile(r"\s+(?:attacks|strikes|operations|ambushes|raids|bombings|"
                           r"shootings|assaults)\b")
_ONE_NAMED = re.compile(r"\b(?:the|an?|this|that|these|those)\s+(?:[\w-]+\s+)?$")

# "Rescue teams struggle amid continuous airstrikes": an ongoing backdrop, not an incident.
# "alarmed by ongoing attacks across the Strip", "amid Israel's continued bombardment":
# conditions and concerns, not incidents.
# "This call for evacuation follows an escalation in Israeli airstrikes": a trend.
_ONGOING = re.compile(r"\b(?:(?:amid|amidst|alarmed by|concerned (?:by|about)|appalled by) "
                      r"(?:the )?(?:israel's |israeli |israel )?(?:continuous|continued|continuing|"
                      r"ongoing|constant|incessant|relentless|persistent|intensified|"
                      r"intensifying|escalating)|"
                      r"(?:amid|amidst|follows?|followed|following|after) (?:an? |the )?"
                      r"(?:recent )?(?:escalation|intensification|surge|upsurge|increase) "
                      r"(?:in|of) (?:the )?(?:israel's |israeli )?)"
                      r"\s*(?:[\w-]+\s+)?(?:[\w-]+\s+){0,2}?(?:and\s+)?$")
# ("Amid continuing battles across Gaza, including intensified airstrikes in the Rafah
# area", "amid ongoing Israeli ground operations in and around Rafah": fighting that goes
# on where the report says, its news; not "amid ongoing hostilities", "amid the ongoing
# offensive": the war as a backdrop, nor "follows an escalation in ground operations in
# Gaza": a trend)
_FOUGHT_IN = re.compile(r"(?: combat)?(?: operations?| offensive)? (?:in|across|around|"
                        r"inside|within|throughout)\b")
# (nor "talks stalled amid continuing battles in Gaza", "closed amid continuing clashes
# across the Strip": the whole war as a backdrop, unless the report goes on to say where)
_THE_WHOLE_STRIP = re.compile(r"\s+(?:the\s+)?(?:gaza(?:\s+strip)?|strip|enclave|territory|"
                              r"palestinian territor(?:y|ies))\b(?!\s+city)(?!\s*,\s*(?:"
                              r"including|particularly|especially|notably|mainly|mostly|in "
                              r"particular)\b)")
# (nor "expressed grave concern for civilians amid ongoing battles in Rafah", "'We cannot
# deliver aid amid continuing battles in Khan Younis,' the UNRWA chief told reporters": a
# worry voiced or a speaker's words, the fighting their backdrop)
_VOICED = re.compile(r"\b(?:concern\w*|alarm\w*|worr(?:y|ied|ies)|fears?|feared|deplor\w*|"
                     r"condemn\w*|urg(?:e|ed|es|ing)|appeal\w*|warn\w*|calls? for|called for)\b")


def _fought_there(low: str, start: int, at: int, after: int, end: int) -> bool:
    """Whether fighting told "amid" is news of a place of its own: "Amid continuing
    battles across Gaza, including intensified airstrikes in the Rafah area"."""
    fought = _FOUGHT_IN.match(low, after, end)
    if fought is None or _THE_WHOLE_STRIP.match(low, fought.end(), end):
        return False
    said = low[start:at]
    # (the fold makes curly quotes straight: the count of '"' tells a quote left open)
    return said.count('"') % 2 == 0 and not _VOICED.search(said)


_SINCE_BEGAN = re.compile(r"\bsince (?:[\w'’-]+ ){0,3}(?:began|started|launched|resumed) "
                          r"(?:its |the |an? )?(?:[\w-]+ )?$")
# "the deadliest day since the current fighting with Israel began": the war's start
# ("since the latest round of fighting with Israel began")
_SINCE_THE = re.compile(r"\bsince (?:the |this )?(?:current |latest |recent |[\w-]+ )?"
                        r"(?:(?:round|bout|wave|cycle) of )?$")
# (not a day of its own: "since the Israeli raid on Nuseirat started at dawn on Saturday")
_BEGAN_AFTER = re.compile(r"(?: [\w'’-]+){0,4}? (?:began|started|erupted|broke out)\b"
                          r"(?! (?:(?:on |early |late |early on |late on )?"
                          rf"{WEEKDAY_FOLDED}\b|overnight\b|at dawn\b))")
# "since Hamas militants launched an attack against Israel", "since Hamas gunmen stormed
# southern Israel on Saturday": the trigger is the launching (of the war: not "since Hamas
# fighters launched a surprise attack on Israeli troops near the city on 10 June", an
# attack of its own day)
_SINCE_WHO = re.compile(r"\bsince (?:[\w'’-]+ ){1,3}$")
_ON_ISRAEL = re.compile(r"\s+(?:southern\s+)?israel\b(?!['’]s\s)")
# "bringing to 16 the number killed since ground operations expanded on Friday", "raising
# the toll since the offensive began to 40": what a running total is counted from, not the
# event the sentence tells (the deaths it adds)
_TALLY_SINCE = re.compile(r"\b(?:bringing|raising|taking|pushing)\b[^.;]{0,40}?\b(?:toll|total|"
                          r"tally|number|count)\b[^.;]{0,30}?\bsince\s+(?:the\s+|its\s+)?"
                          r"(?:[\w'’-]+\s+){0,2}$")
# ... of several strikes (not "the death toll from the Israeli strike on a school": one
# attack's toll, an event)
# (whose dead may come between: "the death toll of Palestinians from Israeli airstrikes")
_TOLL_FROM = re.compile(r"\b(?:death toll|toll|number of (?:people )?killed)"
                        r"(?: of (?:the )?(?:[\w'’-]+ )?(?:palestinians|people|civilians|"
                        r"children|women|gazans|residents))? (?:from|of|in) "
                        r"(?:the )?(?:[\w'’-]+ ){0,2}$")
_DAYS_OF = re.compile(r"\b(?:ended|ending|ends|end) (?:[\w-]+ ){0,2}"
                      r"(?:days|weeks|months) of (?:[\w'’-]+ ){0,2}$")


_SHARE_OF = re.compile(r"\b(?:per ?cent|%|proportion|share) of (?:[\w-]+ ){0,8}$")
# Cheap test for the words _ONGOING and _AT_THE_TIME begin with.
_MAY_BE_ONGOING = re.compile(r"amid|alarmed|concerned|appalled|at the time|since |escalation|"
                             r"intensification|surge|increase")

# "giving birth under heavy bombardment" ("under siege" is a siege told)
_UNDER = re.compile(r"\b(?<!came )(?<!come )(?<!comes )(?<!coming )(?<!been )(?<!was )"
                    r"(?<!were )under (?:heavy |intense |constant |continuous |relentless )?$")
# "the Israeli invasion of the Gaza Strip" names the war; "an offensive on Rafah would put
# the final nail in the coffin" forecasts one
_THE_WAR = re.compile(r"\s+(?:of|in|on)\s+(?:the\s+)?gaza(?:\s+strip)?\b(?!\s+city|['’])")
_WOULD = re.compile(r"(?:\s+(?:on|in|into|of|against)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
                    r"\s+['‘’\"“]?(?:would|will|could|might)\b"
                    r"(?!\s+(?:continue|remain|go on|last))")
_CAMPAIGN = re.compile(r"offensive|invasion|incursions?|(?:military |ground )?operations?|"
                       r"battle|siege")
# "At the time of the airstrikes, displaced Palestinians were told ...": the strikes were
# told before; this names them as a time.
_AT_THE_TIME = re.compile(r"\b(?:at the time of (?:the )?|since (?:the )?(?:earlier|previous|"
                          r"last) )(?:[\w-]+ )?$")
# A campaign named in a prepositional phrase ("refugees from Israel's Rafah offensive",
# "displaced during the Israeli invasion", "Part of the second battle of Jabalia") is the
# backdrop, not an event of the report; so is one whose end is told ("The withdrawal marks
# the end of a 22-day military offensive in Khan Younis": a finished campaign summed up).
_AS_BACKDROP = re.compile(
    r"\b(?:end|conclusion|completion) of\s+(?:the|its|their|israel's|an?)\s+"
    r"(?:[\w'-]+\s+){0,3}$|"  # (a length too: "22 day military")
    r"\b(?:following|since|during|from|amid|throughout|before|prior to|part of|"
    r"as a result of|because of|due to|(?:incidents?|attacks?|days?|phases?|stages?|weeks?|"
    r"months?) of)\s+"
    rf"(?:(?:the )?{CAMPAIGN_START} of\s+)?"
    r"(?:the|its|israel's|israeli|an?|current|ongoing|continued)\s+(?:[\w'-]+\s+){0,2}$")
# "Israel has besieged Jabalia since early October, in an operation it says aims to stop
# Hamas from regrouping": the siege told, named again as the campaign it is part of (not
# "Troops stormed Shejaia on Friday in an operation against Hamas": no siege told; nor
# "troops cordoned off the area around Nasser Hospital, in an operation ...": a cordon is
# no siege of its own, the operation the only event told; nor "Israel has besieged Jabalia
# since October, and on Monday its forces turned to Beit Hanoun, in a new ground
# operation": another clause's deed, at its own place)
_SIEGE_AS_OPERATION = re.compile(r"\b(?:besieg\w*|under\s+(?:a\s+)?(?:[\w-]+\s+){0,2}siege|"
                                 r"encircl\w*)\b(?:(?!,\s*(?:and|but|then|while)\b|"
                                 r"\b(?:then|while|before|after|later)\b)[^.;:])*,\s+"
                                 r"(?:in|as\s+part\s+of)\s+(?:an?|its|the)\s+(?:[\w'-]+\s+){0,2}$")
# "a pattern of attacks on hospitals ... that begin with Israeli airstrikes and are
# followed by ground raids": attacks of a kind described, not one the report tells
_PATTERN_OF = re.compile(r"\b(?:a|the|this|that|same|systematic|recurring|established|"
                         r"documented|consistent|clear|broader|wider)\s+patterns?\s+of\b")
# "OCHA warns that the relentless bombardment of areas in and around Gaza city is having
# devastating consequences", "The evacuation orders did not mean that ..., stressed Mr.
# Elder": a stance taken on the war's course, not an event told (not "warns that an
# airstrike hit a school", "stresses that strikes killed 20 people on Monday": one strike,
# a toll or a day of its own)
STANCE = re.compile(r"\b(?:warns|warned|stresses|stressed|underscores|underscored|"
                     r"emphasi[sz]es|emphasi[sz]ed|reiterates|reiterated)\s+(?:again\s+)?that\b")
_STANCE_AFTER = re.compile(r"[^;]*,\s+(?:stressed|emphasi[sz]ed|underscored|reiterated)\s+"
                           r"[^,;]{1,40}$")
# (its verbs, looked for first through a report's cues: the pattern reads on to the
# sentence's end, once for each trigger)
STANCE_AFTER_WORD = re.compile(r"stressed|emphasi[sz]ed|underscored|reiterated")
# (nor "warned that the devastation caused by Israel's military operations around
# Jabalya", "warns that people suffering under the ongoing siege in North Gaza": the
# operations told as a fact, the warning being about what they cause)
# (nor "OCHA warns that air strikes continue across the Strip": strikes told as going on)
# (nor "The ministry stresses that shelling of Khan Younis is ongoing", "airstrikes on
# Zeitoun are killing entire families", "bombardment of Beit Lahia has intensified": going
# on there; not "as military operations in Gaza city escalate further, leaders must act")
_GO_ON = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+(?:continues?|continued|continuing|persists?|"
                    r"go(?:es)?\s+on|(?:is|are)\s+(?:still\s+)?(?:ongoing|under\s*way|"
                    r"intensifying|escalating|killing|hitting|pounding)|"
                    r"(?:has|have|had)\s+(?:\w+\s+)?(?:intensified|escalated))\b")
# (nor "warns that airstrikes on Deir al-Balah have killed dozens", "the strike on the
# Nuseirat school killed women and children", "Israeli airstrikes hit homes across Rafah,
# stressed the spokesman": what the attack did, told)
_DID_HARM = re.compile(r"[^.;,]{0,60}?\s(?:(?:has|have|had)\s+)?(?:killed|hit|struck|"
                       r"destroyed|wounded|injured|levell?ed|flattened)\b")
# (nor "reiterated that children killed in the strike on al-Mawasi were among the dead")
_ONE_TOLD = re.compile(r"\b(?:(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}|"
                       r"(?:by|under|amid|amidst)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}|"
                       r"(?:killed|wounded|injured|died)\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2})$")

# "generators could not be repaired due to the bombardment and fighting": fighting, or
# strikes that harmed no one the sentence names, given as the cause of something else.
_CAUSE = re.compile(r"\b(?:due to|because of|owing to|(?:hindered|hampered|impeded|disrupted|"
                    r"delayed|obstructed|compounded|exacerbated|worsened|aggravated)"
                    r"(?:,\s*\w+,)?\s+by)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}"
                    r"(?:and\s+)?$")
# "one colleague was killed due to strikes", "sustained damage due to airstrikes": harm done
# by strikes (not "water plants are inoperable due to the bombings": a cause named)
_HARM_BEFORE = re.compile(r"\b(?:killed|killing|died|dead|injured|wounded|damaged?|destroyed|"
                          r"hit|casualties)\b")
# "search-and-rescue operations", "humanitarian operations", "forced to suspend
# operations": work, not a military operation; "carried out a demolition operation on
# several buildings": the army's work of destruction, coded by the destruction its own words
# tell, no fighting (not "clearing operations": combat)
_NOT_MILITARY = re.compile(r"\b(?:humanitarian|rescue|relief|aid|medical|health|hospital|"
                           r"demolitions?|"
                           r"search|recovery|distribution|suspend(?:s|ed|ing)?|"
                           r"halt(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|stop(?:s|ped|ping)?)\s+$")
# "Operation Gideon's Chariots II": a campaign's name, not fighting the sentence tells,
# unless the sentence launches it
_NAMED_OPERATION = re.compile(r"Operation\s+[\"“‘']?[A-Z]")
_LAUNCHED = re.compile(r"\b(?:launch\w*|began|begins?|start\w*|commenc\w*|initiat\w*)\s+"
                       r"(?:[\w-]+\s+){0,3}$")

# "One week before the bombing, Israel had designated ...": a time told by an event the
# report told already
_TIMED_BY = re.compile(r"\b(?:days?|weeks?|hours?|months?|minutes?|shortly|just|soon)\s+"
                       r"(?:before|after|prior to)\s+(?:the|this|that)\s+$")
# "the school was being used to launch attacks", "Hamas uses hospitals to plan attacks": a
# place put to use (not "Israel used F-16 jets to carry out airstrikes on Rafah", "Hamas
# used a tunnel to launch attacks on troops": the means of an attack told)
_USED_TO = re.compile(r"\b(?:(?:is|are|was|were|be|being|been)\s+used|(?:used|using|use|uses)\s+"
                      r"(?:it|them|(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:schools?|"
                      r"hospitals?|buildings?|sites?|areas?|compounds?|facilit(?:y|ies)|mosques?|"
                      r"houses?|homes?|shelters?|clinics?|zones?|neighbou?rhoods?|camps?)))\s+"
                      r"(?:[\w-]+\s+){0,4}?(?:to|for)\s+"
                      r"(?:launch|launching|carry\s+out|carrying\s+out|plan|planning|stage|"
                      r"staging|conduct|conducting|direct|directing)\s+(?:an?\s+)?$")
# ("Israeli F-16 jets were used to carry out airstrikes on Rafah": the means, put to use)
_MEANS_USED = re.compile(r"\b(?:bombs?|munitions?|missiles?|rockets?|jets?|drones?|aircraft|"
                         r"warplanes?|planes?|helicopters?|tanks?|weapons?|shells?|explosives?|"
                         r"bulldozers?)\s+(?:(?:is|are|was|were|has|have|had)\s+)?"
                         r"(?:been\s+|being\s+)?used\b")

_AFTER_THE_ONE_TOLD = re.compile(r"\W*(?:following|after|in the wake of|shortly after|soon "
                                 r"after|since|(?:(?:only|just|barely|some)\s+)?(?:hours|"
                                 r"minutes|moments)\s+after)\s+(?:the|this|that)\s+"
                                 r"(?:[\w-]+\s+)?")
# A sentence that opens on "The airstrike took place a day after ...": it refers back to
# the one told, and dates something else by it (not "took place close to Khan Younis",
# which places it)
_TOLD_ALREADY = re.compile(r"\W*the\s+(?:israeli\s+)?")
_TOOK_PLACE = re.compile(r"\s+(?:took place|happened|occurred|came|was carried out)"
                         r"(?:\s+[\w-]+){0,3}?\s+(?:after|before|amid|as|while|when|following|"
                         r"days?|hours?|weeks?)\b")
# "after a previous battle and siege": fighting told before, recalled
_RECALLED = re.compile(r"\b(?:previous|prior|former)\s+(?:[\w-]+\s+)?$|"
                       # "believed to have previously been killed in an Israeli airstrike"
                       r"\bpreviously\s+(?:[\w-]+\s+){0,5}$")
# "one of the most senior officers to have been killed in the fighting in Gaza": the class a
# comparison names, not an event of the sentence
_CLASS_OF = re.compile(r"\bone of the\s+(?:[\w-]+\s+){0,6}"
                       r"to have been\s+(?:[\w-]+\s+){0,3}(?:in|by|during)\s+(?:the\s+|an?\s+)?"
                       r"(?:[\w-]+\s+)?$")
# (not a class bounded to a day: "one of the children to have been injured by shelling in
# Rafah on Monday")
_PERIODS_OF = re.compile(r"\b(?:after|following|since|before|between)\s+(?:[\w-]+\s+){0,2}"
                         r"periods of\s+(?:[\w-]+\s+)?$")
# "are high following a week of rocket fire and clashes", "after months of fighting there":
# a stretch of fighting as the time of what the sentence tells, not an attack of its own
# (not "after two days of fighting in Jabalia on Monday and Tuesday": days of its own)
_SPAN_OF = re.compile(r"\b(?:after|following|in the wake of)\s+(?:(?:a|an|several|some|"
                      r"many|few|nearly|almost|more than|over|\w+|\d+)\s+){0,2}(?:days|weeks?|"
                      r"months?|years?)\s+of\s+(?:[\w'’-]+\s+){0,5}$")
# (nor "troops withdrew from Khan Younis after months of fighting", "had pulled out after
# days of battles with Hamas", "After three days of heavy fighting in Jabalia, Israeli
# forces pulled back", "After a week of fighting, troops captured Beit Hanoun on Monday":
# the fighting the withdrawal or the capture ends, an event of that place)
_PULLED_OUT = re.compile(r"\b(?:withdr[ae]w\w*|withdrawing|pull(?:ed|s|ing)? (?:out|back)|"
                         r"retreat(?:ed|s|ing)?|captur(?:ed|es|ing)|seiz(?:ed|es|ing)|"
                         r"(?:took|taken|tak(?:es|ing)) (?:full )?control|took over)\b")
# (an attack "earlier this week" or "two weeks ago" has a time of its own and is told; one
# "last month" or "previously" is taken as told before)
_UNDATED_EARLIER = re.compile(r"\b(?:earlier (?:that|in the) (?:week|month|year)|earlier this "
                              r"(?:month|year)|last month|previously|weeks? earlier|months? "
                              r"(?:ago|earlier)|(?<!\d )(?<!\btwo )(?<!\bthree )(?<!\bfour )"
                              r"(?<!\bfive )(?<!\bsix )weeks ago)\b")
# "The complex was raided once before, in November", "had been shelled twice before": a
# raid told as what happened to the place already, not one of the report's
_ONCE_BEFORE = re.compile(r"\s+(?:once|twice|(?:three|four|five|several|many|\d+)\s+times)\s+"
                          # (not "was struck twice before dawn on Tuesday", "bombed twice
                          # before the families could leave": before something told, that day)
                          r"before\b(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|during|and|but|when|"
                          r"since|last|earlier)\b)")
_AFTER_GERUND = re.compile(r"\bafter\s+(?:[\w-]+ly\s+)?$")
_EARLIER = re.compile(r"\b(?:earlier (?:this|that|in the) (?:week|month|year)|last (?:week|month)|"
                      r"previously|weeks? (?:ago|earlier)|months? (?:ago|earlier))\b")

# "the operation of the 25-bed in-patient section": running a service
_OPERATION_OF = re.compile(r"s? of (?:the |a |an )?(?:(?:[\w-]+ ){0,5}(?:section|unit|ward|bakery|"
                           r"bakeries|kitchens?|clinics?|hospitals?|facilit(?:y|ies)|crossings?|"
                           r"plants?|wells?|services?|generators?|points?)|"
                           # (only a few words before these: not "the operation of its
                           # troops destroyed Hamas tunnel networks")
                           r"(?:[\w-]+ ){0,3}(?:infrastructure|networks?|stations?|systems?))\b")

# "resulting in further civilian casualties, displacement and destruction": a consequence
# named in passing, not a displacement the report tells.
_CONSEQUENCE = re.compile(
    r"\b(?:resulting in|results? in|resulted in|causing|caused|causes?|leading to|led to|"
    r"exacerbat\w+|triggering|driving|drove|drives)\s+"
    r"(?:(?:[\w-]+\s+){0,3}[\w-]+,?\s+(?:and\s+)?){0,4}$")

# "resulted in ... the displacement of at least 5,000 people": a consequence with a count
# of its own is one the report tells
_COUNTED = re.compile(r"\s+of\s+(?:at least |about |some |more than |over |nearly |up to |"
                      r"around |an estimated )?\d")

# "drivers have refused routes ... after trucks were struck", "agencies have suspended
# deliveries ... after a convoy was hit": work stopped, and why
# (the WHO only as its capitals write it: not "residents who stopped at the roadside after
# the convoy was struck", who the people are)
_REFUSED_AFTER = re.compile(r"\b(drivers|agencies|organi[sz]ations|ngos|wfp|unrwa|unicef|"
                            r"who|workers|aid|deliveries|convoys?|distributions?|missions?)\b"
                            r"(?:\s+[\w,'’-]+){0,6}?\s+(?:have\s+|has\s+|had\s+)?"
                            r"(?:refused|refuse|refusing|suspended|paused|halted|stopped|"
                            r"declined|withdrawn|withdrew)\s+(?:[\w,'’-]+\s+){0,8}?after\s+"
                            r"(?:[\w'’-]+\s+){0,4}?(?:were|was|had\s+been|have\s+been)?\s*$")

# "Al-Awda Hospital in Jabalia said it was surrounded": "it" and "the complex" ringed only
# of a hospital told before (not "the school in Jabalia was shelled; it was surrounded")
_HOSPITAL_BEFORE = re.compile(r"\b(?:hospitals?|medical (?:complex|cent(?:re|er))|clinics?)\b")

# "Shortly after having issued the evacuation orders, Israel began its assault": what is
# told as the time of something else
HAVING = re.compile(r"\bhaving\s+(?:[\w-]+\s+){0,2}$")

# "its 98th Division had left Khan Yunis", "troops left the camp": a place left (not
# "troops left a trail of destruction", "forces left two dead"; nor "Israeli forces left
# Gaza in 2005": a withdrawal of another time; nor "tanks left Palestinians in Khan Younis
# without water": people, not a place)
_LEFT_A_PLACE = re.compile(r"\s+(?:(?!(?:Palestinians?|Gazans?|Israelis?|Arabs?|Hamas|UNRWA|UN|"
                           r"WHO)\b)[A-Z][\w'’-]+|the\s+(?:[\w'’-]+\s+){0,2}?(?:city|town|camp|"
                           r"area|hospital|strip|corridor|neighbou?rhood|district|village|"
                           r"enclave|territory|compound|complex))\b"
                           r"(?![^.;]{0,40}?\b(?:in|since|until)\s+(?:19|20)\d\d\b)")
# ... by troops who are the subject (not "the shelling by Israeli tanks left Khan Younis
# without water": what their fire did)
_LEFT_BY = re.compile(r"\b(?:by|of|from)\s+(?:[\w'’-]+\s+){0,2}$")


# An attack told before a sentence that opens on "Following the strike,"
_AN_ATTACK = re.compile(r"\b(?:(?:air ?)?strikes?|struck|shell(?:s|ed|ing)|bomb\w*|attack\w*|"
                        r"raid\w*|incursions?|advanc\w*|clash\w*|fighting|fired|killed|killing|"
                        r"stormed|offensive|operations?)\b")


# "Indonesian hospital 71 (most from Beit Lahia and Jabalia)": a hospital's intake by the
# places its dead came from (trigger_table), ...
_INTAKE_ITEM = re.compile(r"(?:hospitals?|complex)\b[^()]*\d \([^()]*from$")
# ... told after the toll it breaks down ("404 martyrs and 562 injuries have arrived at the
# hospitals ... Distribution by hospital: ...")
_DEAD_TOLD = re.compile(r"\b(?:martyrs|dead|killed|bodies|fatalities|deaths|casualties)\b")
# ... and not a list of something else the hospitals took or sent ("Patients evacuated:
# European Gaza Hospital 120 (from Nasser Medical Complex)", "Fuel deliveries: al-Awda hospital
# 2,000 (from Rafah crossing)", "Beds available: al-Aqsa hospital 20 (from Nuseirat donors)")
_NOT_INTAKE_OF_DEAD = re.compile(r"\b(?:patients?|evacuat\w*|transferr\w*|referr\w*|beds?|fuel|"
                                 r"supplies|deliver\w*|donat\w*|staff)\b")
_FROM_A_FACILITY = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}?(?:hospitals?|complex|clinics?|"
                              r"crossings?|donors?|warehouses?|stores?)\b")


# -- The checks of the trigger loop (sift) these words decide, in the loop's order ---------
# (``text``: the report; ``low``: its folded text; ``start``, ``end``: the sentence's
# bounds; ``lo``: the look-back of the trigger ``low[at:stop]``, ``before``: ``low[lo:at]``;
# ``etype``, ``sub``: the type it has so far)

_PASSING = {DISPLACEMENT[1], DESTRUCTION[1]}
_HINDERED_TYPES = {AID[1], CROSSING[1]}


def a_hospital_intake(low: str, at: int, stop: int) -> bool:
    """Whether the word is an item of a hospital's intake listed by the places its dead came
    from: "Staff: Nasser Medical Complex 300 (from Khan Younis)": a hospital's figure with
    places after it is the dead it took in only after a toll is told (and not of patients,
    fuel or beds, nor from another facility)."""
    return bool(_INTAKE_ITEM.match(low, at, stop) and (
        not _DEAD_TOLD.search(low, max(0, at - 400), at) or
        _FROM_A_FACILITY.match(low, stop) or
        _NOT_INTAKE_OF_DEAD.search(low, max(0, low.rfind(". ", 0, at)), at)))


def a_state_over_weeks(low: str, start: int, stop: int, end: int, etype: str,
                       sub: str) -> bool:
    """Whether what is no violence is told as a state over weeks, no event of a day: "aid
    convoys have been repeatedly blocked", "150 trucks a day have entered in recent
    weeks", "200 arrested in the past week"."""
    return bool(etype not in VIOLENT and (_OFTEN_NEXT.match(low, stop, end) or
                                          (sub in (AID[1], DESTRUCTION[1]) and
                                           _STRETCH_NEXT.match(low, stop, end) or
                                           sub == ARRESTS[1] and
                                           _WEEKS_NEXT.match(low, stop, end)) and
                                          not OWN_DAY.search(low, start, end)))


def halted_or_of_the_war(low: str, stop: int, end: int, etype: str, sub: str) -> bool:
    """Whether the words after it say it was halted, done many times over, or expected; aid
    unable to get through; a weeks-long campaign; a cause named for what it led to; or the
    attack on Israel (but "rescued a hostage who was kidnapped during the October 7 attack":
    when the captive was taken, not when freed)."""
    return bool(FOLLOWING_NEGATION.match(low, stop, end) or
                sub == AID[1] and UNABLE_AFTER.match(low, stop, end) or
                low.startswith(" campaign", stop) or
                etype in VIOLENT and _LED_TO.match(low, stop, end) or
                sub != RELEASE[1] and _ON_OCTOBER_7.match(low, stop, min(end, stop + 90)))


def an_operation_named_or_a_cause(text: str, low: str, before: str, start: int, lo: int,
                                  at: int, end: int, etype: str) -> bool:
    """Whether the word names work or a campaign rather than fighting ("search-and-rescue
    operations", "the operation of the 25-bed in-patient section", "Operation Gideon's
    Chariots II" unless the sentence launches it), or gives fighting or strikes that harmed
    no one it names as the cause of something else ("generators could not be repaired due to
    the bombardment and fighting"; not "one colleague was killed due to strikes")."""
    return bool(low.startswith("operation", at) and (_NOT_MILITARY.search(low, lo, at) or
                                                     _OPERATION_OF.match(low, at + 9, end) or
                                                     _NAMED_OPERATION.match(text, at, end) and
                                                     not _LAUNCHED.search(low, lo, at)) or
                etype in VIOLENT and ("due to" in before or "because of" in before or
                                      "owing to" in before or " by " in before) and
                _CAUSE.search(low, lo, at) and
                (etype == BATTLE[0] or not _HARM_BEFORE.search(low, start, at)))


# The war's fighting named in general, as a cause may be: "hostilities", "bombardments and
# fighting", "the military operation" (not "an airstrike", "the strike": one attack)
_CAMPAIGN_NOUN = re.compile(r"(?:(?:intensification|escalation)\s+of\s+(?:the\s+)?)?"
                            r"(?:hostilities|fighting|bombardments?|bombing|shelling|"
                            r"clashes|(?:military\s+|ground\s+)?operations?|offensive|"
                            r"escalation|air\s*strikes|strikes)\b")
# What makes it a flight's cause, just before it (not "fled amid heavy shelling of Jabalia":
# the shelling at the time, told as news): "following intense Israeli bombardments and
# fighting in Khan Younis ..., displaced people have moved again", "Their movement followed
# the intensification of hostilities in Khan Younis", "fled due to the recent operation"
_FLIGHT_CAUSE_BEFORE = re.compile(r"\b(?:due\s+to|because\s+of|owing\s+to|as\s+a\s+result\s+of|"
                                  r"in\s+the\s+wake\s+of|following|followed)\s+"
                                  r"(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:and\s+)?$")
# ... or what it is told to have involved, after such a cause: "evacuated Jabalia due to the
# recent military operation carried out by the IDF, involving air strikes"
_INVOLVED_IN_THE_CAUSE = re.compile(r"\b(?:due\s+to|because\s+of|owing\s+to|as\s+a\s+result\s+of)"
                                    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:operations?|"
                                    r"offensive|campaign|assault|incursion|escalation)\b"
                                    r"[^.;]{0,100}?,?\s+(?:involving|including)\s+"
                                    r"(?:[\w'’-]+\s+){0,2}$")
# The flight the sentence tells
_A_FLIGHT = re.compile(r"\b(?:fled|flee|flees|fleeing|displaced|displacement|relocated|"
                       r"evacuated|movements?|moved\s+(?:again\s+)?(?:further\s+)?"
                       r"(?:south|north|west|east)\w*)\b")
# Harm told in the sentence: the fighting hurt people, an event of its own
# (the cause's clause ends at a comma, a semicolon or the sentence's end: a day in it is the
# fighting's, "fled after strikes on Monday")
_CLAUSE_END = re.compile(r"[,;.!?]")
_HARM_TOLD = re.compile(r"\b(?:killed|killing|dead|deadly|died|injured|wounded|casualties|"
                        r"martyr\w*)\b")


def a_cause_of_a_flight(low: str, start: int, lo: int, at: int, stop: int, end: int,
                        etype: str) -> bool:
    """Whether fighting named in general is told only as what drove people out, the flight
    being the sentence's news: "Following intense Israeli bombardments and fighting in Khan
    Younis and the Middle Areas in recent days, displaced people have moved again further
    south", "Their movement followed the intensification of hostilities in Khan Younis",
    "civilians have evacuated Jabalia due to the recent military operation ..., involving
    air strikes". Not when the cause's clause names a day, or the sentence harm, of its own
    ("fled after strikes on Rafah on Monday", "amid deadly air strikes": news too)."""
    if etype not in VIOLENT or not _CAMPAIGN_NOUN.match(low, at):
        return False
    if not (_FLIGHT_CAUSE_BEFORE.search(low, lo, at) or
            _INVOLVED_IN_THE_CAUSE.search(low, start, at)):
        return False
    clause = _CLAUSE_END.search(low, stop, end)
    return (_A_FLIGHT.search(low, start, at) is not None or
            _A_FLIGHT.search(low, stop, end) is not None) and \
        not OWN_DAY.search(low, at, clause.start() if clause else end) and \
        not _HARM_TOLD.search(low, start, end)


def told_as_a_habit(cues: Cues, text: str, low: str, before: str, start: int, lo: int,
                    at: int, stop: int, end: int, etype: str) -> bool:
    """Whether the attack is what has been done again and again, or goes on, with no day,
    place or harm of its own: the backdrop of the report's news, not news."""
    if " been " in before and not _DOING.match(low, at) and (
            _BEEN_DONE.search(before) and _HABITUAL_AFTER.match(low, stop, end) or
            _OFTEN_BEEN.search(before)) and not OWN_DAY.search(low, start, end) and \
            not _LATELY.search(low, start, end) and not _HARM_NEXT.match(low, stop, end):
        return True  # "the same fields had been razed by the army frequently", "had
        # frequently been razed": a habit
    if etype in VIOLENT and any(w in before for w in _HABITUAL_WORDS) and \
            _HABITUAL.search(low, lo, at) and not DAY_AFTER.match(low, stop, end) and \
            not _RECENT_AFTER.match(low, stop, end):
        return True  # "a zone which has faced repeated airstrikes": what a place has been
        # through, no event of the report (not "has come under repeated shelling
        # overnight", "has seen repeated airstrikes since Monday": the days told)
    # "the relentless bombardments have left the territory in ruins", "the ongoing clashes
    # are among the fiercest": the war's running state
    return bool(etype in VIOLENT and cues.search(GOING_ON_WORD, start, at, folded=True) and
                (_GOING_ON_BEFORE.search(low, lo, at) or
                 _GOING_ON_SUBJECT.search(low, start, at)) and
                _ongoing_nowhere(text, low, start, end))


def a_record_or_a_reason(text: str, low: str, before: str, start: int, lo: int, at: int,
                         stop: int, end: int, etype: str) -> bool:
    """Whether the attacks are what someone is known for, or the reason given for work
    stopped, with no day of their own."""
    if etype in VIOLENT and (low.endswith("s", at, stop) or
                             _SEVERAL_NEXT.match(low, stop, end)) and \
            _RECORD_OF.search(low, lo, at) and not _ONE_NAMED.search(low, lo, at) and \
            not DAY_AFTER.match(low, stop, end):
        return True  # "al-Haj perpetrated sniper attacks against Israeli forces", "he was
        # responsible for attacks on troops": what someone is known for, no event (not
        # "Israel was responsible for the strike on a school", "militants orchestrated
        # an ambush", "perpetrated attacks on troops in Beit Hanoun on Monday": the
        # attack told, blamed on someone)
    # "Several drivers have refused routes near Netzarim after trucks were struck": the
    # reason for a refusal, with no day of its own (not "WFP paused deliveries on Monday
    # after a convoy was shot at", nor "... after trucks were struck, killing two drivers":
    # the attack told)
    return bool(etype in VIOLENT and " after " in before and
                (refusal := _REFUSED_AFTER.search(low, max(start, at - 160), at)) and
                (refusal.group(1) != "who" or text.startswith("WHO", refusal.start(1))) and
                not OWN_DAY.search(low, start, end) and not _HARM_NEXT.match(low, stop, end))


def a_span_or_a_share(low: str, before: str, start: int, lo: int, at: int, stop: int,
                      end: int, etype: str) -> bool:
    """Whether the attacks are a war's span, a statistic or a period over: "the death toll
    since Israel began airstrikes", "70 per cent of people killed in Gaza by strikes", "the
    death toll from Israeli air strikes since May 10", "a ceasefire ended 11 days of Israeli
    air strikes"."""
    return bool("since " in before and (_SINCE_BEGAN.search(low, lo, at) or
                                        _SINCE_THE.search(low, lo, at) and
                                        _BEGAN_AFTER.match(low, stop, end) or
                                        _SINCE_WHO.search(low, lo, at) and
                                        _ON_ISRAEL.match(low, stop) or
                                        _TALLY_SINCE.search(low, max(start, at - 100), at)) or
                etype in VIOLENT and (_SHARE_OF.search(low, lo, at) or
                                      _TOLL_FROM.search(low, lo, at) and
                                      low.endswith("s", at, stop) or
                                      _DAYS_OF.search(low, lo, at)))


def names_a_campaign(low: str, at: int, stop: int) -> bool:
    """Whether the word is a campaign's ("offensive", "invasion", "operations", "siege")."""
    return _CAMPAIGN.fullmatch(low, at, stop) is not None


# A campaign named by its first days as the time of something else: "Beit Lahia was heavily
# damaged at the beginning of the ground invasion", "homes destroyed in the early weeks of
# the offensive", "by the start of the war" (not "at the start of the ground invasion on 27
# October": its day told; nor "at the beginning of the new operation on Monday")
_AT_ITS_START = re.compile(rf"\b(?:at|in|by) (?:the )?(?:very )?(?:{CAMPAIGN_START}|early "
                           r"(?:days|weeks|months|stages)|first (?:days|weeks|months)) of "
                           r"(?:the |its |israel's |an? )?(?:[\w'-]+ ){0,2}$")
_FIRST_DAYS_OF = re.compile(r"(?:(?:ground|land|military) )?(?:offensive|invasion|incursion|"
                            r"operation|campaign|assault|onslaught|war)s?")


def named_by_its_first_days(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the campaign at ``low[at:stop]`` is named by its first days as the time of
    what the sentence tells ("damaged at the beginning of the ground invasion"), with no day
    of its own told."""
    return _FIRST_DAYS_OF.fullmatch(low, at, stop) is not None and \
        _AT_ITS_START.search(low, lo, at) is not None and \
        not STARTED_ON.match(low, stop, end) and not DAY_AFTER.match(low, stop, end)


def named_as_backdrop(low: str, before: str, start: int, lo: int, at: int, stop: int,
                      end: int, etype: str, sub: str, strength: float, campaign: bool) -> bool:
    """Whether the campaign, the deal or the attack is named as the backdrop of the news, or
    as what may come: the war itself, a campaign named in a prepositional phrase, fighting
    that goes on, harm under it, a question asked. ``strength``: the trigger's in the table;
    ``campaign``: whether the word is a campaign's."""
    if " of " in before and named_by_its_first_days(low, lo, at, stop, end):
        return True
    if campaign and low.startswith(("invasion", "offensive"), at) and \
            _THE_WAR.match(low, stop, end) or _WOULD.match(low, stop, end):
        return True  # "the Israeli invasion of the Gaza Strip": the war; "an offensive on
        # Rafah would ...", "strikes may hit ...": a forecast
    if campaign and "," in before and not low.startswith("battle", at) and \
            _SIEGE_AS_OPERATION.search(low, start, at) and \
            not _DID_HARM.match(low, stop, end):
        return True  # (not "..., in an operation that killed 20 gunmen": harm told; nor
        # "encircled the Shati camp on Monday, in a battle that lasted hours": fighting)
    return bool((campaign or sub == AGREEMENT[1]) and _AS_BACKDROP.search(low, lo, at) and
                not (campaign and STARTED_ON.match(low, stop, end)) or
                _MAY_BE_ONGOING.search(before) and (_ONGOING.search(low, lo, at) and not (
                    etype == BATTLE[0] and strength >= 0.8 and "amid" in before and
                    _fought_there(low, start, at, stop, end)) or
                                                    _AT_THE_TIME.search(low, lo, at)) or
                etype in VIOLENT and "under " in before and _UNDER.search(low, lo, at) or
                "whether" in low[max(start, at - 80):at] and
                WHETHER.search(low, max(start, at - 80), at) and
                not TOLD_DEATH.search(low, max(start, at - 80), end))


def a_kind_a_stance_or_a_time(cues: Cues, low: str, before: str, start: int, lo: int, at: int,
                              stop: int, end: int, etype: str) -> bool:
    """Whether the attacks are of a kind described, a stance taken on the war's course, or
    the one told before, named again as a time. (The stance's words are looked for through
    the report's ``cues``: not a read of the sentence up to each of its triggers.)"""
    if "pattern" in low[max(start, at - 150):at] and \
            _PATTERN_OF.search(low, max(start, at - 150), at) and \
            "," not in low[low.rfind("pattern", max(start, at - 150), at):at]:
        # (within the phrase, not "a pattern of attacks on health care, tanks shelled")
        return True
    if (cues.search(STANCE, start, at, folded=True) or
            cues.possible(STANCE_AFTER_WORD, stop, end) and
            _STANCE_AFTER.match(low, stop, end)) and \
            not low.endswith("ed", at, stop) and not _ONE_TOLD.search(low, lo, at) and \
            not OWN_DAY.search(low, start, end) and \
            not any(c.isdigit() for c in low[start:end]) and \
            not _GO_ON.match(low, stop, end) and not _DID_HARM.match(low, stop, end):
        return True  # "OCHA warns that the relentless bombardment ... is having devastating
        # consequences": a stance on the war's course
    if etype in VIOLENT and _TOLD_ALREADY.fullmatch(low, start, at) and \
            _TOOK_PLACE.match(low, stop, end):
        return True  # "The airstrike took place a day after ...": the one told before
    # "One week before the bombing, Israel had designated ...": a time told by it
    return bool((" before " in before or " after " in before or "prior to" in before) and
                _TIMED_BY.search(low, lo, at))


def a_use_or_a_time(low: str, before: str, start: int, lo: int, at: int, stop: int, end: int,
                    etype: str) -> bool:
    """Whether the attacks are what a place was used for, or the time of what the sentence
    tells: the attack told before, a stretch of fighting, a past state."""
    if etype in VIOLENT and "use" in before and _USED_TO.search(low, lo, at) and \
            not _MEANS_USED.search(low, lo, at):
        return True  # "the school was being used to launch attacks on troops": a claim of
        # what a place served for, not an attack told
    if etype in VIOLENT and _AFTER_THE_ONE_TOLD.fullmatch(low, start, at) and \
            low.startswith(",", stop) and _AN_ATTACK.search(low, 0, start):
        return True  # "Following the strike, helicopters evacuated the wounded": the time
        # of what the sentence tells, by the attack told before (an attack no earlier
        # sentence names is told here: "After the Israeli bombardment, survivors ...")
    if etype in VIOLENT and " of " in before and _SPAN_OF.search(low, lo, at) and \
            not DAY_AFTER.match(low, stop, end) and not _PULLED_OUT.search(low, start, end):
        return True  # "tensions are high following a week of clashes": a stretch of
        # fighting as the time of what the sentence tells
    # "following periods of intense looting": a past state, as a time
    return bool("periods of" in before and _PERIODS_OF.search(low, lo, at))


def recalled_from_before(low: str, before: str, lo: int, at: int, stop: int, end: int,
                   etype: str) -> bool:
    """Whether the attack is one of before: recalled ("after a previous battle and siege"),
    once before ("The complex was raided once before, in November"), of a class a comparison
    names ("one of the most senior officers to have been killed in the fighting"), or a deed
    told before, as a time."""
    if etype in VIOLENT and ("previous" in before or "prior" in before or
                             "former" in before) and _RECALLED.search(low, lo, at):
        return True
    if _ONCE_BEFORE.match(low, stop):
        return True
    if "to have been" in before and _CLASS_OF.search(low, lo, at) and \
            not DAY_AFTER.match(low, stop, end):
        return True
    # "raid Khan Yunis after abruptly withdrawing from the city earlier this month": the
    # withdrawal told before, as a time (not "after shelling Beit Hanoun earlier this week":
    # an attack of its own)
    return bool(low.endswith("ing", at, stop) and "after " in before and
                _AFTER_GERUND.search(low, lo, at) and
                (earlier := _EARLIER.search(low, stop, min(end, stop + 80))) and
                (etype not in VIOLENT or _UNDATED_EARLIER.match(low, earlier.start())))


def a_siege_of_no_hospital(low: str, start: int, at: int, stop: int, sub: str) -> bool:
    """Whether "it" or "the complex" was surrounded with no hospital told before: "Al-Awda
    Hospital in Jabalia said it was surrounded" is a siege (not "the school in Jabalia was
    shelled; it was surrounded")."""
    return bool(sub == SIEGE[1] and low.startswith(("it ", "complex "), at) and
                "surrounded" in low[at:stop] and not _HOSPITAL_BEFORE.search(low, start, at))


def a_consequence_or_hindered(low: str, start: int, lo: int, at: int, stop: int, end: int,
                              sub: str) -> bool:
    """Whether the displacement or the destruction is a consequence named in passing
    ("resulting in further civilian casualties, displacement and destruction"; not one with
    a count of its own), or the aid or the crossing what hinders aid ("delays in aid
    deliveries", "the ongoing closure of key crossings")."""
    return bool(sub in _PASSING and _CONSEQUENCE.search(low, max(start, at - 90), at) and
                not _COUNTED.match(low, stop, end) or
                sub in _HINDERED_TYPES and HINDERED.search(low, lo, at))


def no_place_left(text: str, low: str, lo: int, at: int, stop: int, end: int,
                  sub: str) -> bool:
    """Whether troops "left" no place ("troops left a trail of destruction", "forces left two
    dead"), or the leaving is what their fire did ("the shelling by Israeli tanks left Khan
    Younis without water")."""
    return bool(sub == TERRITORY[1] and low.endswith("left", at, stop) and (
        not _LEFT_A_PLACE.match(text, stop, end) or _LEFT_BY.search(low, lo, at)))
