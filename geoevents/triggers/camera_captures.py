"""Words of taking told of a camera: footage, scenes and moments "captured", not places.

"Capture" is a trigger for ground taken ("troops captured the Rafah crossing"); told of a
recording it names no territory at all: "video footage captured on Tuesday morning showed
displaced families taking cover", "the scenes were captured from an Israeli drone in Khan
Younis", "the moment was captured on camera", "Anadolu cameras captured panic at the site".
Each such sentence otherwise codes a transfer of territory at the place the picture shows.
"""

from __future__ import annotations

import re

__all__ = ["a_recording_made"]

# what a camera takes, as the subject of "captured" in its own clause: "video footage
# captured on Tuesday", "the scenes were captured", "cameras captured panic", "images
# captured by a drone" (not "troops captured the area where the footage was filmed": a
# clause of its own, the troops the subject)
_RECORDED_BEFORE = re.compile(
    r"\b(?:footage|videos?|video clips?|clips?|scenes?|images?|photos?|photographs?|"
    r"pictures?|moments?|cameras?|lens(?:es)?|cctv|recordings?|livestreams?|broadcasts?|"
    r"satellite imagery|imagery)"
    r"(?:\s+(?!(?:and|but|while|as|when|after|before|then|where|which|who)\b)[\w'’-]+){0,3}?\s+"
    r"(?:(?:was|were|is|are|been|being|had\s+been|has\s+been|have\s+been)\s+)?"
    r"(?:(?:also|reportedly|later|then)\s+)?$")
# ... or told by the camera after it: "captured on camera", "captured on video by a
# bystander", "captured in footage", "captured by Anadolu cameras", "captured by a
# photographer" (not "captured by Israeli forces", "captured by Hamas": the taker a force)
_RECORDED_AFTER = re.compile(
    r"\s+(?:(?:on|in)\s+(?:(?:a|the|his|her|their|mobile|phone|security|surveillance)\s+)?"
    r"(?:camera|cameras|video|videos|film|tape|cctv|footage|photos?|photographs?|images?|"
    r"pictures?)\b|"
    r"by\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:cameras?|photographers?|"
    r"cameram[ae]n|videographers?|journalists?|lens(?:es)?|satellites?)\b)")


def a_recording_made(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the "captured" at ``low[at:stop]`` (``lo``: where its look-back begins;
    ``end``: its sentence's end) is a camera's: what was filmed or photographed, told as the
    subject before it or by the camera after it, no ground taken."""
    return low.startswith("captur", at) and (
        _RECORDED_BEFORE.search(low, lo, at) is not None or
        _RECORDED_AFTER.match(low, stop, end) is not None)
