"""Drill items answered on an arrow line: a bold item label, the statement, then `➜ answer`.

    ## True/False

    **T/F 1.** Mitochondria have their own DNA.
    ➜ **True.** They descend from bacteria.

    ## Fill in the blank

    **7.** The powerhouse of the cell is the `______`.

    → mitochondrion

Self-quizzes of true/false statements and sentences to complete put a short bold label before each item
(`**T/F 1.**`, `**9.**`, `**V/F 3:**`, `**Q12**`: a few characters holding a number) and the answer on the
line or paragraph right under it, opened by an arrow (`➜`, `→`, `=>`, `->`, `⇒`). Each item is a card: the
statement or the sentence with its blank on the front (without the label), the text after the arrow on the
back. An arrow with nothing after it leaves the item unanswered. Read when the document holds two such items
or more, so a lone bold step followed by an arrow (`**Step 1.** Run it → a window opens`) stays free. The
headings above are the cards' context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, free_blocks_of, lazy_pattern, search_lines
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "arrow-drill"

_ARROWS = r"(?:➜|→|=>|->|⇒|➔|➡️?)"
# The cheap test: a line opening with an arrow.
_PRECHECK = lazy_pattern(r"^[ \t]{0,3}" + _ARROWS, re.M)
# `**T/F 1.** statement`, `**9.** sentence`, `**Q 3:** …`: a short bold label holding a number, then text.
_ITEM = re.compile(r"^\*\*(?=[^*\n]{0,12}\d)([^*\n]{1,16}?)[.:)]?\*\*[.:)]?[ \t]+(\S.*)$")
_ARROW_LINE = re.compile(r"^[ \t]{0,3}" + _ARROWS + r"[ \t]*(.*)$")
_MIN_ITEMS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from drill items answered on an arrow line (see the module docstring)."""
    text = doc.source.text
    if "**" not in text or not _may_open_item(doc, taken) or not search_lines(_PRECHECK, text):
        return RuleResult()
    items = list(_items(doc, taken))
    if len(items) < _MIN_ITEMS:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, first, last, question, answer in items:
        path = heading_path(doc, index)
        reason = empty_reason(answer) if answer.strip() else "nothing after the arrow"
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(first), question, reason))
            claims.update(claim(first, last, "unanswered"))
        else:
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(doc.loc(first), CONVENTION, question, answer, context, topic_tags(path)))
            claims.update(claim(first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _items(doc: Document, taken: Mapping[int, str]) -> list[tuple[int, int, int, str, str]]:
    """(block index, first line, line after the last, question, answer) of each drill item."""
    found: list[tuple[int, int, int, str, str]] = []
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        lines = doc.lines[block.first : block.last]
        match = _ITEM.match(lines[0].strip())
        if match is None:
            continue
        arrow = next((n for n, line in enumerate(lines) if n and _ARROW_LINE.match(line)), None)
        if arrow is not None:  # the answer inside the item's paragraph
            question = " ".join([match.group(2).strip(), *(line.strip() for line in lines[1:arrow])])
            answer = _answer(lines[arrow:])
            found.append((index, block.first, block.last, question, answer))
            continue
        after = index + 1
        if after >= len(blocks) or blocks[after].kind != "paragraph" or not is_free(doc, taken, after):
            continue
        next_lines = doc.lines[blocks[after].first : blocks[after].last]
        if not _ARROW_LINE.match(next_lines[0]):
            continue
        question = " ".join([match.group(2).strip(), *(line.strip() for line in lines[1:])])
        found.append((index, block.first, blocks[after].last, question, _answer(next_lines)))
    return found


def _may_open_item(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when no free paragraph opens with a drill item: every item `_items` finds starts one (it tries
    `_ITEM` on exactly these lines), so only the few paragraphs left free are read, not the whole text."""
    return any(_ITEM.match(doc.lines[doc.blocks[i].first].strip()) for i in free_blocks_of(doc, taken, ("paragraph",)))


def _answer(lines: tuple[str, ...] | list[str]) -> str:
    """The text after the arrow, with the lines that follow it."""
    match = _ARROW_LINE.match(lines[0])
    head = match.group(1).strip() if match else lines[0].strip()
    return "\n".join([head, *(line.strip() for line in lines[1:])]).strip()
