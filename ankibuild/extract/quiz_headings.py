"""Quiz entries under bare label headings that no answer follows.

    ### Question 6

    A batch job can be interrupted at any time. Which purchasing option is cheapest?

    - A. On-Demand
    - B. Spot Instances

    <!-- answer: B, forgot the details block -->

Practice quizzes title each entry with a label and a number only (`### Question 6`, `### Q6`, `#### Frage 3`,
`### Pregunta 2`, `### 문제 4`, `### 问题 5`); the question is the paragraph under it, then its options and
an answer box, which the `details` rule reads. An entry that rule left free, in a document with two such
headings or more, is reported `unanswered` when its body holds only the question, its options, HTML comments
and rules: the question is accounted for rather than lost, and its heading is never a topic. An entry with
anything else in its body is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import Diagnostic
from . import RuleResult, claim, is_free
from .answers import options_only, unanswered
from .document import Document
from .questions import BARE_LABEL_TITLE, is_question

CONVENTION = "quiz-heading"

_MIN_ENTRIES = 2
_COMMENT = re.compile(r"^\s*<!--.*?-->\s*$", re.S)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """`unanswered` reports for the free quiz entries under bare label headings (see the module docstring)."""
    labelled = [n for n, section in enumerate(doc.sections) if BARE_LABEL_TITLE.match(section.title)]
    if len(labelled) < _MIN_ENTRIES:
        return RuleResult()  # not a quiz of label headings: nearly every document
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for n in labelled:
        section = doc.sections[n]
        indices = (section.block, *section.body)
        if not all(is_free(doc, taken, i) for i in indices):
            continue
        paragraphs = [i for i in section.body if doc.blocks[i].kind == "paragraph"]
        if not paragraphs:
            continue
        first = paragraphs[0]
        question = " ".join(doc.block_text(first).split())
        if not is_question(question) and "?" not in question and "？" not in question:
            continue
        rest = [i for i in section.body if i != first]
        if not all(_filler(doc, i) for i in rest):
            continue  # an answer of some other shape: not this rule's to judge
        block = doc.blocks[first]
        diagnostics.append(unanswered(doc.loc(block.first), question, "no answer"))
        for i in indices:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "unanswered"))
    return RuleResult((), tuple(diagnostics), claims)


def _filler(doc: Document, index: int) -> bool:
    """An option list (`- A. …` to `- D. …`), an HTML comment or a rule: what surrounds an unanswered quiz
    question."""
    block = doc.blocks[index]
    if block.kind == "hr":
        return True
    if block.kind in ("bullet_list", "ordered_list"):
        return options_only(doc.block_text(index))
    return block.kind == "html_block" and bool(_COMMENT.match(doc.block_text(index)))
