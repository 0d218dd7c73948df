"""Labelled exercises (`**Exercise 2.3** …` + the code cell and output that solve it, a notebook exported to
Markdown, or a worked exercise sheet) are cards; cells left to fill in are unanswered."""

from __future__ import annotations

from tests.helpers import extract_text

NOTEBOOK = """# Week 4 — R exercises

Load the packages first.

```r
library(dplyr)
```

## Summaries

Grouped summaries need `group_by()` first.

**Exercise 4.1** Compute the mean height per species in `starwars`.

```r
starwars %>% group_by(species) %>% summarise(h = mean(height, na.rm = TRUE))
```

    # A tibble: 38 x 2

**Exercise 4.2** ★★ Count the characters of each eye colour. *(medium)*

```r
# your code here
```

**Exercise 4.3** Why does `mean()` return `NA` without `na.rm = TRUE`?

Because a single missing value makes the whole mean unknown.

## Joins

**Exercise 4.4** Given these two tables:

| id | name |
|----|------|
| 1  | Ana  |

Keep only the rows of `a` that have a match in `b`.

```r
semi_join(a, b, by = "id")
```

**Exercise 4.5** Join `flights` to `planes` by tail number.

```r
pass
```

---

## Wrap-up

Next week: tidy data and pivots, with more exercises of the same kind.
"""


def _extract(text: str) -> tuple[list[tuple[int, str, str]], list[str]]:
    extraction, _ = extract_text(text)
    cards = [(d.loc.line, d.question, d.answer) for d in extraction.drafts]
    return cards, [f"{d.loc.line}: {d.message}" for d in extraction.diagnostics if d.kind == "unanswered"]


def test_code_cells_and_their_output_answer_the_exercise_above() -> None:
    cards, _ = _extract(NOTEBOOK)
    assert cards[0] == (
        13,
        "Compute the mean height per species in `starwars`.",
        "```r\nstarwars %>% group_by(species) %>% summarise(h = mean(height, na.rm = TRUE))\n```\n\n    # A tibble: 38 x 2",
    )
    assert cards[1] == (
        27,
        "Why does `mean()` return `NA` without `na.rm = TRUE`?",
        "Because a single missing value makes the whole mean unknown.",
    )


def test_a_statement_ending_with_a_colon_keeps_its_data_on_the_front() -> None:
    cards, _ = _extract(NOTEBOOK)
    line, question, answer = cards[2]
    assert line == 33
    assert question.startswith("Given these two tables:\n\n| id | name |")
    assert question.endswith("Keep only the rows of `a` that have a match in `b`.")
    assert answer == '```r\nsemi_join(a, b, by = "id")\n```'


def test_cells_left_to_fill_in_are_unanswered_and_prose_sections_are_no_cards() -> None:
    cards, unanswered = _extract(NOTEBOOK)
    assert unanswered == [
        "21: Count the characters of each eye colour. (placeholder)",
        "45: Join `flights` to `planes` by tail number. (placeholder)",
    ]
    assert len(cards) == 3  # no topic card for `Summaries`, `Joins` or `Wrap-up`


def test_a_label_alone_on_its_line_and_other_languages() -> None:
    text = """# Übungsblatt 3

**Aufgabe 1**

Berechnen Sie die Ableitung von $x^2$.

$2x$

**Aufgabe 2:** Bestimmen Sie das Integral von $2x$.

$x^2 + C$
"""
    cards, unanswered = _extract(text)
    assert [(q, a) for _, q, a in cards] == [
        ("Berechnen Sie die Ableitung von $x^2$.", "$2x$"),
        ("Bestimmen Sie das Integral von $2x$.", "$x^2 + C$"),
    ]
    assert unanswered == []


def test_a_single_labelled_paragraph_is_not_an_exercise_sheet() -> None:
    text = (
        "# Setup\n\n## Install\n\n**Task 1:** install the toolchain.\n\nThen run the tests with `make check` and read the log.\n"
    )
    cards, _ = _extract(text)
    assert not any(c[1].startswith("install the toolchain") for c in cards)


def test_a_numbered_exercise_label_leaves_the_whole_number() -> None:
    text = "# Physics\n\n**Exercise 2.10** What is the unit of force?\n\nAnswer: the newton.\n\n**Exercise 2.11** What is the unit of power?\n\nAnswer: the watt.\n"
    cards, _ = _extract(text)
    assert [q for _, q, _ in cards] == ["What is the unit of force?", "What is the unit of power?"]


def test_problem_labels_that_tell_a_story_are_not_exercises() -> None:
    text = """# Post-mortem

## What went wrong

**Problem 1:** the nightly build took four hours.

We split the test suite across three runners.

**Problem 2:** flaky network tests.

They now run against a local mock server.

**Problem 3:** Compute the speed-up of the new pipeline.

Four hours down to eighty minutes: three times faster.
"""
    cards, _ = _extract(text)
    assert [q for _, q, _ in cards if "build" in q or "flaky" in q] == []
    assert "Compute the speed-up of the new pipeline." in [q for _, q, _ in cards]


def test_a_dash_after_the_label() -> None:
    text = "# Chemistry\n\n**Exercise 1** – Balance H2 + O2 → H2O.\n\n2 H2 + O2 → 2 H2O\n\n**Exercise 2** – Name NaCl.\n\nSodium chloride.\n"
    cards, _ = _extract(text)
    assert [q for _, q, _ in cards] == ["Balance H2 + O2 → H2O.", "Name NaCl."]


def test_exercise_labels_over_links_are_a_table_of_contents() -> None:
    text = "# Course\n\n**Exercise 1:** [Variables](ex1.md)\n\n**Exercise 2:** [Loops](ex2.md)\n\n**Exercise 3:** [Functions](ex3.md)\n"
    extraction, _ = extract_text(text)
    assert not extraction.drafts
    assert not [d for d in extraction.diagnostics if d.kind == "unanswered"]
