"""Code drills: a "quick fire" bullet list whose items put a code expression on the left of an arrow and what it
gives on the right.

    ## Quick fire

    - `typeof null` → `"object"` (a historic bug)
    - `[] + []` → `""`
    - What does `0.1 + 0.2 === 0.3` give? → `false`

gives three cards: the expression (or the question) on the front, what follows the arrow on the back. The
`line-pair` rule leaves code on both sides of an arrow alone (`` `old_name` → `new_name` `` is a rename map),
so the shape must make the list a drill:

- a free top-level bullet list whose every item, two or more, is one line split by an arrow (`→`, `⟶`, `➔`,
  `➜`, `⇒`, `⟹`, `->`, `=>`) spaced on both sides and outside code: a code span alone on the left, or a
  question ending in `?` (or `？`) on the left;
- at least two of the code spans on the left are expressions, not names: they hold a space or an operator
  (`typeof null`, `[] + []`, `"5" - 2`), where a rename map or a list of API names (`` `Promise.all` → …``)
  holds single identifiers.

An arrow with nothing after it leaves its item `unanswered`.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import RuleResult
from .answers import list_entry_cards
from .document import Document, free_blocks_of, lazy_pattern, list_items, mask_code_and_math

CONVENTION = "code-arrow"

_ARROW_TEXTS = ("→", "⟶", "➔", "➜", "⇒", "⟹", "->", "=>")
_ITEM = lazy_pattern(r"^[ \t]{0,3}[-*+][ \t]+(?P<text>\S.*?)[ \t]*$")
_ARROW = lazy_pattern(r"[ \t]+(?:→|⟶|➔|➜|⇒|⟹|->|=>)(?:[ \t]+|$)")
_CODE_ONLY = lazy_pattern(r"^`(?P<code>[^`\n]+)`$")
# An expression, not a name: a space or an operator inside the code span.
_EXPRESSION = lazy_pattern(r"[\s+\-*/%=<>!&|^~?:,(\[{]")
_MIN_EXPRESSIONS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from bullet lists of `code expression → result` drills."""
    lists = _lists(doc, taken)
    if not lists:
        return RuleResult()  # no free bullet list opens with an arrow line: nearly every document
    cards = list_entry_cards(doc, CONVENTION, lists, _entries)
    return RuleResult(tuple(cards.drafts), tuple(cards.diagnostics), cards.claims)


def _lists(doc: Document, taken: Mapping[int, str]) -> list[int]:
    """The free bullet lists whose first line holds an arrow (every item of a drill does): a few first lines
    late in the chain, not the whole text."""
    lines, blocks = doc.lines, doc.blocks
    return [index for index in free_blocks_of(doc, taken, ("bullet_list",)) if _holds_arrow(lines[blocks[index].first])]


def _holds_arrow(line: str) -> bool:
    """Whether a line holds one of the arrows, spaced or not (the cheap test before `_ARROW`)."""
    return any(arrow in line for arrow in _ARROW_TEXTS)


def _entries(doc: Document, index: int) -> list[tuple[int, int, str, str]] | None:
    """(first line, last line, prompt, answer) of each item, or None unless the list is a code drill."""
    entries: list[tuple[int, int, str, str]] = []
    expressions = 0
    for first, last in list_items(doc, doc.blocks[index]):
        if last != first + 1:
            return None  # an item of several lines or with nested blocks: not a one-line drill
        match = _ITEM.match(doc.lines[first])
        if match is None:
            return None
        text = match["text"]
        arrow = _ARROW.search(mask_code_and_math(text))
        if arrow is None:
            return None
        prompt, answer = text[: arrow.start()].strip(), text[arrow.end() :].strip()
        code = _CODE_ONLY.match(prompt)
        if code is not None:
            expressions += _EXPRESSION.search(code["code"].strip()) is not None
        elif not prompt.endswith(("?", "？")):
            return None
        entries.append((first, last, prompt, answer))
    if len(entries) < _MIN_EXPRESSIONS or expressions < _MIN_EXPRESSIONS:
        return None
    return entries
