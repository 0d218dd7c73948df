"""Exam items keyed in a quote (`quoted-key`): a bold-numbered stem that need not ask, its lettered options in
the next paragraph, and the key in a blockquote opening with an answer label."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

_PAPER = (
    "# Physics paper\n\n## Part I\n\n"
    "**1.** The unit of electric charge is the\n\n"
    "(A) volt.  \n(B) coulomb.  \n(C) ampere.  \n(D) ohm.\n\n"
    "> **Answer:** (B)\n\n"
    "**2.1.** Put the steps of the experiment in order.\n\n"
    "A. Record the reading  \nB. Switch on the supply  \nC. Connect the ammeter\n\n"
    "> **Answer:** C – B – A\n\n"
    "**2.2.** State Ohm's law.\n\n"
    "> **Answer:**\n\n"
    "**3.** A ray of light passing from air into glass bends\n\n"
    "(a) away from the normal  (b) towards the normal  (c) not at all\n\n"
    "<!-- check the diagram -->\n\n"
    "> **Answer:** (b)\n\n"
    "**4.** Explain why the sky looks blue.\n\n"
    "> **Answer:** Short wavelengths scatter more (Rayleigh scattering).\n>\n> *Key words:* scattering, wavelength.\n\n"
    "**5.** Name the SI unit of power.\n\n> **Answer:** _(to be added later)_\n"
)


def test_stems_with_options_are_keyed_by_the_quote() -> None:
    cards, unanswered = cards_and_unanswered(_PAPER)
    assert [(c[0], c[1], c[2]) for c in cards] == [
        (5, "quoted-key", "The unit of electric charge is the"),
        (14, "quoted-key", "Put the steps of the experiment in order."),
        (26, "quoted-key", "A ray of light passing from air into glass bends"),
        (34, "quoted-key", "Explain why the sky looks blue."),
    ]
    assert cards[0][3] == "(A) volt.\n(B) coulomb.\n(C) ampere.\n(D) ohm.\n\n**Answer:** (B)"
    assert cards[1][3].startswith("A. Record the reading\nB. Switch on the supply")
    assert cards[3][3].startswith("Short wavelengths scatter more")
    assert [line for line, _ in unanswered] == [22, 40]
    assert "State Ohm's law." in unanswered[0][1]


def test_a_portuguese_item_with_a_resposta_quote() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Química\n\n**1.** O número atómico indica\n\n(A) o número de neutrões.\n(B) o número de protões.\n\n"
        "> **Resposta:** (B)\n\n**2.** Refira o nome do elemento de número atómico 1.\n\n> **Resposta:**\n"
    )
    assert [(c[2], c[3].splitlines()[-1]) for c in cards] == [("O número atómico indica", "**Resposta:** (B)")]
    assert [line for line, _ in unanswered] == [10]


def test_without_an_item_with_options_the_rule_stays_out() -> None:
    cards, _ = cards_and_unanswered(
        "# Steps\n\n**1.** Install the package.\n\n> **Note:** it needs Python 3.11.\n\n"
        "**2.** Run the build.\n\n> **Answer:** not applicable\n"
    )
    assert all(c[1] != "quoted-key" for c in cards)


def test_a_lettered_paragraph_that_is_no_option_run_is_no_item() -> None:
    cards, _ = cards_and_unanswered(
        "# Notes\n\n**1.** Reading list for the week\n\nB. Smith, *Optics*, 2019.\nA. Jones, *Waves*, 2020.\n\n"
        "> **Answer:** read both\n\n**2.** The speed of light is\n\n(A) finite.\n(B) infinite.\n\n> **Answer:** (A)\n"
    )
    assert [c[2] for c in cards if c[1] == "quoted-key"] == ["The speed of light is"]
