"""One JSON encoder for every writer: orjson when installed, else the standard library.

Both write compact separators, UTF-8 as is, keys in insertion order and NaN/inf as
``null`` (bare NaN is not JSON). They differ only in how floats that need an exponent
are spelled (``1e16`` vs ``1e+16``), which coordinates and confidences never need; output
is byte-identical run to run in either case.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

__all__ = ["dumps", "dumps_std", "HAVE_ORJSON"]

try:  # pragma: no cover - depends on the environment
    import orjson as _orjson
except ImportError:  # pragma: no cover
    _orjson = None

HAVE_ORJSON = _orjson is not None


def _clean(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def dumps_std(obj: Any) -> bytes:
    """Standard-library encoding with orjson's conventions."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=True)
    if "NaN" in text or "Infinity" in text:  # rare: re-encode with non-finite -> null
        text = json.dumps(_clean(obj), ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def _dumps_orjson(obj: Any) -> bytes:
    return _orjson.dumps(obj)


dumps: Callable[[Any], bytes] = _dumps_orjson if HAVE_ORJSON else dumps_std
