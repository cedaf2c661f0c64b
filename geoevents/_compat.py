"""Optional dependencies, imported only by the functions that need them.

``import geoevents`` and ``parse()`` must work with the core dependencies alone; maps,
tables and exports pull in heavier packages, and a missing one should name the extra
that provides it instead of failing with a bare ``ModuleNotFoundError``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["import_optional_dependency"]


def import_optional_dependency(name: str, extra: str = "") -> ModuleType:
    """Import ``name``, or raise an ImportError that says which extra provides it."""
    try:
        return importlib.import_module(name)
    except ImportError as err:
        hint = f" (pip install 'geoevents[{extra}]')" if extra else ""
        raise ImportError(f"{name} is required for this feature{hint}") from err
