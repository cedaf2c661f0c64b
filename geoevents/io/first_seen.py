"""Where each report id was first read, for a run of any length.

A run rejects a second report with an id already read (ids name events: two reports of
one id would give colliding event ids), so it must remember every id: 1M reports' ids
and places took ~190 MB in a dict, the one part of a run's memory that still grew with
its input. Up to ``in_memory`` ids stay in a dict; past that they move to SQLite's
private temporary database (Python's own ``sqlite3``), which keeps a few MB of pages in
memory and the rest on disk, and deletes itself when closed.
"""

from __future__ import annotations

import sqlite3

__all__ = ["FirstSeen", "IN_MEMORY_IDS"]

# Ids kept in a dict before the rest go to disk: ~20 MB, more reports than most runs read.
IN_MEMORY_IDS = 100_000


class FirstSeen:
    """``setdefault(id, where)``: where ``id`` was first read, recording ``where`` if it
    is new, as a dict's ``setdefault`` does.

    >>> seen = FirstSeen(in_memory=1)
    >>> seen.setdefault("a", "in.jsonl:1"), seen.setdefault("b", "in.jsonl:2")
    ('in.jsonl:1', 'in.jsonl:2')
    >>> seen.setdefault("a", "in.jsonl:3"), len(seen)
    ('in.jsonl:1', 2)
    >>> seen.close()
    """

    def __init__(self, in_memory: int | None = None):
        self._limit = IN_MEMORY_IDS if in_memory is None else in_memory
        self._ids: dict[str, str] = {}
        self._db: sqlite3.Connection | None = None
        self._count = 0

    def setdefault(self, key: str, where: str) -> str:
        if self._db is None:
            first = self._ids.setdefault(key, where)
            if len(self._ids) > self._limit:
                self._to_disk()
            return first
        if self._db.execute("INSERT INTO seen VALUES (?, ?) ON CONFLICT(id) DO NOTHING",
                            (key, where)).rowcount:
            self._count += 1
            return where
        return self._db.execute("SELECT at FROM seen WHERE id = ?", (key,)).fetchone()[0]

    def __len__(self) -> int:
        return len(self._ids) if self._db is None else self._count

    def _to_disk(self) -> None:
        """Move the ids to a temporary database ("" is SQLite's private one on disk)."""
        db = sqlite3.connect("", isolation_level=None)
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("CREATE TABLE seen (id TEXT PRIMARY KEY, at TEXT NOT NULL) WITHOUT ROWID")
        db.execute("BEGIN")  # one transaction: nothing here needs to survive a crash
        db.executemany("INSERT INTO seen VALUES (?, ?)", self._ids.items())
        self._db, self._count, self._ids = db, len(self._ids), {}

    def close(self) -> None:
        """Forget every id (the temporary database is deleted)."""
        if self._db is not None:
            self._db.close()
            self._db = None
        self._ids = {}
        self._count = 0
