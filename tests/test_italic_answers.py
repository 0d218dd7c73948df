"""The italic-answer rule: a run of bold-labelled problems, each ending with its answer in italics
(`**P4.1** … *Ans. …*`), is a problem set; a problem of the run without an answer is unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered


def test_labelled_problems_with_italic_answers() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Kinematics\n\n## Practice\n\n"
        "**Q1** A car accelerates from rest at 2 m/s² for 5 s. How far does it travel? *Ans. 25 m*\n\n"
        "**Q2.** State Newton's second law. *Answer: F = ma*\n\n"
        "**Problem 3:** Convert 72 km/h to m/s.\n\n"
        "**Q4** Define *impulse*. _Ans: the change in momentum, F·Δt_\n"
    )
    assert [(c[0], c[1], c[2], c[3]) for c in cards] == [
        (5, "italic-answer", "A car accelerates from rest at 2 m/s² for 5 s. How far does it travel?", "25 m"),
        (7, "italic-answer", "State Newton's second law.", "F = ma"),
        (11, "italic-answer", "Define *impulse*.", "the change in momentum, F·Δt"),
    ]
    assert unanswered == [(9, unanswered[0][1])]
    assert "Convert 72 km/h to m/s." in unanswered[0][1]


def test_german_answer_label_and_multi_line_paragraph() -> None:
    cards, _ = cards_and_unanswered(
        "# Chemie\n\n"
        "**A1** Wie viele Protonen hat Kohlenstoff?\n*Antwort: 6*\n\n"
        "**A2** Was ist ein Isotop? *Antwort: ein Atom mit anderer Neutronenzahl*\n"
    )
    assert [(c[2], c[3]) for c in cards] == [
        ("Wie viele Protonen hat Kohlenstoff?", "6"),
        ("Was ist ein Isotop?", "ein Atom mit anderer Neutronenzahl"),
    ]


def test_one_labelled_paragraph_or_unlabelled_italics_are_no_problem_set() -> None:
    for text in (
        "# Notes\n\n**Step 1** install the toolchain. *Answer: yes*\n\nMore prose follows here.\n",
        "# Notes\n\nThe sky is blue. *Ans. Rayleigh*\n\nGrass is green. *Ans. chlorophyll*\n",
        "# Notes\n\n**Key idea** entropy grows. *Ans. always*\n\n**Main point** energy is conserved. *Ans. yes*\n",
    ):
        cards, _ = cards_and_unanswered(text)
        assert not [c for c in cards if c[1] == "italic-answer"], text
