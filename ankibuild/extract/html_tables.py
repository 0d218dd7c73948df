"""Question / answer tables written in raw HTML: one card per row, the question cell on the front, the
answer cell on the back.

    <table>
      <tr><th>Question</th><th>Answer</th></tr>
      <tr><td>Drug of choice for MRSA?</td><td>Vancomycin<br>(alternatives: linezolid)</td></tr>
    </table>

People write their tables in HTML when a cell needs line breaks or a list, which GFM tables do not allow.
A `<table>` whose tag opens a line is a question table when its header row (the `<th>` row of its
`<thead>`, else its first `<tr>`) names a question column and an answer column with the words the GFM
question tables accept (`Question | Answer`, `Q | A`, `Front | Back`, `Frage | Antwort` …, see
`table_headers`); one row a line (`<tr><td>…</td><td>…</td></tr>`) or one tag a line, alike. Each body row
makes a card; a row whose answer cell is empty or a placeholder (`TBD`, `TODO`, `—`) is reported
`unanswered` on its own line. Inline tags become Markdown (`<i>`, `<em>` → `*…*`, `<b>`, `<strong>` →
`**…**`, `<code>` → backticks), `<br>` breaks the answer's lines, others (`<sub>`, `<sup>`) stay. Any other
column is added to the back as `**Name:** …`. A cell spanning rows (`<td rowspan="4">`, a topic beside its
questions) stands in each row it spans, so that the cells of those rows keep their columns; a column of such
cells groups the questions and joins the cards' context rather than the back. A table whose header names no question and answer column (a
table of facts) stays as it is, unless its rows are labelled in their first cell instead, a table turned
sideways (often one question a table):

    <table>
      <tr><th>Question 3.</th><td>Which enzyme unwinds DNA?</td></tr>
      <tr><th>Answer</th><td>Helicase.</td></tr>
    </table>

every row two cells, the first a question label (`Question 3.`, `Frage`, the shared label words) or an
answer label (`Answer`, `Antwort` …): each question row is a card answered by the answer row under it, an
empty or placeholder answer is `unanswered`. The heading path is the cards' context.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, a_line_opens_with, block_kinds, lazy_pattern
from .html_text import element_end, html_markdown, html_plain
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_answer_label_cell, is_question_label_cell
from .table_headers import header_word, names_answer, names_question

CONVENTION = "html-table"

_TABLE_OPEN = lazy_pattern(r"^\s*<table\b", re.I)
_TABLE_CLOSE = lazy_pattern(r"</table\s*>", re.I)
_ROW = lazy_pattern(r"<tr\b[^>]*>(.*?)(?:</tr\s*>|(?=<tr\b)|(?=</t(?:head|body|foot)\b)|(?=</table\b))", re.I | re.S)
_CELL = lazy_pattern(r"<(t[dh])\b([^>]*)>(.*?)(?:</\1\s*>|(?=<t[dh]\b)|$)", re.I | re.S)
# `rowspan="3"`: a cell standing in the rows below its own too (a topic beside its questions).
_ROWSPAN = lazy_pattern(r"\browspan\s*=\s*[\"']?\s*(\d{1,3})", re.I)
_FILLER = " \t-–—?？.…_*/"
# `27. 1. 1995 …`: a cell opening with a number and a dot (a date in the languages that write one so), which
# Markdown would read as the start of a numbered list.
_LIST_NUMBER = lazy_pattern(r"^(\d{1,9})([.)])(?=\s)")


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    """Source line (0-based) where the row opens."""
    cells: tuple[str, ...]
    """The cells' inner HTML, whitespace folded."""
    cell_lines: tuple[int, ...]
    """Source line (0-based) where each cell opens."""
    spanning: frozenset[int] = frozenset()
    """The columns whose cell spans several rows (`rowspan`), its own or one standing in from a row above."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the free HTML tables whose header names a question and an answer column."""
    if "html_block" not in block_kinds(doc) or not a_line_opens_with(doc, ("table",)):
        return RuleResult()  # no line opens with a `<table>` tag: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind != "html_block" or not is_free(doc, taken, index):
            continue
        line = block.first
        while line < block.last:
            if not _TABLE_OPEN.match(doc.lines[line]):
                line += 1
                continue
            end = element_end(doc, line, _TABLE_OPEN, _TABLE_CLOSE)
            if end is None or any(n in taken or n in claims for n in range(line, end)):
                break
            _table_cards(doc, index, line, end, drafts, diagnostics, claims)
            line = end
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _table_cards(
    doc: Document,
    index: int,
    first: int,
    end: int,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """The cards and reports of one table (lines FIRST to END), when its header names a question and an
    answer column."""
    rows = _rows(doc, first, end)
    if len(rows) < 2:
        return
    header, body = rows[0], rows[1:]
    names = [header_word(html_plain(cell)) for cell in header.cells]
    question = next((n for n, name in enumerate(names) if names_question(name)), -1)
    answer = next((n for n, name in enumerate(names) if n != question and names_answer(name)), -1)
    if question < 0 or answer < 0:
        _labelled_row_cards(doc, index, rows, first, end, drafts, diagnostics, claims)
        return  # else a table of facts, no question table
    path = heading_path(doc, index)
    context = tuple(clean_heading(p) for p in path)
    tags = topic_tags(path)
    # A column whose cells span rows groups the questions beside it (a topic): the cards' context, no extra.
    grouping = frozenset().union(*(row.spanning for row in body)) - {question, answer}
    made = False
    for n, row in enumerate(body):
        stop = body[n + 1].line if n + 1 < len(body) else end
        cells = row.cells + ("",) * (len(names) - len(row.cells))
        groups = tuple(html_plain(cells[k]).strip() for k in sorted(grouping) if k < len(cells))
        front = html_markdown(cells[question], breaks=" ")
        if not html_plain(front):
            continue  # a row without a question: claimed with the table
        text, _ = clean_question(front)
        back = _LIST_NUMBER.sub(r"\1\\\2", html_markdown(cells[answer], breaks="<br>"))
        reason = "no answer" if not html_plain(back).strip(_FILLER) else empty_reason(html_plain(back))
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(row.cell_lines[question]), html_plain(text), reason))
            claims.update(claim(row.line, stop, "unanswered"))
            continue
        extras = [
            f"**{html_plain(header.cells[k])}:** {html_markdown(cell, breaks='<br>')}"
            for k, cell in enumerate(cells)
            if k not in (question, answer) and k not in grouping and k < len(header.cells) and html_plain(cell)
            and html_plain(header.cells[k])
        ]
        card_context = context + tuple(group for group in groups if group)
        drafts.append(CardDraft(doc.loc(row.cell_lines[question]), CONVENTION, text, "\n\n".join([back, *extras]), card_context, tags))
        claims.update(claim(row.line, stop, "card"))
        made = True
    reason = "card" if made else "unanswered"
    claims.update({n: reason for n in range(first, end) if n not in claims})  # tags, header and closing lines


def _labelled_row_cards(
    doc: Document,
    index: int,
    rows: list[_Row],
    first: int,
    end: int,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """The cards of a table turned sideways: two cells a row, the first labelling the row as a question
    (`Question 3.`) or as the answer to the question row right above it (`Answer`)."""
    labels = [html_plain(row.cells[0]) if len(row.cells) == 2 else None for row in rows]
    if not all(label is not None and (is_question_label_cell(label) or is_answer_label_cell(label)) for label in labels):
        return
    if not any(is_question_label_cell(label or "") for label in labels):
        return
    path = heading_path(doc, index)
    context = tuple(clean_heading(p) for p in path)
    tags = topic_tags(path)
    made = False
    for n, row in enumerate(rows):
        if not is_question_label_cell(labels[n] or "") or not html_plain(row.cells[1]):
            continue
        answered = n + 1 < len(rows) and is_answer_label_cell(labels[n + 1] or "")
        after = n + 2 if answered else n + 1  # the row after this card's rows
        stop = rows[after].line if after < len(rows) else end
        text, _ = clean_question(html_markdown(row.cells[1], breaks=" "))
        back = html_markdown(rows[n + 1].cells[1], breaks="<br>") if answered else ""
        reason = "no answer" if not html_plain(back).strip(_FILLER) else empty_reason(html_plain(back))
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(row.cell_lines[1]), html_plain(text), reason))
            claims.update(claim(row.line, stop, "unanswered"))
            continue
        drafts.append(CardDraft(doc.loc(row.cell_lines[1]), CONVENTION, text, back, context, tags))
        claims.update(claim(row.line, stop, "card"))
        made = True
    reason = "card" if made else "unanswered"
    claims.update({n: reason for n in range(first, end) if n not in claims})  # tags and closing lines


def _rows(doc: Document, first: int, end: int) -> list[_Row]:
    """The table's rows, each with its line and its cells; a cell spanning rows (`rowspan="3"`) stands in the
    rows below at its column too, so that their own cells keep the columns of their headers."""
    starts = [0]
    for n in range(first, end - 1):
        starts.append(starts[-1] + len(doc.lines[n]) + 1)
    text = doc.text(first, end)
    rows: list[_Row] = []
    pending: dict[int, tuple[int, str]] = {}  # column -> (rows still spanned, the cell)
    for match in _ROW.finditer(text):
        found = list(_CELL.finditer(text, match.start(1), match.end(1)))
        if not found:
            continue
        line = first + bisect_right(starts, match.start()) - 1
        cells: list[str] = []
        lines: list[int] = []
        spanning: set[int] = set()
        own = iter(found)
        cell = next(own, None)
        while cell is not None or any(column >= len(cells) for column in pending):
            column = len(cells)
            if column in pending:
                left, held = pending.pop(column)
                if left > 1:
                    pending[column] = (left - 1, held)
                cells.append(held)
                lines.append(line)
                spanning.add(column)
                continue
            if cell is None:
                cells.append("")  # a gap before a cell spanned from above
                lines.append(line)
                continue
            inner = " ".join(cell.group(3).split())
            span = _ROWSPAN.search(cell.group(2)) if "rowspan" in cell.group(2).lower() else None
            if span is not None and int(span.group(1)) > 1:
                pending[column] = (int(span.group(1)) - 1, inner)
                spanning.add(column)
            cells.append(inner)
            lines.append(first + bisect_right(starts, cell.start()) - 1)
            cell = next(own, None)
        rows.append(_Row(line, tuple(cells), tuple(lines), frozenset(spanning)))
    return rows

