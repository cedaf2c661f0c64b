"""Check that committed notebooks carry no outputs or execution counts.

Outputs in git bloat diffs (an inline map is hundreds of kilobytes) and go stale as the
package changes, so notebooks are committed stripped and executed by the test suite.

Usage: ``python .ci/check_notebooks.py [--strip] [PATH ...]``. PATHs default to every
``*.ipynb`` under ``notebooks/``. With ``--strip``, offending notebooks are rewritten
stripped instead of failing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent


def problems(nb: nbformat.NotebookNode) -> list[str]:
    """Describe each code cell that still has outputs or an execution count."""
    found = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if cell.get("outputs"):
            found.append(f"cell {index}: {len(cell.outputs)} output(s)")
        if cell.get("execution_count") is not None:
            found.append(f"cell {index}: execution_count {cell.execution_count}")
    return found


def strip(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Clear outputs and execution counts in place; return the notebook."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return nb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--strip", action="store_true", help="rewrite notebooks stripped")
    args = parser.parse_args(argv)
    paths = args.paths or sorted((ROOT / "notebooks").rglob("*.ipynb"))
    failed = 0
    for path in paths:
        if ".ipynb_checkpoints" in path.parts:
            continue
        nb = nbformat.read(path, as_version=4)
        found = problems(nb)
        if not found:
            continue
        if args.strip:
            tmp = path.with_name(f".{path.name}.tmp")
            nbformat.write(strip(nb), tmp)
            tmp.replace(path)
            print(f"{path}: stripped")
            continue
        failed += 1
        for item in found:
            print(f"{path}: {item}", file=sys.stderr)
    if failed:
        print(f"{failed} notebook(s) have outputs; run with --strip", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
