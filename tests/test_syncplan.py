"""What `sync` decides to change, from planned notes, a collection snapshot and the record of the last sync
(pure: no collection; tests/test_sync.py drives the real backend)."""

from __future__ import annotations

from ankibuild.apkg import note_fields
from ankibuild.lock import LockEntry
from ankibuild.plan import REMOVED_TAG, PlannedNote
from ankibuild.records import Card, Loc
from ankibuild.syncplan import CollectionNote, SyncedState, fields_hash, plan_sync


def card(guid: str = "g1", answer: str = "<p>An answer.</p>", deck: str = "Root::A", tags: tuple[str, ...] = ("topic::a",), convention: str = "heading") -> Card:
    return Card(Loc("a.md", 3), deck, "basic", convention, "What is A?", "What is A?", answer, "", tags, guid, key=f"a.md::what is a{guid}")


def in_collection(c: Card, *, fields: tuple[str, ...] | None = None, tags: tuple[str, ...] | None = None, decks: tuple[str, ...] | None = None, mod: int = 100) -> CollectionNote:
    return CollectionNote(7, c.guid, c.note_type, fields or tuple(note_fields(c)), tags if tags is not None else c.tags, (70,), decks or (c.deck,), mod, 3)


def synced(c: Card, **changes: object) -> SyncedState:
    """The record after ankibuild wrote card C."""
    h = fields_hash(note_fields(c))
    values = {"wrote": h, "stored": h, "deck": c.deck, "tags": c.tags, "removed": False}
    values.update(changes)
    return SyncedState(**values)  # type: ignore[arg-type]


def test_new_note_is_added_with_its_deck_fields_and_tags() -> None:
    c = card()
    plan = plan_sync([PlannedNote(c, 1)], {}, {}, {}, {})
    assert [(a.guid, a.deck, a.tags, a.fields) for a in plan.added] == [("g1", "Root::A", ("topic::a",), tuple(note_fields(c)))]
    assert not plan.updated and plan.record_changed


def test_unchanged_note_is_not_written_even_with_user_tags() -> None:
    c = card()
    plan = plan_sync([PlannedNote(c, 1)], {}, {}, {"g1": in_collection(c, tags=("topic::a", "mine"))}, {"g1": synced(c)})
    assert not plan.note_changes and not plan.record_changed


def test_changed_answer_updates_fields_and_keeps_user_tags() -> None:
    old, new = card(), card(answer="<p>A better answer.</p>", tags=("topic::b",))
    plan = plan_sync([PlannedNote(new, 2)], {}, {}, {"g1": in_collection(old, tags=("topic::a", "mine"))}, {"g1": synced(old)})
    [update] = plan.updated
    assert update.fields == tuple(note_fields(new))
    assert update.tags == ("mine", "topic::b")
    assert plan.records["g1"].wrote == fields_hash(note_fields(new)) and plan.records["g1"].tags == ("topic::b",)


def test_anki_edit_wins_and_is_listed_until_overwrite() -> None:
    old, new = card(), card(answer="<p>Changed in the Markdown.</p>")
    edited = list(note_fields(old))
    edited[1] = "<p>Typo fixed in Anki.</p>"
    have = {"g1": in_collection(old, fields=tuple(edited))}
    plan = plan_sync([PlannedNote(new, 2)], {}, {}, have, {"g1": synced(old)})
    assert [k.guid for k in plan.kept] == ["g1"] and not plan.updated
    assert plan.records["g1"] == synced(old)  # still the old record: listed again next time
    again = plan_sync([PlannedNote(new, 2)], {}, {}, have, plan.records)
    assert [k.guid for k in again.kept] == ["g1"]
    forced = plan_sync([PlannedNote(new, 2)], {}, {}, have, plan.records, overwrite_edits=True)
    assert not forced.kept and forced.updated[0].fields == tuple(note_fields(new))


def test_anki_edit_alone_is_left_in_place_without_a_listing() -> None:
    c = card()
    edited = list(note_fields(c))
    edited[1] = "<p>Typo fixed in Anki.</p>"
    plan = plan_sync([PlannedNote(c, 1)], {}, {}, {"g1": in_collection(c, fields=tuple(edited))}, {"g1": synced(c)})
    assert not plan.note_changes and not plan.kept
    assert not plan_sync([PlannedNote(c, 1)], {}, {}, {"g1": in_collection(c, fields=tuple(edited))}, {"g1": synced(c)}, overwrite_edits=True).updated


def test_document_moved_to_another_deck_moves_the_cards() -> None:
    old, new = card(), card(deck="Root::B")
    plan = plan_sync([PlannedNote(new, 2)], {}, {}, {"g1": in_collection(old)}, {"g1": synced(old)})
    assert [(m.card_ids, m.old_deck, m.deck) for m in plan.moved] == [((70,), "Root::A", "Root::B")]
    # a card the user moved elsewhere by hand stays there while the document's deck does not change
    assert not plan_sync([PlannedNote(old, 2)], {}, {}, {"g1": in_collection(old, decks=("Mine",))}, {"g1": synced(old)}).moved


def test_removed_question_is_tagged_once_then_left_alone_or_deleted() -> None:
    c = card()
    lock = {"g1": LockEntry(c.key, "g1", 5, "x", "removed", c.deck, "", "What is A?")}
    have = {"g1": in_collection(c, tags=("topic::a", "mine"))}
    plan = plan_sync([], lock, lock, have, {"g1": synced(c)})
    assert [(r.guid, r.tags) for r in plan.removed] == [("g1", ("topic::a", "mine", REMOVED_TAG))]
    assert plan.records["g1"].removed
    untagged_by_user = plan_sync([], lock, lock, have, plan.records)
    assert not untagged_by_user.note_changes and not untagged_by_user.record_changed
    deleting = plan_sync([], lock, lock, have, plan.records, delete_removed=True)
    assert [(d.note_id, d.card_ids, d.reviews) for d in deleting.deleted] == [(7, (70,), 3)] and "g1" not in deleting.records


def test_notes_of_other_note_types_are_left_alone() -> None:
    c = card()
    other = CollectionNote(7, "g1", None, ("x",), (), (70,), ("Root::A",), 1)
    plan = plan_sync([PlannedNote(c, 1)], {}, {}, {"g1": other}, {})
    assert not plan.note_changes and [d.kind for d in plan.diagnostics] == ["sync"]


def test_first_sync_of_imported_notes() -> None:
    """Notes imported from a package carry no record: equal ones are adopted without a write; one whose
    `mod` is the last build's is that build's untouched import, so the Markdown wins; any other is kept."""
    old, new = card(), card(answer="<p>New.</p>")
    lock = {"g1": LockEntry(old.key, "g1", 100, "x", "active", old.deck)}
    adopted = plan_sync([PlannedNote(old, 100)], lock, lock, {"g1": in_collection(old, mod=100)}, {})
    assert not adopted.note_changes and adopted.record_changed
    assert adopted.records["g1"].stored == fields_hash(note_fields(old))
    untouched = plan_sync([PlannedNote(new, 200)], lock, lock, {"g1": in_collection(old, tags=("topic::a",), mod=100)}, {})
    assert untouched.updated[0].fields == tuple(note_fields(new)) and not untouched.kept
    touched = plan_sync([PlannedNote(new, 200)], lock, lock, {"g1": in_collection(old, tags=("topic::a", "mine"), mod=150)}, {})
    assert [k.guid for k in touched.kept] == ["g1"]
    assert [u.tags for u in touched.updated] == []  # tags already right: the user's tag stays, nothing written


def test_a_question_put_back_loses_the_removed_tag_and_keeps_the_users() -> None:
    c = card()
    lock = {"g1": LockEntry(c.key, "g1", 5, "x", "removed", c.deck, "", "What is A?")}
    have = {"g1": in_collection(c, tags=("topic::a", "mine"))}
    removed = plan_sync([], lock, lock, have, {"g1": synced(c)})
    tagged = {"g1": in_collection(c, tags=removed.removed[0].tags or ())}
    back = plan_sync([PlannedNote(c, 6)], {"g1": LockEntry(c.key, "g1", 6, "x", "active", c.deck)}, lock, tagged, removed.records)
    [update] = back.updated
    assert update.fields is None and update.tags == ("mine", "topic::a")
    assert not back.records["g1"].removed and back.records["g1"].tags == c.tags
