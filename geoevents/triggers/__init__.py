"""Event triggers in a sentence, with the context rules that set some of them aside.

A trigger is the word that says something happened ("airstrike", "clashes", "evacuation
order"); :mod:`geoevents.trigger_table` maps each to ACLED's ``event_type`` and
``sub_event_type``. Here the words around it decide whether it tells an event: irrealis
("must halt the fighting", "plans to expand operations"), background ("displaced during the
Israeli invasion"), statistics ("70 per cent of people killed by strikes") and hindrances
("delays in aid deliveries") are not events, and :func:`find_triggers` drops them.

The rules are kept by the decision they serve, each module building only on those before it:

- :mod:`~geoevents.triggers.irrealis`: a wish, a plan, a term, a forecast or a guess, not an
  act told as done;
- :mod:`~geoevents.triggers.camera_captures`: footage, scenes and moments "captured" by a camera,
  no ground taken;
- :mod:`~geoevents.triggers.things_taken`: people, weapons and goods seized or captured, no
  ground taken;
- :mod:`~geoevents.triggers.backdrop`: the war and its campaigns, habits, spans and tolls, and
  attacks told before, named as the backdrop or the time of the news;
- :mod:`~geoevents.triggers.attackers`: the sub-type an attack takes from who struck and from
  where, and strikes that are no attack (a walkout, an airdrop, arms held);
- :mod:`~geoevents.triggers.explosives`: bombs found, left or set off, demolitions and fires;
- :mod:`~geoevents.triggers.deals`: truces named by their start, releases sought or of no
  captive;
- :mod:`~geoevents.triggers.aid`: aid held up, waiting or at a rate, and crossings closed by
  no authority of theirs;
- :mod:`~geoevents.triggers.displacement`: evacuation orders, flights and patients moved, and
  people described by what drove them out;
- :mod:`~geoevents.triggers.framing`: words that frame the news (a campaign it "comes as",
  a purpose, a place's use, past or refugees, a plan, people told by an act told before),
  and "aircraft shelling" as an air strike;
- :mod:`~geoevents.triggers.sift`: the table's rows run over a sentence, each match kept, set
  aside or retyped by those rules in a fixed order (:class:`Trigger`).
"""

from __future__ import annotations

from geoevents.anchored import Cues, PrefixIndex
from geoevents.trigger_table import EVACUATION, TRIGGER_TABLE
from geoevents.triggers.attackers import GUNFIRE_WORDS
from geoevents.triggers.backdrop import GOING_ON_WORD, STANCE, STANCE_AFTER_WORD
from geoevents.triggers.irrealis import GUESS_WORD, IRREALIS_WORD, MODAL_WORD
from geoevents.triggers.sift import ROWS, Trigger, sift_triggers

__all__ = ["Trigger", "GUNFIRE_WORDS", "find_triggers", "may_begin", "order_may_begin", "PATTERNS"]

# The patterns this module looks for through a report's cues (geoevents.anchored).
PATTERNS = (*ROWS, IRREALIS_WORD, MODAL_WORD, GUESS_WORD, STANCE, STANCE_AFTER_WORD,
            GOING_ON_WORD)
_INDEX = PrefixIndex(PATTERNS)


# The rows of evacuation orders alone (no other row is ever retyped as one)
_ORDER_ROWS = tuple(p for ((_, sub), _, _), p in zip(TRIGGER_TABLE, ROWS) if sub == EVACUATION[1])


def order_may_begin(cues: Cues, start: int, end: int) -> bool:
    """Whether :func:`find_triggers` could find an evacuation order beginning in
    [start, end): a cheap pre-test for the rules that set an order's places apart."""
    return cues.may_begin(_ORDER_ROWS, start, end)


def may_begin(cues: Cues, start: int, end: int) -> bool:
    """Whether :func:`find_triggers` with ``cues`` could find a trigger that begins in
    [start, end), however far its own stretch reaches: a cheap pre-test."""
    return cues.may_begin(ROWS, start, end)


def find_triggers(text: str, start: int = 0, end: int | None = None, *,
                  cues: Cues | None = None) -> list[Trigger]:
    """Event triggers in ``text[start:end]`` (offsets into ``text``), irrealis ones removed.

    ``cues`` is the report's scan (:class:`geoevents.anchored.Cues`) when the caller
    has one; otherwise ``text`` is scanned here.
    """
    end = len(text) if end is None else end
    if cues is None:
        return sift_triggers(start, end, Cues(text, _INDEX))
    key = ("triggers", start, end)
    found = cues.memo.get(key)
    if found is None:
        found = cues.memo[key] = tuple(sift_triggers(start, end, cues))
    return list(found)
