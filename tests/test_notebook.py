"""The exploration notebook runs top to bottom, offline, and is committed stripped.

The notebook is executed once per module in a real kernel (nbclient) with the notebook's
folder as working directory, as Jupyter would. A hidden first cell, added only here,
refuses non-loopback connections inside the kernel, so a cell that reaches for the
network fails instead of passing on a connected machine.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat is in the [test] extra")
nbclient = pytest.importorskip("nbclient", reason="nbclient is in the [test] extra")
pytest.importorskip("ipykernel", reason="ipykernel is in the [test] extra")
pytest.importorskip("matplotlib", reason="matplotlib is in the [test] extra")

from jupyter_client.kernelspec import find_kernel_specs  # noqa: E402  (nbclient dependency)

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore_gaza_events.ipynb"
CHECKER = ROOT / ".ci" / "check_notebooks.py"
KERNEL = "python3"
CELL_TIMEOUT_S = 120
TOTAL_BUDGET_S = 150

_NO_NETWORK = """
import socket as _socket

_connect, _connect_ex = _socket.socket.connect, _socket.socket.connect_ex
_LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def _check(sock, address):
    if sock.family in (_socket.AF_INET, _socket.AF_INET6) and address[0] not in _LOOPBACK:
        raise OSError(f"network access from the notebook is not allowed: {address!r}")


def _guarded_connect(self, address):
    _check(self, address)
    return _connect(self, address)


def _guarded_connect_ex(self, address):
    _check(self, address)
    return _connect_ex(self, address)


_socket.socket.connect, _socket.socket.connect_ex = _guarded_connect, _guarded_connect_ex
"""


def _python3_kernel_dir(tmp: Path) -> Path:
    """A kernelspec named python3 that runs this interpreter, for machines without one."""
    spec = tmp / "kernels" / KERNEL
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    kernel = {"argv": argv, "display_name": "Python 3", "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(kernel), encoding="utf-8")
    return tmp


@pytest.fixture(scope="module")
def executed(tmp_path_factory) -> tuple[nbformat.NotebookNode, float]:
    """The notebook after a full run, and the run's wall time in seconds."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell(_NO_NETWORK))
    with pytest.MonkeyPatch.context() as mp:
        if KERNEL not in find_kernel_specs():
            data_dir = _python3_kernel_dir(tmp_path_factory.mktemp("jupyter"))
            extra = os.environ.get("JUPYTER_PATH")
            mp.setenv("JUPYTER_PATH", os.pathsep.join(filter(None, [str(data_dir), extra])))
        client = nbclient.NotebookClient(
            nb,
            timeout=CELL_TIMEOUT_S,
            kernel_name=KERNEL,
            resources={"metadata": {"path": str(NOTEBOOK.parent)}},
        )
        start = time.perf_counter()
        client.execute()
        elapsed = time.perf_counter() - start
    nb.cells.pop(0)
    return nb, elapsed


def _outputs(nb: nbformat.NotebookNode, marker: str) -> list[dict]:
    """Outputs of the one code cell whose source contains ``marker``."""
    cells = [c for c in nb.cells if c.cell_type == "code" and marker in c.source]
    assert len(cells) == 1, f"expected one cell containing {marker!r}, found {len(cells)}"
    return cells[0].outputs


def _text(outputs: list[dict]) -> str:
    parts = []
    for out in outputs:
        if out["output_type"] == "stream":
            parts.append(out["text"])
        else:
            parts.append(out.get("data", {}).get("text/plain", ""))
    return "\n".join(parts)


def _html(outputs: list[dict]) -> str:
    return "\n".join(out.get("data", {}).get("text/html", "") for out in outputs)


def test_notebook_runs_without_errors_in_budget(executed):
    nb, elapsed = executed
    errors = [out for cell in nb.cells for out in cell.get("outputs", [])
              if out["output_type"] == "error"]
    assert errors == []
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code")
    assert elapsed < TOTAL_BUDGET_S, f"notebook took {elapsed:.1f} s"


def test_reports_are_found_from_the_notebook_folder(executed):
    text = _text(_outputs(executed[0], "REPORTS = find_examples"))
    match = re.search(r"(\d+) reports read, (\d+) rejected", text)
    assert match, text
    expected = sum(1 for line in (ROOT / "examples" / "reports.jsonl").open() if line.strip())
    assert (int(match[1]), int(match[2])) == (expected, 0)


def test_mentions_table_shows_flags(executed):
    outputs = _outputs(executed[0], "mentions = pd.DataFrame(")
    table = _html(outputs)
    for column in ("surface", "place_id", "in_gaza", "governorate"):
        assert f"<th>{column}</th>" in table
    outside = _text(_outputs(executed[0], "outside = mentions["))
    assert "world-" in outside  # places outside the Strip keep their gazetteer ids


def test_events_table_and_filters_are_shown(executed):
    nb = executed[0]
    table = _html(_outputs(nb, "events = [e for d in docs"))
    for column in ("event_date", "time_precision", "event_type", "geo_precision", "admin1"):
        assert f"<th>{column}</th>" in table
    week = _html(_outputs(nb, "week = gdf["))
    assert "<table" in week and "Khan Younis" in week and "2024-07-1" in week


def test_plots_are_rendered_inline(executed):
    images = [out for cell in executed[0].cells for out in cell.get("outputs", [])
              if "image/png" in out.get("data", {})]
    assert len(images) >= 2


def test_map_is_inline_and_offline(executed):
    outputs = _outputs(executed[0], "render_map(")
    page = _html(outputs)
    assert "<iframe srcdoc=" in page
    inner = html.unescape(page)
    assert "L.map(" in inner and "leaflet" in inner.lower()
    assert not re.search(r"<script[^>]*\ssrc=[\"']?(https?:)?//", inner)
    assert not re.search(r"<link[^>]*\shref=[\"']?(https?:)?//", inner)


def test_geocoder_answers(executed):
    nb = executed[0]
    spellings = _text(_outputs(nb, '"Jabalia refugee camp"'))
    assert "Shejaia" in spellings and "Khan Younis" in spellings and "Jabalia Camp" in spellings
    ambiguous = _text(_outputs(nb, 'geocode("Gaza", exactly_one=False)'))
    assert "Gaza Strip" in ambiguous and "Gaza City" in ambiguous
    assert _text(_outputs(nb, 'geocode("Xqzzv')).strip() == "None"
    assert "in_strip" in _text(_outputs(nb, "geocoder.reverse("))


def test_geojson_round_trip_is_reported(executed):
    text = _text(_outputs(executed[0], "write_events(events, path)"))
    match = re.search(r"wrote (\d+) events .* read back (\d+)", text)
    assert match, text
    assert int(match[1]) == int(match[2]) > 0


def test_committed_notebook_is_stripped():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(c.outputs == [] for c in code)
    assert all(c.execution_count is None for c in code)
    assert nb.metadata.get("kernelspec", {}).get("name") == KERNEL


def test_check_script_flags_and_strips_outputs(executed, tmp_path):
    clean = subprocess.run([sys.executable, str(CHECKER), str(NOTEBOOK)],
                           capture_output=True, text=True)
    assert clean.returncode == 0, clean.stderr
    dirty = tmp_path / "run.ipynb"
    nbformat.write(executed[0], dirty)
    flagged = subprocess.run([sys.executable, str(CHECKER), str(dirty)],
                             capture_output=True, text=True)
    assert flagged.returncode == 1 and "output(s)" in flagged.stderr
    subprocess.run([sys.executable, str(CHECKER), "--strip", str(dirty)], check=True,
                   capture_output=True)
    again = subprocess.run([sys.executable, str(CHECKER), str(dirty)], capture_output=True)
    assert again.returncode == 0
