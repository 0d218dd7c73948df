"""Vocabulary tables whose header names a less common language (`| Kiswahili | English |`), and `word =
meaning` lists with a word still to translate (`- **la ventana** =`)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered


def test_a_table_headed_by_two_languages_is_vocabulary() -> None:
    text = "# Somo la tatu\n\n| Kiswahili | English |\n|---|---|\n| nyumba | house |\n| maji | water |\n| kula |  |\n"
    cards, unanswered = cards_and_unanswered(text)
    assert [(line, rule, question, answer) for line, rule, question, answer in cards] == [
        (5, "vocabulary", "nyumba", "house"),
        (6, "vocabulary", "maji", "water"),
    ]
    assert [line for line, _ in unanswered] == [7]


def test_a_word_with_nothing_after_its_equals_sign_is_unanswered() -> None:
    text = "# Lección 4\n\n- **la mesa** = table\n- **la silla** = chair\n- **la ventana** =\n"
    cards, unanswered = cards_and_unanswered(text)
    assert [(line, answer) for line, _, _, answer in cards] == [(3, "table"), (4, "chair")]
    assert [line for line, _ in unanswered] == [5]


def test_equations_are_no_vocabulary() -> None:
    text = "# Algebra\n\n- x + 2 = 5\n- y =\n"
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "vocabulary"]
    assert not unanswered
