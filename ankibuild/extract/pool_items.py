"""Question-pool items: an ID line carrying the key letter, the question, then lettered options.

    T5A01 (D) [97.1]
    Electrical current is measured in which of the following units?
    A. Volts
    B. Watts
    C. Ohms
    D. Amperes
    ~~

Published exam pools (radio licences, driving theory, citizenship tests) print each item as a paragraph:
an ID line (a code of at most eight letters and digits opening with a digit or with one letter and a
digit: `T5A01`, `E2B03`, `Q112`) with the correct letter in parentheses and an
optional reference in brackets (`[97.5(b)(1)]`, `[ ]`), the question on the next line, then two or more
options lettered in order from A (one may be bold), an optional `~~` line closing the item, and comments.
When the document holds two such items or more, each is a card: the question on the front, the options on
the back with the one the key letter picks in bold (`(C)` picks `C. …` whether or not the writer bolded
it). A key naming no option is reported unanswered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import block_card
from .document import Document, free_blocks, lazy_pattern, may_open_a_line_with

CONVENTION = "pool-item"

# A line opening like an ID line: the precheck of `_ID_LINE`.
_ID_OPENING = re.compile(r"^(?:[A-Z]\d|\d)[A-Z0-9]{0,6}[ \t]*\([A-Fa-f]\)", re.M)
_ID_LINE = lazy_pattern(r"^(?:[A-Z]\d|\d)[A-Z0-9]{0,6}[ \t]*\((?P<key>[A-Fa-f])\)(?:[ \t]*\[[^\]\n]*\])?[ \t]*$")
_OPTION = lazy_pattern(r"^(?P<b>\*\*|__)?(?P<letter>[A-F])[.)][ \t]+(?P<text>\S.*?)(?P=b)?[ \t]*$")
_CLOSING = lazy_pattern(r"^(?:~~~?|<!--.*-->)[ \t]*$")
_MIN_OPTIONS = 2
_MIN_ITEMS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the items of a question pool (see the module docstring)."""
    if not may_open_a_line_with(doc, _ID_OPENING):
        return RuleResult()
    items = [(index, item) for index in free_blocks(doc, taken) if (item := _item(doc, index)) is not None]
    if len(items) < _MIN_ITEMS:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, (question, key, options) in items:
        letters = [letter for letter, _ in options]
        reason = None if key in letters else "the key letter names no option"
        back = "\n".join(f"**{letter}. {text}**" if letter == key else f"{letter}. {text}" for letter, text in options)
        block_card(doc, CONVENTION, index, doc.blocks[index].last, question, back, reason, (drafts, diagnostics, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _item(doc: Document, index: int) -> tuple[str, str, list[tuple[str, str]]] | None:
    """The question, key letter and options of a paragraph written as a pool item, or None."""
    block = doc.blocks[index]
    if block.kind != "paragraph" or block.last - block.first < 2 + _MIN_OPTIONS:
        return None
    lines = [doc.lines[n].strip() for n in range(block.first, block.last)]
    head = _ID_LINE.match(lines[0])
    if head is None or _OPTION.match(lines[1]):
        return None
    options: list[tuple[str, str]] = []
    rest = lines[2:]
    while rest and _CLOSING.match(rest[-1]):
        rest.pop()
    for line in rest:
        option = _OPTION.match(line)
        if option is None or option.group("letter") != "ABCDEF"[len(options)]:
            return None
        options.append((option.group("letter"), option.group("text").strip()))
    if len(options) < _MIN_OPTIONS:
        return None
    return lines[1], head.group("key").upper(), options
