"""Fighting is not placed at a crossing whose gate lies across the fence.

Kerem Shalom and Erez are gates on the Israeli side of the Strip's outline: a report that
the ground offensive expanded "notably around the Kerem Shalom and Rafah Crossings", or
that a raid "occurred near Israeli military installations at the Kerem Shalom border
crossing", names the gate as a landmark of the fighting's edge, not as a place where
troops fought inside the Strip. The crossing itself is the place of aid let through, of
gates shut, of rockets fired at it; a battle is coded at the places of the Strip the
sentence names with it (eastern Rafah, the Rafah crossing, which lies inside the outline),
and is no event where the far gate is all it names.
"""

from __future__ import annotations

from collections.abc import Sequence

from geoevents.gazetteer import Gazetteer
from geoevents.model import Mention
from geoevents.trigger_table import BATTLE

__all__ = ["without_gates_across_the_fence"]

_Placed = list[tuple[Mention, int, float]]


def without_gates_across_the_fence(event_type: str, located: Sequence[tuple[Mention, int, float]],
                                   gaz: Gazetteer) -> _Placed:
    """``located`` less the crossings outside the Strip's outline, for a battle (every
    place kept for any other act): "around the Kerem Shalom and Rafah Crossings" leaves
    the Rafah crossing."""
    if event_type != BATTLE[0]:
        return list(located)
    return [placed for placed in located if not _a_gate_across_the_fence(placed[0], gaz)]


def _a_gate_across_the_fence(m: Mention, gaz: Gazetteer) -> bool:
    """Whether ``m`` names a crossing whose point lies outside the Strip's outline."""
    if m.feature_class != "crossing" or m.lat is None or m.lon is None:
        return False
    return gaz.in_strip_outline(m.lat, m.lon) is False
