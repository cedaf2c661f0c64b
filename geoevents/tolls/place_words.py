"""Where a place's name runs to in a report's sentence, and what stands after it.

A mention covers the name the gazetteer knows, not always all the words of it ("the Shati
(Beach) camp"), nor the area it says it stands in ("the Kamal Adwan Hospital in Beit
Lahia"), nor a town's possessive ("Rafah's Tal al-Sultan"); and a comma no place's name
follows ends a list of places ("others in Rafah, medics at Nasser Hospital said"). The tests
that place a toll's parts and the ones that find a toll told for several places read the
words between two places with these, so that a list of places is one list to both.
"""

from __future__ import annotations

import re

from geoevents.speech import TOLD

WHOSE = re.compile(r"['’]s?\s")


# Between two places a toll is told for together: a list ("strikes on Nuseirat and Bureij
# killed 18"), where a place may say where it stands ("on the Kamal Adwan Hospital in Beit
# Lahia and the Nuseirat refugee camp")
IN_ITS_AREA = re.compile(r"(?:,?\s+(?:in|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                         r"(?:[A-Z][\w'’-]*['’]s\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?")


# the rest of a place's name its mention leaves out: "the Shati (Beach) camp and the Sheikh
# Radwan neighbourhood"
NAME_TAIL = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:refugee\s+)?(?:camp|neighbou?rhood|"
                       r"area|district|quarter))?", re.I)


NOT_AN_ITEM = re.compile(
    r",(?!\s+(?:and\s+)?(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?"
    r"(?:Gaza['’]s\s+)?(?:(?:al|el|an|ad|as|ash)-)?[A-Z](?![\w'’-]*(?:\s+[\w'’-]+){0,4}"
    r"\s+(?:" + TOLD + r")\b))")
