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


# A Portuguese physics sheet: the number inside the bold stem, options on one line, then written tasks.
_WHOLE_BOLD = """\
# Física — exercícios do livro

## I. Escolha a resposta certa

**1. Qual é a unidade de força no SI?**

A) joule  B) newton  C) watt  D) pascal

**Resposta:** B) newton

**2. A velocidade da luz no vácuo é cerca de**

A) 3 × 10⁵ m/s  B) 3 × 10⁸ m/s  C) 340 m/s

**Resposta:**

## II. Responda

**3. Enuncie a primeira lei de Newton.**

**Resposta:** Um corpo mantém o seu estado de repouso ou de movimento uniforme se a resultante das forças for nula.

**4. Compare massa e peso.** (5 pontos)

**Resposta:**

| Massa | Peso |
|---|---|
| escalar | vetor |

**5. Descreva a experiência de Galileu.**

**Resposta:** _(escrever depois da aula)_
"""


def test_bold_stems_holding_their_number_with_written_tasks() -> None:
    cards, unanswered = cards_and_unanswered(_WHOLE_BOLD)
    assert [(c[0], c[1], c[2]) for c in cards] == [
        (5, "choice-item", "Qual é a unidade de força no SI?"),
        (19, "choice-item", "Enuncie a primeira lei de Newton."),
        (23, "choice-item", "Compare massa e peso."),
    ]
    assert cards[0][3].endswith("**Resposta:** B) newton")
    assert "| escalar | vetor |" in cards[2][3]
    assert [line for line, _ in unanswered] == [11, 31]


def test_tamil_option_letters() -> None:
    text = (
        "# வரலாறு\n\n**1. தாஜ்மஹாலைக் கட்டியவர் யார்?**\n\n"
        "அ) அக்பர்  ஆ) ஷாஜகான்  இ) பாபர்\n\n**விடை:** ஆ) ஷாஜகான்\n\n"
        "**2. முதல் பானிபட் போர் நடந்த ஆண்டு**\n\nஅ) 1526  ஆ) 1556  இ) 1761\n\n**விடை:** அ) 1526\n"
    )
    cards, unanswered = cards_and_unanswered(text)
    assert [(c[1], c[2]) for c in cards] == [
        ("choice-item", "தாஜ்மஹாலைக் கட்டியவர் யார்?"),
        ("choice-item", "முதல் பானிபட் போர் நடந்த ஆண்டு"),
    ]
    assert not unanswered


def test_one_bold_task_over_an_answer_label_is_no_paper() -> None:
    text = "# Notes\n\n**1. Lies das Kapitel.**\n\n**Antwort:** erledigt\n\nMehr Text.\n"
    cards, _ = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "choice-item"]
