"""Pandoc grid tables (`+---+` borders, `+===+` under the header) read as question tables."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GERMAN = """\
# Chemie — Wiederholung

+-----+-------------------------------+----------------------------------+
| Nr. | Frage                         | Antwort                          |
+=====+===============================+==================================+
| 1   | Was versteht man unter einer  | Eine Reaktion, bei der Elektronen|
|     | Redoxreaktion?                | übertragen werden.               |
+-----+-------------------------------+----------------------------------+
| 2   | Nennen Sie zwei Edelgase.     | Helium und Neon.                 |
+-----+-------------------------------+----------------------------------+
| 3   | Warum leitet Salzwasser       |                                  |
|     | Strom?                        |                                  |
+-----+-------------------------------+----------------------------------+
| 4   | Was ist ein Katalysator?      | Ein Stoff, der die Aktivierungs- |
|     |                               | energie senkt.                   |
+-----+-------------------------------+----------------------------------+
| 5   | Empfohlene Literatur          | Mortimer, Kapitel 3–5.           |
+-----+-------------------------------+----------------------------------+
"""


def test_a_grid_table_with_question_and_answer_headers_makes_a_card_a_row() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(line, rule, q) for line, rule, q, _ in cards] == [
        (6, "qa-table", "Was versteht man unter einer Redoxreaktion?"),
        (9, "qa-table", "Nennen Sie zwei Edelgase."),
        (14, "qa-table", "Was ist ein Katalysator?"),
        (17, "qa-table", "Empfohlene Literatur"),  # a prompt in the question column, as in a GFM table
    ]
    # wrapped lines join with a space, a word wrapped at its hyphen joins whole
    assert cards[0][3] == "Eine Reaktion, bei der Elektronen übertragen werden."
    assert cards[2][3] == "Ein Stoff, der die Aktivierungs-energie senkt."
    assert [line for line, _ in unanswered] == [11]
    assert "Warum leitet Salzwasser Strom?" in unanswered[0][1]


JAPANESE_SPANISH = """\
# Historia / 歴史

+----+------------------------------------------+--------------------------------------+
| #  | Pregunta                                 | Respuesta                            |
+====+==========================================+======================================+
| 1  | ¿En qué año cayó Constantinopla?         | En 1453.                             |
+----+------------------------------------------+--------------------------------------+
| 2  | ¿Quién escribió *El Príncipe*?           | Nicolás Maquiavelo:                  |
|    |                                          |                                      |
|    |                                          | - diplomático florentino             |
|    |                                          | - autor de *Discursos*               |
+----+------------------------------------------+--------------------------------------+
"""


def test_a_cell_keeps_its_paragraphs_and_list_lines() -> None:
    cards, unanswered = cards_and_unanswered(JAPANESE_SPANISH)
    assert [q for _, _, q, _ in cards] == ["¿En qué año cayó Constantinopla?", "¿Quién escribió *El Príncipe*?"]
    assert "<ul>" not in cards[1][3]
    assert cards[1][3].startswith("Nicolás Maquiavelo:\n\n- diplomático florentino\n- autor de *Discursos*")
    assert unanswered == []


DATA_GRIDS = """\
# Zeitleiste

+------+----------------------------------+
| Jahr | Ereignis                         |
+======+==================================+
| 1453 | Fall von Konstantinopel          |
+------+----------------------------------+
| 1492 | Kolumbus erreicht Amerika        |
+------+----------------------------------+

+------+------+
| 7    | 8    |
+------+------+
"""


def test_a_grid_table_of_data_or_without_a_header_stays_prose() -> None:
    cards, unanswered = cards_and_unanswered(DATA_GRIDS)
    assert not any(rule == "qa-table" for _, rule, _, _ in cards)
    assert unanswered == []
