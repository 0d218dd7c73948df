"""Exam items keyed in a quote: a bold-numbered stem, its options in a paragraph of their own, and the key in a
blockquote that opens with an answer label, as national-exam resolutions are written:

    **1.** The Hawaiian volcanoes are associated with

    (A) a convergent plate boundary.
    (B) a hot spot.
    (C) a continental rift.

    > **Answer:** (B)

1. **The stem** is a free paragraph opening with a bold number (`**1.**`, `**4.1.**`, `**Q3.**`). It need
   not ask: a completion stem is an unfinished sentence (`… ocorre na`), an instruction stem commands
   (`Ordene as letras de A a E …`).
2. **The options**, when there are any, are the next paragraph, made only of option lines lettered in order
   from A (`(A) …`, `A. …`, `a) …`, one a line or several on a line set apart by wide spaces); they belong to
   the question (a lettered list of events to put in order is one too).
3. **The key** is the blockquote right after (HTML comments between are left out) whose first line opens with
   an answer label (`**Answer:**`, `**Resposta:**`, `**Jibu:**`, the labels `questions.ANSWER_LABEL` knows).

The front is the stem, the back the options and the key with its label (as the choice-item rule's), or, for a
stem without options, the quote's content without its label. A document needs an item with options: then its
open items keyed the same way (`**3.** Explique …` over `> **Resposta:** …`) are read with them, and a key
that is empty or only a placeholder is reported unanswered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .answers import block_card, empty_reason, unquote
from .document import Document, block_kinds, lazy_pattern, may_open_a_line_with, next_block_past_comments
from .questions import ANSWER_LABEL

CONVENTION = "quoted-key"

# What a stem line opens with after its spaces and tabs (`document.marked_line_openings`): a bold number.
_STEM_OPENING = lazy_pattern(r"^(?:\*\*|__)(?:Q[ \t]?)?\d", re.M)
_STEM = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__)(?:Q[ \t]?)?\d{1,3}(?:\.\d{1,3}){0,2}[.):]?(?P=b)[ \t]*[.):]?[ \t]+(?P<stem>\S.*)$", re.M
)
# One option: `(A) …`, `A. …`, `a) …`; several on a line stand apart by two spaces or more, or a tab.
_OPTION = lazy_pattern(r"^\(?([A-Fa-f])[.)][ \t]*\S")
_WIDE_GAP = re.compile(r"[ \t\u3000]{2,}|\t|\u3000")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from numbered stems keyed in a quote (see the module docstring)."""
    text = doc.source.text
    if "**" not in text and "__" not in text:
        return RuleResult()
    if "blockquote" not in block_kinds(doc) or not may_open_a_line_with(doc, _STEM_OPENING):
        return RuleResult()
    items = [item for index in range(len(doc.blocks)) if (item := _item(doc, taken, index)) is not None]
    if not any(options for _, _, options, _ in items):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, stem, options, key in items:
        key_text = unquote(doc.block_text(key)).strip()
        label = ANSWER_LABEL.match(key_text)
        assert label is not None  # `_item` checked it
        answer = key_text[label.end() :].strip()
        reason = empty_reason(answer) if answer else "no answer"
        back = options + "\n\n" + key_text if options else answer
        block_card(doc, CONVENTION, index, doc.blocks[key].last, stem, back, reason, (drafts, diagnostics, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _item(doc: Document, taken: Mapping[int, str], index: int) -> tuple[int, str, str, int] | None:
    """(stem block, stem, options, key block) of the item whose stem is block `index`, or None."""
    blocks = doc.blocks
    block = blocks[index]
    if block.kind != "paragraph":
        return None
    match = _STEM.match(doc.lines[block.first])
    if match is None:
        return None
    lines = doc.lines[block.first : block.last]
    if any(_OPTION.match(line.strip()) for line in lines[1:]):
        return None  # options inside the stem's paragraph: the choice-item rule's
    stem = " ".join([match.group("stem").strip(), *(line.strip() for line in lines[1:])])
    after = next_block_past_comments(doc, index)
    options = ""
    if after < len(blocks) and blocks[after].kind == "paragraph":
        candidate = doc.lines[blocks[after].first : blocks[after].last]
        if not _lettered_in_order(candidate):
            return None
        options = "\n".join(line.strip() for line in candidate)
        after = next_block_past_comments(doc, after)
    if after >= len(blocks) or blocks[after].kind != "blockquote":
        return None
    if ANSWER_LABEL.match(unquote(doc.block_text(after)).strip()) is None:
        return None
    if not is_free(doc, taken, index) or not taken.keys().isdisjoint(range(block.first, blocks[after].last)):
        return None
    return index, stem, options, after


def _lettered_in_order(lines: Sequence[str]) -> bool:
    """True for lines made only of options lettered in order from A (or a), two at least."""
    letters: list[str] = []
    for line in lines:
        for part in _WIDE_GAP.split(line.strip()):
            if not part:
                continue
            match = _OPTION.match(part)
            if match is None:
                return False
            letters.append(match.group(1))
    expected = "ABCDEF" if letters and letters[0].isupper() else "abcdef"
    return len(letters) >= 2 and "".join(letters) == expected[: len(letters)]

