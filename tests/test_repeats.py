"""Template questions: the same question under several headings is qualified by each heading."""

from __future__ import annotations

from tests.helpers import extract_text

BOOKS = """\
# Book club notes

## 1. The Left Hand of Darkness

**Who tells the story?** Genly Ai, an envoy, with Estraven's journal in between.

**What is the central theme?**
- gender and its absence
- trust across cultures

## 2. Kindred

**Who tells the story?** Dana, in the first person.

**What is the central theme?**

## 3. Piranesi

**Who tells the story?** Piranesi himself, through his journals.
"""


def test_a_question_repeated_under_several_headings_is_qualified_by_each() -> None:
    extraction, diagnostics = extract_text(BOOKS)
    questions = [d.question for d in extraction.drafts]
    assert "The Left Hand of Darkness: Who tells the story?" in questions
    assert "Kindred: Who tells the story?" in questions
    assert "Piranesi: Who tells the story?" in questions
    assert "The Left Hand of Darkness: What is the central theme?" in questions
    unanswered = {d.question for d in diagnostics if d.kind == "unanswered"}
    assert "Kindred: What is the central theme?" in unanswered


def test_a_question_asked_once_keeps_its_words() -> None:
    text = """\
# Notes

## Cells

**What is osmosis?** Diffusion of water across a membrane.

## Tissues

**What is epithelium?** Tissue lining surfaces.
"""
    extraction, _ = extract_text(text)
    assert [d.question for d in extraction.drafts] == ["What is osmosis?", "What is epithelium?"]
