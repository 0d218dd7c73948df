"""Bare question lines: a plain line that asks, followed by lines that answer.

    How does dropout work?
    Randomly setting a fraction of neurons to zero during training.

Only top-level paragraph lines count (a `When to use what?` line inside a list item is part of that item's
text). The answer is the rest of the paragraph up to the next question line; a question that ends its
paragraph takes the following blocks up to the next heading, rule or question.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered
from .document import Document
from .outline import clean_heading, topic_tags
from .questions import asks_on_its_own, clean_question, first_question_line


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from bare question lines in free paragraphs."""

    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    seen = dict(taken)  # what earlier rules and this rule's own earlier cards hold
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind != "paragraph":
            continue
        free_lines = [n for n in range(block.first, block.last) if n not in seen]
        questions = [n for n in free_lines if asks_on_its_own(doc, n, block)]
        if not questions:
            continue
        section = doc.section_of_block(index)
        path = (section.path + (section.title,)) if section and not (section.level == 1 and section.title == doc.title) else ()
        for q_pos, q in enumerate(questions):
            end = questions[q_pos + 1] if q_pos + 1 < len(questions) else block.last
            parts = [doc.text(q + 1, end)] if end > q + 1 else []
            used = [(q, end)]
            if end == block.last:
                for later in range(index + 1, len(blocks)):
                    nxt = blocks[later]
                    if nxt.kind in ("heading", "hr") or not is_free(doc, seen, later):
                        break
                    if first_question_line(doc, nxt) == nxt.first:
                        break
                    stop = first_question_line(doc, nxt)
                    parts.append(doc.text(nxt.first, stop if stop is not None else nxt.last))
                    used.append((nxt.first, stop if stop is not None else nxt.last))
                    if stop is not None:
                        break
            question, _ = clean_question(doc.lines[q])
            answer = "\n\n".join(p.strip("\n") for p in parts if p.strip())
            reason = empty_reason(answer)
            loc = doc.loc(q)
            if reason:
                diagnostics.append(unanswered(loc, question, reason))
                for first, last in used:
                    claims.update(claim(first, last, "unanswered"))
                seen.update(claims)
                continue
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, "bare-line", question, answer, context, topic_tags(path)))
            for first, last in used:
                claims.update(claim(first, last, "card"))
            seen.update(claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
