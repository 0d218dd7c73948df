"""The marker-section rule: quiz items kept as sections under marker headings (`### --question--` over
`#### --text--`, `#### --distractors--`, `#### --answer--`), the first part the front, the answer part the back."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered, extract_only, extract_text

GERMAN = """---
title: Chemie-Quiz
---

# --beschreibung--

Ein kleines Quiz zur Stöchiometrie. Falsche Antworten stehen zwischen `---`.

# --fragen--

## Säuren und Basen

### --frage--

#### --fragetext--

Welches Gas entsteht, wenn Zink mit Salzsäure reagiert?

#### --falsche-antworten--

Sauerstoff

---

Chlor

#### --antwort--

Wasserstoff ($\\mathrm{H_2}$)

### --frage--

#### --fragetext--

Was gibt diese Reaktionsgleichung an?

```text
2 H2 + O2 -> 2 H2O
```

#### --falsche-antworten--

Die Masse der Stoffe

#### --antwort--

Das Stoffmengenverhältnis 2 : 1 : 2.

### --frage--

#### --fragetext--

Wie viele Mol sind 36 g Wasser?

#### --falsche-antworten--

<!-- noch keine -->

#### --antwort--

TODO

### --frage--

#### --fragetext--

Warum leitet destilliertes Wasser kaum Strom?

#### --falsche-antworten--

Weil es zu kalt ist.

#### --antwort--

<!-- später -->
"""

SPANISH = """# Repaso de geografía

## --pregunta--

### --enunciado--

¿Cuál es el río más largo de la península ibérica?

### --distractores--

El Ebro

---

El Guadalquivir

### --respuesta--

El Tajo

## --pregunta--

### --enunciado--

¿Qué cordillera separa España de Francia?

### --distractores--

Los Alpes

## --pregunta--

### --enunciado--

¿Cuál es la capital de Portugal?

### --distractores--

Oporto

### --respuesta--

Lisboa
"""


def test_the_first_part_asks_and_the_answer_part_answers() -> None:
    extraction, _ = extract_text(GERMAN)
    cards = [(d.loc.line, d.convention, d.question, d.answer, d.context, d.tags) for d in extraction.drafts]
    assert cards == [
        (
            17,
            "marker-section",
            "Welches Gas entsteht, wenn Zink mit Salzsäure reagiert?",
            "Wasserstoff ($\\mathrm{H_2}$)",
            ("Säuren und Basen",),
            ("topic::säuren_und_basen",),
        ),
        (
            35,
            "marker-section",
            "Was gibt diese Reaktionsgleichung an?\n\n```text\n2 H2 + O2 -> 2 H2O\n```",
            "Das Stoffmengenverhältnis 2 : 1 : 2.",
            ("Säuren und Basen",),
            ("topic::säuren_und_basen",),
        ),
    ]


def test_an_empty_comment_or_placeholder_answer_part_is_unanswered() -> None:
    _, unanswered = cards_and_unanswered(GERMAN)
    assert unanswered == [
        (53, "Wie viele Mol sind 36 g Wasser? (placeholder)"),
        (67, "Warum leitet destilliertes Wasser kaum Strom?"),
    ]


def test_wrong_options_and_marker_headings_never_reach_a_card() -> None:
    extraction, diagnostics = extract_text(GERMAN)
    sides = " ".join(d.question + " " + d.answer for d in extraction.drafts)
    assert "Sauerstoff" not in sides and "Chlor" not in sides and "--" not in sides.replace("->", "")
    unclassified = [d.message for d in diagnostics if d.kind == "unclassified"]
    assert unclassified == ["paragraph not turned into a card: 'Ein kleines Quiz zur Stöchiometrie. Falsche Antworten ste…'"]


def test_an_item_without_an_answer_part_among_answered_items_is_unanswered() -> None:
    cards, unanswered = cards_and_unanswered(SPANISH)
    assert cards == [
        (7, "marker-section", "¿Cuál es el río más largo de la península ibérica?", "El Tajo"),
        (35, "marker-section", "¿Cuál es la capital de Portugal?", "Lisboa"),
    ]
    assert unanswered == [(25, "¿Qué cordillera separa España de Francia?")]


NO_ITEMS = """# --description--

Write a function that returns the sum of two numbers.

# --hints--

`sum(1, 2)` should return `3`.

# --seed--

## --seed-contents--

```js
function sum(a, b) {}
```

# --solutions--

```js
function sum(a, b) { return a + b; }
```
"""

ONE_ITEM = """# Wiederholung

## --frage--

### --text--

Wer schrieb den „Faust“?

### --antwort--

Goethe
"""

UNANSWERED_SHAPE = """# Kartkówka

## --pytanie--

### --treść--

Ile wynosi pierwiastek z 81?

### --wskazówka--

Pomyśl o tabliczce mnożenia.

## --pytanie--

### --treść--

Ile boków ma sześciokąt?

### --wskazówka--

Policz kąty.
"""

# A plural part lists the options of a choice, and the right one is given by its number: no answer part.
CHOICES = """# --question--

## --text--

Quelle est la capitale du Canada ?

## --answers--

Toronto

---

Ottawa

## --video-solution--

2

# --question--

## --text--

Combien de provinces compte le Canada ?

## --answers--

Dix

---

Treize

## --video-solution--

1
"""


def test_marker_sections_that_are_no_quiz_items_are_left_alone() -> None:
    for text in (NO_ITEMS, ONE_ITEM, UNANSWERED_SHAPE, CHOICES):
        alone = extract_only(text, "marker-section")
        assert alone.drafts == () and alone.unanswered == 0, text
        extraction, _ = extract_text(text)
        assert all(d.convention != "marker-section" for d in extraction.drafts), text
