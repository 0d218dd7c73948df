"""The coloured-answer rule: study guides whose answers are written in colour on the line under each
question."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

GERMAN = """\
# Biologie — Lernzettel Zelle

*Die Antworten aus der Übung stehen in <span style="color:red">Rot</span>.*

## Organellen

1. Wo findet die Zellatmung statt?
   <span style="color:red">In den Mitochondrien.</span>

2. Nenne die Aufgabe der Ribosomen.
   <span style="color:red">Proteinbiosynthese (Translation).</span>

3. Was enthält der Zellkern?
   <span style="color:red"></span>

4. Warum haben Pflanzenzellen eine Zellwand?

## Transferfrage

> Warum platzen rote Blutkörperchen in destilliertem Wasser?
> <span style="color: #c00">Osmose: Wasser strömt in die Zelle, bis die Membran reißt.</span>
"""

PORTUGUESE = """\
- Qual é o maior osso do corpo humano?
  <font color="blue">O fêmur.</font>
- Quantos ossos tem um adulto?
  <font color="blue">206.</font>
"""


def test_a_coloured_last_line_answers_the_question_above_it() -> None:
    cards, unanswered = cards_and_unanswered(GERMAN)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("coloured-answer", "Wo findet die Zellatmung statt?", "In den Mitochondrien."),
        ("coloured-answer", "Nenne die Aufgabe der Ribosomen.", "Proteinbiosynthese (Translation)."),
        (
            "coloured-answer",
            "Warum platzen rote Blutkörperchen in destilliertem Wasser?",
            "Osmose: Wasser strömt in die Zelle, bis die Membran reißt.",
        ),
    ]
    # an empty coloured tag, and an item of the list with none, are unanswered
    assert [m for _, m in unanswered] == ["Was enthält der Zellkern?", "Warum haben Pflanzenzellen eine Zellwand?"]


def test_font_tags_colour_answers_too() -> None:
    cards, _ = cards_and_unanswered(PORTUGUESE)
    assert [(q, a) for _, _, q, a in cards] == [("Qual é o maior osso do corpo humano?", "O fêmur."), ("Quantos ossos tem um adulto?", "206.")]


def test_a_coloured_word_inside_a_sentence_is_no_answer() -> None:
    text = """\
- ¿Qué gas liberan las plantas? Se ve en <span style="color:green">verde</span> en el esquema.
- ¿Dónde ocurre la fotosíntesis? <span style="color:green">cloroplastos</span> y más texto.
"""
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "coloured-answer" for _, rule, _, _ in cards)


HIGHLIGHTED = """\
# Chemie — Wiederholung Säuren

Warum ist Essig sauer? Das klären wir unten im Text ausführlich.

Welche Farbe zeigt Lackmus in Säure?
==Rot==

Nenne zwei starke Säuren.
==Salzsäure und Schwefelsäure==

Was ist ein Puffer?
<!-- TODO: im Buch nachlesen -->

Wie berechnet man den pH-Wert?
==

Der pH-Wert ist der negative dekadische Logarithmus der Konzentration.
"""


def test_an_obsidian_highlight_under_a_question_answers_it() -> None:
    cards, unanswered = cards_and_unanswered(HIGHLIGHTED)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("coloured-answer", "Welche Farbe zeigt Lackmus in Säure?", "Rot"),
        ("coloured-answer", "Nenne zwei starke Säuren.", "Salzsäure und Schwefelsäure"),
    ]
    # a comment or a bare `==` in the answer's slot leaves the question unanswered; the rhetorical line is none
    assert [m for _, m in unanswered] == ["Was ist ein Puffer?", "Wie berechnet man den pH-Wert?"]


def test_a_request_closing_the_sentence_asks_above_a_highlight() -> None:
    text = """\
ගුරුත්වජ ත්වරණයේ අගය කීයද
==$9.8\\ m/s^2$==

නිව්ටන්ගේ නියම තුන ලියන්න.
==අවස්ථිති නියමය, F = ma, ක්‍රියාව හා ප්‍රතික්‍රියාව==

Quelle est la capitale du Canada ?
==Ottawa==
"""
    cards, _ = cards_and_unanswered(text)
    assert [q for _, _, q, _ in cards] == ["ගුරුත්වජ ත්වරණයේ අගය කීයද", "නිව්ටන්ගේ නියම තුන ලියන්න.", "Quelle est la capitale du Canada ?"]


def test_a_highlight_under_a_statement_or_inside_a_line_is_no_answer() -> None:
    text = """\
Die Zelle ist die kleinste Einheit des Lebens.
==Merken!==

Das Herz hat ==vier Kammern==, zwei Vorhöfe und zwei Ventrikel.

Wofür steht ATP?
Es ist ==Adenosintriphosphat== und speichert Energie.
"""
    cards, _ = cards_and_unanswered(text)
    assert all(rule != "coloured-answer" for _, rule, _, _ in cards)


SPANISH_MATH = r"""# Química — repaso del tema 3

Las respuestas van en $\color{green}{\text{verde}}$; un $\color{red}{\text{?}}$ rojo es una duda pendiente.

**1.** ¿Cuántos moles hay en 36 g de agua?
$\color{green}{n = \dfrac{36\ \mathrm{g}}{18\ \mathrm{g/mol}} = 2\ \mathrm{mol}}$

**2.** Escribe la configuración electrónica del sodio.
$\color{green}{1s^2\,2s^2\,2p^6\,3s^1}$ — $\color{green}{\text{un electrón de valencia}}$

**3.** ¿Qué es un catalizador?
$\textcolor{green}{\text{Una sustancia que acelera la reacción sin consumirse.}}$

**4.** ¿Qué es la entalpía de formación?
$\color{red}{\text{?}}$ — preguntar en clase

**5.** Calcula el pH de una disolución 0,01 M de HCl.
$\color{red}{\text{?}}$
"""

POLISH_MATH = r"""- Ile wynosi przyspieszenie ziemskie?
  $\color{blue}{g \approx 9{,}81\ \mathrm{m/s^2}}$
- Jak brzmi pierwsza zasada termodynamiki?
  $\color{blue}{\text{Energia wewnętrzna rośnie o dostarczone ciepło i pracę.}}$
"""


def test_coloured_math_under_a_numbered_item_answers_it() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH_MATH)
    assert [(rule, q, a) for _, rule, q, a in cards] == [
        ("coloured-answer", "¿Cuántos moles hay en 36 g de agua?", r"$n = \dfrac{36\ \mathrm{g}}{18\ \mathrm{g/mol}} = 2\ \mathrm{mol}$"),
        ("coloured-answer", "Escribe la configuración electrónica del sodio.", r"$1s^2\,2s^2\,2p^6\,3s^1$ — un electrón de valencia"),
        ("coloured-answer", "¿Qué es un catalizador?", "Una sustancia que acelera la reacción sin consumirse."),
    ]
    # coloured math holding no letter or digit is an answer still to find, whatever follows it
    assert [m for _, m in unanswered] == [
        "¿Qué es la entalpía de formación?",
        "Calcula el pH de una disolución 0,01 M de HCl.",
    ]


def test_coloured_math_answers_list_items_too() -> None:
    cards, _ = cards_and_unanswered(POLISH_MATH)
    assert [(q, a) for _, _, q, a in cards] == [
        ("Ile wynosi przyspieszenie ziemskie?", r"$g \approx 9{,}81\ \mathrm{m/s^2}$"),
        ("Jak brzmi pierwsza zasada termodynamiki?", "Energia wewnętrzna rośnie o dostarczone ciepło i pracę."),
    ]


def test_coloured_math_inside_a_sentence_or_under_a_statement_is_no_answer() -> None:
    text = r"""# Notatki

Czerwony $\color{red}{\text{?}}$ oznacza brak odpowiedzi.

Energia kinetyczna rośnie z kwadratem prędkości.
$\color{blue}{E = \tfrac12 mv^2}$

Pęd jest iloczynem masy i prędkości.
$\color{blue}{p = mv}$
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not [c for c in cards if c[1] == "coloured-answer"] and not unanswered
