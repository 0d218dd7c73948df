"""Obsidian block IDs closing question paragraphs (`What did the Twelve Tables codify? ^q1`): which
paragraphs of a page are questions so marked, found once per document. Shared by the block-ID question rule,
which cards them, and the explicit rule, which reads no cloze deletion on such a page."""

from __future__ import annotations

import re
from collections.abc import Callable

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


_ANY_BLOCK_ID = re.compile(r"[ \t]+\^(?P<id>[A-Za-z0-9][A-Za-z0-9-]*)[ \t]*$")
_PAIRED = "block-id-questions.paired"
_MIN_PAIRS = 2


def block_id(doc: Document, index: int) -> str | None:
    """The block ID closing a paragraph's last line (`^qA01`), or None."""
    block = doc.blocks[index]
    if block.kind != "paragraph" or block.last <= block.first:
        return None
    last = doc.lines[block.last - 1]
    if "^" not in last:
        return None
    match = _ANY_BLOCK_ID.search(last)
    return match.group("id") if match is not None else None


def id_text(doc: Document, index: int) -> str:
    """A paragraph's text without the block ID closing it, its lines joined as Markdown shows them."""
    block = doc.blocks[index]
    last = doc.lines[block.last - 1]
    match = _ANY_BLOCK_ID.search(last)
    end = match.start() if match is not None else len(last)
    return "\n".join([*doc.lines[block.first : block.last - 1], last[:end]]).strip()


def paired_ids(doc: Document, asks: Callable[[str], bool]) -> tuple[dict[int, int | None], frozenset[int]] | None:
    """On a page whose boxes pair a question with its answer by their block IDs (`… ^q07` and `… ^a07`: the
    same ID but for one letter opening or closing it, as a drawing's text elements that stand in no reading
    order are linked), the question paragraphs mapped to their answer paragraphs (None for a question ID with
    no partner) and every paragraph closed by an ID; None elsewhere. Two pairs at least, every pair of the same
    two letters, the question side (the letter whose paragraphs ask by `asks`) asking in most pairs."""
    if _PAIRED in doc.derived:
        return doc.derived[_PAIRED]  # type: ignore[no-any-return]
    found = None
    if _may_hold_block_ids(doc.source.text):
        ids = {i: found_id for i in range(len(doc.blocks)) if (found_id := block_id(doc, i)) is not None}
        found = _pairs_by(doc, ids, asks, at_start=True) or _pairs_by(doc, ids, asks, at_start=False)
    doc.derived[_PAIRED] = found
    return found


def _pairs_by(
    doc: Document, ids: dict[int, str], asks: Callable[[str], bool], *, at_start: bool
) -> tuple[dict[int, int | None], frozenset[int]] | None:
    """`paired_ids` with the side letter opening the ID (`^q07`) or closing it (`^card7-q`)."""
    by_key: dict[str, list[tuple[str, int]]] = {}
    for index, found_id in ids.items():
        letter, key = (found_id[0], found_id[1:]) if at_start else (found_id[-1], found_id[:-1])
        if letter.isalpha() and key.strip("-"):
            letter = letter.lower()
            by_key.setdefault(key, []).append((letter, index))
    pairs = [sorted(v) for v in by_key.values() if len(v) == 2 and v[0][0] != v[1][0]]
    letters = {(p[0][0], p[1][0]) for p in pairs}
    if len(pairs) < _MIN_PAIRS or len(letters) != 1:
        return None
    ((low, high),) = letters
    low_asks = sum(1 for p in pairs if asks(id_text(doc, p[0][1])))
    high_asks = sum(1 for p in pairs if asks(id_text(doc, p[1][1])))
    ask_letter = low if low_asks > high_asks else high
    if 2 * max(low_asks, high_asks) <= len(pairs):
        return None
    answer_letter = high if ask_letter == low else low
    questions: dict[int, int | None] = {}
    for entries in by_key.values():
        sides = dict(entries)
        if len(entries) == len(sides) and ask_letter in sides:
            questions[sides[ask_letter]] = sides.get(answer_letter)
    return dict(sorted(questions.items())), frozenset(ids)
