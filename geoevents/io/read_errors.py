"""The errors of reading an events file, told alike by the whole-file reader
(:func:`geoevents.io.read_events`) and the batch reader
(:func:`geoevents.io.chunks.iter_event_frames`), so that a caller handles one set of errors
whichever it uses: a missing file is a ``FileNotFoundError``, and what the format's reader
cannot read a ``ReportFormatError`` naming the file and the format, not the driver's words
alone (pyogrio's DataSourceError is a RuntimeError that names neither).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from geoevents.errors import ReportFormatError

__all__ = ["must_exist", "read_as"]


def must_exist(path: str | os.PathLike[str]) -> None:
    """Raise ``FileNotFoundError`` naming ``path`` where no file is there, before any reader
    gives its own words for it."""
    if not Path(path).exists():
        raise FileNotFoundError(f"no such file: {os.fspath(path)!r}")


@contextmanager
def read_as(path: str | os.PathLike[str], fmt: str) -> Iterator[None]:
    """Turn what goes wrong reading ``path`` as ``fmt`` inside the block into a
    ``ReportFormatError`` naming both (our own errors pass as they are)."""
    try:
        yield
    except (ReportFormatError, FileNotFoundError):
        raise
    except (RuntimeError, ValueError, OSError, KeyError, TypeError) as err:
        raise ReportFormatError(f"{os.fspath(path)}: cannot read events as {fmt}: "
                                f"{err}") from err
