"""The fenced-div rule: a statement answered by the pandoc / Quarto fenced div under it."""

from __future__ import annotations

from ankibuild.extract.containers import find_containers, unwrap_containers
from tests.helpers import extract_text


def _cards(text: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    extraction, _ = extract_text(text)
    return [(d.convention, d.question, d.answer, d.context) for d in extraction.drafts]


def _unanswered(text: str) -> list[str]:
    extraction, _ = extract_text(text)
    return [d.message for d in extraction.diagnostics if d.kind == "unanswered"]


QUARTO = """\
---
title: "Soil chemistry — worksheet 2"
---

```{python}
#| include: false
import pandas as pd
```

::: {.callout-note}
Try each problem before you open its solution.
:::

## Problem 1

A soil sample holds 12 cmol/kg of exchangeable calcium. What is its share of a CEC of 20 cmol/kg?

::: {.callout-tip collapse="true"}
## Solution

```{python}
print(12 / 20)
```

About **60 %**.
:::

## Problem 2

Explain why liming raises the pH of an acid soil.

:::: {.solution}
### Answer

Carbonate consumes protons: $CO_3^{2-} + 2H^+ \\to H_2O + CO_2$.
::::

## Problem 3

Name the clay mineral with the highest CEC.

::: {#sol-3 .callout}
### Answer
Vermiculite (or smectite).
:::

## Problem 4

Compute the base saturation of the sample in Problem 1.

<!-- answer after the lab -->

## Further reading

See chapter 4 of the course book.
"""


def test_a_statement_answered_by_a_folded_callout_is_a_card() -> None:
    cards = _cards(QUARTO)
    fronts = [c[1] for c in cards]
    assert fronts == [
        "A soil sample holds 12 cmol/kg of exchangeable calcium. What is its share of a CEC of 20 cmol/kg?",
        "Explain why liming raises the pH of an acid soil.",
        "Name the clay mineral with the highest CEC.",
    ]
    assert all(c[0] == "fenced-div" for c in cards)
    first = cards[0]
    assert first[3] == ("Problem 1",)
    assert ":::" not in first[2] and "Solution" not in first[2]
    assert "```python\nprint(12 / 20)\n```" in first[2] and "About **60 %**." in first[2]
    assert cards[1][2].startswith("Carbonate consumes protons") and "Answer" not in cards[1][2]
    assert cards[2][2] == "Vermiculite (or smectite)."


def test_a_sibling_exercise_with_its_solution_only_in_a_comment_is_unanswered() -> None:
    assert [m.split(" (")[0] for m in _unanswered(QUARTO)] == ["Compute the base saturation of the sample in Problem 1."]


def test_a_note_div_and_prose_are_no_cards() -> None:
    text = """\
# Notes

## Background

Enzymes lower the activation energy of a reaction.

::: {.callout-note}
## Remember
Catalysts are not consumed.
:::
"""
    assert _cards(text) == []


def test_pandoc_divs_are_read_as_containers() -> None:
    lines = ['::: {.callout-warning title="Careful"}', "Body.", ":::", "", "::: {.solution}", "x", ":::"]
    found = [(c.kind, c.title, c.syntax) for c in find_containers(lines)]
    assert found == [("warning", "Careful", "pandoc"), ("solution", "", "pandoc")]
    assert unwrap_containers("\n".join(lines)) == "**Careful**\n\nBody.\n\nx"


def test_a_code_chunk_keeps_its_language() -> None:
    assert unwrap_containers("```{r}\nmean(x)\n```") == "```r\nmean(x)\n```"


def test_an_unnumbered_section_beside_answered_exercises_is_not_reported() -> None:
    text = """\
# Optics worksheet

## Exercise 1

What is the focal length of a lens of power 4 D?

::: {.solution}
25 cm.
:::

## Exercise tips

Draw a ray diagram before you compute anything.
"""
    assert _unanswered(text) == []
    assert [c[1] for c in _cards(text)] == ["What is the focal length of a lens of power 4 D?"]


STYLED_WORKSHEET = """\
---
title: "Физика — 9 класс"
lang: ru
---

::: {custom-style="Инструкция"}
Ответьте на все вопросы. Время: 40 минут.
:::

# Часть 1: Механика

(1) Сформулируйте второй закон Ньютона.

::: {custom-style="Ключ"}
$F = ma$: ускорение тела пропорционально равнодействующей силе.
:::

(2) Чему равно ускорение свободного падения у поверхности Земли?

::: {custom-style="Ключ"}
Около $9{,}8\\ м/с^2$.
:::

::: {custom-style="Знаете ли вы"}
**Знаете ли вы?** На Луне оно в шесть раз меньше.
:::

(3) Что такое импульс тела?

::: {custom-style="Ключ"}
:::

(4) Почему космонавт на орбите испытывает невесомость?

::: {custom-style="Ключ"}
(explained in class)
:::
"""


def test_divs_of_the_answer_style_under_numbered_questions_are_their_answers() -> None:
    cards = _cards(STYLED_WORKSHEET)
    assert [(c[0], c[1], c[2]) for c in cards] == [
        ("fenced-div", "Сформулируйте второй закон Ньютона.", "$F = ma$: ускорение тела пропорционально равнодействующей силе."),
        ("fenced-div", "Чему равно ускорение свободного падения у поверхности Земли?", "Около $9{,}8\\ м/с^2$."),
    ]
    assert _unanswered(STYLED_WORKSHEET) == [
        "Что такое импульс тела?",
        "Почему космонавт на орбите испытывает невесомость? (placeholder)",
    ]


def test_a_styled_div_under_a_one_item_ordered_list_answers_it() -> None:
    text = """\
# Química — hoja 3

1. Define el número de Avogadro.

::: {custom-style="Solución"}
$6{,}022 \\times 10^{23}$ partículas por mol.
:::

2. ¿Qué es un isótopo?

::: {custom-style="Solución"}
Un átomo del mismo elemento con distinto número de neutrones.
:::
"""
    assert [(c[1], c[2]) for c in _cards(text)] == [
        ("Define el número de Avogadro.", "$6{,}022 \\times 10^{23}$ partículas por mol."),
        ("¿Qué es un isótopo?", "Un átomo del mismo elemento con distinto número de neutrones."),
    ]


def test_a_style_under_a_single_numbered_paragraph_or_under_prose_stays_furniture() -> None:
    text = """\
# Revision

(1) Explain why the sky is blue.

::: {custom-style="Teacher note"}
Most pupils mix this up with reflection from the sea.
:::

Read the chapter before Friday.

::: {custom-style="Teacher note"}
Remind them of the test.
:::
"""
    assert not any(c[0] == "fenced-div" for c in _cards(text))
    assert _unanswered(text) == []


def test_language_divs_under_numbered_questions_are_no_answers() -> None:
    text = """\
# Vocabulario bilingüe

(1) ¿Qué significa «madrugada»?

::: {lang="en"}
What does "madrugada" mean?
:::

(2) ¿Qué significa «sobremesa»?

::: {lang="en"}
What does "sobremesa" mean?
:::
"""
    assert not any(c[0] == "fenced-div" for c in _cards(text))
