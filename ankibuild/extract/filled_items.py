"""Filled items: a numbered worksheet filled in by hand, each item answered by what the learner marked in it.

    1. Sound travels about ___**4**___ times faster in water than in air. ✔
    2. True or false: the Moon gives off its own light.
       ☐ True ☒ **False**
    3. Pick the unit of force:
       ☐ a. joule
       ☒ b. **newton**
    4. Lava cools into rock on the surface. **(true)**
    5. Name two noble gases.
       - **helium**
       - **neon**
    6. Explain what a lever does.
       > **It trades distance for force around a pivot.**
    7. The Sun is a ________.
    8. Give two uses of copper. **( )**

gives one card per answered item: the item's text on the front (a filled blank shown empty again, `___`,
a trailing tick `✔` left off), on the back the learner's mark without its bold: the bold written into a
blank (`20`), the option after a ticked box (`☒ **False**` → `False`, `☒ b. **newton**` → `b. newton`),
the bold bracket closing the line (`**(true)**` → `true`; a letter naming one of the options listed under
the item gives that option, `**(b)**` → `b) …`), the bold list under the item, or the quote under it that
opens with a bold line (its other lines, a teacher's remark, kept). An item with only blanks, an empty
bracket (`**( )**`), boxes none of them ticked, an empty bullet (`- `) or nothing marked at all (its
options listed, no key) is `unanswered`.

**What counts.** A free top-level numbered list whose every item is such an item, answered or left open: a
first paragraph (the text, then, one a line, its boxes), then at most lists and quotes under it. Anything
else in an item (a paragraph, code, a table), an unmarked item with bold in its text, or a bullet list that
mixes bold and plain lines, and the list is left to the other rules. At least half the items of a list must
be answered, two in the document, and one item at least must leave a blank, ask, tick a box or be
answered under its text: a list of steps that end with a bold aside (`1. Install the tool **(v2 or later)**`)
stays untouched. When every block of a section is such a list, its heading titles the worksheet and is
claimed with the cards.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, carded_headings, claim, is_free
from .answers import empty_reason, unanswered
from .document import Block, Document, block_kinds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "filled-item"

_NUMBER = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]+")
_BULLET = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])(?:[ \t]+|$)")
_QUOTE = re.compile(r"^[ \t]*>[ \t]?")
# A tick after an item or answer: checked with the teacher (`✔`, `✓`, `✔️`).
_TRAILING_TICKS = re.compile(r"(?:[ \t]*[✔✓]\ufe0f?)+[ \t]*$")
# Bold written into a blank: `___**20**___`, `____**20**`, `**20**____`.
_FILLED_BLANK = re.compile(r"_{2,}(?P<m>\*\*)(?P<a>[^*\n]+?)\*\*_*|(?P<n>\*\*)(?P<b>[^*\n]+?)\*\*_{2,}")
_BLANK = re.compile(r"_{3,}|\.{4,}|…")
# The bold bracket closing the text: `**(እውነት)**`, `__(b)__`, `**（…）**`.
_BRACKET = re.compile(r"[ \t]*(?P<m>\*\*|__)[(（](?P<key>[^()（）\n]*)[)）](?P=m)[ \t]*$")
_WHOLLY_BOLD = re.compile(r"^(?P<m>\*\*|__)(?P<text>(?:(?!\*\*|__).)+)(?P=m)(?P<rest>.*)$")
# Bold marks, not a blank's run of underscores.
_BOLD = re.compile(r"\*\*|(?<!_)__(?!_)")
# A lone dash under the item's text: an empty bullet, which CommonMark reads as a setext underline.
_EMPTY_BULLET = re.compile(r"^[ \t]*-[ \t]*$")
_BOXES = "☐☒☑"
_TICKED = "☒☑"
_BOX_SPLIT = re.compile(r"([☐☒☑])")
_ASKS = ("?", "？", "؟")
# A needle of every mark but the box glyphs and the bold bracket: `_**` / `**_` (a filled blank) and a
# bullet or quote opening in bold.
_BOLD_NEEDLE = re.compile(r"_\*\*|\*\*_|^[ \t]*(?:[-*+>])[ \t]+(?:\*\*|__)", re.M)


@dataclass(frozen=True, slots=True)
class _Item:
    """One worksheet item: where it stands, its front, the answer marked in it ('' when left open)."""

    line: int
    front: str
    answer: str
    marked: bool
    """It leaves a blank, asks, ticks boxes or is answered under its text: it reads as a worksheet's item."""


def _may_hold_marks(doc: Document) -> bool:
    """False when the document has no top-level numbered list or writes none of the marks: the precheck."""
    if "ordered_list" not in block_kinds(doc):
        return False
    text = doc.source.text
    return (
        "**(" in text
        or "__(" in text
        or "**（" in text
        or any(box in text for box in _TICKED)
        or _BOLD_NEEDLE.search(text) is not None
    )


def _unbold(text: str) -> str:
    return _TRAILING_TICKS.sub("", _BOLD.sub("", text)).strip()


def _wholly_bold(line: str) -> bool:
    """The line is bold from end to end, a trailing tick aside (`**neon** ✔`), not a bold label before text."""
    match = _WHOLLY_BOLD.match(_TRAILING_TICKS.sub("", line.strip()))
    return match is not None and not match.group("rest").strip()


def _children(doc: Document, block: Block) -> list[tuple[tuple[int, int], list[tuple[str, int, int]]]]:
    """Each item of a list: its line span and its child blocks (kind, first line, last line)."""
    tokens = doc.tokens
    level = tokens[block.start].level
    items: list[tuple[tuple[int, int], list[tuple[str, int, int]]]] = []
    for token in tokens[block.start + 1 : block.end - 1]:
        if token.type == "list_item_open" and token.level == level + 1 and token.map:
            items.append(((token.map[0], token.map[1]), []))
        elif items and token.level == level + 2 and token.nesting >= 0 and token.map:
            items[-1][1].append((token.type.removesuffix("_open"), token.map[0], token.map[1]))
    return items


def _written(doc: Document, first: int, last: int) -> list[str]:
    return [line for line in doc.lines[first:last] if line.strip()]


def _boxes(lines: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """The prompt lines and the ticked options of a paragraph whose last lines hold boxes (`☐ … ☒ **…**`),
    or None when it holds no box, or a line of text after its boxes."""
    start = next((n for n, line in enumerate(lines) if any(b in line for b in _BOXES)), None)
    if start is None:
        return None
    if start == 0 or sum(line.count(b) for line in lines[start:] for b in _BOXES) < 2:
        return None
    ticked: list[str] = []
    for line in lines[start:]:
        parts = _BOX_SPLIT.split(line)
        if parts[0].strip():
            return None  # text before the line's first box
        for box, option in zip(parts[1::2], parts[2::2], strict=True):
            if box in _TICKED and _unbold(option):
                ticked.append(_unbold(option))
    return list(lines[:start]), ticked


def _option(key: str, options: Sequence[str]) -> str:
    """The option a short key names (`ሐ` → `ሐ) ጣና`), else the key."""
    if len(key) <= 3 and " " not in key:
        for option in options:
            if option.startswith(key) and option[len(key) : len(key) + 1] in (")", ".", "）"):
                return option
    return key


def _item(doc: Document, span: tuple[int, int], children: list[tuple[str, int, int]]) -> _Item | None:
    """The item as a worksheet item, answered or open, or None when it is written otherwise."""
    if not children or children[0][1] != span[0]:
        return None
    kind, first, last = children[0]
    open_mark = False  # a blank, an empty bracket or bullet, unticked boxes: left to fill in
    if kind == "heading" and last - first >= 2 and _EMPTY_BULLET.match(doc.lines[last - 1]):
        last -= 1  # the text over an empty bullet
        open_mark = True
    elif kind != "paragraph":
        return None
    lines = [line.strip() for line in _written(doc, first, last)]
    lines[0] = _NUMBER.sub("", lines[0], count=1)
    answers: list[str] = []
    boxed = _boxes(lines)
    if boxed is not None:
        lines, ticked = boxed
        answers.extend(ticked)
        open_mark = open_mark or not ticked
    lines[-1] = _TRAILING_TICKS.sub("", lines[-1])
    key: str | None = None
    bracket = _BRACKET.search(lines[-1])
    if bracket is not None:
        lines[-1] = lines[-1][: bracket.start()]
        key = bracket.group("key").strip()
    prompt = "\n".join(lines)
    filled = [m.group("a") or m.group("b") for m in _FILLED_BLANK.finditer(prompt)]
    if filled:
        answers.append("; ".join(f.strip() for f in filled))
        prompt = _FILLED_BLANK.sub("___", prompt)
    blank = _BLANK.search(prompt) is not None
    options: list[str] = []
    below = ""
    for kind, first, last in children[1:]:
        written = _written(doc, first, last)
        if kind in ("bullet_list", "ordered_list"):
            entries = [_BULLET.sub("", line, count=1).strip() for line in written]
            if not all(_BULLET.match(line) for line in written):
                return None  # items of more than one line
            filled_entries = [e for e in entries if _TRAILING_TICKS.sub("", e)]
            if not filled_entries:
                open_mark = True
            elif all(_wholly_bold(e) for e in filled_entries):
                if below:
                    return None
                below = "\n".join(f"- {_unbold(e)}" for e in filled_entries)
            elif any(_BOLD.search(e) for e in entries):
                return None
            else:
                options.extend(entries)
        elif kind == "blockquote":
            quoted = [_QUOTE.sub("", line, count=1).rstrip() for line in written]
            if not _wholly_bold(quoted[0]) or below:
                return None
            rest = [_TRAILING_TICKS.sub("", line).strip() for line in quoted[1:]]
            below = "\n".join([_unbold(quoted[0]), *rest]).strip()
        else:
            return None
    if below:
        answers.append(below)
    if key is not None:
        if key and empty_reason(key) is None:
            answers.append(_option(key, options))
        else:
            open_mark = True
    if len(answers) > 1:
        return None  # marked twice over: not one learner's answer
    prompt = prompt.strip()
    if not prompt:
        return None
    if not answers and _BOLD.search(prompt):
        return None  # bold in an unmarked item: a term or an emphasis, not a worksheet's item
    marked = blank or prompt.endswith(_ASKS) or boxed is not None or bool(below) or bool(filled)
    answer = answers[0] if answers else ""
    if not answers and not (open_mark or blank or options or prompt.endswith(_ASKS) or len(children) == 1):
        return None
    return _Item(span[0], prompt, answer, marked)


def _list_items(doc: Document, block: Block) -> list[_Item] | None:
    items: list[_Item] = []
    for span, children in _children(doc, block):
        item = _item(doc, span, children)
        if item is None:
            return None
        items.append(item)
    answered = sum(1 for item in items if item.answer)
    return items if answered and 2 * answered >= len(items) else None


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from numbered worksheet items answered by the learner's marks written into them."""
    if not _may_hold_marks(doc):
        return RuleResult()
    blocks = doc.blocks
    units: list[tuple[int, list[_Item]]] = []
    for index, block in enumerate(blocks):
        if block.kind != "ordered_list" or not is_free(doc, taken, index):
            continue
        found = _list_items(doc, block)
        if found is not None:
            units.append((index, found))
    items = [item for _, found in units for item in found]
    if sum(1 for item in items if item.answer) < 2 or not any(item.marked for item in items):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, found in units:
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        for item in found:
            if item.answer:
                drafts.append(CardDraft(doc.loc(item.line), CONVENTION, item.front, item.answer, context, topic_tags(path)))
            else:
                diagnostics.append(unanswered(doc.loc(item.line), item.front, None))
        claims |= claim(blocks[index].first, blocks[index].last, "card")
    carded = {index for index, _ in units}
    claims |= carded_headings(doc, taken, carded)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
