"""The inline-pair rule: `**P.** question **R.** answer` on one line (Spanish, Portuguese, Galician; `D.`/`R.`
Italian; `Q.`/`A.` English); the pair is required, so a stray bold letter is never a card."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

NOTES = """\
# Química — preguntas de repaso

## Enlaces

**P.** ¿Qué es un enlace iónico? **R.** La unión entre iones de carga opuesta por atracción electrostática.

**P.** Define electronegatividad. **R.** La tendencia de un átomo a atraer los electrones de un enlace.

**P.** ¿Qué es la hibridación sp3? **R.** ✗

**P.** ¿Por qué el agua es polar?

## Gases

**P2.** Enuncia la ley de Boyle. **R2.** A temperatura constante, presión y volumen son inversamente
proporcionales.

Nota: la ley de Charles entra en el examen de junio.
"""

ITALIAN = """\
## Storia

**D.** Quando cadde l'Impero romano d'Occidente? **R.** Nel 476.
**D.** Chi fu Odoacre? **R.** Il re che depose Romolo Augustolo.
"""

NO_PAIR = """\
# Diary

**P.** Picked up the parcel this morning.

**D.** Dinner with Ana, **R.** for short.
"""

ENGLISH = """\
# Physics

**Q.** What does a transformer change? **A.** The voltage of an alternating current.
"""


def test_inline_pairs_give_cards_and_report_the_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(NOTES)
    assert [(c[0], c[1], c[2]) for c in cards] == [
        (5, "inline-pair", "¿Qué es un enlace iónico?"),
        (7, "inline-pair", "Define electronegatividad."),
        (15, "inline-pair", "Enuncia la ley de Boyle."),
    ]
    assert cards[2][3] == "A temperatura constante, presión y volumen son inversamente\nproporcionales."
    assert [line for line, _ in unanswered] == [9, 11]


def test_inline_pairs_on_consecutive_lines_of_one_paragraph() -> None:
    cards, unanswered = cards_and_unanswered(ITALIAN)
    assert [(c[0], c[2], c[3]) for c in cards] == [
        (3, "Quando cadde l'Impero romano d'Occidente?", "Nel 476."),
        (4, "Chi fu Odoacre?", "Il re che depose Romolo Augustolo."),
    ]
    assert unanswered == []


def test_english_letters_give_a_card() -> None:
    # the bold-question rule, earlier in the chain, reads the English `**Q.**` pair first: the card is the same
    cards, _ = cards_and_unanswered(ENGLISH)
    assert [(c[0], c[2], c[3]) for c in cards] == [
        (3, "What does a transformer change?", "The voltage of an alternating current.")
    ]


def test_a_bold_letter_without_any_pair_is_no_card() -> None:
    cards, unanswered = cards_and_unanswered(NO_PAIR)
    assert [c for c in cards if c[1] == "inline-pair"] == []
    assert unanswered == []
