"""The benchmark corpus generator is deterministic and writes what it promises."""

from __future__ import annotations

import sys
from pathlib import Path

# bench/ is not an installed package; pytest's rootdir is not on sys.path unless pyproject says so.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import corpus_stats, generate_corpus  # noqa: E402


def _snapshot(root: Path, paths: list[Path]) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in paths}


def test_same_seed_gives_byte_identical_files(tmp_path: Path) -> None:
    first = generate_corpus(tmp_path / "a", 20, seed=7, notes_per_file=8)
    second = generate_corpus(tmp_path / "b", 20, seed=7, notes_per_file=8)
    assert _snapshot(tmp_path / "a", first) == _snapshot(tmp_path / "b", second)


def test_another_seed_gives_other_files(tmp_path: Path) -> None:
    first = generate_corpus(tmp_path / "a", 20, seed=7, notes_per_file=8)
    other = generate_corpus(tmp_path / "b", 20, seed=8, notes_per_file=8)
    assert _snapshot(tmp_path / "a", first) != _snapshot(tmp_path / "b", other)


def test_writes_the_requested_notes_with_unique_questions(tmp_path: Path) -> None:
    paths = generate_corpus(tmp_path / "c", 20, seed=0, notes_per_file=8)
    questions = [
        line
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("### ")
    ]
    assert len(paths) == 3  # 8 + 8 + 4
    assert corpus_stats(paths).notes == 20
    assert len(set(questions)) == 20
    assert all(path.read_text(encoding="utf-8").startswith("# ") for path in paths)
