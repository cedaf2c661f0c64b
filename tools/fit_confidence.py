"""Fit the weights of geoevents.confidence on the development split of the gold set.

    python tools/fit_confidence.py

Parses every gold report, keeping the events as calibration is given them, labels each
predicted event (right when a gold event of its type sits at its place, as ``geoevents
evaluate`` counts precision), fits a logistic regression (Newton's method, L2 = 1) on the dev split
only, and prints the weights to paste into ``geoevents/confidence.py`` with the ranking
quality (AUC) and precision by confidence band on dev and on the held-out split: for the
rule score alone, for the weights in use, and for the refitted ones.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from unittest import mock

import numpy as np

from geoevents import confidence, parse
from geoevents.evaluate import CONFIDENCE_BANDS, gold_place_ids, same_place
from geoevents.gazetteer import Gazetteer

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def _labelled(path: Path) -> tuple[np.ndarray, np.ndarray]:
    gaz = Gazetteer.default()
    rows, labels = [], []
    seen: list = []

    def capture(events: list) -> list:  # what calibrate is given, as the parser runs
        seen[:] = events
        return events

    with mock.patch("geoevents.events.settle.calibrate", capture):
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            parse(rec["text"], published=rec.get("published"))
            gold = [(g.get("type"), gold_place_ids(gaz, g.get("place")))
                    for g in rec.get("events", [])]
            rows.extend(confidence.report_features(seen))
            for e in seen:
                labels.append(any(e.event_type == t and same_place(gaz, e, ids)
                                  for t, ids in gold))
    return np.array(rows), np.array(labels, dtype=float)


def _fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + l2 * w
        hess = (x.T * (p * (1 - p))) @ x + l2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


def _auc(score: np.ndarray, y: np.ndarray) -> float:
    ranks = np.empty(len(score))
    ranks[np.argsort(score)] = np.arange(len(score))
    pos, neg = y.sum(), len(y) - y.sum()
    return float((ranks[y == 1].sum() - pos * (pos - 1) / 2) / (pos * neg))


def _bands(score: np.ndarray, y: np.ndarray) -> str:
    out, upper = [], np.inf
    for label, low in CONFIDENCE_BANDS:
        m = (score >= low) & (score < upper)
        out.append(f"{label} {y[m].mean():.2f} ({int(m.sum())})" if m.any() else f"{label} -")
        upper = low
    return "  ".join(out)


def main() -> None:
    dev_x, dev_y = _labelled(DATA / "gold_dev.jsonl")
    held_x, held_y = _labelled(DATA / "gold_heldout.jsonl")
    w = _fit(dev_x, dev_y)
    for name, x, y in (("dev", dev_x, dev_y), ("held-out", held_x, held_y)):
        rule = 1 / (1 + np.exp(-x[:, 1]))
        in_use = 1 / (1 + np.exp(-x @ np.array(confidence.WEIGHTS)))
        fitted = 1 / (1 + np.exp(-x @ w))
        print(f"{name:8} rule score: AUC {_auc(rule, y):.3f}  {_bands(rule, y)}")
        print(f"{'':8} in use:     AUC {_auc(in_use, y):.3f}  {_bands(in_use, y)}")
        print(f"{'':8} refitted:   AUC {_auc(fitted, y):.3f}  {_bands(fitted, y)}")
    print("WEIGHTS = (" + ", ".join(f"{v:.3f}" for v in w) + ")")
    for name, v in zip(confidence.FEATURE_NAMES, w, strict=True):
        print(f"  {name:28} {v:+.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
