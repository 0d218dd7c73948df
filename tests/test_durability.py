"""Durability and configuration: a lockfile knows its folder, the cache key knows the libraries and the
folder, a package is written with the usual mode and synced, and `watch` survives an unexpected error."""

from __future__ import annotations

import os
import re
import stat
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import ankibuild.build
import ankibuild.cache
from ankibuild.apkg import PackagedNote, write_package
from ankibuild.cache import OUTPUT_LIBRARIES, BuildCache, code_fingerprint, installed_versions, library_versions
from ankibuild.cli import main
from ankibuild.config import BuildConfig, load_config
from ankibuild.lock import LockEntry, atomic_write_text, read_lock, write_lock
from ankibuild.records import AnkiBuildError, BuildReport, Card, Loc, MediaFile
from tests.helpers import ROOT, write_tree

NOTES_A = "## What is alpha?\nThe first letter.\n\n## What is beta?\nThe second letter.\n"
NOTES_B = "## What is gamma?\nThe third letter.\n"
ENTRY = LockEntry("a.md::what is alpha", "guid-alpha", 1_700_000_000, "c0ffee", "active", "R::A", "00ab", "What is alpha?")
SCHEMAS = {"1731954401": "6b7c7fdbbc163955"}

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="file modes and directory fsync are POSIX")


def build(source: Path, out: Path) -> Any:
    return CliRunner().invoke(main, ["build", str(source), "-o", str(out)], env={"SOURCE_DATE_EPOCH": "1700000000"})


def guids(lock: Path) -> dict[str, str]:
    return {e.question: e.guid for e in read_lock(lock).entries.values() if e.state == "active"}


# --- 1. one lockfile per source folder -------------------------------------------------------------


def test_lockfile_records_its_folder_outside_the_entries(tmp_path: Path) -> None:
    plain, owned = tmp_path / "plain.lock", tmp_path / "owned.lock"
    write_lock(plain, {ENTRY.guid: ENTRY}, SCHEMAS)
    write_lock(owned, {ENTRY.guid: ENTRY}, SCHEMAS, source="notes-a")
    lines = owned.read_text(encoding="utf-8").split("\n")
    assert lines[1] == "# source: notes-a"
    # The line is the only difference: entries, hashes and schemas are what they were.
    assert [line for line in lines if line != "# source: notes-a"] == plain.read_text(encoding="utf-8").split("\n")
    back = read_lock(owned, owner="notes-a")
    assert back.source == "notes-a"
    assert back.entries == read_lock(plain).entries == {ENTRY.guid: ENTRY}
    assert back.schemas == SCHEMAS


def test_folder_names_with_tabs_or_backslashes_round_trip(tmp_path: Path) -> None:
    lock = tmp_path / "ankibuild.lock"
    write_lock(lock, {}, {}, source="odd\tname\\x")
    assert read_lock(lock, owner="odd\tname\\x").source == "odd\tname\\x"


def test_lockfile_of_another_folder_is_refused_naming_the_fix(tmp_path: Path) -> None:
    lock = tmp_path / "ankibuild.lock"
    write_lock(lock, {ENTRY.guid: ENTRY}, SCHEMAS, source="notes-a")
    with pytest.raises(AnkiBuildError) as caught:
        read_lock(lock, owner="notes-b")
    assert caught.value.loc == Loc("ankibuild.lock", 2)
    message = str(caught.value)
    assert "belongs to source folder 'notes-a', not 'notes-b'" in message
    assert 'lockfiles = { "notes-b" = "ankibuild-notes-b.lock" }' in message
    assert "# source: notes-b" in message  # the way out after renaming a folder
    assert read_lock(lock).source == "notes-a"  # without an owner to check, it reads as before


def test_lockfile_without_the_line_is_accepted_by_any_folder(tmp_path: Path) -> None:
    lock = tmp_path / "ankibuild.lock"
    write_lock(lock, {ENTRY.guid: ENTRY}, SCHEMAS)
    assert read_lock(lock, owner="anything").source is None
    # The committed lockfile predates the line and belongs to `source/`.
    committed = ROOT / "ankibuild.lock"
    if committed.is_file():
        assert read_lock(committed, owner="source").entries


def test_second_folder_cannot_take_over_the_default_lockfile(tmp_path: Path) -> None:
    # Needs build.py to pass owner=/source= to read_lock/write_lock (see the report).
    project = write_tree(tmp_path / "p", {"notes-a/a.md": NOTES_A, "notes-b/b.md": NOTES_B})
    lock = project / "ankibuild.lock"
    assert build(project / "notes-a", project / "out").exit_code == 0
    assert lock.read_text(encoding="utf-8").split("\n")[1] == "# source: notes-a"
    before, first = lock.read_bytes(), guids(lock)

    refused = build(project / "notes-b", project / "out")
    assert refused.exit_code == 1
    assert "error: ankibuild.lock:2: this lockfile belongs to source folder 'notes-a', not 'notes-b'" in refused.output
    assert "Traceback" not in refused.output
    assert lock.read_bytes() == before
    assert not (project / "out" / "notes-b.apkg").exists()

    (project / "ankibuild.toml").write_text('lockfiles = { notes-b = "ankibuild-notes-b.lock" }\n', encoding="utf-8")
    assert build(project / "notes-b", project / "out").exit_code == 0
    own = project / "ankibuild-notes-b.lock"
    assert own.read_text(encoding="utf-8").split("\n")[1] == "# source: notes-b"
    assert set(guids(own)) == {"What is gamma?"}

    again = build(project / "notes-a", project / "out")
    assert again.exit_code == 0, again.output
    assert "2 unchanged, 0 removed" in again.output
    assert guids(lock) == first  # folder a kept its notes, and so their review history


def test_lockfile_without_the_line_is_adopted_by_the_first_folder_built(tmp_path: Path) -> None:
    # Needs build.py to pass owner=/source= to read_lock/write_lock (see the report).
    project = write_tree(tmp_path / "p", {"notes-a/a.md": NOTES_A, "notes-b/b.md": NOTES_B})
    lock = project / "ankibuild.lock"
    assert build(project / "notes-a", project / "out").exit_code == 0
    first = guids(lock)
    lock.write_text("".join(line for line in lock.read_text(encoding="utf-8").splitlines(True) if not line.startswith("# source: ")), encoding="utf-8")
    assert read_lock(lock).source is None
    result = build(project / "notes-a", project / "out")
    assert result.exit_code == 0, result.output
    assert read_lock(lock).source == "notes-a" and guids(lock) == first
    assert build(project / "notes-b", project / "out").exit_code == 1


def test_lockfiles_table_gives_a_folder_its_own_lockfile(tmp_path: Path) -> None:
    project = write_tree(tmp_path / "p", {"ankibuild.toml": 'lockfiles = { "notes-b" = "locks/b.lock" }\n', "notes-a/a.md": NOTES_A, "notes-b/b.md": NOTES_B})
    config_a = load_config(project / "notes-a", project / "out")
    config_b = load_config(project / "notes-b", project / "out")
    assert config_a.lock_path == project.resolve() / "ankibuild.lock" and config_a.lock_owner == "notes-a"
    assert config_b.lock_path == project.resolve() / "locks" / "b.lock" and config_b.lock_owner is None
    # An explicit lockfile is the user's choice, except the shared default one, which is always checked.
    assert BuildConfig(project / "notes-b", project / "out", "R", lockfile=project / "ankibuild.lock").lock_owner == "notes-b"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('lockfiles = "x.lock"', "lockfiles must be a table"),
        ('lockfiles = { notes-c = "c.lock" }', "'notes-c', which is not a folder"),
        ('lockfiles = { notes-a = "same.lock", notes-b = "./same.lock" }', "'notes-a' and 'notes-b' the same lockfile"),
    ],
)
def test_malformed_lockfiles_table_is_an_error(tmp_path: Path, table: str, message: str) -> None:
    project = write_tree(tmp_path / "p", {"ankibuild.toml": table + "\n", "notes-a/a.md": NOTES_A, "notes-b/b.md": NOTES_B})
    with pytest.raises(AnkiBuildError) as caught:
        load_config(project / "notes-a", project / "out")
    assert message in str(caught.value) and caught.value.loc == Loc("ankibuild.toml")


# --- 2. the cache key knows the libraries and the folder --------------------------------------------


@pytest.fixture
def fresh_fingerprint() -> Iterator[None]:
    code_fingerprint.cache_clear()
    yield
    code_fingerprint.cache_clear()


def test_fingerprint_changes_with_a_library_version(monkeypatch: pytest.MonkeyPatch, fresh_fingerprint: None) -> None:
    scans: list[None] = []

    def fake_installed(pygments: str) -> Callable[[], dict[str, str]]:
        def installed() -> dict[str, str]:
            scans.append(None)
            return {"markdown_it_py": "1.0", "mdit_py_plugins": "1.0", "pygments": pygments, "nh3": "1.0", "genanki": "1.0"}
        return installed

    monkeypatch.setattr(ankibuild.cache, "installed_versions", fake_installed("1.0"))
    assert dict(library_versions())["latex2mathml"] == "none"
    scans.clear()
    old = code_fingerprint()
    assert code_fingerprint() == old and len(scans) == 1  # looked up once per process
    monkeypatch.setattr(ankibuild.cache, "installed_versions", fake_installed("2.0"))
    code_fingerprint.cache_clear()
    assert code_fingerprint() != old


def test_installed_versions_agree_with_importlib_metadata() -> None:
    """The folder-name scan answers what importlib.metadata would, for every library the fingerprint names
    and for every other distribution in this environment."""
    from importlib.metadata import distributions, version

    versions = dict(library_versions())
    for name in OUTPUT_LIBRARIES:
        assert versions[name] == version(name)
    installed = installed_versions()
    for dist in distributions():
        name = dist.metadata["Name"]
        assert installed[re.sub(r"[-_.]+", "_", name).lower()] == version(name), name


def test_python_version_is_part_of_the_fingerprint(monkeypatch: pytest.MonkeyPatch, fresh_fingerprint: None) -> None:
    old = code_fingerprint()
    monkeypatch.setattr(ankibuild.cache.platform, "python_version", lambda: "2.7.18")
    code_fingerprint.cache_clear()
    assert code_fingerprint() != old


def test_two_source_folders_never_share_cache_entries(tmp_path: Path) -> None:
    a, b = tmp_path / "notes-a", tmp_path / "notes-b"
    cache_a = BuildCache(BuildConfig(a, tmp_path / "out", "R"))
    cache_b = BuildCache(BuildConfig(b, tmp_path / "out", "R"))
    assert cache_a.folder == cache_b.folder  # one cache folder per parent ...
    assert cache_a.key("x.md", b"same") != cache_b.key("x.md", b"same")  # ... but separate entries
    assert BuildCache(BuildConfig(a, tmp_path / "elsewhere", "R")).key("x.md", b"same") == cache_a.key("x.md", b"same")


# --- 3. the package: the usual mode, synced, atomic ---------------------------------------------------


def one_card() -> Card:
    return Card(Loc("a.md", 1), "R::A", "basic", "heading", "What is A?", "What is A?", "<p>A.</p>", "", (), "guid-a")  # type: ignore[arg-type]


@posix_only
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640)])
def test_package_gets_the_mode_of_any_new_file(tmp_path: Path, umask: int, mode: int) -> None:
    previous = os.umask(umask)
    try:
        write_package(tmp_path / "deck.apkg", [PackagedNote(one_card(), 1)], [], 1_700_000_000)
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "deck.apkg").stat().st_mode) == mode


def test_failed_write_leaves_the_old_package_and_no_temporary_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where the collection database is built
    out = tmp_path / "out"
    package = out / "deck.apkg"
    write_package(package, [PackagedNote(one_card(), 1)], [], 1_700_000_000)
    before = package.read_bytes()
    missing = MediaFile("0123.png", str(tmp_path / "gone.png"))
    with pytest.raises(FileNotFoundError):
        write_package(package, [PackagedNote(one_card(), 2)], [missing], 1_700_000_001)
    assert package.read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["deck.apkg"]
    assert list(scratch.iterdir()) == []
    with zipfile.ZipFile(package) as archive:
        assert archive.testzip() is None


@posix_only
def test_package_is_synced_before_the_rename_and_its_folder_after(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "deck.apkg"
    synced: list[tuple[bool, bool]] = []
    real_fsync = os.fsync

    def record(fd: int) -> None:
        synced.append((stat.S_ISDIR(os.fstat(fd).st_mode), package.exists()))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", record)
    write_package(package, [PackagedNote(one_card(), 1)], [], 1_700_000_000)
    assert synced == [(False, False), (True, True)]  # the file, then (after the rename) its folder


def test_a_folder_that_cannot_be_synced_is_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_fsync = os.fsync

    def refuse_folders(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(22, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", refuse_folders)
    write_package(tmp_path / "deck.apkg", [PackagedNote(one_card(), 1)], [], 1_700_000_000)
    atomic_write_text(tmp_path / "ankibuild.lock", "text\n")
    assert (tmp_path / "deck.apkg").is_file() and (tmp_path / "ankibuild.lock").read_text() == "text\n"


@posix_only
def test_lockfile_is_synced_before_the_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lock = tmp_path / "ankibuild.lock"
    synced: list[tuple[bool, bool]] = []
    real_fsync = os.fsync

    def record(fd: int) -> None:
        synced.append((stat.S_ISDIR(os.fstat(fd).st_mode), lock.exists()))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", record)
    write_lock(lock, {ENTRY.guid: ENTRY}, SCHEMAS, source="notes")
    assert synced == [(False, False), (True, True)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ankibuild.lock"]


# --- 4. watch goes on after an unexpected error -------------------------------------------------------


def test_watch_reports_an_unexpected_error_and_keeps_watching(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import watchfiles

    project = write_tree(tmp_path / "p", {"source/a.md": NOTES_A})
    rounds: list[str] = []

    def flaky_build(config: BuildConfig, **_: Any) -> BuildReport:
        rounds.append("build")
        if len(rounds) == 1:
            raise RuntimeError("boom")
        return BuildReport((), (), (), package="out/source.apkg", deck_counts={"R::A": 2})

    def two_saves(*_: Any, **__: Any) -> Iterator[set[tuple[int, str]]]:
        yield set()  # the watcher's first wake-up with nothing saved: the first build
        yield {(2, str(project / "source" / "a.md"))}
        raise KeyboardInterrupt

    monkeypatch.setattr(ankibuild.build, "run_build", flaky_build)
    monkeypatch.setattr(watchfiles, "watch", two_saves)
    result = CliRunner().invoke(main, ["watch", str(project / "source"), "-o", str(project / "out")])
    assert result.exit_code == 0, result.output
    assert rounds == ["build", "build"]
    err = result.stderr
    assert "error: unexpected RuntimeError: boom\n" in err
    assert "Traceback" not in err
    assert err.index("unexpected RuntimeError") < err.index("2 cards, 0 errors, 0 warnings; wrote out/source.apkg")
    assert err.rstrip().endswith("stopped watching")
