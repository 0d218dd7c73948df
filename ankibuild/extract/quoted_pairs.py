"""Quoted pairs: a labelled question and its labelled answer inside one blockquote.

    > **Q (2022, Q3).** Explain the difference between a contradiction in conception and in will.
    >
    > **Sketch answer.** A maxim fails in conception if it cannot even be thought as a universal law …

Past-paper guides and revision notes set each exam question apart as a quote, its model answer in the same
quote under a bold label. A top-level blockquote is read when a line of it opens with a bold question label
(`**Q.**`, `**Q3:**`, `**Question 2 (2019).**`, `**Frage:**`: the question words of `questions`, a number
and a parenthesised source allowed) and a later line with a bold answer label (`**Answer.**`, `**A:**`,
`**Sketch answer.**`, `**Model solution:**`: at most three words, the last an answer or solution word).
Each question runs to its answer label, each answer to the next question label or the quote's end; one
quote may hold several pairs. An answer that is empty, a placeholder or only a note to self
(`*(to do — read ch. 2)*`, `(TBD)`) is reported `unanswered`, as is a question label without an answer in a
quote that answers others. A quote without an answer label (a quoted question answered outside it) is left
to the rules that read those. The heading path is the cards' context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, is_free
from .answers import block_card, empty_reason, label_mark_pairs
from .document import Document, block_kinds, lazy_pattern, search_lines_holding
from .questions import QUESTION_LABEL_WORDS

CONVENTION = "quoted-pair"

# A quoted line that opens with a bold span: the only lines the rule reads (its cheap precheck).
_BOLD_QUOTED = lazy_pattern(r"^[ \t]{0,3}>[ \t]*(?:\*\*|__)", re.M)
_QUOTE_MARK = lazy_pattern(r"^[ \t]{0,3}>[ \t]?")
_QUESTION_LABEL = lazy_pattern(
    r"^(?P<b>\*\*|__)" + QUESTION_LABEL_WORDS + r"(?:[ \t]*\d{1,3}[a-z]?)?(?:[ \t]*\([^()\n]{1,40}\))?"
    r"[ \t]*(?:[.:：][ \t]*(?P=b)|(?P=b)[ \t]*[.:：])[ \t]*",
    re.I,
)
_ANSWER_WORDS = (
    r"(?:answers?|solutions?|responses?|antwort|lösung|respuesta|solución|réponse|risposta|soluzione|resposta|"
    r"solução|antwoord|ответ|решение|відповідь|odpowiedź|odpověď)"
)
_ANSWER_LABEL = lazy_pattern(
    r"^(?P<b>\*\*|__)(?:(?:[^\W\d_]+[ \t]+){0,2}" + _ANSWER_WORDS + r"|a)(?:[ \t]*\d{1,3}[a-z]?)?"
    r"[ \t]*(?:[.:：][ \t]*(?P=b)|(?P=b)[ \t]*[.:：])[ \t]*",
    re.I,
)
# An answer that only reminds the writer to write one: `*(to do — read Crisp, ch. 2)*`, `(TBD)`, `_todo_`.
_NOTE_TO_SELF = lazy_pattern(r"^[*_\s]*[(\[]?[*_\s]*(?:to[ \t-]?do|tbd|tba|fixme|wip)\b[^\n]*$", re.I)


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from the labelled question and answer pairs of free blockquotes."""
    if "blockquote" not in block_kinds(doc) or not search_lines_holding(doc, _BOLD_QUOTED, ">"):
        return RuleResult()  # no quoted line opens in bold: nearly every document
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind == "blockquote" and is_free(doc, taken, index):
            _quote_pairs(doc, index, drafts, diagnostics, claims)
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _quote_pairs(
    doc: Document, index: int, drafts: list[CardDraft], diagnostics: list[Diagnostic], claims: dict[int, str]
) -> None:
    """The cards and reports of one blockquote, when it holds a labelled question and a labelled answer."""
    block = doc.blocks[index]
    lines = [_QUOTE_MARK.sub("", doc.lines[n], count=1) for n in range(block.first, block.last)]
    marks: list[tuple[int, str, int]] = []  # (line in the quote, `q` or `a`, end of the label)
    for n, line in enumerate(lines):
        if not line.startswith(("**", "__")):
            continue
        if (match := _QUESTION_LABEL.match(line)) is not None:
            marks.append((n, "q", match.end()))
        elif marks and marks[-1][1] == "q" and (match := _ANSWER_LABEL.match(line)) is not None:
            marks.append((n, "a", match.end()))
    if not any(kind == "a" for _, kind, _ in marks) or marks[0][0] != _first_filled(lines):
        return  # no answer in the quote, or text before the first question: not this convention
    for n, end, question, answer in label_mark_pairs(lines, marks):
        if answer is not None:
            reason = "no answer" if not answer else empty_reason(answer)
            if reason is None and _NOTE_TO_SELF.match(answer) and "\n" not in answer:
                reason = "placeholder"
        else:
            answer, reason = "", "no answer"
        block_card(doc, CONVENTION, index, block.first + end, question, answer, reason, (drafts, diagnostics, claims), at=block.first + n)
    claims.update({n: "card" for n in range(block.first, block.last) if n not in claims})  # blank `>` lines


def _first_filled(lines: list[str]) -> int:
    return next((n for n, line in enumerate(lines) if line.strip()), 0)
