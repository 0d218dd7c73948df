"""Past-paper questions labelled by their year: a bold label naming the paper's year and the question's
number opens the question's paragraph, its options (if any) on the lines below, and a paragraph opening
with an answer label after it holds the key.

    **2022 Q14.** How many bits does an IPv4 address hold?
    (1) 16 (2) 32 (3) 64 (4) 128

    ✔ Answer: (2)

1. **An item** is a free paragraph whose first line opens with a bold label of a year (`1990`–`2099`,
   bracketed or not) and a question label with its number (`Q14`, `Question 3`, `प्रश्न 2`, the shared
   `questions.QUESTION_LABEL_WORDS`): `**2022 Q14.**`, `**[2019] Q3:**`, `**2021 Question 5**`. The year-and-
   number label says the line asks, whatever its wording.
2. **The front** is the text after the label with the paragraph's other lines (the options) below it;
   **the back** is the paragraph right after it when that paragraph opens with an answer label
   (`questions.ANSWER_LABEL`: `Answer:`, `පිළිතුර:`, `**Antwort:**` …), a tick before the label allowed
   (`✔ Answer: (2)`, `✅ **Answer:**`), the label dropped.
3. An item whose next block holds no such key, or whose key is empty or a placeholder, is reported
   `unanswered` with its own line and the question.

Context: the titles of the sections above the item (document title excluded), and tags its topic tags.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .document import Document, free_blocks_of, lazy_pattern, may_open_a_line
from .outline import heading_path, topic_tags
from .questions import ANSWER_LABEL, QUESTION_LABEL_WORDS

CONVENTION = "past-paper-item"

# The first word of a labelled line (`document.line_heads`): the year.
_YEARS = ("19", "20")
_LABEL = lazy_pattern(
    r"^[ \t]{0,3}(?P<b>\*\*|__)\[?(?:19|20)\d{2}\]?[ \t]*[-–—/,]?[ \t]*"
    + QUESTION_LABEL_WORDS
    + r"[ \t]*[#№]?[ \t]*\d{1,3}[a-z]?"
    r"[ \t]*(?:[.:：)][ \t]*(?P=b)|(?P=b)[ \t]*[.:：)]?)[ \t]*(?=\S)",
    re.I,
)
# A tick before an answer label: `✔ Answer:`, `✅ **Answer:**`.
_TICK = lazy_pattern(r"^[ \t]*[✔✓☑✅]\ufe0f?[ \t]*")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from year-labelled past-paper questions and their keys (see the module docstring)."""
    if not may_open_a_line(doc, _YEARS):
        return RuleResult()
    free = free_blocks_of(doc, taken, ("paragraph",))
    if not any(_LABEL.match(doc.lines[doc.blocks[i].first]) for i in free):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    free_set = set(free)
    for index in free:
        block = doc.blocks[index]
        label = _LABEL.match(doc.lines[block.first])
        if label is None:
            continue
        lines = doc.block_text(index).strip("\n").split("\n")
        question = "\n".join([lines[0][label.end() :].strip(), *(line.strip() for line in lines[1:])]).strip()
        if not question:
            continue
        loc = doc.loc(block.first)
        key = _key(doc, index + 1) if index + 1 in free_set else None
        if key is None:
            claims.update(claim(block.first, block.last, "unanswered"))
            diagnostics.append(unanswered(loc, question, "no answer"))
            continue
        answer, last = key
        reason = empty_reason(answer)
        claims.update(claim(block.first, last, "unanswered" if reason else "card"))
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            continue
        path = heading_path(doc, index)
        drafts.append(CardDraft(loc, CONVENTION, question, answer, path, topic_tags(path)))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _key(doc: Document, index: int) -> tuple[str, int] | None:
    """The answer of the key paragraph at block INDEX without its label, and the line after it; None when
    that block is no paragraph opening with an answer label."""
    if index >= len(doc.blocks) or doc.blocks[index].kind != "paragraph":
        return None
    text = doc.block_text(index).strip("\n")
    tick = _TICK.match(text)
    rest = text[tick.end() :] if tick else text
    label = ANSWER_LABEL.match(rest)
    if label is None:
        return None
    return rest[label.end() :].strip(), doc.blocks[index].last
