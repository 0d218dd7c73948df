"""Prompt lists: exam or essay prompts listed without answers in a question-and-answer review.

    ## Possible essay prompts

    1. Compare mitosis and meiosis, with one example of each.
    2. Explain why enzymes lose activity at high temperatures.

    (no model answers — bring your outline to the session)

A list right under a heading that names prompts, questions or a review (`Essay prompts`, `Practice
questions`, `Review questions`, `Discussion questions`, `Study guide`, `Übungsfragen`, `Preguntas de repaso`,
`Pitanja za ispit` …), in a document whose other questions became cards, whose items (two or more, nothing
nested under them) each open with a command word of exam questions (`Compare`, `Explain`, `Discuss`,
`Describe`, `Navesti` …) or ask (`?`): each item is reported `unanswered` (never dropped). Under a title naming
the questions of past exams (`Questions from past exams`, `Domande uscite agli appelli`, `Fragen aus
Altklausuren`) every item is such a prompt, a bare topic (`Passive solidarity: presumption and recourse.`) too. A how-to's numbered
steps (`1. Open the settings`) open with no such word, or sit under no such heading, and are left alone.

Runs before the numbered rule, which would take a note after the list (`(no model answers)`) for the last
prompt's answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import Diagnostic
from . import RuleResult, claim, is_free
from .answers import unanswered
from .document import Document, lazy_pattern, may_hold, may_mention, search_lines_holding
from .outline import clean_heading
from .questions import clean_question, starts_with_imperative

# A heading line whose title names prompts, questions or a review: the cheap precheck, tried only at the
# starts of the lines holding a `#`.
_PROMPT_HEADING = re.compile(
    r"^#{1,6}[ \t][^\n]*?(?:prompt|question|review|essay|discussion|study guide|fragen|preguntas|questions|"
    r"domande|perguntas|pitanja|vragen|frågor|pytania|вопросы)",
    re.I | re.M,
)
# Every `_PROMPT_HEADING` match holds one of these (`document.may_mention`): looked for first, in the shared
# lower-cased text, so that the pattern is not tried on every line holding a `#` (headings, code comments).
_HEADING_WORDS = (
    "prompt", "question", "review", "essay", "discussion", "study guide", "fragen", "preguntas", "domande",
    "perguntas", "pitanja", "vragen", "frågor", "pytania", "вопросы",
)  # fmt: skip
_PROMPT_TITLE = lazy_pattern(
    r"\b(?:(?:essay|exam|practice|review|discussion|study|revision|sample|possible|short[- ]answer|self[- ]check)\s+"
    r"(?:prompts?|questions?|topics?)|prompts?|review|study\s+guide|"
    r"(?:übungs|prüfungs|wiederholungs)fragen|preguntas\s+de\s+(?:repaso|examen|desarrollo)|"
    r"questions\s+de\s+(?:révision|cours|synthèse)|domande\s+(?:d'esame|di\s+ripasso)|perguntas\s+de\s+revisão|"
    r"(?:ispitna\s+)?pitanja(?:\s+za\s+\w+)?|tentamenvragen|вопросы\s+к\s+экзамену)\b",
    re.I,
)
# A title naming the questions set at past exams (`Domande uscite agli appelli precedenti`, `Questions from
# past exams`, `Fragen aus früheren Klausuren`, `Preguntas de exámenes anteriores`): what was asked there is a
# question whatever its words, often only a topic to expound (`La solidarietà passiva: presunzione e regresso.`).
_EXAM_QUESTIONS_TITLE = lazy_pattern(
    r"\b(?:questions?|domande|fragen|preguntas|perguntas|pitanja|vragen|вопросы)\b.*?"
    r"(?:\bexam(?:s|inations?)?\b|\bappell[oi]\b|\besam[ei]\b|prüfung|klausur|\bex[áa]men(?:es)?\b|\bexames?\b"
    r"|\bispit|\btentamen|экзамен)",
    re.I,
)
# Every `_PROMPT_TITLE` match holds one of these (`topic` for `Exam topics`, `study` for `Study guide` …):
# looked for first in the section titles, a few short lines, before the heading pattern is tried on the text.
_TITLE_WORDS = (
    "prompt", "question", "topic", "review", "study", "fragen", "preguntas", "domande", "perguntas", "pitanja",
    "vragen", "вопросы",
)  # fmt: skip
_MIN_ITEMS = 2


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """`unanswered` reports for the prompts listed under a heading that names prompts or a review."""
    if not may_hold("\n".join(s.title for s in doc.sections), _TITLE_WORDS):
        return RuleResult()  # no section title names prompts (`named` below would be empty): most documents
    if not may_mention(doc, _HEADING_WORDS) or not search_lines_holding(doc, _PROMPT_HEADING, "#"):
        return RuleResult()  # no heading names prompts, questions or a review: nearly every document
    exam = {
        s.block
        for s in doc.sections
        if not (s.level == 1 and s.title == doc.title) and _EXAM_QUESTIONS_TITLE.search(clean_heading(s.title))
    }  # the document's own title names what all of it holds, not the list under it
    prompt = {s.block for s in doc.sections if _PROMPT_TITLE.search(clean_heading(s.title))}
    named = [s for s in doc.sections if s.block in exam or s.block in prompt]
    if not named or "card" not in taken.values():
        return RuleResult()  # prompts alone are a reading list's questions, not a review's
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for section in named:
        lists = [i for i in section.body if doc.blocks[i].kind in ("bullet_list", "ordered_list")]
        if not lists or not is_free(doc, taken, lists[0]):
            continue
        items = _items(doc, lists[0])
        # Past exam questions are one line each: a multiple-choice item carries its options (and answer) below.
        if section.block not in prompt and any("\n" in text.strip() or "](" in text for _, _, text in items):
            continue  # nor is a line linking elsewhere (`- [June 2023](#june-2023)`: a table of contents)
        if len(items) < _MIN_ITEMS or not all(section.block in exam or _prompts(text) for _, _, text in items):
            continue
        for first, last, text in items:
            question, _ = clean_question(" ".join(text.split()))
            diagnostics.append(unanswered(doc.loc(first), question, "no answer"))
            claims.update(claim(first, last, "unanswered"))
    return RuleResult((), tuple(diagnostics), claims)


def _prompts(text: str) -> bool:
    text = " ".join(text.split())
    return starts_with_imperative(text) or text.rstrip("*_ ").endswith(("?", "？"))


def _items(doc: Document, index: int) -> list[tuple[int, int, str]]:
    """The list's own items (first line, end line, text); empty when an item holds anything nested, which
    may be its answer. One walk over the list's tokens."""
    block = doc.blocks[index]
    level = doc.tokens[block.start].level + 1
    found: list[tuple[int, int, str]] = []
    for token in doc.tokens[block.start : block.end]:
        if token.type == "list_item_open" and token.level == level and token.map:
            found.append((token.map[0], token.map[1], ""))
        elif token.level > level + 2 or (token.level > level and token.type in _NESTED):
            return []
        elif token.type == "inline" and token.level == level + 2 and found and not found[-1][2]:
            found[-1] = (found[-1][0], found[-1][1], token.content)
    return [item for item in found if item[2]] if all(item[2] for item in found) else []


_NESTED = frozenset({"bullet_list_open", "ordered_list_open", "fence", "code_block", "blockquote_open", "table_open"})
