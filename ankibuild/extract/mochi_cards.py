"""Mochi-style card exports: cards between `---` rules, front and back split by a `***` rule.

    What is the fluid mosaic model?
    ***
    A bilayer of lipids in which proteins float.

    ---

    Define **osmosis**.
    ***

A segment (the blocks between two non-`***` rules, a heading or the document's ends) that one `***`
rule splits in two is a card: the part above the front (a statement is fine there), the part below the
back, claimed whole (a list in a back never becomes term-list cards); an empty back is `unanswered`.
The rule reads only documents where at least two segments are split so and they are most segments
with text, and two of them at least have a back, so that an ordinary page with a stray `***` rule, or a
digest whose `* * *` rules only close its sections above their headings, is never a card file.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import empty_reason, unanswered
from .document import Block, Document, block_kinds, dedent
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "mochi-card"

_MIN_CARDS = 2
_SKIPPED = frozenset({"html_block", "front_matter"})


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from `***`-split segments (see the module docstring)."""
    # A card's segment holds a star rule, an `hr` block (`_is_star`): without one, nothing to split.
    if "hr" not in block_kinds(doc) or ("***" not in doc.source.text and "* * *" not in doc.source.text):
        return RuleResult()  # no star rule: nearly every document
    segments = _segments(doc)
    split = [s for s in segments if sum(1 for i in s if _is_star(doc, doc.blocks[i])) == 1]
    if len(split) < _MIN_CARDS or 2 * len(split) <= len(segments):
        return RuleResult()
    if sum(1 for s in split if not _is_star(doc, doc.blocks[s[-1]])) < _MIN_CARDS:
        return RuleResult()  # the rules close sections (`* * *` above each heading): no front is split from a back
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for segment in split:
        star = next(n for n, i in enumerate(segment) if _is_star(doc, doc.blocks[i]))
        front, back = segment[:star], segment[star + 1 :]
        if not front:
            continue
        lines = range(doc.blocks[segment[0]].first, doc.blocks[segment[-1]].last)
        if any(line in taken for line in lines):
            continue
        question = _text(doc, front)
        answer = _text(doc, back) if back else ""
        first = doc.blocks[front[0]].first
        if empty_reason(answer) is not None:
            diagnostics.append(unanswered(doc.loc(first), question, "no answer"))
            claims.update(dict.fromkeys(lines, "unanswered"))
            continue
        path = heading_path(doc, front[0])
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(doc.loc(first), CONVENTION, question, answer, context, topic_tags(path)))
        claims.update(dict.fromkeys(lines, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _is_star(doc: Document, block: Block) -> bool:
    return block.kind == "hr" and doc.lines[block.first].strip().startswith("*")


def _segments(doc: Document) -> list[list[int]]:
    """Indices of the content blocks (and star rules) between separators, non-empty segments only."""
    segments: list[list[int]] = []
    current: list[int] = []
    for index, block in enumerate(doc.blocks):
        if block.kind in ("heading", "front_matter") or (block.kind == "hr" and not _is_star(doc, block)):
            if current:
                segments.append(current)
            current = []
        elif block.kind not in _SKIPPED:
            current.append(index)
    if current:
        segments.append(current)
    return [s for s in segments if any(not _is_star(doc, doc.blocks[i]) for i in s)]


def _text(doc: Document, indices: list[int]) -> str:
    first, last = doc.blocks[indices[0]].first, doc.blocks[indices[-1]].last
    return dedent(doc.lines[first:last]).strip()
