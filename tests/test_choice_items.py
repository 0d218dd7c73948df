"""The choice-item rule: a numbered bold stem with option lines `A.` … under it and a key paragraph
(`Svar: **B**`, `Răspuns: **A, C**`) is a card; a key that names no option is a placeholder."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

_QUIZ = (
    "# Geography quiz\n\n## Single answer\n\n"
    "**1.** The longest river of Africa is:\n"
    "A. the Congo\nB. the Nile\nC. the Niger\nD. the Zambezi\n\n"
    "Svar: **B**\n\n"
    "**2.** Which of these is a landlocked country?\n"
    "A) Chile\nB) Bolivia\nC) Peru\n\n"
    "Răspuns: B — it lost its coast in 1884.\n\n"
    "**3.** The capital of Australia is:\n"
    "A. Sydney\nB. Melbourne\nC. Canberra\n\n"
    "Răspuns: *(not sure — check the atlas)*\n\n"
    "**4.** Dintre următoarele, sunt capitale europene:\n"
    "A. Viena\nB. Lima\nC. Praga\nD. Oslo\n\n"
    "Răspuns: **A, C, D**\n"
)


def test_stems_with_option_lines_and_a_key() -> None:
    cards, unanswered = cards_and_unanswered(_QUIZ)
    assert [(c[0], c[1], c[2]) for c in cards] == [
        (5, "choice-item", "The longest river of Africa is:"),
        (13, "choice-item", "Which of these is a landlocked country?"),
        (27, "choice-item", "Dintre următoarele, sunt capitale europene:"),
    ]
    assert cards[0][3].startswith("A. the Congo") and cards[0][3].endswith("Svar: **B**")
    assert cards[2][3].endswith("Răspuns: **A, C, D**")
    assert [line for line, _ in unanswered] == [20]
    assert "The capital of Australia is:" in unanswered[0][1]


def test_option_lines_without_a_key_or_a_stem_label_are_no_item() -> None:
    for text in (
        "# Notes\n\n**1.** Pick one of:\nA. red\nB. blue\n\nThen carry on with the lab.\n",
        "# Notes\n\nThe plan has three parts:\nA. setup\nB. run\nC. report\n\nAnswer: **B**\n",
    ):
        cards, _ = cards_and_unanswered(text)
        assert not [c for c in cards if c[1] == "choice-item"], text
