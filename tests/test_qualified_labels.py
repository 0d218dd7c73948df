"""The qualified-label rule: `**Q from the tutorial (not assessed):** question?` answered by the next
paragraph, even below an answer labelled above it; numbered labels and statements are not read."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

_NOTES = (
    "# Cell biology seminar\n\n"
    "## Week 3\n\n"
    "**Question:** What drives membrane fusion?\n\n"
    "**Answer:** SNARE proteins zipping together.\n\n"
    "Extra reading: the 2013 Nobel lecture.\n\n"
    "**Q from the tutorial (not assessed):** Why do lipid bilayers self-assemble?\n\n"
    "The hydrophobic tails avoid water while the heads face it.\n\n"
    "**Question for the exam:** How does cholesterol change membrane fluidity?\n\n"
    "## Week 4\n\n"
    "**Q (bonus):** Name the organelle that packages proteins for secretion.\n\n"
    "The Golgi apparatus.\n"
)


def test_qualified_labels_are_questions_of_their_own() -> None:
    cards, unanswered = cards_and_unanswered(_NOTES)
    found = {c[2]: c for c in cards}
    assert found["Why do lipid bilayers self-assemble?"][1] == "qualified-label"
    assert found["Why do lipid bilayers self-assemble?"][3] == "The hydrophobic tails avoid water while the heads face it."
    assert found["Name the organelle that packages proteins for secretion."][3] == "The Golgi apparatus."
    assert "self-assemble" not in found["What drives membrane fusion?"][3]
    assert [message.split(" (")[0] for _, message in unanswered] == ["How does cholesterol change membrane fluidity?"]


def test_numbered_labels_and_statements_are_left_alone() -> None:
    cards, _ = cards_and_unanswered(
        "# Notes\n\n**Q from the reading:** the authors use a small sample.\n\nSo the effect may not hold.\n\n"
        "**Q3:** What is osmosis?\n\nDiffusion of water across a membrane.\n"
    )
    assert not [c for c in cards if c[1] == "qualified-label"]
