"""The date expressions a report writes, and what one found is.

Reports name a day in a handful of forms: an ISO date, a date in figures ("27/06/2024"), a
day and a month with or without a year ("23 November", "October 7, 2023", "28-29 October"),
a month ("in late October"), a weekday ("last Wednesday"), a word relative to the report
("yesterday", "overnight", "the past 24 hours") or to the day told just before it ("the next
day", "two days later"). These are the patterns looked for, in the order they take a stretch
of text, and :class:`DateRef`, one found and resolved (or not) to an ISO date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from geoevents.dates.holidays import PATTERN as HOLIDAY
from geoevents.dates.time_zones import gaza_day_of

# What a report's ``published`` may be, for the errors that refuse one.
PUBLISHED_FORMS = ("an ISO date (YYYY-MM-DD) or date-time (2024-06-29T23:30:00Z, "
                   "2024-06-29T23:30+03:00; without an offset, Gaza's time)")

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday".split())}
MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December)")  # written out in full, no abbreviation
_MONTH_RE = rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH_PATTERN = _MONTH_RE
WEEKDAY_PATTERN = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
WEEKDAY_FOLDED = WEEKDAY_PATTERN.lower()  # (over folded or lower-cased text)
_DAY_RE = r"(\d{1,2})(?:st|nd|rd|th)?\*?"  # "23* November": a footnote mark
_YEAR_RE = r"(?:,?\s+((?:19|20)\d\d))?"
KINDS_AND_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")),
    # "on the third day of the Eid al-Fitr holiday", "the eve of Eid al-Adha": a day of the
    # Muslim calendar (see the holidays module)
    ("holiday", HOLIDAY),
    # "on 27/06/2024", "On 27.06.2024", "(1/1/2024)": a day, a month and a full year in figures,
    # one mark between them (read day first: see the resolve module)
    ("numeric", re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)"
                           r"(?!\d|[./-]\d)")),
    # "killed on 11/7 while waiting at an aid point": a day and a month in figures with no
    # year after "on", as wires abroad write them (read day first, and only as a day just
    # past: see the resolve module)
    ("day_month_figures", re.compile(r"(?<=\b[Oo]n )(\d{1,2})/(\d{1,2})(?![\d/.-]?\d)")),
    # "28 and 29 October", "28-29 October": a span is dated by its first day.
    ("day_range", re.compile(rf"\b{_DAY_RE}\s*(?:and|to|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+"
                             rf"(?:of\s+)?({_MONTH_RE}){_YEAR_RE}")),
    ("month_day", re.compile(rf"\b({_MONTH_RE})\s+{_DAY_RE}\b{_YEAR_RE}")),
    ("day_month", re.compile(rf"\b{_DAY_RE}\s+(?:of\s+)?({_MONTH_RE}){_YEAR_RE}")),
    ("month_year", re.compile(rf"\b(?:(?:in|during|since|throughout|early|late|mid)\s+|mid-)"
                              rf"({_MONTH_RE})(?:\s+((?:19|20)\d\d))?\b", re.IGNORECASE)),
    # "On the 13th, a strike hit Rafah": a day of the month with no month named (that of
    # the day told last, else the report's; see the dates package); not an ordinal of
    # something else ("on the 13th day of the war", "on the 3rd floor", "on the 1st and 2nd
    # floors"): only before a mark or a word that opens another part of the clause ("on the
    # 9th they reached")
    ("day_of_month", re.compile(r"(?<=\b[Oo]n the )(\d{1,2})(?:st|nd|rd|th)\b"
                                r"(?=\s*(?:[,.;:)\n]|$|(?:and(?!\s+(?:the\s+)?\d)|or|but|when|as|"
                                r"after|before|while|in|at|near|the|an?|they|he|she|it|we|"
                                r"there|its|their|"
                                r"of\s+(?:this|that|the)\s+month)\b))")),
    # The qualifier may open a sentence ("Last Wednesday, ..."); "on Wednesday last week"
    # is that weekday of the week before the report's (group 3).
    ("weekday", re.compile(rf"\b(?:((?i:last|this|on|early|late|since))\s+)?({WEEKDAY_PATTERN})"
                           r"(?:'s)?\b(?:\s+((?i:(?:of\s+)?last\s+week))\b)?")),
    ("relative", re.compile(r"\b(yesterday|today|tonight|last night|overnight|this morning|"
                            # "During the night, trucks were looted": the night up to the
                            # report, as "overnight" (not "during the night of 5 May",
                            # "during the night before the raid": a night named)
                            r"during the night(?!\s+(?:of|before|after|between|from|into|"
                            r"to|that|when)\b)(?=\s*[,.;]|\s+(?:[a-z]+\s+){0,6}?(?:was|were|"
                            r"had|has|have|killed|hit|struck|shelled|bombed|looted|fired|raided|"
                            r"stormed|opened|targeted)\b)|"
                            r"earlier today|earlier this week|this week|"
                            r"(?:late|early)\s+last\s+week|last week|"
                            r"(?:a|one|two|three) weeks? ago|(?:at|over|during) the weekend|"
                            r"last weekend|this weekend|"
                            # ("in the previous 24 hours": a ministry's tally of the day
                            # it is told, as "in the past 24 hours")
                            r"(?:in )?the (?:past|last|previous|preceding) "
                            r"(?:24|twenty-four) hours|"
                            # a span up to the report, dated by its first day
                            r"the (?:past|last) (?:two|three|four|2|3|4) days|"
                            r"for the (?:second|third|fourth|fifth) consecutive day|"
                            r"for (?:two|three|four|five) consecutive days|"
                            r"(?:two|three|four|five|six|2|3|4|5|6) days (?:ago|earlier|before)|"
                            # ("was hit in Khan Younis ..., a day ago, the agency said": the
                            # day before the report's, as "yesterday")
                            r"(?:a|one) day ago)\b",
                            re.IGNORECASE)),
    # Dated from the date given just before them, not from the publication date.
    # ("a strike flattened homes there the previous afternoon": the day before the one told)
    ("next_day", re.compile(r"\b(the (?:next|following|previous|same) "
                            r"(?:day|night|evening|afternoon|morning)|"
                            r"that (?:same )?(?:day|night|evening)|later that day|"
                            r"a day (?:later|earlier)|"
                            # "One week before the bombing" (the one told before), "two
                            # days later"
                            r"(?:one|two|three|four|five|six|a|[2-9]) (?:days?|weeks?) "
                            r"(?:later|before(?= the\b))|"
                            r"the (?:day|night|evening) (?:after|before)|"
                            # "The 24 hours prior to the pause witnessed strikes": the day
                            # before the one just given
                            r"the (?:24|twenty-four) hours (?:before|prior to|preceding))\b",
                            re.IGNORECASE)),
]


# The patterns this module looks for through a report's cues (geoevents.anchored).
PATTERNS = tuple(pattern for _, pattern in KINDS_AND_PATTERNS)
NEXT_DAY = dict(KINDS_AND_PATTERNS)["next_day"]  # counts from the date given before it


@dataclass(frozen=True, slots=True)
class DateRef:
    """A resolved (or unresolvable) date expression found at ``start:end``."""

    date: str | None
    precision: int
    start: int
    end: int
    text: str
    # The date bounds a period ("since Saturday", the end of "between 31 October and
    # 1 November"): not the date of an event.
    since: bool = False


def parse_published(value: object) -> date | None:
    """The day in Gaza a report was published (ISO date or date-time string, a date or a
    datetime), or None when the value is not one. "Yesterday" and "on Saturday" count
    from that day, and a timestamp an outlet stamps in universal time is often the day
    before in Gaza ("2024-06-29T23:30:00Z" is 02:30 on 30 June there), so a moment with
    a UTC offset or "Z" is first taken to Gaza's own time; a date or a date-time without
    an offset is Gaza's already."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return gaza_day_of(value)  # a date, never a timestamp, goes into event_date
    if isinstance(value, date):
        return value
    return _iso_date(str(value))


_ISO_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_ISO_MOMENT = re.compile(r"(?:19|20)\d\d-\d\d-\d\d[T ]\d\d[\d:.,]*(?:Z|[+-]\d\d(?::?\d\d)?)?")


@lru_cache(maxsize=1024)
def _iso_date(value: str) -> date | None:
    """The day in Gaza of a whole ISO 8601 date ("2024-06-29") or date-time
    ("2024-06-29T23:30:00Z", "2024-06-29 23:30+03:00"); None for anything else, trailing
    text included ("2024-06-29garbage" is not a date a report can be anchored on). (Its
    answers are kept: the stages that compare days read the same few dates again and
    again.)"""
    text = value.strip()
    if text[-1:] == "z" or text[10:11] == "t":  # RFC 3339 allows either case
        text = text.upper()
    m = _ISO_DAY.fullmatch(text)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if _ISO_MOMENT.fullmatch(text):
            return gaza_day_of(datetime.fromisoformat(text))
    except ValueError:  # "2024-13-45", "2024-06-29T25:00"
        return None
    return None


# "Al-Quds Today TV", "USA Today": a capitalised "Today" after a capitalised word, mid-sentence,
# is an outlet's name (not "Rafah. Today, strikes hit ...", nor "Gaza: Today ...")
IN_A_NAME = re.compile(r"Today\b")
NAME_BEFORE = re.compile(r"(?<![.!?:;\n\"“‘'])\s[A-Z][\w'’-]*\s+$")
