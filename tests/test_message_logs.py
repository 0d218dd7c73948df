"""The message-log rule: a quiz run in an exported group chat; the quiz master's numbered questions are the
fronts, the guesses the master ticks the backs."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

SPANISH = """\
# Trivial del grupo — geografía

05/11/23, 19:00 - Marta: Empezamos en un minuto 🙂

05/11/23, 19:02 - Marta: P1. ¿Capital de Australia?

05/11/23, 19:03 - Jordi: Sídney

05/11/23, 19:03 - Pau: Canberra

05/11/23, 19:04 - Marta: ✅ Canberra, no Sídney.

05/11/23, 19:05 - Marta: P2. ¿Río más largo de Europa?

05/11/23, 19:05 - Jordi: <Media omitted>

05/11/23, 19:06 - Jordi: el Volga

05/11/23, 19:06 - Marta: ✅

05/11/23, 19:07 - Marta: P3. ¿Cuántos países atraviesa el Danubio?

05/11/23, 19:09 - Marta: ¿nadie? Mañana lo digo.

05/11/23, 19:10 - Marta: P4. ¿Desierto más grande de Asia?

05/11/23, 19:10 - Pau: el Gobi
05/11/23, 19:11 - Marta: ✔️ correcto
"""

GERMAN = """\
[12.03.24, 20:00:05] Lehrer Kim: 1) Wie heißt das Kraftwerk der Zelle?
[12.03.24, 20:00:40] Lea: Mitochondrium
[12.03.24, 20:01:02] Lehrer Kim: ☑️ Mitochondrium – dort entsteht ATP.
[12.03.24, 20:02:00] Lehrer Kim: 2) Wo findet die Fotosynthese statt?
[12.03.24, 20:02:30] Tom: im Zellkern
[12.03.24, 20:02:50] Lea: in den Chloroplasten
[12.03.24, 20:03:10] Lehrer Kim: ✅
"""


def test_the_ticked_guess_answers_each_numbered_question() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH)
    by_question = {q: (rule, a) for _, rule, q, a in cards}
    assert {rule for rule, _ in by_question.values()} == {"message-log"}
    assert by_question["¿Capital de Australia?"][1] == "Canberra, no Sídney."  # the tick repeats the guess
    assert by_question["¿Río más largo de Europa?"][1] == "el Volga"  # a media notice is no guess
    assert by_question["¿Desierto más grande de Asia?"][1] == "el Gobi"  # `correcto`: the tick in words
    assert [m for _, m in unanswered] == ["¿Cuántos países atraviesa el Danubio?"]


def test_bracketed_headers_and_messages_on_consecutive_lines() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Wie heißt das Kraftwerk der Zelle?", "Mitochondrium – dort entsteht ATP."),
        ("Wo findet die Fotosynthese statt?", "in den Chloroplasten"),  # the wrong guess is left out
    ]
    assert unanswered == []


def test_a_chat_without_a_quiz_master_is_left_alone() -> None:
    # Messages that ask, but nobody numbers questions nor ticks answers.
    text = """\
05/11/23, 19:00 - Ana: ¿Quién trae las bebidas?

05/11/23, 19:01 - Luis: Yo. ¿A qué hora quedamos?

05/11/23, 19:02 - Ana: 1. a las ocho

05/11/23, 19:03 - Luis: ✅
"""
    cards, unanswered = cards_and_unanswered(text)
    assert all(rule != "message-log" for _, rule, _, _ in cards)
    assert all("bebidas" not in m for _, m in unanswered)
