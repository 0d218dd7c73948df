"""The indented-answer rule: numbered questions (`2.1.`) each answered by a block indented four spaces under it,
which Markdown reads as indented code; the block is the back, read as Markdown again."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

ENGLISH = """\
# Astronomy question bank

## Ch. 4 – Stars

4.1. What powers a main-sequence star?

    Hydrogen fusion in its core: four protons become one **helium** nucleus.

4.2. Why do massive stars live shorter lives?

    They burn their fuel far faster; luminosity grows roughly as mass to the 3.5 power.

        L ~ M^3.5

4.3. What is a white dwarf made of?

    (answer still missing – TODO)

4.4. Explain the Chandrasekhar limit.

## Ch. 5 – Galaxies

5.1. Which galaxy is our nearest large neighbour?

    Andromeda, about 2.5 million light years away.
"""


def test_each_numbered_question_is_answered_by_its_indented_block() -> None:
    cards, unanswered = cards_and_unanswered(ENGLISH)
    assert [(rule, question) for _, rule, question, _ in cards] == [
        ("indented-answer", "What powers a main-sequence star?"),
        ("indented-answer", "Why do massive stars live shorter lives?"),
        ("indented-answer", "Which galaxy is our nearest large neighbour?"),
    ]
    first, second = cards[0][3], cards[1][3]
    assert first == "Hydrogen fusion in its core: four protons become one **helium** nucleus."
    # dedented: the prose is Markdown again, the block indented further inside it stays code
    assert second.startswith("They burn their fuel far faster") and "\n\n    L ~ M^3.5" in second


def test_a_placeholder_block_or_no_block_leaves_the_question_unanswered() -> None:
    _, unanswered = cards_and_unanswered(ENGLISH)
    texts = " | ".join(message for _, message in unanswered)
    assert "What is a white dwarf made of?" in texts
    assert "Explain the Chandrasekhar limit." in texts
    assert len(unanswered) == 2


SPANISH = """\
## Tema 2 – Química

2.1. ¿Qué es un enlace covalente?

    La compartición de un par de electrones entre dos átomos no metálicos.

2.2. ¿Por qué el agua es un disolvente polar?

    Por la diferencia de electronegatividad entre el oxígeno y el hidrógeno.
"""


def test_spanish_catalogue() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH)
    assert [(rule, question) for _, rule, question, _ in cards] == [
        ("indented-answer", "¿Qué es un enlace covalente?"),
        ("indented-answer", "¿Por qué el agua es un disolvente polar?"),
    ]
    assert not unanswered


STEPS = """\
# Installation

1.1. Install the package.

    pip install stellar

1.2. Run the server.

    stellar serve --port 8080
"""


def test_numbered_steps_over_code_are_left_alone() -> None:
    cards, unanswered = cards_and_unanswered(STEPS)
    assert not [c for c in cards if c[1] == "indented-answer"]
    assert not unanswered


SINGLE = """\
# Notes

3.1. What is entropy?

    A measure of the number of microstates of a system.

Some prose after it.
"""


def test_a_single_pair_is_no_catalogue() -> None:
    cards, _ = cards_and_unanswered(SINGLE)
    assert not [c for c in cards if c[1] == "indented-answer"]
