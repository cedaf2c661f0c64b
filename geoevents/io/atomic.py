"""Atomic output: write beside the target, then ``os.replace``.

A crash, an exception from the event iterator or Ctrl-C must never leave a truncated
file under the final name, and must leave a previous good output untouched. Writing to
a temporary name in the *same directory* makes the final rename atomic on POSIX.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = [
    "atomic_path",
    "replace_dir",
    "temp_beside",
    "commit",
    "discard",
    "remove",
]


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it over ``target`` on success.

    The temporary name keeps the target's suffix so GDAL drivers that look at the
    extension still pick the right format. On any exception (KeyboardInterrupt included)
    the temporary file is removed and ``target`` is left as it was.
    """
    tmp_path = temp_beside(target)
    try:
        yield tmp_path
        commit(tmp_path, target)
    except BaseException:
        discard(tmp_path)
        raise


def temp_beside(target: str | os.PathLike[str]) -> Path:
    """A fresh, not yet existing path in ``target``'s directory, with its suffix."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=f".tmp{target.suffix}", dir=target.parent
    )
    os.close(fd)
    tmp_path = Path(tmp)
    tmp_path.unlink()  # writers such as GDAL want to create the file themselves
    return tmp_path


def commit(tmp: Path, target: str | os.PathLike[str]) -> None:
    """Move a finished temporary file or directory to its final name."""
    target = Path(target)
    if tmp.is_dir() or target.is_dir():
        replace_dir(tmp, target)
    else:
        os.replace(tmp, target)


def discard(tmp: Path) -> None:
    """Remove a temporary output after a failure; never raises."""
    remove(tmp)


def replace_dir(src: Path, target: Path) -> None:
    """Put directory ``src`` at ``target``, replacing a file or directory already there.

    ``os.replace`` cannot overwrite a non-empty directory, so the old one is first
    renamed aside (atomic) and deleted only after the new one is in place.
    """
    old = None
    if target.exists() or target.is_symlink():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        remove(old)
        os.replace(target, old)
    os.replace(src, target)
    if old is not None:
        remove(old)


def remove(path: Path) -> None:
    """Delete a file, a directory tree or a link if it is there; a missing one is fine."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


class AtomicOutput:
    """Mixin for writers with ``close()`` (commit) and ``abort()`` (discard): a
    ``with`` block commits on success and discards on any error, so it never leaves a
    partial file behind."""

    def finish(self) -> None:
        """Complete the temporary output without renaming it (writers that buffer)."""

    def close(self) -> object:  # pragma: no cover - provided by the writer
        raise NotImplementedError

    def abort(self) -> None:  # pragma: no cover - provided by the writer
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
