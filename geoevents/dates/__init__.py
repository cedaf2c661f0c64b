"""Date expressions in a sentence -> ISO dates, anchored on the report's publication date.

Reports date events relative to when they were written ("on Saturday", "yesterday",
"overnight"), so ``published`` is the anchor. Without it, only explicit dates with a
year resolve; everything relative stays ``None`` rather than being guessed from today.
``time_precision`` follows ACLED: 1 day, 2 week, 3 month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from geoevents.anchored import Cues, PrefixIndex
from geoevents.quantities import ORDINALS, parse_number
from geoevents.speech import TOLD

__all__ = ["DateRef", "find_dates", "parse_published", "PATTERNS", "NEXT_DAY",
           "MONTH_PATTERN", "WEEKDAY_PATTERN", "SINCE_BEFORE", "WAR_START",
           "SINCE_REACH", "BEFORE_WHAT", "MONTH_NAMES", "CLAUSE_BREAK", "DURING_THE_NIGHT",
           "night_of_a_day_told", "TO_COME"]

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split())}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = {d: i for i, d in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday".split())}
MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December)")  # written out in full, no abbreviation
_MONTH_RE = rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH_PATTERN = _MONTH_RE
WEEKDAY_PATTERN = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY_RE = r"(\d{1,2})(?:st|nd|rd|th)?\*?"  # "23* November": a footnote mark
_YEAR_RE = r"(?:,?\s+((?:19|20)\d\d))?"
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")),
    # "28 and 29 October", "28-29 October": a span is dated by its first day.
    ("day_range", re.compile(rf"\b{_DAY_RE}\s*(?:and|to|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+"
                             rf"(?:of\s+)?({_MONTH_RE}){_YEAR_RE}")),
    ("month_day", re.compile(rf"\b({_MONTH_RE})\s+{_DAY_RE}\b{_YEAR_RE}")),
    ("day_month", re.compile(rf"\b{_DAY_RE}\s+(?:of\s+)?({_MONTH_RE}){_YEAR_RE}")),
    ("month_year", re.compile(rf"\b(?:(?:in|during|since|throughout|early|late|mid)\s+|mid-)"
                              rf"({_MONTH_RE})(?:\s+((?:19|20)\d\d))?\b", re.IGNORECASE)),
    # The qualifier may open a sentence ("Last Wednesday, ...").
    ("weekday", re.compile(rf"\b(?:((?i:last|this|on|early|late|since))\s+)?({WEEKDAY_PATTERN})"
                           r"(?:'s)?\b")),
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
                            r"(?:two|three|four|five|six|2|3|4|5|6) days (?:ago|earlier|before))\b",
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


# "since 7 October", "since the 6 May order": the start of a period
SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:the\s+)?$")
# "since the resumption of humanitarian deliveries on 21 October", "since the ceasefire
# with the Palestinian group Hamas took effect on January 19": also a period's start (a
# longer phrase only within one clause: not "since the war began and Israeli strikes killed
# 20 people in Rafah on 10 June", a clause of its own after "and").
SINCE_PHRASE = re.compile(r"(?i)\bsince\s+(?:the\s+)?(?:(?:\S+\s+){1,6}|"
                          r"(?:(?!(?:and|but|while)\s)[^\s,;:.]+\s+){7,10})(?:on|in)\s+$")
SINCE_REACH = 100  # how far before a date a since-phrase may begin
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while)\s|;")


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
    """Read the report's publication date (ISO date or datetime string, or a date)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()  # a date, never a timestamp, goes into event_date
    if isinstance(value, date):
        return value
    m = re.match(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)", str(value))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _safe(y: int, mth: int, d: int) -> date | None:
    try:
        return date(y, mth, d)
    except ValueError:
        return None


def latest_on_or_before(day: date, published: date) -> date:
    """``day`` read in the report's year, or the year before when that falls after the report:
    a day told without a year ("since 29 February") is one already past. A 29 February with
    none in the year before is its 28th."""
    if day <= published:
        return day
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def _with_year(mth: int, d: int, year: str | None, anchor: date | None) -> date | None:
    if year:
        return _safe(int(year), mth, d)
    if anchor is None:
        return None
    found = _safe(anchor.year, mth, d)
    if found and found > anchor + timedelta(days=2):
        if (found - anchor).days <= 92:
            return None  # "the next update will be issued on 29 July": not a past event
        found = _safe(anchor.year - 1, mth, d)  # "on 28 December" in a January report
    return found


_DAY_AND_MONTH = frozenset({"month_day", "day_month", "day_range"})
# "detained ... after 7 October", "killed since 7 October": the war's start, in any year
_SINCE_OR_AFTER = re.compile(r"(?i)\b(?:since|after|before)\s+$")
_SINCE_THE = re.compile(r"(?i)\b(?:since|after|before)\s+(?:the\s+)?$")
# "massacre on October 7", "teams that attacked Israel on October 7"
# (and "abducted by the Hamas terrorist organization on October 7")
_ATTACK_ON = re.compile(r"(?i)\b(?:attack(?:s|ed)?|massacres?|assault(?:ed)?|kidnapp(?:ed|ing)|"
                        r"abduct(?:ed|ing)|infiltrat\w+)\s+(?:by\s+(?:[\w-]+\s+){1,4}?)?"
                        r"(?:[\w-]+\s+){0,2}?(?:on|of)\s+$")
WAR_START = date(2023, 10, 7)  # the war's first day, which "since 7 October" names
_THE_ATTACK = re.compile(r"\s*(?:attacks?|massacres?|assault|incursion|invasion)\b",
                         re.IGNORECASE)


def _has_year(m: re.Match) -> bool:
    return m.lastindex is not None and m.lastindex >= 3 and m.group(3) is not None
_PAST = re.compile(r"\b(?:was|were|had|\w{3,}ed)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|next|scheduled|expected|planned|upcoming|due to|shall)\b",
                     re.IGNORECASE)


# A weekday named as a day to come, in its own clause: "would take effect on Sunday", "is
# due to reopen on Monday", "scheduled for Tuesday" (not "said it would respond, and on
# Sunday strikes hit Gaza", "would act against gunmen who launched mortars on Thursday": a
# clause of its own; nor "would investigate the strike on Monday in Rafah", "were to blame
# for the strike on Tuesday", "would remain in Rafah after they killed 12 gunmen on
# Tuesday": the day of an attack named after the verb)
TO_COME = re.compile(r"(?i)\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due|set|expected|"
                      r"scheduled|slated|to)|due\s+to|set\s+to|expected\s+to|planned\s+to|"
                      r"plans?\s+to|(?:called|scheduled|planned|set|slated)\s+(?:[\w-]+\s+){0,3}?"
                      r"for(?=\s+$))\b(?:(?!\b(?:who|whom|which|that|whose|where|when|after|"
                      r"before|since|because|while|(?:air)?strikes?|attacks?|killings?|raids?|"
                      r"bombings?|bombardments?|shelling|deaths?|massacres?|explosions?|blasts?|"
                      r"ambush(?:es)?|incidents?|killed|struck|hit|fired|shelled|bombed|stormed|"
                      r"raided)\b)[^,;.:!?])*$")
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NARRATIVE_SPAN = 200  # days a year-less day may follow the full date before it


def _narrative_year(kind: str, m: re.Match, refs: list[DateRef],
                    previous: DateRef | None) -> date | None:
    """"On 17 October 2023, ... . Five were killed on 27 December": a day written without
    a year, after a full date with one, is a later day of that year (a narrative that
    moves on), whatever the publication date would make of it."""
    told = [r for r in refs if r.start < m.start()] + ([previous] if previous else [])
    told = [r for r in told if r.date and r.precision == 1 and not r.since and
            _WRITTEN_YEAR.search(r.text)]
    if not told:
        return None
    base = parse_published(max(told, key=lambda r: r.start if r is not previous else -1).date)
    if base is None:
        return None
    month, day = (m.group(1), m.group(2)) if kind == "month_day" else (m.group(2), m.group(1))
    found = _safe(base.year, _MONTHS[month.lower().rstrip(".")], int(day))
    return found if found and 0 <= (found - base).days <= _NARRATIVE_SPAN else None


def _past_year(kind: str, m: re.Match, anchor: date) -> date | None:
    month, day = (m.group(1), m.group(2)) if kind == "month_day" else (m.group(2), m.group(1))
    return _safe(anchor.year - 1, _MONTHS[month.lower().rstrip(".")], int(day))


# "During the night, trucks were looted": the night up to the report, as "overnight", unless a
# day told before is earlier (see ``night_of_a_day_told``)
DURING_THE_NIGHT = "during the night"


def night_of_a_day_told(told: DateRef | None, day: date | None) -> date | None:
    """The day ``told`` names where "during the night" told after it is that day's night: a
    day before the eve of ``day``, the day the night would otherwise end on ("On 5 May,
    troops entered eastern Rafah. During the night, tanks shelled the Brazil neighbourhood",
    told on 10 May; not after the report's eve or its own day, where it is the night up to
    the report)."""
    night_of = parse_published(told.date) if told is not None and told.date else None
    return night_of if night_of is not None and day is not None and \
        night_of < day - timedelta(days=1) else None


def _relative(word: str, anchor: date | None) -> tuple[date | None, int]:
    if anchor is None:
        return None, 1
    w = word.lower()
    if w in ("today", "tonight", "this morning", "earlier today", "overnight", "last night",
             DURING_THE_NIGHT) or "24" in w or "twenty-four" in w:
        # "overnight" and "last night" in a report are the night that ends on its
        # publication day (as the gold annotations date them: a morning update's "strikes
        # last night" are mostly after midnight)
        return anchor, 1
    if w == "yesterday":
        return anchor - timedelta(days=1), 1
    if w.startswith("for ") and "consecutive day" in w:
        word = w.split()[-3]
        n = ORDINALS.get(word) or parse_number(word) or 1
        return anchor - timedelta(days=n - 1), 2  # since the first of those days
    if w.startswith(("the past ", "the last ")) and w.endswith("days"):
        n = parse_number(w.split()[2]) or 1
        return anchor - timedelta(days=n - 1), 2
    if w.endswith(("days ago", "days earlier", "days before")):
        n = parse_number(w.split()[0]) or 1
        return anchor - timedelta(days=n), 1
    if w == "earlier this week":
        # "Earlier this week, five journalists were killed" (told on a Saturday): a day
        # before the report's, half way back to the week's Monday (Wednesday), not its own day
        return anchor - timedelta(days=max(1, (anchor.weekday() + 1) // 2)), 2
    if w == "this week":
        return anchor, 2
    if w == "last week":
        return anchor - timedelta(days=7), 2
    if w.endswith("last week") and w.split()[0] in ("late", "early"):
        # "Late last week troops raided Kamal Adwan hospital" (told on a Tuesday): the
        # Friday before the report's week, not the Tuesday a week back; "early last week":
        # that week's Tuesday
        monday = anchor - timedelta(days=anchor.weekday())
        return monday - timedelta(days=3 if w.startswith("late") else 6), 2
    if w.endswith(("week ago", "weeks ago")):
        n = parse_number(w.split()[0]) or 1
        return anchor - timedelta(days=7 * n), 2
    if w.endswith("weekend"):
        # the Saturday of the weekend just past (or under way, for a weekend report)
        return anchor - timedelta(days=(anchor.weekday() - 5) % 7), 2
    return None, 1


# The patterns this module looks for through a report's cues (geoevents.anchored).
PATTERNS = tuple(pattern for _, pattern in _PATTERNS)
NEXT_DAY = dict(_PATTERNS)["next_day"]  # counts from the date given before it
_PREVIOUS_HOURS = re.compile(r"(?i)(?:in )?the (?:previous|preceding)\b")
_SPAN = re.compile(r"(one|two|three|four|five|six|a|\d) (days?|weeks?) ")
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
_INDEX = PrefixIndex(PATTERNS)


def _tells_of(text: str, told: DateRef | None, what: re.Match, before: int) -> bool:
    """Whether the sentence of a day told before ``before`` tells of ``what`` ("A
    humanitarian pause entered into force on 24 October. The 24 hours prior to the pause
    ...": the pause's day)."""
    if told is None or not told.date or told.start >= before:
        return False
    opens = max((s.end() for s in _SENTENCE_END.finditer(text, 0, told.start)), default=0)
    closes = _SENTENCE_END.search(text, told.end, before)
    return re.search(rf"(?i)\b{re.escape(what.group(1))}",
                     text[opens:closes.end() if closes else before]) is not None


def _counted_from(text: str, refs: list[DateRef], m: re.Match) -> DateRef | None:
    """"in the 24 hours before the ceasefire took effect on Sunday": the day of what the
    day or hours at ``m`` are before, named after them in the clause."""
    if not m.group(1).lower().endswith(BEFORE_WHAT):
        return None
    return next((r for r in sorted(refs, key=lambda r: r.start)
                 if r.start >= m.end() and r.date and not r.since and
                 r.start - m.end() <= _OBJECT_REACH and
                 not CLAUSE_BREAK.search(text, m.end(), r.start)), None)


def _hours_before_no_day(text: str, m: re.Match, told: DateRef | None,
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


def _a_tellings_night(text: str, m: re.Match, start: int) -> bool:
    """Whether "last night" at ``m`` is the night of a telling, the evening before ("in a
    statement we issued last night, the Secretary-General condemned the strike"; not
    "strikes last night killed 20": the night that ends on the report's day)."""
    return m.group(1).lower() == "last night" and \
        _TOLD_AT_NIGHT.search(text, max(start, m.start() - 30), m.start()) is not None and \
        _THE_NIGHT_ITSELF.match(text, m.end()) is None


def find_dates(text: str, published: date | None, start: int = 0, end: int | None = None,
               previous: DateRef | None = None, *, cues: Cues | None = None,
               relative_to: date | None = None) -> list[DateRef]:
    """Every date expression in ``text[start:end]``, resolved against ``published``.

    Offsets are into ``text``. ``previous`` is the last date the report gave before
    ``start``: "The next day ..." at the start of a sentence counts from it. ``cues`` is
    the report's scan when the caller has one. ``relative_to`` is the day that "in the past
    24 hours", "today", "overnight" count from when it is not the publication date (a
    timeline entry "24 January – ..." ).
    """
    end = len(text) if end is None else end
    cues = cues if cues is not None else Cues(text, _INDEX)
    refs: list[DateRef] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in cues.finditer(pattern, start, end):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if kind == "relative" and _IN_A_NAME.match(m.group(0)) and \
                    _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "journalists of Al-Quds Today TV", "told USA Today": a name
            if kind == "relative" and m.group(0).lower() == "overnight" and \
                    _A_DAY_NAMED.match(text, m.end()):
                continue  # "a strike overnight Wednesday hit a house": the day named
            if kind == "next_day":
                prior = [r for r in refs if r.start < m.start() and r.date]
                # "On 17 December, the crossing opened for the first time since 7 October;
                # 79 trucks entered on that day": the day the sentence told, not the start
                # of a period named in passing after it
                prior = [r for r in prior if not r.since] or prior
                counted_from = _counted_from(text, refs, m)
                told = max(prior, key=lambda r: r.start) if prior else previous
                if _hours_before_no_day(text, m, told, counted_from):
                    continue
                if counted_from is not None:
                    base = parse_published(counted_from.date)
                else:
                    base = parse_published(told.date) if told else None
                said = m.group(1).lower()
                step = -1 if said.endswith(("earlier", *BEFORE_WHAT)) or \
                    " previous " in said \
                    else 0 if " same " in said or said.startswith(("that ", "later that")) \
                    else 1
                span = _SPAN.match(said)
                if span:  # "two days later", "one week before"
                    step *= (parse_number(span.group(1)) or 1) * \
                        (7 if span.group(2).startswith("week") else 1)
                if base is None and step < 0:
                    base = published  # with no date before it, "the day before" is yesterday
                # "one week before the bombing" is a week's span, not a day
                precision = 2 if span and span.group(2).startswith("week") else 1
                value, since = (base + timedelta(days=step) if base else None), False
            else:
                value, precision, since = _resolve(
                    kind, m, relative_to if kind == "relative" and relative_to else published)
                if value is not None and kind == "relative" and \
                        _a_tellings_night(text, m, start):
                    value -= timedelta(days=1)
                if value is not None and kind == "relative" and \
                        m.group(1).lower() == DURING_THE_NIGHT:
                    prior = [r for r in refs if r.start < m.start() and r.date and not r.since]
                    told = max(prior, key=lambda r: r.start) if prior else previous
                    night_of = night_of_a_day_told(told, value)
                    if night_of is not None:
                        value, precision = night_of, told.precision
                if value is not None and kind in ("weekday", "relative") and \
                        (evening := _SINCE_LAST_EVENING.search(text, max(start, m.start() - 6),
                                                               m.end() + 9)) \
                        and published is not None and value == published - timedelta(days=1) \
                        and not _THE_EVENINGS_OWN.match(text, evening.end()) and \
                        not _A_STATE_SINCE.search(text, max(0, evening.start() - 40),
                                                  evening.start()):
                    # "since Tuesday evening" in a Wednesday report, "since yesterday
                    # evening": the night up to the report, dated by its day as "overnight"
                    value = published
                if kind == "relative" and value is not None and \
                        _PREVIOUS_HOURS.match(m.group(0)) and \
                        (any(r.date and r.start < m.start() for r in refs) or
                         previous is not None and
                         (told := parse_published(previous.date)) is not None and
                         (value - told).days > 1):
                    # "On Monday, the ministry said 90 people were killed in the previous 24
                    # hours", "a strike on 1 March ... In the preceding 24 hours, 30 had been
                    # killed": the 24 hours before the day just told, not before the report
                    # (a tally told the day after one told before is still the report's)
                    taken.append((m.start(), m.end()))
                    continue
                if kind == "weekday" and value is not None and \
                        ("GMT" in (near := text[max(start, m.start() - 30):m.end() + 30]) or
                         "UTC" in near):
                    local = _local_day(text, m, value)
                    value = local if published is None or local <= published else value
                if kind == "weekday" and value is not None and \
                        TO_COME.search(text, max(start, m.start() - 60), m.start()):
                    # "said the truce would take effect on Sunday", "called a strike for
                    # Monday": a day to come, which dates nothing told
                    value = None
                if kind in _DAY_AND_MONTH and not _has_year(m):
                    value = _narrative_year(kind, m, refs, previous) or value
                if kind in _DAY_AND_MONTH and value is not None and value.month == 10 and \
                        value.day == 7 and value.year > 2023 and not _has_year(m) and \
                        (_THE_ATTACK.match(text, m.end()) or
                         _SINCE_OR_AFTER.search(text, max(start, m.start() - 8), m.start())):
                    value = date(2023, 10, 7)  # "the October 7 attacks": the day the war began
                if value is None and published is not None and kind in _DAY_AND_MONTH and \
                        _FUTURE.search(text, start, end) is None and \
                        _PAST.search(text, start, end) is not None:
                    # A day up to three months after the report, in a sentence told in the
                    # past ("conducted airstrikes ... on 9 and 12 October" in a July
                    # report): last year's.
                    value = _past_year(kind, m, published)
                if value == WAR_START and published is not None and \
                        (published - value).days > 7 and not \
                        _SINCE_THE.search(text, max(start, m.start() - 12), m.start()) and (
                        _THE_ATTACK.match(text, m.end()) or
                        _ATTACK_ON.search(text, max(start, m.start() - 60), m.start())):
                    # "hostages kidnapped during the massacre on October 7", "involved in the
                    # October 7 attack": a name for the day the war began, dating nothing the
                    # report tells ("since the October 7 attack" still bounds a period)
                    taken.append((m.start(), m.end()))
                    continue
            if kind == "day_range" and value is not None and \
                    (night := _NIGHT_OF.search(text, max(start, m.start() - 24),
                                               m.start())) is not None and \
                    (second := _SECOND_DAY.search(m.group(0))) is not None and \
                    int(second.group(2)) == int(m.group(1)) + 1 and \
                    (second.group(1).lower() != "and" or
                     _between(night)):
                # "Overnight 14-15 May, air strikes hit Jabalia camp", "on the night of 28 to
                # 29 October": a night dated by the morning it runs into, as "overnight" is
                # the report's day (not "on 14-15 May", "between 14 and 15 May": a span,
                # of its first day; nor "strikes overnight on 14 and 15 May": the nights of
                # both days, the first of them)
                value += timedelta(days=1)
            phrase = SINCE_PHRASE.search(text[max(start, m.start() - SINCE_REACH):m.start()])
            if phrase is not None and kind == "next_day" and \
                    _NEW_CLAUSE.search(phrase.group(0)) is not None:
                # "opened for the first time since 7 October, and on the same day 20 trucks
                # entered": the day just told, in a clause of its own
                phrase = None
            since = since or bool(SINCE_BEFORE.search(text[max(start, m.start() - 12):m.start()])) \
                or bool(phrase)
            taken.append((m.start(), m.end()))
            refs.append(DateRef(value.isoformat() if value else None, precision,
                                m.start(), m.end(), m.group(0), since))
    refs.sort(key=lambda r: r.start)
    if any(r.text[:1].isdigit() or r.text[-1:].isdigit() for r in refs):
        # "On 16 November, for the second consecutive day": the day given rules; the span's
        # first day only dates a sentence that gives no day of its own
        refs = [r for r in refs if "consecutive day" not in r.text.lower()]
    return _period_ends(text, _nights_into(text, refs))


# "1 a.m. (11 p.m. GMT Sunday)", "at 2200 GMT on Saturday", "Friday, 23:30 UTC": a clock
# told in universal time, whose day is the day in London, not in Gaza
_CLOCK_IN = (r"(?P<h>[01]?\d|2[0-3])(?:[:.]?(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\.?)?\s*"
             r"(?:GMT|UTC)")
_UNIVERSAL_BEFORE = re.compile(r"\b" + _CLOCK_IN + r"\s*,?\s*(?:on\s+)?$", re.I)
_UNIVERSAL_AFTER = re.compile(r"\s*,?\s*(?:at\s+)?(?:around\s+|about\s+)?" + _CLOCK_IN + r"\b",
                              re.I)

# A weekday of the clock's own right after it ("2200 GMT Monday", "2200 GMT on Monday")
_OWN_WEEKDAY = re.compile(r"\s*,?\s*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
                          re.I)


def _gaza_offset(day: date) -> int:
    """Hours Gaza's clocks run ahead of universal time: summer time taken as 26 March to
    25 October. The real change moves each year (in 2024 and 2025 it came in mid-April,
    after Ramadan), so a clock late in the evening in the weeks between may be put a day
    off; a table of the changes would need a time-zone database at run time."""
    summer = 4 <= day.month <= 9 or day.month == 3 and day.day >= 26 or \
        day.month == 10 and day.day <= 25
    return 3 if summer else 2


def _local_day(text: str, m: re.Match, value: date) -> date:
    """The local day of a weekday told with a universal-time clock: late in the London
    evening is already the next morning in Gaza (the act of "1 a.m." local is Monday's,
    though the conversion beside it says "11 p.m. GMT Sunday")."""
    clock = _UNIVERSAL_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if clock is None:
        clock = _UNIVERSAL_AFTER.match(text, m.end())
        if clock is not None and _OWN_WEEKDAY.match(text, clock.end()):
            return value  # ("on Tuesday, 2200 GMT Monday": the clock after has a day of its
            # own, so the weekday before it is the local day already)
    if clock is None:
        return value
    hour = int(clock.group("h"))
    ap = (clock.group("ap") or "").lower()[:1]
    if ap == "p" and hour < 12:
        hour += 12
    elif ap == "a" and hour == 12:
        hour = 0
    return value + timedelta(days=1) if hour + _gaza_offset(value) >= 24 else value


# "Al-Quds Today TV", "USA Today": a capitalised "Today" after a capitalised word, mid-sentence,
# is an outlet's name (not "Rafah. Today, strikes hit ...", nor "Gaza: Today ...")
_IN_A_NAME = re.compile(r"Today\b")
_NAME_BEFORE = re.compile(r"(?<![.!?:;\n\"“‘'])\s[A-Z][\w'’-]*\s+$")
# "overnight Wednesday", "overnight on Monday", "overnight 28 February": the night of the day
# named, not the night up to the report (see _nights_into for "overnight into Thursday")
# (and "overnight 25-26 October", "overnight (Monday-Tuesday)": the night of the two days)
_A_DAY_NAMED = re.compile(rf"\s+(?:on\s+|\(\s*)?(?:{WEEKDAY_PATTERN}\b|"
                          rf"\d{{1,2}}(?:\s*(?:-|–|to|and)\s*\d{{1,2}})?\s+{MONTH_PATTERN}\b|"
                          rf"{MONTH_PATTERN}\s+\d{{1,2}}\b)")


# "since Tuesday evening", "since yesterday night" (not "since Tuesday", "since Tuesday
# morning": a day of its own)
_SINCE_LAST_EVENING = re.compile(r"(?i)\bsince\s+(?:(?:late\s+)?(?:on\s+)?)?\w+\s+"
                                 r"(?:evening|night)\b")
# (not "has remained shut since Tuesday evening, when an airstrike hit the terminal": what
# happened that evening; nor "the crossing has been closed since Tuesday evening": a state
# that began then)
_THE_EVENINGS_OWN = re.compile(r"(?i)\s*,?\s*when\b")
_A_STATE_SINCE = re.compile(r"(?i)\b(?:closed|shut|sealed|blocked|suspended|halted|cut\s+off|"
                            r"missing|out\s+of\s+service)\s+(?:[\w-]+\s+){0,2}?$")


# "Strikes overnight into 29 October", "from Monday night into Tuesday": a night dated by
# the morning it runs into (not "from Monday to Wednesday": a span, of its first day)
_INTO = re.compile(r"(?i)\s+(?:(?:night|evening)\s+)?into\s+(?:the\s+(?:morning|early\s+hours|"
                   r"dawn)\s+of\s+)?(?:on\s+)?")
_A_NIGHT = re.compile(r"(?i)overnight|last night|night|evening")


# "overnight Wednesday into Thursday": a night named by its first day that runs into the next
_OVERNIGHT_BEFORE = re.compile(r"(?i)\bovernight\s+(?:on\s+)?$")


def _nights_into(text: str, refs: list[DateRef]) -> list[DateRef]:
    """``refs`` without a night's first day where it runs "into" the day named next."""
    drop = {k for k in range(len(refs) - 1)
            if refs[k].date and refs[k + 1].date and refs[k].end <= refs[k + 1].start and
            (hit := _INTO.fullmatch(text, refs[k].end, refs[k + 1].start)) is not None and
            (_A_NIGHT.fullmatch(refs[k].text) or _A_NIGHT.search(hit.group(0)) or
             _OVERNIGHT_BEFORE.search(text, max(0, refs[k].start - 14), refs[k].start))}
    drop |= {k for k in range(len(refs) - 1) if _a_night_of_two_days(text, refs[k], refs[k + 1])}
    return [r for k, r in enumerate(refs) if k not in drop] if drop else refs


_A_WEEKDAY = re.compile(WEEKDAY_PATTERN)
# what joins a night's two days: "Monday-Tuesday", "Monday to Tuesday", "Sunday and Monday"
_TWO_DAYS_JOIN = re.compile(r"\s*(-|–|to|and)\s*")


def _a_night_of_two_days(text: str, first: DateRef, second: DateRef) -> bool:
    """Whether ``first`` and ``second`` are the two days of one night ("Overnight
    (Monday-Tuesday)", "on the night of Monday to Tuesday", "the night between Sunday and
    Monday"), dated by the morning it runs into (not "on Monday and Tuesday", "from Monday
    to Tuesday": a span, of its first day)."""
    if not (first.date and second.date and first.end <= second.start and
            _A_WEEKDAY.fullmatch(first.text) and _A_WEEKDAY.fullmatch(second.text)):
        return False
    join = _TWO_DAYS_JOIN.fullmatch(text, first.end, second.start)
    night = _NIGHT_OF.search(text, max(0, first.start - 24), first.start)
    return join is not None and night is not None and \
        (join.group(1) != "and" or _between(night)) and \
        (date.fromisoformat(second.date) - date.fromisoformat(first.date)).days == 1


# "Overnight 14-15 May", "on the night of 28 to 29 October", "the night between 14 and 15
# May": a night told by its two days, as "overnight into 15 May"
_NIGHT_OF = re.compile(r"(?i)\b(?:overnight(?:\s+(on|of|between|from))?|(?:the|a)\s+night\s+"
                       r"(of|between|from))\s+(?:\(\s*)?$")
_SECOND_DAY = re.compile(r"(and|to|-|–)\s*(\d{1,2})")


def _between(night: re.Match) -> bool:
    """Whether a night of two days is told "between" them ("the night between 14 and 15
    May"), where an "and" joins the night's days and not a span's."""
    return (night.group(1) or night.group(2) or "").lower() == "between"


# (and "between the early hours of 18 March and noon on 20 March": a time of the last day)
_RANGE_JOIN = re.compile(r"\s*(?:\([^)]{0,20}\))?\s*(?:and|to|until|-|–)\s*"
                         r"(?:(?:noon|midday|midnight|dawn|\d{1,2}[:.]\d\d|\d{1,2}\s*[ap]\.?m\.?|"
                         r"the\s+(?:early\s+hours|morning|afternoon|evening))\s+(?:on|of)\s+)?$",
                         re.I)
_RANGE_OPEN = re.compile(r"(?i)\b(?:between|from)\b")


def _period_ends(text: str, refs: list[DateRef]) -> list[DateRef]:
    """"between 31 October and 1 November": events of the period take its first day, so
    the second is marked as bounding it."""
    out = list(refs)
    for k in range(1, len(out)):
        first, second = out[k - 1], out[k]
        if first.date and second.date and first.end <= second.start and \
                _RANGE_JOIN.fullmatch(text, first.end, second.start) and \
                _RANGE_OPEN.search(text, max(0, first.start - 30), first.start):
            out[k] = replace(second, since=True)
    return out


# what stands before the second month of a span: "from mid- to late October"
_SPAN_END_BEFORE = re.compile(r"(?i)\b(?:to|and|until|till|through)\s+$")


def _resolve(kind: str, m: re.Match, anchor: date | None) -> tuple[date | None, int, bool]:
    if kind == "iso":
        return _safe(int(m.group(1)), int(m.group(2)), int(m.group(3))), 1, False
    if kind == "month_day":
        mth = _MONTHS[m.group(1).lower().rstrip(".")]
        return _with_year(mth, int(m.group(2)), m.group(3), anchor), 1, False
    if kind in ("day_month", "day_range"):
        mth = _MONTHS[m.group(2).lower().rstrip(".")]
        return _with_year(mth, int(m.group(1)), m.group(3), anchor), 1, False
    if kind == "month_year":
        mth = _MONTHS[m.group(1).lower().rstrip(".")]
        since = m.group(0).lower().startswith("since")
        # "raided in late October": the last third of the month, from its first day (a span
        # is dated by its first day), not the 1st
        # (not "from mid- to late October", "between early and late October": the span's
        # end, the month's start still its first day)
        ends_a_span = _SPAN_END_BEFORE.search(m.string[max(0, m.start() - 12):m.start()])
        first = 21 if m.group(0).lower().startswith("late") and not ends_a_span else 1
        return _with_year(mth, first, m.group(2), anchor), 3, since
    if kind == "weekday":
        if anchor is None:
            return None, 1, False
        qual = (m.group(1) or "").lower()
        target = _WEEKDAYS[m.group(2).lower()]
        back = (anchor.weekday() - target) % 7
        if qual == "last" and back == 0:
            back = 7
        return anchor - timedelta(days=back), 1, qual == "since"
    value, precision = _relative(m.group(1), anchor)
    return value, precision, False
