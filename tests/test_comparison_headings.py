"""Headings that ask by naming a comparison in other languages (`Unterschied zwischen X und Y`)."""

from __future__ import annotations

import pytest

from ankibuild.extract.questions import is_comparison
from tests.helpers import extract_text


@pytest.mark.parametrize(
    "title",
    [
        "Differenza tra mitosi e meiosi",
        "Differenze fra TCP e UDP",
        "Unterschied zwischen Miete und Pacht",
        "Différence entre un virus et une bactérie",
        "Diferencia entre ser y estar",
        "Diferenças entre Java e Kotlin",
        "Verschil tussen weer en klimaat",
        "Różnica między umową a ugodą",
        "Разница между процессом и потоком",
        "Differences between arteries and veins",
    ],
)
def test_a_comparison_title_asks(title: str) -> None:
    assert is_comparison(title)


@pytest.mark.parametrize("title", ["Differenza", "Unterschiede", "Diferencia entre culturas", "Entre nous et eux"])
def test_a_title_that_names_no_two_sides_does_not_ask(title: str) -> None:
    assert not is_comparison(title)


NOTES = """\
# Economia — ripasso

## Mercati

### Che cos'è il PIL?

Il valore dei beni e servizi finali prodotti in un anno.

### Differenza tra inflazione e deflazione

- **Inflazione**: aumento generale dei prezzi
- **Deflazione**: diminuzione generale dei prezzi
"""


def test_a_comparison_heading_is_a_card_and_its_bullets_are_no_glossary() -> None:
    extraction, _ = extract_text(NOTES)
    questions = [d.question for d in extraction.drafts]
    assert "Differenza tra inflazione e deflazione" in questions
    assert "Inflazione" not in questions and "Deflazione" not in questions


@pytest.mark.parametrize("title", ["Notes on 1.2 (recursion vs iteration)", "Week 3 (TCP vs UDP)", "Lektion 4 (Miete vs. Pacht)"])
def test_a_comparison_in_an_aside_names_what_the_section_covers(title: str) -> None:
    assert not is_comparison(title)


@pytest.mark.parametrize("title", ["TCP vs UDP (transport layer)", "Mitosis (M phase) vs meiosis", "Recursion vs iteration"])
def test_a_comparison_outside_parentheses_still_asks(title: str) -> None:
    assert is_comparison(title)
