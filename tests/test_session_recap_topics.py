"""Topic headings of a session recap and of a series of statements: the parts of a class recap (what was
covered, the code shown live, the homework) are course furniture, never topic cards, in several languages;
a prose statement among sibling sections whose titles differ in one word (`Kepler's first law`, `Kepler's
second law`, …) is a topic like its siblings."""

from __future__ import annotations

import pytest

from ankibuild.extract.topics import _COURSE_FURNITURE
from tests.helpers import extract_text


def _topics(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.question for d in extraction.drafts if d.convention == "topic"]


@pytest.mark.parametrize(
    "title",
    [
        "Material",
        "Materiales",
        "Materiały",
        "Live coding",
        "Live-Demo",
        "Homework",
        "Hausaufgaben",
        "Devoirs",
        "Tarea",
        "Compiti",
        "Materiale / compiti",
        "Slides & homework",
        "Homework (due Friday)",
        "Hausaufgaben (bis Montag)",
    ],
)
def test_the_parts_of_a_session_are_furniture(title: str) -> None:
    assert _COURSE_FURNITURE.match(title)


@pytest.mark.parametrize(
    "title",
    ["Materialism", "Homeostasis", "Live cells", "Demographics", "Matériaux", "Products", "Homework (due Friday) and grading"],
)
def test_a_topic_sharing_their_first_letters_is_not(title: str) -> None:
    assert not _COURSE_FURNITURE.match(title)


# A recap of a chemistry class in Spanish: its parts are the session's, its Q&A the cards.
RECAP_ES = """\
# Resumen de la clase 7 — Equilibrio químico

## Materiales

El equilibrio es dinámico: las velocidades directa e inversa se igualan.

| Factor | Efecto |
|---|---|
| Presión | desplaza hacia menos moles de gas |

## Live coding

```python
K = (c_C * c_D) / (c_A * c_B)
```

## Constante de equilibrio

$K_c$ se calcula con las concentraciones en el equilibrio:

$$K_c = \\frac{[C]^c[D]^d}{[A]^a[B]^b}$$

## Cociente de reacción

Se compara $Q$ con $K$ para saber hacia dónde avanza la reacción:

| Caso | Sentido |
|---|---|
| $Q < K$ | hacia los productos |
| $Q > K$ | hacia los reactivos |

## Equilibrios heterogéneos

Los sólidos y líquidos puros no aparecen en la expresión:

```text
CaCO3(s) <=> CaO(s) + CO2(g)    K = [CO2]
```

## Preguntas de la clase

**P:** ¿Qué dice el principio de Le Châtelier?
**R:** Un sistema en equilibrio se opone a la perturbación.

**P:** ¿Cambia K con la temperatura?
**R:** Sí, solo con la temperatura.

## Tarea

1. Resolver los ejercicios 4 a 9.
2. Leer el capítulo 15.
"""


def test_the_parts_of_a_session_recap_are_no_topic_cards() -> None:
    assert _topics(RECAP_ES) == ["Constante de equilibrio", "Cociente de reacción", "Equilibrios heterogéneos"]


# German physics notes: Kepler's laws, the first in prose only, the others with a formula.
KEPLER_DE = """\
# Astronomie

## Grundbegriffe

- **Ellipse** — geschlossene Kurve mit zwei Brennpunkten.
- **Perihel** — sonnennächster Punkt einer Bahn.

## Keplersche Gesetze

### Keplers erstes Gesetz

Die Planeten bewegen sich auf Ellipsen, in deren einem Brennpunkt die Sonne steht.

### Keplers zweites Gesetz

Der Fahrstrahl überstreicht in gleichen Zeiten gleiche Flächen:

$$\\frac{dA}{dt} = \\text{const}$$

### Keplers drittes Gesetz

Die Quadrate der Umlaufzeiten verhalten sich wie die Kuben der großen Halbachsen:

$$\\frac{T^2}{a^3} = \\text{const}$$

## Aufgaben

**1.** Wie lange dauert ein Marsjahr?

*Lösung:* $T = 1{,}88$ Jahre.
"""


def test_a_prose_statement_in_a_series_is_a_topic() -> None:
    assert _topics(KEPLER_DE) == ["Keplers erstes Gesetz", "Keplers zweites Gesetz", "Keplers drittes Gesetz"]


def test_prose_sections_with_unlike_titles_stay_prose() -> None:
    # The near miss: the prose section's title shares no series with its siblings, so no handbook is made.
    text = KEPLER_DE.replace("### Keplers erstes Gesetz", "### Die Ellipsenbahn")
    assert "Die Ellipsenbahn" not in _topics(text)
