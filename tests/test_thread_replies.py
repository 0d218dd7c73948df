"""The thread-reply rule: a team chat's channel pasted into a page, where one poster asks and a ticked reply in
each thread decides the answer."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

SPANISH = """\
# #quimica-2b — exportación de Slack

### Lunes 4 de marzo

**Preguntón** `BOT` 8:00 AM
> ⚗️ **Pregunta del día #7:** ¿Qué número atómico tiene el carbono?

↳ **Lucía Pérez** 8:20 AM
El 6.

↳ **Prof. Ramos** 8:45 AM
✅ Bien. Por eso tiene seis protones.

**Diego Ruiz** 9:10 AM
¿alguien tiene los apuntes del martes?

↳ **Lucía Pérez** 9:12 AM
te los paso por DM

### Martes 5 de marzo

**Preguntón** `BOT` 8:00 AM
> ⚗️ **Pregunta del día #8:** Nombra un gas noble.

↳ **Diego Ruiz** 8:05 AM
¿el oxígeno?

↳ **Prof. Ramos** 8:30 AM
No: el oxígeno reacciona con casi todo. Un gas noble es el **neón** (o helio, argón …). ✅

**Preguntón** `BOT` 2:00 PM
> 🧪 **Pregunta extra:** ¿Qué mide el pH?

↳ **Lucía Pérez** 2:10 PM
La concentración de iones hidrógeno (escala logarítmica).

↳ **Prof. Ramos** 2:40 PM
✅

### Miércoles 6 de marzo

**Preguntón** `BOT` 8:00 AM
> ⚗️ **Pregunta del día #9:** Explica qué es un isótopo.

_(0 respuestas)_

**Preguntón** `BOT` 2:00 PM
> 🧪 **Pregunta extra:** ¿Por qué flota el hielo?

↳ **Diego Ruiz** 2:30 PM
lo miro esta noche y contesto 🙏
"""


def test_the_ticked_reply_of_each_thread_answers_the_post() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("thread-reply", "¿Qué número atómico tiene el carbono?", "El 6.\n\nPor eso tiene seis protones."),
        (
            "thread-reply",
            "Nombra un gas noble.",
            "No: el oxígeno reacciona con casi todo. Un gas noble es el **neón** (o helio, argón …).",
        ),
        ("thread-reply", "¿Qué mide el pH?", "La concentración de iones hidrógeno (escala logarítmica)."),
    ]
    # no replies, or only a promise: unanswered; the members' chat is no question
    assert [m for _, m in unanswered] == ["Explica qué es un isótopo.", "¿Por qué flota el hielo?"]


GERMAN = """\
**Quizbot** 9:00 AM
Welcher Planet ist der größte?

↳ **Jonas** 9:04 AM
Jupiter

↳ **Frau Keller** 9:10 AM
✔️

**Quizbot** 9:00 AM
Wie viele Monde hat der Mars?

↳ **Mia** 9:20 AM
Zwei: Phobos und Deimos.

↳ **Frau Keller** 9:31 AM
☑️ Richtig.
"""


def test_a_plain_post_asks_and_a_bare_tick_confirms_the_reply_above() -> None:
    cards, _ = cards_and_unanswered(GERMAN)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("thread-reply", "Welcher Planet ist der größte?", "Jupiter"),
        ("thread-reply", "Wie viele Monde hat der Mars?", "Zwei: Phobos und Deimos."),
    ]


def test_a_chat_without_two_ticked_threads_is_left_to_other_rules() -> None:
    text = """\
**Ana** 10:00 AM
¿Quién trae el proyector mañana?

↳ **Luis** 10:05 AM
Yo lo traigo ✅

**Ana** 11:00 AM
¿A qué hora quedamos?

↳ **Luis** 11:02 AM
A las nueve.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert all(rule != "thread-reply" for _, rule, _, _ in cards)
    assert not any("proyector" in m for _, m in unanswered)
