"""What a batch run owns in its output directory, so that the directory holds one run.

Each output is replaced atomically, but the set of files could still mix runs: a run
without ``--format csv`` would leave an earlier run's ``events.csv`` beside its own
``events.geojson``, one with ``--no-map`` an old ``map.html`` that no longer shows these
events, and a run killed outright (SIGKILL, power loss) its hidden temporary files. So a
run removes, at its start, the temporary files earlier runs left behind, and, once its own
events are in place, the outputs an earlier run wrote that it does not write itself.

An output directory is often a folder the user also keeps files in, so a file is never
removed for its name alone: each run records what it wrote, with each file's size and
modification time, in :data:`MANIFEST_NAME` (written atomically, after every output), and
only a file that record lists, unchanged since, is removed. A file of a known name that no
run recorded (the user's own ``events.csv``, or outputs of a version that kept no record)
or that changed after the run that wrote it is left where it is, and said to be left.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geoevents.io.atomic import atomic_path, remove

__all__ = ["MANIFEST_NAME", "StaleOutputs", "record_outputs", "recorded_outputs",
           "remove_leftover_temporaries", "remove_stale_outputs"]

# Hidden, so that a directory walk over the reports never takes it for one.
MANIFEST_NAME = ".geoevents-outputs.json"


@dataclass
class StaleOutputs:
    """What :func:`remove_stale_outputs` did: the names it removed, and those it left in
    place with the reason (not recorded by a run, or changed since)."""

    removed: list[str] = field(default_factory=list)
    left: dict[str, str] = field(default_factory=dict)

    def warnings(self) -> list[str]:
        """One line per file, for a run's summary."""
        return ([f"removed {name}, an earlier run's output" for name in self.removed]
                + [f"left {name} in place: {why}; it is not this run's output"
                   for name, why in self.left.items()])


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


def _fingerprint(path: Path) -> dict[str, Any] | None:
    """What identifies the output as written: its kind, and a file's size and time."""
    try:
        st = path.lstat()
    except OSError:
        return None
    if stat.S_ISDIR(st.st_mode):
        return {"kind": "directory"}
    if stat.S_ISREG(st.st_mode):
        return {"kind": "file", "size": st.st_size, "mtime_ns": st.st_mtime_ns}
    return {"kind": "other"}  # a link or a device: never one a run wrote


def record_outputs(out_dir: str | os.PathLike[str],
                   outputs: Iterable[str | os.PathLike[str]]) -> Path:
    """Record in ``out_dir``'s manifest the outputs a run wrote there (paths of files or
    directories directly in it); call it after the last output is in place. Returns the
    manifest's path."""
    from geoevents import __version__

    out = Path(out_dir)
    here = out.resolve()
    written: dict[str, dict[str, Any]] = {}
    for item in outputs:
        path = Path(item)
        if path.parent.resolve() != here:
            continue  # not in the directory: nothing a later run there could remove
        fp = _fingerprint(path)
        if fp is not None and fp["kind"] != "other":
            written[path.name] = fp
    target = out / MANIFEST_NAME
    with atomic_path(target) as tmp:
        tmp.write_text(json.dumps({"written_by": f"geoevents {__version__}",
                                   "outputs": dict(sorted(written.items()))}, indent=1)
                       + "\n", encoding="utf-8")
    return target


def recorded_outputs(out_dir: str | os.PathLike[str]) -> dict[str, dict[str, Any]]:
    """The outputs the last run recorded in ``out_dir`` (name -> fingerprint); empty when
    there is no manifest or it cannot be read, so that nothing is taken as a run's."""
    try:
        data = json.loads((Path(out_dir) / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    outputs = data.get("outputs") if isinstance(data, dict) else None
    if not isinstance(outputs, dict):
        return {}
    return {name: fp for name, fp in outputs.items()
            if isinstance(name, str) and isinstance(fp, dict)}


def remove_stale_outputs(out_dir: str | os.PathLike[str], names: Iterable[str],
                         keep: Iterable[str | os.PathLike[str]]) -> StaleOutputs:
    """Remove each of ``names`` in ``out_dir`` that is not one of ``keep`` (the paths this
    run wrote or is about to write) and that the directory's manifest records, unchanged,
    as an earlier run's output; every other one is left in place and said to be left."""
    out = Path(out_dir)
    kept = {Path(p).resolve() for p in keep}
    recorded = recorded_outputs(out)
    result = StaleOutputs()
    for name in names:
        path = out / name
        if not (path.exists() or path.is_symlink()) or path.resolve() in kept:
            continue
        if name not in recorded:
            result.left[name] = "no earlier run recorded writing it, so it may be yours"
        elif _fingerprint(path) != recorded[name]:
            result.left[name] = "it changed after the run that wrote it"
        else:
            remove(path)
            result.removed.append(name)
    return result
