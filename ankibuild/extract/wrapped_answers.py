"""Questions answered on their own line by an inline wrapper that the page shows apart from the question:
small print, or a note the knitr handout sets in the margin.

    1. What is a gene? <small>A DNA base sequence coding for a polypeptide.</small>
    2. What is a locus? <small>TODO</small>

    **1.1.** What is a p-value?`r margin_note("The chance, under H0, of a result at least as extreme.")`

1. **An item** is a one-line list item, or a one-line paragraph opening with a bold item number (`**1.1.**`,
   dropped: a paragraph of prose ending in a note is none), whose line ends with a wrapper after the
   question's text: `<small>…</small>` (HTML small print), or an inline R call of a margin or side note,
   `` `r margin_note("…")` `` (`tufte::margin_note`, `sidenote`; the string's R escapes undone,
   `\\\\beta` → `\\beta`). The text before the wrapper is the front, the wrapper's text the back.
2. **The page's convention**: two items at least, one answered, half of them at least asking
   (questions.is_question); then every such item is a question, an imperative one too (`Write the formula
   for …`). Titles with small print after them (a reading list's years) are left alone.
3. **Unanswered**: a wrapper that is empty, holds a note to self (`TODO`: answers.empty_reason) or is
   opened and never closed (`<small>` at the line's end).

An item with lines under it (a nested list, a continuation) is the other rules': its small print is an
annotation of a question answered below.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question

CONVENTION = "wrapped-answer"

# `<small>…</small>` ending the line, or `<small>` left open at its end.
_SMALL = re.compile(r"[ \t]*<small>(?P<body>(?:(?!</?small>).)*?)(?P<close></small>)?[ \t]*$")
# `` `r margin_note("…")` ``, `` `r tufte::margin_note('…')` ``: an inline R call setting a string in the margin.
_MARGIN_NOTE = re.compile(
    r"[ \t]*`r[ \t]+(?:\w+::)?(?:margin_?note|side_?note)\([ \t]*"
    r"(?P<body>\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*')[ \t]*\)[ \t]*`[ \t]*$"
)
# A list item's marker, or a paragraph's opening bold item number (`**1.1.**`, `__3)__`).
_LIST_MARK = re.compile(r"^[ \t]{0,3}(?:\d{1,3}[.)]|[-*+])[ \t]+")
_BOLD_NUMBER = re.compile(r"^[ \t]{0,3}(?:\*\*|__)\d{1,3}(?:\.\d{1,3})*[.):]?(?:\*\*|__)[ \t]*")
_R_ESCAPE = re.compile(r"\\(.)")
_MIN_ITEMS = 2


def _may_hold_wrappers(doc: Document) -> bool:
    """The cheap test: the text holds small print or an inline R note call."""
    return text_holds(doc, "<small>") or text_holds(doc, "note(")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from one-line items answered by small print or a margin note at their end."""
    if not _may_hold_wrappers(doc):
        return RuleResult()
    items = [
        (block, item)
        for line, block in _item_lines(doc, taken)
        if (item := _item(doc.lines[line], line, doc.blocks[block].kind != "paragraph")) is not None
    ]
    if (
        len(items) < _MIN_ITEMS
        or not any(answer is not None and empty_reason(answer) is None for _, (_, _, answer) in items)
        or 2 * sum(is_question(question) for _, (_, question, _) in items) < len(items)
    ):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for block, (line, question, answer) in items:
        loc = doc.loc(line)
        reason = "no answer" if answer is None else empty_reason(answer)
        if answer is None or reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            claims.update(claim(line, line + 1, "unanswered"))
            continue
        path = heading_path(doc, block)
        drafts.append(CardDraft(loc, CONVENTION, question, answer, tuple(clean_heading(p) for p in path), topic_tags(path)))
        claims.update(claim(line, line + 1, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _item_lines(doc: Document, taken: Mapping[int, str]) -> list[tuple[int, int]]:
    """(line, block) of the free one-line list items and one-line paragraphs, in order."""
    lines: list[tuple[int, int]] = []
    tokens = doc.tokens
    for n, block in enumerate(doc.blocks):
        if not is_free(doc, taken, n):
            continue
        if block.kind == "paragraph":
            if _one_line(doc, block.first, block.last):
                lines.append((block.first, n))
        elif block.kind in ("bullet_list", "ordered_list"):
            level = tokens[block.start].level + 1
            for token in tokens[block.start : block.end]:
                if token.type == "list_item_open" and token.level == level and token.map:
                    first, last = token.map
                    if _one_line(doc, first, last) and first not in taken:
                        lines.append((first, n))
    return lines


def _one_line(doc: Document, first: int, last: int) -> bool:
    """True when the lines FIRST to LAST (exclusive) hold text on the first only."""
    return all(not doc.lines[i].strip() for i in range(first + 1, min(last, len(doc.lines))))


def _item(line: str, index: int, listed: bool) -> tuple[int, str, str | None] | None:
    """(line, question, answer) of a line ending with a wrapper; the answer is None for small print left open."""
    if "<" not in line and "`r" not in line:
        return None
    match = _SMALL.search(line) if "<small>" in line else None
    if match is not None:
        answer: str | None = match.group("body").strip() if match.group("close") else None
    else:
        match = _MARGIN_NOTE.search(line)
        if match is None:
            return None
        answer = _R_ESCAPE.sub(r"\1", match.group("body")[1:-1]).strip()
    head = line[: match.start()]
    opening = _LIST_MARK.match(head) if listed else _BOLD_NUMBER.match(head)
    if opening is None:
        return None  # a paragraph of prose ending in a note: no item
    text = head[opening.end() :]
    question, _ = clean_question(text)
    if not question or question.endswith(">"):
        return None
    return index, question, answer
