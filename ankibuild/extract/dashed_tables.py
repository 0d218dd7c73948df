"""Pandoc's simple and multiline tables read as rows of cells: tables drawn with dashed lines and spaces,
no pipes, which CommonMark reads as paragraphs and thematic breaks.

    ---------------------------------------------------------
    No   Question                    Answer
    ---- --------------------------- ------------------------
    1    What does a router do, and  It forwards packets
         where does it sit?          between networks.

    2    What is a subnet mask?      …
    ---------------------------------------------------------

    Table: Networking (a caption, above or below the table)

      Term        Definition
      ----------- --------------------------------------------
      latency     The time a packet takes from end to end.

The dashed line under the header, one run of dashes a column with spaces between the runs, sets the columns:
each column runs from its dashes to the next column's dashes, the last one to the line's end. A
*multiline* table opens with a dashed line across the whole table over its header and closes with another;
its rows are separated by blank lines and a cell wrapped over several lines is one text (joined as a grid
table's cells are: see `grid_tables`). A *simple* table has one line a row and ends at a blank line. Only
a table with a header (a text in at least two columns) whose lines never run text across a column's
start is read; a `Table:` caption next to it belongs to it. The rules that read GFM tables read these rows
the same way.

As a rule of the chain (early, before the headings are read: a multiline table's last row sits right over
its bottom border, which CommonMark reads as the row's heading underline), a table whose header names a
question and an answer column is read as the qa-table rule reads a GFM table, and a two-column table of
terms and definitions as the glossary rule reads one; any other table is left to the rules after it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .document import QUESTION_TABLES, Document, block_at, block_kinds, lazy_pattern
from .grid_tables import joined_cells

# `---- ------- ----`: the columns' dashes under the header, two runs or more.
_COLUMNS = lazy_pattern(r"^[ ]{0,3}-{3,}(?:[ ]+-{3,})+[ ]*$")
# `--------------`: a multiline table's top or bottom border, one run.
_BORDER = lazy_pattern(r"^[ ]{0,3}-{3,}[ ]*$")
_DASHES = lazy_pattern(r"-{3,}")
# `Table: …`, `: …`: pandoc's caption paragraph.
_CAPTION = lazy_pattern(r"^[ ]{0,3}(?:Table)?:[ \t]+\S")


@dataclass(frozen=True, slots=True)
class DashedTable:
    """One simple or multiline table."""

    first: int
    """Its first source line (0-based): the top border, the header or a caption above it."""
    last: int
    """The line after its last line (its bottom border, last row or caption)."""
    blocks: tuple[int, ...]
    """The top-level blocks it is made of (paragraphs and thematic breaks)."""
    header: tuple[str, ...]
    """The header cells."""
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    """Per body row, its first source line and its cells (as many as the header's)."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the free simple and multiline tables that hold questions and answers or terms and their
    definitions."""
    if not may_hold_dashed_tables(doc):
        return RuleResult()  # no line of column dashes: most documents
    from . import glossary, qa_tables
    from .glossary import in_glossary_section

    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    found: set[int] = set()
    for table in dashed_tables(doc):
        if not all(is_free(doc, taken, index) for index in table.blocks):
            continue
        first = table.blocks[0]
        made = qa_tables.row_cards(doc, first, table.header, table.rows, drafts, diagnostics, claims)
        if made is None and len(table.header) == 2:
            rows = [(line, cells[0], cells[1]) for line, cells in table.rows]
            head = (table.header[0], table.header[1])
            entries = glossary.row_entries(head, rows, table.last, in_glossary_section(doc, first))
            if entries:
                glossary.add_entries(doc, first, entries, drafts, diagnostics, claims)
                made = "card" if any(claims.get(e.first) == "card" for e in entries) else "unanswered"
        if made is None:
            continue
        found.update(table.blocks)
        # The borders, the header and the caption belong to the cards the table made.
        claims.update({n: made for n in range(table.first, table.last) if n not in claims})
    if found:
        doc.derived[QUESTION_TABLES] = frozenset(found) | doc.derived.get(QUESTION_TABLES, frozenset())
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def may_hold_dashed_tables(doc: Document) -> bool:
    """A cheap necessary condition: some thematic break of the document is a line of column dashes (the line
    under a table's header is read as one)."""
    if "hr" not in block_kinds(doc):
        return False
    return any(block.kind == "hr" and _COLUMNS.match(doc.lines[block.first]) for block in doc.blocks)


def dashed_tables(doc: Document) -> tuple[DashedTable, ...]:
    """The document's simple and multiline tables, in order (found once per document)."""
    known = doc.derived.get("dashed-tables")
    if known is None:
        known = doc.derived["dashed-tables"] = _find(doc) if may_hold_dashed_tables(doc) else ()
    return known  # type: ignore[no-any-return]


def _find(doc: Document) -> tuple[DashedTable, ...]:
    found: list[DashedTable] = []
    for block in doc.blocks:
        if block.kind == "hr" and _COLUMNS.match(doc.lines[block.first]) and not (found and block.first < found[-1].last):
            table = _table_at(doc, block.first)
            if table is not None:
                found.append(table)
    return tuple(found)


def _table_at(doc: Document, dashes: int) -> DashedTable | None:
    """The table whose header's dashed line is line DASHES, or None when the lines around it are no table."""
    lines = doc.lines
    starts = [m.start() for m in _DASHES.finditer(lines[dashes])]
    top = dashes
    while top > 0 and lines[top - 1].strip() and not _BORDER.match(lines[top - 1]):
        top -= 1
    heading_lines = [lines[n] for n in range(top, dashes)]
    if not heading_lines or not all(_fits(line, starts) for line in heading_lines):
        return None
    header = joined_cells([_split(line, starts) for line in heading_lines], len(starts))
    if sum(1 for cell in header if cell) < 2:
        return None
    multiline = top > 0 and _BORDER.match(lines[top - 1]) is not None
    rows: list[tuple[int, tuple[str, ...]]] = []
    n = dashes + 1
    end = len(lines)
    if multiline:
        first = top - 1
        group: list[int] = []
        while True:
            if n >= end:
                return None  # no bottom border: not a multiline table
            line = lines[n]
            if _BORDER.match(line):
                break
            if line.strip():
                if not _fits(line, starts):
                    return None
                group.append(n)
            elif group:
                rows.append((group[0], joined_cells([_split(lines[k], starts) for k in group], len(starts))))
                group = []
            n += 1
        if group:
            rows.append((group[0], joined_cells([_split(lines[k], starts) for k in group], len(starts))))
        n += 1  # the bottom border
    else:
        first = top
        while n < end and lines[n].strip() and not _COLUMNS.match(lines[n]) and not _BORDER.match(lines[n]):
            if not _fits(lines[n], starts):
                return None
            rows.append((n, joined_cells([_split(lines[n], starts)], len(starts))))
            n += 1
        if n < end and lines[n].strip():
            n += 1  # a closing dashed line
    if not rows:
        return None
    first, n = _with_captions(doc, first, n)
    blocks = sorted({index for line in range(first, n) if (index := block_at(doc, line)) is not None})
    return DashedTable(first, n, tuple(blocks), header, tuple(rows))


def _with_captions(doc: Document, first: int, last: int) -> tuple[int, int]:
    """The table's lines widened to a caption paragraph one blank line above or below it."""
    lines = doc.lines
    if last + 1 < len(lines) and not lines[last].strip() and _CAPTION.match(lines[last + 1]):
        last += 2
        while last < len(lines) and lines[last].strip():
            last += 1
    if first >= 2 and not lines[first - 1].strip() and lines[first - 2].strip():
        top = first - 2
        while top > 0 and lines[top - 1].strip():
            top -= 1
        if _CAPTION.match(lines[top]):
            first = top
    return first, last


def _fits(line: str, starts: list[int]) -> bool:
    """True when no text of LINE runs across a column's start (the character before it is a space)."""
    return all(len(line) <= start or line[start - 1] == " " for start in starts[1:]) and not line[: starts[0]].strip()


def _split(line: str, starts: list[int]) -> list[str]:
    bounds = [*starts[1:], len(line) + 1]
    return [line[a:b].strip() for a, b in zip(starts, bounds, strict=True)]
