"""Pages that ask in bulleted lists holding their answers: under each question an indented paragraph, a
sub-item opened by an arrow (`- ↳ …`), or the answer after a dash on its line. A lone question heading
over prose there is the writer's aside; an empty answer dash, a bare `↳ ?` and the questions left over
after the answered lists are unanswered."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

_CHEMISTRY_ITEMS = [
    ("¿Qué es un mol?", "La cantidad de sustancia que contiene 6,022·10²³ entidades."),
    ("¿Qué es un ácido de Brønsted?", "Una especie que cede protones."),
    ("¿Qué mide el pH?", "La actividad de los iones hidronio en una disolución."),
    ("¿Qué es un catalizador?", "Una sustancia que acelera una reacción sin consumirse."),
    ("¿Qué es la entalpía?", "La energía térmica de un sistema a presión constante."),
    ("¿Qué es un isótopo?", "Un átomo con el mismo número de protones y distinto de neutrones."),
    ("¿Qué es la electronegatividad?", "La tendencia de un átomo a atraer electrones de enlace."),
    ("¿Qué es una disolución saturada?", "La que ya no admite más soluto a esa temperatura."),
]


def _chemistry(count: int) -> str:
    items = "\n".join(f"- {q}\n\n  {a}\n" for q, a in _CHEMISTRY_ITEMS[:count])
    return f"""\
# Química general — repaso oral

## ¿Cómo uso esta página?

Leo la pregunta en voz alta y contesto antes de mirar la respuesta, con el cronómetro en marcha.

## Conceptos básicos

{items}"""


def test_a_question_heading_over_prose_is_an_aside_beside_answered_list_questions() -> None:
    cards, unanswered = cards_and_unanswered(_chemistry(8))
    assert [(rule, q, a) for _, rule, q, a in cards] == [("numbered", q, a) for q, a in _CHEMISTRY_ITEMS]
    assert unanswered == []


def test_a_question_heading_beside_a_few_list_questions_stays_a_card() -> None:
    cards, _ = cards_and_unanswered(_chemistry(3))
    assert cards[0][1:3] == ("heading", "¿Cómo uso esta página?")
    assert [q for _, rule, q, _ in cards if rule == "numbered"] == [q for q, _ in _CHEMISTRY_ITEMS[:3]]


GEOGRAPHY = """\
# Geografia Polski

- Jaka jest stolica Polski?
  - ↳ Warszawa
- Jaka rzeka przepływa przez Kraków?
  - ↳ Wisła
  - ✅ 03-02 · ❌ 03-05
- Jaki jest najwyższy szczyt Tatr?
  - ↳ ?
- Ile województw ma Polska?
  - ↳ *(sprawdzić w atlasie)*
- Jakie są trzy największe miasta?
  - Warszawa
  - Kraków
"""


def test_an_arrow_sub_item_answers_the_question_above_it() -> None:
    cards, unanswered = cards_and_unanswered(GEOGRAPHY)
    assert [(line, q, a) for line, _, q, a in cards] == [
        (3, "Jaka jest stolica Polski?", "Warszawa"),
        (5, "Jaka rzeka przepływa przez Kraków?", "Wisła\n\n- ✅ 03-02 · ❌ 03-05"),
        # A sub-list without an arrow stays the answer as it is.
        (12, "Jakie są trzy największe miasta?", "- Warszawa\n- Kraków"),
    ]
    assert [line for line, _ in unanswered] == [8, 10]
    assert "Jaki jest najwyższy szczyt Tatr?" in unanswered[0][1]


LITERATURE = """\
# Deutsche Literatur

- Wer schrieb „Faust“? — Goethe
- Wer schrieb „Die Räuber“? — Schiller
- Wann erschien „Effi Briest“? — 1895
- Wer schrieb „Nathan der Weise“? —

```text
Zeitleiste: 1779 Nathan · 1781 Räuber · 1808 Faust I
```
"""


def test_an_empty_answer_dash_leaves_the_question_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(LITERATURE)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Wer schrieb „Faust“?", "Goethe"),
        ("Wer schrieb „Die Räuber“?", "Schiller"),
        ("Wann erschien „Effi Briest“?", "1895"),
    ]
    assert len(unanswered) == 1 and unanswered[0][0] == 6
    assert "Wer schrieb „Nathan der Weise“?" in unanswered[0][1]
    assert "—" not in unanswered[0][1]


PHYSICS = """\
# Thermodynamics — oral exam

## Laws

- What does the first law state?

  Energy is conserved: the change in internal energy is heat added minus work done.

- What does the second law state?

  The entropy of an isolated system never decreases.

### If there is time

- What is exergy?

### Reading

- Chapter 4 of the course book.
- The lecture slides on cycles.
"""


def test_questions_left_over_after_answered_list_questions_are_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(PHYSICS)
    assert [q for _, _, q, _ in cards] == ["What does the first law state?", "What does the second law state?"]
    assert [line for line, _ in unanswered] == [15]
    assert "What is exergy?" in unanswered[0][1]


def test_a_lone_question_item_without_answered_lists_above_is_left_alone() -> None:
    _, unanswered = cards_and_unanswered("# Thermodynamics\n\nSome notes.\n\n### If there is time\n\n- What is exergy?\n")
    assert unanswered == []
