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
(`1번`, `3題`), maybe with an aside in brackets (`Exercice 4 (plus dur)`). The label names nothing: the
question is the body under it, up to a paragraph that opens with an emphasised answer label (`**Corrigé.**`,
`**Solution.**`, `**Lösung.**`, `*Réponse :*`, `**[정답]**`: `answers.sheet_answer_label`). The front is that
body (the first paragraph, with the code block or quote that belongs to it), the back is the answer without
its label and what follows it in the section (an explanation such as `**[해설]**` included). A hint before the
answer (`> *Indication :*`, `*Hint:*`) is neither: it is left off the card. An answer that only says it is
missing (`(복원 안 됨 — 나중에 추가)`, `TODO`) is `unanswered`, and so is an exercise with no answer paragraph
among label headings of which two are answered.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import (
    empty_reason,
    is_missing_note,
    may_hold_sheet_answer,
    sheet_answer_label,
    sheet_hint_label,
    unanswered,
    unquote,
)
from .document import Document, Section, free_blocks, lazy_pattern
from .outline import topic_tags

CONVENTION = "label-heading"

# `Exercice 1`, `Übung 2b`, `Soal 2.`, `1번`, `3題`, `Exercice 4 (plus dur, pas traité)`: a label, no words.
_BARE_LABEL = lazy_pattern(
    r"^(?:[^\W\d_]{2,20}[ \t]*\d{1,3}[a-z]?|\d{1,3}[ \t]*[^\W\d_]{1,2})[ \t]*[.:)]?"
    r"(?:[ \t]*[(\[（][^()\[\]（）\n]{0,60}[)\]）])?[ \t]*$"
)
_MIN_ANSWERED = 2
# `**Question 3:** …`, `__Note__ …`: a paragraph that opens in bold.
_BOLD_OPENING = lazy_pattern(r"^[ \t]*(?:\*\*|__)\S")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from bare-label exercise headings answered by a labelled paragraph (see the module docstring)."""
    if not _may_label_exercise(doc, taken) or not may_hold_sheet_answer(doc.source.text):
        return RuleResult()  # no paragraph opens with an answer label: most documents
    found: list[tuple[Section, list[int], list[int], list[int]]] = []  # (section, question, other used, answer)
    for n, section in enumerate(doc.sections):
        head = doc.blocks[section.block]
        if section.level == 1 or head.first in taken or not _BARE_LABEL.match(section.title):
            continue
        if n + 1 < len(doc.sections) and doc.sections[n + 1].level > section.level:
            continue  # sub-headings: a part of a sheet, not one exercise
        body = [i for i in section.body if doc.blocks[i].kind != "hr"]
        if not body or not all(is_free(doc, taken, i) for i in body) or doc.blocks[body[0]].kind != "paragraph":
            continue
        question: list[int] = []
        hints: list[int] = []
        answered_by: list[int] = []
        for i in body:
            block = doc.blocks[i]
            text = doc.block_text(i)
            if answered_by or (block.kind == "paragraph" and sheet_answer_label(text) is not None):
                answered_by.append(i)  # the answer label, and everything after it
            elif block.kind in ("paragraph", "blockquote") and sheet_hint_label(
                unquote(text) if block.kind == "blockquote" else text
            ):
                hints.append(i)
            elif not hints:
                if question and block.kind == "paragraph" and _BOLD_OPENING.match(text):
                    break  # a bold-labelled paragraph: another convention's item, not this question's
                question.append(i)
            else:
                hints.append(i)  # after a hint and before the answer: the hint goes on
        else:  # no bold-labelled paragraph in the question: an exercise of this shape
            if question:
                found.append((section, question, hints, answered_by))
    answered = [f for f in found if f[3] and not is_missing_note(_answer_text(doc, f[3]))]
    if len(answered) < 1:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section, question, hints, answer_blocks in found:
        if not answer_blocks and len(answered) < _MIN_ANSWERED:
            continue
        front = "\n\n".join(doc.block_text(i).strip() for i in question)
        loc = doc.loc(doc.blocks[section.block].first)
        answer = _answer_text(doc, answer_blocks) if answer_blocks else ""
        reason = "no answer" if not answer_blocks else ("placeholder" if is_missing_note(answer) else empty_reason(answer))
        context = (*section.path, section.title) if section.level > 1 else section.path
        if reason is not None:
            diagnostics.append(unanswered(loc, front, reason))
            kind = "unanswered"
        else:
            drafts.append(CardDraft(loc, CONVENTION, front, answer, context, topic_tags(section.path)))
            kind = "card"
        for i in [section.block, *question, *hints, *answer_blocks]:
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, kind))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _answer_text(doc: Document, blocks: list[int]) -> str:
    """The answer blocks' Markdown, the first without its answer label."""
    first = doc.block_text(blocks[0])
    label_end = sheet_answer_label(first) or 0
    parts = [first[label_end:].strip(), *(doc.block_text(i).strip() for i in blocks[1:])]
    return "\n\n".join(p for p in parts if p)


def _may_label_exercise(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when no heading can be an exercise `extract` reads: a bare label (`_BARE_LABEL`) below level 1,
    not taken, over a body (its `---` aside) that is not empty, all free, and opens with a paragraph. Asked
    of the headings' titles and the blocks left free before the text is searched for an answer label."""
    free = set(free_blocks(doc, taken))
    blocks = doc.blocks
    for section in doc.sections:
        if section.level == 1 or blocks[section.block].first in taken or not _BARE_LABEL.match(section.title):
            continue
        body = [i for i in section.body if blocks[i].kind != "hr"]
        if body and blocks[body[0]].kind == "paragraph" and free.issuperset(body):
            return True
    return False
