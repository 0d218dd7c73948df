"""Learning-objective headings: `## Objective 1 — Describe the fluid mosaic model.`, the section as the answer.

Study guides title each section with a numbered objective: a label (`Objective`, `Learning objective`,
`Learning outcome`, `LO`, `Objetivo`, `Obiettivo`, `Objectif`, `Lernziel`, `Цель`), its number, a separator
and an imperative prompt (`Explain how …`, `Distinguish between …`). The prompt after the label is the front,
the section body (with its deeper sub-sections) the back. Curriculum notes copy their learning outcome
statements the same way (`## LOS 12.b — *explain* and *contrast* gross and net …`: the label `LOS`, a reading number
with a lettered outcome, the command words in italics, which the front shows as plain words). A rule (`---`) closing the body ends
the answer: the deeper sections after it are the notes' own. An objective whose body is only a comment or a note
to self (`TODO — finish after the lab`, `_(to do — see p. 112)_`) is reported `unanswered`. The same objectives listed under "you
should be able to:" are the guide's outline, left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, unanswered
from .document import Document, search_lines
from .outline import clean_heading, topic_tags

CONVENTION = "objective"

_OBJECTIVE = re.compile(
    r"^\s*(?:learning\s+(?:objective|outcome(?:\s+statement)?|goal)|objective|outcome|los?|objetivo(?:\s+de\s+aprendizaje)?|"
    r"obiettivo(?:\s+formativo)?|objectif(?:\s+d['’]apprentissage)?|lernziel|цель|ціль)"
    r"\s*#?\s*(?P<number>\d{1,3}(?:\.(?:\d{1,3}|[a-z]))?)\s*(?:[—–:.)-]\s*|\s+)(?P<prompt>[^\W\d_][^\n]*\S)\s*$",
    re.I,
)
_MIN_WORDS = 3
# `_(to do — periodicity conversion, see p. 112)_`: one emphasised line in brackets where the answer goes, a
# note to self about it.
_NOTE_TO_SELF = re.compile(r"^\s*(?P<e>\*\*|__|\*|_)\([^\n]*\)(?P=e)\s*$")
# A cheap look at the whole text: no heading carries an objective label, nothing to do (nearly every document).
_MARK = re.compile(r"^#{1,6}[ \t]+(?:learning|objective|outcome|lo|objetivo|obiettivo|objectif|lernziel|цель|ціль)", re.I | re.M)


def objective_prompt(title: str) -> str | None:
    """The prompt of a numbered learning-objective title (`Objective 2 — Explain …` → `Explain …`), or None."""
    match = _OBJECTIVE.match(clean_heading(title))
    if match is None or len(match["prompt"].split()) < _MIN_WORDS:
        return None
    return match["prompt"]


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from learning-objective headings (see the module docstring)."""
    if not search_lines(_MARK, doc.source.text):  # from line break to line break, not at every character
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, section in enumerate(doc.sections):
        head = doc.blocks[section.block]
        prompt = objective_prompt(section.title)
        if prompt is None or head.first in taken:
            continue
        blocks = list(section.body)
        closed = bool(blocks) and doc.blocks[blocks[-1]].kind == "hr"  # `---` under the answer: what follows is not it
        for later in range(index + 1, len(doc.sections)):
            sub = doc.sections[later]
            if sub.level <= section.level or closed:
                break
            blocks.extend((sub.block, *sub.body))
        blocks = [i for i in blocks if is_free(doc, taken, i)]
        while blocks and doc.blocks[blocks[-1]].kind == "hr":
            blocks.pop()
        answer = build_answer(doc, blocks)
        loc = doc.loc(head.first)
        reason = "card"
        empty = answer.empty_reason or ("placeholder" if _NOTE_TO_SELF.match(answer.markdown) else None)
        if empty:
            diagnostics.append(unanswered(loc, prompt, empty))
            reason = "unanswered"
        else:
            context = tuple(clean_heading(p) for p in section.path)
            tags = answer.tags + topic_tags(section.path)
            drafts.append(CardDraft(loc, "objective", prompt, answer.markdown, context, tags, answer_tokens=answer.tokens))
        claims.update(claim(head.first, head.last, reason))
        for i in answer.claimed:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, reason))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)
