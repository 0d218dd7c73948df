"""The frozen records passed between the pipeline's stages.

Every stage takes records and returns new ones; nothing is mutated across a stage boundary.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, Literal, TypeVar

Severity = Literal["error", "warning", "info"]
NoteType = Literal["basic", "cloze"]
EXPLICIT_PREFIX = "id:"
"""Identity keys the user wrote (`<!-- id: … -->`) start with this; keys derived from a question never do."""

R = TypeVar("R")


def pickled_by_fields(cls: type[R]) -> type[R]:
    """Pickle a frozen, slotted dataclass as a call of its constructor with every field's value.

    The default for such classes restores each instance through a Python `__setstate__` that looks up
    the dataclass fields again for every object: about 80% of loading a cached file's cards, and of
    receiving them from a worker process. Every field must be a positional `__init__` parameter.
    """
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    if any(not f.init or f.kw_only for f in fields(cls)):  # type: ignore[arg-type]
        raise TypeError(f"{cls.__name__}: every field must be a positional __init__ parameter")
    values = attrgetter(*names)
    if len(names) == 1:

        def reduce(self: Any) -> tuple[type[R], tuple[Any, ...]]:
            return cls, (values(self),)
    else:

        def reduce(self: Any) -> tuple[type[R], tuple[Any, ...]]:
            return cls, values(self)

    cls.__reduce__ = reduce  # type: ignore[assignment,method-assign]
    return cls


@pickled_by_fields
@dataclass(frozen=True, slots=True, order=True)
class Loc:
    """A place in the user's notes."""

    path: str
    """Path of the file, relative to the source folder, with forward slashes."""
    line: int = 0
    """1-based line number (of the inner file for a repository dump); 0 when the whole file is meant."""
    part: str | None = None
    """Inner path of a file inside a repository dump, else None."""

    def __str__(self) -> str:
        where = f"{self.path}[{self.part}]" if self.part else self.path
        return f"{where}:{self.line}" if self.line else where

    def at(self, line: int) -> Loc:
        """The same file at another line."""
        return Loc(self.path, line, self.part)


@pickled_by_fields
@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    """One thing the build wants the user to know, with where it is."""

    loc: Loc
    """Where the problem is."""
    severity: Severity
    """`error` fails the build; `warning` fails it only under --strict; `info` never does."""
    kind: str
    """A short stable name: `unanswered`, `duplicate`, `unclassified`, `math`, `encoding`, …"""
    message: str
    """What happened, for a person."""
    question: str | None = None
    """For an `unanswered` diagnostic, the question as plain text: what editors and tools match on."""

    def __str__(self) -> str:
        return f"{self.loc}: {self.kind}: {self.message}"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class SourceFile:
    """One document of the user's notes, decoded and repaired, ready to parse."""

    path: str
    """Path relative to the source folder (the dump file for an inner file of a dump)."""
    part: str | None
    """Inner path for a file of a repository dump, else None."""
    text: str
    """The text, with encoding repaired and newlines normalised to \\n."""
    digest: str
    """SHA-256 of the raw bytes the text came from (plus the inner path), for caches."""

    @property
    def loc(self) -> Loc:
        """The location of the whole document."""
        return Loc(self.path, 0, self.part)

    @property
    def name(self) -> str:
        """The file name without folder and extension, used when nothing better names the document."""
        base = (self.part or self.path).rsplit("/", 1)[-1]
        return base.rsplit(".", 1)[0] if "." in base else base


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class CardDraft:
    """A question and its answer as found in the notes, still in Markdown."""

    loc: Loc
    """Where the question starts."""
    convention: str
    """Name of the extraction rule that found it."""
    question: str
    """Markdown of the front. For a cloze note: the text with its cloze deletions."""
    answer: str
    """Markdown of the back. For a cloze note: the extra text (may be empty)."""
    context: tuple[str, ...] = ()
    """The heading path above the question, outermost first, plain text."""
    tags: tuple[str, ...] = ()
    """Tags found for this card (already normalised for Anki)."""
    note_type: NoteType = "basic"
    """Which note type the card uses."""
    explicit_id: str | None = None
    """An identity the user wrote into the notes (`<!-- id: … -->`); wins over the derived key."""
    answer_tokens: tuple[tuple[int, int], ...] = ()
    """Token ranges of the parsed document that render to exactly the answer, so it is not parsed twice."""
    answer_is_prose: bool = False
    """True when the answer came out of a fenced block used as an answer container."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class MediaFile:
    """A local file a card refers to, packaged under a content-hash name."""

    name: str
    """Name inside the package (content hash plus extension)."""
    path: str
    """Absolute path of the file on disk."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Card:
    """A card ready to be packaged: rendered HTML, deck, tags and identity."""

    loc: Loc
    """Where the question starts."""
    deck: str
    """Full deck name, `Root::Document title`."""
    note_type: NoteType
    """Which note type the card uses."""
    convention: str
    """Name of the extraction rule that found it."""
    question_text: str
    """The question as plain text, no markup."""
    question_html: str
    """HTML of the front (Question field, or Text for a cloze)."""
    answer_html: str
    """HTML of the back (Answer field, or Extra for a cloze)."""
    context: str
    """The heading path, as shown small on the card."""
    tags: tuple[str, ...]
    """Sorted, normalised Anki tags."""
    guid: str
    """Stable note identity; never derived from the answer."""
    key: str = ""
    """The identity key the GUID was derived from (document and normalised question, or an explicit id)."""
    media: tuple[MediaFile, ...] = ()
    """Local files the card's HTML refers to."""
    content: str = ""
    """Hash of what Anki sees of the note: every field (the Source field included), tags, deck, note type."""
    sketch: str = ""
    """MinHash sketch of the answer's words, to re-find the note after its question is reworded."""

    @property
    def source(self) -> str:
        """The Source field, as text: the file and its heading path (`a.md › Section › Sub`)."""
        return source_field(self.loc, self.context)


SOURCE_SEPARATOR = " › "
"""Between the file and the headings of a Source field, as between the headings of the Context field."""


def source_field(loc: Loc, context_html: str) -> str:
    """The Source field of a note, as text: the file (and inner file of a dump) and the heading path above the
    question, never the line number. Every part of it is in the note's content hash, so a note whose Source
    changes gets a newer `mod` and Anki takes the change; a line number would change with every edit above
    the question and either go stale in Anki or rewrite every later note (dropping the user's tags)."""
    where = f"{loc.path}[{loc.part}]" if loc.part else loc.path
    if not context_html:
        return where
    # The Context field holds the heading path escaped for HTML; the Source field is escaped when packaged.
    return where + SOURCE_SEPARATOR + html.unescape(context_html)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class FileReport:
    """What the build made of one document."""

    loc: Loc
    """The document."""
    deck: str
    """The deck its cards went to."""
    cards: int
    """Cards made."""
    unanswered: int
    """Questions found without an answer."""
    skipped: int
    """Blocks deliberately not carded (table of contents, outline, link list …)."""
    unclassified: int
    """Blocks no rule could classify."""
    by_convention: tuple[tuple[str, int], ...] = ()
    """Cards per extraction rule."""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class BuildReport:
    """The outcome of a build, for the summary and for tests."""

    cards: tuple[Card, ...]
    """Every card, in package order."""
    diagnostics: tuple[Diagnostic, ...]
    """Every diagnostic, sorted by place."""
    files: tuple[FileReport, ...]
    """Per-document accounting."""
    package: str | None = None
    """Path of the package written, or None when nothing was written."""
    changes: dict[str, int] = field(default_factory=dict)
    """Added / updated / unchanged / removed counts against the lockfile."""
    deck_counts: dict[str, int] = field(default_factory=dict)
    """Cards per deck (kept even when `cards` is left out of a summary replayed from the build memo)."""
    package_unchanged: bool = False
    """True when the package on disk already held exactly this and was not written again."""

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        """Diagnostics that fail the build."""
        return tuple(d for d in self.diagnostics if d.severity == "error")

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        """Diagnostics that fail the build only under --strict."""
        return tuple(d for d in self.diagnostics if d.severity == "warning")


class AnkiBuildError(Exception):
    """A failure the user can act on, with where it happened. Only the CLI turns it into text."""

    def __init__(self, message: str, loc: Loc | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.loc = loc

    def __str__(self) -> str:
        return f"{self.loc}: {self.message}" if self.loc else self.message


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DocumentResult:
    """Everything one document contributed."""

    cards: tuple[Card, ...]
    """Rendered cards."""
    diagnostics: tuple[Diagnostic, ...]
    """Findings in the document."""
    report: FileReport
    """Its accounting."""
    probes: dict[str, tuple[int, int] | None]
    """Files (images) the document looked at, with their size and mtime, so the cache can re-check them."""


FileOutcome = tuple[list[DocumentResult], list[Diagnostic]]
"""What one file contributed: its documents' results and the problems of the file itself."""
