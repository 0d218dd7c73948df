"""The thread-post rule: a saved social-media thread, one numbered post between rules, each asking and answering."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

THREAD = """\
# 🧵 Preguntas de química que me hicieron en el examen oral

---

**1/**
Hice cuatro exámenes orales este semestre. Estas son las preguntas que más se repitieron 👇

---

**2/**
¿Qué es un catalizador?

Una sustancia que acelera una reacción sin consumirse en ella.

---

**3/**
Explica el principio de Le Chatelier.

Un sistema en equilibrio se desplaza para contrarrestar el cambio que se le impone.

---

**4/**
¿Por qué el hielo flota?

(me quedé en blanco — lo escribo en otro hilo 😅)

---

**5/**
¿Qué es la entalpía?

Todavía busco una respuesta corta — dejad la vuestra en las respuestas 👇

---

**6/**
¡Eso es todo! ¿Me dejé alguna? 🤔

Si te sirvió, compártelo ♻️
"""

MARKED = """\
# Thread: Fragen aus dem Physik-Kolloquium

---

**1/** Ich sammle hier die Fragen aus meinem Kolloquium. Los geht's 👇

---

**2/** ❓ Frage 1: Was ist der Unterschied zwischen Masse und Gewicht?

💡 Masse ist eine Eigenschaft des Körpers, Gewicht die Kraft, mit der die Erde ihn anzieht.

---

**3/** ❓ Frage 2: Warum ist der Himmel blau?

💡 Rayleigh-Streuung: kurzwelliges Licht wird stärker gestreut.

---

**4/** ❓ Frage 3: Was besagt der zweite Hauptsatz?

🤔 Da war ich mir unsicher, wer weiß es?

---

**5/** Das war's! Teilt den Thread ❤️
"""

NUMBERED_NOTES = """\
# Lecture notes

---

**1/** The first part of the course covers mechanics.

---

**2/** What is a force? We start with Newton's laws.

---

**3/** Energy and work come next, then momentum.
"""


def test_each_post_that_asks_is_a_card_answered_by_the_rest_of_the_post() -> None:
    cards, unanswered = cards_and_unanswered(THREAD)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("thread-post", "¿Qué es un catalizador?", "Una sustancia que acelera una reacción sin consumirse en ella."),
        (
            "thread-post",
            "Explica el principio de Le Chatelier.",
            "Un sistema en equilibrio se desplaza para contrarrestar el cambio que se le impone.",
        ),
    ]
    assert [message for _, message in unanswered] == ["¿Por qué el hielo flota?", "¿Qué es la entalpía?"]


def test_answer_emoji_and_question_label_leave_the_card_and_another_emoji_answers_nothing() -> None:
    cards, unanswered = cards_and_unanswered(MARKED)
    assert [(q, a) for _, _, q, a in cards] == [
        (
            "Was ist der Unterschied zwischen Masse und Gewicht?",
            "Masse ist eine Eigenschaft des Körpers, Gewicht die Kraft, mit der die Erde ihn anzieht.",
        ),
        ("Warum ist der Himmel blau?", "Rayleigh-Streuung: kurzwelliges Licht wird stärker gestreut."),
    ]
    assert [message for _, message in unanswered] == ["Was besagt der zweite Hauptsatz?"]


def test_numbered_posts_that_do_not_ask_on_their_own_line_are_left_alone() -> None:
    cards, unanswered = cards_and_unanswered(NUMBERED_NOTES)
    assert not any(rule == "thread-post" for _, rule, _, _ in cards)
    assert unanswered == []
