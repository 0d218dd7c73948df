"""Start-up imports only what a command uses: a no-op rebuild, `--help` and `--version` never load the
parser, the highlighter, the sanitiser or the packager (together most of a no-op rebuild's time if they did)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.corpus import generate_corpus
from tests.helpers import ROOT, write_tree

HEAVY = ("markdown_it", "mdit_py_plugins", "pygments", "nh3", "genanki", "latex2mathml", "sqlite3", "zipfile",
         "multiprocessing", "concurrent.futures", "importlib.metadata", "tomllib", "emoji")
"""Modules a no-op rebuild has no use for; `importlib.metadata` and `tomllib` cost 20 and 7 ms on their own."""

PROBE = """
import json, runpy, sys
sys.argv = ["ankibuild", *sys.argv[1:]]
try:
    runpy.run_module("ankibuild", run_name="__main__")
except SystemExit as exc:
    code = exc.code
else:
    code = 0
print("\\n" + json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def imported(*args: str, cwd: Path) -> tuple[str, int, set[str]]:
    """Output, exit code and the module names loaded by one command in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=cwd, capture_output=True, text=True, check=False,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "ANKIBUILD_CACHE_HOME": os.environ["ANKIBUILD_CACHE_HOME"]})
    output, _, last = done.stdout.rstrip().rpartition("\n")
    result = json.loads(last)
    return output + done.stderr, result["code"], set(result["modules"])


def loaded(modules: set[str]) -> list[str]:
    return [name for name in HEAVY if name in modules]


def test_a_no_op_rebuild_loads_none_of_the_build_machinery(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": "# Topic\n\n## What is a widget?\n\nA small `thing`, $x^2$.\n\n```python\nx = 1\n```\n"})
    output, code, modules = imported("build", "source", "-o", "out", cwd=project)
    assert code == 0 and "wrote" in output
    assert "markdown_it" in modules and "sqlite3" in modules  # the probe sees what a real build loads ...
    output, code, modules = imported("build", "source", "-o", "out", cwd=project)
    assert code == 0 and "up to date" in output
    assert loaded(modules) == []  # ... and the no-op rebuild loads none of it


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("build", "--help")])
def test_help_and_version_load_none_of_the_build_machinery(tmp_path: Path, args: tuple[str, ...]) -> None:
    output, code, modules = imported(*args, cwd=tmp_path)
    assert code == 0 and output.strip()
    assert loaded(modules) == []
    assert "ankibuild.memo" not in modules


def forget_genanki_json() -> None:
    """Delete what `apkg._remember_col` wrote in the suite's user cache folder."""
    from ankibuild.apkg import COL_FILE_PREFIX

    for path in Path(os.environ["ANKIBUILD_CACHE_HOME"]).glob(f"{COL_FILE_PREFIX}*.json"):
        path.unlink()


def test_a_first_build_that_remembers_genanki_json_does_not_load_genanki(tmp_path: Path) -> None:
    """A package is written from genanki's JSON remembered in the user's cache folder for this code: a
    first build of another project does not import genanki either."""
    for name in ("p", "q"):
        write_tree(tmp_path / name, {"source/a.md": "# Topic\n\n## What is a widget?\n\nA small `thing`.\n"})
    imported("build", "source", "-o", "out", cwd=tmp_path / "p")  # remembers it, if no test did before
    output, code, modules = imported("build", "source", "-o", "out", cwd=tmp_path / "q")
    assert code == 0 and "wrote" in output
    assert [name for name in ("genanki", "yaml", "asyncio") if name in modules] == []


def test_a_rebuild_after_an_edit_does_not_load_genanki(tmp_path: Path) -> None:
    """The kept collection remembers genanki's JSON: updating it needs neither genanki nor the yaml and
    asyncio genanki pulls in (a sixth of an edit's time), even when the user's cache folder no longer holds
    it (`apkg._remembered_col`). Nor does it start a process pool: a few changed files are parsed here, or
    in one child forked without `multiprocessing` (about 20 ms of imports)."""
    project = write_tree(tmp_path / "p", {"source/a.md": "# Topic\n\n## What is a widget?\n\nA small `thing`.\n\n## What is a gadget?\n\nA tool.\n"})
    forget_genanki_json()
    output, code, modules = imported("build", "source", "-o", "out", cwd=project)
    assert code == 0 and "wrote" in output and "genanki" in modules  # nothing remembered: genanki was asked
    forget_genanki_json()
    note = project / "source" / "a.md"
    note.write_text(note.read_text(encoding="utf-8").replace("A tool.", "A handy tool."), encoding="utf-8")
    output, code, modules = imported("build", "source", "-o", "out", cwd=project)
    assert code == 0 and "1 updated" in output
    assert [name for name in ("genanki", "yaml", "asyncio", "multiprocessing", "concurrent.futures.process") if name in modules] == []


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="the changed file is parsed in a forked child only with a second core")
def test_a_rebuild_whose_edit_a_child_parses_loads_neither_parser_nor_rules(tmp_path: Path) -> None:
    """With enough cached notes, a rebuild parses the changed file in a forked child: the build's own
    process, which loads the cached results, plans and packages, never imports the parser, the rules, the
    highlighter or the sanitiser (about a tenth of an edit's time if it did)."""
    project = tmp_path / "p"
    generate_corpus(project / "source", 1600, seed=3, notes_per_file=40)  # a lockfile of ~600 KB: the child is worth forking
    output, code, modules = imported("build", "source", "-o", "out", cwd=project)
    assert code == 0 and "wrote" in output and "markdown_it" in modules
    note = sorted((project / "source").rglob("*.md"))[0]
    lines = note.read_text(encoding="utf-8").split("\n")
    answer = next(i for i, line in enumerate(lines) if i and lines[i - 1] == "" and line[:1].isalpha() and lines[i - 2].startswith("### "))
    lines[answer] += " Edited."
    note.write_text("\n".join(lines), encoding="utf-8")
    output, code, modules = imported("build", "source", "-o", "out", cwd=project)
    assert code == 0 and "1 updated" in output
    parsing = ("markdown_it", "mdit_py_plugins", "pygments", "nh3", "latex2mathml", "emoji", "yaml", "genanki")
    assert [m for m in (*parsing, "ankibuild.process", "ankibuild.extract", "ankibuild.render", "ankibuild.highlight", "ankibuild.mathtex") if m in modules] == []
