"""A trigger row that never matches changes nothing, wherever it stands in the table.

Everything the parser derives from the table (the compiled rows, the prefix indexes, the
evacuation-order rows) is built when the modules are imported, so the row is added the
way an edit of the table would add it: in a fresh interpreter, to the table's module as
soon as it has run and before any module reads it. Output may hang on the order of the
rows only where two rows match at one offset (the earlier row's word is kept); a row
that matches nothing must leave every record as it was.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
from functools import cache
from pathlib import Path

import pytest

from geoevents import parse
from geoevents.sentences import split_sentences
from geoevents.trigger_table import TRIGGER_TABLE
from geoevents.triggers import find_triggers
from geoevents.triggers.sift import ROWS

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "reports.jsonl"
DEV = ROOT / "tests" / "data" / "gold_dev.jsonl"

# Sentences of every family's kind, with near-misses: a walkout at a school, a strike on
# one, and reports where several rows' words meet.
SENTENCES = [
    ("An Israeli airstrike on a school sheltering displaced families in Nuseirat killed 14 "
     "people on Tuesday.", "2024-06-10"),
    ("Teachers at a school in Nuseirat went on strike on Monday over unpaid wages.",
     "2024-06-10"),
    ("Israeli troops shot dead two fishermen off the coast of Deir al-Balah on Friday.",
     "2024-03-02"),
    ("Palestinian fighters clashed with Israeli forces in eastern Khan Younis on Sunday, "
     "while tanks shelled houses in Bureij camp, wounding six people.", "2024-01-15"),
    ("The Israeli army ordered residents of Beit Hanoun to evacuate to the south on "
     "Thursday. Forty aid trucks entered the Strip through the Kerem Shalom crossing on "
     "Wednesday.", "2024-11-08"),
    ("Gunmen abducted an aid worker in Rafah on Monday, and a drone strike on a car in "
     "Jabalia killed three men.", "2024-08-20"),
    # rows the dev split's sentences do not try (see _a_sentence_per_row)
    ("Thousands of displaced families were seen walking south along Salah al-Din Road on "
     "Saturday.", "2023-11-12"),
    ("The army said its troops killed or detained dozens of gunmen in Jabalia camp on "
     "Tuesday.", "2024-05-22"),
    ("Israeli tanks cut off the Indonesian Hospital in Beit Lahia on Monday.", "2023-11-21"),
]

# The child adds ``ROW`` to the table at ``AT`` ("end" or an index) as the table's module
# finishes running, then parses what it is given and prints each record.
_CHILD = r"""
import importlib.machinery, json, sys
from dataclasses import asdict

ROW, AT = json.loads(sys.argv[1])

class _AddRow:
    def find_spec(self, name, path=None, target=None):
        if name != "geoevents.trigger_table":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            rows = list(module.TRIGGER_TABLE)
            rows.insert(len(rows) if AT == "end" else AT, (tuple(ROW[0]), ROW[1], ROW[2]))
            module.TRIGGER_TABLE = tuple(rows)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, _AddRow())
from geoevents import parse
from geoevents.trigger_table import TRIGGER_TABLE
assert any(p == ROW[1] for _, p, _ in TRIGGER_TABLE), "the row was not added"
for text, published in json.load(sys.stdin):
    doc = parse(text, published=published)
    print(json.dumps({"mentions": [asdict(m) for m in doc.mentions],
                      "events": [asdict(e) for e in doc.events]}, sort_keys=True, default=str))
"""


def _reports(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@cache
def _a_sentence_per_row() -> list[tuple[str, str | None]]:
    """For each row, the first sentences of the dev split its pattern matches and that tell
    an event: a row read with another's type or strength changes one of them."""
    found: dict[int, list[tuple[str, str | None]]] = {}
    for report in _reports(DEV):
        text = report["text"]
        for span in split_sentences(text):
            sentence = text[span.start:span.end]
            low = sentence.lower()
            rows = [i for i, row in enumerate(ROWS) if len(found.get(i, ())) < 2 and
                    row.search(low)]
            if rows and find_triggers(sentence):
                for i in rows:
                    found.setdefault(i, []).append((sentence, report.get("published")))
    return [item for i in sorted(found) for item in found[i]]


def _inputs() -> list[tuple[str, str | None]]:
    return [*SENTENCES, *_a_sentence_per_row(),
            *((r["text"], r.get("published")) for r in _reports(EXAMPLES))]


def _records(inputs: list[tuple[str, str | None]]) -> list[str]:
    out = []
    for text, published in inputs:
        doc = parse(text, published=published)
        out.append(json.dumps({"mentions": [asdict(m) for m in doc.mentions],
                               "events": [asdict(e) for e in doc.events]},
                              sort_keys=True, default=str))
    return out


def _records_with_row(inputs: list[tuple[str, str | None]], row: tuple, at: int | str
                      ) -> list[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    done = subprocess.run([sys.executable, "-c", _CHILD, json.dumps([row, at])],
                          input=json.dumps(inputs), capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


@pytest.fixture(scope="module")
def inputs_and_records() -> tuple[list[tuple[str, str | None]], list[str]]:
    inputs = _inputs()
    return inputs, _records(inputs)


def test_every_row_is_tried() -> None:
    """Each row has sentences of its own among the inputs (see _a_sentence_per_row)."""
    texts = [text.lower() for text, _ in [*SENTENCES, *_a_sentence_per_row()]]
    assert len({i for i, row in enumerate(ROWS) for text in texts if row.search(text)}) == \
        len(TRIGGER_TABLE)


def test_the_sentences_code_what_they_tell() -> None:
    """The baseline the rows are checked against: the strike on the school is an air strike
    at Nuseirat, the teachers' walkout at a school no event."""
    strike = parse(*SENTENCES[0]).events
    assert [(e.sub_event_type, e.location, e.fatalities) for e in strike] == \
        [("Air/drone strike", "Nuseirat", 14)]
    assert not parse(*SENTENCES[1]).events


@pytest.mark.parametrize(("row", "at"), [
    # appended, of a violent kind
    ((["Violence against civilians", "Attack"], r"\bzzqqxx\b", 1.0), "end"),
    # in the middle, of another kind and strength, with a prefix that occurs ("school ")
    ((["Explosions/Remote violence", "Air/drone strike"], r"\bschool zzqqxx\b", 0.5),
     len(TRIGGER_TABLE) // 2),
    # first, before every row it could take an offset from
    ((["Strategic developments", "Evacuation order"], r"\bstrike zzqqxx\b", 1.0), 0),
])
def test_a_row_that_never_matches_changes_nothing(
        inputs_and_records: tuple[list[tuple[str, str | None]], list[str]],
        row: tuple, at: int | str) -> None:
    inputs, before = inputs_and_records
    after = _records_with_row(inputs, row, at)
    assert len(after) == len(before)
    changed = [text[:80] for (text, _), a, b in zip(inputs, before, after) if a != b]
    assert changed == []


def test_a_row_added_this_way_is_read(
        inputs_and_records: tuple[list[tuple[str, str | None]], list[str]]) -> None:
    """The check above is no check unless the added row reaches the parser: a first row
    that does match ("school" as an attack) changes the strike on the school."""
    inputs, before = inputs_and_records
    after = _records_with_row(inputs[:1], (["Violence against civilians", "Attack"],
                                           r"\bschool\b", 1.0), 0)
    assert after != before[:1]
