"""The verdict-paragraph rule: a statement wholly in bold judged by the paragraph after it (`**False.** …`)
is one card, the verdict first on its back; the section heading over such items is no topic card."""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_unanswered

BIOLOGY = """\
# Cell biology — true or false review

## Section 1. Enzymes

**1. Enzymes are consumed by the reactions they catalyse.**

**False.** An enzyme leaves the reaction unchanged and is used again.

**2. Raising the temperature always speeds up an enzyme-catalysed reaction.**

**Uncertain** ❓. Up to the optimum it does; past it the enzyme denatures.

## Section 2. Membranes

**3. Cholesterol makes membranes less fluid at high temperature.**

*True* — it restrains the movement of the phospholipids.

- at low temperature it keeps them fluid instead

**4. Osmosis needs ATP.**

<!-- ask in the tutorial -->

**5. Aquaporins let ions through.**

**False**: they pass water only.
"""


def test_each_judged_statement_is_a_card_with_its_verdict_first() -> None:
    cards, unanswered = cards_and_unanswered(BIOLOGY)
    found = {q: (rule, a) for _, rule, q, a in cards}
    assert list(found) == [
        "Enzymes are consumed by the reactions they catalyse.",
        "Raising the temperature always speeds up an enzyme-catalysed reaction.",
        "Cholesterol makes membranes less fluid at high temperature.",
        "Aquaporins let ions through.",
    ]
    assert {rule for rule, _ in found.values()} == {"verdict-paragraph"}
    assert found["Enzymes are consumed by the reactions they catalyse."][1].startswith("**False.** An enzyme")
    assert found["Raising the temperature always speeds up an enzyme-catalysed reaction."][1].startswith("**Uncertain** ❓.")
    cholesterol = found["Cholesterol makes membranes less fluid at high temperature."][1]
    assert cholesterol.startswith("*True* — it restrains") and "keeps them fluid" in cholesterol
    assert [m for _, m in unanswered] == ["Osmosis needs ATP."]


def test_the_sections_are_no_topic_cards() -> None:
    cards, _ = cards_and_unanswered(BIOLOGY)
    assert not any(q.startswith("Section") for _, _, q, _ in cards)


@pytest.mark.parametrize(
    ("yes", "no"),
    [("Vrai.", "Faux."), ("Verdadero", "Falso"), ("Richtig:", "Falsch:"), ("Đúng.", "Sai."), ("Prawda", "Fałsz"), ("T", "F")],
)
def test_verdicts_in_other_languages(yes: str, no: str) -> None:
    text = (
        "# Révision\n\n**La lumière se propage dans le vide.**\n\n"
        f"**{yes}** Elle n'a besoin d'aucun milieu.\n\n**Le son se propage dans le vide.**\n\n"
        f"**{no}** Il lui faut un milieu matériel.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("verdict-paragraph", "La lumière se propage dans le vide."),
        ("verdict-paragraph", "Le son se propage dans le vide."),
    ]


def test_the_verdict_may_open_the_statements_next_line() -> None:
    text = (
        "# Law review\n\n**A minor can never make a binding contract.**\n**False.** Contracts for necessaries bind.\n\n"
        "**Silence is acceptance of an offer.**\n**False.** Save in a prior course of dealing.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert [(q, a) for _, _, q, a in cards] == [
        ("A minor can never make a binding contract.", "**False.** Contracts for necessaries bind."),
        ("Silence is acceptance of an offer.", "**False.** Save in a prior course of dealing."),
    ]


def test_one_judged_statement_is_left_to_the_other_rules() -> None:
    text = "# Notes\n\n**Water boils at 100 °C at sea level.**\n\n**True.** At one atmosphere.\n"
    cards, _ = cards_and_unanswered(text)
    assert not any(rule == "verdict-paragraph" for _, rule, _, _ in cards)


def test_bold_paragraphs_without_verdicts_are_no_cards() -> None:
    text = (
        "# Trip notes\n\n**We left Lyon at dawn and reached Turin by noon.**\n\n**True love** is patient, they say.\n\n"
        "**The museum was closed on Monday.**\n\n**Correct answer:** none, it was a holiday.\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert not any(rule == "verdict-paragraph" for _, rule, _, _ in cards)
    assert unanswered == []
