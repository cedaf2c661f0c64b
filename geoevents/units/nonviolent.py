"""Deaths that are no violent event: hunger, cold, a power cut, an accident, bodies recovered.

Only violence makes an event, and deaths told with no weapon are in the Strip almost always
strikes and shelling; so a count whose own words tell its dead died of hunger or in an
accident ("a truck carrying aid overturns on civilians, killing 25"), or were pulled out
from under rubble (a list under "The distribution of recovered bodies"), is told apart
before it could be coded as a strike.
"""

from __future__ import annotations

import re

from geoevents.casualties import Casualty
from geoevents.sentences import Span
from geoevents.trigger_table import IED, SHELL
from geoevents.triggers import Trigger

# "a truck carrying aid overturns on civilians, killing 25": an accident, told in the
# count's own clause or before it (not "... killed in Rafah, and a third was hurt when his
# vehicle overturned")
_ACCIDENT = re.compile(r"\b(?:overturn(?:s|ed|ing)?|(?:traffic|road|car) (?:accident|crash)|"
                       r"stampedes?|"
                       # "killed after a fire broke out at a bakery", "a gas leak" (not
                       # "killed in Nuseirat and fires broke out in nearby tents": a fire
                       # not said to have killed them)
                       r"(?:after|when|as)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?fires?\s+broke\s+out|"
                       r"gas (?:leaks?|cylinders?)|electrocut\w*|drown\w*|"
                       # "the aid crate killed five people": an airdrop gone wrong, the crate
                       # what fell or killed (not "killed near an airdrop site", "gathered to
                       # collect aid crates": where people were when something else hit them)
                       r"(?:crates?|pallets?|airdrops?|parcels?|packages?|box(?:es)?)"
                       r"(?: of (?:aid|food))? (?:\w+ ){0,2}?(?:fell|falling|fall|falls|landed|"
                       r"landing|crashed|crushed|killed|kills|killing|hit|struck)|"
                       r"(?:crates?|pallets?|parcels?|packages?|box(?:es)?) (?:dropped|released|"
                       r"falling|fell) from (?:an? |the )?(?:(?!(?:drones?|quadcopters?)\b)"
                       r"[\w-]+ ){1,2}(?:hit|struck|landed|"
                       r"crashed|killed)|"
                       # "after packages of aid that had been airdropped fell on them": the
                       # aid named, then how it came down, then its fall
                       # (not "packages dropped by an Israeli drone fell on people": the
                       # drone's drop, a strike)
                       r"(?:crates?|pallets?|parcels?|packages?|box(?:es)?|bundles?) "
                       r"(?:(?!(?:drones?|quadcopters?)\b)[\w-]+ ){0,6}?"
                       r"(?:air-?dropped|dropped|released|parachuted) "
                       r"(?:(?!(?:drones?|quadcopters?)\b)[\w-]+ ){0,4}?"
                       r"(?:fell|landed|crashed) (?:on|onto|upon)|"
                       r"(?:crushed|hit|struck|killed) by (?:\w+ ){0,3}?(?:crates?|pallets?|"
                       r"airdrops?|air-?dropped)|"
                       r"parachutes? (?:\w+ ){0,2}?(?:failed|did not open|malfunctioned))\b", re.I)
_NONVIOLENT_DEATH = re.compile(
    r"\b(?:due to|from|of|because of)\s+(?:the\s+)?(?:lack of|shortage of|starvation|"
    r"malnutrition|hunger|famine|dehydration|hypothermia|cold|disease|illness|natural causes|"
    r"power cuts?)|\b(?:when|after|as)\s+(?:their\s+|the\s+|its\s+)?(?:life support|"
    r"incubators?|oxygen|generators?|electricity|power supply)|"
    # "famine claimed the lives of at least 28 children"
    r"\b(?:starvation|malnutrition|hunger|famine|dehydration|hypothermia|disease|illness)"
    r"(?:\s+and\s+\w+)?\s+(?:has\s+|have\s+|had\s+)?claim\w*\s+the\s+lives\b|"
    # "the lack of food led to the deaths of 10 children"
    r"\b(?:lack|shortages?|absence) of (?:[\w-]+ ){1,3}(?:led|leading|has led|have led) to "
    r"(?:the )?deaths?\b",
    re.I)


# ", as hospitals reported a growing number of deaths from starvation": other news told
# beside the count, not what its dead died of
_OTHER_NEWS = re.compile(r",\s+(?:as|while|and)\s+(?:[\w'’-]+\s+){0,4}?(?:reported|said|warned|"
                         r"recorded|announced|confirmed)\b", re.I)


# the same dead pointed back to, or the teller's word set off by commas
_ASIDE = re.compile(r"\s*,")
_SAME_DEAD = re.compile(r"\b(?:they|them|their|these|those|he|she|his|her|the\s+(?:dead|"
                        r"victims|deceased|children|patients))\b", re.I)


def _nonviolent(s: Span, c: Casualty) -> bool:
    """Whether the count's sentence tells its dead died of hunger, cold or the like (not
    "Israeli forces killed at least 67 Palestinians ..., as hospitals reported a growing
    number of deaths from starvation": the hunger of others)."""
    hit = _NONVIOLENT_DEATH.search(s.text)
    if hit is None:
        return False
    at = c.end - s.start
    news = _OTHER_NEWS.search(s.text, at, hit.start()) if hit.start() > at else None
    # (not "12 patients died, as doctors said they ... died of hunger", "five children died,
    # as doctors said, of malnutrition": the count's own dead, told again)
    return news is None or _ASIDE.match(s.text, news.end()) is not None or \
        _SAME_DEAD.search(s.text, news.end(), hit.start()) is not None


# "The distribution of recovered bodies is as follows:\n- Rafah governorate: 94 bodies, in
# Tal as-Sultan": each item counts the bodies its lead-in says were pulled out, the dead of
# before, not a strike there (not "- Khan Younis: 12 killed in an air strike", nor items
# under "Deaths by governorate:")
_LIST_ITEM = re.compile(r"[ \t]*(?:[•\-*–·▪]|\d{1,2}[.)])[ \t]")
_RECOVERY_LEAD = re.compile(r"\b(?:recover\w*|retriev\w*|exhum\w*|pulled\s+(?:out|from)|"
                            r"(?:dug|taken)\s+out|found\s+under)\b", re.I)
_BODIES = re.compile(r"\b(?:bodies|remains|corpses)\b", re.I)
# (nor "hospitals received 52 bodies, including 10 recovered bodies, distributed as follows:":
# the recovered a part of the dead the list counts, the rest killed that day)
_PART_RECOVERED = re.compile(r"\b(?:including|among\s+them|of\s+(?:them|whom|which))\b",
                             re.I)
# (and "- Rafah: 30 bodies, from a massacre by gunfire in Tal as-Sultan": a killing told)
_KILLING_TOLD = re.compile(r"\b(?:kill\w*|died|dead|martyred|massacre\w*|struck|hit|"
                           r"(?:air|drone)?strikes?|shell\w*|bomb\w*|(?:gun)?fire[ds]?|"
                           r"gunshots?|shot|raid\w*|attack\w*)\b", re.I)


def recovered_listed(text: str, s: Span, c: Casualty) -> bool:
    """Whether ``c`` counts bodies in a list item whose lead-in tells they were recovered."""
    line = text.rfind("\n", 0, s.start) + 1
    if not _LIST_ITEM.match(text, line) or not _BODIES.search(c.text):
        return False
    end = text.find("\n", s.start)
    if _KILLING_TOLD.search(text, line, len(text) if end < 0 else end):
        return False
    while line > 0:  # up the list to the line that leads it in
        line = text.rfind("\n", 0, line - 1) + 1
        stop = text.find("\n", line)
        if not text[line:stop].strip():
            continue  # (a blank line between the lead-in and its list)
        if not _LIST_ITEM.match(text, line):
            return _RECOVERY_LEAD.search(text, line, stop) is not None and \
                _BODIES.search(text, line, stop) is not None and \
                _PART_RECOVERED.search(text, line, stop) is None
    return False


def cause_end(s: Span, c: Casualty) -> int:
    """Where what the count's sentence says caused the deaths can end: a little past the
    count ("killed after a fire broke out at a bakery"), up to the next clause ("killed in
    Nuseirat on Monday and fires broke out in nearby tents", "..., medics said, and a
    child drowned": another happening)."""
    at, end = c.end - s.start, min(len(s.text), c.end - s.start + 90)
    stop = _NEXT_CLAUSE.search(s.text, at, end)
    if stop and stop.start() == at and (hurt := _HURT_WITH_THEM.match(s.text, at)):
        # ("five were killed and several others wounded Friday after aid packages fell on
        # them": the hurt told right with the dead, one toll whose cause follows both; not
        # "were killed in the attack and 70 were injured after a fire broke out": the dead
        # given their own cause first)
        end = min(len(s.text), end + hurt.end() - stop.start())
        stop = _NEXT_CLAUSE.search(s.text, hurt.end(), end)
    return stop.start() if stop else end


_HURT_WITH_THEM = re.compile(r"\s+and\s+(?:[\w-]+\s+){0,3}?(?:were\s+)?(?:wounded|injured|hurt)\b")


_NEXT_CLAUSE = re.compile(r";|,(?!\s+(?:after|when|as)\s)|\s(?:and|but|while|as well as)\s")


def an_accident_told(text: str) -> bool:
    """Whether ``text`` tells an accident (_ACCIDENT): "a truck carrying aid overturns on
    civilians", "a gas leak", "the aid crate killed five people"."""
    return _ACCIDENT.search(text) is not None


def an_accidents_blast(t: Trigger, clause: Span) -> bool:
    """Whether ``t`` is the weak word "explosion" in a clause that tells an accident: "a gas
    cylinder explosion killed two" is an accident's blast, whatever else the report blames a
    blast on."""
    return (t.event_type, t.sub_event_type) in (IED, SHELL) and t.strength < 0.7 and \
        _ACCIDENT.search(clause.text) is not None


def died_of_no_violence(s: Span, c: Casualty, clause: Span, text: str | None) -> bool:
    """Whether the count's dead died of no violent event: of hunger, cold, a power cut or
    an accident told in its clause or as its cause; nor are bodies pulled out, told by a
    list's lead-in, nor deaths told right after deaths of hunger."""
    return _nonviolent(s, c) or _ACCIDENT.search(clause.text) is not None or \
        _ACCIDENT.search(s.text, 0, cause_end(s, c)) is not None or \
        text is not None and (recovered_listed(text, s, c) or hunger_told_before(text, s, c))


# the words of deaths that need no weapon: "15 reported deaths", "five children died", "the
# dead" (not "12 people were killed": a killing)
_DEATHS = re.compile(r"\b(?:deaths?|died|dead|passed\s+away|lost\s+their\s+lives)\b", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_BEFORE_REACH = 300  # characters before the sentence where the deaths of hunger are looked for
# the last whole sentence of a stretch of text (the one just before the count's, whose deaths
# of hunger the count's may go on telling)
_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?]))[^.!?]*[.!?]\s*$")


def hunger_told_before(text: str, s: Span, c: Casualty) -> bool:
    """Whether the count's deaths, told with no weapon and no killing in their sentence,
    come right after deaths of hunger or cold in the same paragraph: "Health officials say
    at least 101 people have died of hunger during the conflict. In the past 24 hours, there
    have been 15 reported deaths." are more deaths of hunger, no strike (not "... died of
    hunger. An airstrike on a house in Jabalia killed 12": a killing told, with its weapon)."""
    if _DEATHS.search(c.text) is None or _KILLING_TOLD.search(
            s.text.replace(c.text, "")) is not None:
        return False
    start = max(0, s.start - _BEFORE_REACH)
    breaks = list(_PARAGRAPH_BREAK.finditer(text, start, s.start))
    if breaks:
        start = breaks[-1].end()
    before = text[start:s.start]
    last = _LAST_SENTENCE.search(before)
    return last is not None and _NONVIOLENT_DEATH.search(last.group(0)) is not None
