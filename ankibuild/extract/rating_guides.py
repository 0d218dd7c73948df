"""Rating guides: an exam's numbered items answered, at the end of the page, by a key table for the multiple-choice
items and a rating guide for the written ones, both read by item number.

    1. Which planet has the shortest year?
       (1) Mercury  (2) Venus  (3) Earth  (4) Mars

    6. State the boiling point of water at sea level, in °C.

    7. Explain why ice floats.

    ## Key

    | Item | 1 | 2 | 3 |
    |---|---|---|---|
    | Key | 1 | 4 | 2 |

    **6** [1] Allow 1 credit for *100 °C*.

    **7** [1] — still to copy from the teacher's sheet

gives one card per keyed item, its stem (the options `(1) … (4)` left off) on the front. The back is the
key table's cell under the item's number, spelled out from the item's options (`3` → `(3) Earth`), or the
rating-guide entry: a paragraph opening with the item's bold number and its credit in brackets (`**6** [1]`),
with the lists, quotes and code right under it. The key table is a table whose header row, after its label
cell, holds only item numbers; the row below holds their keys (more pairs of such rows may follow). The page
is read so only when it holds rating-guide entries: a key table alone is left to the other rules.

The items are the numbered lists before the key, numbered on from one list to the next (a passage, an
image or a table may stand between them); at least two of them must be keyed, and most. An item the key
lacks, whose key cell is empty, or whose entry gives no credit but a remark after a dash (`**12** [1] — page
missing`), is reported `unanswered`. Runs before the `numbered` rule, which would report the items one by one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from markdown_it.token import Token

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, block_at, block_kinds, dedent, may_open_a_line_with, table_cells
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question

CONVENTION = "rating-guide"

_MIN_KEYED = 2
# `**7** [1] Allow 1 credit for …`: a rating-guide entry, its item's bold number and its credit in brackets.
_ENTRY = re.compile(r"^[ \t]{0,3}(?:\*\*|__)(?P<number>\d{1,3})\.?(?:\*\*|__)[ \t]*\[\d{1,2}\][ \t]*(?P<text>.*)", re.S)
_ENTRY_OPENING = re.compile(r"^(?:\*\*|__)\d{1,3}\.?(?:\*\*|__)", re.M)
# What a remark in the place of the credit opens with: `**12** [1] — page 3 is missing`.
_REMARK = re.compile(r"^[-–—]")
_MARKER = re.compile(r"^\s*\d{1,3}[.)]\s*")
# `(1) nitrogen  (2) oxygen`: the options of a multiple-choice item, numbered in brackets.
_OPTION = re.compile(r"(?:(?<=\s)|^)\((\d)\)[ \t]*(.*?)(?=\s+\(\d\)|\s*$)", re.S)
_FIRST_OPTION = re.compile(r"(?:(?<=\s)|^)\(1\)[ \t]")
# What may stand under an entry's paragraph and belong to it.
_UNDER_ENTRY = ("bullet_list", "ordered_list", "blockquote", "fence", "code_block", "math_block")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards pairing numbered exam items with the key table and rating guide at the end of the page."""
    kinds = block_kinds(doc)
    if "ordered_list" not in kinds or not may_open_a_line_with(doc, _ENTRY_OPENING):
        return RuleResult()  # no numbered list or no line opening with a bold number: nearly every document
    keys: dict[int, str] = {}
    key_blocks: list[tuple[int, int]] = []
    start: int | None = None
    rated = False
    for index, block in enumerate(doc.blocks):
        if not is_free(doc, taken, index):
            continue
        read = _entry(doc, index) if block.kind == "paragraph" else _key_table(doc, index) if block.kind == "table" else None
        if not read:
            continue
        entries, last = read
        rated = rated or block.kind == "paragraph"
        if start is None:
            start = index
        elif any(number in keys for number in entries):
            break  # a second key: the first one's items only
        keys.update(entries)
        key_blocks.append((block.first, last))
    if start is None or not rated:
        return RuleResult()  # the rating guide's entries prove the layout; a key table alone is another's
    items = _items(doc, taken, start)
    keyed = [number for number, _span in items if number in keys]
    if len(keyed) < _MIN_KEYED or 2 * len(keyed) <= len(items):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for number, (first, last) in items:
        stem, options = _stem_and_options(_item_text(doc, first, last))
        question, _ = clean_question(" ".join(stem.split()))
        key = keys.get(number, "")
        answer = f"({key.strip()}) {options[key.strip()]}" if key.strip() in options else key
        reason = "no answer" if not key.strip() else "placeholder" if _REMARK.match(key.strip()) else empty_reason(key)
        index = block_at(doc, first) or 0
        path = heading_path(doc, index)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(first), question, reason))
        else:
            drafts.append(
                CardDraft(doc.loc(first), CONVENTION, question, answer, tuple(clean_heading(p) for p in path), topic_tags(path))
            )
        claims.update(claim(first, last, "unanswered" if reason else "card"))
    for first, last in key_blocks:
        claims.update(claim(first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _entry(doc: Document, index: int) -> tuple[dict[int, str], int] | None:
    """A rating-guide entry at paragraph INDEX: its item number and answer (the text after the credit and the
    lists, quotes and code right under it), and the line after it."""
    match = _ENTRY.match(doc.block_text(index))
    if match is None:
        return None
    end = index + 1
    while end < len(doc.blocks) and doc.blocks[end].kind in _UNDER_ENTRY:
        end += 1
    last = doc.blocks[end - 1].last
    under = doc.lines[doc.blocks[index].last : last]
    answer = "\n".join(part for part in (match.group("text").strip(), "\n".join(under).strip()) if part)
    return {int(match.group("number")): answer}, last


def _key_table(doc: Document, index: int) -> tuple[dict[int, str], int] | None:
    """The keys of a key table at block INDEX, by item number, and the line after it: a header row of a label
    cell then item numbers only, the row below it their keys (a later row of numbers only heads the next)."""
    header, rows = table_cells(doc, doc.blocks[index])
    numbers = _numbers(header)
    if numbers is None:
        return None
    keys: dict[int, str] = {}
    heading = False  # the row under a heading row keys its numbers, digits or not
    for _line, cells in rows:
        if heading and (more := _numbers(cells)) is not None:
            numbers = more
            heading = False
            continue
        for number, cell in zip(numbers, cells[1:], strict=False):
            keys.setdefault(number, cell.content.strip())
        heading = True
    return (keys, doc.blocks[index].last) if keys else None


def _numbers(cells: list[Token]) -> list[int] | None:
    """The item numbers of a key table's heading row (a label cell, then two numbers or more), or None."""
    values = [cell.content.strip() for cell in cells[1:]]
    if len(values) < 2 or not all(value.isdigit() and len(value) <= 3 for value in values):
        return None
    return [int(value) for value in values]


def _items(doc: Document, taken: Mapping[int, str], before: int) -> list[tuple[int, tuple[int, int]]]:
    """The items of the free numbered lists before block BEFORE, the last run of them numbered on from one
    list to the next: (number, (first line, line after))."""
    items: list[tuple[int, tuple[int, int]]] = []
    for index in range(before):
        block = doc.blocks[index]
        if block.kind != "ordered_list" or not is_free(doc, taken, index):
            continue
        level = doc.tokens[block.start].level + 1
        for token in doc.tokens[block.start : block.end]:
            if token.type == "list_item_open" and token.level == level and token.map and token.info.isdigit():
                number = int(token.info)
                if items and number <= items[-1][0]:
                    items = []  # numbering starts again: the earlier lists are not this exam's
                items.append((number, (token.map[0], token.map[1])))
    return items


def _item_text(doc: Document, first: int, last: int) -> str:
    """An item's Markdown without its number, its continuation lines dedented."""
    lines = doc.lines[first:last]
    head = _MARKER.sub("", lines[0], count=1)
    rest = dedent(lines[1:]) if len(lines) > 1 else ""
    return "\n".join(part for part in (head, rest) if part).strip()


def _stem_and_options(text: str) -> tuple[str, dict[str, str]]:
    """An item's stem and its options `(1) … (4)` by number (none when it has no such run of options)."""
    first = _FIRST_OPTION.search(text)
    if first is None:
        return text, {}
    options = {number: " ".join(option.split()) for number, option in _OPTION.findall(text[first.start() :])}
    return (text[: first.start()].strip(), options) if len(options) >= 2 else (text, {})
