"""What a batch run owns in its output directory, so that the directory holds one run.

Each output is replaced atomically, but the set of files could still mix runs: a run
without ``--format csv`` would leave an earlier run's ``events.csv`` beside its own
``events.geojson``, one with ``--no-map`` an old ``map.html`` that no longer shows these
events, and a run killed outright (SIGKILL, power loss) its hidden temporary files. So a
run removes, at its start, the temporary files earlier runs left behind, and, once its own
events are in place, every output of a known name that it does not write itself.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from geoevents.io.atomic import remove

__all__ = ["remove_leftover_temporaries", "remove_stale_outputs"]


def remove_leftover_temporaries(out_dir: str | os.PathLike[str], names: Iterable[str]
                                ) -> list[str]:
    """Remove the temporary files and directories that writes of ``names`` left in
    ``out_dir`` (``.events.csv.x1y2.tmp.csv``, ``.events.parquet.old-123``); return
    their names."""
    out = Path(out_dir)
    if not out.is_dir():
        return []
    prefixes = tuple(f".{name}." for name in names)
    removed = []
    for entry in sorted(out.iterdir()):
        rest = entry.name[len(next((p for p in prefixes if entry.name.startswith(p)), "")):]
        if entry.name.startswith(prefixes) and (".tmp" in rest or rest.startswith("old-")):
            remove(entry)
            removed.append(entry.name)
    return removed


def remove_stale_outputs(out_dir: str | os.PathLike[str], names: Iterable[str],
                         keep: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Remove each of ``names`` in ``out_dir`` that is not one of ``keep`` (the paths this
    run wrote or is about to write); return the names removed."""
    out = Path(out_dir)
    kept = {Path(p).resolve() for p in keep}
    removed = []
    for name in names:
        path = out / name
        if (path.exists() or path.is_symlink()) and path.resolve() not in kept:
            remove(path)
            removed.append(name)
    return removed
