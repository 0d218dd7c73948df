"""The learnr-item rule: a learnr tutorial's exercises answered by their `-solution` chunk, and its quiz
questions written as `question(…)` calls."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

TUTORIAL = """\
---
title: "Semana 2 — Vectores en R"
output: learnr::tutorial
runtime: shiny_prerendered
---

## Vectores

### Ejercicio 1

Crea un vector con los números del 1 al 10 y calcula su media.

```{r media, exercise=TRUE}

```

```{r media-hint}
# usa mean()
```

```{r media-solution}
mean(1:10)
```

### Ejercicio 2

Invierte el orden del vector `x`.

```{r invertir, exercise=TRUE}
x <- c(3, 1, 2)
```

<!-- falta la solución -->

### Comprobación

```{r quiz-vectores}
quiz(
  question("Welche Funktion gibt die Länge eines Vektors zurück?",
    answer("`size()`"),
    answer("`length()`", correct = TRUE)
  ),
  question('Was ergibt `c(1, "a")`?',
    answer("Einen Zeichenvektor", correct = TRUE),
    answer("Einen Fehler")
  ),
  question("¿Qué hace `rev()` con una lista?",
    answer("pendiente")
  )
)
```
"""

PLAIN_R = """\
# Notas de R

```{r ejemplo}
question <- "¿cuál?"
summary(cars)
```

Un chunk normal, sin ejercicios.
"""


def test_exercises_are_answered_by_their_solution_chunk() -> None:
    cards, unanswered = cards_and_unanswered(TUTORIAL)
    exercises = [(q, a) for _, rule, q, a in cards if rule == "learnr-item" and a.startswith("```")]
    assert exercises == [("Crea un vector con los números del 1 al 10 y calcula su media.", "```r\nmean(1:10)\n```")]
    assert ("Invierte el orden del vector `x`. (no solution chunk)") in [m for _, m in unanswered]


def test_quiz_questions_are_answered_by_their_correct_answers() -> None:
    cards, unanswered = cards_and_unanswered(TUTORIAL)
    quiz = [(q, a) for _, rule, q, a in cards if rule == "learnr-item" and not a.startswith("```")]
    assert quiz == [
        ("Welche Funktion gibt die Länge eines Vektors zurück?", "`length()`"),
        ('Was ergibt `c(1, "a")`?', "Einen Zeichenvektor"),
    ]
    assert "¿Qué hace `rev()` con una lista? (no correct answer)" in [m for _, m in unanswered]


def test_an_ordinary_r_chunk_is_left_alone() -> None:
    cards, unanswered = cards_and_unanswered(PLAIN_R)
    assert not any(rule == "learnr-item" for _, rule, _, _ in cards)
    assert unanswered == []
