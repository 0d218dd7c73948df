"""Numbered tasks answered by the code right after them, as exam notes write programming tasks:

    2. Write the program in Python equivalent to the algorithm above.

    ```python
    n = int(input())
    print(sum(map(int, str(n))))
    ```

A top-level ordered list holding one item, a single paragraph of at least eight words ending like a sentence
(`.`, `?`, `!`, never `:`, which introduces the code rather than asks for it), followed at once by a top-level
code fence of at least three lines that is no shell session (`bash`, `console`, `$ …`) and no prose (`text`,
`markdown`: a written answer, the numbered-list rules' own), is a task on the front
and its code on the back, when after the code comes a heading, a rule, another such one-item list or the end
of the document (a paragraph after the code explains it or labels an answer: other rules read that).

A one-item task followed only by an emphasised note in parentheses (`_(did not get to write it)_`,
`*(skipped, no time)*`) is reported unanswered, in a document where another task is answered by its code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import block_card
from .document import STRUCTURAL, Document, block_kinds, free_blocks, lazy_pattern

CONVENTION = "fenced-task"

_MIN_WORDS = 8
_MIN_CODE_LINES = 3
_ITEM = lazy_pattern(r"^\d{1,3}[.)][ \t]+(?P<task>\S.*)$", re.S)
# Fences of prose (`text`, `markdown`) hold written answers, read by the numbered-list rules.
_PROSE_INFO = frozenset({"text", "txt", "plain", "plaintext", "markdown", "md"})
_SHELL_INFO = _PROSE_INFO | frozenset(
    {"bash", "sh", "shell", "console", "zsh", "powershell", "ps", "cmd", "bat", "fish", "terminal"}
)
# `_(not written yet)_`, `*(skipped in the exam)*`: a whole paragraph, emphasised and parenthesised.
_NOTE = lazy_pattern(r"^(?P<e>[*_])\((?:(?!\n\s*\n)[^)])+\)[^\w*_]*(?P=e)$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from one-item numbered tasks answered by the code after them (see the module docstring)."""
    kinds = block_kinds(doc)
    if "ordered_list" not in kinds or "fence" not in kinds:
        return RuleResult()
    free = set(free_blocks(doc, taken))
    blocks = doc.blocks
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    notes: list[tuple[int, str]] = []
    for index in sorted(free):
        task = _task(doc, index)
        if task is None or index + 1 not in free:
            continue
        after = blocks[index + 1]
        if after.kind == "paragraph" and _NOTE.match(doc.block_text(index + 1).strip()) and _ends_task(doc, index + 2):
            notes.append((index, task))
            continue
        if after.kind != "fence" or not _program(doc, index + 1) or not _ends_task(doc, index + 2):
            continue
        answer = doc.text(after.first, after.last).strip()
        block_card(doc, CONVENTION, index, after.last, task, answer, None, (drafts, diagnostics, claims))
    if drafts:
        for index, task in notes:
            block_card(
                doc,
                CONVENTION,
                index,
                blocks[index + 1].last,
                task,
                "",
                "only a note that it was not written",
                (drafts, diagnostics, claims),
            )
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _task(doc: Document, index: int) -> str | None:
    """The task of a top-level ordered list of one item holding one paragraph of at least eight words that
    ends like a sentence, or None."""
    block = doc.blocks[index]
    if block.kind != "ordered_list":
        return None
    kinds = [token.type for token in doc.tokens[block.start + 1 : block.end - 1]]
    if kinds != ["list_item_open", "paragraph_open", "inline", "paragraph_close", "list_item_close"]:
        return None
    match = _ITEM.match(doc.text(block.first, block.last).strip())
    if match is None:
        return None
    task = " ".join(match.group("task").split())
    if len(task.split()) < _MIN_WORDS or not task.endswith((".", "?", "!")):
        return None
    return task


def _program(doc: Document, index: int) -> bool:
    """A fence of at least three lines of code that is no shell session."""
    block = doc.blocks[index]
    token = doc.tokens[block.start]
    info = token.info.strip().split()[0].lower() if token.info.strip() else ""
    if info in _SHELL_INFO:
        return False
    code = [line for line in token.content.splitlines() if line.strip()]
    return len(code) >= _MIN_CODE_LINES and not any(line.lstrip().startswith(("$ ", "> ", "# ")) for line in code[:1])


def _ends_task(doc: Document, index: int) -> bool:
    """Whether block INDEX closes the answer before it: the end, a heading, a rule or the next one-item task."""
    if index >= len(doc.blocks):
        return True
    block = doc.blocks[index]
    return block.kind in STRUCTURAL or block.kind == "hr" or _task(doc, index) is not None
