"""Obsidian comments as answers: a question followed by a `%% … %%` comment, which Obsidian hides in its
reading view, so that the page quizzes and the source answers.

    - Welche Schicht der Sonne ist sichtbar? %% Die Photosphäre %%

    ¿Qué mide el índice de masa corporal?
    %%
    El peso en relación con la altura: kg/m².
    %%

1. **Inline.** A list item or a paragraph line that asks (`?`, a command word) right before a comment on
   the same line: the text before the comment is the front, the comment's text the back.
2. **Block.** A paragraph that asks, the comment opening on the line right under it (in the same paragraph
   or the next one) and closing on a later line (`%%` alone, or after the last line of the answer): the
   paragraph is the front, the lines between the marks the back.
3. Read where two questions or more are answered so. An empty comment (`%% %%`) or a placeholder in it
   (`%% TODO re-read 14.3 %%`) leaves its question `unanswered`. A comment after text that does not ask
   (`Moving on. %% move this to the daily note %%`) or alone in an item is a note to self: left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .answers import block_card, empty_reason
from .document import Document, dedent, list_items, text_holds
from .questions import clean_question, ends_with_question_mark, is_question

CONVENTION = "obsidian-comment"

_MIN_ANSWERED = 2
# `What is X? %% answer %%`: the text before an inline comment, the comment's text.
_INLINE = re.compile(r"^(?P<q>[^\n]*?\S)[ \t]*%%(?P<a>[^\n]*?)%%[ \t]*$")
_LIST_MARK = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from questions answered in the Obsidian comment after them."""
    if not text_holds(doc, "%%"):
        return RuleResult()  # no Obsidian comment: nearly every document
    # (block, (line, last line, question, answer)), in document order
    found: list[tuple[int, tuple[int, int, str, str]]] = []
    blocks = doc.blocks
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if not is_free(doc, taken, index):
            index += 1
            continue
        if block.kind in ("bullet_list", "ordered_list"):
            found.extend((index, entry) for entry in _items(doc, index))
        elif block.kind == "paragraph":
            entry, used = _block_comment(doc, taken, index)
            if entry is not None:
                found.append((index, entry))
                index += used
                continue
            found.extend((index, entry) for entry in _inline_lines(doc, index))
        index += 1
    if sum(1 for _, (*_, answer) in found if empty_reason(answer) is None) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for at, (first, last, question, answer) in found:
        block_card(doc, CONVENTION, at, last, question, answer, empty_reason(answer), (drafts, diagnostics, claims), at=first)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _front(text: str) -> str | None:
    """The question a text before a comment asks, or None when it does not ask."""
    text = " ".join(text.split())
    if not text or not _asks(text):
        return None
    question, _ = clean_question(text)
    return question or None


def _items(doc: Document, index: int) -> list[tuple[int, int, str, str]]:
    """The top-level items of a list that ask before an inline comment on their line."""
    entries: list[tuple[int, int, str, str]] = []
    for first, last in list_items(doc, doc.blocks[index]):
        if last != first + 1:
            continue  # an item over several lines: notes, not a question and its comment
        match = _INLINE.match(_LIST_MARK.sub("", doc.lines[first], count=1))
        question = _front(match.group("q")) if match else None
        if match is not None and question is not None:
            entries.append((first, last, question, match.group("a").strip()))
    return entries


def _inline_lines(doc: Document, index: int) -> list[tuple[int, int, str, str]]:
    """The lines of a paragraph that ask before an inline comment."""
    block = doc.blocks[index]
    entries: list[tuple[int, int, str, str]] = []
    for n in range(block.first, block.last):
        match = _INLINE.match(doc.lines[n])
        question = _front(match.group("q")) if match else None
        if match is not None and question is not None:
            entries.append((n, n + 1, question, match.group("a").strip()))
    return entries


def _block_comment(doc: Document, taken: Mapping[int, str], index: int) -> tuple[tuple[int, int, str, str] | None, int]:
    """A paragraph that asks over a comment on the lines under it (in it or in the next paragraphs), as an
    entry, and how many blocks it spans."""
    block = doc.blocks[index]
    lines = doc.lines[block.first : block.last]
    opening = next((n for n, line in enumerate(lines) if line.lstrip().startswith("%%")), None)
    if opening == 0 or "%%" in "".join(lines[: opening if opening is not None else len(lines)]):
        return None, 1
    question = _front("\n".join(lines[:opening]))
    if question is None:
        return None, 1
    span = 1
    if opening is None:  # the comment opens the next paragraph
        if index + 1 >= len(doc.blocks) or doc.blocks[index + 1].kind != "paragraph":
            return None, 1
        if not doc.lines[doc.blocks[index + 1].first].lstrip().startswith("%%"):
            return None, 1
        span, start = 2, doc.blocks[index + 1].first
    else:
        start = block.first + opening
    body = doc.lines[start:]
    head = body[0].lstrip()[2:]
    if "%%" in head:
        return None, 1  # a one-line comment under the question: read inline or not at all
    rest: list[str] = [head] if head.strip() else []
    for n, line in enumerate(body[1:], start=start + 1):
        if "%%" in line:
            before, _, after = line.partition("%%")
            if after.strip():
                return None, 1
            if before.strip():
                rest.append(before)
            last = n + 1
            while index + span < len(doc.blocks) and doc.blocks[index + span].first < last:
                if not is_free(doc, taken, index + span):
                    return None, 1
                span += 1
            answer = dedent(rest).strip()
            return (block.first, last, question, answer), span
        rest.append(line)
    return None, 1


def _asks(text: str) -> bool:
    """A text that asks (`?`, a command word) or ends with its script's question mark (`？`, `؟`)."""
    return is_question(text) or ends_with_question_mark(text)
