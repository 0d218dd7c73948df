"""Notebook drills answered by the output the notebook saved under the cell (Elixir Livebook `.livemd`,
outputs persisted): the question is the prose over a code cell, the answer is what running it printed.

    ### Drill 2

    What does `Enum.sum/1` return for an empty list?

    ```elixir
    Enum.sum([])
    ```

    <!-- livebook:{"output":true} -->

    ```
    0
    ```

    Zero: the sum of nothing.

1. **A question** is the run of paragraphs right over a code cell (up to the heading, cell, rule or notebook
   mark above it), the last of them ending with a question mark. A heading over it is only its label; a
   cell with no prose over it (the `Mix.install` setup cell) or prose that does not ask is no item.
2. **The answer** is the cell, the output saved under it (a fence after the `<!-- livebook:{"output":true}
   -->` mark, the mark left off) and the prose after the output, up to the next heading, rule, notebook mark
   or question. A cell with no saved output (never run), or whose code is only a note to self (`# TODO: …`),
   is `unanswered`.
3. Read where two questions or more are answered so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import placeholder_reason, unanswered
from .document import Document, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "saved-output"

_OUTPUT_MARK = re.compile(r"^[ \t]*<!--[ \t]*livebook:[ \t]*\{[ \t]*\"output\"[ \t]*:[ \t]*true[ \t]*\}[ \t]*-->[ \t]*$")
_NOTEBOOK_MARK = re.compile(r"^[ \t]*<!--[ \t]*livebook:")
_ASKS = re.compile(r"[?？][*_)]*$")
_MIN_ANSWERED = 2
# `Drill 3`, `Exercise 2b`, `Übung 4.`: a heading that only numbers the item under it.
_LABEL = re.compile(r"^\W*[^\W\d_]+\.?[ \t]*\d{1,3}[a-z]?\W*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from prose questions over code cells, answered by the cells' saved outputs."""
    if not text_holds(doc, '"output":true') and not text_holds(doc, '"output": true'):
        return RuleResult()  # no saved output: nearly every document
    blocks = doc.blocks
    outputs = {n + 1 for n in range(len(blocks) - 1) if _is_mark(doc, n, _OUTPUT_MARK) and blocks[n + 1].kind == "fence"}
    items: list[tuple[list[int], int, list[int], str | None]] = []  # prompt, cell, answer blocks, reason
    for n, block in enumerate(blocks):
        if block.kind != "fence" or n in outputs or not is_free(doc, taken, n):
            continue
        prompt = _prompt(doc, taken, n)
        if not prompt or not _ASKS.search(doc.block_text(prompt[-1]).strip()):
            continue
        rest, answered = _answer(doc, taken, n + 1, outputs)
        reason = placeholder_reason(doc.block_text(n)) or (None if answered else "no answer")
        items.append((prompt, n, rest, reason))
    if sum(1 for *_, reason in items if reason is None) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for prompt, cell, rest, reason in items:
        question = "\n\n".join(doc.block_text(i).strip() for i in prompt)
        loc = doc.loc(blocks[prompt[0]].first)
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(claim(blocks[prompt[0]].first, blocks[cell].last, "unanswered"))
            continue
        answer = "\n\n".join(doc.block_text(i).strip() for i in [cell, *rest] if not _is_mark(doc, i, _NOTEBOOK_MARK))
        path = _without_label(doc, prompt[0], heading_path(doc, prompt[0]))
        drafts.append(CardDraft(loc, CONVENTION, question, answer, tuple(clean_heading(p) for p in path), topic_tags(path)))
        claims.update(claim(blocks[prompt[0]].first, blocks[rest[-1] if rest else cell].last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _without_label(doc: Document, first: int, path: tuple[str, ...]) -> tuple[str, ...]:
    """PATH without the heading right over the item when that heading only numbers it (`### Drill 3`)."""
    if first > 0 and doc.blocks[first - 1].kind == "heading" and path and _LABEL.match(path[-1]):
        return path[:-1]
    return path


def _is_mark(doc: Document, n: int, mark: re.Pattern[str]) -> bool:
    """True when block `n` is a notebook mark matching MARK (an HTML comment alone)."""
    return doc.blocks[n].kind == "html_block" and bool(mark.match(doc.block_text(n).strip()))


def _prompt(doc: Document, taken: Mapping[int, str], cell: int) -> list[int]:
    """The free paragraphs right over block `cell`, in order."""
    prompt: list[int] = []
    n = cell - 1
    while n >= 0 and doc.blocks[n].kind == "paragraph" and is_free(doc, taken, n):
        prompt.insert(0, n)
        n -= 1
    return prompt


def _answer(doc: Document, taken: Mapping[int, str], start: int, outputs: set[int]) -> tuple[list[int], bool]:
    """The blocks after a cell that answer it (output marks, outputs, the prose after them), and whether a
    saved output is among them."""
    blocks = doc.blocks
    rest: list[int] = []
    n = start
    while n + 1 in outputs and is_free(doc, taken, n) and is_free(doc, taken, n + 1):
        rest += [n, n + 1]  # the mark and the output under it
        n += 2
    if not rest:
        return [], False
    while n < len(blocks) and blocks[n].kind not in ("heading", "hr", "fence", "html_block") and is_free(doc, taken, n):
        if blocks[n].kind == "paragraph" and n + 1 < len(blocks) and blocks[n + 1].kind == "fence" and n + 1 not in outputs:
            break  # the prose over the next cell: its question
        rest.append(n)
        n += 1
    return rest, True
