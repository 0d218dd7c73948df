"""Heading questions: `### What is …?`, `## 12. Explain …`, `### Bagging vs Boosting`, with the section body
as the answer.

The answer runs to the next heading of the same or a higher level, or to the next heading that is itself a
question, or to a bare question line (which the bare-line rule then takes). An answer box opening the body
(`??? success "View Answer"`, `> [!success]- Answer`) is unwrapped; a metadata line under the heading becomes
tags.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .document import Document
from .outline import clean_heading, heading_question, topic_tags
from .questions import first_question_line, is_question_list, tag_slug


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from question headings."""
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    questions = [heading_question(doc, s) for s in doc.sections]
    for index, section in enumerate(doc.sections):
        found = questions[index]
        head = doc.blocks[section.block]
        if found is None or head.first in taken or (section.level == 1 and section.title == doc.title):
            continue
        question, companies = found
        own = [doc.blocks[i] for i in section.body if doc.blocks[i].kind != "hr"]
        if own and all(is_question_list(doc, block) for block in own):
            continue  # `## What should you be able to answer?` over a list of questions: it introduces them
        blocks = _answer_blocks(doc, taken, index, questions)
        cut_blocks, cut_line = _cut_at_bare_question(doc, blocks)
        answer = build_answer(doc, cut_blocks, stop_line=cut_line)
        loc = doc.loc(head.first)
        if answer.empty_reason:
            diagnostics.append(unanswered(loc, question, answer.empty_reason))
            claims.update(claim(head.first, head.last, "unanswered"))
            for i in answer.claimed:
                claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "unanswered"))
            continue
        tags = answer.tags + tuple(f"asked_by::{tag_slug(c)}" for c in companies) + topic_tags(section.path)
        context = tuple(clean_heading(p) for p in section.path)
        drafts.append(CardDraft(loc, "heading", question, answer.markdown, context, tags, answer_tokens=answer.tokens))
        claims.update(claim(head.first, head.last, "card"))
        for i in answer.claimed:
            block = doc.blocks[i]
            last = cut_line if (cut_line is not None and block.first <= cut_line < block.last) else block.last
            claims.update(claim(block.first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _answer_blocks(doc: Document, taken: Mapping[int, str], index: int, questions: Sequence[object]) -> list[int]:
    section = doc.sections[index]
    blocks = [i for i in section.body]
    for later in range(index + 1, len(doc.sections)):
        sub = doc.sections[later]
        if sub.level <= section.level or questions[later] is not None:
            break
        blocks.append(sub.block)
        blocks.extend(sub.body)
    return [i for i in blocks if is_free(doc, taken, i)]


def _cut_at_bare_question(doc: Document, blocks: list[int]) -> tuple[list[int], int | None]:
    """Stop the answer where a bare question line starts (seed-style `How does X work?` lines)."""
    for n, i in enumerate(blocks):
        line = first_question_line(doc, doc.blocks[i])
        if line is None:
            continue
        if line == doc.blocks[i].first:
            return blocks[:n], None
        return blocks[: n + 1], line
    return blocks, None
