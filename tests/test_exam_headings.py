"""The exam-heading rule: a past paper's instruction as a heading, answered under a bold approach label."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

HISTORY = """\
# A-level History — Paper 2 past questions

## The Weimar Republic

### Q. Assess the reasons for the collapse of the Weimar Republic by 1933. *(Paper 2, 2018, 25 marks)*

**Key points:**
- the Depression and mass unemployment
- Article 48 and rule by decree

### Q. Examine the impact of hyperinflation on the German middle class. (2021)

> 📝 *Plan to be written — see Evans ch. 2.*

### Why did the Spartacist uprising fail? *(2016)*

**Answer:**
- poor organisation; the Freikorps

## Revision tips

### Install the flashcards app on your phone before the exam

Some prose about revising.
"""


def test_an_instruction_heading_over_an_approach_label_is_a_card_without_label_and_tag() -> None:
    cards, _ = cards_and_unanswered(HISTORY)
    found = {q: (line, rule, a) for line, rule, q, a in cards}
    line, rule, answer = found["Assess the reasons for the collapse of the Weimar Republic by 1933."]
    assert (line, rule) == (5, "exam-heading")
    assert answer == "- the Depression and mass unemployment\n- Article 48 and rule by decree"


def test_an_instruction_heading_over_only_a_note_that_the_plan_is_to_come_is_unanswered() -> None:
    _, unanswered = cards_and_unanswered(HISTORY)
    assert (11, "Examine the impact of hyperinflation on the German middle class. (placeholder)") in unanswered


def test_a_note_that_the_answer_is_still_to_be_written_is_a_placeholder_under_any_question_heading() -> None:
    text = "# Notes\n\n### Q3. What caused the 1848 revolutions?\n\n> 📝 *Answer to be written — see Sperber ch. 4.*\n"
    cards, unanswered = cards_and_unanswered(text)
    assert not cards and [line for line, _ in unanswered] == [3]


def test_a_heading_that_asks_stays_the_heading_rules_and_prose_headings_are_no_exam_questions() -> None:
    cards, unanswered = cards_and_unanswered(HISTORY)
    assert any(rule == "heading" and "Spartacist" in q for _, rule, q, _ in cards)
    assert not any("flashcards app" in q for _, _, q, _ in cards)
    assert not any("flashcards app" in m for _, m in unanswered)


def test_without_an_answered_exam_heading_nothing_is_reported() -> None:
    text = "# Notes\n\n## Part A\n\n### Examine the data in the appendix before reading on\n\n> *to do*\n"
    cards, unanswered = cards_and_unanswered(text)
    assert not cards and not any("Examine" in m for _, m in unanswered)
