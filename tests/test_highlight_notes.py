"""The highlight-note rule: a highlight bullet with a nested `Note: .qa …` bullet is a question."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_text

# The highlight answers the question of its note (German and Spanish notes).
HIGHLIGHT_ANSWERS = """\
# Zellbiologie kompakt

## Metadata
- Author: [[Ana Ruiz]]
- Full Title: Zellbiologie kompakt
- Category: #books

## Highlights

- Die Mitochondrien erzeugen den größten Teil des ATP der Zelle durch oxidative Phosphorylierung. ([Location 88](https://example.org/loc/88))
    - Note: .qa Wo entsteht der größte Teil des ATP?
- La ósmosis mueve el agua hacia la disolución más concentrada. ([Location 120](https://example.org/loc/120))
    - Note: .qa ¿Hacia dónde se mueve el agua en la ósmosis?
    - Tags: [[membranas]]
- Ein schöner Satz über Zellen. ([Location 140](https://example.org/loc/140))
    - Note: schöne Formulierung
- Ribosomen übersetzen mRNA in Proteine. ([Location 160](https://example.org/loc/160))
    - Note: .qa Ribosomen
"""

# Most notes carry their answer after the `?`: a note without one is unanswered.
ANSWERS_IN_NOTES = """\
# Les volcans

## Highlights

- Un volcan effusif émet des laves fluides. ([View Highlight](https://example.org/h/1))
    - Note: .qa Qu'est-ce qu'un volcan effusif ? Un volcan dont les laves fluides s'écoulent en coulées.

- Le Piton de la Fournaise est l'un des volcans les plus actifs du monde. ([View Highlight](https://example.org/h/2))
    - Note: .qa Où se trouve le Piton de la Fournaise ? À La Réunion.

- Les nuées ardentes descendent les pentes à grande vitesse. ([View Highlight](https://example.org/h/3))
    - Note: .qa Quelle température atteint une nuée ardente ?

- Kapitel zwei
    - Note: .h2 Explosiver Vulkanismus
"""


def test_the_highlight_answers_the_question_of_its_note() -> None:
    cards, unanswered = cards_and_unanswered(HIGHLIGHT_ANSWERS)
    assert [(c[1], c[2]) for c in cards] == [
        ("highlight-note", "Wo entsteht der größte Teil des ATP?"),
        ("highlight-note", "¿Hacia dónde se mueve el agua en la ósmosis?"),
        ("highlight-note", "Ribosomen"),
    ]
    assert cards[0][3] == "Die Mitochondrien erzeugen den größten Teil des ATP der Zelle durch oxidative Phosphorylierung."
    assert cards[2][3] == "Ribosomen übersetzen mRNA in Proteine."
    assert unanswered == []


def test_the_metadata_and_the_other_highlights_are_skipped_not_cards() -> None:
    extraction, diagnostics = extract_text(HIGHLIGHT_ANSWERS)
    assert {d.convention for d in extraction.drafts} == {"highlight-note"}
    assert not [d for d in diagnostics if d.kind == "unclassified"]


def test_a_note_without_its_answer_is_unanswered_where_notes_carry_answers() -> None:
    cards, unanswered = cards_and_unanswered(ANSWERS_IN_NOTES)
    assert [(c[2], c[3]) for c in cards] == [
        ("Qu'est-ce qu'un volcan effusif ?", "Un volcan dont les laves fluides s'écoulent en coulées."),
        ("Où se trouve le Piton de la Fournaise ?", "À La Réunion."),
    ]
    assert [message for _line, message in unanswered] == ["Quelle température atteint une nuée ardente ?"]


def test_a_single_qa_mark_or_a_file_extension_is_no_card_file() -> None:
    text = """\
# Build notes

- The config lives in `settings.qa` next to the binary.
    - Note: check the `.qa` file before the release
- Staging and QA share one database.
    - Note: .qa Which database does staging use?
"""
    extraction, diagnostics = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "highlight-note"]
