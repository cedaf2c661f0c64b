"""Photo captions a page keeps inline with its news, told by the form an agency gives them.

A picture agency's caption opens on an upper-case dateline with the picture's day and a
colon ("DEIR AL-BALAH, GAZA - DECEMBER 6: (EDITOR'S NOTE: Image depicts graphic content) A
Palestinian child injured in an Israeli attack ... receives treatment ... Photojournalist:
Ashraf Amra"); a wire photo's caption is a line in the present of what it shows, closed by
the bare name of the agency ("Smoke rises following an Israeli airstrike in Gaza City.
AP"). Either shows an attack of another day, or the report's own told again as a picture:
no event of its own, and its place is where the picture was taken. Any caption closed by
its credit ("... in Rafah on Saturday. Credit: AP", "... in Gaza City. Photo / AFP") dates
its picture, not what the report tells after it: "Israel has been signalling its ground
offensive may soon target the city" after it is not Saturday's.
"""

from __future__ import annotations

import re

from geoevents.sentences import Span

__all__ = ["an_agency_picture", "a_scene_credited", "a_credited_caption"]

_MONTHS = (r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|"
           r"DECEMBER")
# A picture agency's dateline: the place and its region in capitals, a dash, the month in
# capitals and the day, a colon ("DEIR AL-BALAH, GAZA - DECEMBER 6:", "KHAN YUNIS, GAZA -
# MAY 14:"); a wire story's dateline is "GAZA CITY, Oct 3 (Reuters) -", with no colon
_AGENCY_DATELINE = re.compile(r"[ \t]*[A-Z][A-Z'’.-]*(?:[ -][A-Z][A-Z'’.-]*)*,[ \t]+"
                              r"[A-Z][A-Z'’.-]*(?:[ -][A-Z][A-Z'’.-]*)*[ \t]+[-–—][ \t]+"
                              rf"(?:{_MONTHS})[ \t]+\d{{1,2}}[ \t]*:")
# What else marks the line as the picture's: the agency's note on its content or the
# photographer's credit ("(EDITOR'S NOTE: Image depicts graphic content)", "Photojournalist:
# Ashraf Amra", "(Photo by Ashraf Amra/Anadolu via Getty Images)")
_PICTURE_MARK = re.compile(r"\(EDITOR['’]S NOTE\b|\bPhotojournalist\s*:|\bPhotographer\s*:|"
                           r"\(Photo by\b|\bGetty Images\b")


def _line(text: str, s: Span) -> tuple[int, int]:
    """The bounds of the line (the paragraph of a scraped page) a sentence stands in."""
    begin = text.rfind("\n", 0, s.start) + 1
    close = text.find("\n", s.end)
    return begin, len(text) if close < 0 else close


def _opens_its_line(s: Span, text: str) -> bool:
    """Whether the sentence stands first in its line, as a caption does (not a sentence a
    paragraph of news ends on)."""
    return not text[text.rfind("\n", 0, s.start) + 1:s.start].strip()


def an_agency_picture(s: Span, text: str) -> bool:
    """Whether the sentence stands in a picture agency's caption: a line that opens on the
    agency's dateline ("DEIR AL-BALAH, GAZA - DECEMBER 6:") and bears its note on the
    content or the photographer's credit. Every sentence of that line is the caption's
    ("The attack resulted in casualties, including deaths and injuries")."""
    begin, close = _line(text, s)
    return _AGENCY_DATELINE.match(text, begin) is not None and \
        _PICTURE_MARK.search(text, begin, close) is not None


# What a wire photo shows, told in the present as its line opens: smoke or fire over a place
# ("Smoke rises following an Israeli airstrike in Gaza City", "Thick black smoke billows over
# Rafah after a strike", "Flames engulf a tent ...")
_A_SCENE = re.compile(r"[ \t]*(?:A picture shows\s+)?(?:(?:thick|black|grey|gray|heavy|white|"
                      r"dark)\s+){0,2}(?:smoke|plumes?\s+of\s+smoke|a\s+plume\s+of\s+smoke|"
                      r"a\s+column\s+of\s+smoke|flames|fire|dust)\s+(?:rises|rise|billows|"
                      r"billow|rising|billowing|engulfs?|is\s+seen|are\s+seen|seen|hangs?|"
                      r"pours?)\b", re.I)
# The agency's bare name closing the line ("... in Gaza City. AP", "... REUTERS", "... AFP
# via Getty Images"); a news sentence a page glued a credit to tells a past act ("strikes
# killed five people on Sunday. AP"), which a scene in the present does not
_BARE_CREDIT = re.compile(r"[ \t]*(?:AP|AFP|Reuters|REUTERS|EPA(?:-EFE)?|Anadolu(?: Agency)?|"
                          r"Xinhua|Getty Images|AFP via Getty Images)(?: Photo)?[ \t]*(?:\n|$)")


def a_scene_credited(s: Span, text: str) -> bool:
    """Whether the sentence is a wire photo's caption: the line opens with it, telling in
    the present what the picture shows (smoke rising over a place), and closes on the bare
    name of the agency ("Smoke rises following an Israeli airstrike in Gaza City. AP"). The
    strike it names is the picture's background, told as news (if at all) elsewhere."""
    return _opens_its_line(s, text) and _A_SCENE.match(s.text) is not None and \
        _BARE_CREDIT.match(text, s.end) is not None


# The credit that closes a caption's line: "Credit: AP", "Photo: Reuters Archive", "Photo /
# AFP", "(Photo: Anadolu)", "Picture by Mohammed Salem/Reuters"
_CREDIT = re.compile(r"[ \t]*(?:\(\s*)?(?:Credit|Photo(?:graph)?|Picture|Image|Photo\s+credit)"
                     r"[ \t]*(?::|/|by\b)[ \t]*[^\n.!?]{1,60}?\)?[ \t]*(?:\n|$)")


def a_credited_caption(s: Span, text: str) -> bool:
    """Whether ``s`` opens a line that its picture's credit closes ("... on Saturday.
    Credit: AP"): a caption, whose day is the picture's and hands on nothing to the
    sentences after it (not a news sentence a credit does not follow on its line)."""
    return _opens_its_line(s, text) and _CREDIT.match(text, s.end) is not None
