"""Heading cards split by a separator line (mdanki decks): each heading is a card, a line holding only `%`
separates its front from its back.

    ## Osmosis

    %

    Net diffusion of water across a selectively permeable membrane.

1. **A card** is a free heading whose section holds a paragraph that is only `%`, every block before it free:
   the heading and the blocks between it and the `%` (a code block it shows) are the front, whatever the title
   says (`## Osmosis` is a card like `## What is osmosis?`); the blocks after the `%` up to the next heading
   (a closing `---` left out) are the back. The `%` line is a separator, never part of a side.
2. **An empty back** (nothing after the `%`, or only a comment or a placeholder) is reported `unanswered`.
3. A document needs two such headings: a lone `%` line under one heading is no deck convention.
4. **Ankdown decks** write the same cards without headings: cards between `---` rules, the front, a `%` line,
   the back, and optionally a second `%` line over the card's tags (`go, concurrency`). Each such segment
   (two or more in the document, a leading HTML comment aside) is a card whose tags are those words; an
   empty back, or one that is only a placeholder (`TODO — finish after …`), is `unanswered`.

Context: the titles of the sections above the heading (document title excluded), and tags its topic tags.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..normalise import tag_slug
from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import build_answer, empty_reason, unanswered
from .document import Document, Section, free_blocks, lazy_pattern, search_lines_holding
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "separator-card"
_SEPARATOR = "%"
_SEPARATOR_LINE = lazy_pattern(r"^[ \t]{0,3}%[ \t]*\r?$", re.M)
# A `%` that ends its line: every separator line holds one (a search from `%` to `%`, where the line
# starts would be tried at every line break of the text).
_ENDING_MARK = lazy_pattern(r"%[ \t]*\r?$", re.M)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from headings split by a `%` line (see the module docstring)."""
    if not _may_end_a_line(doc.source.text) or not search_lines_holding(doc, _SEPARATOR_LINE, _SEPARATOR):
        return RuleResult()  # no line holds only the separator: nearly every document
    free = set(free_blocks(doc, taken))
    cards = [(section, cut) for section in doc.sections if (cut := _separator(doc, section, free)) is not None]
    if len(cards) < 2:
        return _ruled_cards(doc, free)
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section, cut in cards:
        head = doc.blocks[section.block]
        inline = doc.inline(head)
        title = inline.content.strip() if inline is not None else section.title
        shown = [doc.block_text(i).strip("\n") for i in section.body[: section.body.index(cut)]]
        front = "\n\n".join([title, *shown])
        back = [i for i in section.body[section.body.index(cut) + 1 :] if i in free]
        answer = build_answer(doc, back)
        loc = doc.loc(head.first)
        last = doc.blocks[section.body[-1]].last
        outcome = "unanswered" if answer.empty_reason else "card"
        claims.update(claim(head.first, last, outcome))
        if answer.empty_reason:
            diagnostics.append(unanswered(loc, title, answer.empty_reason))
            continue
        context = tuple(clean_heading(p) for p in section.path)
        drafts.append(CardDraft(loc, CONVENTION, front, answer.markdown, context, topic_tags(section.path)))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_end_a_line(text: str) -> bool:
    """False only when no `%` ends a line of TEXT: a separator line cannot stand in it."""
    return _ENDING_MARK.search(text) is not None


def _separator(doc: Document, section: Section, free: set[int]) -> int | None:
    """The index of the `%` paragraph in a free heading's section, every block before it free, else None."""
    if section.block not in free:
        return None
    for index in section.body:
        if index not in free:
            return None
        block = doc.blocks[index]
        if block.kind == "paragraph" and doc.block_text(index).strip() == _SEPARATOR:
            return index
    return None


def _ruled_cards(doc: Document, free: set[int]) -> RuleResult:
    """Ankdown cards between `---` rules (point 4 of the module docstring)."""
    segments: list[list[int]] = [[]]
    for index, block in enumerate(doc.blocks):
        if block.kind == "hr":
            segments.append([])
        elif not (block.kind == "html_block" and doc.block_text(index).lstrip().startswith("<!--") and not segments[-1]):
            segments[-1].append(index)  # a comment opening a segment is the deck's note, no part of a card
    found = [(segment, marks) for segment in segments if (marks := _marks(doc, segment, free))]
    if len(found) < 2:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for segment, marks in found:
        first, last = doc.blocks[segment[0]].first, doc.blocks[segment[-1]].last
        front = doc.text(first, marks[0]).strip()
        back = doc.text(marks[0] + 1, marks[1] if len(marks) > 1 else last).strip()
        words = doc.text(marks[1] + 1, last).strip() if len(marks) > 1 else ""
        tags = tuple(dict.fromkeys(slug for word in re.split(r"[,\s]+", words) if (slug := tag_slug(word))))
        reason = empty_reason(back) if back else "no answer"
        loc = doc.loc(first)
        claims.update(claim(first, last, "card" if reason is None else "unanswered"))
        if reason is not None:
            diagnostics.append(unanswered(loc, " ".join(front.split()), reason))
            continue
        path = heading_path(doc, segment[0])
        drafts.append(CardDraft(loc, CONVENTION, front, back, tuple(clean_heading(p) for p in path), topic_tags(path) + tags))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _marks(doc: Document, segment: list[int], free: set[int]) -> list[int]:
    """The lines of the `%` separators of a segment whose blocks are all free and whose first block is a
    paragraph holding a separator below its first line (one or two of them), else []."""
    if not segment or any(i not in free for i in segment) or doc.blocks[segment[0]].kind != "paragraph":
        return []
    marks = [
        n
        for i in segment
        if doc.blocks[i].kind == "paragraph"
        for n in range(doc.blocks[i].first, doc.blocks[i].last)
        if doc.lines[n].strip() == _SEPARATOR
    ]
    opening = doc.blocks[segment[0]]
    if not marks or not opening.first < marks[0] < opening.last or len(marks) > 2:
        return []
    return marks
