"""What a wheel ships besides the code: the type marker, the licence and the data's terms."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The licences gazetteer rows name, as their `licence` field writes them.
_LICENCE = re.compile(r"CC BY-SA \d\.\d|CC BY-IGO|CC BY \d\.\d|CC0|ODbL \d\.\d|MIT")


def _pyproject() -> dict:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_package_says_it_is_typed_and_ships_the_marker():
    assert (ROOT / "geoevents" / "py.typed").exists()
    assert "py.typed" in _pyproject()["tool"]["setuptools"]["package-data"]["geoevents"]


def test_the_licence_and_the_datas_terms_go_into_the_wheel():
    project = _pyproject()["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE", "NOTICE"]
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_the_notice_names_every_licence_the_gazetteer_rows_carry():
    places = json.loads((ROOT / "geoevents" / "data" / "places.json").read_text("utf-8"))
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8")
    named = set()
    for place in places["places"]:
        found = _LICENCE.findall(place["licence"])
        # a row that names no licence points at the document that gives it
        assert found or "SOURCES.md" in place["licence"], place["id"]
        named.update(found)
    assert {"CC BY 4.0", "CC BY-SA 4.0", "ODbL 1.0", "CC0", "CC BY-IGO", "MIT"} <= named
    assert [lic for lic in sorted(named) if lic not in notice] == []
    assert "gazetteer/SOURCES.md" in notice


def test_the_notebook_extra_opens_the_notebook_and_the_test_extra_stays_light():
    extras = _pyproject()["project"]["optional-dependencies"]
    names = {extra: {re.split(r"[<>=\[ ]", req)[0] for req in reqs}
             for extra, reqs in extras.items()}
    assert {"jupyterlab", "ipykernel", "matplotlib"} <= names["notebook"]
    # the tests execute the notebook headless: no JupyterLab in CI
    assert {"nbclient", "nbformat", "ipykernel", "matplotlib"} <= names["test"]
    assert "jupyterlab" not in names["test"]
    assert not any("notebook" in req for req in extras["test"])
    intro = "".join(json.loads((ROOT / "notebooks" / "explore_gaza_events.ipynb")
                               .read_text(encoding="utf-8"))["cells"][0]["source"])
    assert '.[notebook]' in intro and "jupyter lab" in intro  # as the notebook itself says
