"""`<details>` regions: finding matched `<details>` … `</details>` pairs in a document (nested ones
included), telling a summary that only labels an answer (`Show answer`) from one that asks, and unwrapping
answer-labelled details inside an answer. Shared by the rules that meet `<details>`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from markdown_it.token import Token

from ..records import SourceFile
from .document import Document, build_document, dedent, mask_code_and_math

_OPEN = re.compile(r"<details\b[^>]*>", re.I)


_CLOSE = re.compile(r"</details\s*>", re.I)


_SUMMARY = re.compile(r"\A\s*<summary\b[^>]*>(?P<inner>.*?)</summary\s*>", re.I | re.S)


TAG = re.compile(r"<[^>]+>")


# Words a summary may be made of when it only labels the hidden answer (`Click here to show the answer`).
_LABEL_WORDS = frozenset(
    {
        *("click", "tap", "here", "to", "show", "view", "see", "reveal", "check", "expand", "toggle", "display", "open"),
        *("the", "a", "an", "sample", "suggested", "possible", "my", "example", "model", "full", "hidden"),
        *("answer", "answers", "ans", "solution", "solutions", "explanation", "spoiler"),
    }
)


_LABEL_KEYS = frozenset(
    {"answer", "answers", "ans", "solution", "solutions", "explanation", "spoiler", "expand", "reveal", "show", "view"}
)


@dataclass(frozen=True, slots=True)
class DetailsRegion:
    """A matched `<details>` … `</details>` pair in the source."""

    first: int
    """Line of the opening tag, 0-based."""
    last: int
    """Line after the closing tag's line."""
    summary: str | None
    """The summary's inner HTML, None when there is no `<summary>`."""
    body: str
    """The Markdown between the summary (or the opening tag) and the closing tag, dedented."""
    children: tuple[DetailsRegion, ...]
    """`<details>` regions inside this one."""


def find_details(doc: Document) -> tuple[DetailsRegion, ...]:
    """The outermost `<details>` regions of a document, with their nested regions."""
    events: list[tuple[int, int, int, bool]] = []  # (line, start column, end column, is_opening)
    for block in doc.blocks:
        if block.kind not in ("html_block", "paragraph"):
            continue
        text = doc.text(block.first, block.last)
        if "<" not in text:
            continue  # no tag at all: most paragraphs, decided before masking
        text = mask_code_and_math(text) if block.kind == "paragraph" else text  # `<details>` in backticks is no tag
        for offset, source_line in enumerate(text.split("\n")):
            number = block.first + offset
            found = [(m.start(), m.end(), True) for m in _OPEN.finditer(source_line)]
            found += [(m.start(), m.end(), False) for m in _CLOSE.finditer(source_line)]
            events.extend((number, start, end, opening) for start, end, opening in sorted(found))
    stack: list[tuple[tuple[int, int, int], list[DetailsRegion]]] = []
    top: list[DetailsRegion] = []
    for line, start, end, opening in events:
        if opening:
            stack.append(((line, start, end), []))
            continue
        if not stack:
            continue  # a stray closing tag
        (o_line, o_start, o_end), children = stack.pop()
        region = _region(doc.lines, (o_line, o_end), (line, start), tuple(children))
        if o_start > len(doc.lines[o_line]) - len(doc.lines[o_line].lstrip()) and not stack:
            continue  # an opening tag in the middle of a line of prose is not a block of its own
        (stack[-1][1] if stack else top).append(region)
    return tuple(top)


def is_answer_summary(summary: str | None) -> bool:
    """True when a summary only labels what it hides as the answer (`Show answer`, `Solution`, `Click to
    expand`), or is absent or empty."""
    if summary is None:
        return True
    words = re.findall(r"[a-z]+", TAG.sub(" ", summary).lower())
    return not words or (set(words) <= _LABEL_WORDS and bool(_LABEL_KEYS & set(words)))


def unwrap_answer_details(markdown: str) -> str | None:
    """The Markdown with every top-level answer-labelled `<details>` wrapper removed (its inside kept in its
    place), or None when there is none. For the question rules whose answer holds a
    `<details><summary>Answer</summary> … </details>` block (the heading rule, for one)."""
    doc = build_document(SourceFile("answer.md", None, markdown, ""), _parse(markdown), {})
    targets = [r for r in find_details(doc) if is_answer_summary(r.summary)]
    if not targets:
        return None
    parts: list[str] = []
    line = 0
    for region in targets:
        parts.append(doc.text(line, region.first))
        parts.append(region.body)
        closes = list(_CLOSE.finditer(doc.lines[region.last - 1]))
        parts.append(doc.lines[region.last - 1][closes[-1].end() :] if closes else "")
        line = region.last
    parts.append(doc.text(line, len(doc.lines)))
    return "\n\n".join(part.strip("\n") for part in parts if part.strip())


def _parse(markdown: str) -> list[Token]:
    from ..markdown import make_parser

    return make_parser().parse(markdown, {})


def _region(
    lines: Sequence[str], opened: tuple[int, int], closed: tuple[int, int], children: tuple[DetailsRegion, ...]
) -> DetailsRegion:
    (o_line, o_end), (c_line, c_start) = opened, closed
    inner = "\n".join(lines[o_line : c_line + 1])
    # Offsets inside `inner`: the opening tag's end on the first line, the closing tag's start on the last.
    begin = o_end
    end = sum(len(line) + 1 for line in lines[o_line:c_line]) + c_start
    text = inner[begin:end]
    summary = None
    match = _SUMMARY.match(text)
    if match:
        summary = match.group("inner")
        text = text[match.end() :]
    return DetailsRegion(o_line, c_line + 1, summary, dedent(text.split("\n")).strip(), children)
