"""Numbered questions drawn in a text box inside a code fence, answered by a numbered key later in the page:

    ```text
    +--------------------------------------+
    | CHECK YOUR KNOWLEDGE 2.1             |
    |                                      |
    | 1. What are the signs of dehydration?|
    | 2. How much ORS does a child of two  |
    |    need after each stool?            |
    +--------------------------------------+
    ```

    ## Answers

    1. Sunken eyes, dry mouth, no tears …
    2. 100–200 ml …

1. **A box** is a fence whose first line is a frame border (`+---+`, `┌───┐`, `╔═══╗`) and whose lines
   between the borders are framed by a side mark (`|`, `│`, `║`) on both ends. In its lines, an item opens
   with a number (`1.`, `2)`), its continuation lines (indented under its text) join it; other lines (the
   box's title) are not read.
2. **The key** is the last top-level numbered list after the last box whose numbers are all numbers of the
   boxes' items, and cover most of them (two at least): the heading over it is not read, the numbers prove it
   the key. Question N gets key item N.
3. A question whose number the key lacks, or whose key item is empty, a placeholder or only a remark in
   brackets (`(ask the trainer — not in my notes)`), is reported `unanswered`. Boxes without numbered items,
   and numbered boxes without such a key, are left alone.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import remark_or_empty_reason, unanswered
from .document import Document, block_kinds, blocks_of_kind, lazy_pattern
from .outline import clean_heading, heading_path, topic_tags
from .question_lists import item_text, ordered_items

CONVENTION = "boxed-key"

_BORDER = lazy_pattern(r"^[ \t]*[+┌╔][-=─═+┬╦]{3,}[+┐╗][ \t]*$")
_BOTTOM = lazy_pattern(r"^[ \t]*[+└╚][-=─═+┴╩]{3,}[+┘╝][ \t]*$")
_SIDED = lazy_pattern(r"^[ \t]*[|│║](?P<inner>.*?)[|│║][ \t]*$")
_ITEM = lazy_pattern(r"^(?P<indent>[ \t]*)(?P<n>\d{1,3})[.)][ \t]+(?P<text>\S.*)$")
_MIN_KEYED = 2


def _box_items(doc: Document, index: int) -> list[tuple[int, int, str]] | None:
    """The numbered items of the box in the fence at block INDEX: (number, line, text), or None when the
    fence holds no box."""
    block = doc.blocks[index]
    lines = doc.lines[block.first + 1 : block.last - 1]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    if len(lines) < 3 or not _BORDER.match(lines[0]) or not _BOTTOM.match(lines[-1]):
        return None
    items: list[tuple[int, int, str]] = []
    indent = -1
    for offset, line in enumerate(lines[1:-1], start=block.first + 2):
        sided = _SIDED.match(line)
        if sided is None:
            return None
        inner = sided.group("inner").rstrip()
        item = _ITEM.match(inner)
        if item is not None:
            items.append((int(item.group("n")), offset, item.group("text").strip()))
            indent = len(item.group("indent")) + len(item.group("n")) + 1
        elif items and inner.strip() and len(inner) - len(inner.lstrip()) > indent:
            number, line_no, text = items[-1]
            items[-1] = (number, line_no, f"{text} {inner.strip()}")
        else:
            indent = -1 if inner.strip() else indent
    return items


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from numbered questions drawn in text boxes, answered by a numbered key (see the module docstring)."""
    kinds = block_kinds(doc)
    if "fence" not in kinds or "ordered_list" not in kinds:
        return RuleResult()
    boxes: list[tuple[int, list[tuple[int, int, str]]]] = []
    for index in blocks_of_kind(doc, "fence"):
        first = doc.lines[doc.blocks[index].first + 1] if doc.blocks[index].first + 1 < len(doc.lines) else ""
        if first.lstrip()[:1] not in ("+", "┌", "╔") or not is_free(doc, taken, index):
            continue
        items = _box_items(doc, index)
        if items:
            boxes.append((index, items))
    if not boxes:
        return RuleResult()
    numbers = {number: (index, line, text) for index, items in boxes for number, line, text in items}
    key = _key(doc, taken, boxes[-1][0], numbers.keys())
    if key is None:
        return RuleResult()
    key_index, keyed = key
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for number, (index, line, question) in sorted(numbers.items(), key=lambda item: item[1][1]):
        answer = keyed.get(number, "")
        reason = remark_or_empty_reason(answer)
        loc = doc.loc(line)
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            continue
        path = heading_path(doc, index)
        drafts.append(CardDraft(loc, CONVENTION, question, answer, tuple(clean_heading(p) for p in path), topic_tags(path)))
    for index, _items in boxes:
        block = doc.blocks[index]
        claims.update(claim(block.first, block.last, "card"))
    listed = doc.blocks[key_index]
    claims.update(claim(listed.first, listed.last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _key(doc: Document, taken: Mapping[int, str], after: int, asked: Collection[int]) -> tuple[int, dict[int, str]] | None:
    """The key: the last free numbered list after block AFTER whose numbers are all asked ones and cover most
    of them (two at least), as (its block, number → item text); None when there is none."""
    numbers = set(asked)
    for index in reversed(blocks_of_kind(doc, "ordered_list")):
        if index <= after:
            return None
        if not is_free(doc, taken, index):
            continue
        items = ordered_items(doc, index)
        mine = {number for number, _span in items}
        if len(items) < _MIN_KEYED or not mine <= numbers or 2 * len(mine) <= len(numbers):
            continue
        return index, {number: item_text(doc, *span) for number, span in items}
    return None
