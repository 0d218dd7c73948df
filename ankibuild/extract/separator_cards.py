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

Context: the titles of the sections above the heading (document title excluded), and tags its topic tags.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import build_answer, unanswered
from .document import Document, Section, free_blocks, lazy_pattern, search_lines_holding
from .outline import clean_heading, topic_tags

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
        return RuleResult()
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
