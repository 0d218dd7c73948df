"""A list item that asks on its first line and answers on an indented arrow line under it (arrow-answer rule)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, drafted_cards

GEOGRAPHY = """\
# Geografía — repaso

## Ríos

- ¿Cuál es el río más largo de España? → El Tajo
- ¿Dónde nace el Ebro? → En Fontibre, Cantabria

### Errores frecuentes

1. Tajo vs Duero — el Tajo es más largo, el Duero más caudaloso en su tramo español
2. ¿En qué mar desemboca el Ebro?
   → En el Mediterráneo
3. Afluentes — no confundir margen izquierda y derecha
"""


def test_an_arrow_on_the_item_s_second_line_answers_its_question() -> None:
    cards = drafted_cards(GEOGRAPHY)
    assert ("arrow-answer", "¿En qué mar desemboca el Ebro?", "En el Mediterráneo") in cards
    assert not any("Tajo vs Duero" in q or "Afluentes" in q for _, q, _ in cards)
    assert len(cards) == 3


def test_a_second_line_without_an_arrow_is_no_answer() -> None:
    text = GEOGRAPHY.replace("   → En el Mediterráneo", "   (lo vimos en clase)")
    cards = drafted_cards(text)
    assert not any(q == "¿En qué mar desemboca el Ebro?" for _, q, _ in cards)


def test_a_list_whose_every_item_asks_stays_a_drill_with_its_unanswered_items() -> None:
    text = """\
# Biology drill

## Cells

1. Which organelle makes ATP?
   → The mitochondrion.
2. Which organelle holds the DNA?
   → The nucleus.
3. Which organelle packs proteins?
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [q for _, _, q, _ in cards] == ["Which organelle makes ATP?", "Which organelle holds the DNA?"]
    assert len(unanswered) == 1 and "Which organelle packs proteins?" in unanswered[0][1]
