"""A party named only as a side of a truce is no side of the violence told beside it.

"Israeli soldiers opened fire on Palestinians who approached their positions, killing five,
despite a ceasefire between Tel Aviv and Hamas" and "Israeli forces have killed three
Palestinians, as attacks continued despite a ceasefire agreement with Hamas" tell who the
truce binds, not who was shot: the dead are the Strip's people, whom the truce's parties do
not name. The truce itself (an agreement, a release) keeps its parties.
"""

from __future__ import annotations

import re

from geoevents.actors import ActorRef
from geoevents.trigger_table import VIOLENT

# the words of a truce up to the party it is made with: "a ceasefire with", "the truce
# agreement reached with", "a ceasefire deal between Israel and", "the ceasefire brokered
# between Tel Aviv and" (a first party of one or two words, as "Tel Aviv", "the US")
_TRUCE_WITH = re.compile(
    r"\b(?:cease-?fire|truce)(?:\s+(?:agreement|deal|accord|arrangement|plan))?"
    r"(?:\s+(?:that\s+was\s+|which\s+was\s+)?(?:reached|signed|agreed|struck|brokered|"
    r"concluded)(?:\s+in\s+\w+)?)?\s+(?:with|between)\s+"
    r"(?:(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:and|&)\s+)?(?:the\s+)?$", re.I)
_REACH = 80  # characters before a party where the words of its truce are looked for


def truce_parties_aside(text: str, unit_type: str, sentence_start: int,
                        named: list[ActorRef]) -> list[ActorRef]:
    """``named`` less the parties a violent unit's sentence names only as sides of a truce:
    "despite a ceasefire agreement with Hamas", "a ceasefire between Tel Aviv and Hamas"
    (not "Hamas fighters attacked troops despite the truce": a party that acted, named
    before the truce's words; nor the truce's own agreement, whose parties they are)."""
    if unit_type not in VIOLENT:
        return named
    return [a for a in named if not _named_as_a_truce_side(text, a, sentence_start)]


def _named_as_a_truce_side(text: str, a: ActorRef, sentence_start: int) -> bool:
    """Whether the words just before ``a`` make it a party of a truce ("a truce with")."""
    window = text[max(sentence_start, a.start - _REACH):a.start]
    return _TRUCE_WITH.search(window) is not None
