"""The package writer: rows as genanki writes them, one write of the decks' JSON, cloze cards."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import genanki

from ankibuild.apkg import PackagedNote, _model, write_package
from ankibuild.ids import deck_id
from ankibuild.notetypes import BASIC, CLOZE
from ankibuild.records import Card, Loc

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
