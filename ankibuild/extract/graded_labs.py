"""Autograded lab assignments (otter-grader, ottr): bold-labelled questions answered by the student's code
or prose, with the grader's markup around them.

    **Question 1a.** Compute the mean of `x` and store it in `m`.

    ```{r}
    m <- mean(x)
    ```

    ```{r}
    . = ottr::check("tests/q1a.R")
    ```

    <!-- BEGIN QUESTION -->

    **Question 1b (manual).** Why is the median more robust than the mean?

    One outlier moves the mean but barely the median.

    <!-- END QUESTION -->

1. **The page** is a graded assignment: it holds the grader's marks, a check call (`ottr::check("…")`,
   `grader.check("q1a")`) or the `<!-- BEGIN QUESTION -->` comment that fences a written answer.
2. **A question** is a free paragraph opening with a bold label that numbers it (`**Question 1a.**`,
   `**Otázka 2 (manual):**`: a word or two, a number with a letter or not, a parenthesised note), the same
   first word for all; two questions or more. The paragraph without its label is the front.
3. **The answer** is the blocks after it, up to the next question, heading, rule or fence comment (`<!-- END
   QUESTION -->`): the student's code and prose, without the chunks that only run the checks. Nothing there,
   a code cell whose comment marks the code still to write (`out <- NULL # YOUR CODE HERE`) or the answer
   template left in place (`_Type your answer here, replacing this text._`) is `unanswered`.
4. **Question 0** (`**Question 0 (Collaborators):**`) is the assignment's instruction, not a question: it and
   what follows it are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import code_left_to_fill, empty_reason, unanswered
from .document import Document, lazy_pattern, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "graded-lab"

# `**Question 1a.**`, `**Question 2c (manual).**`, `**Q3:**`: a bold label that numbers the question.
_LABEL = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__)(?P<word>[^\W\d_][\w'’-]*)(?:[ \t]+[^\W\d_][\w'’-]*)?[ \t]*(?P<number>\d{1,3})[a-z]?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[.:]?[ \t]*(?P=b)[ \t]*[.:]?[ \t]+"
)
# A chunk that only runs the grader's checks: `. = ottr::check("tests/q1a.R")`, `grader.check("q1a")`.
_CHECK_CHUNK = lazy_pattern(
    r"^[ \t]*(?:`{3,}|~{3,})[^\n]*\n(?:[ \t]*(?:[.\w]+[ \t]*(?:=|<-)[ \t]*)?[\w.:]*check(?:_all)?\([^\n]*\)[ \t]*\n)+[ \t]*(?:`{3,}|~{3,})[ \t]*$"
)
_FENCE_COMMENT = lazy_pattern(r"^[ \t]*<!--[ \t]*(?:BEGIN|END)[ \t]+[A-Z]+[^\n]*-->[ \t]*$")
_COMMENT = lazy_pattern(r"^\s*(?:<!--.*?-->\s*)+$", re.S)
# A code line ending with a comment that marks the code still to write: `out <- NULL # YOUR CODE HERE`.
_CODE_TO_WRITE = lazy_pattern(r"\S[ \t]*(?:#+|//+)[ \t]*(?:your|the)[ \t]+(?:code|solution|answer)[ \t]+here[ \t]*$", re.I | re.M)
# The answer template a written question hands out: `_Type your answer here, replacing this text._`.
_TEMPLATE = lazy_pattern(r"^[\W_]*(?:type|write|enter|put)[ \t]+your[ \t]+(?:answer|solution|response)[ \t]+here\b[^\n]*$", re.I)
_ENDS = frozenset({"heading", "hr"})
_MIN_QUESTIONS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from a graded lab's labelled questions and the answers written under them."""
    if not (text_holds(doc, "check(") or text_holds(doc, "BEGIN QUESTION")):
        return RuleResult()  # no grader's mark: nearly every document
    labels: dict[int, re.Match[str]] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind == "paragraph" and is_free(doc, taken, index):
            match = _LABEL.match(doc.lines[block.first])
            if match is not None:
                labels[index] = match
    words = [match["word"].casefold() for match in labels.values()]
    common = max(set(words), key=words.count) if words else ""
    labels = {index: match for index, match in labels.items() if match["word"].casefold() == common}
    if len(labels) < _MIN_QUESTIONS or not any(_is_grader_mark(doc, i) for i in range(len(doc.blocks))):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, match in labels.items():
        block = doc.blocks[index]
        end = index + 1
        while end < len(doc.blocks) and end not in labels and doc.blocks[end].kind not in _ENDS:
            if _is_fence_comment(doc, end):
                break
            end += 1
        body = list(range(index + 1, end))
        if not all(is_free(doc, taken, i) for i in body):
            continue  # another rule took part of what follows
        last = doc.blocks[end - 1].last
        if int(match["number"]) == 0:
            claims.update(claim(block.first, last, "skip:instruction"))
            continue
        question = " ".join(doc.block_text(index)[match.end() :].split())
        if not question:
            continue
        kept = [i for i in body if not _is_grader_mark(doc, i) and not _COMMENT.match(doc.block_text(i))]
        answer = "\n\n".join(doc.block_text(i).strip("\n") for i in kept).strip()
        loc = doc.loc(block.first)
        path = heading_path(doc, index)
        reason = _empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(claim(block.first, last, "unanswered"))
            continue
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, CONVENTION, question, answer, context, topic_tags(path)))
        claims.update(claim(block.first, last, "card"))
    for index in range(len(doc.blocks)):
        if _is_fence_comment(doc, index) and is_free(doc, taken, index):
            claims.update(claim(doc.blocks[index].first, doc.blocks[index].last, "skip:markup"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _is_grader_mark(doc: Document, index: int) -> bool:
    """True for a chunk that only runs checks, or a comment fencing a written answer."""
    kind = doc.blocks[index].kind
    if kind == "fence":
        return _CHECK_CHUNK.match(doc.block_text(index).strip("\n")) is not None
    return _is_fence_comment(doc, index)


def _is_fence_comment(doc: Document, index: int) -> bool:
    """True for `<!-- BEGIN QUESTION -->`, `<!-- END QUESTION -->` and the grader's other fence comments."""
    block = doc.blocks[index]
    return block.kind == "html_block" and _FENCE_COMMENT.match(doc.block_text(index).strip()) is not None


def _empty_reason(answer: str) -> str | None:
    """Why the blocks under a question answer nothing, or None."""
    if not answer:
        return "no answer"
    if _TEMPLATE.match(answer.strip()) or code_left_to_fill(answer) is not None:
        return "placeholder"
    if ("```" in answer or "~~~" in answer) and _CODE_TO_WRITE.search(answer):
        return "placeholder"
    return empty_reason(answer)
