"""Catalan glossary sections (`Vocabulari`, `Glossari`, `Conceptes clau`) and the Romance "key concepts"
titles make their `**Term**: definition` paragraphs cards, the colon outside the bold or inside it; a
bracketed "pending" note (`(pendent, ho faig dimecres)`) is a placeholder, and `tornar a dalt` is a
back-to-top line."""

from __future__ import annotations

import pytest

from ankibuild.extract.questions import is_back_to_top
from tests.helpers import cards_and_unanswered


@pytest.mark.parametrize("title", ["Vocabulari", "Glossari", "Conceptes clau", "Conceptos clave", "Concetti chiave"])
def test_bold_term_paragraphs_in_a_glossary_section(title: str) -> None:
    cards, _ = cards_and_unanswered(
        f"# Biologia\n\n## {title}\n\n"
        "**Mitosi**: divisió cel·lular que dona dues cèl·lules filles idèntiques.\n\n"
        "**Meiosi:** divisió que redueix a la meitat el nombre de cromosomes.\n\n"
        "**Gen**: fragment d'ADN que codifica una proteïna.\n"
    )
    assert [(c[2], c[3]) for c in cards] == [
        ("Mitosi", "divisió cel·lular que dona dues cèl·lules filles idèntiques."),
        ("Meiosi", "divisió que redueix a la meitat el nombre de cromosomes."),
        ("Gen", "fragment d'ADN que codifica una proteïna."),
    ]


def test_bold_term_paragraphs_outside_a_glossary_section_are_statements() -> None:
    cards, _ = cards_and_unanswered(
        "# Biologia\n\n## Pràctica 3\n\n**Material**: microscopi i portaobjectes.\n\n**Durada**: dues hores.\n"
    )
    assert cards == []


def test_pending_aside_is_a_placeholder_and_back_to_top_is_left_out() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Física\n\n### 1. Què és la inèrcia?\n\nLa tendència d'un cos a mantenir el seu estat de moviment.\n\n"
        "### 2. Explica la segona llei de Newton.\n\n(pendent, ho faig dijous)\n\n[⬆ tornar a dalt](#física)\n\n"
        "### 3. ¿Qué es la masa?\n\n_(pendiente: preguntar en clase)_\n"
    )
    assert [c[2] for c in cards] == ["Què és la inèrcia?"]
    assert [line for line, _ in unanswered] == [7, 13]
    assert is_back_to_top("[⬆ tornar a dalt](#index)")
    assert is_back_to_top("[Torna a l'inici](#top)")


def test_a_bracketed_aside_that_answers_is_kept() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Dret\n\n### Què és un recurs pendent?\n\n(Un recurs pendent és el que encara no s'ha resolt.)\n"
    )
    assert len(cards) == 1 and unanswered == []
