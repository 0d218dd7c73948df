"""A rebuild after a few edits parses the changed files in a forked child while the build loads the cached
results of the others and reads the lockfile: its cards, report, lockfile and package are those of the same
rebuild in one process; a child that fails, or a lockfile that cannot be used, changes nothing but time."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

import ankibuild.build
import ankibuild.incremental
import ankibuild.process
import ankibuild.standby
from ankibuild.build import run_build
from ankibuild.config import BuildConfig
from ankibuild.records import AnkiBuildError
from bench.corpus import generate_corpus

PARENT = os.getpid()


def edit_answers(source: Path, count: int) -> None:
    """Append a word to the first answer line of the first COUNT files (a question never changes)."""
    for number, path in enumerate(sorted(source.rglob("*.md"))[:count]):
        lines = path.read_text(encoding="utf-8").split("\n")
        in_answer = False
        for index, line in enumerate(lines):
            if line.startswith("#"):
                in_answer = line.startswith("### ")
            elif in_answer and line[:1].isalpha():
                lines[index] = f"{line} Edited {number}."
                break
        path.write_text("\n".join(lines), encoding="utf-8")


def rebuild(project: Path, monkeypatch: pytest.MonkeyPatch, *, fork: bool, child_fails: bool = False) -> tuple[object, bytes, bytes, set[int]]:
    """Build the project's notes, edit two files, rebuild (with the child when FORK); the rebuild's report,
    collection bytes, lockfile and the processes that parsed."""
    source, out = project / "notes", project / "out"
    run_build(BuildConfig(source, out, "Bench", timestamp=1_700_000_000.0))
    edit_answers(source, 2)
    parsers = project / "parsers"
    with monkeypatch.context() as patch:
        patch.setattr(ankibuild.build, "FORK_MIN_CACHED_BYTES", 0 if fork else 10**12)
        patch.setattr(ankibuild.standby, "can_fork", lambda: True)  # pytest's own threads aside
        patch.setattr(ankibuild.incremental, "rebuild", lambda *args: None)  # the full build's own child is tested here
        original = ankibuild.process._process_file

        def noting(*args: object, **kwargs: object) -> object:
            if child_fails and os.getpid() != PARENT:
                raise MemoryError("the child fails")
            with parsers.open("a") as log:
                log.write(f"{os.getpid()}\n")
            return original(*args, **kwargs)  # type: ignore[arg-type]

        patch.setattr(ankibuild.process, "_process_file", noting)
        report = run_build(BuildConfig(source, out, "Bench", timestamp=1_700_000_100.0))
    with zipfile.ZipFile(report.package) as package:  # type: ignore[arg-type]
        collection = package.read("collection.anki2")
    pids = {int(line) for line in parsers.read_text().split()}
    return report, collection, (project / "ankibuild.lock").read_bytes(), pids


def strip(report: object) -> tuple[object, ...]:
    return tuple(getattr(report, name) for name in ("cards", "files", "diagnostics", "deck_counts", "changes"))


@pytest.fixture
def projects(tmp_path: Path) -> list[Path]:
    generate_corpus(tmp_path / "one" / "notes", 96, seed=5, notes_per_file=12)
    for name in ("child", "failing"):
        shutil.copytree(tmp_path / "one", tmp_path / name)
    return [tmp_path / name for name in ("one", "child", "failing")]


def test_a_rebuild_in_a_child_equals_a_rebuild_in_one_process(projects: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    one, child, failing = (rebuild(p, monkeypatch, fork=f, child_fails=x) for p, f, x in zip(projects, (False, True, True), (False, False, True), strict=True))
    assert one[3] == {PARENT}
    assert PARENT not in child[3] and len(child[3]) == 1  # both edited files were parsed by one child
    assert failing[3] == {PARENT}  # the child failed: the build parsed them itself
    assert one[0].changes["updated"] == 2  # type: ignore[attr-defined]
    for other in (child, failing):
        assert strip(other[0]) == strip(one[0])
        assert other[1:3] == one[1:3]  # the same collection bytes and lockfile


def test_an_unusable_lockfile_is_reported_after_the_child_is_done(projects: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    project = projects[1]
    source, out = project / "notes", project / "out"
    run_build(BuildConfig(source, out, "Bench", timestamp=1_700_000_000.0))
    edit_answers(source, 1)
    (project / "ankibuild.lock").write_text("not a lockfile\n", encoding="utf-8")
    monkeypatch.setattr(ankibuild.build, "FORK_MIN_CACHED_BYTES", 0)
    monkeypatch.setattr(ankibuild.standby, "can_fork", lambda: True)
    monkeypatch.setattr(ankibuild.incremental, "rebuild", lambda *args: None)
    children: list[int] = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: children.append(real_fork()) or children[-1])
    with pytest.raises(AnkiBuildError, match="not an ankibuild lockfile"):
        run_build(BuildConfig(source, out, "Bench", timestamp=1_700_000_100.0))
    assert len(children) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)  # reaped: no zombie left behind


@pytest.mark.parametrize("where", ["progress", "cache"])
def test_a_build_stopped_early_leaves_no_child_behind(projects: list[Path], monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    """Interrupted while it reports progress, or while it loads the cached results: the child is reaped."""
    project = projects[1]
    source, out = project / "notes", project / "out"
    run_build(BuildConfig(source, out, "Bench", timestamp=1_700_000_000.0))
    last = sorted(source.rglob("*.md"))[-1]
    last.write_text(last.read_text(encoding="utf-8") + "\n### What is new?\n\nA new answer.\n", encoding="utf-8")
    monkeypatch.setattr(ankibuild.build, "FORK_MIN_CACHED_BYTES", 0)
    monkeypatch.setattr(ankibuild.standby, "can_fork", lambda: True)
    monkeypatch.setattr(ankibuild.incremental, "rebuild", lambda *args: None)
    children: list[int] = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: children.append(real_fork()) or children[-1])

    def interrupt(done: int, total: int, what: str) -> None:
        raise KeyboardInterrupt  # at the first (cached) file, before the child's outcome is asked for

    if where == "cache":
        monkeypatch.setattr(ankibuild.build.BuildCache, "outcome", lambda *args: interrupt(0, 0, ""))
    with pytest.raises(KeyboardInterrupt):
        run_build(BuildConfig(source, out, "Bench", timestamp=1_700_000_100.0), progress=interrupt)
    assert len(children) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)
