"""JSON Lines out: ``mentions.jsonl`` and ``errors.jsonl``.

One self-contained object per line, written as records arrive, so a reader can stream
it back and ``grep`` works on it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, Any

from geoevents.io._json import dumps
from geoevents.io.atomic import AtomicOutput, commit, discard, temp_beside
from geoevents.model import Mention

__all__ = ["JsonlWriter", "mention_record", "read_jsonl"]


def mention_record(report_id: str | None, mention: Mention) -> dict[str, Any]:
    """A mention with the id of the report it came from, first."""
    return {"report_id": report_id, **mention.to_dict()}


class JsonlWriter(AtomicOutput):
    """Append dicts as JSON lines to a temporary file; rename on :meth:`close`."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = os.fspath(path)
        self.tmp = temp_beside(self.path)
        self._fh: IO[bytes] | None = open(self.tmp, "wb", buffering=1 << 16)  # noqa: SIM115
        self.count = 0
        self._committed = False

    def write(self, record: Mapping[str, Any]) -> None:
        assert self._fh is not None, "writer is closed"
        self._fh.write(dumps(dict(record)))
        self._fh.write(b"\n")
        self.count += 1

    def finish(self) -> None:
        """Close the temporary file; :meth:`close` then only renames it."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def close(self) -> None:
        if self._committed:
            return
        self.finish()
        commit(self.tmp, self.path)
        self._committed = True

    def abort(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        discard(self.tmp)


def read_jsonl(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Read a JSON Lines file written by :class:`JsonlWriter`."""
    import json

    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
