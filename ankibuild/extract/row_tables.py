"""Q/A row tables: a two-column table whose rows are labelled `Q` and `A` in their first cell.

    | | |
    |---|---|
    | **Q** | What is the capital of Mongolia? |
    | **A** | Ulaanbaatar. |

The first column only labels the rows: a question label (`**Q**`, `Question`, `Frage`, `Вопрос` …, the
shared label words) or an answer label (`**A**`, `Answer`, `Antwort`, `Ответ` …). Each question row is a
card answered by the answer row right under it; a question row whose answer row is empty or missing is
`unanswered`. The header row is empty (`| | |`), or is itself the first question row (a table written
without a header). Every row of the table must be so labelled, else the table is left to the other table
rules, and so is one whose question cells are not text of two words or more (`| Q | 12 |` over
`| A | 3 m² |` names quantities). The headings above such tables are the cards' context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, lazy_pattern, plain_text, search_lines, table_cells
from .outline import clean_heading, heading_path, topic_tags
from .questions import QUESTION_LABEL_OPENING_ROW, is_answer_label_cell, is_question_label_cell

CONVENTION = "row-table"

_WORD = re.compile(r"[^\W\d_]{2,}")
_MIN_WORDS = 2  # words a question cell holds
_PRECHECK = lazy_pattern(QUESTION_LABEL_OPENING_ROW, re.M | re.I)


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
        if len(head) != 2 or any(len(row) != 2 for _, row in rows):
            continue
        if is_question_label_cell(head[0]):
            rows.insert(0, (block.first, head))
        elif any(plain_text(c).strip() for c in header):
            continue
        if not rows or not all(is_question_label_cell(r[0]) or is_answer_label_cell(r[0]) for _, r in rows):
            continue
        asked = [r[1] for _, r in rows if is_question_label_cell(r[0]) and r[1]]
        if not asked or not all(len(_WORD.findall(q)) >= _MIN_WORDS for q in asked):
            continue  # `| Q | 12 |` / `| A | 3 m² |`: quantities named by their symbols, not questions
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        for n, (line, (label, question)) in enumerate(rows):
            if not is_question_label_cell(label) or not question:
                continue
            following = rows[n + 1] if n + 1 < len(rows) else None
            answer = following[1][1] if following and is_answer_label_cell(following[1][0]) else ""
            end = following[0] + 1 if following and is_answer_label_cell(following[1][0]) else line + 1
            reason = empty_reason(answer)
            if reason is not None:
                diagnostics.append(unanswered(doc.loc(line), question, reason))
                claims.update(claim(line, end, "unanswered"))
            else:
                drafts.append(CardDraft(doc.loc(line), CONVENTION, question, answer, context, topic_tags(path)))
                claims.update(claim(line, end, "card"))
        claims.update({n: "card" for n in range(block.first, block.last) if n not in claims})
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
