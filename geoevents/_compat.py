"""Optional dependencies, imported only by the functions that need them.

``import geoevents`` and ``parse()`` stay light by importing the heavier packages (pandas,
geopandas, pyarrow, folium, dask) only in the functions that use them. A missing one
should say how to get it instead of failing with a bare ``ModuleNotFoundError``: the
extra that provides it (``dask``), or, for a dependency every install has, that the
installation is broken.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["import_optional_dependency"]


def import_optional_dependency(name: str, extra: str = "") -> ModuleType:
    """Import ``name``, or raise an ImportError that says how to install it: the
    ``extra`` of geoevents that provides it, or none for a core dependency."""
    try:
        return importlib.import_module(name)
    except ImportError as err:
        hint = (f"pip install 'geoevents[{extra}]'" if extra else
                "it is a dependency of every geoevents install, so this one is incomplete: "
                "pip install --force-reinstall geoevents")
        raise ImportError(f"{name} is required for this feature ({hint})") from err
