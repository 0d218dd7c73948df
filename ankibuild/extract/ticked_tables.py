"""Verdict tables ticked in two columns (`| Statement | Yes | No |` over `☑` / `☐`, `Ja` / `Nein`, `Vrai` /
`Faux` …): the verdict words and reading a table so ticked. Shared by the verdict-table rule, which cards such
tables, and the numbered-problem rule, which finds one inside a problem; the tick marks are the cue-table
rule's too."""

from __future__ import annotations

import re

from .document import Block, Document, plain_text, table_cells

MIN_ANSWERED = 2
"""How many rows a verdict table needs answered to be one."""
VERDICT_WORDS = (
    r"true|false|t|f|v|w|r|richtig|falsch|wahr|vrai|faux|verdadero|falso|vero|verdadeiro|waar|onwaar|"
    r"juist|onjuist|prawda|fałsz|pravda|nepravda|верно|неверно|правда|ложь|sant|usant|sann|falsk|doğru|yanlış"
)
"""The words of a verdict (`true` / `false`, `richtig` / `falsch`, `V` / `F` …), as regex alternatives."""
# The two sides of a verdict, each heading one column of a ticked table.
_SIDE = re.compile(
    rf"^(?:yes|no|ja|nein|oui|non|s[íi]|sim|n[ãa]o|tak|nie|да|нет|evet|hayır|{VERDICT_WORDS})$",
    re.I,
)
# The marks of a ticked cell and of one left unticked, in tables ticked in columns.
TICKED = frozenset({"☑", "☒", "✓", "✔", "✔️", "✅", "x", "X", "●", "◉", "■"})
UNTICKED = frozenset({"", "☐", "□", "○", "◯", "-", "–"})


def checked_rows(doc: Document, block: Block) -> list[tuple[int, str, str]] | None:
    """The rows of a table whose last two columns are the two sides of a verdict, ticked in one of them,
    as (line, statement, verdict: the ticked column's header; empty when neither is ticked), or None when
    the table is not one (fewer than two rows ticked, a cell neither ticked nor empty, a row ticked twice)."""
    header, rows = table_cells(doc, block)
    if len(header) < 3:
        return None
    sides = [plain_text(cell).strip() for cell in header[-2:]]
    if not all(_SIDE.match(side) for side in sides) or sides[0].lower() == sides[1].lower():
        return None
    entries: list[tuple[int, str, str]] = []
    for line, cells in rows:
        if len(cells) != len(header):
            return None
        marks = [plain_text(cell).strip().strip("*_ ") for cell in cells[-2:]]
        if not all(mark in TICKED or mark in UNTICKED for mark in marks) or all(mark in TICKED for mark in marks):
            return None
        statement = cells[-3].content.strip()
        if not statement:
            return None
        verdict = next((side for side, mark in zip(sides, marks, strict=True) if mark in TICKED), "")
        entries.append((line, statement, verdict))
    return entries if sum(1 for *_, verdict in entries if verdict) >= MIN_ANSWERED else None
