"""An event's ``confidence``: how likely it is that its type and place are right.

The rules score each event as they code it (how strong the trigger word is, how surely
the place and the day were found, how reliable that kind of event has proven); that score
alone sorts right events from wrong ones only weakly. This module turns it, together
with what the finished record shows (a count, an actor, a place of its own or the whole
Strip, a day of its own, how many events its sentence gave, how many events of its kind
its report gave), into a probability: a
logistic model fitted on the development split of the gold set (``tools/fit_confidence.py``,
which also prints how it does on the held-out split). Refit it when the rules change.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace

from geoevents.model import Event

__all__ = ["calibrate", "features", "report_features", "FEATURE_NAMES", "WEIGHTS"]

_TYPES = ("Explosions/Remote violence", "Battles", "Violence against civilians",
          "Strategic developments")

FEATURE_NAMES = (
    "bias", "rule score (logit)", "place exact", "place near", "own day", "no date",
    "fatalities", "injuries", "actor1", "actor2", "area-wide place", "sentence length",
    "sentence gave several", "events in report (log)",
    *(f"type: {t}" for t in _TYPES),
    # (a report that tells many strikes is a list of strikes, not one strike told again)
    "events of its type in report (log)",
)

# Fitted by tools/fit_confidence.py on tests/data/gold_dev.jsonl (logistic regression,
# L2 = 1); the label is "a gold event of this type at this place".
WEIGHTS = (1.508, 0.813, 0.796, 0.342, -0.002, 0.076, 0.696, 0.067, 0.019, 0.052, -0.407,
           -1.621, 0.267, -0.668, 0.337, 0.550, 0.052, 0.569, 0.667)


def features(event: Event, in_sentence: int, in_report: int,
             of_its_type: int = 1) -> tuple[float, ...]:
    """What the model reads of one event; ``in_sentence``, ``in_report`` and
    ``of_its_type`` count the events its evidence sentence, its report and its type in the
    report gave."""
    score = min(max(event.confidence, 1e-3), 0.999)
    wide = (event.place_id or "").startswith(("strip:", "region:", "governorate:"))
    return (1.0, math.log(score / (1 - score)),
            float(event.geo_precision == 1), float(event.geo_precision == 2),
            float(event.time_precision == 1), float(event.event_date is None),
            float(event.fatalities is not None), float(event.injuries is not None),
            float(event.actor1 is not None), float(event.actor2 is not None),
            float(wide), min(len(event.notes), 400) / 400, float(in_sentence > 1),
            math.log(max(in_report, 1)),
            *(float(event.event_type == t) for t in _TYPES),
            math.log(max(of_its_type, 1)))


def report_features(events: list[Event]) -> list[tuple[float, ...]]:
    """What the model reads of each of one report's events."""
    per_sentence = Counter(e.notes for e in events)
    per_type = Counter(e.event_type for e in events)
    return [features(e, per_sentence[e.notes], len(events), per_type[e.event_type])
            for e in events]


def calibrate(events: list[Event]) -> list[Event]:
    """The report's events with ``confidence`` replaced by the model's probability."""
    out = []
    for e, x in zip(events, report_features(events), strict=True):
        z = sum(w * v for w, v in zip(WEIGHTS, x, strict=True))
        out.append(replace(e, confidence=round(1 / (1 + math.exp(-z)), 3)))
    return out
