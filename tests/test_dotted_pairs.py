"""The dotted-pair rule: `Q.` / `A.` lines (also `Q3.`/`A3.`, `Qn.`, `Ans.`, bold) as revision notes write
them; the pair is required, so a stray `Q.` or an `A.` initial is never a card."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

NOTES = """\
# Biology revision — cells

## Organelles

Q. What does the mitochondrion do?
A. It releases energy by aerobic respiration.

Q2. Name three parts of a plant cell that an animal cell lacks. (3 marks)
A2. Cell wall, chloroplasts
and a permanent vacuole.

Q. What happens in osmosis?
A.
- water moves across a partially permeable membrane
- from a dilute to a concentrated solution

Q: What is diffusion?
A: The net movement of particles down a concentration gradient.

Q. What is active transport?
A. Movement against a concentration gradient, using energy from respiration.

Q. Why do root hair cells have many mitochondria?
A.

Q. What is a stem cell?

**Q.** What does a ribosome make?
**A.** Proteins.

Qn. Compare mitosis and meiosis. [6 marks]
A. — revise from the textbook, no answer yet —
"""


def test_dotted_pairs_give_cards_and_report_the_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(NOTES)
    assert [(c[0], c[1], c[2]) for c in cards] == [
        (5, "dotted-pair", "What does the mitochondrion do?"),
        (8, "dotted-pair", "Name three parts of a plant cell that an animal cell lacks."),
        (12, "dotted-pair", "What happens in osmosis?"),
        (17, "explicit", "What is diffusion?"),
        (20, "dotted-pair", "What is active transport?"),
        (28, "bold-question", "What does a ribosome make?"),
    ]
    assert cards[1][3] == "Cell wall, chloroplasts\nand a permanent vacuole."
    assert cards[2][3].startswith("- water moves")
    assert cards[3][3] == "The net movement of particles down a concentration gradient."
    assert cards[5][3] == "Proteins."
    assert [line for line, _ in unanswered] == [23, 26, 31]


def test_an_initial_or_a_statement_after_q_is_no_card() -> None:
    text = """\
# Computing history

Q. Who proposed the stored-program computer?
A. John von Neumann, in 1945.

A. Turing wrote his paper on computable numbers in 1936.

Q. Smith's lecture covered the rest of the decade.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [(c[1], c[2]) for c in cards if c[1] == "dotted-pair"] == [
        ("dotted-pair", "Who proposed the stored-program computer?")
    ]
    assert not unanswered


def test_without_any_pair_nothing_is_read() -> None:
    text = """\
# Notes

Q. Smith argued that trade follows the flag, and A. Jones disagreed.

Q. Why does this matter? It is asked in the exam.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "dotted-pair"]
    assert not unanswered


def test_a_list_item_a_is_no_answer_label() -> None:
    text = """\
# Quiz

Q. Which gas do plants absorb?
A. Carbon dioxide.

Options:

A. oxygen
B. nitrogen
"""
    cards, _ = cards_and_unanswered(text)
    assert [(c[1], c[2], c[3]) for c in cards if c[1] == "dotted-pair"] == [
        ("dotted-pair", "Which gas do plants absorb?", "Carbon dioxide.")
    ]


def test_lettered_options_under_a_question_are_no_answer() -> None:
    text = """\
# Chemistry quiz

Q. Which element is a halogen?
A. Chlorine.

Q. Which gas is a noble gas?
A. Neon
B. Oxygen
C. Nitrogen
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [(c[1], c[2], c[3]) for c in cards if c[1] == "dotted-pair"] == [
        ("dotted-pair", "Which element is a halogen?", "Chlorine.")
    ]
    assert not unanswered
