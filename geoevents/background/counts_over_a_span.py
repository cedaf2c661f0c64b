"""A figure summed over a span: a whole month, weeks between two days, a monitor's week,
the targets struck over weeks, the incidents counted over a period.

"More than 250,000 people were ordered to leave Deir al-Balah during August alone", "We
have recorded 798 people killed between 27 May and 7 July", "This week, PCHR documented the
killing of 9 Palestinians": each sums many incidents, told one by one elsewhere, and is none
of them, unless it tells one attack or names a day of its own.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.background.tally_words import LONG_SINCE, PAST_NEWS, SENTENCE_BEFORE, TALLY
from geoevents.dates import MONTH_PATTERN, find_dates, parse_published
from geoevents.event_dates import names_a_day
from geoevents.in_passing import A_DAY
from geoevents.sentences import Span

# "More than 250,000 people were ordered to leave Deir al-Balah during August alone", "in
# July only about 69,000 metric tons of food entered the Strip": a figure of thousands
# counted over a whole month, a tally of many (not "In July, an airstrike on a school in
# Nuseirat killed 15 people": one attack told by its month; nor "during August, 2,000 people
# fled Rafah on the 5th", which names a day of it: see _NTH_OF_IT and ``names_a_day``)
_OVER_A_MONTH = re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]ver|[Ff]or)\s+(?:the\s+"
                           rf"(?:whole\s+|entire\s+)?month\s+of\s+|all\s+of\s+)?"
                           rf"{MONTH_PATTERN}(?:,?\s+20\d\d)?(?:\s+alone)?\b(?![’'-]|\.?\s*\d)")
_THOUSANDS = re.compile(r"\b(?:\d{1,3}(?:,\d{3})+|\d{4,})(?!\d|,\d|\s*(?:%|per|[Aa]\.?[Mm]\b|"
                        r"[Pp]\.?[Mm]\b))|\b(?:thousands|millions?|(?:a|one|two|half\s+a)\s+"
                        r"million)\b")
# (not a year: "in July 2024")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
# (a day of the month told: "on the 5th")
_NTH_OF_IT = re.compile(r"\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b")
# (nor "Israeli strikes killed 15 people in Deir al-Balah, where more than 250,000 people
# were ordered to leave during August", "an airstrike hit a school sheltering 3,000 people,
# the third such strike in August", "arrested 1,500 men in Jabalia, the largest sweep since
# the siege began in October": the month or the figure in an aside of a sentence with news
# of its own)
_ASIDE_OPENED = re.compile(r",\s+(?:where|when|which|who|whom|whose|an?|the|its|their|one|"
                           r"after|as|amid|while|despite|since)\b|\s(?:where|which|who|whose)\s|"
                           r"\bsince\b", re.I)


def a_tally_over_a_month(sentence: str) -> bool:
    """Whether the sentence counts thousands over a whole month it names, both told in its
    main clause."""
    month = _OVER_A_MONTH.search(sentence)
    if month is None or _NTH_OF_IT.search(sentence):
        return False
    aside = min((a.start() for a in _ASIDE_OPENED.finditer(sentence)
                 if not month.start() <= a.start() <= month.end()), default=len(sentence))
    return month.start() < aside and any(
        not month.start() <= f.start() < month.end() and f.start() < aside and
        not _YEAR_ONLY.fullmatch(f.group()) for f in _THOUSANDS.finditer(sentence))


# "We have recorded 798 people killed between 27 May and 7 July while trying to reach food",
# "Between 1 and 26 August, WFP brought 1,840 trucks of food into Gaza": a figure over a span
# of weeks, a tally of many (not "195 Palestinians were killed between 31 October and 1
# November in two rounds of airstrikes on Jabalia": a day or two, the news of the days;
# nor "Between 29 June and 5 August, the army conducted a raid on Beit Hanoun": no figure,
# one campaign told with its days; nor "Between 6 and 24 October, about 60,000 people were
# displaced", "Between 1 February and 10 March, WHO supported the medical evacuation of
# 1,473 patients": a flight or an evacuation counted over weeks is still told as the
# Strip's, like one counted since a day)
_COUNTED_HARM = re.compile(r"\b(?:killed|died|dead|deaths|injured|wounded|martyred|trucks?)\b",
                           re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.I)
_AND_THEN = re.compile(r"\s+(?:and|to|until|till)\s+$", re.I)
_DAYS_OF_A_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|until|-|–)\s+"
                              r"(\d{1,2})(?:st|nd|rd|th)?\b")


def a_tally_between_days(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence counts a figure over a span of weeks, between two days."""
    if anchor is None or not ("between" in s.text.lower() or "from" in s.text.lower()) or \
            _COUNTED_HARM.search(text, s.start, s.end) is None:
        return False  # (the cheap tests first: most sentences count no harm between days)
    days = [d for d in find_dates(text, anchor, s.start, s.end, cues=cues)
            if d.date and d.precision == 1]
    for i, d in enumerate(days):
        if not _BETWEEN.search(text, max(s.start, d.start - 12), d.start):
            continue
        both = _DAYS_OF_A_MONTH.match(d.text)
        if both is not None:
            span, last = int(both.group(2)) - int(both.group(1)), d
        elif i + 1 < len(days) and _AND_THEN.fullmatch(text, d.end, days[i + 1].start):
            first, second = parse_published(d.date), parse_published(days[i + 1].date)
            if first is None or second is None:
                continue
            span, last = (second - first).days, days[i + 1]
        else:
            continue
        return span > LONG_SINCE and len(days) <= i + 2 and \
            _COUNTED_HARM.search(text, s.start, s.end) is not None and \
            any(not d.start <= f.start() < last.end
                for f in TALLY.finditer(text, s.start, s.end))
    return False


# "Of those, 615 were killed in the vicinity of the GHF sites": a share of the figure told
# before, counted over the same weeks
_OF_THOSE = re.compile(r"\W*(?:Of|Among)\s+(?:those|these|them|whom)\b", re.I)


def a_share_of_a_tally(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    # (not "Of those, 12 were killed on Tuesday in a strike on a school in Zeitoun": a share
    # with its own day, the news of that day)
    if not _OF_THOSE.match(s.text) or names_a_day(text, s, anchor, cues):
        return False
    before = SENTENCE_BEFORE.search(text, max(0, s.start - 400), s.start)
    return before is not None and a_tally_between_days(
        text, Span(before.start(), s.start, before.group()), anchor, cues)


# "ACLED records more than 230 political violence events in Gaza over the week, the large
# majority of them Israeli air and drone strikes": a count of incidents over a span, a
# statistic of many (not "the ministry documented 12 attacks on Rafah on Monday": a day's)
_EVENTS_COUNTED = re.compile(
    r"\b(?:records?|recorded|recording|documented|documents?|registered|registers?|logged|"
    r"logs|counted|counts|tallied|monitored)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|"
    r"about\s+|at\s+least\s+|some\s+|around\s+)?(?:\d[\d,]*|dozens|hundreds|thousands)\s+"
    r"(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:events|incidents|attacks|violations)\b"
    r"[^.;]{0,60}?\b(?:over|during|in|throughout|within)\s+the\s+(?:past\s+|last\s+|same\s+)?"
    r"(?:\w+\s+)?(?:week|weeks|month|months|period|year)\b", re.I)
# (every match of it holds one of what it counts, and one of the spans it counts over)
_INCIDENTS = ("event", "incident", "attack", "violation")
_SPANS = ("week", "month", "period", "year")


def incidents_counted(text: str, s: Span, cues: Cues) -> bool:
    """Whether the sentence is a count of incidents over a span, with no news told before
    it (not "An Israeli airstrike killed five people in Rafah, the ministry said, adding that
    it had documented more than 40 attacks in the city over the past week": the strike told)."""
    if not (cues.any_of(_INCIDENTS, s.start, s.end) and cues.any_of(_SPANS, s.start, s.end)):
        return False  # (the words the count needs, looked for as plain text first)
    counted = _EVENTS_COUNTED.search(text, s.start, s.end)
    return counted is not None and \
        not PAST_NEWS.search(cues.lower(text), s.start, counted.start())


# "This week, PCHR documented the killing of 9 Palestinians ... by IOF gunfire and
# airstrikes", "During the reporting period, OCHA recorded 40 killed": a monitor's count
# over its week, the sum of the incidents it lists one by one (not "This week, PCHR
# documented an airstrike on Monday that killed two": a day told)
_WEEKS_COUNT = re.compile(r"(?:[\w'’-]+\s+){0,2}?(?:this|last|the\s+past|the\s+previous|during\s+"
                          r"the|over\s+the|in\s+the|throughout\s+the)\s+(?:past\s+)?(?:week|"
                          r"reporting\s+period|period\s+covered)\b,?\s+(?:[\w'’()-]+\s+){1,5}?"
                          r"(?:documented|recorded|monitored|registered|counted|verified)\b",
                          re.I)
A_DAY_TOLD = re.compile(rf"\b(?:{A_DAY})\b", re.I)
# What the monitor counts is a number ("documented the killing of 9 Palestinians",
# "recorded 40 killed", "documented 14 airstrikes"), not one incident ("verified an Israeli
# strike on a school in Nuseirat that killed 30", "documented the killing of a paramedic",
# "journalists documented Israeli forces storming al-Awda hospital"; nor "soldiers recorded
# themselves blowing up a mosque": a video, no count)
_A_COUNT_NEXT = re.compile(r"\s+(?:the\s+(?:killing|deaths?|injur\w+|wounding|arrests?|"
                           r"demolition|destruction|abduction|detention)\s+of\s+)?"
                           r"(?:(?:at\s+least|some|about|around|nearly|almost|over|more\s+than|"
                           r"an\s+estimated)\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|"
                           r"nine|ten|eleven|twelve|dozens|scores|hundreds|several|multiple|"
                           r"numerous)\b)", re.I)
# One attack told in the sentence: "in an airstrike on a house", "by the strike", "when
# Israeli shells hit it" (an incident of its own, not the sum of many or the war's toll)
ONE_ATTACK = re.compile(r"\b(?:(?:an?|the|one|a\s+single)\s+(?:[\w'’-]+\s+){0,2}?"
                        r"(?:air\s*strike|strike|attack|bombardment|bombing|raid|shell|"
                        r"missile|explosion|blast|incursion|assault)|when\s+(?:[\w'’-]+\s+)"
                        r"{0,3}?(?:hit|struck|shelled|bombed|stormed|raided|fired))\b", re.I)


# "The army said it struck nearly 300 targets in Rafah over the past week", "has hit more
# than 1,000 sites in the last two weeks": a sum of many strikes over weeks, no attack of
# its own (not "struck 40 targets in the past day", "overnight": the day's strikes; nor
# "over the past week, a strike on a school in Nuseirat killed 30": one attack told)
_TARGETS_COUNTED = re.compile(r"\b(?:struck|hit|attacked|targeted|bombed|striking|hitting)\s+"
                              r"(?:(?:nearly|almost|more\s+than|over|about|around|some|at\s+"
                              r"least|roughly|up\s+to)\s+)?(?:\d[\d,]*|hundreds|dozens|"
                              r"thousands)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:targets|sites|"
                              r"positions)\b", re.I)
_OVER_WEEKS = re.compile(r"\b(?:over|in|during|throughout)\s+the\s+(?:past|last|previous)\s+"
                         r"(?:(?:two|three|four|five|six|several|few|\d+)\s+)?(?:weeks?|"
                         r"months?|fortnight)\b", re.I)

# the span is that of the count, told straight after it ("struck 300 targets in Rafah over
# the past week"), not a comparison further on ("the heaviest night in the past month")
_SPAN_OF_THE_COUNT = re.compile(r"(?:\s+(?:in|across|throughout|on|around)\s+(?:the\s+)?"
                                r"(?:[A-Z][\w'’-]*\s*){1,3}|\s+(?:of\s+)?(?:Hamas|militants?|"
                                r"Hezbollah)(?:\s+\w+){0,2})?\s*")
# a toll of its own: the day's attack told ("killing at least 20 people")
_A_TOLL = re.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:at\s+least\s+"
                     r"|more\s+than\s+|some\s+|about\s+)?(?:\d|[a-z]+\s+(?:people|palestinians|"
                     r"civilians|children|persons))", re.I)


def targets_over_weeks(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence counts the targets struck over weeks and names no day."""
    if "target" not in s.text and "site" not in s.text and "position" not in s.text:
        return False
    counted = _TARGETS_COUNTED.search(s.text)
    return counted is not None and \
        _OVER_WEEKS.match(s.text, _SPAN_OF_THE_COUNT.match(s.text, counted.end()).end()) \
        is not None and not ONE_ATTACK.search(s.text) and not _A_TOLL.search(s.text) and \
        not names_a_day(text, s, anchor, cues) and not A_DAY_TOLD.search(s.text)


def a_weeks_count(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence opens with a monitor's count over its week and names no day."""
    m = _WEEKS_COUNT.match(s.text)
    return m is not None and _A_COUNT_NEXT.match(s.text, m.end()) is not None and \
        not ONE_ATTACK.search(s.text) and not names_a_day(text, s, anchor, cues) \
        and not A_DAY_TOLD.search(s.text)


# "more than 5,300 children were killed in 48 days of relentless bombing", "during 60 days
# of the offensive, 3,700 people were killed and 1,750 arrested", "For more than 700 days,
# children in Gaza have been killed, maimed and displaced": harm summed over a span of a week
# or more, counted in days, the sum of many incidents and none of them (not "displaced in
# four days", "killed in the past two days": the news of the last days; nor "aid has been
# blocked for 66 days; 5,500 people were displaced from three schools": the span is another
# clause's; nor "killed in an airstrike on a school after ten days of calm": one attack)
_OVER_DAYS = re.compile(r"\b(?:in|during|over|for|throughout|within)\s+(?:the\s+(?:past|last|"
                        r"first)\s+)?(?:(?:more\s+than|nearly|almost|over|some|about)\s+)?"
                        r"(\d{1,4}|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                        r"forty|fifty|sixty|seventy|eighty|ninety|hundred)\s+days\b", re.I)
_NUMBER_WORDS = {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                 "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                 "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
# (not "had been missing for eight days after being surrounded by Israeli forces": how long
# people went unfound, no harm counted)
_HARM_SUMMED = re.compile(r"\b(?:killed|died|dead|deaths|maimed|injured|wounded|martyred|"
                          r"arrested|detained|displaced)\b", re.I)
_CLAUSE_END = re.compile(r";|\s[–—]\s")
A_WEEK = 7


def a_count_over_days(s: Span, cues: Cues) -> bool:
    """Whether a clause of the sentence counts harm over a span of a week or more told in
    days, and tells no one attack."""
    if not cues.any_of(("days",), s.start, s.end):
        return False
    for span in _OVER_DAYS.finditer(s.text):
        n = span.group(1).lower()
        if (int(n) if n.isdigit() else _NUMBER_WORDS[n]) < A_WEEK:
            continue
        start = max((e.end() for e in _CLAUSE_END.finditer(s.text, 0, span.start())), default=0)
        end = next((e.start() for e in _CLAUSE_END.finditer(s.text, span.end())),
                   len(s.text))
        clause = s.text[start:end]
        if _HARM_SUMMED.search(clause) and not ONE_ATTACK.search(clause):
            return True
    return False
