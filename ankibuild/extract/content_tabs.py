"""Question and answer content tabs (mkdocs-material `pymdownx.tabbed`).

    ## Exercise 3

    === "Question"

        Name the three layers of the heart wall.

    === "Answer"

        Endocardium, myocardium and epicardium.

A group of tabs with a question tab (`Question`, `Problem`, `Task`, `Frage`, `Pregunta`, `Вопрос`, `问题` …) and
an answer tab (`Answer`, `Solution`, `Answer (iterative)`, `Lösung`, `Respuesta`, `Ответ`, `答案` …) is one
card: the question tab's body (dedented: markdown-it reads it as indented code) is the front; the back is the
answer tab's body, or, when the group holds more tabs (two answers, a `Why not X?`), each of them under its
label in bold. An answer tab holding only a placeholder or leaving the work to the reader
(`*Left as an exercise — hint: …*`) leaves the question `unanswered`. The heading above (`## Exercise 3`) is
context. Tabs used for anything else (`=== "Python"` / `=== "Go"` under a question heading) are left to the
rule of that question, whose answer shows them as labelled parts.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import empty_reason, unanswered
from .containers import ANSWER_LABEL, QUESTION_LABEL, left_to_reader, tab_body, tab_runs
from .document import Document
from .outline import clean_heading, topic_tags


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from groups of question and answer tabs."""
    if '=== "' not in doc.source.text and '===+ "' not in doc.source.text:
        return RuleResult()  # no content tab: most documents
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    heads = {block.first: i for i, block in enumerate(doc.blocks)}
    for group in tab_runs(doc.lines):
        asking = [tab for tab in group if QUESTION_LABEL.match(tab[0])]
        answering = [tab for tab in group if ANSWER_LABEL.match(tab[0])]
        if len(asking) != 1 or not answering or group[0] is not asking[0]:
            continue
        first, last = group[0][1], group[-1][2]
        if first not in heads or any(n in taken for n in range(first, last)):
            continue
        question = tab_body(doc.lines, asking[0])
        if not question.strip():
            continue
        others = group[1:]
        if len(others) == 1:
            back = tab_body(doc.lines, others[0])
        else:
            back = "\n\n".join(f"**{tab[0]}**\n\n{tab_body(doc.lines, tab)}" for tab in others)
        bodies = "\n\n".join(tab_body(doc.lines, tab) for tab in answering)
        reason = "left to the reader" if left_to_reader(bodies) else empty_reason(bodies)
        section = doc.section_of_block(heads[first])
        path = (section.path + (section.title,)) if section and not (section.level == 1 and section.title == doc.title) else ()
        loc = doc.loc(asking[0][1] + 1 + _leading_blank(doc, asking[0][1] + 1))
        if reason is not None:
            diagnostics.append(unanswered(loc, " ".join(question.split()), reason))
            claims.update(claim(first, last, "unanswered"))
            continue
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, "content-tab", question, back, context, topic_tags(path)))
        claims.update(claim(first, last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _leading_blank(doc: Document, line: int) -> int:
    count = 0
    while line + count < len(doc.lines) and not doc.lines[line + count].strip():
        count += 1
    return count
