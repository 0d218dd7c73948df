"""Glossary bullets with the `.-` separator of Spanish school notes: `* **Término**.- definición`."""

from __future__ import annotations

from tests.helpers import extract_text

CONCEPTS = """\
# Guía de Geografía

## Conceptos clave

* **Meridiano**.- Línea imaginaria que va de polo a polo.
* **Paralelo**.- Círculo imaginario perpendicular al eje terrestre.
* **Latitud**.- Distancia angular al ecuador.
"""


def test_bold_terms_with_a_dot_dash_are_glossary_cards() -> None:
    extraction, _ = extract_text(CONCEPTS)
    assert [(d.convention, d.question, d.answer) for d in extraction.drafts] == [
        ("glossary", "Meridiano", "Línea imaginaria que va de polo a polo."),
        ("glossary", "Paralelo", "Círculo imaginario perpendicular al eje terrestre."),
        ("glossary", "Latitud", "Distancia angular al ecuador."),
    ]
