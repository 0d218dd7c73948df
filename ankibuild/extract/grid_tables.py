"""Pandoc grid tables read as rows of cells: what `pandoc -t markdown` writes for a word processor's
tables, and what CommonMark reads as one paragraph of `+---+` and `| … |` lines.

    +----+--------------------------+--------------------------------+
    | No | Question                 | Answer                         |
    +====+==========================+================================+
    | 1  | What does a router do,   | It forwards packets between    |
    |    | and where does it sit?   | networks.                      |
    +----+--------------------------+--------------------------------+

Borders (`+---+`) separate the rows; the `+===+` border ends the header (a table without one has no
header). A cell wrapped over several lines is one text, its lines joined with a space; a line opening
with a bullet or a list number inside a cell keeps its own line (`<br>`), as a `<br>` in a GFM cell does.
The rules that read GFM tables read these rows the same way.
"""

from __future__ import annotations

from itertools import pairwise

from .document import Block, Document, lazy_pattern

_BORDER = lazy_pattern(r"^\+(?:[-=:]+\+)+\s*$")
_HEADER_BORDER = lazy_pattern(r"^\+(?::?=+:?\+)+\s*$")
_ROW_LINE = lazy_pattern(r"^\|.*\|\s*$")
_BROKEN_WORD = lazy_pattern(r"[^\W\d_]-$")
_LISTED = lazy_pattern(r"^(?:[-*+•▪]\s|\d{1,3}[.)]\s)")


def may_hold_grid_tables(doc: Document) -> bool:
    """A cheap necessary condition: some paragraph opens with a grid table's border."""
    return "+-" in doc.source.text and any(
        block.kind == "paragraph" and doc.lines[block.first].startswith("+-") for block in doc.blocks
    )


def grid_table(doc: Document, block: Block) -> tuple[tuple[str, ...], list[tuple[int, tuple[str, ...]]]] | None:
    """A paragraph that is a whole grid table as its header cells (empty without a `+===+` border) and
    its body rows, each with the source line (0-based) of its first line and its cells; None for any other
    paragraph."""
    if block.kind != "paragraph":
        return None
    lines = [doc.lines[n].rstrip() for n in range(block.first, block.last)]
    if len(lines) < 3 or not _BORDER.match(lines[0]) or not _BORDER.match(lines[-1]):
        return None
    columns = [n for n, c in enumerate(lines[0]) if c == "+"]
    width = len(columns) - 1
    rows: list[tuple[int, tuple[str, ...]]] = []
    header: tuple[str, ...] = ()
    pending: list[list[str]] = []  # the current row's lines, split into cells
    start = block.first
    for offset, line in enumerate(lines):
        if _BORDER.match(line):
            if [n for n, c in enumerate(line) if c == "+"] != columns:
                return None  # spanning cells: not read
            if pending:
                cells = joined_cells(pending, width)
                if _HEADER_BORDER.match(line) and not rows and not header:
                    header = cells
                else:
                    rows.append((start, cells))
            elif _HEADER_BORDER.match(line) and offset:
                return None
            pending = []
            start = block.first + offset + 1
            continue
        if not _ROW_LINE.match(line):
            return None
        split = _cells(line, columns)
        if split is None:
            return None
        pending.append(split)
    if not rows and not header:
        return None
    return header, rows


def _cells(line: str, columns: list[int]) -> list[str] | None:
    """One content line's cells: split at its pipes when there is one a column, else cut at the border's
    `+` positions (a cell may hold a `|` of its own)."""
    parts = line.strip()[1:-1].split("|")
    if len(parts) == len(columns) - 1:
        return [part.strip() for part in parts]
    if len(line) <= columns[-1] or any(line[n] != "|" for n in columns):
        return None
    return [line[a + 1 : b].strip() for a, b in pairwise(columns)]


def joined_cells(lines: list[list[str]], width: int) -> tuple[str, ...]:
    """A row's cells from its lines split into cells (WIDTH of them), each cell's lines joined: with a space when the text runs on, with `<br>` before a
    listed line, with `<br><br>` across a blank line."""
    cells: list[str] = []
    for column in range(width):
        text = ""
        blank = False
        for line in lines:
            part = line[column]
            if not part:
                blank = bool(text)
                continue
            if not text:
                text = part
            elif blank:
                text += "<br><br>" + part
            elif _LISTED.match(part):
                text += "<br>" + part
            elif _BROKEN_WORD.search(text):
                text += part  # `gross-` over `margin`: a hyphenated word wrapped at its hyphen
            else:
                text += " " + part
            blank = False
        cells.append(text)
    return tuple(cells)
