"""The kept collection: a rebuild rewrites only the notes that changed, and the package it writes holds
exactly what a package written from scratch holds (ids aside, which Anki ignores: it matches by GUID)."""

from __future__ import annotations

import json
import pickle
import sqlite3
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

import ankibuild.apkg as apkg
from ankibuild.apkg import KEEP_DB, KEEP_MANIFEST, PackagedNote, write_package
from ankibuild.plan import content_of
from ankibuild.records import Card, Loc
from tests.anki_support import fresh_collection, import_apkg, notes_by_guid
from tests.test_apkg import rows

TS = 1_700_000_000


def note(n: int, deck: str = "R::A", answer: str = "", note_type: str = "basic", mod: int = TS) -> PackagedNote:
    question = f"What is thing {n}?" if note_type == "basic" else f"Thing {{{{c1::{n}}}}} and {{{{c2::more}}}}"
    card = Card(Loc("a.md", n), deck, note_type, "heading", question, question, answer or f"<p>answer {n}</p>", "Ctx", ("t",), f"guid-{n:04d}")  # type: ignore[arg-type]
    return PackagedNote(replace(card, content=content_of(card)), mod)  # as the build hands them over


def content(apkg_path: Path, tmp: Path) -> tuple[list[tuple], list[tuple], dict[str, str]]:
    notes, cards, decks = rows(apkg_path, tmp)
    return notes, cards, {k: v["name"] for k, v in decks.items()}


def test_a_rebuild_with_every_kind_of_change_equals_a_fresh_write(tmp_path: Path) -> None:
    keep = tmp_path / "keep"
    first = [note(n) for n in range(40)] + [note(100, note_type="cloze")]
    write_package(tmp_path / "kept.apkg", first, [], TS, keep)
    later = TS + 100
    second = [note(n) for n in range(1, 40)]  # note 0 deleted
    second[0] = note(1, answer="<p>edited</p>", mod=later)  # answer edited
    second[1] = note(2, deck="R::B", mod=later)  # moved to a new deck
    retagged = replace(note(3).card, tags=("t", "new"))
    second[2] = PackagedNote(replace(retagged, content=content_of(retagged)), later)  # retagged
    second[3] = note(4, note_type="cloze", mod=later)  # basic became cloze, same GUID
    second += [note(100, mod=later, answer="<p>cloze answer changed</p>", note_type="cloze"), note(200, mod=later)]  # cloze edited; one added
    write_package(tmp_path / "kept.apkg", second, [], later, keep)
    write_package(tmp_path / "fresh.apkg", second, [], later)
    assert content(tmp_path / "kept.apkg", tmp_path) == content(tmp_path / "fresh.apkg", tmp_path)


def test_only_changed_rows_are_written_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keep = tmp_path / "keep"
    notes = [note(n) for n in range(50)]
    write_package(tmp_path / "p.apkg", notes, [], TS, keep)
    written: list[str] = []
    real_fields = apkg._fields

    def counting(card: Card) -> list[str]:
        written.append(card.guid)
        return real_fields(card)

    monkeypatch.setattr(apkg, "_fields", counting)
    notes[7] = note(7, answer="<p>edited</p>", mod=TS + 5)
    write_package(tmp_path / "p.apkg", notes, [], TS + 5, keep)
    assert written == ["guid-0007"]


def test_a_kept_collection_that_does_not_match_its_manifest_is_not_trusted(tmp_path: Path) -> None:
    keep = tmp_path / "keep"
    notes = [note(n) for n in range(10)]
    write_package(tmp_path / "p.apkg", notes, [], TS, keep)
    # Something else touched the kept collection: its rows no longer match the manifest.
    db = sqlite3.connect(keep / KEEP_DB)
    db.execute("DELETE FROM notes")
    db.commit()
    db.close()
    write_package(tmp_path / "p.apkg", notes, [], TS, keep)
    write_package(tmp_path / "fresh.apkg", notes, [], TS)
    assert content(tmp_path / "p.apkg", tmp_path) == content(tmp_path / "fresh.apkg", tmp_path)
    # A damaged manifest or collection is just a full write too.
    (keep / KEEP_MANIFEST).write_bytes(b"not a pickle")
    write_package(tmp_path / "p.apkg", notes, [], TS, keep)
    assert content(tmp_path / "p.apkg", tmp_path) == content(tmp_path / "fresh.apkg", tmp_path)


def test_a_kept_collection_full_of_free_pages_is_written_afresh(tmp_path: Path) -> None:
    keep = tmp_path / "keep"
    big = [note(n, answer="<p>" + "long answer " * 400 + "</p>") for n in range(200)]
    write_package(tmp_path / "p.apkg", big, [], TS, keep)
    size_full = (keep / KEEP_DB).stat().st_size
    write_package(tmp_path / "p.apkg", big[:5], [], TS + 1, keep)
    assert (keep / KEEP_DB).stat().st_size < size_full / 4  # not 195 notes' worth of free pages kept around


def test_real_anki_updates_in_place_from_an_incrementally_written_package(tmp_path: Path) -> None:
    keep = tmp_path / "keep"
    notes = [note(n) for n in range(20)]
    write_package(tmp_path / "p.apkg", notes, [], TS, keep)
    with fresh_collection(tmp_path / "anki") as col:
        assert import_apkg(col, tmp_path / "p.apkg").new == 20
        ids = {guid: view.note_id for guid, view in notes_by_guid(col).items()}
        notes[5] = note(5, answer="<p>edited</p>", mod=TS + 60)
        notes.append(note(99, mod=TS + 60))
        write_package(tmp_path / "p.apkg", notes, [], TS + 60, keep)
        summary = import_apkg(col, tmp_path / "p.apkg")
        # Anki lists notes whose mod did not change as "duplicate": left alone.
        assert (summary.new, summary.updated, summary.duplicate, summary.conflicting) == (1, 1, 19, 0)
        after = notes_by_guid(col)
        assert {guid: after[guid].note_id for guid in ids} == ids
        assert len(after) == 21
        assert "edited" in list(after["guid-0005"].fields.values())[1]


def _collection_bytes(package: Path) -> bytes:
    with zipfile.ZipFile(package) as archive:
        assert archive.testzip() is None  # every entry's CRC checks
        return archive.read("collection.anki2")


def test_only_pieces_touched_by_an_edit_are_compressed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(apkg, "DEFLATE_CHUNK", 16 * 1024)
    keep = tmp_path / "keep"
    notes = [note(n, answer=f"<p>{'words of an answer ' * 20}{n}</p>") for n in range(600)]
    write_package(tmp_path / "p.apkg", notes, [], TS, keep)
    pieces = len(pickle.loads((keep / KEEP_MANIFEST).read_bytes()).deflated)
    assert pieces > 20
    compressed: list[bool] = []
    real = apkg._compress_piece
    monkeypatch.setattr(apkg, "_compress_piece", lambda piece, last: compressed.append(last) or real(piece, last))
    notes[300] = note(300, answer="<p>edited</p>", mod=TS + 9)
    write_package(tmp_path / "p.apkg", notes, [], TS + 9, keep)
    assert 1 <= len(compressed) <= 4  # the page holding the note, its index pages
    assert _collection_bytes(tmp_path / "p.apkg") == (keep / KEEP_DB).read_bytes()
    write_package(tmp_path / "fresh.apkg", notes, [], TS + 9)
    assert content(tmp_path / "p.apkg", tmp_path) == content(tmp_path / "fresh.apkg", tmp_path)


def test_packages_past_the_zip32_limits_are_written_by_zipfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notes = [note(n) for n in range(30)]
    write_package(tmp_path / "plain.apkg", notes, [], TS)
    monkeypatch.setattr(apkg, "ZIP32_LIMIT", 1000)  # every collection is "too large" now
    write_package(tmp_path / "big.apkg", notes, [], TS)
    assert _collection_bytes(tmp_path / "big.apkg") and content(tmp_path / "big.apkg", tmp_path) == content(tmp_path / "plain.apkg", tmp_path)


def col_json(apkg_path: Path, tmp: Path) -> tuple[dict, dict]:
    """The decks and note types JSON of a package's collection row."""
    with zipfile.ZipFile(apkg_path) as archive:
        (tmp / "col.anki2").write_bytes(archive.read("collection.anki2"))
    db = sqlite3.connect(tmp / "col.anki2")
    try:
        decks, models = db.execute("SELECT decks, models FROM col").fetchone()
    finally:
        db.close()
    return json.loads(decks), json.loads(models)


def test_an_update_writes_the_decks_and_note_types_json_genanki_writes(tmp_path: Path) -> None:
    keep = tmp_path / "keep"
    write_package(tmp_path / "kept.apkg", [note(n) for n in range(5)] + [note(9, note_type="cloze")], [], TS, keep)
    later = [note(1, deck="R::B", mod=TS + 9), note(2), note(3, deck="R::C::D", note_type="cloze", mod=TS + 9)]
    write_package(tmp_path / "kept.apkg", later, [], TS + 9, keep)  # from the JSON kept with the collection
    write_package(tmp_path / "fresh.apkg", later, [], TS + 9)  # from genanki
    kept, fresh = col_json(tmp_path / "kept.apkg", tmp_path), col_json(tmp_path / "fresh.apkg", tmp_path)
    assert kept == fresh
    assert {d["name"] for d in kept[0].values()} == {"Default", "R::A", "R::B", "R::C::D"}
    assert all(m["mod"] == TS + 9 for m in kept[1].values())


def test_replaced_kept_files_are_deleted_in_the_background_and_leftovers_by_the_next_write(tmp_path: Path) -> None:
    """The kept files a rebuild replaces are deleted by a thread (freeing tens of MB takes a while); one a
    crash left behind is deleted by the next write, and never mistaken for the kept collection."""
    import threading

    keep = tmp_path / "keep"
    notes = [note(n) for n in range(10)]
    write_package(tmp_path / "p.apkg", notes, [], TS, keep)
    before = (keep / KEEP_DB).stat().st_ino
    notes[3] = note(3, answer="<p>edited</p>", mod=TS + 5)
    write_package(tmp_path / "p.apkg", notes, [], TS + 5, keep)
    for thread in threading.enumerate():
        if thread.name == "ankibuild-discard":
            thread.join()
    assert (keep / KEEP_DB).stat().st_ino != before  # replaced, as before
    assert sorted(p.name for p in keep.iterdir()) == ["collection.anki2", "collection.deflate", "collection.manifest"]
    leftover = keep / f".{KEEP_DB}.0123456789ab{apkg.DISCARDED}"
    leftover.write_bytes(b"left by a crash")
    notes[4] = note(4, answer="<p>edited too</p>", mod=TS + 9)
    write_package(tmp_path / "p.apkg", notes, [], TS + 9, keep)
    assert not leftover.exists()
    write_package(tmp_path / "fresh.apkg", notes, [], TS + 9)
    assert content(tmp_path / "p.apkg", tmp_path) == content(tmp_path / "fresh.apkg", tmp_path)
