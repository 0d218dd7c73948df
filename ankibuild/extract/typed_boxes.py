"""Answers in a site or notebook tool's typed boxes: Hexo NexT notes, Bootstrap alerts (as Jupyter exports
them), Nextra and Docusaurus MDX callouts.

    ### Exercise 4                          <div class="alert alert-block alert-warning">
                                           <b>Task 2:</b> Sort the list by length.
    Differentiate $x^2 \\sin x$.             </div>

    {% note success %}                     <div class="alert alert-block alert-success">
    $2x \\sin x + x^2 \\cos x$               <b>Solution:</b> `sorted(xs, key=len)`
    {% endnote %}                          </div>

A typed box is `{% note TYPE %}` … `{% endnote %}`, `<div class="alert alert-TYPE">` … `</div>` or
`<Callout type="TYPE">` … `</Callout>` (`<Admonition>` too), its tags on lines of their own; the type
(`success`, `info`, `warning`, `danger`, `error` …) is how the tool colours it. What a type means is the
page's to say, by where its boxes stand; two layouts are read.

**Task box, answer box.** Boxes right after one another (only blank lines between): in a run of them, from its
start, a box of one type followed by a box of another is a pair. When two pairs or more have the same two types
(the second not a cautioning one: `warning`, `danger`, `error`, `caution`), the first type is the page's task
box and the second its answer box: each task box followed by an answer box is a card (each side without the
bold label that opens it, `<b>Task 2:</b>`); an answer box that is empty or only a placeholder, or a task box
with none after it, leaves the task `unanswered`. Boxes of other types (instructions, a closing `Questions?`
box) are left alone.

**Items closed by a box.** A section (a heading, then a statement of a few paragraphs or none, then a box)
is an item. When two items or more of one heading level close with a box of one type (not a cautioning one),
that type answers: the statement is the front (the heading when there is none; otherwise the heading is
context), the box the back. An item of the same level whose box cautions instead (`{% note warning %}` over
`Solution missing — ask in the tutorial`, a `<Callout type="error">` over a TODO) says its answer is not
written: `unanswered`, as is an answer box that is empty or only a placeholder. Boxes elsewhere (an `info`
note on top of the page, a `danger` box after the last rule) are left alone. The page's last section, a
heading above the items' level that asks over no box (`## Any questions?` over a contact line), is the page's
ending: skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .collapsibles import find_html_boxes, html_box_text, may_hold_html_boxes
from .containers import STATEMENT_BLOCKS_MAX, STATEMENT_KINDS
from .document import Document, Section, block_at, dedent, mark_followed_by
from .outline import clean_heading, head_key, heading_path, topic_tags
from .questions import clean_question, is_question, starts_like_question

CONVENTION = "typed-box"

_LIQUID_OPEN = re.compile(r"^[ \t]*\{%-?[ \t]*note\b(?P<args>[^%]*?)-?%\}[ \t]*$")
# Where `_LIQUID_OPEN` matches, this does (the text searched whole, not line by line).
_LIQUID_NOTE = re.compile(r"\{%-?[ \t]*note\b")
_LIQUID_CLOSE = re.compile(r"^[ \t]*\{%-?[ \t]*endnote[ \t]*-?%\}[ \t]*$")
_JSX_OPEN = re.compile(r"^[ \t]*<(?P<tag>Callout|Admonition)\b(?P<attrs>[^<>]*)>(?P<rest>.*)$")
_JSX_TYPE = re.compile(r"""\btype\s*=\s*(?:"(?P<dq>[\w-]+)"|'(?P<sq>[\w-]+)'|\{\s*["'](?P<js>[\w-]+)["']\s*\})""")
_CLASS = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
# NexT's note flags: how the box is drawn, not its type.
_LIQUID_FLAGS = frozenset({"no-icon", "simple", "modern", "flat", "disabled"})
# Bootstrap's alert modifiers: not its type.
_ALERT_MODIFIERS = frozenset({"block", "dismissible", "heading", "link"})
CAUTION_TYPES = frozenset({"warning", "danger", "error", "caution", "attention"})
"""Types that caution: never the type that answers."""
# `<b>Task 2:</b>`, `**Solution:**`, `<strong>Answer</strong>:`: the bold label that opens a box.
_LEAD_LABEL = re.compile(
    r"^[ \t]*(?:<(?P<tag>b|strong)>[^<>\n]{1,40}</(?P=tag)>|\*\*[^*\n]{1,40}\*\*|__[^_\n]{1,40}__)[ \t]*[:：]?[ \t]*\n?",
)
# A label ends with a colon, inside its bold or after it (`**Yes.**` opens an answer, it labels nothing).
_LABEL_END = re.compile(r"[:：][ \t]*(?:</(?:b|strong)>|\*\*|__)?[ \t]*$|(?:</(?:b|strong)>|\*\*|__)[ \t]*[:：]")
_ITEMS_MIN = 2


@dataclass(frozen=True, slots=True)
class TypedBox:
    """One typed box of the page."""

    first: int
    """Line of its opening tag, 0-based."""
    last: int
    """Line after its closing tag."""
    kind: str
    """Its type, in lower case (`success`, `info`, `warning` …; `default` when it names none)."""
    body: str
    """The Markdown it shows, dedented."""


def _may_hold_typed_boxes(doc: Document) -> bool:
    """False when no mark a typed box opens with stands in the text: a `{%` tag holding `note`, a `<Callout` or
    `<Admonition` tag, a `<div>` (`<section>`, `<aside>`) with an `alert-` class. Asked first of the characters
    after each `{` and `<` (`mark_followed_by`, shared with the rules before), the text read whole only where
    one of them opens a tag of the kind."""
    return (
        (mark_followed_by(doc, "{", ("%",)) and _LIQUID_NOTE.search(doc.source.text) is not None)
        or mark_followed_by(doc, "<", ("Callout", "Admoniti"))
        or (may_hold_html_boxes(doc) and "alert-" in doc.source.text)
    )


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from tasks and sections answered by a typed box (see the module docstring)."""
    if not _may_hold_typed_boxes(doc):
        return RuleResult()
    boxes = [b for b in find_typed_boxes(doc) if not any(n in taken for n in range(b.first, b.last))]
    if len(boxes) < _ITEMS_MIN:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    if not _task_pairs(doc, boxes, drafts, diagnostics, claims):
        _closing_boxes(doc, taken, boxes, drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def find_typed_boxes(doc: Document) -> list[TypedBox]:
    """The page's typed boxes that no other holds, in order."""
    code = {n for b in doc.blocks if b.kind in ("fence", "code_block") for n in range(b.first, b.last)}
    found: list[TypedBox] = []
    text = doc.source.text
    if "note" in text and "{%" in text:
        found.extend(_liquid_boxes(doc, code))
    if "<Callout" in text or "<Admonition" in text:
        found.extend(_jsx_boxes(doc, code))
    if "alert-" in text:
        for html in find_html_boxes(doc):
            kind = _alert_type(html.attrs)
            if kind is not None:
                found.append(TypedBox(html.first, html.last, kind, html_box_text(doc, html)))
    found.sort(key=lambda b: b.first)
    top: list[TypedBox] = []
    for box in found:
        if not top or box.first >= top[-1].last:
            top.append(box)
    return top


def _liquid_boxes(doc: Document, code: set[int]) -> list[TypedBox]:
    found: list[TypedBox] = []
    opened: list[tuple[int, str]] = []
    for n, line in enumerate(doc.lines):
        if n in code or "{%" not in line:
            continue
        start = _LIQUID_OPEN.match(line)
        if start is not None:
            words = [w for w in start.group("args").split() if w.lower() not in _LIQUID_FLAGS]
            opened.append((n, words[0].lower() if words and "=" not in words[0] else "default"))
        elif _LIQUID_CLOSE.match(line) and opened:
            first, kind = opened.pop()
            if not opened:
                found.append(TypedBox(first, n + 1, kind, dedent(list(doc.lines[first + 1 : n])).strip()))
    return found


def _jsx_boxes(doc: Document, code: set[int]) -> list[TypedBox]:
    found: list[TypedBox] = []
    n = 0
    while n < len(doc.lines):
        start = _JSX_OPEN.match(doc.lines[n]) if n not in code and "<" in doc.lines[n] else None
        if start is None or start.group("attrs").rstrip().endswith("/"):
            n += 1
            continue
        close = f"</{start.group('tag')}>"
        typed = _JSX_TYPE.search(start.group("attrs"))
        kind = next((g for g in typed.groups() if g), "default").lower() if typed else "default"
        rest = start.group("rest")
        if close in rest:  # `<Callout type="info">One line.</Callout>`
            found.append(TypedBox(n, n + 1, kind, rest.split(close, 1)[0].strip()))
            n += 1
            continue
        end = next((k for k in range(n + 1, len(doc.lines)) if k not in code and doc.lines[k].strip().startswith(close)), None)
        if end is None:
            n += 1
            continue
        body = [rest] if rest.strip() else []
        found.append(TypedBox(n, end + 1, kind, dedent(body + list(doc.lines[n + 1 : end])).strip()))
        n = end + 1
    return found


def _alert_type(attrs: str) -> str | None:
    """The type of a Bootstrap alert box (`class="alert alert-block alert-success"` → `success`), else None."""
    match = _CLASS.search(attrs)
    if match is None:
        return None
    tokens = (match.group(1) or match.group(2) or "").lower().split()
    if "alert" not in tokens:
        return None
    kinds = [t[6:] for t in tokens if t.startswith("alert-") and t[6:] not in _ALERT_MODIFIERS]
    return kinds[0] if kinds else None


def _without_label(markdown: str) -> str:
    """The Markdown without the bold label that opens it (`<b>Task 2:</b>`, `**Solution:**`)."""
    match = _LEAD_LABEL.match(markdown)
    if match is None or not _LABEL_END.search(match.group(0).rstrip("\n")):
        return markdown
    return markdown[match.end() :].strip()


def _adjacent(doc: Document, before: TypedBox, after: TypedBox) -> bool:
    return all(not doc.lines[n].strip() for n in range(before.last, after.first))


def _task_pairs(
    doc: Document,
    boxes: list[TypedBox],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> bool:
    """The task box / answer box layout: True when the page is written so (its cards and reports added)."""
    pairs: Counter[tuple[str, str]] = Counter()
    n = 0
    while n + 1 < len(boxes):
        first, second = boxes[n], boxes[n + 1]
        if first.kind != second.kind and _adjacent(doc, first, second):
            pairs[(first.kind, second.kind)] += 1
            n += 2
        else:
            n += 1
    layout = next(((t, a) for (t, a), count in pairs.most_common() if count >= _ITEMS_MIN and a not in CAUTION_TYPES), None)
    if layout is None:
        return False
    task, answer = layout
    for n, box in enumerate(boxes):
        if box.kind != task:
            continue
        question, _ = clean_question(_without_label(box.body))
        if not question:
            continue
        following = boxes[n + 1] if n + 1 < len(boxes) else None
        reply = following if following is not None and following.kind == answer and _adjacent(doc, box, following) else None
        back = _without_label(reply.body) if reply is not None else ""
        reason = empty_reason(back) if back else "no answer"
        last = reply.last if reply is not None else box.last
        _add(doc, box.first, box.first, last, question, back, reason, drafts, diagnostics, claims)
    return True


def _add(
    doc: Document,
    at: int,
    first: int,
    last: int,
    question: str,
    back: str,
    reason: str | None,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
    *,
    own_heading: bool = False,
) -> None:
    index = block_at(doc, at)
    path = heading_path(doc, index) if index is not None else ()
    if own_heading and path:
        path = path[:-1]  # the question is the heading: no context of its own
    loc = doc.loc(at)
    if reason is None:
        drafts.append(CardDraft(loc, CONVENTION, question, back, tuple(clean_heading(p) for p in path), topic_tags(path)))
    else:
        diagnostics.append(unanswered(loc, " ".join(question.split()), reason))
    claims.update(claim(first, last, "card" if reason is None else "unanswered"))


@dataclass(frozen=True, slots=True)
class _Item:
    section: Section
    statement: tuple[int, ...]
    box: TypedBox


def _closing_boxes(
    doc: Document,
    taken: Mapping[int, str],
    boxes: list[TypedBox],
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    """The layout of items closed by a box (module docstring)."""
    items: list[_Item] = []
    for box in boxes:
        item = _item(doc, taken, box)
        if item is not None:
            items.append(item)
    kinds = Counter((item.section.level, item.box.kind) for item in items if item.box.kind not in CAUTION_TYPES)
    answering = {key for key, count in kinds.items() if count >= _ITEMS_MIN}
    levels = {level for level, _ in answering}
    if not answering:
        return
    answered = [item for item in items if (item.section.level, item.box.kind) in answering]
    stated = sum(1 for item in answered if item.statement) * 2 > len(answered)  # the items' shape
    keys = {head_key(item.section.title, item.section.level) for item in answered} - {None}
    for item in items:
        level, kind = item.section.level, item.box.kind
        if (level, kind) not in answering and not (
            level in levels and kind in CAUTION_TYPES and _like_the_items(doc, item, stated, keys)
        ):
            continue
        if item.statement:
            question = "\n\n".join(doc.block_text(i).strip("\n") for i in item.statement)
            question = clean_question(question)[0]
            at = doc.blocks[item.statement[0]].first
        else:
            inline = doc.inline(doc.blocks[item.section.block])
            question = clean_question(inline.content if inline is not None else item.section.title)[0]
            at = doc.blocks[item.section.block].first
        if not question:
            continue
        back = _without_label(item.box.body)
        reason = "answer box cautions" if kind in CAUTION_TYPES else (empty_reason(back) if back else "no answer")
        first = doc.blocks[item.section.block].first  # the heading too: the item is the whole section
        _add(doc, at, first, item.box.last, question, back, reason, drafts, diagnostics, claims, own_heading=not item.statement)
    _closing_section(doc, taken, min(levels), claims)


def _like_the_items(doc: Document, item: _Item, stated: bool, keys: set[tuple[int, str] | None]) -> bool:
    """True when a section closed by a cautioning box is shaped as the answered items are: a statement under a
    heading numbered as theirs (`### Exercise 3` beside `### Exercise 2`) or that asks, or, where their
    headings ask, a heading written as a sentence (`### Explain the three isolation levels.`), not a topic
    (`### Pitfalls` over a warning is the page's advice)."""
    if bool(item.statement) != stated:
        return False
    if item.statement:
        question = clean_question(doc.block_text(item.statement[0]))[0]
        key = head_key(item.section.title, item.section.level)
        return (key is not None and key in keys) or is_question(question) or starts_like_question(question)
    return is_question(clean_question(item.section.title)[0]) or item.section.title.rstrip().endswith(_SENTENCE_ENDS)


_SENTENCE_ENDS = (".", "?", "!", "。", "？", "！", "։", "۔", "।")


def _item(doc: Document, taken: Mapping[int, str], box: TypedBox) -> _Item | None:
    """The section a box closes as an item: its heading, the statement blocks from the section's start, then
    the box; None when something else stands between."""
    index = block_at(doc, box.first)
    section = doc.section_of_block(index) if index is not None else None
    if section is None or index is None or index not in section.body:
        return None
    statement = tuple(i for i in section.body if i < index)
    if len(statement) > STATEMENT_BLOCKS_MAX or any(
        doc.blocks[i].kind not in STATEMENT_KINDS or not is_free(doc, taken, i) for i in statement
    ):
        return None
    if statement and doc.blocks[statement[0]].kind != "paragraph":
        return None
    return _Item(section, statement, box)


def _closing_section(doc: Document, taken: Mapping[int, str], level: int, claims: dict[int, str]) -> None:
    """The page's last section, above the items' level, asking over no box: skipped as the page's ending."""
    if not doc.sections:
        return
    last = doc.sections[-1]
    if last.level >= level or not is_question(clean_question(last.title)[0]):
        return
    body = [i for i in last.body if doc.blocks[i].kind not in ("hr",)]
    if not body or len(body) > 2 or any(not is_free(doc, taken, i) or doc.blocks[i].first in claims for i in body):
        return
    for i in (last.block, *body):
        claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "skip:closing"))
