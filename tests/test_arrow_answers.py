"""The arrow-answer rule: `Question? → answer` lines, as paragraphs of their own or list items; an item of
such a list without an arrow is unanswered."""

from __future__ import annotations

from tests.helpers import extract_text

PHYSICS = """\
# Thermodynamik — Wiederholung

Wie hoch ist der Siedepunkt von Wasser auf Meereshöhe? → **100 °C** (bei 1 atm)

What is absolute zero in Celsius? -> −273.15 °C

## Follow-ups from the tutor

1. Why does ice float? → it is less dense than liquid water.
2. What happens at the triple point?
3. How is heat of fusion measured? => with a calorimeter.
"""


def test_arrow_answered_lines_and_list_items_are_cards() -> None:
    extraction, diagnostics = extract_text(PHYSICS)
    cards = [(d.loc.line, d.convention, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        (3, "arrow-answer", "Wie hoch ist der Siedepunkt von Wasser auf Meereshöhe?", "**100 °C** (bei 1 atm)"),
        (5, "arrow-answer", "What is absolute zero in Celsius?", "−273.15 °C"),
        (9, "arrow-answer", "Why does ice float?", "it is less dense than liquid water."),
        (11, "arrow-answer", "How is heat of fusion measured?", "with a calorimeter."),
    ]
    assert [(d.loc.line, d.question) for d in diagnostics if d.kind == "unanswered"] == [
        (10, "What happens at the triple point?")
    ]


def test_a_stray_arrow_in_prose_is_not_a_card() -> None:
    text = "# Diary\n\nWhy did the build fail? → I forgot the flag, as usual.\n\nTomorrow: retry.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "arrow-answer"]


def test_lists_of_steps_with_arrows_are_not_questions() -> None:
    text = (
        "# Pipeline\n\n- Parse the input → tokens\n- Build the tree → AST\n- Is it valid? → report errors\n\n"
        "Login page → dashboard → settings\n"
    )
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "arrow-answer"]


def test_an_arrow_inside_a_bracketed_aside_is_not_an_answer() -> None:
    text = "# Grammatik\n\n- Er sitzt auf dem Stuhl [wo? → Dativ]\n- Er setzt sich auf den Stuhl [wohin? → Akkusativ]\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "arrow-answer"]


def test_a_nested_sub_bullet_joins_the_answer() -> None:
    from tests.helpers import drafted_cards

    cards = drafted_cards(
        "# Antibiotics\n\n"
        "- Vancomycin target? → D-Ala-D-Ala terminus → blocks cell-wall synthesis\n"
        "  - red man syndrome if infused fast\n"
        "- Linezolid target? → 50S subunit (23S rRNA)\n"
        "- Doxycycline class? → tetracycline\n"
    )
    assert [(c[0], c[1], c[2]) for c in cards] == [
        (
            "arrow-answer",
            "Vancomycin target?",
            "D-Ala-D-Ala terminus → blocks cell-wall synthesis\n  - red man syndrome if infused fast",
        ),
        ("arrow-answer", "Linezolid target?", "50S subunit (23S rRNA)"),
        ("arrow-answer", "Doxycycline class?", "tetracycline"),
    ]


LEAD_IN = """\
# Revisão de química

## E estas, lembras-te?

Não saem no teste, mas o professor disse que podem aparecer:

- Qual é o símbolo do sódio? → Na
- Quantos eletrões tem o hélio? → dois
- Qual é o pH da água pura?

## ¿Y qué más?

Una nota suelta sobre el examen, sin lista.
"""


def test_a_question_heading_over_a_lead_in_and_a_list_of_questions_introduces_them() -> None:
    extraction, diagnostics = extract_text(LEAD_IN)
    cards = [(d.loc.line, d.convention, d.question, d.answer) for d in extraction.drafts]
    assert cards == [
        (7, "arrow-answer", "Qual é o símbolo do sódio?", "Na"),
        (8, "arrow-answer", "Quantos eletrões tem o hélio?", "dois"),
        (11, "heading", "¿Y qué más?", "Una nota suelta sobre el examen, sin lista."),
    ]
    assert [d.message for d in diagnostics if d.kind == "unanswered"] == ["Qual é o pH da água pura?"]
