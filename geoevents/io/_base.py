"""The shape every streaming writer shares: buffer, flush in chunks, commit atomically.

Batch runs hand events over one report at a time; formats that are cheaper to write in
blocks (GeoPackage, Parquet) buffer up to ``chunk_size`` rows, so memory stays bounded
by the chunk, not by the run. The output lives under a temporary name until
:meth:`close`, and :meth:`abort` (or leaving the ``with`` block by an exception) removes
it, so a failed run leaves any previous output intact.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from geoevents.io.atomic import AtomicOutput, commit, discard, temp_beside
from geoevents.model import Event, Mention

__all__ = ["StreamWriter"]


class StreamWriter(AtomicOutput):
    """Base class: subclasses implement ``_flush_events`` and optionally ``_finish``."""

    format: str = ""
    default_chunk_size = 10_000

    def __init__(self, path: str | os.PathLike[str], *, chunk_size: int | None = None):
        self.path = Path(path)
        self.chunk_size = chunk_size or self.default_chunk_size
        self.tmp = temp_beside(self.path)
        self.count = 0
        self._events: list[Event] = []
        self._mentions: list[tuple[str | None, Mention]] = []
        self._closed = False
        self._finished = False

    def write_events(self, events: Iterable[Event]) -> None:
        self._events.extend(events)
        if len(self._events) >= self.chunk_size:
            self._flush()

    def write_mentions(self, report_id: str | None, mentions: Iterable[Mention]) -> None:
        """Formats with a mentions layer override ``_flush_mentions``; others ignore them."""
        if not self.has_mentions:
            return
        self._mentions.extend((report_id, m) for m in mentions)
        if len(self._mentions) >= self.chunk_size:
            self._flush()

    has_mentions = False

    def finish(self) -> None:
        """Write everything to the temporary file; :meth:`close` then only renames it.

        A run with several outputs finishes them all before renaming any, so a failure
        while writing one leaves every previous output as it was.
        """
        if self._closed or self._finished:
            return
        try:
            self._flush()
            self._finish()
        except BaseException:
            self.abort()
            raise
        self._finished = True

    def close(self) -> Path:
        """Finish, and move the file to its final name."""
        if self._closed:
            return self.path
        self.finish()
        try:
            commit(self.tmp, self.path)
        except BaseException:
            self.abort()
            raise
        self._closed = True
        return self.path

    def abort(self) -> None:
        """Drop the temporary output; the final path is left as it was."""
        if self._closed:
            return
        self._closed = True
        try:
            self._cleanup()
        finally:
            discard(self.tmp)

    def _flush(self) -> None:
        if self._events:
            chunk, self._events = self._events, []
            self.count += len(chunk)
            self._flush_events(chunk)
        if self._mentions:
            mchunk, self._mentions = self._mentions, []
            self._flush_mentions(mchunk)

    def _flush_events(self, events: list[Event]) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _flush_mentions(self, mentions: list[tuple[str | None, Mention]]) -> None:
        pass

    def _finish(self) -> None:
        self._cleanup()

    def _cleanup(self) -> None:
        """Release open handles before the temporary file is removed: a writer that
        streams to a file handle keeps it in ``_fh``."""
        fh = getattr(self, "_fh", None)
        if fh is not None:
            fh.close()
            self._fh = None

