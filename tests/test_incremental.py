"""A rebuild after edits that keep every question plans and packages only the changed files: its lockfile,
package and report are byte for byte those of the full build, and any other change takes the full build."""

from __future__ import annotations

import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import ankibuild.incremental as incremental
from ankibuild.build import run_build
from ankibuild.cache import BuildCache
from ankibuild.config import BuildConfig
from ankibuild.memo import recall
from ankibuild.records import AnkiBuildError, BuildReport
from bench.corpus import generate_corpus

START = 1_700_000_000
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\0" * 16


def config(project: Path, when: int, **settings: object) -> BuildConfig:
    return BuildConfig(project / "notes", project / "out", "Bench", timestamp=float(when), **settings)  # type: ignore[arg-type]


def build(project: Path, when: int, *, fast: bool = True, **settings: object) -> tuple[BuildReport, bool]:
    """A build as the command line runs it (the memo's digests handed over); whether the fast path made it."""
    cfg = config(project, when, **settings)
    _, digests = recall(cfg)
    taken: list[bool] = []
    real = incremental.rebuild

    def spy(*args: object, **kwargs: object) -> BuildReport | None:
        result = real(*args, **kwargs) if fast else None  # type: ignore[arg-type]
        taken.append(result is not None)
        return result

    incremental.rebuild = spy  # type: ignore[assignment]
    try:
        report = run_build(cfg, digests=digests)
    finally:
        incremental.rebuild = real
    return report, bool(taken and taken[-1])


def written(project: Path, report: BuildReport) -> tuple[bytes, bytes, bytes]:
    """The lockfile, the collection and the whole package as written."""
    assert report.package is not None
    package = Path(report.package).read_bytes()
    with zipfile.ZipFile(report.package) as archive:
        collection = archive.read("collection.anki2")
    return (project / "ankibuild.lock").read_bytes(), collection, package


def summary(report: BuildReport, project: Path) -> str:
    """Everything the report says, with the project's own folder (in image paths) left out."""
    fields = (tuple(report.cards), report.diagnostics, report.files, report.changes, report.deck_counts, report.package_unchanged)
    return repr(fields).replace(str(project), "<project>")


@pytest.fixture
def twins(tmp_path: Path) -> tuple[Path, Path]:
    """Two copies of one project, each built once: one rebuilt as usual, one always by the full build."""
    generate_corpus(tmp_path / "fast" / "notes", 120, seed=11, notes_per_file=12)
    shutil.copytree(tmp_path / "fast", tmp_path / "full")
    for project in (tmp_path / "fast", tmp_path / "full"):
        build(project, START)
    return tmp_path / "fast", tmp_path / "full"


def note(project: Path, index: int = 3) -> Path:
    return sorted((project / "notes").rglob("*.md"))[index]


def change(project: Path, edit: Callable[[list[str]], None], index: int = 3) -> None:
    path = note(project, index)
    lines = path.read_text(encoding="utf-8").split("\n")
    edit(lines)
    path.write_text("\n".join(lines), encoding="utf-8")


def first_answer(lines: list[str]) -> int:
    return next(i for i, line in enumerate(lines) if i > 1 and lines[i - 2].startswith("### ") and line[:1].isalpha())


def append_to_answer(lines: list[str]) -> None:
    lines[first_answer(lines)] += " Edited."


def reword_question(lines: list[str]) -> None:
    heading = next(i for i, line in enumerate(lines) if line.startswith("### "))
    lines[heading] = lines[heading].rstrip("?") + " in practice?"


def add_question(lines: list[str]) -> None:
    lines += ["", "### What is a brand new question?", "", "A brand new answer."]


def trailing_space(lines: list[str]) -> None:
    lines.append("")


def add_image(lines: list[str]) -> None:
    lines[first_answer(lines)] += " ![diagram](pic.png)"


def swap_two_questions(lines: list[str]) -> None:
    heads = [i for i, line in enumerate(lines) if line.startswith("### ")]
    first, second = heads[0], heads[1]
    lines[first], lines[second] = lines[second], lines[first]


def assert_twins_equal(fast: Path, full: Path, when: int, expect_fast: bool, **settings: object) -> BuildReport:
    fast_report, taken = build(fast, when, **settings)
    full_report, _ = build(full, when, fast=False, **settings)
    assert taken == expect_fast
    assert written(fast, fast_report) == written(full, full_report)
    assert [p.name for p in (fast / ".ankibuild-cache").rglob("*.tmp")] == []  # no copy or temporary file left
    assert summary(fast_report, fast) == summary(full_report, full)
    return fast_report


@pytest.mark.parametrize(
    ("edits", "expect_fast"),
    [
        ([append_to_answer], True),
        ([trailing_space], True),
        ([add_image], True),
        ([append_to_answer, append_to_answer], True),
        ([reword_question], False),
        ([add_question], False),
        ([swap_two_questions], False),
        ([reword_question, append_to_answer], True),  # the full build after the reworded question prepares the next
    ],
    ids=["answer", "no-op-change", "image", "two-answers", "reworded", "new-question", "reordered", "after-full"],
)
def test_a_rebuild_writes_what_the_full_build_writes(twins: tuple[Path, Path], edits: list[Callable[[list[str]], None]], expect_fast: bool) -> None:
    fast, full = twins
    for project in twins:
        (project / "notes" / note(project).parent.name / "pic.png").write_bytes(PNG)
    when = START
    for number, edit in enumerate(edits):
        when += 100
        for project in twins:
            change(project, edit)
        last = number == len(edits) - 1
        report = assert_twins_equal(fast, full, when, expect_fast if last else edit not in (reword_question, add_question, swap_two_questions))
    if expect_fast and edits[-1] is append_to_answer:
        assert report.changes["updated"] == 1


def test_two_changed_files_are_rebuilt_together(twins: tuple[Path, Path]) -> None:
    for project in twins:
        change(project, append_to_answer, 2)
        change(project, append_to_answer, 7)
    report = assert_twins_equal(*twins, START + 100, True)
    assert report.changes["updated"] == 2


@pytest.mark.parametrize(
    "disturb",
    ["lockfile-touched", "package-deleted", "file-removed", "image-changed", "cache-cleared", "strict", "settings"],
)
def test_anything_else_takes_the_full_build(twins: tuple[Path, Path], disturb: str) -> None:
    fast, full = twins
    settings: dict[str, object] = {}
    for project in twins:
        (project / "notes" / note(project).parent.name / "pic.png").write_bytes(PNG)
        change(project, add_image)
    build(fast, START + 50)
    build(full, START + 50, fast=False)
    for project in twins:
        change(project, append_to_answer, 5)  # another file than the one showing the image
        if disturb == "lockfile-touched":
            lock = project / "ankibuild.lock"
            os.utime(lock, ns=(lock.stat().st_atime_ns, lock.stat().st_mtime_ns + 10**9))
        elif disturb == "package-deleted":
            (project / "out" / config(project, START).package_name).unlink()
        elif disturb == "file-removed":
            note(project, 9).unlink()
        elif disturb == "image-changed":
            (note(project).parent / "pic.png").write_bytes(PNG + b"more")
        elif disturb == "cache-cleared":
            for entry in (project / ".ankibuild-cache").iterdir():
                if entry.name != "packages":
                    shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
        elif disturb == "strict":
            settings = {"strict": True}
        elif disturb == "settings":
            settings = {"tag_prefix": "other::"}
    fast_report, taken = build(fast, START + 100, **settings)
    full_report, _ = build(full, START + 100, fast=False, **settings)
    assert not taken
    assert written(fast, fast_report) == written(full, full_report)
    assert summary(fast_report, fast) == summary(full_report, full)


def test_a_removed_note_due_to_leave_takes_the_full_build(twins: tuple[Path, Path]) -> None:
    fast, full = twins
    for project in twins:
        change(project, lambda lines: lines.__setitem__(next(i for i, line in enumerate(lines) if line.startswith("### ")), "Not a question any more."))
    day = 86_400
    for project, quick in ((fast, True), (full, False)):
        build(project, START + 100, fast=quick, keep_removed_days=1)
        change(project, append_to_answer, 5)
    assert_twins_equal(fast, full, START + 200, True, keep_removed_days=1)  # the removed note is still carried
    for project in twins:
        change(project, append_to_answer, 5)
    fast_report, taken = build(fast, START + 2 * day, keep_removed_days=1)
    full_report, _ = build(full, START + 2 * day, fast=False, keep_removed_days=1)
    assert not taken and fast_report.changes["carried_removed"] == 0
    assert written(fast, fast_report) == written(full, full_report)


def test_the_rebuild_reads_no_other_file_until_its_cards_are_read(twins: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    fast, full = twins
    for project in twins:
        change(project, append_to_answer)
    loaded: list[str] = []
    real = BuildCache.outcome

    def counting(self: BuildCache, rel: str, digest: bytes) -> object:
        loaded.append(rel)
        return real(self, rel, digest)

    monkeypatch.setattr(BuildCache, "outcome", counting)
    report, taken = build(fast, START + 100)
    edited = note(fast).relative_to(fast / "notes").as_posix()
    assert taken and set(loaded) <= {edited} and len(report.cards) == 120  # the edited file's own lookup at most
    full_report, _ = build(full, START + 100, fast=False)
    loaded.clear()
    assert tuple(report.cards) == tuple(full_report.cards)  # read now, from the cache
    assert len(loaded) == len(list((fast / "notes").rglob("*.md"))) - 1  # every file but the changed one


def test_cards_whose_cache_entry_went_missing_are_read_again_or_refused(twins: tuple[Path, Path]) -> None:
    fast, full = twins
    for project in twins:
        change(project, append_to_answer)
    report, taken = build(fast, START + 100)
    full_report, _ = build(full, START + 100, fast=False)
    assert taken
    for entry in (fast / ".ankibuild-cache").iterdir():
        if entry.name != "packages" and entry.is_dir():
            shutil.rmtree(entry)
    other = note(fast, 8)
    assert tuple(report.cards[:3]) == tuple(full_report.cards[:3])  # parsed again from the unchanged files
    report, taken = build(fast, START + 200)
    assert not taken  # the cache is gone: the full build runs (and fills it again)
    change(fast, append_to_answer)
    report, taken = build(fast, START + 400)
    assert taken
    for entry in (fast / ".ankibuild-cache").iterdir():
        if entry.name != "packages" and entry.is_dir():
            shutil.rmtree(entry)
    other.write_text(other.read_text(encoding="utf-8") + "\nChanged after the build.\n", encoding="utf-8")
    with pytest.raises(AnkiBuildError, match="changed after the build"):
        list(report.cards)


def test_a_kept_collection_that_cannot_take_the_change_is_written_whole(twins: tuple[Path, Path]) -> None:
    fast, full = twins
    for project in twins:
        change(project, append_to_answer)
    for project in twins:  # both: the full build, too, then writes a new collection
        for manifest in (project / ".ankibuild-cache" / "packages").rglob("collection.manifest"):
            manifest.write_bytes(b"damaged")
    fast_report, taken = build(fast, START + 100)
    full_report, _ = build(full, START + 100, fast=False)
    assert not taken
    assert written(fast, fast_report)[:2] == written(full, full_report)[:2]
    assert summary(fast_report, fast) == summary(full_report, full)


@pytest.mark.parametrize("child_fails", [False, True])
def test_a_changed_file_parsed_in_a_forked_child_gives_the_same(twins: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, child_fails: bool) -> None:
    """With a large lockfile the changed files are parsed in a forked child while the lockfile is read; a
    child that fails changes nothing but time (they are parsed here)."""
    import ankibuild.process
    import ankibuild.standby

    fast, full = twins
    for project in twins:
        change(project, append_to_answer)
    parent = os.getpid()
    parsers = fast / "parsers"
    real = ankibuild.process._process_file

    def noting(*args: object, **kwargs: object) -> object:
        if child_fails and os.getpid() != parent:
            raise MemoryError("the child fails")
        if str(args[2].source).startswith(str(fast)):  # type: ignore[attr-defined]  # the fast twin's parsing only
            with parsers.open("a") as log:
                log.write(f"{os.getpid()}\n")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(incremental, "FORK_MIN_LOCK_BYTES", 0)
    monkeypatch.setattr(ankibuild.standby, "can_fork", lambda: True)
    monkeypatch.setattr(ankibuild.process, "_process_file", noting)
    report = assert_twins_equal(fast, full, START + 100, True)
    pids = {int(line) for line in parsers.read_text().split()}
    assert pids == {parent} if child_fails else (parent not in pids and len(pids) == 1)
    assert report.changes["updated"] == 1


def test_the_command_line_forks_its_parser_before_reading_the_notes_and_reaps_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a snapshot and a large lockfile, `ankibuild build` forks the child that will parse a rebuild's
    changed files before it reads the notes; a rebuild with nothing to do, or one the full build makes,
    kills it: no process is left behind, and the outcome is the same."""
    from click.testing import CliRunner

    import ankibuild.standby
    from ankibuild.cli import main

    monkeypatch.setattr(ankibuild.standby, "FORK_MIN_LOCK_BYTES", 0)
    monkeypatch.setattr(ankibuild.standby, "can_fork", lambda: True)
    generate_corpus(tmp_path / "notes", 60, seed=5, notes_per_file=12)
    forked: list[int] = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forked.append(real_fork()) or forked[-1])
    args = ["build", str(tmp_path / "notes"), "-o", str(tmp_path / "out")]
    outputs = []
    for step in ("cold", "no-op", "answer", "question"):
        if step == "answer":
            change(tmp_path, append_to_answer)
        elif step == "question":
            change(tmp_path, add_question)
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    assert "up to date" in outputs[1] and "1 updated" in outputs[2] and "1 added" in outputs[3]
    assert len(forked) == 3  # no snapshot before the first build: no child for it
    for pid in forked:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # every one reaped
