"""Obsidian Dataview inline fields: `question::` over `answer::` (also `Q::`/`A::`, `front::`/`back::`) make a
card without the field names; a missing or empty answer field is reported unanswered; other fields are
metadata."""

from __future__ import annotations

from tests.helpers import extract_text

GEOGRAPHY = """\
---
tags: [geo]
---
# Rivers

up:: [[Geography MOC]]
confidence:: 2/5

## Africa

question:: Which river is the longest in Africa?
answer:: The Nile, about 6,650 km.

Question:: Into which sea does the Nile flow?
Answer::

question:: Which lake feeds the White Nile?

## Europe

Q:: Rivière qui traverse Paris ?
A:: La Seine

front:: Longest river of Spain
back:: The Tagus
"""


def test_field_pairs_make_cards_without_their_names() -> None:
    extraction, diagnostics = extract_text(GEOGRAPHY)
    cards = [(d.loc.line, d.convention, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        (11, "inline-field", "Which river is the longest in Africa?", "The Nile, about 6,650 km."),
        (21, "inline-field", "Rivière qui traverse Paris ?", "La Seine"),
        (24, "inline-field", "Longest river of Spain", "The Tagus"),
    ]
    unanswered = [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"]
    assert unanswered == [(14, "Into which sea does the Nile flow?"), (17, "Which lake feeds the White Nile?")]


def test_other_inline_fields_are_not_cards() -> None:
    text = "# Book\n\nauthor:: Jane Doe\nrating:: 4\n\nSome thoughts on the book.\n"
    extraction, diagnostics = extract_text(text)
    assert extraction.drafts == ()
    assert not [d for d in diagnostics if d.kind == "unanswered"]


def test_a_field_inside_a_code_fence_is_left_alone() -> None:
    text = "# Notes\n\n```\nquestion:: What is X?\nanswer:: Y\n```\n"
    extraction, _ = extract_text(text)
    assert [d.convention for d in extraction.drafts] != ["inline-field"]
