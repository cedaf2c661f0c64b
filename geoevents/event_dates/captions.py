"""A photo's caption dates its picture, not what the report tells after it.

A scraped page keeps a picture's caption between its paragraphs, closed by the credit of
who took it ("Palestinians search for survivors after an Israeli airstrike on a residential
building in Rafah on Saturday. Credit: AP", "... in Gaza City. Photo / AFP"): the day it
names is the picture's, and the story goes on with its own days; "Israel has been signalling
its ground offensive may soon target the city" after it is not Saturday's.
"""

from __future__ import annotations

import re

from geoevents.sentences import Span

# The credit that closes a caption's line: "Credit: AP", "Photo: Reuters Archive", "Photo /
# AFP", "(Photo: Anadolu)", "Picture by Mohammed Salem/Reuters"
_CREDIT = re.compile(r"[ \t]*(?:\(\s*)?(?:Credit|Photo(?:graph)?|Picture|Image|Photo\s+credit)"
                     r"[ \t]*(?::|/|by\b)[ \t]*[^\n.!?]{1,60}?\)?[ \t]*(?:\n|$)")


def a_credited_caption(text: str, s: Span) -> bool:
    """Whether ``s`` opens a line that its picture's credit closes ("... on Saturday.
    Credit: AP"): a caption, whose day hands on nothing to the sentences after it (not a
    news sentence a credit does not follow on its line)."""
    begin = text.rfind("\n", 0, s.start) + 1
    return not text[begin:s.start].strip() and _CREDIT.match(text, s.end) is not None
