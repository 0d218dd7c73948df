"""The build memo and the read-once path: a no-op rebuild is replayed only when nothing the last build
used has changed, judged by the bytes that build actually parsed, not by the files as they are afterwards."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import ankibuild.build as build_module
import ankibuild.process as process_module
from ankibuild.cli import main
from tests.helpers import write_tree
from tests.test_updates import package_notes

NOTES = "## What is bias?\nThe old answer.\n\n## What is variance?\nSpread.\n"


def _build(project: Path, epoch: int) -> str:
    result = CliRunner().invoke(main, ["build", str(project / "source"), "-o", str(project / "output")], env={"SOURCE_DATE_EPOCH": str(epoch)})
    assert result.exit_code == 0, result.output
    return result.output


def _answers(project: Path) -> set[str]:
    return {fields.split("\x1f")[1] for _, _, fields, _ in package_notes(project / "output" / "source.apkg")}


def test_a_file_saved_during_the_build_is_built_by_the_next_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": NOTES})
    note = project / "source" / "a.md"
    original = process_module.process_file

    def save_while_building(rel: str, raw: bytes, *args: object, **kwargs: object) -> object:
        outcome = original(rel, raw, *args, **kwargs)  # type: ignore[arg-type]
        note.write_text(NOTES.replace("The old answer.", "The new answer."))  # the user saves meanwhile
        return outcome

    monkeypatch.setattr(process_module, "process_file", save_while_building)
    _build(project, 1_700_000_000)
    assert "<p>The old answer.</p>" in _answers(project)  # this build used the bytes it had read
    monkeypatch.undo()
    output = _build(project, 1_700_000_100)
    assert "up to date" not in output  # not replayed: the memo knew the bytes it built from
    assert "<p>The new answer.</p>" in _answers(project)


def test_a_rebuild_reads_each_note_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = write_tree(tmp_path / "p", {"source/a.md": NOTES, "source/b.md": "## What is a tensor?\nAn array.\n"})
    _build(project, 1_700_000_000)
    (project / "source" / "a.md").write_text(NOTES.replace("Spread.", "How far values spread."))
    reads: list[str] = []
    real_read_bytes = Path.read_bytes

    def counting(path: Path) -> bytes:
        if path.suffix == ".md":
            reads.append(path.name)
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", counting)
    output = _build(project, 1_700_000_100)
    assert "1 updated" in output
    # the memo's check reads both; only the changed file is read again, to be parsed
    assert sorted(reads) == ["a.md", "a.md", "b.md"]


def test_a_file_saved_during_a_parallel_build_is_built_by_the_next_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same through the process pool: each worker reports the digest of the bytes it parsed."""
    project = write_tree(tmp_path / "p", {"source/a.md": NOTES, "source/b.md": "## What is a tensor?\nAn array.\n"})
    note = project / "source" / "a.md"
    original = process_module._process_file

    def save_while_building(rel: str, raw: bytes, *args: object, **kwargs: object) -> object:
        outcome = original(rel, raw, *args, **kwargs)  # type: ignore[arg-type]
        if rel == "a.md":
            (tmp_path / "parsed-by").write_text(str(os.getpid()))
            note.write_text(NOTES.replace("The old answer.", "The new answer."))  # the user saves meanwhile
        return outcome

    monkeypatch.setattr(build_module, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(build_module.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(process_module, "_process_file", save_while_building)
    _build(project, 1_700_000_000)
    assert (tmp_path / "parsed-by").read_text() != str(os.getpid())  # a pool worker did the parsing
    assert "<p>The old answer.</p>" in _answers(project)
    monkeypatch.undo()
    output = _build(project, 1_700_000_100)
    assert "up to date" not in output
    assert "<p>The new answer.</p>" in _answers(project)
