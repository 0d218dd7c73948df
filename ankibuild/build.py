"""The build: runs the stages in order, collects every diagnostic, produces the `BuildReport`.

read → parse → extract → render → plan (identity, duplicates, lockfile) → write.
"""

from __future__ import annotations

import os
import pickle
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from itertools import repeat
from pathlib import Path

from . import standby
from .apkg import PackagedNote, package_stamp, write_package
from .cache import BuildCache, file_digest, package_folder, package_key
from .config import BuildConfig
from .lock import Background, Lockfile, prepare_lock, read_lock, write_lock
from .memo import remember
from .normalise import normalised_question_of
from .notetypes import schema_prints
from .plan import DeckPlan, plan_notes
from .records import (
    AnkiBuildError,
    BuildReport,
    Card,
    Diagnostic,
    FileOutcome,
    FileReport,
    Loc,
    MediaFile,
)
from .sources import list_sources, read_source_bytes

Progress = Callable[[int, int, str], None]
"""Called as (done, total, what) while documents are processed."""
Read = tuple[FileOutcome, "bytes | None"]
"""A file's outcome with the digest of the bytes it came from (None: the file could not be read)."""


@dataclass(frozen=True, slots=True)
class PlannedBuild:
    """Everything a build knows once its notes are planned, before anything is written: what `build`
    packages and what `sync` writes into a collection."""

    report: BuildReport
    """The report (no package yet)."""
    plan: DeckPlan
    """Every note with its GUID and `mod` (removed ones included), and the lockfile to write."""
    previous: Lockfile
    """The lockfile as it was read before planning."""
    media: tuple[MediaFile, ...]
    """Local files the cards refer to."""
    now: int
    """The build time."""
    cache: BuildCache | None
    """The per-file cache, when used."""
    complete: bool
    """Every source file was listed and read: the build memo may remember this build."""
    used: dict[str, bytes]
    """Digest of each file read."""
    probes: dict[str, tuple[int, int] | None]
    """Files (images) the documents looked at."""
    outcomes: tuple[tuple[str, FileOutcome], ...] = ()
    """Each file's outcome, in path order (what `incremental` remembers of the build)."""
    dropped: int = 0
    """Cards dropped as duplicates."""


def run_build(
    config: BuildConfig,
    *,
    write: bool = True,
    progress: Progress | None = None,
    use_cache: bool = True,
    digests: Mapping[str, bytes] | None = None,
    child: standby.Child | None = None,
) -> BuildReport:
    """Build the package (or, with write=False, everything but the writing: `check` and `cards`).
    `digests` are the files' digests when the caller has just read them (the memo): files found in the
    cache under them are not read again. CHILD (`standby.standby`) parses a rebuild's changed files; the
    caller closes it."""
    if write and use_cache:
        from . import incremental

        rebuilt = incremental.rebuild(config, digests, progress, child)  # after edits that kept every question
        if rebuilt is not None:
            return rebuilt
    if child is not None:
        standby.spare(child)  # loaded already: a full build's pool is forked from it (`_Processing`)
    planned = plan_build(config, write=write, progress=progress, use_cache=use_cache, digests=digests)
    report, plan, cache, now = planned.report, planned.plan, planned.cache, planned.now
    if not write or report.errors:
        return report
    package = config.output / config.package_name
    media = list(planned.media)
    stamp = _package_stamp(plan, media)
    unchanged = bool(cache and package.is_file() and cache.get(package_key(package)) == stamp)
    if unchanged:
        write_lock(config.lock_path, plan.lock, schema_prints(), source=config.source_name)
    else:
        # The lockfile is written and synced while the package is (in a thread: both mostly wait on the disk
        # or on C code that lets go of the interpreter lock); it takes its place once the package has.
        lock_file = Background(prepare_lock, config.lock_path, plan.lock, schema_prints(), source=config.source_name)
        try:
            keep = package_folder(cache.folder, package) if cache else None
            write_package(package, [PackagedNote(n.card, n.mod) for n in plan.notes], media, now, keep)
        except BaseException:
            lock_file.discard()
            raise
        if cache:
            cache.put(package_key(package), stamp)
        lock_file.result().commit()
    final = replace(report, package=str(package), package_unchanged=unchanged)
    # A build that resolved a lockfile merge is not replayed: its report tells of a one-time event.
    if cache and planned.complete and planned.previous.merge is None:
        remember(config, final, planned.used, planned.probes, plan.expires)
    if cache:
        from . import incremental

        incremental.save(config, planned, final, package, package_folder(cache.folder, package))
    return final


def plan_build(config: BuildConfig, *, write: bool = False, progress: Progress | None = None, use_cache: bool = True, digests: Mapping[str, bytes] | None = None) -> PlannedBuild:
    """Read, extract, render and plan every note against the lockfile; write nothing but, with WRITE, the
    lockfile resolved from a merge conflict."""
    files_on_disk, diagnostics = list_sources(config)
    listed = not diagnostics
    cache = BuildCache(config) if use_cache else None
    cards: list[Card] = []
    files: list[FileReport] = []
    probes: dict[str, tuple[int, int] | None] = {}
    used: dict[str, bytes] = {}
    outcomes: list[tuple[str, FileOutcome]] = []
    processing = _Processing(files_on_disk, config, cache, digests or {})
    try:
        # Read while a forked child parses the changed files (`_Processing`); a lockfile that cannot be
        # used is reported where it always was, once the notes are processed.
        lock_or_error = _read_lock_or_error(config)
        for done, (rel, (outcome, digest)) in enumerate(processing, 1):
            results, problems = outcome
            outcomes.append((rel, outcome))
            diagnostics.extend(problems)
            if digest is not None:
                used[rel] = digest
            for result in results:
                probes.update(result.probes)
                cards.extend(result.cards)
                diagnostics.extend(result.diagnostics)
                files.append(result.report)
            if progress:
                progress(done, len(files_on_disk), rel)
    finally:
        processing.close()
    found = len(cards)
    cards = _drop_duplicates(cards, diagnostics)
    files = _counted(files, cards)
    now = int(config.timestamp if config.timestamp is not None else time.time())
    if isinstance(lock_or_error, AnkiBuildError):
        raise lock_or_error
    lock = lock_or_error
    if lock.merge is not None:
        # Resolved at once, whatever becomes of this build: the conflict markers never stay.
        if write:
            write_lock(config.lock_path, lock.entries, lock.schemas, source=lock.source or config.source_name)
        resolution = "wrote the clean lockfile" if write else "`ankibuild build` writes the clean lockfile"
        diagnostics.append(Diagnostic(Loc(config.lock_path.name), "info", "lockfile", f"{lock.merge}; {resolution}"))
    check_schemas(lock.schemas, config)
    plan = plan_notes(cards, lock.entries, config.root_deck, now, config.keep_removed_days)
    diagnostics.extend(plan.diagnostics)
    if config.strict:
        diagnostics = [Diagnostic(d.loc, "error", d.kind, d.message) if d.severity == "warning" else d for d in diagnostics]
    diagnostics.sort()
    planned = tuple(n.card for n in plan.notes if n.card.convention != "removed")
    report = BuildReport(planned, tuple(diagnostics), tuple(files), None, plan.changes, dict(Counter(c.deck for c in planned)))
    media = tuple(m for c in cards for m in c.media)
    complete = listed and len(used) == len(files_on_disk)
    return PlannedBuild(report, plan, lock, media, now, cache, complete, used, probes, tuple(outcomes), found - len(cards))


PARALLEL_MIN_BYTES = 256 * 1024
"""Below this much Markdown a process pool costs more than it saves."""
FORK_MIN_CACHED_BYTES = 1024 * 1024
"""A rebuild parses its few changed files in one forked child while this process loads at least this many
bytes of cached results (and reads the lockfile); with less to do meanwhile, the fork costs more than it saves."""


def _read_lock_or_error(config: BuildConfig) -> Lockfile | AnkiBuildError:
    """The lockfile, or the error reading it raised (for the caller to raise in its own time)."""
    try:
        return read_lock(config.lock_path, owner=config.lock_owner)
    except AnkiBuildError as exc:
        return exc


class _Processing:
    """Each file's outcome, in path order, from the cache or parsed afresh.

    Made eagerly, so that the slow parts overlap: the files without a cache entry are parsed in a process pool
    when they hold enough Markdown (`PARALLEL_MIN_BYTES`), else, in a rebuild after a few edits, in one
    forked child (`standby.Child`) while this process loads the cached results of every other file and the caller
    reads the lockfile; else here, as they are iterated. A cache entry that turns out unusable (damaged, or
    an image it looked at changed) is parsed here. Call `close` when done (it reaps a child left running)."""

    def __init__(self, files: list[tuple[str, Path]], config: BuildConfig, cache: BuildCache | None, digests: Mapping[str, bytes]) -> None:
        self.files, self.config, self.cache = files, config, cache
        self.known: dict[str, Read] = {}
        self.late: set[str] = set()
        self.child: standby.Child | None = None
        self.warm: standby.Child | None = None
        """The loaded child a pool is forked from (`standby.take_spare`), once taken."""
        todo: list[tuple[str, Path]] = []
        todo_bytes = 0
        cached: list[tuple[str, Path, bytes]] = []
        cached_bytes = 0
        # A cache folder that does not exist yet (a first build) holds no entry: no file is read here only to
        # look one up (its worker reads and hashes it).
        lookup = cache if cache is not None and cache.folder.is_dir() else None
        for rel, path in files:
            digest = digests.get(rel)
            size = None
            if digest is None and lookup is not None:
                raw, problems = read_source_bytes(path, rel)
                if raw is None:
                    self.known[rel] = (([], problems), None)
                    continue
                digest, size = file_digest(raw), len(raw)
            stored = lookup.size(lookup.key(rel, digest)) if lookup is not None and digest is not None else None
            if stored is not None and digest is not None:
                cached.append((rel, path, digest))
                cached_bytes += stored
                continue
            # only the path is kept: holding every file's bytes until the end would double the peak memory
            todo.append((rel, path))
            todo_bytes += size if size is not None else _size(path)
        if todo and not _pooled(todo, todo_bytes) and cached_bytes >= FORK_MIN_CACHED_BYTES and standby.can_fork():
            spare = standby.take_spare()  # already loaded, when there is one
            if spare is not None:
                spare.send(todo, config)
            self.child = spare or standby.Child(config, todo)
        try:
            for rel, path, digest in cached:
                hit = cache.outcome(rel, digest) if cache is not None else None
                if hit is not None:
                    self.known[rel] = (hit, digest)
                elif self.child is not None:
                    self.late.add(rel)  # the child has its files already: this one is parsed here, in its turn
                else:
                    todo.append((rel, path))
                    todo_bytes += _size(path)
        except BaseException:
            self.close()  # no caller will: the child is reaped here
            raise
        order = {rel: index for index, (rel, _) in enumerate(files)}
        self.todo = sorted(todo, key=lambda item: order[item[0]])
        self.pooled = self.child is None and _pooled(todo, todo_bytes)

    def __iter__(self) -> Iterator[tuple[str, Read]]:
        parsed = self._parsed()
        for rel, path in self.files:
            if rel in self.known:
                yield rel, self.known.pop(rel)
            elif rel in self.late:
                from .process import read_and_process

                yield rel, read_and_process(rel, path, self.config, self.cache)
            else:
                yield rel, next(parsed)

    def _parsed(self) -> Iterator[Read]:
        """The outcomes of the files left to parse, in path order."""
        todo, config, cache = self.todo, self.config, self.cache
        if self.child is not None:
            outcomes = self.child.outcomes()
            if outcomes is not None:
                yield from _unpickled(iter(outcomes))
                return
            # the child failed (killed, out of memory, a bug): parsing here gives the outcome, or the error, it would have
        elif self.pooled:
            workers = _workers(todo)
            warm = self.warm = standby.take_spare()
            if warm is not None:
                # The child forked first thing, which has loaded the parser while this process started: the
                # pool is forked from it at once, and its outcomes stream here as they come.
                warm.send(todo, config, workers=workers)
                done = 0
                for outcome in _unpickled(warm.stream(len(todo))):
                    yield outcome
                    done += 1
                if warm.complete:
                    return
                todo = todo[done:]  # the child failed: the rest is parsed as if it had never been
                if not todo:
                    return
            import multiprocessing  # only for a large build: a rebuild after an edit never starts a pool
            from concurrent.futures import ProcessPoolExecutor

            # the parser, rules and highlighter: imported once, before the workers fork
            from .process import read_and_process_pickled, start_worker

            workers = _workers(todo)  # (fewer files left after a failed child)
            context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
            with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=start_worker) as pool:
                chunk = max(1, len(todo) // (workers * 32))
                # map() yields in submission order, which is path order: results stream out as they finish
                parsed = pool.map(read_and_process_pickled, [r for r, _ in todo], [p for _, p in todo], repeat(config), repeat(cache), chunksize=chunk)
                yield from _unpickled(parsed)
            return
        from .process import read_and_process

        for rel, path in todo:
            yield read_and_process(rel, path, config, cache)

    def close(self) -> None:
        """Stop and reap a child whose outcomes were never asked for (the build stopped early)."""
        for child in (self.child, self.warm):
            if child is not None:
                child.close()
        self.child = self.warm = None


def _workers(todo: list[tuple[str, Path]]) -> int:
    return min(os.cpu_count() or 1, 8, len(todo))


def _pooled(todo: list[tuple[str, Path]], todo_bytes: int) -> bool:
    """Whether the files left to parse are worth a process pool."""
    return _workers(todo) >= 2 and todo_bytes >= PARALLEL_MIN_BYTES


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reading it will report why


def _unpickled(outcomes: Iterator[tuple[bytes, bytes | None]]) -> Iterator[Read]:
    for pickled, digest in outcomes:
        yield pickle.loads(pickled), digest


def _package_stamp(plan: DeckPlan, media: list[MediaFile]) -> str:
    """What the package holds, in one hash: when it matches the package on disk, writing is skipped."""
    return package_stamp([f"{n.card.guid}\x1f{n.mod}\x1f{plan.lock[n.card.guid].content}" for n in plan.notes], media)


def check_schemas(recorded: dict[str, str], config: BuildConfig) -> None:
    """Refuse to build when a note type's schema changed under notes already in users' collections:
    Anki would skip every update of those notes as "conflicting"."""
    current = schema_prints()
    for model_id, fingerprint in recorded.items():
        if model_id in current and current[model_id] != fingerprint:
            raise AnkiBuildError(
                f"the schema of note type {model_id} changed (fields or templates renamed, added or removed); "
                "Anki would skip every update of existing notes. Revert the change, or release a new note type "
                "version with a new id (see README: Note type versions)",
                Loc(config.lock_path.name),
            )


def _counted(files: list[FileReport], cards: list[Card]) -> list[FileReport]:
    """Each document's card counts as the cards it contributes once duplicates are dropped, so that the
    files' counts add up to the build's total."""
    by_file = Counter((c.loc.path, c.loc.part) for c in cards)
    by_rule = Counter((c.loc.path, c.loc.part, c.convention) for c in cards)
    counted = []
    for file in files:
        where = (file.loc.path, file.loc.part)
        if file.cards == by_file[where]:
            counted.append(file)
            continue
        rules = tuple((rule, n) for rule, _ in file.by_convention if (n := by_rule[(*where, rule)]))
        counted.append(replace(file, cards=by_file[where], by_convention=rules))
    return counted


def _drop_duplicates(cards: list[Card], diagnostics: list[Diagnostic]) -> list[Card]:
    """The same question twice in one deck: keep the first card, warn naming both places. Two different
    questions with one identity (an explicit id written twice) is an error naming both places."""
    by_question: dict[tuple[str, str], Card] = {}
    by_guid: dict[str, Card] = {}
    kept: list[Card] = []
    # a question listed without an answer in one place and answered in another needs no placeholder
    keys = [(c.deck, normalised_question_of(c)) for c in cards]  # once per card: a rebuild holds thousands
    answered = {key for card, key in zip(cards, keys, strict=True) if card.convention != "unanswered"}
    for card, key in zip(cards, keys, strict=True):
        if card.convention == "unanswered" and (key in answered or key in by_question):
            continue
        same_question = by_question.get(key)
        same_identity = by_guid.get(card.guid)
        if same_question is None and same_identity is not None:
            diagnostics.append(
                Diagnostic(card.loc, "error", "identity", f"same note identity as {same_identity.loc} ({card.key}) for a different question; give one of them another id")
            )
            continue
        if same_question is not None:
            diagnostics.append(
                Diagnostic(card.loc, "warning", "duplicate", f"same question as {same_question.loc}; only the first is kept: {card.question_text!r}")
            )
            continue
        by_question[key] = card
        by_guid[card.guid] = card
        kept.append(card)
    return kept


