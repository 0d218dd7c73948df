"""The meeting-chat rule: a chat saved from a video meeting, pasted into notes; a member's question is the
front, the replies threaded under it the back."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GERMAN = """\
# Biologie — Vorlesung 5: Photosynthese

## Chat aus der Sitzung

00:01:05 Von Dr. Keller an Alle:
\tkönnt ihr mich alle hören?
00:01:20 Von Jana (Tutorin) an Alle:
\tAntwort auf "könnt ihr mich alle hören?"
\tja, laut und deutlich
00:12:40 Von Paul M an Alle:
\twas passiert in der Lichtreaktion?
00:13:30 Von Jana (Tutorin) an Alle:
\tAntwort auf "was passiert in der Lichtre..."
\tWasser wird gespalten, dabei entstehen ATP, NADPH und Sauerstoff
00:13:41 Von Paul M an Alle:
\tReagierte auf "Wasser wird gespalten..." mit 👍
00:20:02 Von Lea S an Alle:
\two findet der Calvin-Zyklus statt?
00:20:50 Von Ole (Tutor) an Alle:
\tAntwort auf "wo findet der Calvin-Zyklus..."
\tim Stroma der Chloroplasten
00:25:10 Von Lea S an Alle:
\twerden die Folien hochgeladen?
00:25:30 Von Ole (Tutor) an Alle:
\tAntwort auf "werden die Folien hochgeladen?"
\tja, heute Abend
00:31:00 Von Paul M an Alle:
\twarum ist Rubisco so langsam?
00:31:20 Von Dr. Keller an Alle:
\tgute Frage, das erkläre ich gleich mündlich
00:40:00 Von Dr. Keller an Alle:
\tNoch Fragen?
"""

SPANISH = """\
# Química — clase 3

```text
10:02:11 De Ana a Todos:
    ¿qué es un enlace covalente?
10:03:40 De Luis a Todos:
    Respondiendo a "¿qué es un enlace cov..."
    dos átomos que comparten un par de electrones
10:05:02 De Marta a Todos:
    ¿cuál es el número de Avogadro?
10:06:15 De Luis a Todos:
    Respondiendo a "¿cuál es el número de Avogadro?"
    6,022 × 10^23 partículas por mol
```
"""

NEAR_MISS = """\
# Diario de viaje

10:02 De Madrid a Lisboa: el tren tarda nueve horas.

## Chat de la reunión de equipo

09:00:10 De Ana a Todos:
	¿empezamos?
09:00:30 De Luis a Todos:
	Respondiendo a "¿empezamos?"
	sí, un momento que comparto pantalla y abro el documento del plan
"""


def test_threaded_replies_answer_the_question() -> None:
    cards, _ = cards_and_unanswered(GERMAN)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        (
            "meeting-chat",
            "was passiert in der Lichtreaktion?",
            "Wasser wird gespalten, dabei entstehen ATP, NADPH und Sauerstoff",
        ),
        ("meeting-chat", "wo findet der Calvin-Zyklus statt?", "im Stroma der Chloroplasten"),
    ]


def test_room_questions_and_bare_confirmations_are_no_cards() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    questions = [q for _, _, q, _ in cards] + [m for _, m in unanswered]
    assert "könnt ihr mich alle hören?" not in questions  # asks the room about nothing
    assert "werden die Folien hochgeladen?" not in questions  # `ja, heute Abend`: a confirmation
    assert "Noch Fragen?" not in questions  # the host, whose questions nobody answers, asks the room


def test_a_question_answered_out_loud_is_unanswered() -> None:
    _, unanswered = cards_and_unanswered(GERMAN)
    assert [m for _, m in unanswered] == ["warum ist Rubisco so langsam?"]


def test_a_chat_in_a_text_fence() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("meeting-chat", "¿qué es un enlace covalente?", "dos átomos que comparten un par de electrones"),
        ("meeting-chat", "¿cuál es el número de Avogadro?", "6,022 × 10^23 partículas por mol"),
    ]
    assert unanswered == []


def test_lines_that_only_look_like_headers_are_left_alone() -> None:
    cards, unanswered = cards_and_unanswered(NEAR_MISS)
    assert all(rule != "meeting-chat" for _, rule, _, _ in cards)  # one threaded answer is no chat to read
    assert unanswered == []
