"""Lettered solutions: an old exam's sub-questions as plain paragraphs, each answered by the paragraph after it
that opens with a solution label.

    ## Aufgabe 1: Wissensfragen (20 Punkte)

    a) Was versteht man unter dem ACID-Prinzip?

    **Lösung:** Atomicity, Consistency, Isolation, Durability …

    b) Geben Sie ein Beispiel an.

    **Musterlösung:**

    ```sql
    SELECT …
    ```

1. **A sub-question** is a free paragraph (or a one-item `1)` list) whose first line opens with a sub-question
   marker: `a)`, `(c)`, `(3)`, `1)`. It need not ask with a `?`: exam tasks order (`Bestimmen Sie …`,
   `Give …`); the label under it is what makes it a question.
2. **The answer** opens with the next block: a paragraph that opens with a solution label (`**Lösung:**`,
   `Lösung:`, `**Solution:**`, `**Musterlösung:**`, `Solución:`, `Corrigé :`, `Решение:` or any answer label of
   `questions.ANSWER_LABEL`), the label left off, and runs to the next sub-question, heading or `---`. A
   label alone is followed by its fence, formula or paragraphs. A document needs two labelled sub-questions.
3. **Unanswered**: in such a document, a sub-question followed by nothing, by an empty label, or by only a
   note to self (`*(bitte ergänzen)*`, `> Lösung fehlt noch, …`, `TODO`: `answers.note_to_self_reason`).
4. **The task heading** over sub-questions (`## Aufgabe 2: SQL (25 Punkte)`, `### Exercise 3`) is their
   context, not a card; its stem paragraphs (`Gegeben sei …`) stay free for the other rules.

Context: the cleaned heading path of the sub-question's section (document title excluded).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..records import CardDraft, Diagnostic
from . import RuleResult, claim, is_free
from .answers import build_answer, note_to_self_reason, unanswered, unquote
from .document import Document, lazy_pattern, may_open_a_line_with, search_lines
from .outline import clean_heading, topic_tags
from .questions import ANSWER_LABEL

CONVENTION = "lettered-solution"

_SOLUTION_WORDS = (
    r"(?:muster|beispiel)?l(?:ö|oe)sung(?:svorschlag|sskizze|shinweis)?|musterantwort|"
    r"(?:model|sample|suggested|worked)?[ \t]*solution|soluci[oó]n|solu[cç][aã]o|soluzione|corrig[eé]|"
    r"решение|rozwiązanie|oplossing|uitwerking"
)
# `**Lösung:**`, `**Lösung**:`, `Lösung:`, `Solution :`: a solution label opening a paragraph.
_SOLUTION_LABEL = lazy_pattern(
    rf"^[ \t]*(?:(?P<b>\*\*|__)[ \t]*(?:{_SOLUTION_WORDS})[ \t]*(?:[:：][ \t]*(?P=b)|(?P=b)[ \t]*[:：])"
    rf"|(?:{_SOLUTION_WORDS})[ \t]*[:：])[ \t]*",
    re.I,
)
# `a) `, `(c) `, `(3) `, `1) `: a sub-question marker opening a line.
_MARKER = lazy_pattern(r"^[ \t]{0,3}(?:\([a-z]\)|[a-z]\)|\(\d{1,2}\)|\d{1,2}\))[ \t]+(?=\S)")
_PRECHECK = lazy_pattern(r"^[ \t]{0,3}(?:\(?[a-z]\)|\(?\d{1,2}\))[ \t]+\S", re.M)
# What a line that `_PRECHECK` matches opens with after its spaces and tabs (`document.line_openings`).
_OPENING = lazy_pattern(r"^\(?(?:[a-z]|\d{1,2})\)", re.M)
_ENDS = ("heading", "hr")


def _label_end(text: str) -> int | None:
    """Where the answer after a leading solution or answer label starts, or None without one."""
    match = _SOLUTION_LABEL.match(text) or ANSWER_LABEL.match(text)
    return match.end() if match else None


def _sub_question(doc: Document, index: int) -> str | None:
    """The text of a sub-question block (marker left off), or None."""
    block = doc.blocks[index]
    first = doc.lines[block.first]
    if block.kind == "ordered_list":
        if block.last - block.first > 3 or not re.match(r"^[ \t]{0,3}\d{1,2}\)", first):
            return None
    elif block.kind != "paragraph":
        return None
    match = _MARKER.match(first)
    if match is None:
        return None
    rest = [first[match.end() :].strip(), *(doc.lines[n].strip() for n in range(block.first + 1, block.last))]
    text = " ".join(part for part in rest if part)
    return text if text and _label_end(text) is None else None


def extract(doc: Document, taken: Mapping[int, str]) -> RuleResult:
    """Cards from lettered sub-questions answered by a solution label (see the module docstring)."""
    text = doc.source.text
    if ")" not in text or not may_open_a_line_with(doc, _OPENING) or not search_lines(_PRECHECK, text):
        return RuleResult()
    parts: dict[int, str] = {}
    for index in range(len(doc.blocks)):
        if is_free(doc, taken, index):
            found = _sub_question(doc, index)
            if found is not None:
                parts[index] = found
    if len(parts) < 2:
        return RuleResult()
    answers: dict[int, tuple[list[int], str | None]] = {}
    labelled = 0
    for index in parts:
        blocks = _answer_blocks(doc, taken, parts, index)
        markdown, has_label = _answer(doc, blocks)
        labelled += has_label
        answers[index] = (blocks, markdown if has_label else None)
    if labelled < 2:
        return RuleResult()
    drafts: list[CardDraft] = []
    diagnostics: list[Diagnostic] = []
    claims: dict[int, str] = {}
    for index, question in parts.items():
        blocks, labelled_answer = answers[index]
        loc = doc.loc(doc.blocks[index].first)
        if labelled_answer is None:
            loose = "\n\n".join(unquote(doc.block_text(i)) for i in blocks)
            reason = note_to_self_reason(loose) if loose.strip() else "no answer"
            if reason is None:
                continue  # a sub-question answered some other way: not this convention's
        else:
            reason = note_to_self_reason(labelled_answer) if labelled_answer.strip() else "no answer"
        if reason is not None:
            diagnostics.append(unanswered(loc, question, reason))
            for i in (index, *blocks):
                claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "unanswered"))
            continue
        assert labelled_answer is not None
        section = doc.section_of_block(index)
        path: tuple[str, ...] = ()
        if section is not None and not (section.level == 1 and section.title == doc.title):
            path = section.path + (section.title,)
        context = tuple(clean_heading(p) for p in path)
        drafts.append(CardDraft(loc, CONVENTION, question, labelled_answer, context, topic_tags(path)))
        for i in (index, *blocks):
            claims.update(claim(doc.blocks[i].first, doc.blocks[i].last, "card"))
    for section in doc.sections:
        head = doc.blocks[section.block]
        if any(doc.blocks[i].first in claims for i in section.body) and is_free(doc, taken, section.block):
            claims.update(claim(head.first, head.last, "card"))
    return RuleResult(tuple(drafts), tuple(diagnostics), claims)


def _answer_blocks(doc: Document, taken: Mapping[int, str], parts: Mapping[int, str], index: int) -> list[int]:
    blocks: list[int] = []
    for j in range(index + 1, len(doc.blocks)):
        if doc.blocks[j].kind in _ENDS or j in parts or not is_free(doc, taken, j):
            break
        blocks.append(j)
    return blocks


def _answer(doc: Document, blocks: list[int]) -> tuple[str, bool]:
    """The answer under a sub-question with its label left off, and whether it opened with a label."""
    if not blocks or doc.blocks[blocks[0]].kind != "paragraph":
        return "", False
    first = doc.block_text(blocks[0])
    end = _label_end(first)
    if end is None:
        return "", False
    head = first[end:].strip()
    rest = build_answer(doc, blocks[1:]).markdown.strip() if len(blocks) > 1 else ""
    return "\n\n".join(part for part in (head, rest) if part), True
