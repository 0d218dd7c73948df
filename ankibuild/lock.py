"""The lockfile `ankibuild.lock`: note identities and change times, kept across builds and devices.

A text file meant to be committed with the notes: one line per note, sorted, tab-separated. Per note it
keeps the GUID, the identity key, a hash of the content Anki sees, and `mod`, the time that content last
changed. A note whose content did not change keeps its `mod`, so Anki's "update if newer" import leaves
it alone (and the tags a user added in Anki survive); a changed note gets a newer `mod`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .records import AnkiBuildError, Loc

HEADER = "# ankibuild lockfile v1: keeps note identities across builds. Commit it with your notes; do not edit.\n"
COLUMNS = "# guid\tmod\tcontent\tstate\tkey\n"


@dataclass(frozen=True, slots=True, order=True)
class LockEntry:
    """What the lockfile remembers of one note."""

    key: str
    """Identity key: document and normalised question."""
    guid: str
    """The note's GUID."""
    mod: int
    """When the note's content last changed (seconds since the epoch)."""
    content: str
    """Hash of the fields, tags and deck as packaged."""
    state: str = "active"
    """`active`, or `removed` once the question is gone from the notes."""


def content_hash(*parts: str | Iterable[str]) -> str:
    """A short hash of the note content Anki sees."""
    digest = hashlib.sha256()
    for part in parts:
        text = part if isinstance(part, str) else "\x1e".join(part)
        digest.update(text.encode())
        digest.update(b"\x1f")
    return digest.hexdigest()[:16]


def read_lock(path: Path) -> dict[str, LockEntry]:
    """The entries of a lockfile by GUID; empty when the file does not exist."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise AnkiBuildError(f"cannot read lockfile: {exc}", Loc(path.name)) from None
    entries: dict[str, LockEntry] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 5 or not fields[1].isdigit() or fields[3] not in ("active", "removed"):
            raise AnkiBuildError(
                "corrupt lockfile line; restore it from version control, or delete it to start afresh "
                "(notes whose question changed since will then be new notes in Anki)",
                Loc(path.name, number),
            )
        guid, mod, content, state, key = fields
        entries[guid] = LockEntry(key.replace("\\t", "\t").replace("\\n", "\n"), guid, int(mod), content, state)
    return entries


def write_lock(path: Path, entries: Mapping[str, LockEntry]) -> None:
    """Write the lockfile atomically, sorted for clean diffs."""
    rows = sorted(entries.values(), key=lambda e: (e.key, e.guid))
    body = "".join(
        f"{e.guid}\t{e.mod}\t{e.content}\t{e.state}\t{e.key.replace(chr(9), chr(92) + 't').replace(chr(10), chr(92) + 'n')}\n"
        for e in rows
    )
    atomic_write_text(path, HEADER + COLUMNS + body)


def atomic_write_text(path: Path, text: str) -> None:
    """Write a text file so that readers see the old or the new content, never half of it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


@dataclass(frozen=True, slots=True)
class Stamped:
    """The outcome of comparing this build's notes with the lockfile."""

    mods: dict[str, int]
    """`mod` per GUID for this build."""
    entries: dict[str, LockEntry]
    """The lockfile to write after a successful build."""
    changes: dict[str, int]
    """Counts: added, updated, unchanged, removed."""


def stamp_notes(notes: Iterable[tuple[str, str, str]], lock: Mapping[str, LockEntry], now: int) -> Stamped:
    """Give each note (guid, key, content hash) its `mod`: unchanged content keeps the old one; changed
    content gets one newer than both now and the old one (Anki stores whole seconds and needs strictly newer)."""
    mods: dict[str, int] = {}
    entries: dict[str, LockEntry] = {}
    changes = {"added": 0, "updated": 0, "unchanged": 0, "removed": 0}
    for guid, key, content in notes:
        old = lock.get(guid)
        if old is None:
            mod, change = now, "added"
        elif old.content == content and old.state == "active":
            mod, change = old.mod, "unchanged"
        else:
            mod, change = max(now, old.mod + 1), "updated"
        changes[change] += 1
        mods[guid] = mod
        entries[guid] = LockEntry(key, guid, mod, content)
    for guid, old in lock.items():
        if guid not in entries:
            entries[guid] = LockEntry(old.key, guid, old.mod, old.content, "removed")
            if old.state == "active":
                changes["removed"] += 1
    return Stamped(mods, entries, changes)
