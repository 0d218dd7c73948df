"""The chat-export rule: a conversation saved with a heading naming each turn's speaker; the opener's
asking turns are the fronts, the replies the backs."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

SPANISH = """\
# Repaso de química orgánica

## Usuario:
Hola, voy a preguntarte cosas de química para el examen. Respuestas cortas, por favor.

## Asistente:
¡Claro! Pregunta cuando quieras.

## Usuario:
¿Qué es un grupo funcional?

## Asistente:
Un átomo o grupo de átomos que da a la molécula sus reacciones características,
por ejemplo el **hidroxilo** (`-OH`) de los alcoholes.

## Usuario:
hazlo más corto

## Asistente:
Lo que decide cómo reacciona la molécula.

## Usuario:
¿Por qué el benceno no reacciona como un alqueno?

## Asistente:
Sus electrones π están deslocalizados en el anillo:

| | Benceno | Alqueno |
|---|---|---|
| Reacción típica | sustitución | adición |

## Usuario:
¿Qué es la quiralidad?

## Asistente:
_Se produjo un error en la red. Vuelve a intentarlo._

---

Notas propias: repasar nomenclatura IUPAC.
"""

GERMAN = """\
### Ich
Was misst der pH-Wert?

### Modell
Den negativen dekadischen Logarithmus der Oxoniumionen-Konzentration.

### Ich
Erkläre die Pufferwirkung.

### Modell
Eine schwache Säure und ihre konjugierte Base fangen zugesetzte Säure oder Base ab.

### Ich
Warum ist Wasser amphoter?

### Modell
Es kann Protonen abgeben und aufnehmen.

### Ich
Was ist die Henderson-Hasselbalch-Gleichung?
"""


def test_asking_turns_are_answered_by_the_replies_after_them() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH)
    by_question = {q: (rule, a) for _, rule, q, a in cards}
    assert {rule for rule, _ in by_question.values()} == {"chat-export"}
    assert set(by_question) == {"¿Qué es un grupo funcional?", "¿Por qué el benceno no reacciona como un alqueno?"}
    assert by_question["¿Qué es un grupo funcional?"][1].startswith("Un átomo o grupo de átomos")
    assert "| Reacción típica | sustitución | adición |" in by_question["¿Por qué el benceno no reacciona como un alqueno?"][1]
    assert "Notas propias" not in by_question["¿Por qué el benceno no reacciona como un alqueno?"][1]
    # the greeting and the request to shorten ask nothing; an error notice is no answer
    assert [m for _, m in unanswered] == ["¿Qué es la quiralidad? (only a notice)"]


def test_the_opener_asks_whatever_the_speakers_are_called() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(rule, q) for _, rule, q, _ in cards] == [
        ("chat-export", "Was misst der pH-Wert?"),
        ("chat-export", "Erkläre die Pufferwirkung."),
        ("chat-export", "Warum ist Wasser amphoter?"),
    ]
    assert [m for _, m in unanswered] == ["Was ist die Henderson-Hasselbalch-Gleichung? (no reply)"]


def test_headings_that_are_not_two_speakers_taking_turns_are_left_alone() -> None:
    # Short headings in a handbook: more than two names, never alternating; the heading rule reads them.
    text = """\
## Definition
Ein Puffer hält den pH-Wert stabil.

## Beispiel
Essigsäure und Acetat.

## Definition
Die Säurekonstante misst die Stärke einer Säure.

## Anwendung
Blut wird durch Hydrogencarbonat gepuffert.

## Beispiel
Phosphatpuffer in Zellen.

## Merksatz
Puffer puffern.
"""
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "chat-export" for _, rule, _, _ in cards)
