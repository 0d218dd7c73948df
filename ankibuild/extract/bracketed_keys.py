"""Bracketed keys: exercise lines, each keyed at its end by its answer in brackets.

    ### Fill in the blanks

    1. Plants take in __________ through their stomata. **(carbon dioxide)**
    2. The powerhouse of the cell is the __________. **(mitochondrion)**
    3. Light is bent when it passes into __________. **(      )**

    ### True or false

    4. Sound travels faster in water than in air. **(✓)**
    5. The Moon gives off its own light. **(✗)** — it reflects sunlight.

    ### Drill

    6. Which gas do plants give off? **[Oxygen, by photosynthesis.]**
    7. Où se trouve le Louvre ? [R : à Paris]
    8. The boiling point of water at sea level is ____ °C. — **100**
    9. Explain why the sky is blue.

       [A: Air scatters short wavelengths more than long ones
       (Rayleigh scattering).]

gives one card per line: the line without its number and key on the front (the blank left in it), the key
on the back, with the remark after a dash (`✗ — it reflects sunlight.`). An empty or placeholder key (`**( )**`,
`**[ ]**`, `**[??]**`, `[A: ]`, `[A: TODO]`, a dash with nothing after it) is a blank the writer has not filled
yet: the line is reported `unanswered`.

**What counts.** A line opening with a bullet or a number (of any script: `୧.`, `٣)`, so that a paragraph
line the Markdown parser does not read as a list counts too) and ending with its key:

- in bold round brackets (`**(…)**`, `__(…)__`), a remark after a dash allowed, where the line leaves a blank
  to fill in (a run of three `_` or `.` or more, `…`) or its key is a tick or a cross (`✓`, `✔`, `✗`, `✘`,
  `×`, `✅`, `❌`);
- in bold square brackets (`**[…]**`), where the line leaves a blank, asks (ends with `?`) or is keyed by a tick;
- in square brackets opening with a short answer label and a colon (`[A: …]`, `[Ans: …]`, `[R : …]`, in any
  language), where the line leaves a blank or asks;
- after a dash, in bold or empty (`— **…**`, `— `), where the line leaves a blank.

A numbered line with no key, followed by a paragraph (indented or not) that is only a labelled bracket,
`[A: …]` over one line or several, is keyed by that bracket, whatever the line ends with.

A free top-level list counts when every item (two at least) is such a line; a paragraph counts when every line
of it is one, or when it is a numbered line keyed by the labelled bracket after it. Two keyed lines are needed
in the document. A list of notes that merely end with a bold aside (`- Wear gloves **(required)**`) has no
blank and no mark, and a line ending with a plain remark in brackets (`- Read chapter 3 [optional]`) no label:
they stay untouched. When every block of a section is such a list or paragraph, the section's heading (`Fill
in the blanks`) titles the exercise and is claimed with the cards.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, carded_headings, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, list_items
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "bracketed-key"

# `\d` matches the digits of every script: `୧.` opens an item as `1.` does.
_MARKER = r"[ \t]{0,3}(?P<marker>[-*+]|\d{1,3}[.)])[ \t]+"
# An answer label opening a bracket: one short word and a colon (`A:`, `Ans:`, `R :`, `ଉ:`, `答：`).
_LABEL = r"[^\s\[\]:：\d][^\s\[\]:：]{0,11}[ \t]*[:：]"
_ITEM = re.compile(
    rf"^{_MARKER}(?P<front>\S.*?)[ \t]+(?:"
    r"(?P<m>\*\*|__)[(（](?P<key>[^()（）\n]*)[)）](?P=m)(?:[ \t]*(?:[—–]|--?)[ \t]*(?P<remark>\S.*?))?"
    r"|(?P<sm>\*\*|__)\[(?P<square>[^\n]*)\](?P=sm)"
    rf"|\[{_LABEL}(?P<labelled>[^\[\]\n]*)\]"
    r"|(?:[—–]|--?)(?:[ \t]*(?P<dm>\*\*|__)(?P<dashed>[^*_\n][^\n]*?)(?P=dm))?"
    r")[ \t]*$"
)
_HEAD = re.compile(rf"^{_MARKER}(?P<front>\S.*?)[ \t]*$")
_LABELLED_BLOCK = re.compile(rf"^\[{_LABEL}(?P<key>.*)\]$", re.S)
# A blank to fill in: `__________`, `..........`, `…`.
_BLANK = re.compile(r"_{3,}|\.{3,}|…")
_MARKS = frozenset("✓✔✗✘×✅❌")
_ASKS = ("?", "？")
# A labelled bracket anywhere (`[A: `): the precheck's test for the keys that are not bold.
_LABELLED_ANYWHERE = re.compile(rf"\[{_LABEL}")


@dataclass(frozen=True, slots=True)
class _Item:
    """One keyed line: where it stands, its front, its key and the lines it spans."""

    line: int
    front: str
    key: str
    remark: str = ""


def _is_tick(key: str) -> bool:
    return bool(key) and all(c in _MARKS or c.isspace() for c in key)


def _item(match: re.Match[str]) -> _Item | None:
    """The keyed line, or None when its key does not fit what the line is (a blank, a question, a tick)."""
    front = match.group("front").strip()
    blank = _BLANK.search(front) is not None
    asks = front.endswith(_ASKS)
    if match.group("m"):
        key = match.group("key").strip()
        fits = blank or _is_tick(key)
        remark = match.group("remark") or ""
    elif match.group("sm"):
        key = match.group("square").strip()
        fits = blank or asks or _is_tick(key)
        remark = ""
    elif match.group("labelled") is not None:
        key = match.group("labelled").strip()
        fits = blank or asks
        remark = ""
    else:
        if match.group("marker") in "-*+":
            return None  # a dash after a bullet's text is a remark, not a key
        key = (match.group("dashed") or "").strip()
        fits = blank
        remark = ""
    return _Item(0, front, key, remark) if fits else None


def _is_filled(key: str) -> bool:
    """The key gives an answer: not empty, not only question marks or dashes (`??`, `—`), not a placeholder."""
    if not key or not (_is_tick(key) or any(c.isalnum() for c in key)):
        return False
    return empty_reason(key) is None


def _may_hold_keys(doc: Document) -> bool:
    """False when no bold bracket, labelled bracket or blank is written anywhere: the cheap precheck."""
    text = doc.source.text
    return (
        "**(" in text
        or "__(" in text
        or "**（" in text
        or "**[" in text
        or "__[" in text
        or "___" in text
        or ("[" in text and _LABELLED_ANYWHERE.search(text) is not None)
    )


def _line_items(doc: Document, first: int, last: int) -> list[_Item] | None:
    """The items of lines `first`…`last` when every written line is a keyed one, else None."""
    items: list[_Item] = []
    for n in range(first, last):
        line = doc.lines[n]
        if not line.strip():
            continue
        match = _ITEM.match(line)
        item = _item(match) if match else None
        if item is None:
            return None
        items.append(_Item(n, item.front, item.key, item.remark))
    return items


def _keyed_below(doc: Document, head: int, first: int, last: int) -> _Item | None:
    """A numbered line keyed by a labelled bracket written on the lines `first`…`last` under it."""
    match = _HEAD.match(doc.lines[head])
    if match is None or match.group("marker") in "-*+":
        return None
    body = "\n".join(doc.lines[n].strip() for n in range(first, last) if doc.lines[n].strip())
    keyed = _LABELLED_BLOCK.match(body)
    if keyed is None or "[" in keyed.group("key") or "]" in keyed.group("key"):
        return None
    return _Item(head, match.group("front").strip(), keyed.group("key").strip())


def _list_items(doc: Document, index: int) -> list[_Item] | None:
    block = doc.blocks[index]
    items: list[_Item] = []
    for first, last in list_items(doc, block):
        one = _line_items(doc, first, first + 1)
        if one is not None and all(not doc.lines[n].strip() for n in range(first + 1, last)):
            items.extend(one)
            continue
        below = _keyed_below(doc, first, first + 1, last)
        if below is None:
            return None
        items.append(below)
    return items if len(items) >= 2 else None


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from exercise lines keyed at their end, or right under them, by a bracketed answer."""
    if not _may_hold_keys(doc):
        return RuleResult()
    units: list[tuple[list[int], list[_Item]]] = []  # the blocks of each unit and its items
    blocks = doc.blocks
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if not is_free(doc, taken, index):
            index += 1
            continue
        if block.kind in ("ordered_list", "bullet_list"):
            found = _list_items(doc, index)
            if found is not None:
                units.append(([index], found))
        elif block.kind == "paragraph":
            found = _line_items(doc, block.first, block.last)
            if found is not None:
                units.append(([index], found))
            elif block.last - block.first == 1 and index + 1 < len(blocks):
                after = blocks[index + 1]
                below = None
                if after.kind == "paragraph" and is_free(doc, taken, index + 1):
                    below = _keyed_below(doc, block.first, after.first, after.last)
                if below is not None:
                    units.append(([index, index + 1], [below]))
                    index += 2
                    continue
        index += 1
    if sum(1 for _, items in units for item in items if _is_filled(item.key)) < 2:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    carded: set[int] = set()
    for indices, items in units:
        path = heading_path(doc, indices[0])
        context = tuple(clean_heading(p) for p in path)
        for item in items:
            if not _is_filled(item.key):
                diagnostics.append(unanswered(doc.loc(item.line), item.front, None))
                continue
            answer = f"{item.key} — {item.remark}" if item.remark else item.key
            drafts.append(CardDraft(doc.loc(item.line), CONVENTION, item.front, answer, context, topic_tags(path)))
        for i in indices:
            claims |= claim(blocks[i].first, blocks[i].last, "card")
            carded.add(i)
    claims |= carded_headings(doc, taken, carded)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
