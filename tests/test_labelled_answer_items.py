"""Items whose answers stand behind an answer label on the line under them or in the paragraph after them:
the parts of a labelled question answered one by one (bold-question), the numbered items of a paper
answered behind its label whatever their wording (exam-part), and a blank left in place of the answer with a
note in brackets after it (the shared placeholder list)."""

from __future__ import annotations

from ankibuild.extract.answers import empty_reason
from tests.helpers import cards_and_unanswered

SOURCE_STUDY = """\
# Geschichte — Wiederholung

## Quellenarbeit

> Im Jahr 1848 versammelten sich Abgeordnete in der Paulskirche in Frankfurt.

**Frage 4.** (a) Wo tagte die Nationalversammlung?
**Antwort:** In der Frankfurter Paulskirche.

(b) Nenne ein Ziel der Abgeordneten.
**Antwort:** Eine Verfassung für einen deutschen Nationalstaat.

(c) Warum scheiterte die Versammlung?
**Antwort:** ______ (im Buch nachsehen — (a) oder (b)?)
"""


def test_each_part_answered_under_its_line_is_a_card_of_its_own() -> None:
    cards, unanswered = cards_and_unanswered(SOURCE_STUDY)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("bold-question", "Wo tagte die Nationalversammlung?", "In der Frankfurter Paulskirche."),
        ("bold-question", "Nenne ein Ziel der Abgeordneten.", "Eine Verfassung für einen deutschen Nationalstaat."),
    ]
    assert [m for _, m in unanswered] == ["Warum scheiterte die Versammlung? (placeholder)"]


def test_a_part_without_the_answer_label_under_it_stays_in_the_answer() -> None:
    text = """\
**Pregunta 2.** ¿Qué tipos de rocas existen?
**Respuesta:** Tres grandes grupos:

(a) ígneas, del magma enfriado;
(b) sedimentarias, de capas de sedimentos.

(c) metamórficas,
**Nota:** transformadas por la presión y el calor.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [(rule, q) for _, rule, q, _ in cards] == [("bold-question", "¿Qué tipos de rocas existen?")]
    assert "sedimentarias" in cards[0][3] and "metamórficas" in cards[0][3]
    assert unanswered == []


PAPER = """\
# Geografía — repaso

**01.** ¿Cuál es la capital de Perú?

**Respuesta** Lima

**02.** ¿Qué río atraviesa Bagdad?

**Respuesta** El Tigris

**03.** Escribe dos afluentes del Amazonas.

**Respuesta**

> preguntar al profe si el Marañón cuenta

**04.** Variante del ejercicio 2 con ríos de Bolivia

a) El Mamoré  b) El Beni  c) El Pilcomayo

**Respuesta** ❓ (revisar con el atlas)

**05.** Nombra el desierto más árido del mundo.

**Respuesta** Atacama
"""


def test_items_numbered_like_the_paper_are_read_behind_its_answer_label() -> None:
    cards, unanswered = cards_and_unanswered(PAPER)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("exam-part", "¿Cuál es la capital de Perú?"),
        ("exam-part", "¿Qué río atraviesa Bagdad?"),
        ("exam-part", "Nombra el desierto más árido del mundo."),
    ]
    assert unanswered == [
        (11, "Escribe dos afluentes del Amazonas."),
        (17, "Variante del ejercicio 2 con ríos de Bolivia (placeholder)"),
    ]


def test_a_label_alone_over_its_answer_is_answered_where_labels_stand_alone() -> None:
    text = """\
**1.** Quels sont les états de la matière ?

**Réponse**

- solide
- liquide

**2.** Qu'est-ce que la fusion ?

**Réponse**

Le passage de l'état solide à l'état liquide.

**3.** Donnez deux exemples de condensation.

**Réponse**

- la buée sur une vitre
- la rosée
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [q for _, _, q, _ in cards] == [
        "Quels sont les états de la matière ?",
        "Qu'est-ce que la fusion ?",
        "Donnez deux exemples de condensation.",
    ]
    assert unanswered == []


def test_numbered_steps_without_an_answer_label_stay_untouched() -> None:
    text = """\
# Aufbau eines Regals

**1.** Lege alle Bretter auf den Boden.

**2.** Schraube die Seitenwände an.

**3.** Stelle das Regal an die Wand.
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [c for c in cards if c[1] == "exam-part"] == []
    assert unanswered == []


def test_a_blank_with_a_bracketed_note_naming_options_is_a_placeholder() -> None:
    assert empty_reason("______ (mit dem Tutor klären — (a) oder (b)?)") == "placeholder"
    assert empty_reason("❓ (ver (c))") == "placeholder"
    assert empty_reason("______ ist (a), weil der Grund stimmt") is None
