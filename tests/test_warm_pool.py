"""A full build whose parsing child was forked first thing (`standby.fork_early`) forks its pool of workers
from that child, already loaded, and the outcomes stream back as they come: the cards, report, lockfile and
package are those of the same build in one process. A child that fails midway leaves the rest of its files
to the build; a build stopped early leaves neither the child nor its workers running."""

from __future__ import annotations

import os
import shutil
import signal
import time
import zipfile
from pathlib import Path

import pytest

import ankibuild.build
import ankibuild.process
import ankibuild.standby
from ankibuild.build import run_build
from ankibuild.config import BuildConfig
from bench.corpus import generate_corpus
from tests.test_startup import imported

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not Path("/proc/self/stat").exists(), reason="forks, and reads /proc")

BUILD_GROUP = os.getpgrp()
"""The test's own process group: the child's pool runs in a group of its own."""
FAIL_AT: str | None = None
"""A file whose parsing kills the worker, when it runs in the child's pool (`failing_in_the_child`)."""
_REAL = ankibuild.process.read_and_process_pickled


def failing_in_the_child(rel: str, path: Path, config: BuildConfig, cache: object) -> tuple[bytes, bytes | None]:
    """`read_and_process_pickled`, except that a worker of the child's pool dies at FAIL_AT."""
    if rel == FAIL_AT and os.getpgrp() != BUILD_GROUP:
        os._exit(3)
    return _REAL(rel, path, config, cache)  # type: ignore[arg-type]


def build(
    source: Path, out: Path, monkeypatch: pytest.MonkeyPatch, *, pool: bool, warm: bool = False
) -> tuple[object, bytes, bytes, int]:
    """The build's report, collection and lockfile, and how many pools the build's own process started."""
    pools: list[int] = []
    with monkeypatch.context() as patch:
        patch.setattr(ankibuild.build, "PARALLEL_MIN_BYTES", 0 if pool else 10**12)
        patch.setattr(os, "cpu_count", lambda: 2)  # a pool of two even on a one-core machine
        import concurrent.futures

        real = concurrent.futures.ProcessPoolExecutor

        def counting(*args: object, **kwargs: object) -> object:
            pools.append(1)
            return real(*args, **kwargs)  # type: ignore[arg-type]

        patch.setattr(concurrent.futures, "ProcessPoolExecutor", counting)
        if warm:
            ankibuild.standby.spare(ankibuild.standby.Child(None))  # as `fork_early` leaves it for a full build
        try:
            report = run_build(BuildConfig(source, out, "Bench", timestamp=1_700_000_000.0))
        finally:
            ankibuild.standby.close_early()
    with zipfile.ZipFile(report.package) as package:
        collection = package.read("collection.anki2")
    return report, collection, (source.parent / "ankibuild.lock").read_bytes(), len(pools)


def strip(report: object) -> tuple[object, ...]:
    return (report.cards, report.files, report.diagnostics, report.deck_counts)  # type: ignore[attr-defined]


@pytest.fixture
def projects(tmp_path: Path) -> list[Path]:
    generate_corpus(tmp_path / "one" / "notes", 240, seed=3, notes_per_file=12)
    for name in ("two", "three"):
        shutil.copytree(tmp_path / "one", tmp_path / name)
    return [tmp_path / name for name in ("one", "two", "three")]


def test_a_pool_forked_from_the_loaded_child_equals_a_one_process_build(
    projects: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two, _ = projects
    single = build(one / "notes", one / "out", monkeypatch, pool=False)
    kills: list[int] = []
    real_kill = ankibuild.standby.Child._kill
    monkeypatch.setattr(ankibuild.standby.Child, "_kill", lambda child: kills.append(1) or real_kill(child))
    warm = build(two / "notes", two / "out", monkeypatch, pool=True, warm=True)
    assert kills == []  # the child sent its end mark and ended by itself, its workers reaped (their CPU counted)
    assert len(single[0].cards) == 240  # type: ignore[attr-defined]
    assert warm[3] == 0  # the child forked the pool: this process started none
    assert strip(warm[0]) == strip(single[0])
    assert warm[1:3] == single[1:3]  # the same collection bytes and lockfile


def test_a_child_that_fails_midway_leaves_the_rest_to_the_build(projects: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    global FAIL_AT
    one, two, _ = projects
    single = build(one / "notes", one / "out", monkeypatch, pool=False)
    files = sorted(p.relative_to(two / "notes").as_posix() for p in (two / "notes").rglob("*.md"))
    monkeypatch.setattr(ankibuild.process, "read_and_process_pickled", failing_in_the_child)
    FAIL_AT = files[len(files) // 2]
    try:
        failed = build(two / "notes", two / "out", monkeypatch, pool=True, warm=True)
    finally:
        FAIL_AT = None
    assert failed[3] == 1  # the files the child never sent were parsed in a pool of this process
    assert strip(failed[0]) == strip(single[0])
    assert failed[1:3] == single[1:3]


def test_a_child_killed_alone_leaves_the_rest_to_the_build_and_no_worker_behind(
    projects: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed by itself (as the out-of-memory killer would), the child's workers must not keep the pipe to
    the build open: the build sees the stream end, parses the rest, and stops the orphaned workers."""
    one, two, _ = projects
    single = build(one / "notes", one / "out", monkeypatch, pool=False)
    monkeypatch.setattr(ankibuild.build, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    child = ankibuild.standby.Child(None)
    ankibuild.standby.spare(child)
    pid = child.pid
    assert pid is not None

    def kill_the_child(done: int, total: int, what: str) -> None:
        if done == 1:
            os.kill(pid, signal.SIGKILL)

    def hung(signum: int, frame: object) -> None:
        raise TimeoutError("the build waited on a pipe the orphaned workers held open")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(120)  # a build that would hang fails instead
    try:
        report = run_build(BuildConfig(two / "notes", two / "out", "Bench", timestamp=1_700_000_000.0), progress=kill_the_child)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        ankibuild.standby.close_early()
    assert strip(report) == strip(single[0])
    assert gone(pid)


def running(group: int) -> list[int]:
    """Processes of that group that are alive (zombies left to be reaped do not count)."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            alive.append(int(stat.parent.name))
    return alive


def gone(group: int) -> bool:
    """Whether no process of that group is alive, within a few seconds (SIGKILL is delivered at once; dying
    takes a moment)."""
    deadline = time.monotonic() + 10
    while running(group) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not running(group)


def test_a_build_stopped_early_leaves_neither_the_child_nor_its_workers(
    projects: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, out = projects[0] / "notes", projects[0] / "out"
    monkeypatch.setattr(ankibuild.build, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    child = ankibuild.standby.Child(None)
    ankibuild.standby.spare(child)
    assert child.pid is not None
    pid = child.pid

    def interrupt(done: int, total: int, what: str) -> None:
        assert running(pid)  # the child leads a group of its own, with its workers
        raise KeyboardInterrupt

    try:
        with pytest.raises(KeyboardInterrupt):
            run_build(BuildConfig(source, out, "Bench", timestamp=1_700_000_000.0), progress=interrupt)
    finally:
        ankibuild.standby.close_early()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped
    assert gone(pid)


def test_a_child_no_build_takes_is_closed() -> None:
    child = ankibuild.standby.Child(None)
    ankibuild.standby.spare(child)
    pid = child.pid
    assert pid is not None
    ankibuild.standby.close_early()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
    assert ankibuild.standby.take_spare() is None


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="the early child is forked only with a second core")
def test_a_first_large_build_parses_nothing_in_its_own_process(tmp_path: Path) -> None:
    """From the command line, a first build big enough for a pool forks it from the child forked first
    thing: the build's own process never imports the parser, the rules or the highlighter."""
    project = tmp_path / "p"
    generate_corpus(project / "source", 400, seed=3, notes_per_file=40)  # ~350 KB: above `PARALLEL_MIN_BYTES`
    assert sum(p.stat().st_size for p in (project / "source").rglob("*.md")) >= ankibuild.build.PARALLEL_MIN_BYTES
    output, code, modules = imported("build", "source", "-o", "out", cwd=project)
    assert code == 0 and "wrote" in output and "400 cards" in output.replace(",", "")
    assert [
        m for m in ("markdown_it", "pygments", "ankibuild.process", "ankibuild.extract", "ankibuild.render") if m in modules
    ] == []
