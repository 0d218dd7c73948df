"""The journal-entry rule: a diary export whose entries open with indented metadata fields; questions listed in
one entry are answered in a later one under a title repeating their key words, or by an arrow line."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

SPANISH = """\
\tFecha:\t2 de abril de 2024, 18:10
\tLugar:\tValencia, España
\tEtiquetas:\tquímica, laboratorio

# Práctica de valoraciones

Hoy tocó valoración ácido\\-base\\. El viraje de la fenolftaleína salió bien\\.

Preguntas pendientes:
\\- ¿Por qué el hielo flota sobre el agua líquida?
\\- ¿Qué indicador conviene para una base débil?

¿Por qué siempre me olvido la bata? 🙃

\tFecha:\t4 de abril de 2024, 09:30
\tLugar:\tValencia, España
\tEtiquetas:\tquímica

Respuestas de lo del martes:

**Hielo que flota** — los puentes de hidrógeno fijan una red abierta, menos densa que el agua líquida\\.

Aún me falta mirar lo de los indicadores\\.
"""

GERMAN = """\
\tDatum:\t7. Mai 2024 um 21:00
\tOrt:\tGraz, Österreich

Gartenbuch, erster Eintrag\\.

Frage: warum rollen sich Tomatenblätter bei Hitze ein?

Auch: wie tief muss man Knoblauch setzen?
→ etwa 5 cm, Spitze nach oben\\.

\tDatum:\t12. Mai 2024 um 08:15
\tOrt:\tGraz, Österreich

Tomatenblätter: die Pflanze verkleinert so ihre Oberfläche und verdunstet weniger Wasser\\.
"""

NEAR_MISS = """\
\tDate:\t1 June 2024
\tMood:\tcalm

Things to check:
\\- Why is the sky blue?

\tDate:\t2 June 2024
\tMood:\ttired

Why did I stay up so late again?
"""


def test_a_titled_paragraph_of_a_later_entry_answers_a_listed_question() -> None:
    cards, _ = cards_and_unanswered(SPANISH + "\n" + GERMAN)
    journal = {q: a for _, rule, q, a in cards if rule == "journal-entry"}
    assert journal["¿Por qué el hielo flota sobre el agua líquida?"] == (
        "los puentes de hidrógeno fijan una red abierta, menos densa que el agua líquida\\."
    )
    assert "¿Qué indicador conviene para una base débil?" not in journal  # a note that it is still open


def test_labelled_questions_answered_by_an_arrow_or_a_plain_title() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        (
            "journal-entry",
            "Warum rollen sich Tomatenblätter bei Hitze ein?",
            "die Pflanze verkleinert so ihre Oberfläche und verdunstet weniger Wasser\\.",
        ),
        ("journal-entry", "Wie tief muss man Knoblauch setzen?", "etwa 5 cm, Spitze nach oben\\."),
    ]
    assert unanswered == []


def test_a_question_no_later_entry_answers_is_unanswered_and_prose_questions_are_no_cards() -> None:
    text = SPANISH + "\n" + GERMAN
    cards, unanswered = cards_and_unanswered(text)
    messages = [m for _, m in unanswered]
    assert "¿Qué indicador conviene para una base débil?" in messages
    questions = [q for _, _, q, _ in cards] + messages
    assert not any("bata" in q for q in questions)


def test_a_diary_with_no_answered_question_is_left_alone() -> None:
    cards, _ = cards_and_unanswered(NEAR_MISS)
    assert not any(rule == "journal-entry" for _, rule, _, _ in cards)
