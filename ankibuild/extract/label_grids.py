"""Label grids: a heading over a table whose rows alternate between bold labels and what they label.

    ### Photosynthesis

    | **Definition** | **Characteristics** |
    |---|---|
    | How plants make sugar from light, water and CO₂. | Needs chlorophyll · releases oxygen |
    | **Examples** | **Non-examples** |
    | an oak leaf, algae | a mushroom |

A vocabulary sheet (the Frayer model and its kin) gives each term a heading and, under it, a grid of
boxes: the header row and some body row are made only of bold labels, the rows between them hold the boxes'
contents. The heading is the term (its number dropped: `3. Decomposer`); the first box, under the first
label, is the answer (the definition the sheet is quizzed on), the other boxes are context for the writer.
A first box left blank or holding only a placeholder (`✏️`, `TODO`) is reported unanswered. The table must
be the first block under its heading, and the document must hold two such grids at least, so one labelled
table in a handbook is left to the other table rules. Notes under a grid (`<sub>…</sub>`) go with its card.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from markdown_it.token import Token

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, block_kinds, lazy_pattern, search_lines, table_cells
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "label-grid"

# The cheap test: a table row made of two bold cells or more and nothing else.
_PRECHECK = lazy_pattern(r"^[ \t]{0,3}\|?[ \t]*\*\*[^\n]*\*\*[ \t]*\|[ \t]*\*\*", re.M)
# Two bold cells side by side: what every `_PRECHECK` match holds, a literal the regex engine skips to.
_BOLD_CELLS = lazy_pattern(r"\*\*[ \t]*\|[ \t]*\*\*")
_LABEL = re.compile(r"^\*\*[^*]+\*\*$")
_MIN_GRIDS = 2


def _may_hold_a_bold_row(text: str) -> bool:
    """False only when no line of TEXT is a table row made of bold cells (`_PRECHECK`), asked first of the
    two bold cells side by side that such a row holds."""
    return _BOLD_CELLS.search(text) is not None and search_lines(_PRECHECK, text)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the headings over label grids (see the module docstring)."""
    if "table" not in block_kinds(doc) or not _may_hold_a_bold_row(doc.source.text):
        return RuleResult()  # no table row made only of bold labels: nearly every document
    grids: list[tuple[int, str]] = []  # (section index, first box)
    for number, section in enumerate(doc.sections):
        if not section.body:
            continue
        first = section.body[0]
        block = doc.blocks[first]
        if block.kind != "table" or not is_free(doc, taken, first) or not is_free(doc, taken, section.block):
            continue
        header, rows = table_cells(doc, block)
        width = len(header)
        if width < 2 or not _labels(header) or not rows or any(len(row) != width for _, row in rows):
            continue
        if _labels(rows[0][1]) or not any(_labels(row) for _, row in rows[1:]):
            continue
        grids.append((number, rows[0][1][0].content.strip()))
    if len(grids) < _MIN_GRIDS:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for number, box in grids:
        section = doc.sections[number]
        heading = doc.blocks[section.block]
        front = clean_heading(section.title)
        path = heading_path(doc, section.block)
        context = tuple(clean_heading(p) for p in path)
        end = doc.blocks[section.body[-1]].last
        reason = empty_reason(box)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(heading.first), front, reason))
            claims.update(claim(heading.first, end, "unanswered"))
        else:
            drafts.append(CardDraft(doc.loc(heading.first), CONVENTION, front, box, context, topic_tags(path)))
            claims.update(claim(heading.first, end, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _labels(cells: list[Token]) -> bool:
    """True when every cell is a bold label and nothing else."""
    return all(_LABEL.match(cell.content.strip()) for cell in cells)
