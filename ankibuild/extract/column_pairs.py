"""Questions and answers laid side by side: a left column that asks, a right column that answers.

    :::: {.columns}                           --- start-multi-column: ch3
    ::: {.column width="50%"}                 **Questions**
    **1.** What does a mitochondrion make?    1. What does a mitochondrion make?
    :::                                       2. Where is bile made?
    ::: {.column width="50%"}                 --- column-break ---
    ATP, through cellular respiration.        **Answers**
    :::                                       1. ATP.
    ::::                                      2. In the liver.
                                              --- end-multi-column

A page written to be studied with one side covered: Quarto / pandoc column layouts (a `:::: {.columns}` div
holding `::: {.column}` divs) and the Obsidian Multi-Column plugin's regions (`--- start-multi-column: ID`,
`--- column-break ---` between the columns, `--- end-multi-column`; also spelled with `===`; the region's
```` ```column-settings ```` block is no part of a column), and Hugo Book's shortcode (`{{< columns >}}` …
`{{< /columns >}}`, its columns parted by a `<--->` line; a shortcode held inside keeps its own). One reader
serves them all: a layout of exactly two columns pairs its left column with its right one.

    {{< columns >}}
    **What does a mitochondrion make?**
    <--->
    ATP, through cellular respiration.
    {{< /columns >}}

- The left column numbers two questions or more (a numbered list, `1.`, `2)`, `**3.**`, any script's digits,
  under an optional caption such as `**Questions**`): each is answered by the item of the same number in the
  right column (its indented lines included, the right column's caption dropped).
- Otherwise the left column is one question (a bold number opening it, `**1.**`, `**୧।**`, dropped) and the
  whole right column is its answer.

A number the right column lacks, an empty item, a placeholder (`TODO`) or only a remark in brackets leaves
the question `unanswered`. A pair counts when its left side asks or is numbered, or when it is wholly bold
(`**Explain …**`) on a page whose asking left sides are all bold too: the same dress asks, even in a language
whose command words `is_question` does not know (the bold is dropped from the front). A page is read where two
such questions or more stand in its columns, half of them at least asking: a layout of a picture beside its
caption, or of two lists of facts, is left alone. Such a page is a file of cards: its headings are the cards'
context, never topics (`EXPLICIT_CARD_FILE`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import remark_or_empty_reason, unanswered
from .containers import find_containers
from .document import EXPLICIT_CARD_FILE, Document, block_at, dedent, fence_step
from .hugo import find_shortcodes, has_shortcodes
from .outline import clean_heading, heading_path, topic_tags
from .questions import clean_question, is_question

CONVENTION = "column-pair"
_MIN_QUESTIONS = 2

_REGION_START = re.compile(r"^ {0,3}(?:-{3}|={3})[ \t]*start-multi-column\b", re.I)
_REGION_BREAK = re.compile(r"^ {0,3}(?:-{3}|={3})[ \t]*(?:column-break|end-column|column-end)[ \t]*(?:-{3}|={3})?[ \t]*$", re.I)
_REGION_END = re.compile(r"^ {0,3}(?:-{3}|={3})[ \t]*end-multi-column\b", re.I)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)")
# Hugo Book's `{{< columns >}}` shortcode parts its columns with a line of its own, `<--->`.
_HUGO_BREAK = "<--->"
# `1. …`, `2) …`, `**3.** …`, `୪। …`: an item's number, in any script's digits, and its text.
_ITEM = re.compile(r"^ {0,3}(?P<bold>\*\*|__)?(?P<number>\d{1,3})[.)।](?(bold)(?:\*\*|__))(?:[ \t]+(?P<text>.*?))?[ \t]*$")
_WHOLE_BOLD = re.compile(r"^(\*\*|__)(?P<inner>(?:(?!\1).)+)\1$")
_NUMBER_LABEL = re.compile(r"^(?:\*\*|__)?\d{1,3}[.)।:]?(?:\*\*|__)?[ \t]+(?=\S)")


@dataclass(frozen=True, slots=True)
class Layout:
    """Columns side by side: where the layout stands and the lines of each column."""

    first: int
    """Index of its opening line."""
    last: int
    """Index after its closing line."""
    columns: tuple[tuple[int, int], ...]
    """Each column's first and past-the-end line, left to right."""


@dataclass(frozen=True, slots=True)
class _Pair:
    line: int
    question: str
    answer: str
    asks: bool
    bold: bool = False
    """Its left side is wholly bold."""
    dressed: bool = False
    """It counts only for its bold left side, which neither asks nor is numbered."""


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from two-column layouts whose left column asks and right column answers (see the module docstring)."""
    if not _may_hold_columns(doc.source.text):
        return RuleResult()  # no column layout: nearly every document
    found: list[tuple[Layout, list[_Pair]]] = []
    for layout in column_layouts(doc.lines):
        if len(layout.columns) != 2 or any(n in taken for n in range(layout.first, layout.last)):
            continue
        pairs = _pairs(doc.lines, layout.columns[0], layout.columns[1])
        if pairs:
            found.append((layout, pairs))
    every = [pair for _, pairs in found for pair in pairs]
    if len(every) < _MIN_QUESTIONS or 2 * sum(1 for pair in every if pair.asks) < len(every):
        return RuleResult()
    if not all(pair.bold for pair in every if pair.asks):  # a bold left side asks only where the questions are bold
        found = [(layout, kept) for layout, pairs in found if (kept := [p for p in pairs if not p.dressed])]
    doc.derived[EXPLICIT_CARD_FILE] = True
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for layout, pairs in found:
        index = block_at(doc, layout.first)
        path = heading_path(doc, index) if index is not None else ()
        context = tuple(clean_heading(p) for p in path)
        carded = False
        for pair in pairs:
            loc = doc.loc(pair.line)
            reason = remark_or_empty_reason(pair.answer)
            if reason is not None:
                diagnostics.append(unanswered(loc, pair.question, reason))
                continue
            drafts.append(CardDraft(loc, CONVENTION, pair.question, pair.answer, context, topic_tags(path)))
            carded = True
        claims.update(claim(layout.first, layout.last, "card" if carded else "unanswered"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_hold_columns(text: str) -> bool:
    """Cheap precheck: a pandoc column class or the multi-column plugin's opening mark stands in the text."""
    return "start-multi-column" in text or (":::" in text and ".column" in text) or (_HUGO_BREAK in text and has_shortcodes(text))


def column_layouts(lines: Sequence[str]) -> list[Layout]:
    """Every closed column layout of the lines, in order: pandoc `{.columns}` divs, multi-column regions and
    Hugo `{{< columns >}}` shortcodes."""
    layouts = _regions(lines)
    if any(line.strip() == _HUGO_BREAK for line in lines):
        layouts.extend(_hugo_columns(lines))
    containers = find_containers(lines) if any(".column" in line for line in lines) else []
    for outer in containers:
        if outer.kind != "columns" or outer.syntax != "pandoc":
            continue
        columns = tuple(
            (inner.body, inner.end)
            for inner in containers
            if inner.kind == "column" and inner.depth == outer.depth + 1 and outer.first < inner.first < outer.end
        )
        if columns:
            layouts.append(Layout(outer.first, outer.last, columns))
    return sorted(layouts, key=lambda layout: layout.first)


def _regions(lines: Sequence[str]) -> list[Layout]:
    """The Obsidian multi-column regions: from a start mark to its end mark, split at the column breaks, the
    settings block that opens the region left out; marks inside code fences are code."""
    layouts: list[Layout] = []
    start: int | None = None
    cuts: list[int] = []
    fence = ""
    for n, line in enumerate(lines):
        fence, code = fence_step(fence, line)
        if code or "column" not in line:
            continue
        if _REGION_START.match(line):
            start, cuts = n, [n]
        elif start is not None and _REGION_BREAK.match(line):
            cuts.append(n)
        elif start is not None and _REGION_END.match(line):
            cuts.append(n)
            bounds = [(a + 1, b) for a, b in zip(cuts, cuts[1:], strict=False)]
            bounds[0] = (_after_settings(lines, bounds[0]), bounds[0][1])
            layouts.append(Layout(start, n + 1, tuple(bounds)))
            start, cuts = None, []
    return layouts


def _hugo_columns(lines: Sequence[str]) -> list[Layout]:
    """The Hugo `{{< columns >}}` … `{{< /columns >}}` shortcodes, split into columns at their `<--->` lines
    (those of a shortcode held inside left to it)."""
    layouts: list[Layout] = []
    shortcodes = find_shortcodes(lines)
    for shortcode in shortcodes:
        if shortcode.name != "columns":
            continue
        inner = [(s.first, s.end) for s in shortcodes if shortcode.first < s.first and s.end < shortcode.end]
        cuts = [
            n
            for n in range(shortcode.first + 1, shortcode.end)
            if lines[n].strip() == _HUGO_BREAK and not any(a < n < b for a, b in inner)
        ]
        if cuts:
            bounds = [shortcode.first, *cuts, shortcode.end]
            layouts.append(
                Layout(shortcode.first, shortcode.end + 1, tuple((a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False)))
            )
    return layouts


def _after_settings(lines: Sequence[str], column: tuple[int, int]) -> int:
    """The first line of a region's first column after its settings block (```` ```column-settings ````)."""
    first, end = column
    n = first
    while n < end and not lines[n].strip():
        n += 1
    opened = _FENCE.match(lines[n]) if n < end else None
    if opened is None or "settings" not in opened.group(2).lower():
        return first
    marks = opened.group(1)
    for m in range(n + 1, end):
        if lines[m].strip().startswith(marks) and not lines[m].strip().strip(marks[0]):
            return m + 1
    return first


def _pairs(lines: Sequence[str], left: tuple[int, int], right: tuple[int, int]) -> list[_Pair]:
    """The questions of the left column with their answers from the right one."""
    asked = _items(lines, *left)
    if len(asked) >= _MIN_QUESTIONS:
        answered = {number: text for number, _, text in _items(lines, *right)}
        if 2 * sum(1 for number, _, _ in asked if number in answered) < len(asked):
            return []
        return [_pair(line, text, answered.get(number, "")) for number, line, text in asked]
    filled = [n for n in range(*left) if lines[n].strip()]
    if not filled or filled[-1] - filled[0] + 1 != len(filled):
        return []  # one question: one paragraph
    question = " ".join(lines[n].strip() for n in filled)
    numbered = _NUMBER_LABEL.match(question) is not None
    pair = _pair(filled[0], question, dedent(lines[right[0] : right[1]]).strip())
    if not pair.question or not (pair.asks or numbered or pair.bold):
        return []
    return [replace(pair, dressed=True) if not (pair.asks or numbered) else pair]


def _pair(line: int, question: str, answer: str) -> _Pair:
    unnumbered = _NUMBER_LABEL.sub("", question, count=1).strip()
    bold = _WHOLE_BOLD.match(unnumbered)
    text = clean_question(bold.group("inner") if bold else unnumbered)[0]
    return _Pair(line, " ".join(text.split()), answer, is_question(text), bold is not None)


def _items(lines: Sequence[str], first: int, end: int) -> list[tuple[int, int, str]]:
    """The numbered items of a column: number, line and text (its further lines, indented under it, dedented
    and kept); lines before the first item (a caption) and after a line that continues no item are left out."""
    items: list[tuple[int, int, list[str]]] = []
    open_item = False
    for n in range(first, end):
        line = lines[n]
        matched = _ITEM.match(line)
        if matched is not None:
            items.append((int(matched.group("number")), n, [matched.group("text") or ""]))
            open_item = True
        elif open_item and (not line.strip() or line.startswith((" ", "\t"))):
            items[-1][2].append(line)
        else:
            open_item = False
    return [(number, n, "\n".join((text[0].strip(), dedent(text[1:]))).strip()) for number, n, text in items]
