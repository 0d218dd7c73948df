"""The italic-task rule: homework written up under bare exercise headings, each task copied from the handout
in italics, the writer's working under it."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

SPANISH = """\
# Práctica 3 — Listas en Python

Mis soluciones; el enunciado, resumido, va en cursiva.

## Ejercicio 1

*Escribe una función que invierta una lista sin usar `reverse`.*

Recorro la lista con un corte de paso negativo:

```python
def invertir(xs):
    return xs[::-1]
```

## Ejercicio 2

*Cuenta las vocales de una cadena.*

```python
def vocales(s):
    return sum(c in "aeiou" for c in s.lower())
```

*Después, haz que ignore las tildes.*

```python
import unicodedata
def vocales_sin_tildes(s):
    return vocales(unicodedata.normalize("NFD", s))
```

*Opcional: hazlo con una sola expresión regular.*

```scala
def vocalesRegex(s: String): Int = ???
```

---

Nota: entregar antes del viernes.
"""

GERMAN = """\
# Übungsblatt 5

### Übung 1

*Beweise, dass die Summe zweier gerader Zahlen gerade ist.*

Seien $a = 2m$ und $b = 2n$. Dann ist $a + b = 2(m + n)$.

### Übung 2

*Zeige, dass $\\sqrt{2}$ irrational ist.*

### Übung 3

*Bestimme den größten gemeinsamen Teiler von 84 und 36.*

TODO
"""


def test_each_italic_task_is_a_card_answered_by_the_working_under_it() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("italic-task", "Escribe una función que invierta una lista sin usar `reverse`."),
        ("italic-task", "Cuenta las vocales de una cadena."),
        ("italic-task", "Después, haz que ignore las tildes."),
    ]
    assert cards[0][3].startswith("Recorro la lista") and "xs[::-1]" in cards[0][3]
    assert "unicodedata" not in cards[1][3] and "unicodedata" in cards[2][3]
    assert [m.split(" (")[0] for _, m in unanswered] == ["Opcional: hazlo con una sola expresión regular."]
    assert not any("viernes" in a for _, _, _, a in cards)


def test_a_task_with_nothing_or_a_placeholder_under_it_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [q for _, _, q, _ in cards] == ["Beweise, dass die Summe zweier gerader Zahlen gerade ist."]
    assert cards[0][0] == 5 and cards[0][3].startswith("Seien")
    assert [m.split(" (")[0] for _, m in unanswered] == [
        "Zeige, dass $\\sqrt{2}$ irrational ist.",
        "Bestimme den größten gemeinsamen Teiler von 84 und 36.",
    ]


def test_one_exercise_heading_over_italics_is_no_sheet() -> None:
    notes = """\
# Notes

## Übung 1

*Dieser Abschnitt fasst die Vorlesung zusammen.*

Die Vorlesung behandelte Gruppen und Ringe.

## Zusammenfassung

*Alles Weitere steht im Skript.*
"""
    cards, _ = cards_and_unanswered(notes)
    assert "italic-task" not in {rule for _, rule, _, _ in cards}


def test_exercise_sections_opening_with_plain_text_are_left_alone() -> None:
    notes = """\
# Feuille 2

## Exercice 1

Calculer $\\int_0^1 x\\,dx$. *(facile)*

Résultat : $1/2$.

## Exercice 2

Calculer $\\int_0^1 x^2\\,dx$.

*Indication : une primitive suffit.*
"""
    cards, _ = cards_and_unanswered(notes)
    assert "italic-task" not in {rule for _, rule, _, _ in cards}
