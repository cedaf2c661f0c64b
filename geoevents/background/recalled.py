"""What a report recalls from before its days: history years before, the attack of the war's
first day and what it set off, a truce recalled with the war's toll, a deed of weeks before
told as recalled.

"The camp was established in 1948", "Hamas launched a surprise attack on Israel on Oct. 7,
prompting Israeli air strikes on Gaza", "The Civil Defence recalls that on 23 March, six of
our members were killed": the frame of any later report, not its news, even where a day is
named.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.background.tally_words import LONG_SINCE, PAST_NEWS, SENTENCE_BEFORE
from geoevents.dates import WAR_START, find_dates, parse_published
from geoevents.event_dates import names_a_day
from geoevents.sentences import Span
from geoevents.told_again import revises_a_toll
from geoevents.triggers import find_triggers

# "The ceasefire took effect on Jan. 19, pausing an Israeli war that has killed more than
# 47,300 Palestinians": the truce recalled with the war's toll, a story's stock paragraph,
# whatever day it names (not "The ceasefire took effect on Sunday morning after a
# three-hour delay": the truce told)
TRUCE_RECAP = re.compile(r"\b(?:ceasefire|cease-fire|truce|deal|agreement)\b[^.;]{0,80}?\b(?:took|"
                         r"taking|came|went|entered)\s+(?:into\s+)?(?:effect|force)\b(?:[^.;]|\.(?=\s\d)){0,40}?,"
                         r"\s+(?:pausing|halting|ending|interrupting|suspending|freezing)\s+"
                         r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}(?:war|offensive|conflict|"
                         r"fighting|campaign)\s+(?:that|which)\s+(?:has|had)\s+(?:so\s+far\s+)?"
                         r"(?:killed|left)\b", re.I)


def a_truce_recalled(text: str, s: Span, cues: Cues) -> bool:
    """Whether the sentence recalls a truce with the war's toll and tells nothing after it
    (not "A ceasefire took effect on Sunday, halting a war that has killed 40,000; hours
    later strikes killed five people in Rafah": news of its own after the recap)."""
    recap = cues.search(TRUCE_RECAP, s.start, s.end)
    return recap is not None and ";" not in text[recap.end():s.end] and \
        PAST_NEWS.search(cues.lower(text), recap.end(), s.end) is None


# "Hamas launched a surprise attack on Israel on Oct. 7, prompting Israeli air strikes on
# Gaza": the war's first day and the response it set off, the frame of any later report
# (not "Gunmen attacked a post near Rafah on Sunday, prompting Israeli air strikes": a day
# of the report's news)
# (also "On October 7 militants attacked Israel, killing 1,400 people and triggering Israeli
# retaliatory strikes on Gaza": what it set off told after its toll)
_WAR_SET_OFF = re.compile(r"(?:,|\band)\s+(?:prompting|triggering|sparking|provoking|igniting|"
                          r"which\s+(?:prompted|triggered|sparked|provoked|ignited))\b")
# the day the attack was done on ("on Oct. 7", "on Saturday, 7 October 2023"), not one it is
# measured from ("the deadliest since Oct. 7") or an anniversary of it; with no year, only a
# report from before the first anniversary means 2023 by it
# (as a sentence opens too: "On October 7 the militants attacked Israel")
_WAR_START_DAY = re.compile(r"\b[Oo]n\s+(?:Saturday,?\s+)?"
                            r"(?:Oct(?:ober|\.)?\s*7|7\s+Oct(?:ober|\.)?)"
                            r"\b(?P<year>,?\s*2023\b)?(?!,?\s*\d{4})(?!,?\s+the\s+\w+\s+anniversary)")
_FIRST_ANNIVERSARY = date(2024, 10, 7)
_AN_ATTACK = re.compile(r"\b(?:attack(?:s|ed)?|assault(?:ed)?|incursion|rampage|infiltration)\b",
                        re.I)


def the_war_set_off(s: Span, anchor: date | None) -> bool:
    """Whether a sentence tells the attack of the war's first day and what it set off, in a
    report written days after it."""
    if anchor is None or (anchor - WAR_START).days <= 3 or "Oct" not in s.text:
        return False
    off = _WAR_SET_OFF.search(s.text)
    if off is None:
        return False
    head = s.text[:off.start()]
    day = _WAR_START_DAY.search(head)
    return day is not None and (day.group("year") is not None or anchor < _FIRST_ANNIVERSARY) \
        and _AN_ATTACK.search(head) is not None


# "The Civil Defence recalls that on 23 March, six of our members were killed", "OCHA
# recalled that on 2 March all crossings were closed": a deed of weeks before the report,
# told as recalled (not "recalled that on Monday troops stormed the hospital": the news of
# the days; nor "recalled that troops stormed the hospital", which names no day)
_RECALLS = re.compile(r"\b(?:recalls|recalled|recalling|reminds|reminded|remembers|"
                      r"remembered)\s+(?:(?:us|everyone|the\s+world|reporters)\s+)?that\b",
                      re.I)


def recalled_from_weeks_ago(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence recalls what happened on days weeks before the report, the
    only days it names."""
    if anchor is None or not cues.any_of(("recall", "remind", "remember"), s.start, s.end):
        return False  # (the words _RECALLS needs, looked for as plain text first)
    recalls = _RECALLS.search(text, s.start, s.end)
    if recalls is None:
        return False
    # (not "On Sunday, an airstrike killed four rescuers in Rafah, the Civil Defence said,
    # recalling that on 23 September six of its members were killed": the day's news told
    # before what is recalled)
    if any(t.start < recalls.start() for t in find_triggers(text, s.start, s.end, cues=cues)):
        return False
    days = [parse_published(d.date)
            for d in find_dates(text, anchor, recalls.end(), s.end, cues=cues)
            if d.date and d.precision == 1]
    return bool(days) and all(d is not None and (anchor - d).days > LONG_SINCE for d in days)


# (not "The ministry later raised the toll to 118, as new strikes killed 20 people in Rafah
# on Sunday": the day's news told beside the toll revised)
_NEWS_AFTER_TOLL = re.compile(r"(?:,|;)\s*(?:as|while|when|and|after|but|amid|even\s+as)\b",
                              re.I)


def recalled_toll_revised(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence only revises the toll of what the sentence before it recalls from
    weeks before the report: "He recalled that on 29 February 100 people were killed at the
    Nabulsi roundabout. The ministry later put the toll at 118"."""
    if not cues.any_of(("toll",), s.start, s.end) or not revises_a_toll(text, s) or \
            _NEWS_AFTER_TOLL.search(text, s.start, s.end):
        return False  # (a toll revised names it: looked for as plain text first)
    before = SENTENCE_BEFORE.search(text, max(0, s.start - 400), s.start)
    return before is not None and recalled_from_weeks_ago(
        text, Span(before.start(), s.start, before.group()), anchor, cues)


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


# ", known for his role in the 2000 lynching", ", who fled in 1948": what a relative or an
# appositive clause says of someone, not when the sentence's event happened
_ASIDE = re.compile(r",\s+(?:who|whom|whose|which|(?:best |well )?known|famous|notorious)\b")
# ... and ", a Bedouin Israeli held in Gaza since 2015,": how long a captive set free was
# held, up to its closing comma only (not "Gilad Shalit, held by Hamas since 2006, was
# released in 2011": the year after it is the sentence's own)
_HELD_ASIDE = re.compile(r",\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,4}?(?:held|abducted|kidnapped|"
                         r"imprisoned|jailed)\s+(?:in|by|since|from)\b[^,.;]*(?:,|$)")


def _is_history(sentence: str, anchor: date) -> bool:
    """Whether a sentence names only years long before the report (two or more), outside
    what it says in passing of someone."""
    if not any(century in sentence for century in ("18", "19", "20")):
        return False  # (the digits a _YEAR begins with; an aside cut out makes none)
    sentence = _HELD_ASIDE.sub(",", sentence)
    aside = _ASIDE.search(sentence)
    years = [int(y) for y in _YEAR.findall(sentence, 0, aside.start() if aside else len(sentence))]
    return bool(years) and max(years) < anchor.year - 2


def history_recalled(text: str, s: Span, anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence is history the report recalls, years before what it reports, and
    names no day of its own: "The camp was established in 1948 for Palestinians who fled"."""
    return anchor is not None and _is_history(s.text, anchor) and \
        not names_a_day(text, s, anchor, cues)
