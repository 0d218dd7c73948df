"""The points-label rule: `**Question 4** (2 pts)` over the question; the points are never a front."""

from __future__ import annotations

import pytest

from ankibuild.extract.answers import empty_reason
from tests.helpers import cards_and_unanswered

GRAPHS = """\
# Quiz 3 — graphs (with solutions)

**Question 1** (2 points)

True or false: every tree with n nodes has n - 1 edges. Justify.

*Solution:* **True.** Induction on n: removing a leaf removes one node and one edge.

---

**Question 2** [3 marks]

Consider the weighted graph below.

```
A-B 4, B-C 1, A-C 3
```

(a) Which edge does Kruskal's algorithm add first?

(b) What is the weight of the minimum spanning tree?

---

**Question 3** (1 pt)

Name one algorithm that finds shortest paths with negative edge weights.

*Solution:* Bellman-Ford.

---

**Question 4** (2 pts)

Why does Dijkstra's algorithm fail with negative edges, and what would you use instead?

*Solution:* Left as an exercise — see the tutorial.
"""


def test_points_labels_card_the_paragraph_after_them() -> None:
    cards, unanswered = cards_and_unanswered(GRAPHS)
    fronts = [q for _, _, q, _ in cards]
    assert not [q for q in fronts if "pts" in q or "points" in q or "marks" in q or q.startswith(("(", "["))]
    assert (
        5,
        "points-label",
        "True or false: every tree with n nodes has n - 1 edges. Justify.",
        "**True.** Induction on n: removing a leaf removes one node and one edge.",
    ) in cards
    assert (27, "Name one algorithm that finds shortest paths with negative edge weights.", "Bellman-Ford.") in [
        (line, q, a) for line, _, q, a in cards
    ]
    assert [line for line, message in unanswered if message.startswith("Why does Dijkstra")] == [35]
    assert not [u for u in unanswered if "pts" in u[1] or "Consider" in u[1]]
    assert "Consider the weighted graph below." not in fronts


def test_german_points_labels() -> None:
    text = (
        "# Klausur Datenbanken\n\n**Aufgabe 1** (2 Punkte)\n\nWas ist ein Fremdschlüssel?\n\n"
        "**Lösung:** Ein Attribut, das auf den Primärschlüssel einer anderen Tabelle verweist.\n\n---\n\n"
        "**Aufgabe 2** (3 Punkte)\n\nJede Relation in BCNF ist auch in 3NF. Begründen Sie.\n\n"
        "**Lösung:** Stimmt: BCNF verschärft die Bedingung der 3NF.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("points-label", "Was ist ein Fremdschlüssel?"),
        ("points-label", "Jede Relation in BCNF ist auch in 3NF. Begründen Sie."),
    ]
    assert [a for _, _, _, a in cards][1] == "Stimmt: BCNF verschärft die Bedingung der 3NF."


def test_one_points_label_is_left_to_other_rules() -> None:
    text = "# Notes\n\n**Question 1** (2 pts)\n\nWhat is a heap?\n\nA tree with the heap property.\n"
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "points-label"]


@pytest.mark.parametrize(
    "note",
    [
        "Left as an exercise — we will solve it in class.",
        "*Exercise for the reader.*",
        "Laissé en exercice.",
        "Queda como ejercicio.",
        "Bleibt als Übung.",
        "(didn't get to this one, TODO)",
        "(skipped for now, TODO)",
        "Ran out of time — redo on Sunday.",
    ],
)
def test_notes_leaving_the_answer_open_are_placeholders(note: str) -> None:
    assert empty_reason(note) == "placeholder"


@pytest.mark.parametrize("answer", ["The left subtree is visited first.", "Todo el proceso tarda (TODO es español) poco."])
def test_plain_answers_are_not_placeholders(answer: str) -> None:
    assert empty_reason(answer) is None


NOTEBOOK_ES = """\
# Tarea 3 — Álgebra lineal

## 1. Conceptos

**Pregunta 1.1** (2 puntos). ¿Qué significa que una matriz sea invertible?

Que existe otra matriz que, multiplicada por ella, da la identidad; su determinante no es cero.

**Pregunta 1.2** (1 punto). ¿Por qué una matriz de rango incompleto no tiene inversa?

YOUR ANSWER HERE

## 2. Código

**Pregunta 2.1** (3 puntos). Escribe una función `traza(m)` que devuelva la suma de la diagonal.

```python
def traza(m):
    ### BEGIN SOLUTION
    return sum(m[i][i] for i in range(len(m)))
    ### END SOLUTION
```

**Pregunta 2.2** (2 puntos). Escribe una función `det2(m)` para matrices 2×2.

```python
def det2(m):
    # YOUR CODE HERE
    raise NotImplementedError()
```

```python
assert det2([[1, 2], [3, 4]]) == -2
```
"""


def test_questions_on_the_label_line_of_a_graded_notebook() -> None:
    cards, unanswered = cards_and_unanswered(NOTEBOOK_ES)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("points-label", "¿Qué significa que una matriz sea invertible?"),
        ("points-label", "Escribe una función `traza(m)` que devuelva la suma de la diagonal."),
    ]
    assert "sum(m[i][i]" in cards[1][3]
    assert unanswered == [
        (9, "¿Por qué una matriz de rango incompleto no tiene inversa? (placeholder)"),
        (24, "Escribe una función `det2(m)` para matrices 2×2. (placeholder)"),
    ]


def test_a_stem_on_the_label_line_over_sub_questions_is_context() -> None:
    text = (
        "# Übungsblatt 2\n\n**Aufgabe 1.1** (4 Punkte). Gegeben ist die Folge a_n = 1/n.\n\n"
        "(a) Ist die Folge konvergent?\n\n(b) Gegen welchen Grenzwert?\n\n"
        "**Aufgabe 1.2** (2 Punkte). Was ist eine Cauchy-Folge?\n\n"
        "Eine Folge, deren Glieder beliebig nahe beieinander liegen.\n"
    )
    cards, _ = cards_and_unanswered(text)
    fronts = [q for _, _, q, _ in cards]
    assert "Was ist eine Cauchy-Folge?" in fronts
    assert not [q for q in fronts if q.startswith("Gegeben")]


def test_code_left_to_fill_is_a_placeholder_only_with_its_marker() -> None:
    from ankibuild.extract.answers import code_left_to_fill

    assert code_left_to_fill("```python\ndef f(x):\n    # YOUR CODE HERE\n    raise NotImplementedError()\n```") == "placeholder"
    assert code_left_to_fill("```python\ntry:\n    f()\nexcept KeyError:\n    pass\n```") is None
    assert code_left_to_fill("```python\nreturn x  # the answer\n```") is None
    assert empty_reason("YOUR ANSWER HERE") == "placeholder"
