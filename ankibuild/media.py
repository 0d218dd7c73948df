"""Images: resolving a note's image references to files packaged under content-hash names.

A local image is looked up relative to the note, must stay inside the source folder (no `..`, absolute
path or symbolic link leading out), and is packaged as `<sha256 prefix>.<ext>` so two `diagram.png` files of
different folders never clash. A missing image is an error; a remote image stays remote with a warning.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .records import Diagnostic, Loc, MediaFile

IMAGE_TYPES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".avif"})
MAX_IMAGE_BYTES = 50 * 1024 * 1024


class ImageResolver:
    """Resolves the images of one document, remembering what it looked at so a cache can re-check it."""

    def __init__(self, source_root: Path, note_path: str, lines: tuple[str, ...] = ()) -> None:
        self.root = source_root.resolve()
        self.folder = (source_root / note_path).parent
        self.media: dict[str, MediaFile] = {}
        self.diagnostics: list[Diagnostic] = []
        self.probes: dict[str, tuple[int, int] | None] = {}
        self.lines = lines

    def __call__(self, src: str, loc: Loc) -> str | None:
        """The packaged name for `src`, or None to leave the reference as it is."""
        loc = self._line_of(src, loc)
        parts = urlsplit(src)
        if parts.scheme in ("http", "https"):
            self.diagnostics.append(Diagnostic(loc, "warning", "remote-image", f"{src} is remote: it shows only when the device is online"))
            return None
        if parts.scheme or parts.netloc:
            self.diagnostics.append(Diagnostic(loc, "error", "image", f"unsupported image address {src!r}"))
            return ""
        relative = unquote(parts.path)
        if not relative:
            return None
        if relative.startswith(("/", "\\")) or Path(relative).is_absolute():
            self.diagnostics.append(Diagnostic(loc, "error", "image", f"absolute image path {relative!r} refused: use a path relative to the note"))
            return ""
        candidate = self.folder / relative
        try:
            real = candidate.resolve()
        except (OSError, RuntimeError, ValueError):
            real = candidate
        if not real.is_relative_to(self.root):
            self.diagnostics.append(Diagnostic(loc, "error", "image", f"image {relative!r} is outside the source folder: refused"))
            return ""
        if "\0" in relative:
            self.diagnostics.append(Diagnostic(loc, "error", "image", f"invalid image path {src!r}"))
            return ""
        self.probes[str(real)] = _signature(real)
        if Path(relative).suffix.lower() not in IMAGE_TYPES:
            self.diagnostics.append(Diagnostic(loc, "error", "image", f"{relative!r} is not an image file"))
            return ""
        try:
            size = real.stat().st_size
            if size > MAX_IMAGE_BYTES:
                self.diagnostics.append(Diagnostic(loc, "error", "image", f"image {relative!r} is larger than {MAX_IMAGE_BYTES:,} bytes"))
                return ""
            digest = hashlib.sha256(real.read_bytes()).hexdigest()[:20]
        except OSError:
            self.diagnostics.append(Diagnostic(loc, "error", "image", f"image not found: {relative}"))
            return ""
        name = f"ab-{digest}{real.suffix.lower()}"
        self.media[name] = MediaFile(name, str(real))
        return name


    def _line_of(self, src: str, loc: Loc) -> Loc:
        """The line that holds the reference: the card's location only gives where its question starts."""
        for n in range(max(loc.line - 1, 0), len(self.lines)):
            if src in self.lines[n]:
                return loc.at(n + 1)
        return loc


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns)


def probes_unchanged(probes: dict[str, tuple[int, int] | None]) -> bool:
    """True when every file a cached result looked at is as it was (an added, changed or deleted image
    makes the cache entry stale)."""
    return all(_signature(Path(path)) == signature for path, signature in probes.items())

