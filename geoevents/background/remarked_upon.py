"""An act named only to remark on it: what it shows, recalls or is like, not what happened.

"This ambush serves as a stark reminder of the escalating tensions and ongoing military
engagements in the region", "Israel's recent attack on Kamal Adwan Hospital reflects the
patterns of attacks documented in the report", "The level of fighting and destruction that
we are seeing in recent days is truly shocking": the act is the subject of a comment (a
speaker's, or the writer's), named as something the reader already knows; the sentence
tells nothing that happened. Read as news, it is a second record of the act told before, or
a battle made of "military engagements" in general, dated on the day of the comment.

A subject that is no act ("The ministry's statement highlighted dozens of martyrs in the
bombardment of Jabalia": a source telling it), one that tells the act itself ("The strike,
which killed 12 people in Rafah, reflects ..."), or a subject that names the act's site or
a comment that gives it a day or a toll of its own ("The attack on the Al Tabi'een school in
Gaza City underscored the need for a ceasefire": perhaps the report's only telling of it),
is news as before.
"""

from __future__ import annotations

import re
from datetime import date

from geoevents.anchored import Cues
from geoevents.event_dates import names_a_day
from geoevents.model import Mention
from geoevents.sentences import Span
from geoevents.triggers import find_triggers

__all__ = ["an_act_remarked_upon"]

# The sentence's subject, opened as a thing already known: "This ambush", "The level of
# fighting", "Israel's recent attack", "Such strikes" (not "Israeli strikes killed ...",
# "Hamas fighters ...": a subject with no article is the news's own)
_KNOWN_SUBJECT = re.compile(r"[ \t•*-]*[“\"]?(?:the|this|that|these|those|such|"
                            r"(?-i:[A-Z])[\w-]*['’]s)\s", re.I)
# The comment, the subject's verb: a reminder or an example of something, what the act
# reflects or underscores, how shocking it is (not "Highlights of the noon briefing", a noun)
_COMMENT = re.compile(
    r"[“\"]?(?:(?:serves?|served|stands?|stood)\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:reminder|example|testament|illustration|warning)\b|"
    r"(?:reflects?|reflected|underscores?|underscored|underlines?|underlined|illustrates?|"
    r"illustrated|exemplif(?:y|ies|ied)|epitomi[sz]es|highlights?|highlighted)\b(?!\s+of\b)|"
    r"(?:is|was|are|were|has\s+been|have\s+been)\s+(?:(?:truly|simply|deeply|utterly|"
    r"absolutely|particularly)\s+)?(?:shocking|appalling|horrifying|horrific|unacceptable|"
    r"unconscionable|outrageous)\b)", re.I)
# A word in the subject that tells the act, or opens a clause that may ("which killed",
# "when troops stormed"): the subject is then news of its own
_TELLS_THE_ACT = re.compile(r"\b(?:killed|killing|kills|struck|hit|hits|wounded|injured|"
                            r"destroyed|fired|shelled|bombed|targeted|left|leaving|which|who|"
                            r"when|where|after)\b", re.I)
# (how far into the sentence the comment may come: a subject, not a paragraph)
_SUBJECT_SPAN = 220


def an_act_remarked_upon(text: str, s: Span, counts: bool, named: list[Mention],
                         anchor: date | None, cues: Cues) -> bool:
    """Whether the sentence's subject names an act the reader knows and its verb only
    remarks on it, with no toll (``counts``), no site in the Strip (``named``: the
    sentence's places there) and no day of its own."""
    if counts or _KNOWN_SUBJECT.match(text, s.start, s.end) is None:
        return False
    comment = next((m for m in _COMMENT.finditer(text, s.start, min(s.end,
                                                                    s.start + _SUBJECT_SPAN))
                    if _starts_a_word(text, m.start())), None)
    if comment is None or _TELLS_THE_ACT.search(text, s.start, comment.start()) is not None:
        return False
    if any(m.start < comment.start() and m.feature_class != "strip" for m in named):
        return False  # (the act named with its site may be the report's only telling of it)
    # (the subject must name the act: "The ministry's statement highlighted dozens of martyrs
    # in the bombardment" is a source telling the act, not a remark on one)
    return bool(find_triggers(text, s.start, comment.start(), cues=cues)) and \
        not names_a_day(text, s, anchor, cues)


def _starts_a_word(text: str, at: int) -> bool:
    """Whether ``text[at]`` begins a word (the comment's verb, not the end of another)."""
    return at == 0 or not text[at - 1].isalnum()
