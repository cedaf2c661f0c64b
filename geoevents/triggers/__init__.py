"""Event triggers in a sentence, with the context rules that set some of them aside.

A trigger is the word that says something happened ("airstrike", "clashes", "evacuation
order"); :mod:`geoevents.trigger_table` maps each to ACLED's ``event_type`` and
``sub_event_type``. Here the words around it decide whether it tells an event: irrealis
("must halt the fighting", "plans to expand operations"), background ("displaced during the
Israeli invasion"), statistics ("70 per cent of people killed by strikes") and hindrances
("delays in aid deliveries") are not events, and :func:`find_triggers` drops them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from geoevents.anchored import Cues, PrefixIndex
from geoevents.dates import MONTH_NAMES, WEEKDAY_PATTERN, latest_on_or_before
from geoevents.in_passing import (
    A_DAY,
    CAMPAIGN_START,
    DAY_AFTER,
    DAYS_SPAN,
    ON_DAY,
    STARTED_ON,
    freed_under_a_truce,
    how_they_came,
    named_in_passing,
    told_as_a_measure,
    told_as_cover,
    told_as_going_on,
    told_by_its_length,
    who_they_are,
)
from geoevents.trigger_table import (
    AGREEMENT,
    AID,
    AID_SOUGHT,
    AIR,
    ARRESTS,
    ATTACK,
    BATTLE,
    CROSSING,
    DESTRUCTION,
    DISPLACEMENT,
    EVACUATION,
    IED,
    MISSION_VERBS,
    RELEASE,
    RETURN,
    ROCKETS_FIRED,
    SHELL,
    SIEGE,
    TERRITORY,
    TRIGGER_TABLE,
    VIOLENT,
    fighters_fire,
)

__all__ = ["Trigger", "GUNFIRE_WORDS", "find_triggers", "may_begin", "order_may_begin", "PATTERNS"]

# One alternation, one pass per sentence over folded (lower-case) text: several times
# faster than re.IGNORECASE. The group name says which table row matched.
# One pattern per table row, tried in table order where its prefixes occur (as one long
# alternation of them would be, at a fraction of the cost: Cues.first_of).
_ROWS = tuple(re.compile(rf"\b(?:{pat.lower()})\b") for _, pat, _ in TRIGGER_TABLE)
# Words that make the trigger hypothetical, negated or a demand rather than a report,
# when they stand within four words before it.
_IRREALIS_WORDS = (
    r"\b(?:halt|end|stop|cease|pause|resume|prevent|avoid|must|would|will|could|should|"
    r"might|(?<!\d )(?<!in )(?<!early )(?<!late )(?<!mid )(?<!since )(?<!during )(?<!until )"
    r"(?<!of )(?<!from )(?<!throughout )may(?!,? \d)|"  # (not the month: "in early May,")
    # (not a name: "the Ministry of Planning was struck", "the planning ministry")
    r"aims? to|plans? to|planned|(?<!of )planning(?! (?:ministry|department|office|"
    r"council|committee|authority)\b)|plott(?:ed|ing)|mastermind\w*|"
    r"threaten(?:s|ed)?|if|unless|proposals?|"
    r"agreement|negotiat\w*|ceasefires?|truce|future|deserves?|allegations?|denied|plan|"
    r"denies|no|not|never|without|any|warned|vowed|called for|calls for|"
    # "warned Israel against carrying out a military operation in Rafah" (not across a
    # clause: "Defying warnings against launching an offensive, Israeli troops stormed";
    # nor "against mounting Israeli airstrikes", which mount)
    r"against (?:carrying out|launching|conducting|staging|"
    r"mounting(?= (?:an?|the|any|such|another|its|their|further|new|more)\b))"
    r"(?![^,;:]*[,;:])|"
    # (not "continue to intensify their operations": under way)
    r"(?<!continue to )(?<!continues to )(?<!continued to )(?<!continuing to )"
    r"(?:expand|intensify)|expanding|"
    r"prepare|prepared|preparing|readiness|willing|"
    r"need|needs|goals?|objectives?|intends?|intended|advocat\w*|plead\w*|pleas?|"
    r"expected|anticipated|looming|upcoming|imminent|risks?|demand\w*|refus\w*|"
    r"brac(?:e|es|ed|ing)|fears?|feared|fearing|promised|"
    r"discuss\w*|date for|ahead of|in advance of|"
    r"urg(?:e|ed|es|ing)|urgent|appeal(?:s|ed|ing)?|"
    # "ordered the evacuation, citing rocket fire into its territory": a reason given
    r"citing)\b")
_IRREALIS_WORD = re.compile(_IRREALIS_WORDS)
# "The army did not comment on the strike", "has not confirmed the attack": what was not
# said of an attack told, not an attack that did not happen
_NOT_SAID = re.compile(r"\b(?:not|no)\s+(?:\w+\s+)?(?:comment(?:ed)?|confirm(?:ed)?|"
                       r"respond(?:ed)?|acknowledged?|claim(?:ed)?)\s+(?:on\s+|to\s+)?"
                       # (not "did not comment on the planned offensive": still to come)
                       r"(?:the|this|that|its)\s+(?:(?!" + _IRREALIS_WORDS + r")[\w-]+\s+){0,2}$")
_PAST_VERB = re.compile(r"[a-z]+ed\b")
_DEAL_WORDS = ("ceasefire", "truce", "agreement", "deal", "negotiat")
# "The first phase provides for the release of 33 hostages ... and the entry of 600 aid
# trucks a day", "the proposal envisages the withdrawal of Israeli forces": the terms of a
# deal or a plan, not things done (within the terms told, or a further term after a comma:
# not "As provided for in the deal, Hamas released three hostages", "provides for the
# release of 33 hostages, three of whom were freed on Sunday", "The deal includes the
# release of 33 hostages, and on Sunday Hamas handed over three": what was done under it)
_TERMS = re.compile(r"\b(?<!as\s)(?:provides?\s+for|provided\s+for|providing\s+for|"
                    r"stipulat(?:es?|ed|ing)|envisag(?:es?|ed|ing)|"
                    r"(?:deal|agreement|plan|proposal|phase|framework|terms|truce|ceasefire)"
                    r"\s+(?:[\w-]+\s+){0,2}?(?:would\s+|will\s+)?"
                    r"(?:includes?|involves?|entails?|calls?\s+for|see))\b"
                    r"(?:[^.;,]|,\s+(?:and\s+)?(?:the|an?)\s+[\w-]+\s+of\b)*$")
_YET_TO = re.compile(r"\b(?:would|will|could|should|must|to be|set to|due to)\b")
# "33 hostages ... are to be freed in exchange for prisoners", "who will be released on
# Saturday": a release to come, told just before the trigger
_TO_BE_DONE = re.compile(r"\b(?:would|will|could|should|must|shall|to)\s+be\s+(?:\w+ly\s+)?$")
_IRREALIS = re.compile(_IRREALIS_WORDS + r"(?:\W+\w+){0,4}\W*$")
# ... and the second of two things planned: "plans to flatten the Jabaliya refugee camp and
# displace Palestinians"
# ("planned to flatten the camp and to displace", "... and forcibly displace" too)
_IRREALIS_AND = re.compile(r"\b(?:plans?|planned|planning|intends?|intending|aims?|aiming|"
                           r"threat\w*|seeks?|seeking|vow\w*)\s+to\s+[a-z]+(?:\s+[\w'’-]+){0,6}"
                           r"\s+and\s+(?:to\s+|[a-z]+ly\s+)?$")
# ... and the later items of a list of things sought: "its two goals: the destruction of
# Hamas and the release of the captives", "calls for a ceasefire, the return of abducted
# children and the release of all hostages" (each item a noun phrase: no verb in the past,
# no "was" or "has"; the item told is "the ..." right after "and"; no word that ends the
# list and begins a clause of what happened: not "called for a ceasefire on Monday after an
# airstrike on a school in Nuseirat and the shelling of a market killed 30", "Conditions in
# northern Gaza remain catastrophic amid the siege of Jabalia and the bombardment of Beit
# Lahia")
_SOUGHT_LIST = re.compile(r"\b(?:goals?|objectives?|aims?|demands?|conditions?|calls?\s+for|"
                          r"called\s+for|calling\s+for|demanded|demanding)"
                          r"(?:\s+(?:are|is|were|was|include[sd]?))?\s*:?\s+"
                          r"(?:(?!(?:was|were|is|are|has|have|had|been|and|after|amid|as|"
                          r"following|when|while|since|despite|before|because|hours|days|"
                          r"but|then|where|who|which|that|monday|tuesday|wednesday|thursday|"
                          r"friday|saturday|sunday|yesterday|today|overnight)\b)"
                          r"[\w'’-]+(?<!ed)(?:,\s+|\s+)){1,24}?"
                          r"and\s+(?:the|an?|all|its|their)\s+$")
_AND_THE = (" and the ", " and a ", " and an ", " and all ", " and its ", " and their ")
# ... but not a clause of its own after "and", with its own subject and a verb in the past:
# "The UN called for a ceasefire and Israeli jets struck Rafah", "..., and an Israeli
# airstrike killed five" (not "called for an end to strikes and for troops to withdraw",
# "warned that if troops entered Rafah and tanks shelled the camp": still the wish or the
# condition)
# (not "called for a ceasefire and for the bombing of shelters to end", "and an
# investigation into strikes that killed aid workers": what is sought, the trigger the
# object of a preposition)
_AND_SUBJECT = re.compile(r"\s(?:and|but|while)\s+(?!for\s)(?:[\w'’-]+\s+){0,2}"
                          r"(?!(?:of|for|into|on|in|to|at|with|from|against|about|over|by)\s)"
                          r"[\w'’-]+\s+$")
# (the verb the trigger itself, or a few words on: "jets struck", "tanks pushed into", "an
# airstrike on a house killed"; not "the airstrikes to be stopped", nor a word in "-ed"
# after a preposition or an article, which describes a noun: "the bombing of crowded
# shelters", nor the verb of a relative clause: "strikes that killed")
_PAST_NEXT = re.compile(r"(?:(?!(?:to|be|been|being|that|which|who)\s)[\w'’-]+\s+){0,3}?"
                        r"(?<!\bof\s)(?<!\bfor\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)"
                        r"(?<!\bin\s)(?<!\bon\s)(?<!\binto\s)(?<!\bto\s)(?<!\bat\s)"
                        r"(?<!\bwith\s)(?<!\bfrom\s)"
                        r"(?:[a-z]+ed|struck|hit|shot|blew|fought|took|broke|drove|sent|began)\b")
# (and the terms of a deal: "a deal under which Israel would withdraw and Hamas released
# hostages")
_CONDITION = re.compile(r"\b(?:if|unless|whether|when|once|until|whereby|(?:under|in)\s+which|"
                        r"provided\s+that|in\s+exchange\s+for)\b")
# (not "threatened to widen its offensive and struck targets across Rafah": a second verb
# in the past says what was done, as "and bombed" does)
_PAST_IRREGULAR = re.compile(r"(?:struck|shot|blew|fought|took|broke|drove|sent|began)\b")
# "abducted by the Mujahideen Brigades during the October 7 attacks": in Israel, in 2023
# (not "90 suspects were apprehended, some of whom participated in the October 7 massacre":
# the day of what the people held had done, told in a clause of its own about them)
_ON_OCTOBER_7 = re.compile(r"(?:(?!,\s+(?:(?:some|many|most|all|one|several|dozens|each|"
                           r"none|two|three|four|five|\d+)\s+of\s+)?(?:who|whom|whose)\b)"
                           r"[^.;]){0,60}?\b(?:during|in|on)\s+the\s+(?:october\s+7|7\s+october)"
                           r"(?:,?\s+2023)?\s+(?:hamas[- ]led\s+)?(?:attacks?|massacres?|"
                           r"assault)")
# "Fighting and security concerns also led to temporary closures of the crossings": a
# cause named for what it led to, not a battle the report tells.
_LED_TO = re.compile(r"(?:\s+and\s+[\w ]{0,30}?)?\s+(?:also\s+)?(?:have\s+|has\s+)?"
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
# A thing that could or would come, told as the subject of the modal: "a ground incursion
# into Rafah, where some 1.2 million people are sheltering, could result in a massacre",
# "airdrops and sea shipments cannot replace trucks" (not "an airstrike may have killed
# ten": told, if unsure; nor "the strike could amount to a war crime": one that was)
_SUBJECT_OF_A_MODAL = re.compile(r"(?:^|\b(?:an?|says?|said|warns?|warned|that)\s+)"
                                 r"(?:[\w-]+\s+){0,2}$")
# ... one not known yet ("a ground offensive on Rafah on Monday could cause")
_A_THING = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,2}$")
# (a trigger that ends on its preposition: "offensive on", its place after it)
_OWN_PREP = re.compile(r"\s+(?:into|on|in|of|against|across|at|to|from)$")
_MODAL_NEXT = re.compile(r"(?:\s+(?:into|on|in|of|against|across|at|to|from|and|or)\s+"
                         r"(?:the\s+|an?\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})*"
                         r"(?:,\s+(?:where|which|who)\s+"
                         r"(?![^,.;]*\b(?:killed|wounded|injured|hit|struck|destroyed)\b)"
                         r"(?:[^,.;]|\.\d){0,80},)?"
                         # (not the month: "airstrikes on Rafah on 6 May and")
                         # ("a military operation in Rafah should not go ahead": what ought
                         # or ought not to be; not "the strike on the school should be
                         # investigated", "should not be repeated": what ought to follow one
                         # that was)
                         r"\s+(?:could|would|might|(?<!\d\s)may|can\s*not|can['’]t|"
                         r"should(?=\s+(?:(?:not|never)\s+(?!be\s+repeated\b|happen\s+again\b)|"
                         r"go\s+ahead|proceed|begin|start|take\s+place|be\s+(?:launched|carried\s+"
                         r"out)\b)))\s+"
                         # (not what was, as it was heard, went on or was judged: "an
                         # airstrike on a house could be heard across the camp", "the
                         # bombardment would continue for hours", "could not have caused")
                         r"(?!have\b|later\b|then\b|(?:not|never)\s+have\b|be\s+(?:heard|seen|felt)\b|"
                         r"(?:continue|last|go\s+on|persist)\b)[a-z]+")
# (one of which every match of _MODAL_NEXT holds: looked for first, as plain words)
_MODAL_WORD = re.compile(r"could|would|might|should|may|can")
# (not "has repeatedly been shelled over the past 24 hours", "since Monday, ... have
# repeatedly been shelled", "has repeatedly been shelled, killing 12": the news of the day)
_SINCE_A_WEEKDAY = rf"since (?:last )?{WEEKDAY_PATTERN.lower()}"  # (over folded text)
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
                   "constant ", "nonstop ", "non-stop ", "ceaseless ", "unceasing ")
_GOING_ON_BEFORE = re.compile(r"\b(?:ongoing|continuing|continued|continuous|relentless|"
                              r"incessant|unrelenting|constant|non-?stop|ceaseless|unceasing)"
                              r"\s+(?:(?:israeli|military|aerial|heavy|intense|deadly|)\s+)?$")
# (... or what the sentence says of them: "the ongoing clashes are proving to be among the
# most violent confrontations": the same fighting, named again in the predicate)
_GOING_ON_SUBJECT = re.compile(r"\b(?:ongoing|continuing|continued|relentless|incessant|"
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
    if _OWN_DAY.search(low, start, end) or _LATELY.search(low, start, end) or \
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
    return not (prev < start and _OWN_DAY.search(low, prev, start) and
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
# What a place has been spared, further back than the four words of _IRREALIS: "had not
# been subject to an Israeli ground invasion", "has never seen such airstrikes".
_SPARED = re.compile(r"\b(?:not|never)\s+(?:yet\s+|once\s+)?(?:been\s+)?(?:subject(?:ed)?\s+to|"
                     r"seen|experienced|faced|witnessed|reached\s+by|affected\s+by|hit\s+by)"
                     # (not across a clause: "had not seen so many wounded since strikes hit")
                     r"(?:[^\w,;]+(?!since\b|when\b|after\b|until\b|before\b|while\b|but\b|"
                     r"as\b)\w+){0,5}[^\w,;]*$")
_FOLLOWING_NEGATION = re.compile(r"\W*(?:was|were|had|has)?\s*(?:halted|stopped|ended)\b|"
                                 # "besieged multiple times": a summary of several events
                                 r"(?:\s+\w+)?\s+(?:multiple|several|many|numerous) times\b|"
                                 # "forced to move repeatedly", "displacement was expected"
                                 r"(?:\s+\w+)?\s+repeatedly\b|"
                                 r"(?:\s+[\w-]+){0,3}\s+(?:was|is|are|were)\s+"
                                 r"(?:also\s+)?(?:expected|anticipated|feared|likely)\b")
# "aid convoys all but unable to deliver supplies", "trucks still unable to enter": a
# delivery that could not be made. Of aid only: "protesters were unable to reach the
# fence", "residents displaced were unable to find shelter" still tell what happened.
_UNABLE_AFTER = re.compile(r"\s+(?:(?:were|was|are|is|have\s+been|has\s+been|all\s+but|"
                           r"largely|mostly|still|often)\s+){0,2}unable\s+to\b")
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
    return said.count('"') % 2 == 0 and said.count("“") <= said.count("”") and \
        not _VOICED.search(said)


_COMBAT_ZONE = re.compile(r"(?i)combat zones?")
_GROUND_ASSAULT = re.compile(r"\bground (?:and air )?(?:attacks?|assaults?)\b|"
                             r"\b(?:attacks?|assaults?) (?:\w+ ){1,5}ground\b")
# ("saying the areas were dangerous combat zones": the order's words too; "declared Gaza
# City a combat zone" is fighting)
_CALLING = re.compile(r"\b(?:calling|called|describing|described|labell?ing|labell?ed|saying|"
                      r"said)\b"
                      r"(?:\W+\w+){0,4}\W+$")
_SINCE_BEGAN = re.compile(r"\bsince (?:[\w'’-]+ ){0,3}(?:began|started|launched|resumed) "
                          r"(?:its |the |an? )?(?:[\w-]+ )?$")
# "the deadliest day since the current fighting with Israel began": the war's start
# ("since the latest round of fighting with Israel began")
_SINCE_THE = re.compile(r"\bsince (?:the |this )?(?:current |latest |recent |[\w-]+ )?"
                        r"(?:(?:round|bout|wave|cycle) of )?$")
# (not a day of its own: "since the Israeli raid on Nuseirat started at dawn on Saturday")
_BEGAN_AFTER = re.compile(r"(?: [\w'’-]+){0,4}? (?:began|started|erupted|broke out)\b"
                          r"(?! (?:(?:on |early |late |early on |late on )?(?:mon|tues|wednes|"
                          r"thurs|fri|satur|sun)day\b|overnight\b|at dawn\b))")
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
_TOLL_FROM = re.compile(r"\b(?:death toll|toll|number of (?:people )?killed) (?:from|of|in) "
                        r"(?:the )?(?:[\w'’-]+ ){0,2}$")
_DAYS_OF = re.compile(r"\b(?:ended|ending|ends|end) (?:[\w-]+ ){0,2}"
                      r"(?:days|weeks|months) of (?:[\w'’-]+ ){0,2}$")
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


_SHARE_OF = re.compile(r"\b(?:per ?cent|%|proportion|share) of (?:[\w-]+ ){0,8}$")
# Cheap test for the words _ONGOING and _AT_THE_TIME begin with.
_MAY_BE_ONGOING = re.compile(r"amid|alarmed|concerned|appalled|at the time|since |escalation|"
                             r"intensification|surge|increase")
# "investigations on whether the pier was used in the Israeli raid": a question asked
_WHETHER = re.compile(r"\bwhether\b(?:\W+\w+){0,8}\W*$")
# (a whether-clause that tells a death is an event told with doubt, not a question)
_TOLD_DEATH = re.compile(r"\b(?:killed|killing|dead|died|injured|wounded)\b")
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
# backdrop, not an event of the report.
_AS_BACKDROP = re.compile(
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
_STANCE = re.compile(r"\b(?:warns|warned|stresses|stressed|underscores|underscored|"
                     r"emphasi[sz]es|emphasi[sz]ed|reiterates|reiterated)\s+(?:again\s+)?that\b")
_STANCE_AFTER = re.compile(r"[^;]*,\s+(?:stressed|emphasi[sz]ed|underscored|reiterated)\s+"
                           r"[^,;]{1,40}$")
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
# Explosives left behind: a hazard until one goes off or harms someone.
# "soldiers defused a bomb planted under a jeep", "troops placed charges on a damaged tank
# and destroyed it": a bomb put on a vehicle that hurt no one
_PUT_ON = re.compile(r"\b(?:affixed|attached|stuck|placed|planted)\b")
_DEFUSED = re.compile(r"\b(?:defus\w*|dismantl\w*|disarm\w*|neutrali[sz]\w*|foiled|thwarted)\b")
_WRECK = re.compile(r"\b(?:abandoned|damaged|disabled|stranded)\s+(?:[\w-]+\s+)?[\w-]+$")
_HURT = re.compile(r"\b(?:killed|killing|died|dead|injured|injuring|wounded|wounding)\b")
# Charges going off in a demolition: "explosives went off as troops demolished houses",
# "Israeli troops blew up houses in Rafah; the explosives went off one after another"
_WENT_OFF = re.compile(r"(?:exploded|went off)$")
# Words of an attack from afar that brought buildings down
_FROM_AFAR = re.compile(r"\b(?:(?:air ?)?strikes?|struck|airstrikes?|bomb\w*|shell\w*|missiles?|"
                        r"rockets?|warplanes?|jets?|artillery|tank fire)\b")
# The captors telling of bodies they dug out themselves
_CAPTORS_FOUND = re.compile(r"\b(?:hamas|islamic jihad|qassam|quds brigades|al-quds|"
                            r"(?:its|their) (?:fighters|members|men)|militants|captors)\b"
                            r"(?![^.;]*\b(?:army|military|idf|troops|forces|soldiers)\b)")
# The army's destruction of buildings (not "the hospital was burned and destroyed during the
# raid, while air strikes hit Khan Younis": a raid's destruction, the strikes elsewhere)
_ARMY_DESTROYED = re.compile(r"(?:army|military|forces|troops|soldiers|idf|occupation) "
                             r"(?:[a-z]+ ){0,2}destroy")
# Where the strikes told beside it are another attack: "the army destroyed homes in Rafah on
# Sunday, a day after air strikes on Khan Younis killed 10 people"
_OTHER_CLAUSE = re.compile(r";|,?\s+(?:a|one|two|three|several|hours?|days?|weeks?) (?:days? |"
                           r"weeks? |hours? )?(?:after|before)\b|\b(?:while|whereas|as)\s")


def _clause_end(low: str, at: int, end: int) -> int:
    cut = _OTHER_CLAUSE.search(low, at, end)
    return cut.start() if cut else end


_DEMOLITION = re.compile(r"\b(?:demolish\w*|demolitions?|(?:blew|blow(?:s|ing)?|blown) up "
                         r"(?:[\w'-]+ ){0,3}?(?:houses?|homes?|buildings?|blocks?|towers?|"
                         r"neighbou?rhoods?|mosques?|schools?))\b")
# Who forced an evacuation by force: "the raid on Kamal Adwan Hospital forced patient and
# staff evacuation", "troops stormed the hospital, forcing out patients and staff" (not "the
# power cut forced patient and staff evacuation", "the WHO led a forced evacuation of
# patients", "the flooding forced out the patients")
_FORCE_NAMED = re.compile(r"\b(?:raid\w*|storm\w*|israel\w*|forces|troops|soldiers|army|"
                          r"military|idf|tanks?|siege|(?:air ?)?strikes?|bombard\w*|shell\w*|"
                          r"attacks?|gunmen)\b")
_LEFT_BEHIND = re.compile(r"unexploded|uxos?\b|explosive remnants|landmines?")
# ... or come upon before any went off: "forces encountered explosive devices and terrorist
# squads", "troops located and dismantled IEDs in the building", "located weapons and an
# explosive device (IED)": the device's short name told after it (not "encountered an
# explosive device that detonated, wounding two": one that went off)
_DEVICE = re.compile(r"explosive (?:devices?|traps?)|ieds?\b|landmines?|booby[- ]trap(?:s|ped)?\b|"
                     r"(?:roadside|car) bombs?")
_COME_UPON = re.compile(r"\b(?:found|find|finds|finding|located|locating|uncovered|discovered|"
                        r"encountered|encountering|seized|confiscated|dismantled|dismantling|"
                        r"defused|defusing|neutrali[sz]ed|detected|cleared|removed)\s+"
                        r"(?:(?!(?:with|using|by|when|as|after)\b)[\w'’-]+,?\s+){0,12}\(?$")
# (in the finding's own clause: not "Troops searching houses found weapons in Rafah, then an
# IED hit their armoured vehicle", "forces found weapons in a house, and an explosive device
# planted nearby targeted their tank": a bomb that went off, told next)
_NEXT_CLAUSE = re.compile(r",\s+(?:and|then|but|while|before|after|when|as)\b|\bthen\b")
# ... or told found after it: "Rifles, explosive devices and operational maps were found in
# the compound"
_FOUND_AFTER = re.compile(r"(?:\s+[\w,'’-]+){0,6}?\s+(?:were|was|had\s+been|have\s+been|has\s+been)"
                          r"\s+(?:found|located|seized|uncovered|discovered|dismantled|defused|"
                          r"confiscated|neutrali[sz]ed|detected|removed)\b")
# (looked for in the hazard's own stretch of the sentence, up to a semicolon)
_HARM_OR_BLAST = re.compile(r"\b(?:killed|killing|died|dead|injured|wounded|maimed|"
                            r"explo(?:ded|sion|sions|des)|detonat\w*|blasts?|went off|"
                            r"goes off|set off|triggered)\b")
# "targeted an Israeli enemy Merkava tank with a highly explosive landmine": a mine used
# (not "areas contaminated with landmines", "destroyed the fields and left them strewn with
# unexploded ordnance", "destroyed a tunnel rigged with landmines": what was left behind)
_USED_WITH = re.compile(r"\b(?:targeted|struck|hit|attacked|blew\s+up|destroyed|ambushed)\s+"
                        r"(?:(?!(?:and|or|left|leaving|strewn|littered|contaminated|riddled|"
                        r"rigged|booby-trapped|packed|laced|seeded|filled|planted|mined|"
                        r"covered)\s)[\w'’-]+\s+){1,6}?"
                        r"with\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$")
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
# operations": work, not a military operation.
_NOT_MILITARY = re.compile(r"\b(?:humanitarian|rescue|relief|aid|medical|health|hospital|"
                           r"search|recovery|distribution|suspend(?:s|ed|ing)?|"
                           r"halt(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|stop(?:s|ped|ping)?)\s+$")
# "Operation Gideon's Chariots II": a campaign's name, not fighting the sentence tells,
# unless the sentence launches it
_NAMED_OPERATION = re.compile(r"Operation\s+[\"“‘']?[A-Z]")
_LAUNCHED = re.compile(r"\b(?:launch\w*|began|begins?|start\w*|commenc\w*|initiat\w*)\s+"
                       r"(?:[\w-]+\s+){0,3}$")
# "groups involved in blocking humanitarian aid delivery", "aid convoys ready to enter Gaza
# have remained on the Egyptian side": aid that did not move
_AID_HELD_UP = re.compile(r"\b(?:(?:block\w*|disrupt\w*|obstruct\w*|imped\w*|hinder\w*|"
                          r"bann\w*|barr(?:ed|ing)|refus\w*|fail\w*|restrict\w*|slow\w*|"
                          r"progress)\b(?:\W+\w+){0,6}\W*|"
                          # (within the clause: not "deliveries were halted for two days,
                          # aid trucks entered Gaza on Sunday"; "Israel does not allow the
                          # entry of aid trucks", not "After weeks in which Israel would not
                          # allow aid trucks in, 30 aid trucks entered Gaza on Sunday")
                          r"(?:halt\w*|paus(?:e|ed|es|ing)|(?:not|never)\s+allow\w*)\b"
                          r"(?:\s+\w+){0,6}\s*)$")
_AID_WAITING = re.compile(r"\s+(?:\w+\s+)?(?:ready|waiting|stuck|stranded|queued|awaiting)\b|"
                          # "Trucks carrying aid remained lined up on the Egyptian side"
                          # (not "Aid trucks that were lined up at Rafah entered Gaza",
                          # "remained lined up at Rafah on Tuesday before they entered
                          # Gaza": the trucks that went in)
                          r"\s+(?:(?!(?:that|which)\b)\w+\s+)?(?:remain(?:s|ed)?|are|were|sat|"
                          r"stood|stand)\s+(?:\w+\s+)?(?:lined\s+up|parked|queued|idle)\b"
                          r"(?![^.;]*\b(?:before|until|then|and|when)\s+(?:they\s+|it\s+|"
                          r"finally\s+|eventually\s+)?(?:entered|crossed|arrived|reached|"
                          r"rolled)\b)|"
                          # "hundreds of aid trucks were being prepared near the Rafah
                          # crossing": aid made ready, not yet on its way in
                          r"\s+(?:is|are|was|were)\s+(?:still\s+)?being\s+(?:prepared|readied|"
                          r"loaded|assembled|organi[sz]ed|mobili[sz]ed|inspected|checked)\b|"
                          # "aid delivery is seriously hampered"
                          r"\s+(?:is|are|was|were|has been|have been|remains?|remained)\s+"
                          r"(?:\w+\s+)?(?:hampered|blocked|impeded|hindered|restricted|"
                          r"obstructed|halted|suspended|denied|disrupted|delayed)\b")
# "policemen deployed to secure the entry of aid trucks", "guards securing aid trucks", "men
# tasked with protecting aid trucks": a role or an aim, not a delivery told (not "police
# secured aid trucks", "were guarding aid trucks as they entered Rafah on Tuesday": told)
_AID_GUARDED = re.compile(r"\b(?:secur|guard|protect)(?:e|ing)?\s+(?:the\s+|an?\s+)?"
                          r"(?:(?:safe\s+)?(?:entry|passage|delivery|arrival|movement|flow|"
                          r"convoy)\s+of\s+(?:the\s+|an?\s+)?)?(?:[\w-]+\s+)?$")
# (nor "police deployed on Sunday to secure aid trucks entering Gaza through Kerem Shalom":
# the aid told on its way in)
_AID_MOVING = re.compile(r"\s+(?:\w+\s+)?(?:(?:that|which)\s+(?:have\s+|had\s+)?|as\s+they\s+)?"
                         r"(?:enter(?:ed|ing|s)?|cross(?:ed|ing|es)|arriv(?:ed|ing|es)|"
                         r"reach(?:ed|ing|es)|roll(?:ed|ing|s)\s+in)\b")
# "an average of 161 aid trucks a day entered", "90 trucks per day crossed on average": a
# rate over a stretch of time, not a delivery of a day ("a day" after a count: not "for the
# first time in a day", "trucks that had waited for more than a day", "after a day-long
# halt"; and looked for after the aid only up to a comma: not "120 aid trucks entered Gaza,
# above the average of 80", "95 aid trucks entered Gaza, averaging 60 tonnes of flour")
_AID_RATE = re.compile(r"\b(?:(?:an\s+|the\s+)?average\s+of|on\s+average|daily\s+average|"
                       r"averag(?:ed|ing)|(?:per|each|every)\s+(?:working\s+)?day\b|"
                       r"(?:(?<=\d\s)|(?<=s\s)|(?<=once\s)|(?<=twice\s))a\s+(?:working\s+)?"
                       r"day\b(?![-'’])(?!\s+(?:after|before|later|earlier|ago|of)\b))\b")
_RATE_END = re.compile(r"[,;.]")  # (where a rate told after the aid ends)
# ... but a rate over days the sentence names is the deliveries of those days: "Between 9 and
# 11 February, an average of 84 aid trucks per day entered Gaza", "over the past three days"
# (not "During March" nor "in October": a month's figure) (over folded text)
_RATE_OVER_DAYS = re.compile(rf"\bbetween\s+(?:the\s+[\w]+\s+of\s+)?(?P<d1>\d{{1,2}})"
                             rf"(?:\s+(?P<m1>{MONTH_NAMES.lower()}))?\s+and\s+(?P<d2>\d{{1,2}})\s+"
                             rf"(?P<m2>{MONTH_NAMES.lower()})\b|"
                             r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:(?P<n>[\w-]+)\s+)?"
                             r"(?:days|hours)\b|"
                             # (not "OCHA said on Monday that an average of 98 trucks a day
                             # entered in January": the day of the saying)
                             r"(?<!\bsaid\s)(?<!\breported\s)(?<!\bannounced\s)(?<!\bstated\s)"
                             rf"(?:\b(?:on|since)\s+(?:{WEEKDAY_PATTERN.lower()}|\d{{1,2}}\s+"
                             rf"{MONTH_NAMES.lower()})\b|\byesterday\b)")
# (a few days only, not "Between 1 and 31 January" nor "over the past 100 days": a month's
# figure or longer)
_FEW_DAYS = 10
_DAY_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "few": 3, "several": 5, "couple": 2}
# (nor "On Monday, OCHA said an average of 98 trucks per day entered during January")
_IN_A_MONTH = re.compile(rf"\b(?:in|during|for|throughout)\s+(?:the\s+month\s+of\s+)?"
                         rf"{MONTH_NAMES.lower()}\b")


def _rate_over_days(low: str, start: int, end: int) -> bool:
    """Whether the sentence ``low[start:end]`` names the few days a rate is over ("Between
    9 and 11 February", "over the past three days", "on Monday"), not a month."""
    if _IN_A_MONTH.search(low, start, end):
        return False
    for m in _RATE_OVER_DAYS.finditer(low, start, end):
        if m.group("d2"):
            d1, d2 = int(m.group("d1")), int(m.group("d2"))
            days = d2 - d1 if m.group("m1") in (None, m.group("m2")) else d2 + 31 - d1
            if 0 <= days <= _FEW_DAYS:
                return True
        elif m.group("n") and not m.group("n").isdigit():
            if _DAY_WORDS.get(m.group("n"), _FEW_DAYS + 1) <= _FEW_DAYS:
                return True
        elif m.group("n"):
            if int(m.group("n")) <= _FEW_DAYS or m.group(0).endswith("hours"):
                return True
        else:
            return True
    return False


# a push made by aid, not by troops: "Aid convoys made a push into northern Gaza", "The UN
# made a fresh push into northern Gaza to deliver aid"
_AID_PUSH_BY = re.compile(r"\b(?:aid|convoys?|humanitarian\s+[\w-]+|agencies|unrwa|wfp|the\s+un|"
                          r"united\s+nations)\s+(?:[\w'’-]+\s+){0,4}$")
_AID_PUSH_FOR = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?(?:to\s+(?:deliver|bring|get|distribute)|"
                           r"with\s+(?:\w+\s+)?(?:aid|food|supplies|convoys?|trucks))\b")
# "announced the launch of its food distribution program": the scheme, not a delivery
_AID_SCHEME = re.compile(r"\s+(?:program|programme|plan|scheme|mechanism|system|model)s?\b")
# ... unless the sentence tells it at work: "its food distribution program in Rafah handed
# out 14,550 boxes", "resumed its food distribution programme in Deir al-Balah"
_SCHEME_AT_WORK = re.compile(r"\b(?:hand(?:ed|s|ing)?\s+out|deliver(?:ed|s|ing)|"
                             r"distributed|distributing|reach(?:ed|es|ing)|resum(?:ed|es|ing)|"
                             r"reopen(?:ed|s|ing)|serv(?:ed|es|ing)|provid(?:ed|es|ing)|fed)\b")
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
_PROCURED = re.compile(r"\b(?:acquir\w*|purchas\w*|buy|buys|buying|bought|sell|sells|selling|"
                       r"sold|sales?|suppl(?:y|ies|ied|ying)|orders? of|contracts? for|"
                       r"procur\w*)\s+(?:of\s+)?(?:[\w$.,-]+\s+){0,4}$")
_ARMS = re.compile(r"jets?|warplanes?|aircraft|drones?|missiles?|bombs?")
# "the operation of the 25-bed in-patient section": running a service
_OPERATION_OF = re.compile(r"s? of (?:the |a |an )?(?:(?:[\w-]+ ){0,5}(?:section|unit|ward|bakery|"
                           r"bakeries|kitchens?|clinics?|hospitals?|facilit(?:y|ies)|crossings?|"
                           r"plants?|wells?|services?|generators?|points?)|"
                           # (only a few words before these: not "the operation of its
                           # troops destroyed Hamas tunnel networks")
                           r"(?:[\w-]+ ){0,3}(?:infrastructure|networks?|stations?|systems?))\b")
# "resulting in further civilian casualties, displacement and destruction": a consequence
# named in passing, not a displacement the report tells.
_WEAPON_BEFORE = re.compile(r"\b(?:missiles?|(?:air ?)?strikes?|shells?|shelling|bombs?|bombing|"
                            r"rockets?|projectiles?|drones?|bombardment)\s+(?:[\w-]+\s+)?$")
_CONSEQUENCE = re.compile(
    r"\b(?:resulting in|results? in|resulted in|causing|caused|causes?|leading to|led to|"
    r"exacerbat\w+|triggering|driving|drove|drives)\s+"
    r"(?:(?:[\w-]+\s+){0,3}[\w-]+,?\s+(?:and\s+)?){0,4}$")
# "An Israeli airstrike hit a house in Jabalia and set it on fire", "drones fired at the
# house and set it alight", "the sky was set alight by flares": what a strike or a shot
# burned, told in the clause before the fire
_LIT_BY_FIRE = re.compile(r"\b(?:(?:air ?)?strikes?|airstrikes?|struck|shell(?:s|ed|ing)?|"
                          r"missiles?|bomb(?:s|ed|ing)?|bombardment|rockets?|drones?|"
                          r"quadcopters?|warplanes?|jets?|aircraft|tanks?|artillery|"
                          r"explosions?|blasts?|projectiles?|fired|flares?|incendiary)\b")
# "a cooking stove ...; three tents were set alight", "set her tent alight while cooking": a
# fire by mishap
_FIRE_BY_MISHAP = re.compile(r"\b(?:stoves?|cooking|candles?|electrical|short[ -]circuit|"
                             r"gas (?:leaks?|cylinders?)|heaters?|generators?|accident\w*)\b")
# "Patients, staff and medical supplies were transferred to Nasser Medical Complex", "the
# hospital's medical supplies were transferred to the European Hospital": a ward moved, not
# goods brought in (the goods told before "were ... to")
_GOODS_TOLD_MOVED_TO = re.compile(r"(?:were|was|have been|has been|had been) (?:\w+ )?"
                                  r"(?:delivered|distributed|transferred|brought) (?:in)?to$")
_WARD_MOVED = re.compile(r"\b(?:(?:patients|wounded|injured|sick|babies|infants|newborns|"
                         r"staff|doctors|nurses|medics|personnel)(?:,? (?:and )?(?:the |their )?"
                         r"[\w-]+){0,3},? (?:and|along with|together with|as well as) "
                         r"(?:the |their |its )?(?:[\w-]+ )?|(?:hospital|unit|ward|department|"
                         r"clinic|centre|center|complex)'s (?:[\w-]+ )?)$")
# "rockets were fired from Beit Hanoun", "a launch post, from which rockets were fired"
_ROCKETS_TOLD_FROM = re.compile(r"(?:from (?:which|where) (?:\w+ )?|(?:[\w-]+ )?)" + ROCKETS_FIRED)
# "ordered the evacuation of eastern Khan Younis, saying rockets had been fired from Khan
# Younis": the order's reason
_GIVEN_AS_REASON = re.compile(r"\b(?:saying|claiming|alleging|arguing|citing|as)\s+(?:that\s+)?$")
# "The army said it hit the site in Beit Hanoun from which rockets were fired"
_STRUCK_BEFORE = re.compile(r"\b(?:struck|hit|bombed|targeted|attacked|destroyed|raided|"
                            r"shelled|demolished|blew up)\b")
# "Beit Hanoun, from which rockets were fired for years", "over the years, hundreds of
# rockets were launched from Beit Hanoun", "in recent weeks": a place's record, no fire of
# a day
_LAUNCH_RECORD = re.compile(r"\b(?:for (?:years|months|decades)|over the (?:years|decades|"
                            r"past (?:years|months|decades))|in (?:the )?recent (?:weeks|"
                            r"months|years)|in (?:past|previous|earlier) (?:wars|conflicts|"
                            r"rounds|years|escalations)|last (?:month|year)|(?:almost |nearly )?"
                            r"(?:daily|every day)|often|regularly|repeatedly|frequently|"
                            r"routinely|(?:has|have|had) long (?:said|claimed|alleged|"
                            r"maintained|accused))\b")
# "civilians fleeing to southern Gaza", "shootings of fleeing civilians": people described
# by their flight, not a flight the report tells
_FLEEING_PEOPLE = re.compile(r"\b(?:against|on|at|for|by|to|(?<!reports )(?<!report )of)\s+"
                             r"(?:the\s+)?(?:[\w-]+\s+)?"
                             r"(?:civilians|refugees|people|families|palestinians|those|"
                             r"residents|others|idps|gazans|children)\s+$")
# "resulted in ... the displacement of at least 5,000 people": a consequence with a count
# of its own is one the report tells
_COUNTED = re.compile(r"\s+of\s+(?:at least |about |some |more than |over |nearly |up to |"
                      r"around |an estimated )?\d")
_FLEEING_ADJECTIVE = re.compile(r"\s+(?:civilians|people|families|palestinians|residents)\b")
# "IDPs fleeing from the north are reporting dead bodies in the streets": who tells, not
# a flight the report tells
_FLEEING_WITNESS = re.compile(r"\b(?:idps|people|palestinians|families|residents|civilians|"
                              r"those|children|women|men|survivors)\s+$")
_TELLS_AFTER = re.compile(r"[^.;,]{0,80}?(?<!being )(?<!been )(?<!were )(?<!was )"
                          r"\b(?:(?:are|were|have|has|had)\s+)?(?:reporting|reported|reports?|say|"
                          r"said|saying|describ\w+|recount\w*|spoke|speak\w*|tell(?:s|ing)? of|"
                          r"(?:told|telling)\s+(?!to\b|by\b))")
# (a flight given its own day, "fleeing Beit Lahia on Monday", is one the report tells)
_OWN_DAY = re.compile(rf"\b(?:{A_DAY})\b")
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
# "the family were fleeing Gaza City when their car was shelled", "civilians attempting to
# relocate to southern Gaza were struck": the flight is what the victims were doing when
# the attack the sentence tells came, not an event of its own.
_FLIGHT_AS_CIRCUMSTANCE = re.compile(r"\b(?:(?:were|was) (?:(?!being\b)\w+ )?|(?:attempting|trying|"
                                     r"tried|attempted|seeking|sought|try) to )$")
# (the harm falls on those fleeing: a passive verb straight after the flight phrase, or
# "when they / their car was ..."; not "as tanks shelled the area", a cause)
_HARMED_AFTER = re.compile(r"(?:[^.;,]{0,80}?\b(?:when|as)\s+(?:they|he|she|their\s+[\w-]+|"
                           r"the\s+(?:car|vehicle|convoy|cart|truck|bus|group))\s+"
                           r"(?:was|were|came)\s+|(?:(?!\b(?:as|when|after|while|and|but)\b)"
                           r"[^.;,]){0,80}?\s(?:were|was)\s+)(?:\w+\s+)?\b(?:struck|"
                           r"killed|shot|hit|targeted|attacked|shelled|bombed|fired (?:on|at)|"
                           r"under)\b|"
                           # "when an Israeli airstrike hit their car": harm done to them
                           r"[^.;,]{0,80}?\bwhen\b[^.;,]{0,60}?\b(?:struck|hit|targeted|shelled|"
                           r"bombed|fired (?:on|at)|opened fire on)\s+(?:their|them|him|her|the "
                           r"(?:car|vehicle|convoy|cart|truck|bus|group))\b")
# "Some of the dead had just fled Khan Younis hours earlier": who the dead or wounded were
# ("most of those killed had sought shelter there after fleeing Jabalia", "the victims, who
# had fled Khan Younis": where they came from before, told in more words)
_THE_DEAD_HAD = re.compile(r"\b(?:the\s+)?(?:dead|victims|those killed|the killed|wounded|"
                           r"injured)(?:,\s+who)?\s+(?:had|have|were|was)\s+"
                           r"(?:(?:\w+\s+)?|(?:[\w-]+\s+){1,5}?(?:after|before)\s+)$")
# "The heavy rains forced hundreds of families out of their flooded tents": weather, not
# the war, drove them out (checked over the words before "forced ... out of")
_FORCED_BY_WEATHER = re.compile(r"\b(?:rains?|rainfall|downpours?|floods?|flooding|floodwaters?|"
                                r"storms?|winds?|winter|cold|heatwave|sewage)\b[^.;,]{0,40}$")
# "Many of the injured and killed, including children, were evacuated from the targeted
# house to hospitals": the casualties carried away, not a flight
_THE_HURT_BEFORE = re.compile(r"\b(?:injured|wounded|casualties|killed|dead|victims)\b"
                              r"(?:,\s+[^,.;]{1,40},)?\s+$")
# ... from where they were hit, or to hospital (not "families of the dead were evacuated
# from Beit Hanoun", "the wounded were evacuated from Nasser Hospital as tanks approached")
_CARRIED_AWAY = re.compile(r"\s+(?:\w+\s+)?(?:from\s+the\s+(?:[\w-]+\s+)?(?:targeted|bombed|"
                           r"struck|destroyed|site|scene|rubble|debris)\b|to\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+){0,2}(?:hospitals?|clinics?|medical)\b)")
# "Three people were killed while fleeing Rafah": the harm told first
_WHILE_FLEEING = re.compile(r"\b(?:killed|shot|struck|hit|injured|wounded|targeted|attacked)\b"
                            r"[^.;,]{0,40}\bwhile\s+(?:(?:they|he|she)\s+(?:were|was)\s+)?"
                            r"(?:(?:trying|attempting|seeking) to\s+)?$")
# "opened fire on residents as they fled", "as they fled, they were attacked": the flight
# is when the harm came, not an event of its own
_AS_THEY = re.compile(r"\bas\s+(?:they|he|she|the\s+[\w-]+)\s+(?:were\s+|was\s+)?"
                      r"(?:(?:trying|tried|attempting|attempted)\s+to\s+)?$")
_HARM_WORD = re.compile(r"\b(?:killed|killing|shot|shooting|fired|fire|attacked|struck|hit|"
                        r"targeted|shelled|bombed|wounded|injured)\b")
# ... in the flight's own clause: not "a strike killed four in Deir al-Balah, medics said,
# as the residents fled", "as they fled west; a strike later hit a school"
_HARM_BEFORE_FLIGHT = re.compile(_HARM_WORD.pattern + r"[^,;:.]*$")
# "Palestinians walking north along al-Rashid Road": crowds told on the road
_CROWD_ON_THE_ROAD = re.compile(r"\b(?:north|south)(?:wards?)? (?:along|on|via|up|down) ")
_HARM_AFTER_FLIGHT = re.compile(r"(?:(?!;|,\s+and\s|\.\s)[\s\S])*?" + _HARM_WORD.pattern)
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
# Aid kept out by what is no authority of a crossing: "Israeli strikes on the road halted
# the flow of aid to Rafah", "Heavy fighting has cut off the flow of supplies", "Protesters
# blocked the entry of aid trucks at Kerem Shalom", "Armed gangs blocked the flow of aid"
_KEPT_OUT_BY = re.compile(r"\b(?:protest\w*|demonstrat\w*|activists?|settlers|crowds?|gangs?|"
                          r"looters?|looting|fighting|clashes|hostilities|(?:air ?)?strikes?|"
                          r"shelling|bombardments?|bombing|flood\w*|rains?|storms?|weather|"
                          r"closures?|damage)(?:\s+(?!and\b|or\b|but\b|while\b)[\w'’-]+){0,6}?"
                          # (not "As Israel resumes airstrikes over Gaza and blocks entry of
                          # humanitarian aid": Israel's deed)
                          r"\s+(?:(?:have|has|had)\s+)?$")
# A crossing taken, with aid halted as what its taking did: "Israeli tanks seized the
# Palestinian side of the Rafah crossing, halting the entry of aid" (the seizure is the event)
_BY_ITS_SEIZURE = re.compile(r"\b(?:seized|captured|(?:re)?took control of|(?:re)?taken control of)"
                             r"[^.;:!?]{0,120},\s+$")
# A call, a wish or a charge: "The UN has called on Israel to lift its decision to halt
# the entry of aid", "pressed Israel to allow the UN to resume delivery of aid", "Israel is
# considering halting", "Israel agreed to allow the UN to resume", "Hamas accused Israel of
# halting the entry of aid"
_AID_ENTRY_SOUGHT = re.compile(r"\b(?:call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|"
                               r"push(?:es|ed|ing)?|lobb\w*|wants?|wanted|wanting|seek(?:s|ing)?|"
                               r"sought|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull\w*|"
                               r"lift(?:s|ed|ing)?|revers\w*|agree(?:s|d)?|"
                               r"accus\w*(?:\s+[\w'’-]+){0,3}\s+of)(?:\s+[\w'’-]+){0,6}?\s+$|"
                               # "Israel has repeatedly halted the entry of aid": a habit
                               r"\b(?:repeatedly|periodically|frequently|often|routinely|"
                               r"regularly)\s+$")
# "delays in aid deliveries", "the ongoing closure of key crossings", "looted aid trucks":
# what hinders aid or a state of affairs, not a delivery or a closure that happened.
_HINDERED = re.compile(r"\b(?:delays?|restrictions?|obstacles?|impediments?|denials?|lack|"
                       r"blocking|suspension|ongoing|continued|continuing|looted|looting|raided|"
                       r"raiding|stole|stealing|hamper\w*|hinder\w*|imped\w+|obstruct\w*|"
                       # "charities suspended aid deliveries": deliveries that stopped
                       r"suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing))\s+"
                       r"(?:(?:in|of|to|on)\s+)?(?:the\s+)?(?:key\s+)?(?:humanitarian\s+)?$|"
                       # "the deadly incident at an aid convoy": where it happened
                       r"\b(?:incident|attack|fire|firing|shooting|strike)s?\s+(?:at|on|near)\s+"
                       r"(?:an?|the)\s+$")
# How reports describe displaced people rather than tell a displacement: "people displaced
# by the war", "where she had been forcibly displaced", "who have been repeatedly displaced",
# "1.5 million people now are displaced", "a displaced 86-year-old man", "displaced, sick
# and wounded people", "the number of people displaced", "displaced across the Gaza Strip"
# (a stock for the whole Strip, like a war total).
_DESCRIBED_BEFORE = re.compile(r"\b(?:(?:had|who (?:have|has|had)) been|number of(?: [\w-]+){0,3})"
                               r"\s+(?:[\w-]+ly\s+)?$")
# Who calls for or demands an evacuation as a plea or a term, not as the army's order,
# named before the verb in a sentence that names no Israeli force there
_PLEA_BY = re.compile(r"\b(?:the who|who's|world health organi[sz]ation|un|united nations|"
                      r"unicef|unrwa|ocha|icrc|red cross|red crescent|msf|doctors without "
                      r"borders|aid (?:groups?|agencies|organi[sz]ations)|rights groups?|"
                      r"health ministry|ministry of health|hamas|egypt|qatar|mediators|"
                      r"families)\b")
_ISRAELI_FORCE = re.compile(r"\b(?:army|military|israel|israeli|idf|troops|forces|cogat)\b")
# "Aid agencies told displaced families in Rafah to head toward shelters in Deir al-Balah",
# "Doctors told families of the wounded ... to head toward shelters": where to go told by
# those who help, advice and no order (but "the army told people ... to head toward shelters")
_HEAD_FOR_SHELTER = re.compile(r"\bto (?:immediately )?head (?:\w+ )?(?:to|toward|towards|for)\b")
_ADVISED_BY = re.compile(r"\b(?:aid (?:groups?|agencies|organi[sz]ations|workers)|"
                         r"agenc(?:y|ies)|un|united nations|unrwa|ocha|unicef|wfp|"
                         r"world health organi[sz]ation|icrc|red cross|red crescent|msf|"
                         r"charit(?:y|ies)|volunteers?|doctors?|medics?|nurses?|paramedics|"
                         r"civil (?:defen[cs]e|emergency)|municipalit(?:y|ies)|"
                         r"mayor|hamas|ministry|rescuers|relief)\b")
# "Al-Awda Hospital in Jabalia said it was surrounded": "it" and "the complex" ringed only
# of a hospital told before (not "the school in Jabalia was shelled; it was surrounded")
_HOSPITAL_BEFORE = re.compile(r"\b(?:hospitals?|medical (?:complex|cent(?:re|er))|clinics?)\b")
# "demanding that they go immediately to the shelters" (a form no other row takes: "they",
# or "go", "move", "head"): an order only when the army is named before it in the sentence
# (not "Egyptian officials demanded that they move the aid trucks", "residents demanded
# that they leave", "protesters demanded that people go out into the streets")
_DEMANDED_THAT = re.compile(r"demand\w* that (?:they .*|.* (?:go|move|relocate|head))")
# "84 per cent of the Gaza Strip is under evacuation orders", "the total number of aid
# trucks entering": a stock, not an order or a delivery of the day.
_STOCK_BEFORE = re.compile(r"\b(?:(?:per cent|percent|%) of (?:the )?gaza(?: strip)? "
                           r"(?:[\w-]+ ){0,3}under (?:[\w-]+ ){0,2}|"
                           r"(?:total|number) of (?:[\w-]+ ){0,3})$")
# "more than 2,300 trucks have entered Gaza so far in February": a running count
_STOCK_AFTER = re.compile(r"[^.;]{0,40}?\b(?:so far|to date|in total|since the (?:ceasefire|"
                          r"start|beginning|outbreak|war|resumption))\b")
# "UNRWA has provided food parcels to over 500,000 people ... since 19 January", "more
# than 6,000 tons of aid have been delivered since May 17": a running total since a date,
# told in the present perfect (not "aid entered Gaza on Sunday for the first time since 2
# March", "trucks that had waited since 2 March entered": a day's delivery)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:now|already|so\s+far|since)\s+)?"
                             r"(?:(?:provided|delivered|distributed|supplied|handed\s+out|sent|"
                             r"given|brought|transferred|dispatched|reached|served)\s+"
                             r"(?:[\w,-]+\s+){0,3})?$")
_PERFECT_AFTER = re.compile(r"(?:\s+(?!(?:that|which|who)\b)[\w,-]+){0,4}?\s+(?:has|have)\s+"
                            r"(?:(?:now|already|so\s+far)\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b")
_SINCE_A_DATE = re.compile(rf"[^.;]{{0,100}}?(?<!first time )(?<!first )\bsince\s+"
                           rf"(?:\d{{1,2}}\s+{MONTH_NAMES.lower()}|{MONTH_NAMES.lower()}"
                           r"(?:\s+\d{1,2})?)\b")
# (not "the first aid convoy since 2 March has entered Gaza": the first in that time, the
# day's delivery)
_FIRST_SINCE = re.compile(r"\b(?:first|largest|biggest|only)\s+(?:[\w-]+\s+){0,2}$")
# "aid workers killed while delivering food", "the pier has handled thousands of tons of
# aid, with Fogbow delivering over a thousand pallets": the delivery as what someone was
# doing when another thing is told, or as a detail of a total (not "after unloading 100
# tonnes of food", "also delivering supplies and medicines": done)
_DELIVERING = ("delivering", "transferring", "unloading", "offloading")
_WHILE_DOING = re.compile(r"\b(?:while|when|as\s+(?:they|he|she|it|we)\s+(?:were|was)|"
                          r"with\s+(?:[\w'’-]+\s+){1,3})\s*$")
# "The ceasefire that took effect on 19 January continues to hold": the deal named by when
# it began, the sentence telling that it holds (not "The ceasefire took effect on Sunday")
_STILL_HOLDS = re.compile(r"(?:\s+(?:on|at|in|since)\s+[^,.;]{1,30}?)?,?\s+(?:continues?|"
                          r"continued|remains?|remained|holds|held|(?:has|have|had)\s+"
                          r"(?:\w+ly\s+|so\s+far\s+)?(?:held|been\s+(?:\w+ly\s+)?(?:maintained|"
                          r"respected|holding))|(?:is|was)\s+(?:still\s+|\w+ly\s+)?holding)\b")
# "in violation of the ceasefire agreement that came into force on 10 October", "more than
# 125 violations of the agreement since it entered into force": the deal broken or kept,
# named by its start (not "The ceasefire agreement came into force on Sunday", nor "the
# truce that took effect on Sunday was broken within hours", "breaching the truce, which
# took effect on Sunday": its start told as the news of the days)
_DEAL_KEPT = re.compile(r"\b(?:violat\w*|breach\w*|commitment\s+to|committed\s+to|"
                        r"obligations\s+under|terms\s+of|abid\w*\s+by|adher\w*\s+to|"
                        r"guarantors\s+of)\s+(?:of\s+)?(?:the\s+|its\s+|this\s+)?"
                        r"(?:[\w-]+\s+){0,2}$")
# (nor "the truce that took effect at dawn", "that came into force hours earlier", "at
# 11:15 am", "on 10 October" in a report of 11 October: the start told as the day's news)
_ITS_DAY_TOLD = re.compile(rf"[^.;,]{{0,40}}?\b(?:on\s+{WEEKDAY_PATTERN.lower()}|today|"
                           r"yesterday|overnight|last\s+night|this\s+morning|(?:an?\s+|two\s+|"
                           r"few\s+|several\s+)?(?:hours?|minutes?)\s+(?:earlier|ago|before)|"
                           r"at\s+(?:noon|midday|midnight|dawn|daybreak|\d{1,2}[:.]\d\d|"
                           r"\d{1,2}\s*(?:am|pm|a\.m)))\b")
_ITS_DATE = re.compile(rf"[^.;,]{{0,40}}?\bon\s+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+"
                       rf"(?P<m>{MONTH_NAMES.lower()})|(?P<m2>{MONTH_NAMES.lower()})\s+"
                       r"(?P<d2>\d{1,2}))\b")
_MONTH_NUMBER = {m: i for i, m in enumerate(MONTH_NAMES.lower()[3:-1].split("|"), 1)}


def _started_on_the_days(low: str, stop: int, end: int, published: date | None) -> bool:
    """Whether the deal's start told at ``low[stop:]`` is a day of the report or the one
    before ("the ceasefire agreement that came into force on 10 October" in a report of
    11 October)."""
    if _ITS_DAY_TOLD.match(low, stop, end):
        return True
    day = _its_date(low, stop, end, published)
    return day is not None and 0 <= (published - day).days <= 2


def _its_date(low: str, stop: int, end: int, published: date | None) -> date | None:
    """The deal's start told at ``low[stop:]`` as a date ("on 10 October"), in the report's
    year; None where none is told or the report has no day."""
    told = _ITS_DATE.match(low, stop, end) if published is not None else None
    if told is None:
        return None
    month = _MONTH_NUMBER[told.group("m") or told.group("m2")]
    try:
        return date(published.year, month, int(told.group("d") or told.group("d2")))
    except ValueError:
        return None


_DEAL_AS_FRAME = re.compile(r"\b(?:despite|in\s+spite\s+of|under|during|amid|since|after|"
                            r"throughout)\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’-]+\s+){0,3}$")


def _started_days_before(low: str, stop: int, end: int, published: date | None) -> bool:
    """Whether the deal's start told at ``low[stop:]`` is a date well before the report's
    days ("the ceasefire that took effect on October 10" in a report of late November)."""
    day = _its_date(low, stop, end, published)
    if day is None:
        return False
    return (published - latest_on_or_before(day, published)).days > 2


_SINCE_IT = re.compile(r"\bsince\s+(?:it|they|the\s+(?:deal|agreement|truce|ceasefire))\b")
# "Shortly after having issued the evacuation orders, Israel began its assault": what is
# told as the time of something else
_HAVING = re.compile(r"\bhaving\s+(?:[\w-]+\s+){0,2}$")
_UNDER_ORDERS = re.compile(r"\b(?:(?:are|is|remain|remains|remained|still|already|currently|"
                           r"were|was)\s+under|(?:areas?|zones?|parts?)\s+(?:(?:affected|covered)"
                           r"\s+by|under))\s+(?:(?!new\b|fresh\b)[\w-]+\s+){0,2}$")
# "frequent evacuation orders and relentless hostilities are devastating the health system",
# "patients impacted by the violence or evacuation orders": orders as a pattern of the war
_HABITUAL_ORDERS = re.compile(r"(?<!military )(?<!army )(?<!forces )(?<!israel )(?<!idf )"
                              r"(?<!authorities )\b(?:frequent|repeated|recurrent|recurring|"
                              r"successive|constant|continuous|continual|endless|"
                              r"(?:violence|hostilities|bombardments?|strikes|fighting),?\s+"
                              r"(?:or|and))\s+(?:(?!its\b|their\b|the\b|new\b|fresh\b|"
                              r"further\b|latest\b)[\w-]+\s+)?$")
# "families are on the move again due to military operations and Israeli evacuation orders",
# "200,000 people have been displaced over last week in the wake of Israeli evacuation
# orders", "people moving southward in compliance with the military order to evacuate the
# north": orders told as the cause of a flight or a state, given before (not "as a result of
# today's directives", "following an evacuation order issued on 8 August": the day's)
_ORDERS_AS_CAUSE = re.compile(r"\b(?:due to|because of|owing to|in the wake of|as a result of|"
                              r"in compliance with|in line with|in accordance with|"
                              r"(?:followed|follows)\s+[^.;]{0,100}?\s+(?:and|as well as))\s+"
                              r"(?:(?!today|yesterday|tonight|new\b|fresh\b|latest\b|further\b|"
                              r"renewed\b)[\w'’-]+\s+){0,4}$")
# (nor "families fled Khan Younis on Monday due to evacuation orders", "have left Rafah since
# Monday because of evacuation orders": the flight of a day, its orders that day's)
_CAUSE_CLAUSE = re.compile(r"[^.;]*$")
# (orders told with their issuing or their area: "orders issued by the military on 22 July",
# "orders for eastern Rafah")
_ORDERS_TOLD = re.compile(rf"s?\s+(?:issued|announced|posted|{ON_DAY})\b")
# (but "issued repeated evacuation orders on Monday", "hospitals have received repeated
# evacuation orders" tell orders given)
_ORDERS_GIVEN = re.compile(r"\b(?:issu|receiv|gave|give|sent|send|dropp|distribut|announc|post|"
                           r"publish|renew|reiterat)\w*\s+"
                           r"(?:[\w-]+\s+){0,2}$")
# "Monday's evacuation order", "the 16 August order": an order given its day
_DAY_OWNED = re.compile(rf"\b(?:{WEEKDAY_PATTERN.lower()}|today|yesterday)['’]s\s+(?:[\w-]+\s+)?$|"
                        r"\b\d{1,2}\s+[a-z]+\s+(?:[\w-]+\s+)?$")
# (nor "on the move due to the army's evacuation order for Rafah": the order told with its
# area)
_ORDERS_FOR = re.compile(r"s?\s+(?:for|covering|affecting|(?:in|on)\s+(?!place\b|force\b|"
                         r"effect\b|recent\b|the\s+(?:past|last|area|region)\b|gaza\b|the\s+"
                         r"(?:gaza\s+)?strip\b|(?:the\s+)?(?:past|last)\b))\b")
# "the army placed new areas under evacuation orders": orders given, not a standing state
_PLACED = re.compile(r"(?<!\bthe )(?<!\bnewly )(?<!\brecently )(?<!\balready )"
                     r"\b(?:(?:plac|put|brought|bring|expand|extend|enlarg|widen|declar|designat)"
                     r"\w*|add(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,3}$")
_STATE_BEFORE = re.compile(r"\b(?:(?:now )?(?:are|is)(?: now| currently| still)?|an?)"
                           r"\s+(?:[\w-]+ly\s+)?$")  # before the word "displaced" only
# (... and people told by what drove them out, a campaign or a kind of violence with no act
# of its own: "people displaced by the Israel's war", "was displaced by fighting", "displaced
# by Israeli bombardment take shelter", "displaced inside Gaza by six weeks of invasion"; not
# "displaced by the strike on Monday", "by the offensive in Rafah this week", "by the raid":
# a day told, or one act; see _DRIVEN_OUT_ON_A_DAY)
_DRIVEN_OUT_BY = r"(?:war|wars|conflict|invasion|fighting|hostilities|violence|aggression|" \
    r"bombardments?|bombings?|bombing\s+raids|shelling|airstrikes|air\s+strikes|strikes|" \
    r"attacks|offensives?|assaults?|operations|clashes|escalation|genocide)"
_DESCRIBED_AFTER = re.compile(
    r"\s+(?:(?:inside|within|in|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,2}?)?by\s+"
    r"(?:(?:the|this|their|its|(?:[\w-]+\s+)?(?:days|weeks|months|years)\s+of)\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?P<driven>{_DRIVEN_OUT_BY})\b|"
    r",\s+(?!(?:and|while)\s+(?:at\s+least\s+)?\d)(?:[\w-]+,?\s+){0,3}(?:and\s+)?[\w-]+\s+"
    r"(?:people|persons|civilians|patients|children|families)\b|"
    r"\s+(?:[\w-]+\s+){0,2}(?:across|within|throughout)\s+(?:the\s+)?gaza\b"
    r"(?!\s+(?:city|governorate))")
# "There are more than 650 patients and some 7,000 displaced here", "the school houses 3,000
# displaced": a head count of the people sheltering at a place, the word a noun (not
# "some 7,000 displaced from Jabalia", "80,000 displaced since Tuesday": a flight counted)
_HEADCOUNT = r"(?:\d[\d,.]*|dozens|hundreds|thousands|tens\s+of\s+thousands)\s+(?:of\s+)?"
_HEADCOUNT_BEFORE = re.compile(rf"\b(?P<host>(?:hous|host|shelter)(?:es|s|ed|ing)?\s+"
                               r"(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least|"
                               rf"an\s+estimated)\s+)?)?{_HEADCOUNT}$")
_HEADCOUNT_AFTER = re.compile(r"\s+(?:here|there|inside|(?:in|at|on)\s+(?:the|this|that|its|our|"
                              r"their)\s+(?:[\w'’-]+\s+)?(?:hospital|compound|complex|building|"
                              r"grounds|school|shelter|yard|courtyard|site|facility|centre|center))\b")


def _described_after(text: str, low: str, start: int, at: int, stop: int, end: int) -> bool:
    """Whether the words after the flight word at ``low[at:stop]`` describe the people
    rather than tell a flight: a stock for the Strip, or what drove them out with no day of
    its own in the clause."""
    after = _DESCRIBED_AFTER.match(low, stop, end)
    if after is None or after.group("driven") is None:
        return after is not None
    clause = _CAUSE_CLAUSE_END.search(low, after.end(), end)
    stop_clause = clause.start() if clause else end
    if _DRIVEN_OUT_ON_A_DAY.search(low, after.end(), stop_clause):
        return False
    if _THE_WAR_ITSELF.fullmatch(after.group("driven")):
        return True
    # (an attack, not the war, is told as a flight of the report when the flight is counted
    # or new ("Some 300 families were displaced by", "were newly displaced by"), when the
    # attack is on a named place or kills ("by shelling of Beit Hanoun", "by the offensive in
    # Rafah", "by airstrikes that killed 30"), or when "the strikes" are those the sentence
    # before told)
    # (all but "newly" only with the flight told in a verb of its own, "were displaced by":
    # not "families displaced by the fighting in Jabalia sheltered in schools", who they are)
    if _NEWLY_FLED.search(low, start, at):
        return False
    return not (_FLED_AS_VERB.search(low, start, at) and (
        _COUNTED_FLIGHT.search(low, start, at) or
        _AT_A_NAMED_PLACE.match(text, after.end(), stop_clause) or
        _CAUSE_HARMS.match(low, after.end(), stop_clause) or
        _BY_THE_ONES_TOLD.match(low, stop, after.end()) and
        re.search(rf"\b{re.escape(after.group('driven')[:5])}",
                  low[max(0, start - 300):start])))


_NEWLY_FLED = re.compile(r"\bnewly\s+$")
_FLED_AS_VERB = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
                           r"(?:[\w-]+ly\s+)?$")
_THE_WAR_ITSELF = re.compile(r"wars?|conflict|invasion|genocide|aggression|hostilities|"
                             r"violence|escalation")
_COUNTED_FLIGHT = re.compile(rf"\b{_HEADCOUNT}(?:[\w'’-]+\s+){{0,2}}?(?:were|was|have\s+been|"
                             r"has\s+been|had\s+been)\s+(?:[\w-]+ly\s+)?$")
_AT_A_NAMED_PLACE = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:of|in|on|across|around|near)\s+"
                               r"(?:the\s+)?(?:(?:eastern|western|northern|southern|central)\s+)?"
                               r"(?:(?:al|el|an|ar|as|ash|az)-)?(?!Gaza\b(?!\s+City)|Strip\b|"
                               r"Hamas\b|Israel\b|Palestin|Hezbollah\b)[A-Z]")
_CAUSE_HARMS = re.compile(r"\s+(?:that|which)\s+(?:have\s+|has\s+)?(?:killed|wounded|injured)\b")
_BY_THE_ONES_TOLD = re.compile(r"\s+by\s+the\s+\w+$")


def _driven_out_by(text: str, low: str, lo: int, start: int, at: int, end: int) -> bool:
    """Whether the trigger at ``at`` is what drove out the people "displaced" just before it,
    told with no day of its own: how they are described, not an attack of the report."""
    word = low.rfind("displaced", lo, at)
    return _described_after(text, low, start, word, word + 9, end) and \
        _DESCRIBED_AFTER.match(low, word + 9, end).start("driven") == at


# (the clause of the cause ends at a new clause or sentence; a day in it is the flight's:
# "displaced by Israeli strikes on Monday", "by the fighting in Rafah this week")
_CAUSE_CLAUSE_END = re.compile(r"[;.!?]|,\s+(?:and|but|while|as|after|where|when|which|who)\b")
_DRIVEN_OUT_ON_A_DAY = re.compile(rf"\b(?:{A_DAY}|this week|last week|since|over the (?:past|last)"
                                  r"|in the (?:past|last))\b")


def _a_headcount(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether "displaced" at ``low[at:stop]`` is the noun of a head count of the people
    sheltering somewhere."""
    if low[at:stop] != "displaced":
        return False
    count = _HEADCOUNT_BEFORE.search(low, lo, at)
    return count is not None and (count.group("host") is not None or
                                  _HEADCOUNT_AFTER.match(low, stop, end) is not None)


# "a resolution calling for ... the release of hostages", "an operation to secure the
# release of four hostages": a release asked for or aimed at, not one that happened
# ("Hamas delays the release of further hostages", "to compel the group into agreeing to a
# new truce and the release of remaining hostages": one put off or bargained for)
_RELEASE_SOUGHT = re.compile(r"\b(?:call(?:s|ed|ing)? for|demand\w*|urg\w+|resolutions?|"
                             r"secur(?:e|ed|ing)|seek\w*|negotiat\w+|talks|proposals?|"
                             r"delay\w*|postpon\w*|agree(?:s|d|ing)?\s+to|"
                             # "mediators were pressing on Wednesday for the release of
                             # more hostages": one pushed for
                             r"(?:press|push)(?:es|ed|ing)?\s+(?:[\w-]+\s+){0,3}?for)\b")
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
# What fighters blew up, or a building with troops inside: "the Qassam Brigades say their
# fighters blew up a house used by Israeli soldiers", "a building where soldiers had holed
# up was blown up" (not "Israeli troops blew up houses in Rafah": the army's demolition)
_BLEW_UP = re.compile(r"(?:blew|blowing|blown) up\b|(?:were|was|been|being) blown up\b")
# (the fighters the doers, not their object: not "Troops killed several militants and blew
# up a tunnel shaft", "troops searching for Hamas militants blew up a tunnel shaft")
_FIGHTERS_BLEW = re.compile(r"\b(?:fighters|militants|gunmen|resistance|mujahideen|"
                            r"(?:qassam|quds|aqsa) brigades)\b(?:\s+(?!and\b)[\w'’-]+){0,3}\s+$")
_ARMY_BLEW = re.compile(r"\b(?:israeli|israel|idf|army|troops|soldiers|forces|engineers?|military|"
                        r"occupation)\b(?:\s+[\w'’-]+){0,3}\s+$")
_ARMY_BEFORE = re.compile(r"\b(?:israeli|idf|army|troops|soldiers|forces|military|"
                          r"occupation)\b")
# (the troops inside the building blown up, told after it: not "Dozens of homes were blown
# up in eastern Khan Younis, where Israeli forces have been operating", "were blown up in
# parts of Khan Younis held by Israeli forces": the army's demolitions where it holds ground)
_BUILDING = (r"\b(?:houses?|homes?|buildings?|structures?|apartments?|flats?|towers?|schools?|"
             r"shelters?|positions?|posts?|tunnels?|shafts?|compounds?)\b[^.;,]{0,40}?")
_TROOPS_INSIDE = re.compile(r"[^.;]{0,20}?" + _BUILDING + r"\b(?:used|occupied|held|manned)\s+"
                            r"by\s+(?:the\s+)?(?:israeli\s+)?(?:soldiers|troops|forces)\b|"
                            r"[^.;]{0,20}?" + _BUILDING + r"\b(?:where|in\s+which)\s+"
                            r"(?:[\w'’-]+\s+){0,3}?(?:israeli\s+)?(?:soldiers|troops|forces)\b"
                            r"(?!\s+(?:(?:have|has|had|were|are|was)\s+)?(?:been\s+)?"
                            r"(?:operating|advancing|pushing|deployed|expanding))")
# guns fired with the bomb: "attacked Israeli troops with rifles and an explosive device"
_GUNS_TOO = re.compile(r"\b(?:rifles?|guns?|gunfire|machine[\s-]?guns?|small arms|sniper\w*|"
                       r"bullets|rpgs?|rockets?|missiles?|shells?|mortars?|grenades?)\b")
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
# The attack's own clause, for the people it hit: from the last comma before it to a clause
# of other victims or another day ("..., while dozens were killed at aid points this week",
# "..., a day after 20 aid seekers were shot", "..., including four who had been waiting
# for aid": not the attack's own crowd)
_OWN_CLAUSE_START = re.compile(r".*[,;:]", re.S)
_OWN_CLAUSE_END = re.compile(r"[;:]|\.\s|[,]?\s+(?:while|whereas|but|including|among\s+(?:them|"
                             r"whom)|(?:days?|hours?|weeks?|months?)\s+(?:after|before|earlier)|"
                             r"besides|in\s+addition\s+to)\b", re.I)
# the weapon a target was hit with, right before the weapon's name: "targeted on Friday with
# a powerful", "struck with an" (a clause of its own: no comma or stop between)
_WITH_THE_DEVICE = re.compile(r"\bwith\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$")
# ... "with" that goes with the people hit, not the verb: "struck militants with an explosive
# device", "a cell armed with", "a militant with an IED" (what they carried)
_WITH_THE_CARRIER = re.compile(r"\b(?:militants?|fighters?|gunmen|gunman|men|man|cells?|squads?|"
                               r"operatives?|members?|suspects?|terrorists?|armed|equipped|"
                               r"carrying|laden|loaded)\s+with\b")
# ... and a strike told by its noun is named as one: "an Israeli strike hit a car with an
# explosive device inside it"
_STRIKE_NOUN = re.compile(r"\b(?:air)?strikes?\b")
# "heavy tank fire east of Bureij and strikes in Nuseirat", "tanks shelled Rafah and jets
# struck Khan Younis": a place, then "and" (over the text itself: a place is written with a
# capital; not "shelling by Israeli tanks and strikes")
_EACH_ITS_PLACE = re.compile(r"\b(?!(?:Israeli?|IDF|Hamas|Palestinian|Islamic)\b)[A-Z][^,;.]*?"
                             r"\s(?:and|as well as)\s")
# "out of the 61 missions to northern Gaza, none were facilitated by Israeli authorities",
# "not a single mission to Jabalia was facilitated", "In May, 30% of missions to northern
# Gaza were facilitated": no mission went, or a rate over a month, not a delivery (but "only
# 2 were facilitated", "28 - or 46 per cent - were facilitated", "42 (49 per cent)": the
# missions counted went)
_NONE_OR_SHARE = re.compile(r"(?:\b(?:none|zero|neither|not\s+(?:a\s+single|one|any))\b|"
                            r"(?<!\bor )(?<!\()\b\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b)|"
                            r"\b(?:half|thirds?|quarters?|proportion|share)\b)[^,;.]*$")
# "Israeli forces completed several missions to Jabalia": the army's missions, not aid
_ARMY_DID = re.compile(r"\b(?:israeli|idf|army|military|troops|forces|soldiers|brigades?)"
                       r"(?:\s+[\w'’-]+){0,2}\s+(?:have\s+|has\s+|had\s+)?$")
# "WHO requested a mission to Kamal Adwan hospital to evacuate 20 patients, but it was
# denied", "a mission was planned on Tuesday to evacuate 22 patients": a move sought, put
# off or refused, not one made ("is preparing a mission to evacuate", "a mission to evacuate
# 20 patients will take place on Monday", "... could not proceed", "... is needed": one to
# come or that never went)
_MISSION_SOUGHT = re.compile(r"\b(?:request\w*|plan\w*|propos\w*|seek\w*|sought|prepar\w*|"
                             r"schedul\w*|await\w*|hop(?:e|es|ed|ing))\s+(?:to\s+\w+\s+)?"
                             r"(?:[\w-]+\s+){0,2}$")
_MISSION_NOT_RUN = re.compile(r"[^.;]*?\b(?:request\w*|planned|planning|proposed|scheduled|"
                              r"pending|awaiting|expected|denied|rejected|refused|impeded|"
                              r"blocked|postponed|cancell?ed|aborted|turned back|failed|unable|"
                              # ("... was forced to turn back at the checkpoint", "... was
                              # halted", "... remains on hold", "... has yet to be approved")
                              r"turn back|forced to return|halted|stopped|obstructed|prevented|"
                              r"on hold|yet to|will|(?:could|did|was|were|has|have|had) not|cannot|"
                              r"(?:is|are|was|were) (?:urgently |still )?needed)\b")
# "A mission to evacuate 14 patients from Kamal Adwan Hospital was completed", "WHO carried
# out a mission to evacuate 14 patients": a mission to evacuate told done (not "... was
# forced to turn back", "... was halted", "... remains on hold", "WHO is working on a mission
# to evacuate 14 patients": one stopped, or still to come)
_MISSION_DONE_BEFORE = re.compile(r"\b(?:completed|conducted|carried\s+out|undertook|undertaken|"
                                  r"led|facilitated|supported|accomplished|"
                                  # "said ..., after the mission to evacuate 24 patients"
                                  r"after|following)\s+(?:[\w-]+\s+){0,3}$")
_MISSION_DONE_AFTER = re.compile(r"[^.;]*?\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)"
                                 r"\s+(?:\w+ly\s+)?(?:completed|conducted|carried\s+out|"
                                 r"undertaken|facilitated|supported|accomplished|led)|"
                                 r"took\s+place)\b")
# "Since the escalation began, 12 missions to evacuate patients from Kamal Adwan have been
# completed", "In October, WHO led five missions to evacuate patients": a tally of missions
# over weeks, not one move
_MISSIONS_TALLIED = re.compile(r"\b(?:so\s+far|to\s+date|in\s+total|altogether|since|"
                               r"this\s+(?:year|month)|(?:in|during|throughout)\s+"
                               rf"{MONTH_NAMES.lower()})\b")  # (over folded text)
# "Israeli forces prevented the evacuation of patients from Kamal Adwan hospital", "WHO is
# seeking to facilitate the evacuation of patients": a move stopped or still to be made
# (not "WHO facilitated the evacuation of 41 patients": made)
_MOVE_HELD_UP = re.compile(r"\b(?:prevent\w*|block\w*|obstruct\w*|imped\w*|hinder\w*|"
                           r"delay\w*|den(?:y|ied|ies|ying)|halt\w*|stop\w*|refus\w*|reject\w*|"
                           r"suspend\w*|request\w*|seek\w*|sought|await\w*|facilitat(?:e|es|ing)|"
                           r"coordinat(?:e|es|ing)|arrang(?:e|es|ing)|secur(?:e|es|ing)|"
                           r"ensur(?:e|es|ing)|allow|permit)\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# "Israeli forces prevented WHO from transferring 20 patients", "WHO was unable to transfer
# 20 patients": a move kept from being made
_KEPT_FROM = re.compile(r"\b(?:(?:prevent\w*|block\w*|stop\w*|barr?(?:ed|ing|s)?|hinder\w*|keep|"
                        r"kept|banned)\s+(?:[\w'’()-]+\s+){0,4}?from|(?:unable|failed|fail|"
                        r"attempt\w*|tried|trying|sought|seeking)\s+to)\s+$")
# "WHO hopes to transfer 20 patients", "urged Israel to allow it to transfer", "WHO
# requested to transfer", "attempted to reach Al Awda Hospital on 24 May to transfer 57
# patients": a move wished for or sought, not made (but "reached the hospital to assess the
# situation and transfer 57 critical patients")
_TRANSFER_SOUGHT = re.compile(r"\b(?:hop(?:e|es|ed|ing)|ready|plan\w*|request\w*|seek\w*|"
                              r"sought|attempt\w*|tr(?:y|ies|ied|ying)|want\w*|wish\w*|"
                              r"needs?|needed|urg\w*|call\w*|ask\w*|allow|permit|aim\w*|"
                              r"intend\w*|expect\w*|due|schedul\w*|prepar\w*|efforts?|bid)\b"
                              r"[^,;.]*$")
# "So far, WHO has transferred 600 patients from hospitals in northern Gaza": a running count
_SO_FAR = re.compile(r"\b(?:so far|to date|in total|altogether)\b")
# "The evacuation of patients from Kamal Adwan hospital remains impossible", "... was
# delayed for hours at a checkpoint", "... has been suspended"
_MOVE_HELD_UP_AFTER = re.compile(r"[^.;,]{0,60}?\b(?:remains?|remained|is|are|was|were|has been|"
                                 r"have been|had been)\s+(?:still\s+|not\s+|being\s+)?"
                                 r"(?:impossible|delayed|suspended|blocked|denied|impeded|halted|"
                                 r"postponed|prevented|obstructed|hampered|stalled|pending|"
                                 r"planned|cancell?ed|possible|on hold)\b")
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
_PASSING = {DISPLACEMENT[1], DESTRUCTION[1]}
_STOCK_TYPES = {EVACUATION[1], AID[1], DISPLACEMENT[1]}
_HINDERED_TYPES = {AID[1], CROSSING[1]}
_LOOK_BACK = 60  # characters before a trigger searched for irrealis words

# The patterns this module looks for through a report's cues (geoevents.anchored).
PATTERNS = (*_ROWS, _IRREALIS_WORD)
_INDEX = PrefixIndex(PATTERNS)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word that says an event happened, with the ACLED type it stands for."""

    event_type: str
    sub_event_type: str
    start: int
    end: int
    text: str
    strength: float


def _fired_by_fighters(low: str, lo: int, at: int) -> bool:
    """Whether what strikes at ``at`` is a projectile fighters fired, named just before it
    in the same clause ("a rocket fired by militants struck a house")."""
    found = fighters_fire(low, lo, at)
    return found is not None and _SAME_CLAUSE_TAIL.fullmatch(low, found.end(), at) is not None


# (no other striker named between: not "following rockets fired from gaza on monday israeli
# jets struck a house")
_SAME_CLAUSE_TAIL = re.compile(r"(?:(?!\b(?:israeli|idf|jets?|warplanes?|aircraft|drones?|"
                               r"helicopters?|planes?|army|troops|forces|tanks?)\b)[^,;.]){0,40}")


def _own_stretch(low: str, at: int, stop: int, start: int, end: int) -> tuple[int, int]:
    """The words around a trigger, up to a semicolon on either side and 60 characters at
    most: what the trigger's own clause says of it."""
    semi = low.find(";", stop, end)
    return (max(start, low.rfind(";", start, at) + 1, at - 60),
            min(end, stop + 60, semi if semi >= 0 else end))


# An attack told before a sentence that opens on "Following the strike,"
_AN_ATTACK = re.compile(r"\b(?:(?:air ?)?strikes?|struck|shell(?:s|ed|ing)|bomb\w*|attack\w*|"
                        r"raid\w*|incursions?|advanc\w*|clash\w*|fighting|fired|killed|killing|"
                        r"stormed|offensive|operations?)\b")


_A_DAY_TOLD = re.compile(rf"\b(?:{A_DAY})\b")
_UP_TO_COMMA = re.compile(r"[^.;,]{0,80}")


def _day_in_clause(low: str, lo: int, at: int, end: int) -> bool:
    """Whether the clause of the orders at ``at`` tells a day or a span of the last days
    ("fled Jabalia today in the wake of evacuation orders", "displaced due to evacuation
    orders over the past 24 hours")."""
    clause = _CAUSE_CLAUSE.search(low, lo, at)
    since = clause.start() if clause is not None else at
    after = _UP_TO_COMMA.match(low, at, end)
    return _A_DAY_TOLD.search(low, since, at) is not None or \
        DAYS_SPAN.search(low, since, at) is not None or \
        DAYS_SPAN.search(low, at, after.end()) is not None


def _mission_not_made(low: str, start: int, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the mission at ``low[at:stop]`` was sought, put off or refused, or, one to
    evacuate, is not told done or is one of a tally (``lo``: its look-back; ``start`` and
    ``end``: its sentence's bounds)."""
    return bool(_MISSION_SOUGHT.search(low, lo, at) or _MISSION_NOT_RUN.match(low, stop, end) or
                low.startswith(" to evacuat", stop) and (
                    not _MISSION_DONE_BEFORE.search(low, lo, at) and
                    not _MISSION_DONE_AFTER.match(low, stop, end) or
                    low.startswith("missions", at) and _MISSIONS_TALLIED.search(low, start, end)))


def _transfer_not_made(low: str, start: int, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the transfer of patients at ``low[at:stop]`` was kept from being made, sought,
    not run, or is a running count."""
    return bool(_KEPT_FROM.search(low, lo, at) or low.startswith("transfer ", at) and (
        _TRANSFER_SOUGHT.search(low, max(start, at - 120), at) or
        _MISSION_NOT_RUN.match(low, stop, end)) or
        _SO_FAR.search(low, start, at) or _STOCK_AFTER.match(low, stop, end))


# the area bare "orders ... for" are issued for: "for Beit Hanoun", "for areas of Shejaia",
# "for eastern parts of Gaza City", "for residents of", "for the blocks in"
# (and "for the evacuation of Beit Hanoun"; not "orders were issued for Israeli troops to
# advance", "new orders for Hamas fighters", "fresh orders for UNRWA staff", "new orders for
# Gaza's hospitals to prepare": those given the orders, no area)
_AN_AREA_AFTER = re.compile(r"\s+(?:the\s+)?(?:(?:immediate\s+|full\s+)?evacuation\s+of\b|"
                            r"(?!(?:Israel\w*|IDF|Hamas|UN|UNRWA)\b)"
                            r"(?![A-Z][\w'’-]*?(?:\s+[A-Z][\w'’-]*?)?(?:['’]s)?\s+(?:troops|forces|"
                            r"soldiers|fighters|militants|staff|workers|officials|officers|"
                            r"personnel|units?|commanders|reservists|police|prisoners|detainees|"
                            r"employees|hospitals?|doctors|medics|medical|health|ministry|"
                            r"government|authorities|leaders?)\b)"
                            r"(?:(?:al|el)-)?(?:[A-Z]|(?:residents|areas?|parts|"
                            r"neighbou?rhoods?|blocks?|(?:north|south|east|west)(?:ern)?)\b))")


# "the order ... covered" (its areas told after: see TRIGGER_TABLE)
_ORDER_TOLD_AGAIN = re.compile(r"(?:the|this|that|the new|the latest) orders?\b")
# ... "the whole of northern Gaza", "most of Rafah", "large parts of Khan Younis"
_WHOLE_AREA_AFTER = re.compile(r"\s+(?:the\s+)?(?:whole|entire|most|much|all)\s+of\b|"
                               r"\s+large\s+(?:parts|areas|swathes)\b", re.I)
# the orders a report may tell before one it names again: a court's, a curfew, a halt
# ("The ICJ ordered Israel to halt its offensive in Rafah", "Israel imposed a curfew")
_OTHER_ORDER = re.compile(r"\b(?:court|icj|judges?|tribunal|curfews?|injunctions?|"
                          r"demolition|arrest|halt|stop|suspend|suspension|ban|closure)\b")
_LEAVE_WORDS = re.compile(r"\b(?:evacuat\w*|leave|leaving|relocat\w*|displac\w*|flee|move|"
                          r"head|go)\b")
_AN_ORDER = re.compile(r"\b(?:order(?:ed|s|ing)?|curfews?)\b")


def _another_order_before(low: str, at: int) -> bool:
    """Whether the order named again at ``low[at:]`` is, by the last order told before it in
    its paragraph, one of another kind (a court's, a curfew, a halt) with no word of leaving
    near it; an order told first keeps its own words."""
    lo = max(0, low.rfind("\n\n", 0, at), at - 600)
    last = next(reversed(list(_AN_ORDER.finditer(low, lo, at))), None)
    if last is None:
        return False
    near = low[max(lo, last.start() - 60):min(at, last.end() + 100)]
    return bool(_OTHER_ORDER.search(near)) and not _LEAVE_WORDS.search(near)


def _an_area_after(text: str, at: int, end: int) -> bool:
    """Whether bare "orders ... for" at ``text[:at]`` are issued for an area: a name then
    nothing, a list, a time or the area's word ("for Beit Hanoun and Khuza'a", "for Gaza City
    residents"; not "for Monday's assault", "for Gaza aid deliveries", "for Kerem Shalom
    crossing closures": a name of what the orders are about)."""
    if _AN_AREA_AFTER.match(text, at, end) is None:
        return False
    run = _NAME_RUN.match(text, at, end)
    if run is None:
        return True
    return _NO_AREA_NAME.match(run[1]) is None and (run[2] is None or
                                                    run[2] in _AFTER_AN_AREA)


_NAME_RUN = re.compile(r"\s+(?:the\s+)?((?:(?:al|el|an|ash|as|ad|ar|az)-)?[A-Z][\w'’-]*"
                       r"(?:\s+(?:(?:al|el|an|ash|as|ad|ar|az)-)?[A-Z][\w'’-]*)*)"
                       r"(?:\s+([a-z]+)\b)?")
_NO_AREA_NAME = re.compile(r"(?:Operation|COGAT|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                           r"January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\b")
_AFTER_AN_AREA = frozenset({
    "and", "or", "on", "in", "at", "to", "for", "were", "was", "is", "are", "have", "has",
    "had", "residents", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
    "area", "areas", "camp", "city", "town", "governorate", "district", "districts", "east",
    "west", "north", "south", "eastern", "western", "northern", "southern", "which", "that",
    "as", "after", "before", "from", "by", "with", "where", "followed", "including", "amid",
    "while", "early", "late", "last", "this", "the", "since", "but"})


def _orders_as_cause(low: str, before: str, start: int, at: int, stop: int, end: int) -> bool:
    """Whether the evacuation orders at ``low[at:stop]`` (``before``: the words just before)
    are told only as the cause of a flight or a state, given on no day or area told."""
    return ("due to" in before or " of " in before or " with " in before or
            "follow" in before) and \
        _ORDERS_AS_CAUSE.search(low, max(start, at - 150), at) is not None and \
        not _ORDERS_TOLD.match(low, stop, end) and \
        not DAY_AFTER.match(low, stop, end) and \
        not _DAY_OWNED.search(low, max(start, at - 40), at) and \
        not _ORDERS_FOR.match(low, stop, end) and \
        not _day_in_clause(low, max(start, at - 150), at, end)


def _not_a_crossing_decision(low: str, start: int, at: int, stop: int) -> bool:
    """Whether the aid kept out (or let in) at ``low[at:stop]`` was kept out by no authority
    of a crossing, or is a call, a wish, a charge or a habit."""
    return bool(low.startswith(("halt", "block", "stop", "cut"), at) and
                _KEPT_OUT_BY.search(low, max(start, at - 80), at) or
                low.startswith(("halting", "blocking", "stopping", "cutting"), at) and
                _BY_ITS_SEIZURE.search(low, max(start, at - 160), at) or
                " of " in low[at:stop] and _AID_ENTRY_SOUGHT.search(low, max(start, at - 80), at))


# "In the hours before the pause, heavy bombardment was reported", "Shortly after the
# truce, strikes hit Rafah": a truce that only dates what is told after the comma (not
# "must halt strikes before the truce", "In the hours before the truce, strikes would"; nor
# "Ahead of the truce, strikes hit": a time still to come; nor "Since the truce, strikes
# have killed 200": a span, a tally of it; nor a bare "Before the truce, Israeli strikes
# killed more than 14,000 people", "After a truce, strikes usually stop": the whole war
# before it, any truce; the hours or the day next to it only)
_TRUCE_TIME = re.compile(r"\b(?:(?:hours|minutes|moments|shortly|just|soon|immediately|"
                         r"(?:the|that)\s+(?:night|morning|evening|day))\s+)"
                         r"(?:before|after)\s+(?:the\s+|a\s+|this\s+)?"
                         r"(?:[\w-]+\s+)?$")
_TRUCE_NOUNS = ("pause", "truce", "ceasefire")


def _truce_as_time(low: str, lo: int, at: int) -> bool:
    """Whether every irrealis word before the trigger at ``low[at:]`` is a truce that only
    dates the clause after a comma: "In the hours before the pause, heavy bombardment"."""
    words = list(_IRREALIS_WORD.finditer(low, lo, at))
    return bool(words) and all(
        w.group(0) in _TRUCE_NOUNS and _TRUCE_TIME.search(low, lo, w.start()) is not None and
        "," in low[w.end():at] for w in words)


# "The Rafah crossing, the only exit not controlled by Israel, was hit": an irrealis word
# inside a noun phrase set off by commas, told of the place, not of what hit it
_ASIDE_OPENS = re.compile(r",\s+(?:the|an?|its|their)\s+[^,;:.()]*$")
_ASIDE_CLOSES = re.compile(r"[^,;:.()]*,\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)"
                           r"\s+)?$")


def _in_an_aside(low: str, lo: int, at: int, stop: int) -> bool:
    """Whether every irrealis word before the trigger ``low[at:stop]`` stands in a noun phrase
    set off by commas that closes right before it: "the Rafah crossing, the only exit not
    controlled by Israel, was hit" (not "Al-Shifa, the hospital Israel vowed to storm, was
    not hit": the trigger's own negation)."""
    words = list(_IRREALIS_WORD.finditer(low, lo, at))
    return bool(words) and not _IRREALIS_WORD.search(low, at, stop) and all(
        _ASIDE_OPENS.search(low, lo, w.start()) is not None and
        _ASIDE_CLOSES.fullmatch(low, w.end(), at) is not None for w in words)


def _real_after_and(low: str, lo: int, at: int, end: int) -> bool:
    """Whether the trigger at ``low[at:]`` is told in a clause of its own after "and",
    with a subject of its own and a verb in the past, beyond the irrealis words before it."""
    joined = _AND_SUBJECT.search(low, lo, at)
    if joined is None or _IRREALIS_WORD.search(low, joined.start(), at) or \
            _CONDITION.search(low, lo, joined.start()):
        return False
    past = _PAST_NEXT.match(low, at, end)
    return past is not None and not _IRREALIS_WORD.search(low, at, past.end())


def _rate_reach(low: str, after: int, end: int) -> int:
    """Where a rate told with aid ends: 40 characters on, or at the comma, semicolon or
    full stop before."""
    stop = _RATE_END.search(low, after, min(end, after + 40))
    return stop.start() if stop else min(end, after + 40)


def _rate_from(low: str, start: int, at: int) -> int:
    """Where a rate told before aid begins: 50 characters back, or after the last comma
    or semicolon ("Under the deal, which envisages 600 trucks a day, 630 aid trucks
    entered": the rate is the deal's) unless the cut follows "on average"."""
    begin = max(start, at - 50)
    cut = max(low.rfind(",", begin, at), low.rfind(";", begin, at))
    if cut < 0 or low.endswith("average", begin, cut):
        return begin
    return cut + 1


def _could_come(low: str, lo: int, at: int, trigger: str, end: int) -> bool:
    """Whether the trigger ``trigger`` at ``low[at:]`` is the subject of a modal, a thing
    that could or would come: "a ground incursion into Rafah ... could result in a
    massacre" (not "the shelling of Kamal Adwan hospital on Monday could amount to a war
    crime": the one of a day told)."""
    if not _MODAL_WORD.search(low, at, end):
        return False  # (a cheap pre-test)
    modal = _MODAL_NEXT.match(low, at + len(_OWN_PREP.sub("", trigger)), end)
    return modal is not None and _SUBJECT_OF_A_MODAL.search(low, lo, at) is not None and \
        (_A_THING.search(low, lo, at) is not None or
         not _OWN_DAY.search(low, at, modal.end()))


# A guess about what happened, the frame over the whole clause that follows, however far
# the act stands from it: "It is likely that the group used drones to spot the base and
# then fired rockets at it", "Some have suggested that the footage may have been released
# to show the extent of the ground operation" (an analyst's or a commentator's reasoning,
# not a report of an act; the act, if it happened, is told as such elsewhere)
_GUESS_FRAME = re.compile(r"\b(?:(?:it\s+is|it['’]s|it\s+was|it\s+seems|it\s+appears)\s+"
                          r"(?:\w+\s+)?(?:likely|possible|probable|plausible|conceivable)|"
                          r"(?:speculat|theori[sz]|hypothesi[sz]|surmis|guess)(?:e|es|ed|ing)?|"
                          # (not what a source's account or the evidence points to: "reports
                          # suggest that", "the bodies were bound, suggesting that")
                          r"\b(?:some|others|analysts|experts|observers|commentators|critics)"
                          r"\s+(?:have\s+|had\s+)?suggested)\s+that\b[^;:]*$")
# (one of which every match of _GUESS_FRAME holds: looked for first, as plain words)
_GUESS_WORD = re.compile(r"likely|possible|probable|plausible|conceivable|suggest|speculat|"
                         r"theori|hypothesi|surmis|guess")


def _guessed(low: str, start: int, at: int) -> bool:
    """Whether the trigger at ``low[at:]`` stands in a clause told as a guess."""
    if _GUESS_WORD.search(low, start, at) is None:
        return False
    frame = _GUESS_FRAME.search(low, start, at)
    if frame is None:
        return False
    stop = _SENTENCE_STOP.search(low, at)
    fact = _FACT_CLAUSE.search(low, frame.start(), stop.start() if stop else len(low))
    # (the act stands in a clause of its own told as fact)
    return fact is None or fact.start() >= at


# A clause of its own after a guess, told as fact: a conjunction ("as", "while", "when"
# after a comma, not the preposition of "as an assembly point"), then a subject of up to six
# words (no second verb of the guess's own subject, joined by "and") and a finite verb in the
# past ("..., after Israeli tanks shelled the area", "...,
# but Israeli special forces stormed the building", "..., analysts said, as Israeli tanks
# pushed into the city"): the guess is about something else, and the act is news
_FACT_CLAUSE = re.compile(
    r"(?:\b(?:after|but|whereas)|,\s*(?:as|while|when|yet))\s+"
    r"(?:(?!(?:and|or|then)\b)[\w'’-]+\s+){1,6}?"
    r"(?!(?:been|ed|need|indeed|embed|speed|seed|bred)\b)"
    r"(?:[a-z]{2,}ed|struck|hit|shot|fought|fled|fell|blew|took|drove|stormed|swept|tore|"
    r"shook|killed|came|went|ran|sent|led|left|opened|broke|seized|launched)\b")
_SENTENCE_STOP = re.compile(r"[.;:](?:\s|$)")


def _aid_at_a_rate(low: str, start: int, at: int, after: int, end: int) -> bool:
    """Whether the aid at ``low[at:after]`` is told as a rate over a stretch of time ("an
    average of 161 aid trucks a day entered"), not a delivery of a day: a rate over a few
    days the sentence names is the deliveries of those days."""
    if low.find("day", start, end) < 0 and low.find("averag", start, end) < 0:
        return False  # (no rate without one of these: a cheap pre-test)
    return _AID_RATE.search(low, _rate_from(low, start, at),
                            _rate_reach(low, after, end)) is not None and \
        not _rate_over_days(low, start, end)


# A blast the report blames on a rocket that fell short, in a paragraph that names the
# blast: "Biden said the blast appeared to have been caused by a Palestinian group ...
# Islamic Jihad has denied Israeli claims that one of its rockets misfired", "the explosion
# was caused by a failed rocket launch" (not "a rocket misfired in Beit Lahia" in a report
# whose explosion is another paragraph's)
_MISFIRED = re.compile(r"\b(?:(?:rockets?|missiles?|projectiles?)\b[^.\n]{0,40}?\b(?:misfired|"
                       r"misfiring|fell short|malfunctioned)|(?:misfired|errant|stray|failed|"
                       r"misfiring|malfunctioning)\s+(?:[\w-]+\s+){0,2}?(?:rockets?|missiles?|"
                       r"projectiles?|rocket launch(?:es)?))\b")
_A_BLAST = re.compile(r"\b(?:blast|explosion)s?\b")
_OWN_BLAST = re.compile(r"\b(?:an?|causing|triggering|setting\s+off)\s+(?:[\w-]+\s+)?"
                        r"(?:blast|explosion)\b")


def _blamed_on_a_rocket(text: str, low: str, at: int) -> bool:
    """Whether the paragraph of the blast word at ``at`` (``low``: the report's folded
    text) tells a blast caused by a rocket that misfired or fell short (not "An explosion at
    a house in Nuseirat killed four. Separately, ... a rocket misfired, causing an
    explosion that wounded two": that sentence's own blast, or another paragraph's)."""
    if "misfir" not in low and "fell short" not in low and "errant" not in low and \
            "stray" not in low and "failed" not in low and "malfunction" not in low:
        return False  # (a cheap pre-test)
    # (the paragraph's bounds from the text itself: folding turns line breaks to spaces)
    lo = text.rfind("\n\n", 0, at)
    lo = lo + 1 if lo >= 0 else 0
    hi = text.find("\n\n", at)
    hi = hi if hi >= 0 else len(low)
    for m in _MISFIRED.finditer(low, lo, hi):
        if not _A_BLAST.search(low, lo, hi):
            continue
        first = max(low.rfind(". ", lo, m.start()), lo)
        last = low.find(". ", m.end(), hi)
        last = last if last >= 0 else hi
        if _OWN_BLAST.search(low, first, last) and not first <= at < last:
            continue  # the misfired rocket's own blast, told with it (not "the blast was
            # caused by a rocket misfired by Islamic Jihad": the one told before)
        return True
    return False


# The rows of evacuation orders alone (no other row is ever retyped as one)
_ORDER_ROWS = tuple(p for ((_, sub), _, _), p in zip(TRIGGER_TABLE, _ROWS) if sub == EVACUATION[1])


def order_may_begin(cues: Cues, start: int, end: int) -> bool:
    """Whether :func:`find_triggers` could find an evacuation order beginning in
    [start, end): a cheap pre-test for the rules that set an order's places apart."""
    return cues.may_begin(_ORDER_ROWS, start, end)


def may_begin(cues: Cues, start: int, end: int) -> bool:
    """Whether :func:`find_triggers` with ``cues`` could find a trigger that begins in
    [start, end), however far its own stretch reaches: a cheap pre-test."""
    return cues.may_begin(_ROWS, start, end)


def find_triggers(text: str, start: int = 0, end: int | None = None, *,
                  cues: Cues | None = None) -> list[Trigger]:
    """Event triggers in ``text[start:end]`` (offsets into ``text``), irrealis ones removed.

    ``cues`` is the report's scan (:class:`geoevents.anchored.Cues`) when the caller
    has one; otherwise ``text`` is scanned here.
    """
    end = len(text) if end is None else end
    if cues is None:
        return _find_triggers(start, end, Cues(text, _INDEX))
    key = ("triggers", start, end)
    found = cues.memo.get(key)
    if found is None:
        found = cues.memo[key] = tuple(_find_triggers(start, end, cues))
    return list(found)


# "Aid will enter once the truce begins", "Strikes continued until the ceasefire began at
# 11:15", "When the truce began on Sunday, thousands headed north": a truce's start told as
# the time of something else, not its own news ("The truce formally began at 7am" is)
_TRUCE_STARTS = re.compile(r"\b(?:began|begins|started|starts|took\s+hold|takes\s+hold|now)\b")
_WHEN_IT_STARTS = re.compile(r"\b(?:once|until|till|before|after|when|whenever|if|unless|"
                             r"as\s+soon\s+as|by\s+the\s+time)\s+(?:the\s+|a\s+|an\s+|this\s+)?"
                             r"(?:[\w-]+\s+){0,3}$")
# "The tactical pause starts daily at 8 a.m.", "The ceasefire began last month", "... began
# in January": a daily routine, or a start told as a time past with no day of its own
_TRUCE_LONG_AGO = re.compile(r"\s+(?:daily|each\s+day|every\s+(?:day|morning)|"
                             r"last\s+(?:month|year)|earlier\s+this\s+(?:month|year)|"
                             r"in\s+(?:" + "|".join(m.lower() for m in ("January", "February",
                             "March", "April", "June", "July", "August", "September", "October",
                             "November", "December")) + r"|may)\b(?!\s+\d)|"
                             r"(?:\w+\s+)?(?:weeks|months)\s+ago)\b")
# "the Rafah crossing with Egypt, the only exit not controlled by Israel, was hit for a third
# time in 24 hours": the crossing "and closed" follows
_CROSSING_HIT = re.compile(r"\bcrossings?\b[^.;]{0,100}?\s(?:was|were|has\s+been|had\s+been)\s+"
                           r"(?P<verb>hit|struck|bombed|shelled|damaged)\b[^.;,]{0,40}?\s$")
# "A school near the Erez crossing was shelled and closed", "The road to the Rafah crossing
# was hit and closed to traffic", "The clinic at the Rafah crossing was struck and closed": a
# place by the crossing, what was hit and closed (not "The terminal at the Rafah crossing")
_BY_THE_CROSSING = re.compile(r"\b(?:near|next\s+to|by|to|outside|beside|close\s+to|towards?|"
                              r"behind|opposite|from|around|along|(?<!terminal\s)(?<!gate\s)"
                              r"(?<!gates\s)(?<!hall\s)(?<!side\s)at)\s+(?:the\s+)?"
                              r"(?:[\w'’-]+\s+){0,3}$")
# "The Rafah crossing was damaged last year and closed until repairs": a closure long past
_HIT_LONG_AGO = re.compile(r"\b(?:last\s+(?:year|month|week)|(?:years|months|weeks)\s+ago|"
                           r"in\s+(?:19|20)\d\d|previously|in\s+the\s+past)\b")


def _crossing_hit_and_closed(low: str, start: int, at: int) -> bool:
    """Whether "and closed" at ``at`` tells of a crossing told hit right before it: "the Rafah
    crossing with Egypt, the only exit not controlled by Israel, was hit for a third time
    in 24 hours and closed" (not "If the Rafah crossing was hit and closed, aid would stop",
    "Israel denied that the Rafah crossing was hit and closed": no strike told as done)."""
    hit = _CROSSING_HIT.search(low, max(start, at - 160), at)
    if hit is None or _HIT_LONG_AGO.search(low, hit.end("verb"), at):
        return False
    lo = _clause_back(low, start, hit.start(), 200)
    verb = hit.start("verb")
    return _BY_THE_CROSSING.search(low, lo, hit.start()) is None and \
        not _IRREALIS_WORD.search(low, verb, at) and (
            not _IRREALIS_WORD.search(low, lo, verb) or _in_an_aside(low, lo, verb, verb))
# "The patients were handed to the Red Cross in Rafah for evacuation", "The bodies of
# Palestinians handed over to the Red Cross were buried": no captive set free
_HANDED_NOT_CAPTIVES = re.compile(r"\b(?:patients|wounded|injured|sick|evacuees|"
                                  r"(?:bod(?:y|ies)|remains|corpses)\s+of\s+(?:[\w-]+\s+){0,3}?"
                                  r"palestinians?)\b[^.;]*$")


# "Tal Shoham and Avera Mengistu are released in Rafah", "two hostages were freed in Khan
# Younis": people set free at a place are captives or named people (not "The film was
# released in Gaza City", "Sewage was released in Wadi Gaza", "Five people trapped under
# rubble were freed in Beit Lahia": things let out, or people dug out)
_SET_FREE_AT = re.compile(r"(?:is|are|was|were|has|have|had) ")
_FREED_WHO = re.compile(r"(?i)\b(?:hostages?|captives?|prisoners?|detainees?|abductees?|"
                        r"soldiers?|civilians?|israelis|women|men|man|woman|girls?|boys?|"
                        r"child|children|mother|father|son|daughter|wife|husband|brothers?|"
                        r"sisters?|residents?|nationals?|citizens?|workers?|conscripts?|"
                        r"people|persons?|they|she|he|them|who|whom|"
                        r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"thirteen|\d+)(?=\s+(?:of|were|was|are|is|have|had)\b))\b")
_NAMED_PERSON = re.compile(r"\b(?!(?:The|A|An|This|These|Those|His|Her|Their|Its|Our|On|In|"
                           r"At|After|Before|Later|Earlier|Israeli|Palestinian)\b)[A-Z][a-z'’]+"
                           r"\s+(?:(?:al|el|abu|bin|ben|de)[- ])?[A-Z][\w'’-]+")
_DUG_OUT = re.compile(r"(?i)\b(?:rubble|debris|wreckage|trapped|buried|collapsed)\b")


# "men were blindfolded and handcuffed", "who were stripped and blindfolded": people held,
# told by what was done to them (not "Some of the bodies found in the mass grave were
# handcuffed": the dead, found)
_HELD_BY_WHAT_WAS_DONE = re.compile(r"(?:(?:were|was|been|being|are|is) (?:\w+ )?)?"
                                    r"(?:stripped|blindfolded|handcuffed|zip-tied|bound)\b")


# "Medical supplies were handed to the Red Cross in Rafah", "The documents were handed over
# to the ICRC": goods or papers given to the go-between (not "Hamas handed over to the Red
# Cross three hostages", "The bodies of four hostages were handed to the Red Cross")
_DEAD_GIVEN = re.compile(r"(?i)\b(?:bod(?:y|ies)|remains|coffins?|corpses?)\b")


def _clause_back(low: str, start: int, at: int, reach: int) -> int:
    """Where the clause before ``at`` opens: past its last full stop, semicolon or colon, and
    no more than ``reach`` characters back (nor before ``start``)."""
    lo = max(start, at - reach)
    return max(lo, max(low.rfind(c, lo, at) for c in ".;:") + 1)


def _handed_nobody(text: str, low: str, start: int, at: int, end: int) -> bool:
    """Whether "handed to the Red Cross" at ``at`` tells of no captive, named person or body
    handed over, in its clause before or in the words after it."""
    lo = _clause_back(low, start, at, 80)
    hi = min(end, at + 100)
    stop = [i for i in (low.find(c, at, hi) for c in ".;:") if i >= 0]
    hi = min(stop) if stop else hi
    # (a name only before it: "the Red Cross in Gaza City" after it names no one)
    return not (_FREED_WHO.search(low, lo, hi) or _DEAD_GIVEN.search(low, lo, hi) or
                _NAMED_PERSON.search(text, lo, at))


def _set_free_nobody(text: str, low: str, start: int, at: int, end: int) -> bool:
    """Whether "is released in <place>" at ``at`` tells of no captive or named person set free
    (see _FREED_WHO)."""
    lo = _clause_back(low, start, at, 80)
    return not (_FREED_WHO.search(low, lo, at) or _NAMED_PERSON.search(text, lo, at)) or \
        _DUG_OUT.search(low, lo, min(end, at + 120)) is not None


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


def _aid_sought_in_clause(text: str, start: int, end: int, t: Trigger) -> bool:
    """Whether the attack's own clause tells the people at the aid it hit."""
    before = _OWN_CLAUSE_START.match(text, start, t.start)
    stop = _OWN_CLAUSE_END.search(text, t.end, end)
    return bool(AID_SOUGHT.search(text, before.end() if before else start,
                                  stop.start() if stop else end))


def _find_triggers(start: int, end: int, cues: Cues) -> list[Trigger]:
    text = cues.text
    low = cues.folded
    out: list[Trigger] = []
    bombed_troops: set[int] = set()  # where an attack on troops told by its bomb begins
    lasted: set[int] = set()  # where a siege told by how long it has lasted begins
    for row, m in cues.first_of(_ROWS, start, end, folded=True):
        (etype, sub), _, strength = TRIGGER_TABLE[row]
        at = m.start()
        lo = max(start, at - _LOOK_BACK)
        if low.endswith(_EXCLUDED_BEFORE, lo, at) or (
                low.startswith("strike", at) and (
                    low.endswith(_NOT_A_STRIKE_BEFORE, lo, at) or
                    _WALKOUT.search(low, lo, at) and not _AIMED_AT.match(low, m.end(), end) or
                    _ON_STRIKE.search(low, lo, at))):
            continue
        if cues.possible(_IRREALIS_WORD, lo, at) and (
                _IRREALIS.search(low, lo, at) or _IRREALIS_AND.search(low, lo, at) and
                not _PAST_IRREGULAR.match(low, at)) and \
                not _NOT_SAID.search(low, lo, at) and not (
                sub == RELEASE[1] and all(w.group(0).startswith(_DEAL_WORDS) for w in
                                          _IRREALIS_WORD.finditer(low, lo, at))) and \
                not _truce_as_time(low, lo, at) and not _in_an_aside(low, lo, at, m.end()) and not (
                low.endswith((" and ", ", "), lo, at) and _PAST_VERB.match(low, at)) and \
                not _real_after_and(low, lo, at, end):
            # (a release is what a ceasefire or a deal brings; "Israel prepared for an
            # operation and ordered the evacuation": a second verb says what was done)
            continue
        if _INTAKE_ITEM.match(low, at, m.end()) and (
                not _DEAD_TOLD.search(low, max(0, at - 400), at) or
                _FROM_A_FACILITY.match(low, m.end()) or
                _NOT_INTAKE_OF_DEAD.search(low, max(0, low.rfind(". ", 0, at)), at)):
            continue  # "Staff: Nasser Medical Complex 300 (from Khan Younis)": a hospital's
            # figure with places after it is the dead it took in only after a toll is told
        if _could_come(low, lo, at, m.group(0), end) or _guessed(low, start, at):
            continue
        if etype not in VIOLENT and (_OFTEN_NEXT.match(low, m.end(), end) or
                                     sub in (AID[1], DESTRUCTION[1]) and
                                     _STRETCH_NEXT.match(low, m.end(), end) and
                                     not _OWN_DAY.search(low, start, end)):
            continue  # "aid convoys have been repeatedly blocked", "150 trucks a day have
            # entered in recent weeks": a state over weeks, no event of a day
        if low.endswith(_AND_THE, lo, at) and _SOUGHT_LIST.search(low, max(start, at - 220), at):
            continue  # "its goals: the destruction of Hamas and the release of the captives"
        if etype not in VIOLENT and _TERMS.search(low, start, at):
            continue
        if sub == BATTLE[1] and "push" in low[at:m.end()] and (
                _AID_PUSH_BY.search(low, lo, at) or _AID_PUSH_FOR.match(low, m.end(), end)):
            continue  # "Aid convoys made a push into northern Gaza": aid on its way
        if sub in (RELEASE[1], RETURN[1]) and (_YET_TO.search(low, at, m.end()) or
                                               _TO_BE_DONE.search(low, lo, at)):
            continue  # "all hostages would be released by the end of the phase"
        if sub == AGREEMENT[1] and _TRUCE_STARTS.search(low, at, m.end()) and (
                _WHEN_IT_STARTS.search(low, lo, at) or _TRUCE_LONG_AGO.match(low, m.end(), end)):
            continue  # "once the truce begins", "the ceasefire began last month"
        if sub == CROSSING[1] and low.startswith("and", at) and \
                not _crossing_hit_and_closed(low, start, at):
            continue  # "... and closed" of a crossing told hit just before, nothing else
        if sub == ARRESTS[1] and _HELD_BY_WHAT_WAS_DONE.match(low, at) and \
                _DEAD_GIVEN.search(low, start, at):
            continue  # "Some of the bodies found in the mass grave were handcuffed": the dead
        if sub == RELEASE[1] and low.startswith("hand", at) and \
                _HANDED_NOT_CAPTIVES.search(low, lo, at):
            continue  # "The patients were handed to the Red Cross in Rafah for evacuation"
        if sub == RELEASE[1] and low.startswith("hand", at) and \
                low.endswith(("red cross", "icrc"), at, m.end()) and \
                _handed_nobody(text, low, start, at, end):
            continue  # "Medical supplies were handed to the Red Cross in Rafah"
        if sub == RELEASE[1] and _SET_FREE_AT.match(low, at) and \
                _set_free_nobody(text, low, start, at, end):
            continue  # "The film was released in Gaza City on Sunday"
        if _FOLLOWING_NEGATION.match(low, m.end(), end) or \
                sub == AID[1] and _UNABLE_AFTER.match(low, m.end(), end) or \
                low.startswith(" campaign", m.end()) or \
                etype in VIOLENT and _LED_TO.match(low, m.end(), end) or \
                sub != RELEASE[1] and _ON_OCTOBER_7.match(low, m.end(), min(end, m.end() + 90)):
            # (but "rescued a hostage who was kidnapped during the October 7 attack": when
            # the captive was taken, not when freed)
            continue  # halted, a weeks-long campaign, or the attack on Israel
        # Words the tests below need, looked for as plain text first: most triggers have
        # none of them before them, and a substring test costs far less than a pattern.
        before = low[lo:at]
        if low.startswith("operation", at) and (_NOT_MILITARY.search(low, lo, at) or
                                                _OPERATION_OF.match(low, at + 9, end) or
                                                _NAMED_OPERATION.match(text, at, end) and
                                                not _LAUNCHED.search(low, lo, at)) or \
                etype in VIOLENT and ("due to" in before or "because of" in before or
                                      "owing to" in before or " by " in before) and \
                _CAUSE.search(low, lo, at) and \
                (etype == BATTLE[0] or not _HARM_BEFORE.search(low, start, at)):
            continue
        if etype in VIOLENT and "displaced" in before and \
                _driven_out_by(text, low, lo, start, at, end):
            continue  # "families displaced by Israeli shelling": who they are, not a shelling
        if " been " in before and not _DOING.match(low, at) and (
                _BEEN_DONE.search(before) and _HABITUAL_AFTER.match(low, m.end(), end) or
                _OFTEN_BEEN.search(before)) and not _OWN_DAY.search(low, start, end) and \
                not _LATELY.search(low, start, end) and not _HARM_NEXT.match(low, m.end(), end):
            continue  # "the same fields had been razed by the army frequently", "had
            # frequently been razed": a habit
        if etype in VIOLENT and any(w in before for w in _HABITUAL_WORDS) and \
                _HABITUAL.search(low, lo, at) and not DAY_AFTER.match(low, m.end(), end) and \
                not _RECENT_AFTER.match(low, m.end(), end):
            continue  # "a zone which has faced repeated airstrikes": what a place has been
            # through, no event of the report (not "has come under repeated shelling
            # overnight", "has seen repeated airstrikes since Monday": the days told)
        if etype in VIOLENT and any(w in low[start:at] for w in _GOING_ON_WORDS) and \
                (_GOING_ON_BEFORE.search(low, lo, at) or _GOING_ON_SUBJECT.search(low, start, at)) \
                and _ongoing_nowhere(text, low, start, end):
            continue  # "the relentless bombardments have left the territory in ruins", "the
            # ongoing clashes are among the fiercest": the war's running state
        if etype in VIOLENT and (low.endswith("s", at, m.end()) or
                                 _SEVERAL_NEXT.match(low, m.end(), end)) and \
                _RECORD_OF.search(low, lo, at) and not _ONE_NAMED.search(low, lo, at) and \
                not DAY_AFTER.match(low, m.end(), end):
            continue  # "al-Haj perpetrated sniper attacks against Israeli forces", "he was
            # responsible for attacks on troops": what someone is known for, no event (not
            # "Israel was responsible for the strike on a school", "militants orchestrated
            # an ambush", "perpetrated attacks on troops in Beit Hanoun on Monday": the
            # attack told, blamed on someone)
        if etype in VIOLENT and " after " in before and \
                (stop := _REFUSED_AFTER.search(low, max(start, at - 160), at)) and \
                (stop.group(1) != "who" or text.startswith("WHO", stop.start(1))) and \
                not _OWN_DAY.search(low, start, end) and not _HARM_NEXT.match(low, m.end(), end):
            continue  # "Several drivers have refused routes near Netzarim after trucks were
            # struck": the reason for a refusal, with no day of its own (not "WFP paused
            # deliveries on Monday after a convoy was shot at", nor "... after trucks were
            # struck, killing two drivers": the attack told)
        if ("not " in before or "never " in before) and _SPARED.search(low, lo, at):
            continue  # "the last district that had not been subject to a ground invasion"
        hit = _HIT_WORD.search(low, at, m.end()) if etype in VIOLENT else None
        if hit is not None and (
                _AIRDROP_OBJECT.search(low, max(start, hit.start() - 40), hit.start()) or
                _BY_AIRDROP_OBJECT.match(low, m.end(), end)):
            continue  # "an air-dropped aid box struck a tent": an airdrop gone wrong
        if sub == ATTACK[1] and low.startswith("attack", at) and (
                _REMOTE_ATTACKER.search(low, lo, at) and not (
                    _FROM_THE_SEA.search(low, lo, at) and
                    ("fishing" in low[at:m.end()] or "fishermen" in low[at:m.end()])) or
                low.startswith("attacking", at) and _OF_ATTACKING.search(low, lo, at)):
            continue  # "warplanes attacked civilians in a school": the strike told;
            # "accused Israel of attacking civilians": a charge
        if sub == ATTACK[1] and low.startswith(GUNFIRE_WORDS, at) and \
                _TOLD_DONE.search(low, at, m.end()) and \
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
                not _AIR_AFTER.match(low, at, (stop.start() if (
                    stop := _AIR_AFTER_STOP.search(low, at, end)) else end)):
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
        if sub == BATTLE[1] and low.startswith("confront", at) and \
                _PROTESTERS.search(low, max(start, at - 120), at):
            continue
        if low.startswith("raids", at) and m.end() - at == 5 and \
                not _GROUND_RAIDS.search(low, max(start, at - 80), at) and \
                not _RAIDS_INTO.match(low, m.end(), end):
            etype, sub = AIR  # "Overnight raids on Khan Younis and Deir el-Balah", "killed
            # in Israeli raids targeting homes": raids told with no troops are from the air
        if low.startswith("pound", at):
            if _POUNDED_BY_GUNS.search(low, max(start, at - 40), at):
                etype, sub = SHELL  # "Israeli tanks pounded the outskirts of Khan Younis"
            elif not (_POUNDED_BY.search(low, max(start, at - 60), at) or
                      _FROM_THE_AIR.match(low, m.end(), end)):
                continue  # "heavy rain pounded tent camps", "relatives pounded on the doors"
        if "since " in before and (_SINCE_BEGAN.search(low, lo, at) or
                                   _SINCE_THE.search(low, lo, at) and
                                   _BEGAN_AFTER.match(low, m.end(), end) or
                                   _SINCE_WHO.search(low, lo, at) and
                                   _ON_ISRAEL.match(low, m.end()) or
                                   _TALLY_SINCE.search(low, max(start, at - 100), at)) or \
                etype in VIOLENT and (_SHARE_OF.search(low, lo, at) or
                                      _TOLL_FROM.search(low, lo, at) and
                                      low.endswith("s", at, m.end()) or
                                      _DAYS_OF.search(low, lo, at)):
            continue  # "the death toll since Israel began airstrikes", "70 per cent of
            # people killed in Gaza by strikes", "the death toll from Israeli air strikes
            # since May 10", "a ceasefire ended 11 days of Israeli air strikes": a war's
            # span, a statistic, a period over
        campaign = _CAMPAIGN.fullmatch(low, at, m.end()) is not None
        if campaign and low.startswith(("invasion", "offensive"), at) and \
                _THE_WAR.match(low, m.end(), end) or _WOULD.match(low, m.end(), end):
            continue  # "the Israeli invasion of the Gaza Strip": the war; "an offensive on
            # Rafah would ...", "strikes may hit ...": a forecast
        if campaign and "," in before and not low.startswith("battle", at) and \
                _SIEGE_AS_OPERATION.search(low, start, at) and \
                not _DID_HARM.match(low, m.end(), end):
            continue  # (not "..., in an operation that killed 20 gunmen": harm told; nor
            # "encircled the Shati camp on Monday, in a battle that lasted hours": fighting)
        if (campaign or sub == AGREEMENT[1]) and _AS_BACKDROP.search(low, lo, at) and \
                not (campaign and STARTED_ON.match(low, m.end(), end)) or \
                _MAY_BE_ONGOING.search(before) and (_ONGOING.search(low, lo, at) and not (
                    etype == BATTLE[0] and strength >= 0.8 and "amid" in before and
                    _fought_there(low, start, at, m.end(), end)) or
                                                    _AT_THE_TIME.search(low, lo, at)) or \
                etype in VIOLENT and "under " in before and _UNDER.search(low, lo, at) or \
                "whether" in low[max(start, at - 80):at] and \
                _WHETHER.search(low, max(start, at - 80), at) and \
                not _TOLD_DEATH.search(low, max(start, at - 80), end):
            continue
        if sub == RELEASE[1] and (low.startswith("release of", at) and
                                  _RELEASE_SOUGHT.search(low, start, at) or
                                  low.endswith(" to ", lo, at)):
            continue  # asked for, or aimed at ("an operation to free two hostages")
        if "pattern" in low[max(start, at - 150):at] and \
                _PATTERN_OF.search(low, max(start, at - 150), at) and \
                "," not in low[low.rfind("pattern", max(start, at - 150), at):at]:
            # (within the phrase, not "a pattern of attacks on health care, tanks shelled")
            continue
        if (_STANCE.search(low, start, at) or _STANCE_AFTER.match(low, m.end(), end)) and \
                not low.endswith("ed", at, m.end()) and not _ONE_TOLD.search(low, lo, at) and \
                not _OWN_DAY.search(low, start, end) and \
                not any(c.isdigit() for c in low[start:end]) and \
                not _GO_ON.match(low, m.end(), end) and not _DID_HARM.match(low, m.end(), end):
            continue  # "OCHA warns that the relentless bombardment ... is having devastating
            # consequences": a stance on the war's course
        if etype in VIOLENT and _TOLD_ALREADY.fullmatch(low, start, at) and \
                _TOOK_PLACE.match(low, m.end(), end):
            continue  # "The airstrike took place a day after ...": the one told before
        if (" before " in before or " after " in before or "prior to" in before) and \
                _TIMED_BY.search(low, lo, at):
            continue
        if etype == BATTLE[0] and low.startswith(_ARMS_NAMED, at):
            if _ARMS_HELD.search(low, lo, at) or _ARMS_CARRIED.search(low, lo, at) and \
                    not _ARMS_USED_AFTER.match(low, m.end(), end):
                continue
            if _FIRED_BY_THE_ARMY.search(low, lo, at):
                etype, sub = SHELL
        if etype in VIOLENT and "use" in before and _USED_TO.search(low, lo, at) and \
                not _MEANS_USED.search(low, lo, at):
            continue  # "the school was being used to launch attacks on troops": a claim of
            # what a place served for, not an attack told
        if etype in VIOLENT and _AFTER_THE_ONE_TOLD.fullmatch(low, start, at) and \
                low.startswith(",", m.end()) and _AN_ATTACK.search(low, 0, start):
            continue  # "Following the strike, helicopters evacuated the wounded": the time
            # of what the sentence tells, by the attack told before (an attack no earlier
            # sentence names is told here: "After the Israeli bombardment, survivors ...")
        if etype in VIOLENT and " of " in before and _SPAN_OF.search(low, lo, at) and \
                not DAY_AFTER.match(low, m.end(), end) and not _PULLED_OUT.search(low, start, end):
            continue  # "tensions are high following a week of clashes": a stretch of
            # fighting as the time of what the sentence tells
        if "periods of" in before and _PERIODS_OF.search(low, lo, at):
            continue  # "following periods of intense looting": a past state, as a time
        if named_in_passing(low, before, lo, at, m.end(), end, etype in VIOLENT,
                            sub == IED[1], published=cues.published) or \
                etype in VIOLENT and etype != BATTLE[0] and \
                told_as_cover(low, before, start, lo, at, m.end(), end):
            continue
        if told_as_going_on(low, start, at, m.end(), end, campaign, sub == SIEGE[1]):
            continue  # "as Israeli siege of northern Gaza enters its fourth week"
        if sub == SIEGE[1] and told_by_its_length(low, start, at, m.end(), end):
            lasted.add(at)
        if told_as_a_measure(low, start, at):
            continue  # "the deadliest since January 22, when 21 reservists were killed"
        if sub == RELEASE[1] and freed_under_a_truce(low, start, at, m.end(), end):
            continue  # "a seven-day pause, under which 105 hostages were freed"
        if etype in VIOLENT and ("previous" in before or "prior" in before or
                                 "former" in before) and _RECALLED.search(low, lo, at):
            continue
        if _ONCE_BEFORE.match(low, m.end()):
            continue
        if "to have been" in before and _CLASS_OF.search(low, lo, at) and \
                not DAY_AFTER.match(low, m.end(), end):
            continue
        if low.endswith("ing", at, m.end()) and "after " in before and \
                _AFTER_GERUND.search(low, lo, at) and \
                (earlier := _EARLIER.search(low, m.end(), min(end, m.end() + 80))) and \
                (etype not in VIOLENT or _UNDATED_EARLIER.match(low, earlier.start())):
            continue  # "raid Khan Yunis after abruptly withdrawing from the city earlier
            # this month": the withdrawal told before, as a time (not "after shelling Beit
            # Hanoun earlier this week": an attack of its own)
        if sub == AIR[1] and _ARMS.search(low, at, m.end()) and \
                _PROCURED.search(low, max(start, at - 60), at):
            continue  # "signed an agreement to acquire 25 F-15EX fighter jets": arms bought
        if sub == IED[1] and _PUT_ON.search(low, at, m.end()) and \
                (_DEFUSED.search(low, start, end) or _WRECK.search(low, at, m.end())) and \
                not _HURT.search(low, start, end):
            continue
        if sub == IED[1] and _WENT_OFF.search(low, at, m.end()) and \
                _DEMOLITION.search(low, start, end):
            continue
        if sub == RELEASE[1] and low.startswith(("recover", "retriev"), at) and \
                _CAPTORS_FOUND.search(low, max(start, at - 80), at):
            continue  # "Hamas said its fighters recovered the bodies of two captives from the
            # rubble": the captors' own search, no handing over and not the army's
        if sub == DESTRUCTION[1] and _ARMY_DESTROYED.match(low, at) and \
                _FROM_AFAR.search(low, start, _clause_end(low, m.end(), end)):
            continue  # "the army destroyed houses in Rafah with air strikes": the strikes
        if sub == ATTACK[1] and low.startswith(("forced ", "forcing "), at) and \
                ("evacuation" in low[at:m.end()] or low.startswith(("forced out ", "forcing out "),
                                                                  at) and
                 not low.startswith("forced out of ", at)) and \
                not _FORCE_NAMED.search(low, start, at):
            continue
        if sub == IED[1] and _LEFT_BEHIND.match(low, at) and \
                not _HARM_OR_BLAST.search(low, *_own_stretch(low, at, m.end(), start, end)) and \
                not _USED_WITH.search(low, max(start, at - 100), at):
            continue  # "the presence of unexploded ordnance": a hazard, not an explosion
        if sub == IED[1] and _DEVICE.match(low, at) and (
                (found := _COME_UPON.search(low, max(start, at - 120), at)) and
                not _NEXT_CLAUSE.search(low, found.start(), at) or
                _FOUND_AFTER.match(low, m.end(), end)) and \
                not _HARM_OR_BLAST.search(low, *_own_stretch(low, at, m.end(), start, end)):
            continue  # "forces encountered explosive devices": none went off
        if sub == AID[1] and (_AID_WAITING.match(low, m.end(), end) or
                              _aid_at_a_rate(low, start, at, m.end(), end) or
                              _AID_HELD_UP.search(low, max(start, at - 80), at) or
                              _AID_GUARDED.search(low, lo, at) and
                              not DAY_AFTER.match(low, m.end(), end) and
                              not _AID_MOVING.match(low, m.end(), end) or
                              _AID_SCHEME.match(low, m.end(), end) and
                              not _SCHEME_AT_WORK.search(low, start, end)):
            continue
        if sub == AID[1] and (
                "facilitated" in low[at:m.end()] and
                _NONE_OR_SHARE.search(low, max(start, at - 80), at) or
                low.startswith(MISSION_VERBS, at) and _ARMY_DID.search(low, lo, at)):
            continue
        if sub == DISPLACEMENT[1] and (
                low.startswith("mission", at) and
                _mission_not_made(low, start, lo, at, m.end(), end)
                or low.startswith("evacuation of", at) and (
                    _MOVE_HELD_UP.search(low, lo, at) or
                    _MOVE_HELD_UP_AFTER.match(low, m.end(), end))
                or low.startswith("transfer", at) and
                _transfer_not_made(low, start, lo, at, m.end(), end)
                or low.startswith("medically evacuated", at) and
                _CARRIED_AWAY.match(low, m.end(), end) and "patient" not in low[start:at]):
            continue  # (nor "a soldier was wounded in Rafah and medically evacuated to a
            # hospital": the wounded taken for care; but "14 patients from Kamal Adwan were
            # medically evacuated to Al Shifa Hospital" are moved)
        if sub == AID[1] and low.startswith(_DELIVERING, at) and _WHILE_DOING.search(low, lo, at):
            continue
        if sub == AGREEMENT[1] and (" that " in low[at:m.end()] or
                                    " which " in low[at:m.end()]) and \
                (_STILL_HOLDS.match(low, m.end(), end) or _DEAL_KEPT.search(low, lo, at) and
                 not _started_on_the_days(low, m.end(), end, cues.published)) or \
                sub == AGREEMENT[1] and _SINCE_IT.search(low, at, m.end()) and \
                not _started_on_the_days(low, m.end(), end, cues.published) or \
                sub == AGREEMENT[1] and (" that " in low[at:m.end()] or
                                         " which " in low[at:m.end()]) and \
                _DEAL_AS_FRAME.search(low, max(lo, at - 60), at) and \
                _started_days_before(low, m.end(), end, cues.published):
            continue  # the deal in force named by its start (or by a start days before, as
            # the frame of what followed: "despite the ceasefire that took effect on 10
            # October, strikes have killed 300"; not "the truce that took effect on 10 May
            # collapsed": what became of it)
        if sub == AID[1] and (_PERFECT_BEFORE.search(low, lo, at) or
                              _PERFECT_AFTER.match(low, m.end(), end)) and \
                _SINCE_A_DATE.match(low, m.end(), end) and not _FIRST_SINCE.search(low, lo, at):
            continue  # a running total since a date
        if sub == AID[1] and _STOCK_AFTER.match(low, m.end(), end) or \
                sub == RETURN[1] and " from returning" in low[at:m.end()] or \
                etype != BATTLE[0] and "having" in before and _HAVING.search(low, lo, at):
            continue  # a running count, a return prevented, a time given by a deed
        if sub in _STOCK_TYPES and _STOCK_BEFORE.search(low, lo, at) or \
                sub == EVACUATION[1] and low.startswith("ordered", at) and \
                _DESCRIBED_BEFORE.search(low, lo, at):
            continue
        if sub == EVACUATION[1] and "evacuation of" in low[at:m.end()] and \
                low.startswith(("call", "demand"), at) and _PLEA_BY.search(low, start, at) and \
                not _ISRAELI_FORCE.search(low, start, at):
            continue  # "The WHO called for the evacuation of Kamal Adwan hospital": a plea
        if sub == EVACUATION[1] and \
                low.startswith(("told", "ordered", "instructed", "orders"), at) and \
                _HEAD_FOR_SHELTER.search(low, at, m.end()) and \
                _ADVISED_BY.search(low, start, at) and not _ISRAELI_FORCE.search(low, start, at):
            continue
        if sub == SIEGE[1] and low.startswith(("it ", "complex "), at) and \
                "surrounded" in low[at:m.end()] and not _HOSPITAL_BEFORE.search(low, start, at):
            continue
        if sub == EVACUATION[1] and low.startswith("demand", at) and \
                _DEMANDED_THAT.fullmatch(low, at, m.end()) and \
                not _ISRAELI_FORCE.search(low, start, at):
            continue
        if sub == EVACUATION[1] and ("under " in before or " by " in before) and \
                (under := _UNDER_ORDERS.search(low, lo, at)) is not None and \
                not _PLACED.search(low, lo, under.start()):
            continue  # "areas under displacement orders": a standing state, not an order
        if sub == EVACUATION[1] and low.startswith(("evacuation order", "displacement order"),
                                                   at) and _HABITUAL_ORDERS.search(low, lo, at) \
                and not _ORDERS_GIVEN.search(low, lo, at) and \
                not _ORDERS_TOLD.match(low, m.end(), end):
            continue
        if sub == EVACUATION[1] and _orders_as_cause(low, before, start, at, m.end(), end):
            continue
        if sub == EVACUATION[1] and low.endswith(" for", at, m.end()) and \
                "evacuation" not in low[at:m.end()] and "displacement" not in low[at:m.end()] \
                and not _an_area_after(text, m.end(), end):
            continue  # ("orders were issued for the arrest of", "orders for troops": no area)
        if sub == EVACUATION[1] and _ORDER_TOLD_AGAIN.match(low, at) and \
                (not (_an_area_after(text, m.end() - 1, end) or
                      _WHOLE_AREA_AFTER.match(text, m.end() - 1, end)) or
                 _another_order_before(low, at)):
            continue  # "The order covered Bani Suheila, ..." only of areas, and of an order
            # to leave (not "The order includes a curfew on Rafah", "The order applies to
            # humanitarian workers in Rafah"; "The ICJ ordered Israel to halt its offensive in
            # Rafah. The order covered Rafah": another order told before)
        if sub == DISPLACEMENT[1] and (
                _DESCRIBED_BEFORE.search(low, lo, at)
                or _described_after(text, low, start, at, m.end(), end)
                or low.startswith("displaced", at) and _STATE_BEFORE.search(low, lo, at)
                or _a_headcount(low, lo, at, m.end(), end)):
            continue
        if low.startswith("protest ", at) and low.endswith((" in ", " as a "), lo, at) and \
                low.startswith((" of", " at", " against"), m.end()):
            continue  # "delaying their release in protest of the scenes": a motive
        if low.startswith("fleeing", at) and (
                _FLEEING_PEOPLE.search(low, lo, at) or _FLEEING_ADJECTIVE.match(low, m.end(), end)):
            continue
        if low.startswith("fleeing", at) and _FLEEING_WITNESS.search(low, lo, at) and \
                (tells := _TELLS_AFTER.match(low, m.end(), end)) is not None and \
                not _OWN_DAY.search(low, m.end(), tells.end()):
            continue
        if sub in (DISPLACEMENT[1], EVACUATION[1]) and \
                ("after " in before or "who " in before) and how_they_came(
                    low, max(start, at - 120), at, m.end(), end):
            continue  # "where thousands have sought shelter after being told to leave"
        if sub == DISPLACEMENT[1] and (_THE_DEAD_HAD.search(low, lo, at) or
                                       who_they_are(low, lo, at, m.end(), end)):
            continue  # "some of the dead had just fled Khan Younis", "people who fled the
            # north crowded into the area": who the dead, or the people, were
        if sub == DISPLACEMENT[1] and low.startswith("forced ", at) and \
                (" out of" in low[at:m.end()] or " from their" in low[at:m.end()]) and \
                _FORCED_BY_WEATHER.search(low, lo, at):
            continue
        if sub == DISPLACEMENT[1] and low.startswith(("were evacuated", "was evacuated"), at) \
                and _THE_HURT_BEFORE.search(low, lo, at) and \
                _CARRIED_AWAY.match(low, m.end(), end):
            continue  # "the injured and killed ... were evacuated from the targeted house"
        if sub == DISPLACEMENT[1] and (_FLIGHT_AS_CIRCUMSTANCE.search(low, lo, at) and
                                       _HARMED_AFTER.match(low, m.end(), end) or
                                       "while" in before and _WHILE_FLEEING.search(low, lo, at) or
                                       "as " in before and _AS_THEY.search(low, lo, at) and (
                                           _HARM_BEFORE_FLIGHT.search(low, max(start, at - 100),
                                                                      at) or
                                           _HARM_AFTER_FLIGHT.match(low, m.end(),
                                                                    min(end, m.end() + 80)))):
            continue
        if sub in (DISPLACEMENT[1], RETURN[1]) and _CROWD_ON_THE_ROAD.search(low, at, m.end()) \
                and _HARM_BEFORE_FLIGHT.search(low, max(start, at - 100), at):
            continue  # "An airstrike hit a vehicle carrying displaced families heading south
            # along Salah al-Din Road": who was hit, not a flight of its own
        if sub == DESTRUCTION[1] and low.startswith(("set ", "torch"), at) and \
                _WEAPON_BEFORE.search(low, lo, at) and any(t.start >= lo for t in out):
            # "Israeli missiles set ablaze a tent camp", "Israeli shelling torched several
            # tents": what the strike did (the strike found before it; not "Israeli shells set
            # ablaze a warehouse", told by no other)
            continue
        if sub == AID[1] and _GOODS_TOLD_MOVED_TO.search(low, at, m.end()) and \
                _WARD_MOVED.search(low, _clause_back(low, start, at, 80), at):
            continue  # "Patients, staff and medical supplies were transferred to": a ward
        if sub == DESTRUCTION[1] and low.endswith(("on fire", "alight"), at, m.end()) and (
                _LIT_BY_FIRE.search(low, _clause_back(low, start, at, 150), at) or
                _FIRE_BY_MISHAP.search(low, start, end)):
            continue  # "an airstrike hit a house and set it on fire": the strike's fire;
            # "a cooking stove ...; three tents were set alight": a mishap's
        if sub == SHELL[1] and _ROCKETS_TOLD_FROM.match(low, at) and (
                _LAUNCH_RECORD.search(low, start, end) or
                _GIVEN_AS_REASON.search(low, lo, at) and
                any(t.sub_event_type == EVACUATION[1] for t in out) or
                low.startswith(("from which", "from where"), at) and (
                    any(t.event_type in VIOLENT for t in out) or
                    _STRUCK_BEFORE.search(low, start, at))):
            # (nor "Aircraft struck a launch post in Beit Hanoun from which rockets were
            # fired": the place struck, told by the fire that left it)
            continue
        if sub in _PASSING and _CONSEQUENCE.search(low, max(start, at - 90), at) and \
                not _COUNTED.match(low, m.end(), end) or \
                sub in _HINDERED_TYPES and _HINDERED.search(low, lo, at):
            continue
        if sub == CROSSING[1] and _not_a_crossing_decision(low, start, at, m.end()):
            continue
        if sub == TERRITORY[1] and low.endswith("left", at, m.end()) and (
                not _LEFT_A_PLACE.match(text, m.end(), end) or _LEFT_BY.search(low, lo, at)):
            continue
        if sub == DESTRUCTION[1] and _BLEW_UP.match(low, at) and (
                (doers := _FIGHTERS_BLEW.search(low, lo, at)) and
                not _ARMY_BEFORE.search(low, lo, doers.start()) or
                _TROOPS_INSIDE.match(low, m.end(), end) and not _ARMY_BLEW.search(low, lo, at)):
            etype, sub = IED  # "fighters blew up a house used by Israeli soldiers": a bomb
            # set off at the troops, not a house razed
        if sub == IED[1] and _DEVICE.match(low, at) and \
                (by_bomb := _TARGETED_TROOPS.search(low, max(start, at - 100), at)) and \
                not _GUNS_TOO.search(low, by_bomb.start(), at):
            # "fighters had attacked Israeli troops in Khan Younis with an explosive device":
            # a bomb planted for the troops, not a fight (not "attacked Israeli troops with
            # rifles and an explosive device": guns fired too)
            bombed_troops.add(by_bomb.start())
            out.append(Trigger(etype, sub, at, m.end(), text[at:m.end()], strength))
            continue
        if etype == AIR[0]:
            if _INTO_ISRAEL.match(low, m.end(), end) and \
                    not (sub == SHELL[1] and _FROM_A_PLACE.match(text, m.end(), end)):
                continue
            after = _CLAUSE_END.search(low, m.end(), min(end, m.end() + 80))
            window = (m.end(), after.start() if after else min(end, m.end() + 80))
            if ("israeli" in low[window[0]:window[1]] or "idf" in low[window[0]:window[1]]) \
                    and _AT_TROOPS.search(low, m.end() if _AIR_WORD.search(
                        low, at, m.end()) else at, window[1]) or \
                    _TARGETED_TROOPS.search(low, max(start, at - 100), at):
                etype, sub = BATTLE
        if sub == IED[1] and low.startswith("explosion", at) and \
                _blamed_on_a_rocket(text, low, at):
            etype, sub = SHELL  # "the explosion at al-Ahli Arab Hospital", "... denied Israeli
            # claims that one of its rockets misfired": the blast of a rocket, not a bomb
        out.append(Trigger(etype, sub, at, m.end(), text[at:m.end()], strength))
        if sub == AIR[1] and _GROUND_ASSAULT.search(low, at, m.end()):
            # "intense air and ground attacks by Israeli forces on Khan Younis": a strike
            # and a battle (not "bombardment from air, land and sea": shells from afar)
            out.append(Trigger(*BATTLE, at, m.end(), text[at:m.end()], strength))
    if lasted and any(t.event_type in VIOLENT and t.start not in lasted for t in out):
        # "22 died when aircraft bombed a house in Beit Lahia, a town under siege for 68
        # days", "the hospital, pulverised by bombing during a weeks-long siege": the siege
        # told by its length beside an attack is that attack's backdrop, a state going on,
        # not news of its own (not "thousands have been besieged in the north for three
        # months", told alone: the siege is what the report tells)
        out = [t for t in out if t.start not in lasted or t.sub_event_type != SIEGE[1]]
    if bombed_troops:
        # the attack on the troops is the bomb's: one event, the bomb's
        out = [t for t in out if not (t.start in bombed_troops and
                                      (t.event_type, t.sub_event_type) == BATTLE)]
    if any(t.sub_event_type == EVACUATION[1] for t in out):
        # "issued evacuation orders for Beit Hanoon ..., calling them 'dangerous combat
        # zones'": the order's words for the areas, not fighting told
        out = [t for t in out if not (_COMBAT_ZONE.fullmatch(t.text) and _CALLING.search(
            low, max(start, t.start - 40), t.start))]
    devices = [t for t in out if t.sub_event_type == IED[1]]
    if devices and any(t.sub_event_type == AIR[1] for t in out):
        # "the tank was targeted on Saturday with an explosive device": the bomb is what it
        # was hit with, told by the weapon after "with" (not "a drone strike hit fighters
        # planting an explosive device": a strike of its own, named as one)
        out = [Trigger(*IED, t.start, t.end, t.text, t.strength)
               if t.sub_event_type == AIR[1] and not _AIR_WORD.search(t.text.lower()) and
               not _STRIKE_NOUN.search(t.text.lower()) and
               any(0 <= x.start - t.end <= 40 and
                   (w := _WITH_THE_DEVICE.search(low, t.end, x.start)) and
                   not _WITH_THE_CARRIER.search(low, t.end, w.end()) for x in devices)
               else t for t in out]
    if any(t.sub_event_type == AIR[1] and "attack" in t.text.lower() for t in out) and \
            AID_SOUGHT.search(text, start, end) and not _AIRCRAFT.search(low, start, end):
        # "the Israeli attack on people waiting for aid trucks near the roundabout": the
        # crowd at the aid was shot at, no aircraft told (not "an Israeli air attack on
        # people waiting for aid", "drones attacked aid seekers": from the air)
        # (nor "another deadly attack on a school": a building struck, whoever the
        # sentence's crowd at the aid was)
        out = [Trigger(*ATTACK, t.start, t.end, t.text, t.strength)
               if t.sub_event_type == AIR[1] and "attack" in t.text.lower() and
               not _AIR_WORD.search(t.text.lower()) and not _SITE_NAMED.search(t.text) and
               not _SITE_AFTER.match(text, t.end, end) and
               _aid_sought_in_clause(text, start, end, t)
               else t for t in out]
    shelling = [t for t in out if t.sub_event_type == SHELL[1]]
    if shelling:
        # "the maternity ward was hit during shelling": a word that names no weapon
        # ("hit", "strikes") takes the weapon named right next to it
        # (not "heavy tank fire east of Bureij and strikes in Nuseirat": two things, each at
        # its own place)
        out = [Trigger(*SHELL, t.start, t.end, t.text, t.strength)
               if t.sub_event_type == AIR[1] and not _AIR_WORD.search(t.text.lower()) and
               any((abs(x.start - t.end) <= 30 or abs(t.start - x.end) <= 30) and
                   not _EACH_ITS_PLACE.search(text, min(x.end, t.end), max(x.start, t.start))
                   for x in shelling)
               else t for t in out]
    return out
