"""The trailing-exercise rule: a numbered exercise left without an answer, after numbered exercises answered
by an answer label, is reported unanswered; numbered lists elsewhere are left alone."""

from __future__ import annotations

from ankibuild.extract import RuleResult, trailing_exercises
from ankibuild.process import parse_document
from ankibuild.records import SourceFile
from tests.helpers import cards_and_unanswered

PHYSICS = """\
# Mechanics — exercise sheet 3

## Exercises

1. A cart of mass 2 kg is pushed with 10 N. What is its acceleration?

   **Solution:** $a = F/m = 5\\ \\text{m/s}^2$.

2. Explain why a passenger leans forward when a bus brakes.

   **Solution:** inertia: the body keeps moving while the bus slows down.

3. State Newton's third law.

   **Solution:** every action has an equal and opposite reaction.

## Bonus

4. Prove that momentum is conserved in an isolated system of two particles.
5. Derive the rocket equation
   $$\\Delta v = v_e \\ln \\frac{m_0}{m_1}$$
"""


def test_a_trailing_unanswered_exercise_list_is_reported_item_by_item() -> None:
    cards, unanswered = cards_and_unanswered(PHYSICS)
    assert len(cards) == 3
    messages = [m for _, m in unanswered]
    assert any(m.startswith("Prove that momentum is conserved") for m in messages)
    assert any(m.startswith("Derive the rocket equation") for m in messages)


SHOPPING = """\
# Lab sheet

1. What does a buffer do?

   **Answer:** it resists changes in pH.

2. Why is the pipette rinsed first?

   **Answer:** so that water does not dilute the sample.

## Before next week

1. Buy a lab coat
2. Print the protocol
"""


def test_a_list_that_does_not_ask_is_left_alone() -> None:
    _, unanswered = cards_and_unanswered(SHOPPING)
    assert not any("lab coat" in m for _, m in unanswered)


NO_ANSWERS = """\
# Reading questions

1. Why did the empire fall?
2. Explain the role of the senate.
"""


def test_without_answered_exercises_the_rule_does_nothing() -> None:
    doc = parse_document(SourceFile("notes.md", None, NO_ANSWERS, "0"), [])
    assert trailing_exercises.extract(doc, {}) == RuleResult()
