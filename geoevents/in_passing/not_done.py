"""Attacks named but not told as done: spared, planned, to come, asked for, ordered, threatened,
ruled out, denied, asked about, reacted to.

"the area that has so far escaped ground fighting", "plans for an expanded military operation",
"a ground assault there will go ahead", "a suggestion that Gaza be cleaned out", "Netanyahu
ordered \"powerful strikes\"", "a hostage for every Israeli strike", "had ruled out an air or
artillery strike", "killed by Israeli airstrikes, which the military denied", "reviewing
whether Hamas fire was responsible", "Guterres 'shocked' by Israeli strikes.": what did not
happen, is still to come, is asked or threatened, or is a claim or a reaction, with nothing of
where, when or whom it hit. The attacks carried out are told of their own.
"""

from __future__ import annotations

import re

from geoevents.in_passing.days import DAY_AFTER
from geoevents.in_passing.flights import FLED_HARM
from geoevents.triggers.folded_rows import folded_re

# (what a place "has so far escaped"; not "the family had escaped the shelling of their
# neighbourhood": survived, the shelling told)
# (and "Until now, Deir al-Balah had avoided ground incursions")
_ESCAPED = re.compile(r"\b(?:has|have|had)\s+(?:(?:so\s+far|largely|until\s+now|thus\s+far)\s+"
                      r"(?:escaped|been\s+spared|avoided)|been\s+spared)\s+(?:[\w-]+\s+){0,3}$|"
                      r"\buntil\s+now,?\s+(?:[\w'’-]+\s+){1,4}(?:had|has)\s+(?:escaped|avoided|"
                      r"been\s+spared)\s+(?:[\w-]+\s+){0,3}$")


def spared_so_far(low: str, before: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the attack is what a place has been spared ("the area that has so far
    escaped ground fighting"): what did not happen (not "had avoided the airstrikes that
    killed 20 people in Rafah on Tuesday": told elsewhere)."""
    return ("escaped" in before or "spared" in before or "avoided" in before) and \
        _ESCAPED.search(low, lo, at) is not None and not DAY_AFTER.match(low, stop, end)


# (not "an airstrike killed 12 in Rafah, which the army denied targeting", "Hamas said the
# raid killed ten soldiers, which the army denied": a detail or a toll denied, not the attack)
_DENIED_AFTER = re.compile(r"(?:(?!killed|killing|wounded|injured|dead\b)[^.;,\d]){0,40}?,\s+"
                           r"(?:which|a\s+claim|an?\s+(?:account|allegation|accusation|"
                           r"assertion|charge))\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}?"
                           r"(?:denied|denies|rejected|rejects|disputed|disputes)\s*(?:[.;,]|$)")


def denied_by_the_other_side(low: str, stop: int, end: int) -> bool:
    """Whether the attack is a claim the other side denies ("saying they had been killed by
    Israeli airstrikes, which the military denied"), not an attack the report tells."""
    return ("deni" in low[stop:stop + 90] or "reject" in low[stop:stop + 90] or
            "disput" in low[stop:stop + 90]) and _DENIED_AFTER.match(low, stop, end) is not None


# "Israel insists a ground assault there will go ahead", "fighting will continue as long as
# Hamas does not comply": what is still to come, told after the words (not "fighting
# continued on Tuesday", nor "the strike, which will be investigated": what is done to it)
_TO_COME = re.compile(r"(?:\s+(?:there|here|in\s+[\w'’-]+|on\s+[\w'’-]+))?\s+(?:will|would|"
                      r"is\s+(?:set|due|expected|going)\s+to)\s+(?:still\s+|soon\s+|only\s+)?"
                      r"(?:go\s+ahead|take\s+place|proceed|continue|begin|start|resume|happen|"
                      r"be\s+launched)\b")
# "plans for an expanded military operation in Gaza City", "the plan for a ground assault
# on Rafah": an operation planned (not "Plan B": a name)
_PLANS_FOR = re.compile(r"\b(?:plans?|planned)\s+(?:for|of)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
                        r"(?:[\w'’-]+\s+){0,3}$")
# (not "Israeli forces carried out plans for a ground assault on Rafah, pushing tanks into
# the city": the plan put into action)
_PLANS_DONE = folded_re(r"\b(?:carr(?:y|ies|ied|ying)\s+out|implement(?:s|ed|ing)?|"
                        r"execut(?:e|es|ed|ing)|(?:went|go|goes|going|pushed|pressed)\s+ahead\s+"
                        r"with|put\s+into\s+action)\s+(?:its\s+|their\s+|the\s+|long-?\w*\s+)?$")


def still_to_come(low: str, before: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the attack is planned or still to come ("alarmed by plans for an expanded
    military operation", "a ground assault there will go ahead"), not one carried out."""
    if "plan" in before and (plans := _PLANS_FOR.search(low, lo, at)) and \
            not _PLANS_DONE.search(low, lo, plans.start()) and \
            not DAY_AFTER.match(low, stop, end):
        return True
    return (" will " in low[stop:stop + 40] or " would " in low[stop:stop + 40] or
            " to " in low[stop:stop + 40]) and _TO_COME.match(low, stop, end) is not None


# "rejected a suggestion by Trump on Saturday that Gaza be \"cleaned out\" and its residents
# moved to Egypt", "proposed that the wounded be evacuated to Jordan": what one asks to be
# done, in the subjunctive (not "suggested that the army had shelled the camp": a claim)
# (the trigger within what is asked: not "a woman who asked that her name not be used said
# her house was shelled on Monday", "requested that the patients be evacuated after troops
# stormed the hospital", "demanded that the men be stripped and then detained them": the
# deeds told in a clause of their own)
_THAT_IT_BE = re.compile(r"\b(?:suggest\w*|propos\w*|ideas?|plans?|calls?\s+for|called\s+for|"
                         r"demand\w*|insist\w*|urg\w+|recommend\w*|requests?|requested|"
                         r"asked|asks)\b[^.;]{0,80}?\bthat\s+"
                         r"(?:[\w'’-]+\s+){1,5}?(?:should\s+)?be\s+"
                         r"(?:(?!\b(?:after|before|as|when|while|following|then|since|because|"
                         r"until|where|which|who|said|says|saying|told|was|were|is|are|had|has|"
                         r"have|amid)\b)[^.;,]){0,80}$")


def asked_to_be_done(low: str, at: int, stop: int) -> bool:
    """Whether the attack is within what one asks to be done, in the subjunctive ("a
    suggestion that Gaza be cleaned out and its residents moved"), not a deed told."""
    return " be " in low[max(0, at - 100):stop] and \
        _THAT_IT_BE.search(low, max(low.rfind(".", 0, at) + 1, at - 240), stop) is not None


# "The army said it had “ruled out” an air or artillery strike": what did not happen, as
# its denial (not "ruled out a ceasefire and struck Rafah": a deed of its own)
_RULED_OUT = re.compile(r"\b(?:ruled?|rules|ruling)\s+out[\"“”']?\s+(?:an?\s+|any\s+|the\s+)?"
                        r"(?:(?!(?:and|or)\b)[\w-]+\s+){0,2}"
                        r"(?:(?:or|and)\s+(?:(?!(?:and|or)\b)[\w-]+\s+)?)?$")


def ruled_out(low: str, before: str, lo: int, at: int) -> bool:
    """Whether the attack is what did not happen, as its denial ("had “ruled out” an air or
    artillery strike")."""
    return " out" in before and _RULED_OUT.search(low, lo, at) is not None


# "was reviewing whether Hamas fire was responsible": a cause asked about, no attack told
_WHETHER = re.compile(r"\b(?:whether|if)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}$")
_WAS_TO_BLAME = re.compile(r"\s+(?:was|were|had\s+been)\s+(?:responsible|to\s+blame|behind)\b")


def asked_about(low: str, before: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the attack is a cause asked about ("reviewing whether Hamas fire was
    responsible"), no attack told."""
    return ("whether" in before or " if " in before) and \
        _WHETHER.search(low, lo, at) is not None and _WAS_TO_BLAME.match(low, stop, end) is not None


# "UN Secretary-General Guterres 'shocked' by Israeli strikes.", "Egypt condemned the
# renewed Israeli strikes.": a reaction to attacks, with nothing of where, when or whom they
# hit (not "condemned the Israeli strike on a school in Nuseirat": the attack told)
_REACTION_TO = re.compile(r"\b(?:(?:shocked|appalled|horrified|outraged|dismayed|alarmed|"
                          r"saddened)[\"”’']?\s+(?:by|at|over)|condemn(?:s|ed)?|"
                          r"denounc(?:es|ed)|deplor(?:es|ed)|decri(?:es|ed))\s+(?:the\s+)?"
                          r"(?:(?:latest|renewed|continued|continuing|ongoing|new|deadly)\s+)?"
                          r"(?:israeli\s+|israel['’]s\s+)?$")
_NOTHING_MORE = re.compile(r"[\"”’']?\s*[.!]?[\"”’']?\s*$")
# (not "Residents of Deir al-Balah said they were shocked by the Israeli strikes": those who
# lived through the attack tell it, and where)
_WHO_LIVED_IT = re.compile(r"\b(?:residents?|locals?|(?:eye)?witness(?:es)?|survivors?|"
                           r"famil(?:y|ies)|people|displaced|neighbou?rs|villagers|"
                           r"parents|mothers|fathers|children|we|us)\b")


def reacted_to(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the attacks are named only as what one reacts to ("Guterres 'shocked' by
    Israeli strikes."), with nothing of where, when or whom they hit, nor told by those who
    lived them."""
    return (reaction := _REACTION_TO.search(low, lo, at)) is not None and \
        _NOTHING_MORE.match(low, stop, end) is not None and \
        not _WHO_LIVED_IT.search(low, max(low.rfind(c, 0, reaction.start()) + 1
                                          for c in ".\n"), reaction.start())


# "threatened to execute a hostage for every Israeli strike on civilian homes": an attack
# named as the condition of a threat, none told
_FOR_EVERY = re.compile(r"\bfor\s+(?:every|each)\s+(?:(?:single|new|further|israeli)\s+){0,2}$")


def told_as_a_condition(low: str, before: str, lo: int, at: int) -> bool:
    """Whether the attack is the condition of a threat ("a hostage for every Israeli
    strike"), none told."""
    return ("every " in before or "each " in before) and _FOR_EVERY.search(low, lo, at) is not None


# (an order's quoted words, "ordered \"powerful strikes\" on Tuesday": the day the order's,
# not the strikes')
_QUOTE_SHUTS = re.compile(r"[\"”’']")
# (the harm of what led to it is not the attack's own: "ordered strikes after a soldier
# was killed in Rafah", "ordered \"powerful strikes\" over the death of a soldier in
# Rafah", "ordered strikes on Gaza, claiming that a soldier had been killed in Rafah")
_WHY = re.compile(r"\b(?:after|following|because|when|in\s+(?:response|retaliation)\s+"
                  r"(?:to|for)|over\s+(?:the\s+)?(?:deaths?|killings?)\s+of|"
                  r"(?:claiming|citing|alleging)\s+(?:that\b)?)")
# (but the harm told after the reason's clause is the attack's: "ordered airstrikes across
# Gaza following a Hamas attack on troops in Rafah, killing at least 104 people")
_WHY_ENDS = re.compile(r"[,;]")


def _harm_of_its_own(low: str, stop: int, end: int) -> bool:
    """Whether harm is told after the trigger at ``stop``, outside the reason told for it."""
    why = _WHY.search(low, stop, end)
    if why is None:
        return FLED_HARM.search(low, stop, end) is not None
    ends = _WHY_ENDS.search(low, why.end(), end)
    return FLED_HARM.search(low, stop, why.start()) is not None or \
        ends is not None and FLED_HARM.search(low, ends.end(), end) is not None


# "Prime Minister Netanyahu ordered \"powerful strikes\"", "ordered the army to strike
# Khan Younis forcefully", "ordered the army to carry out \"powerful strikes\" on the Gaza
# Strip", "called for a ground assault on Rafah": an attack ordered, called
# for or threatened, not one carried out (not "ordered residents to leave", an evacuation
# order, nor "strikes ordered by Netanyahu hit Rafah", "ordered troops to open fire on the
# crowd, killing 12", "the army ordered airstrikes on Jabalia overnight": the strikes told)
# (nor "the army ordered an airstrike on the building in Rafah, which collapsed on its
# residents": what it did to the place told)
_RUINED = re.compile(r"\b(?:collapsed|destroy(?:ed|ing)|flatten(?:ed|ing)|level(?:l)?(?:ed|ing)|"
                     r"razed|reduc(?:ed|ing)\s+(?:it\s+)?to\s+rubble)\b")
_ORDERED = re.compile(r"\b(?:ordered|ordering|gave\s+orders\s+for|call(?:ed|s|ing)\s+for|"
                      r"demand(?:ed|s|ing)|urg(?:ed|es|ing)|threaten(?:ed|s|ing)|vow(?:ed|s|ing)"
                      r")\s+(?:(?:the\s+|its\s+)?(?:army|military|troops|forces|idf|air\s+force|"
                      r"soldiers)\s+to\s+(?:\w+ly\s+)?(?:(?:carry|carries)\s+out\s+|conduct\s+|"
                      r"launch\s+|mount\s+)?|(?:to\s+)?)(?:an?\s+|the\s+|more\s+|"
                      r"further\s+|new\s+|renewed\s+)?[\"“'‘]?(?:[\w-]+\s+){0,2}$")


def ordered_not_carried_out(low: str, before: str, lo: int, at: int, stop: int,
                            end: int) -> bool:
    """Whether the attack is ordered, called for or threatened ("Netanyahu ordered
    \"powerful strikes\""), an order given, not an attack told: the strikes carried out are
    told of their own."""
    return ("order" in before or "call" in before or "demand" in before or "urg" in before or
            "threat" in before or "vow" in before) and \
        (ordered := _ORDERED.search(low, lo, at)) is not None and \
        not _harm_of_its_own(low, stop, end) and \
        not _RUINED.search(low, stop, end) and \
        (not DAY_AFTER.match(low, stop, end) or
         _QUOTE_SHUTS.match(low, stop) is not None and
         _QUOTE_SHUTS.search(ordered.group()) is not None)
