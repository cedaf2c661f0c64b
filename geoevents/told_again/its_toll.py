"""A toll the Strip's office tells right after an attack: the attack's toll, not the Strip's
("A blast tore through Al-Ahli hospital. The Gaza health ministry said 471 people were
killed in the explosion"), and a toll of that attack revised ("The Ministry of Health in
Gaza later put the toll at 118 killed").

The Strip named as whose office speaks is who tells, not where anything happened; a day's
tally ("... in the past 24 hours") stays the Strip's.
"""

from __future__ import annotations

import re

from geoevents.model import Mention
from geoevents.sentences import Span
from geoevents.the_same_attack import the_attack_again
from geoevents.told_again.the_attack import ATTACK_NOUN, ToldBefore
from geoevents.units import days_tally

__all__ = ["revises_a_toll", "speaks_for_the_strip", "without_the_office"]


# Who speaks for the Strip: "Gaza's health ministry", "the Gaza Health Ministry", "the
# health ministry in Gaza", "health officials in Gaza", "Gaza's Civil Defence"
_OFFICE_NEXT = re.compile(r"(?:['’]s)?\s+(?:Hamas-(?:run|controlled)\s+)?(?:health\s+ministry|"
                          r"ministry\s+of\s+health|civil\s+defen[cs]e|(?:government\s+)?"
                          r"media\s+office|health\s+(?:authorit(?:y|ies)|officials))\b", re.I)
_OFFICE_BEFORE = re.compile(r"\b(?:ministry(?:\s+of\s+health)?|civil\s+defen[cs]e(?:\s+agency)?|"
                            r"media\s+office|health\s+(?:authorit(?:y|ies)|officials)|"
                            r"authorities)\s+in\s+(?:the\s+)?$", re.I)


def speaks_for_the_strip(text: str, m: Mention) -> bool:
    """Whether the Strip is named only as whose office speaks ("the Gaza health ministry
    said", "the health ministry in Gaza said"): who tells, not where anything happened."""
    return m.feature_class == "strip" and (
        _OFFICE_NEXT.match(text, m.end) is not None or
        _OFFICE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None)


# "the explosion", "the Israeli strike", "this attack" (not "the first strike", "the earlier
# raid": another)
_THAT_ATTACK = re.compile(rf"\b{the_attack_again(ATTACK_NOUN)}\b")


def without_the_office(text: str, s: Span, named: list[Mention], *,
                       bare_toll_after: ToldBefore | None = None) -> list[Mention]:
    """The places of a sentence that tells again of "the attack" told before, less the
    Strip whose office speaks ("A blast tore through Al-Ahli hospital. The Gaza health
    ministry said 471 people were killed in the explosion": the hospital's toll, not the
    Strip's). A day's tally ("... in the past 24 hours") stays the Strip's. So for a bare
    toll told right after an attack at a place (``bare_toll_after``: "Israeli jets struck a
    house in Rafah on Saturday. The Gaza health ministry said five people were killed"),
    with no attack, day or place of its own (not "... said 40 people were killed in
    strikes on Saturday", "... killed across Gaza": the day's tally)."""
    offices = [m for m in named if speaks_for_the_strip(text, m)]
    if not offices or days_tally(text, s.start, s.end):
        return named
    if _THAT_ATTACK.search(text, s.start, s.end) is None and \
            not (len(offices) == len(named) and _bare_toll_after(text, s, bare_toll_after)):
        return named
    return [m for m in named if m not in offices]


# "strikes", "bombardment", "across", "in total": a toll of more than the attack told before
_NOT_BARE = re.compile(rf"(?i)\b(?:{ATTACK_NOUN}s?|bombard\w*|across|throughout|all over|"
                       r"in total|overall|altogether|so far|since|including|among them|"
                       r"war|today|yesterday|tonight|overnight|"
                       # ("... said 40 people were killed in the past day", "in 24 hours",
                       # "during the day": a day's tally, not the house's toll)
                       r"day|days|hours|week|weekend)\b")


def _bare_toll_after(text: str, s: Span, told_before: ToldBefore | None) -> bool:
    """Whether a sentence that names the Strip only as whose office speaks tells a bare
    toll ("Five people were killed, Gaza's health ministry said") right after the sentence
    of an attack told at one place (not "... hit Rafah and Khan Younis": whose toll?), and
    told with no toll of its own (not "An Israeli strike on a house in Rafah killed five
    people. The Gaza health ministry said 70 people were killed": the day's tally)."""
    if told_before is None or text[told_before.end:s.start].strip() or \
            len(told_before.places) != 1 or \
            next(iter(told_before.places)).startswith("strip:"):
        return False
    if revises_a_toll(text, s):
        # "... killed as crowds gathered at the Nabulsi roundabout. The Ministry of Health in
        # Gaza later put the toll at 118 killed": the same attack's toll, revised
        return True
    return not told_before.counted and _NOT_BARE.search(text, s.start, s.end) is None


# "later put the toll at", "the toll later rose to", "raised the death toll to": the toll of
# the attack told before, revised (not "the toll across Gaza rose to 30,000": the war's)
_REVISED = re.compile(r"(?i)\b(?:(?:later|subsequently|since)\s+(?:put|raised|revised|updated|"
                      r"increased)\s+(?:the|its)\s+(?:death\s+)?toll|(?:the|its)\s+(?:death\s+)?"
                      r"toll\s+(?:(?:later|subsequently|has\s+since|had\s+since|since)\s+)?"
                      r"(?:rose|climbed|risen|increased|reached)|"
                      r"(?:raised|revised|updated)\s+(?:the|its)\s+(?:death\s+)?toll)\b")
_NOT_REVISED = re.compile(r"(?i)\b(?:across|throughout|all over|in total|overall|altogether|war|"
                          r"days|hours|week|weekend|since\s+(?:October|the\s+(?:start|beginning))|"
                          # (nor "later raised the toll of a strike on a school to 40": the
                          # toll of an attack it tells apart)
                          r"toll\s+(?:of|from|in)\s+(?:an?|another|one|two|three|several|"
                          r"an\s+earlier|a\s+separate|(?:the\s+)?(?:other|earlier|previous)|"
                          rf"\w+day['’]s)\s+(?:[\w-]+\s+)?{ATTACK_NOUN}s?)\b")


def revises_a_toll(text: str, s: Span) -> bool:
    """Whether the sentence revises the toll of the attack told before it ("The Ministry of
    Health later put the toll at 118 killed")."""
    return _REVISED.search(text, s.start, s.end) is not None and \
        _NOT_REVISED.search(text, s.start, s.end) is None
