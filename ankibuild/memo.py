"""The build memo: when nothing a build reads has changed since the last successful build, its summary is
replayed without parsing, rendering or packaging anything.

"Everything a build reads" is: the bytes of every note file (read and hashed, so an edit that keeps the
size and mtime is still seen), the images they referenced, the configuration, ankibuild's own code, the
lockfile and the package on disk. This module is imported before the parser on purpose: a no-op rebuild
costs little more than reading and hashing the notes.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from dataclasses import replace
from pathlib import Path

from .cache import CACHE_DIR, code_fingerprint, file_digest
from .config import BuildConfig
from .records import BuildReport
from .sources import list_sources

MEMO_NAME = "last-build.pickle"


Digests = dict[str, bytes]
"""The sha256 digest of each note file's bytes, by path relative to the source folder."""


def read_digests(config: BuildConfig) -> Digests | None:
    """Read and hash every note file, or None when the folder or a file cannot be read (then the build
    runs and reports it)."""
    try:
        files, problems = list_sources(config)
    except Exception:  # noqa: BLE001 - the real build reports it properly
        return None
    if problems:
        return None
    try:
        return {rel: file_digest(path.read_bytes()) for rel, path in files}
    except OSError:
        return None


def build_fingerprint(config: BuildConfig, digests: Digests) -> str | None:
    """A hash of everything a build reads: the notes (by digest), the configuration, the code, the lockfile
    and the package on disk; None when the lockfile or package cannot be looked at."""
    digest = hashlib.sha256()
    settings = (
        *(config.root_deck, config.deck_per, config.tag_prefix, config.conventions, config.include, config.exclude, config.strict),
        *(config.keep_removed_days, config.line_breaks, config.unanswered),
    )
    digest.update(repr(settings).encode())
    digest.update(code_fingerprint().encode())
    for rel in sorted(digests):
        digest.update(rel.encode() + b"\0" + digests[rel])
    try:
        for extra in (config.lock_path, config.output / config.package_name):
            stat = extra.stat()
            digest.update(f"{extra}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    except OSError:
        return None
    return digest.hexdigest()


def _memo_path(config: BuildConfig) -> Path:
    return config.source.resolve().parent / CACHE_DIR / MEMO_NAME


def recall(config: BuildConfig) -> tuple[BuildReport | None, Digests | None]:
    """The summary of the last build when nothing it read has changed (images included), else None; and
    the digests of the note files as read now, so a build that must run does not read them again. A first
    build (no cache folder yet) reads nothing here: there is no memo to replay and no cached result to look
    up by digest, and the files are read and hashed where they are parsed."""
    if not _memo_path(config).parent.is_dir():
        return None, None
    digests = read_digests(config)
    fingerprint = build_fingerprint(config, digests) if digests is not None else None
    if fingerprint is None:
        return None, digests
    try:
        with open(_memo_path(config), "rb") as handle:
            stored_fingerprint, probes, report, expires = pickle.load(handle)
    except Exception:  # noqa: BLE001 - a missing or damaged memo is just a miss
        return None, digests
    from .media import probes_unchanged

    if stored_fingerprint != fingerprint or not probes_unchanged(probes):
        return None, digests
    now = config.timestamp if config.timestamp is not None else time.time()
    if expires is not None and now >= expires:
        return None, digests  # a removed note the package carries is due to leave it
    carried = report.changes.get("carried_removed", 0)
    unchanged = {"added": 0, "updated": 0, "unchanged": sum(report.deck_counts.values()), "removed": 0, "moved": 0, "carried_removed": carried}
    return replace(report, changes=unchanged, package_unchanged=True), digests


def remember(
    config: BuildConfig, report: BuildReport, digests: Digests, probes: dict[str, tuple[int, int] | None] | None = None, expires: int | None = None
) -> None:
    """Store a successful build's summary (without its cards) under the fingerprint of what it read:
    `digests` are those of the bytes the build actually used, so a file saved during the build is seen as
    changed by the next one. From EXPIRES on (a removed note leaves the package) the memo is not replayed."""
    fingerprint = build_fingerprint(config, digests)
    if fingerprint is None:
        return
    slim = replace(report, cards=())
    target = _memo_path(config)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as handle:
            pickle.dump((fingerprint, probes or {}, slim, expires), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
    except OSError:
        pass
