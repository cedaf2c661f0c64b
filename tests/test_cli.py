"""The command line, run as a user would: a subprocess started outside the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
ROOT = DATA.parents[1]


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    # The checkout under test comes first, whatever copy of geoevents is installed.
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "geoevents", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": path})


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    return tmp_path


def test_help_lists_the_commands(elsewhere):
    out = cli("--help", cwd=elsewhere).stdout
    for cmd in ("geocode", "gazetteer", "parse", "evaluate", "run", "map"):
        assert cmd in out


def test_geocode_from_another_directory(elsewhere):
    res = cli("geocode", "Shujaiyya", cwd=elsewhere)
    assert res.returncode == 0
    assert "Shejaia" in res.stdout and "31.50056" in res.stdout


def test_geocode_json_and_errors(elsewhere):
    res = cli("geocode", "Gaza", "-n", "3", "--json", cwd=elsewhere)
    rows = json.loads(res.stdout)
    assert [r["class"] for r in rows][:2] == ["strip", "city"]
    assert cli("geocode", "Qwxzvvv", cwd=elsewhere).returncode == 1
    assert cli("geocode", "Gaza", "-n", "0", cwd=elsewhere).returncode == 2
    bad = cli("geocode", "   ", cwd=elsewhere)
    assert bad.returncode == 2 and "empty" in bad.stderr
    far = cli("reverse", "0", "0", cwd=elsewhere)
    assert far.returncode == 1 and "more than 10 km" in far.stderr
    near = cli("reverse", "31.5", "34.47", "--json", cwd=elsewhere)
    assert json.loads(near.stdout)["raw"]["in_strip"]


def test_gazetteer_commands(elsewhere):
    assert "Jabalia Camp" in cli("gazetteer", "list", "--class", "camp", cwd=elsewhere).stdout
    shown = json.loads(cli("gazetteer", "show", "neighbourhood:shujaiyya", "--json",
                           cwd=elsewhere).stdout)
    assert shown["name"] == "Shejaia" and shown["governorate"] == "Gaza"
    assert "Khan Younis" in cli("gazetteer", "search", "Khan Younes", cwd=elsewhere).stdout


def test_parse_txt_and_jsonl(elsewhere):
    report = elsewhere / "r1.txt"
    report.write_text("Israeli airstrikes on Khan Younis killed at least 12 people on Monday.",
                      encoding="utf-8")
    table = cli("parse", str(report), "--published", "2024-07-02", cwd=elsewhere)
    assert table.returncode == 0 and "Khan Younis" in table.stdout and "2024-07-01" in table.stdout
    lines = elsewhere / "r.jsonl"
    lines.write_text(json.dumps({"id": "a", "text": report.read_text(), "published":
                                 "2024-07-02"}) + "\n{not json\n", encoding="utf-8")
    res = cli("parse", str(lines), "--json", cwd=elsewhere)
    docs = [json.loads(x) for x in res.stdout.splitlines()]
    assert docs[0]["events"][0]["fatalities"] == 12
    assert "skipped" in res.stderr and res.returncode == 0  # one bad line is named
    assert cli("parse", str(report), "--published", "2024-13-01", cwd=elsewhere).returncode == 2
    missing = cli("parse", "/nonexistent.txt", cwd=elsewhere)  # a usage error, as in run
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_evaluate_prints_scores(elsewhere):
    res = cli("evaluate", str(DATA / "gold_dev.jsonl"), "--json", cwd=elsewhere)
    scores = json.loads(res.stdout)
    assert scores["toponym_f1"] >= 0.95 and scores["non_gaza_event_locations"] == 0


def test_run_with_a_mistyped_input_keeps_the_previous_output(elsewhere):
    (elsewhere / "r.txt").write_text("Airstrikes hit Rafah on Monday.", encoding="utf-8")
    assert cli("run", "r.txt", "--out", "out", "--no-map", cwd=elsewhere).returncode == 0
    before = (elsewhere / "out" / "events.geojson").read_bytes()
    for wrong in ("r.jsonll", "missing.txt"):
        res = cli("run", wrong, "--out", "out", cwd=elsewhere)
        assert res.returncode == 2 and wrong in res.stderr
    assert (elsewhere / "out" / "events.geojson").read_bytes() == before


def test_evaluate_json_of_several_files_is_one_document(elsewhere):
    gold = Path(__file__).resolve().parent / "data" / "gold_dev.jsonl"
    lines = gold.read_text(encoding="utf-8").splitlines()
    (elsewhere / "a.jsonl").write_text(lines[1] + "\n", encoding="utf-8")
    (elsewhere / "b.jsonl").write_text(lines[2] + "\n", encoding="utf-8")
    res = cli("evaluate", "a.jsonl", "b.jsonl", "--json", cwd=elsewhere)
    assert [d["gold"] for d in json.loads(res.stdout)] == ["a.jsonl", "b.jsonl", "all"]


def test_run_rejects_a_size_limit_that_is_not_a_number(elsewhere):
    (elsewhere / "r.txt").write_text("Airstrikes hit Rafah.", encoding="utf-8")
    for bad in ("nan", "inf", "0"):
        res = cli("run", "r.txt", "--out", "o", "--max-report-mb", bad, cwd=elsewhere)
        assert res.returncode == 2 and "positive number" in res.stderr


def test_gazetteer_list_filters_ignore_case_and_name_the_valid_values(capsys):
    from geoevents.cli import main

    assert main(["gazetteer", "list", "--governorate", "rafah", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["governorate"] for r in rows} == {"Rafah"}
    assert main(["gazetteer", "list", "--class", "fortress"]) == 2
    err = capsys.readouterr().err
    assert "--class 'fortress' is not one the gazetteer has" in err and "neighbourhood" in err
    # the names the tool's own reasons use ("the Middle Area") are governorates' names too
    for name in ("Middle Area", "middle area", "Deir el-Balah", "WUSTA"):
        assert main(["gazetteer", "list", "--governorate", name, "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert rows and {r["governorate"] for r in rows} == {"Deir al-Balah"}, name
    assert main(["gazetteer", "list", "--governorate", "Middel"]) == 2
    assert "choose one of Deir al-Balah, Gaza, Khan Younis, North Gaza, Rafah, or another " \
           "of their names" in capsys.readouterr().err


def test_one_exit_code_convention_and_messages_in_words(elsewhere, monkeypatch, capsys):
    from geoevents.cli import main
    from geoevents.cli._exit import EXIT_CODES_HELP

    assert EXIT_CODES_HELP in cli("--help", cwd=elsewhere).stdout
    monkeypatch.chdir(elsewhere)
    (elsewhere / "r.txt").write_text("Airstrikes hit Rafah on Monday.", encoding="utf-8")
    (elsewhere / "afile").write_text("mine", encoding="utf-8")
    (elsewhere / "cut.jsonl").write_text('{"id": "a", "text": "Airstrikes hit\n',
                                         encoding="utf-8")
    (elsewhere / "empty").mkdir()
    cases = {  # command line: exit code, what stderr says
        # 1: nothing could be done, whichever command
        ("parse", "cut.jsonl"): (1, "no report could be read"),
        ("run", "cut.jsonl", "--out", "o"): (1, "no report could be read"),
        ("map", "empty", "-o", "m.html"): (1, "no report could be read"),
        ("evaluate", "r.txt"): (1, "r.txt:1: not valid JSON"),
        # 2: the command line cannot be carried out as written; no raw "[Errno 17]"
        ("map", "afile.geojson", "-o", "m.html"): (2, "no such file"),
        ("evaluate", "nope.jsonl"): (2, "nope.jsonl: no such file or directory"),
        ("run", "r.txt", "--out", "afile"): (2, "--out afile: is a file, not a directory"),
        ("run", "r.txt", "--out", "afile/x"): (2, "afile is a file, not a directory"),
        ("map", "r.txt", "-o", "empty"): (2, "-o empty: is a directory"),
    }
    for argv, (code, said) in cases.items():
        got = main(list(argv))
        err = capsys.readouterr().err
        assert (got, said in err, "Errno" in err) == (code, True, False), (argv, err)
    assert (elsewhere / "afile").read_text(encoding="utf-8") == "mine"
    assert list((elsewhere / "empty").iterdir()) == []
    # a truncated line is said to be cut off, not to hold a control character
    main(["parse", "cut.jsonl"])
    assert "the line ends inside the string" in capsys.readouterr().err
    # 0: done, a skipped record named in a warning, in parse and map as in run
    (elsewhere / "two.jsonl").write_text(
        '{"id": "a", "text": "Airstrikes hit Rafah."}\n{"id": "b", "text": \n',
        encoding="utf-8")
    for argv in (["parse", "two.jsonl"], ["map", "two.jsonl", "-o", "m.html"]):
        assert main(argv) == 0
        assert "skipped two.jsonl:2: malformed JSON" in capsys.readouterr().err
    assert main(["run", "two.jsonl", "--out", "o", "--no-map"]) == 0
    assert "1 record(s) rejected" in capsys.readouterr().err
    assert '"line":2' in (elsewhere / "o" / "errors.jsonl").read_text(encoding="utf-8")


def test_reverse_says_where_the_point_is_apart_from_the_places_address(capsys):
    from geoevents.cli import main

    # just off the coast: the nearest place is in the Strip, the point is not
    assert main(["reverse", "31.3666", "34.2543"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Kfar Yam (former settlement), Khan Younis Governorate, Gaza Strip")
    assert out.rstrip().endswith("the point itself is outside the Strip)")
    assert main(["reverse", "31.5006", "34.47"]) == 0
    assert "the point is in the Strip, in Gaza Governorate)" in capsys.readouterr().out
    # outside, the nearest place on either side of the fence, as the help says
    assert main(["reverse", "40.7", "-74.0"]) == 0
    assert capsys.readouterr().out.startswith("New York  (")
    with pytest.raises(SystemExit):
        main(["reverse", "--help"])
    assert "on either side of the fence" in capsys.readouterr().out


def test_evaluate_errors_are_told_in_words(tmp_path, capsys):
    from geoevents.cli import main
    from geoevents.cli.evaluate_cmd import describe_miss

    gold = {"date": "2024-09-11", "place": "Nuseirat", "type": "Battles", "fatalities": 34}
    assert [describe_miss(m) for m in [
        {"report": "r", "missed_toponym": "Wadi Gazi"},
        {"report": "r", "far_toponym": "Deir Al Balah", "got": "Deir al-Balah", "km": 1.19},
        {"report": "r", "spurious_event": {**gold, "fatalities": None, "confidence": 0.9}},
        {"report": "r", "missed_event": {**gold, "date": None}},
        {"report": "r", "wrong_count": gold, "got": None},
        {"report": "r", "event": gold, "got": [("2024-09-11", "Gaza Strip"), (None, "Rafah")]},
    ]] == [
        'r: missed toponym "Wadi Gazi"',
        'r: far toponym "Deir Al Balah": placed at Deir al-Balah, 1.19 km from the gold point',
        "r: spurious event: 2024-09-11 Battles at Nuseirat (confidence 0.9)",
        "r: missed event: undated Battles at Nuseirat (34 dead)",
        "r: wrong count: 2024-09-11 Battles at Nuseirat (34 dead); predicted no count",
        "r: misplaced or misdated: 2024-09-11 Battles at Nuseirat (34 dead); predicted "
        "2024-09-11 at Gaza Strip; undated at Rafah"]
    lines = (DATA / "gold_heldout.jsonl").read_text(encoding="utf-8").splitlines()[:3]
    (tmp_path / "g.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["evaluate", str(tmp_path / "g.jsonl"), "--errors"]) == 0
    misses = [x for x in capsys.readouterr().out.splitlines() if x.startswith("    ")]
    assert misses and not [x for x in misses if "{" in x or "('" in x]
    assert main(["evaluate", str(tmp_path / "g.jsonl"), "--errors", "--json"]) == 0
    assert isinstance(json.loads(capsys.readouterr().out)["misses"][0], dict)  # JSON stays


def test_every_option_and_argument_has_help():
    import argparse

    from geoevents.cli import build_parser

    def without_help(parser, name):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub, subparser in action.choices.items():
                    yield from without_help(subparser, f"{name} {sub}")
            elif not action.help and not isinstance(action, argparse._HelpAction):
                yield f"{name} {'/'.join(action.option_strings) or action.dest}"

    assert list(without_help(build_parser(), "geoevents")) == []
