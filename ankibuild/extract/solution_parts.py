"""Exercises whose answer is a part of the exercise named as its solution, in the two layouts that lesson and
exam generators read: a kramdown box holding a solution box, and R/exams sections.

    > ## Hidden files
    >
    > How do you list the files whose name opens with a dot?
    >
    > > ## Solution
    > >
    > > `ls -a`.
    > {: .solution}
    {: .challenge}

    Question
    ========
    Which measure ignores outliers?

    Answerlist
    ----------
    * mean
    * median

    Meta-information
    ================
    exsolution: 01

1. **Boxes named by their class line.** A top-level blockquote closed by a kramdown class line (`{: .NAME}`),
   its first line a heading (its title), holding a nested blockquote closed by the class line
   `{: .solution}`: the box's text (without the title, the nested box and the class lines) is the front, the
   nested box's text (without its title) the back; where that text does not ask and the title does
   (`## What does X do?` over `Note it down.`), the title opens the front (and alone names an unanswered one). A list of options closing the front goes to the top of the
   back, as other rules put the options of a multiple-choice question. Every box of a class that holds a
   solution somewhere in the document is an exercise: one with no solution box, or an empty one, or a note
   to self in it (`<!-- TODO -->`), is `unanswered`. Boxes of other classes (a callout, key points) are left
   alone.
2. **R/exams sections.** Setext sections (underlined with `===` or `---`; ATX headings are other rules') titled `Question`, `Answerlist`, `Solution` and `Meta-information`
   (the R/exams Rmd parts): the `Question` text is the front; its `Answerlist` gives the options, of which
   the `exsolution:` bit string of the meta-information (`0100`) picks the right ones for the back, followed
   by the `Solution` text (its own per-option `Answerlist` left out). Without options, the `Solution` text
   is the back, else the `exsolution` value. A `Solution` that is or opens with a placeholder (`TODO …`), an
   `exsolution` that is one (`TODO`, `???`), or neither a solution nor an `exsolution`, is `unanswered`. An exercise ends at the next
   `Question`, another heading or a rule `---`.
3. Read only where two answered exercises of one layout or more are found.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, placeholder_reason, unanswered
from .document import Document, block_kinds, text_holds
from .outline import clean_heading, heading_path, topic_tags
from .questions import is_question

CONVENTION = "solution-part"

_MIN_ANSWERED = 2
# `{: .challenge}`, `{: .solution }`: a kramdown class line closing the block above it.
_CLASS_LINE = re.compile(r"^[ \t]*\{:[ \t]*\.(?P<name>[\w-]+)[^}]*\}[ \t]*$")
_SOLUTION_CLASS = "solution"
_QUOTE = re.compile(r"^[ \t]{0,3}>[ ]?")
_TITLE = re.compile(r"^#{1,6}[ \t]+(?P<title>.+?)[ \t#]*$")
_OPTION = re.compile(r"^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+\S")
# R/exams part titles.
_QUESTION, _ANSWERLIST, _SOLUTION, _META = "question", "answerlist", "solution", "meta-information"
_PARTS = frozenset({_QUESTION, _ANSWERLIST, _SOLUTION, _META})
_META_LINE = re.compile(r"^[ \t]*(?P<key>ex\w+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_BITS = re.compile(r"^[01]+$")
_UNKNOWN = re.compile(r"^[?？.…_-]+$")


def _may_hold_parts(doc: Document) -> bool:
    """False when neither layout can be there: nearly every document (no blockquote with a kramdown class
    line, and no `Solution` or `Meta-information` part title, one of which an answered exercise needs)."""
    kinds = block_kinds(doc)
    return ("blockquote" in kinds and text_holds(doc, "{:")) or (
        "heading" in kinds and (text_holds(doc, "Solution") or text_holds(doc, "Meta-information"))
    )


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from exercises answered by their named solution part (see the module docstring)."""
    if not _may_hold_parts(doc):
        return RuleResult()
    for reader in (_class_boxes, _exam_sections):
        result = reader(doc, taken)
        if result is not None:
            return result
    return RuleResult()


def _unquoted(lines: list[str]) -> list[str]:
    return [_QUOTE.sub("", line, count=1) for line in lines]


def _read_box(lines: list[str]) -> tuple[str, str, str | None, list[str]]:
    """A box's inner lines (quote marks removed once, class lines included) → its title, its body lines, the
    class of its nested box (None when it has none) and the nested box's inner lines."""
    title = ""
    body: list[str] = []
    nested: list[str] = []
    nested_class: str | None = None
    k = 0
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k < len(lines) and (m := _TITLE.match(lines[k].strip())):
        title = m.group("title").strip()
        k += 1
    while k < len(lines):
        line = lines[k]
        if _QUOTE.match(line):
            run: list[str] = []
            while k < len(lines) and _QUOTE.match(lines[k]):
                run.append(lines[k])
                k += 1
            cls = _CLASS_LINE.match(lines[k]) if k < len(lines) else None
            if cls is not None and nested_class is None:
                nested_class, nested = cls.group("name").lower(), _unquoted(run)
                k += 1
                continue
            body.extend(run)
            continue
        if not _CLASS_LINE.match(line):
            body.append(line)
        k += 1
    return title, "\n".join(body).strip(), nested_class, nested


def _class_boxes(doc: Document, taken: Mapping[int, str]) -> RuleResult | None:
    boxes: list[tuple[int, int, str, str, str, str | None]] = []  # (block, last line, class, title, body, answer)
    for index, block in enumerate(doc.blocks):
        if block.kind != "blockquote" or not is_free(doc, taken, index):
            continue
        lines = list(doc.lines[block.first : block.last])
        last = block.last
        while lines and not lines[-1].strip():
            lines = lines[:-1]
        if lines and (cls := _CLASS_LINE.match(lines[-1])):
            lines = lines[:-1]
        elif last < len(doc.lines) and (cls := _CLASS_LINE.match(doc.lines[last])):
            last += 1
        else:
            continue
        title, body, nested_class, nested = _read_box(_unquoted(lines))
        if not title:
            continue
        answer: str | None = None
        if nested_class == _SOLUTION_CLASS:
            inner = nested
            while inner and not inner[0].strip():
                inner = inner[1:]
            if inner and _TITLE.match(inner[0].strip()):
                inner = inner[1:]
            answer = "\n".join(inner).strip()
        boxes.append((index, last, cls.group("name").lower(), title, body, answer))
    exercise_classes = {b[2] for b in boxes if b[5] is not None}
    answered = [b for b in boxes if b[5] and empty_reason(b[5]) is None]
    if len(answered) < _MIN_ANSWERED:
        return None
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, last, cls_name, title, body, answer in boxes:
        if cls_name not in exercise_classes:
            continue
        block = doc.blocks[index]
        front, options = _front_and_options(body or title)
        asked = front
        if not is_question(front.split("\n\n")[-1]) and is_question(title):
            front, asked = f"{title}\n\n{front}" if body else title, title
        path = heading_path(doc, index)
        loc = doc.loc(block.first)
        reason = "no solution" if answer is None else empty_reason(answer)
        if reason is not None or answer is None:
            diagnostics.append(unanswered(loc, asked, reason))
            claims.update(claim(block.first, last, "unanswered"))
            continue
        back = f"{options}\n\n{answer}" if options else answer
        drafts.append(CardDraft(loc, CONVENTION, front, back, tuple(clean_heading(p) for p in path), topic_tags(path)))
        claims.update(claim(block.first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _front_and_options(text: str) -> tuple[str, str]:
    """A front whose last paragraph is a list of options, after a question: the question, and the options."""
    head, _, tail = text.rpartition("\n\n")
    lines = [line for line in tail.splitlines() if line.strip()]
    if head.strip() and lines and _OPTION.match(lines[0]) and all(_OPTION.match(x) or x[:1].isspace() for x in lines):
        return head.strip(), tail.strip()
    return text.strip(), ""


def _part_title(doc: Document, index: int) -> str | None:
    block = doc.blocks[index]
    if block.kind != "heading" or doc.tokens[block.start].markup not in ("=", "-"):
        return None  # the parts are setext sections; `## Solution` headings belong to other rules
    title = doc.lines[block.first].strip().lower()
    return title if title in _PARTS else None


def _exam_sections(doc: Document, taken: Mapping[int, str]) -> RuleResult | None:
    items: list[tuple[int, int, dict[str, list[list[int]]]]] = []  # (question heading, last block, parts)
    index = 0
    count = len(doc.blocks)
    while index < count:
        if _part_title(doc, index) != _QUESTION or not is_free(doc, taken, index):
            index += 1
            continue
        start = index
        parts: dict[str, list[list[int]]] = {}
        current: list[int] = []
        parts.setdefault(_QUESTION, []).append(current)
        index += 1
        while index < count:
            block = doc.blocks[index]
            if block.kind == "hr" or not is_free(doc, taken, index):
                break
            if block.kind == "heading":
                title = _part_title(doc, index)
                if title is None or title == _QUESTION:
                    break
                current = []
                parts.setdefault(title, []).append(current)
            else:
                current.append(index)
            index += 1
        items.append((start, index - 1, parts))
    answered = 0
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for start, end, parts in items:
        front = _text(doc, parts[_QUESTION][0])
        if not front:
            continue
        loc = doc.loc(doc.blocks[start].first)
        options = _options(doc, parts)
        meta = _meta(doc, parts)
        solution = _text(doc, parts[_SOLUTION][0]) if _SOLUTION in parts else ""
        key = meta.get("exsolution", "")
        reason: str | None = None
        back = ""
        unknown_key = bool(key) and (_UNKNOWN.match(key) is not None or placeholder_reason(key) is not None)
        if _SOLUTION in parts:
            reason = _placeholder_opening(solution) or empty_reason(solution) or ("placeholder" if unknown_key else None)
            back = solution
        elif not key or unknown_key:
            reason = "no solution"
        else:
            back = key
        if reason is None and options and _BITS.match(key) and len(key) == len(options):
            right = [o for o, bit in zip(options, key, strict=True) if bit == "1"]
            picked = "\n".join(f"- {o}" for o in right)
            back = picked if _SOLUTION not in parts else f"{picked}\n\n{solution}"
        last = doc.blocks[end].last
        if reason is not None:
            diagnostics.append(unanswered(loc, front, reason))
            claims.update(claim(doc.blocks[start].first, last, "unanswered"))
            continue
        answered += 1
        path = tuple(p for p in heading_path(doc, start) if p.strip().lower() not in _PARTS)
        drafts.append(CardDraft(loc, CONVENTION, front, back, tuple(clean_heading(p) for p in path), topic_tags(path)))
        claims.update(claim(doc.blocks[start].first, last, "card"))
    if answered < _MIN_ANSWERED:
        return None
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _placeholder_opening(text: str) -> str | None:
    """`placeholder` for a text opening with a placeholder word (`TODO – the wording from chapter 7 …`)."""
    first = re.split(r"[\s:–—-]", text.strip(), maxsplit=1)[0]
    return placeholder_reason(first) if first else None


def _text(doc: Document, indices: list[int]) -> str:
    return "\n\n".join(doc.block_text(i).strip() for i in indices).strip()


def _options(doc: Document, parts: dict[str, list[list[int]]]) -> list[str]:
    """The items of the exercise's first `Answerlist` (the options under the question)."""
    lists = parts.get(_ANSWERLIST)
    if not lists:
        return []
    text = _text(doc, lists[0])
    return [re.sub(r"^[ \t]*[-*+][ \t]+", "", line).strip() for line in text.splitlines() if _OPTION.match(line)]


def _meta(doc: Document, parts: dict[str, list[list[int]]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for indices in parts.get(_META, []):
        for line in _text(doc, indices).splitlines():
            if m := _META_LINE.match(line):
                out.setdefault(m.group("key").lower(), m.group("value"))
    return out
