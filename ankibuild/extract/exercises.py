"""Exercises in HTML containers: textbooks and course pages written in HTML-flavoured Markdown (kramdown,
`markdown="1"`) put each exercise in a `<div>` and its solution in another.

A container (`<div>`, `<section>`, `<aside>` whose tags start their lines) is a **question** when its
attributes name one (`data-type="problem"`, `class="exercise"`, `class="question"`, `id="task-3"`) and holds
no such container itself, and an **answer** when they name a solution or an answer
(`data-type="solution"`, `class="answer"`). A question's answer is the answer container right after it (its
next sibling) or one nested inside it; a wrapper around the pair (`<div data-type="exercise">`) is taken with
them. Front: the question's Markdown without kramdown attribute lines (`{: type="a"}`); a one-letter answer to
a multiple-choice question (`C`) is given with the option it names (`C: genetic factors`). A question
container without an answer is reported as unanswered. Context is the heading path.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .collapsibles import HtmlBox, find_html_boxes, html_box_text
from .document import Document, block_at, lazy_pattern, mark_tails, may_hold
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "html-exercise"

_VALUES = lazy_pattern(r"""\b(?:data-type|class|id|role)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""", re.I)
_ASKS = lazy_pattern(r"(?:^|[\s_-])(?:problems?|questions?|exercises?|tasks?|quiz|practice)(?:$|[\s_\d-])", re.I)
_ANSWERS = lazy_pattern(r"(?:^|[\s_-])(?:solutions?|answers?)(?:$|[\s_\d-])", re.I)
_ATTRIBUTE_LINE = lazy_pattern(r"^\s*(?:\{:[^}]*\}|\^)\s*$")
_LETTER_ANSWER = lazy_pattern(r"^\s*\(?([A-Za-z])[.)]?\s*$")
_OPTION = lazy_pattern(r"^\s{0,3}(?:\d{1,2}|[A-Za-z])[.)]\s+(\S.*)$")


def _role(box: HtmlBox) -> str | None:
    """`question`, `answer`, or None, from the words of its type, class and id."""
    values = " ".join(next(v for v in m.groups() if v is not None) for m in _VALUES.finditer(box.attrs))
    if _ANSWERS.search(values):
        return "answer"
    if _ASKS.search(values):
        return "question"
    return None


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from question/solution containers."""
    if "<" not in doc.source.text or not _may_hold_boxes(doc):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    _visit(doc, taken, find_html_boxes(doc), None, drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


_BOX_NAMES = ("div", "section", "aside")


def _may_hold_boxes(doc: Document) -> bool:
    """False only when no `<` of the document opens a `<div>`, `<section>` or `<aside>` tag in any case (the
    containers `find_html_boxes` reads): looked for in the characters after each `<` (`document.may_hold`
    answers True for those beyond ASCII)."""
    return any(may_hold(tail, _BOX_NAMES) for tail in mark_tails(doc, "<"))


def _visit(
    doc: Document,
    taken: Mapping[int, str],
    boxes: Sequence[HtmlBox],
    parent: HtmlBox | None,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    for n, box in enumerate(boxes):
        if _role(box) != "question" or any(_role(c) == "question" for c in box.children):
            _visit(doc, taken, box.children, box, drafts, diagnostics, claims)
            continue
        if any(line in taken for line in range(box.first, box.last)):
            continue
        nested = next((c for c in box.children if _role(c) == "answer"), None)
        following = boxes[n + 1] if n + 1 < len(boxes) and _role(boxes[n + 1]) == "answer" else None
        answer_box = nested or following
        question = _clean(html_box_text(doc, box, nested.first if nested is not None else None))
        if not question:
            continue
        answer = _clean(html_box_text(doc, answer_box)) if answer_box is not None else ""
        answer = _with_option(question, answer)
        first, last = box.first, (following or box).last
        if parent is not None and len(parent.children) == (2 if following is not None else 1):
            first, last = parent.first, parent.last  # the wrapper of one exercise goes with it
        index = block_at(doc, box.first)
        path = heading_path(doc, index) if index is not None else ()
        reason = empty_reason(answer)
        if reason:
            diagnostics.append(unanswered(doc.loc(box.first), question, reason))
        else:
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(doc.loc(box.first), CONVENTION, question, answer, context, topic_tags(path)))
        claims.update(claim(first, last, "unanswered" if reason else "card"))


def _clean(markdown: str) -> str:
    """Markdown without kramdown attribute lines (`{: type="a"}`) and block-end markers (`^`)."""
    lines = [line for line in markdown.split("\n") if not _ATTRIBUTE_LINE.match(line)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _with_option(question: str, answer: str) -> str:
    """`C` → `C: genetic factors` when the question lists options and the answer is one letter naming one."""
    match = _LETTER_ANSWER.match(answer)
    if match is None:
        return answer
    options = [m.group(1).strip() for m in map(_OPTION.match, question.split("\n")) if m is not None]
    position = ord(match.group(1).lower()) - ord("a")
    return f"{match.group(1)}: {options[position]}" if 0 <= position < len(options) else answer
