"""The dash-dialogue rule: oral-exam drills written as dialogue lines opening with a dash; a line that asks is
the front, the dash line under it the back."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

SPANISH = """\
# Microeconomía — repaso oral

## Mercados

— ¿Qué es un oligopolio?
— Un mercado con pocos oferentes, cada uno atento a lo que hacen los demás.

— ¿Qué mide la elasticidad precio de la demanda?
— Cuánto cambia la cantidad demandada, en porcentaje, cuando el precio cambia un uno por ciento.
  Mayor que uno: demanda elástica.

— ¿Por qué la curva de oferta tiene pendiente positiva?
— ???

— Explica el excedente del consumidor.
—
"""

RUSSIAN = """\
## Термодинамика

— Что утверждает первое начало термодинамики?
— Теплота, переданная системе, идёт на изменение внутренней энергии и на работу.
— Что такое энтропия?
— Мера необратимости процесса; в изолированной системе она не убывает.
— Чему равен КПД цикла Карно?
— ;;; (спросить на консультации)
"""


def test_each_asking_line_is_answered_by_the_dash_line_under_it() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("dash-dialogue", "¿Qué es un oligopolio?"),
        ("dash-dialogue", "¿Qué mide la elasticidad precio de la demanda?"),
    ]
    assert cards[0][3] == "Un mercado con pocos oferentes, cada uno atento a lo que hacen los demás."
    assert "Mayor que uno: demanda elástica." in cards[1][3]  # a line without a dash continues the reply
    assert [m.split(" (")[0] for _, m in unanswered] == [
        "¿Por qué la curva de oferta tiene pendiente positiva?",
        "Explica el excedente del consumidor.",
    ]


def test_one_paragraph_may_hold_several_pairs_and_a_placeholder_reply_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(RUSSIAN)
    assert [q for _, _, q, _ in cards] == ["Что утверждает первое начало термодинамики?", "Что такое энтропия?"]
    assert [m for _, m in unanswered] == ["Чему равен КПД цикла Карно? (placeholder)"]


def test_a_conversation_whose_speakers_ask_each_other_is_left_alone() -> None:
    # Dialogue in a story: replies that ask back, lines that do not ask; no drill.
    text = """\
# Kapitola 3

— Kam jdeš?
— A proč to chceš vědět?

— Jen tak.
— Tak to jdu domů.

— Přijdeš zítra?
— Kdo ví? Možná.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert all(rule != "dash-dialogue" for _, rule, _, _ in cards)
    assert unanswered == [] or all("Kam jdeš" not in m for _, m in unanswered)


def test_riddles_told_in_a_formula_exchange() -> None:
    cards, unanswered = cards_and_unanswered(
        "# Загадки\n\n"
        "– Загадка!  \n– Давай!  \n– Зимой и летом одним цветом.  \n– Ёлка. 🌲\n\n"
        "– Загадка!  \n– Давай!  \n– Сидит дед, во сто шуб одет.  \n– Лук.\n\n"
        "– Загадка!  \n– Давай!  \n– Без окон, без дверей, полна горница людей.  \n– … _(забыл ответ — спрошу у бабушки)_\n"
    )
    assert [(c[1], c[2], c[3]) for c in cards] == [
        ("dash-dialogue", "Зимой и летом одним цветом.", "Ёлка. 🌲"),
        ("dash-dialogue", "Сидит дед, во сто шуб одет.", "Лук."),
    ]
    assert [u[1].split(" (")[0] for u in unanswered] == ["Без окон, без дверей, полна горница людей."]


def test_one_exchange_or_openings_that_differ_are_no_formula() -> None:
    for text in (
        "# Cuento\n\n– ¡Hola!  \n– ¡Buenas!  \n– Hace frío hoy.  \n– Sí, mucho.\n",
        "# Cuento\n\n– ¡Hola!  \n– ¡Buenas!  \n– Hace frío hoy.  \n– Sí, mucho.\n\n"
        "– ¡Adiós!  \n– ¡Hasta luego!  \n– Nos vemos el lunes.  \n– Vale.\n",
    ):
        cards, unanswered = cards_and_unanswered(text)
        assert not [c for c in cards if c[1] == "dash-dialogue"] and not unanswered, text
