"""Dot-leader lines: a prompt, a row of dots, its answer at the end of the line, as a quick-facts sheet or a
printed index sets them out so that the right-hand side can be covered with a card.

    ```text
    Boiling point of water at sea level ....... 100 °C
    Freezing point of water ................... 0 °C
    ```

    - Speed of light in vacuum ......... about 300 000 km/s
    - Age of the universe .............. ?

The leader is a run of four dots or more (or three ellipses) after the prompt, the answer runs from it to
the line's end. Two places hold such lines:

- a code fence without a language or of plain text (`text`, `txt`, `plain`) whose every line is a leader
  line: one card per line;
- a top-level list (bulleted or numbered) of one-line items, two of them or more leader lines: one card per
  leader item; the list's other items are left to the other rules (an item that pairs its prompt and
  answer with another separator, `→`, is read by the rules of that separator).

Lines whose answers are all bare numbers (`Introduction ....... 3`) are a table of contents and its pages:
no cards. The prompt is the front (the item's number dropped), the answer the back. A leader with nothing after it, or
with a placeholder (`???`, `TODO`), leaves the prompt `unanswered`. A sentence with a gap of dots in it
(`Iron rusting is an example of .......... .`) is a cloze, read earlier in the chain; here the dots must
separate two parts of the line, the prompt before them holding a word. The sections holding these lines
count as question sections (`document.QUESTION_TABLES`): their headings are the cards' context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import QUESTION_TABLES, Document, free_blocks_of, lazy_pattern, list_items, text_holds
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "dot-leader"

# `Prompt ....... answer`, `Prompt…………answer`: the leader after the prompt, the answer (maybe none) after it.
_LEADER_LINE = lazy_pattern(r"^(?P<prompt>.*?[^\W_].*?\S)[ \t]*(?:\.{4,}|…{3,})(?:[ \t]*(?P<answer>[^.…\s].*?))?[ \t]*$")
# `- `, `1. `: a list item's marker.
_ITEM_MARK = lazy_pattern(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+")
# `3`, `xiv`, `p. 12`: a page number.
_PAGE = lazy_pattern(r"^(?:p{1,2}\.?[ \t]*)?(?:\d{1,4}|[ivxlc]{1,6})$", re.I)
_PLAIN_FENCES = frozenset({"", "text", "txt", "plain", "plaintext"})
_MIN_LINES = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the leader lines of plain-text fences and lists (see the module docstring)."""
    if not (text_holds(doc, "....") or text_holds(doc, "………")):
        return RuleResult()  # no leader anywhere: most documents
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    found: set[int] = set()
    for index in free_blocks_of(doc, taken, ("fence",)):
        block = doc.blocks[index]
        if doc.tokens[block.start].info.strip().lower() not in _PLAIN_FENCES:
            continue
        lines = [n for n in range(block.first + 1, block.last - 1) if doc.lines[n].strip()]
        matches = [_LEADER_LINE.match(doc.lines[n].strip()) for n in lines]
        if len(lines) < _MIN_LINES or not all(matches) or _page_numbers(matches):
            continue
        found.add(index)
        for n in lines:
            _card(doc, index, n, doc.lines[n].strip(), drafts, diagnostics, claims)
        claims.update({n: "card" for n in range(block.first, block.last) if n not in claims})
    for index in _lists(doc, taken):
        block = doc.blocks[index]
        items = [
            (first, match)
            for first, last in list_items(doc, block)
            if last == first + 1 and not any(n in taken for n in range(first, last))
            if (match := _LEADER_LINE.match(_ITEM_MARK.sub("", doc.lines[first], count=1).strip()))
        ]
        if len(items) < _MIN_LINES or _page_numbers([match for _, match in items]):
            continue
        found.add(index)
        for first, match in items:
            _card(doc, index, first, match.group(0), drafts, diagnostics, claims)
    if found:
        doc.derived[QUESTION_TABLES] = frozenset(found) | doc.derived.get(QUESTION_TABLES, frozenset())
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _page_numbers(matches: Sequence[re.Match[str] | None]) -> bool:
    """True when every leader line ends in a bare number (`Introduction ....... 3`): a table of contents."""
    return all(match is not None and _PAGE.match(match.group("answer") or "") for match in matches)


def _lists(doc: Document, taken: Mapping[int, str]) -> list[int]:
    """The top-level lists some of whose lines are free (a list's other items may be another rule's)."""
    return [
        index
        for index, block in enumerate(doc.blocks)
        if block.kind in ("bullet_list", "ordered_list") and not all(n in taken for n in range(block.first, block.last))
    ]


def _card(
    doc: Document,
    index: int,
    line: int,
    text: str,
    drafts: list[CardDraft],
    diagnostics: list[Diagnostic],
    claims: dict[int, str],
) -> None:
    match = _LEADER_LINE.match(text)
    assert match is not None
    prompt, answer = match.group("prompt").strip(), (match.group("answer") or "").strip()
    path = heading_path(doc, index)
    loc = doc.loc(line)
    reason = empty_reason(answer) if answer.strip("?？ ") else "no answer"
    if reason is not None:
        diagnostics.append(unanswered(loc, prompt, reason))
        claims.update(claim(line, line + 1, "unanswered"))
        return
    drafts.append(CardDraft(loc, CONVENTION, prompt, answer, tuple(clean_heading(p) for p in path), topic_tags(path)))
    claims.update(claim(line, line + 1, "card"))
