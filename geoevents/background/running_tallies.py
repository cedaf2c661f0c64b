"""A figure in the perfect counted since a time: since a month, since a day weeks before the
report, "since then" or over recent days, since a truce began.

"Since January, 2,000 patients have been medically evacuated", "At least 40 aid workers have
been killed since 1 May" in a June report, "Since the ceasefire began, Israeli forces have
killed more than 200 Palestinians": a running total, not the news of the days, unless the
sentence tells a deed of its own beside it, or the span only measures the day's one deed in
an aside ("the deadliest attack there since March 18").
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.background.counts_over_a_span import incidents_counted
from geoevents.background.tally_words import FIGURE, LONG_SINCE, PAST_NEWS, TALLY
from geoevents.dates import MONTH_PATTERN, find_dates, parse_published
from geoevents.event_dates import BACK_TO_THAT_DAY, names_a_day, since_phrase
from geoevents.in_passing import CAMPAIGN_START, STARTED_ON
from geoevents.sentences import Span
from geoevents.triggers import find_triggers

# "Since January, 2,000 patients have been medically evacuated", "less than 450 patients
# have been evacuated since May 2024": a figure counted since a month, with no day, is a
# tally, not an event (not "since 10 April", "since Tuesday": a few days, dated by the first)
_SINCE_A_MONTH = re.compile(rf"\b[Ss]ince (?:early |late |mid-?|the (?:start|beginning|end) of )?"
                            rf"{MONTH_PATTERN}(?:,? 20\d\d)?\b(?![’'-]|\s*\d)")
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:now\s+|so far\s+|already\s+|also\s+)?"
                      r"(?:been\s+)?(?:[a-z]+ly\s+)?(?!been\b)[a-z]+(?:ed|en|wn|ne)\b")
# (not "reopens the Rafah Crossing, which has been closed since May 2024, allowing 150
# people to leave": what a relative clause says of a place, in a sentence with news of its own)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|where|who|that)\s+(?:[\w'’-]+\s+){0,3}$")


def a_tally_since_a_month(sentence: str) -> bool:
    """"Since January, 2,000 patients have been medically evacuated": a figure in the perfect,
    counted since a month."""
    since = _SINCE_A_MONTH.search(sentence)
    perfect = _PERFECT.search(sentence) if since is not None else None
    return perfect is not None and \
        not _RELATIVE_BEFORE.search(sentence, max(0, perfect.start() - 40), perfect.start()) and \
        not PAST_NEWS.search(sentence, 0, perfect.start()) and \
        any(not since.start() <= f.start() < since.end() for f in FIGURE.finditer(sentence))


def a_tally_since_a_day(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """"since the ceasefire took effect on October 10, 318 citizens have been killed" in a
    November report, "At least 40 aid workers have been killed since 1 May" in a June one: a
    toll in the perfect counted since a day weeks before, the only day the sentence names."""
    if anchor is None or "since" not in s.text.lower():
        return False
    days = [d for d in find_dates(text, anchor, s.start, s.end, cues=cues)
            if d.date and d.precision == 1]
    if len(days) != 1:
        return False
    d = days[0]
    day = parse_published(d.date)
    phrase = since_phrase(text, d)
    if day is None or (anchor - day).days <= LONG_SINCE or not (d.since or phrase is not None):
        return False
    opened = phrase.start() if phrase is not None else d.start
    if phrase is not None and _CAMPAIGN_BEGUN.match(text, phrase.start(), d.start):
        # ("since the beginning of the military operation in Beit Lahia on October 5,
        # hundreds have been killed": the operation's first day, an event of its own)
        return False
    perfect = _HARMED_SINCE.search(text, d.end, s.end)
    low = cues.lower(text)
    if perfect is None:
        # ("At least 300 soldiers have reportedly been killed since October 27": the toll
        # told first, the time it is counted from after it)
        # (only "since" and the day: not "have been killed since the ceasefire collapsed on
        # March 18", whose day is the collapse's, an event the sentence tells)
        # (nor "... since May 6. The same day, forces entered the city": the next sentence
        # points back to the day, an event it tells)
        perfect = _HARMED_SINCE.search(text, s.start, opened) \
            if phrase is None and not BACK_TO_THAT_DAY.search(text, s.end, s.end + 120) \
            else None
        if perfect is None or PAST_NEWS.search(
                low, (_AND_MORE_HARMED.match(text, perfect.end()) or perfect).end(),
                opened) or PAST_NEWS.search(low, d.end, s.end):
            return False
        # (the since-phrase in the toll's own clause only: not "Two soldiers have been killed
        # in Rafah, bringing the toll since October 27 to 330", "has killed 12 in Deir
        # al-Balah, the deadliest attack there since March 18", "the latest since": the
        # day's deed, measured or added up in an aside)
        if _since_told_aside(text, s.start, perfect.end(), opened):
            return False
        first = s.start
    else:
        first = d.end
    return not _RELATIVE_BEFORE.search(text, max(first, perfect.start() - 40), perfect.start()) \
        and not PAST_NEWS.search(low, first, perfect.start()) and \
        not PAST_NEWS.search(low, s.start, min(opened, perfect.start())) and \
        not _A_DEED_BESIDE.search(text, perfect.end(), s.end) and \
        any(not opened <= f.start() < d.end for f in TALLY.finditer(text, s.start, s.end))


# (not "..., at least 1,000 people have been killed in Jabalia, and troops have stormed Kamal
# Adwan Hospital": a deed of its own told beside the toll)
_A_DEED_BESIDE = re.compile(r"(?:,\s+and|;|\band\s+(?:troops|forces|tanks|soldiers|the\s+army))\s+"
                            r"(?:[\w'’-]+\s+){0,4}(?:have|has)\s+(?:also\s+|now\s+)?(?!been\b)"
                            r"[a-z]+ed\b")


# (a toll of harm: a flight counted since a day, "about one million people have fled Rafah
# since 6 May", is still told as the Strip's displacement)
_HARMED_SINCE = re.compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+|also\s+|"
                           r"(?:reportedly|allegedly|officially|collectively)\s+)?"
                           r"(?:been\s+)?(?:killed|martyred|injured|wounded|died|detained|"
                           r"arrested|destroyed|damaged)\b")
# (the toll's second figure in the same perfect: "have been killed and thousands wounded",
# "have died and 800 others were injured")
_AND_MORE_HARMED = re.compile(r"\s+and\s+(?:[\w,]+\s+){1,3}?(?:were\s+|have\s+been\s+)?"
                              r"(?:wounded|injured|detained|arrested)\b")


# "The army says it has killed more than 400 gunmen in the area since then and detained
# hundreds of suspects": a running tally since a time told before, in the perfect (not
# "Troops stormed the camp on Monday and have since then detained 50 people", which names a
# day, nor "Strikes killed five in Rafah; since then troops have arrested 20": news told)
# ("ever since" standing alone: not "where they have operated ever since the offensive
# began", which names its own start, not a time told before)
_SINCE_THEN = re.compile(r"\b(?:(?:ever\s+)?since\s+then|ever\s+since(?=\s*(?:[,.;:)]|$)|"
                         r"\s+(?:and|but|while)\b))\b", re.I)
_TALLIED_SINCE = re.compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+|also\s+)?"
                            r"(?:been\s+)?(?:killed|martyred|died|injured|wounded|detained|arrested|"
                            r"destroyed|demolished|evacuated|displaced|struck|hit|eliminated|"
                            r"captured|seized)\b", re.I)


# "22 of them have been killed or captured in recent days", "In recent weeks, at least 27
# people have died of hunger in the north": a span reaching to the report's day with no
# first day, over which a figure in the perfect is counted, a running tally like one since
# then (not "have died in recent days, and on Monday a strike killed 5": a day told, read by
# the caller; nor "an airstrike in recent days killed 12": the past, one attack)
_OF_RECENT = re.compile(r"\b(?:in|over|during)\s+(?:the\s+)?recent\s+(?:days|weeks|months)\b",
                        re.I)


def _since_told_aside(text: str, start: int, perfect_end: int, since_start: int) -> bool:
    """Whether the span a toll is counted over ("since October 27", "in recent weeks")
    measures or adds up the day's one deed in an aside ("bringing the toll since October 27
    to 330", "the deadliest attack there since March 18", "the latest since") rather than
    governing the perfect before it: then the toll is that deed's, not a running total."""
    return bool(_ASIDE_BEFORE_SINCE.search(text, perfect_end, since_start) or
                _MEASURED_SINCE.search(text, start, since_start) or
                _ANOTHER_SINCE.search(text, start, since_start))


def _a_tally_since_then(text: str, s: Span, cues: Cues) -> bool:
    """Whether the sentence counts in the perfect since a time told before ("since then"), or
    over recent days or weeks."""
    if not cues.any_of(("since", "recent"), s.start, s.end):
        return False  # (the words the two spans need, looked for as plain text first)
    since = _SINCE_THEN.search(text, s.start, s.end)
    recent = _OF_RECENT.search(text, s.start, s.end) if since is None else None
    since = since or recent
    perfect = _TALLIED_SINCE.search(text, s.start, s.end) if since is not None else None
    if recent is not None and perfect is not None and \
            _since_told_aside(text, s.start, perfect.end(), recent.start()):
        # (the recent span must govern the perfect, not measure the day's one deed in an
        # aside: "a strike has killed 18, one of the deadliest attacks in recent weeks", "has
        # killed 14, the latest in a series of strikes on shelters in recent weeks")
        return False
    return perfect is not None and \
        not PAST_NEWS.search(cues.lower(text), s.start, perfect.start()) and \
        any(not since.start() <= f.start() < since.end()
            for f in TALLY.finditer(text, s.start, s.end))


# "Since the ceasefire began, Israeli forces have killed more than 200 Palestinians", "Since
# the January ceasefire took effect, partners had delivered large volumes of aid": a running
# tally in the perfect since the truce began, with no day (not "the deadliest day since the
# truce took effect", measured against it; nor "at least 13 people have been killed since
# the ceasefire was due to start", the hours before it; nor "since the truce took effect on
# 10 October", which names its day: see ``names_a_day``)
_SINCE_THE_TRUCE = re.compile(
    r"\b[Ss]ince\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:ceasefire|cease-fire|truce)"
    r"(?:\s+(?:began|started|took\s+(?:effect|hold)|kicked\s+in|came\s+into\s+(?:force|effect)|"
    r"went\s+into\s+(?:force|effect)|entered\s+into\s+(?:force|effect)|"
    r"was\s+(?:agreed|announced|reached|signed|brokered|declared|implemented))\b|"
    r"(?=\s*(?:[,.;]|$)))")
# (and "slain", a participle of no such ending: "no fewer than 342 Palestinians have been
# slain by Israeli military fire since the ceasefire was declared")
_PERFECT_TENSE = re.compile(r"\b(?:have|has|had)\s+(?:now\s+|so\s+far\s+|already\s+|also\s+)?"
                            r"(?:been\s+)?(?!been\b)(?:[a-z]+(?:ed|en|wn|ne|t)|slain)\b")
# (nor "have recovered 122 bodies since the ceasefire started, mostly in Rafah, where
# residents returned": the news of the days told after it, in a clause of its own)
_CLAUSE_AFTER = re.compile(r";|,\s+(?:[\w'’-]+\s+){0,6}?(?:where|when|while|as|after)\b|"
                           r",\s+and\b")
# (nor "have killed three Palestinians in Khan Younis, in the latest violation since the
# ceasefire took effect", "the second such incident since the truce": the day's deed, one
# of those since the truce)
_ANOTHER_SINCE = re.compile(r"\b(?:the|its|their|an?)\s+(?:[\w'’-]+\s+)?(?:latest|second|third|"
                            r"fourth|fifth|new|fresh|another|such)\b[^.;]{0,60}$", re.I)
# (nor "Hamas has handed over the bodies of two more hostages in Khan Younis, bringing the
# number returned since the ceasefire began to 15": the truce told in an aside after the
# day's deed)
_ASIDE_BEFORE_SINCE = re.compile(r",\s+(?:in\s+)?(?:the|an?|its|their|one|bringing|raising|"
                                 r"taking|pushing|marking|amid|despite)\b", re.I)


def _a_tally_since_a_truce(text: str, s: Span, cues: Cues) -> bool:
    """Whether the sentence counts in the perfect since a truce began, with nothing told
    after it."""
    if not cues.any_of(("since",), s.start, s.end):
        return False
    since = _SINCE_THE_TRUCE.search(text, s.start, s.end)
    if since is None:
        return False
    perfect = _PERFECT_TENSE.search(text, s.start, s.end)
    return perfect is not None and \
        not PAST_NEWS.search(cues.lower(text), s.start, min(perfect.start(), since.start())) and \
        not _CLAUSE_AFTER.search(text, since.end(), s.end) and \
        not _since_told_aside(text, s.start, perfect.end(), since.start())


# "the heaviest bombardment since", "for the first time since", "the largest since"
# (not "Most of Gaza's hospitals have been bombed since the war began")
_MEASURED_SINCE = re.compile(r"\b(?:the|its|their|a)\s+(?:[\w'’-]+\s+)?(?:\w+iest|worst|largest|"
                             r"biggest|greatest|highest|fiercest|strongest|longest|most|first|"
                             r"only)\b[^.;]{0,60}$", re.I)
_CAMPAIGN_BEGUN = re.compile(rf"since the {CAMPAIGN_START} of (?:the |its |an? )?"
                             r"(?:[\w'’-]+ ){0,3}?(?:operations?|offensive|invasion|"
                             r"incursions?|onslaught|raids?|assault|campaign)\b", re.I)


# ... or since the war itself: "The largest humanitarian aid airdrop since the war began
# takes place over northern Gaza" (the record of one delivery)
_SINCE_THE_WAR = re.compile(r"since the (?:[\w–-]+ )?(?:war|start|beginning|outbreak)\b")


def a_running_tally(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence counts a running total that names no day of its own: in the
    perfect since a time told before or over recent days, incidents over a period, or in the
    perfect since a truce began."""
    return (_a_tally_since_then(text, s, cues) or incidents_counted(text, s, cues) or
            _a_tally_since_a_truce(text, s, cues)) and \
        not names_a_day(text, s, anchor, cues)


def measured_against_the_war(text: str, s: Span, background: re.Match[str]) -> bool:
    """Whether the span since the war began only measures the sentence's attack against the
    war's others: "bombed Khan Younis overnight, the most intense raids since Israel launched
    the war"; the attack is told, not the war's frame."""
    return bool(background.group("since_war") or _SINCE_THE_WAR.match(background.group())) and \
        _MEASURED_SINCE.search(text, s.start, background.start()) is not None


def the_campaigns_first_day(text: str, s: Span, background: re.Match[str], cues: Cues) -> bool:
    """Whether the frame is the first day of an operation, an event of its own, and all the
    sentence tells: "soldiers killed since the start of the Israeli ground operation in Gaza
    on Oct. 27" (not "since the start of the military operations in Gaza on 7 October, 90 per
    cent of the population has been displaced": what else the sentence tells is a tally since
    then)."""
    return (begun := _CAMPAIGN_BEGUN.match(text, background.start(), s.end)) is not None and \
        (day := STARTED_ON.match(s.text.lower(), begun.end() - s.start)) is not None and \
        not any(not background.start() <= t.start < s.start + day.end()
                for t in find_triggers(text, s.start, s.end, cues=cues))
