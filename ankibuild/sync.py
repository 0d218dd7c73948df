"""`ankibuild sync`: write the planned notes straight into an Anki collection with the official backend.

The only module (besides the tests) that imports `anki`, an optional extra (`pip install 'ankibuild[anki]'`):
its Rust backend is Anki itself, so the collection is changed exactly as Anki desktop changes it. What to
change is worked out by `syncplan.py` from the build's planned notes; this module reads the collection,
makes Anki's own backup into the profile's `backups` folder, and applies every change inside one database
transaction and one undo step: a failure or Ctrl-C leaves the collection as it was.

Where the record of what ankibuild last wrote lives: in the collection's own configuration (key
`ankibuild.sync`), written in the same transaction as the notes. So it can never disagree with the notes it
describes — not after a failed sync, not after the user restores one of Anki's backups, not on another
computer that got the collection through AnkiWeb (the configuration syncs with it) — and it needs no file
beside the user's notes or collection.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# anki.collection must be imported before any other anki module (the scheduler's circular import).
import anki.collection  # noqa: F401
from anki.cards import CardId
from anki.collection import AddNoteRequest, Collection
from anki.decks import DeckId
from anki.errors import BackendError, DBError
from anki.models import NotetypeDict, NotetypeId
from anki.notes import Note, NoteId
from anki.utils import to_json_bytes

from .build import PlannedBuild
from .config import BuildConfig
from .lock import LockEntry, write_lock
from .notetypes import NOTE_TYPES, schema_prints
from .notetypes import NoteType as NoteTypeSpec
from .records import AnkiBuildError, Diagnostic, Loc, MediaFile
from .syncplan import CollectionNote, SyncedState, SyncPlan, fields_hash, is_removed, plan_sync

RECORD_KEY = "ankibuild.sync"
"""Configuration key of the record of what ankibuild last wrote, per note."""
RECORD_VERSION = 1
UNDO_NAME = "ankibuild sync"
LOCKED = "close Anki (or switch profile) and run sync again"
BACKUP_NAME = "backup-%Y-%m-%d-%H.%M.%S.colpkg"
"""How Anki names a backup: the local time, to the second. A backup made in a second that already has
one replaces it without a word."""
_CHUNK = 500
"""GUIDs or ids per SQL query (SQLite limits the number of parameters)."""


@dataclass(frozen=True, slots=True)
class SyncOptions:
    """What the user asked of this sync."""

    dry_run: bool = False
    """Print the plan, write nothing (not even the lockfile)."""
    delete_removed: bool = False
    """Delete the notes of removed questions instead of tagging them."""
    overwrite_edits: bool = False
    """Let the Markdown win over fields edited in Anki."""


@dataclass(frozen=True, slots=True)
class PreparedSync:
    """A sync worked out against the open collection, before anything is written."""

    plan: SyncPlan
    """The note changes and the record to keep."""
    media: tuple[MediaFile, ...]
    """Files to add to the collection's media folder."""
    notetypes: tuple[str, ...]
    """Note types to create or bring up to date (templates, CSS), by name."""
    diagnostics: tuple[Diagnostic, ...]
    """Problems found (media kept, notes left alone)."""
    lock: dict[str, LockEntry]
    """The lockfile planned."""
    lock_changed: bool
    """The lockfile on disk differs from the one planned."""

    @property
    def writes(self) -> bool:
        """Something in the collection changes."""
        return bool(self.plan.note_changes or self.plan.record_changed or self.media or self.notetypes)


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What a sync wrote."""

    backup: str | None
    """The backup made before the first write (None when nothing was written)."""
    stored: int
    """Notes whose fields were written."""


def open_collection(path: Path) -> Collection:
    """Open a collection the way Anki does; one held open by Anki desktop (or another sync) is refused."""
    try:
        return Collection(str(path))
    except DBError as exc:
        if "already open" in str(exc).lower() or "locked" in str(exc).lower():
            raise AnkiBuildError(f"the collection is open in Anki or another program: {LOCKED}", Loc(str(path))) from None
        raise AnkiBuildError(f"cannot open the collection: {exc}", Loc(str(path))) from None
    except BackendError as exc:
        raise AnkiBuildError(f"cannot open the collection: {exc}", Loc(str(path))) from None


@contextmanager
def session(path: Path) -> Iterator[Collection]:
    """The collection, open for the time of one sync and closed after it, whatever happens."""
    col = open_collection(path)
    try:
        yield col
    finally:
        col.close()


def prepare_sync(col: Collection, planned: PlannedBuild, config: BuildConfig, options: SyncOptions) -> PreparedSync:
    """Compare the planned notes with the collection: nothing is written."""
    notes = planned.plan.notes
    guids = sorted({n.card.guid for n in notes} | set(planned.plan.lock))
    existing, problems = read_notes(col, guids)
    records = read_records(col)
    plan = plan_sync(
        notes, planned.plan.lock, planned.previous.entries, existing, records, overwrite_edits=options.overwrite_edits, delete_removed=options.delete_removed
    )
    needed = {n.card.note_type for n in notes if not is_removed(n)}
    notetypes = tuple(spec.name for kind, spec in NOTE_TYPES.items() if _notetype_action(col, spec, kind in needed))
    media, media_problems = _missing_media(col, [m for n in notes if not is_removed(n) for m in n.card.media])
    previous = planned.previous
    # A lockfile read through merge-conflict markers (`Lockfile.merge`, from the lockfile-merge work) is
    # written clean even when its entries are the planned ones.
    merged = getattr(previous, "merge", None) is not None
    lock_changed = merged or previous.entries != planned.plan.lock or previous.schemas != schema_prints() or previous.source != config.source_name
    return PreparedSync(plan, media, notetypes, tuple(sorted([*problems, *plan.diagnostics, *media_problems])), planned.plan.lock, lock_changed)


def apply_sync(col: Collection, prepared: PreparedSync, config: BuildConfig, path: Path, notify: Callable[[str], None]) -> SyncResult:
    """Back the collection up with Anki's own backup call, then write every change in one transaction and
    one undo step, then the media files it needs and the lockfile. NOTIFY gets the lines the user must see
    before the writes (the backup's path, what a deletion takes away)."""
    backup = None
    stored = 0
    if prepared.writes:
        backup = make_backup(col, path)
        notify(f"backup: {backup}")
        deleted = prepared.plan.deleted
        if deleted:
            cards = sum(len(c.card_ids) for c in deleted)
            reviews = sum(c.reviews for c in deleted)
            # Anki keeps a deleted card's review entries in its log (statistics count them): they are told
            # here as the history that goes with the cards, not as rows removed.
            notify(f"deleting {len(deleted)} removed note(s): {cards} card(s) and their history of {reviews} review entries go with them")
        try:
            stored = _write_changes(col, prepared)
        except BackendError as exc:
            raise AnkiBuildError(f"Anki refused a change ({exc}); nothing was written, the collection is as it was", Loc(str(path))) from None
        try:
            _add_media(col, prepared.media)
        except KeyboardInterrupt:
            raise AnkiBuildError("interrupted after the notes were written: some media files are missing; run sync again to add them", Loc(str(path))) from None
    if prepared.lock_changed:
        write_lock(config.lock_path, prepared.lock, schema_prints(), source=config.source_name)
    return SyncResult(backup, stored)


def make_backup(col: Collection, path: Path) -> str:
    """A backup of the collection by Anki's own call, into the profile's `backups` folder (beside the
    collection file), and its path. When Anki finds nothing changed since its latest backup there, that
    backup is the one named."""
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    _wait_for_a_free_backup_name(folder)
    before = set(folder.iterdir())
    try:
        col.create_backup(backup_folder=str(folder), force=True, wait_for_completion=True)
    except BackendError as exc:
        raise AnkiBuildError(f"cannot back the collection up ({exc}); nothing was written", Loc(str(folder))) from None
    made = sorted(set(folder.iterdir()) - before, key=lambda p: p.stat().st_mtime_ns)
    if made:
        return str(made[-1])
    existing = sorted(folder.glob("backup-*.colpkg"), key=lambda p: p.stat().st_mtime_ns)
    if existing:
        return str(existing[-1])
    raise AnkiBuildError("Anki made no backup of the collection; nothing was written", Loc(str(folder)))


def _wait_for_a_free_backup_name(folder: Path, clock: Callable[[], float] = time.time, sleep: Callable[[float], None] = time.sleep) -> None:
    """Wait (at most a few seconds) until the name Anki would give a backup made now is free. Two syncs
    within one second (a quick edit and sync again, or a script) would otherwise get one backup file: the
    second replaces the first, and the backup the first sync printed for undoing it is gone."""
    for _ in range(5):  # a bound, should the clock have been set back below the names of existing backups
        now = clock()
        if not (folder / time.strftime(BACKUP_NAME, time.localtime(now))).exists():
            return
        sleep(1.0 - now % 1.0 + 0.01)


def read_notes(col: Collection, guids: Sequence[str]) -> tuple[dict[str, CollectionNote], list[Diagnostic]]:
    """The collection's notes with these GUIDs, whatever their note type, with their cards' decks and review
    counts. Anki allows two notes with one GUID: the older one is used, and the user is told."""
    kinds = {spec.model_id: kind for kind, spec in NOTE_TYPES.items()}
    rows: list[Any] = []
    for chunk in _chunks(guids):
        rows += _db(col).all(f"select id, guid, mid, mod, flds, tags from notes where guid in ({_marks(chunk)}) order by id", *chunk)
    ids = [int(r[0]) for r in rows]
    cards: dict[int, list[tuple[int, int]]] = {}
    reviews: dict[int, int] = {}
    for chunk in _chunks(ids):
        # A card in a filtered deck (a custom study session) belongs to its original deck.
        home = "case when odid != 0 then odid else did end"
        for nid, cid, did in _db(col).all(f"select nid, id, {home} from cards where nid in ({_marks(chunk)}) order by nid, ord", *chunk):
            cards.setdefault(int(nid), []).append((int(cid), int(did)))
        for nid, count in _db(col).all(f"select c.nid, count() from revlog r join cards c on c.id = r.cid where c.nid in ({_marks(chunk)}) group by c.nid", *chunk):
            reviews[int(nid)] = int(count)
    names = {int(d.id): d.name for d in col.decks.all_names_and_ids()}
    notes: dict[str, CollectionNote] = {}
    problems: list[Diagnostic] = []
    for nid, guid, mid, mod, flds, tags in rows:
        if guid in notes:
            problems.append(Diagnostic(Loc(""), "warning", "sync", f"two notes in the collection share the GUID {guid}; only the older one is synced"))
            continue
        own = cards.get(int(nid), [])
        notes[guid] = CollectionNote(
            int(nid),
            guid,
            kinds.get(int(mid)),  # type: ignore[arg-type]
            tuple(str(flds).split("\x1f")),
            tuple(str(tags).split()),
            tuple(cid for cid, _ in own),
            tuple(names.get(did, "") for _, did in own),
            int(mod),
            reviews.get(int(nid), 0),
        )
    return notes, problems


def read_records(col: Collection) -> dict[str, SyncedState]:
    """The record of what ankibuild last wrote into this collection (empty when it never synced here, or
    when the record cannot be read: every note is then treated as never synced, which only keeps more)."""
    return records_from_json(col.get_config(RECORD_KEY, None))


def records_from_json(raw: Any) -> dict[str, SyncedState]:
    """The record from the configuration value `record_json` made."""
    if not isinstance(raw, dict) or raw.get("v") != RECORD_VERSION or not isinstance(raw.get("notes"), dict):
        return {}
    decks, tags = raw.get("decks"), raw.get("tags")
    if not isinstance(decks, list) or not isinstance(tags, list):
        return {}
    records: dict[str, SyncedState] = {}
    for guid, value in raw["notes"].items():
        try:
            wrote, stored, deck, owned, removed = value
            names = tuple(str(tags[int(n)]) for n in str(owned).split())
            records[str(guid)] = SyncedState(str(wrote), str(wrote if stored is None else stored), str(decks[int(deck)]), names, bool(removed))
        except (TypeError, ValueError, IndexError):
            continue
    return records


def record_json(records: Mapping[str, SyncedState]) -> dict[str, Any]:
    """The record as the collection keeps it, compactly (it travels with every AnkiWeb sync): each deck
    name and tag once, notes naming them by number, a stored hash only when it differs from the one sent.
    About 70 bytes a note: 0.7 MB for 10,000 notes of the benchmark corpus."""
    decks = sorted({r.deck for r in records.values()})
    tags = sorted({t for r in records.values() for t in r.tags})
    deck_number = {name: n for n, name in enumerate(decks)}
    tag_number = {name: n for n, name in enumerate(tags)}
    notes = {
        g: [r.wrote, None if r.stored == r.wrote else r.stored, deck_number[r.deck], " ".join(str(tag_number[t]) for t in r.tags), int(r.removed)]
        for g, r in sorted(records.items())
    }
    return {"v": RECORD_VERSION, "decks": decks, "tags": tags, "notes": notes}


def _write_changes(col: Collection, prepared: PreparedSync) -> int:
    """Every change to the collection, in one transaction (rolled back on any error or Ctrl-C) and one undo
    step. Returns how many notes had their fields written."""
    plan = prepared.plan
    records = dict(plan.records)
    stored = 0

    def write() -> None:
        nonlocal stored
        for name in prepared.notetypes:
            _put_notetype(col, next(spec for spec in NOTE_TYPES.values() if spec.name == name))
        # After the note types: keeping a note type's id takes a backend call that clears the undo queue.
        step = col.add_custom_undo_entry(UNDO_NAME)
        models = {kind: col.models.get(NotetypeId(spec.model_id)) for kind, spec in NOTE_TYPES.items()}
        decks: dict[str, DeckId] = {}

        def deck(name: str) -> DeckId:
            if name not in decks:
                did = col.decks.id(name, create=True)
                assert did is not None
                decks[name] = did
                # Each deck made is a step of its own, and Anki keeps only the last 30 steps: fold it in now.
                col.merge_undo_entries(step)
            return decks[name]

        requests: list[AddNoteRequest] = []
        for change in plan.added:
            model = models[change.note_type]
            assert model is not None and change.fields is not None and change.tags is not None
            note = col.new_note(model)
            note.guid = change.guid
            note.fields = list(change.fields)
            note.tags = list(change.tags)
            requests.append(AddNoteRequest(note=note, deck_id=deck(change.deck)))
        if requests:
            col.add_notes(requests)
        written: dict[str, int] = {r.note.guid: int(r.note.id) for r in requests}
        updates: list[Note] = []
        for change in (*plan.updated, *plan.removed):
            note = col.get_note(NoteId(change.note_id))
            if change.fields is not None:
                note.fields = list(change.fields)
                written[change.guid] = change.note_id
            if change.tags is not None:
                note.tags = list(change.tags)
            updates.append(note)
        if updates:
            col.update_notes(updates)
        by_deck: dict[str, list[CardId]] = {}
        for change in plan.moved:
            by_deck.setdefault(change.deck, []).extend(CardId(c) for c in change.card_ids)
        for name, card_ids in sorted(by_deck.items()):
            col.set_deck(card_ids, deck(name))
            col.merge_undo_entries(step)
        if plan.deleted:
            col.remove_notes([NoteId(c.note_id) for c in plan.deleted])
        # What Anki stored (it may normalise what it is given): edits are detected against exactly this.
        for guid, fields in _stored_fields(col, written).items():
            records[guid] = SyncedState(records[guid].wrote, fields_hash(fields), records[guid].deck, records[guid].tags, records[guid].removed)
        stored = len(written)
        col.set_config(RECORD_KEY, record_json(records), undoable=True)
        col.merge_undo_entries(step)

    _db(col).transact(write)
    return stored


def _stored_fields(col: Collection, written: Mapping[str, int]) -> dict[str, tuple[str, ...]]:
    ids = sorted(set(written.values()))
    guid_of = {nid: guid for guid, nid in written.items()}
    out: dict[str, tuple[str, ...]] = {}
    for chunk in _chunks(ids):
        for nid, flds in _db(col).all(f"select id, flds from notes where id in ({_marks(chunk)})", *chunk):
            out[guid_of[int(nid)]] = tuple(str(flds).split("\x1f"))
    return out


def _notetype_action(col: Collection, spec: NoteTypeSpec, needed: bool) -> bool:
    """Whether the note type must be created (absent and needed) or brought up to date (its templates or
    CSS differ). One with our id but another schema is an error, as in `build`: updating its notes would
    break them."""
    existing = col.models.get(NotetypeId(spec.model_id))
    if existing is None:
        return needed
    fields = [f["name"] for f in existing["flds"]]
    templates = [t["name"] for t in existing["tmpls"]]
    if fields != list(spec.fields) or templates != [name for name, _, _ in spec.templates] or (existing["type"] == 1) != spec.cloze:
        raise AnkiBuildError(
            f"the collection's note type {existing['name']!r} (id {spec.model_id}) has another schema "
            f"(fields {', '.join(fields)}; templates {', '.join(templates)}) than ankibuild's "
            f"({', '.join(spec.fields)}): it was changed in Anki. Restore its fields and templates, or rename it and "
            "change its notes to another note type; nothing was written"
        )
    looks = [(t["qfmt"], t["afmt"]) for t in existing["tmpls"]]
    return existing["css"] != spec.css or looks != [(front, back) for _, front, back in spec.templates]


def _put_notetype(col: Collection, spec: NoteTypeSpec) -> None:
    """Create the note type with its fixed id, or update its templates and CSS."""
    existing = col.models.get(NotetypeId(spec.model_id))
    if existing is not None:
        existing["css"] = spec.css
        for template, (_, front, back) in zip(existing["tmpls"], spec.templates, strict=True):
            template["qfmt"], template["afmt"] = front, back
        col.models.update_dict(existing)
        return
    models = col.models
    notetype: NotetypeDict = models.new(spec.name)
    for name in spec.fields:
        models.add_field(notetype, models.new_field(name))
    for name, front, back in spec.templates:
        template = models.new_template(name)
        template["qfmt"], template["afmt"] = front, back
        models.add_template(notetype, template)
    notetype.update(id=spec.model_id, css=spec.css, type=1 if spec.cloze else 0, sortf=0, mod=int(time.time()), usn=-1)
    models.ensure_name_unique(notetype)
    # The public add call gives a new note type a fresh id; keeping ours (as Anki's importer does, so that
    # packages built later match) takes the backend's add-or-update call.
    col._backend.add_or_update_notetype(json=to_json_bytes(notetype), preserve_usn_and_mtime=True, skip_checks=False)
    models._clear_cache()


def _missing_media(col: Collection, media: Iterable[MediaFile]) -> tuple[tuple[MediaFile, ...], list[Diagnostic]]:
    """The files the notes need that the media folder lacks. A file of the same name with other bytes there
    is the user's: it is kept, never overwritten, and reported."""
    folder = Path(col.media.dir())
    missing: list[MediaFile] = []
    problems: list[Diagnostic] = []
    for name, item in sorted({m.name: m for m in media}.items()):
        target = folder / name
        if not target.exists():
            missing.append(item)
        elif not _same_bytes(target, Path(item.path)):
            problems.append(Diagnostic(Loc(name), "warning", "media", f"the collection's media folder holds another file named {name}; kept it"))
    return tuple(missing), problems


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()
    except OSError:
        return False


def _add_media(col: Collection, media: Iterable[MediaFile]) -> None:
    """Add files to the media folder through Anki (which never overwrites a file). Done after the notes are
    committed: an interruption leaves a file missing, which the next sync adds, never a stray file."""
    for item in media:
        col.media.write_data(item.name, Path(item.path).read_bytes())


def _db(col: Collection) -> Any:
    if col.db is None:
        raise AnkiBuildError("the collection is closed")
    return col.db


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _marks(chunk: Sequence[Any]) -> str:
    return ",".join("?" * len(chunk))

