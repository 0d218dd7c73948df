"""The slide rule: a question slide answered by the answer slide after it (Marp, reveal.js, Slidev)."""

from __future__ import annotations

from tests.helpers import drafted_cards as _cards
from tests.helpers import extract_text


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message.split(" (")[0] for d in extraction.diagnostics if d.kind == "unanswered"]


DECK = """\
---
marp: true
paginate: true
---

<!-- _class: lead -->

# Data structures — revision

---

## Frage 1: Warum wächst eine Hashtabelle, bevor sie voll ist?

<!-- notes: give them a minute -->

---

## Antwort 1

Ab einem Füllgrad von etwa 0,75 häufen sich Kollisionen.

---

### Q2. A heap holds n keys. How long does building it take?

Assume the bottom-up construction.

---

### A2

$O(n)$: most nodes sit near the leaves and sift down only a little.

---

### Q3. Which traversal of a BST yields sorted keys?

---

### A4

Something else entirely.

---

### Q5. What does amortised cost mean?

---

### Answer

---

## Summary

- Hash tables, heaps, trees
"""


def test_a_question_slide_is_answered_by_the_next_answer_slide() -> None:
    cards = _cards(DECK)
    slide = [c for c in cards if c[0] == "slide"]
    assert slide == [
        (
            "slide",
            "Warum wächst eine Hashtabelle, bevor sie voll ist?",
            "Ab einem Füllgrad von etwa 0,75 häufen sich Kollisionen.",
        ),
        (
            "slide",
            "A heap holds n keys. How long does building it take?\n\nAssume the bottom-up construction.",
            "$O(n)$: most nodes sit near the leaves and sift down only a little.",
        ),
    ]
    assert not any("notes:" in c[1] + c[2] for c in cards)


def test_an_answer_slide_with_another_number_answers_nothing() -> None:
    assert not any(c[0] == "slide" and "BST" in c[1] for c in _cards(DECK))


def test_an_empty_answer_slide_leaves_the_question_unanswered() -> None:
    assert "What does amortised cost mean?" in _unanswered(DECK)


def test_rules_between_paragraphs_without_answer_headings_are_no_slides() -> None:
    text = "# Notes\n\n## Why is the sky blue?\n\n---\n\n## History\n\nRayleigh, 1871.\n"
    assert not any(c[0] == "slide" for c in _cards(text))


def test_alphabet_buckets_and_numbered_sections_are_no_slides() -> None:
    text = """\
# Glossary of optics

## 1. Introduction

Terms used in the course.

---

## A

Aberration: a departure from ideal imaging.

---

## B

Birefringence: a refractive index that depends on polarisation.
"""
    assert not any(c[0] == "slide" for c in _cards(text))


DECKSET = """\
theme: Simple
footer: Revision · Physics

# Electricity — revision

---

# Question 1

What is the unit of electric charge?

^ Give them a minute.

---

# Answer 1

The coulomb (C).

^ Mention the ampere-second.

---

# Pregunta 2

¿Qué mide un voltímetro?

---

# Respuesta 2

[.column]
La diferencia de potencial entre dos puntos.

---

# Question 3 (bonus)

Why does a superconductor expel magnetic fields?

^ Only if time is left.

---

# Homework

- Task 1 (circuits): see the worksheet
- Task 2 (optics): at the board
- Task 3: **due Friday**
"""


def test_deckset_notes_stay_off_and_an_unanswered_slide_is_reported() -> None:
    cards = [(q, a) for _rule, q, a in _cards(DECKSET)]
    assert cards == [
        ("Question 1\n\nWhat is the unit of electric charge?", "The coulomb (C)."),
        ("Pregunta 2\n\n¿Qué mide un voltímetro?", "La diferencia de potencial entre dos puntos."),
    ]
    extraction, _ = extract_text(DECKSET)
    reported = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert reported == ["Question 3 (bonus) Why does a superconductor expel magnetic fields?"]


def test_a_question_slide_answered_on_its_own_slide_is_not_reported() -> None:
    deck = DECKSET.replace("Why does a superconductor expel magnetic fields?", "Why?\n\nBecause of the Meissner effect.")
    extraction, _ = extract_text(deck)
    assert not any("superconductor" in (d.question or "") or "Why?" in (d.question or "") for d in extraction.diagnostics)


def test_a_label_heading_that_asks_is_answered_on_its_own_slide() -> None:
    deck = DECKSET.replace(
        "# Question 3 (bonus)\n\nWhy does a superconductor expel magnetic fields?",
        "# Q3. Why does a superconductor expel magnetic fields?\n\nThe Meissner effect.",
    )
    extraction, _ = extract_text(deck)
    assert not any(d.kind == "unanswered" and "superconductor" in (d.question or "") for d in extraction.diagnostics)
