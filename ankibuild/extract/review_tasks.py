"""Review queues kept as task lists (the Obsidian Tasks plugin): each question is a task item, answered by
the list nested under it, the plugin's metadata after it on the line.

    - [ ] What does ACID stand for? #review 🔁 every week 📅 2024-06-04
        - Atomicity, Consistency, Isolation, Durability.
    - [x] Why hash passwords? #review 🔁 every week ✅ 2024-05-28
        - A leaked table then gives no password away.
    - [ ] Book the exam ⏫ 📅 2024-06-05

1. **A question** is a task item (`- [ ]`, `- [x]`) carrying metadata (`#tags`, the Tasks plugin's fields
   opened by their emoji: `🔁 every week`, `📅 2024-06-04`, `✅ …`, `⏫`; Dataview's `[due:: …]`) whose text
   up to the metadata ends with a question mark; the metadata is no part of the front. (A task list of
   questions without metadata is a question list that `numbered` reads.)
2. **The answer** is the list nested in the item (not itself a list of tasks). Nothing nested, or only a
   placeholder (`???`, `??? — still to do`, `TODO`), is `unanswered`.
3. Other task items (to-dos that do not ask) are left alone. Read where two questions or more are answered so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, placeholder_reason, unanswered
from .document import Document, block_kinds, list_items, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "review-task"

_TASK = re.compile(r"^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]+(?P<text>\S.*)$")
# Where the metadata starts: a `#tag`, a Tasks field's emoji (due, scheduled, start, created, done, cancelled,
# recurrence, priorities, id, depends on), or a Dataview inline field `[due:: …]`.
_METADATA = re.compile(
    r"[ \t]+(?:#[^\W\d_][\w/-]*|[\U0001F4C5\u23F3\U0001F6EB\u2795\u2705\u274C\U0001F501\u23EB\U0001F53C\U0001F53D"
    r"\U0001F53A\u23EC\U0001F194\u26D4\U0001F3C1]|\[[\w-]+::)"
)
_ASKS = re.compile(r"[?？][*_]*$")
_TASK_CHILD = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[ xX]\]")
_BULLET = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from task items that ask, answered by the list nested under them."""
    if "bullet_list" not in block_kinds(doc) or not (
        text_holds(doc, "[ ] ") or text_holds(doc, "[x] ") or text_holds(doc, "[X] ")
    ):
        return RuleResult()  # no task item: nearly every document
    found: list[tuple[int, int, int, str, str]] = []  # block, first line, end line, question, answer
    for n, block in enumerate(doc.blocks):
        if block.kind != "bullet_list" or not is_free(doc, taken, n):
            continue
        for first, last in list_items(doc, block):
            task = _TASK.match(doc.lines[first])
            if task is None:
                continue
            question = _question(task.group("text"))
            if question is None:
                continue
            found.append((n, first, last, question, _nested(doc, first + 1, last)))
    if sum(1 for *_, answer in found if _answer_reason(answer) is None) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for n, first, last, question, answer in found:
        loc = doc.loc(first)
        reason = _answer_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(claim(first, last, "unanswered"))
            continue
        path = heading_path(doc, n)
        drafts.append(CardDraft(loc, CONVENTION, question, answer, tuple(clean_heading(p) for p in path), topic_tags(path)))
        claims.update(claim(first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _question(text: str) -> str | None:
    """The question of a task item's text, its metadata dropped, or None when it does not ask or carries no
    metadata."""
    metadata = _METADATA.search(text)
    if metadata is None:
        return None  # a plain task list of questions is the `numbered` rule's question list
    head = text[: metadata.start()].strip()
    return head if _ASKS.search(head) else None


def _nested(doc: Document, first: int, last: int) -> str:
    """The list nested in an item (its lines `first` to `last`), dedented; "" when it is none or a task list."""
    lines = doc.lines[first:last]
    filled = [line for line in lines if line.strip()]
    if not filled or not _BULLET.match(filled[0]) or any(_TASK_CHILD.match(line) for line in filled):
        return ""
    indent = min(len(line) - len(line.lstrip()) for line in filled)
    return "\n".join(line[indent:] for line in lines).strip()


def _answer_reason(answer: str) -> str | None:
    """Why a nested list does not answer (`no answer`, `placeholder`), or None when it does."""
    if not answer:
        return "no answer"
    items = [_BULLET.sub("", line) for line in answer.splitlines() if line.strip()]
    if len(items) == 1 and placeholder_reason(items[0]) is not None:
        return "placeholder"
    return empty_reason(answer)
