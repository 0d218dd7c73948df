"""The transcript rule: a student's question answered by the teacher's reply."""

from __future__ import annotations

from tests.helpers import drafted_cards as _cards
from tests.helpers import extract_text


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message.split(" (")[0] for d in extraction.diagnostics if d.kind == "unanswered"]


TRANSCRIPT = """\
# Seminar 4 — Plate tectonics (transcript)

## [05:10] Subduction

**Dr. Okoye:** Oceanic crust is denser than continental crust, so where they meet it sinks.

> **Student (Lena):** Why does the oceanic plate sink and not the continental one?
>
> **Dr. Okoye:** It is older, colder and denser; the continental crust is too buoyant to go down.

**Audience:** How deep do the slabs go?

**Dr. Okoye:** Some reach the core–mantle boundary, almost 2900 km down.

> **Estudiante:** ¿Qué mide la escala de Richter?
>
> **Profesora:** La magnitud de un terremoto, en una escala logarítmica.

**Student 2:** Is the Mid-Atlantic Ridge still widening?

**Dr. Okoye:** Good question — let's come back to that after the break.

**Student:** Can we predict earthquakes?

## [40:00] Hotspots (preview)

Hawaii and Iceland are next lecture.
"""


def test_a_student_question_and_the_reply_are_a_card() -> None:
    cards = [c for c in _cards(TRANSCRIPT) if c[0] == "transcript"]
    assert cards == [
        (
            "transcript",
            "Why does the oceanic plate sink and not the continental one?",
            "It is older, colder and denser; the continental crust is too buoyant to go down.",
        ),
        ("transcript", "How deep do the slabs go?", "Some reach the core–mantle boundary, almost 2900 km down."),
        ("transcript", "¿Qué mide la escala de Richter?", "La magnitud de un terremoto, en una escala logarítmica."),
    ]


def test_a_reply_that_puts_the_question_off_leaves_it_unanswered() -> None:
    missing = _unanswered(TRANSCRIPT)
    assert "Is the Mid-Atlantic Ridge still widening?" in missing
    assert "Can we predict earthquakes?" in missing


def test_teacher_turns_and_a_preview_are_no_cards() -> None:
    fronts = [c[1] for c in _cards(TRANSCRIPT)]
    assert not any("Hotspots" in f or "Oceanic crust" in f for f in fronts)


def test_a_timestamp_is_no_part_of_the_context() -> None:
    extraction, _ = extract_text(TRANSCRIPT)
    contexts = {d.context for d in extraction.drafts if d.convention == "transcript"}
    assert contexts == {("Subduction",)}
