"""Blocks deliberately not carded: tables of contents, link lists, outlines, the document's own title
matter. Claiming them here is what lets the build say "skipped, on purpose" instead of "unclassified"."""

from __future__ import annotations

import re
from collections.abc import Mapping

from . import RuleResult, claim
from .document import Block, Document, free_blocks

_TOC_TITLE = re.compile(r"^\s*(table of contents|contents|toc|index|outline)\s*$", re.I)
_LINK = re.compile(r"\[[^\]]*\]\([^)]*\)|<?https?://\S+>?")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Claim tables of contents, link lists and outline lists."""
    claims: dict[int, str] = {}
    toc_blocks = _toc_blocks(doc)
    for index in free_blocks(doc, taken):  # the blocks no rule claimed, shared with the rules before
        block = doc.blocks[index]
        reason = None
        if index in toc_blocks or (block.kind == "table" and _links_table(doc, block)):
            reason = "skip:toc"
        elif block.kind in ("bullet_list", "ordered_list", "paragraph") and _only_links(doc, block):
            reason = "skip:links"
        elif block.kind in ("bullet_list", "ordered_list") and _is_outline(doc, block):
            reason = "skip:outline"
        elif block.kind == "html_block" and doc.block_text(index).lstrip().startswith("<!--"):
            reason = "skip:comment"
        if reason:
            claims.update(claim(block.first, block.last, reason))
    return RuleResult(claims=claims)


def _toc_blocks(doc: Document) -> set[int]:
    found: set[int] = set()
    for n, section in enumerate(doc.sections):
        if not _TOC_TITLE.match(section.title):
            continue
        found.update(section.body)
        for later in doc.sections[n + 1 :]:
            if later.level <= section.level:
                break
            found.add(later.block)
            found.update(later.body)
    return found


def _items(doc: Document, block: Block) -> list[str]:
    """The text of each line of a list or paragraph, markers removed."""
    lines = [doc.lines[n].strip() for n in range(block.first, block.last)]
    return [re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", line) for line in lines if line]


def _only_links(doc: Document, block: Block) -> bool:
    items = _items(doc, block)
    if not items:
        return False
    return all(_LINK.search(item) and len(_LINK.sub("", item).split()) <= 6 for item in items)


def _is_outline(doc: Document, block: Block) -> bool:
    """A list of short topic names, not sentences: something to study, not something that answers."""
    items = _items(doc, block)
    if not items:
        return False
    short = sum(1 for item in items if len(item.split()) <= 10 and not _SENTENCE_END.search(item.rstrip(", ")))
    return short / len(items) >= 0.8


_ANCHOR_LINK = re.compile(r"\[[^\]]+\]\(#[^)]*\)")


def _links_table(doc: Document, block: Block) -> bool:
    """A table whose every body row links to an anchor of the page (`| 1 | [What is X?](#what-is-x) |`):
    a table of contents written as a table."""
    rows = [doc.lines[n] for n in range(block.first + 2, block.last) if doc.lines[n].strip()]
    return bool(rows) and all(_ANCHOR_LINK.search(row) for row in rows)
