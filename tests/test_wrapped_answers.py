"""The wrapped-answer rule: a question answered at the end of its own line by small print or a margin note."""

from __future__ import annotations

from tests.helpers import drafted_cards, extract_text

SMALL_PRINT = """\
# Geografia — powtórka

Odpowiedzi drobnym drukiem: zasłoń je linijką.

## Klimat

1. Co to jest monsun? <small>Wiatr sezonowy zmieniający kierunek z porą roku.</small>
2. Jaka jest najwyższa góra Afryki? <small>Kilimandżaro (5895 m n.p.m.).</small>
3. Dlaczego pustynie nocą są zimne? <small>
4. Ile stref klimatycznych wyróżnia Okołowicz? <small>TODO — sprawdzić w atlasie</small>
5. Podaj wzór na gęstość zaludnienia. <small>$g = \\frac{L}{P}$</small>
"""

MARGIN_NOTES = """\
---
title: "Química orgánica — repaso"
output: tufte::tufte_html
---

# Grupos funcionales

Cada respuesta está en el margen.`r margin_note("Tapa el margen con una hoja.")`

**1.1.** ¿Qué es un alcohol?`r margin_note("Un compuesto con un grupo $-OH$ unido a un carbono saturado.")`

**1.2.** ¿Qué distingue a una cetona de un aldehído?`r tufte::margin_note('El carbonilo de la cetona está entre dos carbonos; el del aldehído, en un extremo.')`

**1.3.** Escribe la fórmula general de los alcanos.`r margin_note("$C_nH_{2n+2}$, p. ej. \\\\ce{CH4}.")`

**1.4.** ¿Qué es la isomería óptica?`r margin_note("")`

**1.5.** ¿Por qué hierve antes el éter que el alcohol?`r margin_note("TODO")`
"""


def _cards(text: str) -> list[tuple[str, str]]:
    return [(q, a) for rule, q, a in drafted_cards(text) if rule == "wrapped-answer"]


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message.split(" (")[0] for d in extraction.diagnostics if d.kind == "unanswered"]


def test_small_print_at_the_end_of_a_list_item_is_its_answer() -> None:
    assert _cards(SMALL_PRINT) == [
        ("Co to jest monsun?", "Wiatr sezonowy zmieniający kierunek z porą roku."),
        ("Jaka jest najwyższa góra Afryki?", "Kilimandżaro (5895 m n.p.m.)."),
        ("Podaj wzór na gęstość zaludnienia.", "$g = \\frac{L}{P}$"),
    ]


def test_small_print_left_open_or_holding_a_note_to_self_is_unanswered() -> None:
    assert _unanswered(SMALL_PRINT) == ["Dlaczego pustynie nocą są zimne?", "Ile stref klimatycznych wyróżnia Okołowicz?"]


def test_a_margin_note_after_a_bold_numbered_question_is_its_answer() -> None:
    assert _cards(MARGIN_NOTES) == [
        ("¿Qué es un alcohol?", "Un compuesto con un grupo $-OH$ unido a un carbono saturado."),
        (
            "¿Qué distingue a una cetona de un aldehído?",
            "El carbonilo de la cetona está entre dos carbonos; el del aldehído, en un extremo.",
        ),
        ("Escribe la fórmula general de los alcanos.", "$C_nH_{2n+2}$, p. ej. \\ce{CH4}."),
    ]


def test_an_empty_or_placeholder_margin_note_is_unanswered() -> None:
    assert _unanswered(MARGIN_NOTES) == ["¿Qué es la isomería óptica?", "¿Por qué hierve antes el éter que el alcohol?"]


def test_a_prose_paragraph_ending_in_a_margin_note_is_no_card() -> None:
    assert not any("margen" in q for q, _ in _cards(MARGIN_NOTES))


def test_small_print_annotating_titles_is_left_alone() -> None:
    text = """\
# Leseliste

- Der Zauberberg <small>(1924)</small>
- Buddenbrooks <small>(1901)</small>
- Warum lesen wir Klassiker? <small>Essay, Calvino</small>
"""
    assert _cards(text) == []


def test_an_item_with_an_answer_under_it_keeps_its_small_print_as_an_annotation() -> None:
    text = """\
# Fysik

1. Vad är tröghet? <small>(kap. 2)</small>
   - Kroppens motstånd mot ändrad rörelse.
2. Vad är kraft? <small>(kap. 3)</small>
   - Det som ändrar en kropps rörelse.
"""
    assert _cards(text) == []
