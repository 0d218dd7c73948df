"""A problem under a heading that only numbers it (`### Question 2`), answered by a label: a hint paragraph
between the statement and the answer is context, not front; an answer label with nothing but a comment
under it is unanswered."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

_NOTEBOOK = (
    "# Lab report\n\n## Titration\n\n"
    "### Question 1\n*Which indicator did you choose for the weak acid titration, and why?*\n\n"
    "{hint} The equivalence point of a weak acid with a strong base lies above pH 7.\n\n"
    "**Answer:** Phenolphthalein: it turns between pH 8.2 and 10.\n\n"
    "### Question 2\n*What volume of NaOH reached the end point?*\n\n"
    "**Answer:**\n\n<!-- fill in after the second run -->\n\n"
    "### Question 3\n*Why was the burette rinsed with the titrant first?*\n\n"
    "Answer: So that water left inside does not dilute it.\n"
)


@pytest.mark.parametrize("hint", ["**Hint:**", "*Tip:*", "Hint 1:", "**Hint**:"])
def test_a_hint_between_the_statement_and_the_answer_is_context(hint: str) -> None:
    extraction, _ = extract_text(_NOTEBOOK.format(hint=hint))
    card = next(d for d in extraction.drafts if "indicator" in d.question)
    assert "equivalence point" not in card.question
    assert "equivalence point" not in card.answer
    assert any(c.startswith(("Hint", "Tip")) and "equivalence point" in c for c in card.context)
    assert "Phenolphthalein" in card.answer


def test_an_answer_label_over_only_a_comment_is_unanswered() -> None:
    extraction, _ = extract_text(_NOTEBOOK.format(hint="**Hint:**"))
    assert not [d for d in extraction.drafts if "NaOH" in d.question]
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert len(unanswered) == 1
    assert "What volume of NaOH reached the end point?" in unanswered[0]
    assert len(extraction.drafts) == 2


def test_a_written_answer_after_its_label_stays_a_card() -> None:
    text = "### Problem 4\n\nHow many moles are in 18 g of water?\n\n**Answer:** **1 mol**\n"
    extraction, _ = extract_text(text)
    assert len(extraction.drafts) == 1
    assert "1 mol" in extraction.drafts[0].answer
