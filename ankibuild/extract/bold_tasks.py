"""Bold tasks: an exam's lettered tasks as whole-bold paragraphs, each answered by a labelled solution or a code
block under it.

    **a) Name two advantages of an agile process model. (4 P.)**

    Suggested answer:
    - quick reaction to changed requirements

    **b) Write an SQL query that lists every article with less than 10 in stock. (5 P.)**

    ```sql
    SELECT * FROM Artikel WHERE Bestand < 10;
    ```

1. **A task** is a free paragraph that is bold from end to end and opens, inside the bold, with a task letter
   or number (`a)`, `(b)`, `3)`); it need not ask with a `?` (exam tasks order: `Nennen Sie …`, `Describe …`),
   but it carries its points at its end (`(4 P.)`, `(6 Punkte)`, `[3 marks]`) or asks (`questions.is_question`).
   A document needs two such tasks.
2. **The answer** opens with the next block, HTML comments aside: a paragraph that opens with a solution or
   answer label (`Lösungsvorschlag:`, `**Musterlösung:**`, `Solution:`, `Answer:`; `questions.SOLUTION_LABEL`,
   `questions.ANSWER_LABEL`), the label left off, or a code block or display formula; it runs to the next task,
   heading or rule. The front is the task without its letter and points.
3. **Unanswered**: a task followed by nothing up to the next task, heading or rule, or only by HTML comments
   (with a note after them), or whose labelled answer is a placeholder (`Solution: see the photo, not typed up
   yet`). A task followed by anything else is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, lazy_pattern, may_open_a_line_with
from .outline import clean_heading, heading_path, topic_tags
from .questions import ANSWER_LABEL, SOLUTION_LABEL, clean_question, is_question

CONVENTION = "bold-task"

_OPENING = re.compile(r"^(?:\*\*|__)[ \t]*\(?(?:[a-z]|\d{1,2})\)", re.M)
# `**a) Nennen Sie … (4 P.)**`: a whole-bold paragraph opening with a task letter or number.
_TASK = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__)[ \t]*\(?(?:[a-z]|\d{1,2})\)[ \t]+(?P<task>(?:(?!(?P=b)).)+?)[ \t]*(?P=b)[ \t]*$",
    re.S,
)
_POINTS = lazy_pattern(
    r"[ \t]*[(\[][ \t]*\d{1,3}(?:[.,]\d)?[ \t]*(?:p\.?|pkt\.?|punkte?|pts?\.?|points?|marks?|be|puntos?|pontos?|punti|"
    r"punte|bodů|pkt|pisteet|p\.)[ \t]*[)\]]\.?$",
    re.I,
)
_COMMENT = lazy_pattern(r"^\s*(?:<!--.*?-->\s*)+$", re.S)
_ANSWER_KINDS = frozenset({"fence", "code_block", "math_block"})
_ENDS = frozenset({"heading", "hr"})
_MIN_TASKS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from whole-bold lettered tasks and the labelled solutions or code under them."""
    if not may_open_a_line_with(doc, _OPENING):
        return RuleResult()  # no line opens with a bold task letter: nearly every document
    tasks = [(index, task) for index in range(len(doc.blocks)) if (task := _task(doc, taken, index)) is not None]
    if len(tasks) < _MIN_TASKS:
        return RuleResult()
    starts = {index for index, _ in tasks}
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, question in tasks:
        block = doc.blocks[index]
        end = index + 1
        while end < len(doc.blocks) and end not in starts and doc.blocks[end].kind not in _ENDS:
            end += 1
        body = [i for i in range(index + 1, end) if not any(n in taken for n in range(doc.blocks[i].first, doc.blocks[i].last))]
        if len(body) != end - index - 1:
            continue  # another rule took part of what follows
        comments = [i for i in body if _is_comment(doc, i)]
        rest = [i for i in body if i not in comments]
        answer: str | None = None
        if rest and (label := _label_end(doc, rest[0])) is not None:
            first = doc.blocks[rest[0]]
            head = doc.text(first.first, first.last)[label:]
            parts = [head, *(doc.block_text(i) for i in rest[1:])]
            answer = "\n\n".join(part.strip("\n") for part in parts if part.strip()).strip()
        elif rest and doc.blocks[rest[0]].kind in _ANSWER_KINDS:
            answer = "\n\n".join(doc.block_text(i).strip("\n") for i in rest).strip()
        elif rest and not comments:
            continue  # a task followed by something else: not this convention's
        loc = doc.loc(block.first)
        reason = empty_reason(answer) if answer and answer.strip() else "no answer"
        path = heading_path(doc, index)
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(claim(block.first, block.last, "unanswered"))
            for i in comments if answer is None else body:
                claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "unanswered"))
            continue
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, CONVENTION, question, answer or "", context, topic_tags(path)))
        claims.update(claim(block.first, doc.blocks[end - 1].last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _task(doc: Document, taken: Mapping[int, str], index: int) -> str | None:
    """The question of a free whole-bold task paragraph, without its letter and points, or None."""
    block = doc.blocks[index]
    if block.kind != "paragraph" or not doc.lines[block.first].lstrip().startswith(("**", "__")):
        return None
    if any(n in taken for n in range(block.first, block.last)):
        return None
    match = _TASK.match(doc.block_text(index))
    if match is None:
        return None
    text = " ".join(match["task"].split())
    bare = _POINTS.sub("", text).strip()
    if bare == text and not is_question(text):
        return None
    question, _ = clean_question(bare)
    return question or None


def _is_comment(doc: Document, index: int) -> bool:
    """True for a block that is only HTML comments."""
    return doc.blocks[index].kind == "html_block" and _COMMENT.match(doc.block_text(index)) is not None


def _label_end(doc: Document, index: int) -> int | None:
    """Where the solution or answer label opening paragraph `index` ends, or None."""
    if doc.blocks[index].kind != "paragraph":
        return None
    text = doc.block_text(index)
    match = SOLUTION_LABEL.match(text) or ANSWER_LABEL.match(text)
    return match.end() if match else None
