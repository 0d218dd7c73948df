"""The printed-card rule: a card's front lists its questions each after a mark of its own, its back gives the
answers after the same marks."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

ENGLISH = """\
# Science quiz cards

Print, cut along the dotted lines, fold.

### Card 1 — front

- 🔵 Which planet is closest to the Sun?
- 🔴 What gas do plants take in?
- 🟢 How many bones has an adult human?

**Card 1 — back**

🔵 Mercury · 🔴 Carbon dioxide (CO₂) ·
🟢 206

---

### Card 2 — front

- 🔵 What is the chemical symbol of gold?
- 🔴 Which organ pumps the blood?
- 🟢 What is the boiling point of water at sea level?

**Card 2 — back**

🔵 Au · 🔴 ??? · 🟢
"""

GERMAN = """\
## Karte 7 — Vorderseite

- ⭐ Wer schrieb *Die Räuber*?
- ❤️ In welchem Jahr fiel die Berliner Mauer?
- 🍀 Wie heißt die Hauptstadt von Österreich?

*Rückseite:*

- ⭐ Friedrich Schiller
- ❤️ 1989
- 🍀 Wien
"""

SPANISH_NEAR_MISS = """\
## Estado del proyecto

- ✅ Escribir el informe
- 🚧 Revisar las cifras
- ❌ Enviar al tutor

Leyenda: ✅ hecho, nada más.

## Otra lista

- 🍎 Manzanas
- 🍐 Peras

Comprar en el mercado del sábado.
"""


def test_each_mark_on_the_back_answers_the_question_with_that_mark() -> None:
    cards, unanswered = cards_and_unanswered(ENGLISH)
    assert [(rule, q, a) for _line, rule, q, a in cards] == [
        ("printed-card", "Which planet is closest to the Sun?", "Mercury"),
        ("printed-card", "What gas do plants take in?", "Carbon dioxide (CO₂)"),
        ("printed-card", "How many bones has an adult human?", "206"),
        ("printed-card", "What is the chemical symbol of gold?", "Au"),
    ]
    assert [line for line, *_ in cards] == [7, 8, 9, 20]
    assert [message.split(" (")[0] for _line, message in unanswered] == [
        "Which organ pumps the blood?",
        "What is the boiling point of water at sea level?",
    ]


def test_a_back_written_as_a_list_in_another_language() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(rule, q, a) for _line, rule, q, a in cards] == [
        ("printed-card", "Wer schrieb *Die Räuber*?", "Friedrich Schiller"),
        ("printed-card", "In welchem Jahr fiel die Berliner Mauer?", "1989"),
        ("printed-card", "Wie heißt die Hauptstadt von Österreich?", "Wien"),
    ]
    assert unanswered == []


def test_marked_lists_without_a_back_stay_untouched() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH_NEAR_MISS)
    assert all(rule != "printed-card" for _line, rule, _q, _a in cards)
    assert unanswered == []


FRENCH_LIST_BACKS = """\
## Cartes de révision

- 🔷 Quelle est la capitale du Canada ?
- 🔶 Quel fleuve traverse Lyon ?

Réponses :

- 🔷 Ottawa
- 🔶 Le Rhône

Carte suivante :

- 🔷 Combien de côtés a un hexagone ?
- 🔶 Qui a peint *La Joconde* ?

Réponses :

- 🔷 Six
- 🔶 Léonard de Vinci
"""


def test_a_back_written_as_a_list_is_no_front_of_its_own() -> None:
    cards, unanswered = cards_and_unanswered(FRENCH_LIST_BACKS)
    assert [(rule, q, a) for _line, rule, q, a in cards] == [
        ("printed-card", "Quelle est la capitale du Canada ?", "Ottawa"),
        ("printed-card", "Quel fleuve traverse Lyon ?", "Le Rhône"),
        ("printed-card", "Combien de côtés a un hexagone ?", "Six"),
        ("printed-card", "Qui a peint *La Joconde* ?", "Léonard de Vinci"),
    ]
    assert unanswered == []
