"""Numbered questions each answered by a bullet list right under it, the list not indented into the item:

    1) Explain: ice floats on water.
    - Because ice is less dense than liquid water.

    2) Why do onions make you cry?
    - They release a sulphur gas that irritates the eyes.

    3) Explain: bread goes stale.

Markdown reads each numbered line as an ordered list of its own (its number kept as the list's start) and
the bullet under it as a separate bullet list. Such a list of one item, followed at once by a bullet list,
is a question and its answer: the item is the front, the bullet list the back (a single bullet without its
marker).

1. **A run** is a series of one-item ordered lists numbered one after another (`1)`, `2)`, `3)` …), with no
   other block between them than the bullet list answering each.
2. A run is read when two of its items or more are answered and every item asks (a `?`, a command word,
   or a command word before a colon: `Explain:`, `علل:`): an item without a bullet list under it is then
   reported `unanswered`. Steps of a procedure (`1) Install the package` over `- run pip install`) do not ask,
   so they stay with the other rules.

The headings above are the cards' context. Runs late in the chain, after the list rules, which read items
whose answers are indented into them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Block, Document, block_kinds, dedent, free_blocks_of, list_items
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question, starts_with_imperative

CONVENTION = "bulleted-answer"

_MIN_ANSWERED = 2
_ITEM_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
# A command word before a colon (`Explain: …`, `Begründe: …`, `علل: …`): a task, as `Explain …` is.
_TASK_COLON = re.compile(r"^(\w+)[ \t]*[:：][ \t]*(?=\S)")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from one-item numbered lists answered by the bullet list under each (see the module docstring)."""
    kinds = block_kinds(doc)
    if "ordered_list" not in kinds or "bullet_list" not in kinds or not free_blocks_of(doc, taken, ("ordered_list",)):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for run in _runs(doc, taken):
        # An item another rule read already (a `?` item the numbered rule paired) still counts in its run.
        answered = sum(1 for item in run if item.answer is not None or item.taken)
        if answered < _MIN_ANSWERED or not all(item.taken or _asks(item.prompt) for item in run):
            continue
        for item in run:
            if item.taken:
                continue
            block = doc.blocks[item.index]
            question = clean_question(item.prompt)[0]
            path = heading_path(doc, item.index)
            answer = _answer(doc, doc.blocks[item.answer]) if item.answer is not None else ""
            last = doc.blocks[item.answer].last if item.answer is not None else block.last
            reason = empty_reason(answer) if answer else "no answer"
            if reason is not None:
                diagnostics.append(unanswered(doc.loc(block.first), question, reason))
                claims.update(claim(block.first, last, "unanswered"))
                continue
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(doc.loc(block.first), CONVENTION, question, answer, context, topic_tags(path)))
            claims.update(claim(block.first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


@dataclass(frozen=True, slots=True)
class _Item:
    """One numbered question of a run."""

    index: int
    """Its one-item ordered list's block."""
    prompt: str
    """The item's text."""
    answer: int | None
    """The block of the bullet list under it, or None."""
    taken: bool
    """Whether an earlier rule claimed it."""


def _runs(doc: Document, taken: Mapping[int, str]) -> list[list[_Item]]:
    """The runs of one-item ordered lists numbered one after another, each bullet list under one its answer."""
    runs: list[list[_Item]] = []
    current: list[_Item] = []
    expected = next_index = -1
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind != "ordered_list":
            continue
        found = _single_item(doc, block)
        if found is None or (current and (index != next_index or found[0] != expected)):
            if len(current) >= _MIN_ANSWERED:
                runs.append(current)
            current = []
            if found is None:
                continue
        number, prompt = found
        follower = index + 1
        answer = follower if follower < len(blocks) and blocks[follower].kind == "bullet_list" else None
        last = blocks[answer].last if answer is not None else block.last
        is_taken = not taken.keys().isdisjoint(range(block.first, last))
        current.append(_Item(index, prompt, answer, is_taken))
        expected = number + 1
        next_index = follower + 1 if answer is not None else follower
    if len(current) >= _MIN_ANSWERED:
        runs.append(current)
    return runs


def _single_item(doc: Document, block: Block) -> tuple[int, str] | None:
    """(number, text) of an ordered list holding one item of one line, else None."""
    items = list(list_items(doc, block))
    if len(items) != 1 or items[0][1] - items[0][0] != 1:
        return None
    info = doc.tokens[block.start + 1].info
    if not info.isdigit():
        return None
    return int(info), _ITEM_MARKER.sub("", doc.lines[items[0][0]], count=1).strip()


def _answer(doc: Document, block: Block) -> str:
    """The bullet list's Markdown: a single bullet without its marker."""
    items = list(list_items(doc, block))
    if len(items) == 1:
        first, last = items[0]
        return dedent([_ITEM_MARKER.sub("", doc.lines[first], count=1), *doc.lines[first + 1 : last]]).strip()
    return doc.text(block.first, block.last).strip()


def _asks(prompt: str) -> bool:
    """Whether a numbered prompt asks: a question, a command, or a command word before a colon."""
    if is_question(prompt):
        return True
    match = _TASK_COLON.match(prompt)
    return match is not None and starts_with_imperative(f"{match.group(1)} {prompt[match.end() :]}")
