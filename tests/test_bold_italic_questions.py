"""The bold-italic-question rule: `***What …?***` on a line of its own, answered by the blocks below it."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

PHYSICS = """\
# Thermodynamics review

## Definitions

- Enthalpy — heat content at constant pressure
- Entropy — a measure of the number of microstates
- Exergy —

## Questions

***Why does ice float on water?***

- hydrogen bonds hold ice in an open lattice
- so ice is less dense than liquid water

___What is the triple point of a substance?___

- the one temperature and pressure where solid, liquid and gas coexist

```text
water: 273.16 K, 611.657 Pa
```

**_Explain the second law in one sentence._**

Heat does not flow on its own from a colder body to a hotter one.

***How is a heat pump rated?***

<!-- ask in the study group -->

## Next week

Bring a calculator.
"""


def test_bold_italic_questions_are_cards() -> None:
    cards, unanswered = cards_and_unanswered(PHYSICS)
    assert [(line, rule, q, a) for line, rule, q, a in cards if rule == "bold-italic-question"] == [
        (
            11,
            "bold-italic-question",
            "Why does ice float on water?",
            "- hydrogen bonds hold ice in an open lattice\n- so ice is less dense than liquid water",
        ),
        (
            16,
            "bold-italic-question",
            "What is the triple point of a substance?",
            "- the one temperature and pressure where solid, liquid and gas coexist\n\n```text\nwater: 273.16 K, 611.657 Pa\n```",
        ),
        (
            24,
            "bold-italic-question",
            "Explain the second law in one sentence.",
            "Heat does not flow on its own from a colder body to a hotter one.",
        ),
    ]
    assert (28, "How is a heat pump rated?") in unanswered


def test_a_term_with_nothing_after_its_dash_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(PHYSICS)
    assert [q for _, _, q, _ in cards if q in ("Enthalpy", "Entropy")] == ["Enthalpy", "Entropy"]
    assert (7, "Exergy") in unanswered


def test_one_bold_italic_line_is_emphasis_not_a_question_bank() -> None:
    text = "# Notes\n\n***Why does this matter?***\n\nBecause the exam is next week.\n\n## Topic\n\nSome prose.\n"
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "bold-italic-question"]


def test_bold_italic_statements_are_not_questions() -> None:
    text = (
        "# Style guide\n\n***Consistency over cleverness.***\n\n- pick one naming scheme\n\n"
        "***Small commits win.***\n\n- one idea per commit\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "bold-italic-question"]


def _review(questions: int) -> str:
    """A review sheet in Portuguese: QUESTIONS bold-italic questions, then a heading that asks over a list."""
    asked = "\n".join(f"***Qual é o passo {n} da receita?***\n\nMisturar o ingrediente {n}.\n" for n in range(1, questions + 1))
    return f"""\
# Cozinha — revisão

## Massa

{asked}
## O que tenho na despensa?

- farinha, ovos
- azeite, sal
"""


def test_a_heading_that_asks_beside_many_bold_italic_questions_is_the_writers_aside() -> None:
    cards, _ = cards_and_unanswered(_review(8))
    assert len(cards) == 8
    assert {rule for _, rule, _, _ in cards} == {"bold-italic-question"}
    assert "O que tenho na despensa?" not in {question for _, _, question, _ in cards}


def test_a_heading_that_asks_beside_a_few_bold_italic_questions_still_asks() -> None:
    cards, _ = cards_and_unanswered(_review(3))
    assert ("heading", "O que tenho na despensa?") in {(rule, question) for _, rule, question, _ in cards}
