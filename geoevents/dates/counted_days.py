"""Days counted from another day the sentence or the report tells.

"The next day", "two days later", "the 24 hours before the pause" count from the day told
just before them, or from the day of what they are before, named after them in the clause;
"in the previous 24 hours" after a day told is the day before that one, and "last night" in
"a statement we issued last night" is the night of a telling, the evening before the report.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from geoevents.dates.expressions import WEEKDAY_PATTERN, DateRef
from geoevents.speech import TOLD

PREVIOUS_HOURS = re.compile(r"(?i)(?:in )?the (?:previous|preceding)\b")
SPAN = re.compile(r"(one|two|three|four|five|six|a|\d) (days?|weeks?) ")
_TOLD_AT_NIGHT = re.compile(r"(?i)\b(?:" + TOLD + r"|told\s+\w+|warned|added|"
                            r"statement|remarks|speech|briefing|"
                            # what was issued is a telling only when it is a statement ("a
                            # statement we issued last night"; not "the army issued last
                            # night new evacuation orders", "released last night 12
                            # detainees": the night's own doing)
                            r"(?:statement|remarks|message)\s+(?:\w+\s+){0,2}"
                            r"(?:issued|released|published))\s+(?:late\s+)?$")
# "said last night's strikes killed 15", "said last night was the deadliest": the night
# itself is told of, not the night of the telling
_THE_NIGHT_ITSELF = re.compile(r"['’]s\b|\s+(?:was|were|saw|had|has|brought|marked)\b")
# "the 24 hours before the pause": the word for what it is before (not the hours up to a
# report or a time: "in the 24 hours before publication", "the 24 hours before 8 a.m. on
# Sunday", "the 24 hours before the ministry's report": a daily toll of the report's day)
_WHAT_IT_IS_BEFORE = re.compile(rf"\s+(?![^,;.:]{{0,40}}\b(?:report|reports|update|"
                                rf"publication|bulletin|briefing|statement|press)\b|\d|"
                                rf"{WEEKDAY_PATTERN}|midnight|noon|dawn|today|yesterday)"
                                rf"(?:(?:the|an?)\s+)?([a-z]+)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
BEFORE_WHAT = ("before", "prior to", "preceding")  # a day counted back from what follows
_OBJECT_REACH = 60  # characters from "the day before" to the day of what it is before
CLAUSE_BREAK = re.compile(r"[,;.:]")  # ends the clause a day counted back looks in


def _last_sentence_end(text: str, end: int) -> int:
    """Where the last sentence ended before ``end`` (0 if none did): ``max(m.end() for m in
    _SENTENCE_END.finditer(text, 0, end))``, looked for back from ``end`` in ever longer
    stretches, not over all the report before it each time (a match is one mark and what
    follows it, so a stretch's matches are the whole scan's)."""
    reach = 256
    while True:
        lo = max(0, end - reach)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, end)]
        if ends:
            return ends[-1]
        if lo == 0:
            return 0
        reach *= 4


def _tells_of(text: str, told: DateRef | None, what: re.Match, before: int) -> bool:
    """Whether the sentence of a day told before ``before`` tells of ``what`` ("A
    humanitarian pause entered into force on 24 October. The 24 hours prior to the pause
    ...": the pause's day)."""
    if told is None or not told.date or told.start >= before:
        return False
    opens = _last_sentence_end(text, told.start)
    closes = _SENTENCE_END.search(text, told.end, before)
    return re.search(rf"(?i)\b{re.escape(what.group(1))}",
                     text[opens:closes.end() if closes else before]) is not None


def day_counted_from(text: str, starts: list[int], days: list[DateRef], m: re.Match
                     ) -> DateRef | None:
    """"in the 24 hours before the ceasefire took effect on Sunday": the day of what the
    day or hours at ``m`` are before, named after them in the clause. ``days`` are the days
    found so far that have a date and bound no span, by where they stand (``starts``): those
    within reach are bisected to, not all the report's days sorted for each such phrase."""
    if not m.group(1).lower().endswith(BEFORE_WHAT):
        return None
    for k in range(bisect_left(starts, m.end()), len(starts)):
        if starts[k] - m.end() > _OBJECT_REACH:
            break
        if not CLAUSE_BREAK.search(text, m.end(), starts[k]):
            return days[k]
    return None


def hours_before_no_day(text: str, m: re.Match, told: DateRef | None,
                        counted_from: DateRef | None) -> bool:
    """Whether "the 24 hours before" at ``m`` count back from no day: "In the 24 hours
    before the ceasefire, strikes killed 30" tells no day of the ceasefire (not "killed 30
    in Rafah on Friday, in the 24 hours preceding the truce", nor a day told of another
    strike before: "killed 12 on Saturday. In the 24 hours before the ceasefire, ..."), and
    "in the 24 hours before publication" is the report's own day."""
    if not m.group(1).lower().startswith(("the 24 ", "the twenty-four ")):
        return False
    what = _WHAT_IT_IS_BEFORE.match(text, m.end())
    return what is None or counted_from is None and not _tells_of(text, told, what, m.start())


def a_tellings_night(text: str, m: re.Match, start: int) -> bool:
    """Whether "last night" at ``m`` is the night of a telling, the evening before ("in a
    statement we issued last night, the Secretary-General condemned the strike"; not
    "strikes last night killed 20": the night that ends on the report's day)."""
    return m.group(1).lower() == "last night" and \
        _TOLD_AT_NIGHT.search(text, max(start, m.start() - 30), m.start()) is not None and \
        _THE_NIGHT_ITSELF.match(text, m.end()) is None


# "said on Tuesday", "medics said Tuesday", "the ministry reported on Tuesday": the words of
# a telling right before its day
_TELLING_BEFORE = re.compile(r"(?i)\b(?:" + TOLD + r"|reported|announced|confirmed)\s+(?:on\s+)?$")
_TELLING_REACH = 40  # characters before a day that may hold its telling's words


def a_tellings_day_after(text: str, starts: list[int], days: list[DateRef], m: re.Match,
                         end: int) -> DateRef | None:
    """The day of a telling the sentence gives after a day counted back at ``m`` ("a strike
    hit the school a day earlier, medics said on Tuesday": the Monday, counted from the
    telling, not from the report). ``days`` are the days found so far that have a date and
    bound no span, by where they stand (``starts``)."""
    closes = _SENTENCE_END.search(text, m.end(), end)
    stop = closes.start() if closes else end
    for k in range(bisect_left(starts, m.end()), len(starts)):
        if starts[k] >= stop:
            break
        if _TELLING_BEFORE.search(text, max(m.end(), starts[k] - _TELLING_REACH), starts[k]):
            return days[k]
    return None
