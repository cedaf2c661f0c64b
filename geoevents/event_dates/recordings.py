"""The day a recording was released, not the day of what it shows.

Wire items often date footage rather than the act in it: "killed four civilians ..., Al
Jazeera showed in a video aired on Thursday evening" (the drone strike it shows was filmed
weeks before), "in footage released Thursday", "according to a video posted on Wednesday",
"the army published footage on Sunday showing the strike". The day a video, clip, footage or
images were aired, broadcast, published, released, posted or shared is the day of that
release: it dates neither the act shown nor, alone, anything the report tells of it.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.dates import DateRef, find_dates

# what was recorded and put out ("a video", "aerial footage", "drone images")
_RECORDING = (r"(?:videos?|footage|clips?|recordings?|images|photos|photographs|pictures|"
              r"(?:video\s+)?scenes)")
_PUT_OUT = (r"(?:aired|broadcast|broadcasted|published|released|posted|shared|circulated|"
            r"uploaded|screened|televised)")
# "a video aired on Thursday", "footage released Thursday", "a video broadcast on Wednesday
# by Al Jazeera", "footage shared online on Sunday", "a video that Hamas published on Monday"
_RECORDING_PUT_OUT = re.compile(
    rf"(?i)\b{_RECORDING}\s+(?:(?:that|which)\s+(?:[\w'’-]+\s+){{0,4}}?)?"
    rf"(?:was\s+|were\s+|had\s+been\s+)?(?:first\s+)?{_PUT_OUT}\s+"
    r"(?:(?:online|on\s+(?:social\s+media|(?:its|their|his|her)\s+[\w'’-]+(?:\s+[\w'’-]+)?"
    r"\s+channel)|by\s+(?:[\w'’-]+\s+){1,4}?)\s*)?(?:on\s+|late\s+|early\s+)?$")
# "the army released footage on Sunday", "Al Jazeera aired a video on Thursday": the verb
# first (not "released a statement on Sunday": no recording)
_PUT_OUT_RECORDING = re.compile(
    rf"(?i)\b{_PUT_OUT}\s+(?:an?\s+|the\s+|its\s+|new\s+|[\w'’-]+\s+){{0,3}}{_RECORDING}\s+"
    r"(?:online\s+|on\s+social\s+media\s+)?(?:on\s+)?$")
_REACH = 90  # characters before a day that its recording's words may take


def a_recordings_day(text: str, d: DateRef) -> bool:
    """Whether ``d`` is the day a recording was aired or released ("in a video aired on
    Thursday"), not the day of what it shows."""
    lo = max(0, d.start - _REACH)
    return _RECORDING_PUT_OUT.search(text, lo, d.start) is not None or \
        _PUT_OUT_RECORDING.search(text, lo, d.start) is not None


# "The scenes were captured from an Israeli drone in Khan Younis in February", "the footage
# was filmed on Monday": the day the recording was made, which is the act's
_MADE = re.compile(rf"(?i)\b{_RECORDING}\s+(?:[\w'’-]+\s+){{0,3}}?(?:was|were|had\s+been)\s+"
                   r"(?:apparently\s+|reportedly\s+)?(?:captured|filmed|recorded|shot|taken)\b"
                   r"[^.;:!?]{0,80}?$")
_NEXT_SENTENCE = re.compile(r"[.!?][”\"'’]?\s+")


def the_day_filmed(text: str, sentence_end: int, anchor: date | None,
                   cues: Cues | None = None) -> DateRef | None:
    """The day the next sentence says the recording was made ("The scenes were captured
    ... in February"), where an act is dated only by its recording's release."""
    stop = _NEXT_SENTENCE.search(text, sentence_end + 1)
    end = stop.start() + 1 if stop is not None else len(text)
    for d in find_dates(text, anchor, sentence_end, end, cues=cues):
        if d.date and not d.since and \
                _MADE.search(text, max(sentence_end, d.start - 160), d.start) is not None:
            return d
    return None
