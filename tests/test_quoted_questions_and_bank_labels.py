"""Three small shapes: a nested answer that only quotes a question as its example (`…: "¿Vienes?"`) answers the
question item above it (`numbered`); a question bank's section-and-item label (`**Q 4.12**`, `**Frage
2.3**`) opens a labelled question as `**Q3**` does (`bold-question`); a table of dated study sessions is
the writer's log, not a topic (`topic`)."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

QUOTED = """\
# Grammatik-Fragen

- Wann benutzt man im Spanischen das Präsens für die Zukunft?
  - Bei festen Plänen: Mañana voy al cine = "Gehst du morgen ins Kino?"
- Was bedeutet »quedar«?
  - Sich verabreden; auch »übrig bleiben«.
- Wie sagt man »Wie spät ist es?« auf Spanisch?
  - Wörtlich: ¿Qué hora es? = "Wie spät ist es?"
"""

BANK = """\
# Banco de preguntas

**Pregunta 4.12** ¿Qué es la presión atmosférica?
La fuerza que ejerce el aire por unidad de superficie.

**Pregunta 4.13** ¿En qué unidad se mide la presión en meteorología?
En hectopascales (hPa).

**Pregunta 4.20** ¿Por qué baja la presión con la altura?
"""


def test_an_answer_quoting_a_question_is_no_sub_question() -> None:
    cards, unanswered = cards_and_unanswered(QUOTED)
    assert [q for _, _, q, _ in cards] == [
        "Wann benutzt man im Spanischen das Präsens für die Zukunft?",
        "Was bedeutet »quedar«?",
        "Wie sagt man »Wie spät ist es?« auf Spanisch?",
    ]
    assert "Mañana voy al cine" in cards[0][3]
    assert unanswered == []


def test_a_dotted_question_bank_number_is_a_question_label() -> None:
    cards, unanswered = cards_and_unanswered(BANK)
    assert [(q, a) for _, _, q, a in cards] == [
        ("¿Qué es la presión atmosférica?", "La fuerza que ejerce el aire por unidad de superficie."),
        ("¿En qué unidad se mide la presión en meteorología?", "En hectopascales (hPa)."),
    ]
    assert [m for _, m in unanswered] == ["¿Por qué baja la presión con la altura?"]


HANDBOOK_WITH_LOG = """\
# Química orgánica

## Alcanos

| Nombre | Fórmula |
|---|---|
| metano | CH4 |
| etano | C2H6 |

## Alquenos

```
eteno: CH2=CH2
propeno: CH2=CH-CH3
```

## Alquinos

| Nombre | Fórmula |
|---|---|
| etino | C2H2 |
| propino | C3H4 |

## Registro de estudio

| Fecha | Tarjetas | Repasos |
|---|---|---|
| 03/11 | 20 | 45 |
| 04/11 | 12 | 60 |
"""


def test_a_table_of_dated_sessions_is_the_writers_log_not_a_topic() -> None:
    cards, _ = cards_and_unanswered(HANDBOOK_WITH_LOG)
    fronts = [q for _, c, q, _ in cards if c == "topic"]
    assert "Alcanos" in fronts and "Alquinos" in fronts
    assert "Registro de estudio" not in fronts
