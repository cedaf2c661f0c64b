"""Report input: ``.txt`` files, JSON Lines files (``.jsonl`` or ``.ndjson``), directories
of them, or stdin.

Batch runs read thousands of scraped files, and one bad record must cost nothing but
itself. :func:`read_reports` therefore never raises for a bad record: it yields a
:class:`RejectedRecord` naming the file, line and problem, and carries on. Files are read
one line at a time with a size cap, so a huge or hostile input cannot exhaust memory.
A directory's other files (notes, ``.json`` documents, outputs) are passed over, and the
:class:`SkippedFiles` a caller hands in collects them, so that a run can name what it did
not read rather than be silently empty.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from geoevents.errors import OptionError
from geoevents.normalize import SURROGATE

__all__ = [
    "Report",
    "RejectedRecord",
    "SkippedFiles",
    "read_reports",
    "unsupported_type",
    "check_max_report_bytes",
    "DEFAULT_MAX_REPORT_BYTES",
    "REPORT_SUFFIXES",
]

DEFAULT_MAX_REPORT_BYTES = 5 * 1024 * 1024
# .ndjson is the other common name of JSON Lines. A .json file is not read: it is most
# often one document (an array, a config, GeoJSON), which line-by-line reading would
# reject line by line.
REPORT_SUFFIXES = (".txt", ".jsonl", ".ndjson")
_KINDS = ".txt, .jsonl or .ndjson"
_SNIFF_BYTES = 8192
_OPTIONAL_STRING_FIELDS = ("published", "source", "url")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Control characters but tab, newline and carriage return (C0, DEL, C1): a JSON escape
# ("\u0000") lets them into a string, and from there into every output, where a NUL
# cuts a GeoPackage string short and a spreadsheet or an XML reader refuses the file.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_DIGEST_CHARS = 12


@dataclass(frozen=True, slots=True)
class Report:
    """One readable report: the conventional input fields, plus where it was read from
    (``file``, ``line``) so a later failure can still name the record. ``repaired``
    says which characters the reader replaced to make the record writable (control
    characters by spaces, lone surrogates by U+FFFD), or is None."""

    id: str
    text: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    file: str | None = None
    line: int | None = None
    repaired: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class RejectedRecord:
    """A record that could not be read: where it is and why, for ``errors.jsonl``."""

    file: str
    line: int | None
    reason: str
    report_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.reason}"


ReportOrRejected = Report | RejectedRecord


@dataclass
class SkippedFiles:
    """What a read passed over without a word in its records: the files of a directory
    that are not reports (by suffix), and the directories it was told never to read (a
    run's own output directory) that it met. Hand one to :func:`read_reports`."""

    files: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)

    def files_message(self, limit: int = 5) -> str | None:
        """"skipped 3 files that are not .txt, .jsonl or .ndjson: a.json, ...", or None."""
        if not self.files:
            return None
        n = len(self.files)
        names = ", ".join(self.files[:limit]) + (f" and {n - limit} more" if n > limit else "")
        return (f"skipped {n} file{'s' if n > 1 else ''} that {'are' if n > 1 else 'is'} "
                f"not {_KINDS}: {names}")

    def excluded_message(self) -> str | None:
        """Which directories were not read because they are the output directory."""
        if not self.excluded:
            return None
        return (f"did not read {', '.join(self.excluded)}: the output directory is never "
                "read as input")


def unsupported_type(path: str | os.PathLike[str]) -> str:
    """Why a file named as input is not read, by its suffix."""
    hint = (" (a .json file that holds one JSON report per line can be renamed .jsonl)"
            if Path(path).suffix.lower() == ".json" else "")
    return f"unsupported file type; expected {_KINDS} (one JSON report per line), or a " \
           f"directory{hint}"


def check_max_report_bytes(value: object) -> int:
    """The size limit must be a positive whole number of bytes: anything else would
    reject every report as "over the limit" rather than say the option is wrong."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise OptionError(f"max_report_bytes={value!r} is not valid; give a positive number "
                          "of bytes")
    return value


def read_reports(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    max_report_bytes: int = DEFAULT_MAX_REPORT_BYTES,
    stdin: BinaryIO | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
    skipped: SkippedFiles | None = None,
) -> Iterator[ReportOrRejected]:
    """Yield a :class:`Report` or a :class:`RejectedRecord` for every record in ``inputs``.

    Parameters
    ----------
    inputs : path, ``"-"`` or iterable of them
        ``.txt`` files (one report, id = file stem), ``.jsonl`` or ``.ndjson`` files (one
        report per line, only ``text`` required; a line without an id gets
        ``stem:<digest>``, from its text, published, source and url, so that lines added
        or removed around it leave it, and its events' ids, as they were; the n-th copy of
        the same record in a file gets ``-n`` after the digest), directories (every
        ``.txt``/``.jsonl``/``.ndjson`` inside, recursively, in sorted order) or ``"-"``
        for JSON Lines on stdin. Two files with the same stem get ids from their paths
        ("d2/ocha"); the same file reached twice is read once. UTF-8, or UTF-16 with a
        byte-order mark. A ``published`` that is not an ISO date or date-time rejects its
        record here; control characters (but tab, newline, carriage return) become
        spaces and lone surrogates U+FFFD, said in the report's ``repaired``.
    max_report_bytes : int
        Reports (or JSON lines) larger than this are rejected without being loaded.
    stdin : binary file, optional
        Stream read for ``"-"``; defaults to ``sys.stdin.buffer``.
    exclude : paths, optional
        Directories never read (a run's own output directory, when it lies inside an
        input directory). Hidden files and directories are skipped while walking, and a
        directory reached twice (a symlink loop) is read once.
    skipped : SkippedFiles, optional
        Collects the files a directory walk passes over for their suffix, and the
        ``exclude`` directories it meets, so that the caller can say what was not read.

    Examples
    --------
    >>> recs = list(read_reports([]))
    >>> recs
    []
    """
    check_max_report_bytes(max_report_bytes)
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    walk = _Walk(seen=set(), skip={_identity(Path(p)) for p in exclude} - {None},
                 files=set(), stems={},
                 skipped=skipped if skipped is not None else SkippedFiles())
    for item in inputs:
        if str(item) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_jsonl_stream(stream, "<stdin>", "stdin", max_report_bytes)
        else:
            yield from _read_path(Path(item), max_report_bytes, explicit=True, walk=walk)


@dataclass
class _Walk:
    """What one read has met: directories read and never to read, files read (by device
    and inode), and the file each id stem was first given to."""

    seen: set[tuple[int, int]]
    skip: set[tuple[int, int] | None]
    files: set[tuple[int, int]]
    stems: dict[tuple[str, str], Path]
    skipped: SkippedFiles

    def stem(self, path: Path) -> str:
        """The file's stem, or its path without suffix when another file of its kind
        (.txt gives "stem", .jsonl "stem:line") has that stem."""
        first = self.stems.setdefault((path.stem, path.suffix.lower()), path)
        return path.stem if first == path else path.with_suffix("").as_posix()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _read_path(path: Path, limit: int, *, explicit: bool,
               walk: _Walk) -> Iterator[ReportOrRejected]:
    try:
        st = path.stat()
    except FileNotFoundError:
        reason = "dangling symlink" if path.is_symlink() else "no such file or directory"
        yield RejectedRecord(str(path), None, f"cannot read: {reason}")
        return
    except OSError as err:
        yield RejectedRecord(str(path), None, f"cannot read: {err.strerror or err}")
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _read_dir(path, limit, walk)
        return
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        if explicit:
            yield RejectedRecord(str(path), None, unsupported_type(path))
        return
    if not stat.S_ISREG(st.st_mode):
        yield RejectedRecord(str(path), None, f"cannot read: not a regular file ({_kind(st)})")
        return
    if (st.st_dev, st.st_ino) in walk.files:
        yield RejectedRecord(str(path), None, "already read: the same file was given twice")
        return
    walk.files.add((st.st_dev, st.st_ino))
    if suffix == ".txt":
        yield _read_txt(path, st.st_size, limit, walk.stem(path))
    else:
        try:
            with path.open("rb") as fh:
                yield from _read_jsonl_stream(fh, str(path), walk.stem(path), limit)
        except OSError as err:
            yield RejectedRecord(str(path), None, f"cannot read: {err.strerror or err}")


def _read_dir(path: Path, limit: int, walk: _Walk) -> Iterator[ReportOrRejected]:
    ident = _identity(path)
    if ident in walk.skip:
        walk.skipped.excluded.append(str(path))  # the run's own output directory
        return
    if ident is None or ident in walk.seen:
        return  # a symlink loop
    walk.seen.add(ident)
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError as err:
        yield RejectedRecord(str(path), None, f"cannot list directory: {err.strerror or err}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue  # hidden files, including a writer's temporary files
        child = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _read_dir(child, limit, walk)
        elif child.suffix.lower() in REPORT_SUFFIXES:
            yield from _read_path(child, limit, explicit=False, walk=walk)
        else:
            walk.skipped.files.append(str(child))


def _read_txt(path: Path, size: int, limit: int, rid: str) -> ReportOrRejected:
    name = str(path)
    if size > limit:
        return RejectedRecord(name, None, _too_big(size, limit), rid)
    try:
        data = path.read_bytes()
    except OSError as err:
        return RejectedRecord(name, None, f"cannot read: {err.strerror or err}", rid)
    if len(data) > limit:  # the file grew after stat()
        return RejectedRecord(name, None, _too_big(len(data), limit), rid)
    text, problem = _decode(data)
    if problem:
        return RejectedRecord(name, None, problem, rid)
    repairs = _Repairs()
    return Report(id=rid, text=repairs.whole(text), file=name, repaired=repairs.said())


def _read_jsonl_stream(
    fh: BinaryIO, name: str, stem: str, limit: int
) -> Iterator[ReportOrRejected]:
    seen_any = False
    peek = getattr(fh, "peek", None)
    if peek is not None and peek(2)[:2] in _UTF16_BOMS:
        fh = _Utf16AsUtf8(fh)  # type: ignore[assignment]
    try:
        for rec in _jsonl_records(fh, name, stem, limit):
            seen_any = True
            if rec is not None:
                yield rec
    except UnicodeDecodeError as err:
        yield RejectedRecord(name, None, f"not valid UTF-16 (it starts with a UTF-16 "
                                         f"byte-order mark): {err}")
        return
    if not seen_any:
        yield RejectedRecord(name, None, "empty file")


class _Utf16AsUtf8:
    """A UTF-16 JSON Lines stream (saved with a byte-order mark, as Windows tools do)
    read line by line as UTF-8 bytes."""

    def __init__(self, fh: BinaryIO) -> None:
        self._text = io.TextIOWrapper(fh, encoding="utf-16", newline="")  # type: ignore[arg-type]

    def readline(self, limit: int = -1) -> bytes:
        return self._text.readline(limit).encode("utf-8", "surrogatepass")


def _jsonl_records(fh: BinaryIO, name: str, stem: str, limit: int
                   ) -> Iterator[ReportOrRejected | None]:
    """One item per line read (None for a blank one)."""
    unnamed = _Unnamed(stem)
    for lineno, raw, size in _iter_lines(fh, limit):
        if raw is None:
            yield RejectedRecord(name, lineno, _too_big(size, limit))
        elif not raw.strip():
            yield None
        elif lineno == 1 and b"\x00" in raw[:_SNIFF_BYTES]:
            yield RejectedRecord(name, None, "binary file (contains NUL bytes), not JSON Lines")
            return
        else:
            yield _parse_line(raw, name, lineno, unnamed)


def _iter_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield (line number, bytes or None if over ``limit``, size) with bounded memory."""
    lineno = 0
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) <= limit or raw.endswith(b"\n") and len(raw) - 1 <= limit:
            yield lineno, raw, len(raw)
            continue
        size = len(raw)
        while not raw.endswith(b"\n"):
            raw = fh.readline(1 << 20)
            if not raw:
                break
            size += len(raw)
        yield lineno, None, size


@dataclass
class _Unnamed:
    """Ids for the lines of one file that give none. An id is what names a report's events
    (``event_id`` hashes it), and re-runs must give the same ids, so it is taken from the
    record (text, published, source, url), not from its line: a line added above leaves
    it as it was. The n-th copy of the same record in the file is told apart by ``-n``."""

    stem: str
    copies: Counter[str] = field(default_factory=Counter)

    def id_for(self, text: str, published: str | None, source: str | None,
               url: str | None) -> str:
        content = json.dumps([text, published, source, url], ensure_ascii=False)
        digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:_DIGEST_CHARS]
        self.copies[digest] += 1
        n = self.copies[digest]
        return f"{self.stem}:{digest}" if n == 1 else f"{self.stem}:{digest}-{n}"


def _parse_line(raw: bytes, name: str, lineno: int, unnamed: _Unnamed) -> ReportOrRejected:
    nul = raw.find(b"\x00")
    if nul >= 0:  # (a NUL in the first line's first bytes says the file is binary)
        return RejectedRecord(name, lineno, f"a raw NUL byte at byte {nul + 1} of the line: "
                                            "JSON holds control characters only escaped "
                                            "(\\u0000); is the line binary data?")
    text, problem = _decode(raw)
    if problem:
        return RejectedRecord(name, lineno, problem)
    text = text.rstrip("\r\n")  # JSON may not hold a raw newline: it ends the line, not
    try:  # a string, so a line cut short inside one is said to be cut short
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        return RejectedRecord(name, lineno, _malformed(err, len(text)))
    if not isinstance(obj, dict):
        return RejectedRecord(name, lineno, f"expected a JSON object, got {_jtype(obj)}")
    rid = obj.get("id")
    if rid is not None and not isinstance(rid, str | int) or isinstance(rid, bool):
        return RejectedRecord(name, lineno, f"field 'id' must be a string, got {_jtype(rid)}")
    rid = None if rid is None or rid == "" else str(rid)
    if "text" not in obj:
        return RejectedRecord(name, lineno, "missing required field 'text'", rid)
    body = obj["text"]
    if not isinstance(body, str):
        return RejectedRecord(
            name, lineno, f"field 'text' must be a string, got {_jtype(body)}", rid
        )
    if not body.strip():
        return RejectedRecord(name, lineno, "field 'text' is empty", rid)
    repairs = _Repairs()
    extra: dict[str, str | None] = {}
    for key in _OPTIONAL_STRING_FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return RejectedRecord(
                name, lineno, f"field {key!r} must be a string or null, got {_jtype(value)}", rid
            )
        extra[key] = repairs.whole(value) or None
    problem = _published_problem(extra["published"])
    if problem:
        return RejectedRecord(name, lineno, problem, rid)
    body = repairs.whole(body)
    rid = repairs.whole(rid) if rid is not None else unnamed.id_for(body, **extra)
    return Report(id=rid, text=body, **extra, file=name, line=lineno,
                  repaired=repairs.said())


def _published_problem(published: str | None) -> str | None:
    """Why ``published`` cannot anchor the report's dates, said as the record is read (in
    input order, whatever the workers), not by the parser later; None when it can."""
    if published is None:
        return None
    from geoevents.dates.expressions import PUBLISHED_FORMS, parse_published

    if parse_published(published) is None:
        return f"published={published!r} is not {PUBLISHED_FORMS}"
    return None


def _malformed(err: json.JSONDecodeError, length: int) -> str:
    """What is wrong with a line's JSON, and where; a line that ends before its JSON does
    (a truncated file, a string broken over two lines) is said to be cut off."""
    what = err.msg.removesuffix(" at")
    if what.startswith("Unterminated string"):
        return (f"malformed JSON: the line ends inside the string that starts at column "
                f"{err.colno} (is it cut off, or the string broken over two lines?)")
    if err.pos >= length:
        return (f"malformed JSON: the line ends before its JSON does (is it cut off?): "
                f"{what} at column {err.colno}")
    return f"malformed JSON at column {err.colno}: {what}"


@dataclass
class _Repairs:
    """The characters replaced in one record's strings so that every output can hold them,
    each by one character, so that offsets into the text still hold: a control character
    (a JSON-escaped NUL, a stray form feed) by a space, a lone surrogate (a truncated
    emoji's "\\ud83d" escape) by U+FFFD, which UTF-8 cannot otherwise write."""

    controls: Counter[str] = field(default_factory=Counter)
    surrogates: int = 0

    def whole(self, value: str | None) -> str | None:
        if value is None:
            return None
        if _CONTROL.search(value):
            self.controls.update(_CONTROL.findall(value))
            value = _CONTROL.sub(" ", value)
        if not value.isascii() and SURROGATE.search(value):
            self.surrogates += len(SURROGATE.findall(value))
            value = SURROGATE.sub("\ufffd", value)
        return value

    def said(self) -> str | None:
        """"2 control characters (U+0000) replaced by spaces", or None."""
        parts = []
        n = sum(self.controls.values())
        if n:
            codes = ", ".join(f"U+{ord(c):04X}" for c in sorted(self.controls))
            parts.append(f"{n} control character{'s' if n > 1 else ''} ({codes}) replaced "
                         f"by {'spaces' if n > 1 else 'a space'}")
        if self.surrogates:
            k = self.surrogates
            parts.append(f"{k} lone surrogate{'s' if k > 1 else ''} (a broken \\u escape) "
                         "replaced by U+FFFD")
        return "; ".join(parts) or None


def _decode(data: bytes) -> tuple[str, str | None]:
    if not data.strip():
        return "", "empty file"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        # A byte-order mark names the encoding: decode it instead of calling it binary.
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as err:
            return "", f"not valid UTF-16 (it starts with a UTF-16 byte-order mark): {err}"
    if b"\x00" in data[:_SNIFF_BYTES]:
        return "", "binary file (contains NUL bytes), not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        bad = data[err.start : err.start + 1].hex()
        return "", f"not valid UTF-8: byte 0x{bad} at offset {err.start}"


def _too_big(size: int, limit: int) -> str:
    return (f"report is {size:,} bytes, over the limit of {limit:,} bytes (max_report_bytes; "
            "--max-report-mb on the command line)")


def _kind(st: os.stat_result) -> str:
    mode = st.st_mode
    for test, label in ((stat.S_ISFIFO, "FIFO"), (stat.S_ISSOCK, "socket"),
                        (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device")):
        if test(mode):
            return label
    return "special file"


def _jtype(value: object) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "number",
            float: "number", type(None): "null"}.get(type(value), type(value).__name__)
