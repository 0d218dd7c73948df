"""Bold labels numbering a series of questions answered by a label (`**Q2.4** …` + `*Answer:* …`): a
paragraph numbered the same way with no answer after it is its own unanswered question, never part of the
answer before it."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

_SERIES = (
    "## Kinematics\n\n"
    "**{l}1** Derive the range of a projectile launched at angle $\\theta$.\n\n"
    "*Answer:* $R = v^2 \\sin 2\\theta / g$.\n\n"
    "**{l}2** (hard) Estimate the drag force on a falling raindrop.\n\n"
    "**{l}3** Why does a heavier ball not fall faster in vacuum?\n\n"
    "*Answer:* Gravity's pull grows with mass exactly as inertia does.\n\n"
    "**{l}4** Sketch the velocity of a bouncing ball against time.\n\n"
    "## Next chapter\n\nPlain prose here.\n"
)


@pytest.mark.parametrize("label", ["Q2.", "P", "Ex 1."])
def test_a_numbered_question_without_an_answer_is_unanswered(label: str) -> None:
    extraction, _ = extract_text(_SERIES.format(l=label))
    answers = [d.answer for d in extraction.drafts]
    assert len(answers) == 2
    assert not any("raindrop" in a or "bouncing" in a for a in answers)
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert len(unanswered) == 2
    assert "Estimate the drag force on a falling raindrop." in unanswered[0]
    assert "Sketch the velocity of a bouncing ball against time." in unanswered[1]


def test_a_bold_label_of_another_shape_stays_in_the_answer() -> None:
    text = (
        "## Proofs\n\n**Q1** Prove that $\\sqrt 2$ is irrational.\n\n"
        "*Answer:* Suppose $\\sqrt 2 = p/q$ in lowest terms.\n\n**Step 2** Then $p^2 = 2q^2$, so $p$ is even.\n"
    )
    extraction, _ = extract_text(text)
    assert len(extraction.drafts) == 1
    assert "Step 2" in extraction.drafts[0].answer
    assert not [d for d in extraction.diagnostics if d.kind == "unanswered"]


def test_a_numbered_question_followed_by_code_is_left_to_the_other_rules() -> None:
    text = (
        "## Arrays\n\n**Task 1** Which module holds `deque`?\n\n*Answer:* `collections`.\n\n"
        "**Task 2** Reverse a list in place.\n\n```python\nitems.reverse()\n```\n"
    )
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.diagnostics if d.kind == "unanswered"]
