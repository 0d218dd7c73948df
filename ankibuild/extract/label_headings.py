"""Exercises under a bare label heading, answered by a labelled paragraph.

    ### Exercice 1                       ### 3번

    Nature de $\\sum \\frac{n^2}{2^n}$ ?   다음 설명에 해당하는 디자인 패턴을 쓰시오.
                                         > 객체의 생성을 서브클래스에 위임하여 …
    > *Indication :* d'Alembert.
                                         **[정답]** 팩토리 메서드 패턴
    **Corrigé.** … donc converge.
                                         **[해설]** …

Exercise sheets and past-paper reviews title each exercise with a bare label: a word and a number
(`Exercice 1`, `Exercise 3`, `Übung 2`, `Ejercicio 4`, `Soal 2`, `Vraag 3`) or a number and a counter word
(`1번`, `3題`), or a number in its ordinal form and a word (`1 нче мәсьәлә`, `2-ші есеп`), maybe with an aside in
brackets (`Exercice 4 (plus dur)`). The label names nothing: the
question is the body under it, up to a paragraph that opens with an emphasised answer label (`**Corrigé.**`,
`**Solution.**`, `**Lösung.**`, `*Réponse :*`, `**[정답]**`: `answers.sheet_answer_label`). The front is that
body (the first paragraph, with the code block or quote that belongs to it), the back is the answer without
its label and what follows it in the section (an explanation such as `**[해설]**` included). A hint before the
answer (`> *Indication :*`, `*Hint:*`) is neither: it is left off the card. A worked problem's data set out under
their labels before the answer (`**Given:**` / `**Find:**`, `**Бирелгән:**` / `**Табарга:**`) are the first step
of the working: they open the back, and a back of several labelled parts keeps its labels. A rule after the
answer ends it. An answer that only says it is
missing (`(복원 안 됨 — 나중에 추가)`, `TODO`) is `unanswered`, and so is an exercise with no answer paragraph
among label headings of which two are answered.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim
from .answers import (
    empty_reason,
    is_missing_note,
    unanswered,
)
from .bare_labels import MIN_ANSWERED, answer_text, exercises
from .document import Document
from .outline import topic_tags

CONVENTION = "label-heading"


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from bare-label exercise headings answered by a labelled paragraph (see the module docstring)."""
    found = exercises(doc, taken)
    answered = [f for f in found if f[4] and not is_missing_note(answer_text(doc, f[4]))]
    if len(answered) < 1:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section, question, hints, data, answer_blocks in found:
        if not answer_blocks and len(answered) < MIN_ANSWERED:
            continue
        front = "\n\n".join(doc.block_text(i).strip() for i in question)
        loc = doc.loc(doc.blocks[section.block].first)
        answer = answer_text(doc, answer_blocks) if answer_blocks else ""
        reason = "no answer" if not answer_blocks else ("placeholder" if is_missing_note(answer) else empty_reason(answer))
        if data:  # the problem's data, as the writer set them out, open the worked answer
            answer = "\n\n".join([*(doc.block_text(i).strip() for i in data), answer])
        context = (*section.path, section.title) if section.level > 1 else section.path
        if reason is not None:
            diagnostics.append(unanswered(loc, front, reason))
            kind = "unanswered"
        else:
            drafts.append(CardDraft(loc, CONVENTION, front, answer, context, topic_tags(section.path)))
            kind = "card"
        for i in [section.block, *question, *hints, *data, *answer_blocks]:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, kind))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


