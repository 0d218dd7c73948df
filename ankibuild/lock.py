"""The lockfile `ankibuild.lock`: note identities and change times, kept across builds and devices.

A text file meant to be committed with the notes: one line per note, sorted, tab-separated. Per note it
keeps the GUID, `mod` (when the content Anki sees last changed), a hash of that content, the state, the deck,
a SimHash print of the answer, the identity key and the question. A note whose content did not change keeps
its `mod`, so Anki's "update if newer" import leaves it alone (and the tags a user added in Anki survive);
a changed note gets a newer `mod`. Two clones with the same notes and lockfile build identical notes.

The second line names the source folder the lockfile belongs to (`# source: notes`). Folders side by side
share the default lockfile's place; building another folder against it would retire every note it holds,
and the next build of the first folder would make them anew, without their review history. A lockfile
without the line (written before it existed) is adopted by the first folder built with it.

Committed lockfiles meet in merges. A file left with version-control conflict markers is resolved as yarn
resolves `yarn.lock`: both sides are read and united (`read_lock` reports it in `Lockfile.merge`); any other
damage is an error. Builds sharing a lockfile take turns through an advisory lock beside it (`build_turn`).
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .records import AnkiBuildError, Loc

MAGIC = "# ankibuild lockfile v1"
HEADER = f"{MAGIC}: keeps note identities across builds. Commit it with your notes; do not edit by hand.\n"
SCHEMA = "# note type schema "
SOURCE = "# source: "
COLUMNS = ("guid", "mod", "content", "state", "deck", "answer", "key", "question")
RECOVERY = (
    "restore it from version control (git checkout ankibuild.lock), or delete it to start afresh: "
    "notes whose question changed since it was written will then arrive in Anki as new notes"
)


@dataclass(frozen=True, slots=True, order=True)
class LockEntry:
    """What the lockfile remembers of one note."""

    key: str
    """Identity key: document and normalised question, or `id:…` for an explicit id."""
    guid: str
    """The note's GUID."""
    mod: int
    """When the note's content last changed (seconds since the epoch); for a removed note, when the removal
    was noticed: its retention period (`keep_removed_days`) counts from there."""
    content: str
    """Hash of the fields, tags and deck as packaged."""
    state: str = "active"
    """`active`, or `removed` once the question is gone from the notes (the entry stays, so the question
    put back gets its note back)."""
    deck: str = ""
    """The deck the note was packaged in."""
    answer: str = ""
    """SimHash print of the answer text, to re-find a note whose question was reworded."""
    question: str = ""
    """The question as plain text, for people reading the file and for removed notes."""


def content_hash(*parts: str | Iterable[str]) -> str:
    """A short hash of the note content Anki sees."""
    digest = hashlib.sha256()
    for part in parts:
        text = part if isinstance(part, str) else "\x1e".join(part)
        digest.update(text.encode())
        digest.update(b"\x1f")
    return digest.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class LockMerge:
    """How a lockfile holding version-control conflict markers was resolved (as yarn resolves `yarn.lock`)."""

    conflicts: int
    """Conflicted regions (`<<<<<<<` … `>>>>>>>`) in the file."""
    ours: int
    """Entries found only on the first side."""
    theirs: int
    """Entries found only on the second side."""
    newer: int
    """Notes on both sides that differ: the entry with the newer `mod` was kept."""

    def __str__(self) -> str:
        return (
            f"resolved {self.conflicts} merge conflict{'s' if self.conflicts != 1 else ''} in the lockfile: kept every note of both sides "
            f"({self.ours} only in the first, {self.theirs} only in the second, {self.newer} on both with the newer change kept)"
        )


@dataclass(frozen=True, slots=True)
class Lockfile:
    """A lockfile's content."""

    entries: dict[str, LockEntry]
    """Entries by GUID."""
    schemas: dict[str, str]
    """Note type id → schema fingerprint the notes were built with."""
    source: str | None = None
    """Name of the source folder the lockfile belongs to; None when it does not say (an older lockfile)."""
    merge: LockMerge | None = None
    """Set when the file held merge conflict markers: the entries are then both sides' union, and the caller
    should write them back (`write_lock`) so the markers go."""


def read_lock(path: Path, *, owner: str | None = None) -> Lockfile:
    """The content of a lockfile; empty when the file does not exist. With OWNER (the name of the folder
    being built), a lockfile that records another folder is an error: using it would retire that folder's
    notes. A file with merge conflict markers is resolved: both sides are read and their entries united
    (`Lockfile.merge` says so); any other damage is an error."""
    try:
        with path.open(encoding="utf-8") as stream:
            return _parse_lock(stream, path.name, owner)
    except FileNotFoundError:
        return Lockfile({}, {})
    except (OSError, UnicodeDecodeError) as exc:
        raise AnkiBuildError(f"cannot read lockfile ({exc}); {RECOVERY}", Loc(path.name)) from None


class _Side:
    """What one side of a (possibly conflicted) lockfile holds, as its lines are read."""

    __slots__ = ("entries", "schemas", "source", "started")

    def __init__(self) -> None:
        self.entries: dict[str, LockEntry] = {}
        self.schemas: dict[str, str] = {}
        self.source: str | None = None
        self.started = False

    def copy(self) -> _Side:
        other = _Side()
        other.entries, other.schemas, other.source, other.started = dict(self.entries), dict(self.schemas), self.source, self.started
        return other


CONFLICT_MARKERS = {"<<<<<<<": "ours", "|||||||": "base", "=======": "theirs", ">>>>>>>": "end"}
"""Git's conflict markers (diff3 style included), each opening a region of a conflicted file."""
_AFTER = {"ours": (None,), "base": ("ours",), "theirs": ("ours", "base"), "end": ("theirs",)}
"""The region each marker may follow (None: outside any conflict)."""


def _marker(line: str) -> str | None:
    """The region a conflict marker line opens, or None for any other line."""
    region = CONFLICT_MARKERS.get(line[:7])
    return region if region is not None and (len(line) == 7 or line[7] == " ") else None


def _parse_lock(lines: Iterable[str], name: str, owner: str | None) -> Lockfile:
    """Parse the lines of a lockfile as they are read: the file's text is never held whole. Lines outside
    conflict regions go to both sides, lines of a region to its side (the diff3 base is ignored)."""
    first = _Side()
    second: _Side | None = None
    targets: tuple[_Side, ...] = (first,)
    region: str | None = None
    conflicts = 0
    for number, raw in enumerate(lines, 1):
        line = raw[:-1] if raw.endswith("\n") else raw
        if line[:1] in "<|=>" and (marker := _marker(line)) is not None:
            if region not in _AFTER[marker]:
                raise AnkiBuildError(f"misplaced merge conflict marker {line[:7]!r}; {RECOVERY}", Loc(name, number))
            if marker == "ours":
                conflicts += 1
                if second is None:
                    second = first.copy()
            region = None if marker == "end" else marker
            assert second is not None
            targets = (first, second) if region is None else (first,) if region == "ours" else (second,) if region == "theirs" else ()
            continue
        for side in targets:
            _parse_line(side, line, number, name, owner)
    if region is not None:
        raise AnkiBuildError(f"merge conflict opened but never closed (no '>>>>>>>' line); {RECOVERY}", Loc(name))
    if second is None:
        return Lockfile(first.entries, first.schemas, first.source)
    return _merged(first, second, conflicts, name)


def _parse_line(side: _Side, line: str, number: int, name: str, owner: str | None) -> None:
    if not side.started:
        side.started = True
        if not line.startswith(MAGIC):
            raise AnkiBuildError(f"not an ankibuild lockfile; {RECOVERY}", Loc(name, number))
    if line.startswith(SOURCE):
        source = _unescape(line[len(SOURCE) :])
        if owner is not None and source != owner:
            raise AnkiBuildError(_foreign_lock_message(source, owner), Loc(name, number))
        side.source = source
        return
    if line.startswith(SCHEMA):
        parts = line[len(SCHEMA) :].split()
        if len(parts) != 2:
            raise AnkiBuildError(f"corrupt lockfile line; {RECOVERY}", Loc(name, number))
        side.schemas[parts[0]] = parts[1]
        return
    if not line.strip() or line.startswith("#"):
        return
    fields = line.split("\t")
    if len(fields) != len(COLUMNS) or not fields[1].isdigit() or fields[3] not in ("active", "removed") or fields[0] in side.entries:
        raise AnkiBuildError(f"corrupt lockfile line; {RECOVERY}", Loc(name, number))
    entry = parse_row(line, fields)
    side.entries[entry.guid] = entry


def parse_row(line: str, fields: list[str] | None = None) -> LockEntry:
    """The entry of one lockfile row (its FIELDS when already split at the tabs); ValueError when it is none."""
    fields = fields if fields is not None else line.split("\t")
    if len(fields) != len(COLUMNS) or not fields[1].isdigit():
        raise ValueError(f"not a lockfile row: {line[:80]!r}")
    if "\\" in line:
        fields = [_unescape(f) for f in fields]
    guid, mod, content, state, deck, answer, key, question = fields
    return LockEntry(key, guid, int(mod), content, state, deck, answer, question)


def _merged(first: _Side, second: _Side, conflicts: int, name: str) -> Lockfile:
    """Both sides of a conflicted lockfile as one: every note of either side, and for a note on both, the
    entry with the newer `mod` (the later change; on a tie, a fixed choice). Two entries with one key and
    different GUIDs are both kept: planning keeps one and retires the other, with a warning."""
    if first.source is not None and second.source is not None and first.source != second.source:
        raise AnkiBuildError(f"the two sides of the merge conflict name different source folders ({first.source!r}, {second.source!r}); {RECOVERY}", Loc(name))
    schemas = dict(first.schemas)
    for model, print_ in second.schemas.items():
        if schemas.setdefault(model, print_) != print_:
            raise AnkiBuildError(f"the two sides of the merge conflict record different schemas of note type {model}; {RECOVERY}", Loc(name))
    entries = dict(first.entries)
    theirs = newer = 0
    for guid, entry in second.entries.items():
        mine = entries.get(guid)
        if mine is None:
            theirs += 1
            entries[guid] = entry
        elif mine != entry:
            newer += 1
            entries[guid] = max(mine, entry, key=lambda e: (e.mod, e))
    ours = sum(1 for guid in first.entries if guid not in second.entries)
    return Lockfile(entries, schemas, first.source or second.source, LockMerge(conflicts, ours, theirs, newer))


def _foreign_lock_message(recorded: str, owner: str) -> str:
    key = json.dumps(owner, ensure_ascii=False)  # a TOML basic string: any folder name is a valid key
    target = json.dumps(f"ankibuild-{owner}.lock", ensure_ascii=False)
    return (
        f"this lockfile belongs to source folder {recorded!r}, not {owner!r}: building {owner!r} with it would "
        f"retire every note of {recorded!r}, and they would come back as new notes without their review history. "
        f"Give {owner!r} its own lockfile: put  lockfiles = {{ {key} = {target} }}  in ankibuild.toml (or under "
        f"[tool.ankibuild] in pyproject.toml) beside the folders. If {recorded!r} was renamed to {owner!r}, "
        f"change the line '{SOURCE}{recorded}' of this lockfile to '{SOURCE}{owner}' instead"
    )


def write_lock(path: Path, entries: Mapping[str, LockEntry], schemas: Mapping[str, str], *, source: str | None = None) -> None:
    """Write the lockfile atomically, sorted by identity key for clean diffs. SOURCE, the name of the folder
    the notes come from, is recorded so that no other folder takes the lockfile over."""
    prepare_lock(path, entries, schemas, source=source).commit()


def prepare_lock(path: Path, entries: Mapping[str, LockEntry], schemas: Mapping[str, str], *, source: str | None = None) -> PreparedText:
    """`write_lock` but for the last step: the lockfile is written and synced under a temporary name, and
    takes its place only when the caller commits it (after the package it describes is on disk)."""
    owner = f"{SOURCE}{_escape(source)}\n" if source else ""
    head = owner + "".join(f"{SCHEMA}{model} {print_}\n" for model, print_ in sorted(schemas.items()))
    rows = sorted(entries.values(), key=lambda e: (e.key, e.guid))
    return prepare_text(path, itertools.chain([HEADER + head + "# " + "\t".join(COLUMNS) + "\n"], _batches(rows)))


ROWS_PER_WRITE = 256
"""Rows joined into one write: the text of 100,000 notes is never held whole (nor twice, encoded)."""


def _batches(rows: list[LockEntry]) -> Iterator[str]:
    for start in range(0, len(rows), ROWS_PER_WRITE):
        yield "".join(map(_row, rows[start : start + ROWS_PER_WRITE]))


def row_text(entry: LockEntry) -> str:
    """One entry's line as the lockfile holds it, without its newline."""
    return _row(entry)[:-1]


def _row(entry: LockEntry) -> str:
    """One entry's line: its columns joined by tabs, escaped when a value holds a tab, newline or backslash."""
    values = (entry.guid, str(entry.mod), entry.content, entry.state, entry.deck, entry.answer, entry.key, entry.question)
    line = "\t".join(values)
    if line.count("\t") != len(COLUMNS) - 1 or "\\" in line or "\n" in line or "\r" in line:
        line = "\t".join(map(_escape, values))
    return line + "\n"


def atomic_write_text(path: Path, text: str | Iterable[str]) -> None:
    """Write a text file (given whole, or in parts) so that readers see the old or the new content, never
    half of it, even after a crash or power loss."""
    prepare_text(path, text).commit()


class PreparedText:
    """A text file written and synced to disk under a temporary name beside its target (`prepare_text`):
    `commit` puts it in place, `discard` deletes it. One of the two must be called."""

    def __init__(self, path: Path, tmp: Path) -> None:
        self.path, self.tmp = path, tmp

    def commit(self) -> None:
        """Rename the file into place and make the rename durable."""
        try:
            os.replace(self.tmp, self.path)
        finally:
            self.tmp.unlink(missing_ok=True)
        _sync_directory(self.path.parent)

    def discard(self) -> None:
        """Delete the temporary file: the target keeps its old content."""
        self.tmp.unlink(missing_ok=True)


def prepare_text(path: Path, text: str | Iterable[str]) -> PreparedText:
    """Write TEXT (given whole, or in parts) beside PATH under a temporary name and sync it to disk; the
    caller commits it when it should replace PATH."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            for part in [text] if isinstance(text, str) else text:
                handle.write(part)
            handle.flush()
            # Without it a crash soon after the rename can leave an empty lockfile: every note would be new.
            os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return PreparedText(path, tmp)


class Background:
    """A `prepare_lock` or `prepare_text` call run in a thread (the file is written and synced while the
    package is): `result` waits for the prepared file (or raises the thread's error), `discard` waits and
    deletes it."""

    def __init__(self, prepare: Callable[..., PreparedText], *args: Any, **kwargs: Any) -> None:
        self.prepared: PreparedText | None = None
        self.error: BaseException | None = None

        def run() -> None:
            try:
                self.prepared = prepare(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - handed over to the caller by `result`
                self.error = exc

        self.thread = threading.Thread(target=run, name="ankibuild-lockfile")
        self.thread.start()

    def result(self) -> PreparedText:
        self.thread.join()
        if self.error is not None:
            raise self.error
        assert self.prepared is not None
        return self.prepared

    def discard(self) -> None:
        self.thread.join()
        if self.prepared is not None:
            self.prepared.discard()


def _sync_directory(folder: Path) -> None:
    """Make a rename in FOLDER durable. Some platforms (Windows) cannot open or sync a folder: then the
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


GUARD_SUFFIX = ".guard"
"""The advisory lock of the builds of one folder is the file `.<lockfile name>.guard` beside the lockfile."""


def guard_path(lock_path: Path) -> Path:
    """The file whose advisory lock a build holds: beside the lockfile, hidden."""
    return lock_path.with_name(f".{lock_path.name}{GUARD_SUFFIX}")


@contextlib.contextmanager
def build_turn(lock_path: Path, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the advisory lock of the builds that share LOCK_PATH for the duration of the block, so that two of
    them (a `watch` and a `build`, two terminals) take turns instead of interleaving their writes of the
    lockfile and the package. When another build holds it, ON_WAIT is called once with what is known of
    that build (its process id) and the call waits for its turn. The lock goes with the process: a build
    that crashes never leaves a stale lock. The guard file is never deleted (that would let a third build
    lock a new file while the second still waits on the old one)."""
    guard = guard_path(lock_path)
    guard.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(guard, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        if not _lock(fd, wait=False):
            if on_wait is not None:
                on_wait(_holder(fd))
            _lock(fd, wait=True)
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            pass  # the process id is only for the waiting message
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:
        text = ""
    return f"process {text}" if text.isdigit() else "another process"


def _lock(fd: int, *, wait: bool) -> bool:
    """Take the lock of FD; without WAIT, return False at once when another process holds it."""
    if sys.platform == "win32":  # lock the first byte; LK_LOCK gives up after 10 s, so poll instead
        import msvcrt

        while True:
            try:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return True
            except OSError:
                if not wait:
                    return False
                time.sleep(0.2)
    else:
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            return False
        return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _escape(value: str) -> str:
    if "\\" not in value and "\t" not in value and "\n" not in value and "\r" not in value:
        return value
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _unescape(value: str) -> str:
    out: list[str] = []
    chars = iter(value)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            out.append({"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}.get(nxt, nxt))
        else:
            out.append(ch)
    return "".join(out)
