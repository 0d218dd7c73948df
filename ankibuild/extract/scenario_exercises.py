"""Scenario exercises: a paragraph opening with a bold label that sets a scene and asks in its last sentence,
then a paragraph that is only a solution label, then the solution.

    **Check 2** — A ferry leaves at 09:40 and the crossing takes 2 h 35 min. The clock on the far side is one
    hour ahead. At what local time does it arrive?

    *Solution*

    09:40 + 2:35 = 12:15, plus one hour: **13:15**.

Textbooks' "test your understanding" boxes, worked examples and self-checks are typed up this way. The
exercise paragraph opens with a short bold label (`**TYU 1**`, `**Example 3.2**`, `**Self-check**`) and a
separator or none (`—`, `–`, `-`, `:`, `.`); its text, scenario included, is the front (its question needs the
facts), the label left off, when it ends with `?` or its last sentence orders (`Explain why …`, `Calculate …`).
The next paragraph must be only an italic or bold answer label (`*Solution*`, `**Answer**`, `_Working:_`,
`**Lösung**` …); the blocks after it (prose, a Dr/Cr table, display math) up to the next exercise, heading or
rule are the back. Text after the label on its own line (`*Answer* — $600`) opens the back; a placeholder
there (`*Solution* — (try this one yourself first)`, an aside in brackets, `TODO`) leaves the exercise
`unanswered`, as does a label with nothing under it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, empty_reason, unanswered
from .document import Document, free_blocks_of, lazy_pattern, mask_code_and_math, may_open_a_line, search_lines
from .outline import clean_heading, heading_path, topic_tags
from .questions import ends_with_question_mark, starts_with_imperative

CONVENTION = "scenario-exercise"

_ANSWER_WORDS = (
    r"solutions?|answers?|suggested\s+(?:solution|answer)|model\s+answer|worked\s+solution|workings?|"
    r"lösung|lösungsvorschlag|solución|soluci[óo]n|respuesta|réponse|solution\s+proposée|soluzione|risposta|"
    r"solução|resposta|oplossing|antwoord|rozwiązanie|odpowiedź|řešení|jawapan|penyelesaian|jawaban|решение|ответ|"
    r"解答|答案|解答例|풀이|정답"
)
# A paragraph that is only an answer label, italic or bold (`*Solution*`, `**Answer:**`, `_Working_`), maybe
# followed on its line by a dash and the answer's start (`*Answer* — $600`).
_LONE_LABEL = lazy_pattern(
    rf"^[ \t]*(?P<m>\*\*|__|\*|_)[ \t]*(?:{_ANSWER_WORDS})[ \t]*[:.：]?[ \t]*(?P=m)[ \t]*[:.：]?[ \t]*"
    r"(?:$|[—–-][ \t]*(?P<rest>.*)$)",
    re.I | re.M,
)
# Every match of `_LONE_LABEL` sits on a line that opens with one of these words (`document.may_open_a_line`).
# fmt: off
_ANSWER_STARTS = (
    "solution", "answer", "suggested", "model", "worked", "working", "lösung", "losung", "solución", "solucion",
    "respuesta", "réponse", "reponse", "soluzione", "risposta", "solução", "solucao", "resposta", "oplossing",
    "antwoord", "rozwiązanie", "rozwiazanie", "odpowiedź", "odpowiedz", "řešení", "reseni", "jawapan", "penyelesaian",
    "jawaban", "решение", "ответ", "解答", "答案", "풀이", "정답",
)
# fmt: on
# `**TYU 1** — Sami's year end is …`: a short bold label (no sentence of its own), then the scenario.
_EXERCISE = lazy_pattern(r"^[ \t]*(?P<m>\*\*|__)(?P<label>[^*_\n?？]{1,40}?)(?P=m)[ \t]*(?:[—–:.-][ \t]*)?(?P<rest>\S.*)$", re.S)
_MAX_LABEL_WORDS = 4
# The end of a sentence: `.`, `!` or `?` before a space and a capital (outside code and math, blanked first).
_SENTENCE_END = lazy_pattern(r"[.!?][ \t]+(?=[A-ZÀ-ÖØ-ÞА-Я])")
# `(try this one yourself …)`, `*(see the text)*`: an aside in brackets where the answer should be.
_ASIDE = lazy_pattern(r"^[*_ \t]*[(\[][^)\]]*[)\]][*_ \t.]*$")


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from scenario exercises answered under a lone solution label (see the module docstring)."""
    if not _may_label_solution(doc, taken):
        return RuleResult()  # no free one-line paragraph is a solution label: every exercise is answered under one
    if not may_open_a_line(doc, _ANSWER_STARTS) or not search_lines(_LONE_LABEL, doc.source.text):
        return RuleResult()  # no paragraph is only a solution label: nearly every document
    found: list[tuple[int, str]] = []  # (exercise paragraph block, front)
    starts: set[int] = set()  # every labelled paragraph over a lone solution label ends the answer above it
    for index in range(len(doc.blocks) - 1):
        block, after = doc.blocks[index], doc.blocks[index + 1]
        if block.kind != "paragraph" or after.kind != "paragraph" or after.last - after.first != 1:
            continue
        if not _LONE_LABEL.match(doc.lines[after.first]):
            continue
        text = doc.block_text(index)
        if _labelled(text):
            starts.add(index)
        front = _front(text)
        if front is not None and is_free(doc, taken, index) and is_free(doc, taken, index + 1):
            found.append((index, front))
    if not found:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, front in found:
        label = doc.blocks[index + 1]
        match = _LONE_LABEL.match(doc.lines[label.first])
        inline = ((match.group("rest") if match else None) or "").strip()
        following = _following(doc, taken, index + 2, starts)
        loc = doc.loc(doc.blocks[index].first)
        path = heading_path(doc, index)
        reason: str | None
        tokens: tuple[tuple[int, int], ...] = ()
        if inline and (_ASIDE.match(inline) or empty_reason(inline) is not None):
            reason, following, markdown = "placeholder", [], ""
        else:
            answer = build_answer(doc, following)
            markdown = "\n\n".join(part for part in (inline, answer.markdown) if part)
            tokens = answer.tokens if not inline else ()
            reason = empty_reason(markdown) if markdown else "no answer"
        if reason is not None:
            diagnostics.append(unanswered(loc, front, reason))
        else:
            context = tuple(clean_heading(p) for p in path)
            drafts.append(CardDraft(loc, CONVENTION, front, markdown, context, topic_tags(path), answer_tokens=tokens))
        outcome = "unanswered" if reason is not None else "card"
        for i in (index, index + 1, *following):
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, outcome))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _front(text: str) -> str | None:
    """The exercise's text without its bold label, when the paragraph is a labelled exercise that asks in its
    last sentence; else None."""
    match = _labelled(text)
    if match is None:
        return None
    rest = " ".join(match.group("rest").split())
    if ends_with_question_mark(rest):
        return rest
    ends = list(_SENTENCE_END.finditer(mask_code_and_math(rest)))
    last = rest[ends[-1].end() :] if ends else rest
    return rest if starts_with_imperative(last) else None


def _labelled(text: str) -> re.Match[str] | None:
    """The match of a paragraph that opens with a short bold label followed by text (not itself an answer
    label), else None."""
    match = _EXERCISE.match(text)
    if match is None or len(match.group("label").split()) > _MAX_LABEL_WORDS or _LONE_LABEL.match(text):
        return None
    return match


def _following(doc: Document, taken: Mapping[int, str], start: int, starts: set[int]) -> list[int]:
    """The free blocks from `start` up to the next exercise, heading or rule."""
    found: list[int] = []
    for later in range(start, len(doc.blocks)):
        if later in starts or doc.blocks[later].kind in ("heading", "hr") or not is_free(doc, taken, later):
            break
        found.append(later)
    return found


def _may_label_solution(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when no free one-line paragraph is a lone solution label (`_LONE_LABEL`): `extract` takes an
    exercise only over such a free label, so only the few paragraphs left free late in the chain are tried."""
    blocks = doc.blocks
    return any(
        blocks[i].last - blocks[i].first == 1 and _LONE_LABEL.match(doc.lines[blocks[i].first])
        for i in free_blocks_of(doc, taken, ("paragraph",))
    )
