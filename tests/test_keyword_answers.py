"""Keyword answers (`keyword-answer`): `**Question 2 (part B):** …` answered by the list under a keyword label
(`Key points:`, `Stichworte:`, `Punti chiave:` …); the section headings over them are no cards."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

_ORAL = (
    "# Oral exam — economic history\n\nEach topic has a lead question and my key points below.\n\n"
    "## Topic 1: The interwar economy\n\n"
    "**Question 1 (part A):** When did the New York stock market crash?\n\n"
    "Key points:\n- October 1929, Black Thursday and Black Tuesday\n- Dow lost about a quarter in two days\n\n"
    "**Question 2 (part B):** Explain the causes of the 1929 crash.\n\n"
    "Key points:\n- margin buying and an overvalued market\n- bank failures, no deposit insurance\n\n"
    "**Question 3 (part C):** Assess the Smoot-Hawley tariff.\n\nKey points: _TODO_\n\n"
    "## Topic 2: Bretton Woods\n\n"
    "**Question 1:** What did the 1944 conference set up?\n\n"
    "*Key points:* the IMF and the World Bank, dollar pegged to gold at $35.\n\n"
    "**Question 2:** Why did the system end in 1971?\n\n---\n"
)


def test_questions_answered_by_their_key_points() -> None:
    cards, unanswered = cards_and_unanswered(_ORAL)
    assert [(c[1], c[2]) for c in cards] == [
        ("keyword-answer", "When did the New York stock market crash?"),
        ("keyword-answer", "Explain the causes of the 1929 crash."),
        ("keyword-answer", "What did the 1944 conference set up?"),
    ]
    assert cards[0][3] == "- October 1929, Black Thursday and Black Tuesday\n- Dow lost about a quarter in two days"
    assert cards[2][3] == "the IMF and the World Bank, dollar pegged to gold at $35."
    assert [text for _, text in unanswered] == [
        "Assess the Smoot-Hawley tariff. (placeholder)",
        "Why did the system end in 1971?",
    ]


def test_an_italian_pair_with_punti_chiave() -> None:
    cards, _ = cards_and_unanswered(
        "# Orale di storia\n\n**Domanda 1:** Quando cadde l'Impero romano d'Occidente?\n\n"
        "Punti chiave:\n- 476 d.C.\n- deposizione di Romolo Augustolo\n\n"
        "**Domanda 2:** Chi era Odoacre?\n\nPunti chiave:\n- re degli Eruli\n"
    )
    assert [(c[1], c[2], c[3]) for c in cards] == [
        ("keyword-answer", "Quando cadde l'Impero romano d'Occidente?", "- 476 d.C.\n- deposizione di Romolo Augustolo"),
        ("keyword-answer", "Chi era Odoacre?", "- re degli Eruli"),
    ]


def test_a_list_under_another_label_is_not_an_answer() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Plan\n\n**Question 1:** Which sources should I read?\n\nExamples:\n- Hobsbawm\n- Judt\n\n"
        "**Question 2:** What is the thesis?\n\nTo be decided.\n"
    )
    assert all(c[1] != "keyword-answer" for c in cards)
