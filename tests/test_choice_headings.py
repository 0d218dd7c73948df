"""The choice-heading rule: a heading stem over option lines and an answer-label key."""

from __future__ import annotations

from tests.helpers import extract_text

NOTES = """\
# Pharmacology question bank

## Anticoagulants

### 12. (PHA204) The antidote to an overdose of heparin is

a) vitamin K
b) protamine sulfate
c) fresh frozen plasma

**Answer:** b — protamine binds heparin ionically.

### 13. Which drug needs INR monitoring?

A. Warfarin
B. Apixaban

Correct answer: A

### 14. (PHA210) The half-life of dabigatran is about

A) 2 hours
B) 14 hours

Answer: ???  <!-- check the BNF -->

### Dosing table

A) this heading shows options
but the paragraph is prose.

Answer: not an item.
"""


def _found() -> tuple[dict[str, str], list[str]]:
    extraction, _ = extract_text(NOTES)
    cards = {d.question: d.answer for d in extraction.drafts if d.convention == "choice-heading"}
    return cards, [d.question or "" for d in extraction.diagnostics if d.kind == "unanswered"]


def test_an_unfinished_stem_over_options_and_a_key_is_a_card() -> None:
    cards, _ = _found()
    back = cards["The antidote to an overdose of heparin is"]
    assert back.startswith("a) vitamin K\nb) protamine sulfate")
    assert back.endswith("**Answer:** b — protamine binds heparin ionically.")
    assert cards["Which drug needs INR monitoring?"].endswith("Correct answer: A")


def test_a_placeholder_key_is_unanswered_without_its_reference_code() -> None:
    cards, unanswered = _found()
    assert "The half-life of dabigatran is about" in unanswered
    assert not any("dabigatran" in q for q in cards)


def test_a_heading_over_prose_is_no_item() -> None:
    cards, _ = _found()
    assert "Dosing table" not in cards
