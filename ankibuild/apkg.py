"""The only module that writes decks, and the only one importing genanki (only when it needs it: an
update of a kept collection writes genanki's JSON remembered from the build that made it).

A package is written to a temporary file beside the target, synced to disk and renamed into place, so a
failed or interrupted build (or a power cut) never leaves a half-written deck. It gets the mode any new file
would (0o666 less the umask), not a private temporary file's 0o600.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import html
import itertools
import json
import os
import pickle
import secrets
import shutil
import sqlite3
import struct
import tempfile
import threading
import time
import zipfile
import zlib
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from .cache import code_fingerprint
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


@functools.cache
def _note_class() -> Any:
    """genanki's Note, carrying its own `mod` (imported only when a cloze note is written)."""
    import genanki

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

    return _Note


KEEP_DB = "collection.anki2"
"""Name of the collection kept between builds (in the `keep` folder) so that a rebuild only applies changes."""
DEFLATE_CHUNK = 1 << 20
"""Bytes of the collection compressed as one piece (see `_Deflated`)."""
DEFLATE_LEVEL = 1
"""zlib level: 1 compresses a collection about 5:1, barely less than 6, at a third of the time."""
ZIP32_LIMIT = 0xFFFFFFFF
"""Sizes from here on need zip64 fields, which `_zip` leaves to zipfile."""
_WORKERS = min(os.cpu_count() or 1, 4)
FREE_PAGE_LIMIT = 4
"""A kept collection whose free pages exceed 1/FREE_PAGE_LIMIT of its pages is written afresh."""
KEEP_MANIFEST = "collection.manifest"
"""What the kept collection holds: per GUID its note id, kind and content signature."""
KEEP_PIECES = "collection.deflate"
"""The kept collection compressed, its pieces back to back (see `_Deflated`)."""


@dataclass(frozen=True, slots=True)
class _Manifest:
    """The kept collection's notes, and how to tell the collection file is the one described."""

    notes: dict[str, tuple[Any, ...]]
    """GUID → (note id, note type, *signature of everything its rows hold): one flat tuple per note, as a
    rebuild of 100,000 notes holds two of these dicts and pickles one."""
    next_id: int
    """The next free note/card id."""
    stat: tuple[int, int, int]
    """(size, mtime_ns, inode) of the collection file this manifest was written for."""
    deflated: tuple[int, ...] = ()
    """The sizes of that file's compressed pieces, `DEFLATE_CHUNK` bytes each before (see `_Deflated`)."""
    col: _ColJson | None = None
    """genanki's JSON for the collection row, as the build that wrote the file got it."""
    pieces: tuple[int, int, int] = (0, 0, 0)
    """(size, mtime_ns, inode) of the file holding those pieces back to back (`KEEP_PIECES`)."""


@dataclass(frozen=True, slots=True)
class _ColJson:
    """genanki's JSON for the collection row, in the parts it is made of. Kept in the manifest, so that an
    update of a kept collection neither imports genanki (and the yaml and asyncio it pulls in) nor asks it
    again; any other code or genanki version asks it afresh."""

    version: str
    """`code_fingerprint()` of the build that asked genanki."""
    decks: str
    """The decks JSON of genanki's empty collection."""
    models: str
    """Its note types JSON."""
    deck: dict[str, Any]
    """`Deck(0, "").to_json()`: a deck's JSON but for its `id` and `name`."""
    note_types: dict[str, dict[str, Any]]
    """Per note type, `Model.to_json(0, 0)`: its JSON but for `mod` (the build time) and `did` (a deck)."""


def _col_json(manifest: _Manifest | None) -> _ColJson:
    """The collection row's JSON parts: the kept ones when genanki and ankibuild are the same, else those this
    code remembers in the user's cache folder (`_remembered_col`), else genanki's."""
    kept = getattr(manifest, "col", None)  # a manifest pickled by an older ankibuild lacks it
    if isinstance(kept, _ColJson) and kept.version == code_fingerprint():
        return kept
    return _pristine()[0]


@functools.cache
def _pristine() -> tuple[_ColJson, str, str]:
    """genanki's collection row JSON parts, and the SQL of its empty collection (schema, then `col` row), as
    this code and genanki make them: from the user's cache folder when this very code wrote them there, else
    asked of genanki (whose import, with the asyncio it pulls in, is a sixth of writing a 10,000-note
    package) and remembered there. They depend on the code alone, never on the notes, like the compiled
    patterns kept beside them (`regex_cache`): a build that remembers them writes the same bytes."""
    version = code_fingerprint()
    remembered = _remembered_col(version)
    if remembered is not None:
        return remembered
    import genanki
    from genanki.apkg_col import APKG_COL
    from genanki.apkg_schema import APKG_SCHEMA

    decks, models = _pristine_col()
    note_types = {kind: _model(note_type).to_json(0, 0) for kind, note_type in NOTE_TYPES.items()}
    made = (_ColJson(version, decks, models, genanki.Deck(0, "").to_json(), note_types), str(APKG_SCHEMA), str(APKG_COL))
    _remember_col(made)
    return made


COL_FILE_PREFIX = "genanki-col-"
"""The name of the file in the user's cache folder holding genanki's collection JSON for one code version."""


def _col_file(version: str) -> Path | None:
    from .regex_cache import cache_folder

    try:
        return cache_folder() / f"{COL_FILE_PREFIX}{version}.json"
    except (OSError, RuntimeError):  # no home folder to find
        return None


def _remembered_col(version: str) -> tuple[_ColJson, str, str] | None:
    """What `_remember_col` wrote for this code VERSION; None when missing, damaged or of other code."""
    path = _col_file(version)
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        col = _ColJson(data["version"], data["decks"], data["models"], data["deck"], data["note_types"])
        schema, col_sql = data["schema"], data["col_sql"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    shaped = (
        col.version == version
        and all(isinstance(v, str) for v in (col.decks, col.models, schema, col_sql))
        and isinstance(col.deck, dict)
        and isinstance(col.note_types, dict)
        and set(col.note_types) == set(NOTE_TYPES)
        and all(isinstance(v, dict) for v in col.note_types.values())
    )
    return (col, schema, col_sql) if shaped else None


def _remember_col(made: tuple[_ColJson, str, str]) -> None:
    """Write genanki's collection JSON for this code to the user's cache folder, atomically; a folder that
    cannot be written only means asking genanki again next time."""
    col, schema, col_sql = made
    path = _col_file(col.version)
    if path is None:
        return
    data = {"version": col.version, "decks": col.decks, "models": col.models, "deck": col.deck, "note_types": col.note_types}
    data.update(schema=schema, col_sql=col_sql)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)


@dataclass(frozen=True, slots=True)
class _Deflated:
    """A collection file compressed as one raw deflate stream cut into pieces: each piece compresses
    `DEFLATE_CHUNK` bytes on its own and ends on a full flush (the last one finishes the stream), so the
    pieces can be made in parallel and a piece whose bytes did not change can be reused next build."""

    lengths: tuple[int, ...]
    """The compressed pieces' sizes, in order."""
    crc: int
    """CRC-32 of the uncompressed file."""
    size: int
    """Size of the uncompressed file."""
    path: Path
    """The file holding the pieces back to back: the entry's data. On disk, not in memory: for 100,000
    notes they weigh 40 MiB, held while every card is."""


@dataclass(frozen=True, slots=True)
class PackageDelta:
    """An update of the kept collection in which only the notes handed over may have changed: every other
    note of the package is, row for row, what the kept collection holds (a rebuild that kept every question,
    see `incremental`). What the collection row needs from the whole package comes with it."""

    decks: tuple[str, ...]
    """Every deck of the package, in the order its notes first use them."""
    first_decks: tuple[tuple[str, str], ...]
    """(note type, the deck of the first note of that type), in the order the note types first appear."""


@dataclass(frozen=True, slots=True)
class KeptCopy:
    """The kept collection's manifest and a private copy of the collection, made ahead of `write_package`
    (by a rebuild while it waits for its parser). `discard` deletes the copy when it was not used."""

    manifest: _Manifest
    """The manifest, checked against the kept files."""
    work: Path
    """The copy, named as `write_package` names its work file."""

    def discard(self) -> None:
        self.work.unlink(missing_ok=True)


def copy_kept(keep: Path) -> KeptCopy | None:
    """A copy of the collection kept in KEEP with its manifest, or None when there is none that fits."""
    manifest = _load_manifest(keep / KEEP_MANIFEST, keep / KEEP_DB, keep / KEEP_PIECES)
    if manifest is None:
        return None
    work = keep / f".{KEEP_DB}.{secrets.token_hex(6)}.tmp"
    try:
        shutil.copyfile(keep / KEEP_DB, work)
    except OSError:
        work.unlink(missing_ok=True)
        return None
    return KeptCopy(manifest, work)


class DeltaRefused(Exception):
    """The kept collection cannot take a delta (none kept, damaged, bloated, or a note it does not hold):
    nothing was written; the package must be written from every note."""


def _signature(item: PackagedNote, did: int) -> tuple[Any, ...]:
    """Everything a note's rows depend on besides its id, compactly: equal signatures, equal rows. The
    card's `content` hash covers its fields (Source included), its tags, deck and note type, so the Source
    text itself is not kept: a manifest holds one of these per note, alive with every card at the peak."""
    card = item.card
    content = card.content or hashlib.blake2b("\x1f".join([*_fields(card), *card.tags, card.deck, card.note_type]).encode(), digest_size=16).hexdigest()
    return (item.mod, did, content)


def _fields(card: Card) -> list[str]:
    return [card.question_html, card.answer_html, card.context, html.escape(card.source, quote=False)]


@functools.cache
def _pristine_col() -> tuple[str, str]:
    """The decks and note types JSON of genanki's empty collection."""
    from genanki.apkg_col import APKG_COL
    from genanki.apkg_schema import APKG_SCHEMA

    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(APKG_SCHEMA)
        conn.executescript(APKG_COL)
        decks, models = conn.execute("SELECT decks, models FROM col").fetchone()
    finally:
        conn.close()
    return str(decks), str(models)


def _write_collection(cursor: Any, notes: Sequence[PackagedNote], timestamp: float, manifest: _Manifest | None = None, delta: PackageDelta | None = None) -> _Manifest:
    """Bring a collection to hold exactly NOTES: an empty one (manifest None) is filled, a kept one (with
    its manifest) only gets the rows that changed. Decks' and note types' JSON is written once (genanki
    rewrites it once per deck, quadratic in decks); notes are streamed in, none held as genanki objects.
    With DELTA, NOTES are only those that may have changed, and the kept collection holds every other."""
    if manifest is None:
        _, schema, col_sql = _pristine()
        cursor.executescript(schema)
        cursor.executescript(col_sql)
    col = _col_json(manifest)
    decks: dict[str, int] = {}
    used: dict[str, int] = {}
    if delta is not None:
        decks = {name: deck_id(name) for name in delta.decks}
        used = {kind: decks[name] for kind, name in delta.first_decks}
    for item in notes if delta is None else ():
        name = item.card.deck
        deck = decks.get(name)
        if deck is None:
            deck = decks[name] = deck_id(name)
        used.setdefault(item.card.note_type, deck)
    decks_json, models_json = json.loads(col.decks), json.loads(col.models)
    for name, did in decks.items():
        decks_json[str(did)] = {**col.deck, "id": did, "name": name}
    for kind, first_deck in used.items():
        models_json[str(NOTE_TYPES[kind].model_id)] = {**col.note_types[kind], "mod": int(timestamp), "did": first_deck}
    cursor.execute("UPDATE col SET decks = ?, models = ?", (json.dumps(decks_json), json.dumps(models_json)))

    kept = manifest.notes if manifest is not None else {}
    ids = itertools.count(max(int(timestamp * 1000), manifest.next_id if manifest is not None else 0))
    if delta is None:
        wanted = {item.card.guid for item in notes}
        stale = [entry[0] for guid, entry in kept.items() if guid not in wanted]
        written: dict[str, tuple[Any, ...]] = {}
    else:
        stale, written = [], dict(kept)  # every note but these is kept as it is
        if any(item.card.guid not in kept or item.card.deck not in decks for item in notes):
            raise DeltaRefused("a changed note the kept collection does not hold")
    # Rows are made as sqlite takes them: a list of rows would hold every note's fields a second time.
    updates: list[tuple[PackagedNote, int, int]] = []
    inserts: list[tuple[PackagedNote, int, tuple[Any, ...]]] = []
    for item in notes:
        card = item.card
        did = decks[card.deck]
        signature = _signature(item, did)
        old = kept.get(card.guid)
        if old is not None and old[1] == card.note_type and old[2:] == signature:
            written[card.guid] = old
        elif old is not None and old[1] == card.note_type == "basic":
            updates.append((item, did, old[0]))
            written[card.guid] = (old[0], "basic", *signature)
        else:
            if delta is not None:
                raise DeltaRefused("a note changed its note type")
            if old is not None:
                stale.append(old[0])
            inserts.append((item, did, signature))
    # Deletions first: a note that changed type is deleted and inserted again under the same GUID.
    cursor.executemany("DELETE FROM cards WHERE nid = ?", [(nid,) for nid in stale])
    cursor.executemany("DELETE FROM notes WHERE id = ?", [(nid,) for nid in stale])
    cursor.executemany("UPDATE notes SET mod = ?, tags = ?, flds = ?, sfld = ? WHERE id = ?", (_updated_note(item, nid) for item, _, nid in updates))
    cursor.executemany("UPDATE cards SET did = ?, mod = ? WHERE nid = ?", [(did, item.mod, nid) for item, did, nid in updates])
    basic: list[tuple[PackagedNote, int, int, int]] = []
    for item, did, signature in inserts:
        card = item.card
        if card.note_type == "cloze":
            # genanki works out which cards a cloze note has; such notes are few
            note = _note_class()(item.mod, model=_model(NOTE_TYPES["cloze"]), fields=_fields(card), tags=list(card.tags), guid=card.guid)
            note.write_to_db(cursor, timestamp, did, ids)
            written[card.guid] = (_note_id(cursor, card.guid), "cloze", *signature)
            continue
        # Basic notes are written in bulk, with the rows genanki would write (one card, ord 0)
        note_id = next(ids)
        basic.append((item, did, note_id, next(ids)))
        written[card.guid] = (note_id, "basic", *signature)
    model_id = NOTE_TYPES["basic"].model_id
    cursor.executemany("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?)", (_new_note(item, note_id, model_id) for item, _, note_id, _ in basic))
    cursor.executemany(
        "INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        ((card_id, note_id, did, 0, item.mod, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "") for item, did, note_id, card_id in basic),
    )
    return _Manifest(written, next(ids), (0, 0, 0), col=col)


def _tags(card: Card) -> str:
    return " " + " ".join(card.tags) + " "


def _updated_note(item: PackagedNote, note_id: int) -> tuple[Any, ...]:
    """The values of `UPDATE notes` for a basic note whose rows changed."""
    fields = _fields(item.card)
    return (item.mod, _tags(item.card), "\x1f".join(fields), fields[0], note_id)


def _new_note(item: PackagedNote, note_id: int, model_id: int) -> tuple[Any, ...]:
    """The `notes` row genanki would write for a basic note."""
    fields = _fields(item.card)
    return (note_id, item.card.guid, model_id, item.mod, -1, _tags(item.card), "\x1f".join(fields), fields[0], 0, 0, "")


def _note_id(cursor: Any, guid: str) -> int:
    return int(cursor.execute("SELECT id FROM notes WHERE guid = ?", (guid,)).fetchone()[0])


def _model(note_type: NoteType) -> Any:
    import genanki

    return genanki.Model(
        note_type.model_id,
        note_type.name,
        fields=[{"name": name} for name in note_type.fields],
        templates=[{"name": name, "qfmt": front, "afmt": back} for name, front, back in note_type.templates],
        css=note_type.css,
        model_type=genanki.Model.CLOZE if note_type.cloze else genanki.Model.FRONT_BACK,
        sort_field_index=0,
    )


def write_package(
    path: Path,
    notes: Sequence[PackagedNote],
    media: Iterable[MediaFile],
    timestamp: float,
    keep: Path | None = None,
    delta: PackageDelta | None = None,
    copy: KeptCopy | None = None,
) -> None:
    """Write one .apkg holding every deck, atomically and durably. With KEEP, a folder private to this
    package, the collection is kept there between builds and only the notes that changed are rewritten.
    With DELTA (and KEEP), NOTES are only the notes that may have changed since the kept collection was
    written; when it cannot take them, `DeltaRefused` is raised and nothing is written. COPY is the kept
    collection already copied (`copy_kept`); it is used up either way."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_temporary(path)
    try:
        with os.fdopen(fd, "w+b") as handle, _collection(notes, timestamp, keep, delta, copy) as (database, deflated):
            _zip(handle, database, deflated, sorted({m.name: m for m in media}.values(), key=lambda m: m.name), timestamp)
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


@contextlib.contextmanager
def _collection(
    notes: Sequence[PackagedNote], timestamp: float, keep: Path | None, delta: PackageDelta | None = None, copy: KeptCopy | None = None
) -> Iterator[tuple[Path, _Deflated]]:
    """A collection file holding NOTES, and its compressed form: a temporary one, or the one kept in KEEP
    brought up to date (compressing again only the pieces whose bytes changed)."""
    if keep is None and delta is not None:
        raise DeltaRefused("no kept collection")
    if keep is None:
        fd, name = tempfile.mkstemp(suffix=".anki2")
        os.close(fd)
        pieces_fd, pieces = tempfile.mkstemp(suffix=".deflate")
        os.close(pieces_fd)
        try:
            _fill(Path(name), notes, timestamp, None)
            yield Path(name), _deflate(Path(name), None, Path(pieces))
        finally:
            os.unlink(name)
            os.unlink(pieces)
        return
    keep.mkdir(parents=True, exist_ok=True)
    for leftover in keep.glob(f".*{DISCARDED}"):  # left by a build that ended before deleting it
        leftover.unlink(missing_ok=True)
    kept, manifest_path, kept_pieces = keep / KEEP_DB, keep / KEEP_MANIFEST, keep / KEEP_PIECES
    copy = copy or copy_kept(keep)
    work = copy.work if copy else keep / f".{KEEP_DB}.{secrets.token_hex(6)}.tmp"
    work_pieces = keep / f".{KEEP_PIECES}.{secrets.token_hex(6)}.tmp"
    try:
        manifest = copy.manifest if copy else None
        result = None
        if manifest is not None:
            try:
                result, bloated = _fill(work, notes, timestamp, manifest, delta)
                if bloated:
                    result = None
            except (OSError, sqlite3.Error):
                result = None  # a damaged kept collection: write a fresh one
        if result is None and delta is not None:
            raise DeltaRefused("the kept collection is missing, damaged or bloated")
        if result is None:
            work.unlink(missing_ok=True)
            result, _ = _fill(work, notes, timestamp, None)
        deflated = _deflate(work, (kept, kept_pieces, manifest.deflated) if manifest is not None else None, work_pieces)
        _save_manifest(_Manifest(result.notes, result.next_id, _stat(work), deflated.lengths, result.col, _stat(work_pieces)), manifest_path)
        _replace_discarding(work, kept)
        _replace_discarding(work_pieces, kept_pieces)
    finally:
        work.unlink(missing_ok=True)
        work_pieces.unlink(missing_ok=True)
    yield kept, replace(deflated, path=kept_pieces)


DISCARDED = ".discarded"
"""Suffix of a kept file that was replaced and is being deleted (`_replace_discarding`)."""


def _replace_discarding(source: Path, target: Path) -> None:
    """`os.replace(source, target)`, but the file it replaces is deleted by a background thread. Freeing the
    blocks of a collection of tens of MB takes the file system about 20 ms, a tenth of a rebuild after an
    edit; meanwhile the build goes on packaging and writing the lockfile. The interpreter waits for the
    thread before it exits, and a file left by a crash is deleted by the next build (`_collection`)."""
    discarded = target.with_name(f".{target.name}.{secrets.token_hex(6)}{DISCARDED}")
    try:
        os.rename(target, discarded)  # from here until the replace, no kept file: its manifest no longer matches
    except OSError:
        os.replace(source, target)
        return
    os.replace(source, target)
    threading.Thread(target=discarded.unlink, kwargs={"missing_ok": True}, name="ankibuild-discard").start()


def _stat(path: Path) -> tuple[int, int, int]:
    """What tells a kept file is the one a manifest was written for: (size, mtime_ns, inode)."""
    stat = path.stat()
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


def _fill(database: Path, notes: Sequence[PackagedNote], timestamp: float, manifest: _Manifest | None, delta: PackageDelta | None = None) -> tuple[_Manifest, bool]:
    """Write NOTES into the collection file (empty, or described by MANIFEST). The flag tells that an
    updated collection has become too much free pages (old rows): better written afresh."""
    conn = sqlite3.connect(database)
    try:
        cursor = conn.cursor()
        cursor.execute("PRAGMA journal_mode = OFF")
        cursor.execute("PRAGMA synchronous = OFF")
        result = _write_collection(cursor, notes, timestamp, manifest, delta)
        conn.commit()
        free = cursor.execute("PRAGMA freelist_count").fetchone()[0]
        bloated = free * FREE_PAGE_LIMIT > cursor.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()
    return result, bloated


def _load_manifest(path: Path, database: Path, pieces: Path) -> _Manifest | None:
    """The manifest of the kept collection, or None when any of the three is missing or they do not belong
    together."""
    try:
        with open(path, "rb") as handle:
            manifest = pickle.load(handle)
        stats = (_stat(database), _stat(pieces))
    except Exception:  # noqa: BLE001 - a missing or damaged manifest only means a full write
        return None
    if not isinstance(manifest, _Manifest) or (manifest.stat, getattr(manifest, "pieces", None)) != stats:
        return None
    if getattr(manifest, "col", None) is None:
        return None  # written by an older ankibuild, whose signatures were made otherwise
    return manifest


def _save_manifest(manifest: _Manifest, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        with open(tmp, "wb") as handle:
            pickle.dump(manifest, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _deflate(database: Path, previous: tuple[Path, Path, tuple[int, ...]] | None, out: Path) -> _Deflated:
    """Compress DATABASE piece by piece on every core (zlib lets go of the interpreter lock) into OUT, the
    pieces back to back. With the previous file, its pieces' file and their sizes, a piece whose bytes are
    unchanged (and is last in both or in neither) is copied over; only the pieces touched by changed rows
    are compressed again. Memory stays at a few pieces."""
    old_lengths = previous[2] if previous else ()
    offsets = list(itertools.accumulate(old_lengths, initial=0))
    size = database.stat().st_size
    count = max(1, -(-size // DEFLATE_CHUNK))
    crc = 0
    lengths: list[int] = []
    pending: deque[bytes | Future[bytes]] = deque()
    with open(database, "rb") as new, open(out, "wb") as sink, contextlib.ExitStack() as stack:
        old = old_pieces = None
        if previous and old_lengths:
            old, old_pieces = stack.enter_context(open(previous[0], "rb")), stack.enter_context(open(previous[1], "rb"))
        pool = stack.enter_context(ThreadPoolExecutor(max_workers=_WORKERS))

        def write_ready(bound: int) -> None:
            # in order, as soon as they are done; waiting for the first only past BOUND pieces in flight
            while pending and (isinstance(pending[0], bytes) or pending[0].done() or len(pending) > bound):
                head = pending.popleft()
                data = head if isinstance(head, bytes) else head.result()
                sink.write(data)
                lengths.append(len(data))

        for index in range(count):
            piece = new.read(DEFLATE_CHUNK)
            crc = zlib.crc32(piece, crc)
            last = index == count - 1
            reusable = old is not None and index < len(old_lengths) and (index == len(old_lengths) - 1) == last
            if reusable and old is not None and old_pieces is not None:
                old.seek(index * DEFLATE_CHUNK)
                if old.read(DEFLATE_CHUNK) == piece:
                    old_pieces.seek(offsets[index])
                    pending.append(old_pieces.read(old_lengths[index]))
                    write_ready(2 * _WORKERS)
                    continue
            pending.append(pool.submit(_compress_piece, piece, last))
            write_ready(2 * _WORKERS)
        write_ready(0)
    return _Deflated(tuple(lengths), crc, size, out)


def _compress_piece(piece: bytes, last: bool) -> bytes:
    compressor = zlib.compressobj(DEFLATE_LEVEL, zlib.DEFLATED, -15)
    return compressor.compress(piece) + compressor.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH)


def _zip(target: BinaryIO, database: Path, deflated: _Deflated, media: list[MediaFile], timestamp: float) -> None:
    """The package: `collection.anki2` written from its deflated pieces (zipfile cannot take compressed
    data), then the media list and files added by zipfile. Past the plain zip format's 4 GiB limits
    zipfile writes the whole package."""
    compressed = sum(deflated.lengths)
    if max(compressed, deflated.size) >= ZIP32_LIMIT:
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=DEFLATE_LEVEL) as archive:
            info = zipfile.ZipInfo.from_file(database, "collection.anki2")
            info.date_time, info.compress_type = _zip_time(timestamp), zipfile.ZIP_DEFLATED
            with open(database, "rb") as source, archive.open(info, "w", force_zip64=True) as stream:
                shutil.copyfileobj(source, stream, DEFLATE_CHUNK)
        _add_media(target, media, timestamp)
        return
    name = b"collection.anki2"
    moment = time.localtime(timestamp)
    dos_time = moment.tm_hour << 11 | moment.tm_min << 5 | moment.tm_sec // 2
    dos_date = max(moment.tm_year - 1980, 0) << 9 | moment.tm_mon << 5 | moment.tm_mday
    target.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, dos_time, dos_date, deflated.crc, compressed, deflated.size, len(name), 0) + name)
    with open(deflated.path, "rb") as pieces:
        shutil.copyfileobj(pieces, target, DEFLATE_CHUNK)
    directory = target.tell()
    entry = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 3 << 8 | 20, 20, 0, 8, dos_time, dos_date, deflated.crc, compressed, deflated.size, len(name), 0, 0, 0, 0, 0o100644 << 16, 0) + name
    target.write(entry)
    target.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(entry), directory, 0))
    _add_media(target, media, timestamp)


def _zip_time(timestamp: float) -> tuple[int, int, int, int, int, int]:
    """The build time as a zip entry's date and time (from 1980 on, as zip requires)."""
    moment = time.localtime(max(timestamp, 315532800 + 86400))
    return (moment.tm_year, moment.tm_mon, moment.tm_mday, moment.tm_hour, moment.tm_min, moment.tm_sec)


def _add_media(target: BinaryIO, media: list[MediaFile], timestamp: float) -> None:
    """The media list and files, every entry dated at the build time (not the clock, nor the files' own
    times): the same notes, lockfile and SOURCE_DATE_EPOCH make the same package, byte for byte."""
    target.seek(0)
    when = _zip_time(timestamp)
    with zipfile.ZipFile(target, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=DEFLATE_LEVEL) as archive:
        entries = [("media", None), *((str(i), item.path) for i, item in enumerate(media))]
        for name, path in entries:
            info = zipfile.ZipInfo(name, when)
            info.compress_type, info.external_attr = zipfile.ZIP_DEFLATED, 0o100644 << 16
            if path is None:
                archive.writestr(info, json.dumps({str(i): m.name for i, m in enumerate(media)}))
                continue
            info.file_size = os.path.getsize(path)  # lets zipfile choose zip64 fields for a huge file
            with open(path, "rb") as source, archive.open(info, "w") as entry:
                shutil.copyfileobj(source, entry, DEFLATE_CHUNK)


def package_stamp(rows: list[str], media: Sequence[MediaFile]) -> str:
    """The package stamp of notes given as `guid␟mod␟content` rows (any order) and of the media files."""
    every = sorted(rows) + sorted(f"{m.name}\x1f{m.path}" for m in media)
    every.append(code_fingerprint())
    return hashlib.sha256("\n".join(every).encode()).hexdigest()


def note_fields(card: Card) -> list[str]:
    """A note's fields as packaged, in note type order (`sync` writes exactly these into a collection)."""
    return _fields(card)
