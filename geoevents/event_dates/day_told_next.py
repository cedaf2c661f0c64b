"""The day an attack told with no day of its own takes from the next sentence, where that
sentence opens by telling the same attack again with its day.

A lead often names an attack and leaves its day to the sentence after: "At least eight
people have been killed in an Israeli air attack near an UNRWA centre. The air strike on
Sunday hit the main gate"; an agency's reaction gives only its own day: "WFP voiced strong
condemnation today, following an incident in which Israeli forces opened fire on its convoy.
On Sunday, the convoy ... was hit", or "issued a statement Tuesday condemning an incident
... . 'Last Saturday, on the way back from a mission, the convoy encountered two tanks'". The
day of the next sentence is the attack's where that
sentence goes back to it ("the air strike", "the convoy", "the attack") at its opening;
not where it tells something else ("On Sunday, Israeli tanks shelled Rafah").
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.dates import DateRef, find_dates
from geoevents.event_dates.days_told_before import SENTENCE_END
from geoevents.the_same_attack import ATTACK_NOUNS, the_attack_again
from geoevents.units import EventUnit

# What the sentence goes back to: the attack or what it hit, named with "the", "this" or
# "that" (not "the earlier attack of 22 October", "the previous strike": another one), of
# the attack's nouns and the convoy (an agency's convoy fired on is told again by itself)
_THE_SAME = the_attack_again(rf"{ATTACK_NOUNS}|convoy") + r"\b"
# "On Sunday, the convoy ...", "On 5 January the strike ..." (the day opens the sentence,
# or a quote: '"Last Saturday, the convoy ...," he said'), with maybe a clause of when
# between: "Last Saturday, on the way back from a mission to northern Gaza, the convoy ..."
# (not a clause of where: "On Sunday, in Rafah, the strike ...", another attack, maybe) ...
_WHEN_BETWEEN = (r"(?:(?:on\s+(?:the|its|their)\s+way|as|while|after|when|during|shortly\s+"
                 r"after)\b[^.;\n]{0,200}?,\s+)?")
# (runs of spaces are taken whole, "*+" and "++", never given back one space at a time: a
# long run of blanks at a sentence's opening costs a glance, not a search)
_DAY_FIRST = re.compile(rf"(?i)\s*+[“\"‘']?(?P<day>(?:on\s+|early\s+|late\s+)?[^,]{{3,40}}?),?"
                        rf"\s++{_WHEN_BETWEEN}{_THE_SAME}")
# ... or "The air strike on Sunday hit ...", "The attack, on Sunday morning, ..." (the day
# right after the attack named again)
# (not "The attack of 7 October sparked the war": an attack named by its day, another)
_DAY_AFTER = re.compile(rf"(?i)\s*+{_THE_SAME}(?:\s*+,\s++|\s++)(?!of\s)"
                        rf"(?P<day>(?:on\s+|early\s+|late\s+)?[^,.;]{{3,40}})")


# (not a sentence of several attacks: "Israel launched several attacks on Jabalia throughout
# the conflict. On October 31, the attack on the camp killed more than 100 people": one of
# them told next)
_SEVERAL = re.compile(r"(?i)\b(?:air\s?strikes|strikes|attacks|bombings|raids|bombardments|"
                      r"explosions|across|throughout|all\s+over|wave|series)\b")
# (nor an attack told next at a site of its own: "The strike Sunday in Rafah killed 45", "On
# Sunday, the strike on a school in Gaza City killed 12": another attack, maybe)
_ITS_OWN_SITE = re.compile(r"\s*,?\s*(?:in|at|near|on|of|against|targeting)\s")
_SENTENCES_AHEAD = 2  # (one between may go on about the attack: "Described as a horrifying
# incident, the attack took place despite ...")


def the_next_sentences_day(cues: Cues, unit: EventUnit,
                           anchor: date | None) -> DateRef | None:
    """The day, to the day, of one of the next sentences after ``unit``'s that opens by
    telling the same attack again with that day, none of those between giving a day; None
    otherwise."""
    # (asked once per sentence: a sentence of many units, or one of 80 kB with no full stop,
    # would otherwise read the sentences after it once per unit)
    key = ("next sentences' day", unit.sentence.start, unit.sentence.end, anchor)
    if key not in cues.memo:
        cues.memo[key] = _next_sentences_day(cues, unit.sentence.start, unit.sentence.end,
                                             anchor)
    return cues.memo[key]  # type: ignore[return-value]


def _next_sentences_day(cues: Cues, sentence_start: int, sentence_end: int,
                        anchor: date | None) -> DateRef | None:
    text = cues.text
    if _SEVERAL.search(text, sentence_start, sentence_end):
        return None
    start = sentence_end
    for _ in range(_SENTENCES_AHEAD):
        nxt = SENTENCE_END.search(text, start + 1)
        end = nxt.end() if nxt else len(text)
        if start >= end:
            return None
        day = _opening_day(cues, start, end, anchor)
        if day is not None or any(d.date for d in find_dates(text, anchor, start, end,
                                                             cues=cues)):
            return day
        start = end
    return None


def _opening_day(cues: Cues, start: int, end: int, anchor: date | None) -> DateRef | None:
    """The day the sentence ``start:end`` opens with, telling the same attack again."""
    text = cues.text
    for pattern in (_DAY_FIRST, _DAY_AFTER):
        m = pattern.match(text, start, end)
        if m is None:
            continue
        days = [d for d in find_dates(text, anchor, m.start("day"), m.end("day"), cues=cues)
                if d.date and d.precision == 1 and not d.since]
        # (the day where the words open, not further in: "After aid sent on Sunday ran
        # out, the convoy ...")
        if days and days[0].start <= m.start("day") + len("on ") and \
                _ITS_OWN_SITE.match(text, days[0].end if pattern is _DAY_AFTER else
                                    m.end()) is None:
            return days[0]
    return None
