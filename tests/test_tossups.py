"""The tossup rule: quiz-bowl packets of numbered tossups and bonus parts, each answered on an `ANSWER:` line."""

from __future__ import annotations

from tests.helpers import extract_text

PACKET = """\
# Science bowl — round 3

## Tossups

**1.** This organelle holds its own circular genome and is the site of oxidative phosphorylation.
For ten points, name this "powerhouse of the cell".

ANSWER: **mitochondrion** [accept mitochondria]

**2.** This law states that the pressure of a gas at constant temperature is inversely proportional to its
volume. FTP, name this gas law.

**Answer:** Boyle's law

**3.** This element, atomic number 79, is the most malleable metal. FTP, name it.

ANSWER:

## Bonuses

**1.** Answer these questions about the periodic table, for ten points each.

[10] This Russian chemist published the first widely recognised periodic table in 1869.
ANSWER: Dmitri **Mendeleev**

[10] Elements in group 18 are called this, for their low reactivity.<br>ANSWER: **noble gases**

[10e] This element is the lightest of all.

ANSWER: **hydrogen**

**2.** Some prose after the bonus that is not part of it.

## Extras

**X1.** This planet has the Great Red Spot. FTP, name it.

ANSWER: **Jupiter**
"""


def _cards() -> dict[str, tuple[str, tuple[str, ...]]]:
    extraction, _ = extract_text(PACKET)
    return {d.question: (d.answer, d.context) for d in extraction.drafts if d.convention == "tossup"}


def test_each_tossup_is_a_card_ended_by_its_answer_paragraph() -> None:
    cards = _cards()
    front = (
        "This organelle holds its own circular genome and is the site of oxidative phosphorylation. "
        'For ten points, name this "powerhouse of the cell".'
    )
    assert cards[front] == ("**mitochondrion** [accept mitochondria]", ("Tossups",))
    boyle = next(q for q in cards if q.startswith("This law states"))
    assert cards[boyle][0] == "Boyle's law"
    assert "**2.**" not in cards[front][0]


def test_an_item_label_with_a_letter_is_left_off_the_front() -> None:
    assert _cards()["This planet has the Great Red Spot. FTP, name it."][0] == "**Jupiter**"


def test_an_empty_answer_is_unanswered() -> None:
    extraction, _ = extract_text(PACKET)
    unanswered = [d.question for d in extraction.diagnostics if d.kind == "unanswered"]
    assert unanswered == ["This element, atomic number 79, is the most malleable metal. FTP, name it."]


def test_each_bonus_part_is_a_card_with_the_lead_in_as_context() -> None:
    cards = _cards()
    lead = "Answer these questions about the periodic table, for ten points each."
    part = "This Russian chemist published the first widely recognised periodic table in 1869."
    assert cards[part] == ("Dmitri **Mendeleev**", ("Bonuses", lead))
    assert cards["Elements in group 18 are called this, for their low reactivity."][0] == "**noble gases**"
    assert cards["This element is the lightest of all."][0] == "**hydrogen**"
    assert lead not in cards
    assert not any(q.startswith("Some prose") for q in cards)


def test_numbered_steps_without_answer_lines_are_left_alone() -> None:
    text = "# Setup\n\n**1.** Install the tool.\n\n**2.** Run it.\n\nAnswer: a lone note.\n"
    extraction, _ = extract_text(text)
    assert not [d for d in extraction.drafts if d.convention == "tossup"]


def test_the_blocks_explaining_an_answer_stay_on_its_back() -> None:
    text = (
        "# Economics drill\n\n"
        "**1.** This curve relates unemployment and inflation. FTP, name it.\n\n"
        "ANSWER: **Phillips curve**\n\n"
        "It flattened after the 1970s, when expectations were built in.\n\n"
        "- named after A. W. Phillips\n\n"
        "**2.** This economist wrote *The General Theory*. FTP, name him.\n\n"
        "ANSWER: John Maynard **Keynes**\n\n"
        "<!-- add a bonus on multipliers -->\n\n"
        "Stray prose after a comment.\n"
    )
    extraction, _ = extract_text(text)
    cards = {d.question: d.answer for d in extraction.drafts if d.convention == "tossup"}
    assert cards["This curve relates unemployment and inflation. FTP, name it."] == (
        "**Phillips curve**\n\nIt flattened after the 1970s, when expectations were built in.\n\n- named after A. W. Phillips"
    )
    assert cards["This economist wrote *The General Theory*. FTP, name him."] == "John Maynard **Keynes**"
