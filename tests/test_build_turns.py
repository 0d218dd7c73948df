"""Two builds of one folder take turns: the second waits for the first's advisory lock and says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ankibuild.lock import build_turn, guard_path
from tests.helpers import write_tree

NOTES = "## What is bias?\nB.\n"


def test_a_second_build_waits_for_the_first_and_says_so(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": NOTES})
    lock = project / "ankibuild.lock"
    package = project / "output" / "source.apkg"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    with build_turn(lock):  # this test is the first build, holding its turn
        second = subprocess.Popen(
            [sys.executable, "-m", "ankibuild", "build", "source", "-o", "output"], cwd=project, env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert second.stderr is not None
        line = second.stderr.readline()  # returns once the second build says something (or ends)
        assert line.startswith("waiting for another build of source to finish (process "), line
        assert f"(process {os.getpid()}, sharing ankibuild.lock)…" in line
        assert second.poll() is None and not package.exists() and not lock.exists()  # it waits, having written nothing
    out, err = second.communicate(timeout=300)
    assert second.returncode == 0, err
    assert package.exists() and lock.exists()
    assert guard_path(lock).name == ".ankibuild.lock.guard" and guard_path(lock).exists()


def test_a_build_alone_does_not_wait_and_the_turn_is_released(tmp_path: Path) -> None:
    lock = tmp_path / "ankibuild.lock"
    said: list[str] = []
    with build_turn(lock, said.append):
        pass
    with build_turn(lock, said.append):  # released: taken again at once
        pass
    assert said == []


def test_a_crashed_build_leaves_no_stale_turn(tmp_path: Path) -> None:
    lock = tmp_path / "ankibuild.lock"
    code = "import os, sys; from pathlib import Path; from ankibuild.lock import build_turn; build_turn(Path(sys.argv[1])).__enter__(); os._exit(3)"
    assert subprocess.run([sys.executable, "-c", code, str(lock)], check=False).returncode == 3
    said: list[str] = []
    with build_turn(lock, said.append):
        pass
    assert said == []
