"""Practice lists written around notes: a bulleted question among notes to self, a numbered exercise whose
set-up phrase holds a formula, a question closed by a remark in emphasised brackets, and a summary headed as
the writer's own."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

NOTES = """\
# Física — tema 4

## Resumen (mine)

- La energía cinética es $\\tfrac{1}{2}mv^2$.
- El trabajo es fuerza por desplazamiento.

## Lo que quedó pendiente de la clase

- **¿Por qué se conserva la energía mecánica?** — porque solo actúan fuerzas conservativas, cuyo trabajo no
  depende del camino.
- La pregunta de Marta sobre el rozamiento quedó sin responder. TODO: preguntar en tutoría.

## Ejercicios

1. Dado $m = 2\\,\\mathrm{kg}$ y $v = (3, 4)\\,\\mathrm{m/s}$, calcula la energía cinética.
   - $E_c = \\tfrac{1}{2} \\cdot 2 \\cdot 25 = 25\\,\\mathrm{J}$.
2. ¿Se conserva la energía si hay rozamiento? *(resolver después de leer §4.2)*
"""

GERMAN_NEAR_MISS = """\
# Bergbau im Ruhrgebiet

## Die Zeche Zollverein

Die Zeche Zollverein war ein Steinkohlebergwerk in Essen; sie förderte von 1851 bis 1986.

| Jahr | Förderung |
|---|---|
| 1937 | 3,6 Mio. t |

## Aufgaben

- Die Karte der Schächte abzeichnen. TODO: Atlas ausleihen.
- Die Fördermengen nach Jahrzehnten ordnen.
"""


def test_a_bulleted_question_among_notes_to_self() -> None:
    cards, unanswered = cards_and_unanswered(NOTES)
    fronts = [q for _, _, q, _ in cards]
    assert "¿Por qué se conserva la energía mecánica?" in fronts
    assert not any("TODO" in q for q in fronts + [m for _, m in unanswered])


def test_an_exercise_set_up_with_a_formula_and_a_question_with_a_remark() -> None:
    cards, unanswered = cards_and_unanswered(NOTES)
    by_front = {q: (rule, a) for _, rule, q, a in cards}
    exercise = "Dado $m = 2\\,\\mathrm{kg}$ y $v = (3, 4)\\,\\mathrm{m/s}$, calcula la energía cinética."
    assert by_front[exercise][0] == "numbered"
    assert "$E_c = " in by_front[exercise][1]  # the bullet under the exercise answers it
    assert ("¿Se conserva la energía si hay rozamiento?") in [m for _, m in unanswered]


def test_a_summary_headed_as_the_writers_own_is_no_topic_card() -> None:
    cards, _ = cards_and_unanswered(NOTES)
    assert "Resumen (mine)" not in [q for _, _, q, _ in cards]


def test_notes_without_questions_stay_notes() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN_NEAR_MISS)
    assert all(rule != "numbered" for _, rule, _, _ in cards)
    assert unanswered == []
