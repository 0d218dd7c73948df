"""Tables whose layout says which cell asks and which answers: KWL charts and one-column question cards.

    | K — What I know     | W — What I want to know | L — What I learned  |
    |---|---|---|
    | Bees make honey.    | How do bees find flowers? | By scent and colour; scouts dance. |
    |                     | How long does a bee live? |                                    |

A KWL chart (Know / Want to know / Learned, a school study method) is a table of three columns headed,
in that order, by the method's three letters, each alone or before its gloss in any language (`K`,
`K — Was ich kenne`, `**W** (Fragen)`); the Russian chart writes them `З`/`Х`/`У` (знаю, хочу узнать,
узнал) and the Spanish one `S`/`Q`/`A` (sé, quiero saber, aprendí). Each row's W cell is a question, the
L cell beside it its answer, the K cell a statement the writer already knew (no card). A row whose L cell
is empty or a placeholder is `unanswered`; a row without a W cell is nothing.

    | Why is the sky blue? |
    |---|
    | Rayleigh scattering: short wavelengths scatter most. |

A page of one-column tables, each a single header cell over a single body cell, writes a card per
table: the header is the question, the body its answer (an empty or placeholder body is `unanswered`).
Two such tables at least, one answered; where a page is so written, a one-column table whose body is
only links (the reading list under the cards) is skipped, not carded. One such table alone is a box.
The headings above either layout are the cards' context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import QUESTION_TABLES, Block, Document, block_kinds, plain_text, table_cells
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "chart-table"

# The chart's letters in column order: Know / Want to know / Learned, and its Russian and Spanish names.
_CHART_LETTERS = (("k", "w", "l"), ("з", "х", "у"), ("s", "q", "a"))
# A header that is one letter, alone or before its gloss: `K`, `K — What I know`, `W: Fragen`, `L (learned)`.
_LETTER_HEADER = re.compile(r"^\s*([^\W\d_])(?:\s*[-–—:=.)(]|\s|$)")
_WORD = re.compile(r"[^\W_]")
_MIN_CARD_TABLES = 2
# A reading list in one cell: links (and a title or two) one after another, set apart by a dot or a bar.
_LINK = re.compile(r"^(?:!?\[[^\]]*\]\([^)\s]+\)|<?https?://\S+>?)$")
_ITEM_SEPARATOR = re.compile(r"\s+[·•|;]\s+|<br\s*/?>|\\\|")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from KWL charts and from pages of one-column question tables (see the module docstring)."""
    if "table" not in block_kinds(doc):
        return RuleResult()  # no table at all: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    singles: list[tuple[int, Block, str, str]] = []
    found: set[int] = set()
    for index, block in enumerate(doc.blocks):
        if block.kind != "table" or not is_free(doc, taken, index):
            continue
        header, body = table_cells(doc, block)
        if len(header) == 1:
            if len(body) == 1 and len(body[0][1]) == 1:
                singles.append((index, block, header[0].content.strip(), body[0][1][0].content.strip()))
            continue
        if len(header) != 3 or not _is_chart_header([plain_text(cell) for cell in header]):
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        for line, row in body:
            if len(row) != 3:
                continue
            question, answer = row[1].content.strip(), row[2].content.strip()
            if not _WORD.search(question):
                continue  # a row without a W cell: only what the writer knew
            reason = empty_reason(answer)
            if reason is not None:
                diagnostics.append(unanswered(doc.loc(line), question, reason))
                claims.update(claim(line, line + 1, "unanswered"))
            else:
                drafts.append(CardDraft(doc.loc(line), CONVENTION, question, answer, context, topic_tags(path)))
                claims.update(claim(line, line + 1, "card"))
        claims.update({n: "card" for n in range(block.first, block.last) if n not in claims})
        found.add(index)
    found |= _read_question_tables(doc, singles, drafts, diagnostics, claims)
    if found:  # the headings over them are the cards' context, never topics
        doc.derived[QUESTION_TABLES] = frozenset(found) | doc.derived.get(QUESTION_TABLES, frozenset())
    drafts.sort(key=lambda d: d.loc.line)  # a page may hold both layouts: cards in document order
    diagnostics.sort(key=lambda d: d.loc.line)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _is_chart_header(names: list[str]) -> bool:
    """True when the three headers open with a KWL chart's three letters, in the chart's order."""
    letters = []
    for name in names:
        match = _LETTER_HEADER.match(name)
        if match is None:
            return False
        letters.append(match.group(1).casefold())
    return tuple(letters) in _CHART_LETTERS


def _read_question_tables(
    doc: Document,
    singles: list[tuple[int, Block, str, str]],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> set[int]:
    """Cards from one-column tables, a question over its answer, where the page holds two or more; the
    indices of the tables read."""
    links = [s for s in singles if _lists_links(s[3])]
    asked = [s for s in singles if s not in links and _WORD.search(s[2])]
    if len(asked) < _MIN_CARD_TABLES or all(empty_reason(answer) is not None for *_, answer in asked):
        return set()
    for _, block, _, _ in links:
        claims.update(claim(block.first, block.last, "skip:links"))
    for index, block, question, answer in asked:
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        reason = empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(block.first), question, reason))
            claims.update(claim(block.first, block.last, "unanswered"))
        else:
            drafts.append(CardDraft(doc.loc(block.first), CONVENTION, question, answer, context, topic_tags(path)))
            claims.update(claim(block.first, block.last, "card"))
    return {index for index, *_ in asked}


def _lists_links(cell: str) -> bool:
    """True when a cell lists links: only links, or items set apart by `·`, `•` or `|`, half of them links."""
    if empty_reason(cell) == "only links":
        return True
    items = [item.strip() for item in _ITEM_SEPARATOR.split(cell) if item.strip()]
    return len(items) >= 2 and 2 * sum(1 for item in items if _LINK.match(item)) >= len(items)
