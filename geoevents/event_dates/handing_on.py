"""Which days of a sentence date what the report tells next.

A sentence that tells no event of its own still hands on its day to the sentences after it
that give none, but not every day it names: not a day a state of affairs was described ("as
of 14 July"), a telling's day ("as we said yesterday"), a speaker's day that opens a quote,
nor a day that names another thing ("before Monday's evacuation order", "a pause that
started on 24 November"). An attack named by its day ("Saturday's Israeli massacre") hands
it on only where the report goes on to tell of it, and a tally of days hands on its last.
"""

from __future__ import annotations

import re
from dataclasses import replace as dataclass_replace
from datetime import date, timedelta

from geoevents.anchored import Cues
from geoevents.dates import (
    DURING_THE_NIGHT,
    DateRef,
    find_dates,
    night_of_a_day_told,
    parse_published,
)
from geoevents.event_dates.days_told_before import SENTENCE_END
from geoevents.event_dates.earlier_tellings import an_earlier_telling
from geoevents.event_dates.passing_days import (
    A_TRUCES_DAY,
    COMPARED_WITH,
    FLED_REACH,
    ORDERED_ON,
    RELATIVE_CLAUSE,
    SINCE_IN_A_RELATIVE,
    TRUCE_BROKEN,
    TRUCE_OF,
    TRUCE_TOOK_EFFECT,
    a_start_to_come,
    a_truces_first_day,
    fled_then,
    in_a_relative,
    measured_since,
    names_another_event,
)
from geoevents.event_dates.periods import BRINGING
from geoevents.event_dates.tellings import CONFIRMED_ON, TOLD_BEFORE_THAT, quoted_day, told_on
from geoevents.photo_captions import a_credited_caption
from geoevents.sentences import Span
from geoevents.the_same_attack import ATTACK_NOUNS, the_attack_again


def carry(skipped: list[Span], carried: DateRef | None, anchor: date | None,
           cues: Cues) -> DateRef | None:
    """The last date the report gave: the latest passed-over sentence's, else ``carried``."""
    for s in reversed(skipped):
        found = last_date(s, anchor, cues)
        # ("Israeli troops entered Rafah on 7 May. During the night, residents stayed
        # indoors": the night of the day carried, which stays the day)
        if found is not None and not (found.text.lower() == DURING_THE_NIGHT and
                                      night_of_a_day_told(carried, anchor) is not None):
            return found
    return carried


# "As of 14 July, Israel was still investigating": the day a state of affairs was
# described, not a date that what the report tells next happened on.
STATUS = re.compile(r"(?i)\bas of\s+$")


def a_state_as_of(text: str, d: DateRef) -> bool:
    """Whether ``d`` is the day a state of affairs is told as of: "as of last night, 80,000
    have been displaced since Tuesday, when the operation began": "as of" dates the count,
    the other date the event."""
    return STATUS.search(text, max(0, d.start - 8), d.start) is not None


def hands_on(text: str, d: DateRef, *, alone: bool = False) -> bool:
    """Whether a day dates what the report tells next: not a day a state of affairs was
    described ("as of 14 July"), a telling's day ("as we said yesterday"), a speaker's
    day that opens a quote, nor a day that names another thing ("before Monday's
    evacuation order", "a pause that started on 24 November")."""
    lo = max(0, d.start - 30)
    return STATUS.search(text, max(0, d.start - 8), d.start) is None and \
        not quoted_day(text, d) and \
        not an_earlier_telling(text, d) and \
        not told_on(text, d) and \
        (alone or CONFIRMED_ON.search(text, lo, d.start) is None) and \
        RELATIVE_CLAUSE.search(text, max(0, d.start - 50), d.start) is None and \
        COMPARED_WITH.search(text, max(0, d.start - 80), d.start) is None and \
        not fled_then(text, max(0, d.start - FLED_REACH), d) and \
        (TRUCE_OF.search(text, lo, d.start) is None or
         TRUCE_BROKEN.search(text, max(0, d.start - 60), d.start) is not None) and \
        (not d.text.endswith(("'s", "’s")) and text[d.end:d.end + 2] not in ("'s", "’s") or
         d.precision == 1 and _OCTOBER_7.search(d.text) is None and
         (_DAYS_TOLL.match(text, d.end) is not None or
          _DAYS_ATTACK.match(text, d.end) is not None and
          _CONDEMNED.search(text, max(0, d.start - 40), d.start) is not None)) and \
        TOLD_BEFORE_THAT.search(text, max(0, d.start - 140), d.start) is None and \
        not in_a_relative(text, d) and \
        _TOTAL_FROM.search(text, max(0, d.start - 140), d.start) is None and \
        ORDERED_ON.search(text, max(0, d.start - 80), d.start) is None and \
        TRUCE_TOOK_EFFECT.search(text, max(0, d.start - 80), d.start) is None and \
        not a_truces_first_day(text, d) and \
        A_TRUCES_DAY.match(text, d.end) is None and \
        measured_since(text, max(0, d.start - 120), d.start) is None and \
        not a_start_to_come(text, d) and \
        SINCE_IN_A_RELATIVE.search(text, max(0, d.start - 130), d.start) is None


# "bringing to 16 the number killed since ground operations expanded on Friday": the day a
# running total counts from
_TOTAL_FROM = re.compile(BRINGING.pattern + r"[^.;:]*?\bsince\b[^.;:]*$", re.I)
# "the death toll from Saturday's Israeli massacre in the Nuseirat camp has risen to 274.
# Forces carried out the attack in broad daylight": the day of the attack the report goes on
# to tell (not "The army said Tuesday's strike killed a commander. Two soldiers were killed
# in northern Gaza": an attack named in passing, where what follows is news of its own)
_A_DAYS_ATTACK = re.compile(r"(?:(?:Israeli|deadly|[\w-]+-scale|mass|twin|double)\s+){0,2}"
                            r"(?:massacre|attack|air\s?strike|strike|raid|bombing|bombardment|"
                            r"assault|operation|shelling)\b")
_ITS_ATTACK = re.compile(r"['’]s\s+" + _A_DAYS_ATTACK.pattern)


def a_days_attack(text: str, d: DateRef, end: int) -> bool:
    """Whether ``d`` names an attack by its day ("Saturday's Israeli massacre") in a sentence
    ending at ``end`` whose next sentence does not tell of that attack again."""
    if not (d.text.endswith(("'s", "’s")) and
            _A_DAYS_ATTACK.match(text, d.end + (text[d.end:d.end + 1] == " ")) is not None or
            _ITS_ATTACK.match(text, d.end) is not None):
        return False
    nxt = SENTENCE_END.search(text, end + 1)
    # (an attack condemned is one the report follows up: "UNRWA condemned Monday's Israeli
    # attack on its school in Nuseirat. Eighteen people were killed"; but one told with what
    # it hit is told in full where the next sentence tells a deed of its own, "condemned
    # Thursday's strike on a school in Gaza City. Israeli tanks shelled Beit Lahia")
    if _CONDEMNED.search(text, max(0, d.start - 40), d.start) is not None and \
            (_DAYS_ATTACK.match(text, d.end) is not None or
             _A_DEED.search(text, end, nxt.end() if nxt else len(text)) is None):
        return False
    return not any(_COUNTED_FROM_IT.search(text, max(end, m.start() - 25), m.start()) is None
                   and _A_CAMPAIGN.fullmatch(m.group(0)) is None and
                   _ON_GAZA.match(text, m.end()) is None
                   for m in _THE_ATTACK.finditer(text, end, nxt.end() if nxt else len(text)))


# (a deed told in a sentence of its own, not a toll of the attack named before it)
_A_DEED = re.compile(r"(?i)\b(?:shelled|struck|bombed|raided|stormed|attacked|targeted|"
                     r"fired\s+(?:at|on)|opened\s+fire|hit)\b")


# "carried out the attack", "during the raid": the attack named just before, told again
# (not "Days after the Muwasi strike, an airstrike on a prayer hall killed 20": a time
# counted from it)
_COUNTED_FROM_IT = re.compile(r"(?i)\b(?:after|before|since|following|until|ahead\s+of)\s+$")
# (any attack noun, and "the operation", which a report uses of the attack it just named;
# a campaign so named is refused below)
_THE_ATTACK = re.compile(rf"(?i)\b{the_attack_again(ATTACK_NOUNS + '|operation')}\b")
# (not a campaign or the war, told of next: "The ground operation in Khan Younis
# continued", "The military operation in Rafah, launched in May", "The Israeli assault on
# Gaza has killed more than 37,000 people")
_A_CAMPAIGN = re.compile(r"(?i)\w+\s+(?:[\w-]+\s+)?(?:ground|military|army['’]s|wider|broader|"
                         r"ongoing|[\w-]+-long)\s+(?:operation|assault|bombardment)")
_ON_GAZA = re.compile(r"(?i)\s+(?:on|of|in|against|across)\s+(?:the\s+)?Gaza\b(?!\s+City)")


# "Thursday's death toll was among the highest": the day of the deaths told next (not
# "last week's death toll", a week's, nor "October 7's death toll", the attack on Israel's)
_DAYS_TOLL = re.compile(r"(?:['’]s)?\s+(?:(?:death\s+)?toll\b|" + _A_DAYS_ATTACK.pattern + ")")
# "condemned Thursday's deadly incident in Gaza City ... . According to health authorities,
# 112 people were killed": the day of the attack the report follows up, told on next (not
# "still burying the dead of Thursday's strike. Tanks shelled Beit Lahia": another event's;
# nor "condemned Thursday's strike on a school in Gaza City. Israeli tanks shelled Beit
# Lahia", "condemned Thursday's killing of aid workers": an attack told with what it hit is
# told in full, and what comes next is another)
_DAYS_ATTACK = re.compile(r"(?i)(?:['’]s)?\s+(?:(?:deadly|deadliest|bloody|fatal|horrific|"
                          r"tragic|israeli|mass|latest)\s+){0,2}(?:incident|attack|strike|"
                          r"air\s?strike|massacre|shooting|killings?|bombing|shelling)\b"
                          r"(?!\s+(?:on|of|against|targeting)\b)")
# (told as what is condemned or looked into: the incident the report follows up)
_CONDEMNED = re.compile(r"(?i)\b(?:condemn(?:s|ed|ing)?|denounc(?:es|ed|ing)|deplor(?:es|ed|ing)|"
                        r"decr(?:y|ies|ied)|mourn(?:s|ed|ing)?|investigat(?:es|ed|ing|ion\s+"
                        r"into)|(?:probe|inquiry)\s+into)\s+(?:the\s+)?$")
_OCTOBER_7 = re.compile(r"(?i)\b(?:oct(?:ober)?\.?\s+7(?:th)?|7(?:th)?\s+(?:of\s+)?oct(?:ober)?)\b")


def last_date(s: Span, anchor: date | None, cues: Cues) -> DateRef | None:
    # A sentence that tells no event hands on a day or a week, not a month ("less than 80
    # trucks in June and July" does not date the fighting reported next), and a photo's
    # caption none (see photo_captions).
    if a_credited_caption(s, cues.text):
        return None
    refs = [d for d in find_dates(cues.text, anchor, s.start, s.end, cues=cues)
            if d.date and not d.since and d.precision < 3 and
            not names_another_event(cues.text, d)]
    refs = [a_tallys_end(cues.text, d, s) for d in handed_on(cues.text, refs)
            if not a_days_attack(cues.text, d, s.end)]
    return refs[-1] if refs else None


# "Between the afternoons of 24 and 28 May, 190 Palestinians were killed": a tally of days,
# dated by its first, which hands on its last to what the report tells next ("Limited
# commercial supplies entered via Kerem Shalom": on the 28th, not the 24th)
_DAYS_SPAN = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*(?P<last>\d{1,2})"
                        r"(?:st|nd|rd|th)?\s")
_A_TALLY = re.compile(r"(?i)\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:(?:were|have\s+been|had\s+been)\s+)?"
                      r"(?:killed|injured|wounded)\b")


def a_tallys_end(text: str, d: DateRef, s: Span) -> DateRef:
    """``d`` dated by its last day where it is the span of a tally of days its sentence ``s``
    tells (see above), else ``d``."""
    span = _DAYS_SPAN.search(d.text)
    first = parse_published(d.date) if span is not None else None
    if first is None or _A_TALLY.search(text, s.start, s.end) is None:
        return d
    last = first + timedelta(days=int(span.group("last")) - first.day)
    # (a window of one day, "between the afternoons of 25 and 26 October", is the window a
    # time of day told next falls in: see report_frames.in_the_window)
    return dataclass_replace(d, date=last.isoformat()) if (last - first).days > 1 else d


def handed_on(text: str, days: list[DateRef]) -> list[DateRef]:
    """The days of a sentence that date what the report tells next (see ``hands_on``)."""
    # ("reached the roundabout in the early hours of Thursday, where crowds had waited since
    # the night before": the day told, not the start of the wait)
    days = [d for d in days if not d.since] or days
    return [d for d in days if hands_on(text, d)] or \
        [d for d in days if hands_on(text, d, alone=True)]
