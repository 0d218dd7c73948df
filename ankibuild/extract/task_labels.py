"""Oral-exam topics and assignments: a task label, then the outline or answer that works it out.

    **Task:** Describe the causes of the French Revolution!

    **Outline:**
    - fiscal crisis of the crown
    - the Estates-General of 1789

The task label opens a paragraph, bold or plain (`Task`, `Aufgabe`, `Zadanie`, `Úkol`, `Feladat`, `Tâche`,
`Tarea`, `Compito`, `Opdracht`, `Задание`; a number may follow: `Task 3:`): the rest of the paragraph is the
question. The answer is the next paragraph when it opens with an outline or answer label (`Outline`,
`Answer`, `Solution`, `Gliederung`, `Lösung`, `Vázlat`, `Megoldás`, `Kidolgozás`, `Konspekt`, `Osnova`,
`Esquema`, `Plan` …): the text after that label and the blocks after it, up to the next heading, rule or
labelled paragraph (`**Key terms:**`, the next `**Task:**`). A task followed, up to the next heading or
rule, only by HTML comments and notes to self (`*Write-up in progress…*`) is reported unanswered. A task
followed by anything else is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import block_card, empty_reason, unanswered
from .document import Document, free_blocks_of, lazy_pattern, search_lines_holding

CONVENTION = "task-label"

_TASK_WORDS = (
    r"task|assignment|aufgabe|zadanie|[úu]kol|feladat|t[âa]che|tarea|compito|opdracht|tehtävä|uppgift|oppgave"
    r"|opgave|zadatak|sarcina|задание|завдання"
)
_ANSWER_WORDS = (
    r"outline|sketch|answer|solution|model answer|gliederung|stichpunkte|l[öo]sung|antwort|v[áa]zlat|v[áa]lasz"
    r"|megold[áa]s|kidolgoz[áa]s|konspekt|odpowied[źz]|rozwi[ąa]zanie|osnova|odpov[ěe]ď|[řr]e[šs]en[íi]|plan|esquema"
    r"|respuesta|soluci[óo]n|sch[ée]ma|r[ée]ponse|schema|risposta|soluzione|antwoord|oplossing|план|ответ|решение"
)


def _label(words: str) -> re.Pattern[str]:
    """A label opening a paragraph: `**Task:**`, `**Task**:`, `Task:`, `**Task 3:**`."""
    return lazy_pattern(
        r"^[ \t]{0,3}(?P<b>\*\*|__)?(?i:" + words + r")(?:[ \t]+\d{1,3}[a-z]?)?[ \t]*"
        r"(?(b)(?:[:：][ \t]*(?P=b)|(?P=b)[ \t]*[:：])|[:：](?!:))[ \t]*",
        re.M,
    )


_TASK = _label(_TASK_WORDS)
_ANSWER = _label(_ANSWER_WORDS)
# A paragraph that opens with any bold label (`**Key terms:**`, `**Dates:**`): the next part of the topic.
_BOLD_LABEL = re.compile(r"^[ \t]{0,3}(?P<b>\*\*|__)[^*_\n]{1,60}?(?:[:：][ \t]*(?P=b)|(?P=b)[ \t]*[:：])")
_STOPS = ("heading", "hr")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from task paragraphs answered by an outline or answer label (see the module docstring)."""
    if not _may_open_task(doc, taken) or not search_lines_holding(doc, _TASK, ":："):
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not is_free(doc, taken, index):
            continue
        opening = _TASK.match(doc.lines[block.first])
        if opening is None:
            continue
        question = " ".join((doc.lines[block.first][opening.end() :] + " " + doc.text(block.first + 1, block.last)).split())
        if not question:
            continue
        after = index + 1
        answer_at = after if after < len(blocks) and blocks[after].kind == "paragraph" else None
        answer_label = _ANSWER.match(doc.lines[blocks[after].first]) if answer_at is not None else None
        loc = doc.loc(block.first)
        if answer_label is None or answer_at is None or not is_free(doc, taken, answer_at):
            coded = _code_then_answer(doc, taken, after)
            if coded is not None:
                code, answer, end_line = coded
                block_card(
                    doc,
                    CONVENTION,
                    index,
                    end_line,
                    f"{question}\n\n{code}",
                    answer,
                    empty_reason(answer),
                    (drafts, diagnostics, claims),
                )
                continue
            last = _only_notes_to_self(doc, taken, after)
            if last is not None:
                why = empty_reason(doc.text(block.last, last)) or "no answer"
                diagnostics.append(unanswered(loc, question, why))
                claims.update(claim(block.first, last, "unanswered"))
            continue
        label_block = blocks[answer_at]
        first_line = doc.lines[label_block.first][answer_label.end() :]
        parts = [(first_line + "\n" + doc.text(label_block.first + 1, label_block.last)).strip()]
        end = answer_at + 1
        while end < len(blocks) and blocks[end].kind not in _STOPS and is_free(doc, taken, end):
            nxt = blocks[end]
            if nxt.kind == "paragraph" and (_BOLD_LABEL.match(doc.lines[nxt.first]) or _TASK.match(doc.lines[nxt.first])):
                break
            parts.append(doc.text(nxt.first, nxt.last))
            end += 1
        answer = "\n\n".join(p.strip("\n") for p in parts if p.strip())
        block_card(doc, CONVENTION, index, blocks[end - 1].last, question, answer, empty_reason(answer), (drafts, diagnostics, claims))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _may_open_task(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when no free paragraph opens with a task label: every card and report starts at one (the
    loop of `extract` tries `_TASK` on exactly these lines), so only the few paragraphs left free are read,
    not the whole text."""
    return any(_TASK.match(doc.lines[doc.blocks[i].first]) for i in free_blocks_of(doc, taken, ("paragraph",)))


def _only_notes_to_self(doc: Document, taken: Mapping[int, str], start: int) -> int | None:
    """The line after the blocks from `start` up to the next heading or rule when they hold only HTML
    comments and notes to self (or nothing: the task ends its section), else None."""
    blocks = doc.blocks
    end = start
    while end < len(blocks) and blocks[end].kind not in _STOPS:
        if not is_free(doc, taken, end):
            return None
        end += 1
    if end == start:
        return blocks[start - 1].last
    text = doc.text(blocks[start].first, blocks[end - 1].last)
    return blocks[end - 1].last if empty_reason(text) is not None else None


# An answer label right before the answer, also abbreviated: `Odp.`, `Ans.`, `Antw.`, `Rép.`, `Resp.`, `Risp.`,
# `Отв.` (the full words take the colon of `_ANSWER`).
_SHORT_ANSWER = lazy_pattern(r"^[ \t]{0,3}(?P<b>\*\*|__)?(?i:odp|ans|antw|r[ée]p|resp|risp|lsg|отв)\.(?(b)(?P=b))[ \t]*(?=\S)")


def _code_then_answer(doc: Document, taken: Mapping[int, str], start: int) -> tuple[str, str, int] | None:
    """(code, answer, line after the answer) when the blocks from START are code fences, then a paragraph
    opening with an answer label (`Odp. …`, `**Answer:** …`): a task about the code shown under it (`**Task:**
    What does this print?`). The code joins the question; else None."""
    blocks = doc.blocks
    end = start
    while end < len(blocks) and blocks[end].kind == "fence" and is_free(doc, taken, end):
        end += 1
    if end == start or end >= len(blocks) or blocks[end].kind != "paragraph" or not is_free(doc, taken, end):
        return None
    para = blocks[end]
    line = doc.lines[para.first]
    label = _ANSWER.match(line) or _SHORT_ANSWER.match(line)
    if label is None:
        return None
    answer = (line[label.end() :] + "\n" + doc.text(para.first + 1, para.last)).strip()
    code = doc.text(blocks[start].first, blocks[end - 1].last).strip("\n")
    return code, answer, para.last
