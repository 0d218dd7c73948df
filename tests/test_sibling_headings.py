"""The sibling-heading rule: among question headings answered by a box of one type, a heading that sets a
task with a colon-led prompt (`Name the capital: Kenya`) and holds only such a box is a card too."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

_PAGE = (
    "# Geography self-check\n\n## Africa\n\n"
    "### Which river flows through Cairo?\n\n> [!{kind}]\n> The Nile.\n\n"
    "### What is the largest desert of Africa?\n\n> [!{kind}]\n> The Sahara.\n\n"
    "### {prompt}\n\n> [!{kind}]\n> Nairobi, on the central highlands.\n\n"
    "### Which lake feeds the White Nile?\n\n> [!{kind}]\n> Lake Victoria.\n"
)


@pytest.mark.parametrize("prompt", ["Name the capital: Kenya", "Give the capital city of: Kenya"])
@pytest.mark.parametrize("kind", ["TIP", "success"])
def test_a_task_heading_answered_like_its_siblings_is_a_card(prompt: str, kind: str) -> None:
    extraction, _ = extract_text(_PAGE.format(prompt=prompt, kind=kind))
    cards = {d.question: d.answer for d in extraction.drafts}
    assert len(cards) == 4
    assert "Nairobi" in cards[prompt]


def test_a_heading_without_a_prompt_is_left_alone() -> None:
    extraction, _ = extract_text(_PAGE.format(prompt="Summary", kind="TIP"))
    assert not [d for d in extraction.drafts if d.convention == "sibling-heading"]


def test_a_box_of_another_type_is_left_alone() -> None:
    text = _PAGE.format(prompt="Name the capital: Kenya", kind="TIP").replace("> [!TIP]\n> Nairobi", "> [!WARNING]\n> Nairobi")
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "sibling-heading"]


def test_without_answered_question_siblings_nothing_is_carded() -> None:
    text = "# Notes\n\n## Setup: the lab\n\n> [!TIP]\n> Wear goggles.\n\n## Safety: fire\n\n> [!TIP]\n> Know the exits.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "sibling-heading"]
