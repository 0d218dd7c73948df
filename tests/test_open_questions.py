"""The open-question rule: questions listed under an open-questions heading are reported unanswered."""

from __future__ import annotations

from tests.helpers import drafted_cards, extract_text

NOTE = """\
# Plate tectonics

Oceanic crust is denser than continental crust.

## Offene Fragen

- Warum bricht Pangäa gerade im Jura auseinander?
- Is the Mid-Atlantic Ridge still widening? ask Dr. Okoye on Friday
- Read chapter 7 first
- How fast do hotspots move?
  - About a centimetre a year, relative to each other.

## Questions to ask

1. What drives slab pull?
"""


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message.split(" (")[0] for d in extraction.diagnostics if d.kind == "unanswered"]


def test_every_open_question_is_reported_unanswered() -> None:
    missing = _unanswered(NOTE)
    assert "Warum bricht Pangäa gerade im Jura auseinander?" in missing
    assert "Is the Mid-Atlantic Ridge still widening?" in missing
    assert "What drives slab pull?" in missing


def test_an_item_that_asks_nothing_or_holds_an_answer_is_not_reported() -> None:
    missing = _unanswered(NOTE)
    assert not any(m.startswith("Read chapter") for m in missing)
    assert "How fast do hotspots move?" not in missing


def test_open_questions_become_no_cards() -> None:
    assert not any("Pangäa" in q or "slab pull" in q for _, q, _ in drafted_cards(NOTE))


def test_a_list_under_another_heading_is_left_alone() -> None:
    text = "# Notes\n\n## Reading\n\n- Why do plates move? see chapter 2\n- Read chapter 7\n"
    assert "Why do plates move?" not in _unanswered(text)
