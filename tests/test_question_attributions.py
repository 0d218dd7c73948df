"""A first paragraph saying only who asked the problem (`This problem was asked by Acme.`, `Cette question a
été posée par …`, `Esta pregunta fue hecha por …`) is no part of the front: it becomes an `asked_by::…` tag."""

from __future__ import annotations

import pytest

from ankibuild.extract.questions import without_attribution
from tests.helpers import extract_text


@pytest.mark.parametrize(
    ("front", "who"),
    [
        ("This problem was asked by Acme Corp.\n\nReverse a linked list in place.", "Acme Corp"),
        ("This question was recently asked at Globex.\n\nWhat is a bloom filter?", "Globex"),
        ("Cette question a été posée par Initech.\n\nQu'est-ce qu'un tas binaire ?", "Initech"),
        ("Esta pregunta fue hecha por Umbrella.\n\n¿Qué es un árbol AVL?", "Umbrella"),
    ],
)
def test_the_attribution_leaves_the_front(front: str, who: str) -> None:
    question, found = without_attribution(front)
    assert found == who
    assert "\n" not in question and who not in question


@pytest.mark.parametrize(
    "front",
    [
        "This problem was asked by Acme Corp.",  # nothing else: the front stays whole
        "Why was this problem asked by so many interviewers?\n\nThink of the pattern.",  # a question, not a credit
        "Cette question est classique.\n\nQu'est-ce qu'un tas ?",
    ],
)
def test_other_first_paragraphs_stay(front: str) -> None:
    assert without_attribution(front) == (front, "")


NOTES = """\
# Entrevistas

## Problema 1

Esta pregunta fue hecha por Umbrella.

Dada una lista de enteros, devuelve el mayor producto de tres de ellos.

### Solución

Ordena y compara los dos extremos.

## Problema 2

Esta pregunta fue hecha por Stark.

Dado un árbol binario, comprueba si es de búsqueda.

### Solución

Recorrido en orden: la secuencia debe ser creciente.
"""


def test_a_solution_heading_card_drops_it_and_is_tagged() -> None:
    extraction, _ = extract_text(NOTES)
    fronts = [d.question for d in extraction.drafts]
    assert fronts == [
        "Dada una lista de enteros, devuelve el mayor producto de tres de ellos.",
        "Dado un árbol binario, comprueba si es de búsqueda.",
    ]
    assert "asked_by::umbrella" in extraction.drafts[0].tags
