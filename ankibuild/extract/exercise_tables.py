"""Exercise tables: a numbered exam question whose items are the rows of a table, answered in its other cells.

    ## Question 3 — Give the plural and the gender

    | Word   | Plural  | Gender    |
    |--------|---------|-----------|
    | Haus   | Häuser  | neuter    |
    | Baum   | Bäume   | masculine |
    | Blume  |         |           |

gives one card per row, the first cell on the front (`Haus`), the other cells on the back, each after its
header (`Plural: Häuser` / `Gender: neuter`); the heading (the instruction) is the cards' context. A row whose
other cells are all empty or placeholders is `unanswered`: the worksheet's gap still to fill in.

**What counts.** A section whose heading opens with a question label and a number (`Question 3 —`,
`Frage 2:`, `प्रश्नः ३ —`, the shared `questions.QUESTION_LABEL_WORDS`, digits of any script) and does not
ask, in a sheet where another such numbered question holds items that an earlier rule made cards (its
heading left free: the numbered headings title exercises of items, they are not questions of their own),
and whose first block is a free table of two columns or more and two body rows or more, every first cell
filled and two rows at least answered. A heading that asks (`Q3. How do TCP and UDP differ?` over a
comparison table) is answered by its whole table; a reference table under an ordinary heading, or a table
that is not the first thing its numbered question holds, is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, carded_headings, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, Section, block_kinds, lazy_pattern, plain_text, table_cells
from .outline import clean_heading, heading_path, topic_tags
from .questions import QUESTION_LABEL_WORDS

CONVENTION = "exercise-table"

# `Question 3 —`, `Frage 2:`, `प्रश्नः ३ —`: a heading that numbers an exam question, a separator after it.
_NUMBERED_QUESTION = lazy_pattern(r"^\s*" + QUESTION_LABEL_WORDS + r"[ \t]*\d{1,3}[ \t]*(?:[—–:.)\-]|$)", re.I)
_MIN_HEADINGS = 2
_ASKS = ("?", "？", "؟")
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the rows of a table that is a numbered question's items (see the module docstring)."""
    if "table" not in block_kinds(doc):
        return RuleResult()
    numbered = [section for section in doc.sections if _NUMBERED_QUESTION.match(section.title)]
    if len(numbered) < _MIN_HEADINGS:
        return RuleResult()
    exercises = [section.block for section in numbered if _holds_items(doc, taken, section)]
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    carded: set[int] = set()
    for section in numbered:
        if not section.body or doc.blocks[section.body[0]].kind != "table" or not is_free(doc, taken, section.body[0]):
            continue
        if section.title.rstrip().endswith(_ASKS) or not any(block != section.block for block in exercises):
            continue  # a heading that asks is answered by the whole table; a sheet needs other exercises of items
        index = section.body[0]
        block = doc.blocks[index]
        header, rows = table_cells(doc, block)
        names = [plain_text(cell).strip() for cell in header]
        cells = [(line, [cell.content.strip() for cell in row]) for line, row in rows]
        if len(names) < 2 or len(cells) < 2 or any(len(row) != len(names) or not row[0] for _, row in cells):
            continue
        backs = [(line, row[0], _back(names, row)) for line, row in cells]
        if sum(1 for _, _, back in backs if back) < _MIN_ANSWERED:
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        for line, front, back in backs:
            if back:
                drafts.append(CardDraft(doc.loc(line), CONVENTION, front, back, context, topic_tags(path)))
                claims |= claim(line, line + 1, "card")
            else:
                diagnostics.append(unanswered(doc.loc(line), front, "no answer"))
                claims |= claim(line, line + 1, "unanswered")
        claims |= {n: "card" for n in range(block.first, block.last) if n not in claims}
        carded.add(index)
    if carded:
        claims |= carded_headings(doc, taken, carded)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _holds_items(doc: Document, taken: Mapping[int, str], section: Section) -> bool:
    """True when an earlier rule made the items of SECTION's body cards (or unanswered items) while leaving
    its heading free: the heading titles an exercise, it is not a question of its own."""
    head = doc.blocks[section.block]
    if not taken.keys().isdisjoint(range(head.first, head.last)):
        return False
    return any(taken.get(doc.blocks[i].first) in ("card", "unanswered") for i in section.body)


def _back(names: list[str], row: list[str]) -> str:
    """The row's answer cells, each after its header (`Plural: Häuser`), one a line; '' when none is filled."""
    filled = [(name, cell) for name, cell in zip(names[1:], row[1:], strict=True) if cell and empty_reason(cell) is None]
    return "\n".join(f"{name}: {cell}" if name else cell for name, cell in filled)
