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
    ("yes", "no"), [("Richtig", "Falsch"), ("Vrai", "Faux"), ("Waar", "Onwaar"), ("Rätt", "Fel"), ("Verdadero", "Falso"), ("சரி", "தவறு")]
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


def test_trailing_bold_verdicts_with_a_justification() -> None:
    text = (
        "# Química — final\n\n## Verdadero o falso (justificar)\n\n"
        "1. El agua es un compuesto. **V** — está formada por hidrógeno y oxígeno.\n"
        "2. Los gases nobles forman iones con facilidad. **F** — tienen la capa de valencia completa.\n"
        "3. El pH 7 es neutro a 25 °C. **V**\n"
        "4. La entalpía de una reacción exotérmica es positiva.\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("verdict-item", "El agua es un compuesto.", "**V** está formada por hidrógeno y oxígeno."),
        ("verdict-item", "Los gases nobles forman iones con facilidad.", "**F** tienen la capa de valencia completa."),
        ("verdict-item", "El pH 7 es neutro a 25 °C.", "**V**"),
    ]
    assert unanswered == [(8, "La entalpía de una reacción exotérmica es positiva.")]


def test_portuguese_and_italian_v_f_lists() -> None:
    text = (
        "# Revisão\n\n- A mitocôndria produz ATP. **V** – respiração celular.\n- O DNA tem uracila. **F** – tem timina.\n\n"
        "# Ripasso\n\n1. Roma fu fondata nel 753 a.C. **V**\n2. Dante scrisse il Decameron. **F**: lo scrisse Boccaccio.\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [q for _, rule, q, _ in cards if rule == "verdict-item"] == [
        "A mitocôndria produz ATP.",
        "O DNA tem uracila.",
        "Roma fu fondata nel 753 a.C.",
        "Dante scrisse il Decameron.",
    ]
    assert unanswered == []


def test_a_list_mostly_without_verdicts_is_left_to_the_other_rules() -> None:
    text = (
        "# Notas\n\n1. Leer el capítulo 3. **V**\n2. Hacer los ejercicios.\n3. Repasar la teoría.\n"
        "4. Preparar el resumen.\n5. Entregar el TP. **F**\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert not any(rule == "verdict-item" for _, rule, _, _ in cards)


def test_a_list_whose_other_items_hold_verdicts_reports_none_unanswered() -> None:
    text = "# Storia\n\n1. Roma è in Italia. — **Vero**\n2. Cesare fu imperatore. — **Falso**, fu Augusto.\n3. Il Po è lungo. — *Vero*\n"
    _, unanswered = cards_and_unanswered(text)
    assert unanswered == []


def test_verdicts_in_punjabi_and_hindi() -> None:
    text = "# ਪ੍ਰੀਖਿਆ\n\n1. ਧਰਤੀ ਗੋਲ ਹੈ। — **ਸਹੀ**\n2. ਸੂਰਜ ਇੱਕ ਗ੍ਰਹਿ ਹੈ। — **ਗਲਤ** (ਇਹ ਇੱਕ ਤਾਰਾ ਹੈ)\n\n## परीक्षा\n\n- पानी 100 °C पर उबलता है। — **सही**\n- चाँद अपना प्रकाश देता है। — **गलत**\n"
    cards, _ = cards_and_unanswered(text)
    assert [(rule, a) for _, rule, _, a in cards] == [
        ("verdict-item", "**ਸਹੀ**"),
        ("verdict-item", "**ਗਲਤ** (ਇਹ ਇੱਕ ਤਾਰਾ ਹੈ)"),
        ("verdict-item", "**सही**"),
        ("verdict-item", "**गलत**"),
    ]


def test_bracketed_verdicts_on_paragraphs_numbered_in_eastern_arabic_digits() -> None:
    text = (
        "# فیزیک\n\n## درست یا نادرست\n\n"
        "۱. نور در خلأ حرکت می‌کند. **(درست)**\n\n"
        "۲. صدا در خلأ حرکت می‌کند. **(نادرست)**\n\n"
        "۳. جرم با ارتفاع تغییر می‌کند. **(     )**\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (5, "verdict-item", "نور در خلأ حرکت می‌کند.", "**درست**"),
        (7, "verdict-item", "صدا در خلأ حرکت می‌کند.", "**نادرست**"),
    ]
    assert unanswered == [(9, "جرم با ارتفاع تغییر می‌کند.")]


def test_numbered_paragraphs_without_verdicts_are_left_alone() -> None:
    text = "# یادداشت\n\n۱. فصل سوم را بخوان. **(مهم)**\n\n۲. تمرین‌ها را حل کن.\n\n۳. خلاصه بنویس.\n"
    cards, unanswered = cards_and_unanswered(text)
    assert not any(rule == "verdict-item" for _, rule, _, _ in cards)
    assert unanswered == []
