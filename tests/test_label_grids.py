"""The label-grid rule: a heading over a table whose header row and a later row are bold labels (a Frayer
model) is a card, the term on the front and the first box on the back; a blank or pencilled first box is
unanswered; a lone labelled table, or a grid without a second label row, is left to the other rules."""

from __future__ import annotations

from tests.helpers import extract_text

GERMAN = """\
# Chemie — Grundbegriffe

### 1. Oxidation

| **Definition** | **Merkmale** |
|---|---|
| Abgabe von Elektronen durch ein Teilchen. | Oxidationszahl steigt |
| **Beispiele** | **Gegenbeispiele** |
| Rosten von Eisen | Lösen von Zucker |

<sub>Merksatz: OIL RIG.</sub>

### 2. Reduktion

| **Definition** | **Merkmale** |
|---|---|
| ✏️ | ✏️ |
| **Beispiele** | **Gegenbeispiele** |
| ✏️ | ✏️ |

### 3. Katalysator

| **Definition** | **Merkmale** |
|---|---|
| Ein Stoff, der eine Reaktion beschleunigt, ohne verbraucht zu werden. | ✏️ |
| **Beispiele** | **Gegenbeispiele** |
| Platin im Abgaskatalysator | ✏️ |
"""

SPANISH = """\
# Historia — vocabulario

## Feudalismo

| **Definición** | **Características** |
|---|---|
| Sistema político y social basado en el vasallaje. | Señores y siervos |
| **Ejemplos** | **No ejemplos** |
| Francia en el siglo X | Atenas democrática |

## Mercantilismo

| **Definición** | **Características** |
|---|---|
|  | Balanza comercial |
| **Ejemplos** | **No ejemplos** |
| España en el siglo XVI | Libre comercio |
"""


def test_each_grid_is_a_card_answered_by_its_first_box() -> None:
    extraction, diagnostics = extract_text(GERMAN)
    cards = [(d.loc.line, d.convention, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        (3, "label-grid", "Oxidation", "Abgabe von Elektronen durch ein Teilchen."),
        (21, "label-grid", "Katalysator", "Ein Stoff, der eine Reaktion beschleunigt, ohne verbraucht zu werden."),
    ]
    assert [(d.loc.line, d.message) for d in diagnostics if d.kind == "unanswered"] == [(13, "Reduktion (placeholder)")]
    assert not [d for d in diagnostics if d.kind == "unclassified"]


def test_a_blank_first_box_is_unanswered() -> None:
    extraction, diagnostics = extract_text(SPANISH)
    assert [(d.question, d.answer) for d in extraction.drafts] == [
        ("Feudalismo", "Sistema político y social basado en el vasallaje.")
    ]
    assert [d.message for d in diagnostics if d.kind == "unanswered"] == ["Mercantilismo"]


def test_near_misses_are_left_to_the_other_rules() -> None:
    one_grid = SPANISH.split("## Mercantilismo")[0]
    no_second_label_row = SPANISH.replace("| **Ejemplos** | **No ejemplos** |", "| Ejemplos | No ejemplos |")
    plain_header = SPANISH.replace("| **Definición** | **Características** |", "| Definición | Características |")
    for text in (one_grid, no_second_label_row, plain_header):
        extraction, _ = extract_text(text)
        assert not [d for d in extraction.drafts if d.convention == "label-grid"], text
