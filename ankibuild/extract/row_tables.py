"""Q/A row tables: a table whose rows are labelled `Q` and `A` in their first cell (a Q/A table turned sideways).

    | | |
    |---|---|
    | **Q** | What is the capital of Mongolia? |
    | **A** | Ulaanbaatar. |

    | **Q** | Boiling point of water at sea level? | Freezing point? |
    |---|---|---|
    | **A** | 100 °C | 0 °C |

The first column only labels the rows: a question label (`**Q**`, `Question`, `Frage`, `Вопрос` …, the
shared label words) or an answer label (`**A**`, `Answer`, `Antwort`, `Ответ` …). Each question row is a
card per cell, answered by the cell of the same column in the answer row right under it; a cell whose answer
is empty, a placeholder or missing is `unanswered`. The header row is empty (`| | |`), numbers only (`| | 1 |
2 |`, the questions' numbers), or is itself the first question row (a table written without a header). A
row under another label (`Word`, `Term`) right above an answer row is a row of prompts too: its cells are
the terms asked, one word will do. Every row of the table must be so labelled, else the table is left to
the other table rules (a sideways reference table: `| Formula | … |` over `| Use for | … |`), and so is
one whose question cells are not text of two words or more (`| Q | 12 |` over `| A | 3 m² |` names
quantities). The headings above such tables are the cards' context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, lazy_pattern, search_lines, table_cells
from .outline import clean_heading, heading_path, topic_tags
from .questions import ANSWER_LABEL_OPENING_ROW, QUESTION_LABEL_OPENING_ROW, is_answer_label_cell, is_question_label_cell

CONVENTION = "row-table"

_WORD = re.compile(r"[^\W\d_]{2,}")
_MIN_WORDS = 2  # words a question cell holds
_LETTER = re.compile(r"[^\W\d_]")  # a term asked holds one letter at least
_PRECHECK = lazy_pattern(QUESTION_LABEL_OPENING_ROW + "|" + ANSWER_LABEL_OPENING_ROW, re.M | re.I)
_MARKS = " \t*_`"  # emphasis and code marks around a cell's text
_NUMBER_CELL = re.compile(r"^\W*\d+\W*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the Q and A rows of labelled row tables (see the module docstring)."""
    if "|" not in doc.source.text or not search_lines(_PRECHECK, doc.source.text):
        return RuleResult()  # no table row opening with a question label: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind != "table" or not is_free(doc, taken, index):
            continue
        header, body = table_cells(doc, block)
        rows = [(line, [c.content.strip() for c in row]) for line, row in body]
        head = [c.content.strip() for c in header]
        if len(head) < 2 or any(len(row) != len(head) for _, row in rows):
            continue
        if is_question_label_cell(head[0]):
            rows.insert(0, (block.first, head))
        elif not _numbering_header(head):
            continue
        kinds = _row_kinds([r for _, r in rows])
        if kinds is None:
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        for n, (line, row) in enumerate(rows):
            if kinds[n] == "answer":
                continue
            answered = n + 1 < len(rows) and kinds[n + 1] == "answer"
            end = rows[n + 1][0] + 1 if answered else line + 1
            for column, question in enumerate(row[1:], start=1):
                if not question:
                    continue
                answer = rows[n + 1][1][column] if answered else ""
                reason = empty_reason(answer)
                if reason is not None:
                    diagnostics.append(unanswered(doc.loc(line), question, reason))
                    claims.update({k: "unanswered" for k in range(line, end) if k not in claims})
                else:
                    drafts.append(CardDraft(doc.loc(line), CONVENTION, question, answer, context, topic_tags(path)))
                    claims.update(claim(line, end, "card"))
        claims.update({n: "card" for n in range(block.first, block.last) if n not in claims})
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _numbering_header(head: list[str]) -> bool:
    """True when a header row is empty or holds only the questions' numbers (`| | 1 | 2 |`)."""
    if head[0].strip(_MARKS):
        return False
    return all(not c.strip(_MARKS) or _NUMBER_CELL.match(c) for c in head[1:])


def _row_kinds(rows: list[list[str]]) -> list[str] | None:
    """`question`, `answer` or `term` per row (a row of prompts under another label, right above an answer
    row), None when a row is none of these or the prompts are not questions."""
    kinds: list[str] = []
    for n, row in enumerate(rows):
        if is_question_label_cell(row[0]):
            kinds.append("question")
        elif is_answer_label_cell(row[0]):
            kinds.append("answer")
        elif row[0].strip(_MARKS) and n + 1 < len(rows) and is_answer_label_cell(rows[n + 1][0]):
            kinds.append("term")
        else:
            return None
    asked = [(kind, cell) for kind, row in zip(kinds, rows, strict=True) if kind != "answer" for cell in row[1:] if cell]
    if not asked:
        return None
    for kind, cell in asked:
        if len(_WORD.findall(cell)) < _MIN_WORDS if kind == "question" else not _LETTER.search(cell):
            return None  # `| Q | 12 |` / `| A | 3 m² |`: quantities named by their symbols, not questions
    return kinds
