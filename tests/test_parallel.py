"""A large build spreads files over a process pool: its cards, report, lockfile and package are those of
the same build in one process, in the same order."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

import ankibuild.build
from ankibuild.build import run_build
from ankibuild.config import BuildConfig
from bench.corpus import generate_corpus


def build(source: Path, out: Path, *, parallel: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[object, bytes, bytes]:
    with monkeypatch.context() as patch:
        patch.setattr(ankibuild.build, "PARALLEL_MIN_BYTES", 0 if parallel else 10**12)
        patch.setattr(ankibuild.build.os, "cpu_count", lambda: 2)  # a pool of two even on a one-core machine
        pools: list[int] = []
        if parallel:
            import concurrent.futures

            real = concurrent.futures.ProcessPoolExecutor

            def counting(*args: object, **kwargs: object) -> object:
                pools.append(1)
                return real(*args, **kwargs)  # type: ignore[arg-type]

            patch.setattr(concurrent.futures, "ProcessPoolExecutor", counting)
        report = run_build(BuildConfig(source, out, "Bench", timestamp=1_700_000_000.0))
        assert len(pools) == (1 if parallel else 0)
    with zipfile.ZipFile(report.package) as package:
        collection = package.read("collection.anki2")
    return report, collection, (source.parent / "ankibuild.lock").read_bytes()


def test_a_pool_build_equals_a_one_process_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    generate_corpus(tmp_path / "one" / "notes", 240, seed=3, notes_per_file=12)
    shutil.copytree(tmp_path / "one", tmp_path / "pool")
    single = build(tmp_path / "one" / "notes", tmp_path / "one" / "out", parallel=False, monkeypatch=monkeypatch)
    pooled = build(tmp_path / "pool" / "notes", tmp_path / "pool" / "out", parallel=True, monkeypatch=monkeypatch)
    one_report, pool_report = single[0], pooled[0]
    assert len(one_report.cards) == 240  # type: ignore[attr-defined]
    strip = (lambda r: (r.cards, r.files, r.diagnostics, r.deck_counts))  # noqa: E731
    assert strip(pool_report) == strip(one_report)
    assert pooled[1:] == single[1:]  # the same collection bytes and lockfile
    # the cache the workers filled answers a one-process rebuild with the same cards
    again = build(tmp_path / "pool" / "notes", tmp_path / "pool" / "out2", parallel=False, monkeypatch=monkeypatch)
    assert strip(again[0]) == strip(one_report)
