"""Pages exported from ReadMe's legacy editor, whose widgets come out as JSON between block markers:

    [block:api-header]
    {
      "title": "Billing"
    }
    [/block]

    [block:callout]
    {
      "type": "info",
      "title": "When is my card charged?",
      "body": "On the **first day** of each billing period."
    }
    [/block]

A callout block whose title asks (it ends with a question mark) is a question, its body (Markdown) the
answer; an empty body or a placeholder (`TBD`) leaves it `unanswered`. A callout of a warning type
(`warning`, `danger`, `error`) or whose title asks nothing (`Heads up!`) is a notice to the reader, no card.
An `api-header` block's title is the heading of the callouts after it; it and the other blocks (`code`,
`image` …) are the page's structure and examples, skipped. Read where two callouts or more are questions,
one at least answered.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import empty_reason, unanswered
from .document import Document, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "readme-block"

_OPEN = re.compile(r"^\[block:(?P<kind>[\w-]+)\][ \t]*$")
_CLOSE = re.compile(r"^\[/block\][ \t]*$")
# `"title": "…"`: a field of a block whose JSON does not load, read line by line.
_FIELD = re.compile(r'^[ \t]*"(?P<name>\w+)"[ \t]*:[ \t]*"(?P<value>(?:[^"\\]|\\.)*)"[ \t]*,?[ \t]*$')
_NOTICE_TYPES = frozenset({"warning", "danger", "error"})
_ASKS = ("?", "？")
_MIN_ITEMS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from ReadMe callout blocks."""
    if not text_holds(doc, "[block:"):
        return RuleResult()  # no block marker: nearly every document
    found = list(_blocks(doc, taken))
    questions = [
        (first, last, fields)
        for kind, first, last, fields in found
        if kind == "callout"
        and str(fields.get("title", "")).strip().endswith(_ASKS)
        and str(fields.get("type", "")).lower() not in _NOTICE_TYPES
    ]
    if len(questions) < _MIN_ITEMS or all(empty_reason(str(f.get("body", "")).strip()) for *_, f in questions):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    section: tuple[str, ...] = ()
    asked = {first for first, _, _ in questions}
    for kind, first, last, fields in found:
        if kind == "api-header" and str(fields.get("title", "")).strip():
            section = (clean_heading(str(fields["title"]).strip()),)
        if first not in asked:
            claims.update(dict.fromkeys(range(first, last), "skip:markup"))
            continue
        question = " ".join(str(fields["title"]).split())
        answer = str(fields.get("body", "")).strip()
        reason = empty_reason(answer)
        if reason is not None:
            diagnostics.append(unanswered(doc.loc(first), question, reason))
            claims.update(dict.fromkeys(range(first, last), "unanswered"))
            continue
        path = _path(doc, first) + section
        drafts.append(CardDraft(doc.loc(first), CONVENTION, question, answer, path, topic_tags(path)))
        claims.update(dict.fromkeys(range(first, last), "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _blocks(doc: Document, taken: Mapping[int, str]) -> list[tuple[str, int, int, dict[str, object]]]:
    """Each free block: (kind, first line, line after `[/block]`, its JSON fields)."""
    lines = doc.lines
    found: list[tuple[str, int, int, dict[str, object]]] = []
    n = 0
    while n < len(lines):
        opening = _OPEN.match(lines[n]) if lines[n].startswith("[block:") else None
        if opening is None:
            n += 1
            continue
        end = next((m for m in range(n + 1, len(lines)) if _CLOSE.match(lines[m]) or _OPEN.match(lines[m])), None)
        if end is None or not _CLOSE.match(lines[end]):
            n += 1
            continue
        if taken.keys().isdisjoint(range(n, end + 1)):
            found.append((opening.group("kind").lower(), n, end + 1, _fields(lines[n + 1 : end])))
        n = end + 1
    return found


def _fields(lines: Sequence[str]) -> dict[str, object]:
    """The JSON object of a block's lines, or its one-line string fields when it does not load."""
    try:
        value = json.loads("\n".join(lines))
    except ValueError:
        value = None
    if isinstance(value, dict):
        return value
    fields: dict[str, object] = {}
    for line in lines:
        match = _FIELD.match(line)
        if match:
            try:
                fields[match.group("name")] = json.loads(f'"{match.group("value")}"')
            except ValueError:
                fields[match.group("name")] = match.group("value")
    return fields


def _path(doc: Document, line: int) -> tuple[str, ...]:
    """The Markdown headings above source LINE (the block holding it)."""
    index = next((i for i, block in enumerate(doc.blocks) if block.first <= line < block.last), None)
    return () if index is None else tuple(clean_heading(p) for p in heading_path(doc, index))
