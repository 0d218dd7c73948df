"""Exercise tables: a numbered exam question's items as table rows, answered in the other cells."""

from __future__ import annotations

from helpers import cards_and_unanswered

_GERMAN = (
    "# Deutsch — Wiederholung\n\n"
    "## Frage 1 — Beantworte kurz\n\n(a) Wer schrieb den Faust?\n**Antwort:** Goethe\n\n"
    "(b) Wie viele Fälle hat das Deutsche?\n**Antwort:** vier\n\n"
    "## Frage 2 — Bilde den Plural und nenne das Genus\n\n"
    "| Wort | Plural | Genus |\n|---|---|---|\n| Haus | Häuser | Neutrum |\n| Baum | Bäume | Maskulinum |\n| Blume |  |  |\n"
)


def test_rows_of_a_numbered_question_table_are_cards_and_an_empty_row_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(_GERMAN)
    table = [(c[0], c[2], c[3]) for c in cards if c[1] == "exercise-table"]
    assert table == [(15, "Haus", "Plural: Häuser\nGenus: Neutrum"), (16, "Baum", "Plural: Bäume\nGenus: Maskulinum")]
    assert (17, "Blume") in unanswered


def test_a_spanish_sheet_with_a_placeholder_row() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Química\n\n## Pregunta 1: Nombra los compuestos\n\n| Fórmula | Nombre |\n|---|---|\n"
        "| NaCl | cloruro de sodio |\n| H2O | agua |\n| CO2 | TODO |\n\n"
        "## Pregunta 2: Responde\n\n(a) ¿Qué gas respiramos?\nRespuesta: oxígeno\n\n(b) ¿Qué gas exhalamos?\nRespuesta: CO2\n"
    )
    assert [(c[1], c[2], c[3]) for c in cards if c[1] == "exercise-table"] == [
        ("exercise-table", "NaCl", "Nombre: cloruro de sodio"),
        ("exercise-table", "H2O", "Nombre: agua"),
    ]
    assert (9, "CO2") in unanswered


def test_reference_tables_and_a_lone_numbered_question_are_left_alone() -> None:
    for text in (
        "# Planets\n\n## Inner planets\n\n| Planet | Moons |\n|---|---|\n| Mercury | 0 |\n| Venus | 0 |\n\n"
        "## Outer planets\n\n| Planet | Moons |\n|---|---|\n| Jupiter | 95 |\n| Saturn | 146 |\n",
        "# Networks\n\n## Q1. Name the layers\n\n(a) Which layer routes packets?\nAnswer: network\n\n"
        "(b) Which layer frames bits?\nAnswer: data link\n\n## Q2. How do TCP and UDP differ?\n\n"
        "| Aspect | TCP | UDP |\n|---|---|---|\n| Connection | yes | no |\n| Ordering | kept | lost |\n",
        "# Quiz\n\n## Question 1 — Name the capitals\n\n| Country | Capital |\n|---|---|\n| France | Paris |\n| Peru | Lima |\n",
        "# Quiz\n\n## Question 1 — Name the capitals\n\nAnswer from memory.\n\n| Country | Capital |\n|---|---|\n"
        "| France | Paris |\n| Peru | Lima |\n\n## Question 2 — Rivers\n\nWhich river crosses Paris?\n",
    ):
        cards, _ = cards_and_unanswered(text)
        assert not [c for c in cards if c[1] == "exercise-table"], text
