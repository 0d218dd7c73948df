"""Pandoc simple and multiline tables (columns set by dashed lines, no pipes) read as question tables and
glossaries."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GERMAN_MULTILINE = """\
# Astronomie — Selbsttest

## Planeten

-------------------------------------------------------------------------
Kap.      Frage                             Antwort
--------- --------------------------------- -----------------------------
2.1       Warum ist die Venus heißer als    Ihr dichter CO₂-Mantel hält
          der Merkur?                       die Wärme fest
                                            (Treibhauseffekt).

2.2       Wie viele Monde hat der Mars?     Zwei: Phobos und Deimos.

2.3       Was trennt die inneren von den
          äußeren Planeten?
-------------------------------------------------------------------------

Table: Planeten (mein Selbsttest)

## Sterne

Noch offen.
"""


def test_a_multiline_table_makes_a_card_a_row_and_reports_an_empty_answer() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN_MULTILINE)
    assert [(line, rule, q) for line, rule, q, _ in cards] == [
        (8, "qa-table", "Warum ist die Venus heißer als der Merkur?"),
        (12, "qa-table", "Wie viele Monde hat der Mars?"),
    ]
    # wrapped lines join with a space; the other column is added to the back
    assert cards[0][3].startswith("Ihr dichter CO₂-Mantel hält die Wärme fest (Treibhauseffekt).")
    assert "**Kap.:** 2.1" in cards[0][3]
    assert [line for line, _ in unanswered] == [14]
    assert "Was trennt die inneren von den äußeren Planeten?" in unanswered[0][1]


def test_the_last_row_over_the_bottom_border_is_no_heading_and_the_titles_are_no_topics() -> None:
    cards, _ = cards_and_unanswered(GERMAN_MULTILINE)
    fronts = [q for _, _, q, _ in cards]
    assert "Planeten" not in fronts and "Sterne" not in fronts
    assert not any("Table:" in a for _, _, _, a in cards)


SPANISH_SIMPLE = """\
# Economía — glosario

  Término                  Definición
  ------------------------ ----------------------------------------------------
  inflación                Subida general y sostenida de los precios.
  PIB                      Producto interior bruto: el valor de lo producido en un año.
  oferta                   Cantidad de un bien que los vendedores quieren vender.
"""


def test_a_simple_table_of_terms_and_definitions_is_a_glossary() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH_SIMPLE)
    assert [(line, rule, q) for line, rule, q, _ in cards] == [
        (5, "glossary", "inflación"),
        (6, "glossary", "PIB"),
        (7, "glossary", "oferta"),
    ]
    assert cards[1][3] == "Producto interior bruto: el valor de lo producido en un año."
    assert unanswered == []


FRENCH_SIMPLE_QUESTIONS = """\
# Géographie

Question                               Réponse
-------------------------------------- ------------------------------
Quelle est la capitale du Canada ?     Ottawa.
Quel fleuve traverse Lyon ?            Le Rhône et la Saône.
Combien de régions compte la France ?
"""


def test_a_simple_table_with_question_headers_in_another_language() -> None:
    cards, unanswered = cards_and_unanswered(FRENCH_SIMPLE_QUESTIONS)
    assert [(line, q, a) for line, _, q, a in cards] == [
        (5, "Quelle est la capitale du Canada ?", "Ottawa."),
        (6, "Quel fleuve traverse Lyon ?", "Le Rhône et la Saône."),
    ]
    assert [line for line, _ in unanswered] == [7]


NEAR_MISSES = """\
# Lab week 4

Samples and their masses, as measured:

--------------------------------------------
Sample       Mass (g)      Colour
------------ ------------- -----------------
A            12.4          pale blue
B            9.8           white
--------------------------------------------

Setup notes, a paragraph whose text runs across where columns would start
---- ---- ----
more prose after a line of short dashes.
"""


def test_a_table_that_asks_nothing_and_prose_over_dashes_stay_untouched() -> None:
    cards, unanswered = cards_and_unanswered(NEAR_MISSES)
    assert not any(rule in ("qa-table", "glossary") for _, rule, _, _ in cards)
    assert unanswered == []
