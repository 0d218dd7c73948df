"""The presenter-note rule: remark.js quiz decks asking on the slide and answering in its presenter notes."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

ITALIAN = """\
class: center, middle

# Quiz di astronomia

???

Benvenuti! Le risposte sono nelle note.

---

## D1

Qual è il pianeta più grande del sistema solare?

???

**Giove**, con un diametro di circa 143 000 km.

---

name: d2

## D2

Perché Venere è più calda di Mercurio?

???

Per l'effetto serra della sua atmosfera di CO₂.

---

## D3

![Una nebulosa](img/nebulosa.png)

Come si chiama questa nebulosa?

???

(da controllare prima di giovedì)

---

## D4

Quante lune ha Marte?

---

# Domande?

Prossimo incontro: le stelle variabili.

???

Ricordare il sondaggio.
"""

POLISH = """\
## Pytanie 1

Kto odkrył penicylinę?

???

Aleksander Fleming (1928).

---

## Pytanie 2

Czym jest antybiotykooporność?

???

Zdolność bakterii do przeżycia mimo działania antybiotyku.
"""


def test_slides_that_ask_are_answered_by_their_notes() -> None:
    cards, unanswered = cards_and_unanswered(ITALIAN)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("presenter-note", "Qual è il pianeta più grande del sistema solare?", "**Giove**, con un diametro di circa 143 000 km."),
        ("presenter-note", "Perché Venere è più calda di Mercurio?", "Per l'effetto serra della sua atmosfera di CO₂."),
    ]
    assert [m for _, m in unanswered] == [
        "Come si chiama questa nebulosa? ![Una nebulosa](img/nebulosa.png) (placeholder)",
        "Quante lune ha Marte?",
    ]


def test_a_deck_without_properties_or_a_title_slide() -> None:
    cards, _ = cards_and_unanswered(POLISH)
    assert [q for _, _, q, _ in cards] == ["Kto odkrył penicylinę?", "Czym jest antybiotykooporność?"]


def test_one_slide_with_notes_makes_no_quiz() -> None:
    text = """\
# Wprowadzenie

Co to jest ekologia?

???

Powiedzieć o Haeckelu.

---

# Plan

- ekosystemy
- łańcuchy pokarmowe
"""
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "presenter-note" for _, rule, _, _ in cards)
