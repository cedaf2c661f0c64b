"""The day a sentence takes from what the report told before it.

A sentence may count from an event told before ("The strike came hours after ...", "In
those hours, ...", "Hours after the Muwasi strike, ..."), tell what happened long before
with no day ("already strained after the nearby European Hospital was evacuated earlier this
month"), or fall back on a day that is either of the report's news or recalled from long
before it ("Israel resumed its campaign on March 18, after the truce collapsed"): these
tests tell which.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from geoevents.anchored import Cues
from geoevents.dates import (
    CLAUSE_BREAK,
    MONTH_PATTERN,
    ON_A_DAY,
    WAR_START,
    WEEKDAY_PATTERN,
    DateRef,
    find_dates,
    parse_published,
)
from geoevents.event_dates.passing_days import a_counts_day
from geoevents.event_dates.periods import STILL
from geoevents.event_dates.tellings import opens_a_quote
from geoevents.quantities import number_word
from geoevents.sentences import Span
from geoevents.text_ends import stripped_end
from geoevents.units import EventUnit

# "Hours after the Muwasi strike, an airstrike on a prayer hall killed 20", "Shortly after
# the attack, ...": the same day as the attack told before (not "Days after the strike",
# "Two days after the strike": another day)
_HOURS_AFTER = re.compile(r"\W*(?:(?:Only|Just|Barely|Some)\s+)?(?:Hours|Minutes|Moments|Shortly|"
                          r"Soon)\s+(?:later\s+)?after\s+(?:the|that|this)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?:strike|airstrike|air\s+strike|attack|bombing|raid|shelling|"
                          r"massacre|explosion|blast)s?\b[^,;.]{0,60},")


# "Nasser Hospital, already strained after the nearby European Hospital was evacuated
# earlier this month, was overwhelmed": what led to a state told, long before and with no
# day, not an event of the report (not "after an airstrike hit the camp earlier today")
_LONG_BEFORE = re.compile(r"(?i)\b(?:earlier\s+(?:this|in\s+the)\s+(?:month|year|spring|summer|"
                          r"autumn|winter)|(?:a\s+few|several|some|two|three|four|five|six|"
                          r"\d{1,2})\s+(?:weeks|months)\s+ago|(?:a|one)\s+(?:month|year)\s+ago|"
                          r"months\s+ago|last\s+(?:month|year))\b")
_CAUSE_CLAUSE = re.compile(r"\W*(?:after|since|because|following|when)\s", re.I)


def led_to_a_state(unit: EventUnit, text: str) -> bool:
    """Whether a unit tells, in a clause of "after" or "since", what happened long before
    with no day ("already strained after the nearby European Hospital was evacuated earlier
    this month")."""
    if _CAUSE_CLAUSE.match(text, unit.clause.start, unit.anchor) is None:
        return False
    # (the clause of "after" only, up to its comma: not "Since the offensive began earlier
    # this month, 60,000 have been displaced", the flight told in the main clause)
    comma = text.find(",", unit.clause.start, unit.clause.end)
    end = comma if comma >= 0 else unit.clause.end
    return unit.anchor < end and _LONG_BEFORE.search(text, unit.anchor, end) is not None and \
        not find_dates(text, None, unit.clause.start, end)


# "The strike came hours after Hamas's Qassam Brigades fired eight rockets", "The raid came a
# day after ...": what the sentence tells is counted back from the day of the one it names
_CAME_AFTER = re.compile(r"\W*(?:The|This|That|Its|Their)\s+(?:[\w'’-]+\s+){0,2}?"
                         r"(?P<noun>strike|airstrike|attack|raid|bombing|shelling|assault|"
                         r"operation|incursion|incident|escalation|massacre|killings?)\s+"
                         r"(?:also\s+)?came\s+(?:only\s+|just\s+|barely\s+)?"
                         r"(?P<n>hours|minutes|shortly|a\s+day|one\s+day|\w+\s+days)\s+after\s",
                         re.I)
SENTENCE_END = re.compile(r"[.!?](?=\s)")
_DATED_REACH = 30  # characters from a noun to the day told for it ("strike on Sunday night")


_LOOK_BACK = 2048  # characters: where the last of an attack's nouns is first looked for


def _last_match(noun: re.Pattern, text: str, end: int) -> list[re.Match]:
    """``list(noun.finditer(text, 0, end))[-1:]``, looked for in ever longer stretches back
    from ``end``, not by reading all the report before every sentence that asks.

    ``noun`` matches letters and spaces only, so no match runs across a character that is
    neither: a scan that begins just after one finds the very matches a scan from the
    report's start finds from there on (each offset is tried alike, with the same end and
    the text before it in view), and the last of them is the last of all, if it has any."""
    reach = _LOOK_BACK
    while True:
        at = max(0, end - reach)
        while at > 0 and (text[at - 1].isalpha() or text[at - 1].isspace()):
            at -= 1
        found = list(noun.finditer(text, at, end))[-1:]
        if found or at == 0:
            return found
        reach *= 4


def came_after(text: str, s: Span, unit: EventUnit, anchor: date | None,
               cues: Cues) -> str | None:
    """The day of what a sentence says the event told before "came after": the day the report
    last gave that event (its noun with a day beside it: "the air force strike on Sunday
    night", "Sunday's strike"), less the days counted ("a day after": one)."""
    hit = _CAME_AFTER.match(text, s.start, s.end)
    if hit is None or unit.anchor < hit.end():
        return None
    n = hit.group("n").lower().split()[0]
    back = 0 if n in ("hours", "minutes", "shortly") else 1 if n in ("a", "one") else \
        number_word(n)
    if back is None:
        return None
    # ("an Israeli airstrike set ablaze a tent camp ... The strike came hours after": the
    # strike told by a compound of its noun)
    noun = re.compile(rf"(?i)\b(?:air\s*|drone\s+|missile\s+)?{hit.group('noun')}\b")
    # the last one told by that noun, and only if no other day is told after its sentence
    # (not "An Israeli strike on Saturday killed 10 in Nuseirat. On Monday, Israeli jets struck
    # a house in Rafah, killing five. The strike came hours after ...": Monday's strike)
    for m in _last_match(noun, text, s.start):
        days = [d for d in find_dates(text, anchor, max(0, m.start() - _DATED_REACH),
                                      min(s.start, m.end() + _DATED_REACH), cues=cues)
                if d.date and d.precision == 1 and not d.since and
                not CLAUSE_BREAK.search(text, min(d.end, m.start()), max(d.start, m.end()))]
        if days:
            day = min(days, key=lambda d: abs(d.start - m.start()))
            stop = SENTENCE_END.search(text, max(day.end, m.end()), s.start)
            # (but not "by Monday, the ministry counted 45 dead": the day of a count)
            # (nor "Speaking in the Knesset on Monday, Netanyahu said ...": the day of a
            # sentence that tells no attack)
            if stop is not None and any(d.date and not a_counts_day(text, d) and
                                        _tells_an_attack(text, d)
                                        for d in find_dates(text, anchor, stop.end(), s.start,
                                                            cues=cues)):
                return None
            return (parse_published(day.date) - timedelta(days=back)).isoformat()
    return None


# (and "On Monday, an Israeli drone targeted a car in Rafah", "warplanes pounded a block,
# wounding six": an attack told by other words, the one "the strike" names)
_AN_ATTACK_WORD = re.compile(r"(?i)\b(?:\w*strikes?|struck|bomb\w*|shell\w*|raid\w*|attack\w*|"
                             r"fired|opened\s+fire|kill\w*|hit|target(?:s|ed|ing)|"
                             r"pound(?:s|ed|ing)|wound(?:s|ed|ing)|injur(?:es|ed|ing)|"
                             r"blasts?|explo(?:sion|ded|des)\w*|blew\s+up|shot|shoot\w*|"
                             r"ambush\w*|clash\w*|storm(?:s|ed|ing)|demolish\w*|destroy\w*|"
                             r"died|dead)\b")


def _tells_an_attack(text: str, d: DateRef) -> bool:
    """Whether the sentence of a day tells an attack (a later one the noun may name)."""
    lo = max(text.rfind(".", 0, d.start), text.rfind("\n", 0, d.start)) + 1
    stop = SENTENCE_END.search(text, d.end)
    return _AN_ATTACK_WORD.search(text, lo, stop.start() if stop else len(text)) is not None


# "The truce came into effect on Sunday at 11:15am, nearly three hours late. In those hours,
# Israeli strikes killed at least 19": the hours of the sentence before, on its day
# (not "In these hours, Israeli tanks are advancing on eastern Rafah": the hours the report
# speaks in, told in the present)
_THOSE_HOURS = re.compile(r"\W*(?:In|During|Within|Over)\s+(?:those|the\s+same|these(?![^.;]*?\b"
                          r"(?:is|are)\s+(?:still\s+|now\s+)?\w+ing\b))\s+"
                          r"(?:few\s+)?(?:hours|minutes)\b", re.I)


def those_hours(text: str, s: Span, before: Span | None, anchor: date | None,
                cues: Cues) -> str | None:
    """The day of the sentence before, where a sentence that gives no day opens on its hours
    ("In those hours, ...")."""
    if before is None or _THOSE_HOURS.match(text, s.start, s.end) is None:
        return None
    days = [d for d in find_dates(text, anchor, before.start, before.end, cues=cues)
            if d.date and d.precision == 1 and not d.since]
    return days[-1].date if days else None


def hours_after_the_one_told(s: Span) -> int | None:
    """Where the opening phrase ends, if a sentence opens by setting what it tells hours
    after the attack told before ("Hours after the Muwasi strike, an airstrike on a prayer
    hall killed 20")."""
    hit = _HOURS_AFTER.match(s.text)
    return s.start + hit.end() if hit is not None else None


def recalled(d: DateRef, carried: DateRef | None, anchor: date | None) -> bool:
    """Whether a day is recalled from long before the days of the report's news, where the
    report had reached them ("said Thursday that strikes killed 24 since midnight. Israel
    resumed its campaign on March 18, after the truce collapsed. Four people were killed in
    Gaza City": the four were killed on Thursday)."""
    day = parse_published(d.date) if d.date else None
    now = parse_published(carried.date) if carried is not None and carried.date and \
        carried.precision == 1 else None
    # (but what follows "On October 7, Hamas militants broke through the border" is told of
    # that day: background the report does not code; "On 7 October" with no year is that
    # day too, whatever year the report's date would make of it)
    return day is not None and now is not None and anchor is not None and \
        (day.month, day.day) != (WAR_START.month, WAR_START.day) and \
        0 <= (anchor - now).days <= _NEWS_DAYS and (now - day).days > _RECALLED


_NEWS_DAYS = 3  # days before the report: its news


def news_day(when: str | None, precision: int, anchor: date | None) -> str | None:
    """``when``, the day of the first dated violent event told, if it is of the report's
    news (not "On October 7, Hamas militants broke through the border")."""
    day = parse_published(when) if when and precision == 1 else None
    return when if day is not None and anchor is not None and \
        0 <= (anchor - day).days <= _NEWS_DAYS else None


def goes_on_now(text: str, s: Span, carried: DateRef | None, day: str,
                anchor: date | None) -> DateRef | None:
    """``day`` as the date later sentences fall back on, where a sentence that gives no day
    tells what goes on ("Israeli strikes continued elsewhere") on a day of the report's news,
    after a day carried from before them ("Limited deliveries resumed on May 19")."""
    then = parse_published(carried.date) if carried is not None and carried.date else None
    now = parse_published(day)
    if then is None or now is None or anchor is None or \
            not 0 <= (anchor - now).days <= _NEWS_DAYS or (now - then).days <= _NEWS_DAYS or \
            STILL.search(text, s.start, s.end) is None:
        return None
    return DateRef(day, 1, s.start, s.end, "")


# "Elsewhere, nine people were killed", "In other strikes, ...": other places, at the time
# of the report's news
_ELSEWHERE = re.compile(r"\W*(?:Elsewhere|In\s+other\s+(?:attacks|strikes|incidents|areas))\b",
                        re.I)


def elsewhere_then(text: str, s: Span, when: str | None, news: str | None) -> bool:
    """Whether a paragraph opens on other places, in a sentence that gives no day, and falls
    back on a day before the report's news day (the day of an aside told before it; not
    "On Monday, a strike killed two in Khan Younis. Elsewhere, ...": that day still)."""
    if news is None or when is None or when >= news or _ELSEWHERE.match(s.text) is None or \
            text.rfind("\n", 0, s.start) < text.rfind(".", 0, s.start):
        return False
    # (not after a paragraph that opens on its own day, as a roundup or a timeline tells each:
    # "On Saturday, Israeli tanks shelled the outskirts of Khan Younis, killing two.
    # Elsewhere, an airstrike killed three in Jabalia": Saturday's too)
    before = stripped_end(text, s.start)
    return _OPENS_ON_A_DAY.match(text, text.rfind("\n", 0, before) + 1) is None


_OPENS_ON_A_DAY = re.compile(rf"(?i)[ \t]*(?:[•\-*–·▪][ \t]*)?(?:(?:On|Early|Late|By)\s+)?"
                             rf"(?:{WEEKDAY_PATTERN}|\d{{1,2}}\s+{MONTH_PATTERN}|"
                             rf"{MONTH_PATTERN}\s+\d{{1,2}})\b")
_RECALLED = 14  # days before the news: a day recalled, not the next news


_NOW = ("today", "tonight", "this morning", "earlier today")


# '"Today, an airstrike hit a house in Rafah," the civil defence said on Sunday': the
# speaker's today told with a day of its own, after the quote closes
_SAID_ON_A_DAY = re.compile(
    rf"[^”\"\n]*[”\"][^.!?\n“]*?\b(?:{ON_A_DAY}|today|yesterday|"
    r"this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE)


def speakers_now(text: str, d: DateRef, carried: DateRef | None, anchor: date | None,
                 dates: list[DateRef]) -> bool:
    """Whether a quote opens with its speaker's "today" in a report of a day before
    ("... killed two on Tuesday. 'Tonight Israeli forces conducted an operation in Al
    Mawasi,' MSF said": the speaker spoke on the day the report tells, not the day it went
    up; not a day the sentence gives the speaking or the quote: "'Today, we evacuated 20
    patients,' WHO said on Sunday", "The civil defence said on Sunday: 'Today, ...'")."""
    day = parse_published(carried.date) if carried is not None and carried.date and \
        carried.precision == 1 else None
    return day is not None and anchor is not None and d.text.lower() in _NOW and \
        d.date == anchor.isoformat() and 0 < (anchor - day).days <= _NEWS_DAYS and \
        opens_a_quote(text, d) and not any(e is not d and e.date for e in dates) and \
        _SAID_ON_A_DAY.match(text, d.end) is None
