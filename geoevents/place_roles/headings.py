"""A story's dateline and a paragraph's label: where the text was filed, and what it is about.

A dateline ("GAZA CITY, Gaza Strip (AP) —") is where the reporter filed from, which the
story's own places outrank as the place of what it tells; a paragraph's label ("2. Khan
Younis - Al-Amal Hospital: ...") is where the paragraph's news is, even when the sentence
itself tells none.
"""

from __future__ import annotations

import re

from geoevents.model import Mention
from geoevents.sentences import Span
from geoevents.text_ends import blank

# A news story's dateline: the town in capitals at the head of a line, then its territory,
# the agency and a dash ("GAZA CITY, Gaza Strip (AP) —", "DEIR AL-BALAH:",
# "GAZA CITY (Palestinian Territories) (AFP) –")
# ("GAZA CITY, Palestinian Territories, April 26, 2025 (BSS/AFP) -": the territory, the
# day and the agencies; "Gaza, Saturday, 3 August 2024 -": the weekday and the day)
# (the pieces of a dateline after its town: the territory, ", Gaza Strip"; the day,
# ", Saturday, 3 August 2024", ", April 26, 2025"; an agency or territory in brackets, "(AFP)")
_TERRITORY = (r"(?:,\s*(?:the\s+)?(?:Gaza(?:\s+Strip)?|Palestinian\s+[Tt]erritor(?:y|ies)|"
              r"Palestine))?\s*")
_DAY = (r",\s*(?:[A-Z][a-z]{2,5}day,\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+"
        r"[A-Z][a-z]{2,8})(?:,?\s*\d{4})?\s*")
_BRACKETED = r"(?:\([A-Za-z ./]{2,30}\)\s*)"
_DATELINE_TAIL = re.compile(_TERRITORY + r"(?:" + _DAY + r")?" + _BRACKETED +
                            r"{0,2}(?:[—–:-]|\s(?=[A-Z])|\s*$)", re.M)


# A news agency's tag in brackets after the town: "(APP - UrduPoint ...)", "(Reuters) -"
# (not "Abu Oreiban School (UNRWA) in Nuseirat": who runs the place, in a sentence)
_AGENCY_AFTER = re.compile(r",?\s*\((?:(?:Reuters|Xinhua|Anadolu)\b[^()\n]{0,80}|"
                           r"[A-Z]{2,6}\s[-–—/]\s[^()\n]{0,80})\)|"
                           r",?\s*\([A-Z]{2,6}\)\s*(?:[-–—:]|$)", re.M)


# A dateline in the town's own case opens the text and must show the agency or the day
# before its dash ("Gaza City, Palestinian Territories (AFP) -", "Gaza, 19 March 2024 -";
# not "Rafah, the city on the border, was shelled - again")
_TITLED_DATELINE = re.compile(_TERRITORY + r"(?:" + _DAY + _BRACKETED + r"{0,2}|\s*" +
                              _BRACKETED + r"{1,2})[—–-]")

# (the agency in brackets, its territory before it or not: "Gaza City (AFP) -"; not an
# item of a list under a heading, "Rafah (southern Gaza) - Israeli tanks shelled tents",
# "Khan Younis (south) - an airstrike hit a house": the item's place in brackets)
_BRACKETED_DATELINE = re.compile(_TERRITORY + _BRACKETED + r"?\((?:[A-Z]{2,6}|"
                                 r"[A-Z](?:\.[A-Z])+\.?|Reuters|Xinhua|Anadolu|Sputnik|"
                                 r"Bernama|dpa|Efe|Ansa|Wafa)\)\s*[—–-]")
_UNDER_HEADLINE = 300  # characters: a headline (and a standfirst) above the dateline

_TOWN_BEFORE = re.compile(r"\s*([A-Z][\w'’ -]{2,30}?)\s*,\s*(?:the\s+)?$")


# A town in its own case that opens the text, then a colon and the story's first words:
# "Deir al-Balah: Israel struck a high-rise building in Gaza City on Friday" (the agencies'
# "DEIR AL-BALAH:" written as the town is spelt)
_COLON_DATELINE = re.compile(r":[ \t]+(?=[A-Z\"“‘'])")
_FILED_FROM = frozenset({"city", "town", "village", "camp"})


def _opens_with_town_colon(m: Mention, text: str) -> bool:
    """Whether the town ``m`` opens the text and a colon follows it ("Khan Younis: Gaza's
    civil defence said ..."): the dateline of a wire story, not a paragraph's label, which
    never opens a story (not "Gaza: Deadly hostilities continue", a headline naming the
    Strip; nor "Nasser Hospital: ...", a site)."""
    return m.feature_class in _FILED_FROM and blank(text, 0, m.start) and \
        _COLON_DATELINE.match(text, m.end) is not None


def in_dateline(m: Mention, text: str) -> bool:
    """Whether ``m`` is (part of) a dateline: where the reporter filed from, which the
    story's own places outrank as the place of what it tells."""
    if m.start <= 3 and _opens_with_town_colon(m, text):
        return True  # "Deir al-Balah: Israel struck a high-rise building in Gaza City"
    line = text.rfind("\n", max(0, m.start - 40), m.start) + 1
    if blank(text, line, m.start) and (line or m.start <= 40) and \
            _AGENCY_AFTER.match(text, m.end):
        return True  # "Gaza City, (APP - UrduPoint / Pakistan Point News - 29th Dec, 2023)"
    # (the text's first character tested before the whole of what precedes the name)
    if line == 0 and (m.start == 0 or text[0].isspace()) and blank(text, 0, m.start) and \
            _TITLED_DATELINE.match(text, m.end):
        return True  # "Rafah, Palestinian Territories (AFP) -", "Gaza, 19 March 2024 -"
    if 0 < line <= _UNDER_HEADLINE and m.start == line and text[line - 1] == "\n" and \
            _BRACKETED_DATELINE.match(text, m.end):
        # under a headline, with the agency in brackets: "Gaza rescuers say 31 killed ...
        # \n\nGaza City (Palestinian Territories) (AFP) - Gaza's civil defence said"
        return True
    town = _TOWN_BEFORE.match(text, 0, m.start) \
        if line == 0 and m.feature_class in ("strip", "country") else None
    if town is not None and _TITLED_DATELINE.match(text, town.end(1)):
        return True  # its territory: "Gaza City, Palestinian Territories (AFP) -"
    if not (m.surface.isupper() or m.feature_class == "strip"):
        return False
    if line == 0 and m.start > 40:
        return False
    head = text[line:m.start]
    if not head.strip():
        return m.surface.isupper() and len(m.surface) > 3 and \
            _DATELINE_TAIL.match(text, m.end) is not None
    # the territory after the town: "GAZA CITY, Gaza Strip"
    first = re.match(r"\s*([A-Z][A-Z' -]{3,}[A-Z])\s*,\s*(?:the\s+)?$", head)
    return first is not None and m.feature_class == "strip"


# "2. Khan Younis - Al-Amal Hospital: The siege ...", "Rafah: Overnight, ...": a paragraph's
# label, places only, then a colon; a word ends only where its letters end, or a long run of
# capitalised words glued together ("Shuja'iyya'sShuja'iyya's...") splits in too many ways
_LABEL = re.compile(r"\s*(?:\d{1,2}[.)]\s+)?(?:(?:(?:al|el|an|ad|ash|as)-)?[A-Z][\w'’-]*(?![\w'’-])"
                    r"[\s,–—-]*){1,8}?:\s")


def labelled_place(here: list[Mention], sentence: Span) -> Mention | None:
    """The most specific of the places a sentence's label names ("2. Khan Younis - Al-Amal
    Hospital: The siege of the hospital is in its nineteenth day"): where the paragraph's
    news is, even when the sentence itself tells none."""
    hit = _LABEL.match(sentence.text)
    if hit is None:
        return None
    labelled = [m for m in here if m.end <= sentence.start + hit.end()]
    rest, at = [], sentence.start
    for m in sorted(labelled, key=lambda m: m.start):
        rest.append(sentence.text[at - sentence.start:m.start - sentence.start])
        at = m.end
    rest.append(sentence.text[at - sentence.start:hit.end()])
    if any(_LABEL_WORD.fullmatch(w) is None
           for w in re.findall(r"[^\s,–—:().-]+", " ".join(rest))):
        # (not "Al-Shifa Hospital Director Mohammed Abu Salmiya: ...", "Khan Younis Mayor
        # Alaa al-Batta: ...": who speaks, named by his post at a place)
        return None
    return min(labelled, key=lambda m: _SPECIFIC.get(m.feature_class or "", 3), default=None)


# what a label names besides its places: "2. Khan Younis - Al-Amal Hospital:"
_LABEL_WORD = re.compile(r"(?i)\d{1,2}|and|the|of|al|el|hospital|camp|area|city|town|"
                         r"governorate|neighbou?rhood|district|crossing|school|street|road|"
                         r"(?:north|south|east|west)(?:ern)?|central|middle")
_SPECIFIC = {"hospital": 0, "facility": 0, "crossing": 0, "neighbourhood": 0, "camp": 0}
