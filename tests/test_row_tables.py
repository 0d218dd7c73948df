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
