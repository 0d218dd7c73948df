"""Headings that set a task, answered by a box like their sibling questions.

    #### Why does HBr with peroxides give the anti-Markovnikov product?
    > [!TIP]
    > Peroxides start a radical chain …

    #### Predict the major product: 3-methyl-1-butene + HBr
    > [!TIP]
    > 2-bromo-2-methylbutane, after a hydride shift.

Among headings of one level under one parent, where two or more question headings are each answered by a
box of one type (`> [!TIP]`, `??? success`) and carded by the heading rule, a sibling heading that does not
ask by itself but sets a task with a colon-led prompt (`Predict the product: …`, `Name the reagent: …`,
two words at least before the colon) and holds nothing but a box of the same type is a card too: the
heading is the front, the box's body the back. A heading of another shape (`Summary`) or with other content
is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft
from . import RuleResult, claim
from .answers import Box, box_body, empty_reason, read_box
from .document import Document, Section, block_kinds
from .outline import clean_heading, heading_path, heading_question, topic_tags

CONVENTION = "sibling-heading"

_BOX_KINDS = frozenset({"blockquote", "admonition"})
_MIN_SIBLINGS = 2
# `Predict the major product: 3,3-dimethyl-1-butene + H₂O`: two words or more, a colon, then the prompt.
_COLON_PROMPT = re.compile(r"^\s*\S+\s+[^:]*?\S:\s+\S")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards of task headings answered by a box like their sibling questions (see the module docstring)."""
    kinds_held = block_kinds(doc)
    if ("blockquote" not in kinds_held and "admonition" not in kinds_held) or not any(":" in s.title for s in doc.sections):
        return RuleResult()
    groups: dict[tuple[int | None, int], list[Section]] = {}
    for section in doc.sections:
        groups.setdefault((section.parent, section.level), []).append(section)
    drafts: list[CardDraft] = []
    claims: dict[int, str] = {}
    for sections in groups.values():
        prompts = [s for s in sections if _COLON_PROMPT.match(s.title) and _free(doc, taken, s)]
        if not prompts:
            continue
        kinds = [box.kind for s in sections if (box := _answer_box(doc, taken, s)) is not None]
        if len(kinds) < _MIN_SIBLINGS:
            continue
        for section in prompts:
            box = _only_box(doc, section)
            if box is None or box.kind not in kinds or heading_question(doc, section) is not None:
                continue
            answer = box_body(doc, box).strip()
            if empty_reason(answer) is not None:
                continue
            heading = doc.blocks[section.block]
            path = heading_path(doc, section.block)
            context = tuple(clean_heading(p) for p in path[:-1])
            drafts.append(
                CardDraft(
                    doc.loc(heading.first), CONVENTION, clean_heading(section.title), answer, context, topic_tags(path[:-1])
                )
            )
            claims.update(claim(heading.first, doc.blocks[section.body[-1]].last, "card"))
    return RuleResult(tuple(drafts), (), claims)


def _free(doc: Document, taken: Mapping[int, str], section: Section) -> bool:
    return all(doc.blocks[i].first not in taken for i in (section.block, *section.body))


def _only_box(doc: Document, section: Section) -> Box | None:
    """The box that is all a section holds (rules around it aside), else None."""
    body = [i for i in section.body if doc.blocks[i].kind != "hr"]
    if len(body) != 1 or doc.blocks[body[0]].kind not in _BOX_KINDS:
        return None
    return read_box(doc, doc.tokens[doc.blocks[body[0]].start])


def _answer_box(doc: Document, taken: Mapping[int, str], section: Section) -> Box | None:
    """The box of a question heading the heading rule carded with it as the answer, else None."""
    heading = doc.blocks[section.block]
    if taken.get(heading.first) != "card" or heading_question(doc, section) is None:
        return None
    return _only_box(doc, section)
