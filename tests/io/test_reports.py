from __future__ import annotations

import hashlib
import io
import json
import os

import pytest

from geoevents.io import RejectedRecord, Report, read_reports


def _unnamed_id(stem, text, published=None, source=None, url=None):
    """The id a line without one gets: the file's stem and a digest of the record."""
    content = json.dumps([text, published, source, url], ensure_ascii=False)
    return f"{stem}:{hashlib.sha256(content.encode()).hexdigest()[:12]}"


def _split(records):
    good = [r for r in records if isinstance(r, Report)]
    bad = [r for r in records if isinstance(r, RejectedRecord)]
    return good, bad


def test_txt_and_jsonl(tmp_path):
    (tmp_path / "one.txt").write_text("Airstrike in Rafah.", encoding="utf-8")
    lines = [{"id": "a", "text": "x", "published": "2024-06-29"}, {"text": "y"}]
    (tmp_path / "many.jsonl").write_text("\n".join(map(json.dumps, lines)) + "\n\n")
    good, bad = _split(list(read_reports(tmp_path)))
    assert bad == []
    assert [r.id for r in good] == ["a", _unnamed_id("many", "y"), "one"]  # by file name
    assert good[0].published == "2024-06-29"
    assert (good[1].file, good[1].line) == (str(tmp_path / "many.jsonl"), 2)


def test_stdin():
    data = b'{"text": "a"}\nnot json\n'
    good, bad = _split(list(read_reports("-", stdin=io.BytesIO(data))))
    assert [r.id for r in good] == [_unnamed_id("stdin", "a")]
    assert bad[0].file == "<stdin>" and bad[0].line == 2
    assert "malformed JSON" in bad[0].reason


def test_bad_lines_are_named(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_bytes(
        b'{"id": "ok", "text": "fine"}\n'
        b'{"id": "broken", "text": \n'
        b'{"id": "notext"}\n'
        b'{"id": "num", "text": 42}\n'
        b'[1, 2]\n'
        b'{"text": "caf\xe9"}\n'
        b'{"text": "x", "published": 2024}\n'
    )
    good, bad = _split(list(read_reports(path)))
    assert [r.id for r in good] == ["ok"]
    reasons = {rec.line: rec.reason for rec in bad}
    assert "malformed JSON" in reasons[2]
    assert reasons[3] == "missing required field 'text'"
    assert reasons[4] == "field 'text' must be a string, got number"
    assert reasons[5] == "expected a JSON object, got array"
    assert reasons[6].startswith("not valid UTF-8: byte 0xe9")
    assert "'published' must be a string or null" in reasons[7]
    assert bad[1].report_id == "notext"


def test_size_limit_without_loading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    line = tmp_path / "big.jsonl"
    line.write_bytes(json.dumps({"text": "b" * 2000}).encode() + b'\n{"text": "ok"}\n')
    good, bad = _split(list(read_reports([big, line], max_report_bytes=1000)))
    assert [r.id for r in good] == [_unnamed_id("big", "ok")]
    assert all("over the limit of 1,000 bytes" in r.reason for r in bad)
    assert [r.line for r in bad] == [None, 1]


def test_unreadable_inputs(tmp_path):
    # Tests run as root, whom permission bits do not stop: a dangling symlink and a FIFO
    # are unreadable whoever you are.
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "bin.jsonl").write_bytes(b"\x00\x01\x02\n")
    (tmp_path / "notes.md").write_text("ignored")
    good, bad = _split(list(read_reports([tmp_path, tmp_path / "nope.txt"])))
    assert good == []
    reasons = {os.path.basename(r.file): r.reason for r in bad}
    assert reasons["dangling.txt"] == "cannot read: dangling symlink"
    assert reasons["pipe.jsonl"] == "cannot read: not a regular file (FIFO)"
    assert reasons["empty.txt"] == "empty file"
    assert reasons["bin.txt"].startswith("binary file")
    assert reasons["bin.jsonl"].startswith("binary file")
    assert reasons["nope.txt"] == "cannot read: no such file or directory"
    assert "notes.md" not in reasons


def test_unsupported_explicit_file(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b")
    _, bad = _split(list(read_reports(path)))
    assert "unsupported file type" in bad[0].reason


def test_symlink_loop_is_read_once(tmp_path):
    from geoevents.io.reports import Report, read_reports

    d = tmp_path / "d"
    d.mkdir()
    (d / "a.txt").write_text("Shelling hit Rafah.", encoding="utf-8")
    (d / "loop").symlink_to("..")
    got = [r for r in read_reports(tmp_path) if isinstance(r, Report)]
    assert [r.id for r in got] == ["a"]


def test_output_directory_and_hidden_files_are_not_inputs(tmp_path):
    from geoevents.io.reports import read_reports

    (tmp_path / "a.txt").write_text("Shelling hit Rafah.", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "mentions.jsonl").write_text('{"surface": "Rafah"}\n', encoding="utf-8")
    (tmp_path / ".partial.tmp.jsonl").write_text("", encoding="utf-8")
    assert [r.id for r in read_reports(tmp_path, exclude=[out])] == ["a"]


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    from geoevents.io.reports import Report, read_reports

    (tmp_path / "u.txt").write_bytes("Shelling hit Rafah.".encode("utf-16"))
    (rec,) = list(read_reports(tmp_path / "u.txt"))
    assert isinstance(rec, Report) and rec.text == "Shelling hit Rafah."


def test_utf16_json_lines_with_a_byte_order_mark(tmp_path):
    # As PowerShell's ">" writes them: UTF-16 LE, BOM, CRLF.
    lines = [json.dumps({"id": "u1", "text": "Airstrikes hit Rafah."}),
             json.dumps({"id": "u2", "text": "Shelling in Jabalia."})]
    path = tmp_path / "u16.jsonl"
    path.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    good, bad = _split(list(read_reports(path)))
    assert [(r.id, r.text, r.line) for r in good] == [
        ("u1", "Airstrikes hit Rafah.", 1), ("u2", "Shelling in Jabalia.", 2)]
    assert bad == []


def test_a_lone_surrogate_becomes_a_replacement_character(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "b", "text": "Strikes hit Rafah \\ud83d today."}\n', encoding="utf-8")
    (report,) = read_reports(path)
    assert report.text == "Strikes hit Rafah \ufffd today."
    report.text.encode("utf-8")  # writable
    assert report.repaired == "1 lone surrogate (a broken \\u escape) replaced by U+FFFD"


def test_escaped_control_characters_become_spaces_and_are_said(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "c\\u0001", "text": "Shelling hit Rafah.\\u0000 Two were\\u000bkilled.'
                    '\\tStill\\r\\nthere.", "source": "W\\u0085"}\n'
                    '{"id": "d", "text": "Shelling hit Rafah."}\n', encoding="utf-8")
    first, second = read_reports(path)
    # one character for one, so offsets into the text hold; tab and newlines stay
    assert first.text == "Shelling hit Rafah.  Two were killed.\tStill\r\nthere."
    assert (first.id, first.source) == ("c ", "W ")
    assert first.repaired == ("4 control characters (U+0000, U+0001, U+000B, U+0085) "
                              "replaced by spaces")
    assert second.repaired is None


def test_a_raw_nul_byte_in_a_line_is_said_to_be_in_that_line(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Shelling hit Rafah."}\n'
                     b'{"id": "b", "text": "x\x00y"}\n{"id": "c", "text": "Shelling."}\n')
    good, bad = _split(list(read_reports(path)))
    assert [r.id for r in good] == ["a", "c"]
    assert (bad[0].line, bad[0].reason) == (
        2, "a raw NUL byte at byte 23 of the line: JSON holds control characters only "
           "escaped (\\u0000); is the line binary data?")


@pytest.mark.parametrize("published", ["2024-13-45", "2024-06-29garbage", "29 June 2024", " "])
def test_a_published_that_is_no_date_is_rejected_as_the_record_is_read(tmp_path, published):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"id": "p", "text": "Shelling hit Rafah yesterday.",
                                "published": published}) + "\n", encoding="utf-8")
    (bad,) = read_reports(path)
    assert isinstance(bad, RejectedRecord) and (bad.line, bad.report_id) == (1, "p")
    assert bad.reason.startswith(f"published={published!r} is not an ISO date")


def test_a_published_date_time_is_read(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"text": "x", "published": "2024-06-29T23:30:00Z"}) + "\n")
    (report,) = read_reports(path)
    assert report.published == "2024-06-29T23:30:00Z"


def test_a_line_without_an_id_keeps_its_id_when_lines_are_added_around_it(tmp_path):
    records = [{"text": "Shelling hit Rafah.", "published": "2024-06-29"},
               {"text": "Airstrike on Jabalia.", "source": "UN"},
               {"text": "Shelling hit Rafah.", "published": "2024-06-29"}]  # a copy
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    before = [r.id for r in read_reports(path)]
    assert before[0] == _unnamed_id("r", "Shelling hit Rafah.", "2024-06-29")
    assert before[1] == _unnamed_id("r", "Airstrike on Jabalia.", source="UN")
    assert before[2] == before[0] + "-2"  # copies are told apart, in their order
    added = [{"text": "A new first report."}, *records[:2], {"id": "x", "text": "More."},
             records[2]]
    path.write_text("".join(json.dumps(r) + "\n" for r in added), encoding="utf-8")
    after = [r.id for r in read_reports(path)]
    assert [after[1], after[2], after[4]] == before


def test_same_stem_in_two_folders_and_the_same_file_twice(tmp_path):
    for folder in ("d1", "d2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "ocha.txt").write_text("Strikes hit Rafah.", encoding="utf-8")
    d1, d2 = tmp_path / "d1", tmp_path / "d2"
    good, bad = _split(list(read_reports([d1, d2, d1 / "ocha.txt"])))
    assert [r.id for r in good] == ["ocha", (d2 / "ocha").as_posix()]
    assert [b.reason for b in bad] == ["already read: the same file was given twice"]


def test_a_malformed_line_says_where_and_what():
    data = (b'{"id": "a", "text": "unterminated\n{"id": "b" "text": "x"}\n'
            b'{"id": "c", "text": "x"\r\n{"id": "d", "text": "x"} ]\n')
    _, bad = _split(list(read_reports("-", stdin=io.BytesIO(data))))
    assert [r.reason for r in bad] == [
        # a line cut off inside its text is said to be cut off, not to hold a control
        # character (the newline that ends it)
        "malformed JSON: the line ends inside the string that starts at column 21 (is it "
        "cut off, or the string broken over two lines?)",
        "malformed JSON at column 12: Expecting ',' delimiter",
        "malformed JSON: the line ends before its JSON does (is it cut off?): Expecting "
        "',' delimiter at column 24",
        "malformed JSON at column 26: Extra data"]


def test_ndjson_is_json_lines_and_a_directory_names_what_it_skipped(tmp_path):
    from geoevents.io.reports import SkippedFiles

    (tmp_path / "a.ndjson").write_text('{"id": "a", "text": "Shelling hit Rafah."}\n')
    for name in ("b.json", "c.md", "d.geojson"):
        (tmp_path / name).write_text("{}")
    (tmp_path / ".hidden.json").write_text("{}")  # hidden files pass unnamed, as before
    skipped = SkippedFiles()
    assert [r.id for r in read_reports(tmp_path, skipped=skipped)] == ["a"]
    assert skipped.files == [str(tmp_path / n) for n in ("b.json", "c.md", "d.geojson")]
    assert skipped.files_message(limit=2) == (
        f"skipped 3 files that are not .txt, .jsonl or .ndjson: {tmp_path / 'b.json'}, "
        f"{tmp_path / 'c.md'} and 1 more")
    assert SkippedFiles(files=["x.md"]).files_message() == \
        "skipped 1 file that is not .txt, .jsonl or .ndjson: x.md"
    assert SkippedFiles().files_message() is None


def test_the_output_directory_given_as_input_is_said_not_read(tmp_path):
    from geoevents.io.reports import SkippedFiles

    (tmp_path / "r.jsonl").write_text('{"text": "Shelling hit Rafah."}\n')
    skipped = SkippedFiles()
    assert list(read_reports(tmp_path, exclude=[tmp_path], skipped=skipped)) == []
    assert skipped.excluded_message() == \
        f"did not read {tmp_path}: the output directory is never read as input"


def test_a_json_file_named_as_input_says_how_to_have_it_read(tmp_path):
    path = tmp_path / "reports.json"
    path.write_text('{"text": "Shelling hit Rafah."}\n')
    _, bad = _split(list(read_reports(path)))
    assert bad[0].reason.startswith("unsupported file type; expected .txt, .jsonl or .ndjson")
    assert "can be renamed .jsonl" in bad[0].reason


def test_ids_past_the_memory_limit_are_still_remembered():
    from geoevents.io.first_seen import FirstSeen

    seen = FirstSeen(in_memory=3)
    wheres = {f"r{i}": f"in.jsonl:{i}" for i in range(10)}
    assert [seen.setdefault(k, w) for k, w in wheres.items()] == list(wheres.values())
    # every id read before, in memory or on disk, is where it was first read; a new one
    # (a near-miss of an old one) is new
    assert [seen.setdefault(k, "again") for k in ("r0", "r3", "r4", "r9")] == [
        "in.jsonl:0", "in.jsonl:3", "in.jsonl:4", "in.jsonl:9"]
    assert seen.setdefault("r10", "b.jsonl:1") == "b.jsonl:1" and len(seen) == 11
    seen.close()
    assert seen.setdefault("r0", "c.jsonl:1") == "c.jsonl:1"


def test_a_run_past_the_memory_limit_still_rejects_a_repeated_id(tmp_path, monkeypatch):
    import json

    from geoevents.batch import run
    from geoevents.io import first_seen

    monkeypatch.setattr(first_seen, "IN_MEMORY_IDS", 2)
    src = tmp_path / "in.jsonl"
    ids = ["a", "b", "c", "d", "b", "e"]
    src.write_text("".join(json.dumps({"id": i, "text": "Airstrike on Rafah."}) + "\n"
                           for i in ids), encoding="utf-8")
    summary = run(src, tmp_path / "out", map=False)
    assert (summary.reports_read, summary.reports_rejected) == (5, 1)
    errors = (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8")
    assert "duplicate report id 'b'" in errors and f"{src}:2" in errors
