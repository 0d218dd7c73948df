"""Exam questions copied with the examiners' report: under a heading that only numbers the question, the
question in italics and, after the report's comments, a sample response quoted under the sentence that
introduces it.

    ### Question 1a.

    | Marks | 0 | 1 | 2 | Average |
    |-------|---|---|---|---------|
    | %     | 9 | 31| 60| 1.5     |

    *Describe the role of the jury in a criminal trial.*

    This question was well answered. Students needed to give two aspects of the role.

    The following is an example of a possible response.

    > The jury listens to the evidence presented in court and decides …

Students revise from a past paper annotated with its examiners' report: each question under a heading
that is only its label and number (`### Question 1a.`, `### Frage 3`, `### 问题 2`: questions'
`BARE_LABEL_TITLE`), the report's marks distribution (tables) above the question, the question set off in
italics (its marks after it, `(10 marks)`, left off), the examiners' comments, then a short paragraph
introducing a sample response (it names a response or an answer and ends with `.` or `:`: `The following is
an example of a possible response.`, `Beispiel für eine mögliche Antwort:`, `Ejemplo de respuesta:`) over the
block quote holding it. The front is the question, the back the quoted response; the comments are the
report's remarks on how students did, no answer. A question whose section holds no such quote (the report
printed none, the student's note says it is still to come) is `unanswered`. Read where two numbered
headings or more open with an italic question and one of them at least has its sample response.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import empty_reason, unanswered, unquote
from .document import Document, Section, block_kinds, lazy_pattern, may_open_a_line_with
from .outline import topic_tags
from .questions import BARE_LABEL_TITLE, without_marks

CONVENTION = "sample-response"

# `*Describe …*`, `_Explain …_`, wrapped over lines: a paragraph that is one emphasised span.
_ITALIC_PARAGRAPH = lazy_pattern(r"^[ \t]*(?P<m>\*|_)(?![*_\s])(?P<question>[^*_]+?)(?<![\s*_])(?P=m)[ \t]*$", re.S)
# What a line opening such a paragraph opens with (`document.may_open_a_line_with`).
_ITALIC_OPENING = lazy_pattern(r"^[*_](?![*_\s])", re.M)
# `The following is an example of a possible response.`, `Sample answer:`, `Beispiel für eine mögliche Antwort:`:
# a short paragraph naming a response or an answer, ending with `.` or `:`.
_LEAD_IN = lazy_pattern(
    r"^[^\n]{0,120}\b(?:responses?|answers?|antwort(?:en)?|l[öo]sung|respuestas?|r[ée]ponses?|rispost[ae]|respostas?|"
    r"odpowied[źz]\w*|ответ\w*|відповід\w*|antwoord(?:en)?|svar)\b[^\n]{0,80}[.:：][ \t]*$"
    r"|^[^\n]{0,60}(?:答案|解答|回答|答え|답안|정답|모범\s*답)[^\n]{0,40}[.:：。][ \t]*$",
    re.I,
)
_MIN_QUESTIONS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from numbered questions answered by a quoted sample response (see the module docstring)."""
    if "blockquote" not in block_kinds(doc) or not may_open_a_line_with(doc, _ITALIC_OPENING):
        return RuleResult()  # no quote, or no line opening in italics: nearly every document
    items: list[tuple[Section, int, str, list[int]]] = []  # (section, question block, question, section blocks)
    for section in doc.sections:
        if not BARE_LABEL_TITLE.match(section.title):
            continue
        body = [i for i in section.body if doc.blocks[i].kind != "hr"]
        if not body or not all(is_free(doc, taken, i) for i in [section.block, *body]):
            continue
        opening = next((i for i in body if doc.blocks[i].kind != "table"), None)
        if opening is None or doc.blocks[opening].kind != "paragraph":
            continue
        match = _ITALIC_PARAGRAPH.match(without_marks(doc.block_text(opening).strip()))
        if match is None:
            continue
        items.append((section, opening, " ".join(match.group("question").split()), body))
    if len(items) < _MIN_QUESTIONS:
        return RuleResult()
    found = [(section, opening, question, body, _response(doc, body, opening)) for section, opening, question, body in items]
    if not any(quote is not None for *_, quote in found):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section, opening, question, body, quote in found:
        loc = doc.loc(doc.blocks[opening].first)
        answer = unquote(doc.block_text(quote).strip()) if quote is not None else ""
        reason = empty_reason(answer) if answer else "no answer"
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            kind, used = "unanswered", body
        else:
            drafts.append(CardDraft(loc, CONVENTION, question, answer, section.path, topic_tags(section.path)))
            kind, used = "card", body[: body.index(quote) + 1] if quote is not None else body
        for i in [section.block, *used]:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, kind))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _response(doc: Document, body: list[int], opening: int) -> int | None:
    """The block quote after the question whose previous block is a paragraph introducing a response."""
    after = body[body.index(opening) + 1 :]
    for before, i in zip(after, after[1:], strict=False):
        if (
            doc.blocks[i].kind == "blockquote"
            and doc.blocks[before].kind == "paragraph"
            and _LEAD_IN.match(doc.block_text(before).strip())
        ):
            return i
    return None
