r"""Coloured answers: study guides that show each answer in colour on the line under its question, so the
key stands out on the printed sheet.

    1. Wie heißt die äußerste Schicht der Sonne?
       <span style="color:red">Die Korona.</span>

    > Explique por qué el cielo es azul.
    > <font color="blue">La dispersión de Rayleigh …</font>

    Nenne drei Edelgase.
    ==Helium, Neon, Argon==

    **4.** Quelle est la vitesse de la lumière ?
    $\color{blue}{c = 3{,}00 \cdot 10^{8}\ \mathrm{m/s}}$

A list item, a paragraph or a quote whose last line (or lines) is wholly one coloured `<span style="color:…">`
or `<font color="…">`, or one Obsidian highlight (`==…==`, the marker pen of a note app), is a card: the text
before it is the front (its number dropped), what the tag holds the back. Where a page cannot colour HTML
(GitHub strips `style`), the answer is LaTeX math coloured whole: a last line opening with `$\color{blue}{…}$`
(or `$\textcolor{…}{…}$`), more coloured math and words after it allowed (`$\color{blue}{F = ma}$ —
$\color{blue}{\text{…}}$`); the back is that line with the colours dropped (`\text{…}` alone read as words, other
math kept as math), and such an entry needs no question mark when it opens with a bold item number (`**5.**
Write the formula for …`, the number left off). Coloured math holding no letter or digit
(`$\color{red}{\text{?}}$`, whatever follows it) is an answer still to find. Read where two answers or more are
written so. An empty coloured tag leaves its question `unanswered`, and so does an item that asks with no
coloured line in a list whose other items have one, and a question whose answer slot right under it holds
only a placeholder: a bare `==` (which CommonMark reads as a heading's underline) or an HTML comment (`<!--
TODO … -->`). A coloured word inside a sentence (`answers are in <span style="color:red">red</span>`, `red
$\color{red}{\text{?}}$ marks …`) is no answer, and a line that asks with no answer slot under it (a rhetorical question the prose answers) no card.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .answers import block_card, empty_reason, unquote
from .coloured_entries import coloured_entry
from .document import Document, dedent, mark_followed_by, text_holds

CONVENTION = "coloured-answer"

_MIN_ANSWERED = 2
# The empty highlight slot under a question, which CommonMark reads as a setext heading's underline.
_EMPTY_SLOT = re.compile(r"^[ \t]*==[ \t]*$")
_COMMENT = re.compile(r"^[ \t]*<!--")
_ITEM_MARK = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_KINDS = ("bullet_list", "ordered_list", "paragraph", "blockquote")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from questions answered by a coloured line under them."""
    if not _may_colour(doc):
        return RuleResult()  # no colour attribute: nearly every document
    # (block, line, last line, question, answer or None when no coloured line follows)
    found: list[tuple[int, int, int, str, str | None]] = []
    for index, block in enumerate(doc.blocks):
        if block.kind not in _KINDS or not is_free(doc, taken, index):
            continue
        if block.kind in ("bullet_list", "ordered_list"):
            found.extend(_items(doc, index))
            continue
        text = doc.block_text(index)
        entry = coloured_entry(unquote(text) if block.kind == "blockquote" else text)
        if entry is not None and entry[1] is not None:
            found.append((index, block.first, block.last, *entry))
        elif entry is not None and block.kind == "paragraph" and _placeholder_slot(doc, index):
            found.append((index, block.first, block.last, entry[0], ""))
    found.extend(_empty_slots(doc, taken))
    found.sort()
    if sum(1 for *_, answer in found if answer is not None and empty_reason(answer) is None) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, first, last, question, answer in found:
        reason = "no answer" if answer is None else empty_reason(answer)
        block_card(doc, CONVENTION, index, last, question, answer or "", reason, (drafts, diagnostics, claims), at=first)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_colour(doc: Document) -> bool:
    r"""False when no line can be coloured: the text names no colour (`color`, `colour`) or closes no tag nor
    opens coloured math (`\color{`), and holds no highlight mark (`==`)."""
    return (
        (text_holds(doc, "olor") and (mark_followed_by(doc, "<", ("/",)) or text_holds(doc, "color{")))
        or mark_followed_by(doc, "=", ("=",))
    )


def _placeholder_slot(doc: Document, index: int) -> bool:
    """True when an HTML comment stands right under paragraph INDEX, in the answer's place (`<!-- TODO -->`)."""
    block = doc.blocks[index]
    after = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
    return (
        after is not None
        and after.kind == "html_block"
        and after.first == block.last
        and _COMMENT.match(doc.lines[after.first]) is not None
    )


def _empty_slots(doc: Document, taken: Mapping[int, str]) -> list[tuple[int, int, int, str, str | None]]:
    """Questions over an empty highlight slot (`What is NAT for?` over a bare `==`), which CommonMark reads as
    a setext heading: each an entry with an empty answer."""
    entries: list[tuple[int, int, int, str, str | None]] = []
    for index, block in enumerate(doc.blocks):
        if block.kind != "heading" or block.last - block.first < 2 or not is_free(doc, taken, index):
            continue
        if _EMPTY_SLOT.match(doc.lines[block.last - 1]) is None:
            continue
        entry = coloured_entry(dedent(list(doc.lines[block.first : block.last - 1])))
        if entry is not None:
            entries.append((index, block.first, block.last, entry[0], ""))
    return entries


def _items(doc: Document, index: int) -> list[tuple[int, int, int, str, str | None]]:
    """The top-level items of a list that ask, with their coloured answers; the items without one only
    when another item of the list has one."""
    block = doc.blocks[index]
    level = doc.tokens[block.start].level + 1
    entries: list[tuple[int, int, int, str, str | None]] = []
    for token in doc.tokens[block.start : block.end]:
        if token.type != "list_item_open" or token.level != level or not token.map:
            continue
        first, last = token.map
        lines = list(doc.lines[first:last])
        lines[0] = _ITEM_MARK.sub("", lines[0], count=1)
        entry = coloured_entry(dedent([lines[0].strip(), *lines[1:]]))
        if entry is not None:
            entries.append((index, first, last, *entry))
    return entries if any(answer is not None for *_, answer in entries) else []


