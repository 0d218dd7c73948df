"""Numbered questions each answered by a one-item bullet list right under it, not indented into the item
(`1) Explain: …` over `- Because …`): Markdown makes each number a list of its own."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

CHEMISTRY = """\
# Chemistry revision

## Why questions

1) Explain: ice floats on water.
- Because ice is less dense than liquid water.

2) Why does salt lower the freezing point of water?
- Dissolved ions get in the way of the crystal lattice forming.

3) Explain: a copper roof turns green.
- Copper reacts with air and water into a green carbonate layer.

4) Explain: stirring dissolves sugar faster.
"""


def test_each_number_pairs_with_the_bullet_under_it() -> None:
    cards, unanswered = cards_and_unanswered(CHEMISTRY)
    # Items the numbered rule reads already (it pairs some with the list under them) stay that rule's, and
    # still count in the run: every item is a card or reported.
    assert [(line, question, answer.removeprefix("- ")) for line, _, question, answer in cards] == [
        (5, "Explain: ice floats on water.", "Because ice is less dense than liquid water."),
        (8, "Why does salt lower the freezing point of water?", "Dissolved ions get in the way of the crystal lattice forming."),
        (11, "Explain: a copper roof turns green.", "Copper reacts with air and water into a green carbonate layer."),
    ]
    assert cards[0][1] == "bulleted-answer"
    assert unanswered == [(14, "Explain: stirring dissolves sugar faster.")]


def test_arabic_give_reasons_items() -> None:
    text = (
        "# مراجعة\n\n## علل\n\n"
        "1) علل: يطفو الجليد فوق سطح الماء.\n- لأن كثافة الجليد أقل من كثافة الماء.\n\n"
        "2) علل: يصدأ الحديد في الهواء الرطب.\n- لتفاعله مع الأكسجين والماء.\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [(line, question) for line, _, question, _ in cards] == [
        (5, "علل: يطفو الجليد فوق سطح الماء."),
        (8, "علل: يصدأ الحديد في الهواء الرطب."),
    ]
    assert cards[0][3] == "لأن كثافة الجليد أقل من كثافة الماء."
    assert not unanswered


def test_steps_of_a_procedure_are_no_questions() -> None:
    text = (
        "# Setup\n\n1) Install the package\n- run pip install foo\n\n"
        "2) Configure the server\n- edit config.toml\n\n3) Start it\n- run foo serve\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "bulleted-answer"]
    assert not unanswered


def test_numbers_out_of_sequence_break_the_run() -> None:
    text = (
        "# Quiz\n\n1) Why is the sky blue?\n- Rayleigh scattering.\n\n"
        "5) Why is the sea salty?\n- Rivers carry dissolved minerals into it.\n"
    )
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "bulleted-answer"]
