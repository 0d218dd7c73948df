"""Images: resolving a note's image references to files packaged under content-hash names.

A local image is looked up relative to the note, must stay inside the source folder (no `..`, absolute
path or symbolic link leading out), and is packaged as `<sha256 prefix>.<ext>` so two `diagram.png` files of
different folders never clash. A missing image is a warning and shows as a visible placeholder (a copied
note without its pictures is still worth studying); a path leading out is an error; a remote image stays
remote with a warning. Images written as raw HTML `<img src>` are resolved the same way as Markdown ones.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .records import Diagnostic, Loc, MediaFile

IMAGE_TYPES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".avif"})
MAX_IMAGE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class MissingImage:
    """A local image that is not there: the card shows a placeholder instead."""

    path: str
    """The path as the note wrote it (relative to the note)."""

    def placeholder(self, alt: str = "") -> str:
        """The visible stand-in, with the image's alt text when it says more than the path."""
        alt = " ".join(alt.split())
        text = f"[image missing: {self.path}]" + (f" {alt}" if alt and alt != self.path else "")
        return f'<span class="image-missing">{html.escape(text, quote=False)}</span>'


class ImageResolver:
    """Resolves the images of one document, remembering what it looked at so a cache can re-check it."""

    def __init__(self, source_root: Path, note_path: str, lines: tuple[str, ...] = ()) -> None:
        self.source_root = source_root
        self.note_path = note_path
        self.media: dict[str, MediaFile] = {}
        self.diagnostics: list[Diagnostic] = []
        self.probes: dict[str, tuple[int, int] | None] = {}
        self.lines = lines
        self._last: dict[str, int] = {}

    # Every document gets a resolver, most never call it: the paths are worked out (`resolve` asks the file
    # system about every folder on the way) when a first image is.
    @cached_property
    def root(self) -> Path:
        """The source folder, symbolic links resolved: no image may lead out of it."""
        return self.source_root.resolve()

    @cached_property
    def folder(self) -> Path:
        """The note's folder, which image paths are relative to."""
        return (self.source_root / self.note_path).parent

    def __call__(self, src: str, loc: Loc) -> str | MissingImage | None:
        """The packaged name for `src`; None to leave the reference as it is; "" to drop it (an error was
        reported); a `MissingImage` to show a placeholder (a warning was reported)."""
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
        self.probes[str(real)] = signature = _signature(real)
        if signature is None:
            self.diagnostics.append(Diagnostic(loc, "warning", "missing-image", f"image not found: {relative} (the card shows a placeholder)"))
            return MissingImage(relative)
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
            self.diagnostics.append(Diagnostic(loc, "warning", "missing-image", f"image not found: {relative} (the card shows a placeholder)"))
            return MissingImage(relative)
        name = f"ab-{digest}{real.suffix.lower()}"
        self.media[name] = MediaFile(name, str(real))
        return name


    def _line_of(self, src: str, loc: Loc) -> Loc:
        """The line that holds the reference: the card's location only gives where its question starts."""
        start = max(loc.line - 1, 0)
        # the same address again in the same card: look past where it was last found
        last = self._last.get(src, -1)
        for begin in ((last + 1, start) if last >= start else (start,)):
            for n in range(begin, len(self.lines)):
                if src in self.lines[n]:
                    self._last[src] = n
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



def resolve_html_images(markup: str, resolve: Callable[[str], str | MissingImage | None]) -> str:
    """The author's raw HTML with each `<img src>` resolved as a Markdown image is: packaged under its hash
    name, shown as a placeholder when missing, dropped when refused (RESOLVE reported why). The tags are
    found by an HTML parser, and everything else is left byte for byte as written."""
    finder = _ImageTags()
    finder.feed(markup)
    finder.close()
    if not finder.found:
        return markup
    starts = [0]  # the parser counts lines at "\n" only
    for text_line in markup.split("\n"):
        starts.append(starts[-1] + len(text_line) + 1)
    pieces: list[str] = []
    done = 0
    for (line, column), raw, attrs in finder.found:
        at = starts[line - 1] + column
        if markup.find(raw, at, at + len(raw)) != at:
            continue  # not where the parser said (cannot happen with a well-formed position): leave it
        src = next((value for name, value in attrs if name == "src"), None)
        if src is None:
            continue
        new = resolve(src)
        if new is None:
            continue
        if isinstance(new, MissingImage):
            replacement = new.placeholder(next((value or "" for name, value in attrs if name == "alt"), ""))
        elif new == "":
            replacement = ""
        else:
            kept = [(name, new if name == "src" else value) for name, value in attrs]
            replacement = "<img" + "".join(f' {name}="{html.escape(value or "")}"' if value is not None else f" {name}" for name, value in kept) + ">"
        pieces += [markup[done:at], replacement]
        done = at + len(raw)
    return "".join(pieces) + markup[done:]


class _ImageTags(HTMLParser):
    """Collects the `<img>` start tags of a piece of HTML: position, text as written, attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[tuple[int, int], str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.found.append((self.getpos(), self.get_starttag_text() or "", attrs))
