"""The bold-qa-line rule: a paragraph whose every line is a bold `Q:` item holding its own `A:` is one card
a line; a line without an answer is unanswered, never part of another card's back."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered


def test_one_card_a_line_and_unanswered_lines_stay_apart() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Chemistry drill\n\n## Constants\n\n"
        "**Q:** Avogadro's number? **A:** $6.022 \\cdot 10^{23}$\n"
        "**Q:** Charge of an electron? **A:** $-1.602 \\cdot 10^{-19}$ C\n"
        "**Q:** Molar volume of an ideal gas at STP?\n"
        "**Q:** Name the lightest noble gas **A:** helium\n"
    )
    assert [(c[0], c[1], c[2], c[3]) for c in cards] == [
        (5, "bold-qa-line", "Avogadro's number?", "$6.022 \\cdot 10^{23}$"),
        (6, "bold-qa-line", "Charge of an electron?", "$-1.602 \\cdot 10^{-19}$ C"),
        (8, "bold-qa-line", "Name the lightest noble gas", "helium"),
    ]
    assert [line for line, message in unanswered] == [7]
    assert "Molar volume" in unanswered[0][1]


def test_label_variants() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Geography\n\n"
        "__Q1.__ Longest river in Africa? __A.__ the Nile\n"
        "**Question:** Capital of Mongolia? **Answer:** Ulaanbaatar\n"
        "**Q**: Highest peak of the Alps? A: Mont Blanc\n"
        "**Q:** Deepest lake on Earth? **A:**\n"
    )
    assert [(c[2], c[3]) for c in cards] == [
        ("Longest river in Africa?", "the Nile"),
        ("Capital of Mongolia?", "Ulaanbaatar"),
        ("Highest peak of the Alps?", "Mont Blanc"),
    ]
    assert [line for line, _ in unanswered] == [6]


def test_other_shapes_are_left_to_the_other_rules() -> None:
    for text in (
        # alternating question and answer lines: the bold-question rule's
        "# Notes\n\n**Q:** What is a mutex?\n**A:** A lock held by one thread at a time.\n",
        # one item alone
        "# Notes\n\n**Q:** What is a mutex? **A:** A lock held by one thread at a time.\n",
        # questions only, no answer on any line
        "# Notes\n\n**Q:** What is a mutex?\n**Q:** What is a semaphore?\n",
        # one line of prose among them
        "# Notes\n\n**Q:** What is a mutex? **A:** a lock\n**Q:** And a futex? **A:** a fast one\n"
        "See the kernel docs for the rest.\n",
    ):
        cards, _ = cards_and_unanswered(text)
        assert not [c for c in cards if c[1] == "bold-qa-line"], text
