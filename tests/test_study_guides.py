"""Study guides: learning-objective headings ask their prompt; a closing note answers no review question."""

from __future__ import annotations

from tests.helpers import extract_text

GUIDE = """\
# CHEM 210 — Unit 4 Revision: Acids and Bases

## Learning outcomes

By the end of the unit you should be able to:

1. Define a Brønsted–Lowry acid and base.
2. Calculate the pH of a strong acid solution.
3. Explain why buffers resist changes in pH.

## Learning outcome 1: Define a Brønsted–Lowry acid and base.

An acid donates a proton (H⁺); a base accepts one.

## LO2. Calculate the pH of a strong acid solution.

A strong acid dissociates fully, so [H⁺] equals its concentration:

- pH = −log₁₀[H⁺]
- 0.01 M HCl → pH 2

## Objective 3 – Explain why buffers resist changes in pH.

<!-- check the Henderson–Hasselbalch derivation with the TA -->

TODO: write this up after the titration lab

---

## Objetivo 4 – Comparar ácidos fuertes y débiles en disolución acuosa.

Un ácido fuerte se disocia por completo; uno débil solo en parte (Ka pequeña).

### Ejemplo

HCl frente a CH₃COOH.
"""


def test_objective_headings_ask_their_prompt_with_the_section_as_answer() -> None:
    extraction, _ = extract_text(GUIDE)
    cards = {d.question: d for d in extraction.drafts}
    assert "Define a Brønsted–Lowry acid and base." in cards
    assert cards["Define a Brønsted–Lowry acid and base."].answer.startswith("An acid donates")
    pka = cards["Calculate the pH of a strong acid solution."]
    assert "pH = −log₁₀[H⁺]" in pka.answer
    spanish = cards["Comparar ácidos fuertes y débiles en disolución acuosa."]
    assert "HCl frente a CH₃COOH." in spanish.answer  # a sub-section stays in the answer
    assert not any(q.startswith(("Learning outcome", "LO2", "Objective", "Objetivo")) for q in cards)


def test_an_objective_with_only_a_comment_and_a_todo_is_unanswered() -> None:
    extraction, _ = extract_text(GUIDE)
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == ["Explain why buffers resist changes in pH."]
    assert "Explain why buffers resist changes in pH." not in [d.question for d in extraction.drafts]


def test_the_outline_of_objectives_is_no_card() -> None:
    extraction, _ = extract_text(GUIDE)
    assert len(extraction.drafts) == 3


def test_a_section_titled_objectives_without_a_numbered_prompt_is_no_objective() -> None:
    text = "# Course\n\n## Objectives\n\nLearn the basics.\n\n## Objective 2\n\nSee the slides for this week.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "objective"]


REVIEW = """\
# Macroeconomics — week 5 review

## Self-check

1. What does GDP measure?
   > The market value of all final goods and services produced in a country in a period.
2. Why is GDP a poor measure of welfare?

_Last updated: March 2025_
"""


def test_a_closing_note_in_italics_does_not_answer_the_last_review_question() -> None:
    extraction, _ = extract_text(REVIEW)
    assert [d.question for d in extraction.drafts] == ["What does GDP measure?"]
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == ["Why is GDP a poor measure of welfare?"]


def test_an_italic_answer_that_is_no_labelled_note_still_answers() -> None:
    text = "## Review\n\n1. What does GDP measure?\n2. Why is GDP a poor measure of welfare?\n\n*It ignores leisure and inequality.*\n"
    extraction, _ = extract_text(text)
    answers = {d.question: d.answer for d in extraction.drafts}
    assert answers.get("Why is GDP a poor measure of welfare?") == "*It ignores leisure and inequality.*"


ORAL_EXAM = """\
# Astronomy — oral exam questions

### What is a light-year?

The distance light travels in one Julian year, about 9.46 × 10¹² km.

### Why do stars twinkle?

Turbulence in the atmosphere bends their light back and forth.

### Parallax

The apparent shift of a nearby star against distant ones as the Earth orbits the Sun.

### How is a star's distance measured by parallax?

d (parsecs) = 1 / p (arcseconds).

### Summary

Distances come from parallax, brightness and redshift.
"""


def test_a_term_heading_defined_among_question_headings_is_a_card() -> None:
    extraction, _ = extract_text(ORAL_EXAM)
    answers = {d.question: d.answer for d in extraction.drafts}
    assert answers["Parallax"].startswith("The apparent shift")
    assert "Summary" not in answers


def test_a_term_heading_among_section_titles_is_no_heading_card() -> None:
    text = ORAL_EXAM.replace("### Why do stars twinkle?", "### Twinkling").replace("### What is a light-year?", "### Light-years")
    extraction, _ = extract_text(text)
    assert not any(d.question == "Parallax" and d.convention == "heading" for d in extraction.drafts)


def test_a_term_heading_under_a_parent_without_questions_is_no_heading_card() -> None:
    text = (
        "# Guide\n\n## FAQ\n\n### Is it free?\n\nYes.\n\n### Can I share it?\n\nYes, under CC BY.\n\n"
        "### Who writes it?\n\nThe course team.\n\n## Contributing\n\n### Style guide\n\nPlease follow the house style.\n"
    )
    extraction, _ = extract_text(text)
    assert not any(d.question == "Style guide" and d.convention == "heading" for d in extraction.drafts)


OUTCOME_STATEMENTS = """\
# Reading 12 — Revenue recognition

## LOS 12.a — *describe* the five steps of revenue recognition under IFRS 15

1. Identify the contract. 2. Identify the performance obligations. 3. Determine the price.
4. Allocate the price. 5. Recognise revenue when each obligation is satisfied.

## LOS 12.b — *calculate* revenue for a long-term contract using the percentage-of-completion method

_(to do — worked example on p. 88)_

## LOS 12.c — *explain* and *contrast* gross and net reporting of revenue

Gross when the firm is the principal (it controls the good), net when it only arranges the sale as an agent.

---

### Practice log

Scored 7/10 on the end-of-reading questions.
"""


def test_learning_outcome_statements_ask_their_prompt_and_end_at_a_closing_rule() -> None:
    extraction, diagnostics = extract_text(OUTCOME_STATEMENTS)
    cards = {d.question: d.answer for d in extraction.drafts if d.convention == "objective"}
    assert list(cards) == [
        "describe the five steps of revenue recognition under IFRS 15",
        "explain and contrast gross and net reporting of revenue",
    ]
    last = cards["explain and contrast gross and net reporting of revenue"]
    assert "Practice log" not in last and "7/10" not in last
    unanswered = [d.message for d in diagnostics if d.kind == "unanswered"]
    assert any("percentage-of-completion" in u for u in unanswered)
