"""Exercises under bare label headings (`Exercice 1`, `Übung 2`, `3번`) answered by a paragraph that opens
with an answer label (`**Corrigé.**`): which sections are such exercises, and their question, hint, data and
answer blocks. Shared by the label-heading rule, which cards them, and the heading rule, which runs before it
and weighs its own questions against how many there are."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from . import is_free
from .answers import (
    is_missing_note,
    may_hold_sheet_answer,
    sheet_answer_label,
    sheet_data_label,
    sheet_hint_label,
    unquote,
)
from .document import Document, Section, free_blocks, lazy_pattern

# `Exercice 1`, `Übung 2b`, `Soal 2.`, `1번`, `3題`, `Exercice 4 (plus dur, pas traité)`: a label, no words.
# An ordinal before the label word counts too (`1 нче мәсьәлә`, `2-ші есеп`: a number, its ordinal ending).
_BARE_LABEL = lazy_pattern(
    r"^(?:[^\W\d_]{2,20}[ \t]*\d{1,3}[a-z]?|\d{1,3}[ \t]*[^\W\d_]{1,2}|\d{1,3}(?:[ \t]*-|[ \t]+)[^\W\d_]{1,4}[ \t]+[^\W\d_]{2,20})"
    r"[ \t]*[.:)]?"
    r"(?:[ \t]*[(\[（][^()\[\]（）\n]{0,60}[)\]）])?[ \t]*$"
)
MIN_ANSWERED = 2


def is_bare_label(title: str) -> bool:
    """True for a heading title that only labels and numbers an exercise (`Exercice 1`, `Übung 2b`, `1번`)."""
    return _BARE_LABEL.match(title) is not None


# `**Question 3:** …`, `__Note__ …`: a paragraph that opens in bold.
_BOLD_OPENING = lazy_pattern(r"^[ \t]*(?:\*\*|__)\S")


def exercise_count(doc: Document, taken: Mapping[int, str]) -> int:
    """How many exercises the label-heading rule will read (0 where it reads none): questions of a convention
    marked by its headings and answer labels, which the heading rule, running before it, weighs against the
    headings that ask (`## Why do I write them so?` over the writer's prose is an aside among them)."""
    found = exercises(doc, taken)
    answered = sum(1 for f in found if f[4] and not is_missing_note(answer_text(doc, f[4])))
    return len(found) if answered >= MIN_ANSWERED else 0


def exercises(doc: Document, taken: Mapping[int, str]) -> list[tuple[Section, list[int], list[int], list[int], list[int]]]:
    """The bare-label sections read as exercises: (section, question, hint, data and answer blocks)."""
    if not _may_label_exercise(doc, taken) or not may_hold_sheet_answer(doc.source.text):
        return []  # no paragraph opens with an answer label: most documents
    found: list[tuple[Section, list[int], list[int], list[int], list[int]]] = []  # (section, question, other used, data, answer)
    for n, section in enumerate(doc.sections):
        head = doc.blocks[section.block]
        if section.level == 1 or head.first in taken or not _BARE_LABEL.match(section.title):
            continue
        if n + 1 < len(doc.sections) and doc.sections[n + 1].level > section.level:
            continue  # sub-headings: a part of a sheet, not one exercise
        body = _until_rule_after_answer(doc, section.body)
        if not body or not all(is_free(doc, taken, i) for i in body) or doc.blocks[body[0]].kind != "paragraph":
            continue
        question: list[int] = []
        hints: list[int] = []
        data: list[int] = []
        answered_by: list[int] = []
        for i in body:
            block = doc.blocks[i]
            text = doc.block_text(i)
            if answered_by or (block.kind == "paragraph" and sheet_answer_label(text) is not None):
                answered_by.append(i)  # the answer label, and everything after it
            elif data or (block.kind == "paragraph" and sheet_data_label(text)):
                data.append(i)  # `**Given:** …` / `**Find:** …`: the working opens, up to the answer label
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
                found.append((section, question, hints, data, answered_by))
    return found


def _until_rule_after_answer(doc: Document, body: Sequence[int]) -> list[int]:
    """The section's blocks without its rules (`---`), up to the first rule after an answer or data label: the
    lines under it (a page footer) are no part of the last exercise's answer."""
    out: list[int] = []
    for i in body:
        if doc.blocks[i].kind != "hr":
            out.append(i)
        elif any(sheet_answer_label(doc.block_text(j)) is not None or sheet_data_label(doc.block_text(j)) for j in out):
            break
    return out


def answer_text(doc: Document, blocks: list[int]) -> str:
    """The answer blocks' Markdown, the first without its answer label when no later block opens with one
    (`**Solution:** …` over `**Answer:** …` keeps both labels: they tell the parts of the working apart)."""
    first = doc.block_text(blocks[0])
    labelled_later = any(sheet_answer_label(doc.block_text(i)) is not None for i in blocks[1:])
    label_end = 0 if labelled_later else sheet_answer_label(first) or 0
    parts = [first[label_end:].strip(), *(doc.block_text(i).strip() for i in blocks[1:])]
    return "\n\n".join(p for p in parts if p)


def _may_label_exercise(doc: Document, taken: Mapping[int, str]) -> bool:
    """False when no heading can be an exercise the label-heading rule reads: a bare label (`_BARE_LABEL`) below level 1,
    not taken, over a body (its `---` aside) that is not empty, all free, and opens with a paragraph. Asked
    of the headings' titles and the blocks left free before the text is searched for an answer label."""
    free: set[int] | None = None  # the free blocks, gathered at the first bare label (most documents have none)
    blocks = doc.blocks
    for section in doc.sections:
        if section.level == 1 or blocks[section.block].first in taken or not _BARE_LABEL.match(section.title):
            continue
        body = [i for i in section.body if blocks[i].kind != "hr"]
        if not body or blocks[body[0]].kind != "paragraph":
            continue
        if free is None:
            free = set(free_blocks(doc, taken))
        if free.issuperset(body):
            return True
    return False
