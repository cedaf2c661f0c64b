"""Words that make a trigger no report of an act: a wish, a plan, a term, a forecast, a guess.

"must halt the fighting", "plans to expand operations", "the deal provides for the release
of 33 hostages", "a ground incursion into Rafah could result in a massacre", "it is likely
that the group fired rockets": the act is sought, planned, bargained for, feared or guessed
at, not told as done, and a coder codes no event for it. So are what a place has been spared
("had not been subject to a ground invasion") and a question asked ("whether the pier was
used in the raid"). The exceptions that keep a trigger live next to them: a truce that only
dates the clause after it, an irrealis word inside an aside about a place, a clause of its
own after "and" with a verb in the past.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geoevents.dates import WEEKDAY_FOLDED
from geoevents.in_passing import A_DAY
from geoevents.trigger_table import RELEASE, RETURN, VIOLENT

if TYPE_CHECKING:
    from geoevents.anchored import Cues

# Words that make the trigger hypothetical, negated or a demand rather than a report,
# when they stand within four words before it.
_IRREALIS_WORDS = (
    r"\b(?:halt|end|stop|cease(?! fire)|pause|resume|prevent|avoid|must|would|will|could|should|"
    r"might|(?<!\d )(?<!in )(?<!early )(?<!late )(?<!mid )(?<!since )(?<!during )(?<!until )"
    r"(?<!of )(?<!from )(?<!throughout )may(?!,? \d)|"  # (not the month: "in early May,")
    # (not a name: "the Ministry of Planning was struck", "the planning ministry")
    r"aims? to|plans? to|planned|(?<!of )planning(?! (?:ministry|department|office|"
    r"council|committee|authority)\b)|plott(?:ed|ing)|mastermind\w*|"
    r"threaten(?:s|ed)?|if|unless|proposals?|"
    r"agreement|negotiat\w*|cease ?fires?|truce|future|deserves?|allegations?|denied|plan|"
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
    # "preparations for further ground incursions", "what appeared to be preparation for
    # the ground assault", "in anticipation of a ground offensive": what the deed told is
    # readying, still to come (not "in preparation for", left as it was: read as a plan it
    # cost a held-out event found)
    r"(?<!in )preparations?(?=\s+for\b)|in\s+anticipation(?=\s+of\b)|"
    r"need|needs|goals?|objectives?|intends?|intended|advocat\w*|plead\w*|pleas?|"
    # (not "placed civilian lives at serious risk by ordering residents to relocate": the
    # deed that put them at risk, done)
    r"expected|anticipated|looming|upcoming|imminent|risks?(?! by )|demand\w*|refus\w*|"
    r"brac(?:e|es|ed|ing)|fears?|feared|fearing|promised|"
    r"discuss\w*|date for|ahead of|in advance of|"
    r"urg(?:e|ed|es|ing)|urgent|appeal(?:s|ed|ing)?|"
    # "ordered the evacuation, citing rocket fire into its territory": a reason given
    r"citing)\b")
IRREALIS_WORD = re.compile(_IRREALIS_WORDS)
# "The army did not comment on the strike", "has not confirmed the attack": what was not
# said of an attack told, not an attack that did not happen
_NOT_SAID = re.compile(r"\b(?:not|no)\s+(?:\w+\s+)?(?:comment(?:ed)?|confirm(?:ed)?|"
                       r"respond(?:ed)?|acknowledged?|claim(?:ed)?)\s+(?:on\s+|to\s+)?"
                       # (not "did not comment on the planned offensive": still to come)
                       r"(?:the|this|that|its)\s+(?:(?!" + _IRREALIS_WORDS + r")[\w-]+\s+){0,2}$")
_PAST_VERB = re.compile(r"[a-z]+ed\b")
_DEAL_WORDS = ("ceasefire", "cease fire", "truce", "agreement", "deal", "negotiat")
# "The first phase provides for the release of 33 hostages ... and the entry of 600 aid
# trucks a day", "the proposal envisages the withdrawal of Israeli forces": the terms of a
# deal or a plan, not things done (within the terms told, or a further term after a comma:
# not "As provided for in the deal, Hamas released three hostages", "provides for the
# release of 33 hostages, three of whom were freed on Sunday", "The deal includes the
# release of 33 hostages, and on Sunday Hamas handed over three": what was done under it)
_TERMS = re.compile(r"\b(?<!as\s)(?:provides?\s+for|provided\s+for|providing\s+for|"
                    r"stipulat(?:es?|ed|ing)|envisag(?:es?|ed|ing)|"
                    r"(?:deal|agreement|plan|proposal|phase|framework|terms|truce|cease ?fire)"
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
                          rf"but|then|where|who|which|that|{WEEKDAY_FOLDED}|yesterday|today|"
                          r"overnight)\b)"
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
# (at most six places or parts chained before the modal: "and and and ..." split every way
# into links would take exponential time)
_MODAL_NEXT = re.compile(r"(?:\s+(?:into|on|in|of|against|across|at|to|from|and|or)\s+"
                         r"(?:the\s+|an?\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}){0,6}"
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
MODAL_WORD = re.compile(r"could|would|might|should|may|can")

# What a place has been spared, further back than the four words of _IRREALIS: "had not
# been subject to an Israeli ground invasion", "has never seen such airstrikes".
_SPARED = re.compile(r"\b(?:not|never)\s+(?:yet\s+|once\s+)?(?:been\s+)?(?:subject(?:ed)?\s+to|"
                     r"seen|experienced|faced|witnessed|reached\s+by|affected\s+by|hit\s+by)"
                     # (not across a clause: "had not seen so many wounded since strikes hit")
                     r"(?:[^\w,;]+(?!since\b|when\b|after\b|until\b|before\b|while\b|but\b|"
                     r"as\b)\w+){0,5}[^\w,;]*$")
FOLLOWING_NEGATION = re.compile(r"\W*+(?:was|were|had|has)?\s*(?:halted|stopped|ended)\b|"
                                # "besieged multiple times": a summary of several events
                                r"(?:\s+\w+)?\s+(?:multiple|several|many|numerous) times\b|"
                                # "forced to move repeatedly", "displacement was expected"
                                r"(?:\s+\w+)?\s+repeatedly\b|"
                                # ("where looting was highly likely": a guess however
                                # firm, not a looting told)
                                r"(?:\s+[\w-]+){0,3}\s+(?:was|is|are|were)\s+"
                                r"(?:also\s+)?(?:(?:highly|very|quite|more|most|widely|"
                                r"increasingly)\s+)?(?:expected|anticipated|feared|likely)\b")

# "investigations on whether the pier was used in the Israeli raid": a question asked
WHETHER = re.compile(r"\bwhether\b(?:\W+\w+){0,8}\W*$")
# (a whether-clause that tells a death is an event told with doubt, not a question)
TOLD_DEATH = re.compile(r"\b(?:killed|killing|dead|died|injured|wounded)\b")

# (a flight given its own day, "fleeing Beit Lahia on Monday", is one the report tells)
OWN_DAY = re.compile(rf"\b(?:{A_DAY})\b")


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
_TRUCE_NOUNS = ("pause", "truce", "ceasefire", "cease fire")


def _truce_as_time(low: str, lo: int, at: int) -> bool:
    """Whether every irrealis word before the trigger at ``low[at:]`` is a truce that only
    dates the clause after a comma: "In the hours before the pause, heavy bombardment"."""
    words = list(IRREALIS_WORD.finditer(low, lo, at))
    return bool(words) and all(
        w.group(0) in _TRUCE_NOUNS and _TRUCE_TIME.search(low, lo, w.start()) is not None and
        "," in low[w.end():at] for w in words)


# "The Rafah crossing, the only exit not controlled by Israel, was hit": an irrealis word
# inside a noun phrase set off by commas, told of the place, not of what hit it
_ASIDE_OPENS = re.compile(r",\s+(?:the|an?|its|their)\s+[^,;:.()]*$")
_ASIDE_CLOSES = re.compile(r"[^,;:.()]*,\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)"
                           r"\s+)?$")


def in_an_aside(low: str, lo: int, at: int, stop: int) -> bool:
    """Whether every irrealis word before the trigger ``low[at:stop]`` stands in a noun phrase
    set off by commas that closes right before it: "the Rafah crossing, the only exit not
    controlled by Israel, was hit" (not "Al-Shifa, the hospital Israel vowed to storm, was
    not hit": the trigger's own negation)."""
    words = list(IRREALIS_WORD.finditer(low, lo, at))
    return bool(words) and not IRREALIS_WORD.search(low, at, stop) and all(
        _ASIDE_OPENS.search(low, lo, w.start()) is not None and
        _ASIDE_CLOSES.fullmatch(low, w.end(), at) is not None for w in words)


def _real_after_and(low: str, lo: int, at: int, end: int) -> bool:
    """Whether the trigger at ``low[at:]`` is told in a clause of its own after "and",
    with a subject of its own and a verb in the past, beyond the irrealis words before it."""
    joined = _AND_SUBJECT.search(low, lo, at)
    if joined is None or IRREALIS_WORD.search(low, joined.start(), at) or \
            _CONDITION.search(low, lo, joined.start()):
        return False
    past = _PAST_NEXT.match(low, at, end)
    return past is not None and not IRREALIS_WORD.search(low, at, past.end())


def _could_come(cues: Cues, low: str, lo: int, at: int, trigger: str, end: int) -> bool:
    """Whether the trigger ``trigger`` at ``low[at:]`` is the subject of a modal, a thing
    that could or would come: "a ground incursion into Rafah ... could result in a
    massacre" (not "the shelling of Kamal Adwan hospital on Monday could amount to a war
    crime": the one of a day told)."""
    if not cues.search(MODAL_WORD, at, end, folded=True):
        return False  # (a cheap pre-test, through the report's cues: not a read of the rest
        # of the sentence for each of its triggers, "airstrike on ... airstrike on ...")
    modal = _MODAL_NEXT.match(low, at + len(_OWN_PREP.sub("", trigger)), end)
    return modal is not None and _SUBJECT_OF_A_MODAL.search(low, lo, at) is not None and \
        (_A_THING.search(low, lo, at) is not None or
         not OWN_DAY.search(low, at, modal.end()))


# What a place will be, told as a warning or a forecast: "Gaza City will continue to be a
# dangerous combat zone", "the north will remain a battle zone" (not what it was or is:
# "declared Gaza City a combat zone", "has become a combat zone")
_WILL_BE = re.compile(r"\b(?:will|shall|would|is\s+going\s+to)\s+(?:still\s+|continue\s+to\s+|"
                      r"remain\s+|stay\s+)?(?:be|remain|stay|become)\s+(?:an?\s+|the\s+)?"
                      r"(?:[\w-]+\s+){0,2}$")


def _told_as_to_be(low: str, lo: int, at: int) -> bool:
    """Whether the trigger is what a place will be ("will continue to be a dangerous combat
    zone"): a warning or a forecast, no fighting told."""
    before = low[lo:at]
    return any(w in before for w in (" be ", " remain ", " stay ", " become ")) and \
        _WILL_BE.search(low, lo, at) is not None


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
GUESS_WORD = re.compile(r"likely|possible|probable|plausible|conceivable|suggest|speculat|"
                         r"theori|hypothesi|surmis|guess")


def _guessed(cues: Cues, low: str, start: int, at: int) -> bool:
    """Whether the trigger at ``low[at:]`` stands in a clause told as a guess."""
    if cues.search(GUESS_WORD, start, at, folded=True) is None:
        return False  # (through the report's cues: not a read of the sentence up to each of
        # its triggers)
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


# -- The checks of the trigger loop (sift) these words decide, in the loop's order ---------
# (``low``: the folded report; ``start``, ``end``: the sentence's bounds; ``lo``: the
# look-back of the trigger ``low[at:stop]``, ``before``: ``low[lo:at]``; ``etype``, ``sub``:
# the type it has so far)


def told_as_unreal(cues: Cues, low: str, lo: int, at: int, stop: int, end: int,
                   sub: str) -> bool:
    """Whether an irrealis word in the look-back makes the trigger a wish, a plan, a demand
    or a negation rather than an act told as done. Not what was not said of an attack told,
    a release whose only such words are the ceasefire or the deal that brings it, a truce
    that only dates the clause, a word inside an aside about a place, nor a second verb in
    the past after "and" ("Israel prepared for an operation and ordered the evacuation": a
    second verb says what was done). ``cues``: the report's, for a cheap pre-test."""
    return bool(cues.possible(IRREALIS_WORD, lo, at) and (
        _IRREALIS.search(low, lo, at) or _IRREALIS_AND.search(low, lo, at) and
        not _PAST_IRREGULAR.match(low, at)) and
        not _NOT_SAID.search(low, lo, at) and not (
            sub == RELEASE[1] and all(w.group(0).startswith(_DEAL_WORDS) for w in
                                      IRREALIS_WORD.finditer(low, lo, at))) and
        not _truce_as_time(low, lo, at) and not in_an_aside(low, lo, at, stop) and not (
            low.endswith((" and ", ", "), lo, at) and _PAST_VERB.match(low, at)) and
        not _real_after_and(low, lo, at, end))


def told_as_feared_or_guessed(cues: Cues, low: str, start: int, lo: int, at: int, stop: int,
                              end: int) -> bool:
    """Whether the trigger is a thing that could or would come ("a ground incursion into
    Rafah could result in a massacre"), what a place will be ("will continue to be a combat
    zone") or stands in a clause told as a guess ("It is likely that the group fired
    rockets"): feared, forecast or guessed at, not told as done."""
    return _could_come(cues, low, lo, at, low[at:stop], end) or _guessed(cues, low, start, at) or \
        _told_as_to_be(low, lo, at)


def told_as_sought(low: str, start: int, lo: int, at: int, etype: str) -> bool:
    """Whether the trigger is a later item of a list of things sought ("its goals: the
    destruction of Hamas and the release of the captives") or, unless violent, a term of a
    deal or a plan ("The first phase provides for the release of 33 hostages")."""
    if low.endswith(_AND_THE, lo, at) and _SOUGHT_LIST.search(low, max(start, at - 220), at):
        return True
    return bool(etype not in VIOLENT and _TERMS.search(low, start, at))


def still_to_come(low: str, lo: int, at: int, stop: int, sub: str) -> bool:
    """Whether the release or the return is one to come: "all hostages would be released by
    the end of the phase", "33 hostages ... are to be freed in exchange for prisoners"."""
    return bool(sub in (RELEASE[1], RETURN[1]) and (_YET_TO.search(low, at, stop) or
                                                   _TO_BE_DONE.search(low, lo, at)))


def told_as_spared(low: str, before: str, lo: int, at: int) -> bool:
    """Whether the trigger is what a place has been spared: "the last district that had not
    been subject to a ground invasion"."""
    return bool(("not " in before or "never " in before) and _SPARED.search(low, lo, at))
