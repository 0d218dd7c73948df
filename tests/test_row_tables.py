"""The row-table rule: a two-column table whose rows are labelled `Q` then `A` in their first cell is a
list of cards; other two-column tables are not read by it."""

from __future__ import annotations

from tests.helpers import extract_text

GEOGRAPHY = """\
# Geography quiz

## Chapter 2: Asia

| | |
|---|---|
| **Q** | What is the capital of Mongolia? |
| **A** | Ulaanbaatar. |

| | |
|---|---|
| Question | Which river flows through Baghdad? |
| Answer | The Tigris. |
| Question | Name the highest mountain in Japan. |
| Answer | |
"""


def test_question_rows_are_answered_by_the_row_under_them() -> None:
    extraction, diagnostics = extract_text(GEOGRAPHY)
    cards = [(d.loc.line, d.convention, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        (7, "row-table", "What is the capital of Mongolia?", "Ulaanbaatar."),
        (12, "row-table", "Which river flows through Baghdad?", "The Tigris."),
    ]
    assert [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"] == [
        (14, "Name the highest mountain in Japan.")
    ]
    assert all(d.question != "Chapter 2: Asia" for d in extraction.drafts)


def test_other_languages_and_a_header_that_is_the_first_question() -> None:
    text = "# Chemie\n\n| **Frage** | Was ist ein Katalysator? |\n|---|---|\n| **Antwort** | Ein Stoff, der die Aktivierungsenergie senkt. |\n"
    extraction, _ = extract_text(text)
    assert [(d.convention, d.question, d.answer) for d in extraction.drafts] == [
        ("row-table", "Was ist ein Katalysator?", "Ein Stoff, der die Aktivierungsenergie senkt.")
    ]


def test_tables_not_labelled_so_are_not_read() -> None:
    for text in (
        "# Terms\n\n| Term | Definition |\n|---|---|\n| Q | A quality factor |\n| A | Ampere |\n",
        "# Data\n\n| | |\n|---|---|\n| **Q** | 12 |\n| Mass | 4 kg |\n",
        "# Heat\n\n| | |\n|---|---|\n| Q | 12 kJ |\n| A | 3 m² |\n",
        "# Data\n\n| | | |\n|---|---|---|\n| **Q** | What? | x |\n| **A** | That. | y |\n",
    ):
        extraction, _ = extract_text(text)
        assert not [d for d in extraction.drafts if d.convention == "row-table"], text


SIDEWAYS = """\
# Historia de España

## Fechas

| | 1 | 2 | 3 |
|---|---|---|---|
| **Pregunta** | ¿En qué año cayó Granada? | ¿Quién financió el viaje de Colón? | ¿Cuándo se firmó la Constitución de Cádiz? |
| **Respuesta** | 1492 | Los Reyes Católicos | ❓ |

## Слова

| | 4 | 5 |
|---|---|---|
| **Слово** | дом | река |
| **Ответ** | house | river |
"""


def test_sideways_tables_card_each_column() -> None:
    extraction, diagnostics = extract_text(SIDEWAYS)
    cards = [(d.loc.line, d.convention, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        (7, "row-table", "¿En qué año cayó Granada?", "1492"),
        (7, "row-table", "¿Quién financió el viaje de Colón?", "Los Reyes Católicos"),
        (14, "row-table", "дом", "house"),
        (14, "row-table", "река", "river"),
    ]
    assert [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"] == [
        (7, "¿Cuándo se firmó la Constitución de Cádiz?")
    ]


def test_one_question_per_sideways_table() -> None:
    text = "# Physik\n\n| **Frage** | Ein Auto fährt 2 h mit 60 km/h. Wie weit kommt es? |\n|:--|:--|\n| **Antwort** | 120 km |\n"
    extraction, _ = extract_text(text)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("Ein Auto fährt 2 h mit 60 km/h. Wie weit kommt es?", "120 km")
    ]


def test_sideways_reference_tables_are_not_read() -> None:
    for text in (
        "# Física\n\n| Fórmula | v = d / t | a = Δv / t |\n|:--|:--|:--|\n| Uso | velocidad media | aceleración |\n",
        "# Данные\n\n| | 1 | 2 |\n|---|---|---|\n| Слово | дом | река |\n| Перевод | house | river |\n",
        "# Data\n\n| | x | y |\n|---|---|---|\n| **Q** | What is it here? | And there? |\n| **A** | This. | That. |\n",
    ):
        extraction, _ = extract_text(text)
        assert not [d for d in extraction.drafts if d.convention == "row-table"], text
