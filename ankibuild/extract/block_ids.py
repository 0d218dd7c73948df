"""Obsidian block IDs closing question paragraphs (`What did the Twelve Tables codify? ^q1`): which
paragraphs of a page are questions so marked, found once per document. Shared by the block-ID question rule,
which cards them, and the explicit rule, which reads no cloze deletion on such a page."""

from __future__ import annotations

import re

from .document import Document
from .questions import is_question

# `What did the Twelve Tables codify? ^q1`: a block ID closing a paragraph's last line.
_BLOCK_ID = re.compile(r"[ \t]+\^[A-Za-z0-9][A-Za-z0-9-]*[ \t]*$")
_MIN_QUESTIONS = 2
_MARKED = "block-id-questions.marked"


def _may_hold_block_ids(text: str) -> bool:
    """False only when no ` ^` (a block ID's opening) is in the text: the precheck of nearly every document."""
    return " ^" in text  # (`holds` steps through every space: slower here than `in`)


def marked_questions(doc: Document) -> tuple[int, ...]:
    """The indices of the question paragraphs closed by a block ID, or () when the page has fewer than two;
    found once per document."""
    known = doc.derived.get(_MARKED)
    if known is not None:
        return known  # type: ignore[no-any-return]
    found: tuple[int, ...] = ()
    if _may_hold_block_ids(doc.source.text):
        found = tuple(
            i for i, block in enumerate(doc.blocks) if block.kind == "paragraph" and marked_question(doc, i) is not None
        )
        if len(found) < _MIN_QUESTIONS:
            found = ()
    doc.derived[_MARKED] = found
    return found


def asks_by_block_ids(doc: Document) -> bool:
    """True on a page whose questions are paragraphs closed by block IDs (`marked_questions`)."""
    return bool(marked_questions(doc))


def marked_question(doc: Document, index: int) -> str | None:
    """The question of a paragraph closed by a block ID, the ID removed; None for another block."""
    block = doc.blocks[index]
    last = doc.lines[block.last - 1] if block.last > block.first else ""
    if "^" not in last:
        return None
    match = _BLOCK_ID.search(last)
    if match is None:
        return None
    text = " ".join(" ".join([*doc.lines[block.first : block.last - 1], last[: match.start()]]).split())
    return text if text and is_question(text) else None
