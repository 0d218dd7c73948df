"""Self-tests written with the webexercises R package (R Markdown or Quarto): answer widgets as inline R.

    1. What is the median of 2, 4, 9? `r fitb(4)`
    2. Which of these is a measure of spread? `r mcq(c("mode", answer = "range"))`
    3. True or false: a mean can be negative. `r torf(TRUE)`

    **Q4.** Why divide by $n - 1$?

    `r hide("Solution")`

    Because the mean was estimated from the same data.

    `r unhide()`

A line (a list item, a paragraph) holding an inline widget call, `fitb(…)`, `mcq(…)`, `longmcq(…)` or
`torf(…)`, asks its text without the call (numbering and a bold label dropped); the back is what the call
marks right: the first answer of `fitb` (the others are accepted spellings of it), the options named
`answer = …` of `mcq`, `True` / `False` for `torf`. A paragraph followed by a `hide(…)` … `unhide()` pair
(each the only content of its paragraph) asks, and what lies between them (prose, code) is the back. An
empty or placeholder solution is `unanswered`, and so is a paragraph opening with a bold label shaped like
those of the answered paragraphs (`**C3.**` beside `**C1.**`) that has neither widget nor solution (the
quote under it, a remark, goes with it). The headings over the items are their context. Read where two
items or more are answered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, free_blocks, list_items, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question

CONVENTION = "web-exercise"

_WIDGET = re.compile(r"`r [ \t]*(?P<name>fitb|mcq|longmcq|torf)[ \t]*\((?P<args>.*)\)[ \t]*`")
_HIDE = re.compile(r"^`r [ \t]*hide\((?:[ \t]*(?:\"[^\"]*\"|'[^']*'))?[ \t]*\)[ \t]*`$")
_UNHIDE = re.compile(r"^`r [ \t]*unhide\([ \t]*\)[ \t]*`$")
_LIST_MARK = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+")
_LABEL = re.compile(r"^(?:\*\*|__)[ \t]*(?P<shape>[^\W\d_]*)\d+[a-z]?[.):]?[ \t]*(?:\*\*|__)")
_ASKING_KINDS = ("paragraph", "ordered_list", "bullet_list")
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from webexercises widgets and solution blocks (see the module docstring)."""
    if not text_holds(doc, "`r "):
        return RuleResult()  # no inline R: nearly every document
    blocks = doc.blocks
    lines = doc.lines
    free = free_blocks(doc, taken)
    items: list[tuple[int, int, int, str, str]] = []  # (line, last line, block, front, back)
    hidden: set[int] = set()
    labelled: list[tuple[int, int, str]] = []  # unanswered candidates: (block, last line, label shape)
    for n, index in enumerate(free):
        block = blocks[index]
        if index in hidden or block.kind not in _ASKING_KINDS:
            continue
        if block.kind == "paragraph":
            text = "\n".join(lines[block.first : block.last]).strip()
            if _HIDE.match(text) or _UNHIDE.match(text):
                continue
            spans = [(block.first, block.last)]
        else:
            spans = list(list_items(doc, block))
        widgets = False
        for first, last in spans:
            text = "\n".join(lines[first:last])
            widget = _WIDGET.search(text)
            if widget:
                widgets = True
                front = _front(text[: widget.start()] + text[widget.end() :])
                items.append((first, last, index, front, _widget_answer(widget.group("name"), widget.group("args"))))
        if widgets or block.kind != "paragraph":
            continue
        solution = _solution(doc, free, n)
        if solution is not None:
            end, body = solution
            hidden.update(i for i in free[n + 1 :] if blocks[i].first < end)
            items.append((block.first, end, index, _front(text), body))
        elif label := _LABEL.match(text):
            labelled.append((index, block.last, label.group("shape")))
    answered = [item for item in items if empty_reason(item[4]) is None]
    if len(answered) < _MIN_ANSWERED:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    shapes = set()
    for first, last, index, front, back in items:
        path = heading_path(doc, index)
        if label := _LABEL.match(lines[first]):
            shapes.add(label.group("shape"))
        reason = empty_reason(back)
        if reason is not None or not front:
            diagnostics.append(unanswered(doc.loc(first), front, reason))
            claims.update(claim(first, last, "unanswered"))
            continue
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(doc.loc(first), CONVENTION, front, back, context, topic_tags(path)))
        claims.update(claim(first, last, "card"))
    for index, last, shape in labelled:
        if shape not in shapes:
            continue
        if index + 1 < len(blocks) and blocks[index + 1].kind == "blockquote" and index + 1 in free:
            last = blocks[index + 1].last  # the remark under the question
        first = blocks[index].first
        diagnostics.append(unanswered(doc.loc(first), _front("\n".join(lines[first : blocks[index].last])), None))
        claims.update(claim(first, last, "unanswered"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _front(text: str) -> str:
    """The question: list mark, label and numbering dropped, on one line."""
    text = " ".join(_LIST_MARK.sub("", text.strip()).split())
    if label := _LABEL.match(text):
        text = text[label.end() :]
    return clean_question(text)[0].strip()


def _solution(doc: Document, free: tuple[int, ...], n: int) -> tuple[int, str] | None:
    """When the paragraph `free[n]` is followed by a `hide()` paragraph: the line after the `unhide()`
    paragraph, and the Markdown between the two."""
    blocks = doc.blocks
    if n + 1 >= len(free) or free[n + 1] != free[n] + 1:
        return None
    opener = blocks[free[n + 1]]
    if opener.kind != "paragraph" or not _HIDE.match("\n".join(doc.lines[opener.first : opener.last]).strip()):
        return None
    for index in free[n + 2 :]:
        block = blocks[index]
        if block.kind == "paragraph" and _UNHIDE.match("\n".join(doc.lines[block.first : block.last]).strip()):
            return block.last, "\n".join(doc.lines[opener.last : block.first]).strip()
        if block.kind == "heading":
            return None
    return None


def _widget_answer(name: str, args: str) -> str:
    """What the widget call marks right."""
    values = _arguments(args)
    if not values:
        return ""
    if name == "torf":
        flag = values[0][1].strip().upper()
        return "True" if flag in ("TRUE", "T") else "False" if flag in ("FALSE", "F") else ""
    first = values[0][1].strip()
    options = _arguments(first[2:-1]) if first.startswith("c(") and first.endswith(")") else [("", first)]
    if name == "fitb":
        return _literal(options[0][1]) if options else ""
    right = [_literal(value) for key, value in options if key == "answer"]
    return "\n".join(f"- {r}" for r in right) if len(right) > 1 else "".join(right)


def _arguments(text: str) -> list[tuple[str, str]]:
    """The top-level arguments of an R call's argument list: (name or "", value)."""
    found: list[tuple[str, str]] = []
    depth = 0
    quote = ""
    start = 0
    for n, ch in enumerate(text + ","):
        if quote:
            if ch == quote and text[n - 1] != "\\":
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            part = text[start:n].strip()
            start = n + 1
            named = re.match(r"^([A-Za-z_.][\w.]*)[ \t]*=(?!=)[ \t]*(.*)$", part, re.S)
            found.append((named.group(1), named.group(2)) if named else ("", part))
    return [(k, v) for k, v in found if v]


def _literal(value: str) -> str:
    """An R literal as text: a string without its quotes, anything else as written."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
