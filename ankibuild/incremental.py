"""A rebuild after edits that keep every question: only the changed files are read, planned and packaged.

After a build that wrote its package, `save` remembers what planning and packaging need to know of each
file without its cards' text: one print of its cards' identities (keys, decks, note types, rules, normalised
questions, in order), their GUIDs, the file's reports, diagnostics, images and media; and of the whole build,
the order of its decks and the lockfile and package it wrote (by size, time and inode).

A later build (`rebuild`) whose changed files keep every question as it was, in the same order and decks,
with nothing else changed (settings, code, the lockfile, the package, the other files and the images they
show, no removed note due to leave the package) plans only the changed files' cards against their own
lockfile lines, rewrites only those lines of the lockfile and only their rows of the kept collection, and
loads none of the other files' cards (the report's `cards` load them from the cache when read). Everything
it writes is byte for byte what the full build writes; any other change, and any doubt, takes the full
build (`rebuild` returns None before writing anything).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, overload

from . import standby
from .apkg import DeltaRefused, KeptCopy, PackageDelta, PackagedNote, copy_kept, package_stamp, write_package
from .cache import BuildCache, package_folder, package_key
from .config import BuildConfig
from .lock import Background, LockEntry, _unescape, parse_row, prepare_text, row_text
from .media import probes_unchanged
from .memo import remember
from .normalise import normalised_question_of
from .notetypes import schema_prints
from .plan import DAY, plan_notes
from .records import EXPLICIT_PREFIX, AnkiBuildError, BuildReport, Card, Diagnostic, FileOutcome, FileReport, MediaFile
from .sources import list_sources
from .standby import FORK_MIN_LOCK_BYTES, SNAPSHOT, Child

MAX_CHANGED = 16
"""More changed files than this are left to the full build (its process pool parses them faster)."""
VERSION = 1


@dataclass(frozen=True, slots=True)
class FileSnap:
    """What a build needs to know of one unchanged file."""

    digest: bytes
    """The sha256 of the bytes the cards came from."""
    identities: str
    """A print of the cards' identities, in order (`_identities`)."""
    guid_lines: str
    """The cards' GUIDs as planned (a reworded question keeps its note's GUID), one a line: 10,000 short
    strings cost the snapshot a tenth of its pickling time, 200 long ones nothing."""
    reports: tuple[FileReport, ...]
    """The documents' accounting."""
    diagnostics: tuple[Diagnostic, ...]
    """The file's problems and its documents' findings."""
    probes: dict[str, tuple[int, int] | None]
    """The images its documents looked at."""
    media: tuple[MediaFile, ...]
    """Each card's media, in card order."""

    @property
    def guids(self) -> tuple[str, ...]:
        """The cards' planned GUIDs, in order."""
        return tuple(self.guid_lines.split("\n")) if self.guid_lines else ()


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a build that wrote its package leaves for the next one."""

    version: int
    """`VERSION` of the code that wrote it."""
    settings: str
    """A print of everything besides the notes that shapes a build (`_settings`)."""
    files: dict[str, FileSnap]
    """Every note file, in path order."""
    lock: tuple[int, int, int]
    """(size, mtime_ns, inode) of the lockfile the build wrote."""
    package: tuple[int, int, int]
    """The same of its package."""
    decks: tuple[str, ...]
    """The package's decks, in the order its notes first use them."""
    first_decks: tuple[tuple[str, str], ...]
    """(note type, the deck of its first note), in the order the note types first appear."""
    deck_counts: dict[str, int]
    """The report's cards per deck."""
    carried: int
    """Removed notes the package carries."""
    expires: int | None
    """When the first of them is due to leave the package (then the full build runs)."""


Progress = Callable[[int, int, str], None]


def _settings(config: BuildConfig, cache: BuildCache, package: Path) -> str:
    values = (VERSION, cache.salt, config.strict, config.keep_removed_days, config.include, config.exclude, str(config.lock_path), str(package.resolve()), schema_prints())
    return hashlib.sha256(repr(values).encode()).hexdigest()


def _stat(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


def _identities(cards: Sequence[Card]) -> str:
    """A print of what planning and the duplicate check read of a file's cards, in order: identity key, deck,
    note type, rule, and the normalised question where the key does not hold it (an explicit id)."""
    parts = [
        f"{c.key}\x1f{c.deck}\x1f{c.note_type}\x1f{c.convention}\x1f{normalised_question_of(c) if c.key.startswith(EXPLICIT_PREFIX) else ''}" for c in cards
    ]
    return hashlib.sha256("\x1e".join(parts).encode()).hexdigest()


def _cards(outcome: FileOutcome) -> list[Card]:
    return [card for result in outcome[0] for card in result.cards]


def _file_snap(digest: bytes, outcome: FileOutcome, guids: tuple[str, ...]) -> FileSnap:
    results, problems = outcome
    cards = _cards(outcome)
    diagnostics = [*problems, *(d for result in results for d in result.diagnostics)]
    probes: dict[str, tuple[int, int] | None] = {}
    for result in results:
        probes.update(result.probes)
    media = tuple(m for card in cards for m in card.media)
    return FileSnap(digest, _identities(cards), "\n".join(guids), tuple(r.report for r in results), tuple(diagnostics), probes, media)


def save(config: BuildConfig, planned: Any, report: BuildReport, package: Path, keep: Path) -> None:
    """Remember a full build that wrote (or kept) its package, when a later one may start from it: every
    file listed and read, no lockfile merge, no card dropped as a duplicate, no error. Else forget."""
    target = keep / SNAPSHOT
    plan = planned.plan
    if not planned.complete or planned.previous.merge is not None or planned.dropped or report.errors or planned.cache is None:
        target.unlink(missing_ok=True)
        return
    files: dict[str, FileSnap] = {}
    notes = iter(plan.notes)
    for rel, outcome in planned.outcomes:
        guids = tuple(next(notes).card.guid for _ in _cards(outcome))
        files[rel] = _file_snap(planned.used[rel], outcome, guids)
    first: dict[str, str] = {}
    for note in plan.notes:
        first.setdefault(note.card.note_type, note.card.deck)
    decks = tuple(dict.fromkeys(n.card.deck for n in plan.notes))
    _write(config, planned.cache, package, keep, files, decks, tuple(first.items()), report.deck_counts, plan.changes.get("carried_removed", 0), plan.expires)


def _write(
    config: BuildConfig,
    cache: BuildCache,
    package: Path,
    keep: Path,
    files: dict[str, FileSnap],
    decks: tuple[str, ...],
    first_decks: tuple[tuple[str, str], ...],
    deck_counts: dict[str, int],
    carried: int,
    expires: int | None,
) -> None:
    target = keep / SNAPSHOT
    lock, written = _stat(config.lock_path), _stat(package)
    if lock is None or written is None:
        target.unlink(missing_ok=True)
        return
    snapshot = Snapshot(VERSION, _settings(config, cache, package), files, lock, written, decks, first_decks, deck_counts, carried, expires)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        keep.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as handle:
            pickle.dump(snapshot, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)
        target.unlink(missing_ok=True)


def _load(path: Path) -> Snapshot | None:
    try:
        with open(path, "rb") as handle:
            snapshot = pickle.load(handle)
    except Exception:  # noqa: BLE001 - a missing or damaged snapshot only means a full build
        return None
    return snapshot if isinstance(snapshot, Snapshot) and snapshot.version == VERSION else None


def rebuild(config: BuildConfig, digests: Mapping[str, bytes] | None, progress: Progress | None = None, child: Child | None = None) -> BuildReport | None:
    """The build, when only changed files' answers need planning and packaging (see the module); None, with
    nothing written, when the full build must run. CHILD, forked before the notes were read (`standby`),
    parses the changed files; the caller closes it."""
    if digests is None or config.strict:
        return None
    cache = BuildCache(config)
    package = config.output / config.package_name
    keep = package_folder(cache.folder, package)
    snapshot = _load(keep / SNAPSHOT)
    if snapshot is None or snapshot.settings != _settings(config, cache, package):
        return None
    if _stat(config.lock_path) != snapshot.lock or _stat(package) != snapshot.package:
        return None
    now = int(config.timestamp if config.timestamp is not None else time.time())
    if snapshot.expires is not None and now >= snapshot.expires:
        return None  # a removed note leaves the package: its rows change
    files, problems = list_sources(config)
    if problems or [rel for rel, _ in files] != list(snapshot.files) or set(digests) != set(snapshot.files):
        return None
    changed = [(rel, path) for rel, path in files if digests[rel] != snapshot.files[rel].digest]
    if not changed or len(changed) > MAX_CHANGED:
        return None
    for rel, _ in files:
        known = snapshot.files[rel]
        if known.digest == digests[rel] and (not probes_unchanged(known.probes) or cache.size(cache.key(rel, known.digest)) is None):
            return None  # an image changed, or the cached cards are gone
    if child is None and _worth_forking(config):
        child = own = Child(config)
    else:
        own = None
    if child is not None:
        child.send(changed)
    kept: KeptCopy | None = None
    try:
        # While the child parses the changed files: their lines of the lockfile, the rest of the stamp, and a
        # copy of the kept collection to update.
        lock = _read_lock(config, [guid for rel, _ in changed for guid in snapshot.files[rel].guids], now)
        kept = copy_kept(keep) if lock is not None else None
        outcomes = _parse(changed, config, cache, child)
        if outcomes is None or lock is None or kept is None or lock.carried != snapshot.carried:
            return None  # (a removed note the last build sent once, `keep_removed_days = 0`, leaves the package)
        return _finish(config, cache, package, keep, snapshot, files, digests, outcomes, lock, kept, now, progress)
    finally:
        if own is not None:
            own.close()
        if kept is not None:
            kept.discard()  # unless the package took it


@dataclass(slots=True)
class _Lock:
    """The lockfile's lines, with what the rebuild needs of them before it knows the changed cards."""

    lines: list[str]
    """Its lines (the last one empty: the file ends with a newline)."""
    at: dict[str, int]
    """The line of each changed file's note, by GUID."""
    entries: dict[str, LockEntry]
    """Those notes' entries."""
    rows: list[str]
    """The package stamp's rows (`apkg.package_stamp`) of every other note the package holds."""
    carried: int
    """Removed notes the package holds."""


def _read_lock(config: BuildConfig, guids: list[str], now: int) -> _Lock | None:
    """The lockfile read for a rebuild whose changed notes have these GUIDs; None when it is not as the
    last build wrote it (unreadable, a GUID missing or twice)."""
    try:
        lines = config.lock_path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    wanted = set(guids)
    at: dict[str, int] = {}
    rows: list[str] = []
    carried = 0
    limit = config.keep_removed_days * DAY
    for index, line in enumerate(lines):
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t", 4)
        if len(parts) != 5 or not parts[1].isdigit():
            return None
        guid, mod, content, state, _ = parts
        if "\\" in guid or "\\" in content:
            guid, content = _unescape(guid), _unescape(content)
        if guid in wanted:
            if guid in at:
                return None
            at[guid] = index
        elif state == "active" or (state == "removed" and now < int(mod) + limit):
            rows.append(f"{guid}\x1f{mod}\x1f{content}")
            carried += state == "removed"
    if len(at) != len(wanted):
        return None
    try:
        entries = {guid: parse_row(lines[index]) for guid, index in at.items()}
    except ValueError:
        return None
    return _Lock(lines, at, entries, rows, carried)


def _worth_forking(config: BuildConfig) -> bool:
    """Whether the changed files are worth parsing in a forked child while this process reads the
    lockfile: only when the lockfile is large enough to take about as long as the fork costs."""
    try:
        return config.lock_path.stat().st_size >= FORK_MIN_LOCK_BYTES and standby.can_fork()
    except OSError:
        return False


def _parse(changed: list[tuple[str, Path]], config: BuildConfig, cache: BuildCache, child: Child | None) -> dict[str, tuple[FileOutcome, bytes]] | None:
    """The changed files' outcomes with the digests of the bytes parsed: from the forked CHILD, or parsed
    here when there is none or it failed. None when a file cannot be read."""
    parsed: dict[str, tuple[FileOutcome, bytes]] = {}
    pickled = child.outcomes() if child is not None else None
    if pickled is not None:
        for (rel, _), (blob, digest) in zip(changed, pickled, strict=True):
            if digest is None:
                return None
            parsed[rel] = (pickle.loads(blob), digest)
        return parsed
    for rel, path in changed:
        from .process import read_and_process

        outcome, digest = read_and_process(rel, path, config, cache)
        if digest is None:
            return None
        parsed[rel] = (outcome, digest)
    return parsed


def _finish(
    config: BuildConfig,
    cache: BuildCache,
    package: Path,
    keep: Path,
    snapshot: Snapshot,
    files: list[tuple[str, Path]],
    digests: Mapping[str, bytes],
    outcomes: dict[str, tuple[FileOutcome, bytes]],
    lock: _Lock,
    kept: KeptCopy,
    now: int,
    progress: Progress | None,
) -> BuildReport | None:
    # The changed files' cards must have the identities they had, in order: then planning, duplicates and
    # the lockfile's order are as they were, and only their content can differ.
    fresh: dict[str, FileSnap] = {}
    planned_cards: list[Card] = []
    for rel, (outcome, digest) in outcomes.items():
        if digest != digests[rel]:
            return None  # saved again since the memo read it: the full build reads it once more
        old = snapshot.files[rel]
        cards = _cards(outcome)
        if len(cards) != len(old.guids) or _identities(cards) != old.identities:
            return None
        fresh[rel] = _file_snap(digest, outcome, old.guids)
        if any(d.severity == "error" for d in fresh[rel].diagnostics):
            return None
        planned_cards += [card if card.guid == guid else replace(card, guid=guid) for card, guid in zip(cards, old.guids, strict=True)]
    plan = plan_notes(planned_cards, lock.entries, config.root_deck, now, config.keep_removed_days)
    changes = plan.changes
    if plan.diagnostics or changes["added"] or changes["removed"] or changes["moved"] or changes["carried_removed"] or set(plan.lock) != set(lock.at):
        return None
    lines = lock.lines
    for guid, index in lock.at.items():
        entry = plan.lock[guid]
        lines[index] = row_text(entry)
        lock.rows.append(f"{guid}\x1f{entry.mod}\x1f{entry.content}")
    media = [m for rel, _ in files for m in (fresh[rel] if rel in fresh else snapshot.files[rel]).media]
    stamp = package_stamp(lock.rows, media)
    unchanged = package.is_file() and cache.get(package_key(package)) == stamp
    text = "\n".join(lines)
    if unchanged:
        prepare_text(config.lock_path, text).commit()
    else:
        lock_file = Background(prepare_text, config.lock_path, text)
        try:
            notes = [PackagedNote(n.card, n.mod) for n in plan.notes]
            write_package(package, notes, media, now, keep, PackageDelta(snapshot.decks, snapshot.first_decks), kept)
        except DeltaRefused:
            lock_file.discard()
            return None
        except BaseException:
            lock_file.discard()
            raise
        cache.put(package_key(package), stamp)
        lock_file.result().commit()
    report = _report(snapshot, files, fresh, planned_cards, cache, config, package, unchanged, changes["updated"])
    if progress:
        for done, (rel, _) in enumerate(files, 1):
            progress(done, len(files), rel)
    probes: dict[str, tuple[int, int] | None] = {}
    for rel, _ in files:
        probes.update((fresh[rel] if rel in fresh else snapshot.files[rel]).probes)
    remember(config, report, dict(digests), probes, snapshot.expires)
    _write(config, cache, package, keep, {**snapshot.files, **fresh}, snapshot.decks, snapshot.first_decks, snapshot.deck_counts, snapshot.carried, snapshot.expires)
    return report


def _report(
    snapshot: Snapshot,
    files: list[tuple[str, Path]],
    fresh: dict[str, FileSnap],
    planned_cards: list[Card],
    cache: BuildCache,
    config: BuildConfig,
    package: Path,
    unchanged: bool,
    updated: int,
) -> BuildReport:
    diagnostics: list[Diagnostic] = []
    reports: list[FileReport] = []
    segments: list[tuple[str, bytes, tuple[str, ...]] | list[Card]] = []
    remaining = iter(planned_cards)
    for rel, _ in files:
        known = fresh.get(rel)
        if known is None:
            known = snapshot.files[rel]
            segments.append((rel, known.digest, known.guids))
        else:
            segments.append([next(remaining) for _ in known.guids])
        diagnostics += known.diagnostics
        reports += known.reports
    diagnostics.sort()
    cards = LazyCards(segments, cache, config)
    total = len(cards)
    changes = {"added": 0, "updated": updated, "unchanged": total - updated, "removed": 0, "moved": 0, "carried_removed": snapshot.carried}
    return BuildReport(cards, tuple(diagnostics), tuple(reports), str(package), changes, dict(snapshot.deck_counts), unchanged)  # type: ignore[arg-type]


class LazyCards(Sequence[Card]):
    """A report's cards, in package order, read from the cache only when someone reads them: a rebuild's
    summary needs only how many there are. Each segment is a file's cards already at hand, or (path,
    digest, planned GUIDs) of an unchanged file whose cards the cache holds."""

    def __init__(self, segments: list[tuple[str, bytes, tuple[str, ...]] | list[Card]], cache: BuildCache, config: BuildConfig) -> None:
        self._segments, self._cache, self._config = segments, cache, config
        self._count = sum(len(s) if isinstance(s, list) else len(s[2]) for s in segments)
        self._cards: tuple[Card, ...] | None = None

    def _all(self) -> tuple[Card, ...]:
        if self._cards is None:
            cards: list[Card] = []
            for segment in self._segments:
                if isinstance(segment, list):
                    cards += segment
                    continue
                rel, digest, guids = segment
                outcome = self._cache.outcome(rel, digest)
                if outcome is None:
                    outcome = self._read_again(rel, digest)
                cards += [card if card.guid == guid else replace(card, guid=guid) for card, guid in zip(_cards(outcome), guids, strict=True)]
            self._cards = tuple(cards)
        return self._cards

    def _read_again(self, rel: str, digest: bytes) -> FileOutcome:
        """The outcome of a file whose cache entry went missing since the build: parsed again from its bytes,
        which must still be the ones built."""
        from .process import read_and_process

        outcome, read = read_and_process(rel, self._config.source / rel, self._config, self._cache)
        if read != digest:
            raise AnkiBuildError(f"{rel} changed after the build; build again to list its cards")
        return outcome

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Card: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Card, ...]: ...

    def __getitem__(self, index: int | slice) -> Card | tuple[Card, ...]:
        return self._all()[index]

    def __iter__(self) -> Iterator[Card]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (tuple, list, LazyCards)):
            return self._all() == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._all())

    def __reduce__(self) -> tuple[Any, ...]:
        return (tuple, (self._all(),))

