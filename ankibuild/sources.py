"""The only module that reads the user's notes: walking, decoding, mojibake repair, unflattening dumps."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from fnmatch import fnmatch
from pathlib import Path

from .config import BuildConfig
from .dump import looks_like_dump, unflatten_dump
from .encoding import decode_note, repair_mojibake
from .records import AnkiBuildError, Diagnostic, Loc, SourceFile

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Files larger than this are refused: study notes are never this big, and a build must stay bounded."""

CODEC_NAMES = {"mac_roman": "Mac Roman", "cp1252": "Windows-1252", "latin-1": "Latin-1"}


def list_sources(config: BuildConfig) -> tuple[list[tuple[str, Path]], list[Diagnostic]]:
    """The note files under the source folder, sorted, as (relative path, path), plus walking problems."""
    root = config.source
    if not root.exists():
        raise AnkiBuildError(f"source folder {str(root)!r} does not exist")
    if not root.is_dir():
        raise AnkiBuildError(f"source {str(root)!r} is not a folder")
    diagnostics: list[Diagnostic] = []
    return list(_walk(root, config, diagnostics)), diagnostics


def read_source_bytes(path: Path, rel: str) -> tuple[bytes | None, list[Diagnostic]]:
    """The raw bytes of one note file, or None and the reason."""
    loc = Loc(rel)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [Diagnostic(loc, "error", "too-large", f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}")]
        return path.read_bytes(), []
    except OSError as exc:
        return None, [Diagnostic(loc, "error", "unreadable", f"cannot read file: {exc.strerror or exc}")]


def parse_source_bytes(raw: bytes, rel: str) -> tuple[list[SourceFile], list[Diagnostic]]:
    """Decode, repair and split the bytes of one file (pure: no disk access)."""
    loc = Loc(rel)
    decoded = decode_note(raw)
    # A binary file under a Markdown name holds no notes to lose: skipped with a warning, not a failed build.
    diagnostics = [
        Diagnostic(loc.at(p.line), "warning", p.kind, f"{p.message}; skipped") if p.kind == "binary" else Diagnostic(loc.at(p.line), p.severity, p.kind, p.message)
        for p in decoded.problems
    ]
    if decoded.text is None:
        return [], diagnostics
    text, codec = repair_mojibake(decoded.text)
    if codec:
        name = CODEC_NAMES.get(codec, codec)
        diagnostics.append(Diagnostic(loc, "info", "encoding", f"repaired UTF-8 text that had been read as {name}"))
    digest = hashlib.sha256(raw).hexdigest()
    if not looks_like_dump(text):
        if not text.strip():
            diagnostics.append(Diagnostic(loc, "warning", "empty", "file is empty"))
        return [SourceFile(rel, None, text, digest)], diagnostics
    result = unflatten_dump(text)
    for problem in result.problems:
        diagnostics.append(Diagnostic(Loc(rel, problem.line, problem.part), problem.severity, problem.kind, problem.message))
    docs = [
        SourceFile(rel, part.path, part.text, hashlib.sha256(f"{digest}/{part.path}".encode()).hexdigest())
        for part in result.parts
    ]
    return docs, diagnostics


def _walk(root: Path, config: BuildConfig, diagnostics: list[Diagnostic]) -> Iterator[tuple[str, Path]]:
    real_root = root.resolve()
    # Hidden files and folders are never notes, so hidden folders (`.git`, caches) are not even entered.
    for parts, entry in sorted(_entries(str(root), (), diagnostics), key=lambda found: found[0]):
        rel = "/".join(parts)
        if not any(_glob(rel, pattern) for pattern in config.include):
            continue
        if any(_glob(rel, pattern) for pattern in config.exclude):
            continue
        path = Path(entry.path)
        if entry.is_symlink():
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):
                diagnostics.append(Diagnostic(Loc(rel), "warning", "outside", "symbolic link is broken or loops; not read"))
                continue
            if not target.is_relative_to(real_root):
                diagnostics.append(Diagnostic(Loc(rel), "warning", "outside", "symbolic link points outside the source folder; not read"))
                continue
        if entry.is_file():
            yield rel, path


def _entries(folder: str, parts: tuple[str, ...], diagnostics: list[Diagnostic]) -> Iterator[tuple[tuple[str, ...], os.DirEntry[str]]]:
    """Every entry under `folder` that is not a real folder (files, links, others), with its path parts;
    links to folders are not followed. A folder that cannot be listed is reported, not skipped silently."""
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError as exc:
        if not parts:
            raise AnkiBuildError(f"cannot list source folder {folder!r}: {exc.strerror or exc}") from None
        diagnostics.append(Diagnostic(Loc("/".join(parts)), "warning", "unreadable", f"cannot list folder: {exc.strerror or exc}; its notes are not read"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False
        if is_folder:
            yield from _entries(entry.path, (*parts, entry.name), diagnostics)
        else:
            yield (*parts, entry.name), entry


def _glob(rel: str, pattern: str) -> bool:
    # `**/` in our patterns also matches files at the top level, as users expect.
    return fnmatch(rel, pattern) or (pattern.startswith("**/") and fnmatch(rel, pattern[3:]))
