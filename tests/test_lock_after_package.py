"""A build writes its lockfile while it writes the package, but the lockfile takes its place only once the
package has (both synced to disk first): a lockfile never describes a package that is not on disk, and a
failed package write leaves the old lockfile and no temporary file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import ankibuild.build
from ankibuild.build import run_build
from ankibuild.config import BuildConfig
from tests.helpers import write_tree

NOTES = "# Topic\n\n## What is a widget?\n\nA small thing.\n\n## What is a gadget?\n\nA tool.\n"


def project(tmp_path: Path) -> BuildConfig:
    write_tree(tmp_path, {"notes/a.md": NOTES})
    return BuildConfig(tmp_path / "notes", tmp_path / "out", "Deck", timestamp=1_700_000_000.0)


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="names synced files through /proc")
def test_the_lockfile_replaces_the_old_one_after_the_package_is_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = project(tmp_path)
    run_build(config)
    (tmp_path / "notes" / "a.md").write_text(NOTES.replace("A tool.", "A handy tool."), encoding="utf-8")
    events: list[str] = []
    real_replace, real_fsync = os.replace, os.fsync

    def replacing(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        events.append(f"replace {Path(target).name}")
        real_replace(source, target)

    def syncing(fd: int) -> None:
        events.append(f"fsync {Path(os.readlink(f'/proc/self/fd/{fd}')).name}")
        real_fsync(fd)

    monkeypatch.setattr(os, "replace", replacing)
    monkeypatch.setattr(os, "fsync", syncing)
    report = run_build(BuildConfig(config.source, config.output, "Deck", timestamp=1_700_000_100.0))
    assert report.changes["updated"] == 1
    package, lock = f"replace {config.package_name}", "replace ankibuild.lock"
    assert events.index(package) < events.index(lock)  # the lockfile never describes a package not on disk
    synced_before = events[: events.index(lock)]
    assert any(e.startswith("fsync .ankibuild.lock.") for e in synced_before)  # its content is on disk first
    assert any(e.startswith(f"fsync .{config.package_name}.") for e in synced_before)


def test_a_failed_package_write_leaves_the_old_lockfile_and_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = project(tmp_path)
    run_build(config)
    lock = tmp_path / "ankibuild.lock"
    before = lock.read_bytes()
    (tmp_path / "notes" / "a.md").write_text(NOTES.replace("A tool.", "A handy tool."), encoding="utf-8")

    def failing(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ankibuild.build, "write_package", failing)
    with pytest.raises(OSError, match="No space"):
        run_build(BuildConfig(config.source, config.output, "Deck", timestamp=1_700_000_100.0))
    assert lock.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
