"""Numbered grids: a table whose cells are numbered questions, answered by a later table of numbered cells.

    | Last lesson            | Last week              |
    |---|---|
    | 1. What is osmosis?    | 3. Name a producer.    |
    | 2. Define "habitat".   | 4. What is a food web? |

    | Last lesson            | Last week              |
    |---|---|
    | 1. Water moving …      | 3. Grass.              |
    | 2. Where it lives.     | 4.                     |

gives three cards (`What is osmosis?` → `Water moving …` …) and reports `What is a food web?` unanswered.
Teachers' retrieval grids (columns such as last lesson, last week, last term) and quiz grids are written so:
the position of a question is the position of its answer, and both cells carry the same number.

- **A grid** is a free table of two columns or more whose every filled body cell opens with a number and a
  dot or bracket (`1.`, `2)`, `**3.**`), the numbers distinct.
- **The questions** are a grid of four cells or more, most of whose filled cells ask or command (`?`,
  `Define …`, `Name one …`).
- **The answers** are the next grid after it (whatever lies between: a heading, a score line), with as many
  columns, fewer than half of its cells asking, holding half the questions' numbers at least.
- Each question cell is paired with the answer cell of its number. A number the answers lack, or an answer
  cell that is empty, a placeholder or only a remark in brackets (`*(was absent — ask Sam)*`), leaves the
  question `unanswered`. The heading over the questions is the cards' context.

A numbered table of data (`| 1. Mercury | 5. Jupiter |`) asks nothing and is left alone, and so is a question
grid with no answer grid after it.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import remark_or_empty_reason, unanswered
from .document import Document, blocks_of_kind, lazy_pattern, table_cells
from .outline import clean_heading, topic_tags
from .questions import clean_question, is_question

CONVENTION = "numbered-grid"

# `| 1. …`, `| **2.** …`, `|3) …`: a cell opening with a number label, somewhere in the text.
_NUMBERED_CELL_MARK = lazy_pattern(r"\|[ \t]*(?:\*\*|__)?\d{1,3}[.)]")
# The number label of a cell and its text (`6.` alone: an empty cell of the grid).
_NUMBERED_CELL = lazy_pattern(r"^(?:\*\*|__)?(?P<n>\d{1,3})[.)](?:\*\*|__)?(?:\s+(?P<text>.*))?$")
_MIN_QUESTIONS = 4

Grid = dict[int, tuple[int, str]]
"""Number → (source line of its row, the cell's text after the number) of a numbered grid."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards pairing the numbered question cells of a grid with the numbered cells of the grid after it."""
    grids: list[tuple[int, int, Grid]] = []  # block index, column count, cells
    for index in blocks_of_kind(doc, "table"):  # none in most notes
        # Only the tables' own lines are searched: a note's prose and math hold many `|` too.
        if not _may_hold_numbered_cells(doc.block_text(index)) or not is_free(doc, taken, index):
            continue
        if (found := _grid(doc, index)) is not None:
            grids.append((index, *found))
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    position = 0
    while position + 1 < len(grids):
        q_index, q_columns, questions = grids[position]
        a_index, a_columns, answers = grids[position + 1]
        if len(questions) < _MIN_QUESTIONS or not _asking(questions) or _asking(answers) or q_columns != a_columns:
            position += 1
            continue
        if 2 * sum(1 for n in questions if n in answers) < len(questions):
            position += 1
            continue
        _cards(doc, q_index, questions, answers, drafts, diagnostics)
        for index in (q_index, a_index):
            block = doc.blocks[index]
            claims.update(claim(block.first, block.last, "card"))
        position += 2
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_hold_numbered_cells(text: str) -> bool:
    """False only when no table cell of the text (a table's source) can open with a number label."""
    return _NUMBERED_CELL_MARK.search(text) is not None


def _grid(doc: Document, index: int) -> tuple[int, Grid] | None:
    """The column count and numbered cells of a table whose every filled body cell is numbered, else None."""
    header, rows = table_cells(doc, doc.blocks[index])
    if len(header) < 2:
        return None
    cells: Grid = {}
    for line, row in rows:
        for token in row:
            content = (token.content or "").strip()
            if not content:
                continue
            match = _NUMBERED_CELL.match(content)
            if match is None:
                return None
            number = int(match.group("n"))
            if number in cells:
                return None
            cells[number] = (line, (match.group("text") or "").strip())
    return (len(header), cells) if len(cells) >= 2 else None


def _asking(grid: Grid) -> bool:
    """True when most filled cells of a grid ask or command."""
    texts = [text for _, text in grid.values() if text]
    return bool(texts) and 2 * sum(1 for text in texts if is_question(text)) > len(texts)


def _cards(
    doc: Document, index: int, questions: Grid, answers: Grid, drafts: list[CardDraft], diagnostics: list[Diagnostic]
) -> None:
    section = doc.section_of_block(index)
    path: tuple[str, ...] = ()
    if section is not None and not (section.level == 1 and section.title == doc.title):
        path = section.path + (section.title,)
    context = tuple(clean_heading(p) for p in path)
    for number, (line, text) in questions.items():  # reading order: row by row
        if not text:
            continue  # a numbered cell left blank asks nothing
        question, _ = clean_question(text)
        loc = doc.loc(line)
        answer = answers[number][1] if number in answers else ""
        reason = remark_or_empty_reason(answer) if number in answers else "not in the answer grid"
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
        else:
            drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
