"""The package writer: rows as genanki writes them, one write of the decks' JSON, cloze cards."""

from __future__ import annotations

import json
import os
import sqlite3
import time
import zipfile
from pathlib import Path

import genanki
import pytest

from ankibuild.apkg import PackagedNote, _model, write_package
from ankibuild.ids import deck_id
from ankibuild.notetypes import BASIC, CLOZE
from ankibuild.records import Card, Loc, MediaFile

TS = 1_700_000_000


def card(question: str, deck: str = "R::A", note_type: str = "basic", tags: tuple[str, ...] = ("t::x",)) -> Card:
    return Card(Loc("a.md", 3), deck, note_type, "heading", question, question, "<p>answer</p>", "Ctx", tags, "g-" + question[:8])  # type: ignore[arg-type]


def rows(apkg: Path, tmp: Path) -> tuple[list[tuple], list[tuple], dict]:
    db_path = tmp / (apkg.stem + ".anki2")
    with zipfile.ZipFile(apkg) as archive:
        db_path.write_bytes(archive.read("collection.anki2"))
    db = sqlite3.connect(db_path)
    try:
        notes = sorted(db.execute("select guid, mid, mod, usn, tags, flds, sfld, csum, flags, data from notes"))
        cards = sorted(db.execute("select n.guid, c.did, c.ord, c.mod, c.usn, c.type, c.queue, c.due, c.ivl, c.factor from cards c join notes n on n.id = c.nid"))
        decks = json.loads(db.execute("select decks from col").fetchone()[0])
        return notes, cards, decks
    finally:
        db.close()


def test_bulk_rows_match_what_genanki_writes(tmp_path: Path) -> None:
    items = [card("What is A?"), card("What is B?", deck="R::B", tags=("a", "b::c"))]
    ours = tmp_path / "ours.apkg"
    write_package(ours, [PackagedNote(c, TS) for c in items], [], TS)

    model = _model(BASIC)
    decks = {}
    for c in items:
        deck = decks.setdefault(c.deck, genanki.Deck(deck_id(c.deck), c.deck))
        deck.add_note(genanki.Note(model=model, fields=[c.question_html, c.answer_html, c.context, c.source], tags=list(c.tags), guid=c.guid))
    theirs = tmp_path / "theirs.apkg"
    genanki.Package(list(decks.values())).write_to_file(theirs, timestamp=TS)

    our_notes, our_cards, our_decks = rows(ours, tmp_path)
    their_notes, their_cards, their_decks = rows(theirs, tmp_path)
    assert our_notes == their_notes
    assert our_cards == their_cards
    assert {k: v["name"] for k, v in our_decks.items()} == {k: v["name"] for k, v in their_decks.items()}


def test_cloze_notes_get_one_card_per_deletion(tmp_path: Path) -> None:
    cloze = Card(Loc("a.md", 1), "R::A", "cloze", "explicit", "x", "{{c1::a}} and {{c2::b}}", "", "", (), "g-cloze")
    out = tmp_path / "c.apkg"
    write_package(out, [PackagedNote(cloze, TS)], [], TS)
    _, cards, _ = rows(out, tmp_path)
    assert [c[2] for c in cards] == [0, 1]
    assert CLOZE.cloze


def test_every_entry_is_dated_at_the_build_time_so_equal_builds_are_equal_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    image = tmp_path / "diagram.png"
    image.write_bytes(b"\x89PNG fake image bytes")
    image_time = 1_000_000_000  # 2001: an entry dated from the file, not the build, shows it
    os.utime(image, (image_time, image_time))
    notes = [PackagedNote(card("What is A?"), TS)]
    media = [MediaFile("diagram.png", image)]
    write_package(tmp_path / "one.apkg", notes, media, TS)
    monkeypatch.setattr(time, "time", lambda: TS + 400 * 86400)  # the second build runs a year later
    write_package(tmp_path / "two.apkg", notes, media, TS)
    assert (tmp_path / "one.apkg").read_bytes() == (tmp_path / "two.apkg").read_bytes()
    with zipfile.ZipFile(tmp_path / "one.apkg") as archive:
        assert [i.filename for i in archive.infolist()] == ["collection.anki2", "media", "0"]
        moment = time.localtime(TS)
        assert {i.date_time for i in archive.infolist()} == {tuple(moment)[:5] + (moment.tm_sec // 2 * 2,)}
        assert archive.read("0") == image.read_bytes() and json.loads(archive.read("media")) == {"0": "diagram.png"}


# --- genanki's collection JSON, remembered per code version in the user's cache folder ---------------------


def test_the_remembered_collection_json_is_what_genanki_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ankibuild import apkg

    monkeypatch.setenv("ANKIBUILD_CACHE_HOME", str(tmp_path / "cache"))
    asked = apkg._pristine.__wrapped__()  # nothing remembered yet: asked of genanki, and written down
    files = list((tmp_path / "cache").glob(f"{apkg.COL_FILE_PREFIX}*.json"))
    assert len(files) == 1
    assert apkg._remembered_col(asked[0].version) == asked
    assert apkg._pristine.__wrapped__() == asked  # read back


def test_a_damaged_or_foreign_remembered_file_is_asked_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ankibuild import apkg
    from ankibuild.cache import code_fingerprint

    monkeypatch.setenv("ANKIBUILD_CACHE_HOME", str(tmp_path))
    path = tmp_path / f"{apkg.COL_FILE_PREFIX}{code_fingerprint()}.json"
    for text in ("{not json", json.dumps({"version": "other"}), json.dumps([1, 2])):
        path.write_text(text, encoding="utf-8")
        assert apkg._remembered_col(code_fingerprint()) is None
        made = apkg._pristine.__wrapped__()
        assert made[0].version == code_fingerprint() and "CREATE TABLE" in made[1]
        assert apkg._remembered_col(code_fingerprint()) == made  # written afresh


def test_a_package_written_from_the_remembered_json_is_the_same_bytes_and_imports_no_genanki(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from ankibuild.apkg import PackagedNote, write_package\n"
        "from ankibuild.records import Card, Loc\n"
        "items = [Card(Loc('a.md', n), 'R::' + q[-2], 'basic', 'heading', q, q, '<p>a</p>', 'C', ('t',), 'g-' + q) for n, q in ((1, 'What is A?'), (5, 'What is B?'))]\n"
        "write_package(Path(sys.argv[1]), [PackagedNote(c, 1700000000) for c in items], [], 1700000000)\n"
        "print('genanki' in sys.modules)\n"
    )
    env = dict(os.environ, ANKIBUILD_CACHE_HOME=str(tmp_path / "cache"))
    imported = []
    for name in ("asked.apkg", "remembered.apkg"):
        done = subprocess.run([sys.executable, "-c", script, str(tmp_path / name)], env=env, capture_output=True, text=True, check=True)
        imported.append(done.stdout.strip())
    assert imported == ["True", "False"]
    assert (tmp_path / "asked.apkg").read_bytes() == (tmp_path / "remembered.apkg").read_bytes()
