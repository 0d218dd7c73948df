"""Quoted letter pairs (`quoted-letter-pair`): `> **D:** question` over `> **R:** answer` in one blockquote, the
one-letter label pairs of other languages alike; lecture prose around them stays out."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

_LECTURE = (
    "# Bioquímica — aula 7\n\n## 1. Glicólise\n\n"
    "A professora começou pela glicólise, que ocorre no citosol e rende 2 ATP líquidos por glicose.\n\n"
    "> **P:** Qual enzima catalisa o passo limitante da glicólise?\n> **R:** A fosfofrutocinase-1 (PFK-1).\n\n"
    "> **P:** Onde ocorre a glicólise?\n>\n> **R:** No citosol.\n\n"
    "## 2. Ciclo de Krebs\n\n"
    "O ciclo ocorre na matriz mitocondrial; a aula foi curta.\n\n"
    "> **P:** Quantos NADH rende uma volta do ciclo?\n> **R:** \n\n"
    "> **P:** Qual é o destino do acetil-CoA em jejum prolongado?\n\n"
    "> **Nota:** rever o capítulo 16.\n"
)


def test_quoted_letter_pairs_are_cards_and_the_rest_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(_LECTURE)
    assert [(c[0], c[1], c[2], c[3]) for c in cards] == [
        (7, "quoted-letter-pair", "Qual enzima catalisa o passo limitante da glicólise?", "A fosfofrutocinase-1 (PFK-1)."),
        (10, "quoted-letter-pair", "Onde ocorre a glicólise?", "No citosol."),
    ]
    assert [text for _, text in unanswered] == [
        "Quantos NADH rende uma volta do ciclo?",
        "Qual é o destino do acetil-CoA em jejum prolongado?",
    ]


def test_german_and_russian_pairs_plain_or_bold() -> None:
    cards, _ = cards_and_unanswered(
        "# Notizen\n\n> F: Was ist ein Enzym?\n> A: Ein Biokatalysator.\n\n"
        "# Заметки\n\n> **В**: Что такое фермент?\n> **О**: Биологический катализатор.\n"
    )
    assert [(c[1], c[2], c[3]) for c in cards] == [
        ("quoted-letter-pair", "Was ist ein Enzym?", "Ein Biokatalysator."),
        ("quoted-letter-pair", "Что такое фермент?", "Биологический катализатор."),
    ]


def test_a_lone_letter_label_without_any_answered_pair_is_left_alone() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Chemistry\n\n> **D:** Why is water polar?\n\nBecause of its bent shape.\n\n> **R:** see above\n"
    )
    assert all(c[1] != "quoted-letter-pair" for c in cards)
    assert "Why is water polar?" not in [text for _, text in unanswered]
