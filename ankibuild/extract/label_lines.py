"""Rapid-review paragraphs of bold labels, one card a line, written without blank lines between them:

    **Most common cause of croup:** parainfluenza virus
    **Drug of choice for absence seizures:** ethosuximide
    **Why is digoxin toxic in hypokalaemia?** Less K⁺ competes for its Na⁺/K⁺-ATPase site.

Markdown joins such lines into one paragraph with soft breaks; the same lines as a bullet list are read
by the glossary rule. Here a paragraph of two lines or more whose EVERY line opens with a bold label ending
with `:` (inside or outside the bold) or with `?` is a list of cards: the label is the front, the rest of
the line the back. A line with nothing after its label is reported unanswered. One such line among prose
is no list, and neither is a block of metadata: a `:` label must hold two words or more and not end with a
number (`**Author:** …`, `**Step 2:** …` are fields and steps, not prompts), and two lines at least must be
answered.

The lines may be lettered, in any script, as a list written without list marks (`a. **Osmosis:** …`,
`β) **Κωδικόνιο:** …`): when every line of the paragraph is, the labels are the terms of that list, and a
label of one word is a term too; the letter is no part of the front.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, free_blocks_of, lazy_pattern, search_lines
from .outline import clean_heading, heading_path, topic_tags

CONVENTION = "label-line"

# The cheap test: two lines in a row that open with a bold span.
_PRECHECK = lazy_pattern(
    r"^[ \t]{0,3}(?:[^\W\d_][.)][ \t]+)?(?:\*\*|__)[^\n]*\n[ \t]{0,3}(?:[^\W\d_][.)][ \t]+)?(?:\*\*|__)", re.M
)
_LINE = lazy_pattern(
    r"^[ \t]{0,3}(?P<letter>[^\W\d_][.)][ \t]+)?(?P<b>\*\*|__)(?P<label>(?:(?!\*\*|__)[^\n]){1,200}?)(?P=b)[ \t]*(?P<colon>[:：])?[ \t]*(?P<rest>.*?)"
    r"(?:[ \t]{2,}|\\)?$"
)
_ASKS = ("?", "？")
_MIN_ANSWERED = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the paragraphs of bold-label lines (see the module docstring)."""
    if "**" not in doc.source.text and "__" not in doc.source.text:
        return RuleResult()
    if not _may_open_pairs(doc, taken) or not search_lines(_PRECHECK, doc.source.text):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or block.last - block.first < 2:
            continue
        if not taken.keys().isdisjoint(range(block.first, block.last)):
            continue
        pairs = _pairs(doc.lines[block.first : block.last])
        if pairs is None or sum(1 for _, back in pairs if empty_reason(back) is None) < _MIN_ANSWERED:
            continue
        path = heading_path(doc, index)
        context = tuple(clean_heading(p) for p in path)
        for n, (front, back) in enumerate(pairs, block.first):
            loc = doc.loc(n)
            reason = empty_reason(back)
            if reason is not None:
                diagnostics.append(unanswered(loc, front, reason))
                claims.update(claim(n, n + 1, "unanswered"))
                continue
            drafts.append(CardDraft(loc, CONVENTION, front, back, context, topic_tags(path)))
            claims.update(claim(n, n + 1, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_open_pairs(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when no free paragraph of two lines or more opens with a bold mark: each line of a paragraph
    `extract` cards must match `_LINE`, which opens so. Only the few paragraphs left free are read."""
    blocks = doc.blocks
    return any(
        blocks[i].last - blocks[i].first >= 2 and _LINE_OPENING.match(doc.lines[blocks[i].first]) is not None
        for i in free_blocks_of(doc, taken, ("paragraph",))
    )


# A line opening with a bold mark, a letter of a list written without list marks before it or not.
_LINE_OPENING = lazy_pattern(r"[ \t]{0,3}(?:[^\W\d_][.)][ \t]+)?(?:\*\*|__)")


def _pairs(lines: tuple[str, ...]) -> list[tuple[str, str]] | None:
    """(front, back) of each line, or None when one line is not a bold prompt."""
    pairs: list[tuple[str, str]] = []
    matches = [_LINE.match(line) for line in lines]
    lettered = all(match is not None and match.group("letter") for match in matches)
    for match in matches:
        if match is None:
            return None
        label = match.group("label").strip()
        if match.group("colon"):
            if label.endswith((":", "：")):
                return None  # `**Term:**:`: not a shape people write
        elif label.endswith((":", "：")):
            label = label[:-1].rstrip()
        elif not label.endswith(_ASKS):
            return None
        if not label.endswith(_ASKS) and ((len(label.split()) < 2 and not lettered) or label[-1:].isdigit()):
            return None
        pairs.append((label, match.group("rest").strip()))
    return pairs
