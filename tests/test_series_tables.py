"""A question of a series answered by labels (`**Ex. 1** …?` + `Answer: …`) whose answer is a table with
no label (`**Ex. 2** … What is the entry?` + a Dr/Cr table) is answered by that table; one followed only by
a note to self in italics (`_(do this one later)_`) is unanswered."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text

_SERIES = (
    "## Worked problems\n\n"
    "**{l} 1** — A 2 kg cart moves at 3 m/s. **What is its kinetic energy?**\n\n"
    "Answer: 9 J.\n\n"
    "**{l} 2** — Same cart. Which quantities are conserved in an elastic collision?\n\n"
    "| Quantity | Conserved |\n|---|---|\n| momentum | yes |\n| kinetic energy | yes |\n\n"
    "Both hold only when no external force acts.\n\n"
    "**{l} 3** — Same cart, hitting a wall. What impulse does the wall give?\n\n"
    "Answer: 12 N·s, away from the wall.\n\n"
    "**{l} 4** — Two carts stick together. What fraction of the energy is lost,\n"
    "and where does it go?\n\n"
    "*(left for the review session — not written up)*\n\n"
    "## Notes\n\nPlain prose here.\n"
)


@pytest.mark.parametrize("label", ["Ex.", "Prob.", "Case"])
def test_a_table_right_after_a_numbered_question_answers_it(label: str) -> None:
    extraction, _ = extract_text(_SERIES.format(l=label))
    cards = {d.question.split("—")[-1].strip(): d.answer for d in extraction.drafts}
    assert len(cards) == 3
    answer = next(a for q, a in cards.items() if "elastic collision" in q)
    assert "| momentum | yes |" in answer
    assert "no external force" in answer
    assert not any("Answer: 12" in a for a in cards.values())


@pytest.mark.parametrize("label", ["Ex.", "Prob.", "Case"])
def test_a_numbered_question_followed_only_by_a_note_to_self_is_unanswered(label: str) -> None:
    extraction, _ = extract_text(_SERIES.format(l=label))
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == ["Two carts stick together. What fraction of the energy is lost, and where does it go?"]
    assert not any("left for the review" in d.answer for d in extraction.drafts)


def test_a_table_after_a_question_outside_an_answered_series_is_left_alone() -> None:
    text = (
        "## Data\n\n**Ex. 1** — Which rows of the table below are outliers?\n\n"
        "| x | y |\n|---|---|\n| 1 | 2 |\n| 3 | 40 |\n\nSome more prose about the data.\n"
    )
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if "| 3 | 40 |" in d.answer]


def test_a_table_after_a_statement_of_the_series_is_not_an_answer() -> None:
    text = (
        "## Worked problems\n\n**Ex. 1** — A cart moves at 3 m/s. What is its speed in km/h?\n\n"
        "Answer: 10.8 km/h.\n\n**Ex. 2** — The measurements of the second run are these.\n\n"
        "| t | v |\n|---|---|\n| 0 | 3 |\n| 1 | 2 |\n"
    )
    extraction, _ = extract_text(text)
    assert len(extraction.drafts) == 1
    assert not [d for d in extraction.drafts if "| 0 | 3 |" in d.answer]
