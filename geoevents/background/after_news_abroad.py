"""A sentence with no place of its own that goes on with news told in another land.

"The number of Palestinians killed since the beginning of the operation in the West Bank
two days ago increases to 18. Dozens of others are wounded and at least 20 others have been
arrested.", "Mass protests calling for a hostage deal occur across Israel. At least 32
protesters are arrested.", "Hamas militants launched an attack on the Supernova Music
Festival in Israel. Of the 3,000 people who attended the festival, at least 260 were
killed.": the second sentence tells more of the same news, where the first placed it, in the
West Bank or in Israel. With no place of its own it would fall back to the Gaza Strip, an
arrest or an attack the Strip never saw.

A sentence that names a place in the Strip ("... Dozens were arrested in Khan Younis"), or
an attacker of its own ("Sirens sounded in southern Israel. Israeli jets then struck
targets, killing five": the strikes answer the rockets, in the Strip), is news of its own;
one after a sentence that also tells the Strip ("Strikes hit Gaza and Lebanon.") may go on
with either, and stays an event as before.
"""

from __future__ import annotations

import re

from geoevents.model import Mention
from geoevents.sentences import Span

__all__ = ["told_after_news_abroad"]

# The lands beside the Strip whose own news a Gaza report tells, the West Bank's towns and
# Israel's: "in the West Bank", "across Israel", "in the occupied West Bank city of Jenin"
# (not a front of the war abroad, "in Lebanon", "in Yemen": a report goes from the strikes
# there back to the Strip's with no place named; nor "into Israel", where rockets from the
# Strip were fired)
_ANOTHER_LAND = re.compile(
    r"\b(?:in|across|throughout|within)\s+(?:the\s+)?"
    r"(?:(?:occupied|northern|southern|central|eastern|western)\s+)*"
    r"(?:West\s+Bank|Israel|Jenin|Tulkarm|Tubas|Nablus|Hebron|Ramallah|Bethlehem|Qalqilya|"
    r"Tel\s+Aviv|Jerusalem)\b(?![-–]?\s*(?:Gaza|Hamas)\b)")
# The Strip named in the sentence before ("Strikes hit Gaza and Lebanon", "in the Strip"), not
# as the war's name ("protests calling for an end to the Gaza war", "the Israel–Hamas war")
_THE_STRIP = re.compile(r"\b(?:Gaza(?!\s+(?:war|conflict|cease[- ]?fire|deal|hostages?)\b)|"
                        r"Strip|enclave)\b")
# An attacker the sentence names, or strikes, which begin an act of its own (most often in the
# Strip, after rockets fired at Israel or news of the West Bank)
_AN_ATTACKER = re.compile(r"\b(?:Israel\w*|IDF|army|military|troops|soldiers|forces|jets|"
                          r"warplanes|drones?|tanks?|air\s*strikes?|strikes?|shell\w*|"
                          r"bombard\w*|Hamas|militants?|fighters)\b", re.I)
# The end of the sentence before: a full stop, a question or exclamation mark, and a space
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+")


def told_after_news_abroad(text: str, s: Span, named: list[Mention]) -> bool:
    """Whether a sentence that names no place in the Strip (``named``) and no attacker of its
    own follows, in its own paragraph, a sentence that tells its news in another land and not
    in the Strip."""
    if named or _AN_ATTACKER.search(text, s.start, s.end):
        return False
    line_start = text.rfind("\n", 0, s.start) + 1
    before = text[line_start:s.start]
    if not before.strip():
        return False
    # (the sentence before is what follows the last sentence end short of ``s``)
    ends = [m.end() for m in _SENTENCE_END.finditer(before.rstrip())]
    previous = before[ends[-1]:] if ends else before
    return _ANOTHER_LAND.search(previous) is not None and _THE_STRIP.search(previous) is None
