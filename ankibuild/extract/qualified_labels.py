"""Bold question labels that say where the question comes from, answered by the next paragraph:

    **Q from the tutorial (not assessed):** Why do lipid bilayers self-assemble?

    The hydrophobic tails avoid water; the heads face it.

A paragraph opening with a bold label made of `Q` or `Question` and a qualifier (`Q from recitation (not
graded):`, `Question for the exam:`, `Q (bonus):`), the colon inside or after the bold, followed by text
that asks (questions.is_question), is a question; the blocks after it up to the next heading, rule or bold
label paragraph are its answer, and a question with nothing after it is unanswered. Read before the
bold-question rule, so that an answer labelled above does not run on over such a question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult
from .answers import block_card, empty_reason
from .document import STRUCTURAL, Document, a_line_opens_with, lazy_pattern
from .questions import is_question

CONVENTION = "qualified-label"

# `**Q from recitation (not graded):**`, `**Question for the exam**:`: the label word, then a qualifier that
# is no number (`**Q3:**` is the numbered label other rules read).
_LABEL = lazy_pattern(
    r"^(?P<b>\*\*|__)(?:Q|Question)[ \t]+(?=[^\W\d_]|\()(?:(?!\*\*|__)[^:\n]){2,60}?[ \t]*"
    r"(?::[ \t]*(?P=b)|(?P=b)[ \t]*:)[ \t]*(?P<rest>\S.*)$",
    re.S,
)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the paragraphs opening with a qualified bold question label (see the module docstring)."""
    if "**" not in doc.source.text and "__" not in doc.source.text:
        return RuleResult()
    if not a_line_opens_with(doc, ("q", "question")):
        return RuleResult()
    blocks = doc.blocks
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not doc.lines[block.first].startswith(("**", "__")):
            continue
        if taken.get(block.first) is not None:
            continue
        match = _LABEL.match(doc.text(block.first, block.last))
        if match is None:
            continue
        question = " ".join(match.group("rest").split())
        if not is_question(question):
            continue
        end = index + 1
        while end < len(blocks) and blocks[end].kind not in STRUCTURAL and taken.get(blocks[end].first) is None:
            if blocks[end].kind == "paragraph" and doc.lines[blocks[end].first].startswith(("**", "__")):
                break
            end += 1
        last = blocks[end - 1].last
        answer = doc.text(blocks[index + 1].first, last).strip() if end > index + 1 else ""
        block_card(doc, CONVENTION, index, last, question, answer, empty_reason(answer), (drafts, diagnostics, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
