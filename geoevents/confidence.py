"""An event's ``confidence``: how likely it is that its type and place are right.

The rules score each event as they code it (how strong the trigger word is, how surely
the place and the day were found, how reliable that kind of event has proven); that score
alone sorts right events from wrong ones only weakly. This module turns it, together
with what the finished record shows (a count, an actor, a place of its own or the whole
Strip, a day of its own, how many events its sentence gave), into a probability: a
logistic model fitted on the development split of the gold set (``tools/fit_confidence.py``,
which also prints how it does on the held-out split). Refit it when the rules change.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace

from geoevents.model import Event

__all__ = ["calibrate", "features", "FEATURE_NAMES", "WEIGHTS"]

_TYPES = ("Explosions/Remote violence", "Battles", "Violence against civilians",
          "Strategic developments")

FEATURE_NAMES = (
    "bias", "rule score (logit)", "place exact", "place near", "own day", "no date",
    "fatalities", "injuries", "actor1", "actor2", "area-wide place", "sentence length",
    "sentence gave several", "events in report (log)",
    *(f"type: {t}" for t in _TYPES),
)

# Fitted by tools/fit_confidence.py on tests/data/gold_dev.jsonl (logistic regression,
# L2 = 1); the label is "a gold event of this type at this place".
WEIGHTS = (1.067, 1.161, 0.470, 0.281, 0.117, 0.449, 1.143, 0.323, 0.417, -0.142, -0.430,
           -1.256, 0.372, -0.239, -0.136, 0.460, 0.356, 0.573)


def features(event: Event, in_sentence: int, in_report: int) -> tuple[float, ...]:
    """What the model reads of one event; ``in_sentence`` and ``in_report`` count the
    events its evidence sentence and its report gave."""
    score = min(max(event.confidence, 1e-3), 0.999)
    wide = (event.place_id or "").startswith(("strip:", "region:", "governorate:"))
    return (1.0, math.log(score / (1 - score)),
            float(event.geo_precision == 1), float(event.geo_precision == 2),
            float(event.time_precision == 1), float(event.event_date is None),
            float(event.fatalities is not None), float(event.injuries is not None),
            float(event.actor1 is not None), float(event.actor2 is not None),
            float(wide), min(len(event.notes), 400) / 400, float(in_sentence > 1),
            math.log(max(in_report, 1)),
            *(float(event.event_type == t) for t in _TYPES))


def calibrate(events: list[Event]) -> list[Event]:
    """The report's events with ``confidence`` replaced by the model's probability."""
    per_sentence = Counter(e.notes for e in events)
    out = []
    for e in events:
        z = sum(w * x for w, x in zip(WEIGHTS, features(e, per_sentence[e.notes], len(events)),
                                      strict=True))
        out.append(replace(e, confidence=round(1 / (1 + math.exp(-z)), 3)))
    return out
