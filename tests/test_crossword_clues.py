"""Crossword write-ups: numbered clues ending with their letter count, answered in capitals under the clue
or in a key read by number and direction."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

# A French solver's notes: the answer in capitals on the line under each bold-numbered clue, then the
# reasoning; a legend of the marks used in the reasoning above the grid.
INLINE = """\
# Mots croisés du dimanche

Légende :

| Signe | Sens |
| --- | --- |
| `*` | anagramme |
| `<` | à l'envers |
| `+` | collage |

## Horizontalement

**1** Fleuve qui traverse Lyon (5)
RHÔNE — RH + ÔNE, avec la Saône.

**4** Métal précieux mélangé : ROR* (2)
OR — (ROR)* moins un R.

**6** Animal qui porte sa maison (7)
??

**8** Grille de la semaine — bravo à tous ! (4, 2)
Pas une définition : c'est le titre de la grille.

## Verticalement

**2** Saison des feuilles mortes (7)
**AUTOMNE** — sept lettres avec le E final, celle-là m'a pris du temps.

**3** Sommet des Alpes (5) BLANC — CNALB<, le mont.
"""

# A German worksheet: clues as numbered lists under their direction, the key at the end by direction.
KEYED = """\
# Kreuzworträtsel: Zellbiologie

## Waagerecht

1. Kraftwerk der Zelle (13)
3. Träger der Erbinformation (3)
5. Hülle der Pflanzenzelle (8)

## Senkrecht

1. Ort der Proteinsynthese (8)
2. Flüssiges Innere der Zelle (10)
4. Verdauungsbläschen (8)

## Lösungen

**Waagerecht:** 1. MITOCHONDRIUM · 3. DNS · 5. ZELLWAND

**Senkrecht:** 1. RIBOSOME · 2. ZYTOPLASMA · 4. ???
"""

# A Spanish key given as numbered lists under headings that repeat the directions.
KEYED_LISTS = """\
# Crucigrama de geografía

### Horizontales

1. Capital de Perú (4)
2. Río más largo de África (4)

### Verticales

1. Cordillera de Sudamérica (5)

## Soluciones

### Horizontales

1. LIMA
2. NILO

### Verticales

1. —
"""

NEAR_MISS = """\
# Lista de la compra

1. Huevos (12)
2. Leche (2)
3. Pan (1)

Gastos: 1. MERCADO 2. FARMACIA

## Ecuaciones

**1** La suma de los ángulos es (1)
Ver el capítulo anterior.

**2** Y por tanto (2)
Queda demostrado.
"""


def test_answers_in_capitals_under_the_clues_are_cards() -> None:
    cards, unanswered = cards_and_unanswered(INLINE)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (13, "crossword-clue", "Fleuve qui traverse Lyon (5)", "RHÔNE — RH + ÔNE, avec la Saône."),
        (16, "crossword-clue", "Métal précieux mélangé : ROR* (2)", "OR — (ROR)* moins un R."),
        (
            27,
            "crossword-clue",
            "Saison des feuilles mortes (7)",
            "**AUTOMNE** — sept lettres avec le E final, celle-là m'a pris du temps.",
        ),
        (30, "crossword-clue", "Sommet des Alpes (5)", "BLANC — CNALB<, le mont."),
    ]
    assert unanswered == [(19, "Animal qui porte sa maison (7) (placeholder)")]


def test_a_legend_of_marks_and_a_title_with_a_count_are_no_cards() -> None:
    cards, _ = cards_and_unanswered(INLINE)
    fronts = [q for _, _, q, _ in cards]
    assert not any("Grille de la semaine" in q or q.startswith("Signe") for q in fronts)


def test_the_key_is_read_by_number_and_direction() -> None:
    cards, unanswered = cards_and_unanswered(KEYED)
    assert [(line, q, a) for line, _, q, a in cards] == [
        (5, "Kraftwerk der Zelle (13)", "MITOCHONDRIUM"),
        (6, "Träger der Erbinformation (3)", "DNS"),
        (7, "Hülle der Pflanzenzelle (8)", "ZELLWAND"),
        (11, "Ort der Proteinsynthese (8)", "RIBOSOME"),
        (12, "Flüssiges Innere der Zelle (10)", "ZYTOPLASMA"),
    ]
    assert unanswered == [(13, "Verdauungsbläschen (8) (placeholder)")]


def test_a_key_of_lists_under_direction_headings() -> None:
    cards, unanswered = cards_and_unanswered(KEYED_LISTS)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("crossword-clue", "Capital de Perú (4)", "LIMA"),
        ("crossword-clue", "Río más largo de África (4)", "NILO"),
    ]
    assert unanswered == [(10, "Cordillera de Sudamérica (5) (placeholder)")]  # its entry is a dash


def test_counts_in_parentheses_without_answers_in_capitals_are_left_alone() -> None:
    cards, unanswered = cards_and_unanswered(NEAR_MISS)
    assert all(rule != "crossword-clue" for _, rule, _, _ in cards)
    assert not any("Huevos" in message or "ángulos" in message for _, message in unanswered)


# A Polish puzzle of one direction: its key's heading names no direction, the numbers alone decide.
ONE_DIRECTION = """\
# Krzyżówka z historii

## Hasła

1. Pierwszy król Polski (7)
2. Rzeka, nad którą leży Kraków (5)
3. Stolica Polski od 1596 roku (8)

## Rozwiązania

1. CHROBRY · 2. WISŁA · 3. ?
"""


def test_a_key_that_names_no_direction_answers_by_number() -> None:
    cards, unanswered = cards_and_unanswered(ONE_DIRECTION)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Pierwszy król Polski (7)", "CHROBRY"),
        ("Rzeka, nad którą leży Kraków (5)", "WISŁA"),
    ]
    assert unanswered == [(7, "Stolica Polski od 1596 roku (8) (placeholder)")]
