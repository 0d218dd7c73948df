"""The prompt-thread rule: a conversation with an answer engine exported with each prompt as a `#` heading,
the reply under it and a rule closing the turn; the asking prompts are the fronts, the replies the backs."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

SPANISH = """\
<img src="https://example.org/logo.png" width="120"/>

# ¿Qué es la fotosíntesis?

El proceso por el que las plantas fijan el CO₂ con la energía de la luz[^1_1].

<div style="text-align: center">⁂</div>

[^1_1]: https://example.org/fotosintesis

---

# por qué las hojas son verdes

La clorofila absorbe el rojo y el azul y refleja el verde[^2_1].

<div style="text-align: center">⁂</div>

[^2_1]: https://example.org/clorofila

---

# C3 vs C4 — cuál aguanta mejor el calor

---

# hazlo más corto

Luz + CO₂ + agua → azúcar.

---
"""

GERMAN = """\
# wie funktioniert eine Wärmepumpe

Sie hebt Wärme aus der Umgebung mit einem Kältemittelkreislauf auf ein höheres Temperaturniveau:

```text
Verdampfer → Verdichter → Verflüssiger → Drossel
```

---

# Was bedeutet die Jahresarbeitszahl?

<!-- Antwort abgeschnitten -->

---

# Erkläre den Unterschied zwischen Luft- und Erdwärmepumpe.

Erdreich ist im Winter wärmer als die Luft, daher arbeitet die Erdwärmepumpe effizienter.

---

Meine Notizen: Termin mit dem Installateur am Montag.
"""


def test_each_asking_prompt_is_a_card_answered_by_its_reply() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("prompt-thread", "¿Qué es la fotosíntesis?"),
        ("prompt-thread", "por qué las hojas son verdes"),
    ]
    assert cards[0][3].startswith("El proceso") and "⁂" not in cards[0][3] and "⁂" not in cards[1][3]
    assert [m for _, m in unanswered] == ["C3 vs C4 — cuál aguanta mejor el calor"]


def test_a_prompt_without_a_question_word_is_asked_by_its_mark_or_command() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("prompt-thread", "wie funktioniert eine Wärmepumpe"),
        ("prompt-thread", "Erkläre den Unterschied zwischen Luft- und Erdwärmepumpe."),
    ]
    assert "Verdichter" in cards[0][3]
    assert [m.split(" (")[0] for _, m in unanswered] == ["Was bedeutet die Jahresarbeitszahl?"]
    assert not any("Notizen" in q or "Notizen" in a for _, _, q, a in cards)


def test_a_turn_that_asks_nothing_is_no_card() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH)
    assert not any(q == "hazlo más corto" for _, _, q, _ in cards)
    assert not any("hazlo" in m for _, m in unanswered)


def test_a_page_opening_with_a_title_is_no_thread() -> None:
    notes = """\
# Fragensammlung Physik

Meine Sammlung, eine Seite je Frage.

---

# wie entsteht ein Regenbogen

Brechung und Reflexion des Lichts in Tropfen.

---

# wo liegt der Brennpunkt einer Linse

Im Abstand der Brennweite hinter der Linse.

---

# warum ist der Himmel blau

Rayleigh-Streuung.
"""
    cards, _ = cards_and_unanswered(notes)
    assert "prompt-thread" not in {rule for _, rule, _, _ in cards}


def test_headings_without_rules_between_them_are_no_thread() -> None:
    notes = """\
# ¿Qué es un ion?

Un átomo con carga.

# ¿Qué es un isótopo?

Un átomo con otro número de neutrones.

---

# ¿Qué es una molécula?

Átomos unidos.

---
"""
    cards, _ = cards_and_unanswered(notes)
    assert "prompt-thread" not in {rule for _, rule, _, _ in cards}
