"""The verdict-item rule: a list of statements each judged true or false on its line is one card per
statement; the exercise's heading is context, not a card."""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_unanswered

GEOGRAPHY = """\
# Geography revision

## True or false?

1. The Nile flows north. — **True**
2. Mount Everest is in the Andes. — **False** (it is in the Himalayas)
3. Canberra is the capital of Australia. → *True*

## Rivers

The Amazon carries more water than any other river.
"""


def test_each_statement_is_a_card_with_its_verdict() -> None:
    cards, _ = cards_and_unanswered(GEOGRAPHY)
    found = {q: (rule, a) for _, rule, q, a in cards}
    assert found["The Nile flows north."] == ("verdict-item", "**True**")
    assert found["Mount Everest is in the Andes."] == ("verdict-item", "**False** (it is in the Himalayas)")
    assert found["Canberra is the capital of Australia."][0] == "verdict-item"
    assert "True or false?" not in found


@pytest.mark.parametrize(
    ("yes", "no"), [("Richtig", "Falsch"), ("Vrai", "Faux"), ("Waar", "Onwaar"), ("Rätt", "Fel"), ("Verdadero", "Falso")]
)
def test_verdicts_in_other_languages(yes: str, no: str) -> None:
    text = f"# Quiz\n\n- Statement one holds. — **{yes}**\n- Statement two holds. — **{no}** (see chapter 2)\n"
    cards, _ = cards_and_unanswered(text)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("verdict-item", "Statement one holds."),
        ("verdict-item", "Statement two holds."),
    ]


def test_a_list_with_one_unjudged_item_is_left_to_the_other_rules() -> None:
    text = "# Notes\n\n- Water boils at 100 °C. — **True**\n- Ice is denser than water.\n"
    cards, _ = cards_and_unanswered(text)
    assert not any(rule == "verdict-item" for _, rule, _, _ in cards)


def test_a_nordic_unsure_note_is_no_answer() -> None:
    text = (
        "# Anatomi\n\n- Hva gjør hjerteklaffene?\n  - → Hindrer tilbakestrømning.\n"
        "- Hva viser QRS-komplekset?\n  - (usikker – sjekk forelesningen)\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [q for _, _, q, _ in cards] == ["Hva gjør hjerteklaffene?"]
    assert any(m.startswith("Hva viser QRS-komplekset?") for _, m in unanswered)
