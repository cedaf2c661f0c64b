from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import pytest

from geoevents import batch
from geoevents.batch import run
from geoevents.cli import run_cmd
from geoevents.errors import OptionError, ParserCrashError, ReportFormatError
from geoevents.io import read_events, read_jsonl
from geoevents.testing import KeywordParser, assert_events_equal, load_places_csv

ROOT = Path(__file__).resolve().parents[1]
PLACES_CSV = ROOT / "gazetteer" / "sources" / "gaza_places.csv"
CORPUS = ROOT.parent / "shared" / "corpus" / "reports.jsonl"

GOOD = [
    {"id": "g1", "text": "An airstrike hit a house in Rafah, killing at least 5 people.",
     "published": "2024-06-29"},
    {"id": "g2", "text": "Fighting continued in Jabalia. Families fled.", "source": "UN"},
]


def _copies(records: list[dict], n: int) -> list[dict]:
    """``n`` copies of the records, each with its own report id (ids must be unique)."""
    return [dict(r, id=f"{r['id']}-{k}") for k in range(n) for r in records]


@pytest.fixture(scope="module")
def parser():
    if not PLACES_CSV.exists():
        pytest.skip(f"gazetteer source table missing: {PLACES_CSV}")
    return KeywordParser(load_places_csv(str(PLACES_CSV)))


def _jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def bad_inputs(tmp_path):
    """Every kind of bad input in one tree, plus good records around them."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_bytes(
        json.dumps(GOOD[0]).encode() + b"\n"
        b'{"id": "broken", "text": "unterminated\n'
        b'{"id": "notext", "body": "no text field"}\n'
        + json.dumps(GOOD[1]).encode() + b"\n"
    )
    (src / "b_latin1.txt").write_bytes("Frappe a\xe9rienne \u00e0 Rafah".encode("latin-1"))
    (src / "c_empty.txt").write_bytes(b"")
    (src / "d_binary.txt").write_bytes(bytes(range(256)) * 4)
    (src / "e_huge.txt").write_bytes(b"Airstrike in Rafah. " * (1024 * 1024))  # 20 MB
    (src / "f_good.txt").write_text("Shelling hit Rafah.", encoding="utf-8")
    sub = src / "sub"
    sub.mkdir()
    # Unreadable entries: tests run as root, so chmod 000 would not stop the reader; a
    # dangling symlink and a FIFO cannot be read by anyone.
    os.symlink(src / "gone.txt", sub / "g_dangling.txt")
    os.mkfifo(sub / "h_fifo.txt")
    return src


EXPECTED_REASONS = {
    ("a.jsonl", 2): "malformed JSON",
    ("a.jsonl", 3): "missing required field 'text'",
    ("b_latin1.txt", None): "not valid UTF-8",
    ("c_empty.txt", None): "empty file",
    ("d_binary.txt", None): "binary file",
    ("e_huge.txt", None): "over the limit",
    ("g_dangling.txt", None): "dangling symlink",
    ("h_fifo.txt", None): "not a regular file (FIFO)",
}


def test_bad_input_in_one_run(tmp_path, bad_inputs, parser):
    out = tmp_path / "out"
    summary = run(bad_inputs, out, formats=["geojson", "gpkg", "parquet", "csv"],
                  parse_fn=parser, map=False)
    errors = read_jsonl(out / "errors.jsonl")
    got = {(Path(e["file"]).name, e["line"]): e["reason"] for e in errors}
    assert set(got) == set(EXPECTED_REASONS)
    for key, fragment in EXPECTED_REASONS.items():
        assert fragment in got[key], (key, got[key])
    assert summary.reports_rejected == len(EXPECTED_REASONS)
    assert summary.reports_read == 3
    ids = {e.report_id for e in (parser(**_kw(r)).events[0] for r in GOOD)}
    events = read_events(out / "events.geojson")
    assert set(events["report_id"]) == ids | {"f_good"}
    for name in ("events.gpkg", "events.parquet", "events.csv"):
        assert_events_equal(read_events(out / name), events)
    mentions = read_jsonl(out / "mentions.jsonl")
    assert {m["report_id"] for m in mentions} == {"g1", "g2", "f_good"}
    assert summary.events == len(events)
    assert summary.events_by_type["Explosions/Remote violence"] == 2


def _kw(record):
    return {"text": record["text"], "published": record.get("published"),
            "report_id": record["id"], "source": record.get("source")}


def test_strict_raises_and_writes_nothing(tmp_path, bad_inputs, parser):
    out = tmp_path / "out"
    run(_jsonl(tmp_path / "ok.jsonl", GOOD), out, parse_fn=parser, map=False)
    before = (out / "events.geojson").read_bytes()
    with pytest.raises(ReportFormatError, match="a.jsonl:2: malformed JSON"):
        run(bad_inputs, out, parse_fn=parser, strict=True, map=False)
    assert (out / "events.geojson").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == [
        ".geoevents-outputs.json", "errors.jsonl", "events.geojson", "mentions.jsonl"]


def test_crash_mid_run_keeps_previous_outputs(tmp_path, parser):
    out = tmp_path / "out"
    src = _jsonl(tmp_path / "in.jsonl", _copies(GOOD, 50))
    run(src, out, formats=["geojson", "parquet"], parse_fn=parser, map=False)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = []

    def dies(text, **kw):
        calls.append(1)
        if len(calls) == 60:
            raise KeyboardInterrupt
        return parser(text, **kw)

    with pytest.raises(KeyboardInterrupt):
        run(src, out, formats=["geojson", "parquet"], parse_fn=dies, map=False)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_writer_failing_at_the_end_keeps_every_previous_output(tmp_path, parser,
                                                                monkeypatch):
    # GeoJSON is finished first; the CSV writer then fails: neither may be replaced.
    from geoevents.io.csv import CSVWriter

    out = tmp_path / "out"
    src = _jsonl(tmp_path / "in.jsonl", _copies(GOOD, 20))
    run(src, out, formats=["geojson", "csv"], parse_fn=parser, map=False)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(self):
        raise OSError("disk full")

    monkeypatch.setattr(CSVWriter, "_finish", broken)
    with pytest.raises(OSError, match="disk full"):
        run(_jsonl(tmp_path / "in2.jsonl", _copies(GOOD, 5)), out,
            formats=["geojson", "csv"], parse_fn=parser, map=False)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_record_the_parser_refuses_is_a_rejected_record(tmp_path, parser):
    def strict_dates(text, **kw):
        if "Jabalia" in text:
            raise ReportFormatError("published='soon' is not an ISO date (YYYY-MM-DD)")
        return parser(text, **kw)

    out = tmp_path / "out"
    summary = run(_jsonl(tmp_path / "in.jsonl", GOOD), out, parse_fn=strict_dates, map=False)
    assert (summary.reports_read, summary.reports_rejected, summary.reports_crashed) == (1, 1, 0)
    (err,) = read_jsonl(out / "errors.jsonl")
    assert err["report_id"] == "g2" and err["line"] == 2
    assert err["reason"].startswith("parse failed: ReportFormatError: published='soon'")
    assert "traceback" not in err


def _crashes_on_jabalia(parser):
    def flaky(text, **kw):
        if "Jabalia" in text:
            raise KeyError("a bug in the parser")
        return parser(text, **kw)
    return flaky


@pytest.mark.parametrize("workers", [1, 2])
def test_a_parser_crash_is_told_apart_from_bad_input(tmp_path, parser, workers):
    out = tmp_path / "out"
    summary = run(_jsonl(tmp_path / "in.jsonl", GOOD), out, parse_fn=_crashes_on_jabalia(parser),
                  map=False, workers=workers)
    assert (summary.reports_read, summary.reports_rejected, summary.reports_crashed) == (1, 1, 1)
    assert summary.events > 0  # the good report still comes out
    (err,) = read_jsonl(out / "errors.jsonl")
    assert err["report_id"] == "g2" and err["crash"] is True
    assert err["reason"] == "parser crashed: KeyError: 'a bug in the parser'"
    assert "Traceback" in err["traceback"] and "KeyError" in err["traceback"]
    assert "1 by a parser crash" in summary.format()


def test_strict_stops_on_a_parser_crash_with_its_traceback(tmp_path, parser):
    with pytest.raises(ParserCrashError, match=r"in\.jsonl:2: parser crashed.*\nTraceback"):
        run(_jsonl(tmp_path / "in.jsonl", GOOD), tmp_path / "out",
            parse_fn=_crashes_on_jabalia(parser), map=False, strict=True)
    assert not (tmp_path / "out" / "events.geojson").exists()


def test_the_cli_exits_3_when_the_parser_crashed(tmp_path, parser, monkeypatch, capsys):
    monkeypatch.setattr(batch, "default_parse", lambda: _crashes_on_jabalia(parser))
    src = _jsonl(tmp_path / "in.jsonl", GOOD)
    assert _cli(["run", str(src), "--out", str(tmp_path / "out"), "--no-map"]) == 3
    assert "the parser crashed on 1 report(s)" in capsys.readouterr().err
    assert (tmp_path / "out" / "events.geojson").exists()
    assert _cli(["run", str(src), "--out", str(tmp_path / "s"), "--no-map", "--strict"]) == 3


def test_deterministic_across_runs_and_workers(tmp_path, parser):
    texts = [json.loads(line)["text"] for line in CORPUS.open()] if CORPUS.exists() else []
    records = _copies(GOOD, 20) + [{"id": f"c{i}", "text": t} for i, t in enumerate(texts)]
    src = _jsonl(tmp_path / "in.jsonl", records)
    outs = []
    for i, workers in enumerate((1, 1, 2)):
        out = tmp_path / f"out{i}"
        run(src, out, formats=["geojson", "csv"], workers=workers, parse_fn=parser,
            map=False, chunksize=3)
        outs.append(out)
    for name in ("events.geojson", "events.csv", "mentions.jsonl"):
        data = [(o / name).read_bytes() for o in outs]
        assert data[0] == data[1] == data[2], name
    assert len(read_events(outs[0] / "events.geojson")) > 0


def test_options_are_checked(tmp_path):
    with pytest.raises(OptionError, match="choose one of local, dask"):
        run([], tmp_path, engine="spark")
    with pytest.raises(OptionError, match="choose one of geojson"):
        run([], tmp_path, formats=["kml"])
    for bad in (-5, 0, 2.5, "5"):
        with pytest.raises(OptionError, match=f"max_report_bytes={bad!r} is not valid"):
            run([], tmp_path / "never", max_report_bytes=bad)
    assert not (tmp_path / "never").exists()


def test_an_output_path_that_is_a_file_is_refused_in_words(tmp_path):
    from geoevents.errors import ExportError

    (tmp_path / "afile").write_text("mine")
    with pytest.raises(ExportError, match="afile: is a file, not a directory"):
        run([], tmp_path / "afile")
    assert (tmp_path / "afile").read_text() == "mine"


def _cli(argv):
    parser = argparse.ArgumentParser(prog="geoevents")
    run_cmd.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return args.func(args)


def test_cli_exit_codes(tmp_path, bad_inputs, parser, monkeypatch, capsys):
    monkeypatch.setattr(batch, "default_parse", lambda: parser)
    out = tmp_path / "out"
    code = _cli(["run", str(bad_inputs), "--out", str(out), "--format", "parquet",
                 "--no-map"])
    captured = capsys.readouterr()
    assert code == 0
    assert f"warning: {len(EXPECTED_REASONS)} record(s) rejected" in captured.err
    assert "reports read:     3" in captured.out
    assert "events by governorate:" in captured.out
    assert (out / "events.parquet").exists()
    code = _cli(["run", str(bad_inputs), "--out", str(tmp_path / "s"), "--strict", "--no-map"])
    assert code == 1
    assert "malformed JSON" in capsys.readouterr().err
    small = tmp_path / "small.txt"
    small.write_text("Airstrike in Rafah. " * 100)  # 2,000 bytes
    code = _cli(["run", str(small), "--out", str(tmp_path / "m"), "--no-map",
                 "--max-report-mb", "0.001"])
    assert code == 1  # its only report was rejected: nothing could be read or written
    assert "over the limit of 1,048 bytes" in capsys.readouterr().err
    assert not (tmp_path / "m" / "errors.jsonl").exists()


def test_map_is_optional(tmp_path, parser):
    out = tmp_path / "out"
    summary = run(_jsonl(tmp_path / "in.jsonl", GOOD), out, parse_fn=parser, map=True)
    try:
        import geoevents.render as render

        has_renderer = hasattr(render, "render_map") and hasattr(render, "save_map")
    except ImportError:
        has_renderer = False
    if has_renderer:
        assert (out / "map.html").exists() or any("map failed" in w for w in summary.warnings)
    else:
        assert not (out / "map.html").exists()
        assert any("map skipped" in w for w in summary.warnings)


@pytest.mark.parametrize("formats", [["geojson"], ["parquet"], ["csv"], ["gpkg"]])
def test_the_map_reads_the_events_back_in_batches(tmp_path, parser, monkeypatch, formats):
    pytest.importorskip("folium")
    from geoevents.io import chunks
    from geoevents.render import render_map, save_map

    monkeypatch.setattr(chunks, "BATCH_ROWS", 2)
    sizes = []
    monkeypatch.setattr(chunks, "iter_event_frames", _spy(chunks.iter_event_frames, sizes))
    out = tmp_path / "out"
    summary = run(_jsonl(tmp_path / "in.jsonl", _copies(GOOD, 3)), out, formats=formats,
                  parse_fn=parser, map=True)
    assert summary.events > 2 and set(sizes[:-1]) == {2} and sum(sizes) == summary.events
    whole = save_map(render_map(read_events(summary.outputs[formats[0]]), offline=True),
                     tmp_path / "whole.html")
    assert (out / "map.html").read_bytes() == whole.read_bytes()


def _spy(read, sizes: list):
    def reading(*args, **kwargs):
        for frame in read(*args, **kwargs):
            sizes.append(len(frame))
            yield frame
    return reading


def test_end_to_end_with_the_real_parser(tmp_path, seed_jsonl):
    from geoevents import parse

    outs = []
    for i in range(2):
        out = tmp_path / f"out{i}"
        summary = run(seed_jsonl, out, formats=["geojson", "parquet"], parse_fn=parse, map=False)
        assert summary.reports_read == 1 and summary.reports_rejected == 0
        outs.append(out)
    assert (outs[0] / "events.geojson").read_bytes() == (outs[1] / "events.geojson").read_bytes()
    events = read_events(outs[0] / "events.geojson")
    assert_events_equal(events, read_events(outs[0] / "events.parquet"))
    assert events["event_id"].is_unique


def test_strict_with_a_process_pool(tmp_path, parser):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in _copies(GOOD, 40)) + "{oops\n")
    with pytest.raises(ReportFormatError, match=r"in.jsonl:81: malformed JSON"):
        run(src, tmp_path / "out", workers=2, strict=True, parse_fn=parser, map=False,
            chunksize=4)
    assert list((tmp_path / "out").iterdir()) == []


def test_stdin_input(tmp_path, parser, monkeypatch):
    import io
    import sys

    data = "".join(json.dumps(r) + "\n" for r in GOOD).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    summary = run("-", tmp_path / "out", parse_fn=parser, map=False)
    assert summary.reports_read == 2


def test_duplicate_report_ids_are_rejected(tmp_path, parser):
    src = _jsonl(tmp_path / "in.jsonl", [GOOD[0], GOOD[0]])
    summary = run(src, tmp_path / "out", parse_fn=parser, map=False)
    assert (summary.reports_read, summary.reports_rejected) == (1, 1)
    errors = [json.loads(x) for x in (tmp_path / "out" / "errors.jsonl").open()]
    assert errors[0]["line"] == 2 and "duplicate report id 'g1'" in errors[0]["reason"]


def test_events_of_reports_tells_what_it_skipped(tmp_path):
    from geoevents.batch import events_of_reports

    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "On 26 May, an airstrike hit Rafah.", '
                   '"published": "2024-05-27"}\nnot json\n', encoding="utf-8")
    skipped: list[str] = []
    events = events_of_reports(src, on_skip=skipped.append)
    assert [e.location for e in events] == ["Rafah"]
    assert len(skipped) == 1 and ":2" in skipped[0]


def test_a_scheduler_address_sends_the_run_to_dask(monkeypatch, tmp_path):
    import geoevents.dask_engine as dask_engine
    from geoevents import batch

    called = {}

    def fake_run_dask(inputs, out, **kw):
        called.update(kw)
        return batch.RunSummary(engine="dask")

    monkeypatch.setattr(dask_engine, "run_dask", fake_run_dask)
    batch.run([], tmp_path / "out", scheduler="tcp://127.0.0.1:1", map=False)
    assert called["scheduler"] == "tcp://127.0.0.1:1"


def test_a_date_for_reports_that_give_none(tmp_path, parser):
    src = tmp_path / "a.txt"
    src.write_text("An airstrike hit a house in Rafah on Saturday, killing five people.")
    dated = _jsonl(tmp_path / "b.jsonl", [{"id": "b", "text": src.read_text(),
                                           "published": "2024-05-01"}])
    run([src, dated], tmp_path / "out", published="2024-06-30", map=False)
    features = json.loads((tmp_path / "out" / "events.geojson").read_text())["features"]
    got = {f["properties"]["report_id"]: f["properties"]["event_date"] for f in features}
    assert got == {"a": "2024-06-29", "b": "2024-04-27"}  # each against its own date
    with pytest.raises(OptionError, match="published='June 30' is not an ISO date"):
        run([src], tmp_path / "never", published="June 30")


def test_cli_refuses_contradictory_engines_and_says_when_nothing_was_read(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("Shelling hit Rafah.")
    assert _cli(["run", str(src), "--out", str(tmp_path / "o"), "--engine", "local",
                 "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "cannot go with --engine local" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert _cli(["run", str(empty), "--out", str(tmp_path / "e"), "--no-map"]) == 1
    assert "no report could be read" in capsys.readouterr().err


def test_cli_names_the_missing_dask_extra(tmp_path, monkeypatch, capsys):
    def no_dask(*args, **kwargs):
        raise ImportError("distributed is required for this feature "
                          "(pip install 'geoevents[dask]')")

    monkeypatch.setattr(batch, "run", no_dask)
    src = tmp_path / "a.txt"
    src.write_text("Shelling hit Rafah.")
    assert _cli(["run", str(src), "--out", str(tmp_path / "o"), "--engine", "dask"]) == 2
    assert "pip install 'geoevents[dask]'" in capsys.readouterr().err


def test_the_output_directory_holds_one_run(tmp_path, parser):
    src = _jsonl(tmp_path / "in.jsonl", GOOD)
    out = tmp_path / "out"
    run(src, out, formats=["geojson", "csv"], parse_fn=parser, map=True, incidents=True)
    # what a run killed outright leaves behind
    (out / ".events.gpkg.k3j2.tmp.gpkg").write_bytes(b"half")
    (out / ".events.parquet.old-77").mkdir()
    (out / "notes.txt").write_text("mine")
    summary = run(src, out, parse_fn=parser, map=False)
    assert sorted(p.name for p in out.iterdir()) == \
        [".geoevents-outputs.json", "errors.jsonl", "events.geojson", "mentions.jsonl",
         "notes.txt"]
    assert summary.warnings == [f"removed {name}, an earlier run's output"
                                for name in ("events.csv", "map.html", "incidents.geojson")]


def test_a_run_removes_only_what_an_earlier_run_recorded(tmp_path, parser):
    src = _jsonl(tmp_path / "in.jsonl", GOOD)
    desk = tmp_path / "mydesk"
    desk.mkdir()
    (desk / "events.csv").write_text("notes\n")
    (desk / "map.html").write_text("<html>\n")
    summary = run(src, desk, parse_fn=parser, map=False)
    # the user's files of the names a run writes are theirs: left, and said to be left
    assert (desk / "events.csv").read_text() == "notes\n"
    assert (desk / "map.html").read_text() == "<html>\n"
    assert summary.warnings == [
        f"left {name} in place: no earlier run recorded writing it, so it may be yours; "
        "it is not this run's output" for name in ("events.csv", "map.html")]
    recorded = json.loads((desk / ".geoevents-outputs.json").read_text())["outputs"]
    assert sorted(recorded) == ["errors.jsonl", "events.geojson", "mentions.jsonl"]
    # a run's own output, recorded, is removed by a later run that does not write it ...
    run(src, desk, formats=["geojson", "parquet"], parse_fn=parser, map=False)
    assert run(src, desk, parse_fn=parser, map=False).warnings[0] == \
        "removed events.parquet, an earlier run's output"
    # ... unless it changed after that run wrote it
    run(src, desk, formats=["geojson", "csv"], parse_fn=parser, map=False)
    (desk / "events.csv").write_text("edited by hand\n")
    summary = run(src, desk, parse_fn=parser, map=False)
    assert (desk / "events.csv").read_text() == "edited by hand\n"
    assert "left events.csv in place: it changed after the run that wrote it; it is not " \
           "this run's output" in summary.warnings


def test_a_directory_of_an_older_version_keeps_its_files(tmp_path, parser):
    src = _jsonl(tmp_path / "in.jsonl", GOOD)
    out = tmp_path / "out"
    run(src, out, formats=["geojson", "csv"], parse_fn=parser, map=False)
    (out / ".geoevents-outputs.json").unlink()  # as a version that kept no record left it
    summary = run(src, out, parse_fn=parser, map=False)
    assert (out / "events.csv").exists()
    assert [w.split(":")[0] for w in summary.warnings] == ["left events.csv in place"]
    (out / ".geoevents-outputs.json").write_text("{not json")  # a record that is unreadable
    assert (out / "events.csv").exists() and \
        run(src, out, parse_fn=parser, map=False).warnings[0].startswith("left events.csv")


def test_a_strict_failure_leaves_the_earlier_run_whole(tmp_path, bad_inputs, parser):
    out = tmp_path / "out"
    run(_jsonl(tmp_path / "in.jsonl", GOOD), out, formats=["geojson", "csv"], parse_fn=parser,
        map=False)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(ReportFormatError):
        run(bad_inputs, out, parse_fn=parser, map=False, strict=True)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_parse_reports_yields_each_parse_or_the_reason_it_has_none(tmp_path):
    from geoevents.batch import parse_reports
    from geoevents.io import RejectedRecord

    src = _jsonl(tmp_path / "in.jsonl", [
        GOOD[0], {"id": "late", "text": "Shelling hit Rafah.", "published": "soon"},
        {"id": "plain", "text": "An airstrike hit Jabalia on Saturday, killing three."}])
    items = list(parse_reports(src, published="2024-06-30"))
    assert [type(i).__name__ for i in items] == ["tuple", "RejectedRecord", "tuple"]
    assert isinstance(items[1], RejectedRecord) and items[1].report_id == "late"
    assert "published='soon' is not an ISO date" in items[1].reason
    report, doc = items[2]
    assert doc.report_id == "plain" and [e.event_date for e in doc.events] == ["2024-06-29"]

    def crashing(text, **kw):
        raise KeyError("bug")

    with pytest.raises(KeyError):  # a crash is not passed off as bad input
        list(parse_reports(src, parse_fn=crashing))


def test_min_confidence_keeps_the_confident_events_on_every_engine_path(tmp_path):
    from geoevents import parse

    src = ROOT / "examples" / "reports.jsonl"
    full = read_events(run(src, tmp_path / "all", parse_fn=parse, map=False)
                       .outputs["geojson"])
    cut = float(full["confidence"].median())
    wanted = set(full.loc[full["confidence"] >= cut, "event_id"])
    assert 0 < len(wanted) < len(full)
    for workers in (1, 2):  # the cut must travel into worker processes
        out = tmp_path / f"cut{workers}"
        summary = run(src, out, parse_fn=parse, map=False, workers=workers,
                      min_confidence=cut)
        kept = read_events(out / "events.geojson")
        assert set(kept["event_id"]) == wanted
        assert summary.events == len(wanted)
    # 0, the default, is everything
    zero = read_events(run(src, tmp_path / "zero", parse_fn=parse, map=False,
                           min_confidence=0).outputs["geojson"])
    assert len(zero) == len(full)


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan"), "0.7", True])
def test_min_confidence_must_lie_between_0_and_1(tmp_path, bad):
    with pytest.raises(ValueError, match="min_confidence must be a number from 0 to 1"):
        run([], tmp_path / "never", min_confidence=bad)
    assert not (tmp_path / "never").exists()


def test_cli_min_confidence_out_of_range_is_a_usage_error(tmp_path, capsys):
    src = _jsonl(tmp_path / "in.jsonl", GOOD)
    assert _cli(["run", str(src), "--out", str(tmp_path / "o"), "--min-confidence", "2"]) == 2
    assert "--min-confidence must be a number from 0 to 1" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("inputs", ["empty", "others", "itself"])
def test_a_run_that_reads_no_report_writes_nothing(tmp_path, parser, inputs):
    from geoevents.errors import NoReportsError

    out = tmp_path / "out"
    out.mkdir()
    src = _jsonl(out / "in.jsonl", GOOD)  # a good run first, its input in its output folder
    run(src, out, parse_fn=parser, map=False)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    folder = {"empty": tmp_path / "empty", "others": tmp_path / "others", "itself": out}[inputs]
    folder.mkdir(exist_ok=True)
    if inputs == "others":
        for name in ("a.json", "b.md"):
            (folder / name).write_text("{}")
    with pytest.raises(NoReportsError, match="no report could be read, so nothing was "
                                             "written") as caught:
        run(folder, out, parse_fn=parser, map=False)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    why = {"empty": "the input holds no report",
           "others": "skipped 2 files that are not .txt, .jsonl or .ndjson: "
                     f"{folder / 'a.json'}, {folder / 'b.md'}",
           "itself": f"did not read {out}: the output directory is never read as input"}
    assert str(caught.value).splitlines()[1:] == [f"  {why[inputs]}"]


def test_a_run_names_the_files_of_a_folder_it_did_not_read(tmp_path, parser):
    src = tmp_path / "in"
    src.mkdir()
    _jsonl(src / "a.ndjson", GOOD)
    (src / "notes.md").write_text("mine")
    summary = run(src, tmp_path / "out", parse_fn=parser, map=False)
    assert summary.reports_read == 2
    assert summary.warnings == [
        f"skipped 1 file that is not .txt, .jsonl or .ndjson: {src / 'notes.md'}"]


def test_cli_says_no_report_could_be_read_and_keeps_the_outputs(tmp_path, parser,
                                                                monkeypatch, capsys):
    monkeypatch.setattr(batch, "default_parse", lambda: parser)
    out = tmp_path / "out"
    assert _cli(["run", str(_jsonl(tmp_path / "in.jsonl", GOOD)), "--out", str(out),
                 "--no-map"]) == 0
    before = (out / "events.geojson").read_bytes()
    (tmp_path / "empty").mkdir()
    capsys.readouterr()
    assert _cli(["run", str(tmp_path / "empty"), "--out", str(out), "--no-map"]) == 1
    assert "no report could be read" in capsys.readouterr().err
    assert (out / "events.geojson").read_bytes() == before
    # every record crashed the parser: nothing is written, and the traceback is told
    monkeypatch.setattr(batch, "default_parse",
                        lambda: _crashes_on_jabalia(lambda text, **kw: 1 / 0))
    assert _cli(["run", str(_jsonl(tmp_path / "j.jsonl", [GOOD[1]])), "--out", str(out),
                 "--no-map"]) == 3
    err = capsys.readouterr().err
    assert "1 record(s) rejected, 1 by a parser crash:" in err and "Traceback" in err
    assert (out / "events.geojson").read_bytes() == before


def test_what_min_confidence_keeps_is_told_one_way(capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for figure in ("1,539", "1,775", "0.703", "0.743"):  # the README's held-out measure
        assert figure in readme and figure in run.__doc__, figure
    with pytest.raises(SystemExit):
        _cli(["run", "--help"])
    helptext = " ".join(capsys.readouterr().out.split())
    said = helptext[helptext.index("--min-confidence P"):]
    assert "Accuracy section" in said and "sixth" not in said


def _mixed_records(path: Path) -> Path:
    """Good reports with every kind of bad record between them: one the reader rejects,
    one it rejects for its date, a duplicate id, and one the parser crashes on."""
    path.write_text(
        json.dumps(GOOD[0]) + "\n"
        + json.dumps({"id": "late", "text": "Shelling hit Rafah.", "published": "2024-13-45"})
        + "\n" + json.dumps(GOOD[1]) + "\n"  # Jabalia: the parser crashes
        + "not json\n"
        + json.dumps({"id": "g1", "text": "Shelling hit Rafah again."}) + "\n"
        + json.dumps({"id": "g3", "text": "An airstrike hit Khan Younis."}) + "\n",
        encoding="utf-8")
    return path


@pytest.mark.parametrize("workers", [1, 2])
def test_errors_are_written_in_input_order_whatever_the_workers(tmp_path, parser, workers):
    # Parsing runs ahead of the writing: a record rejected on reading must still wait for
    # the parse of the reports before it, or errors.jsonl comes out of order.
    out = tmp_path / "out"
    summary = run(_mixed_records(tmp_path / "in.jsonl"), out, workers=workers, chunksize=1,
                  parse_fn=_crashes_on_jabalia(parser), map=False)
    errors = read_jsonl(out / "errors.jsonl")
    assert [e["line"] for e in errors] == [2, 3, 4, 5]
    assert errors[0]["reason"].startswith("published='2024-13-45' is not an ISO date")
    assert errors[1].get("crash") is True and "duplicate report id 'g1'" in errors[3]["reason"]
    assert (summary.reports_read, summary.reports_rejected, summary.reports_crashed) == (2, 4, 1)


def test_a_run_says_which_reports_it_read_with_characters_replaced(tmp_path, parser):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "n", "text": "Shelling hit Rafah.\\u0000 Two were killed."}\n'
                   + json.dumps(GOOD[0]) + "\n", encoding="utf-8")
    summary = run(src, tmp_path / "out", formats=["geojson", "csv"], parse_fn=parser,
                  map=False)
    assert summary.warnings == [
        f"1 report was read with characters replaced, to keep the outputs writable: {src}:1 "
        "(1 control character (U+0000) replaced by a space)"]
    assert "\x00" not in (tmp_path / "out" / "events.csv").read_text(encoding="utf-8")
