"""Knitted R Markdown / Quarto notes: a code chunk (```` ```{r} ````, ```` ```{python} ````) between a task and
its answer label (`**Solution.**`, `**Respuesta.**`) is the working the answer reads its result from, so it opens the back and never shows
on the front as `{r}` text; a task whose chunk is followed by no solution, only a comment, is unanswered. A plain
fence under a question (`What does this print?`) stays on the front."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# Spanish statistics exercises knitted from R Markdown.
EJERCICIOS = """\
# Estadística — Semana 3

## Ejercicio 3.1

Calcula la media de las alturas. ¿Cuánto vale?

```{r}
media <- mean(alturas$cm)
media
```

**Respuesta.** Unos 171 cm.

## Ejercicio 3.2

Interpreta la desviación típica.

**Respuesta.** Mide la dispersión alrededor de la media.

## Ejercicio 3.3

Dibuja el histograma. ¿Es simétrico?

```{r, fig.height=3}
hist(alturas$cm)
```

<!-- solución el jueves -->
"""


def test_the_chunk_opens_the_back() -> None:
    cards, _ = cards_and_unanswered(EJERCICIOS)
    first = cards[0]
    assert first[2] == "Calcula la media de las alturas. ¿Cuánto vale?"
    assert first[3].startswith("```r\nmedia <- mean(alturas$cm)")  # shown as R code, not as `{r}` text
    assert first[3].endswith("Unos 171 cm.")


def test_a_task_with_only_its_chunk_and_a_comment_is_unanswered() -> None:
    _, unanswered = cards_and_unanswered(EJERCICIOS)
    assert [m for _, m in unanswered] == ["Dibuja el histograma. ¿Es simétrico?"]


# French Python exercises knitted with Quarto.
EXERCICES = """\
# Python — TD 2

## Exercice 1

Construis la liste des carrés de 1 à 5.

```{python}
carres = [n * n for n in range(1, 6)]
```

**Réponse.** `[1, 4, 9, 16, 25]`.

## Exercice 2

Que renvoie `len("abc")` ?

**Réponse.** 3.

## Exercice 3

Que affiche ce code ?

```python
print(2 ** 3)
```

**Réponse.** 8.
"""


def test_a_quarto_chunk_goes_to_the_back_too() -> None:
    cards, _ = cards_and_unanswered(EXERCICES)
    assert cards[0][2] == "Construis la liste des carrés de 1 à 5."
    assert "carres = [n * n" in cards[0][3]


def test_a_plain_fence_under_a_question_stays_on_the_front() -> None:
    cards, _ = cards_and_unanswered(EXERCICES)
    assert "print(2 ** 3)" in cards[2][2]
    assert cards[2][3] == "8."
