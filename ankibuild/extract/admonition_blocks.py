"""Obsidian Admonition-plugin code blocks: a ```` ```ad-question ```` block answered by the block after it.

    ```ad-question
    title: What does the Treaty of Westphalia end?
    ```
    ```ad-success
    collapse: closed
    title: Answer
    The Thirty Years' War.
    ```

A fenced block whose info string is `ad-question` (also `ad-faq`, `ad-help`) asks its `title:` line; the
next fenced `ad-…` block answers it (its body without the plugin's option lines `title:`, `collapse:`,
`icon:`, `color:`). A question block whose own body holds text after its options (`collapse: open` and
the answer) answers itself. An `ad-todo` block in place of the answer, or an empty one, is `unanswered`.
The section headings over such blocks are the cards' context; the blocks are claimed whole so no other
rule reads them.

mdBook's admonish preprocessor writes the same pair with attributes on the info string:

    ```admonish question title="Check 3"
    Which treaty ended the Thirty Years' War?
    ```
    ```admonish success collapsible=true title="Answer"
    The Peace of Westphalia (1648).
    ```

There the question is the block's body (its title, a label, is the front only when the body is empty), and
the block right after it answers only when the reader has to unfold it (`collapsible=true`) or it is an
answer kind (`success`, `check`, `answer` …) or titled as an answer: an open `note` after a question is the
writer's remark, and the question is `unanswered`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import ANSWER_TYPES, empty_reason, unanswered
from .document import Document, dedent
from .outline import clean_heading, heading_path, topic_tags
from .questions import ANSWER_LABEL_WORDS

CONVENTION = "admonition-block"

_OPENER = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*ad-([\w-]+)[ \t]*$")
_OPTION = re.compile(r"^[ \t]*(title|collapse|icon|color)[ \t]*:[ \t]*(.*?)[ \t]*$", re.I)
_ADMONISH = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*admonish\b[ \t]*([\w-]*)(.*)$")
_ATTRIBUTE = re.compile(r'(\w+)=(?:"([^"]*)"|(\S+))')
_LEGACY_TITLE = re.compile(r'^[ \t]*"([^"]*)"')
_ANSWER_TITLE = re.compile(r"^\W*" + ANSWER_LABEL_WORDS + r"\W*$", re.I)
_ASKS = frozenset({"question", "faq", "help"})
_LEFT_OPEN = frozenset({"todo"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from ad-question blocks and the ad- blocks that answer them (see the module docstring)."""
    text = doc.source.text
    fences = [(i, kind) for i, b in enumerate(doc.blocks) if b.kind == "fence" and (kind := _kind(doc.lines[b.first]))]
    # Only a fence that asks (`ad-question`) makes a card: the few fences' first lines are read before the
    # whole text is searched.
    if not _asks(fences) or not any(f"ad-{kind}" in text or f"admonish {kind}" in text for kind in _ASKS):
        return RuleResult()  # no Admonition question block: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    used: set[int] = set()
    for n, (index, kind) in enumerate(fences):
        if kind not in _ASKS or index in used or not is_free(doc, taken, index):
            continue
        block = doc.blocks[index]
        admonish = _ADMONISH.match(doc.lines[block.first])
        title, body = _read(doc, index)
        if admonish:
            title, body = body or title, ""  # the body asks; the title is a label
        if not title:
            continue
        last = block.last
        answer = body
        left_open = False
        if not body and n + 1 < len(fences) and fences[n + 1][0] == index + 1 and fences[n + 1][1] not in _ASKS:
            after, after_kind = fences[n + 1]
            if is_free(doc, taken, after) and (not admonish or _admonish_answers(doc.lines[doc.blocks[after].first])):
                used.add(after)
                last = doc.blocks[after].last
                _, answer = _read(doc, after)
                left_open = after_kind in _LEFT_OPEN
        path = heading_path(doc, index)
        reason = "left to do" if left_open else empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(block.first), title, reason))
            claims.update(claim(block.first, last, "unanswered"))
            continue
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(doc.loc(block.first), CONVENTION, title, answer, context, topic_tags(path)))
        claims.update(claim(block.first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _kind(opener: str) -> str | None:
    """The type of an Admonition (`ad-question`) or admonish (`admonish question …`) fence, else None."""
    if "ad" not in opener:
        return None
    if m := _OPENER.match(opener):
        return m.group(1).casefold()
    if m := _ADMONISH.match(opener):
        return (m.group(1) or "note").casefold()
    return None


def _admonish_answers(opener: str) -> bool:
    """Whether an admonish fence after a question answers it: folded, of an answer kind, or titled so."""
    m = _ADMONISH.match(opener)
    if not m:
        return False
    attributes = {a.group(1).casefold(): a.group(2) if a.group(2) is not None else a.group(3) for a in _ATTRIBUTE.finditer(m.group(2))}
    title = attributes.get("title")
    if title is None and (legacy := _LEGACY_TITLE.match(m.group(2))):
        title = legacy.group(1)
    return (
        (m.group(1) or "").casefold() in ANSWER_TYPES
        or attributes.get("collapsible", "").casefold() == "true"
        or bool(title and _ANSWER_TITLE.match(title))
    )


def _asks(fences: list[tuple[int, str]]) -> bool:
    """Whether one of the fences is a question block."""
    return any(kind in _ASKS for _, kind in fences)


def _read(doc: Document, index: int) -> tuple[str, str]:
    """The block's `title:` and its body without the option lines."""
    block = doc.blocks[index]
    lines = doc.lines[block.first + 1 : block.last]
    if lines and lines[-1].strip().startswith(doc.lines[block.first].strip()[:3]):
        lines = lines[:-1]  # the closing fence
    title = ""
    body: list[str] = []
    for n, line in enumerate(lines):
        option = _OPTION.match(line)
        if option and not any(x.strip() for x in body):
            if option.group(1).casefold() == "title":
                title = option.group(2)
            continue
        body.extend(lines[n:])
        break
    return " ".join(title.split()), dedent(body).strip()
