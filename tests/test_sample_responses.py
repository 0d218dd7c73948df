"""The sample-response rule: an italic question under a numbered heading, answered by the quoted sample response."""

from __future__ import annotations

from tests.helpers import extract_text

NOTES = """\
# Abitur Geschichte — Prüfungsbericht

### Frage 1

| Punkte | 0 | 1 | 2 | Schnitt |
|--------|---|---|---|---------|
| %      | 12| 40| 48| 1.4     |

*Nenne zwei Ursachen der Märzrevolution.*

Viele nannten nur eine Ursache.

Beispiel für eine mögliche Antwort:

> Die Missernten von 1846/47 und die Forderung nach nationaler Einheit.

### Frage 2

*Explique el papel de la Asamblea de Fráncfort.* (4 Punkte)

La mayoría describió la asamblea sin explicar su papel.

Ejemplo de respuesta:

> Debía redactar una constitución para un Estado alemán unido.

### Frage 3

*Beurteile die Folgen des Scheiterns der Revolution.*

Der Bericht druckt hierzu kein Beispiel ab.
"""


def test_an_italic_question_is_answered_by_the_quote_under_its_lead_in() -> None:
    extraction, _ = extract_text(NOTES)
    cards = {d.question: d.answer for d in extraction.drafts if d.convention == "sample-response"}
    assert cards == {
        "Nenne zwei Ursachen der Märzrevolution.": "Die Missernten von 1846/47 und die Forderung nach nationaler Einheit.",
        "Explique el papel de la Asamblea de Fráncfort.": "Debía redactar una constitución para un Estado alemán unido.",
    }


def test_a_question_without_a_sample_response_is_unanswered() -> None:
    extraction, _ = extract_text(NOTES)
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == ["Beurteile die Folgen des Scheiterns der Revolution."]


def test_numbered_headings_without_any_sample_response_are_left_alone() -> None:
    text = (
        "# Quiz\n\n### Frage 1\n\n*Was ist Photosynthese?*\n\n> Ein Zitat aus dem Buch.\n\n"
        "### Frage 2\n\n*Was ist Atmung?*\n\nDie Zellatmung setzt Energie frei.\n"
    )
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "sample-response"]
