"""The one-liner rule: lists of `- Question? answer` items, one per line."""

from __future__ import annotations

from tests.helpers import extract_text

CHEMISTRY = """\
# Chemie — schnell wiederholen

## Elemente

- Symbol für Eisen? Fe
- Ordnungszahl von Kohlenstoff? 6
- Wie viele Valenzelektronen hat Sauerstoff? 6 (Gruppe 16)
- Edelgas der dritten Periode?

## Labor

- Command to list the fume hood log? `hoodctl log --today`
- Boiling point of ethanol? 78 °C
- Which indicator turns pink in base? Phenolphthalein
"""


def test_one_liners_are_cards_and_an_empty_item_is_unanswered() -> None:
    extraction, diagnostics = extract_text(CHEMISTRY)
    cards = {d.question: d for d in extraction.drafts}
    assert cards["Ordnungszahl von Kohlenstoff?"].answer == "6"
    assert cards["Symbol für Eisen?"].answer == "Fe"
    assert cards["Command to list the fume hood log?"].answer == "`hoodctl log --today`"
    assert cards["Boiling point of ethanol?"].context[-1] == "Labor"
    assert len(extraction.drafts) == 6
    unanswered = {d.question for d in diagnostics if d.kind == "unanswered"}
    assert "Edelgas der dritten Periode?" in unanswered


def test_practice_questions_and_hints_are_not_one_liners() -> None:
    text = """\
# Review

- What is entropy? Explain it with an example.
- Why does ice float? Give two reasons.
- What is enthalpy? (hint: heat at constant pressure)
"""
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "one-liner"]


def test_mostly_unanswered_or_long_lists_are_left_alone() -> None:
    text = """\
# Open points

- Who owns the billing service? nobody knows
- Where do logs go?
- When is the freeze?
- How do we roll back?
"""
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "one-liner"]
