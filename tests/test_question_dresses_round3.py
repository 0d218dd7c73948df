"""Question shapes a fifth blind set found: a `<details>` mentioned in a comment, a pictograph after a bold
question, several question boxes under one heading, a homework list whose solutions come later."""

from __future__ import annotations

from tests.helpers import extract_text


def _cards(text: str) -> list[tuple[str, str]]:
    extraction, _ = extract_text(text)
    return [(d.question, d.answer) for d in extraction.drafts]


def _unanswered(text: str) -> list[str]:
    _, diagnostics = extract_text(text)
    return [d.message for d in diagnostics if d.kind == "unanswered"]


COMMENTED = """\
# Chemistry quiz

<!-- keep answers in <details> blocks so they stay hidden -->

## Bonds

**1. What is a covalent bond?**

<details>
<summary>Answer</summary>

A bond in which two atoms share electrons.

</details>

**2. Name the strongest intermolecular force.**

<details><summary>Answer</summary>Hydrogen bonding.</details>
"""


def test_a_details_tag_inside_a_comment_is_no_tag() -> None:
    assert _cards(COMMENTED) == [
        ("What is a covalent bond?", "A bond in which two atoms share electrons."),
        ("Name the strongest intermolecular force.", "Hydrogen bonding."),
    ]


def test_a_pictograph_after_a_bold_question_is_a_marker() -> None:
    text = """\
# Geography

**3. Explain the rain shadow effect.** 🔥

<details>
<summary>Answer</summary>

Moist air rises over the mountains and rains out; the far side stays dry.

</details>

**4. Describe how an oxbow lake forms.** ⭐⭐

The river cuts through the neck of a meander and leaves the loop behind.
"""
    fronts = [q for q, _ in _cards(text)]
    assert fronts == ["Explain the rain shadow effect.", "Describe how an oxbow lake forms."]


def test_a_heading_over_several_question_boxes_is_not_their_title() -> None:
    text = """\
# Week 3

## Self-check

!!! question "Question 1"
    Which organelle makes ATP?

??? success "Solution"
    The mitochondrion.

!!! question "Question 2"
    Which organelle holds the DNA?

??? success "Solution"
    The nucleus.
"""
    assert _cards(text) == [
        ("Which organelle makes ATP?", "The mitochondrion."),
        ("Which organelle holds the DNA?", "The nucleus."),
    ]


def test_a_heading_over_one_question_box_still_names_the_problem() -> None:
    text = """\
# Problems

## Two boats

!!! question
    Two boats leave the harbour at noon. When do they meet?

??? success "Solution"
    At 3 pm.
"""
    assert [q for q, _ in _cards(text)] == ["Two boats\n\nTwo boats leave the harbour at noon. When do they meet?"]


def test_homework_whose_solutions_come_later_is_unanswered() -> None:
    text = """\
# Thermodynamics, week 5

## Homework

Solutions will be uploaded after the deadline.

1. Prove that the efficiency of a Carnot engine depends only on the two temperatures.
2. Derive the ideal gas law from the kinetic theory of gases.
3. Show that entropy is a state function.
"""
    found = _unanswered(text)
    assert len(found) == 3 and any("Carnot" in m for m in found) and any("entropy" in m for m in found)
    assert not _cards(text)
