"""A heading that asks nothing over a theory paragraph and its own bold questions is a topic, not a card."""

from __future__ import annotations


def test_a_topic_heading_over_theory_and_its_own_bold_questions_is_no_card() -> None:
    from tests.helpers import drafted_cards

    cards = drafted_cards(
        "# Databases\n\n## SQL vs NoSQL\n\n"
        "A short theory note first: relational stores enforce a schema, document stores do not.\n\n"
        "**Q1: What does ACID stand for?**\n\nAtomicity, consistency, isolation, durability.\n\n"
        "**Q2: When is a document store a better fit?**\n\nWhen records vary in shape and are read whole.\n"
    )
    assert "SQL vs NoSQL" not in [c[1] for c in cards]
    assert len(cards) == 2
