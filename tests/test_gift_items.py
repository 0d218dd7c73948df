"""The gift-question rule: a Moodle GIFT quiz bank, one question a paragraph."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

BANK = """\
# Fragenpool Geographie

Import: Fragensammlung → Importieren → GIFT-Format.

::Hauptstadt::[markdown]Was ist die Hauptstadt von Peru? {=Lima ~Cusco ~Arequipa}

::Flüsse::[markdown]Welche Flüsse münden in die Nordsee? {
~%50%Elbe
~%50%Weser
~%-100%Donau
}

::Kontinente::Wie viele Kontinente gibt es? {#7}

::Äquator::Der Äquator teilt die Erde in Nord- und Südhalbkugel.{T}

::Alpen::Die Zugspitze liegt in der Schweiz.{F#Nein — sie liegt in Deutschland.}

::Zuordnung::Ordne jedem Land seine Hauptstadt zu. {
=Frankreich -> Paris
=Italien -> Rom
}

::Lücke::Der längste Fluss Europas ist die {=Wolga ~Donau}, nicht der Rhein.

::Aufsatz::Erkläre die Entstehung der Gezeiten. {}

::Entwurf::Welcher Ozean ist der größte? {
// TODO Antworten ergänzen
}
"""


def test_each_gift_question_gives_what_its_block_marks_right() -> None:
    cards, missing = cards_and_unanswered(BANK)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("gift-question", "Was ist die Hauptstadt von Peru?", "Lima"),
        ("gift-question", "Welche Flüsse münden in die Nordsee?", "- Elbe\n- Weser"),
        ("gift-question", "Wie viele Kontinente gibt es?", "7"),
        ("gift-question", "Der Äquator teilt die Erde in Nord- und Südhalbkugel.", "True"),
        ("gift-question", "Die Zugspitze liegt in der Schweiz.", "False\n\nNein — sie liegt in Deutschland."),
        ("gift-question", "Ordne jedem Land seine Hauptstadt zu.", "- Frankreich → Paris\n- Italien → Rom"),
        ("gift-question", "Der längste Fluss Europas ist die ___, nicht der Rhein.", "Wolga"),
    ]
    assert [message for _, message in missing] == [
        "Erkläre die Entstehung der Gezeiten.",
        "Welcher Ozean ist der größte?",
    ]


def test_untitled_questions_count_in_a_bank_of_titled_ones() -> None:
    text = """\
# Banco de preguntas

::P1::¿Cuál es el planeta más grande? {=Júpiter ~Saturno}

::P2::¿Cuántas lunas tiene Marte? {#2}

¿Es Plutón un planeta enano? {T}
"""
    cards, _ = cards_and_unanswered(text)
    assert [(q, a) for _, _, q, a in cards] == [
        ("¿Cuál es el planeta más grande?", "Júpiter"),
        ("¿Cuántas lunas tiene Marte?", "2"),
        ("¿Es Plutón un planeta enano?", "True"),
    ]


def test_braces_in_prose_and_a_single_titled_line_are_left_alone() -> None:
    text = """\
# Notas de Python

::nota:: Un diccionario se escribe {clave: valor}.

¿Qué devuelve `len({1, 2})`?

Devuelve 2.
"""
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "gift-question" for _, rule, _, _ in cards)
