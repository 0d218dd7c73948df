"""The delayed-answer rule: sibling sections that each pose a question under one sub-heading and answer the
previous section's question under another are read as pairs one section apart; the last question is
unanswered; a series whose sub-headings do not repeat that way is left alone."""

from __future__ import annotations

from tests.helpers import extract_text

GERMAN = """\
# Rätselbrief Astronomie

## Ausgabe 1

### Rätsel der Woche

Warum zeigt uns der Mond immer dieselbe Seite?

*Antworten per Mail!*

---

## Ausgabe 2

### Auflösung der letzten Woche

Gebundene Rotation: Umlaufzeit und Eigendrehung sind gleich lang.

### Rätsel der Woche

Warum ist der Himmel blau?

> Ein Leser fragt: gilt das auch auf dem Mars?

### Links

- Sternkarte für Oktober

---

## Ausgabe 3

### Auflösung der letzten Woche

Rayleigh-Streuung: kurzwelliges Licht wird stärker gestreut.

### Rätsel der Woche

Wie heißt der hellste Stern am Nachthimmel?

---

Abmelden · Archiv
"""

SPANISH = """\
# Boletín de química

## Semana 1

### Pregunta

¿Qué es un ion?

## Semana 2

### Respuesta anterior

TODO

### Pregunta

¿Qué es un isótopo?

## Semana 3

### Respuesta anterior

Un átomo con otro número de neutrones.

### Pregunta

¿Qué es un catión?
"""


def test_each_question_is_answered_by_the_next_section() -> None:
    extraction, diagnostics = extract_text(GERMAN)
    cards = [(d.convention, d.question, d.answer) for d in extraction.drafts if d.convention == "delayed-answer"]
    assert cards == [
        (
            "delayed-answer",
            "Warum zeigt uns der Mond immer dieselbe Seite?",
            "Gebundene Rotation: Umlaufzeit und Eigendrehung sind gleich lang.",
        ),
        ("delayed-answer", "Warum ist der Himmel blau?", "Rayleigh-Streuung: kurzwelliges Licht wird stärker gestreut."),
    ]
    assert [d.message for d in diagnostics if d.kind == "unanswered"] == [
        "Wie heißt der hellste Stern am Nachthimmel?"
    ]


def test_a_placeholder_answer_leaves_its_question_unanswered() -> None:
    extraction, diagnostics = extract_text(SPANISH)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("¿Qué es un isótopo?", "Un átomo con otro número de neutrones.")
    ]
    assert [d.message for d in diagnostics if d.kind == "unanswered"] == [
        "¿Qué es un ion? (placeholder)",
        "¿Qué es un catión?",
    ]


def test_sub_headings_repeated_in_every_section_are_no_series() -> None:
    same_in_all = SPANISH.replace("## Semana 1\n\n", "## Semana 1\n\n### Respuesta anterior\n\nNada.\n\n")
    for text in (same_in_all, SPANISH.replace("## Semana 3", "### Semana 3")):
        extraction, _ = extract_text(text)
        assert not [d for d in extraction.drafts if d.convention == "delayed-answer"], text
