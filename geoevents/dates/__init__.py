"""Date expressions in a sentence -> ISO dates, anchored on the report's publication date.

Reports date events relative to when they were written ("on Saturday", "yesterday",
"overnight"), so ``published`` is the anchor. Without it, only explicit dates with a
year resolve; everything relative stays ``None`` rather than being guessed from today.
``time_precision`` follows ACLED: 1 day, 2 week, 3 month.

The package's modules, one decision each, in the order they build on one another:

- :mod:`geoevents.dates.holidays`: a day told by the Muslim calendar ("on the third day
  of Eid al-Fitr", "the eve of Eid al-Adha"), counted from the feast's or the month's first
  day as the Strip kept it;
- :mod:`geoevents.dates.expressions`: the date expressions looked for (explicit dates,
  months, weekdays, "yesterday", "the next day") and :class:`DateRef`, one found;
- :mod:`geoevents.dates.resolve`: the day one expression names, counted from the
  publication day, the year of a day told without one, and the days that date nothing told
  ("the October 7 attacks", "would take effect on Sunday");
- :mod:`geoevents.dates.counted_days`: days counted from another day told ("the next day",
  "the 24 hours before the pause", "in the previous 24 hours", the night of a telling);
- :mod:`geoevents.dates.time_zones`: the day in Gaza of a weekday told with a clock in
  universal time ("11 p.m. GMT Sunday");
- :mod:`geoevents.dates.nights_and_periods`: a night told by a day named or by its two
  days ("overnight into Thursday", "the night of 14 to 15 May"), and the days that bound a
  period ("since 7 October", "between 31 October and 1 November");
- :mod:`geoevents.dates.days_told_on`: the days a clause says something was done on ("on
  27 June", "on Thursday, June 27th"), read with the patterns above, for the rules that
  compare a count's day with another's.

:func:`find_dates` finds them all in a stretch of a report and settles each one's day.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, timedelta

from geoevents.anchored import Cues, PrefixIndex
from geoevents.dates.counted_days import (
    BEFORE_WHAT,
    CLAUSE_BREAK,
    PREVIOUS_HOURS,
    SPAN,
    a_tellings_day_after,
    a_tellings_night,
    day_counted_from,
    hours_before_no_day,
)
from geoevents.dates.days_told_on import ON_A_DAY, ON_A_DAY_FOLDED, days_told_on
from geoevents.dates.expressions import (
    IN_A_NAME,
    KINDS_AND_PATTERNS,
    MONTH_NAMES,
    MONTH_PATTERN,
    NAME_BEFORE,
    NEXT_DAY,
    PATTERNS,
    WEEKDAY_FOLDED,
    WEEKDAY_PATTERN,
    DateRef,
    parse_published,
)
from geoevents.dates.nights_and_periods import (
    A_DAY_NAMED,
    A_STATE_SINCE,
    NEW_CLAUSE,
    NIGHT_OF,
    SECOND_DAY,
    SINCE_BEFORE,
    SINCE_LAST_EVENING,
    SINCE_PHRASE,
    SINCE_REACH,
    THE_EVENINGS_OWN,
    between,
    nights_into,
    period_ends,
)
from geoevents.dates.resolve import (
    ATTACK_ON,
    DAY_AND_MONTH,
    DURING_THE_NIGHT,
    FUTURE,
    PAST,
    SINCE_OR_AFTER,
    SINCE_THE,
    THE_ATTACK,
    TO_COME,
    WAR_START,
    day_of_a_month_told,
    has_year,
    latest_on_or_before,
    narrative_year,
    night_of_a_day_told,
    past_year,
    resolve_match,
    weekdays_of_their_dates,
    writes_its_year,
)
from geoevents.dates.time_zones import local_day
from geoevents.quantities import parse_number

__all__ = ["DateRef", "find_dates", "parse_published", "PATTERNS", "NEXT_DAY",
           "MONTH_PATTERN", "WEEKDAY_PATTERN", "WEEKDAY_FOLDED", "SINCE_BEFORE", "WAR_START",
           "SINCE_REACH", "BEFORE_WHAT", "MONTH_NAMES", "CLAUSE_BREAK", "DURING_THE_NIGHT",
           "night_of_a_day_told", "TO_COME", "SINCE_PHRASE", "latest_on_or_before",
           "days_told_on", "ON_A_DAY", "ON_A_DAY_FOLDED"]

_INDEX = PrefixIndex(PATTERNS)
# the days a universal-time clock told with them may move to Gaza's: a weekday or a date
# written out, not a span or a word relative to the report
_OF_A_CLOCK = frozenset({"weekday", "iso", "numeric", "day_month_figures", "day_month",
                         "month_day"})


class _Taken:
    """The stretches earlier patterns' dates took, kept sorted: whether a match overlaps
    one is a bisection, not a look at every date before it (a whole report's dates, for
    a rule that reads all that came before a sentence). They never overlap one another
    and none is empty, so the one that starts last before a match ends is the only one
    that can reach into it."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        k = bisect_left(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)

    def overlaps(self, start: int, end: int) -> bool:
        """``any(s < end and start < e for s, e in taken)``."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.ends[k - 1] > start


class _Found:
    """The days found so far that pass a test (a date at all, one that bounds no span, one
    that writes its year), by where they stand: the last one before a match is then a
    bisection, not a look at every day found before it, which over a whole long report
    grows with its square. (Days found never overlap: no two start at one place.)"""

    __slots__ = ("starts", "refs")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.refs: list[DateRef] = []

    def add(self, ref: DateRef) -> None:
        k = bisect_left(self.starts, ref.start)
        self.starts.insert(k, ref.start)
        self.refs.insert(k, ref)

    def last_before(self, at: int) -> DateRef | None:
        k = bisect_left(self.starts, at)
        return self.refs[k - 1] if k else None


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
    taken = _Taken()
    years, dated, bounding_none = _Found(), _Found(), _Found()
    for kind, pattern in KINDS_AND_PATTERNS:
        for m in cues.finditer(pattern, start, end):
            if taken.overlaps(m.start(), m.end()):
                continue
            if kind == "relative" and IN_A_NAME.match(m.group(0)) and \
                    NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "journalists of Al-Quds Today TV", "told USA Today": a name
            if kind == "relative" and m.group(0).lower() == "overnight" and \
                    A_DAY_NAMED.match(text, m.end()):
                continue  # "a strike overnight Wednesday hit a house": the day named
            if kind == "next_day":
                # "On 17 December, the crossing opened for the first time since 7 October;
                # 79 trucks entered on that day": the day the sentence told, not the start
                # of a period named in passing after it (the last dated one before, else
                # the last one dated at all)
                counted_from = day_counted_from(text, bounding_none.starts,
                                                bounding_none.refs, m)
                told = bounding_none.last_before(m.start()) or \
                    dated.last_before(m.start()) or previous
                if hours_before_no_day(text, m, told, counted_from):
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
                span = SPAN.match(said)
                if span:  # "two days later", "one week before"
                    step *= (parse_number(span.group(1)) or 1) * \
                        (7 if span.group(2).startswith("week") else 1)
                if step < 0 and counted_from is None and \
                        (telling := a_tellings_day_after(text, bounding_none.starts,
                                                         bounding_none.refs, m, end)):
                    base = parse_published(telling.date)  # "a day earlier, medics said on
                    # Tuesday": the day before the telling's
                if base is None and step < 0:
                    base = published  # with no date before it, "the day before" is yesterday
                # "one week before the bombing" is a week's span, not a day
                precision = 2 if span and span.group(2).startswith("week") else 1
                value, since = (base + timedelta(days=step) if base else None), False
            else:
                # (a weekday in a timeline's entry or under a live page's dated stamp, "13
                # May 2024 09:40 GMT / ... on Sunday", is the one before the entry's day, as
                # its "overnight" is that day's)
                value, precision, since = resolve_match(
                    kind, m, relative_to if kind in ("relative", "weekday") and relative_to
                    else published)
                if kind == "holiday" and value is None:
                    continue  # a feast of a year not listed: no day, rather than a guess
                if value is not None and kind == "relative" and \
                        m.group(1).lower().endswith(("days earlier", "days before")) and \
                        (telling := a_tellings_day_after(text, bounding_none.starts,
                                                         bounding_none.refs, m, end)):
                    # "two days earlier, medics said on Tuesday": counted from the telling
                    value = parse_published(telling.date) - ((relative_to or published) - value)
                if value is not None and kind == "relative" and \
                        a_tellings_night(text, m, start):
                    value -= timedelta(days=1)
                if value is not None and kind == "relative" and \
                        m.group(1).lower() == DURING_THE_NIGHT:
                    told = bounding_none.last_before(m.start()) or previous
                    night_of = night_of_a_day_told(told, value)
                    if night_of is not None:
                        value, precision = night_of, told.precision
                if value is not None and kind in ("weekday", "relative") and \
                        (evening := SINCE_LAST_EVENING.search(text, max(start, m.start() - 6),
                                                              m.end() + 9)) \
                        and published is not None and value == published - timedelta(days=1) \
                        and not THE_EVENINGS_OWN.match(text, evening.end()) and \
                        not A_STATE_SINCE.search(text, max(0, evening.start() - 40),
                                                 evening.start()):
                    # "since Tuesday evening" in a Wednesday report, "since yesterday
                    # evening": the night up to the report, dated by its day as "overnight"
                    value = published
                if kind == "relative" and value is not None and \
                        PREVIOUS_HOURS.match(m.group(0)) and \
                        (dated.last_before(m.start()) is not None or
                         previous is not None and
                         (told := parse_published(previous.date)) is not None and
                         (value - told).days > 1):
                    # "On Monday, the ministry said 90 people were killed in the previous 24
                    # hours", "a strike on 1 March ... In the preceding 24 hours, 30 had been
                    # killed": the 24 hours before the day just told, not before the report
                    # (a tally told the day after one told before is still the report's)
                    taken.add(m.start(), m.end())
                    continue
                if kind in _OF_A_CLOCK and value is not None and precision == 1 and \
                        ("GMT" in (near := text[max(start, m.start() - 30):m.end() + 30]) or
                         "UTC" in near):
                    # ("at 2200 GMT on Saturday", "on 27 June 2024 at 23:30 GMT": the day in
                    # London, already the next morning in Gaza)
                    local = local_day(text, m, value)
                    value = local if published is None or local <= published else value
                if kind == "day_of_month" and \
                        (told := dated.last_before(m.start()) or previous) is not None and \
                        told.date and told.precision in (1, 3) and \
                        (month_of := parse_published(told.date)) is not None:
                    # "In April, tanks shelled Rafah. On the 13th, ...": the month told last
                    value = day_of_a_month_told(int(m.group(1)), month_of, published)
                if kind in ("weekday", "day_of_month") and value is not None and \
                        TO_COME.search(text, max(start, m.start() - 60), m.start()):
                    # "said the truce would take effect on Sunday", "called a strike for
                    # Monday": a day to come, which dates nothing told
                    value = None
                if kind in DAY_AND_MONTH and not has_year(m):
                    told = years.last_before(m.start())
                    if told is None and previous and writes_its_year(previous):
                        told = previous
                    value = narrative_year(kind, m, told) or value
                if kind in DAY_AND_MONTH and value is not None and value.month == 10 and \
                        value.day == 7 and value.year > 2023 and not has_year(m) and \
                        (THE_ATTACK.match(text, m.end()) or
                         SINCE_OR_AFTER.search(text, max(start, m.start() - 8), m.start())):
                    value = date(2023, 10, 7)  # "the October 7 attacks": the day the war began
                if value is None and published is not None and kind in DAY_AND_MONTH and \
                        FUTURE.search(text, start, end) is None and \
                        PAST.search(text, start, end) is not None:
                    # A day up to three months after the report, in a sentence told in the
                    # past ("conducted airstrikes ... on 9 and 12 October" in a July
                    # report): last year's.
                    value = past_year(kind, m, published)
                if value == WAR_START and published is not None and \
                        (published - value).days > 7 and not \
                        SINCE_THE.search(text, max(start, m.start() - 12), m.start()) and (
                        THE_ATTACK.match(text, m.end()) or
                        ATTACK_ON.search(text, max(start, m.start() - 60), m.start())):
                    # "hostages kidnapped during the massacre on October 7", "involved in the
                    # October 7 attack": a name for the day the war began, dating nothing the
                    # report tells ("since the October 7 attack" still bounds a period)
                    taken.add(m.start(), m.end())
                    continue
            if kind == "day_range" and value is not None and \
                    (night := NIGHT_OF.search(text, max(start, m.start() - 24),
                                              m.start())) is not None and \
                    (second := SECOND_DAY.search(m.group(0))) is not None and \
                    int(second.group(2)) == int(m.group(1)) + 1 and \
                    (second.group(1).lower() != "and" or
                     between(night)):
                # "Overnight 14-15 May, air strikes hit Jabalia camp", "on the night of 28 to
                # 29 October": a night dated by the morning it runs into, as "overnight" is
                # the report's day (not "on 14-15 May", "between 14 and 15 May": a span,
                # of its first day; nor "strikes overnight on 14 and 15 May": the nights of
                # both days, the first of them)
                value += timedelta(days=1)
            phrase = SINCE_PHRASE.search(text[max(start, m.start() - SINCE_REACH):m.start()])
            if phrase is not None and kind == "next_day" and \
                    NEW_CLAUSE.search(phrase.group(0)) is not None:
                # "opened for the first time since 7 October, and on the same day 20 trucks
                # entered": the day just told, in a clause of its own
                phrase = None
            since = since or bool(SINCE_BEFORE.search(text[max(start, m.start() - 12):m.start()])) \
                or bool(phrase)
            taken.add(m.start(), m.end())
            refs.append(DateRef(value.isoformat() if value else None, precision,
                                m.start(), m.end(), m.group(0), since))
            ref = refs[-1]
            for found, holds in ((dated, bool(ref.date)),
                                 (bounding_none, bool(ref.date) and not ref.since),
                                 (years, writes_its_year(ref))):
                if holds:
                    found.add(ref)
    refs.sort(key=lambda r: r.start)
    if any(r.text[:1].isdigit() or r.text[-1:].isdigit() for r in refs):
        # "On 16 November, for the second consecutive day": the day given rules; the span's
        # first day only dates a sentence that gives no day of its own
        refs = [r for r in refs if "consecutive day" not in r.text.lower()]
    return period_ends(text, nights_into(text, weekdays_of_their_dates(text, refs)))
