"""What `sync` will change in a collection: the planned notes compared with the collection's notes.

Pure: it takes the build's planned notes, a snapshot of the collection's notes with the same GUIDs and the
record of what ankibuild last wrote into that collection, and returns the changes to make and the record to
keep. `sync.py` reads the snapshot and applies the changes with the official backend.

The record (`SyncedState` per GUID) is what tells an edit made in Anki from a change in the Markdown: per
note, a hash of the fields ankibuild last sent, a hash of the fields as Anki stored them, the deck it put the
note in and the tags it owns. It lives in the collection itself (see `sync.py`), so it is always in step
with the notes it describes.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .apkg import note_fields
from .lock import LockEntry
from .plan import REMOVED_TAG, PlannedNote
from .records import Diagnostic, Loc, NoteType

DERIVED_TAG_ROOTS = ("topic::", "difficulty::", "asked_by::", "ankibuild::")
"""Namespaces of the tags the build derives: on a note ankibuild never synced (imported from a package),
these are taken as ankibuild's and replaced; every other tag is the user's and kept."""


@dataclass(frozen=True, slots=True)
class CollectionNote:
    """A note of the collection, as `sync` needs to see it."""

    note_id: int
    """The collection's note id."""
    guid: str
    """Its GUID."""
    kind: NoteType | None
    """`basic` or `cloze` for ankibuild's note types, None for any other note type."""
    fields: tuple[str, ...]
    """Field contents, in note type order."""
    tags: tuple[str, ...]
    """Tags, as stored."""
    card_ids: tuple[int, ...]
    """Its cards."""
    decks: tuple[str, ...]
    """The deck of each card, aligned with `card_ids`."""
    mod: int
    """Last change, in seconds (an import sets it to the package note's `mod`)."""
    reviews: int = 0
    """Review log entries of its cards."""


@dataclass(frozen=True, slots=True)
class SyncedState:
    """What ankibuild last wrote into the collection for one note."""

    wrote: str
    """Hash of the fields sent (empty: unknown, the note is treated as edited in Anki)."""
    stored: str
    """Hash of the fields as Anki stored them (empty: unknown)."""
    deck: str
    """The deck the note was last put in."""
    tags: tuple[str, ...]
    """The tags ankibuild owns on the note."""
    removed: bool = False
    """The note was tagged removed; it is left alone from then on."""


@dataclass(frozen=True, slots=True)
class NoteChange:
    """One note to add, update, move, tag as removed, keep or delete."""

    guid: str
    """The note's GUID."""
    loc: Loc
    """Where its question is (the document only, for a removed question)."""
    question: str
    """The question as plain text, for the listing."""
    note_type: NoteType = "basic"
    """Its note type."""
    note_id: int = 0
    """The collection's note id; 0 for a note to add."""
    fields: tuple[str, ...] | None = None
    """Fields to write; None keeps the collection's."""
    tags: tuple[str, ...] | None = None
    """The note's whole new tag list; None keeps the collection's."""
    deck: str = ""
    """The deck to add it to or move its cards to."""
    old_deck: str = ""
    """The deck it was in (moves)."""
    card_ids: tuple[int, ...] = ()
    """Cards to move or delete."""
    reviews: int = 0
    """Review entries of the cards (deletions)."""


@dataclass(frozen=True, slots=True)
class SyncPlan:
    """Everything one sync changes, and the record to keep afterwards."""

    added: tuple[NoteChange, ...] = ()
    """New notes, with fields, tags and deck."""
    updated: tuple[NoteChange, ...] = ()
    """Notes whose fields and/or ankibuild's tags change."""
    moved: tuple[NoteChange, ...] = ()
    """Notes whose cards go to another deck."""
    kept: tuple[NoteChange, ...] = ()
    """Notes edited in Anki whose Markdown changed too: the Anki version is kept."""
    removed: tuple[NoteChange, ...] = ()
    """Notes whose question is gone, to tag `ankibuild::removed`."""
    deleted: tuple[NoteChange, ...] = ()
    """Notes whose question is gone, to delete (--delete-removed)."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Notes left alone, and why."""
    records: dict[str, SyncedState] = field(default_factory=dict)
    """The record after the sync; notes whose fields are written get their stored hash once written."""
    record_changed: bool = False
    """The record differs from the one in the collection (even when no note changes)."""

    @property
    def note_changes(self) -> bool:
        """Some note is added, written, moved or deleted."""
        return bool(self.added or self.updated or self.moved or self.removed or self.deleted)


def fields_hash(fields: Iterable[str]) -> str:
    """A short hash of a note's fields. Anki stores text in Unicode NFC: hashing the NFC form makes a note
    written and read back hash the same."""
    return hashlib.sha256("\x1f".join(unicodedata.normalize("NFC", f) for f in fields).encode()).hexdigest()[:12]


def is_removed(note: PlannedNote) -> bool:
    """A note the plan carries only to say its question is gone."""
    return note.card.convention == "removed"


def plan_sync(
    notes: Sequence[PlannedNote],
    lock: Mapping[str, LockEntry],
    previous: Mapping[str, LockEntry],
    existing: Mapping[str, CollectionNote],
    records: Mapping[str, SyncedState],
    *,
    overwrite_edits: bool = False,
    delete_removed: bool = False,
) -> SyncPlan:
    """Compare the planned NOTES with the collection's notes of the same GUIDs (EXISTING) and the record of
    the last sync (RECORDS). LOCK is the lockfile after planning (its `removed` entries are removed
    questions), PREVIOUS the lockfile before (what the last build packaged, for notes never synced)."""
    added: list[NoteChange] = []
    updated: list[NoteChange] = []
    moved: list[NoteChange] = []
    kept: list[NoteChange] = []
    diagnostics: list[Diagnostic] = []
    new_records = dict(records)
    active = {n.card.guid for n in notes if not is_removed(n)}
    for item in notes:
        if is_removed(item):
            continue
        card = item.card
        fields = tuple(note_fields(card))
        wrote = fields_hash(fields)
        have = existing.get(card.guid)
        if have is None:
            added.append(NoteChange(card.guid, card.loc, card.question_text, card.note_type, 0, fields, card.tags, card.deck))
            new_records[card.guid] = SyncedState(wrote, "", card.deck, card.tags)
            continue
        if have.kind != card.note_type:
            what = "has another note type" if have.kind is None else f"is a {have.kind} note"
            diagnostics.append(
                Diagnostic(card.loc, "warning", "sync", f"the collection's note for this question {what} (changed in Anki?); left alone")
            )
            continue
        rec = records.get(card.guid)
        current = fields_hash(have.fields)
        if rec is not None:
            edited, changed = current != rec.stored, wrote != rec.wrote
            ours, last_deck = rec.tags, rec.deck
        else:
            edited, changed, ours, last_deck = _first_sync(have, current, wrote, card.tags, previous.get(card.guid), card.deck)
        write = changed and (not edited or overwrite_edits)
        tags = None if rec is not None and _same_tags(rec.tags, card.tags) else _retagged(have.tags, ours, card.tags)
        if write or tags is not None:
            updated.append(NoteChange(card.guid, card.loc, card.question_text, card.note_type, have.note_id, fields if write else None, tags))
        if changed and edited and not overwrite_edits:
            kept.append(NoteChange(card.guid, card.loc, card.question_text, card.note_type, have.note_id))
        if last_deck != card.deck:
            away = tuple(cid for cid, deck in zip(have.card_ids, have.decks, strict=True) if deck != card.deck)
            if away:
                old = next(deck for cid, deck in zip(have.card_ids, have.decks, strict=True) if cid in away)
                moved.append(NoteChange(card.guid, card.loc, card.question_text, card.note_type, have.note_id, deck=card.deck, old_deck=old, card_ids=away))
        if write:
            new_records[card.guid] = SyncedState(wrote, "", card.deck, card.tags)
        elif rec is not None:
            new_records[card.guid] = SyncedState(rec.wrote, rec.stored, card.deck, card.tags)
        elif edited:
            new_records[card.guid] = SyncedState("", "", card.deck, card.tags)
        else:
            new_records[card.guid] = SyncedState(wrote, current, card.deck, card.tags)
    removed, deleted = _removals(notes, lock, active, existing, records, new_records, delete_removed)
    changed_record = new_records != dict(records)
    return SyncPlan(tuple(added), tuple(updated), tuple(moved), tuple(kept), removed, deleted, tuple(sorted(diagnostics)), new_records, changed_record)


def _first_sync(
    have: CollectionNote, current: str, wrote: str, tags: tuple[str, ...], previous: LockEntry | None, deck: str
) -> tuple[bool, bool, tuple[str, ...], str]:
    """(edited, changed, ankibuild's tags, last deck) of a note ankibuild never synced into this collection:
    one imported from a package. Equal fields: nothing to do. A note whose `mod` is the one the last build
    gave it is that build's import, untouched since (any edit in Anki moves `mod` to the time of the edit):
    the Markdown may win, and every tag on it came from the package. Anything else cannot be told from an
    edit made in Anki, and is kept."""
    last_deck = previous.deck if previous is not None and previous.deck else deck
    if current == wrote:
        return False, False, _derived(have.tags, tags), last_deck
    if previous is not None and have.mod == previous.mod:
        return False, True, have.tags, last_deck
    return True, True, _derived(have.tags, tags), last_deck


def _derived(present: Iterable[str], planned: Iterable[str]) -> tuple[str, ...]:
    """The tags of PRESENT that ankibuild would have put there: the planned ones and the derived namespaces."""
    wanted = {t.casefold() for t in planned}
    return tuple(t for t in present if t.casefold() in wanted or t.casefold().startswith(DERIVED_TAG_ROOTS))


def _same_tags(a: Iterable[str], b: Iterable[str]) -> bool:
    return {t.casefold() for t in a} == {t.casefold() for t in b}


def _retagged(present: tuple[str, ...], ours: Iterable[str], planned: tuple[str, ...]) -> tuple[str, ...] | None:
    """The note's tags with ankibuild's old ones replaced by PLANNED and the user's kept; None when equal."""
    old = {t.casefold() for t in ours}
    users = [t for t in present if t.casefold() not in old]
    taken = {t.casefold() for t in users}
    result = tuple(users) + tuple(t for t in planned if t.casefold() not in taken)
    return None if _same_tags(result, present) else result


def _removals(
    notes: Sequence[PlannedNote],
    lock: Mapping[str, LockEntry],
    active: set[str],
    existing: Mapping[str, CollectionNote],
    records: Mapping[str, SyncedState],
    new_records: dict[str, SyncedState],
    delete_removed: bool,
) -> tuple[tuple[NoteChange, ...], tuple[NoteChange, ...]]:
    """Removed questions: the plan's removed notes and every lockfile entry in state `removed`. Tagged once
    (and left alone after, even when the user takes the tag off), or deleted with --delete-removed."""
    gone: dict[str, tuple[Loc, str]] = {}
    for guid, entry in lock.items():
        if entry.state == "removed" and guid not in active:
            gone[guid] = (_document_of(entry.key), entry.question or entry.key.rsplit("::", 1)[-1])
    for item in notes:
        if is_removed(item) and item.card.guid not in active:
            gone[item.card.guid] = (item.card.loc, item.card.question_text)
    removed: list[NoteChange] = []
    deleted: list[NoteChange] = []
    for guid, (loc, question) in sorted(gone.items(), key=lambda kv: (kv[1][0], kv[1][1], kv[0])):
        have = existing.get(guid)
        if have is None or have.kind is None:
            new_records.pop(guid, None)
            continue
        rec = records.get(guid)
        if delete_removed:
            deleted.append(NoteChange(guid, loc, question, have.kind, have.note_id, card_ids=have.card_ids, reviews=have.reviews))
            new_records.pop(guid, None)
            continue
        if rec is not None and rec.removed:
            continue
        tagged = any(t.casefold() == REMOVED_TAG for t in have.tags)
        if not tagged:
            removed.append(NoteChange(guid, loc, question, have.kind, have.note_id, tags=(*have.tags, REMOVED_TAG)))
        base = rec or SyncedState("", fields_hash(have.fields), have.decks[0] if have.decks else "", ())
        new_records[guid] = SyncedState(base.wrote, base.stored, base.deck, (*base.tags, REMOVED_TAG), True)
    return tuple(removed), tuple(deleted)


def _document_of(key: str) -> Loc:
    """The document a lockfile key names (`path::question`, `dump.md//inner.md::question`; an explicit
    `id:…` names none)."""
    if key.startswith("id:") or "::" not in key:
        return Loc("")
    path, _, part = key.rsplit("::", 1)[0].partition("//")
    return Loc(path, 0, part or None)
