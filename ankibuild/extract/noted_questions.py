"""Questions followed only by a note that they were not attempted, in a log of problems between rules:

    ---

    **2018 Regional Round #14**
    How many lattice points lie strictly inside the triangle with vertices (0,0), (12,0) and (0,9)?

    *(ran out of time, not tried yet)*

    ---

A top-level paragraph that asks (questions.is_question), after a rule, a heading, an HTML comment or the
start of the document, followed by a paragraph that is only an emphasised note in parentheses (`*( … )*`,
`_( … )_`) and then by a rule, a heading or the end, is reported `unanswered`: the note stands where the
answer goes. A first line naming the problem's source in bold (`**2019 AMC 10A #7**`) is no part of the
question. Read late, after every rule that could answer the question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import Diagnostic
from . import RuleResult
from .answers import unanswered
from .document import STRUCTURAL, Document, free_blocks, has_free_blocks, lazy_pattern, may_open_a_line_with
from .questions import is_question, without_source_label_line

# A line opening with an emphasised parenthesis (`*(`, `_(`): the precheck of `_NOTE`.
_NOTE_OPENING = re.compile(r"^[*_]\(", re.M)
# `*(skipped, not tried yet)*`, `_(did not get to it)_`: a whole paragraph, emphasised and parenthesised.
_NOTE = lazy_pattern(r"^(?P<e>[*_])\([^()\n]+(?:\n[^()\n]+)*\)[^\w*_]*(?P=e)$")
_BEFORE = frozenset({"html_block"}) | STRUCTURAL


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """`unanswered` reports for the questions followed only by a parenthesised note (see the module docstring)."""
    if not may_open_a_line_with(doc, _NOTE_OPENING) or not has_free_blocks(doc, taken, ("paragraph",)):
        return RuleResult()
    blocks = doc.blocks
    free = set(free_blocks(doc, taken))
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index in sorted(free):
        note = index + 1
        if blocks[index].kind != "paragraph" or note not in free or blocks[note].kind != "paragraph":
            continue
        if index > 0 and blocks[index - 1].kind not in _BEFORE:
            continue
        if note + 1 < len(blocks) and blocks[note + 1].kind not in STRUCTURAL:
            continue
        if _NOTE.match(doc.block_text(note).strip()) is None:
            continue
        question = without_source_label_line(doc.block_text(index).strip())
        if not is_question(question) or "\n\n" in question:
            continue
        diagnostics.append(
            unanswered(doc.loc(blocks[index].first), " ".join(question.split()), "only a note that it was not tried")
        )
        claims.update(dict.fromkeys(range(blocks[index].first, blocks[note].last), "unanswered"))
    return RuleResult((), tuple(diagnostics), claims)
