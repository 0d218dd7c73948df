"""The arrow-item rule: list items answered on the line under them, after an arrow."""

from __future__ import annotations

from tests.helpers import extract_text

NOTES = """\
# Geografía física

## Preguntas de repaso

1) Definir el relieve kárstico.
→ Formas del terreno producidas por la disolución de rocas calizas.

2) ¿Qué diferencia hay entre meteorización y erosión?
→ La meteorización altera la roca in situ; la erosión la arranca y transporta.
  Ambas actúan juntas.

3) Enumerar tres tipos de costa.
-> Acantilado, playa, delta.

4) ¿Qué es una dolina?

<!-- completar tras la práctica -->

## Plan del tema

- Relieve
  → rocas y formas
- Clima
"""


def _found() -> tuple[dict[str, str], list[str]]:
    extraction, _ = extract_text(NOTES)
    cards = {d.question: d.answer for d in extraction.drafts if d.convention == "arrow-item"}
    return cards, [d.question or "" for d in extraction.diagnostics if d.kind == "unanswered"]


def test_each_item_is_its_prompt_over_the_text_after_the_arrow() -> None:
    cards, _ = _found()
    assert cards["Definir el relieve kárstico."] == "Formas del terreno producidas por la disolución de rocas calizas."
    assert cards["¿Qué diferencia hay entre meteorización y erosión?"].endswith("Ambas actúan juntas.")
    assert cards["Enumerar tres tipos de costa."] == "Acantilado, playa, delta."


def test_an_item_that_asks_without_an_arrow_is_unanswered() -> None:
    _, unanswered = _found()
    assert "¿Qué es una dolina?" in unanswered


def test_an_outline_with_one_arrow_is_no_set_of_cards() -> None:
    cards, _ = _found()
    assert len(cards) == 3
    assert "Relieve" not in cards
