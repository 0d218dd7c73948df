"""Writers stream: a package or lockfile of many notes is written without a second copy of all their text.

Measured with tracemalloc, which sees Python's allocations only (not sqlite's page cache or zlib's
buffers): the peak while writing must stay far below the size of the text being written. Holding every
note's joined fields in a list of rows, or the lockfile as one string, would pass that size.
"""

from __future__ import annotations

import dataclasses
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

import ankibuild.apkg as apkg
from ankibuild.apkg import PackagedNote, write_package
from ankibuild.lock import LockEntry, read_lock, write_lock
from ankibuild.records import Card, Loc

T = TypeVar("T")

NOTES = 400
ANSWER = 100_000  # characters of answer HTML per note: 40 MB in all (the writer keeps a few 1 MiB pieces in flight)


def _traced(call: Callable[[], T]) -> tuple[T, int, int]:
    """CALL's result, and the bytes it left allocated and at most had allocated (traced from its start)."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = call()
        kept, peak = (n - before for n in tracemalloc.get_traced_memory())
        return result, kept, peak
    finally:
        tracemalloc.stop()


def _peak(write: Callable[[], None]) -> int:
    return _traced(write)[2]


def _notes(mod: int = 1_700_000_000) -> list[PackagedNote]:
    return [
        PackagedNote(
            Card(Loc("a.md", i + 1), f"R::D{i % 7}", "basic", "heading", f"What is {i}?", f"What is {i}?",  # type: ignore[arg-type]
                 f"<p>{i}</p>" + "x" * ANSWER, "Topic", ("t",), f"guid-{i:05d}"),
            mod,
        )
        for i in range(NOTES)
    ]  # fmt: skip


def test_a_fresh_package_holds_no_second_copy_of_the_fields(tmp_path: Path) -> None:
    notes = _notes()
    peak = _peak(lambda: write_package(tmp_path / "deck.apkg", notes, [], 1_700_000_000))
    assert peak < NOTES * ANSWER / 4, f"peak {peak:,} bytes while writing {NOTES * ANSWER:,} bytes of answers"


def test_updating_every_note_of_a_kept_collection_holds_no_second_copy(tmp_path: Path) -> None:
    keep = tmp_path / "keep"
    write_package(tmp_path / "deck.apkg", _notes(), [], 1_700_000_000, keep)
    changed = [PackagedNote(dataclasses.replace(n.card, answer_html=n.card.answer_html + "!"), n.mod + 1) for n in _notes()]
    peak = _peak(lambda: write_package(tmp_path / "deck.apkg", changed, [], 1_700_000_100, keep))
    assert peak < NOTES * ANSWER / 4, f"peak {peak:,} bytes while updating {NOTES * ANSWER:,} bytes of answers"


def _big_lock() -> dict[str, LockEntry]:
    question = "q" * 2_000
    return {
        f"g{i:05d}": LockEntry(f"a.md::{i} {question}", f"g{i:05d}", 1_700_000_000, "c0ffee", "active", "R::A", "00ab", f"{i} {question}")
        for i in range(5_000)
    }


def test_the_lockfile_is_written_in_parts(tmp_path: Path) -> None:
    entries = _big_lock()
    peak = _peak(lambda: write_lock(tmp_path / "ankibuild.lock", entries, {}))
    size = (tmp_path / "ankibuild.lock").stat().st_size
    assert size > 20_000_000 and peak < size / 4, f"peak {peak:,} bytes while writing a {size:,}-byte lockfile"


def test_the_lockfile_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "ankibuild.lock"
    entries = _big_lock()
    write_lock(path, entries, {})
    del entries
    lock, kept, peak = _traced(lambda: read_lock(path))
    size = path.stat().st_size
    assert len(lock.entries) == 5_000
    # What is kept is the entries themselves; beyond them only a line or a few are in flight at once.
    assert peak - kept < size / 4, f"{peak - kept:,} bytes in flight while reading a {size:,}-byte lockfile"



def test_the_compressed_collection_is_not_held_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Answers that barely compress (random hex: about 2:1) make a compressed collection of some 20 MB: the
    writer puts its pieces in a file as they are made, so its peak stays far below that, first build or
    update alike. (Pieces of 64 KiB, so that the few in flight on a many-core machine weigh little.)"""
    import random

    monkeypatch.setattr(apkg, "DEFLATE_CHUNK", 64 * 1024)
    rng = random.Random(0)
    notes = [dataclasses.replace(n, card=dataclasses.replace(n.card, answer_html=rng.randbytes(ANSWER // 2).hex())) for n in _notes()]
    keep = tmp_path / "keep"
    peak = _peak(lambda: write_package(tmp_path / "deck.apkg", notes, [], 1_700_000_000, keep))
    compressed = (tmp_path / "deck.apkg").stat().st_size
    assert compressed > NOTES * ANSWER / 3 and peak < compressed / 4, f"peak {peak:,} bytes for a {compressed:,}-byte package"
    notes[0] = PackagedNote(dataclasses.replace(notes[0].card, answer_html="edited"), notes[0].mod + 1)
    peak = _peak(lambda: write_package(tmp_path / "deck.apkg", notes, [], 1_700_000_100, keep))
    assert peak < compressed / 4, f"peak {peak:,} bytes updating a {compressed:,}-byte package"
