"""Tests of the real-Anki harness, checked against the importer behaviour in ANKI-FACTS.md.

The packages here are built with genanki directly (not through ankibuild) so that a failure points at
the harness or at Anki, never at our own packaging code.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection, ExportAnkiPackageOptions

from tests.anki_support import (
    COLLECTION_FILENAME,
    CardSchedule,
    ImportSummary,
    Rating,
    add_tag,
    answer_all_cards,
    answer_cards,
    card_schedule,
    deck_names,
    fresh_collection,
    import_apkg,
    notes_by_guid,
    open_collection,
    revlog_count,
)

pytestmark = pytest.mark.anki

# Package timestamps (genanki writes them as every note's `mod`). PAST lies before any plausible test
# run, so a tag added during the test is newer than it; FUTURE lies after, so it beats that tag.
PAST = 1_600_000_000.0
FUTURE = 4_000_000_000.0

MODEL = genanki.Model(
    1_607_392_319,
    "Harness Basic",
    fields=[{"name": "Front"}, {"name": "Back"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Front}}",
            "afmt": "{{FrontSide}}<hr id=answer>{{Back}}",
        }
    ],
)
GUIDS = ("guid-one", "guid-two", "guid-three")


def write_package(
    path: Path,
    timestamp: float,
    backs: Sequence[str] = ("back 1", "back 2", "back 3"),
    guids: Sequence[str] = GUIDS,
) -> Path:
    """Write two decks ("Harness" with two notes, "Harness::Sub" with one) and return `path`."""
    parent = genanki.Deck(2_059_400_110, "Harness")
    child = genanki.Deck(2_059_400_111, "Harness::Sub")
    for index, (guid, back) in enumerate(zip(guids, backs, strict=True)):
        deck = parent if index < 2 else child
        deck.add_note(
            genanki.Note(
                model=MODEL,
                fields=[f"front {index + 1}", back],
                guid=guid,
                tags=["pkg"],
            )
        )
    genanki.Package([parent, child]).write_to_file(str(path), timestamp=timestamp)
    return path


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    """A fresh collection holding the three-note package written at PAST."""
    with fresh_collection(tmp_path) as collection:
        import_apkg(collection, write_package(tmp_path / "v1.apkg", PAST))
        yield collection


def test_import_adds_notes_in_their_decks(tmp_path: Path) -> None:
    with fresh_collection(tmp_path) as collection:
        summary = import_apkg(collection, write_package(tmp_path / "v1.apkg", PAST))
        notes = notes_by_guid(collection)
        decks = deck_names(collection)

    assert summary == ImportSummary(
        new=3,
        updated=0,
        duplicate=0,
        conflicting=0,
        first_field_match=0,
        missing_notetype=0,
        missing_deck=0,
        empty_first_field=0,
        found_notes=3,
    )
    assert decks == {"Default", "Harness", "Harness::Sub"}
    assert set(notes) == set(GUIDS)
    three = notes["guid-three"]
    assert three.fields == {"Front": "front 3", "Back": "back 3"}
    assert three.notetype == "Harness Basic"
    assert three.tags == ("pkg",)
    assert three.deck_names == ("Harness::Sub",)
    assert len(three.card_ids) == 1
    assert three.mod == int(PAST)
    assert notes["guid-one"].deck_names == ("Harness",)


def test_imported_cards_start_new_without_history(col: Collection) -> None:
    schedule = card_schedule(col)

    assert len(schedule) == 3
    assert all((state.type, state.queue, state.reps) == (0, 0, 0) for state in schedule.values())
    assert revlog_count(col) == 0


def test_answer_all_cards_easy_reviews_each_card_once(col: Collection) -> None:
    answers = answer_all_cards(col, "easy")

    assert answers == 3
    assert revlog_count(col) == 3
    # EASY graduates a new card straight to review (type 2, queue 2).
    assert {(state.type, state.queue, state.reps) for state in card_schedule(col).values()} == {(2, 2, 1)}


@pytest.mark.parametrize("rating", ["again", "good"])
def test_answer_all_cards_terminates_on_learning_ratings(col: Collection, rating: Rating) -> None:
    # "again" keeps a card in learning forever; "good" brings it back within the learn-ahead window.
    answers = answer_all_cards(col, rating)

    assert answers == 3
    assert revlog_count(col) == 3
    # Learning, and no longer buried: the harness undoes its own burying.
    assert {(state.type, state.queue) for state in card_schedule(col).values()} == {(1, 1)}


def test_answer_all_cards_limits_to_a_deck_and_its_subdecks(col: Collection) -> None:
    notes = notes_by_guid(col)
    sub_card = notes["guid-three"].card_ids[0]

    assert answer_all_cards(col, "easy", deck_name="Harness::Sub") == 1
    assert card_schedule(col)[sub_card].type == 2
    # The parent deck's queue includes its subdeck, whose card is no longer due.
    assert answer_all_cards(col, "easy", deck_name="Harness") == 2
    assert revlog_count(col) == 3


def test_answer_all_cards_rejects_unknown_deck(col: Collection) -> None:
    with pytest.raises(LookupError):
        answer_all_cards(col, deck_name="No Such Deck")


def test_answer_all_cards_raises_when_step_bound_exceeded(col: Collection) -> None:
    with pytest.raises(RuntimeError):
        answer_all_cards(col, "again", max_steps=2)


def test_answer_cards_answers_only_the_given_cards(col: Collection) -> None:
    notes = notes_by_guid(col)
    target = notes["guid-two"].card_ids[0]
    before = card_schedule(col)

    assert answer_cards(col, [target], "easy") == 1

    after = card_schedule(col)
    assert revlog_count(col) == 1
    assert after[target].type == 2
    # Cards buried to get past them are back exactly as they were.
    assert {cid: state for cid, state in after.items() if cid != target} == {
        cid: state for cid, state in before.items() if cid != target
    }


def test_answer_cards_reports_cards_that_never_came_up(col: Collection) -> None:
    notes = notes_by_guid(col)
    card = notes["guid-one"].card_ids[0]
    answer_all_cards(col, "easy")  # now due in days, not today

    with pytest.raises(LookupError, match=str(card)):
        answer_cards(col, [card], "good")
    assert revlog_count(col) == 3


def test_reimport_with_same_mod_changes_nothing(col: Collection, tmp_path: Path) -> None:
    before = notes_by_guid(col)

    summary = import_apkg(col, write_package(tmp_path / "again.apkg", PAST, backs=("x", "y", "z")))

    assert (summary.new, summary.updated, summary.duplicate) == (0, 0, 3)
    assert notes_by_guid(col) == before


def test_reimport_with_newer_mod_updates_in_place(col: Collection, tmp_path: Path) -> None:
    answer_all_cards(col, "easy")
    notes_before = notes_by_guid(col)
    schedule_before = card_schedule(col)

    summary = import_apkg(
        col,
        write_package(tmp_path / "v2.apkg", PAST + 1, backs=("new 1", "back 2", "back 3")),
    )

    notes_after = notes_by_guid(col)
    assert (summary.new, summary.updated) == (0, 3)
    assert notes_after["guid-one"].fields["Back"] == "new 1"
    assert notes_after["guid-one"].mod == int(PAST) + 1
    assert {g: n.note_id for g, n in notes_after.items()} == {g: n.note_id for g, n in notes_before.items()}
    assert {g: n.card_ids for g, n in notes_after.items()} == {g: n.card_ids for g, n in notes_before.items()}
    assert revlog_count(col) == 3
    assert card_schedule(col) == schedule_before


def test_new_guid_adds_a_note_instead_of_updating(col: Collection, tmp_path: Path) -> None:
    guids = ("guid-one", "guid-two", "guid-renamed")

    summary = import_apkg(col, write_package(tmp_path / "v2.apkg", PAST + 1, guids=guids))

    assert (summary.new, summary.updated) == (1, 2)
    assert set(notes_by_guid(col)) == set(GUIDS) | {"guid-renamed"}


def test_user_tag_blocks_older_package_and_is_replaced_by_newer(col: Collection, tmp_path: Path) -> None:
    note_id = notes_by_guid(col)["guid-one"].note_id

    assert add_tag(col, [note_id], "mine") == 1
    tagged = notes_by_guid(col)["guid-one"]
    assert tagged.tags == ("mine", "pkg")
    assert tagged.mod > int(PAST) + 1  # the tag moved mtime to now

    # A package newer than the import but older than the tag does not touch the note...
    stale = import_apkg(col, write_package(tmp_path / "stale.apkg", PAST + 1, backs=("s1", "s2", "s3")))
    assert (stale.updated, stale.duplicate) == (2, 1)
    assert notes_by_guid(col)["guid-one"].tags == ("mine", "pkg")

    # ...a newer one replaces fields and all tags, the user's included.
    fresh = import_apkg(col, write_package(tmp_path / "fresh.apkg", FUTURE, backs=("f1", "f2", "f3")))
    assert fresh.updated == 3
    updated = notes_by_guid(col)["guid-one"]
    assert updated.tags == ("pkg",)
    assert updated.fields["Back"] == "f1"
    assert updated.note_id == note_id


@pytest.mark.parametrize(("with_scheduling", "reps"), [(False, 0), (True, 1)])
def test_import_passes_with_scheduling_through(col: Collection, tmp_path: Path, with_scheduling: bool, reps: int) -> None:
    # genanki packages carry no history, so export a reviewed collection with Anki itself.
    answer_all_cards(col, "easy")
    reviewed = tmp_path / "reviewed.apkg"
    col.export_anki_package(
        out_path=str(reviewed),
        options=ExportAnkiPackageOptions(with_scheduling=True, with_media=False),
        limit=None,
    )

    with fresh_collection(tmp_path / "other") as other:
        import_apkg(other, reviewed, with_scheduling=with_scheduling)
        assert {state.reps for state in card_schedule(other).values()} == {reps}
        assert revlog_count(other) == 3 * reps


def test_changed_schema_conflicts_unless_merging(col: Collection, tmp_path: Path) -> None:
    three_fields = genanki.Model(
        MODEL.model_id,
        MODEL.name,
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Extra"}],
        templates=MODEL.templates,
    )
    deck = genanki.Deck(2_059_400_110, "Harness")
    for index, guid in enumerate(GUIDS):
        fields = [f"front {index + 1}", "changed", "extra"]
        deck.add_note(genanki.Note(model=three_fields, fields=fields, guid=guid))
    package = tmp_path / "schema.apkg"
    # FUTURE: merging the schema stamps the existing notes with the import time, so only a package
    # newer than that updates them (observed with anki 26.9.3).
    genanki.Package(deck).write_to_file(str(package), timestamp=FUTURE)

    assert import_apkg(col, package).conflicting == 3
    assert notes_by_guid(col)["guid-one"].fields["Back"] == "back 1"

    merged = import_apkg(col, package, merge_notetypes=True)
    assert (merged.updated, merged.conflicting) == (3, 0)
    assert notes_by_guid(col)["guid-one"].fields == {
        "Front": "front 1",
        "Back": "changed",
        "Extra": "extra",
    }


def test_notes_by_guid_rejects_shared_guids(tmp_path: Path) -> None:
    with fresh_collection(tmp_path) as collection:
        import_apkg(
            collection,
            write_package(tmp_path / "dup.apkg", PAST, guids=("same", "same", "other")),
        )

        with pytest.raises(ValueError, match="same"):
            notes_by_guid(collection)


def test_card_schedule_is_a_plain_tuple(col: Collection) -> None:
    state = next(iter(card_schedule(col).values()))

    assert isinstance(state, CardSchedule)
    assert state == (
        state.type,
        state.queue,
        state.due,
        state.ivl,
        state.factor,
        state.reps,
        state.lapses,
    )


def test_open_collection_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "c.anki2"
    open_collection(path).close()

    with pytest.raises(FileExistsError):
        open_collection(path)


def test_fresh_collection_closes_on_exit(tmp_path: Path) -> None:
    with fresh_collection(tmp_path) as collection:
        assert (tmp_path / COLLECTION_FILENAME).exists()

    assert collection.db is None
