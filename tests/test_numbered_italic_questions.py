"""Past-paper pages that write each question as an italic line opening with its number (`_4. Derive …._`),
tagged with the sittings that set it (`<kbd>Dec 2019 · 7</kbd>`, off the card), answered by the blocks up to
the next `* * *`: an imperative counts where two such lines ask with `?`; lettered terms answered line by line
give one card each; a bracketed note to self in italics is unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

PAPER = """\
# Thermodynamik — Altklausuren

* * *

_1. Was besagt der erste Hauptsatz?_
<kbd>WS 2021 · 3</kbd>

Die innere Energie eines abgeschlossenen Systems bleibt erhalten.

* * *

_2. Leiten Sie den Wirkungsgrad des Carnot-Prozesses her._
<kbd>SS 2022 · 7</kbd> <kbd>WS 2023 · 7</kbd>

$$\\eta = 1 - \\frac{T_k}{T_w}$$

* * *

_3. Warum ist ein Perpetuum mobile zweiter Art unmöglich?_
<kbd>SS 2022 · 3</kbd>

Es widerspräche dem zweiten Hauptsatz.

* * *

_4. Schreiben Sie aus: (a) COP (b) ORC (c) GuD_
<kbd>WS 2021 · 2</kbd>

(a) Coefficient of Performance
(b) Organic Rankine Cycle
(c) Gas-und-Dampf-Kraftwerk

* * *

_5. Skizzieren Sie das T-s-Diagramm aus Abb. 2._
<kbd>WS 2023 · 14</kbd>

_(Abbildung fehlt mir noch — Scan besorgen)_

* * *
"""


def test_numbered_italic_questions_with_sitting_tags() -> None:
    cards, unanswered = cards_and_unanswered(PAPER)
    assert [(c[1], c[2], c[3]) for c in cards] == [
        ("bold-question", "Was besagt der erste Hauptsatz?", "Die innere Energie eines abgeschlossenen Systems bleibt erhalten."),
        ("bold-question", "Leiten Sie den Wirkungsgrad des Carnot-Prozesses her.", "$$\\eta = 1 - \\frac{T_k}{T_w}$$"),
        ("bold-question", "Warum ist ein Perpetuum mobile zweiter Art unmöglich?", "Es widerspräche dem zweiten Hauptsatz."),
        ("bold-question", "COP", "Coefficient of Performance"),
        ("bold-question", "ORC", "Organic Rankine Cycle"),
        ("bold-question", "GuD", "Gas-und-Dampf-Kraftwerk"),
    ]
    assert [u[1].split(" (")[0] for u in unanswered] == ["Skizzieren Sie das T-s-Diagramm aus Abb. 2."]


def test_one_asking_italic_line_does_not_make_imperatives_questions() -> None:
    text = (
        "# Diario de laboratorio\n\n_1. Preparar la disolución._\n\nSe usaron 5 g de NaCl.\n\n"
        "_2. ¿Por qué cambia el color?_\n\nPor el indicador.\n\n_3. Limpiar el material._\n\nHecho a las 12.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[2].startswith(("Preparar", "Limpiar"))]


def test_a_heading_question_among_many_numbered_italic_questions_is_an_aside() -> None:
    items = "".join(f"_{n}. Quel est le rôle du composant {n} ?_  \n<kbd>2022 · 2</kbd>\n\nIl sert au montage {n}.\n\n* * *\n\n" for n in range(1, 5))
    items += "## Qu'est-ce qui tombe à l'examen ?\n\nSurtout les montages.\n\n* * *\n\n"
    items += "".join(f"_{n}. Décrivez le montage {n}._  \n<kbd>2023 · 4</kbd>\n\nUn pont diviseur {n}.\n\n* * *\n\n" for n in range(5, 10))
    cards, _ = cards_and_unanswered("# Électronique — annales\n\n" + items)
    assert [c[2] for c in cards] == [*(f"Quel est le rôle du composant {n} ?" for n in range(1, 5)), *(f"Décrivez le montage {n}." for n in range(5, 10))]
