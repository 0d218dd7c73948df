"""A heading that is itself a card (or an unanswered question) is never part of another card's topic tag or
context (issue 19, point 6)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from ankibuild.cli import main
from tests.helpers import SOURCE, extract_text

NOTES = """# Pharmacology

## Antibiotics

### How do penicillins kill bacteria?

They block the cross-linking of the cell wall.

What is a beta-lactamase?
An enzyme that opens the beta-lactam ring.

Why add clavulanic acid?
It inhibits beta-lactamases.

#### What is MRSA?

A *Staphylococcus aureus* resistant to methicillin.

### Aminoglycosides

Which aminoglycoside is given by inhalation?
Tobramycin, in cystic fibrosis.

## Why do we ask about allergies?

### Cross-reactivity

Do cephalosporins cross-react with penicillins?
Rarely, about 1 %.
"""


def _by_question() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    extraction, _ = extract_text(NOTES)
    return {d.question: (d.context, d.tags) for d in extraction.drafts}


def test_bare_lines_under_a_question_heading_keep_the_topic_above_it() -> None:
    cards = _by_question()
    for question in ("What is a beta-lactamase?", "Why add clavulanic acid?"):
        assert cards[question] == (("Antibiotics",), ("topic::antibiotics",))


def test_a_question_heading_under_a_question_heading_has_the_topic_above_both() -> None:
    assert _by_question()["What is MRSA?"] == (("Antibiotics",), ("topic::antibiotics",))


def test_topic_headings_stay_in_context_and_tags() -> None:
    cards = _by_question()
    assert cards["Which aminoglycoside is given by inhalation?"] == (
        ("Antibiotics", "Aminoglycosides"),
        ("topic::antibiotics::aminoglycosides",),
    )
    # A topic heading below a question heading keeps its own place; the question is left out.
    assert cards["Do cephalosporins cross-react with penicillins?"] == (
        ("Cross-reactivity",),
        ("topic::cross_reactivity",),
    )


def test_the_heading_card_itself_keeps_its_parent_topic() -> None:
    assert _by_question()["How do penicillins kill bacteria?"] == (("Antibiotics",), ("topic::antibiotics",))


def test_seed_bare_lines_under_a_question_heading() -> None:
    result = CliRunner().invoke(main, ["cards", str(SOURCE), "--json"])
    assert result.exit_code == 0, result.output
    cards = json.loads(result.stdout)
    assert len(cards) == 390
    below = [c for c in cards if c["source"] == "amazon-breadth-and-depth.md" and c["question_text"] == "How does dropout work?"]
    assert len(below) == 1
    assert below[0]["tags"] == ["topic::natural_language_processing"]
    assert "How do you interpret logistic regression" not in below[0]["context"]
    for card in cards:
        assert not any(t.startswith("topic::") and "how_do_you_interpret" in t for t in card["tags"]), card
