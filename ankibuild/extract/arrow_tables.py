"""Cue → answer tables: a two-column table under a heading that names the mapping with an arrow.

    ## Eponyms → findings

    | Eponym | Finding |
    |---|---|
    | Koplik spots | Measles |
    | Janeway lesions | Infective endocarditis |
    | Virchow's node | |

A table of two columns says nothing by itself about which side is asked: it may list values, compare two
things or map one to the other. Its heading says it when it reads `Cues → answers` (`->`, `⟶`, `=>` too)
and the table's two headers name the two sides in that order (`| Eponym | Finding |`, singular or plural,
any language): each row is then a card, the first cell on the front, the second on the back. A row with
an empty second cell is reported unanswered. At least two rows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Block, Document, has_free_blocks, lazy_pattern, plain_text, search_lines, table_cells
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "arrow-table"

# The cheap test: a heading holding an arrow.
_PRECHECK = lazy_pattern(r"^[ \t]{0,3}#{1,6}[ \t][^\n]*(?:→|->|⟶|=>|⇒)", re.M)
_ARROW = re.compile(r"\s*(?:→|->|⟶|=>|⇒)\s*")
_MIN_ROWS = 2
_STEM = 4  # letters a header and the heading's side must share: `Buzzword` and `Buzzwords`


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the rows of cue → answer tables (see the module docstring)."""
    if not has_free_blocks(doc, taken, ("table",)):
        return RuleResult()  # it reads free tables only: late in the chain most documents have none left
    if "|" not in doc.source.text or not search_lines(_PRECHECK, doc.source.text):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind != "table" or not is_free(doc, taken, index):
            continue
        section = doc.section_of_block(index)
        if section is None or not _names_mapping(section.title, doc, block):
            continue
        header, rows = table_cells(doc, block)
        cells = [(line, [c.content.strip() for c in row]) for line, row in rows]
        if len(cells) < _MIN_ROWS or any(len(row) != 2 or not row[0] for _, row in cells):
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        for line, (front, back) in cells:
            reason = empty_reason(back)
            if reason is not None:
                diagnostics.append(unanswered(doc.loc(line), front, reason))
                claims.update(claim(line, line + 1, "unanswered"))
            else:
                drafts.append(CardDraft(doc.loc(line), CONVENTION, front, back, context, topic_tags(path)))
                claims.update(claim(line, line + 1, "card"))
        claims.update({n: "card" for n in range(block.first, block.last) if n not in claims})
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _names_mapping(title: str, doc: Document, block: Block) -> bool:
    """True when the title reads `A → B` and the table's two headers name A and B, in that order."""
    sides = _ARROW.split(title.strip())
    if len(sides) != 2 or not all(s.strip() for s in sides):
        return False
    header, _ = table_cells(doc, block)
    if len(header) != 2:
        return False
    names = [plain_text(cell).strip().casefold() for cell in header]
    return all(_shares_stem(name, side.casefold()) for name, side in zip(names, sides, strict=True))


def _shares_stem(name: str, side: str) -> bool:
    words = re.findall(r"\w+", name)
    return bool(words) and all(any(w[:_STEM] == s[:_STEM] and len(w) >= 2 for s in re.findall(r"\w+", side)) for w in words)
