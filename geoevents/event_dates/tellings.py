"""The day of a telling, not of what it tells.

Reports give the day news was told as readily as the day it happened ("Shehab reported on
Sunday", "killed Tuesday ..., the army confirmed Wednesday", "'On Saturday, an air strike hit
our house,' a man said"). A telling's day, or a speaker's own day that opens a quote, dates
neither the event told nor what the report tells next: these are the words of a telling
("said", "reported that") and the tests that find its day.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.dates import MONTH_PATTERN, WEEKDAY_PATTERN, DateRef, find_dates
from geoevents.normalize import fold
from geoevents.record_days import days_between
from geoevents.sentences import split_sentences
from geoevents.speech import QUOTED, TOLD
from geoevents.triggers import find_triggers
from geoevents.units import EventUnit

# "On Sunday, the health ministry said the toll since ...": the day of the telling (not
# "killed on Saturday, the army said, bringing the toll since ...": the killing's day)
OPENS_A_TELLING = re.compile(r"\s*,?\s*(?:[\w'’-]+\s+){0,6}?(?:" + QUOTED +
                             r")\b(?!\s*,)", re.I)


# "UNRWA reported that", "said on Tuesday that": what follows is what was told.
_TELLING = re.compile(
    r"\b(?:" + QUOTED + r"|indicated)\b"
    # (and "confirmed overnight that the body handed over by Hamas late Friday is ...")
    r"(?:\s+(?:on\s+\w+(?:\s+\w+)?|overnight|today|yesterday|this\s+(?:morning|evening)))?"
    r"\s+that\b", re.I)


# The verbs of a telling, before its day ("said Sunday")
_TELLING_VERBS = TOLD + r"|told \w+|noted|warned|added|explained"
# "As we said yesterday", "told reporters on Monday": the day of a telling.
_TOLD_ON = re.compile(rf"(?i)\b(?:{_TELLING_VERBS}|briefed|"
                      # "told a news conference in Doha on Wednesday night that ..." (not
                      # "told of the strike on Wednesday": the strike's day)
                      r"told\s+(?:an?\s+|the\s+)?(?:news\s+|press\s+)?(?:conference|briefing|"
                      r"reporters|journalists|lawmakers|parliament)\s+(?:in\s+[\w'’-]+\s+)?|"
                      # "UNRWA's chief wrote Tuesday on X", "posted on Telegram on Sunday": a
                      # telling in writing, on the day it was posted
                      r"(?:wrote|posted|tweeted)(?:\s+on\s+(?:X|Twitter|Telegram|Facebook|"
                      r"Instagram|social\s+media))?)"
                      r"\s*(?:on\s+)?$")
# (not "officials say Sunday was the deadliest day": the day is what is told of)
_DAY_TOLD_OF = re.compile(r"\s+(?:was|saw|marked|became|had been)\b")
# (but "an explosion that residents said Sunday was caused by a drone", "the strike, which
# the army said Sunday was aimed at a commander": what is told of is the clause's subject,
# and the day is the telling's)
# ("briefed" takes no clause before it: "which officials briefed")
_TOLD_IN_A_CLAUSE = re.compile(r"(?i)\b(?:that|which|what)\s+(?:[\w'-]+\s+){0,3}"
                               rf"(?:{_TELLING_VERBS})\s+(?:on\s+)?$")


def _day_told_of(text: str, d: DateRef) -> bool:
    """Whether a day after "said" is what is told of ("officials say Sunday was the
    deadliest day", "the army said Tuesday's strike killed a commander"), not the day of
    the telling."""
    if d.text.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), d.end):
        return True
    return _DAY_TOLD_OF.match(text, d.end) is not None and \
        _TOLD_IN_A_CLAUSE.search(text, max(0, d.start - 60), d.start) is None


# "killed Tuesday ..., the army confirmed Wednesday": the day of the telling, not of what
# it told, where the sentence gives another day (alone, "Hamas claimed on Monday that it
# ambushed ...", it is the best day the report gives)
CONFIRMED_ON = re.compile(r"(?i)\b(?:confirmed|disclosed|revealed|acknowledged|claimed)\s+"
                          r"(?:on\s+)?$")


# (the verbs _TOLD_ON needs, looked for as plain text first)
_TOLD_ON_WORDS = ("said", "say", "stated", "announced", "confirmed", "reported", "claimed",
                  "told", "tells", "noted", "warned", "added", "explained", "briefed",
                  "wrote", "posted", "tweeted")


def told_on(text: str, d: DateRef) -> bool:
    """Whether a day is the day of a telling ("Shehab reported on Sunday")."""
    lo = max(0, d.start - 50)
    before = fold(text[lo:d.start])
    return any(verb in before for verb in _TOLD_ON_WORDS) and \
        _TOLD_ON.search(text, lo, d.start) is not None and not _day_told_of(text, d)


# the teller's verb right after its day: "The Israeli army on Wednesday claimed", "the
# ministry, on Sunday, said"
_VERB_AFTER_ITS_DAY = re.compile(rf"(?i),?\s*(?:(?:has|had|also)\s+)?(?:{_TELLING_VERBS})\b")
# (nothing between the day and the deed that ends the telling: "on Sunday. Troops", "on
# Sunday; troops")
_TELLING_ENDS = re.compile(r"[.!?;]")


def a_tellers_day_before(text: str, unit: EventUnit, d: DateRef) -> bool:
    """Whether ``d`` is the day of a telling set before the deed the event tells, on the
    teller's verb before or after it: "The Israeli army on Wednesday claimed to have killed
    a commander in a strike on Gaza City a few days ago", "The army said on Monday it had
    struck the school last month": Wednesday and Monday date the claims, not the strikes."""
    if d.end > unit.anchor or _TELLING_ENDS.search(text, d.end, unit.anchor):
        return False
    return told_on(text, d) or _VERB_AFTER_ITS_DAY.match(text, d.end) is not None


# "'On Saturday, an air strike hit our house,' a man said.": a speaker's day, opening a
# quote that closes in its sentence; what the report tells after it keeps the report's own
# day (not a quote that runs on into the next sentence: 'On Saturday, a strike hit our
# house. My sons were killed,' he said)
_QUOTE_OPENS = re.compile(r"(?:^|[.!?:]\s+|\n\s*)[“\"'‘]\s*$")
_QUOTE_CLOSES = re.compile(r"[^\n“”\".!?]*?[,!?][”\"'’]\s+(?:[\w'’-]+\s+){0,6}?"
                           r"(?:" + QUOTED + r")\b")


# (only a speaker's own account: "... hit our house," a man said; not "'On Friday, Israeli
# forces stormed Kamal Adwan Hospital,' the WHO said. Troops detained 44 staff", "'Yesterday,
# an air strike killed 12 people in Jabalia,' the civil defence said": the news the report
# goes on with)
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i['’]m|me|my|we|we['’]re|us|our)\b")


def opens_a_quote(text: str, d: DateRef) -> bool:
    return _QUOTE_OPENS.search(text, max(0, d.start - 4), d.start) is not None


def quoted_day(text: str, d: DateRef) -> bool:
    """Whether ``d`` opens a speaker's own account, quoted and closed in its sentence."""
    if not opens_a_quote(text, d):
        return False
    closes = _QUOTE_CLOSES.match(text, d.end)
    return closes is not None and _FIRST_PERSON.search(text, d.end, closes.end()) is not None


# "dozens were killed there, a day after it said more than 50 died in the camp on Tuesday":
# the day of what an earlier telling told, recalled in passing
TOLD_BEFORE_THAT = re.compile(rf"(?i)\b(?:after|since)\s+(?:it|they|he|she|officials|the\s+"
                              rf"(?:[\w-]+\s+)?(?:ministry|army|military|agency|office))\s+"
                              rf"(?:had\s+)?(?:{TOLD})\b[^.;:]*$")


# ", and the military said", "; the ministry says that": a clause of its own, told by another
_LATER_TELLING = re.compile(r"\s*[,;]\s+(?:(?:and|while|but)\s+)?(?:[\w'’-]+\s+){1,4}?"
                            r"(?:" + TOLD + r")\s+(?:that\s+)?", re.I)


def anothers_told_day(cues: Cues, unit: EventUnit, d: DateRef) -> bool:
    """Whether ``d`` is the day of another event a later clause tells, with a speaker of its
    own ("Israeli troops battled militants for a sixth day in Jabaliya, and the military
    said five soldiers were killed Wednesday night by tank fire": the tank fire's day, not
    the battle's)."""
    if d.start < unit.clause.end:
        return False
    told = _LATER_TELLING.match(cues.text, unit.clause.end)
    if told is None or told.end() > d.start:
        return False
    own = (unit.event_type, unit.sub_event_type)
    # (not "Israeli troops stormed Kamal Adwan Hospital, and the WHO said the raid on
    # Tuesday forced out patients": a word of the unit's own kind tells of it again)
    kinds = {(t.event_type, t.sub_event_type)
             for t in find_triggers(cues.text, told.end(), unit.sentence.end, cues=cues)}
    return bool(kinds) and own not in kinds


# A reaction to an attack, on a day of its own: "UNRWA condemned on Tuesday the strike on its
# school in Nuseirat on Monday", "WFP on Monday denounced the shooting of its convoy on
# Sunday" -- the day of the condemnation, as of a telling, not of the attack
_REACTED = (r"condemn(?:s|ed)|denounc(?:es|ed)|deplor(?:es|ed)|decried|decries|"
            r"(?:voiced|expressed)\s+(?:its\s+|their\s+)?(?:strong\s+|deep\s+|grave\s+)?"
            r"(?:condemnation|outrage|shock|horror|alarm)|"
            # "WHO's chief issued a statement Tuesday condemning an incident in which tanks
            # opened fire on its convoy": the statement's day
            r"(?:issued|released|put\s+out|published)\s+(?:a|an|its|their|the)\s+"
            r"(?:joint\s+|written\s+|brief\s+)?statement")
_REACTED_ON = re.compile(rf"(?i)\b(?:{_REACTED})\s+(?:on\s+)?$")


def reacted_on(text: str, d: DateRef) -> bool:
    """Whether a day is that of a reaction to an attack ("condemned on Tuesday the strike
    ... on Monday"), told as a telling's day is."""
    return _REACTED_ON.search(text, max(0, d.start - 60), d.start) is not None


# "On Wednesday the army said ten soldiers were killed in Shejaia on Tuesday", "The IDF on
# Wednesday named ten soldiers killed in Shejaia on Tuesday": a telling set between a day and
# the event, told with no "that"
_TOLD_BETWEEN = re.compile(rf"(?i)\b(?:{TOLD}|named|identified|cleared\s+for\s+publication|"
                           rf"released\s+(?:the\s+)?names|{_REACTED})\b")
# (the event's own day, named: not "overnight", "yesterday", counted from the report)
_A_NAMED_DAY = re.compile(rf"(?i)\b(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN}|\d{{1,2}})\b")
# (nor "the army said troops raided Jabalia, killing five, in an operation that began on
# Sunday": the day of what the event is part of, or came after)
_ANOTHERS_DAY = re.compile(r"(?i)\b(?:began|begun|started|launched|opened|since|after|before|"
                           r"following|ahead\s+of|preceding)\b")
# (a clause of its own between the event and the day: "; on Tuesday", "and then on Tuesday")
_ANOTHER_CLAUSE = re.compile(r";|\band\s+(?:on|then|later)\b|[,:]\s+(?:and|but|while)\s")
_SENTENCE_OR_CLAUSE_END = re.compile(r"[.!?;]")
_TELLING_REACH = 160  # characters from the event to its own day after it


def _the_tellings_day_dropped(text: str, unit: EventUnit, pool: list[DateRef]) -> list[DateRef]:
    """The days of ``pool`` less those of a telling before the event where the event has a
    day of its own named after it in the sentence ("On Wednesday the army said ten soldiers
    were killed in Shejaia on Tuesday": Tuesday; not "On Monday, the army said troops raided
    Rafah, and on Tuesday they stormed Khan Younis": a day of another clause)."""
    own = next((d for d in pool if d.start >= unit.anchor and d.precision == 1 and
                d.start - unit.anchor <= _TELLING_REACH and
                _A_NAMED_DAY.search(d.text) and not told_on(text, d) and
                not _ANOTHER_CLAUSE.search(text[unit.anchor:d.start]) and
                not _ANOTHERS_DAY.search(text, unit.anchor, d.start)), None)
    if own is None:
        return pool
    before = [d for d in pool if d.end <= unit.anchor]
    if not before:
        return pool
    last = max(before, key=lambda d: d.end)
    if not told_on(text, last) and not reacted_on(text, last) and \
            _TOLD_BETWEEN.search(text, last.end, unit.anchor) is None or \
            _SENTENCE_OR_CLAUSE_END.search(text, last.end, unit.anchor):
        return pool
    return [d for d in pool if d.end > unit.anchor or d.start >= last.end] or pool


def without_a_tellings_days(cues: Cues, unit: EventUnit, pool: list[DateRef]) -> list[DateRef]:
    """The days of ``pool`` less those of a telling before the event: "On 20 February, UNRWA
    reported that an airstrike hit its school on 18 February": the dates before "reported
    that" are the telling's (told with no "that", see :func:`_the_tellings_day_dropped`)."""
    told = cues.search(_TELLING, unit.sentence.start, unit.anchor)
    if told is not None:
        return [d for d in pool if d.start >= told.end()] or pool
    return _the_tellings_day_dropped(cues.text, unit, pool)


# The patterns this module's checks look for through a report's cues (geoevents.anchored).
PATTERNS = (_TELLING,)


# the dead or hurt of an act, in the sentence that tells it and the one before
_DEATHS = re.compile(r"(?i)\b(?:killed|dead|died|deaths?|wounded|injured|lost\s+their\s+lives|"
                     r"martyred|fell)\b")
_SPEAKERS_LEAD = 3  # days: how far the act's day may lie before the speaker's
_LOOK_BACK = 1500  # characters before a sentence where the one before it is looked for


def _sentence_before_start(text: str, start: int) -> int:
    """Where the sentence before the one opening at ``start`` opens (``start`` itself where
    none does), as the report's splitter reads it ("on Oct. 27." ends no sentence at
    "Oct.")."""
    lo = max(0, start - _LOOK_BACK)
    spans = [sp for sp in split_sentences(text[lo:start]) if sp.text.strip()]
    return lo + spans[-1].start if spans else start


def the_acts_day_before(text: str, unit: EventUnit, d: DateRef,
                        anchor: date | None) -> DateRef | None:
    """The day the sentence before told the deaths on, where the event's own sentence gives
    only a speaker's day after them: "Eleven reservists were killed in Jabalia on Sunday.
    Eight soldiers were killed in Beit Lahia when a house they were searching blew up, a
    military spokesman said on Monday evening": the speaker spoke on Monday of Sunday's.
    With no such day before (", the army said on Tuesday" alone) the speaker's day stands,
    as the report's best day for the act."""
    if not d.date or d.precision != 1 or d.start < unit.anchor or not told_on(text, d) or \
            _DEATHS.search(text, unit.sentence.start, d.start) is None:
        return None
    before = _sentence_before_start(text, unit.sentence.start)
    if before >= unit.sentence.start or (
            _DEATHS.search(text, before, unit.sentence.start) is None and
            not _act_told_again(text, before, unit.sentence.start, d.start)):
        return None
    # (the act's own days there: not "since the start of the ground operation on May 6",
    # a span's start, nor the day that sentence's news was told or condemned on)
    days = [e for e in find_dates(text, anchor, before, unit.sentence.start)
            if e.date and e.precision == 1 and not e.since and not told_on(text, e) and
            not reacted_on(text, e) and
            0 < (days_between(e.date, d.date) or 0) <= _SPEAKERS_LEAD]
    return days[0] if len({e.date for e in days}) == 1 else None


# an act told without its dead: "one of its shelters was hit during military operations"
_ACT_BEFORE = re.compile(r"(?i)\b(?:hit|struck|shelled|bombed|targeted|attacked|raided|stormed|"
                         r"(?:air\s?)?strikes?|shelling|bombardment)\b")
# ... and the place or the act it hit told again by a word for it where the dead are told:
# "six displaced people were killed during intense fighting around the shelter"
_TOLD_AGAIN = re.compile(r"(?i)\b(?:the|our|its|their|that|this)\s+(?:same\s+)?(?:shelter|school|"
                         r"house|home|building|tent|camp|hospital|clinic|mosque|vehicle|car|strike|"
                         r"attack|raid|bombardment|shelling)s?\b")


def _act_told_again(text: str, before: int, start: int, end: int) -> bool:
    """Whether the sentence at ``before`` tells an act with no dead, and the one at ``start``
    tells the dead of it by a word for what it hit, before ``end``: "The UN agency said one
    of its shelters was hit on Monday. 'Six displaced people were killed around the
    shelter,' its chief wrote on Tuesday" (not "Strikes hit Rafah on Sunday. Ten people were
    killed in Khan Younis, medics said on Monday": dead of a place of their own)."""
    return _ACT_BEFORE.search(text, before, start) is not None and \
        _TOLD_AGAIN.search(text, start, end) is not None
