"""The spoiler-post rule: chat posts whose answer hides in a `||…||` spoiler."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, drafted_cards

BOT_POSTS = """\
# Frage des Tages — Chemie

Aus dem Kanal kopiert; die Antworten stehen im Spoiler.

**FdT #7** · Mo 3. Feb · ⚗️
Warum ist Wasser ein Dipol?
||Sauerstoff ist elektronegativer als Wasserstoff, und das Molekül ist gewinkelt.||

> **mia:** wann ist die Klausur?

**FdT #8** · Di 4. Feb · ⚗️
Welches Gas entsteht bei Zink in Salzsäure? ||Wasserstoff||

**FdT #9** · Mi 5. Feb · ⚗️
Was ist ein Katalysator? (bitte mit Beispiel!!)
🔒 *Antwort kommt Montag*

**FdT #10** · Do 6. Feb · ⚗️
Wie viele Valenzelektronen hat Kohlenstoff?
|| ||

## Nächste Woche

- #11 — Was ist eine Säure nach Brønsted?
- #12 — Thema: Redoxreaktionen (noch ohne Frage)
"""

LABELLED = """\
# Historia — canal de preguntas

**📅 03.03.2025** · #historia

❓ **Pregunta 1**
¿En qué año cayó Constantinopla?

A) 1204  B) 1453  C) 1492

✅ Respuesta correcta: ||B) 1453||

---

❓ **Pregunta 2**
Nombra al primer emperador romano.

✅ Respuesta correcta: ||Augusto||

---

❓ **Pregunta 3**
¿Quién escribió «El Príncipe»?

✅ Respuesta correcta: mañana lo publicamos 🤔
"""

CHAT = """\
# Révisions de physique

**QuizBot** — 12/05/2024 18:00
📌 **Question du jour #3**
Quelle est l'unité de la force ?
||Le newton (N).||

**lea.b** — 12/05/2024 18:05
pourquoi le ciel est-il bleu ?

**prof.k** — 12/05/2024 18:09
@lea.b la diffusion de Rayleigh : le bleu est plus diffusé que le rouge.

**QuizBot** — 13/05/2024 18:00
📌 **Question du jour #4**
Que vaut g à la surface de la Terre ?
||Environ 9,81 m/s².||
"""


def test_a_line_ending_in_a_spoiler_answers_the_lines_of_its_post_above_it() -> None:
    cards, missing = cards_and_unanswered(BOT_POSTS)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        (
            "spoiler-post",
            "Warum ist Wasser ein Dipol?",
            "Sauerstoff ist elektronegativer als Wasserstoff, und das Molekül ist gewinkelt.",
        ),
        ("spoiler-post", "Welches Gas entsteht bei Zink in Salzsäure?", "Wasserstoff"),
    ]
    assert [message for _, message in missing] == [
        "Was ist ein Katalysator? (bitte mit Beispiel!!)",
        "Wie viele Valenzelektronen hat Kohlenstoff?",
        "Was ist eine Säure nach Brønsted?",
    ]


def test_an_answer_label_with_a_spoiler_answers_the_post_above_past_its_options() -> None:
    cards, missing = cards_and_unanswered(LABELLED)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("spoiler-post", "¿En qué año cayó Constantinopla?", "A) 1204  B) 1453  C) 1492\n\nB) 1453"),
        ("spoiler-post", "Nombra al primer emperador romano.", "Augusto"),
    ]
    assert [message for _, message in missing] == ["¿Quién escribió «El Príncipe»?"]


def test_a_reply_naming_the_asker_answers_a_chat_question() -> None:
    cards, _ = cards_and_unanswered(CHAT)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Quelle est l'unité de la force ?", "Le newton (N)."),
        ("pourquoi le ciel est-il bleu ?", "la diffusion de Rayleigh : le bleu est plus diffusé que le rouge."),
        ("Que vaut g à la surface de la Terre ?", "Environ 9,81 m/s²."),
    ]


def test_a_single_spoiler_or_code_with_pipes_is_left_alone() -> None:
    text = """\
# Notas

La respuesta va oculta así: `a || b`, y en Discord con ||esto||.

¿Qué es un operador lógico?
Un símbolo que combina condiciones: `x || y`.
"""
    assert not [c for c in drafted_cards(text) if c[0] == "spoiler-post"]
