"""Rapid-fire paragraphs of bold `Q:` lines, each holding its own `A:`, written without blank lines:

    **Q:** Boiling point of water at sea level? **A:** 100 °C
    **Q:** Who wrote *Middlemarch*? **A:** George Eliot
    **Q:** Avogadro's number?

Markdown joins such lines into one paragraph with soft breaks, so read as one question the first line
would take all the others as its answer. Here a paragraph of two lines or more whose EVERY line opens with
a bold question label (`**Q:**`, `**Q.**`, `**Q3:**`, `**Question:**`, `__Q:__`) is a list of one-line
cards: the text up to the line's bold answer label (`**A:**`, `**Ans.**`, `**Answer:**`, or a plain `A:`
after a `?`) is the front, the rest of the line the back. A line without an answer label, or with nothing
after it, is reported unanswered, never folded into another card. A single such line, or a paragraph that
alternates `**Q:**` and `**A:**` lines, is left to the bold-question rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, a_line_opens_with, free_blocks_of, lazy_pattern
from .outline import clean_heading, heading_path, topic_tags
from .questions import INLINE_ANSWER_LABEL

CONVENTION = "bold-qa-line"

# `**Q:**`, `**Q3.**`, `**Question:**`, `**Q**:`: the bold label that opens every line of such a paragraph.
_Q_LINE = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__)(?:Q|Question)(?:[ \t]*\d+[a-z]?)?[ \t]*(?:[:.：][ \t]*(?P=b)|(?P=b)[ \t]*[:.：])[ \t]*(?P<rest>.*)$",
    re.I,
)
# A bold answer label anywhere in the line (a plain one counts only after a `?`: INLINE_ANSWER_LABEL).
_BOLD_A_LABEL = lazy_pattern(
    r"[ \t]*(?P<b>\*\*|__)(?:A|Ans|Answer)(?:[ \t]*\d+[a-z]?)?[ \t]*(?:[:.：][ \t]*(?P=b)|(?P=b)[ \t]*[:.：])[ \t]*",
    re.I,
)
_HARD_BREAK = lazy_pattern(r"(?:[ \t]{2,}|\\)$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the paragraphs of one-line bold `Q:` … `A:` items (see the module docstring)."""
    if "**" not in doc.source.text and "__" not in doc.source.text:
        return RuleResult()
    if not a_line_opens_with(doc, ("q", "question")):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    blocks = doc.blocks
    for index in free_blocks_of(doc, taken, ("paragraph",)):
        block = blocks[index]
        if block.last - block.first < 2 or not taken.keys().isdisjoint(range(block.first, block.last)):
            continue
        items = _items(doc.lines[block.first : block.last])
        if items is None:
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        for n, (front, back) in enumerate(items, block.first):
            loc = doc.loc(n)
            reason = "no answer on its line" if back is None else empty_reason(back)
            if reason is not None:
                diagnostics.append(unanswered(loc, front, reason))
                claims.update(claim(n, n + 1, "unanswered"))
                continue
            assert back is not None
            drafts.append(CardDraft(loc, CONVENTION, front, back, context, topic_tags(path)))
            claims.update(claim(n, n + 1, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _items(lines: tuple[str, ...]) -> list[tuple[str, str | None]] | None:
    """(front, back or None) of each line, or None when a line does not open with a bold question label
    or no line holds an answer label (a paragraph of questions only is another shape)."""
    items: list[tuple[str, str | None]] = []
    for line in lines:
        match = _Q_LINE.match(line)
        if match is None:
            return None
        rest = _HARD_BREAK.sub("", match.group("rest")).strip()
        label = _BOLD_A_LABEL.search(rest) or INLINE_ANSWER_LABEL.search(rest)
        if label is None:
            if not rest:
                return None
            items.append((rest, None))
            continue
        front, back = rest[: label.start()].strip(), rest[label.end() :].strip()
        if not front:
            return None  # `**Q:** **A:** …`: not a shape people write
        items.append((front, back))
    if sum(1 for _, back in items if back) < 2:
        return None
    return items
