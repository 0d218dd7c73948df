"""A bracketed reference to the paper a question comes from, right after its label (`**Q1** (DSE 2019 P1B
Q2a)`, `**Swali 3.** (NECTA 2018)`), is left off the front, as a marks note is; brackets that are part of
the question stay."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered


def test_exam_references_after_a_label_are_left_off() -> None:
    cards, _ = cards_and_unanswered(
        "# Physics revision\n\n"
        "**Q1** (HKCEE 2009 Paper 2 Q14)\nWhy does a metal spoon feel colder than a wooden one?\n\n"
        "Answer: Metal conducts heat away from the hand faster.\n\n"
        "**Q2** (Mock 2023)\nWhat is the unit of momentum?\n\nAnswer: kg m/s\n\n"
        "**Swali 3.** (NECTA 2017) Taja aina mbili za nishati.\n\n**Jibu:** Nishati ya jua na ya upepo.\n"
    )
    assert [c[2] for c in cards] == [
        "Why does a metal spoon feel colder than a wooden one?",
        "What is the unit of momentum?",
        "Taja aina mbili za nishati.",
    ]


def test_brackets_that_belong_to_the_question_stay() -> None:
    cards, _ = cards_and_unanswered(
        "# Notes\n\n**Q1** (Optional) Why is the sky blue?\n\nAnswer: Rayleigh scattering.\n\n"
        "**Q2** (x + 1) squared is what?\n\nAnswer: x² + 2x + 1\n"
    )
    assert [c[2] for c in cards] == ["(Optional) Why is the sky blue?", "(x + 1) squared is what?"]
