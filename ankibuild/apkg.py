"""The only module that writes decks, and the only one importing genanki.

A package is written to a temporary file beside the target, synced to disk and renamed into place, so a
failed or interrupted build (or a power cut) never leaves a half-written deck. It gets the mode any new file
would (0o666 less the umask), not a private temporary file's 0o600.
"""

from __future__ import annotations

import html
import itertools
import json
import os
import secrets
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import genanki

from .ids import deck_id
from .notetypes import NOTE_TYPES, NoteType
from .records import Card, MediaFile


@dataclass(frozen=True, slots=True)
class PackagedNote:
    """A card with the `mod` time the lockfile gave it."""

    card: Card
    """The note's content."""
    mod: int
    """Seconds since the epoch; Anki updates a note only when this is newer than its own."""


class _Note(genanki.Note):  # type: ignore[misc]
    """A genanki note that carries its own `mod`, instead of the package's one timestamp."""

    def __init__(self, mod: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.mod = mod

    def write_to_db(self, cursor: Any, timestamp: float, deck_id: int, id_gen: Any) -> None:
        super().write_to_db(cursor, self.mod, deck_id, id_gen)

    def _check_invalid_html_tags_in_fields(self) -> None:
        # Our HTML comes from the sanitiser; genanki's check only warns about void tags like <br>.
        return None


def _write_collection(cursor: Any, notes: Sequence[PackagedNote], timestamp: float) -> None:
    """Fill an empty collection: decks' and note types' JSON written once (genanki rewrites it once per
    deck, quadratic in decks), then the notes streamed in, none of them held as genanki objects."""
    from genanki.apkg_col import APKG_COL
    from genanki.apkg_schema import APKG_SCHEMA

    cursor.executescript(APKG_SCHEMA)
    cursor.executescript(APKG_COL)
    models = {kind: _model(note_type) for kind, note_type in NOTE_TYPES.items()}
    decks: dict[str, int] = {}
    used: dict[str, int] = {}
    for item in notes:
        deck = decks.setdefault(item.card.deck, deck_id(item.card.deck))
        used.setdefault(item.card.note_type, deck)
    decks_json = json.loads(cursor.execute("SELECT decks FROM col").fetchone()[0])
    models_json = json.loads(cursor.execute("SELECT models FROM col").fetchone()[0])
    for name, did in decks.items():
        decks_json[str(did)] = genanki.Deck(did, name).to_json()
    for kind, first_deck in used.items():
        models_json[str(models[kind].model_id)] = models[kind].to_json(timestamp, first_deck)
    cursor.execute("UPDATE col SET decks = ?, models = ?", (json.dumps(decks_json), json.dumps(models_json)))
    ids = itertools.count(int(timestamp * 1000))
    note_rows: list[tuple[Any, ...]] = []
    card_rows: list[tuple[Any, ...]] = []
    for item in notes:
        card = item.card
        fields = [card.question_html, card.answer_html, card.context, html.escape(card.source, quote=False)]
        if card.note_type == "cloze":
            # genanki works out which cards a cloze note has; such notes are few
            note = _Note(item.mod, model=models["cloze"], fields=fields, tags=list(card.tags), guid=card.guid)
            note.write_to_db(cursor, timestamp, decks[card.deck], ids)
            continue
        # Basic notes are written in bulk, with the rows genanki would write (one card, ord 0)
        note_id = next(ids)
        tags = " " + " ".join(card.tags) + " "
        note_rows.append((note_id, card.guid, models["basic"].model_id, item.mod, -1, tags, "\x1f".join(fields), fields[0], 0, 0, ""))
        card_rows.append((next(ids), note_id, decks[card.deck], 0, item.mod, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ""))
    cursor.executemany("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?)", note_rows)
    cursor.executemany("INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", card_rows)


def _model(note_type: NoteType) -> genanki.Model:
    return genanki.Model(
        note_type.model_id,
        note_type.name,
        fields=[{"name": name} for name in note_type.fields],
        templates=[{"name": name, "qfmt": front, "afmt": back} for name, front, back in note_type.templates],
        css=note_type.css,
        model_type=genanki.Model.CLOZE if note_type.cloze else genanki.Model.FRONT_BACK,
        sort_field_index=0,
    )


def write_package(path: Path, notes: Sequence[PackagedNote], media: Iterable[MediaFile], timestamp: float) -> None:
    """Write one .apkg holding every deck, atomically and durably."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_temporary(path)
    try:
        with os.fdopen(fd, "w+b") as handle:
            _write(handle, notes, sorted({m.name: m for m in media}.values(), key=lambda m: m.name), timestamp)
            handle.flush()
            # Renaming before the data is on disk can leave an empty package after a crash.
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _sync_directory(path.parent)


def _create_temporary(path: Path) -> tuple[int, Path]:
    """A new, empty file beside PATH, opened for writing. Created with mode 0o666 so that the kernel applies
    the umask (and any default ACL) as for any new file; mkstemp's 0o600 would make the deck private, and
    reading the umask with os.umask() changes it for every thread meanwhile."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue


def _sync_directory(folder: Path) -> None:
    """Make the rename in FOLDER durable. Some platforms (Windows) cannot open or sync a folder: then the
    rename is as durable as the system makes it."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write(target: BinaryIO, notes: Sequence[PackagedNote], media: list[MediaFile], timestamp: float) -> None:
    fd, db_name = tempfile.mkstemp(suffix=".anki2")
    os.close(fd)
    try:
        conn = sqlite3.connect(db_name)
        try:
            cursor = conn.cursor()
            cursor.execute("PRAGMA journal_mode = OFF")
            cursor.execute("PRAGMA synchronous = OFF")
            _write_collection(cursor, notes, timestamp)
            conn.commit()
        finally:
            conn.close()
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.write(db_name, "collection.anki2")
            archive.writestr("media", json.dumps({str(i): m.name for i, m in enumerate(media)}))
            for i, item in enumerate(media):
                archive.write(item.path, str(i))
    finally:
        os.unlink(db_name)
