"""Quiz-show sheets: valued clues answered by responses phrased as questions."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# A French host sheet: list items with nested responses.
LIST_SHEET = """\
# Soirée quiz — biologie

## Catégorie : CELLULES

- `€100` — Cet organite produit l'essentiel de l'énergie de la cellule
  - ↳ *Qu'est-ce que la mitochondrie ?*
- `€200` (double — mise 300) — On y trouve l'ADN chez les eucaryotes
  - ↳ *Qu'est-ce que le noyau ?*
- `€300` — Ce pigment vert capte la lumière
  - ↳
- `€400` — Cette membrane entoure la cellule végétale
  - ↳ ??? — à vérifier dans le manuel

## Restes

1. `€500` — GÉNÉTIQUE : Ce moine a croisé des pois — trouvé : *Qui est Mendel ?*
2. `€600` — GÉNÉTIQUE : Ce duo a décrit la double hélice en 1953
"""

# A Spanish host sheet: labelled response lines, and a final clue quoted without a value.
PARAGRAPH_SHEET = """\
# Repaso de historia

## Imperios

**$100** — Este emperador romano legalizó el cristianismo en 313.
*Respuesta correcta:* ¿Quién es Constantino?

**$200** 🎯 **DOBLE** — Esta ciudad fue la capital del Imperio inca.
*Respuesta correcta:* ¿Qué es Cuzco?

**$300** — Este tratado de 1494 repartió el Nuevo Mundo.
*Respuesta correcta:* ¿Qué es ___?

**$400** — *(falta una pista aquí)*
*Respuesta correcta:*

## Final

> Esta reina financió el primer viaje de Colón.

*Respuesta correcta:* ¿Quién es Isabel I de Castilla?
"""

NEAR_MISS = """\
# Budget

- `$400` — rent share for March
  - paid on the 3rd
- `$120` — groceries
  - split with Sam

**$50** — deposit for the hall.
*Note:* returned in April.
"""


def test_list_items_take_their_nested_response() -> None:
    cards, unanswered = cards_and_unanswered(LIST_SHEET)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("clue-response", "Cet organite produit l'essentiel de l'énergie de la cellule", "*Qu'est-ce que la mitochondrie ?*"),
        ("clue-response", "On y trouve l'ADN chez les eucaryotes", "*Qu'est-ce que le noyau ?*"),
        ("clue-response", "GÉNÉTIQUE : Ce moine a croisé des pois", "Qui est Mendel ?"),
    ]
    reported = [message.split(" (")[0] for _, message in unanswered]
    assert reported == [
        "Ce pigment vert capte la lumière",
        "Cette membrane entoure la cellule végétale",
        "GÉNÉTIQUE : Ce duo a décrit la double hélice en 1953",
    ]


def test_labelled_responses_and_a_quoted_final_clue() -> None:
    cards, unanswered = cards_and_unanswered(PARAGRAPH_SHEET)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Este emperador romano legalizó el cristianismo en 313.", "¿Quién es Constantino?"),
        ("Esta ciudad fue la capital del Imperio inca.", "¿Qué es Cuzco?"),
        ("Esta reina financió el primer viaje de Colón.", "¿Quién es Isabel I de Castilla?"),
    ]
    assert [message.split(" (")[0] for _, message in unanswered] == ["Este tratado de 1494 repartió el Nuevo Mundo."]


def test_a_price_list_is_no_quiz_sheet() -> None:
    cards, unanswered = cards_and_unanswered(NEAR_MISS)
    assert not [c for c in cards if c[1] == "clue-response"]
    assert not [u for u in unanswered if "rent" in u[1] or "groceries" in u[1]]
