"""Drive the real Anki backend from tests: import .apkg files, review cards, inspect notes.

Tests use this module to check what Anki itself does with the packages ankibuild writes, instead of
trusting our own reading of the format. It wraps the official ``anki`` package and follows
/work/shared/ANKI-FACTS.md: imports use the GUI defaults, reviews go through the v3 scheduler's queue
(the only path that works while a queue is cached), and every reader returns plain frozen records so
tests can compare snapshots taken before and after a re-import.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple

# anki.collection must be imported before any other anki module: importing the scheduler (via
# anki.cards) first fails on a circular import.
import anki.collection  # noqa: F401  (import order matters, see above)
from anki.cards import Card, CardId
from anki.collection import Collection, ImportAnkiPackageRequest
from anki.dbproxy import DBProxy
from anki.decks import DeckId
from anki.import_export_pb2 import ImportResponse
from anki.notes import NoteId
from anki.scheduler.v3 import Scheduler as V3Scheduler
from anki.scheduler_pb2 import CardAnswer

Rating = Literal["again", "hard", "good", "easy"]
"""An answer button, named as in Anki's review screen."""

_RATINGS: dict[str, CardAnswer.Rating.V] = {
    "again": CardAnswer.AGAIN,
    "hard": CardAnswer.HARD,
    "good": CardAnswer.GOOD,
    "easy": CardAnswer.EASY,
}

# Anki silently falls back to 20 for daily limits above this (ANKI-FACTS.md).
_MAX_PER_DAY = 9999

COLLECTION_FILENAME = "collection.anki2"
"""File name `fresh_collection` gives the collection inside its directory."""


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """How many notes of a package fell into each bucket of Anki's import log."""

    new: int
    """Notes added because no collection note had their GUID."""
    updated: int
    """Notes matched by GUID whose fields and tags were replaced (package note newer)."""
    duplicate: int
    """Notes matched by GUID but left untouched (package note not newer); Anki's "unchanged"."""
    conflicting: int
    """Notes skipped because their note type id or schema differs and merging was off."""
    first_field_match: int
    """Notes flagged as matching an existing note's first field (CSV-style duplicate check)."""
    missing_notetype: int
    """Notes skipped because their note type was missing."""
    missing_deck: int
    """Notes whose deck was missing."""
    empty_first_field: int
    """Notes skipped because their first field was empty."""
    found_notes: int
    """Notes the importer read from the package."""


@dataclass(frozen=True, slots=True)
class NoteView:
    """A snapshot of one collection note and where its cards live."""

    note_id: int
    """The collection's note id (not necessarily the id in the package)."""
    guid: str
    """The GUID Anki matches notes by."""
    notetype: str
    """Name of the note type."""
    fields: dict[str, str]
    """Field name → stored HTML, in note type order."""
    tags: tuple[str, ...]
    """Tags, sorted."""
    card_ids: tuple[int, ...]
    """Ids of the note's cards, in template (ord) order."""
    deck_names: tuple[str, ...]
    """Deck of each card, aligned with `card_ids`."""
    mod: int
    """Note mtime in seconds: the last import's `mod` or the time of the last edit in Anki."""


class CardSchedule(NamedTuple):
    """A card's scheduling state; a tuple so it compares equal to plain tuples."""

    type: int
    """0 new, 1 learning, 2 review, 3 relearning."""
    queue: int
    """Queue number; negative when suspended or buried."""
    due: int
    """Position, day number or epoch seconds, depending on the queue."""
    ivl: int
    """Interval in days."""
    factor: int
    """Ease in permille."""
    reps: int
    """Number of reviews."""
    lapses: int
    """Number of times the card was forgotten."""


def open_collection(path: Path) -> Collection:
    """Create a new, empty collection at `path`; the caller must `close()` it.

    Raises FileExistsError rather than silently opening someone's existing collection.
    """
    if path.exists():
        raise FileExistsError(f"collection already exists: {path}")
    col = Collection(str(path))
    steady_day(col)
    return col


def steady_day(col: Collection) -> None:
    """Start the collection's day at the hour twelve hours from now, not at Anki's 4 a.m.: a learning step
    of a few minutes answered just before the rollover would otherwise become a next-day learning card
    (queue 3 instead of 1), and a test's outcome would depend on the time of day it runs."""
    preferences = col.get_preferences()
    preferences.scheduling.rollover = (time.localtime().tm_hour + 12) % 24
    col.set_preferences(preferences)


@contextmanager
def fresh_collection(directory: Path) -> Iterator[Collection]:
    """Yield a new collection stored as `COLLECTION_FILENAME` in `directory`, closing it afterwards.

    The directory is created if needed, so one test can hold several collections in subdirectories.
    """
    directory.mkdir(parents=True, exist_ok=True)
    col = open_collection(directory / COLLECTION_FILENAME)
    try:
        yield col
    finally:
        col.close()


def import_apkg(
    col: Collection,
    apkg: Path,
    *,
    with_scheduling: bool = False,
    merge_notetypes: bool = False,
) -> ImportSummary:
    """Import `apkg` into `col` as Anki's import dialog does by default and summarise the log.

    The options start from the collection's stored import presets (what the dialog shows: update notes
    and note types "if newer", no deck configs) with only the two flags below overridden.
    """
    options = col._backend.get_import_anki_package_presets()
    options.with_scheduling = with_scheduling
    options.merge_notetypes = merge_notetypes
    request = ImportAnkiPackageRequest(package_path=str(apkg), options=options)
    result = col.import_anki_package(request)
    if result.changes.notetype:
        # The Python side caches note types and would keep showing the pre-merge field list.
        col.models._clear_cache()
    return summarise_import_log(result.log)


def summarise_import_log(log: ImportResponse.Log) -> ImportSummary:
    """Count the notes in each list of an import log."""
    return ImportSummary(
        new=len(log.new),
        updated=len(log.updated),
        duplicate=len(log.duplicate),
        conflicting=len(log.conflicting),
        first_field_match=len(log.first_field_match),
        missing_notetype=len(log.missing_notetype),
        missing_deck=len(log.missing_deck),
        empty_first_field=len(log.empty_first_field),
        found_notes=log.found_notes,
    )


def answer_all_cards(
    col: Collection,
    rating: Rating = "easy",
    deck_name: str | None = None,
    *,
    max_steps: int | None = None,
) -> int:
    """Answer every card due today once with `rating`; return the number of answers given.

    With `deck_name`, only that deck and its subdecks are studied. First every deck config's daily
    limits are raised to 9999 and sibling burying is turned off (left so), so all new cards are due;
    the studied deck becomes the current one. Each card is answered at most once per call: a card that comes back in
    learning (after "again", "good" or "hard") is buried for the rest of the call and unburied at the
    end, so the call terminates whatever the rating. Raises RuntimeError after `max_steps` queue
    fetches; the default, twice the number of cards, is what a correct walk can never exceed.
    """
    return len(_study(col, _deck_ids(col, deck_name), lambda _card_id: True, rating, max_steps))


def answer_cards(
    col: Collection,
    card_ids: Iterable[int],
    rating: Rating = "easy",
    *,
    max_steps: int | None = None,
) -> int:
    """Answer each card in `card_ids` once with `rating`; other cards keep their scheduling.

    Deck configs are changed as in `answer_all_cards`. Cards reach the top of the queue in Anki's order; any other card found there is buried until the
    call ends and then unburied (its scheduling is unchanged, only its card mtime moves). Raises
    LookupError if some requested card never came up (not due today, suspended or buried), and
    RuntimeError past `max_steps` as `answer_all_cards` does.
    """
    wanted = {int(card_id) for card_id in card_ids}
    answered = _study(col, _deck_ids(col, None), wanted.__contains__, rating, max_steps)
    if missing := wanted - answered:
        raise LookupError(f"cards never came up for review today: {sorted(missing)}")
    return len(answered)


def notes_by_guid(col: Collection) -> dict[str, NoteView]:
    """Snapshot every note of `col`, keyed by GUID.

    Raises ValueError if two notes share a GUID (Anki allows it; a dict keyed by GUID cannot show it).
    """
    # A snapshot must show what the backend holds, not note types cached before some backend call.
    col.models._clear_cache()
    views: dict[str, NoteView] = {}
    for note_id in col.find_notes(""):
        note = col.get_note(note_id)
        cards = sorted(note.cards(), key=lambda card: card.ord)
        notetype = note.note_type()
        if note.guid in views:
            raise ValueError(f"two notes share GUID {note.guid!r}")
        views[note.guid] = NoteView(
            note_id=int(note.id),
            guid=note.guid,
            notetype=notetype["name"] if notetype else "",
            fields=dict(note.items()),
            tags=tuple(sorted(note.tags)),
            card_ids=tuple(int(card.id) for card in cards),
            deck_names=tuple(col.decks.name(card.did) for card in cards),
            mod=int(note.mod),
        )
    return views


def revlog_count(col: Collection) -> int:
    """Number of entries in the review log."""
    return int(_db(col).scalar("select count() from revlog"))


def card_schedule(col: Collection) -> dict[int, CardSchedule]:
    """Card id → scheduling state for every card, to compare before and after a re-import."""
    rows = _db(col).all("select id, type, queue, due, ivl, factor, reps, lapses from cards")
    return {int(row[0]): CardSchedule(*(int(value) for value in row[1:])) for row in rows}


def deck_names(col: Collection) -> set[str]:
    """Names of all decks, "::"-separated for subdecks; includes Anki's own "Default" deck."""
    return {deck.name for deck in col.decks.all_names_and_ids()}


def add_tag(col: Collection, note_ids: Iterable[int], tag: str) -> int:
    """Tag notes as a user would in Anki's browser; returns how many notes changed.

    Like any edit in Anki this sets the notes' mtime to now, so a later package must carry a newer
    `mod` to update them.
    """
    changes = col.tags.bulk_add([NoteId(note_id) for note_id in note_ids], tag)
    return int(changes.count)


def _db(col: Collection) -> DBProxy:
    """The collection's database handle; a closed collection is a test bug worth a clear error."""
    if col.db is None:
        raise RuntimeError("the collection is closed")
    return col.db


def _deck_ids(col: Collection, deck_name: str | None) -> list[DeckId]:
    """Decks to study: the named one (its subdecks come with it when selected) or every deck."""
    if deck_name is None:
        decks = sorted(col.decks.all_names_and_ids(), key=lambda deck: deck.name)
        return [DeckId(deck.id) for deck in decks]
    deck_id = col.decks.id_for_name(deck_name)
    if deck_id is None:
        raise LookupError(f"no deck named {deck_name!r}")
    return [deck_id]


def _raise_daily_limits(col: Collection) -> None:
    """Let every card due today into the queue and keep siblings from being buried.

    Saving a deck config also drops the cached queue, so studying starts from a fresh one.
    """
    for conf in col.decks.all_config():
        conf["new"]["perDay"] = _MAX_PER_DAY
        conf["rev"]["perDay"] = _MAX_PER_DAY
        conf["new"]["bury"] = False
        conf["rev"]["bury"] = False
        conf["buryInterdayLearning"] = False
        col.decks.update_config(conf)


def _study(
    col: Collection,
    deck_ids: list[DeckId],
    wanted: Callable[[int], bool],
    rating: Rating,
    max_steps: int | None,
) -> set[int]:
    """Walk each deck's queue, answering each wanted card once and burying the rest; return answered ids."""
    answer_rating = _RATINGS[rating]
    sched = col.sched
    if not isinstance(sched, V3Scheduler):
        raise TypeError(f"expected the v3 scheduler, found {type(sched).__name__}")
    if max_steps is None:
        # Every card reaches the top at most twice: once answered, once buried.
        max_steps = 2 * col.card_count()
    _raise_daily_limits(col)
    answered: set[int] = set()
    buried: list[CardId] = []
    steps = 0
    try:
        for deck_id in deck_ids:
            col.decks.select(deck_id)
            while queued := sched.get_queued_cards(fetch_limit=1).cards:
                steps += 1
                if steps > max_steps:
                    raise RuntimeError(f"queue still not empty after {max_steps} steps")
                top = queued[0]
                card_id = CardId(top.card.id)
                if card_id in answered or not wanted(card_id):
                    # Burying is the only way past the top card; the queue is rebuilt afterwards.
                    sched.bury_cards([card_id])
                    buried.append(card_id)
                    continue
                card = Card(col)
                card._load_from_backend_card(top.card)
                card.start_timer()
                answer = sched.build_answer(card=card, states=top.states, rating=answer_rating)
                sched.answer_card(answer)
                answered.add(card_id)
    finally:
        if buried:
            sched.unbury_cards(buried)
    return answered
