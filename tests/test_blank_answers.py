"""A multiple-choice question whose answer line is left blank to fill in (`**Answer:** _____`) is unanswered."""

from __future__ import annotations

from ankibuild.extract.answers import empty_reason, options_then_blank_answer
from tests.helpers import cards_and_unanswered

QUIZ = """\
# Plate tectonics quiz

**1. Which boundary forms a mid-ocean ridge?**

- A. Convergent
- B. Divergent
- C. Transform
- D. Subduction

**Answer:** _____

**2. Which boundary runs along the San Andreas fault?**

- A. Convergent
- B. Divergent
- C. Transform

**Answer:** C
"""


def test_options_then_a_blank_answer_line_is_a_placeholder() -> None:
    assert options_then_blank_answer("A) one\nB) two\nC) three\n\nAnswer: ______")
    assert options_then_blank_answer("- A. one\n- B. two\n\n**Answer:** \\_\\_\\_\\_")
    assert empty_reason("- A. one\n- B. two\n\n**Answer:** _____") == "placeholder"


def test_a_filled_answer_or_a_blank_after_prose_is_no_placeholder() -> None:
    assert not options_then_blank_answer("- A. one\n- B. two\n\n**Answer:** B")
    assert not options_then_blank_answer("The __init__ method runs first.\nIt sets fields.\nAnswer: ___ then")
    assert empty_reason("It binds on the first call.\n\nAnswer: _____ is filled in class.") is None


def test_the_blank_answer_is_reported_and_the_filled_one_is_a_card() -> None:
    cards, unanswered = cards_and_unanswered(QUIZ)
    assert [q for _, _, q, _ in cards] == ["Which boundary runs along the San Andreas fault?"]
    assert [message for _, message in unanswered] == ["Which boundary forms a mid-ocean ridge? (placeholder)"]
