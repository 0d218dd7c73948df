"""Heading questions: `### What is …?`, `## 12. Explain …`, `### Bagging vs Boosting`, with the section body
as the answer.

The answer runs to the next heading of the same or a higher level, or to the next heading that is itself a
question, or to a bare question line (which the bare-line rule then takes). An answer box opening the body
(`??? success "View Answer"`, `> [!success]- Answer`) is unwrapped; a metadata line under the heading becomes
tags.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer
from .bare_lines import first_question_line
from .document import Document, Section
from .questions import clean_question, is_comparison, is_question, tag_slug

_HEADING_NUMBER = re.compile(r"^\s*(?:(?:section|chapter|part|unit|module)\s+\d+[.:]?\s*[—–:-]?\s*|\d+(?:\.\d+)*[.)]?\s+)", re.I)


@lru_cache(maxsize=4096)
def clean_heading(title: str) -> str:
    """`Section 2 — Statistics & Probability` → `Statistics & Probability`; `5.1.1 Vectors` → `Vectors`."""
    return _HEADING_NUMBER.sub("", title).strip() or title.strip()


@lru_cache(maxsize=4096)  # every card of a section asks for the same path's tags
def topic_tags(path: tuple[str, ...]) -> tuple[str, ...]:
    """`topic::statistics_probability::hypothesis_testing` from a heading path (document title excluded)."""
    slugs = [tag_slug(clean_heading(p)) for p in path]
    slugs = [s for s in slugs if s]
    return ("topic::" + "::".join(slugs),) if slugs else ()


def heading_path(doc: Document, index: int) -> tuple[str, ...]:
    """Titles of the sections above block `index`, outermost first, the document title left out: the
    context of a card found in that block, and (through `topic_tags`) its topic."""
    section = doc.section_of_block(index)
    if section is None or (section.level == 1 and section.title == doc.title):
        return ()  # a top-level title has nothing above it
    return section.path + (section.title,)


def heading_question(doc: Document, section: Section) -> tuple[str, tuple[str, ...]] | None:
    """The cleaned question of a heading and the companies in its suffix, or None when it asks nothing.
    A heading asks with a `?` or a command word (questions.is_question), or by naming a comparison
    (`Bagging vs Boosting`, `Difference between X and Y`: questions.is_comparison)."""
    known = doc.derived.setdefault("heading_question", {})  # asked by the heading, topic and bold rules
    if section.block not in known:
        inline = doc.inline(doc.blocks[section.block])
        source = inline.content if inline is not None else section.title
        question, companies = clean_question(source)
        plain = question if source == section.title else clean_question(section.title)[0]
        known[section.block] = (question, companies) if is_question(plain) or is_comparison(plain) else None
    found: tuple[str, tuple[str, ...]] | None = known[section.block]
    return found


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
        blocks = _answer_blocks(doc, taken, index, questions)
        cut_blocks, cut_line = _cut_at_bare_question(doc, blocks)
        answer = build_answer(doc, cut_blocks, stop_line=cut_line)
        loc = doc.loc(head.first)
        if answer.empty_reason:
            diagnostics.append(Diagnostic(loc, "info", "unanswered", f"{question} ({answer.empty_reason})"))
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
