"""Truces and captives: a deal in force named by its start, a release sought or of no captive.

"The ceasefire that took effect on 19 January continues to hold" names the deal, it does not
tell it began; "once the truce begins" dates something else; "a resolution calling for the
release of hostages" asks for one; "Medical supplies were handed to the Red Cross" and "The
film was released in Gaza City" set no captive free, and bodies the captors dug out
themselves were handed to no one.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.dates import MONTH_NAMES, WEEKDAY_PATTERN, latest_on_or_before
from geoevents.trigger_table import AGREEMENT, ARRESTS, RELEASE
from geoevents.triggers.folded_rows import folded_re

# The captors telling of bodies they dug out themselves
_CAPTORS_FOUND = folded_re(r"\b(?:hamas|islamic jihad|qassam|quds brigades|al-quds|"
                           r"(?:its|their) (?:fighters|members|men)|militants|captors)\b"
                           r"(?![^.;]*\b(?:army|military|idf|troops|forces|soldiers)\b)")

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


_SINCE_IT = re.compile(r"\bsince\s+(?:it|they|the\s+(?:deal|agreement|truce|cease ?fire))\b")


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
_HELD_BY_WHAT_WAS_DONE = folded_re(r"(?:(?:were|was|been|being|are|is) (?:\w+ )?)?"
                                   r"(?:stripped|blindfolded|handcuffed|zip-tied|bound)\b")


# "Medical supplies were handed to the Red Cross in Rafah", "The documents were handed over
# to the ICRC": goods or papers given to the go-between (not "Hamas handed over to the Red
# Cross three hostages", "The bodies of four hostages were handed to the Red Cross")
_DEAD_GIVEN = re.compile(r"(?i)\b(?:bod(?:y|ies)|remains|coffins?|corpses?)\b")


def clause_back(low: str, start: int, at: int, reach: int) -> int:
    """Where the clause before ``at`` opens: past its last full stop, semicolon or colon, and
    no more than ``reach`` characters back (nor before ``start``)."""
    lo = max(start, at - reach)
    return max(lo, max(low.rfind(c, lo, at) for c in ".;:") + 1)


def _handed_nobody(text: str, low: str, start: int, at: int, end: int) -> bool:
    """Whether "handed to the Red Cross" at ``at`` tells of no captive, named person or body
    handed over, in its clause before or in the words after it."""
    lo = clause_back(low, start, at, 80)
    hi = min(end, at + 100)
    stop = [i for i in (low.find(c, at, hi) for c in ".;:") if i >= 0]
    hi = min(stop) if stop else hi
    # (a name only before it: "the Red Cross in Gaza City" after it names no one)
    return not (_FREED_WHO.search(low, lo, hi) or _DEAD_GIVEN.search(low, lo, hi) or
                _NAMED_PERSON.search(text, lo, at))


def _set_free_nobody(text: str, low: str, start: int, at: int, end: int) -> bool:
    """Whether "is released in <place>" at ``at`` tells of no captive or named person set free
    (see _FREED_WHO)."""
    lo = clause_back(low, start, at, 80)
    return not (_FREED_WHO.search(low, lo, at) or _NAMED_PERSON.search(text, lo, at)) or \
        _DUG_OUT.search(low, lo, min(end, at + 120)) is not None


# -- The checks of the trigger loop (sift) these words decide, in the loop's order ---------
# (``low``: the folded report; ``start``, ``end``: the sentence's bounds; ``lo``: the
# look-back of the trigger ``low[at:stop]``; ``sub``: the type it has so far)


def a_truce_start_as_a_time(low: str, lo: int, at: int, stop: int, end: int, sub: str) -> bool:
    """Whether a truce's start is told as the time of something else, or long ago: "once the
    truce begins", "the ceasefire began last month"."""
    return bool(sub == AGREEMENT[1] and _TRUCE_STARTS.search(low, at, stop) and (
        _WHEN_IT_STARTS.search(low, lo, at) or _TRUCE_LONG_AGO.match(low, stop, end)))


def no_captive_held_or_freed(text: str, low: str, start: int, lo: int, at: int, stop: int,
                             end: int, sub: str) -> bool:
    """Whether the arrest or the release is of no captive: the dead found bound, patients,
    goods or things handed over or let out."""
    if sub == ARRESTS[1] and _HELD_BY_WHAT_WAS_DONE.match(low, at) and \
            _DEAD_GIVEN.search(low, start, at):
        return True  # "Some of the bodies found in the mass grave were handcuffed": the dead
    if sub == RELEASE[1] and low.startswith("hand", at) and \
            _HANDED_NOT_CAPTIVES.search(low, lo, at):
        return True  # "The patients were handed to the Red Cross in Rafah for evacuation"
    if sub == RELEASE[1] and low.startswith("hand", at) and \
            low.endswith(("red cross", "icrc"), at, stop) and \
            _handed_nobody(text, low, start, at, end):
        return True  # "Medical supplies were handed to the Red Cross in Rafah"
    # "The film was released in Gaza City on Sunday"
    return bool(sub == RELEASE[1] and _SET_FREE_AT.match(low, at) and
                _set_free_nobody(text, low, start, at, end))


def release_sought(low: str, start: int, lo: int, at: int, sub: str) -> bool:
    """Whether the release is asked for, or aimed at ("a resolution calling for the release
    of hostages", "an operation to free two hostages"), not one that happened."""
    return bool(sub == RELEASE[1] and (low.startswith("release of", at) and
                                       _RELEASE_SOUGHT.search(low, start, at) or
                                       low.endswith(" to ", lo, at)))


def recovered_by_the_captors(low: str, start: int, at: int, sub: str) -> bool:
    """Whether the bodies were dug out by the captors themselves: "Hamas said its fighters
    recovered the bodies of two captives from the rubble" (their own search, no handing over
    and not the army's)."""
    return bool(sub == RELEASE[1] and low.startswith(("recover", "retriev"), at) and
                _CAPTORS_FOUND.search(low, max(start, at - 80), at))


def a_deal_named_by_its_start(low: str, lo: int, at: int, stop: int, end: int, sub: str,
                              published: date | None) -> bool:
    """Whether the deal in force is named by its start (or by a start days before, as the
    frame of what followed: "despite the ceasefire that took effect on 10 October, strikes
    have killed 300"; not "the truce that took effect on 10 May collapsed": what became of
    it). ``published``: the report's day."""
    return bool(sub == AGREEMENT[1] and (" that " in low[at:stop] or
                                         " which " in low[at:stop]) and
                (_STILL_HOLDS.match(low, stop, end) or _DEAL_KEPT.search(low, lo, at) and
                 not _started_on_the_days(low, stop, end, published)) or
                sub == AGREEMENT[1] and _SINCE_IT.search(low, at, stop) and
                not _started_on_the_days(low, stop, end, published) or
                sub == AGREEMENT[1] and (" that " in low[at:stop] or
                                         " which " in low[at:stop]) and
                _DEAL_AS_FRAME.search(low, max(lo, at - 60), at) and
                _started_days_before(low, stop, end, published))
